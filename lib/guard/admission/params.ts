/**
 * The parameters of a stack's admission policies, read from the stack's own Kubernetes objects
 * through the guard's normalized view (typed resources and manifests alike): its namespaces, its
 * default-deny policies, the rules its NetworkPolicies admit (its registered flows), its encrypted
 * StorageClasses, the environment settings its controls depend on, its rotation CronJobs, and where
 * it runs the images its constructs accepted with a tag and no digest. The policies hold the
 * cluster to exactly what the stack was judged to be.
 */
import { Role } from "../../policy/markers";
import { mutableImages } from "../controls/images";
import { objectHasRole } from "../controls/roles";
import { TerraformJson } from "../model";
import { PeerView, PolicyView, PortView, RuleView, Selector, StackView, viewOf } from "../view";
import { AdmissionForm, AdmissionParams, CanonicalPeer, CanonicalRule, EnvPin } from "./model";

/** A selector as `key=value` pairs and `key Operator v1,v2` expressions, the form the CEL compares. */
export function canonicalSelector(s: Selector | undefined): string[] {
  if (!s) return [];
  return [
    ...Object.entries(s.labels).map(([k, v]) => `${k}=${v}`),
    ...s.expressions.map((e: any) => `${e.key} ${e.operator} ${(e.values ?? []).join(",")}`),
  ];
}

const canonicalPeer = (p: PeerView): CanonicalPeer => ({
  hasPods: !!p.pods,
  pods: canonicalSelector(p.pods),
  hasNs: !!p.namespaces,
  ns: canonicalSelector(p.namespaces),
  cidr: p.cidr ?? "",
  except: p.except ?? [],
});

/** A port as `PROTOCOL/port` or `PROTOCOL/port-endPort` (`*` for every port). */
export const canonicalPort = (p: PortView): string =>
  `${p.protocol || "TCP"}/${p.port === undefined ? "*" : String(p.port)}${p.endPort !== undefined ? `-${p.endPort}` : ""}`;

const canonicalRule = (r: RuleView): CanonicalRule => ({ peers: r.peers.map(canonicalPeer), ports: r.ports.map(canonicalPort) });

const known = (p: PolicyView): boolean =>
  p.namespace !== undefined &&
  !p.selector.unknown &&
  [...p.ingress, ...p.egress].every((r) => r.peers.every((x) => !x.unknown) && r.ports.every((x) => !x.unknown));

/** The parameters of the stack's admission policies; `forms` name the environment variables to pin. */
export function admissionParams(tf: TerraformJson, forms: ReadonlyArray<{ id: string; form: AdmissionForm }>): AdmissionParams {
  const view = viewOf(tf);
  const present = <T extends { resource: { presence: string } }>(xs: T[]) => xs.filter((x) => x.resource.presence === "present");
  const kube = present(view.kube());
  const namespaces = new Set<string>();
  for (const o of kube) {
    if (o.kind === "Namespace" && o.name) namespaces.add(o.name);
    else if (o.namespace) namespaces.add(o.namespace);
  }
  const policies = view.networkPolicies().filter((p) => p.object.resource.presence === "present" && known(p));
  const defaultDeny = policies
    .filter((p) => canonicalSelector(p.selector).length === 0 && p.ingress.length === 0 && p.egress.length === 0)
    .filter((p) => p.types.includes("Ingress") && p.types.includes("Egress") && p.object.name)
    .map((p) => ({ namespace: p.namespace!, name: p.object.name! }));
  const policyRules = policies.map((p) => ({
    namespace: p.namespace!,
    selector: canonicalSelector(p.selector),
    ingress: p.ingress.map(canonicalRule),
    egress: p.egress.map(canonicalRule),
  }));
  const storageClasses = kube
    .filter((o) => o.kind === "StorageClass" && o.name)
    .filter((o) => String(view.literal(o.body?.parameters?.encrypted)) === "true" && !!o.body?.parameters?.kmsKeyId)
    .map((o) => o.name!);
  const rotationJobs = kube
    .filter((o) => o.kind === "CronJob" && o.name && o.namespace && objectHasRole(view, o, Role.NEO4J_PASSWORD_ROTATION))
    .map((o) => ({ namespace: o.namespace!, name: o.name! }));
  return {
    namespaces: [...namespaces].sort(),
    defaultDeny,
    policyRules,
    storageClasses,
    envPins: envPins(view, forms),
    rotationJobs,
    acceptedImages: acceptedImages(view),
  };
}

/** Where the stack runs the images its constructs accepted with a tag and no digest. */
function acceptedImages(view: StackView): AdmissionParams["acceptedImages"] {
  const accepted = new Set(mutableImages(view));
  const out = new Map<string, { namespace: string; container: string; image: string }>();
  for (const pod of view.pods()) {
    const namespace = pod.object.namespace;
    if (pod.object.kind === "EnvPatch" || pod.object.resource.presence !== "present" || !namespace) continue;
    for (const c of pod.containers) {
      const image = view.literal(c.config.image);
      if (typeof image === "string" && accepted.has(image))
        out.set(`${namespace}/${c.name}=${image}`, { namespace, container: c.name, image });
    }
  }
  return [...out.values()];
}

/** The literal values and Secret references of the variables the forms pin, per workload container. */
function envPins(view: StackView, forms: ReadonlyArray<{ id: string; form: AdmissionForm }>): EnvPin[] {
  const out: EnvPin[] = [];
  for (const pod of view.pods()) {
    const o = pod.object;
    if (o.kind === "EnvPatch" || o.resource.presence !== "present" || !o.name || !o.namespace) continue;
    for (const c of pod.containers) {
      for (const { id, form } of forms) {
        for (const e of c.env.filter((x) => (form.pinnedEnv ?? []).includes(x.name))) {
          const value = view.literal(e.value);
          if (e.fromSecret)
            out.push({
              control: id,
              kind: o.kind,
              namespace: o.namespace,
              name: o.name,
              container: c.name,
              env: e.name,
              value: "",
              secret: true,
            });
          else if (e.hasValue && (typeof value === "string" || typeof value === "number" || typeof value === "boolean"))
            out.push({
              control: id,
              kind: o.kind,
              namespace: o.namespace,
              name: o.name,
              container: c.name,
              env: e.name,
              value: String(value),
              secret: false,
            });
        }
      }
    }
  }
  return out;
}
