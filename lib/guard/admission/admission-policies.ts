import { DefaultTokenResolver, Lazy, StringConcat, TerraformResource, TerraformStack, Tokenization } from "../../compat/core";
import { Construct, IConstruct } from "constructs";
import { Manifest } from "../../compat/kubernetes/manifest";
import { AdmissionAction, AdmissionPoliciesOptions, registerAdmissionPolicies } from "../../core/admission";
import { ErrorCodes, invalidInput } from "../../core/errors";
import { mutableImagesOf } from "../../core/kubernetes";
import { recordOptOut } from "../../core/opt-out";
import { RECORD_METADATA_KEY } from "../../core/record";
import { MUTABLE_IMAGES_RECORD_KEY } from "../controls/images";
import { CONTROLS } from "../catalogue";
import { Control, TerraformJson } from "../model";
import { viewOf } from "../view";
import { admissionParams } from "./params";
import { Exemption, policyHead, renderAdmission } from "./render";

export { AdmissionAction } from "../../core/admission";
export type { AdmissionPoliciesOptions } from "../../core/admission";

/** Properties of {@link AdmissionPolicies}. */
export interface AdmissionPoliciesProps extends AdmissionPoliciesOptions {
  /** Deployment name: the default prefix of the policies' names. */
  readonly deploymentName: string;
  /** Controls whose admission forms are rendered. @default CONTROLS */
  readonly controls?: readonly Control[];
}

const SUPPRESS = "meshq:suppress";

/**
 * The stack's admission policies: for every control of the catalogue judged on Kubernetes objects,
 * a ValidatingAdmissionPolicy (admissionregistration.k8s.io/v1, Kubernetes 1.30 or later) with the
 * control's admission form, and a binding scoped to the stack's own namespaces, so that what synth
 * and plan deny stays denied after apply. Each denial names the control id and the fix.
 *
 * The policies' parameters are read at synth from the stack's own Kubernetes objects (namespaces,
 * default-deny policies, registered flows, encrypted StorageClasses, the settings the controls
 * depend on): the cluster is held to exactly what the guard judged. A control suppressed for a
 * construct (`HardeningGuard.suppress`) exempts that construct's objects, by name, from the
 * control's policy. The bindings depend on every other Kubernetes object of the stack, so they are
 * created after them and destroyed before them.
 */
export class AdmissionPolicies extends Construct {
  /** The policies and bindings, per control id. */
  public readonly resources: ReadonlyMap<string, { policy: Manifest; binding: Manifest }>;
  private readonly actions: AdmissionAction[];
  private readonly prefix: string;
  private readonly controls: readonly Control[];
  private cache?: ReturnType<typeof renderAdmission>;
  private kubeCache?: TerraformResource[];

  constructor(scope: Construct, id: string, props: AdmissionPoliciesProps) {
    super(scope, id);
    this.actions = validationActions(this, props);
    this.prefix = props.namePrefix ?? `meshq-${props.deploymentName}`;
    this.controls = (props.controls ?? CONTROLS).filter((c) => c.admission);
    const stack = TerraformStack.of(this);
    const out = new Map<string, { policy: Manifest; binding: Manifest }>();
    for (const control of this.controls) {
      const name = control.id.replace(/^MESHQ-/, "").replace(/-/g, "");
      const rendered = () => this.render(stack).find((r) => r.control === control.id)!;
      // kind and name are known now (a pipeline reads them to grant its deployer); the spec at synth
      const manifest = (which: "policy" | "binding") => {
        const head = policyHead(this.prefix, control, which);
        return { ...head, spec: Lazy.anyValue({ produce: () => (rendered()[which] as { spec: unknown }).spec }) };
      };
      const policy = new Manifest(this, `${name}Policy`, { manifest: manifest("policy") });
      const binding = new Manifest(this, `${name}Binding`, { manifest: manifest("binding") });
      binding.addOverride(
        "depends_on",
        Lazy.listValue({ produce: () => [`kubernetes_manifest.${policy.friendlyUniqueId}`, ...this.others(stack)] }),
      );
      out.set(control.id, { policy, binding });
    }
    this.resources = out;
  }

  /** The rendered policies, once per synth (the cache is dropped once the synchronous synth is over). */
  private render(stack: TerraformStack): ReturnType<typeof renderAdmission> {
    if (!this.cache) {
      const tf = this.kubeDocument(stack);
      const params = admissionParams(
        tf,
        this.controls.map((c) => ({ id: c.id, form: c.admission! })),
      );
      this.cache = renderAdmission(this.controls, params, {
        prefix: this.prefix,
        actions: this.actions,
        exemptions: this.exemptions(stack, tf),
      });
      process.nextTick(() => (this.cache = undefined));
    }
    return this.cache;
  }

  /** The stack's Kubernetes resources other than these policies, as a Terraform document with the record the parameters read. */
  private kubeDocument(stack: TerraformStack): TerraformJson {
    const resource: Record<string, Record<string, unknown>> = {};
    for (const r of this.kubeResources(stack)) {
      const doc = Tokenization.resolve(r.toTerraform(), { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) as {
        resource?: Record<string, Record<string, unknown>>;
      };
      for (const [type, byName] of Object.entries(doc.resource ?? {})) resource[type] = { ...(resource[type] ?? {}), ...byName };
    }
    // the part of the library's record the parameters read: the tags accepted without a digest
    const record = { [MUTABLE_IMAGES_RECORD_KEY]: mutableImagesOf(stack) };
    return { "//": { metadata: { [RECORD_METADATA_KEY]: record } }, resource } as unknown as TerraformJson;
  }

  /** The stack's other Kubernetes resources, found once per synth (like the rendered policies). */
  private kubeResources(stack: TerraformStack): TerraformResource[] {
    if (!this.kubeCache) {
      const mine = `${this.node.path}/`;
      this.kubeCache = stack.node
        .findAll()
        .filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c))
        .filter((r) => r.terraformResourceType.startsWith("kubernetes_") && !r.node.path.startsWith(mine));
      process.nextTick(() => (this.kubeCache = undefined));
    }
    return this.kubeCache;
  }

  /** Addresses of the stack's other Kubernetes resources, for the bindings' depends_on. */
  private others(stack: TerraformStack): string[] {
    return this.kubeResources(stack).map((r) => `${r.terraformResourceType}.${r.friendlyUniqueId}`);
  }

  /** Objects of constructs that suppress a control: exempt from that control's policy, by kind and name. */
  private exemptions(stack: TerraformStack, tf: TerraformJson): Exemption[] {
    const view = viewOf(tf);
    const out: Exemption[] = [];
    for (const c of stack.node.findAll()) {
      for (const m of c.node.metadata.filter((x) => x.type === SUPPRESS)) {
        const control = (m.data as { control: string }).control;
        const under = (r: IConstruct) => r.node.path === c.node.path || r.node.path.startsWith(`${c.node.path}/`);
        const addresses = new Set(
          this.kubeResources(stack)
            .filter(under)
            .map((r) => `${r.terraformResourceType}.${r.friendlyUniqueId}`),
        );
        for (const o of view.kube().filter((x) => addresses.has(x.address) && x.name))
          out.push({ control, kind: o.kind, namespace: o.namespace, name: o.name! });
      }
    }
    return out;
  }
}

/** The bindings' validationActions: Deny by default; Warn or Audit alone need a recorded reason. */
function validationActions(scope: IConstruct, props: AdmissionPoliciesOptions): AdmissionAction[] {
  const actions = [...new Set(props.validationActions ?? [AdmissionAction.DENY])];
  const allowed = Object.values(AdmissionAction) as string[];
  if (
    actions.length === 0 ||
    actions.some((a) => !allowed.includes(a)) ||
    (actions.includes(AdmissionAction.DENY) && actions.includes(AdmissionAction.WARN))
  ) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component: "AdmissionPolicies",
      property: "validationActions",
      received: props.validationActions,
      allowed: "a non-empty set of Deny, Warn, Audit, without Deny and Warn together",
      fix: "leave validationActions unset (Deny), or pass [Warn, Audit] with rolloutReason during a gradual rollout",
    });
  }
  if (!actions.includes(AdmissionAction.DENY)) {
    if (!recordOptOut(scope, "AdmissionPolicies", "rolloutReason", props.rolloutReason)) {
      throw invalidInput(ErrorCodes.OPT_OUT, {
        component: "AdmissionPolicies",
        property: "validationActions",
        received: actions,
        allowed: "Deny, or Warn/Audit with a recorded rolloutReason",
        fix: 'pass rolloutReason: { reason: "why the policies only warn for now" }, or remove validationActions to deny',
      });
    }
  }
  return actions;
}

// Stacks reach the policies through the lower layer's registry, without importing the guard.
registerAdmissionPolicies((scope, id, options) => new AdmissionPolicies(scope as Construct, id, options));
