/** §12.2: the API's egress names its destinations; nothing reaches the whole Internet (MESHQ-LP-3). */
import { Role } from "../../../policy/markers";
import { Control, Finding, FindingLevel, many, NOT_APPLICABLE } from "../../model";
import { PodView, StackView, viewOf } from "../../view";
import { podHasRole } from "../roles";
import { isWorld } from "../rules";

/** The egress rules of NetworkPolicies selecting a pod that admit the whole Internet. */
function worldOpenEgress(view: StackView, pod: PodView): Array<{ address: string; what: string }> {
  const labels = view.literal(pod.metadata?.labels);
  if (!labels || typeof labels !== "object") return [];
  return view
    .networkPolicies()
    .filter(
      (p) =>
        (p.namespace === undefined || p.namespace === pod.namespace) && StackView.selects(p.selector, labels as Record<string, string>),
    )
    .filter((p) => p.types.includes("Egress"))
    .flatMap((p) =>
      p.egress.flatMap((rule) => {
        if (rule.peers.length === 0) return [{ address: p.address, what: `egress rule ${rule.index} admits every destination` }];
        return rule.peers
          .filter((peer) => peer.cidr !== undefined && isWorld(peer.cidr) && many(peer.except).length === 0)
          .map((peer) => ({ address: p.address, what: `egress rule ${rule.index} admits ${peer.cidr}` }));
      }),
    );
}

/** §12.2: the API's egress names its destinations; nothing reaches the whole Internet. */
export const noWorldOpenEgress: Control = {
  id: "MESHQ-LP-3",
  section: "12.2",
  title: "No egress to the whole Internet",
  checks:
    "No NetworkPolicy admits egress from the API pods to 0.0.0.0/0, ::/0 or every destination: the API reaches only its flows (Neo4j, the cache, PostgreSQL, the HEC, DNS), and AWS APIs through VPC endpoints. The same egress from another workload, or from a security group, is a warning.",
  scope:
    "NetworkPolicies of either spelling that select a pod (labels as written), every workload kind and spelling; aws_security_group egress blocks, aws_security_group_rule of type egress and aws_vpc_security_group_egress_rule. The API pods are those labelled with the API marker. Other workloads' world-open egress is a warning, not an error: the Neo4j password rotator and rotation functions in a VPC reach Secrets Manager, which without VPC endpoints is on the Internet; give them the endpoints' CIDRs where they exist.",
  enforcedBy: ["SecureMeshApi.props.awsApiCidrs", "SecureMeshApi.props.secretDelivery"],
  provenBy: ["test/guard/controls/least-privilege.test.ts", "test/guard/mutations/least-privilege.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const pods = view.pods().filter((p) => p.object.kind !== "EnvPatch");
    const groups = view.securityGroupRules().filter((r) => r.direction === "egress");
    if (pods.length === 0 && groups.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const pod of pods) {
      const api = podHasRole(view, pod, Role.API);
      for (const hit of worldOpenEgress(view, pod)) {
        out.push({
          address: hit.address,
          message: `${hit.what} from ${api ? "the API pods" : `the pods of ${pod.address}`}; allow only the flows they have (and AWS APIs through VPC endpoints)`,
          ...(api ? {} : { level: FindingLevel.WARNING }),
        });
      }
    }
    for (const rule of groups) {
      const world = rule.cidrs.filter(isWorld);
      if (world.length > 0) {
        out.push({
          address: rule.address,
          message: `security group egress${rule.where ? ` ${rule.where}` : ""} to ${world.join(", ")}; use the VPC endpoints' CIDRs or prefix lists`,
          level: FindingLevel.WARNING,
        });
      }
    }
    return dedupe(out);
  },
};

const dedupe = (findings: Finding[]): Finding[] => {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.address}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
