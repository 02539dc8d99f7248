import "../../lib/compat/jest";
import { Testing } from "../../lib/compat/core";
import { SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { ApiIngressMode } from "../../lib/api/secure-mesh-api";
import { ExistingSecret } from "../../lib/secrets/secret-source";
import { SecretDeliveryMode } from "../../lib/secrets/external-secrets";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { ReloaderStrategy } from "../../lib/core/kubernetes";
import { annotations, apiProps, apiStack, fixture, literal, manifestsOf, only, resourcesOf, synth, testStack, doc } from "../util";

describe("SecureMeshApi defaults", () => {
  const { stack, api } = apiStack();
  api.addSecretEnvironment(
    "API_KEY",
    new ExistingSecret(stack, "Key", {
      unmanagedOptOut: { reason: "a secret kept outside the stack here" },
      secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:meshq/api-key-AbCdEf",
      kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    }),
  );
  const s = synth(stack);

  test("ALB is hardened: header drop, strictest desync, deletion protection, access logs after the bucket policy", () => {
    const lb = only(s, "aws_lb");
    expect(lb).toMatchObject({
      load_balancer_type: "application",
      internal: false,
      drop_invalid_header_fields: true,
      desync_mitigation_mode: "strictest",
      enable_deletion_protection: true,
      access_logs: { enabled: true },
    });
    expect(lb.depends_on).toEqual([expect.stringMatching(/^aws_s3_bucket_policy\./)]);
  });

  test("HTTPS listener uses the TLS 1.2+ policy, the validated certificate and HSTS of two years", () => {
    const listeners = resourcesOf(s, "aws_lb_listener");
    const https = listeners.find((l) => l.port === 443);
    expect(https).toMatchObject({
      protocol: "HTTPS",
      ssl_policy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
      routing_http_response_strict_transport_security_header_value: "max-age=63072000; includeSubDomains",
    });
    expect(https.certificate_arn).toMatch(/aws_acm_certificate_validation\..*\.certificate_arn/);
    expect(https.default_action[0]).toMatchObject({ type: "forward" });
  });

  test("port 80 only redirects to 443 with a 301", () => {
    const http = resourcesOf(s, "aws_lb_listener").find((l) => l.port === 80);
    expect(http.default_action).toEqual([{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", status_code: "HTTP_301" } }]);
  });

  test("certificate is DNS-validated through Route 53 records and a waiter", () => {
    expect(only(s, "aws_acm_certificate")).toMatchObject({
      validation_method: "DNS",
      domain_name: fixture.domainName,
      lifecycle: { create_before_destroy: true },
    });
    const records = resourcesOf(s, "aws_route53_record");
    const validation = records.find((r) => r.for_each);
    expect(validation).toMatchObject({ zone_id: fixture.hostedZoneId, allow_overwrite: true });
    expect(only(s, "aws_acm_certificate_validation").validation_record_fqdns).toBeDefined();
  });

  test("access log bucket: SSE-S3, versioning, public access block, TLS-only policy with log delivery", () => {
    expect(
      only(s, "aws_s3_bucket_server_side_encryption_configuration").rule[0].apply_server_side_encryption_by_default.sse_algorithm,
    ).toBe("AES256");
    expect(only(s, "aws_s3_bucket_versioning").versioning_configuration.status).toBe("Enabled");
    expect(only(s, "aws_s3_bucket_public_access_block")).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(only(s, "aws_s3_bucket_lifecycle_configuration").rule[0]).toMatchObject({ status: "Enabled", expiration: [{ days: 365 }] });
    const policy = doc(only(s, "aws_s3_bucket_policy").policy);
    expect(policy.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        expect.objectContaining({ Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" }, Action: "s3:PutObject" }),
      ]),
    );
  });

  test("security groups: clients to 443/80, ALB egress only to 8000 of the pods' own group, its only ingress 8000 from the ALB", () => {
    const rules = resourcesOf(s, "aws_security_group_rule");
    expect(rules.every((r) => typeof r.description === "string" && r.description.length > 0)).toBe(true);
    const ingress = rules.filter((r) => r.type === "ingress");
    const egress = rules.filter((r) => r.type === "egress");
    expect(
      ingress
        .filter((r) => r.cidr_blocks)
        .map((r) => r.from_port)
        .sort(),
    ).toEqual([443, 80]);
    const podGroup = "${aws_security_group.Api_PodSecurityGroup_25818694.id}";
    expect(egress).toHaveLength(1);
    expect(egress[0]).toMatchObject({ from_port: 8000, to_port: 8000, protocol: "tcp", source_security_group_id: podGroup });
    const toPods = ingress.filter((r) => r.security_group_id === podGroup);
    expect(toPods).toEqual([expect.objectContaining({ from_port: 8000, to_port: 8000 })]);
    expect(toPods[0].source_security_group_id).toMatch(/aws_security_group\..*AlbSecurityGroup.*\.id/);
    // the cluster's group gets no rule from the library
    expect(rules.filter((r) => r.security_group_id === fixture.clusterSecurityGroupId)).toEqual([]);
    for (const sg of resourcesOf(s, "aws_security_group")) expect(sg.ingress).toBeUndefined();
  });

  test("the API pods get a security group of their own through a SecurityGroupPolicy created before the pods", () => {
    const group = resourcesOf(s, "aws_security_group").find((g) => String(g.name_prefix).endsWith("-api-pods-"));
    expect(group).toMatchObject({ name_prefix: "meshoptixiq-api-pods-", vpc_id: fixture.vpcId, revoke_rules_on_delete: true });
    const policies = manifestsOf(s, "SecurityGroupPolicy");
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatchObject({
      apiVersion: "vpcresources.k8s.aws/v1beta1",
      metadata: { name: "meshoptixiq-api" },
      spec: {
        podSelector: { matchLabels: { app: "meshoptixiq-api" } },
        securityGroups: { groupIds: ["${aws_security_group.Api_PodSecurityGroup_25818694.id}", fixture.clusterSecurityGroupId] },
      },
    });
    const deployment = only(s, "kubernetes_deployment_v1");
    expect(deployment.depends_on).toContainEqual(expect.stringMatching(/^kubernetes_manifest\.Api_PodSecurityGroupPolicy_/));
    // a new group rolls the pods: they get their group when they are created
    expect(deployment.spec.template.metadata.annotations["meshoptixiq.io/pod-security-group"]).toBe(
      "${aws_security_group.Api_PodSecurityGroup_25818694.id}",
    );
  });

  test("target group is ip-mode with a health check, bound by a TargetGroupBinding to the ClusterIP service", () => {
    expect(only(s, "aws_lb_target_group")).toMatchObject({
      target_type: "ip",
      port: 8000,
      health_check: { path: "/health", enabled: true },
    });
    const [binding] = manifestsOf(s, "TargetGroupBinding");
    expect(binding).toMatchObject({ apiVersion: "elbv2.k8s.aws/v1beta1", spec: { targetType: "ip", serviceRef: { port: 8000 } } });
    expect(binding.spec.targetGroupARN).toMatch(/aws_lb_target_group\./);
    expect(literal(s, binding.spec.serviceRef.name)).toBe("meshoptixiq-api");
    expect(only(s, "kubernetes_service_v1").spec).toMatchObject({ type: "ClusterIP", port: [{ port: 8000 }] });
  });

  test("the TargetGroupBinding is replaced with its target group (spec.targetGroupARN is immutable)", () => {
    const binding = resourcesOf(s, "kubernetes_manifest").find((r) => r.manifest.kind === "TargetGroupBinding");
    expect(binding.lifecycle.replace_triggered_by).toEqual([expect.stringMatching(/^aws_lb_target_group\.Api_TargetGroup_\w+\.arn$/)]);
    expect(binding.manifest.metadata.namespace).toBe("${kubernetes_namespace_v1.Api_Namespace_8F27A0A3.metadata[0].name}");
  });

  test("WAF web ACL with the AWS managed rule groups, the IP reputation list and a per-IP rate limit is associated with the ALB", () => {
    const acl = only(s, "aws_wafv2_web_acl");
    const managed = acl.rule.filter((r: any) => r.statement.managed_rule_group_statement);
    expect(managed.map((r: any) => r.statement.managed_rule_group_statement[0].name)).toEqual([
      "AWSManagedRulesCommonRuleSet",
      "AWSManagedRulesKnownBadInputsRuleSet",
      "AWSManagedRulesAnonymousIpList",
      "AWSManagedRulesAmazonIpReputationList",
    ]);
    const rate = acl.rule.find((r: any) => r.name === "RateLimitPerIp");
    expect(rate).toMatchObject({ priority: 4, action: { block: {} } });
    expect(rate.statement.rate_based_statement).toEqual([{ limit: 2000, aggregate_key_type: "IP" }]);
    expect(only(s, "aws_wafv2_web_acl_association").resource_arn).toMatch(/aws_lb\./);
  });

  test("namespace enforces Pod Security Standards restricted", () => {
    expect(only(s, "kubernetes_namespace_v1").metadata.labels).toMatchObject({
      "pod-security.kubernetes.io/enforce": "restricted",
      "pod-security.kubernetes.io/audit": "restricted",
      "pod-security.kubernetes.io/warn": "restricted",
    });
  });

  test("deployment: 2 zone-spread replicas, probes, resources and the full restricted security context", () => {
    const d = only(s, "kubernetes_deployment_v1");
    expect(d.spec.replicas).toBe("2");
    const pod = d.spec.template.spec;
    expect(pod.automount_service_account_token).toBe(false);
    expect(pod.security_context).toEqual({
      run_as_non_root: true,
      run_as_user: "10001",
      run_as_group: "10001",
      fs_group: "10001",
      seccomp_profile: { type: "RuntimeDefault" },
    });
    expect(pod.topology_spread_constraint[0]).toMatchObject({
      topology_key: "topology.kubernetes.io/zone",
      when_unsatisfiable: "DoNotSchedule",
    });
    const c = pod.container[0];
    expect(c.security_context).toEqual({
      allow_privilege_escalation: false,
      privileged: false,
      read_only_root_filesystem: true,
      run_as_non_root: true,
      run_as_user: "10001",
      run_as_group: "10001",
      capabilities: { drop: ["ALL"] },
      seccomp_profile: { type: "RuntimeDefault" },
    });
    expect(c.liveness_probe.http_get.path).toBe("/health");
    expect(c.readiness_probe.http_get.port).toBe("8000");
    expect(c.resources).toEqual({ requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } });
    expect(c.image_pull_policy).toBe("Always");
    expect(pod.volume).toEqual([{ name: "tmp", empty_dir: { medium: "Memory", size_limit: "256Mi" } }]);
    expect(only(s, "kubernetes_pod_disruption_budget_v1").spec.max_unavailable).toBe("1");
  });

  test("the IRSA role trusts exactly External Secrets' own service account of this cluster; the API's carries no role", () => {
    const trust = doc(only(s, "aws_iam_role").assume_role_policy);
    const issuer = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
    expect(trust.Statement[0]).toEqual({
      Effect: "Allow",
      Principal: { Federated: fixture.oidcProviderArn },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringEquals: {
          [`${issuer}:sub`]: "system:serviceaccount:meshoptixiq:meshoptixiq-api-secrets",
          [`${issuer}:aud`]: "sts.amazonaws.com",
        },
      },
    });
    const accounts = resourcesOf(s, "kubernetes_service_account_v1");
    const byName = accounts.map((a) => [a.metadata.name, a.metadata.annotations ?? {}, a.automount_service_account_token]).sort();
    expect(byName).toEqual([
      ["meshoptixiq-api", {}, false],
      [
        "meshoptixiq-api-secrets",
        { "eks.amazonaws.com/role-arn": expect.stringMatching(/^\$\{aws_iam_role\.Api_Role_\w+\.arn\}$/) },
        false,
      ],
    ]);
    const pod = only(s, "kubernetes_deployment_v1").spec.template.spec;
    expect(literal(s, pod.service_account_name)).toBe("meshoptixiq-api");
  });

  test("secret env comes from an ExternalSecret, the role may read it, and Reloader restarts the API", () => {
    const d = only(s, "kubernetes_deployment_v1");
    const ref = d.spec.template.spec.container[0].env.find((e: any) => e.name === "API_KEY").value_from.secret_key_ref;
    expect(ref).toEqual({
      name: expect.stringMatching(/^\$\{kubernetes_manifest\.Api_Secrets_ExternalSecret-api-key_\w+\.manifest\.spec\.target\.name\}$/),
      key: "value",
      optional: false,
    });
    expect(literal(s, ref.name)).toBe("api-key");
    expect(literal(s, d.metadata.annotations["secret.reloader.stakater.com/reload"])).toBe("api-key");
    expect(d.lifecycle.ignore_changes).toEqual(['spec[0].template[0].metadata[0].annotations["reloader.stakater.com/last-reloaded-from"]']);
    const [es] = manifestsOf(s, "ExternalSecret");
    expect(es.spec).toMatchObject({ refreshInterval: "15m", target: { name: "api-key", deletionPolicy: "Retain" } });
    expect(es.spec.data).toEqual([{ secretKey: "value", remoteRef: { key: expect.any(String), version: "AWSCURRENT" } }]);
    expect(literal(s, es.spec.secretStoreRef.name)).toBe("aws-secrets-manager");
    const [store] = manifestsOf(s, "SecretStore");
    expect(store.spec.provider.aws).toMatchObject({ service: "SecretsManager" });
    expect(literal(s, store.spec.provider.aws.auth.jwt.serviceAccountRef.name)).toBe("meshoptixiq-api-secrets");
    const grant = doc(only(s, "aws_iam_role_policy").policy);
    expect(grant.Statement[0].Resource).toBe("arn:aws:secretsmanager:eu-west-1:111122223333:secret:meshq/api-key-AbCdEf");
  });

  test("network policies: default deny, 8000 only from the ALB subnets, egress DNS only (the API does not call AWS)", () => {
    const policies = resourcesOf(s, "kubernetes_network_policy_v1");
    const deny = policies.find((p) => p.metadata.name === "default-deny-all");
    expect(deny.spec).toEqual({ pod_selector: {}, policy_types: ["Ingress", "Egress"] });
    const api = policies.find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(api.spec.pod_selector).toEqual({ match_labels: { app: "meshoptixiq-api" } });
    expect(api.spec.ingress).toEqual([
      { from: fixture.albSubnetCidrs.map((cidr) => ({ ip_block: { cidr } })), ports: [{ port: "8000", protocol: "TCP" }] },
    ]);
    const egressPorts = api.spec.egress.map((e: any) => `${e.ports[0].protocol}/${e.ports[0].port}`);
    expect(egressPorts).toEqual(["UDP/53", "TCP/53"]);
  });

  test("no literal secret value reaches the synthesized JSON", () => {
    expect(s.text).not.toMatch(/"name":\s*"API_KEY",\s*"value"/);
    expect(resourcesOf(s, "kubernetes_secret_v1")).toHaveLength(0);
    expect(resourcesOf(s, "aws_secretsmanager_secret_version")).toHaveLength(0);
  });

  test("stateful and public resources keep stable Terraform addresses", () => {
    expect(Object.keys(s.resources.aws_s3_bucket)).toEqual(["Api_AccessLogs_50B185DB"]);
    expect(Object.keys(s.resources.aws_lb)).toEqual(["Api_LoadBalancer_3080B41C"]);
    expect(Object.keys(s.resources.kubernetes_namespace_v1)).toEqual(["Api_Namespace_8F27A0A3"]);
  });
});

describe("SecureMeshApi options", () => {
  test("an imported certificate ARN skips ACM validation; port 80 can be dropped", () => {
    const { stack } = apiStack({
      certificate: { certificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/abc" },
      httpRedirect: false,
    });
    const s = synth(stack);
    expect(resourcesOf(s, "aws_acm_certificate")).toHaveLength(0);
    const listeners = resourcesOf(s, "aws_lb_listener");
    expect(listeners).toHaveLength(1);
    expect(listeners[0].certificate_arn).toBe("arn:aws:acm:eu-west-1:111122223333:certificate/abc");
    expect(resourcesOf(s, "aws_security_group_rule").some((r) => r.from_port === 80)).toBe(false);
  });

  test("an internal ALB gets no WAF by default requirement and takes the given client CIDRs", () => {
    const { stack } = apiStack({ internetFacing: false, allowedCidrs: ["10.0.0.0/8"] });
    const s = synth(stack);
    expect(only(s, "aws_lb").internal).toBe(true);
    expect(resourcesOf(s, "aws_wafv2_web_acl")).toHaveLength(0);
    expect(resourcesOf(s, "aws_security_group_rule").find((r) => r.from_port === 443).cidr_blocks).toEqual(["10.0.0.0/8"]);
  });

  test("opt-outs need a reason and are recorded as warnings", () => {
    const { stack, api } = apiStack({
      wafOptOut: { reason: "WAF is provided by the shared edge CloudFront distribution" },
      deletionProtectionOptOut: { reason: "ephemeral preview environment" },
    });
    const s = synth(stack);
    expect(resourcesOf(s, "aws_wafv2_web_acl")).toHaveLength(0);
    expect(only(s, "aws_lb").enable_deletion_protection).toBe(false);
    expect(annotations(api, "warning").join("\n")).toMatch(/wafOptOut switched off: WAF is provided/);
  });

  test("without secrets or config maps there is no empty Reloader annotation", () => {
    const { stack } = apiStack();
    expect(only(synth(stack), "kubernetes_deployment_v1").metadata.annotations).toEqual({});
  });

  test("a mutable tag is accepted with a warning", () => {
    const { stack, api } = apiStack({ image: "ghcr.io/meshoptixiq/api:2.4.1" });
    synth(stack);
    expect(annotations(api, "warning").join("\n")).toMatch(/mutable tag/);
  });

  test("ingress-controller mode: the guide's policy shape, no ALB", () => {
    const stack = testStack();
    new SecureMeshApi(stack, "Api", {
      networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
      oidcProviderArn: fixture.oidcProviderArn,
      image: fixture.image,
      ingressMode: ApiIngressMode.INGRESS_CONTROLLER,
      ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
    });
    const s = synth(stack);
    expect(resourcesOf(s, "aws_lb")).toHaveLength(0);
    const api = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(api.spec.ingress[0].from[0]).toEqual({
      pod_selector: { match_labels: { "app.kubernetes.io/name": "ingress-nginx" } },
      namespace_selector: { match_labels: { "kubernetes.io/metadata.name": "ingress-nginx" } },
    });
  });

  test("ingress-controller mode with the VPC: the pods get their own group too; without it, none", () => {
    const ic = {
      ingressMode: ApiIngressMode.INGRESS_CONTROLLER,
      ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
      albSubnetIds: undefined,
      albSubnetCidrs: undefined,
      domainName: undefined,
      certificate: undefined,
    };
    const { api, stack } = apiStack(ic);
    const s = synth(stack);
    expect(api.podSecurityGroupId).toBeDefined();
    const [policy] = manifestsOf(s, "SecurityGroupPolicy");
    expect(policy.spec.securityGroups.groupIds).toEqual([
      "${aws_security_group.Api_PodSecurityGroup_25818694.id}",
      fixture.clusterSecurityGroupId,
    ]);
    const bare = apiStack({ ...ic, vpcId: undefined, clusterSecurityGroupId: undefined });
    expect(bare.api.podSecurityGroupId).toBeUndefined();
    expect(manifestsOf(synth(bare.stack), "SecurityGroupPolicy")).toHaveLength(0);
    expect(() => apiStack({ ...ic, clusterSecurityGroupId: undefined })).toThrow(
      /\[MESHQ-REQUIRED\] SecureMeshApi: clusterSecurityGroupId received undefined.*the API pods keep it beside their own group/,
    );
  });

  test("podSecurityGroupOptOut keeps the pods on the cluster's group, with the reason recorded", () => {
    const reason = "Windows nodes: no branch network interfaces";
    const { stack, api } = apiStack({ podSecurityGroupOptOut: { reason } });
    const s = synth(stack);
    expect(api.podSecurityGroupId).toBe(fixture.clusterSecurityGroupId);
    expect(manifestsOf(s, "SecurityGroupPolicy")).toHaveLength(0);
    expect(resourcesOf(s, "aws_security_group").map((g) => g.name_prefix)).toEqual(["meshoptixiq-alb-"]);
    const toPods = resourcesOf(s, "aws_security_group_rule").filter((r) => r.from_port === 8000 && r.type === "ingress");
    expect(toPods).toEqual([expect.objectContaining({ security_group_id: fixture.clusterSecurityGroupId })]);
    expect(annotations(stack, "warning").join("\n")).toContain(`SecureMeshApi: podSecurityGroupOptOut switched off for ${fixture.clusterSecurityGroupId}: ${reason}`);
    expect(() => apiStack({ podSecurityGroupOptOut: { reason: "no" } })).toThrow(
      /\[MESHQ-OPT-OUT\] SecureMeshApi: podSecurityGroupOptOut received "no"; allowed: a reason of at least 10 characters/,
    );
  });

  test("an API that reads its secrets itself reaches AWS only through the VPC endpoints, which it requires", () => {
    expect(() => apiStack({ secretDelivery: SecretDeliveryMode.AWS_PROVIDER })).toThrow(
      /awsApiCidrs received undefined; allowed: a non-empty value. Fix: with secretDelivery AWS_PROVIDER the API calls AWS itself/,
    );
    const { stack } = apiStack({ secretDelivery: SecretDeliveryMode.AWS_PROVIDER, awsApiCidrs: ["10.40.20.0/24"] });
    const api = resourcesOf(synth(stack), "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(api.spec.egress).toContainEqual({ to: [{ ip_block: { cidr: "10.40.20.0/24" } }], ports: [{ port: "443", protocol: "TCP" }] });
    expect(JSON.stringify(api.spec.egress)).not.toContain("0.0.0.0/0");
  });

  test("a secret that may be empty at deploy time is optional and its ExternalSecret skips it", () => {
    const { stack, api } = apiStack();
    api.addSecretEnvironment(
      "PARTNER_FEED_TOKEN",
      new ExistingSecret(stack, "T", {
        unmanagedOptOut: { reason: "a secret kept outside the stack here" },
        secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:t-AbCdEf",
      }),
      {
        mayBeEmpty: true,
      },
    );
    const s = synth(stack);
    const env = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env;
    expect(env.find((e: any) => e.name === "PARTNER_FEED_TOKEN").value_from.secret_key_ref.optional).toBe(true);
    expect(manifestsOf(s, "ExternalSecret")[0].spec.target.deletionPolicy).toBe("Delete");
  });

  test("AWS provider secret delivery: SECRETS_PROVIDER=aws and ARNs, no Kubernetes Secret", () => {
    const { stack, api } = apiStack({ secretDelivery: SecretDeliveryMode.AWS_PROVIDER, awsApiCidrs: ["10.40.20.0/24"] });
    api.addSecretEnvironment(
      "API_KEY",
      new ExistingSecret(stack, "Key", {
        unmanagedOptOut: { reason: "a secret kept outside the stack here" },
        secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:k-AbCdEf",
      }),
    );
    const s = synth(stack);
    const env = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env;
    expect(env).toContainEqual({ name: "SECRETS_PROVIDER", value: "aws" });
    expect(env).toContainEqual({ name: "API_KEY_SECRET_ARN", value: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:k-AbCdEf" });
    expect(manifestsOf(s, "ExternalSecret")).toHaveLength(0);
  });
});

describe("SecureMeshApi rejects weakening input", () => {
  const build = (overrides: Parameters<typeof apiProps>[0]) => () => new SecureMeshApi(testStack(), "Api", apiProps(overrides));

  test("a Reloader strategy that fights Terraform", () => {
    expect(build({ reloaderStrategy: ReloaderStrategy.ENV_VARS })).toThrow(
      /\[MESHQ-RELOADER\] SecureMeshApi: reloaderStrategy received "env-vars"; allowed: "annotations" \(Reloader run with --reload-strategy=annotations.*Fix: switch Reloader to the annotations strategy/,
    );
    expect(build({ reloaderStrategy: ReloaderStrategy.ANNOTATIONS })).not.toThrow();
  });

  test("a TLS policy that admits TLS 1.0 (even one Checkov passes)", () => {
    expect(build({ sslPolicy: "ELBSecurityPolicy-TLS13-1-0-2021-06" })).toThrow(
      /\[MESHQ-TLS-POLICY\] SecureMeshApi: sslPolicy received "ELBSecurityPolicy-TLS13-1-0-2021-06"; allowed: an ELB policy that admits only TLS 1.2 or higher .*Fix: remove sslPolicy/,
    );
    expect(build({ sslPolicy: "ELBSecurityPolicy-2016-08" })).toThrow(/MESHQ-TLS-POLICY/);
  });

  test("HSTS shorter than a year", () => {
    expect(build({ hstsMaxAgeSeconds: 86400 })).toThrow(
      /\[MESHQ-HSTS\] SecureMeshApi: hstsMaxAgeSeconds received 86400; allowed: an integer of at least 31536000/,
    );
  });

  test("missing network policy enforcement", () => {
    expect(build({ networkPolicyEnforcement: undefined as any })).toThrow(
      /\[MESHQ-NETPOL-ENFORCEMENT\] SecureMeshApi: networkPolicyEnforcement received undefined; allowed: "vpc-cni", "calico", "cilium". Fix: NetworkPolicies are silently ignored/,
    );
  });

  test("fewer than 2 replicas", () => {
    expect(build({ replicas: 1 })).toThrow(/\[MESHQ-REPLICAS\] SecureMeshApi: replicas received 1; allowed: an integer from 2 to 100/);
  });

  test("latest or untagged images", () => {
    expect(build({ image: "ghcr.io/meshoptixiq/api:latest" })).toThrow(
      /\[MESHQ-IMAGE\] SecureMeshApi: image received "ghcr.io\/meshoptixiq\/api:latest"/,
    );
    expect(build({ image: "ghcr.io/meshoptixiq/api" })).toThrow(/MESHQ-IMAGE/);
  });

  test("a literal value for a secret-looking variable, without echoing it", () => {
    const attempt = build({ environment: { API_KEY: "hunter2-not-for-terraform" } });
    expect(attempt).toThrow(/\[MESHQ-LITERAL-SECRET\] SecureMeshApi: environment.API_KEY received "<redacted>"/);
    try {
      attempt();
    } catch (e) {
      expect(String(e)).not.toContain("hunter2");
    }
    expect(build({ environment: { SPLUNK_HEC_TOKEN: "x" } })).toThrow(/MESHQ-LITERAL-SECRET/);
    expect(build({ environment: { DB_PASSWORD: "x" } })).toThrow(/MESHQ-LITERAL-SECRET/);
    expect(build({ environment: { LOG_LEVEL: "info", SPLUNK_HEC_URL: "https://x" } })).not.toThrow();
  });

  test("both or neither certificate sources", () => {
    expect(build({ certificate: {} })).toThrow(/\[MESHQ-CERTIFICATE\] SecureMeshApi: certificate received \{\}; allowed: exactly one of/);
    expect(build({ certificate: { hostedZoneId: "Z1", certificateArn: "arn:aws:acm:x" } })).toThrow(/MESHQ-CERTIFICATE/);
  });

  test("ALB subnet CIDRs that open 8000 to the world, and malformed CIDRs", () => {
    expect(build({ albSubnetCidrs: ["0.0.0.0/0"] })).toThrow(/\[MESHQ-CIDR\] SecureMeshApi: albSubnetCidrs received \["0.0.0.0\/0"\]/);
    expect(build({ allowedCidrs: ["10.0.0.0/33"] })).toThrow(/\[MESHQ-CIDR\] SecureMeshApi: allowedCidrs received "10.0.0.0\/33"/);
  });

  test("an internal ALB without client CIDRs", () => {
    expect(build({ internetFacing: false })).toThrow(/\[MESHQ-REQUIRED\] SecureMeshApi: allowedCidrs received undefined/);
  });

  test("an opt-out without a real reason", () => {
    expect(build({ wafOptOut: { reason: "no" } })).toThrow(
      /\[MESHQ-OPT-OUT\] SecureMeshApi: wafOptOut received "no"; allowed: a reason of at least 10 characters/,
    );
  });

  test("a root UID and an over-long refresh interval", () => {
    expect(build({ runAsUser: 0 })).toThrow(/runAsUser received 0/);
    expect(build({ secretRefreshIntervalMinutes: 60 })).toThrow(
      /\[MESHQ-REFRESH-INTERVAL\] ExternalSecretsDelivery: secretRefreshIntervalMinutes received 60; allowed: an integer from 1 to 15/,
    );
  });

  test("two APIs with the same deployment name in one stack", () => {
    const stack = testStack();
    new SecureMeshApi(stack, "A", apiProps());
    expect(() => new SecureMeshApi(stack, "B", apiProps())).toThrow(/MESHQ-DUPLICATE/);
  });
});

test("Testing.synth matchers see the hardened listener (snake_case contract)", () => {
  const { stack } = apiStack();
  expect(Testing.synth(stack)).toHaveResourceWithProperties({ tfResourceType: "aws_lb_listener" } as any, {
    ssl_policy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  });
});
