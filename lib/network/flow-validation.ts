import { ErrorCodes, invalidInput } from "../core/errors";
import { Flow, NetworkEndpoint } from "../core/endpoint";
import { NetworkPolicyEnforcement } from "./enforcement";

/** The errors of a model: workloads without a declared enforcement, flows the policies cannot express. */
export function flowErrors(
  flows: Flow[],
  workloads: ReadonlyMap<string, NetworkEndpoint>,
  enforcement: NetworkPolicyEnforcement | undefined,
): string[] {
  const errors: string[] = [];
  if (workloads.size > 0 && enforcement === undefined) {
    errors.push(
      `[${ErrorCodes.NETWORK_ENFORCEMENT}] NetworkModel: workloads are registered but no networkPolicyEnforcement was declared; NetworkPolicies would be silently ignored. Fix: declare the cluster's enforcement on the construct that owns the workload`,
    );
  }
  for (const flow of flows) {
    for (const [self, peer] of [
      [flow.from, flow.to],
      [flow.to, flow.from],
    ] as const) {
      if (!self.workload || !workloads.has(self.name)) continue;
      const reachable = peer.workload !== undefined || peer.cidrs.length > 0;
      const fqdnOnly = !reachable && peer.fqdns.length > 0;
      if (fqdnOnly && enforcement !== NetworkPolicyEnforcement.CILIUM) {
        errors.push(
          invalidInput(ErrorCodes.NETWORK_FLOW, {
            component: "NetworkModel",
            property: `flow ${flow.from.name} -> ${flow.to.name}:${flow.port}`,
            received: peer.fqdns,
            allowed: `IP ranges (cidrs), or host names only with networkPolicyEnforcement "cilium" (declared: "${enforcement}")`,
            fix: `give the endpoint's CIDRs (NetworkPolicies cannot name hosts); otherwise this traffic would be blocked by the default deny`,
          }).message,
        );
      } else if (!reachable && !fqdnOnly) {
        errors.push(
          invalidInput(ErrorCodes.NETWORK_FLOW, {
            component: "NetworkModel",
            property: `flow ${flow.from.name} -> ${flow.to.name}:${flow.port}`,
            received: peer.name,
            allowed: "a peer with a workload selector or CIDRs",
            fix: `describe "${peer.name}" with cidrs or a workload selector, otherwise this traffic would be blocked by the default deny`,
          }).message,
        );
      }
    }
  }
  return errors;
}
