/**
 * The normalized view of one stack: the resources and values of the document, and the views of its
 * Kubernetes objects and of its network, each built once on first use.
 */
import { readRecord } from "../../core/record";
import type { TerraformJson } from "../blocks";
import { claimsOf } from "./claims";
import { configMapsOf } from "./config-maps";
import { listenersOf, securityGroupRulesOf } from "./ingress";
import { kubeObjects, specOf } from "./kube";
import { ClaimView, ConfigMapView, KubeObject, PodView, WORKLOAD_KINDS } from "./kube-types";
import type { ListenerRuleView, ListenerView, PolicyView, Selector, SgRuleView } from "./network-types";
import { policyOf, selectorOf, selects } from "./policies";
import { canonicalType, Reference, Resolved, TfResource, ValueReader, ViewResource } from "./resources";
import { ResourceTable } from "./table";
import { referenceOf, resolveValue } from "./values";
import { podsOf } from "./workloads";

/** The normalized view of one stack. */
export class StackView implements ValueReader {
  /** Whether the document is synthesized configuration or a plan. */
  public readonly origin: "synth" | "plan";
  /** Resources that `count = 0` or an empty `for_each` removes. */
  public readonly removed: ViewResource[];
  /** The library's record (network model, suppressions, opt-outs) from the stack metadata. */
  public readonly record: Record<string, any>;
  /** Listener rules whose listener is not a listener of the stack. */
  public readonly orphanRules: ListenerRuleView[] = [];

  private readonly table: ResourceTable;
  private kubeCache?: KubeObject[];
  private podCache?: PodView[];
  private policyCache?: PolicyView[];
  private sgCache?: SgRuleView[];
  private listenerCache?: ListenerView[];
  private configMapCache?: ConfigMapView[];
  /** The addresses read while a rule runs ({@link judging}). */
  private readAddresses?: Set<string>;

  constructor(public readonly tf: TerraformJson) {
    this.origin = tf?.["//"]?.metadata?.plan ? "plan" : "synth";
    this.record = readRecord(tf);
    this.table = new ResourceTable(tf);
    this.removed = this.table.removed;
  }

  // -------------------------------------------------------------- evidence

  /**
   * Runs a rule and returns, with its answer, the address of every resource it read through the
   * view: what the rule judged. The report lists them as the control's evidence.
   */
  public judging<T>(rule: () => T): { readonly value: T; readonly judged: string[] } {
    const outer = this.readAddresses;
    const read = new Set<string>();
    this.readAddresses = read;
    try {
      return { value: rule(), judged: [...read].sort() };
    } finally {
      this.readAddresses = outer;
      if (outer) for (const a of read) outer.add(a);
    }
  }

  /** Records items as read by the running rule. */
  private read<T extends { readonly address: string }>(items: T[]): T[] {
    if (this.readAddresses) for (const i of items) this.readAddresses.add(i.address);
    return items;
  }

  // ---------------------------------------------------------------- values

  /** A value as far as it can be known: references to the stack's own literals are followed. */
  public resolve(value: unknown, depth = 0): Resolved {
    return resolveValue(this.table, value, depth);
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
    return referenceOf(this.table, value);
  }

  // ------------------------------------------------------------- resources

  /** Resources of the given types (aliases included); absent ones are left out. */
  public resources(...types: string[]): ViewResource[] {
    return this.read(this.table.ofKinds(new Set(types.map(canonicalType))));
  }

  /** Every resource that Terraform may create. */
  public get allResources(): readonly ViewResource[] {
    return this.read(this.table.all as ViewResource[]);
  }

  /** The resource at an address (present, maybe present or removed). */
  public resource(address: string): ViewResource | undefined {
    const r = this.table.resource(address);
    if (r) this.read([r]);
    return r;
  }

  /** Data sources of a type. */
  public dataSources(type: string): TfResource[] {
    return this.read(
      Object.entries<any>(this.tf?.data?.[type] ?? {}).map(([name, config]) => ({
        type,
        name,
        address: `data.${type}.${name}`,
        config,
      })),
    );
  }

  /**
   * Why resources that would satisfy a requirement do not count: removed by `count = 0` or an
   * empty `for_each`, or present only for values known later. Empty when there is no such resource.
   */
  public whyMissing(types: string[], matches: (r: ViewResource) => boolean = () => true): string {
    const kinds = new Set(types.map(canonicalType));
    const notes = [...this.removed, ...this.table.all.filter((r) => r.presence === "unknown")]
      .filter((r) => kinds.has(r.kind) && matches(r))
      .map((r) => `${r.address} has ${r.note}`);
    return notes.length > 0 ? ` (${notes.join("; ")})` : "";
  }

  // ---------------------------------------------------------- Kubernetes

  /** Every Kubernetes object, typed or manifest, of the given kinds (all kinds when none given). */
  public kube(...kinds: string[]): KubeObject[] {
    if (!this.kubeCache) this.kubeCache = kubeObjects(this, this.table.all);
    return this.read(kinds.length === 0 ? this.kubeCache : this.kubeCache.filter((o) => kinds.includes(o.kind)));
  }

  /** The spec of a Kubernetes object (typed shape: `spec` is a block). */
  public static spec(o: KubeObject): any {
    return specOf(o);
  }

  /** Pod templates (and pods) of every workload. */
  public pods(): PodView[] {
    if (!this.podCache) this.podCache = podsOf(this, this.kube(...WORKLOAD_KINDS));
    return this.read(this.podCache);
  }

  /** ConfigMaps with their data (`kubernetes_config_map_v1_data` patches applied). */
  public configMaps(): ConfigMapView[] {
    if (!this.configMapCache) this.configMapCache = configMapsOf(this, this.kube("ConfigMap"));
    this.read(this.configMapCache.map((m) => m.object));
    return this.configMapCache;
  }

  /** The ConfigMap of a namespace by name. */
  public configMap(namespace: string | undefined, name: unknown): ConfigMapView | undefined {
    const n = this.literal(name);
    return this.configMaps().find((m) => m.name === n && m.namespace === (namespace ?? "default"));
  }

  /** Every persistent volume claim: claim templates, PVC objects, ephemeral volumes and pods' claims. */
  public claims(): ClaimView[] {
    return this.read(claimsOf(this, this.kube("PersistentVolumeClaim"), this.kube("StatefulSet"), this.pods()));
  }

  // ------------------------------------------------------ network policies

  /** Every NetworkPolicy (typed or manifest), normalized. */
  public networkPolicies(): PolicyView[] {
    if (!this.policyCache) this.policyCache = this.kube("NetworkPolicy").map((o) => policyOf(this, o));
    return this.read(this.policyCache);
  }

  /** A label selector (`match_labels`, `match_expressions`). */
  public selector(block: any): Selector {
    return selectorOf(this, block);
  }

  /** True when a selector may select pods with these labels (a selector that cannot be known may). */
  public static selects(selector: Selector, labels: Record<string, string>): boolean {
    return selects(selector, labels);
  }

  // ---------------------------------------------------- the ingress surface

  /** Every security-group rule: rule resources, inline blocks and VPC rule resources. */
  public securityGroupRules(): SgRuleView[] {
    if (!this.sgCache) this.sgCache = securityGroupRulesOf(this);
    return this.read(this.sgCache);
  }

  /** Every load-balancer listener with its rules. */
  public listeners(): ListenerView[] {
    if (this.listenerCache) return this.read(this.listenerCache);
    const { listeners, orphans } = listenersOf(this);
    this.orphanRules.push(...orphans);
    this.listenerCache = listeners;
    return this.read(listeners);
  }
}

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
