/**
 * Out-of-band weakenings of a synthesized stack's Kubernetes objects, as a cluster admin would make
 * them (kubectl patch, replace, create, delete), each with the control it breaks; and the routine
 * operations that must stay allowed. One list serves both judges: the guard judges each weakening
 * applied to the stack's Terraform JSON, the API server judges it through the stack's admission
 * policies (scripts/admission-gate.ts), and both must deny it under the same control.
 */
import { apiToTyped } from "../../lib/guard/view";
import { kubernetesObjects } from "../../lib/guard/first-apply";
import { TerraformJson } from "../../lib/guard/model";
import { apiObjectOf } from "../kube-gate/substitute";
import { ApiObject } from "../kube-gate/to-api-object";

/** An RFC 6902 operation (add, replace, remove). */
export interface JsonPatchOp {
  readonly op: "add" | "replace" | "remove";
  readonly path: string;
  readonly value?: unknown;
}

/** One weakening: the control it breaks and how it is made. */
export interface Weakening {
  readonly control: string;
  readonly what: string;
  readonly verb: "patch" | "replace" | "create" | "delete";
  /** The stack's object it changes or deletes (patch, replace, delete). */
  readonly target?: ApiObject;
  readonly patch?: JsonPatchOp[];
  /** For replace: changes a copy of the object. */
  readonly mutate?: (o: any) => void;
  /** For create: the new object. */
  readonly object?: ApiObject;
}

/** A stack object with its Terraform address. */
export interface StackObject {
  readonly address: string;
  readonly api: ApiObject;
}

/** The stack's Kubernetes objects as API objects (the admission policies themselves left out). */
export function stackObjects(tf: TerraformJson): StackObject[] {
  return kubernetesObjects(tf)
    .map((o) => ({ address: o.address, api: apiObjectOf(tf, o) }))
    .filter((o) => !o.api.kind.startsWith("ValidatingAdmissionPolicy"));
}

/** Applies a JSON patch to a copy of a value. */
export function applyJsonPatch<T>(value: T, ops: readonly JsonPatchOp[]): T {
  const out = structuredClone(value) as any;
  for (const op of ops) {
    const keys = op.path
      .split("/")
      .slice(1)
      .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
    const last = keys.pop()!;
    let parent = out;
    for (const k of keys) parent = parent[k];
    if (Array.isArray(parent)) {
      const i = last === "-" ? parent.length : Number(last);
      if (op.op === "add") parent.splice(i, 0, op.value);
      else if (op.op === "replace") parent[i] = op.value;
      else parent.splice(i, 1);
    } else if (op.op === "remove") delete parent[last];
    else parent[last] = op.value;
  }
  return out;
}

/** The object a weakening leaves in the cluster (undefined for a delete). */
export function weakened(w: Weakening): ApiObject | undefined {
  if (w.verb === "create") return w.object;
  if (w.verb === "delete") return undefined;
  if (w.verb === "patch") return applyJsonPatch(w.target!, w.patch!);
  const copy = structuredClone(w.target!);
  w.mutate!(copy);
  return copy;
}

/** The stack's Terraform JSON with a weakening applied: the object changed, added or removed. */
export function weakenedDocument(tf: TerraformJson, objects: readonly StackObject[], w: Weakening): TerraformJson {
  const doc = structuredClone(tf) as any;
  const after = weakened(w);
  if (w.verb === "create") {
    doc.resource.kubernetes_manifest = { ...(doc.resource.kubernetes_manifest ?? {}), weakening: { manifest: after } };
    return doc;
  }
  const address = objects.find((o) => o.api === w.target)!.address;
  const [type, name] = address.split(".");
  if (w.verb === "delete") delete doc.resource[type][name];
  else if (type === "kubernetes_manifest") doc.resource[type][name] = { ...doc.resource[type][name], manifest: after };
  else {
    const { apiVersion: _v, kind, ...body } = after as any;
    doc.resource[type][name] = { ...apiToTyped(body, kind), depends_on: doc.resource[type][name].depends_on };
  }
  return doc;
}

const find = (objects: readonly StackObject[], what: string, test: (o: any) => boolean): ApiObject => {
  const o = objects.find((x) => test(x.api));
  if (!o) throw new Error(`the stack has no ${what}`);
  return o.api;
};

const containersOf = (o: any): any[] => o.spec.template.spec.containers;
const envIndex = (o: any, c: number, name: string): number => containersOf(o)[c].env.findIndex((e: any) => e.name === name);
const containerWithEnv = (o: any, name: string): number =>
  containersOf(o).findIndex((c: any) => (c.env ?? []).some((e: any) => e.name === name));

/** The weakenings of a stack with the API, Neo4j, default-deny and flow policies, rotation and ExternalSecrets. */
export function weakeningsOf(objects: readonly StackObject[]): Weakening[] {
  const api = find(objects, "API Deployment", (o) => o.kind === "Deployment" && containerWithEnv(o, "AUDIT_LOG_ENABLED") >= 0) as any;
  const ns = api.metadata.namespace as string;
  const neo4j = find(objects, "Neo4j StatefulSet", (o) => o.kind === "StatefulSet" && containerWithEnv(o, "NEO4J_AUTH") >= 0) as any;
  const namespace = find(objects, "namespace", (o) => o.kind === "Namespace" && o.metadata.name === ns);
  const service = find(objects, "Service", (o) => o.kind === "Service" && o.metadata.namespace === ns);
  const deny = find(objects, "default-deny NetworkPolicy", (o) => o.kind === "NetworkPolicy" && !o.spec.ingress && !o.spec.egress);
  const apiPolicy = find(
    objects,
    "API NetworkPolicy",
    (o) => o.kind === "NetworkPolicy" && o.spec.podSelector?.matchLabels?.app === api.spec.template.metadata.labels.app,
  ) as any;
  const rotation = find(objects, "rotation CronJob", (o) => o.kind === "CronJob");
  const externalSecret = find(objects, "ExternalSecret", (o) => o.kind === "ExternalSecret" && o.metadata.namespace === ns);
  const c = containerWithEnv(api, "AUDIT_LOG_ENABLED");
  const n = containerWithEnv(neo4j, "NEO4J_AUTH");
  const apiC = `/spec/template/spec/containers/${c}`;
  const neoC = `/spec/template/spec/containers/${n}`;
  const env = (o: any, i: number, name: string) => envIndex(o, i, name);
  const apiPods = apiPolicy.spec.podSelector;
  const meta = (name: string) => ({ name, namespace: ns });
  return [
    {
      control: "MESHQ-NET-2",
      what: "Service patched to LoadBalancer",
      verb: "patch",
      target: service,
      patch: [{ op: "replace", path: "/spec/type", value: "LoadBalancer" }],
    },
    {
      control: "MESHQ-NET-2",
      what: "Service patched to NodePort",
      verb: "patch",
      target: service,
      patch: [{ op: "replace", path: "/spec/type", value: "NodePort" }],
    },
    {
      control: "MESHQ-NET-2",
      what: "Service given external IPs",
      verb: "patch",
      target: service,
      patch: [{ op: "add", path: "/spec/externalIPs", value: ["203.0.113.10"] }],
    },
    {
      control: "MESHQ-NET-2",
      what: "new LoadBalancer Service for the API",
      verb: "create",
      object: {
        apiVersion: "v1",
        kind: "Service",
        metadata: meta("api-public"),
        spec: { type: "LoadBalancer", selector: api.spec.template.metadata.labels, ports: [{ port: 8000 }] },
      },
    },
    { control: "MESHQ-NET-5", what: "default-deny NetworkPolicy deleted", verb: "delete", target: deny },
    {
      control: "MESHQ-NET-5",
      what: "default-deny NetworkPolicy no longer denies egress",
      verb: "replace",
      target: deny,
      mutate: (o) => (o.spec.policyTypes = ["Ingress"]),
    },
    {
      control: "MESHQ-NET-7",
      what: "API ingress rule widened to 0.0.0.0/0",
      verb: "patch",
      target: apiPolicy,
      patch: [{ op: "add", path: "/spec/ingress/0/from/-", value: { ipBlock: { cidr: "0.0.0.0/0" } } }],
    },
    {
      control: "MESHQ-NET-7",
      what: "API egress rule given another port",
      verb: "patch",
      target: apiPolicy,
      patch: [{ op: "add", path: "/spec/egress/0/ports/-", value: { protocol: "TCP", port: 22 } }],
    },
    {
      control: "MESHQ-NET-7",
      what: "new NetworkPolicy admitting SSH to the API pods",
      verb: "create",
      object: {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: meta("allow-ssh"),
        spec: {
          podSelector: apiPods,
          policyTypes: ["Ingress"],
          ingress: [{ from: [{ ipBlock: { cidr: "10.0.0.0/8" } }], ports: [{ protocol: "TCP", port: 22 }] }],
        },
      },
    },
    {
      control: "MESHQ-NET-8",
      what: "new NetworkPolicy with a rule without ports",
      verb: "create",
      object: {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: meta("allow-all-ports"),
        spec: { podSelector: apiPods, policyTypes: ["Ingress"], ingress: [{ from: apiPolicy.spec.ingress[0].from }] },
      },
    },
    {
      control: "MESHQ-POD-1",
      what: "API container privileged",
      verb: "patch",
      target: api,
      patch: [
        { op: "replace", path: `${apiC}/securityContext/allowPrivilegeEscalation`, value: true },
        { op: "add", path: `${apiC}/securityContext/privileged`, value: true },
      ],
    },
    {
      control: "MESHQ-POD-1",
      what: "API container runs as root",
      verb: "patch",
      target: api,
      patch: [{ op: "add", path: `${apiC}/securityContext/runAsUser`, value: 0 }],
    },
    {
      control: "MESHQ-POD-1",
      what: "API pod on the host network",
      verb: "patch",
      target: api,
      patch: [{ op: "add", path: "/spec/template/spec/hostNetwork", value: true }],
    },
    {
      control: "MESHQ-POD-1",
      what: "hostPath volume on the API",
      verb: "patch",
      target: api,
      patch: [{ op: "add", path: "/spec/template/spec/volumes/-", value: { name: "host", hostPath: { path: "/var/run" } } }],
    },
    {
      control: "MESHQ-POD-1",
      what: "Neo4j container allows privilege escalation",
      verb: "patch",
      target: neo4j,
      patch: [{ op: "replace", path: `${neoC}/securityContext/allowPrivilegeEscalation`, value: true }],
    },
    {
      control: "MESHQ-IMAGE-1",
      what: "API image swapped for another tag, without a digest",
      verb: "patch",
      target: api,
      patch: [
        { op: "replace", path: `${apiC}/image`, value: `${String(containersOf(api)[c].image).split("@")[0].split(":")[0]}:unpinned` },
      ],
    },
    {
      control: "MESHQ-IMAGE-1",
      what: "Neo4j image swapped for neo4j:latest",
      verb: "patch",
      target: neo4j,
      patch: [{ op: "replace", path: `${neoC}/image`, value: "neo4j:latest" }],
    },
    {
      control: "MESHQ-POD-2",
      what: "namespace relabelled privileged",
      verb: "patch",
      target: namespace,
      patch: [{ op: "replace", path: "/metadata/labels/pod-security.kubernetes.io~1enforce", value: "privileged" }],
    },
    {
      control: "MESHQ-POD-2",
      what: "namespace's enforce label removed",
      verb: "patch",
      target: namespace,
      patch: [{ op: "remove", path: "/metadata/labels/pod-security.kubernetes.io~1enforce" }],
    },
    {
      control: "MESHQ-KEY-1",
      what: "literal API_KEY added to the API",
      verb: "patch",
      target: api,
      patch: [{ op: "add", path: `${apiC}/env/-`, value: { name: "API_KEY", value: "3f6c1e0d9a8b7c6d5e4f3a2b1c0d9e8f" } }],
    },
    {
      control: "MESHQ-KEY-1",
      what: "ConfigMap with a database password",
      verb: "create",
      object: { apiVersion: "v1", kind: "ConfigMap", metadata: meta("db-settings"), data: { DB_PASSWORD: "hunter2-hunter2" } },
    },
    {
      control: "MESHQ-AUD-1",
      what: "AUDIT_LOG_ENABLED=false",
      verb: "patch",
      target: api,
      patch: [{ op: "replace", path: `${apiC}/env/${env(api, c, "AUDIT_LOG_ENABLED")}/value`, value: "false" }],
    },
    {
      control: "MESHQ-AUD-1",
      what: "SPLUNK_HEC_URL switched to http",
      verb: "patch",
      target: api,
      patch: [{ op: "replace", path: `${apiC}/env/${env(api, c, "SPLUNK_HEC_URL")}/value`, value: "http://splunk.example.com:8088" }],
    },
    {
      control: "MESHQ-AUD-1",
      what: "AUDIT_LOG_ENABLED removed from the API",
      verb: "replace",
      target: api,
      mutate: (o) => (containersOf(o)[c].env = containersOf(o)[c].env.filter((e: any) => e.name !== "AUDIT_LOG_ENABLED")),
    },
    {
      control: "MESHQ-RBAC-1",
      what: "RBAC_ENABLED=false",
      verb: "patch",
      target: api,
      patch: [{ op: "replace", path: `${apiC}/env/${env(api, c, "RBAC_ENABLED")}/value`, value: "false" }],
    },
    {
      control: "MESHQ-DATA-1",
      what: "Neo4j bolt TLS made optional",
      verb: "patch",
      target: neo4j,
      patch: [{ op: "replace", path: `${neoC}/env/${env(neo4j, n, "NEO4J_server_bolt_tls__level")}/value`, value: "OPTIONAL" }],
    },
    {
      control: "MESHQ-DATA-1",
      what: "Neo4j auth as a literal",
      verb: "patch",
      target: neo4j,
      patch: [{ op: "replace", path: `${neoC}/env/${env(neo4j, n, "NEO4J_AUTH")}`, value: { name: "NEO4J_AUTH", value: "none" } }],
    },
    {
      control: "MESHQ-DATA-5",
      what: "password rotation CronJob suspended",
      verb: "patch",
      target: rotation,
      patch: [{ op: "add", path: "/spec/suspend", value: true }],
    },
    { control: "MESHQ-DATA-5", what: "password rotation CronJob deleted", verb: "delete", target: rotation },
    {
      control: "MESHQ-DATA-6",
      what: "claim on the cluster's default (unencrypted) class",
      verb: "create",
      object: {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: meta("scratch"),
        spec: { storageClassName: "gp2", accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
      },
    },
    {
      control: "MESHQ-SEC-3",
      what: "ExternalSecret refreshed daily",
      verb: "patch",
      target: externalSecret,
      patch: [{ op: "replace", path: "/spec/refreshInterval", value: "24h" }],
    },
    {
      control: "MESHQ-SEC-3",
      what: "ExternalSecret fetched once",
      verb: "replace",
      target: externalSecret,
      mutate: (o) => (o.spec.refreshPolicy = "CreatedOnce"),
    },
  ];
}
