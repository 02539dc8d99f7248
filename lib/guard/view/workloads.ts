/**
 * Workloads of a stack: the pod template (or the pod) of every workload, with its containers'
 * environment (`env`, `env_from`) and `kubernetes_env` patches applied.
 */
import { many, one } from "../blocks";
import { specOf } from "./kube";
import type { ContainerView, EnvEntry, EnvFromEntry, KubeObject, PodView } from "./kube-types";
import { envEntry } from "./normalize";
import type { ValueReader } from "./resources";

/** A `kubernetes_env` patch, its target resolved. */
interface EnvPatch {
  readonly address: string;
  readonly kind: unknown;
  readonly name: unknown;
  readonly namespace: unknown;
  readonly container: unknown;
  readonly initContainer: unknown;
  readonly env: any[];
}

function envPatches(reader: ValueReader): EnvPatch[] {
  return reader.resources("kubernetes_env").map((p) => ({
    address: p.address,
    kind: reader.literal(p.config.kind),
    name: reader.literal(one(p.config.metadata)?.name),
    namespace: reader.literal(one(p.config.metadata)?.namespace) ?? "default",
    container: reader.literal(p.config.container),
    initContainer: reader.literal(p.config.init_container),
    env: many(p.config.env),
  }));
}

/** The pod template of a workload (a pod is its own template), or undefined. */
function templateOf(o: KubeObject): any {
  const spec = specOf(o);
  if (o.kind === "Pod") return { metadata: o.metadata, spec };
  if (o.kind === "CronJob") return one(one(one(spec.job_template)?.spec)?.template);
  return one(spec.template);
}

/** A container's environment: its own entries, then the patches that name it (a later entry of a name wins). */
function envOf(o: KubeObject, c: any, init: boolean, cname: unknown, patches: EnvPatch[]): EnvEntry[] {
  let env: EnvEntry[] = many(c?.env).map((e: any) => envEntry(e, o.address));
  for (const p of patches) {
    if (p.kind !== o.kind || p.name !== o.name || p.namespace !== o.namespace) continue;
    if ((init ? p.initContainer : p.container) !== cname) continue;
    for (const e of p.env) {
      const entry = envEntry(e, p.address);
      env = [...env.filter((x) => x.name !== entry.name), entry];
    }
  }
  return env;
}

function envFromOf(o: KubeObject, c: any): EnvFromEntry[] {
  return many(c?.env_from).map((f: any) => ({
    ...(one(f.config_map_ref) ? { configMap: one(f.config_map_ref).name } : {}),
    ...(one(f.secret_ref) ? { secret: one(f.secret_ref).name } : {}),
    source: o.address,
  }));
}

/** The init containers, then the containers, of a pod spec. */
function containersOf(reader: ValueReader, o: KubeObject, podSpec: any, patches: EnvPatch[]): ContainerView[] {
  const containers: ContainerView[] = [];
  for (const [init, list] of [
    [true, many(podSpec.init_container)],
    [false, many(podSpec.container)],
  ] as const) {
    for (const c of list) {
      const cname = reader.literal(c?.name);
      const env = envOf(o, c, init, cname, patches);
      containers.push({ name: String(cname ?? c?.name ?? ""), init, config: c ?? {}, env, envFrom: envFromOf(o, c) });
    }
  }
  return containers;
}

/** A `kubernetes_env` patch whose workload is not in the stack, judged on its own. */
function patchPod(reader: ValueReader, p: EnvPatch): PodView {
  const resource = reader.resource(p.address)!;
  const object: KubeObject = { resource, address: p.address, kind: "EnvPatch", source: "typed", metadata: {}, body: {} };
  return {
    object,
    resource,
    address: p.address,
    namespace: p.namespace as string,
    metadata: {},
    spec: {},
    containers: [
      {
        name: String(p.container ?? p.initContainer ?? ""),
        init: false,
        config: {},
        env: p.env.map((e: any) => envEntry(e, p.address)),
        envFrom: [],
      },
    ],
  };
}

/** Pod templates (and pods) of the given workloads, then the `kubernetes_env` patches of workloads not in the stack. */
export function podsOf(reader: ValueReader, workloads: readonly KubeObject[]): PodView[] {
  const patches = envPatches(reader);
  const out: PodView[] = [];
  for (const o of workloads) {
    const template = templateOf(o);
    if (!template) continue;
    const podSpec = one(template.spec) ?? {};
    out.push({
      object: o,
      resource: o.resource,
      address: o.address,
      ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
      metadata: one(template.metadata) ?? {},
      spec: podSpec,
      containers: containersOf(reader, o, podSpec, patches),
    });
  }
  for (const p of patches) {
    const matched = out.some((pod) => pod.object.kind === p.kind && pod.object.name === p.name && pod.namespace === p.namespace);
    if (!matched) out.push(patchPod(reader, p));
  }
  return out;
}
