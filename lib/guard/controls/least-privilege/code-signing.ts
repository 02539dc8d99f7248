/** §12.3: a Lambda function runs only code its deployment signed (MESHQ-LP-4). */
import { Control, Finding, FindingLevel, many, one, OptOutRecord } from "../../model";
import { StackView, ViewResource, viewOf } from "../../view";
import { judgeEach } from "../rules";

/** The recorded opt-out that makes an unsigned function a warning. */
export const CODE_SIGNING_OPT_OUT = "HardenedMeshStack.rotationCodeSigningOptOut";

/** Why a function's code signing does not hold, or undefined when it does. */
function codeSigningProblem(view: StackView, fn: ViewResource): string | undefined {
  const written = fn.config.code_signing_config_arn;
  if (written === undefined || written === null || written === "") return "has no code signing configuration";
  const ref = view.reference(written);
  if (ref?.kind !== "aws_lambda_code_signing_config") {
    const r = view.resolve(written);
    const what = r.known ? String(r.value) : r.expression;
    return `code_signing_config_arn is ${what}, not a code signing configuration of this stack: whether it enforces signatures cannot be known`;
  }
  const policy = one(ref.resource.config.policies)?.untrusted_artifact_on_deployment ?? "Warn";
  const r = view.resolve(policy);
  if (!r.known) return view.unknownMessage(`untrusted_artifact_on_deployment of ${ref.address}`, r.expression);
  if (r.value !== "Enforce")
    return `${ref.address} has untrusted_artifact_on_deployment ${r.value}: unsigned code still deploys (it only logs); set Enforce`;
  const publishers = one(ref.resource.config.allowed_publishers)?.signing_profile_version_arns;
  const arns = many(view.literal(publishers) ?? publishers);
  if (arns.length === 0) return `${ref.address} allows no signing profile`;
  // Every publisher is a profile of the stack: one outside it (an ARN, a variable) may sign anything.
  const foreign = arns.filter((a) => view.reference(a)?.kind !== "aws_signer_signing_profile");
  if (foreign.length > 0) {
    return `${ref.address} trusts ${foreign.map(String).join(", ")}, not a signing profile of this stack: who signs with it cannot be known`;
  }
  return undefined;
}

/** §12.3: a Lambda function runs only code its deployment signed. */
export const codeSigned: Control = {
  id: "MESHQ-LP-4",
  section: "12.3",
  title: "Lambda functions run only signed code",
  checks:
    "Every Lambda function of the stack names a code signing configuration of the stack (`code_signing_config_arn`) whose policy is `Enforce` and that trusts only signing profiles of the stack, so that `UpdateFunctionCode` with code the deployment did not sign is refused. (A principal allowed to change the configuration or to sign with the profile, the deploy role or an administrator, can still change the code: the function-code and code-signing alerts report it.) An unsigned function is a warning when the stack records the opt-out (rotationCodeSigningOptOut).",
  scope:
    "aws_lambda_function resources (every function of the stack, the library's rotation functions and any other) and the aws_lambda_code_signing_config resources they refer to. A configuration that does not set `untrusted_artifact_on_deployment` is `Warn`, AWS's default.",
  checkov: ["CKV_AWS_272"],
  unseen:
    "Fails. A code_signing_config_arn that is not a reference to a code signing configuration of the stack (an ARN of another stack, a variable) is a finding: its policy cannot be known. A policy the guard cannot know is a finding, and so is a trusted profile that is not a reference to a signing profile of the stack.",
  enforcedBy: ["HardenedMeshStack.props.rotationCodeSigningOptOut"],
  provenBy: ["test/guard/controls/least-privilege.test.ts", "test/guard/mutations/least-privilege.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const optOut = (many(view.record.optOuts) as OptOutRecord[]).find((o) => o.property === CODE_SIGNING_OPT_OUT);
    return judgeEach(view.resources("aws_lambda_function"), (fn): Finding[] => {
      const problem = codeSigningProblem(view, fn);
      if (!problem) return [];
      if (optOut && (fn.config.code_signing_config_arn === undefined || fn.config.code_signing_config_arn === null)) {
        return [{ address: fn.address, message: `${problem} (opted out: ${optOut.reason})`, level: FindingLevel.WARNING, optOut }];
      }
      return [{ address: fn.address, message: `${problem}; deploy it through the stack's code signing (RotationFunction does)` }];
    });
  },
};
