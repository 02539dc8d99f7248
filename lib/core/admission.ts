import { IConstruct } from "constructs";
import { OptOut } from "./opt-out";

/**
 * What a ValidatingAdmissionPolicyBinding does with a request its policy denies
 * (`validationActions`): `Deny` rejects it; `Warn` returns a warning to the client and `Audit`
 * records it in the audit log, both admitting it (for a gradual rollout).
 */
export enum AdmissionAction {
  DENY = "Deny",
  WARN = "Warn",
  AUDIT = "Audit",
}

/** Options of the stack's admission policies. */
export interface AdmissionPoliciesOptions {
  /**
   * What the bindings do with a denied request. Deny rejects it; Warn and Audit only report it and
   * need {@link AdmissionPoliciesOptions.rolloutReason}.
   * @default [AdmissionAction.DENY]
   */
  readonly validationActions?: AdmissionAction[];
  /**
   * Why the policies only warn or audit (a gradual rollout), recorded like any opt-out; required
   * when validationActions does not include Deny.
   * @default - none
   */
  readonly rolloutReason?: OptOut;
  /**
   * Prefix of the policies' and bindings' names (cluster-scoped, so unique per stack on a cluster).
   * @default "meshq-" followed by the deployment name
   */
  readonly namePrefix?: string;
}

/**
 * How a stack gets its admission policies without depending on the guard, which defines them next
 * to its rules: the guard registers the factory when its module loads (the package root loads it).
 */
export type AdmissionAttacher = (
  scope: IConstruct,
  id: string,
  options: AdmissionPoliciesOptions & { deploymentName: string },
) => IConstruct;

const REGISTRY = Symbol.for("meshoptixiq.AdmissionPolicies");
type Registry = { attach?: AdmissionAttacher };

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[REGISTRY] ??= {});
}

/** Called once by the guard's module. */
export function registerAdmissionPolicies(attach: AdmissionAttacher): void {
  registry().attach = attach;
}

/** Adds the admission policies of the stack of `scope`, derived from the guard's catalogue. */
export function admissionPolicies(
  scope: IConstruct,
  id: string,
  options: AdmissionPoliciesOptions & { deploymentName: string },
): IConstruct {
  const attach = registry().attach;
  if (!attach) {
    throw new Error(
      "The hardening guard is not loaded: import the constructs from the package root (@meshoptixiq/cdktf-hardened), which loads it",
    );
  }
  return attach(scope, id, options);
}
