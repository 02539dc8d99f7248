import { NetworkModel } from "../../lib/network/network-model";
import { NetworkEndpoint, Protocol } from "../../lib/core/endpoint";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { only, resourcesOf, synth, testStack } from "../util";

function model(enforcement = NetworkPolicyEnforcement.VPC_CNI) {
  const stack = testStack();
  const m = NetworkModel.of(stack);
  m.declareEnforcement("Test", enforcement);
  return { stack, m };
}
const app = NetworkEndpoint.workload("app", { namespace: "ns", podLabels: { app: "app" } });

test("one model per stack", () => {
  const { stack, m } = model();
  expect(NetworkModel.of(stack)).toBe(m);
});

test("a flow renders into the workload's policy once, however often it is registered", () => {
  const { stack, m } = model();
  m.addNamespace("ns", "ns");
  m.addWorkload(app);
  const db = NetworkEndpoint.cidrs("db", ["10.1.0.0/24"]);
  m.allow(app, db, { port: 5432 }, "db");
  m.allow(app, db, { port: 5432 }, "db again");
  const s = synth(stack);
  const policy = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "app-allow");
  expect(policy.spec).toMatchObject({ pod_selector: { match_labels: { app: "app" } }, policy_types: ["Ingress", "Egress"], ingress: [] });
  expect(policy.spec.egress).toEqual([{ to: [{ ip_block: { cidr: "10.1.0.0/24" } }], ports: [{ port: "5432", protocol: "TCP" }] }]);
});

test("security group rules: ingress on the destination, egress only on owned groups, IPv4 and IPv6 split", () => {
  const { stack, m } = model();
  const lb = new NetworkEndpoint({ name: "lb", securityGroupId: "sg-lb", ownsSecurityGroup: true });
  const target = new NetworkEndpoint({ name: "target", securityGroupId: "sg-target" });
  m.allow(NetworkEndpoint.cidrs("clients", ["0.0.0.0/0", "::/0"]), lb, { port: 443 }, "HTTPS");
  m.allow(lb, target, { port: 8000 }, "to target");
  m.allow(target, NetworkEndpoint.cidrs("outside", ["10.9.0.0/16"]), { port: 443 }, "not owned: no egress rule");
  const rules = resourcesOf(synth(stack), "aws_security_group_rule");
  expect(rules).toHaveLength(3);
  expect(rules.find((r) => r.from_port === 443)).toMatchObject({
    type: "ingress",
    security_group_id: "sg-lb",
    cidr_blocks: ["0.0.0.0/0"],
    ipv6_cidr_blocks: ["::/0"],
  });
  expect(
    rules
      .filter((r) => r.from_port === 8000)
      .map((r) => `${r.type}:${r.security_group_id}<-${r.source_security_group_id}`)
      .sort(),
  ).toEqual(["egress:sg-lb<-sg-target", "ingress:sg-target<-sg-lb"]);
});

test("conflicting enforcement declarations fail", () => {
  const { m } = model(NetworkPolicyEnforcement.CALICO);
  expect(() => m.declareEnforcement("Other", NetworkPolicyEnforcement.CILIUM)).toThrow(
    /\[MESHQ-NETPOL-ENFORCEMENT\] Other: networkPolicyEnforcement received "cilium"; allowed: "calico", as already declared for this stack/,
  );
});

test("a host-name-only peer without Cilium fails synth: the traffic would be blocked", () => {
  const { stack, m } = model();
  m.addWorkload(app);
  m.allow(app, new NetworkEndpoint({ name: "saas", fqdns: ["api.example.com"] }), { port: 443 }, "SaaS");
  expect(() => synth(stack)).toThrow(
    /\[MESHQ-NETWORK-FLOW\] NetworkModel: flow app -> saas:443 received \["api.example.com"\]; allowed: IP ranges/,
  );
});

test("with Cilium, host names become a CiliumNetworkPolicy with DNS visibility", () => {
  const { stack, m } = model(NetworkPolicyEnforcement.CILIUM);
  m.addWorkload(app);
  m.allow(app, new NetworkEndpoint({ name: "saas", fqdns: ["api.example.com"] }), { port: 443, protocol: Protocol.TCP }, "SaaS");
  const cnp = only(synth(stack), "kubernetes_manifest").manifest;
  expect(cnp).toMatchObject({ kind: "CiliumNetworkPolicy", metadata: { name: "app-fqdn-egress", namespace: "ns" } });
  expect(cnp.spec.egress[1]).toEqual({
    toFQDNs: [{ matchName: "api.example.com" }],
    toPorts: [{ ports: [{ port: "443", protocol: "TCP" }] }],
  });
});

test("a peer the policy cannot express fails synth", () => {
  const { stack, m } = model();
  m.addWorkload(app);
  m.allow(app, new NetworkEndpoint({ name: "sg-only", securityGroupId: "sg-1" }), { port: 443 }, "x");
  expect(() => synth(stack)).toThrow(/flow app -> sg-only:443 received "sg-only"; allowed: a peer with a workload selector or CIDRs/);
});

test("workloads without a declared enforcement fail synth, and ports are validated", () => {
  const stack = testStack();
  const m = NetworkModel.of(stack);
  m.addWorkload(app);
  expect(() => synth(stack)).toThrow(/workloads are registered but no networkPolicyEnforcement was declared/);
  expect(() => m.allow(app, NetworkEndpoint.cidrs("x", ["10.0.0.0/8"]), { port: 70000 }, "bad")).toThrow(
    /\[MESHQ-PORT\] NetworkModel: port of flow app -> x received 70000/,
  );
});

test("policies take their namespace from the namespace resource registered for it, even when registered later", () => {
  const { stack, m } = model();
  m.addWorkload(app);
  m.allow(app, NetworkEndpoint.cidrs("db", ["10.1.0.0/24"]), { port: 5432 }, "db");
  m.addNamespace("ns", "${kubernetes_namespace_v1.Ns.metadata[0].name}");
  const policy = resourcesOf(synth(stack), "kubernetes_network_policy_v1").find((p) => p.metadata.name === "app-allow");
  expect(policy.metadata.namespace).toBe("${kubernetes_namespace_v1.Ns.metadata[0].name}");
});

test("a namespace the stack does not create stays a name", () => {
  const { stack, m } = model();
  m.addWorkload(app);
  m.allow(app, NetworkEndpoint.cidrs("db", ["10.1.0.0/24"]), { port: 5432 }, "db");
  const policy = resourcesOf(synth(stack), "kubernetes_network_policy_v1").find((p) => p.metadata.name === "app-allow");
  expect(policy.metadata.namespace).toBe("ns");
});

test("allowDns: UDP and TCP 53 to the cluster DNS, in the workload's policy", () => {
  const { stack, m } = model();
  m.addNamespace("ns", "ns");
  m.addWorkload(app);
  m.allowDns(app);
  const s = synth(stack);
  const policy = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "app-allow");
  const dns = {
    namespace_selector: { match_labels: { "kubernetes.io/metadata.name": "kube-system" } },
    pod_selector: { match_labels: { "k8s-app": "kube-dns" } },
  };
  expect(policy.spec.egress).toEqual([
    { to: [dns], ports: [{ port: "53", protocol: "UDP" }] },
    { to: [dns], ports: [{ port: "53", protocol: "TCP" }] },
  ]);
  expect(m.flowsFrom("app").map((f) => `${f.protocol}${f.port}:${f.description}`)).toEqual(["UDP53:Cluster DNS", "TCP53:Cluster DNS"]);
});

test("allow returns the flow's security group rules, also for a repeated registration", () => {
  const { m } = model();
  const lb = new NetworkEndpoint({ name: "lb", securityGroupId: "sg-lb", ownsSecurityGroup: true });
  const target = new NetworkEndpoint({ name: "target", securityGroupId: "sg-target" });
  const first = m.allow(lb, target, { port: 8000 }, "to target");
  expect(first.ingress?.node.id).toBe("Ingress-lb-to-target-tcp8000");
  expect(first.egress?.node.id).toBe("Egress-lb-to-target-tcp8000");
  expect(m.allow(lb, target, { port: 8000 }, "again")).toEqual(first);
  expect(m.allow(NetworkEndpoint.cidrs("x", ["10.0.0.0/8"]), NetworkEndpoint.cidrs("y", ["10.1.0.0/16"]), { port: 1 }, "none")).toEqual({
    ingress: undefined,
    egress: undefined,
  });
});

test("allowWorkload: the workload's flow, and a rule from its pods' own group only when it differs", () => {
  const { m } = model();
  const api = NetworkEndpoint.workload("api", { namespace: "ns", podLabels: { app: "api" } }, { securityGroupId: "sg-cluster" });
  const db = new NetworkEndpoint({ name: "db", securityGroupId: "sg-db", cidrs: ["10.2.0.0/24"] });
  expect(m.allowWorkload(api, "sg-cluster", "api-pods", db, { port: 5432 }, "PostgreSQL")).toBeUndefined();
  const pods = m.allowWorkload(api, "sg-pods", "api-pods", db, { port: 5432 }, "PostgreSQL");
  expect(pods?.node.id).toBe("Ingress-api-pods-to-db-tcp5432");
  expect(m.flowsTo("db").map((f) => f.from.name)).toEqual(["api", "api-pods"]);
});
