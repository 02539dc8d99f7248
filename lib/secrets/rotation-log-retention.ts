import { ErrorCodes } from "../core/errors";
import { requireIntegerInRange } from "../core/validators";

/**
 * Days to keep a rotation function's logs (`logRetentionDays` of the constructs that own one): at
 * least a year, so that every rotation stays on record for an audit, and at most ten.
 */
export function rotationLogRetentionDays(component: string, days: number | undefined, fix: string): number {
  return requireIntegerInRange(ErrorCodes.RETENTION, component, "logRetentionDays", days ?? 365, 365, 3653, fix);
}
