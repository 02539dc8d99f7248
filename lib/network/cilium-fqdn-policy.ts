import { Lazy } from "../compat/core";
import { Construct } from "constructs";
import { Manifest } from "../compat/kubernetes/manifest";
import { Flow, NetworkEndpoint } from "../core/endpoint";

/**
 * Cilium-only egress rules for host names (toFQDNs), with the DNS visibility rule Cilium needs
 * to learn the names. One policy per workload, its egress rendered lazily from the flows.
 */
export function ciliumFqdnPolicy(model: Construct, from: NetworkEndpoint, namespace: string, flowsFrom: () => Flow[]): void {
  const id = `Fqdn-${from.name}`;
  if (model.node.tryFindChild(id)) return;
  const workload = from.workload!;
  new Manifest(model, id, {
    manifest: {
      apiVersion: "cilium.io/v2",
      kind: "CiliumNetworkPolicy",
      metadata: { name: `${from.name}-fqdn-egress`, namespace: namespace },
      spec: {
        endpointSelector: { matchLabels: workload.podLabels },
        egress: Lazy.anyValue({
          produce: () => [
            {
              toEndpoints: [{ matchLabels: { "k8s:io.kubernetes.pod.namespace": "kube-system", "k8s-app": "kube-dns" } }],
              toPorts: [{ ports: [{ port: "53", protocol: "ANY" }], rules: { dns: [{ matchPattern: "*" }] } }],
            },
            ...flowsFrom()
              .filter((f) => f.to.fqdns.length > 0)
              .map((f) => ({
                toFQDNs: f.to.fqdns.map((name) => ({ matchName: name })),
                toPorts: [{ ports: [{ port: String(f.port), protocol: f.protocol }] }],
              })),
          ],
        }),
      },
    },
  });
}
