/**
 * Converts the Kubernetes provider's typed resources (`kubernetes_*_v1`, as synthesized into
 * cdk.tf.json) into the API objects the provider sends to the API server.
 *
 * The Terraform schema differs from the API in four ways, each handled by the field tables below:
 * - names are snake_case (`read_only_root_filesystem`) and some are renamed or singular
 *   (`container` → `containers`, `host_pid` → `hostPID`, `timezone` → `timeZone`);
 * - nested blocks are lists; a block of at most one item (`max_items = 1`) is an object in the API,
 *   and cdktf may render it either as an object or as a one-element list;
 * - some numbers are strings in Terraform (`replicas`, `run_as_user`, `fs_group`), file modes are
 *   octal strings (`"0444"`), and ports and PDB bounds are int-or-string (`"8000"` → 8000);
 * - Terraform-only arguments (`wait_for_rollout`, `timeouts`, `lifecycle`, …) are not sent.
 *
 * A field that is not in the tables throws, so a resource the gate cannot represent faithfully is
 * reported instead of silently losing a field. Values that Terraform computes at apply time stay
 * `${…}` strings here; see substitute.ts.
 */
import { KUBERNETES_TYPED_KINDS } from "../../lib/guard/first-apply";

type Scalar = "str" | "int" | "bool" | "intstr" | "octal" | "quantity" | "any";
type Field =
  | { t: Scalar; as?: string }
  | { t: "map"; as?: string }
  | { t: "list"; of: Scalar; as?: string }
  | { t: "block"; s: () => Schema; list?: boolean; as?: string };
type Schema = Record<string, Field>;

/** Thrown for a field the tables do not know. */
export class UnsupportedField extends Error {
  constructor(public readonly path: string) {
    super(`no API mapping for Terraform field ${path}`);
    this.name = "UnsupportedField";
  }
}

const str: Field = { t: "str" };
const int: Field = { t: "int" };
const bool: Field = { t: "bool" };
const map: Field = { t: "map" };
const strs: Field = { t: "list", of: "str" };
const block = (s: () => Schema, as?: string): Field => ({ t: "block", s, as });
const blocks = (s: () => Schema, as?: string): Field => ({ t: "block", s, list: true, as });

const labelSelector = (): Schema => ({
  match_labels: map,
  match_expressions: blocks(() => ({ key: str, operator: str, values: strs })),
});

const metadata = (): Schema => ({
  name: str,
  namespace: str,
  generate_name: str,
  labels: map,
  annotations: map,
});

const keyToPath = (): Schema => ({ key: str, path: str, mode: { t: "octal" } });

const objectFieldSelector = (): Schema => ({ field_path: str, api_version: str });
const resourceFieldSelector = (): Schema => ({ container_name: str, resource: str, divisor: { t: "quantity" } });

const volume = (): Schema => ({
  name: str,
  config_map: block(() => ({ name: str, default_mode: { t: "octal" }, optional: bool, items: blocks(keyToPath) })),
  secret: block(() => ({ secret_name: str, default_mode: { t: "octal" }, optional: bool, items: blocks(keyToPath) })),
  empty_dir: block(() => ({ medium: str, size_limit: { t: "quantity" } })),
  persistent_volume_claim: block(() => ({ claim_name: str, read_only: bool })),
  host_path: block(() => ({ path: str, type: str })),
  csi: block(() => ({ driver: str, read_only: bool, fs_type: str, volume_attributes: map })),
  downward_api: block(
    () => ({
      default_mode: { t: "octal" },
      items: blocks(() => ({
        path: str,
        mode: { t: "octal" },
        field_ref: block(objectFieldSelector),
        resource_field_ref: block(resourceFieldSelector),
      })),
    }),
    "downwardAPI",
  ),
  projected: block(() => ({
    default_mode: { t: "octal" },
    sources: blocks(() => ({
      config_map: block(() => ({ name: str, optional: bool, items: blocks(keyToPath) })),
      secret: block(() => ({ name: str, optional: bool, items: blocks(keyToPath) })),
      service_account_token: block(() => ({ audience: str, expiration_seconds: int, path: str })),
    })),
  })),
});

const probe = (): Schema => ({
  initial_delay_seconds: int,
  period_seconds: int,
  timeout_seconds: int,
  success_threshold: int,
  failure_threshold: int,
  http_get: block(() => ({
    path: str,
    port: { t: "intstr" },
    scheme: str,
    host: str,
    http_header: blocks(() => ({ name: str, value: str }), "httpHeaders"),
  })),
  tcp_socket: block(() => ({ port: { t: "intstr" }, host: str })),
  exec: block(() => ({ command: strs })),
  grpc: block(() => ({ port: int, service: str })),
});

const seccomp = (): Schema => ({ type: str, localhost_profile: str });

const containerSecurityContext = (): Schema => ({
  allow_privilege_escalation: bool,
  privileged: bool,
  read_only_root_filesystem: bool,
  run_as_non_root: bool,
  run_as_user: int,
  run_as_group: int,
  capabilities: block(() => ({ add: strs, drop: strs })),
  seccomp_profile: block(seccomp),
  se_linux_options: block(() => ({ level: str, role: str, type: str, user: str }), "seLinuxOptions"),
  proc_mount: str,
});

const container = (): Schema => ({
  name: str,
  image: str,
  image_pull_policy: str,
  command: strs,
  args: strs,
  working_dir: str,
  env: blocks(() => ({
    name: str,
    value: str,
    value_from: block(() => ({
      secret_key_ref: block(() => ({ name: str, key: str, optional: bool })),
      config_map_key_ref: block(() => ({ name: str, key: str, optional: bool })),
      field_ref: block(objectFieldSelector),
      resource_field_ref: block(resourceFieldSelector),
    })),
  })),
  env_from: blocks(() => ({
    prefix: str,
    config_map_ref: block(() => ({ name: str, optional: bool })),
    secret_ref: block(() => ({ name: str, optional: bool })),
  })),
  port: blocks(() => ({ container_port: int, name: str, protocol: str, host_port: int, host_ip: str }), "ports"),
  resources: block(() => ({ limits: { t: "map" }, requests: { t: "map" } })),
  volume_mount: blocks(() => ({ name: str, mount_path: str, read_only: bool, sub_path: str, mount_propagation: str }), "volumeMounts"),
  liveness_probe: block(probe),
  readiness_probe: block(probe),
  startup_probe: block(probe),
  security_context: block(containerSecurityContext),
  lifecycle: block(() => ({
    pre_stop: block(() => ({ exec: block(() => ({ command: strs })) })),
    post_start: block(() => ({ exec: block(() => ({ command: strs })) })),
  })),
  termination_message_path: str,
  termination_message_policy: str,
  stdin: bool,
  stdin_once: bool,
  tty: bool,
});

const podSpec = (): Schema => ({
  container: blocks(container, "containers"),
  init_container: blocks(container, "initContainers"),
  volume: blocks(volume, "volumes"),
  service_account_name: str,
  automount_service_account_token: bool,
  enable_service_links: bool,
  host_network: bool,
  host_pid: { t: "bool", as: "hostPID" },
  host_ipc: { t: "bool", as: "hostIPC" },
  restart_policy: str,
  termination_grace_period_seconds: int,
  active_deadline_seconds: int,
  dns_policy: str,
  node_selector: map,
  priority_class_name: str,
  runtime_class_name: str,
  scheduler_name: str,
  share_process_namespace: bool,
  hostname: str,
  subdomain: str,
  node_name: str,
  image_pull_secrets: blocks(() => ({ name: str })),
  security_context: block(() => ({
    run_as_non_root: bool,
    run_as_user: int,
    run_as_group: int,
    fs_group: int,
    fs_group_change_policy: str,
    supplemental_groups: { t: "list", of: "int" },
    seccomp_profile: block(seccomp),
    sysctl: blocks(() => ({ name: str, value: str }), "sysctls"),
  })),
  toleration: blocks(() => ({ key: str, operator: str, value: str, effect: str, toleration_seconds: int }), "tolerations"),
  topology_spread_constraint: blocks(
    () => ({
      max_skew: int,
      topology_key: str,
      when_unsatisfiable: str,
      label_selector: block(labelSelector),
      min_domains: int,
      node_affinity_policy: str,
      node_taints_policy: str,
      match_label_keys: strs,
    }),
    "topologySpreadConstraints",
  ),
  affinity: { t: "any" },
  readiness_gate: blocks(() => ({ condition_type: str }), "readinessGates"),
  os: block(() => ({ name: str })),
});

const podTemplate = (): Schema => ({ metadata: block(metadata), spec: block(podSpec) });

const jobSpec = (): Schema => ({
  active_deadline_seconds: int,
  backoff_limit: int,
  backoff_limit_per_index: int,
  completions: int,
  completion_mode: str,
  parallelism: int,
  manual_selector: bool,
  selector: block(labelSelector),
  template: block(podTemplate),
  ttl_seconds_after_finished: int,
  suspend: bool,
});

const networkPolicyPeer = (): Schema => ({
  ip_block: block(() => ({ cidr: str, except: strs })),
  namespace_selector: block(labelSelector),
  pod_selector: block(labelSelector),
});
const networkPolicyPort = (): Schema => ({ port: { t: "intstr" }, end_port: int, protocol: str });

const policyRule = (): Schema => ({
  api_groups: { t: "list", of: "str", as: "apiGroups" },
  resources: strs,
  resource_names: strs,
  verbs: strs,
  non_resource_urls: { t: "list", of: "str", as: "nonResourceURLs" },
});
const roleRef = (): Schema => ({ api_group: str, kind: str, name: str });
const subject = (): Schema => ({ api_group: str, kind: str, name: str, namespace: str });

/** The body (everything but metadata) of each typed resource. */
const BODY: Record<string, Schema> = {
  kubernetes_namespace_v1: {},
  kubernetes_config_map_v1: { data: map, binary_data: map, immutable: bool },
  kubernetes_secret_v1: { data: map, binary_data: map, type: str, immutable: bool },
  kubernetes_service_account_v1: {
    automount_service_account_token: bool,
    image_pull_secret: blocks(() => ({ name: str }), "imagePullSecrets"),
    secret: blocks(() => ({ name: str }), "secrets"),
  },
  kubernetes_service_v1: {
    spec: block(() => ({
      selector: map,
      type: str,
      cluster_ip: { t: "str", as: "clusterIP" },
      external_name: str,
      external_traffic_policy: str,
      internal_traffic_policy: str,
      session_affinity: str,
      publish_not_ready_addresses: bool,
      ip_families: strs,
      ip_family_policy: str,
      load_balancer_source_ranges: strs,
      load_balancer_class: str,
      port: blocks(
        () => ({ name: str, port: int, target_port: { t: "intstr" }, protocol: str, node_port: int, app_protocol: str }),
        "ports",
      ),
    })),
  },
  kubernetes_deployment_v1: {
    spec: block(() => ({
      replicas: int,
      selector: block(labelSelector),
      template: block(podTemplate),
      strategy: block(() => ({
        type: str,
        rolling_update: block(() => ({ max_surge: { t: "intstr" }, max_unavailable: { t: "intstr" } })),
      })),
      min_ready_seconds: int,
      revision_history_limit: int,
      progress_deadline_seconds: int,
      paused: bool,
    })),
  },
  kubernetes_stateful_set_v1: {
    spec: block(() => ({
      replicas: int,
      selector: block(labelSelector),
      service_name: str,
      template: block(podTemplate),
      pod_management_policy: str,
      revision_history_limit: int,
      min_ready_seconds: int,
      update_strategy: block(() => ({ type: str, rolling_update: block(() => ({ partition: int })) })),
      persistent_volume_claim_retention_policy: block(() => ({ when_deleted: str, when_scaled: str })),
      volume_claim_template: blocks(
        () => ({
          metadata: block(metadata),
          spec: block(() => ({
            access_modes: strs,
            storage_class_name: str,
            volume_mode: str,
            volume_name: str,
            selector: block(labelSelector),
            resources: block(() => ({ limits: map, requests: map })),
          })),
        }),
        "volumeClaimTemplates",
      ),
    })),
  },
  kubernetes_job_v1: { spec: block(jobSpec) },
  kubernetes_cron_job_v1: {
    spec: block(() => ({
      schedule: str,
      timezone: { t: "str", as: "timeZone" },
      concurrency_policy: str,
      failed_jobs_history_limit: int,
      successful_jobs_history_limit: int,
      starting_deadline_seconds: int,
      suspend: bool,
      job_template: block(() => ({ metadata: block(metadata), spec: block(jobSpec) })),
    })),
  },
  kubernetes_network_policy_v1: {
    spec: block(() => ({
      pod_selector: block(labelSelector),
      policy_types: strs,
      ingress: blocks(() => ({ from: blocks(networkPolicyPeer), ports: blocks(networkPolicyPort) })),
      egress: blocks(() => ({ to: blocks(networkPolicyPeer), ports: blocks(networkPolicyPort) })),
    })),
  },
  kubernetes_pod_disruption_budget_v1: {
    spec: block(() => ({
      selector: block(labelSelector),
      min_available: { t: "intstr" },
      max_unavailable: { t: "intstr" },
      unhealthy_pod_eviction_policy: str,
    })),
  },
  kubernetes_role_v1: { rule: blocks(policyRule, "rules") },
  kubernetes_cluster_role_v1: {
    rule: blocks(policyRule, "rules"),
    aggregation_rule: block(() => ({ cluster_role_selectors: blocks(labelSelector) })),
  },
  kubernetes_role_binding_v1: { role_ref: block(roleRef, "roleRef"), subject: blocks(subject, "subjects") },
  kubernetes_cluster_role_binding_v1: { role_ref: block(roleRef, "roleRef"), subject: blocks(subject, "subjects") },
  kubernetes_storage_class_v1: {
    storage_provisioner: { t: "str", as: "provisioner" },
    reclaim_policy: str,
    volume_binding_mode: str,
    allow_volume_expansion: bool,
    parameters: map,
    mount_options: strs,
  },
};

/** Terraform meta-arguments and provider-only arguments: never sent to the API server. */
const TERRAFORM_ONLY = new Set([
  "//",
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "timeouts",
  "connection",
  "provisioner",
  "wait_for_rollout",
  "wait_for_completion",
  "wait_for_load_balancer",
  "wait_for_default_service_account",
]);

/** The Terraform resource types this module converts. */
export const SUPPORTED_TYPES: readonly string[] = Object.keys(BODY);

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const isUnknown = (v: unknown) => typeof v === "string" && v.includes("${");

function scalar(kind: Scalar, value: unknown, path: string): unknown {
  switch (kind) {
    case "int":
      if (typeof value === "number") return value;
      if (typeof value === "string" && /^-?\d+$/.test(value)) return Number(value);
      if (isUnknown(value)) return 1; // known only at apply time: a plausible number
      throw new UnsupportedField(`${path} (not an integer: ${JSON.stringify(value)})`);
    case "bool":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      throw new UnsupportedField(`${path} (not a boolean: ${JSON.stringify(value)})`);
    case "intstr":
      // the provider's intstr.Parse: a string of digits is a number, anything else a name
      if (typeof value === "number") return value;
      return /^\d+$/.test(String(value)) ? Number(value) : String(value);
    case "octal":
      if (typeof value === "number") return value;
      if (/^0?[0-7]+$/.test(String(value))) return parseInt(String(value), 8);
      throw new UnsupportedField(`${path} (not an octal mode: ${JSON.stringify(value)})`);
    case "quantity":
    case "str":
      return String(value);
    case "any":
      return value;
  }
}

function convertBlock(schema: Schema, value: any, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value ?? {})) {
    if (v === undefined || v === null) continue;
    const field = schema[key];
    if (!field) throw new UnsupportedField(`${path}.${key}`);
    const name = field.as ?? camel(key);
    if (field.t === "map") {
      out[name] = Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, typeof x === "string" ? x : String(x)]));
    } else if (field.t === "list") {
      const items = Array.isArray(v) ? v : [v];
      out[name] = items.map((x, i) => scalar(field.of, x, `${path}.${key}[${i}]`));
    } else if (field.t === "block") {
      const items = (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined && x !== null);
      if (field.list) out[name] = items.map((x, i) => convertBlock(field.s(), x, `${path}.${key}[${i}]`));
      else {
        if (items.length > 1) throw new UnsupportedField(`${path}.${key} (${items.length} items for a single block)`);
        if (items.length === 1) out[name] = convertBlock(field.s(), items[0], `${path}.${key}`);
      }
    } else {
      out[name] = scalar(field.t, v, `${path}.${key}`);
    }
  }
  return out;
}

/** A Kubernetes API object. */
export interface ApiObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/**
 * The API object of a typed Kubernetes resource, as the provider would send it (namespaced objects
 * without a namespace go to `default`, as the provider does). Throws UnsupportedField for an
 * argument without a mapping.
 */
export function toApiObject(type: string, config: any): ApiObject {
  const schema = BODY[type];
  const kind = KUBERNETES_TYPED_KINDS[type];
  if (!schema || !kind) throw new UnsupportedField(type);
  const body: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(config ?? {})) if (!TERRAFORM_ONLY.has(key) && key !== "metadata") body[key] = v;
  const meta = convertBlock(metadata(), Array.isArray(config.metadata) ? config.metadata[0] : config.metadata, `${type}.metadata`);
  if (kind.namespaced && meta.namespace === undefined) meta.namespace = "default";
  if (!kind.namespaced) delete meta.namespace;
  return {
    apiVersion: kind.apiVersion,
    kind: kind.kind,
    metadata: meta as ApiObject["metadata"],
    ...convertBlock(schema, body, type),
  };
}
