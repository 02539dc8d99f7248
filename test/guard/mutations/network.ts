import { TerraformLocal } from "../../../lib/compat/core";
import { AlbListener } from "../../../lib/compat/aws/alb-listener";
import { AlbListenerRule } from "../../../lib/compat/aws/alb-listener-rule";
import { LbListener } from "../../../lib/compat/aws/lb-listener";
import { LbListenerRule } from "../../../lib/compat/aws/lb-listener-rule";
import { SecurityGroupRule } from "../../../lib/compat/aws/security-group-rule";
import { VpcSecurityGroupIngressRule } from "../../../lib/compat/aws/vpc-security-group-ingress-rule";
import { Manifest } from "../../../lib/compat/kubernetes/manifest";
import { NetworkPolicyV1 } from "../../../lib/compat/kubernetes/network-policy-v1";
import { Service } from "../../../lib/compat/kubernetes/service";
import { aspect, at, Mutation, variable } from "./harness";

/** Weakenings the network controls must catch. */
export const NETWORK_MUTATIONS: Mutation[] = [
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

  // ---- MESHQ-NET-9: data stores admit only their clients' own groups
  {
    name: "the cache admits the cluster's security group",
    backend: "complete",
    control: "MESHQ-NET-9",
    how: "override",
    apply: (s) =>
      at(s, "NetworkModel/Ingress-meshoptixiq-api-to-meshoptixiq-cache-tcp6379").addOverride(
        "source_security_group_id",
        "sg-0123456789abcdef0",
      ),
  },
  {
    name: "the API pods' SecurityGroupPolicy selects every pod of the namespace",
    backend: "complete",
    control: "MESHQ-NET-9",
    how: "override",
    apply: (s) => at(s, "Api/PodSecurityGroupPolicy").addOverride("manifest.spec.podSelector.matchLabels", undefined),
  },
  {
    name: "a second SecurityGroupPolicy hands the API pods' group to every pod of another namespace",
    backend: "complete",
    control: "MESHQ-NET-9",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "TenantPods", {
        manifest: {
          apiVersion: "vpcresources.k8s.aws/v1beta1",
          kind: "SecurityGroupPolicy",
          metadata: { name: "tenant", namespace: "tenant" },
          spec: { podSelector: {}, securityGroups: { groupIds: [s.api.podSecurityGroupId!] } },
        },
      }),
  },
  {
    name: "the database admits a security group from a variable",
    backend: "postgres",
    control: "MESHQ-NET-9",
    how: "variable",
    apply: (s) =>
      new SecurityGroupRule(s, "DbFromVariable", {
        type: "ingress",
        securityGroupId: s.postgres!.securityGroupId,
        sourceSecurityGroupId: variable(s, "client_sg").stringValue,
        fromPort: 5432,
        toPort: 5432,
        protocol: "tcp",
        description: "clients",
      }),
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
];
