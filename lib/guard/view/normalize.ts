/**
 * Manifests in the typed resources' shape: a `kubernetes_manifest` object's API form (camelCase
 * names, plural lists) converted to the Kubernetes provider's schema (snake_case names, singular
 * blocks), and a container's environment variable in one shape whatever wrote it.
 */
import { one } from "../blocks";
import type { EnvEntry } from "./kube-types";

/** An environment variable of a container, set by the resource at `source`. */
export function envEntry(e: any, source: string): EnvEntry {
  const from = one(e?.value_from);
  // an empty value is none (a plan writes "" beside value_from)
  const hasValue = e?.value !== undefined && e?.value !== null && e?.value !== "";
  const secretKeyRef = one(from?.secret_key_ref);
  const configMapKeyRef = one(from?.config_map_key_ref);
  return {
    name: String(e?.name ?? ""),
    ...(hasValue ? { value: e.value } : {}),
    hasValue,
    fromSecret: !!secretKeyRef,
    ...(secretKeyRef ? { secretKeyRef: { name: secretKeyRef.name, key: secretKeyRef.key } } : {}),
    ...(configMapKeyRef ? { configMapKeyRef: { name: configMapKeyRef.name, key: configMapKeyRef.key } } : {}),
    source,
  };
}

/** Fields whose value is a map: their keys are data, not schema, and keep their spelling. */
const MAP_FIELDS = new Set([
  "labels",
  "annotations",
  "data",
  "string_data",
  "binary_data",
  "parameters",
  "match_labels",
  "node_selector",
  "limits",
  "requests",
  "volume_attributes",
]);

/** Plural API names whose typed-resource block is singular. */
const RENAMES: Readonly<Record<string, string>> = {
  containers: "container",
  init_containers: "init_container",
  ephemeral_containers: "ephemeral_container",
  volumes: "volume",
  volume_mounts: "volume_mount",
  volume_claim_templates: "volume_claim_template",
  topology_spread_constraints: "topology_spread_constraint",
  tolerations: "toleration",
  sysctls: "sysctl",
  readiness_gates: "readiness_gate",
  http_headers: "http_header",
  provisioner: "storage_provisioner",
};

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** A manifest's API-form value in the typed resources' shape (snake_case names, singular blocks). */
export function apiToTyped(value: any, kind: string, parentKey = ""): any {
  if (Array.isArray(value)) return value.map((v) => apiToTyped(v, kind, parentKey));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    let name = snake(k);
    if (name === "ports") name = kind === "NetworkPolicy" ? "ports" : "port";
    else name = RENAMES[name] ?? name;
    const isMap = MAP_FIELDS.has(name) || (name === "selector" && kind === "Service" && parentKey === "spec");
    out[name] = isMap ? v : apiToTyped(v, kind, name);
  }
  return out;
}
