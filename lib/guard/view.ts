/**
 * The normalized view of a synthesized stack (or of a plan) that every control reads, so that a
 * new spelling of the same thing is handled once, here, and not once per control:
 *
 * - **values**: Terraform templates are parsed; references to resources, data-source arguments and
 *   locals of the same stack are followed to their literal value; anything else (a variable, a
 *   computed attribute, a function) is *unknown*, and controls fail closed on it;
 * - **resources**: type aliases are folded (`aws_alb_listener` is `aws_lb_listener`,
 *   `kubernetes_deployment` is `kubernetes_deployment_v1`), and `count`/`for_each` decide whether a
 *   resource is present, absent (`count = 0`, an empty `for_each`) or only maybe present (a value
 *   known at plan time): absent resources are left out, maybe-present ones are judged but never
 *   satisfy a requirement;
 * - **Kubernetes objects**: typed resources and `kubernetes_manifest` objects of the same kind in one
 *   shape (the typed resources' snake_case schema), with `kubernetes_labels`, `kubernetes_env` and
 *   `kubernetes_config_map_v1_data` patches applied;
 * - **workloads**: pod templates with their containers' environment (`env`, `env_from`), volumes,
 *   volume claims and the ConfigMaps they read;
 * - **the ingress surface**: every security-group rule form, listeners and listener rules;
 * - **NetworkPolicies**: peers, ports and selectors, from either spelling.
 *
 * The view is a pure function of the JSON document, memoized per document.
 */
import { readRecord } from "../core/record";
import { many, one } from "./blocks";
import type { TerraformJson } from "./blocks";

/** A resource of the synthesized JSON. */
export interface TfResource {
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly config: any;
}

/** Whether Terraform creates a resource: certainly, or only for some values known later. */
export type Presence = "present" | "unknown";

/** A resource of the view. */
export interface ViewResource extends TfResource {
  /** The canonical type (aliases folded). */
  readonly kind: string;
  readonly presence: Presence;
  /** Why the resource is absent or maybe absent (`count = 0`, `for_each = ${var.x}`). */
  readonly note?: string;
  /** Construct path, when the JSON records it. */
  readonly path?: string;
}

/** A value as the guard can know it. */
export type Resolved = { readonly known: true; readonly value: any } | { readonly known: false; readonly expression: string };

/** A reference to a resource of the stack (`${aws_kms_key.k.arn}`). */
export interface Reference {
  readonly type: string;
  readonly kind: string;
  readonly name: string;
  readonly address: string;
  readonly attribute: string;
  readonly resource: ViewResource;
}

/** Type aliases: the same resource under an older or alternative name. */
const ALIASES: Readonly<Record<string, string>> = {
  aws_alb: "aws_lb",
  aws_alb_listener: "aws_lb_listener",
  aws_alb_listener_rule: "aws_lb_listener_rule",
  aws_alb_listener_certificate: "aws_lb_listener_certificate",
  aws_alb_target_group: "aws_lb_target_group",
  aws_alb_target_group_attachment: "aws_lb_target_group_attachment",
  kubernetes_deployment: "kubernetes_deployment_v1",
  kubernetes_stateful_set: "kubernetes_stateful_set_v1",
  kubernetes_daemonset: "kubernetes_daemon_set_v1",
  kubernetes_job: "kubernetes_job_v1",
  kubernetes_cron_job: "kubernetes_cron_job_v1",
  kubernetes_pod: "kubernetes_pod_v1",
  kubernetes_replication_controller: "kubernetes_replication_controller_v1",
  kubernetes_network_policy: "kubernetes_network_policy_v1",
  kubernetes_namespace: "kubernetes_namespace_v1",
  kubernetes_config_map: "kubernetes_config_map_v1",
  kubernetes_secret: "kubernetes_secret_v1",
  kubernetes_service: "kubernetes_service_v1",
  kubernetes_service_account: "kubernetes_service_account_v1",
  kubernetes_storage_class: "kubernetes_storage_class_v1",
  kubernetes_persistent_volume_claim: "kubernetes_persistent_volume_claim_v1",
  kubernetes_ingress: "kubernetes_ingress_v1",
  kubernetes_pod_disruption_budget: "kubernetes_pod_disruption_budget_v1",
  kubernetes_role: "kubernetes_role_v1",
  kubernetes_role_binding: "kubernetes_role_binding_v1",
  kubernetes_cluster_role: "kubernetes_cluster_role_v1",
  kubernetes_cluster_role_binding: "kubernetes_cluster_role_binding_v1",
};

/** The canonical name of a resource type. */
export function canonicalType(type: string): string {
  return ALIASES[type] ?? type;
}

/** Kinds of the typed Kubernetes resources (canonical types). */
const TYPED_KINDS: Readonly<Record<string, string>> = {
  kubernetes_deployment_v1: "Deployment",
  kubernetes_stateful_set_v1: "StatefulSet",
  kubernetes_daemon_set_v1: "DaemonSet",
  kubernetes_job_v1: "Job",
  kubernetes_cron_job_v1: "CronJob",
  kubernetes_pod_v1: "Pod",
  kubernetes_replication_controller_v1: "ReplicationController",
  kubernetes_network_policy_v1: "NetworkPolicy",
  kubernetes_namespace_v1: "Namespace",
  kubernetes_config_map_v1: "ConfigMap",
  kubernetes_secret_v1: "Secret",
  kubernetes_service_v1: "Service",
  kubernetes_service_account_v1: "ServiceAccount",
  kubernetes_storage_class_v1: "StorageClass",
  kubernetes_persistent_volume_claim_v1: "PersistentVolumeClaim",
  kubernetes_ingress_v1: "Ingress",
  kubernetes_pod_disruption_budget_v1: "PodDisruptionBudget",
  kubernetes_role_v1: "Role",
  kubernetes_role_binding_v1: "RoleBinding",
  kubernetes_cluster_role_v1: "ClusterRole",
  kubernetes_cluster_role_binding_v1: "ClusterRoleBinding",
};

const CLUSTER_SCOPED = new Set([
  "Namespace",
  "StorageClass",
  "PersistentVolume",
  "ClusterRole",
  "ClusterRoleBinding",
  "PriorityClass",
  "CustomResourceDefinition",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "ClusterIssuer",
  "ClusterSecretStore",
  "ClusterExternalSecret",
  "CiliumClusterwideNetworkPolicy",
]);

/** Kinds whose manifests are converted to the typed resources' shape. */
const NORMALIZED_KINDS = new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "CronJob",
  "Pod",
  "NetworkPolicy",
  "Namespace",
  "ConfigMap",
  "Secret",
  "Service",
  "ServiceAccount",
  "StorageClass",
  "PersistentVolumeClaim",
]);

/** Kinds whose objects carry a pod template (or are a pod). */
export const WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod"];

/** Terraform meta-arguments: not part of the object. */
const META_ARGUMENTS = new Set(["//", "count", "for_each", "provider", "depends_on", "lifecycle", "timeouts", "connection", "provisioner"]);

/** A Kubernetes object of the stack, typed or manifest. */
export interface KubeObject {
  readonly resource: ViewResource;
  readonly address: string;
  readonly kind: string;
  readonly source: "typed" | "manifest";
  /** Metadata as an object (labels merged with `kubernetes_labels` patches). */
  readonly metadata: any;
  /** The literal name, when known. */
  readonly name?: string;
  /** The literal namespace (`default` when unset); undefined for a cluster-scoped object or an unknown one. */
  readonly namespace?: string;
  /** The namespace expression when it cannot be known. */
  readonly namespaceExpression?: string;
  /** The body: the typed resources' schema for the kinds above, the API form for other kinds. */
  readonly body: any;
}

/** An environment variable of a container. */
export interface EnvEntry {
  readonly name: string;
  /** The literal or expression value; undefined when the value comes from a reference. */
  readonly value?: unknown;
  readonly hasValue: boolean;
  readonly fromSecret: boolean;
  readonly secretKeyRef?: { readonly name?: unknown; readonly key?: unknown };
  readonly configMapKeyRef?: { readonly name?: unknown; readonly key?: unknown };
  /** Address of the resource that sets it (the workload, or a `kubernetes_env` patch). */
  readonly source: string;
}

/** An `env_from` source of a container. */
export interface EnvFromEntry {
  readonly configMap?: unknown;
  readonly secret?: unknown;
  readonly source: string;
}

/** A container (or init container) of a pod. */
export interface ContainerView {
  readonly name: string;
  readonly init: boolean;
  readonly config: any;
  readonly env: EnvEntry[];
  readonly envFrom: EnvFromEntry[];
}

/** A pod template (or a pod) of a workload. */
export interface PodView {
  readonly object: KubeObject;
  readonly resource: ViewResource;
  readonly address: string;
  readonly namespace?: string;
  readonly metadata: any;
  readonly spec: any;
  readonly containers: ContainerView[];
}

/** A persistent volume claim: a StatefulSet claim template, a PVC, an ephemeral volume, or a pod's claim. */
export interface ClaimView {
  readonly address: string;
  readonly what: string;
  /** The storage class name as written; undefined means the cluster's default class. */
  readonly storageClass?: unknown;
  /** Why the claim cannot be judged (a claim of a PVC that is not in the stack). */
  readonly missing?: string;
}

/** A data entry of a ConfigMap. */
export interface DataEntry {
  readonly key: string;
  readonly value: unknown;
  readonly source: string;
}

/** A ConfigMap with its data, patches applied. */
export interface ConfigMapView {
  readonly object: KubeObject;
  readonly name?: string;
  readonly namespace?: string;
  readonly data: DataEntry[];
}

/** A label selector. */
export interface Selector {
  readonly labels: Record<string, string>;
  readonly expressions: any[];
  /** Set when a label value cannot be known. */
  readonly unknown?: string;
}

/** A peer of a NetworkPolicy rule. */
export interface PeerView {
  readonly pods?: Selector;
  readonly namespaces?: Selector;
  readonly cidr?: string;
  readonly except?: string[];
  /** Set when the peer cannot be known. */
  readonly unknown?: string;
}

/** A port of a NetworkPolicy rule. */
export interface PortView {
  /** Number or name; undefined means every port of the protocol. */
  readonly port?: number | string;
  readonly endPort?: number;
  readonly protocol: string;
  readonly unknown?: string;
}

/** A NetworkPolicy rule: empty `peers` admits every peer, empty `ports` every port. */
export interface RuleView {
  readonly index: number;
  readonly peers: PeerView[];
  readonly ports: PortView[];
}

/** A NetworkPolicy, typed or manifest. */
export interface PolicyView {
  readonly object: KubeObject;
  readonly address: string;
  readonly namespace?: string;
  readonly selector: Selector;
  readonly types: string[];
  readonly ingress: RuleView[];
  readonly egress: RuleView[];
}

/** A security-group rule, whatever its spelling. */
export interface SgRuleView {
  readonly resource: ViewResource;
  readonly address: string;
  /** Which rule of the resource (`ingress[1]` for an inline block), empty for a rule resource. */
  readonly where: string;
  readonly direction: "ingress" | "egress" | "unknown";
  readonly allPorts: boolean;
  readonly fromPort?: number;
  readonly toPort?: number;
  /** Literal CIDR blocks. */
  readonly cidrs: string[];
  /** `attribute = expression` for every value that cannot be known (ports, protocol, CIDRs, prefix lists). */
  readonly unknown: string[];
}

/** A listener rule. */
export interface ListenerRuleView {
  readonly resource: ViewResource;
  readonly address: string;
  readonly actions: any[];
  readonly listener?: ListenerView;
  readonly listenerExpression?: string;
}

/** A load-balancer listener with its rules. */
export interface ListenerView {
  readonly resource: ViewResource;
  readonly address: string;
  readonly protocol: Resolved;
  readonly port: Resolved;
  readonly actions: any[];
  readonly rules: ListenerRuleView[];
}

const MAX_DEPTH = 16;

/** A part of a Terraform template string. */
type TemplatePart = { text: string } | { expr: string } | { directive: string };

/** Splits a Terraform template into literal text (escapes decoded), interpolations and directives. */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i) || text.startsWith("%%{", i)) {
      literal += `${text[i]}{`;
      i += 3;
      continue;
    }
    if (text.startsWith("${", i) || text.startsWith("%{", i)) {
      const directive = text[i] === "%";
      let depth = 0;
      let inString = false;
      let j = i + 1;
      for (; j < text.length; j++) {
        const c = text[j];
        if (inString) {
          if (c === "\\") j++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === "{") depth++;
        else if (c === "}" && --depth === 0) break;
      }
      if (literal) parts.push({ text: literal });
      literal = "";
      const body = text
        .slice(i + 2, j)
        .trim()
        .replace(/^~\s*|\s*~$/g, "");
      parts.push(directive ? { directive: body } : { expr: body });
      i = j + 1;
      continue;
    }
    literal += text[i++];
  }
  if (literal || parts.length === 0) parts.push({ text: literal });
  return parts;
}

const shorten = (text: string) => (text.length > 100 ? `${text.slice(0, 97)}...` : text);

/** Follows `metadata[0].name`-style path parts through a value, a block being an object or a list. */
function atPath(value: any, parts: string[]): any {
  let v = value;
  for (const part of parts) {
    if (v === undefined || v === null) return undefined;
    if (/^\d+$/.test(part)) v = Array.isArray(v) ? v[Number(part)] : Number(part) === 0 ? v : undefined;
    else {
      const key = /^"(.*)"$/.exec(part)?.[1] ?? part;
      v = (Array.isArray(v) ? v[0] : v)?.[key];
    }
  }
  return v;
}

const REFERENCE = /^(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)((?:\[(?:\d+|"[^"]*")\])?)((?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\])*)$/;

const memo = new WeakMap<object, StackView>();

/** The view of a document (memoized). */
export function viewOf(tf: TerraformJson): StackView {
  let v = memo.get(tf);
  if (!v) {
    v = new StackView(tf);
    memo.set(tf, v);
  }
  return v;
}

/** All resources of the given types (aliases included, absent ones left out). */
export function resources(tf: TerraformJson, ...types: string[]): ViewResource[] {
  return viewOf(tf).resources(...types);
}

/** The normalized view of one stack. */
export class StackView {
  /** Whether the document is synthesized configuration or a plan. */
  public readonly origin: "synth" | "plan";
  /** Resources that `count = 0` or an empty `for_each` removes. */
  public readonly removed: ViewResource[] = [];
  /** The library's record (network model, suppressions, opt-outs) from the stack metadata. */
  public readonly record: Record<string, any>;

  private readonly all: ViewResource[] = [];
  private readonly byAddress = new Map<string, ViewResource>();
  private readonly byTypeName = new Map<string, any>();
  private kubeCache?: KubeObject[];
  private podCache?: PodView[];
  private policyCache?: PolicyView[];
  private sgCache?: SgRuleView[];
  private listenerCache?: ListenerView[];
  private configMapCache?: ConfigMapView[];

  constructor(public readonly tf: TerraformJson) {
    this.origin = tf?.["//"]?.metadata?.plan ? "plan" : "synth";
    this.record = readRecord(tf);
    for (const [type, byName] of Object.entries<Record<string, any>>(tf?.resource ?? {})) {
      for (const [name, config] of Object.entries(byName ?? {})) {
        if (config === null || typeof config !== "object") continue;
        this.byTypeName.set(`${type}.${name}`, config);
      }
    }
    for (const [type, byName] of Object.entries<Record<string, any>>(tf?.resource ?? {})) {
      for (const [name, config] of Object.entries(byName ?? {})) {
        if (config === null || typeof config !== "object") continue;
        const meta = config["//"]?.metadata ?? {};
        const address = typeof meta.address === "string" ? meta.address : `${type}.${name}`;
        const { presence, note } = this.presenceOf(config);
        const r: ViewResource = {
          type,
          name,
          address,
          config,
          kind: canonicalType(type),
          presence: presence === "absent" ? "present" : presence,
          ...(note ? { note } : {}),
          ...(typeof meta.path === "string" ? { path: meta.path } : {}),
        };
        this.byAddress.set(address, r);
        if (presence === "absent") this.removed.push(r);
        else this.all.push(r);
      }
    }
  }

  // ---------------------------------------------------------------- values

  /** A value as far as it can be known: references to the stack's own literals are followed. */
  public resolve(value: unknown, depth = 0): Resolved {
    if (depth > MAX_DEPTH) return { known: false, expression: "(a reference cycle)" };
    if (value === undefined || value === null || typeof value === "number" || typeof value === "boolean") {
      return { known: true, value };
    }
    if (typeof value === "string") return this.resolveTemplate(value, depth);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) {
        const r = this.resolve(item, depth + 1);
        if (!r.known) return r;
        out.push(r.value);
      }
      return { known: true, value: out };
    }
    if (typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (k === "//") continue;
        const r = this.resolve(v, depth + 1);
        if (!r.known) return r;
        out[k] = r.value;
      }
      return { known: true, value: out };
    }
    return { known: false, expression: String(value) };
  }

  /** The known value, or undefined when it cannot be known. */
  public literal(value: unknown): any {
    const r = this.resolve(value);
    return r.known ? r.value : undefined;
  }

  /** The expression of a value that cannot be known, or undefined when it can. */
  public unknown(value: unknown): string | undefined {
    const r = this.resolve(value);
    return r.known ? undefined : r.expression;
  }

  /** A finding message for a security-relevant value the guard cannot know. */
  public unknownMessage(what: string, expression: string): string {
    return this.cannotKnow(`${what} is ${expression}`);
  }

  /** A finding message for a description of values the guard cannot know. */
  public cannotKnow(description: string): string {
    return this.origin === "plan"
      ? `${description}, known only after apply: write a literal value, or suppress this control for the resource with a reason`
      : `${description}, which cannot be known at synth: write a literal value, or suppress this control for the resource with a reason (HardeningGuard.suppress)`;
  }

  /** The resource a value refers to, when it is exactly one reference to a resource of the stack. */
  public reference(value: unknown): Reference | undefined {
    if (typeof value !== "string") return undefined;
    const parts = templateParts(value);
    if (parts.length !== 1 || !("expr" in parts[0])) return undefined;
    const m = REFERENCE.exec(parts[0].expr);
    if (!m || m[1]) return undefined;
    const resource = this.lookupResource(m[2], m[3], m[4]);
    if (!resource) return undefined;
    return {
      type: resource.type,
      kind: resource.kind,
      name: resource.name,
      address: resource.address,
      attribute: m[5].replace(/^\./, ""),
      resource,
    };
  }

  private resolveTemplate(text: string, depth: number): Resolved {
    const parts = templateParts(text);
    if (parts.length === 1 && "text" in parts[0]) return { known: true, value: parts[0].text };
    let out = "";
    for (const part of parts) {
      if ("text" in part) out += part.text;
      else if ("directive" in part) return { known: false, expression: shorten(text) };
      else {
        const r = this.resolveExpression(part.expr, depth + 1);
        if (!r.known) return { known: false, expression: shorten(text) };
        if (parts.length === 1) return r;
        if (r.value !== null && typeof r.value === "object") return { known: false, expression: shorten(text) };
        out += String(r.value);
      }
    }
    return { known: true, value: out };
  }

  private resolveExpression(expr: string, depth: number): Resolved {
    const unknown = { known: false, expression: shorten(`\${${expr}}`) } as const;
    const local = /^local\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"]*")\])*)$/.exec(expr);
    if (local) {
      const value = this.tf?.locals?.[local[1]];
      if (value === undefined) return unknown;
      const r = this.resolve(value, depth + 1);
      if (!r.known) return unknown;
      const v = atPath(r.value, pathParts(local[2]));
      return v === undefined ? unknown : { known: true, value: v };
    }
    const m = REFERENCE.exec(expr);
    if (!m) return unknown;
    const [, data, type, name, instance, path] = m;
    if (["var", "each", "count", "self", "path", "terraform", "module"].includes(type)) return unknown;
    let config: any;
    if (data) config = this.tf?.data?.[type]?.[name];
    else config = this.lookupResource(type, name, instance)?.config;
    if (config === undefined) return unknown;
    let parts = pathParts(path);
    if (type === "kubernetes_manifest" && (parts[0] === "manifest" || parts[0] === "object")) {
      config = config.manifest;
      parts = parts.slice(1);
    }
    // a namespace's id is its name
    if (/^kubernetes_namespace(_v1)?$/.test(type) && parts.length === 1 && parts[0] === "id") parts = ["metadata", "0", "name"];
    const value = atPath(config, parts);
    if (value === undefined) return unknown;
    const r = this.resolve(value, depth + 1);
    return r.known ? r : unknown;
  }

  private lookupResource(type: string, name: string, instance = ""): ViewResource | undefined {
    for (const candidate of [`${name}${instance}`, `${name}[0]`]) {
      const config = this.byTypeName.get(`${type}.${candidate}`);
      if (config === undefined) continue;
      const meta = config["//"]?.metadata ?? {};
      return this.byAddress.get(typeof meta.address === "string" ? meta.address : `${type}.${candidate}`);
    }
    return undefined;
  }

  private presenceOf(config: any): { presence: "present" | "absent" | "unknown"; note?: string } {
    if (config.count !== undefined) {
      const r = this.resolve(config.count);
      if (!r.known) return { presence: "unknown", note: `count = ${r.expression}` };
      if (Number(r.value) === 0) return { presence: "absent", note: "count = 0" };
    }
    if (config.for_each !== undefined) {
      const r = this.resolve(config.for_each);
      if (!r.known) return { presence: "unknown", note: `for_each = ${r.expression}` };
      const size = Array.isArray(r.value) ? r.value.length : r.value && typeof r.value === "object" ? Object.keys(r.value).length : 0;
      if (size === 0) return { presence: "absent", note: "for_each is empty" };
    }
    return { presence: "present" };
  }

  // ------------------------------------------------------------- resources

  /** Resources of the given types (aliases included); absent ones are left out. */
  public resources(...types: string[]): ViewResource[] {
    const kinds = new Set(types.map(canonicalType));
    return this.all.filter((r) => kinds.has(r.kind));
  }

  /** Every resource that Terraform may create. */
  public get allResources(): readonly ViewResource[] {
    return this.all;
  }

  /** The resource at an address (present, maybe present or removed). */
  public resource(address: string): ViewResource | undefined {
    return this.byAddress.get(address);
  }

  /** Data sources of a type. */
  public dataSources(type: string): TfResource[] {
    return Object.entries<any>(this.tf?.data?.[type] ?? {}).map(([name, config]) => ({
      type,
      name,
      address: `data.${type}.${name}`,
      config,
    }));
  }

  /**
   * Why resources that would satisfy a requirement do not count: removed by `count = 0` or an
   * empty `for_each`, or present only for values known later. Empty when there is no such resource.
   */
  public whyMissing(types: string[], matches: (r: ViewResource) => boolean = () => true): string {
    const kinds = new Set(types.map(canonicalType));
    const notes = [...this.removed, ...this.all.filter((r) => r.presence === "unknown")]
      .filter((r) => kinds.has(r.kind) && matches(r))
      .map((r) => `${r.address} has ${r.note}`);
    return notes.length > 0 ? ` (${notes.join("; ")})` : "";
  }

  // ---------------------------------------------------------- Kubernetes

  /** Every Kubernetes object, typed or manifest, of the given kinds (all kinds when none given). */
  public kube(...kinds: string[]): KubeObject[] {
    if (!this.kubeCache) this.kubeCache = this.buildKube();
    return kinds.length === 0 ? this.kubeCache : this.kubeCache.filter((o) => kinds.includes(o.kind));
  }

  private buildKube(): KubeObject[] {
    const raw: Array<{ resource: ViewResource; kind: string; source: "typed" | "manifest"; metadata: any; body: any }> = [];
    for (const r of this.all) {
      if (r.kind === "kubernetes_manifest") {
        // read as written (values are resolved where they are judged, never twice)
        const manifest = r.config.manifest;
        const kind = typeof manifest?.kind === "string" ? manifest.kind : undefined;
        if (!kind) continue;
        const { apiVersion: _a, kind: _k, metadata, ...rest } = manifest;
        raw.push({
          resource: r,
          kind,
          source: "manifest",
          metadata: NORMALIZED_KINDS.has(kind) ? apiToTyped(metadata ?? {}, kind) : (metadata ?? {}),
          body: NORMALIZED_KINDS.has(kind) ? apiToTyped(rest, kind) : rest,
        });
      } else if (TYPED_KINDS[r.kind]) {
        const body: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r.config)) if (!META_ARGUMENTS.has(k) && k !== "metadata") body[k] = v;
        raw.push({ resource: r, kind: TYPED_KINDS[r.kind], source: "typed", metadata: one(r.config.metadata) ?? {}, body });
      }
    }
    // kubernetes_labels patches
    const labelPatches = this.resources("kubernetes_labels").map((p) => ({
      kind: this.literal(p.config.kind),
      name: this.literal(one(p.config.metadata)?.name),
      namespace: this.literal(one(p.config.metadata)?.namespace),
      labels: p.config.labels ?? {},
    }));
    return raw.map((o) => {
      const name = this.literal(o.metadata.name ?? o.metadata.generate_name);
      const namespaced = !CLUSTER_SCOPED.has(o.kind);
      let namespace: string | undefined;
      let namespaceExpression: string | undefined;
      if (namespaced) {
        const r = this.resolve(o.metadata.namespace);
        if (r.known) namespace = r.value === undefined || r.value === null || r.value === "" ? "default" : String(r.value);
        else namespaceExpression = r.expression;
      }
      let labels = o.metadata.labels ?? {};
      for (const p of labelPatches) {
        if (p.kind === o.kind && p.name === name && (!namespaced || (p.namespace ?? "default") === namespace))
          labels = { ...labels, ...p.labels };
      }
      const obj: KubeObject = {
        resource: o.resource,
        address: o.resource.address,
        kind: o.kind,
        source: o.source,
        metadata: { ...o.metadata, labels },
        ...(typeof name === "string" ? { name } : {}),
        ...(namespace !== undefined ? { namespace } : {}),
        ...(namespaceExpression !== undefined ? { namespaceExpression } : {}),
        body: o.body,
      };
      return obj;
    });
  }

  /** The spec of a Kubernetes object (typed shape: `spec` is a block). */
  public static spec(o: KubeObject): any {
    return one(o.body?.spec) ?? {};
  }

  /** Pod templates (and pods) of every workload. */
  public pods(): PodView[] {
    if (!this.podCache) this.podCache = this.buildPods();
    return this.podCache;
  }

  private buildPods(): PodView[] {
    const envPatches = this.resources("kubernetes_env").map((p) => ({
      address: p.address,
      kind: this.literal(p.config.kind),
      name: this.literal(one(p.config.metadata)?.name),
      namespace: this.literal(one(p.config.metadata)?.namespace) ?? "default",
      container: this.literal(p.config.container),
      initContainer: this.literal(p.config.init_container),
      env: many(p.config.env),
    }));
    const out: PodView[] = [];
    for (const o of this.kube(...WORKLOAD_KINDS)) {
      const spec = StackView.spec(o);
      let template: any;
      if (o.kind === "Pod") template = { metadata: o.metadata, spec };
      else if (o.kind === "CronJob") template = one(one(one(spec.job_template)?.spec)?.template);
      else template = one(spec.template);
      if (!template) continue;
      const podSpec = one(template.spec) ?? {};
      const containers: ContainerView[] = [];
      for (const [init, list] of [
        [true, many(podSpec.init_container)],
        [false, many(podSpec.container)],
      ] as const) {
        for (const c of list) {
          const cname = this.literal(c?.name);
          let env: EnvEntry[] = many(c?.env).map((e: any) => envEntry(e, o.address));
          for (const p of envPatches) {
            if (p.kind !== o.kind || p.name !== o.name || p.namespace !== o.namespace) continue;
            if ((init ? p.initContainer : p.container) !== cname) continue;
            for (const e of p.env) {
              const entry = envEntry(e, p.address);
              env = [...env.filter((x) => x.name !== entry.name), entry];
            }
          }
          const envFrom = many(c?.env_from).map((f: any) => ({
            ...(one(f.config_map_ref) ? { configMap: one(f.config_map_ref).name } : {}),
            ...(one(f.secret_ref) ? { secret: one(f.secret_ref).name } : {}),
            source: o.address,
          }));
          containers.push({ name: String(cname ?? c?.name ?? ""), init, config: c ?? {}, env, envFrom });
        }
      }
      out.push({
        object: o,
        resource: o.resource,
        address: o.address,
        ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
        metadata: one(template.metadata) ?? {},
        spec: podSpec,
        containers,
      });
    }
    // kubernetes_env patches whose workload is not in the stack are judged on their own
    for (const p of envPatches) {
      const matched = out.some((pod) => pod.object.kind === p.kind && pod.object.name === p.name && pod.namespace === p.namespace);
      if (matched) continue;
      const resource = this.byAddress.get(p.address)!;
      const object: KubeObject = { resource, address: p.address, kind: "EnvPatch", source: "typed", metadata: {}, body: {} };
      out.push({
        object,
        resource,
        address: p.address,
        namespace: p.namespace,
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
      });
    }
    return out;
  }

  /** ConfigMaps with their data (`kubernetes_config_map_v1_data` patches applied). */
  public configMaps(): ConfigMapView[] {
    if (!this.configMapCache) this.configMapCache = this.buildConfigMaps();
    return this.configMapCache;
  }

  private buildConfigMaps(): ConfigMapView[] {
    const patches = this.resources("kubernetes_config_map_v1_data").map((p) => ({
      address: p.address,
      name: this.literal(one(p.config.metadata)?.name),
      namespace: this.literal(one(p.config.metadata)?.namespace) ?? "default",
      data: p.config.data ?? {},
    }));
    const maps: ConfigMapView[] = this.kube("ConfigMap").map((o) => {
      let data: DataEntry[] = Object.entries(o.body?.data ?? {}).map(([key, value]) => ({ key, value, source: o.address }));
      for (const p of patches) {
        if (p.name !== o.name || p.namespace !== o.namespace) continue;
        for (const [key, value] of Object.entries(p.data)) data = [...data.filter((d) => d.key !== key), { key, value, source: p.address }];
      }
      return { object: o, ...(o.name ? { name: o.name } : {}), ...(o.namespace ? { namespace: o.namespace } : {}), data };
    });
    // patches of ConfigMaps that are not in the stack still put data into it
    for (const p of patches) {
      if (maps.some((m) => m.name === p.name && m.namespace === p.namespace)) continue;
      const resource = this.byAddress.get(p.address)!;
      maps.push({
        object: { resource, address: p.address, kind: "ConfigMap", source: "typed", metadata: {}, body: {} },
        ...(typeof p.name === "string" ? { name: p.name } : {}),
        namespace: p.namespace,
        data: Object.entries(p.data).map(([key, value]) => ({ key, value, source: p.address })),
      });
    }
    return maps;
  }

  /** The ConfigMap of a namespace by name. */
  public configMap(namespace: string | undefined, name: unknown): ConfigMapView | undefined {
    const n = this.literal(name);
    return this.configMaps().find((m) => m.name === n && m.namespace === (namespace ?? "default"));
  }

  /** Every persistent volume claim: claim templates, PVC objects, ephemeral volumes and pods' claims. */
  public claims(): ClaimView[] {
    const out: ClaimView[] = [];
    const pvcs = this.kube("PersistentVolumeClaim");
    for (const o of pvcs) {
      out.push({ address: o.address, what: `PersistentVolumeClaim ${o.name ?? "?"}`, storageClass: StackView.spec(o).storage_class_name });
    }
    for (const o of this.kube("StatefulSet")) {
      for (const t of many(StackView.spec(o).volume_claim_template)) {
        const name = this.literal(one(t.metadata)?.name) ?? "?";
        out.push({ address: o.address, what: `volume claim template ${name}`, storageClass: one(t.spec)?.storage_class_name });
      }
    }
    for (const pod of this.pods()) {
      for (const v of many(pod.spec.volume)) {
        const eph = one(one(one(v.ephemeral)?.volume_claim_template)?.spec);
        if (eph) out.push({ address: pod.address, what: `ephemeral volume ${v.name}`, storageClass: eph.storage_class_name });
        const claim = one(v.persistent_volume_claim);
        if (!claim) continue;
        const name = this.literal(claim.claim_name);
        if (pvcs.some((o) => o.name === name && o.namespace === pod.namespace)) continue;
        out.push({
          address: pod.address,
          what: `volume ${v.name}`,
          missing: `claims ${typeof name === "string" ? `PersistentVolumeClaim ${name}` : `a PersistentVolumeClaim named ${String(claim.claim_name)}`}, which is not in the stack, so its storage class cannot be judged`,
        });
      }
    }
    return out;
  }

  // ------------------------------------------------------ network policies

  /** Every NetworkPolicy (typed or manifest), normalized. */
  public networkPolicies(): PolicyView[] {
    if (!this.policyCache) {
      this.policyCache = this.kube("NetworkPolicy").map((o) => {
        const spec = StackView.spec(o);
        const rules = (list: any[], peerKey: string): RuleView[] =>
          list.map((rule: any, index: number) => ({
            index,
            peers: many(rule?.[peerKey]).map((p: any) => this.peer(p)),
            ports: many(rule?.ports).map((p: any) => this.port(p)),
          }));
        const ingress = rules(many(spec.ingress), "from");
        const egress = rules(many(spec.egress), "to");
        const declared = this.literal(spec.policy_types);
        const types = Array.isArray(declared) ? declared.map(String) : ["Ingress", ...(egress.length > 0 ? ["Egress"] : [])];
        return {
          object: o,
          address: o.address,
          ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
          selector: this.selector(one(spec.pod_selector)),
          types,
          ingress,
          egress,
        };
      });
    }
    return this.policyCache;
  }

  /** A label selector (`match_labels`, `match_expressions`). */
  public selector(block: any): Selector {
    const raw = one(block) ?? {};
    const labels = this.resolve(one(raw.match_labels) ?? {});
    const expressions = many(raw.match_expressions);
    if (!labels.known) return { labels: {}, expressions, unknown: labels.expression };
    return { labels: labels.value as Record<string, string>, expressions };
  }

  private peer(p: any): PeerView {
    const ip = one(p?.ip_block);
    if (ip) {
      const cidr = this.resolve(ip.cidr);
      const except = this.resolve(ip.except ?? []);
      if (!cidr.known) return { unknown: `ip_block.cidr = ${cidr.expression}` };
      if (!except.known) return { cidr: String(cidr.value), unknown: `ip_block.except = ${except.expression}` };
      return { cidr: String(cidr.value), except: (except.value as unknown[]).map(String) };
    }
    // `{}` selects everything; an empty list (how a plan writes an unused block) is no selector
    const pods = one(p?.pod_selector) !== undefined ? this.selector(p.pod_selector) : undefined;
    const namespaces = one(p?.namespace_selector) !== undefined ? this.selector(p.namespace_selector) : undefined;
    const unknown = pods?.unknown ?? namespaces?.unknown;
    // a peer with neither selector admits every pod of the namespace (and is refused by the API server)
    return { pods: pods ?? { labels: {}, expressions: [] }, ...(namespaces ? { namespaces } : {}), ...(unknown ? { unknown } : {}) };
  }

  private port(p: any): PortView {
    const port = this.resolve(p?.port);
    const end = this.resolve(p?.end_port);
    const protocol = this.resolve(p?.protocol ?? "TCP");
    const unknown = [
      !port.known && `port = ${port.expression}`,
      !end.known && `end_port = ${end.expression}`,
      !protocol.known && `protocol = ${protocol.expression}`,
    ]
      .filter(Boolean)
      .join(", ");
    const value = port.known ? port.value : undefined;
    return {
      ...(value !== undefined && value !== null ? { port: /^\d+$/.test(String(value)) ? Number(value) : String(value) } : {}),
      ...(end.known && end.value !== undefined && end.value !== null && Number(end.value) > 0 ? { endPort: Number(end.value) } : {}),
      protocol: protocol.known ? String(protocol.value ?? "TCP") : "?",
      ...(unknown ? { unknown } : {}),
    };
  }

  /** True when a selector may select pods with these labels (a selector that cannot be known may). */
  public static selects(selector: Selector, labels: Record<string, string>): boolean {
    if (selector.unknown) return true;
    for (const [k, v] of Object.entries(selector.labels)) if (labels[k] !== v) return false;
    for (const e of selector.expressions) {
      const key = String(e?.key);
      const values = many(e?.values).map(String);
      switch (e?.operator) {
        case "In":
          if (!values.includes(labels[key])) return false;
          break;
        case "NotIn":
          if (key in labels && values.includes(labels[key])) return false;
          break;
        case "Exists":
          if (!(key in labels)) return false;
          break;
        case "DoesNotExist":
          if (key in labels) return false;
          break;
        default:
          return true;
      }
    }
    return true;
  }

  // ---------------------------------------------------- the ingress surface

  /** Every security-group rule: rule resources, inline blocks and VPC rule resources. */
  public securityGroupRules(): SgRuleView[] {
    if (this.sgCache) return this.sgCache;
    const out: SgRuleView[] = [];
    for (const r of this.resources("aws_security_group_rule")) {
      const type = this.resolve(r.config.type);
      out.push(
        this.sgRule(r, "", type.known ? (String(type.value) as "ingress" | "egress") : "unknown", r.config.protocol, r.config, [
          ["cidr_blocks", r.config.cidr_blocks],
          ["ipv6_cidr_blocks", r.config.ipv6_cidr_blocks],
          ["prefix_list_ids", r.config.prefix_list_ids],
        ]),
      );
    }
    for (const r of this.resources("aws_security_group", "aws_default_security_group")) {
      for (const direction of ["ingress", "egress"] as const) {
        const blocks = this.resolve(r.config[direction]);
        if (!blocks.known) {
          out.push({
            resource: r,
            address: r.address,
            where: direction,
            direction,
            allPorts: true,
            cidrs: [],
            unknown: [`${direction} = ${blocks.expression}`],
          });
          continue;
        }
        many(r.config[direction]).forEach((b: any, i: number) =>
          out.push(
            this.sgRule(r, `${direction}[${i}]`, direction, b.protocol, b, [
              ["cidr_blocks", b.cidr_blocks],
              ["ipv6_cidr_blocks", b.ipv6_cidr_blocks],
              ["prefix_list_ids", b.prefix_list_ids],
            ]),
          ),
        );
      }
    }
    for (const [type, direction] of [
      ["aws_vpc_security_group_ingress_rule", "ingress"],
      ["aws_vpc_security_group_egress_rule", "egress"],
    ] as const) {
      for (const r of this.resources(type)) {
        out.push(
          this.sgRule(r, "", direction, r.config.ip_protocol, r.config, [
            ["cidr_ipv4", r.config.cidr_ipv4],
            ["cidr_ipv6", r.config.cidr_ipv6],
            ["prefix_list_id", r.config.prefix_list_id],
          ]),
        );
      }
    }
    this.sgCache = out;
    return out;
  }

  private sgRule(
    r: ViewResource,
    where: string,
    direction: "ingress" | "egress" | "unknown",
    protocolValue: unknown,
    ports: any,
    sources: Array<[string, unknown]>,
  ): SgRuleView {
    const unknown: string[] = [];
    const protocol = this.resolve(protocolValue);
    if (!protocol.known) unknown.push(`protocol = ${protocol.expression}`);
    const allPorts = protocol.known && ["-1", "all"].includes(String(protocol.value).toLowerCase());
    const from = this.resolve(ports.from_port);
    const to = this.resolve(ports.to_port);
    if (!allPorts) {
      if (!from.known) unknown.push(`from_port = ${from.expression}`);
      if (!to.known) unknown.push(`to_port = ${to.expression}`);
    }
    const cidrs: string[] = [];
    for (const [attr, value] of sources) {
      if (value === undefined || value === null) continue;
      if (attr.startsWith("prefix_list")) {
        if (many(value).length > 0)
          unknown.push(`${attr} = ${JSON.stringify(value)} (a prefix list's ranges are not in the configuration)`);
        continue;
      }
      const v = this.resolve(value);
      if (!v.known) unknown.push(`${attr} = ${v.expression}`);
      else cidrs.push(...many(v.value).map(String));
    }
    const known = (x: Resolved) => (x.known && x.value !== undefined && x.value !== null ? Number(x.value) : undefined);
    const fromPort = known(from);
    const toPort = known(to);
    return {
      resource: r,
      address: r.address,
      where,
      direction,
      allPorts: allPorts || (fromPort !== undefined && toPort !== undefined && fromPort <= 0 && toPort >= 65535),
      ...(fromPort !== undefined ? { fromPort } : {}),
      ...(toPort !== undefined ? { toPort } : {}),
      cidrs,
      unknown,
    };
  }

  /** Every load-balancer listener with its rules. */
  public listeners(): ListenerView[] {
    if (this.listenerCache) return this.listenerCache;
    const listeners: Array<ListenerView & { rules: ListenerRuleView[] }> = this.resources("aws_lb_listener").map((r) => ({
      resource: r,
      address: r.address,
      protocol: this.resolve(r.config.protocol ?? "HTTP"),
      port: this.resolve(r.config.port),
      actions: many(r.config.default_action),
      rules: [],
    }));
    for (const r of this.resources("aws_lb_listener_rule")) {
      const ref = this.reference(r.config.listener_arn);
      const listener = ref ? listeners.find((l) => l.address === ref.address) : undefined;
      const rule: ListenerRuleView = {
        resource: r,
        address: r.address,
        actions: many(r.config.action),
        ...(listener ? { listener } : { listenerExpression: String(r.config.listener_arn) }),
      };
      if (listener) listener.rules.push(rule);
      else this.orphanRules.push(rule);
    }
    this.listenerCache = listeners;
    return listeners;
  }

  /** Listener rules whose listener is not a listener of the stack. */
  public readonly orphanRules: ListenerRuleView[] = [];
}

function pathParts(path: string): string[] {
  return path.match(/"[^"]*"|[^.[\]]+/g) ?? [];
}

function envEntry(e: any, source: string): EnvEntry {
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
