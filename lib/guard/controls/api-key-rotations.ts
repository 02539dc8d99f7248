// The API-key rotations as the guard sees them: which secrets are API keys, which functions generate
// keys, and a finding when a rotation's function is not one of them (the guard cannot know what it does).
import { Finding, one } from "../model";
import { StackView } from "../view";
import { taggedWithRole } from "./roles";
import { Role } from "../../policy/markers";

/**
 * The API-key secrets: those tagged as API keys, and every secret a rotation (present or not)
 * hands to a key-generating function (one with KEY_LENGTH), tagged or not.
 */
export function apiKeySecrets(view: StackView) {
  const generators = rotationFunctions(view).map((f) => `${f.address}.`);
  const rotations = [...view.resources("aws_secretsmanager_secret_rotation"), ...view.removed];
  const rotatedByGenerator = rotations
    .filter((r) => r.kind === "aws_secretsmanager_secret_rotation")
    .filter((r) => generators.some((g) => String(r.config.rotation_lambda_arn).includes(g)))
    .map((r) => String(r.config.secret_id));
  return view
    .resources("aws_secretsmanager_secret")
    .filter((s) => taggedWithRole(view, s, Role.API_KEY) || rotatedByGenerator.some((id) => id.includes(`${s.address}.`)));
}

/** A finding when a rotation's function is not a key generator of the stack: the guard cannot know `what` of it. */
export function unseenRotator(view: StackView, rotation: { address: string; config: any }, what: string): Finding | undefined {
  const arn = rotation.config.rotation_lambda_arn;
  const ref = view.reference(arn);
  if (ref?.kind === "aws_lambda_function" && one(ref.resource.config.environment)?.variables?.KEY_LENGTH !== undefined) return undefined;
  const where = ref
    ? `${ref.address}, which is not a key generator of this library (no KEY_LENGTH)`
    : `${arn}, not a function of this stack`;
  const fix = "rotate the key with RotatingApiKey, or suppress this control for the secret with a reason (HardeningGuard.suppress)";
  return { address: rotation.address, message: `rotation_lambda_arn is ${where}: the guard cannot know ${what}; ${fix}` };
}

export function rotationFunctions(view: StackView) {
  return view
    .resources("aws_lambda_function")
    .map((f) => ({ address: f.address, vars: one(f.config.environment)?.variables ?? {} }))
    .filter((f) => f.vars.KEY_LENGTH !== undefined);
}
