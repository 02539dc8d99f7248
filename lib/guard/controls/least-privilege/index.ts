/**
 * Least privilege of the workloads (§12.2, §12.3): no wildcard rights on secrets or keys, no AWS
 * role on a workload that does not call AWS, no egress to the whole Internet from the API, no
 * Lambda function that runs unsigned code.
 */
import { codeSigned } from "./code-signing";
import { noWorldOpenEgress } from "./egress";
import { rolesUsed } from "./identities";
import { noWildcardsOnSecrets } from "./policies";

export { GUARDED_ACTIONS, wildcardProblem } from "./policies";
export { noWildcardsOnSecrets, rolesUsed, noWorldOpenEgress, codeSigned };

/** The least-privilege controls. */
export const LEAST_PRIVILEGE_CONTROLS = [noWildcardsOnSecrets, rolesUsed, noWorldOpenEgress, codeSigned];
