import { NETWORK_CONTROLS } from "../../../lib/guard/controls/network";
import { TerraformJson } from "../../../lib/guard/model";
import {
  apiContainerManifest,
  denyAll,
  deployment,
  expectPaired,
  fail,
  manifestDeployment,
  pass,
  restrictedContainer,
  run,
  tf,
  UNKNOWN,
  variables,
} from "./support";
import { NETWORK_MUTATIONS } from "../mutations/network";
import { mutationSuite } from "../mutations/harness";

test("MESHQ-NET-1 HTTP only redirects: listeners, aliases and listener rules", () => {
  const redirect = { port: 80, protocol: "HTTP", default_action: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443" } }] };
  pass(
    "MESHQ-NET-1",
    tf({
      aws_lb_listener: { r: redirect },
      aws_lb_listener_rule: {
        x: { listener_arn: "${aws_lb_listener.r.arn}", action: [{ type: "redirect", redirect: { protocol: "HTTPS" } }] },
      },
    }),
  );
  fail("MESHQ-NET-1", tf({ aws_lb_listener: { h: { port: 80, protocol: "HTTP", default_action: [{ type: "forward" }] } } }), /serves HTTP/);
  fail(
    "MESHQ-NET-1",
    tf({ aws_alb_listener: { h: { port: 8080, default_action: [{ type: "forward" }] } } }),
    /listener on 8080 serves HTTP/,
  );
  fail(
    "MESHQ-NET-1",
    tf({
      aws_lb_listener: { r: redirect },
      aws_alb_listener_rule: { x: { listener_arn: "${aws_lb_listener.r.arn}", action: [{ type: "forward" }] } },
    }),
    /listener rule on the HTTP listener aws_lb_listener\.r/,
  );
  fail("MESHQ-NET-1", tf({ aws_lb_listener_rule: { x: { listener_arn: "${var.x}", action: [{ type: "forward" }] } } }, variables), UNKNOWN);
  fail("MESHQ-NET-1", tf({ aws_lb_listener: { r: { ...redirect, protocol: "${var.x}" } } }, variables), UNKNOWN);
});

test("MESHQ-NET-2 no direct exposure: Services, every security-group rule form, public databases", () => {
  pass(
    "MESHQ-NET-2",
    tf({
      kubernetes_service_v1: { s: { spec: { type: "ClusterIP" } } },
      aws_security_group_rule: { r: { type: "ingress", from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] } },
    }),
  );
  fail("MESHQ-NET-2", tf({ kubernetes_service_v1: { s: { spec: { type: "LoadBalancer" } } } }), /Service type LoadBalancer/);
  fail(
    "MESHQ-NET-2",
    tf({
      kubernetes_manifest: { s: { manifest: { apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { type: "NodePort" } } } },
    }),
    /Service type NodePort/,
  );
  fail(
    "MESHQ-NET-2",
    tf({ aws_security_group_rule: { r: { type: "ingress", from_port: 8000, to_port: 8000, cidr_blocks: ["0.0.0.0/0"] } } }),
    /8000-8000 open to the internet/,
  );
  fail(
    "MESHQ-NET-2",
    tf({ aws_security_group: { g: { ingress: [{ from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] }] } } }),
    /all ports open to the internet \(ingress\[0\]\)/,
  );
  fail(
    "MESHQ-NET-2",
    tf({ aws_vpc_security_group_ingress_rule: { r: { ip_protocol: "tcp", from_port: 7000, to_port: 8000, cidr_ipv6: "::/0" } } }),
    /ports 7000-8000 open/,
  );
  fail(
    "MESHQ-NET-2",
    tf(
      { aws_security_group_rule: { r: { type: "ingress", from_port: 5432, to_port: 5432, protocol: "tcp", cidr_blocks: "${var.x}" } } },
      variables,
    ),
    /cidr_blocks = \$\{var\.x\}.*cannot be known/,
  );
  pass("MESHQ-NET-2", tf({ aws_db_instance: { d: { publicly_accessible: false } } }));
  fail("MESHQ-NET-2", tf({ aws_db_instance: { d: { publicly_accessible: true } } }), /publicly accessible/);
  fail("MESHQ-NET-2", tf({ aws_db_instance: { d: { publicly_accessible: "${var.x}" } } }, variables), UNKNOWN);
});

test("MESHQ-NET-3 TLS 1.2+ and MESHQ-NET-4 HSTS", () => {
  const listener = (policy: string | undefined, hsts?: string, type = "aws_lb_listener") =>
    tf(
      { [type]: { l: { protocol: "HTTPS", ssl_policy: policy, routing_http_response_strict_transport_security_header_value: hsts } } },
      variables,
    );
  pass("MESHQ-NET-3", listener("ELBSecurityPolicy-TLS13-1-2-Res-2021-06"));
  fail("MESHQ-NET-3", listener("ELBSecurityPolicy-TLS13-1-0-2021-06"), /admits TLS below 1.2/);
  fail("MESHQ-NET-3", listener(undefined, undefined, "aws_alb_listener"), /unset: ELBSecurityPolicy-2016-08/);
  fail("MESHQ-NET-3", listener("${var.x}"), UNKNOWN);
  pass("MESHQ-NET-4", listener("x", "max-age=63072000; includeSubDomains"));
  fail("MESHQ-NET-4", listener("x", "max-age=300"), /below one year/);
  fail("MESHQ-NET-4", listener("x", "${var.x}"), UNKNOWN);
});

test("MESHQ-NET-5 default deny per namespace: references resolved, manifests read, count and for_each respected", () => {
  pass("MESHQ-NET-5", tf({ ...deployment(restrictedContainer()), ...denyAll() }));
  fail("MESHQ-NET-5", tf({ ...deployment(restrictedContainer()), ...denyAll("other") }), /namespace meshq has no default-deny/);
  pass(
    "MESHQ-NET-5",
    tf({
      kubernetes_namespace_v1: { ns: { metadata: { name: "meshq" } } },
      ...deployment(restrictedContainer()),
      ...denyAll("${kubernetes_namespace_v1.ns.metadata[0].name}"),
    }),
  );
  pass(
    "MESHQ-NET-5",
    tf({
      ...manifestDeployment(apiContainerManifest),
      kubernetes_manifest: {
        ...manifestDeployment(apiContainerManifest).kubernetes_manifest,
        deny: {
          manifest: {
            apiVersion: "networking.k8s.io/v1",
            kind: "NetworkPolicy",
            metadata: { name: "d", namespace: "meshq" },
            spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
          },
        },
      },
    }),
  );
  fail(
    "MESHQ-NET-5",
    tf({ ...deployment(restrictedContainer()), ...denyAll("meshq", { count: 0 }) }),
    /no default-deny NetworkPolicy \(kubernetes_network_policy_v1\.deny has count = 0\)/,
  );
  fail(
    "MESHQ-NET-5",
    tf({ ...deployment(restrictedContainer()), ...denyAll("meshq", { for_each: "${var.x}" }) }, variables),
    /has for_each = \$\{var\.x\}/,
  );
  fail("MESHQ-NET-5", tf(deployment(restrictedContainer(), {}, "${var.x}", "kubernetes_deployment"), variables), UNKNOWN);
});

test("MESHQ-NET-6 hardened ALB, WAF and opt-outs", () => {
  const lb = (extra: Record<string, unknown> = {}, waf = true, record: Record<string, unknown> = {}) =>
    tf(
      {
        aws_lb: {
          lb: {
            drop_invalid_header_fields: true,
            desync_mitigation_mode: "strictest",
            access_logs: { enabled: true },
            enable_deletion_protection: true,
            ...extra,
          },
        },
        ...(waf
          ? {
              aws_wafv2_web_acl: { acl: { scope: "REGIONAL" } },
              aws_wafv2_web_acl_association: { a: { resource_arn: "${aws_lb.lb.arn}", web_acl_arn: "${aws_wafv2_web_acl.acl.arn}" } },
            }
          : {}),
      },
      { ...variables, "//": { metadata: { meshoptixiq: record } } },
    );
  pass("MESHQ-NET-6", lb());
  pass("MESHQ-NET-6", lb({ internal: true }, false));
  fail("MESHQ-NET-6", lb({ drop_invalid_header_fields: false }), /drop_invalid_header_fields/);
  fail("MESHQ-NET-6", lb({ desync_mitigation_mode: "monitor" }), /desync_mitigation_mode monitor/);
  fail("MESHQ-NET-6", lb({}, false), /internet-facing without a WAFv2 web ACL association/);
  fail(
    "MESHQ-NET-6",
    lb({}, false, { optOuts: [{ property: "SecureMeshApi.wafOptOut", reason: "CloudFront WAF in front" }] }),
    /opted out: CloudFront WAF in front/,
    "warn",
  );
  fail("MESHQ-NET-6", lb({ enable_deletion_protection: false }), /deletion protection is off/, "warn");
  fail("MESHQ-NET-6", lb({ access_logs: { enabled: "${var.x}" } }), UNKNOWN);
  // a web ACL outside the stack may have no rules: the association does not count
  fail(
    "MESHQ-NET-6",
    tf({
      aws_lb: { lb: { drop_invalid_header_fields: true, access_logs: { enabled: true }, enable_deletion_protection: true } },
      aws_wafv2_web_acl_association: {
        a: { resource_arn: "${aws_lb.lb.arn}", web_acl_arn: "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shared/abc" },
      },
    }),
    /web ACL arn:aws:wafv2:eu-west-1:111122223333:regional\/webacl\/shared\/abc, which is not a web ACL of this stack/,
  );

  // A finding that stands for a recorded opt-out carries it (scanner gates accept by it); others do not.
  const waf = { property: "SecureMeshApi.wafOptOut", reason: "CloudFront WAF in front" };
  const deletion = { property: "SecureMeshApi.deletionProtectionOptOut", reason: "a throwaway preview environment" };
  const carried = (json: TerraformJson) => run("MESHQ-NET-6", json).findings.map((f) => [f.message, f.optOut]);
  expect(carried(lb({ enable_deletion_protection: false }, false, { optOuts: [waf, deletion] }))).toEqual([
    ["deletion protection is off (opted out: a throwaway preview environment)", deletion],
    ["internet-facing without a WAFv2 web ACL (opted out: CloudFront WAF in front)", waf],
  ]);
  // an opt-out recorded for one property does not cover the other, nor one of another construct
  expect(carried(lb({ enable_deletion_protection: false }, true, { optOuts: [waf] }))).toEqual([["deletion protection is off", undefined]]);
  const postgres = { property: "EncryptedPostgres.deletionProtectionOptOut", reason: "a throwaway preview database" };
  expect(carried(lb({ enable_deletion_protection: false }, true, { optOuts: [postgres] }))).toEqual([
    ["deletion protection is off", undefined],
  ]);
  // an unknown value is judged, not excused by the opt-out
  expect(carried(lb({ enable_deletion_protection: "${var.x}" }, true, { optOuts: [deletion] }))).toEqual([
    [expect.stringMatching(UNKNOWN), undefined],
  ]);
});

const record = (workloads: unknown[]) => ({
  "//": { metadata: { meshoptixiq: { network: { defaultDeny: ["meshq"], workloads, flows: [] } } } },
});
const apiWorkload = {
  name: "api",
  namespace: "meshq",
  podLabels: { app: "api" },
  ingress: [{ peers: [{ cidr: "10.40.0.0/24" }], ports: [{ port: 8000, protocol: "TCP" }] }],
  egress: [
    {
      peers: [{ podLabels: { "k8s-app": "kube-dns" }, namespaceLabels: { "kubernetes.io/metadata.name": "kube-system" } }],
      ports: [{ port: 53, protocol: "UDP" }],
    },
  ],
  fqdnEgress: [{ fqdns: ["splunk.example.com"], port: 8088, protocol: "TCP" }],
};
const apiPolicy = (ingress: unknown[], egress: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  kubernetes_network_policy_v1: {
    p: {
      metadata: { name: "api-allow", namespace: "meshq" },
      spec: { pod_selector: { match_labels: { app: "api" } }, policy_types: ["Ingress", "Egress"], ingress, egress, ...extra },
    },
  },
});
const dnsEgress = {
  to: [
    {
      pod_selector: { match_labels: { "k8s-app": "kube-dns" } },
      namespace_selector: { match_labels: { "kubernetes.io/metadata.name": "kube-system" } },
    },
  ],
  ports: [{ port: "53", protocol: "UDP" }],
};

test("MESHQ-NET-7 NetworkPolicies admit only registered flows", () => {
  const rec = record([apiWorkload]);
  pass("MESHQ-NET-7", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.40.0.0/24" } }], ports: [{ port: "8000" }] }], [dnsEgress]), rec));
  // narrower is fine: a smaller range, a more specific selector
  pass("MESHQ-NET-7", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.40.0.0/25" } }], ports: [{ port: "8000", protocol: "TCP" }] }]), rec));
  fail(
    "MESHQ-NET-7",
    tf(apiPolicy([{ from: [{ ip_block: { cidr: "0.0.0.0/0" } }], ports: [{ port: "8000" }] }]), rec),
    /admits ip_block 0\.0\.0\.0\/0 on TCP\/8000 into api, which is not a registered flow/,
  );
  fail("MESHQ-NET-7", tf(apiPolicy([{ ports: [{ port: "8000" }] }]), rec), /admits every source/);
  fail("MESHQ-NET-7", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.40.0.0/24" } }], ports: [{ port: "22" }] }]), rec), /TCP\/22/);
  fail(
    "MESHQ-NET-7",
    tf(apiPolicy([], [{ to: [{ namespace_selector: {} }], ports: [{ port: "53", protocol: "UDP" }] }]), rec),
    /egress rule 0 admits pods \{\} \(all\) in namespaces/,
  );
  fail(
    "MESHQ-NET-7",
    tf(
      {
        kubernetes_manifest: {
          n: {
            manifest: {
              apiVersion: "networking.k8s.io/v1",
              kind: "NetworkPolicy",
              metadata: { name: "all", namespace: "meshq" },
              spec: { podSelector: {}, policyTypes: ["Ingress"], ingress: [{ from: [{ podSelector: {} }], ports: [{ port: 8000 }] }] },
            },
          },
        },
      },
      rec,
    ),
    /NetworkPolicy meshq\/all ingress rule 0 admits pods \{\} \(all\)/,
  );
  const cilium = (egress: unknown[]) =>
    tf(
      {
        kubernetes_manifest: {
          c: {
            manifest: {
              apiVersion: "cilium.io/v2",
              kind: "CiliumNetworkPolicy",
              metadata: { name: "c", namespace: "meshq" },
              spec: { endpointSelector: { matchLabels: { app: "api" } }, egress },
            },
          },
        },
      },
      rec,
    );
  pass(
    "MESHQ-NET-7",
    cilium([{ toFQDNs: [{ matchName: "splunk.example.com" }], toPorts: [{ ports: [{ port: "8088", protocol: "TCP" }] }] }]),
  );
  fail(
    "MESHQ-NET-7",
    cilium([{ toEntities: ["world"], toPorts: [{ ports: [{ port: "443" }] }] }]),
    /egress rule 0 of api is not a registered flow/,
  );
  fail(
    "MESHQ-NET-7",
    tf(apiPolicy([{ from: [{ ip_block: { cidr: "${var.x}" } }], ports: [{ port: "8000" }] }]), { ...rec, ...variables }),
    /a peer that cannot be known/,
  );
  // a plan without the synthesized configuration cannot know the registered flows: a warning
  fail("MESHQ-NET-7", tf(apiPolicy([]), { "//": { metadata: { plan: true } } }), /pass it with --config/, "warn");
});

test("MESHQ-NET-8 rules name their ports", () => {
  pass("MESHQ-NET-8", tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.0.0.0/8" } }], ports: [{ port: "8000" }] }])));
  fail(
    "MESHQ-NET-8",
    tf(apiPolicy([{ from: [{ ip_block: { cidr: "10.0.0.0/8" } }] }])),
    /ingress rule 0 has no ports: it admits every port/,
  );
  fail(
    "MESHQ-NET-8",
    tf(apiPolicy([], [{ to: [{ ip_block: { cidr: "10.0.0.0/8" } }], ports: [{ protocol: "TCP" }] }])),
    /egress rule 0 admits every TCP port/,
  );
  fail(
    "MESHQ-NET-8",
    tf({
      kubernetes_manifest: {
        c: {
          manifest: {
            apiVersion: "cilium.io/v2",
            kind: "CiliumNetworkPolicy",
            metadata: { name: "c" },
            spec: { egress: [{ toCIDR: ["10.0.0.0/8"] }] },
          },
        },
      },
    }),
    /egress rule 0 has no toPorts/,
  );
});

// ---- MESHQ-NET-9: data stores admit only their clients' own security groups
const ID = "MESHQ-NET-9";
const pods = "${aws_security_group.pods.id}";
const sgp = (groupIds: unknown[], podSelector: Record<string, unknown> = { matchLabels: { app: "meshq-api" } }) => ({
  manifest: {
    apiVersion: "vpcresources.k8s.aws/v1beta1",
    kind: "SecurityGroupPolicy",
    metadata: { name: "meshq-api", namespace: "meshq" },
    spec: { podSelector, securityGroups: { groupIds } },
  },
});

/** A cache and a database whose groups admit `source` on their ports, with `extra` resources beside them. */
function stores(source: string, extra: Record<string, Record<string, unknown>> = {}, record?: Record<string, unknown>) {
  const { kubernetes_manifest, ...rest } = extra;
  return tf(
    {
      aws_security_group: { pods: {}, cache: {}, db: {}, rotator: {} },
      aws_elasticache_replication_group: { cache: { security_group_ids: ["${aws_security_group.cache.id}"] } },
      aws_db_instance: { db: { vpc_security_group_ids: ["${aws_security_group.db.id}"] } },
      aws_security_group_rule: {
        cache: {
          type: "ingress",
          security_group_id: "${aws_security_group.cache.id}",
          source_security_group_id: source,
          from_port: 6379,
          to_port: 6379,
          protocol: "tcp",
        },
        db: {
          type: "ingress",
          security_group_id: "${aws_security_group.db.id}",
          source_security_group_id: source,
          from_port: 5432,
          to_port: 5432,
          protocol: "tcp",
        },
        rotator: {
          type: "ingress",
          security_group_id: "${aws_security_group.db.id}",
          source_security_group_id: "${aws_security_group.rotator.id}",
          from_port: 5432,
          to_port: 5432,
          protocol: "tcp",
        },
      },
      aws_lambda_function: { rotator: { vpc_config: [{ security_group_ids: ["${aws_security_group.rotator.id}"] }] } },
      kubernetes_manifest: { sgp: sgp([pods, "sg-0123456789abcdef0"]), ...(kubernetes_manifest ?? {}) },
      ...rest,
    },
    record ? { "//": { metadata: { meshoptixiq: record } } } : {},
  );
}

test("MESHQ-NET-9 passes the API pods' own group (a SecurityGroupPolicy) and a function's group", () => {
  pass(ID, stores(pods));
});

test("MESHQ-NET-9 fails the cluster's group, or any group outside the stack, unless the pods' own group is opted out", () => {
  fail(ID, stores("sg-0123456789abcdef0"), /admits sg-0123456789abcdef0, a security group outside the stack/);
  fail(ID, stores("${data.aws_security_group.cluster.id}"), /outside the stack: which pods or hosts carry it cannot be known/);
  fail(ID, stores("${var.cluster_sg}"), /podSecurityGroupOptOut/);
  const optOuts = [
    {
      property: "SecureMeshApi.podSecurityGroupOptOut",
      reason: "Fargate-only cluster without branch ENIs",
      subject: "sg-0123456789abcdef0",
    },
  ];
  const warned = run(ID, stores("sg-0123456789abcdef0", {}, { optOuts }));
  expect(warned.status).toBe("warn");
  expect(warned.findings.map((f) => f.message)).toEqual([
    expect.stringContaining("(the API pods run without a group of their own: Fargate-only cluster without branch ENIs)"),
    expect.stringContaining("(the API pods run without a group of their own: Fargate-only cluster without branch ENIs)"),
  ]);
  // the opt-out excuses only the cluster's group it names: another group, or one from a variable, still fails
  fail(ID, stores("sg-0fedcba9876543210", {}, { optOuts }), /admits sg-0fedcba9876543210, a security group outside the stack/);
  fail(ID, stores("${var.any_group}", {}, { optOuts }), /admits \$\{var\.any_group\}/);
  // the opt-out excuses only a group outside the stack, never a shared group of the stack
  fail(ID, stores(pods, { aws_lb: { alb: { security_groups: [pods] } } }, { optOuts }), /aws_lb\.alb \(aws_lb carries it\)/);
});

test("MESHQ-NET-9 fails a group of the stack that more than one workload carries, or nothing does", () => {
  fail(ID, stores(pods, { kubernetes_manifest: { sgp: sgp([pods], {}) } }), /its selector names no label value: it may give the group to every pod/);
  fail(
    ID,
    stores(pods, { aws_launch_template: { nodes: { vpc_security_group_ids: [pods] } } }),
    /not dedicated to a workload: aws_launch_template\.nodes/,
  );
  fail(
    ID,
    stores(pods, { aws_eks_cluster: { c: { vpc_config: [{ security_group_ids: [pods] }] } } }),
    /aws_eks_cluster\.c \(aws_eks_cluster carries it\)/,
  );
  fail(ID, stores(pods, { kubernetes_manifest: { sgp: sgp(["sg-0123456789abcdef0"]) } }), /nothing of the stack assigns to a workload/);
  // a group is one workload's: a second policy (another namespace) or a function carrying it shares it
  fail(
    ID,
    stores(pods, { kubernetes_manifest: { tenant: sgp([pods], { matchLabels: { app: "tenant" } }) } }),
    /more than one workload carries/,
  );
  fail(
    ID,
    stores(pods, { aws_lambda_function: { other: { vpc_config: [{ security_group_ids: [pods] }] } } }),
    /more than one workload carries \(kubernetes_manifest\.sgp, aws_lambda_function\.other\)/,
  );
  fail(
    ID,
    stores(pods, { kubernetes_manifest: { sgp: sgp([pods], { matchExpressions: [{ key: "app", operator: "Exists" }] }) } }),
    /its selector names no label value/,
  );
  fail(
    ID,
    stores(pods, { aws_network_interface_sg_attachment: { eni: { security_group_id: pods } } }),
    /aws_network_interface_sg_attachment carries it/,
  );
});

test("MESHQ-NET-9 fails a database without a group of its own, or with one outside the stack", () => {
  const db = (ids: unknown[]) =>
    stores(pods, {
      aws_db_instance: { db: { vpc_security_group_ids: ["${aws_security_group.db.id}"] }, other: { vpc_security_group_ids: ids } },
    });
  fail(ID, db([]), /aws_db_instance\.other has no security group of its own/);
  fail(ID, db(["sg-0aaaabbbbccccdddd"]), /aws_db_instance\.other carries sg-0aaaabbbbccccdddd, a security group outside the stack/);
});

test("MESHQ-NET-9 fails IP ranges in every spelling", () => {
  const ranges = stores(pods, {
    aws_vpc_security_group_ingress_rule: {
      wide: {
        security_group_id: "${aws_security_group.db.id}",
        cidr_ipv4: "10.0.0.0/8",
        from_port: 5432,
        to_port: 5432,
        ip_protocol: "tcp",
      },
    },
  });
  fail(ID, ranges, /aws_db_instance\.db admits IP ranges \(10\.0\.0\.0\/8\)/);
  const inline = stores(pods, {
    aws_security_group: {
      pods: {},
      cache: { ingress: [{ cidr_blocks: ["0.0.0.0/0"], from_port: 6379, to_port: 6379 }] },
      db: {},
      rotator: {},
    },
  });
  fail(ID, inline, /aws_elasticache_replication_group\.cache admits IP ranges \(0\.0\.0\.0\/0\)/);
});

test("MESHQ-NET-9 is not applicable without a data store", () => {
  expect(run(ID, tf({ aws_security_group: { pods: {} } })).status).toBe("not-applicable");
  expect(NETWORK_CONTROLS.find((c) => c.id === ID)!.unseen).toMatch(/^Fails\./);
});

test("every control of the family has passing and failing cases here", () => {
  expectPaired(NETWORK_CONTROLS);
});

// The family's weakenings of whole stacks (test/guard/mutations/network.ts), applied as a user would.
mutationSuite(NETWORK_MUTATIONS);
