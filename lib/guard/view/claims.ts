/** Persistent volume claims of a stack: claim templates, PVC objects, ephemeral volumes and pods' claims. */
import { many, one } from "../blocks";
import { specOf } from "./kube";
import type { ClaimView, KubeObject, PodView } from "./kube-types";
import type { ValueReader } from "./resources";

function templateClaims(reader: ValueReader, o: KubeObject): ClaimView[] {
  return many(specOf(o).volume_claim_template).map((t: any) => {
    const name = reader.literal(one(t.metadata)?.name) ?? "?";
    return { address: o.address, what: `volume claim template ${name}`, storageClass: one(t.spec)?.storage_class_name };
  });
}

/** A pod's ephemeral volumes, and its claims of PVCs that are not in the stack (which cannot be judged). */
function podClaims(reader: ValueReader, pod: PodView, pvcs: readonly KubeObject[]): ClaimView[] {
  const out: ClaimView[] = [];
  for (const v of many(pod.spec.volume)) {
    const eph = one(one(one(v.ephemeral)?.volume_claim_template)?.spec);
    if (eph) out.push({ address: pod.address, what: `ephemeral volume ${v.name}`, storageClass: eph.storage_class_name });
    const claim = one(v.persistent_volume_claim);
    if (!claim) continue;
    const name = reader.literal(claim.claim_name);
    if (pvcs.some((o) => o.name === name && o.namespace === pod.namespace)) continue;
    out.push({
      address: pod.address,
      what: `volume ${v.name}`,
      missing: `claims ${typeof name === "string" ? `PersistentVolumeClaim ${name}` : `a PersistentVolumeClaim named ${String(claim.claim_name)}`}, which is not in the stack, so its storage class cannot be judged`,
    });
  }
  return out;
}

/** Every persistent volume claim of the given PVCs, StatefulSets and pods. */
export function claimsOf(
  reader: ValueReader,
  pvcs: readonly KubeObject[],
  statefulSets: readonly KubeObject[],
  pods: readonly PodView[],
): ClaimView[] {
  const out: ClaimView[] = pvcs.map((o) => ({
    address: o.address,
    what: `PersistentVolumeClaim ${o.name ?? "?"}`,
    storageClass: specOf(o).storage_class_name,
  }));
  for (const o of statefulSets) out.push(...templateClaims(reader, o));
  for (const pod of pods) out.push(...podClaims(reader, pod, pvcs));
  return out;
}
