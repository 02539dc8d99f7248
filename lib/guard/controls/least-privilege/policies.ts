/** §12.3: no wildcard rights on secrets or keys (MESHQ-LP-1). */
import { readJsonDocument } from "../../../core/literal";
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
import { StackView, viewOf } from "../../view";
import { awsManagedPolicyName, KNOWN_MANAGED_POLICIES } from "./managed-policies";

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

/**
 * The parts of a statement the guard cannot know (a whole `${…}` effect or action that is not a
 * literal of the stack): a finding each, since a variable may hold `*`.
 */
function unknownParts(view: StackView, address: string, label: string, parts: Array<[string, unknown]>): Finding[] {
  return parts.flatMap(([what, value]) =>
    many(value)
      .filter((v) => typeof v === "string" && v.includes("${"))
      .flatMap((v) => {
        const r = view.resolve(v);
        return r.known ? [] : [{ address, message: view.unknownMessage(`statement ${label}: ${what}`, r.expression) }];
      }),
  );
}

/** The findings of one policy document (JSON form). */
function documentFindings(view: StackView, address: string, doc: unknown): Finding[] {
  const out: Finding[] = [];
  const statements = many((doc as { Statement?: unknown })?.Statement) as any[];
  const denied = statements
    .filter((st) => st?.Effect === "Deny" && !st.Condition && !st.NotResource && strings(st.Resource).includes("*"))
    .flatMap((st) => strings(st.Action));
  statements.forEach((st: any, i: number) => {
    const label = String(st?.Sid ?? i);
    const unknown = unknownParts(view, address, label, [
      ["Effect", st?.Effect],
      ["Action", st?.Action],
      ["NotAction", st?.NotAction],
    ]);
    out.push(...unknown);
    if (unknown.length > 0 || st?.Effect !== "Allow") return;
    const problem = wildcardProblem(strings(st.Action), strings(st.NotAction), jsonConditionKeys(st.Condition), denied);
    if (problem) out.push({ address, message: `statement ${label} ${problem}` });
  });
  return out;
}

/** The findings of a data.aws_iam_policy_document (HCL form). */
function dataDocumentFindings(view: StackView, address: string, name: string, depth = 0): Finding[] {
  const data = view.dataSources("aws_iam_policy_document").find((d) => d.name === name);
  if (!data) return [{ address, message: `the policy refers to data.aws_iam_policy_document.${name}, which the stack does not have` }];
  const out: Finding[] = [];
  // documents it merges in are judged as its own; one the guard cannot read is a finding
  for (const source of [...many(data.config.source_policy_documents), ...many(data.config.override_policy_documents)]) {
    const merged = typeof source === "string" ? DATA_DOCUMENT.exec(source.trim()) : null;
    if (merged && merged[1] !== name && depth < 8) out.push(...dataDocumentFindings(view, data.address, merged[1], depth + 1));
    else out.push({ address: data.address, message: `merges ${String(source)}, a policy document the guard cannot read` });
  }
  many(data.config.statement).forEach((st: any, i: number) => {
    const label = String(st?.sid ?? i);
    const unknown = unknownParts(view, data.address, label, [
      ["effect", st?.effect],
      ["actions", st?.actions],
      ["not_actions", st?.not_actions],
    ]);
    out.push(...unknown);
    if (unknown.length > 0) return;
    if ((view.literal(st?.effect) ?? "Allow") !== "Allow") return;
    const keys = many(st?.condition)
      .filter((c: any) => !/^Bool/i.test(String(c?.test)) || strings(view.literal(c?.values)).every((v) => v === "true"))
      .map((c: any) => String(view.literal(c?.variable)));
    const problem = wildcardProblem(strings(view.literal(st?.actions)), strings(view.literal(st?.not_actions)), keys);
    if (problem) out.push({ address: data.address, message: `statement ${label} ${problem}` });
  });
  return out;
}

const DATA_DOCUMENT = /^\$\{data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)\.json\}$/;

/** The findings of one policy argument: a JSON document, a jsonencode expression or a policy document data source. */
function policyFindings(view: StackView, address: string, policy: unknown): Finding[] {
  const data = typeof policy === "string" ? DATA_DOCUMENT.exec(policy.trim()) : null;
  if (data) return dataDocumentFindings(view, address, data[1]);
  const doc = readJsonDocument(view.literal(policy) ?? policy);
  if (doc === undefined) return [{ address, message: "the policy cannot be read at synth; write it as a literal document" }];
  return documentFindings(view, address, doc);
}

/** The arguments that attach policies by ARN: resource type, attribute. */
const ATTACHMENTS: Array<[string, string]> = [
  ["aws_iam_role_policy_attachment", "policy_arn"],
  ["aws_iam_user_policy_attachment", "policy_arn"],
  ["aws_iam_group_policy_attachment", "policy_arn"],
  ["aws_iam_policy_attachment", "policy_arn"],
  ["aws_iam_role_policy_attachments_exclusive", "policy_arns"],
  ["aws_iam_role", "managed_policy_arns"],
];

/**
 * The findings of a policy attached by ARN: one the stack writes (an aws_iam_policy, judged as
 * itself) or an AWS-managed policy the guard knows passes on its document; any other is a policy the
 * guard did not see, and a finding.
 */
function attachedFindings(view: StackView, address: string, arn: unknown): Finding[] {
  if (view.reference(arn)?.kind === "aws_iam_policy") return [];
  const text = String(arn);
  const managed = awsManagedPolicyName(text);
  if (managed !== undefined && managed in KNOWN_MANAGED_POLICIES)
    return documentFindings(view, address, KNOWN_MANAGED_POLICIES[managed]).map((f) => ({
      ...f,
      message: `AWS-managed policy ${managed}: ${f.message}`,
    }));
  return [
    {
      address,
      message: `attaches ${text}, a policy the guard did not see: whether it grants wildcard rights on secrets or keys cannot be known; attach a policy the stack writes (aws_iam_policy), or suppress this control for the resource with a reason (HardeningGuard.suppress)`,
    },
  ];
}

/** §12.3: no wildcard rights on secrets or keys. */
export const noWildcardsOnSecrets: Control = {
  id: "MESHQ-LP-1",
  section: "12.3",
  title: "No wildcard rights on secrets or keys",
  checks:
    "No Allow statement of an IAM, key or secret policy uses a wildcard that covers an action handing out or unguarding a secret or a key (`*`, `kms:*`, `kms:Create*`, `secretsmanager:*`, `secretsmanager:Put*`...), or `NotAction`; `kms:CreateGrant` is allowed only with `kms:GrantIsForAWSResource` or through one service (`kms:ViaService`).",
  scope: `aws_iam_role_policy, aws_iam_policy, aws_iam_user_policy, aws_iam_group_policy, aws_kms_key, aws_kms_key_policy, aws_secretsmanager_secret_policy and aws_iam_role inline_policy blocks, as JSON strings, the jsonencode expressions the library writes, or a data.aws_iam_policy_document they refer to (with the documents it merges); and the policies attached by ARN (aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment, aws_iam_policy_attachment, aws_iam_role_policy_attachments_exclusive, aws_iam_role managed_policy_arns): one the stack writes is judged as itself, and the AWS-managed policies the library attaches (${Object.keys(KNOWN_MANAGED_POLICIES).join(", ")}) on their published documents. The guarded actions: ${GUARDED_ACTIONS.join(", ")}.`,
  unseen:
    "Fails. A policy the guard did not see is a finding: a document it cannot read (a variable, a data source other than a policy document of the stack), an effect or action it cannot know, a merged document it cannot read, and a policy attached by ARN that the stack does not write and the guard does not know (another stack's, a customer-managed one, any other AWS-managed one). Accept one only by suppressing the control for the resource with a reason.",
  checkov: ["CKV_AWS_109", "CKV_AWS_111"],
  enforcedBy: ["CustomerManagedKey.props.administratorArns", "ManagedSecret.props.keyAdministratorArns"],
  provenBy: ["test/guard/controls/least-privilege.test.ts", "test/guard/mutations/least-privilege.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const subjects = [
      ...POLICY_ARGUMENTS.flatMap(([type, attribute]) =>
        view.resources(type).map((r) => ({ address: r.address, policy: r.config[attribute] })),
      ),
      // a role's inline_policy blocks
      ...view
        .resources("aws_iam_role")
        .flatMap((r) => many(r.config.inline_policy).map((b: any) => ({ address: r.address, policy: b?.policy }))),
    ].filter((s) => s.policy !== undefined && s.policy !== null);
    const attachments = ATTACHMENTS.flatMap(([type, attribute]) =>
      view.resources(type).flatMap((r) => {
        const value = r.config[attribute];
        if (value === undefined || value === null) return [];
        const list = view.resolve(value);
        if (typeof value === "string" && !list.known && attribute.endsWith("s"))
          return [{ address: r.address, arn: value, unknownList: list.expression }];
        return many(value).map((arn) => ({ address: r.address, arn, unknownList: undefined as string | undefined }));
      }),
    );
    if (subjects.length === 0 && attachments.length === 0) return NOT_APPLICABLE;
    return [
      ...subjects.flatMap(({ address, policy }) => policyFindings(view, address, policy)),
      ...attachments.flatMap(({ address, arn, unknownList }) =>
        unknownList !== undefined
          ? [{ address, message: view.unknownMessage("the attached policy ARNs", unknownList) }]
          : attachedFindings(view, address, arn),
      ),
    ];
  },
};
