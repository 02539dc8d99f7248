/**
 * Where a control is enforced: at synth and at plan (the guard, always), in the cluster after apply
 * (its admission form, a ValidatingAdmissionPolicy the stack creates) and on AWS after apply (an
 * EventBridge alert on the calls that can undo it).
 */
import { CONTROL_ALERTS } from "../policy/alerts";
import type { Control } from "./model";

/** A place a control is enforced. */
export type EnforcementPoint = "synth" | "plan" | "admission" | "alert";

/** The places a control is enforced, in the order a change meets them. */
export function enforcedAt(control: Control): EnforcementPoint[] {
  return [
    "synth",
    "plan",
    ...(control.admission ? (["admission"] as const) : []),
    ...(CONTROL_ALERTS.some((a) => a.controls.includes(control.id)) ? (["alert"] as const) : []),
  ];
}
