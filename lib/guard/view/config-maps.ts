/** ConfigMaps of a stack with their data, `kubernetes_config_map_v1_data` patches applied. */
import { one } from "../blocks";
import type { ConfigMapView, DataEntry, KubeObject } from "./kube-types";
import type { ValueReader } from "./resources";

/** A `kubernetes_config_map_v1_data` patch, its target resolved. */
interface DataPatch {
  readonly address: string;
  readonly name: unknown;
  readonly namespace: unknown;
  readonly data: Record<string, unknown>;
}

function dataPatches(reader: ValueReader): DataPatch[] {
  return reader.resources("kubernetes_config_map_v1_data").map((p) => ({
    address: p.address,
    name: reader.literal(one(p.config.metadata)?.name),
    namespace: reader.literal(one(p.config.metadata)?.namespace) ?? "default",
    data: p.config.data ?? {},
  }));
}

/** A ConfigMap's own data, then the patches that name it (a later entry of a key wins). */
function withPatches(o: KubeObject, patches: DataPatch[]): ConfigMapView {
  let data: DataEntry[] = Object.entries(o.body?.data ?? {}).map(([key, value]) => ({ key, value, source: o.address }));
  for (const p of patches) {
    if (p.name !== o.name || p.namespace !== o.namespace) continue;
    for (const [key, value] of Object.entries(p.data)) data = [...data.filter((d) => d.key !== key), { key, value, source: p.address }];
  }
  return { object: o, ...(o.name ? { name: o.name } : {}), ...(o.namespace ? { namespace: o.namespace } : {}), data };
}

/** A patch of a ConfigMap that is not in the stack: it still puts data into it. */
function patchMap(reader: ValueReader, p: DataPatch): ConfigMapView {
  const resource = reader.resource(p.address)!;
  return {
    object: { resource, address: p.address, kind: "ConfigMap", source: "typed", metadata: {}, body: {} },
    ...(typeof p.name === "string" ? { name: p.name } : {}),
    namespace: p.namespace as string,
    data: Object.entries(p.data).map(([key, value]) => ({ key, value, source: p.address })),
  };
}

/** The given ConfigMap objects with their data, then the patched ConfigMaps that are not in the stack. */
export function configMapsOf(reader: ValueReader, objects: readonly KubeObject[]): ConfigMapView[] {
  const patches = dataPatches(reader);
  const maps: ConfigMapView[] = objects.map((o) => withPatches(o, patches));
  for (const p of patches) {
    if (maps.some((m) => m.name === p.name && m.namespace === p.namespace)) continue;
    maps.push(patchMap(reader, p));
  }
  return maps;
}
