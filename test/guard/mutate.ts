/**
 * Weakenings of the complete and the postgres-backend stacks, each applied the way a user would:
 * escape-hatch overrides, Aspects, raw resources of every spelling, Terraform variables and
 * `count`/`for_each`. Each names the control that must fire.
 */
import { Aspects, IAspect, TerraformLocal, TerraformResource, TerraformVariable, Testing } from "../../lib/compat/core";
import { IConstruct } from "constructs";
import { AlbListener } from "../../lib/compat/aws/alb-listener";
import { AlbListenerRule } from "../../lib/compat/aws/alb-listener-rule";
import { DataAwsIamPolicyDocument } from "../../lib/compat/aws/data-aws-iam-policy-document";
import { KmsKeyPolicy } from "../../lib/compat/aws/kms-key-policy";
import { LbListener } from "../../lib/compat/aws/lb-listener";
import { LbListenerRule } from "../../lib/compat/aws/lb-listener-rule";
import { SecretsmanagerSecretVersion } from "../../lib/compat/aws/secretsmanager-secret-version";
import { SecurityGroupRule } from "../../lib/compat/aws/security-group-rule";
import { VpcSecurityGroupIngressRule } from "../../lib/compat/aws/vpc-security-group-ingress-rule";
import { ConfigMapV1 } from "../../lib/compat/kubernetes/config-map-v1";
import { ConfigMapV1Data } from "../../lib/compat/kubernetes/config-map-v1-data";
import { Deployment } from "../../lib/compat/kubernetes/deployment";
import { Env } from "../../lib/compat/kubernetes/env";
import { Labels } from "../../lib/compat/kubernetes/labels";
import { Manifest } from "../../lib/compat/kubernetes/manifest";
import { NetworkPolicyV1 } from "../../lib/compat/kubernetes/network-policy-v1";
import { PersistentVolumeClaim } from "../../lib/compat/kubernetes/persistent-volume-claim";
import { Secret } from "../../lib/compat/kubernetes/secret";
import { Service } from "../../lib/compat/kubernetes/service";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { GuardReport } from "../../lib/guard/report";
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../lib/policy/markers";
import { DataBackend, HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { stackProps } from "../util";

export type Backend = "complete" | "postgres";

/** One weakening: how a user applies it and the control that must catch it. */
export interface Mutation {
  readonly name: string;
  readonly backend: Backend;
  readonly control: string;
  readonly how: "override" | "aspect" | "raw resource" | "variable" | "count/for_each" | "local";
  readonly apply: (stack: HardenedMeshStack) => void;
}

const POSTGRES_CA =
  "-----BEGIN CERTIFICATE-----\nMIIEEjCCAvqgAwIBAgIJAM2ZN/+nPi27MA0GCSqGSIb3DQEBCwUAMIGVMQswCQYD\n-----END CERTIFICATE-----\n";

/** The complete example's stack (examples/complete/main.ts) or the postgres-backend one. */
export function buildStack(backend: Backend): HardenedMeshStack {
  const props =
    backend === "complete"
      ? stackProps({ automationReader: { roleArn: "arn:aws:iam::111122223333:role/ci-deployer", roleName: "ci-deployer" } })
      : stackProps({ dataBackend: DataBackend.POSTGRES, postgresCaBundlePem: POSTGRES_CA });
  const stack = new HardenedMeshStack(Testing.app(), backend === "complete" ? "meshoptixiq-prod" : "meshoptixiq-postgres", props);
  HardeningGuard.of(stack, { writeReport: false });
  return stack;
}

/** Synthesizes with validations (the guard) and returns its report; other validation errors are ignored. */
export function judgeStack(stack: HardenedMeshStack): GuardReport {
  try {
    Testing.synth(stack, true);
  } catch {
    // a mutation may also break another validation; the guard has run first (it validates the stack node)
  }
  return HardeningGuard.of(stack).lastReport!;
}

/** The resource at a construct path under the stack. */
export function at(stack: IConstruct, path: string): TerraformResource {
  const full = `${stack.node.path}/${path}`;
  const found = stack.node.findAll().find((c) => c.node.path === full);
  if (!found) throw new Error(`no construct at ${full}`);
  return found as TerraformResource;
}

const aspect = (stack: IConstruct, visit: (node: IConstruct) => void) => Aspects.of(stack).add({ visit } as IAspect);
const variable = (stack: IConstruct, name: string, type = "string") => new TerraformVariable(stack, name, { type });
const api = (_: HardenedMeshStack) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "meshoptixiq-api", namespace: "meshoptixiq" },
});
const apiEnv = (s: HardenedMeshStack, id: string, env: Array<{ name: string; value: string }>) =>
  new Env(s, id, { ...api(s), container: "api", env, force: true });
const neo4jEnv = (s: HardenedMeshStack, id: string, env: Array<{ name: string; value: string }>) =>
  new Env(s, id, {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "meshoptixiq-neo4j", namespace: "meshoptixiq" },
    container: "neo4j",
    env,
    force: true,
  });
const restrictedContainer = {
  name: "tool",
  image: "ghcr.io/example/tool@sha256:" + "b".repeat(64),
  securityContext: {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: "10001",
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  },
};

export const MUTATIONS: Mutation[] = [
  // ---- MESHQ-NET-1: HTTP only redirects
  {
    name: "the redirect listener forwards",
    backend: "complete",
    control: "MESHQ-NET-1",
    how: "override",
    apply: (s) => at(s, "Api/HttpRedirectListener").addOverride("default_action.0.type", "forward"),
  },
  {
    name: "an Aspect turns the HTTPS listener into HTTP",
    backend: "complete",
    control: "MESHQ-NET-1",
    how: "aspect",
    apply: (s) => aspect(s, (n) => n instanceof LbListener && n.node.id === "HttpsListener" && n.addOverride("protocol", "HTTP")),
  },
  {
    name: "an aws_alb_listener serving HTTP on 8080",
    backend: "complete",
    control: "MESHQ-NET-1",
    how: "raw resource",
    apply: (s) =>
      new AlbListener(s, "PlainListener", {
        loadBalancerArn: s.api.loadBalancerArn!,
        port: 8080,
        protocol: "HTTP",
        defaultAction: [{ type: "forward", targetGroupArn: `\${${at(s, "Api/TargetGroup").fqn}.arn}` }],
      }),
  },
  {
    name: "an aws_lb_listener_rule forwarding on the redirect listener",
    backend: "complete",
    control: "MESHQ-NET-1",
    how: "raw resource",
    apply: (s) =>
      new LbListenerRule(s, "ForwardRule", {
        listenerArn: `\${${at(s, "Api/HttpRedirectListener").fqn}.arn}`,
        action: [{ type: "forward", targetGroupArn: `\${${at(s, "Api/TargetGroup").fqn}.arn}` }],
        condition: [{ pathPattern: { values: ["/*"] } }],
      }),
  },
  {
    name: "an aws_alb_listener_rule on a listener given by a variable",
    backend: "complete",
    control: "MESHQ-NET-1",
    how: "variable",
    apply: (s) =>
      new AlbListenerRule(s, "VarRule", {
        listenerArn: variable(s, "listener_arn").stringValue,
        action: [{ type: "fixed-response", fixedResponse: { contentType: "text/plain", statusCode: "200" } }],
        condition: [{ pathPattern: { values: ["/health"] } }],
      }),
  },
  {
    name: "the redirect listener's protocol from a variable",
    backend: "complete",
    control: "MESHQ-NET-1",
    how: "variable",
    apply: (s) => at(s, "Api/HttpRedirectListener").addOverride("protocol", variable(s, "proto").stringValue),
  },

  // ---- MESHQ-NET-2: not exposed directly
  {
    name: "the API Service becomes a LoadBalancer",
    backend: "complete",
    control: "MESHQ-NET-2",
    how: "override",
    apply: (s) => at(s, "Api/Service").addOverride("spec.type", "LoadBalancer"),
  },
  {
    name: "an aws_security_group_rule opens 8000 to the internet",
    backend: "complete",
    control: "MESHQ-NET-2",
    how: "raw resource",
    apply: (s) =>
      new SecurityGroupRule(s, "Open8000", {
        type: "ingress",
        securityGroupId: "sg-0123456789abcdef0",
        fromPort: 8000,
        toPort: 8000,
        protocol: "tcp",
        cidrBlocks: ["0.0.0.0/0"],
      }),
  },
  {
    name: "an aws_vpc_security_group_ingress_rule opens 7687 to the internet",
    backend: "complete",
    control: "MESHQ-NET-2",
    how: "raw resource",
    apply: (s) =>
      new VpcSecurityGroupIngressRule(s, "Open7687", {
        securityGroupId: "sg-0123456789abcdef0",
        ipProtocol: "tcp",
        fromPort: 7687,
        toPort: 7687,
        cidrIpv4: "0.0.0.0/0",
      }),
  },
  {
    name: "an inline ingress block opens every port of the ALB group",
    backend: "complete",
    control: "MESHQ-NET-2",
    how: "override",
    apply: (s) =>
      at(s, "Api/AlbSecurityGroup").addOverride("ingress", [
        {
          from_port: 0,
          to_port: 0,
          protocol: "-1",
          cidr_blocks: ["0.0.0.0/0"],
          ipv6_cidr_blocks: [],
          prefix_list_ids: [],
          security_groups: [],
          self: false,
          description: "all",
        },
      ]),
  },
  {
    name: "a rule on 8000 from CIDRs given by a variable",
    backend: "complete",
    control: "MESHQ-NET-2",
    how: "variable",
    apply: (s) =>
      new SecurityGroupRule(s, "VarCidrs", {
        type: "ingress",
        securityGroupId: "sg-0123456789abcdef0",
        fromPort: 8000,
        toPort: 8000,
        protocol: "tcp",
        cidrBlocks: variable(s, "cidrs", "list(string)").listValue,
      }),
  },
  {
    name: "a NodePort Service as a kubernetes_manifest",
    backend: "complete",
    control: "MESHQ-NET-2",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "NodePort", {
        manifest: {
          apiVersion: "v1",
          kind: "Service",
          metadata: { name: "api-nodeport", namespace: "meshoptixiq" },
          spec: { type: "NodePort", selector: { app: "meshoptixiq-api" }, ports: [{ port: 8000, nodePort: 30800 }] },
        },
      }),
  },
  {
    name: "a legacy kubernetes_service of type LoadBalancer",
    backend: "complete",
    control: "MESHQ-NET-2",
    how: "raw resource",
    apply: (s) =>
      new Service(s, "LegacyLb", {
        metadata: { name: "neo4j-public", namespace: "meshoptixiq" },
        spec: { type: "LoadBalancer", selector: { app: "neo4j" }, port: [{ port: 7687 }] },
      }),
  },
  {
    name: "the database is publicly accessible",
    backend: "postgres",
    control: "MESHQ-NET-2",
    how: "override",
    apply: (s) => at(s, "Postgres/Resource").addOverride("publicly_accessible", true),
  },
  {
    name: "public accessibility from a variable",
    backend: "postgres",
    control: "MESHQ-NET-2",
    how: "variable",
    apply: (s) => at(s, "Postgres/Resource").addOverride("publicly_accessible", variable(s, "public", "bool").booleanValue),
  },
  {
    name: "an aws_security_group_rule opens 5432 to ::/0",
    backend: "postgres",
    control: "MESHQ-NET-2",
    how: "raw resource",
    apply: (s) =>
      new SecurityGroupRule(s, "Open5432", {
        type: "ingress",
        securityGroupId: s.postgres!.securityGroupId,
        fromPort: 5000,
        toPort: 6000,
        protocol: "tcp",
        ipv6CidrBlocks: ["::/0"],
      }),
  },

  // ---- MESHQ-NET-3 / NET-4: TLS and HSTS
  {
    name: "a TLS 1.0 policy",
    backend: "complete",
    control: "MESHQ-NET-3",
    how: "override",
    apply: (s) => at(s, "Api/HttpsListener").addOverride("ssl_policy", "ELBSecurityPolicy-2016-08"),
  },
  {
    name: "the TLS policy from a variable",
    backend: "complete",
    control: "MESHQ-NET-3",
    how: "variable",
    apply: (s) => at(s, "Api/HttpsListener").addOverride("ssl_policy", variable(s, "ssl_policy").stringValue),
  },
  {
    name: "an Aspect removes the TLS policy",
    backend: "complete",
    control: "MESHQ-NET-3",
    how: "aspect",
    apply: (s) => aspect(s, (n) => n instanceof LbListener && n.node.id === "HttpsListener" && n.addOverride("ssl_policy", undefined)),
  },
  {
    name: "HSTS for five minutes",
    backend: "complete",
    control: "MESHQ-NET-4",
    how: "override",
    apply: (s) => at(s, "Api/HttpsListener").addOverride("routing_http_response_strict_transport_security_header_value", "max-age=300"),
  },
  {
    name: "HSTS from a local of one minute",
    backend: "complete",
    control: "MESHQ-NET-4",
    how: "local",
    apply: (s) =>
      at(s, "Api/HttpsListener").addOverride(
        "routing_http_response_strict_transport_security_header_value",
        new TerraformLocal(s, "hsts", "max-age=60").asString,
      ),
  },

  // ---- MESHQ-NET-5: default deny
  {
    name: "count = 0 on the default deny",
    backend: "complete",
    control: "MESHQ-NET-5",
    how: "count/for_each",
    apply: (s) => at(s, "NetworkModel/DefaultDeny-meshoptixiq").addOverride("count", 0),
  },
  {
    name: "for_each from a variable on the default deny",
    backend: "complete",
    control: "MESHQ-NET-5",
    how: "count/for_each",
    apply: (s) => at(s, "NetworkModel/DefaultDeny-meshoptixiq").addOverride("for_each", variable(s, "deny", "set(string)").fqn),
  },
  {
    name: "the default deny selects only some pods",
    backend: "complete",
    control: "MESHQ-NET-5",
    how: "override",
    apply: (s) => at(s, "NetworkModel/DefaultDeny-meshoptixiq").addOverride("spec.pod_selector.match_labels", { app: "nothing" }),
  },

  // ---- MESHQ-NET-6: hardened ALB
  {
    name: "an Aspect stops dropping invalid headers",
    backend: "complete",
    control: "MESHQ-NET-6",
    how: "aspect",
    apply: (s) => aspect(s, (n) => n === s.api.loadBalancer && s.api.loadBalancer.addOverride("drop_invalid_header_fields", false)),
  },
  {
    name: "desync mode monitor",
    backend: "complete",
    control: "MESHQ-NET-6",
    how: "override",
    apply: (s) => s.api.loadBalancer!.addOverride("desync_mitigation_mode", "monitor"),
  },
  {
    name: "access logs off",
    backend: "complete",
    control: "MESHQ-NET-6",
    how: "override",
    apply: (s) => s.api.loadBalancer!.addOverride("access_logs.enabled", false),
  },
  {
    name: "count = 0 on the WAF association",
    backend: "complete",
    control: "MESHQ-NET-6",
    how: "count/for_each",
    apply: (s) => at(s, "Api/WebAclAssociation").addOverride("count", 0),
  },
  {
    name: "internal from a variable",
    backend: "complete",
    control: "MESHQ-NET-6",
    how: "variable",
    apply: (s) => s.api.loadBalancer!.addOverride("internal", variable(s, "internal", "bool").booleanValue),
  },

  // ---- MESHQ-NET-7: registered flows only
  {
    name: "a NetworkPolicy admits the internet to the API",
    backend: "complete",
    control: "MESHQ-NET-7",
    how: "raw resource",
    apply: (s) =>
      new NetworkPolicyV1(s, "AllowAll", {
        metadata: { name: "allow-world", namespace: "meshoptixiq" },
        spec: {
          podSelector: { matchLabels: { app: "meshoptixiq-api" } },
          policyTypes: ["Ingress"],
          ingress: [{ from: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ port: "8000" }] }],
        },
      }),
  },
  {
    name: "the API's ingress widened to the internet",
    backend: "complete",
    control: "MESHQ-NET-7",
    how: "override",
    apply: (s) => at(s, "NetworkModel/Workload-meshoptixiq-api").addOverride("spec.ingress.0.from.0.ip_block.cidr", "0.0.0.0/0"),
  },
  {
    name: "a manifest NetworkPolicy lets every pod out on 22",
    backend: "complete",
    control: "MESHQ-NET-7",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "EgressSsh", {
        manifest: {
          apiVersion: "networking.k8s.io/v1",
          kind: "NetworkPolicy",
          metadata: { name: "ssh-out", namespace: "meshoptixiq" },
          spec: {
            podSelector: {},
            policyTypes: ["Egress"],
            egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ port: 22, protocol: "TCP" }] }],
          },
        },
      }),
  },
  {
    name: "the API's AWS egress moved to port 22",
    backend: "complete",
    control: "MESHQ-NET-7",
    how: "override",
    apply: (s) => at(s, "NetworkModel/Workload-meshoptixiq-api").addOverride("spec.egress.2.ports.0.port", "22"),
  },
  {
    name: "a CiliumNetworkPolicy lets the API reach the world",
    backend: "complete",
    control: "MESHQ-NET-7",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "CiliumWorld", {
        manifest: {
          apiVersion: "cilium.io/v2",
          kind: "CiliumNetworkPolicy",
          metadata: { name: "api-world", namespace: "meshoptixiq" },
          spec: {
            endpointSelector: { matchLabels: { app: "meshoptixiq-api" } },
            egress: [{ toEntities: ["world"], toPorts: [{ ports: [{ port: "443", protocol: "TCP" }] }] }],
          },
        },
      }),
  },
  {
    name: "Neo4j's bolt admitted from every pod of the namespace",
    backend: "complete",
    control: "MESHQ-NET-7",
    how: "override",
    apply: (s) =>
      at(s, "NetworkModel/Workload-meshoptixiq-neo4j").addOverride("spec.ingress.1.from.0.pod_selector.match_labels", undefined),
  },

  // ---- MESHQ-NET-8: rules name their ports
  {
    name: "the API's ingress rule loses its ports",
    backend: "complete",
    control: "MESHQ-NET-8",
    how: "override",
    apply: (s) => at(s, "NetworkModel/Workload-meshoptixiq-api").addOverride("spec.ingress.0.ports", undefined),
  },
  {
    name: "a user's own policy with an egress rule without ports",
    backend: "complete",
    control: "MESHQ-NET-8",
    how: "raw resource",
    apply: (s) =>
      new NetworkPolicyV1(s, "ToolsOut", {
        metadata: { name: "tools-out", namespace: "tools" },
        spec: {
          podSelector: { matchLabels: { app: "tools" } },
          policyTypes: ["Egress"],
          egress: [{ to: [{ ipBlock: { cidr: "10.0.0.0/8" } }] }],
        },
      }),
  },

  // ---- MESHQ-POD-1: restricted pods
  {
    name: "the API may escalate privileges",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.api.resource.addOverride("spec.template.spec.container.0.security_context.allow_privilege_escalation", true),
  },
  {
    name: "an Aspect puts Neo4j on the host network",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "aspect",
    apply: (s) => aspect(s, (n) => n === s.neo4j?.resource && s.neo4j.resource.addOverride("spec.template.spec.host_network", true)),
  },
  {
    name: "a privileged Deployment as a kubernetes_manifest",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "Privileged", {
        manifest: {
          apiVersion: "apps/v1",
          kind: "Deployment",
          metadata: { name: "debug", namespace: "meshoptixiq" },
          spec: {
            selector: { matchLabels: { app: "debug" } },
            template: {
              metadata: { labels: { app: "debug" } },
              spec: {
                automountServiceAccountToken: false,
                containers: [{ ...restrictedContainer, securityContext: { ...restrictedContainer.securityContext, privileged: true } }],
              },
            },
          },
        },
      }),
  },
  {
    name: "Neo4j runs as root",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.neo4j!.resource.addOverride("spec.template.spec.container.0.security_context.run_as_user", "0"),
  },
  {
    name: "a legacy kubernetes_deployment with a hostPath volume",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "raw resource",
    apply: (s) =>
      new Deployment(s, "HostPath", {
        metadata: { name: "node-reader", namespace: "meshoptixiq" },
        spec: {
          selector: { matchLabels: { app: "node-reader" } },
          template: {
            metadata: { labels: { app: "node-reader" } },
            spec: {
              automountServiceAccountToken: false,
              container: [
                {
                  name: "tool",
                  image: restrictedContainer.image,
                  securityContext: { ...restrictedContainer.securityContext, runAsUser: "10001" },
                },
              ],
              volume: [{ name: "root", hostPath: { path: "/" } }],
            },
          },
        },
      }),
  },
  {
    name: "privilege escalation from a variable",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "variable",
    apply: (s) =>
      s.api.resource.addOverride(
        "spec.template.spec.container.0.security_context.allow_privilege_escalation",
        variable(s, "escalate", "bool").booleanValue,
      ),
  },
  {
    name: "the API binds a host port",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.api.resource.addOverride("spec.template.spec.container.0.port.0.host_port", 8000),
  },
  {
    name: "Neo4j adds NET_ADMIN",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.neo4j!.resource.addOverride("spec.template.spec.container.0.security_context.capabilities.add", ["NET_ADMIN"]),
  },

  // ---- MESHQ-POD-2: restricted namespaces
  {
    name: "the namespace enforces privileged",
    backend: "complete",
    control: "MESHQ-POD-2",
    how: "override",
    apply: (s) =>
      at(s, "Api/Namespace").addOverride("metadata.labels", {
        "pod-security.kubernetes.io/enforce": "privileged",
        "pod-security.kubernetes.io/enforce-version": "latest",
      }),
  },
  {
    name: "a kubernetes_labels patch relaxes the namespace",
    backend: "complete",
    control: "MESHQ-POD-2",
    how: "raw resource",
    apply: (s) =>
      new Labels(s, "Relax", {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "meshoptixiq" },
        labels: { "pod-security.kubernetes.io/enforce": "baseline" },
        force: true,
      }),
  },

  // ---- MESHQ-KEY-1: no literal credentials
  {
    name: "a kubernetes_env patch adds DBPASSWORD (no separator)",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "DbPassword", [{ name: "DBPASSWORD", value: "hunter2hunter2" }]),
  },
  {
    name: "a ConfigMap with a DATABASE_URL carrying a password",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) =>
      new ConfigMapV1(s, "DbUrl", {
        metadata: { name: "db", namespace: "meshoptixiq" },
        data: { DATABASE_URL: "postgresql://meshq:S3cr3tPassw0rd@db.internal:5432/meshq" },
      }),
  },
  {
    name: "env_from a ConfigMap holding an API token",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "override",
    apply: (s) => {
      new ConfigMapV1(s, "Tokens", { metadata: { name: "tokens", namespace: "meshoptixiq" }, data: { UPSTREAM_API_TOKEN: "see-vault" } });
      s.api.resource.addOverride("spec.template.spec.container.0.env_from", [{ config_map_ref: { name: "tokens" } }]);
    },
  },
  {
    name: "a kubernetes_config_map_v1_data patch adds a Splunk token to the RBAC ConfigMap",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) =>
      new ConfigMapV1Data(s, "Patch", {
        metadata: { name: "meshoptixiq-rbac", namespace: "meshoptixiq" },
        data: { SPLUNK_TOKEN: "8a1e4c2b-9d3f-4e6a-b7c8-1f2e3d4c5b6a" },
        force: true,
      }),
  },
  {
    name: "a signing secret in the rotation Lambda's environment",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Rotation/Resource").addOverride("environment.variables.SIGNING_SECRET", "not-so-secret"),
  },
  {
    name: "an admin password from a variable",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "variable",
    apply: (s) => apiEnv(s, "AdminPassword", [{ name: "ADMIN_PASSWORD", value: variable(s, "admin_password").stringValue }]),
  },
  {
    name: "a high-entropy literal under an innocent name",
    backend: "complete",
    control: "MESHQ-KEY-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "Innocent", [{ name: "FEATURE_SEED", value: "Zx9Kq2LmP4vR8tYw3NbC6dHf" }]),
  },

  // ---- MESHQ-KEY-2..5
  {
    name: "API keys rotate yearly",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Schedule").addOverride("rotation_rules.automatically_after_days", 365),
  },
  {
    name: "count = 0 on a rotation schedule",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "count/for_each",
    apply: (s) => at(s, "AutomationKey/Schedule").addOverride("count", 0),
  },
  {
    name: "a schedule expression of 120 days",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Schedule").addOverride("rotation_rules", { schedule_expression: "rate(120 days)" }),
  },
  {
    name: "no immediate rotation",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Schedule").addOverride("rotate_immediately", false),
  },
  {
    name: "an API-key secret's role tag removed and its rotation yearly",
    backend: "complete",
    control: "MESHQ-KEY-2",
    how: "override",
    apply: (s) => {
      // an override merges into the map; undefined deletes the key
      at(s, "OperatorsKey/Secret/Resource").addOverride("tags", { [ROLE_KEY]: undefined });
      at(s, "OperatorsKey/Schedule").addOverride("rotation_rules.automatically_after_days", 365);
    },
  },
  {
    name: "an API-key secret re-tagged as another role and its schedule removed by count = 0",
    backend: "postgres",
    control: "MESHQ-KEY-2",
    how: "count/for_each",
    apply: (s) => {
      at(s, "AutomationKey/Secret/Resource").addOverride("tags", { [ROLE_KEY]: Role.NEO4J });
      at(s, "AutomationKey/Schedule").addOverride("count", 0);
    },
  },
  {
    name: "16-character keys",
    backend: "complete",
    control: "MESHQ-KEY-3",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Rotation/Resource").addOverride("environment.variables.KEY_LENGTH", "16"),
  },
  {
    name: "a kubernetes_env patch points the automation key at the operators' secret",
    backend: "complete",
    control: "MESHQ-KEY-4",
    how: "raw resource",
    apply: (s) =>
      new Env(s, "SharedKey", {
        ...api(s),
        container: "api",
        env: [{ name: "API_KEY_AUTOMATION", valueFrom: { secretKeyRef: { name: "api-key-operators", key: "value" } } }],
        force: true,
      }),
  },
  {
    name: "a legacy kubernetes_secret with data",
    backend: "complete",
    control: "MESHQ-KEY-5",
    how: "raw resource",
    apply: (s) => new Secret(s, "Legacy", { metadata: { name: "legacy", namespace: "meshoptixiq" }, data: { password: "x" } }),
  },
  {
    name: "a Secret manifest with stringData",
    backend: "complete",
    control: "MESHQ-KEY-5",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "SecretManifest", {
        manifest: { apiVersion: "v1", kind: "Secret", metadata: { name: "m", namespace: "meshoptixiq" }, stringData: { token: "x" } },
      }),
  },
  {
    name: "a secret version with a value",
    backend: "complete",
    control: "MESHQ-KEY-5",
    how: "raw resource",
    apply: (s) =>
      new SecretsmanagerSecretVersion(s, "Version", { secretId: s.operatorsKey!.secretArn, secretString: "not-generated-inside-aws" }),
  },

  // ---- MESHQ-SEC-1..3
  {
    name: "a key secret under the AWS-managed key",
    backend: "complete",
    control: "MESHQ-SEC-1",
    how: "override",
    apply: (s) => at(s, "OperatorsKey/Secret/Resource").addOverride("kms_key_id", "alias/aws/secretsmanager"),
  },
  {
    name: "the secret's key from a variable",
    backend: "complete",
    control: "MESHQ-SEC-1",
    how: "variable",
    apply: (s) => at(s, "AutomationKey/Secret/Resource").addOverride("kms_key_id", variable(s, "kms").stringValue),
  },
  {
    name: "key rotation off",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "override",
    apply: (s) => at(s, "Neo4j/Storage/Key/Resource").addOverride("enable_key_rotation", false),
  },
  {
    name: "an aws_kms_key_policy that allows everyone",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "raw resource",
    apply: (s) =>
      new KmsKeyPolicy(s, "OpenPolicy", {
        keyId: `\${${at(s, "OperatorsKey/Secret/Key/Resource").fqn}.id}`,
        policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:*", Resource: "*" }],
        }),
      }),
  },
  {
    name: "a disabled key",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "override",
    apply: (s) => at(s, "Api/WafLogsKey/Resource").addOverride("is_enabled", false),
  },
  {
    name: "a key policy from a data source",
    backend: "complete",
    control: "MESHQ-SEC-2",
    how: "override",
    apply: (s) => {
      const d = new DataAwsIamPolicyDocument(s, "Doc", {
        statement: [{ effect: "Allow", actions: ["kms:*"], resources: ["*"], principals: [{ type: "AWS", identifiers: ["*"] }] }],
      });
      at(s, "AutomationKey/Secret/Key/Resource").addOverride("policy", d.json);
    },
  },
  {
    name: "secrets refresh daily",
    backend: "complete",
    control: "MESHQ-SEC-3",
    how: "override",
    apply: (s) => at(s, "Api/Secrets/ExternalSecret-api-key-operators").addOverride("manifest.spec.refreshInterval", "24h"),
  },

  // ---- MESHQ-RBAC-1 / MESHQ-AUD-1
  {
    name: "the RBAC policy rewritten as YAML",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "override",
    apply: (s) => s.rbac.resource.addOverride("data", { "rbac.yaml": "default: allow\nroles: {}\n" }),
  },
  {
    name: "the RBAC policy allows by default",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "override",
    apply: (s) =>
      s.rbac.resource.addOverride("data", { "rbac.yaml": JSON.stringify({ default: "allow", roles: { admin: { allow: ["*"] } } }) }),
  },
  {
    name: "RBAC switched off by a kubernetes_env patch",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "RbacOff", [{ name: "RBAC_ENABLED", value: "false" }]),
  },
  {
    name: "the RBAC policy from a variable",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "variable",
    apply: (s) => s.rbac.resource.addOverride("data", { "rbac.yaml": variable(s, "rbac").stringValue }),
  },
  {
    name: "audit switched off while the sink exists",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "AuditOff", [{ name: "AUDIT_LOG_ENABLED", value: "false" }]),
  },
  {
    name: "HEC over plain HTTP",
    backend: "postgres",
    control: "MESHQ-AUD-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "HecHttp", [{ name: "SPLUNK_HEC_URL", value: "http://splunk.corp.example.com:8088" }]),
  },
  {
    name: "HEC verification skipped",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "HecSkip", [{ name: "SPLUNK_HEC_INSECURE_SKIP_VERIFY", value: "true" }]),
  },

  {
    name: "the API's role label removed while audit is switched off",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "override",
    apply: (s) => {
      at(s, "Api/Resource").addOverride("spec.template.metadata.labels", { [ROLE_KEY]: undefined });
      apiEnv(s, "AuditOffUnlabelled", [{ name: "AUDIT_LOG_ENABLED", value: "false" }]);
    },
  },
  {
    name: "the API labelled with another role while HEC goes over plain HTTP",
    backend: "postgres",
    control: "MESHQ-AUD-1",
    how: "override",
    apply: (s) => {
      at(s, "Api/Resource").addOverride("spec.template.metadata.labels", { [ROLE_KEY]: Role.NEO4J_PASSWORD_ROTATION });
      apiEnv(s, "HecHttpRelabelled", [{ name: "SPLUNK_HEC_URL", value: "http://splunk.corp.example.com:8088" }]);
    },
  },
  {
    name: "an Aspect points the API's default-container annotation at a container the pod does not have",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "aspect",
    apply: (s) =>
      aspect(s, (n) => {
        if (n instanceof TerraformResource && n.node.path === `${s.node.path}/Api/Resource`)
          n.addOverride("spec.template.metadata.annotations", { [DEFAULT_CONTAINER_ANNOTATION]: "sidecar" });
      }),
  },

  // ---- MESHQ-DATA-1..6
  {
    name: "Neo4j's role label removed while bolt TLS is disabled",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "override",
    apply: (s) => {
      at(s, "Neo4j/Resource").addOverride("spec.template.metadata.labels", { [ROLE_KEY]: undefined });
      neo4jEnv(s, "BoltPlainUnlabelled", [{ name: "NEO4J_server_bolt_tls__level", value: "DISABLED" }]);
    },
  },
  {
    name: "Neo4j's default-container annotation names a container the pod does not have",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "override",
    apply: (s) => at(s, "Neo4j/Resource").addOverride("spec.template.metadata.annotations", { [DEFAULT_CONTAINER_ANNOTATION]: "exporter" }),
  },
  {
    name: "bolt TLS disabled by a kubernetes_env patch",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "raw resource",
    apply: (s) => neo4jEnv(s, "BoltPlain", [{ name: "NEO4J_server_bolt_tls__level", value: "DISABLED" }]),
  },
  {
    name: "the API connects with bolt://",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "BoltUri", [{ name: "NEO4J_URI", value: "bolt://meshoptixiq-neo4j.meshoptixiq.svc:7687" }]),
  },
  {
    name: "Neo4j's HTTP connector on",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "raw resource",
    apply: (s) => neo4jEnv(s, "Http", [{ name: "NEO4J_server_http_enabled", value: "true" }]),
  },
  {
    name: "a policy admits 7687 from an IP range",
    backend: "complete",
    control: "MESHQ-DATA-2",
    how: "raw resource",
    apply: (s) =>
      new NetworkPolicyV1(s, "BoltFromVpc", {
        metadata: { name: "bolt-from-vpc", namespace: "meshoptixiq" },
        spec: {
          podSelector: { matchLabels: { app: "neo4j" } },
          policyTypes: ["Ingress"],
          ingress: [{ from: [{ ipBlock: { cidr: "10.0.0.0/8" } }], ports: [{ port: "7687" }] }],
        },
      }),
  },
  {
    name: "an unencrypted storage class",
    backend: "complete",
    control: "MESHQ-DATA-3",
    how: "override",
    apply: (s) => at(s, "Neo4j/Storage/Resource").addOverride("parameters.encrypted", "false"),
  },
  {
    name: "unencrypted RDS storage",
    backend: "postgres",
    control: "MESHQ-DATA-3",
    how: "override",
    apply: (s) => at(s, "Postgres/Resource").addOverride("storage_encrypted", false),
  },
  {
    name: "rds.force_ssl off",
    backend: "postgres",
    control: "MESHQ-DATA-4",
    how: "override",
    apply: (s) =>
      at(s, "Postgres/Parameters").addOverride("parameter", [{ name: "rds.force_ssl", value: "0", apply_method: "pending-reboot" }]),
  },
  {
    name: "the default parameter group",
    backend: "postgres",
    control: "MESHQ-DATA-4",
    how: "override",
    apply: (s) => at(s, "Postgres/Resource").addOverride("parameter_group_name", "default.postgres16"),
  },
  {
    name: "DATABASE_URL with sslmode=disable",
    backend: "postgres",
    control: "MESHQ-DATA-4",
    how: "override",
    apply: (s) =>
      at(s, "Api/Secrets/ExternalSecret-meshoptixiq-database-url").addOverride(
        "manifest.spec.target.template.data.value",
        "postgresql://{{ .username | urlquery }}:{{ .password | urlquery }}@db:5432/meshoptixiq?sslmode=disable",
      ),
  },
  {
    name: "count = 0 on the password rotation",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "count/for_each",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("count", 0),
  },
  {
    name: "the password rotation suspended",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("spec.suspend", true),
  },
  {
    name: "the password rotation CronJob's role label removed",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("metadata.labels", { [ROLE_KEY]: undefined }),
  },
  {
    name: "the password rotation CronJob labelled with another role",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("metadata.labels", { [ROLE_KEY]: Role.API }),
  },
  {
    name: "a literal RDS master password",
    backend: "postgres",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => {
      at(s, "Postgres/Resource").addOverride("manage_master_user_password", false);
      at(s, "Postgres/Resource").addOverride("password", "not-managed-by-rds");
    },
  },
  {
    name: "Neo4j's data on gp2",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "override",
    apply: (s) => s.neo4j!.resource.addOverride("spec.volume_claim_template.0.spec.storage_class_name", "gp2"),
  },
  {
    name: "an Aspect drops Neo4j's storage class (cluster default)",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "aspect",
    apply: (s) =>
      aspect(
        s,
        (n) => n === s.neo4j?.resource && s.neo4j.resource.addOverride("spec.volume_claim_template.0.spec.storage_class_name", undefined),
      ),
  },
  {
    name: "a legacy PVC without a storage class",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "raw resource",
    apply: (s) =>
      new PersistentVolumeClaim(s, "Scratch", {
        metadata: { name: "scratch", namespace: "meshoptixiq" },
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
      }),
  },
  {
    name: "count = 0 on the encrypted storage class",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "count/for_each",
    apply: (s) => at(s, "Neo4j/Storage/Resource").addOverride("count", 0),
  },
  {
    name: "the storage class name from a variable",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "variable",
    apply: (s) => s.neo4j!.resource.addOverride("spec.volume_claim_template.0.spec.storage_class_name", variable(s, "sc").stringValue),
  },
];
