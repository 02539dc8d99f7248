/** §12.2: the API's egress names its destinations; nothing reaches the whole Internet (MESHQ-LP-3). */
import { Role } from "../../../policy/markers";
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
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
        return rule.peers.flatMap((peer) => {
          // an IP range the guard cannot know may be the whole Internet
          if (peer.cidr === undefined && !peer.pods && peer.unknown)
            return [
              { address: p.address, what: `egress rule ${rule.index} admits ${peer.unknown}, which cannot be known (it may be 0.0.0.0/0)` },
            ];
          return peer.cidr !== undefined && isWorld(peer.cidr) && many(peer.except).length === 0
            ? [{ address: p.address, what: `egress rule ${rule.index} admits ${peer.cidr}` }]
            : [];
        });
      }),
    );
}

/** §12.2: the API's egress names its destinations; nothing reaches the whole Internet. */
export const noWorldOpenEgress: Control = {
  id: "MESHQ-LP-3",
  section: "12.2",
  title: "No egress from the API to the whole Internet",
  checks:
    "No NetworkPolicy admits egress from the API pods to 0.0.0.0/0, ::/0 or every destination: the API reaches only its flows (Neo4j, the cache, PostgreSQL, the HEC, DNS), and AWS APIs only through VPC endpoints.",
  scope:
    "NetworkPolicies of either spelling that select the API pods (labels as written) of every workload kind and spelling; the API pods are those labelled with the API marker. Other workloads are out of scope: the Neo4j password rotator reaches Secrets Manager, which without VPC endpoints is on the Internet (see docs/design-decisions.md). An egress rule without peers admits every destination and is a finding.",
  unseen:
    "Fails. An IP range the guard cannot know (a variable, a computed attribute) may be 0.0.0.0/0 and is a finding; a policy whose pod selector or namespace it cannot know is taken to select the API pods. Pod and namespace selectors stay inside the cluster, so their values are not judged here (MESHQ-NET-7 judges them against the registered flows).",
  enforcedBy: ["SecureMeshApi.props.awsApiCidrs", "SecureMeshApi.props.secretDelivery"],
  provenBy: ["test/guard/controls/least-privilege.test.ts", "test/guard/mutations/least-privilege.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const apis = view.pods().filter((p) => p.object.kind !== "EnvPatch" && podHasRole(view, p, Role.API));
    if (apis.length === 0) return NOT_APPLICABLE;
    return dedupe(
      apis.flatMap((pod) =>
        worldOpenEgress(view, pod).map((hit) => ({
          address: hit.address,
          message: `${hit.what} from the API pods; allow only the flows they have (and AWS APIs through VPC endpoints)`,
        })),
      ),
    );
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
