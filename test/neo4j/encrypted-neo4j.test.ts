import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { isCronSchedule } from "../../lib/neo4j/password-rotation";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { NetworkEndpoint } from "../../lib/core/endpoint";
import { ReloaderStrategy } from "../../lib/core/kubernetes";
import { NEO4J_CONF_DIR, NEO4J_RUN_DIR, NEO4J_TLS_DIR } from "../../lib/neo4j/image-contract";
import { annotations, apiStack, fixture, literal, manifestsOf, only, resourcesOf, synth, testStack, doc } from "../util";

const CSI_ROLE = "arn:aws:iam::111122223333:role/ebs-csi-controller";

function withApi(extra: Partial<ConstructorParameters<typeof EncryptedNeo4j>[2]> = {}) {
  const { stack, api } = apiStack();
  const neo4j = new EncryptedNeo4j(stack, "Neo4j", {
    ...fixture.neo4jImages,
    api,
    oidcProviderArn: fixture.oidcProviderArn,
    ebsCsiDriverRoleArn: CSI_ROLE,
    ...extra,
  });
  return { stack, api, neo4j, s: synth(stack) };
}

describe("EncryptedNeo4j behind the API", () => {
  const { s, neo4j } = withApi();
  const sts = only(s, "kubernetes_stateful_set_v1");
  const pod = sts.spec.template.spec;
  const container = pod.container[0];
  const env = Object.fromEntries(container.env.filter((e: any) => e.value !== undefined).map((e: any) => [e.name, e.value]));

  test("runs Neo4j 5 with the full restricted security context, resources and probes", () => {
    expect(container.image).toBe(fixture.neo4jImages.image);
    expect(pod.security_context).toEqual({
      run_as_non_root: true,
      run_as_user: "7474",
      run_as_group: "7474",
      fs_group: "7474",
      seccomp_profile: { type: "RuntimeDefault" },
    });
    expect(container.security_context).toEqual({
      allow_privilege_escalation: false,
      privileged: false,
      read_only_root_filesystem: true,
      run_as_non_root: true,
      run_as_user: "7474",
      run_as_group: "7474",
      capabilities: { drop: ["ALL"] },
      seccomp_profile: { type: "RuntimeDefault" },
    });
    expect(pod.automount_service_account_token).toBe(false);
    expect(container.resources.limits).toEqual({ cpu: "2", memory: "3Gi" });
    expect(container.liveness_probe.tcp_socket).toEqual([{ port: "7687" }]);
    expect(container.readiness_probe).toBeDefined();
    expect(container.startup_probe.failure_threshold).toBe(60);
    // One replica: the budget lets a drain evict it (minAvailable 1 would block every drain).
    const pdb = resourcesOf(s, "kubernetes_pod_disruption_budget_v1").find((p) => p.metadata.name === "meshoptixiq-neo4j");
    expect(pdb.spec).toEqual({
      max_unavailable: "1",
      selector: { match_labels: { app: "neo4j", "app.kubernetes.io/instance": "meshoptixiq-neo4j" } },
    });
  });

  test("authentication is always on, from the secret, never a literal", () => {
    expect(container.env[0]).toEqual({
      name: "NEO4J_AUTH",
      value_from: {
        secret_key_ref: {
          name: expect.stringMatching(/^\$\{kubernetes_manifest\.Neo4j_Secrets_AuthSecret_\w+\.manifest\.spec\.target\.name\}$/),
          key: "NEO4J_AUTH",
          optional: false,
        },
      },
    });
    expect(literal(s, container.env[0].value_from.secret_key_ref.name)).toBe("meshoptixiq-neo4j-auth");
    expect(env.NEO4J_dbms_security_auth__enabled).toBe("true");
    const auth = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-neo4j-auth");
    expect(auth.spec.target.template.data).toEqual({ NEO4J_AUTH: "neo4j/{{ .password }}" });
    expect(literal(s, auth.spec.secretStoreRef.name)).toBe("meshoptixiq-neo4j-secrets-manager");
    expect(s.text).not.toMatch(/"NEO4J_AUTH",\s*"value"/);
  });

  test("bolt requires TLS 1.2/1.3 with the cert-manager certificate; HTTP is off", () => {
    expect(env).toMatchObject({
      NEO4J_server_bolt_tls__level: "REQUIRED",
      NEO4J_dbms_ssl_policy_bolt_enabled: "true",
      NEO4J_dbms_ssl_policy_bolt_base__directory: NEO4J_TLS_DIR,
      NEO4J_dbms_ssl_policy_bolt_private__key: "private.key",
      NEO4J_dbms_ssl_policy_bolt_public__certificate: "public.crt",
      NEO4J_dbms_ssl_policy_bolt_tls__versions: "TLSv1.3,TLSv1.2",
      NEO4J_dbms_ssl_policy_bolt_client__auth: "NONE",
      NEO4J_server_http_enabled: "false",
      NEO4J_server_https_enabled: "false",
    });
    const tls = pod.volume.find((v: any) => v.name === "tls");
    expect(literal(s, tls.secret.secret_name)).toBe("meshoptixiq-neo4j-tls");
    expect(tls.secret.items).toEqual([
      { key: "tls.key", path: "private.key" },
      { key: "tls.crt", path: "public.crt" },
      { key: "ca.crt", path: "trusted/ca.crt" },
    ]);
    expect(container.volume_mount).toContainEqual({ name: "tls", mount_path: "/var/lib/neo4j/certificates/bolt", read_only: true });
    expect(container.port).toEqual([{ name: "bolt", container_port: 7687, protocol: "TCP" }]);
  });

  test("certificate from a private CA created in the namespace, restart on renewal", () => {
    const certs = manifestsOf(s, "Certificate");
    const server = certs.find((c) => c.metadata.name === "meshoptixiq-neo4j-tls");
    expect(server.spec).toMatchObject({
      secretName: "meshoptixiq-neo4j-tls",
      issuerRef: { kind: "Issuer" },
      privateKey: { algorithm: "ECDSA", rotationPolicy: "Always" },
    });
    expect(literal(s, server.spec.issuerRef.name)).toBe("meshoptixiq-neo4j-ca");
    expect(server.spec.dnsNames).toContain("meshoptixiq-neo4j.meshoptixiq.svc.cluster.local");
    expect(certs.find((c) => c.spec.isCA)).toBeDefined();
    expect(
      manifestsOf(s, "Issuer")
        .map((i) => Object.keys(i.spec)[0])
        .sort(),
    ).toEqual(["ca", "selfSigned"]);
    expect(literal(s, sts.metadata.annotations["secret.reloader.stakater.com/reload"])).toBe("meshoptixiq-neo4j-tls");
    expect(sts.lifecycle.ignore_changes).toEqual([
      'spec[0].template[0].metadata[0].annotations["reloader.stakater.com/last-reloaded-from"]',
    ]);
  });

  test("a ClusterIP service on 7687 only", () => {
    const svc = resourcesOf(s, "kubernetes_service_v1").find((x) => x.metadata.name === "meshoptixiq-neo4j");
    expect(svc.spec.type).toBe("ClusterIP");
    expect(svc.spec.port).toEqual([{ name: "bolt", port: 7687, target_port: "7687", protocol: "TCP" }]);
  });

  test("network: 7687 from the API pods and the password rotator only; the API's egress comes from the model", () => {
    const policies = resourcesOf(s, "kubernetes_network_policy_v1");
    const neo = policies.find((p) => p.metadata.name === "meshoptixiq-neo4j-allow");
    const sources = neo.spec.ingress.map((r: any) => r.from[0].pod_selector.match_labels.app).sort();
    expect(sources).toEqual(["meshoptixiq-api", "neo4j-password-rotator"]);
    expect(neo.spec.ingress.every((r: any) => r.ports[0].port === "7687")).toBe(true);
    expect(neo.spec.ingress.every((r: any) => r.from.every((f: any) => !f.ip_block))).toBe(true);
    const api = policies.find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(api.spec.egress).toContainEqual({
      to: [{ pod_selector: { match_labels: { app: "neo4j", "app.kubernetes.io/instance": "meshoptixiq-neo4j" } } }],
      ports: [{ port: "7687", protocol: "TCP" }],
    });
  });

  test("the API gets a bolt+s URI, the password from Secrets Manager, and the CA", () => {
    const apiContainer = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0];
    expect(apiContainer.env).toContainEqual({ name: "NEO4J_URI", value: "bolt+s://meshoptixiq-neo4j.meshoptixiq.svc.cluster.local:7687" });
    const password = apiContainer.env.find((e: any) => e.name === "NEO4J_PASSWORD").value_from.secret_key_ref;
    expect(password).toMatchObject({ key: "value", optional: false });
    expect(literal(s, password.name)).toBe("meshoptixiq-neo4j-password");
    expect(apiContainer.env).toContainEqual({ name: "NEO4J_TRUSTED_CA_FILE", value: "/etc/meshoptixiq/neo4j-ca/ca.crt" });
    const ca = only(s, "kubernetes_deployment_v1").spec.template.spec.volume.find((v: any) => v.name === "neo4j-ca");
    expect(ca.secret).toMatchObject({ default_mode: "0444", items: [{ key: "ca.crt", path: "ca.crt" }] });
    expect(literal(s, ca.secret.secret_name)).toBe("meshoptixiq-neo4j-tls");
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-neo4j-password");
    expect(es.spec.refreshInterval).toBe("1m");
    expect(literal(s, only(s, "kubernetes_deployment_v1").metadata.annotations["secret.reloader.stakater.com/reload"])).toBe(
      "meshoptixiq-neo4j-password",
    );
    expect(neo4j.connectionUri.startsWith("bolt+s://")).toBe(true);
  });

  test("storage class: EBS CSI, gp3, encrypted with the customer key, WaitForFirstConsumer, expansion, Retain", () => {
    const sc = only(s, "kubernetes_storage_class_v1");
    expect(sc).toMatchObject({
      storage_provisioner: "ebs.csi.aws.com",
      reclaim_policy: "Retain",
      volume_binding_mode: "WaitForFirstConsumer",
      allow_volume_expansion: true,
      parameters: { type: "gp3", encrypted: "true", tagSpecification_1: "meshoptixiq.io/backup=meshoptixiq-neo4j" },
    });
    expect(sc.parameters.kmsKeyId).toMatch(/aws_kms_key\.Neo4j_Storage_Key.*\.arn/);
    expect(sc.lifecycle.prevent_destroy).toBe(true);
    expect(sts.spec.volume_claim_template[0].spec).toMatchObject({ access_modes: ["ReadWriteOnce"] });
    expect(sts.spec.volume_claim_template[0].spec.storage_class_name).toBe(
      "${kubernetes_storage_class_v1.Neo4j_Storage_8E9E82FA.metadata[0].name}",
    );
    expect(literal(s, sts.spec.volume_claim_template[0].spec.storage_class_name)).toBe("meshoptixiq-neo4j-encrypted");
    expect(sts.spec.persistent_volume_claim_retention_policy).toEqual([{ when_deleted: "Retain", when_scaled: "Retain" }]);
  });

  test("volume key: rotation on, 30-day window, protected, and grants for the EBS CSI driver", () => {
    const key = s.resources.aws_kms_key.Neo4j_Storage_Key_BAC77340;
    expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30, lifecycle: { prevent_destroy: true } });
    const st = doc(key.policy).Statement;
    const grants = st.find((x: any) => x.Sid === "EbsCsiDriverGrants");
    expect(grants).toMatchObject({
      Principal: { AWS: CSI_ROLE },
      Action: ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
      Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
    });
    const use = st.find((x: any) => x.Sid === "EbsCsiDriverViaEc2");
    expect(use.Action).toEqual(["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]);
    expect(use.Condition.StringEquals["kms:ViaService"]).toMatch(/^ec2\./);
    expect(st.find((x: any) => x.Sid === "SnapshotsGrants")).toBeDefined();
  });

  test("daily snapshots of the tagged volumes with retention", () => {
    const dlm = only(s, "aws_dlm_lifecycle_policy");
    expect(dlm.policy_details).toMatchObject({
      resource_types: ["VOLUME"],
      target_tags: { "meshoptixiq.io/backup": "meshoptixiq-neo4j" },
      schedule: [{ create_rule: { interval: 24, interval_unit: "HOURS", times: ["02:30"] }, retain_rule: { count: 14 }, copy_tags: true }],
    });
    expect(dlm.state).toBe("ENABLED");
  });

  test("password: own key and secret, generated by an init Job before Neo4j starts, rotated by a CronJob", () => {
    const secret = only(s, "aws_secretsmanager_secret");
    expect(secret).toMatchObject({ name: "meshoptixiq/neo4j/password", lifecycle: { prevent_destroy: true } });
    expect(secret.kms_key_id).toMatch(/Neo4j_Password_Secret_Key/);
    const init = only(s, "kubernetes_job_v1");
    expect(init.wait_for_completion).toBe(true);
    expect(init.spec.template.spec.container[0].args).toEqual(["/scripts/stage.sh", "init"]);
    expect(sts.depends_on).toContain("kubernetes_job_v1.Neo4j_Password_InitJob_E113B1C8");
    const cron = only(s, "kubernetes_cron_job_v1");
    expect(cron.spec).toMatchObject({ schedule: "0 3 1 * *", concurrency_policy: "Forbid" });
    const jobPod = cron.spec.job_template.spec.template.spec;
    expect(jobPod.init_container.map((c: any) => c.name)).toEqual(["stage", "apply", "finish", "retire"]);
    expect(jobPod.container.map((c: any) => c.name)).toEqual(["retired"]);
    expect(jobPod.init_container[1].env).toContainEqual({
      name: "NEO4J_URI",
      value: "bolt+s://meshoptixiq-neo4j.meshoptixiq.svc.cluster.local:7687",
    });
    for (const c of [...jobPod.init_container, ...jobPod.container]) {
      expect(c.security_context).toMatchObject({
        allow_privilege_escalation: false,
        read_only_root_filesystem: true,
        run_as_non_root: true,
        capabilities: { drop: ["ALL"] },
      });
    }
    expect(jobPod.volume.find((v: any) => v.name === "truststore").secret.items).toEqual([
      { key: "truststore.p12", path: "truststore.p12" },
    ]);
    const scripts = only(s, "kubernetes_config_map_v1").data;
    expect(Object.keys(scripts).sort()).toEqual(["apply.sh", "common.sh", "finish.sh", "retire.sh", "stage.sh"]);
  });

  test("the rotator's role can rotate only this secret; readers are the API and Neo4j roles", () => {
    const policy = doc(resourcesOf(s, "aws_iam_role_policy").find((p) => p.name === "RotatorPolicy").policy);
    const rotate = policy.Statement.find((x: any) => x.Sid === "RotateThisSecret");
    expect(rotate.Resource).toMatch(/aws_secretsmanager_secret\.Neo4j_Password.*\.arn/);
    expect(policy.Statement.filter((x: any) => x.Resource === "*").map((x: any) => x.Action)).toEqual(["secretsmanager:GetRandomPassword"]);
    const secretPolicy = doc(only(s, "aws_secretsmanager_secret_policy").policy);
    const allowed = secretPolicy.Statement[0].Condition.StringNotEquals["aws:PrincipalArn"];
    expect(allowed.filter((a: string) => /aws_iam_role/.test(a))).toHaveLength(3);
    const trust = doc(s.resources.aws_iam_role.Neo4j_Password_RotatorRole_FEDF4620.assume_role_policy);
    // The namespace is a reference to the API's namespace resource (it resolves to "meshoptixiq").
    expect(Object.values(trust.Statement[0].Condition.StringEquals)).toContain(
      "system:serviceaccount:${kubernetes_namespace_v1.Api_Namespace_8F27A0A3.metadata[0].name}:meshoptixiq-neo4j-password-rotator",
    );
  });

  test("mounts and directories follow the Neo4j 5 entrypoint on a read-only root", () => {
    // docker-entrypoint.sh: /ssl present -> rm -rf $NEO4J_HOME/certificates && ln -s /ssl (fails
    // read-only); server.directories.run defaults to /run (read-only) unless set; conf/neo4j.conf
    // is appended to on every start.
    expect(container.volume_mount.map((m: any) => m.mount_path)).not.toContain("/ssl");
    expect(env.NEO4J_server_directories_run).toBe(NEO4J_RUN_DIR);
    const writable = (path: string) =>
      container.volume_mount.some(
        (m: any) => m.mount_path === path && !m.read_only && pod.volume.some((v: any) => v.name === m.name && v.empty_dir),
      );
    expect(writable(NEO4J_RUN_DIR)).toBe(true);
    expect(writable(NEO4J_CONF_DIR)).toBe(true);
    expect(writable("/tmp")).toBe(true);
    // The conf emptyDir starts as a copy of the image's own conf directory.
    expect(pod.init_container).toEqual([
      expect.objectContaining({
        name: "conf-seed",
        image: fixture.neo4jImages.image,
        command: ["cp", "-R", `${NEO4J_CONF_DIR}/.`, "/seed/"],
        volume_mount: [{ name: "conf", mount_path: "/seed" }],
        security_context: expect.objectContaining({ read_only_root_filesystem: true, run_as_non_root: true }),
      }),
    ]);
  });

  test("every namespaced object takes its namespace from the namespace resource", () => {
    const ns = "${kubernetes_namespace_v1.Api_Namespace_8F27A0A3.metadata[0].name}";
    const typed = Object.entries(s.resources)
      .filter(
        ([type]) =>
          type.startsWith("kubernetes_") &&
          !["kubernetes_manifest", "kubernetes_namespace_v1", "kubernetes_storage_class_v1"].includes(type),
      )
      .flatMap(([type, byName]) => Object.entries(byName).map(([name, r]) => [`${type}.${name}`, (r as any).metadata.namespace]));
    const manifests = Object.entries(s.resources.kubernetes_manifest).map(([name, r]) => [
      `kubernetes_manifest.${name}`,
      (r as any).manifest.metadata.namespace,
    ]);
    expect(typed.length + manifests.length).toBeGreaterThan(20);
    expect([...typed, ...manifests].filter(([, namespace]) => namespace !== ns)).toEqual([]);
  });

  test("the password init Job waits for its IAM policy, the secret policy and its NetworkPolicy", () => {
    const init = only(s, "kubernetes_job_v1");
    expect(init.depends_on).toEqual(
      expect.arrayContaining([
        "aws_iam_role_policy.Neo4j_Password_RotatorPolicy_71B5B433",
        "aws_secretsmanager_secret_policy.Neo4j_Password_Secret_Policy_BF49EC40",
        expect.stringMatching(/^kubernetes_network_policy_v1\.NetworkModel_Workload-meshoptixiq-neo4j-password-rotator_\w+$/),
      ]),
    );
    // The ExternalSecrets of the password are created after the Job wrote the first value.
    for (const name of ["meshoptixiq-neo4j-auth", "meshoptixiq-neo4j-password"]) {
      const es = Object.values(s.resources.kubernetes_manifest).find((r: any) => r.manifest.metadata.name === name) as any;
      expect(es.depends_on).toEqual(["kubernetes_job_v1.Neo4j_Password_InitJob_E113B1C8"]);
    }
  });

  test("the snapshot role trusts Data Lifecycle Manager as DLM's documented role does", () => {
    const role = resourcesOf(s, "aws_iam_role").find((r) => /dlm/.test(r.name_prefix));
    expect(doc(role.assume_role_policy)).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: "dlm.amazonaws.com" }, Action: "sts:AssumeRole" }],
    });
  });

  test("stateful resources keep stable addresses", () => {
    expect(Object.keys(s.resources.kubernetes_stateful_set_v1)).toEqual(["Neo4j_6EBCA46E"]);
    expect(Object.keys(s.resources.kubernetes_storage_class_v1)).toEqual(["Neo4j_Storage_8E9E82FA"]);
    expect(Object.keys(s.resources.aws_kms_key)).toContain("Neo4j_Storage_Key_BAC77340");
    expect(Object.keys(s.resources.aws_secretsmanager_secret)).toEqual(["Neo4j_Password_Secret_44F86FCC"]);
    expect(sts.spec.volume_claim_template[0].metadata.name).toBe("data");
  });
});

describe("EncryptedNeo4j options", () => {
  test("standalone: own namespace under PSS restricted and default deny, clients added explicitly", () => {
    const stack = testStack();
    const neo4j = new EncryptedNeo4j(stack, "Neo4j", {
      ...fixture.neo4jImages,
      oidcProviderArn: fixture.oidcProviderArn,
      ebsCsiDriverRoleArn: CSI_ROLE,
      networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
    });
    neo4j.allowClient(NetworkEndpoint.workload("reporting", { namespace: "reports", podLabels: { app: "reporting" } }), "Reporting job");
    const s = synth(stack);
    expect(only(s, "kubernetes_namespace_v1").metadata).toMatchObject({
      name: "meshoptixiq-data",
      labels: { "pod-security.kubernetes.io/enforce": "restricted" },
    });
    const policies = resourcesOf(s, "kubernetes_network_policy_v1");
    expect(policies.find((p) => p.metadata.name === "default-deny-all")).toBeDefined();
    const neo = policies.find((p) => p.metadata.name === "meshoptixiq-neo4j-allow");
    expect(neo.spec.ingress).toContainEqual({
      from: [
        {
          pod_selector: { match_labels: { app: "reporting" } },
          namespace_selector: { match_labels: { "kubernetes.io/metadata.name": "reports" } },
        },
      ],
      ports: [{ port: "7687", protocol: "TCP" }],
    });
  });

  test("HTTPS browser access is explicit; plain HTTP stays off", () => {
    const { s } = withApi({ httpsBrowser: true });
    const env = Object.fromEntries(
      only(s, "kubernetes_stateful_set_v1").spec.template.spec.container[0].env.map((e: any) => [e.name, e.value]),
    );
    expect(env).toMatchObject({
      NEO4J_server_https_enabled: "true",
      NEO4J_dbms_ssl_policy_https_enabled: "true",
      NEO4J_server_http_enabled: "false",
    });
  });

  test("a given issuer replaces the private CA", () => {
    const { s } = withApi({ certificateIssuer: { name: "corp-ca", kind: "ClusterIssuer" } });
    expect(manifestsOf(s, "Issuer")).toHaveLength(0);
    expect(manifestsOf(s, "Certificate")[0].spec.issuerRef).toEqual({ name: "corp-ca", kind: "ClusterIssuer", group: "cert-manager.io" });
  });

  test("deletion protection can be switched off only with a reason", () => {
    const { s, neo4j } = withApi({ deletionProtectionOptOut: { reason: "staging environment rebuilt weekly" } });
    expect(only(s, "kubernetes_storage_class_v1").lifecycle).toBeUndefined();
    expect(annotations(neo4j, "warning").join("\n")).toMatch(/deletionProtectionOptOut switched off: staging/);
  });

  test("the deprecated name destroyProtectionOptOut still switches it off, with a warning, and never beside the new name", () => {
    const { s, neo4j } = withApi({ destroyProtectionOptOut: { reason: "staging environment rebuilt weekly" } });
    expect(only(s, "kubernetes_storage_class_v1").lifecycle).toBeUndefined();
    const warnings = annotations(neo4j, "warning").join("\n");
    expect(warnings).toMatch(/destroyProtectionOptOut is deprecated; rename it to deletionProtectionOptOut/);
    expect(warnings).toMatch(/deletionProtectionOptOut switched off: staging/);
    const reason = { reason: "staging environment rebuilt weekly" };
    expect(() => withApi({ deletionProtectionOptOut: reason, destroyProtectionOptOut: reason })).toThrow(
      /\[MESHQ-REQUIRED\] EncryptedNeo4j: destroyProtectionOptOut .*remove destroyProtectionOptOut and keep deletionProtectionOptOut/s,
    );
  });

  test("custom schedule, retention and size", () => {
    const { s } = withApi({ passwordRotationSchedule: "30 2 * * 0", snapshotRetentionCount: 30, storageSize: "500Gi" });
    expect(only(s, "kubernetes_cron_job_v1").spec.schedule).toBe("30 2 * * 0");
    expect(only(s, "aws_dlm_lifecycle_policy").policy_details.schedule[0].retain_rule.count).toBe(30);
    expect(only(s, "kubernetes_stateful_set_v1").spec.volume_claim_template[0].spec.resources.requests.storage).toBe("500Gi");
  });
});

describe("EncryptedNeo4j rejects unsafe input", () => {
  test("missing EBS CSI role", () => {
    const { stack, api } = apiStack();
    expect(
      () =>
        new EncryptedNeo4j(stack, "Neo4j", {
          ...fixture.neo4jImages,
          api,
          oidcProviderArn: fixture.oidcProviderArn,
          ebsCsiDriverRoleArn: "",
        }),
    ).toThrow(
      /\[MESHQ-REQUIRED\] EncryptedNeo4j: ebsCsiDriverRoleArn received ""; allowed: a non-empty value. Fix: pass the IAM role of the EBS CSI driver controller/,
    );
  });

  test("a namespace other than the API's", () => {
    const { stack, api } = apiStack();
    expect(
      () =>
        new EncryptedNeo4j(stack, "Neo4j", {
          ...fixture.neo4jImages,
          api,
          namespace: "graph",
          oidcProviderArn: fixture.oidcProviderArn,
          ebsCsiDriverRoleArn: CSI_ROLE,
        }),
    ).toThrow(/EncryptedNeo4j: namespace received "graph"; allowed: the API's namespace \("meshoptixiq"\)/);
  });

  test("a Reloader strategy other than annotations", () => {
    expect(() => withApi({ reloaderStrategy: ReloaderStrategy.ENV_VARS })).toThrow(
      /\[MESHQ-RELOADER\] EncryptedNeo4j: reloaderStrategy received "env-vars"; allowed: "annotations" .*Fix: switch Reloader to the annotations strategy/,
    );
  });

  test("standalone without network policy enforcement", () => {
    expect(
      () =>
        new EncryptedNeo4j(testStack(), "Neo4j", {
          ...fixture.neo4jImages,
          oidcProviderArn: fixture.oidcProviderArn,
          ebsCsiDriverRoleArn: CSI_ROLE,
        }),
    ).toThrow(/\[MESHQ-NETPOL-ENFORCEMENT\] EncryptedNeo4j/);
  });

  test("an invalid rotation schedule, zero snapshots, a latest image", () => {
    expect(() => withApi({ passwordRotationSchedule: "monthly" })).toThrow(
      /\[MESHQ-ROTATION-SCHEDULE\] EncryptedNeo4j: passwordRotationSchedule received "monthly"/,
    );
    expect(() => withApi({ snapshotRetentionCount: 0 })).toThrow(/snapshotRetentionCount received 0/);
    expect(() => withApi({ image: "neo4j:latest" })).toThrow(/\[MESHQ-IMAGE\] EncryptedNeo4j: image received "neo4j:latest"/);
  });

  test("cron rule", () => {
    expect(isCronSchedule("0 3 1 * *")).toBe(true);
    expect(isCronSchedule("0 3 1 *")).toBe(false);
  });
});

describe("EncryptedNeo4j password rotator's egress to the AWS APIs", () => {
  const rotatorEgress = (s: ReturnType<typeof withApi>["s"]) =>
    resourcesOf(s, "kubernetes_network_policy_v1")
      .find((p) => p.metadata.name === "meshoptixiq-neo4j-password-rotator-allow")
      .spec.egress.filter((e: any) => e.ports?.some((p: any) => p.port === "443"));

  test("with the VPC endpoints' CIDRs: 443 to them only; without: to any address (the documented default)", () => {
    const confined = withApi({ awsApiCidrs: ["10.40.20.0/24"] });
    expect(rotatorEgress(confined.s)).toEqual([
      { to: [{ ip_block: { cidr: "10.40.20.0/24" } }], ports: [{ port: "443", protocol: "TCP" }] },
    ]);
    const open = withApi();
    expect(JSON.stringify(rotatorEgress(open.s))).toContain("0.0.0.0/0");
    expect(() => withApi({ awsApiCidrs: ["0.0.0.0/0"] })).toThrow(/\[MESHQ-CIDR\] EncryptedNeo4j: awsApiCidrs received/);
  });
});
