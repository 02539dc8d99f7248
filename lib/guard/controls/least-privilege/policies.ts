/** §12.3: no wildcard rights on secrets or keys (MESHQ-LP-1). */
import { readJsonDocument } from "../../../core/literal";
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
import { StackView, viewOf } from "../../view";

/**
 * The actions on secrets and keys that hand out a secret or a key, or take away their guards. A
 * wildcard that covers one of them is a finding, and so is an Allow with `NotAction`.
 */
export const GUARDED_ACTIONS = [
  "kms:CreateGrant",
  "kms:Decrypt",
  "kms:PutKeyPolicy",
  "kms:ScheduleKeyDeletion",
  "kms:DisableKey",
  "kms:ImportKeyMaterial",
  "secretsmanager:GetSecretValue",
  "secretsmanager:PutSecretValue",
  "secretsmanager:UpdateSecretVersionStage",
  "secretsmanager:UpdateSecret",
  "secretsmanager:PutResourcePolicy",
  "secretsmanager:DeleteResourcePolicy",
  "secretsmanager:DeleteSecret",
  "secretsmanager:RotateSecret",
  "secretsmanager:CancelRotateSecret",
];

/** The policy-bearing arguments of the stack: resource type and attribute. */
const POLICY_ARGUMENTS: Array<[string, string]> = [
  ["aws_iam_role_policy", "policy"],
  ["aws_iam_policy", "policy"],
  ["aws_iam_user_policy", "policy"],
  ["aws_iam_group_policy", "policy"],
  ["aws_kms_key", "policy"],
  ["aws_kms_key_policy", "policy"],
  ["aws_secretsmanager_secret_policy", "policy"],
];

/** An IAM action pattern as a regular expression (IAM matches case-insensitively, `*` and `?`). */
const actionPattern = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "i",
  );

/**
 * Rule: what is wrong with an Allow statement's actions on secrets and keys, if anything. `denied`
 * are the actions the same document denies on every resource without a condition: a wildcard that
 * covers only those grants nothing guarded.
 */
export function wildcardProblem(
  actions: string[],
  notActions: string[],
  conditionKeys: string[],
  denied: string[] = [],
): string | undefined {
  if (notActions.length > 0) return `allows every action but ${notActions.join(", ")} (NotAction)`;
  const isDenied = (action: string) => denied.some((d) => actionPattern(d).test(action));
  for (const a of actions) {
    if (!/[*?]/.test(a)) continue;
    const covered = GUARDED_ACTIONS.filter((g) => actionPattern(a).test(g) && !isDenied(g));
    if (covered.length > 0) return `allows ${a}, which covers ${covered.join(", ")}`;
  }
  const grants = actions.some((a) => actionPattern(a).test("kms:CreateGrant"));
  const scoped = conditionKeys.some((k) => /^kms:(GrantIsForAWSResource|ViaService)$/i.test(k));
  if (grants && !scoped)
    return "allows kms:CreateGrant without kms:GrantIsForAWSResource (or kms:ViaService): a grant hands the key's use to anyone";
  return undefined;
}

/** The condition keys of a policy statement whose values are true or a service (JSON form). */
function jsonConditionKeys(condition: unknown): string[] {
  if (!condition || typeof condition !== "object") return [];
  const keys: string[] = [];
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (!block || typeof block !== "object") continue;
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      if (/^Bool/i.test(operator) && !many(value).every((v) => String(v) === "true")) continue;
      keys.push(key);
    }
  }
  return keys;
}

const strings = (value: unknown): string[] => many(value).filter((v): v is string => typeof v === "string");

/** The findings of one policy document (JSON form). */
function documentFindings(address: string, doc: unknown): Finding[] {
  const out: Finding[] = [];
  const statements = many((doc as { Statement?: unknown })?.Statement) as any[];
  const denied = statements
    .filter((st) => st?.Effect === "Deny" && !st.Condition && !st.NotResource && strings(st.Resource).includes("*"))
    .flatMap((st) => strings(st.Action));
  statements.forEach((st: any, i: number) => {
    if (st?.Effect !== "Allow") return;
    const problem = wildcardProblem(strings(st.Action), strings(st.NotAction), jsonConditionKeys(st.Condition), denied);
    if (problem) out.push({ address, message: `statement ${st.Sid ?? i} ${problem}` });
  });
  return out;
}

/** The findings of a data.aws_iam_policy_document (HCL form). */
function dataDocumentFindings(view: StackView, address: string, name: string): Finding[] {
  const data = view.dataSources("aws_iam_policy_document").find((d) => d.name === name);
  if (!data) return [{ address, message: `the policy refers to data.aws_iam_policy_document.${name}, which the stack does not have` }];
  const out: Finding[] = [];
  many(data.config.statement).forEach((st: any, i: number) => {
    if ((view.literal(st?.effect) ?? "Allow") !== "Allow") return;
    const keys = many(st?.condition)
      .filter((c: any) => !/^Bool/i.test(String(c?.test)) || strings(view.literal(c?.values)).every((v) => v === "true"))
      .map((c: any) => String(view.literal(c?.variable)));
    const problem = wildcardProblem(strings(view.literal(st?.actions)), strings(view.literal(st?.not_actions)), keys);
    if (problem) out.push({ address: data.address, message: `statement ${st?.sid ?? i} ${problem}` });
  });
  return out;
}

const DATA_DOCUMENT = /^\$\{data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)\.json\}$/;

/** §12.3: no wildcard rights on secrets or keys. */
export const noWildcardsOnSecrets: Control = {
  id: "MESHQ-LP-1",
  section: "12.3",
  title: "No wildcard rights on secrets or keys",
  checks:
    "No Allow statement of an IAM, key or secret policy uses a wildcard that covers an action handing out or unguarding a secret or a key (`*`, `kms:*`, `kms:Create*`, `secretsmanager:*`, `secretsmanager:Put*`...), or `NotAction`; `kms:CreateGrant` is allowed only with `kms:GrantIsForAWSResource` or through one service (`kms:ViaService`).",
  scope: `aws_iam_role_policy, aws_iam_policy, aws_iam_user_policy, aws_iam_group_policy, aws_kms_key, aws_kms_key_policy and aws_secretsmanager_secret_policy, as JSON strings, the jsonencode expressions the library writes, or a data.aws_iam_policy_document they refer to. The guarded actions: ${GUARDED_ACTIONS.join(", ")}. A policy the guard cannot read is a finding.`,
  checkov: ["CKV_AWS_109", "CKV_AWS_111"],
  enforcedBy: ["CustomerManagedKey.props.administratorArns", "ManagedSecret.props.keyAdministratorArns"],
  provenBy: ["test/guard/controls/least-privilege.test.ts", "test/guard/mutations/least-privilege.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const subjects = POLICY_ARGUMENTS.flatMap(([type, attribute]) =>
      view.resources(type).map((r) => ({ r, policy: r.config[attribute] })),
    ).filter((s) => s.policy !== undefined);
    if (subjects.length === 0) return NOT_APPLICABLE;
    return subjects.flatMap(({ r, policy }) => {
      const data = typeof policy === "string" ? DATA_DOCUMENT.exec(policy.trim()) : null;
      if (data) return dataDocumentFindings(view, r.address, data[1]);
      const doc = readJsonDocument(view.literal(policy) ?? policy);
      if (doc === undefined) return [{ address: r.address, message: "the policy cannot be read at synth; write it as a literal document" }];
      return documentFindings(r.address, doc);
    });
  },
};
