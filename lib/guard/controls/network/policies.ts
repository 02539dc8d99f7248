/** The NetworkPolicy controls of §12.2 that need no network model: default deny, ports named. */
import { Control, Finding, many, NOT_APPLICABLE, one } from "../../model";
import { PolicyView, RuleView, StackView, viewOf } from "../../view";
import { judgeEach } from "../rules";
import { AdmissionForm, celStrings } from "../../admission/model";

const NETWORK_POLICIES = { apiGroups: ["networking.k8s.io"], apiVersions: ["v1"], resources: ["networkpolicies"] };

/** NET-5 in the cluster: the stack's default-deny policies are neither deleted nor given a rule or a narrower selector. */
const defaultDenyAdmission: AdmissionForm = {
  match: [{ ...NETWORK_POLICIES, operations: ["UPDATE", "DELETE"] }],
  fix: "keep the default-deny NetworkPolicy as the stack creates it (every pod, Ingress and Egress, no rules); admit a flow through the network model",
  variables: (params) => [
    { name: "denies", expression: celStrings(params.defaultDeny.map((d) => `${d.namespace}/${d.name}`)) },
    { name: "isDeny", expression: "(request.namespace + '/' + request.name) in variables.denies" },
  ],
  checks: () => [
    {
      expression: "request.operation != 'DELETE' || !variables.isDeny",
      message: "deleting the namespace's default-deny NetworkPolicy admits all traffic to pods no other policy selects",
    },
    {
      expression:
        "request.operation != 'UPDATE' || !variables.isDeny || (" +
        "(!has(object.spec.podSelector.matchLabels) || size(object.spec.podSelector.matchLabels) == 0) && " +
        "(!has(object.spec.podSelector.matchExpressions) || size(object.spec.podSelector.matchExpressions) == 0) && " +
        "(!has(object.spec.ingress) || size(object.spec.ingress) == 0) && (!has(object.spec.egress) || size(object.spec.egress) == 0) && " +
        "has(object.spec.policyTypes) && 'Ingress' in object.spec.policyTypes && 'Egress' in object.spec.policyTypes)",
      message: "the default-deny NetworkPolicy no longer denies all ingress and egress of every pod",
    },
  ],
};

/** NET-8 in the cluster: every rule of every NetworkPolicy in the stack's namespaces names its ports. */
const rulePortsAdmission: AdmissionForm = {
  match: [{ ...NETWORK_POLICIES, operations: ["CREATE", "UPDATE"] }],
  fix: "list the ports of every ingress and egress rule (a rule without ports, or a port without a number, admits every port)",
  checks: () =>
    (["ingress", "egress"] as const).map((d) => ({
      expression: `!has(object.spec.${d}) || object.spec.${d}.all(r, has(r.ports) && size(r.ports) > 0 && r.ports.all(p, has(p.port)))`,
      message: `an ${d} rule admits every port`,
    })),
};

const isDefaultDeny = (p: PolicyView): boolean =>
  p.object.resource.presence === "present" &&
  !p.selector.unknown &&
  Object.keys(p.selector.labels).length === 0 &&
  p.selector.expressions.length === 0 &&
  p.types.includes("Ingress") &&
  p.types.includes("Egress") &&
  p.ingress.length === 0 &&
  p.egress.length === 0;

/** §12.2: restrict inbound traffic; the network policy. */
export const defaultDeny: Control = {
  id: "MESHQ-NET-5",
  section: "12.2",
  title: "Default-deny NetworkPolicies",
  checks: "Every namespace with a workload has a NetworkPolicy selecting all pods for Ingress and Egress with no rules.",
  scope:
    "Workloads of every kind and spelling (typed resources of every version alias, kubernetes_manifest) and NetworkPolicies of either spelling. A policy removed by count = 0 or an empty for_each does not count, nor one whose count or for_each is known only at plan time; a workload whose namespace the guard cannot know is a finding.",
  unseen:
    "Fails. A workload whose namespace the guard cannot know is a finding, and a NetworkPolicy removed by count = 0 or an empty for_each, or created only for values known at plan time, does not count: a default deny the guard cannot see being created is no default deny.",
  enforcedBy: ["SecureMeshApi.props.networkPolicyEnforcement", "EncryptedNeo4j.props.networkPolicyEnforcement"],
  provenBy: ["test/guard/controls/network.test.ts", "test/guard/mutations/network.ts", "test/guard/plan.test.ts"],
  admission: defaultDenyAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const denied = new Set(
      view
        .networkPolicies()
        .filter(isDefaultDeny)
        .map((p) => p.namespace),
    );
    return judgeEach(workloadPods(view), (pod): Finding[] => {
      if (pod.namespace === undefined)
        return [{ address: pod.address, message: view.unknownMessage("metadata.namespace", pod.object.namespaceExpression ?? "?") }];
      if (denied.has(pod.namespace)) return [];
      const why = view.whyMissing(
        ["kubernetes_network_policy_v1", "kubernetes_manifest"],
        (r) => namespaceOfRaw(view, r.config) === pod.namespace,
      );
      return [{ address: pod.address, message: `namespace ${pod.namespace} has no default-deny NetworkPolicy${why}` }];
    });
  },
};

const workloadPods = (view: StackView) => view.pods().filter((p) => p.object.kind !== "EnvPatch");

function namespaceOfRaw(view: StackView, config: any): string | undefined {
  const raw = config?.manifest ? config.manifest.metadata?.namespace : one(config?.metadata)?.namespace;
  return String(view.literal(raw) ?? "default");
}

/** §12.2: a policy rule names its ports. */
export const rulePorts: Control = {
  id: "MESHQ-NET-8",
  section: "12.2",
  title: "NetworkPolicy rules name their ports",
  checks:
    "Every ingress and egress rule of every NetworkPolicy lists its ports (a rule without ports admits every port); so does every allow rule of a CiliumNetworkPolicy.",
  scope:
    "Every NetworkPolicy of the stack, of either spelling, not only the model's; CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy allow rules (toPorts). A port the guard cannot know is a finding.",
  unseen: "Fails. A port the guard cannot know is a finding.",
  enforcedBy: ["SecureMeshApi.props.networkPolicyEnforcement", "SecureMeshApi.props.awsApiCidrs"],
  provenBy: ["test/guard/controls/network.test.ts", "test/guard/mutations/network.ts", "test/guard/plan.test.ts"],
  admission: rulePortsAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const policies = view.networkPolicies();
    const cilium = view.kube("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy");
    if (policies.length === 0 && cilium.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const p of policies) {
      for (const [direction, rules] of [
        ["ingress", p.ingress],
        ["egress", p.egress],
      ] as const) {
        for (const rule of rules) {
          if (rule.ports.length === 0)
            out.push({ address: p.address, message: `${direction} rule ${rule.index} has no ports: it admits every port` });
          for (const port of rule.ports) {
            if (port.unknown)
              out.push({ address: p.address, message: view.unknownMessage(`${direction} rule ${rule.index} port`, port.unknown) });
            else if (port.port === undefined)
              out.push({ address: p.address, message: `${direction} rule ${rule.index} admits every ${port.protocol} port` });
          }
        }
      }
    }
    for (const o of cilium) {
      for (const spec of [o.body?.spec, ...many(o.body?.specs)].filter(Boolean)) {
        for (const direction of ["ingress", "egress"]) {
          many(spec[direction]).forEach((rule: any, i: number) => {
            if (many(rule?.toPorts).length === 0)
              out.push({ address: o.address, message: `${direction} rule ${i} has no toPorts: it admits every port` });
          });
        }
      }
    }
    return out;
  },
};

/** Policies that select pods with these labels in a namespace (a policy whose namespace cannot be known may). */
export function policiesSelecting(view: StackView, namespace: string | undefined, labels: Record<string, string>): PolicyView[] {
  return view
    .networkPolicies()
    .filter((p) => (p.namespace === undefined || p.namespace === namespace) && StackView.selects(p.selector, labels));
}

/** True when a rule's ports admit a port (no ports, a range or a name that may resolve to it, or one that cannot be known). */
export function admitsPort(rule: RuleView, port: number, names: string[] = []): boolean {
  if (rule.ports.length === 0) return true;
  return rule.ports.some(
    (p) =>
      !!p.unknown ||
      p.port === undefined ||
      (typeof p.port === "string"
        ? names.includes(p.port)
        : p.endPort !== undefined
          ? p.port <= port && port <= p.endPort
          : p.port === port),
  );
}
