import { Annotations } from "../compat/core";
import { IConstruct } from "constructs";
import { ErrorCodes, invalidInput } from "./errors";

/**
 * An explicit, recorded decision to switch a hardening control off.
 *
 * Every opt-out in this library takes one of these instead of a bare `false`, so that the reason
 * lands in the synth output and the hardening report.
 */
export interface OptOut {
  /** Why the control is off for this deployment. At least 10 characters. */
  readonly reason: string;
}

/** Minimum length of an opt-out or suppression reason. */
export const MIN_REASON_LENGTH = 10;

/**
 * Validates an opt-out and records it as a warning annotation on the construct, with what it is for
 * (`subject`) where one property can name several. Returns true when the control is opted out.
 */
export function recordOptOut(
  scope: IConstruct,
  component: string,
  property: string,
  optOut: OptOut | undefined,
  subject?: string,
): boolean {
  if (optOut === undefined) return false;
  const reason = (optOut.reason ?? "").trim();
  if (reason.length < MIN_REASON_LENGTH) {
    throw invalidInput(ErrorCodes.OPT_OUT, {
      component,
      property,
      received: optOut.reason,
      allowed: `a reason of at least ${MIN_REASON_LENGTH} characters`,
      fix: `pass { reason: "why this control is off here" }, or remove ${property} to keep the control on`,
    });
  }
  Annotations.of(scope).addWarning(
    `[${ErrorCodes.OPT_OUT}] ${component}: ${property} switched off${subject ? ` for ${subject}` : ""}: ${reason}`,
  );
  scope.node.addMetadata("meshq:opt-out", { property: `${component}.${property}`, reason, ...(subject ? { subject } : {}) });
  return true;
}

/**
 * The opt-out given under a property's name or under its deprecated former name (never both): the
 * former name still works, with a warning that names the new one.
 * @internal
 */
export function renamedOptOut<P extends object>(
  scope: IConstruct,
  component: string,
  props: P,
  name: keyof P & string,
  formerName: keyof P & string,
): OptOut | undefined {
  const optOut = props[name] as OptOut | undefined;
  const formerOptOut = props[formerName] as OptOut | undefined;
  if (formerOptOut === undefined) return optOut;
  if (optOut !== undefined) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: formerName,
      received: `both ${name} and ${formerName}`,
      allowed: `one of them: ${formerName} is the deprecated name of ${name}`,
      fix: `remove ${formerName} and keep ${name}`,
    });
  }
  Annotations.of(scope).addWarning(`${component}: ${formerName} is deprecated; rename it to ${name} (same meaning)`);
  return formerOptOut;
}
