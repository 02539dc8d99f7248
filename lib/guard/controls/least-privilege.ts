/**
 * Least privilege of the workloads (§12.2, §12.3): no wildcard rights on secrets or keys, no AWS
 * role on a workload that does not call AWS, no egress to the whole Internet from the API.
 */
import { readJsonDocument } from "../../core/literal";
import { Role } from "../../policy/markers";
import { Control, Finding, FindingLevel, many, NOT_APPLICABLE } from "../model";
import { KubeObject, PodView, StackView, viewOf } from "../view";
import { podHasRole, roleContainer } from "./roles";
import { isWorld } from "./rules";

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
  provenBy: ["test/guard/least-privilege.test.ts"],
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

const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";

/**
 * Whether a service account carries an IRSA role: "yes", "no", or the expression of annotations
 * that cannot be known (fail closed).
 */
function carriesRole(view: StackView, sa: KubeObject): "yes" | "no" | string {
  const annotations = sa.metadata?.annotations;
  if (annotations === undefined || annotations === null) return "no";
  if (typeof annotations !== "object") {
    const r = view.resolve(annotations);
    if (!r.known) return r.expression;
    return r.value && typeof r.value === "object" && IRSA_ANNOTATION in r.value ? "yes" : "no";
  }
  return IRSA_ANNOTATION in annotations ? "yes" : "no";
}

/** The service account a pod runs under (`default` when unset), or undefined when it cannot be known. */
function podServiceAccount(view: StackView, pod: PodView): string | undefined {
  const written = pod.spec?.service_account_name ?? pod.spec?.serviceAccountName;
  if (written === undefined || written === null || written === "") return "default";
  const r = view.resolve(written);
  if (r.known) return String(r.value);
  const ref = view.reference(written);
  const sa = ref && view.kube("ServiceAccount").find((o) => o.address === ref.address);
  return sa?.name;
}

/** The service accounts an External Secrets SecretStore authenticates with, by namespace. */
function storeServiceAccounts(view: StackView): Array<{ store: KubeObject; namespace?: string; name?: string }> {
  return view.kube("SecretStore", "ClusterSecretStore").flatMap((store) => {
    const ref = store.body?.spec?.provider?.aws?.auth?.jwt?.serviceAccountRef;
    if (!ref) return [];
    const name = view.resolve(ref.name);
    const namespace = ref.namespace !== undefined ? view.literal(ref.namespace) : store.namespace;
    const sa = !name.known ? view.kube("ServiceAccount").find((o) => o.address === view.reference(ref.name)?.address) : undefined;
    return [{ store, namespace, name: name.known ? String(name.value) : sa?.name }];
  });
}

/** Whether an API container reads its secrets from AWS itself (`SECRETS_PROVIDER=aws`). */
function apiCallsAws(view: StackView, pod: PodView): boolean {
  const found = roleContainer(view, pod, Role.API);
  if (!("container" in found)) return true; // cannot tell: judged by the pod controls
  return found.container.env.some((e) => e.name === "SECRETS_PROVIDER" && e.hasValue && view.literal(e.value) === "aws");
}

/** §12.3: an AWS role belongs to the workload that calls AWS, and to no other. */
export const rolesUsed: Control = {
  id: "MESHQ-LP-2",
  section: "12.3",
  title: "Workloads hold only the AWS roles they use",
  checks:
    "No pod runs under the service account an External Secrets SecretStore authenticates with (that IRSA role is the operator's, not a workload's), and the API pods run under a service account without an IRSA role unless the API reads its secrets from AWS itself (`SECRETS_PROVIDER=aws`).",
  scope: `Service accounts (kubernetes_service_account of either spelling or a manifest) with the ${IRSA_ANNOTATION} annotation, the pods of every workload kind and spelling, and SecretStore / ClusterSecretStore manifests with \`auth.jwt.serviceAccountRef\`. The API pods are those labelled with the API marker. A pod's service account the guard cannot know is a finding.`,
  enforcedBy: ["SecureMeshApi.props.secretDelivery"],
  provenBy: ["test/guard/least-privilege.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const accounts = view.kube("ServiceAccount");
    const pods = view.pods().filter((p) => p.object.kind !== "EnvPatch");
    if (pods.length === 0 && accounts.length === 0) return NOT_APPLICABLE;
    const stores = storeServiceAccounts(view);
    const out: Finding[] = [];
    for (const pod of pods) {
      const name = podServiceAccount(view, pod);
      if (name === undefined) {
        out.push({ address: pod.address, message: view.cannotKnow("the pod's service account") });
        continue;
      }
      const ns = pod.namespace;
      const store = stores.find((s) => s.name === name && s.namespace === ns);
      if (store) {
        out.push({
          address: pod.address,
          message: `runs under service account ${ns}/${name}, which External Secrets reads secrets with (${store.store.address}): the pods would carry its AWS role; give External Secrets a service account no pod runs under`,
        });
      }
      if (!podHasRole(view, pod, Role.API) || apiCallsAws(view, pod)) continue;
      const sa = accounts.find((o) => o.name === name && o.namespace === ns);
      const verdict = sa ? carriesRole(view, sa) : "no";
      if (sa && verdict !== "yes" && verdict !== "no") {
        out.push({ address: sa.address, message: view.unknownMessage(`the annotations of ${ns}/${name}`, verdict) });
      } else if (sa && verdict === "yes") {
        out.push({
          address: sa.address,
          message: `the API runs under ${ns}/${name}, which carries an AWS role (${IRSA_ANNOTATION}), but does not call AWS (its secrets come through External Secrets): remove the annotation`,
        });
      }
    }
    return out;
  },
};

/** The egress rules of NetworkPolicies selecting a pod that admit the whole Internet. */
function worldOpenEgress(view: StackView, pod: PodView): Array<{ address: string; what: string }> {
  const labels = view.literal(pod.metadata?.labels);
  if (!labels || typeof labels !== "object") return [];
  return view
    .networkPolicies()
    .filter(
      (p) =>
        (p.namespace === undefined || p.namespace === pod.namespace) && StackView.selects(p.selector, labels as Record<string, string>),
    )
    .filter((p) => p.types.includes("Egress"))
    .flatMap((p) =>
      p.egress.flatMap((rule) => {
        if (rule.peers.length === 0) return [{ address: p.address, what: `egress rule ${rule.index} admits every destination` }];
        return rule.peers
          .filter((peer) => peer.cidr !== undefined && isWorld(peer.cidr) && many(peer.except).length === 0)
          .map((peer) => ({ address: p.address, what: `egress rule ${rule.index} admits ${peer.cidr}` }));
      }),
    );
}

/** §12.2: the API's egress names its destinations; nothing reaches the whole Internet. */
export const noWorldOpenEgress: Control = {
  id: "MESHQ-LP-3",
  section: "12.2",
  title: "No egress to the whole Internet",
  checks:
    "No NetworkPolicy admits egress from the API pods to 0.0.0.0/0, ::/0 or every destination: the API reaches only its flows (Neo4j, the cache, PostgreSQL, the HEC, DNS), and AWS APIs through VPC endpoints. The same egress from another workload, or from a security group, is a warning.",
  scope:
    "NetworkPolicies of either spelling that select a pod (labels as written), every workload kind and spelling; aws_security_group egress blocks, aws_security_group_rule of type egress and aws_vpc_security_group_egress_rule. The API pods are those labelled with the API marker. Other workloads' world-open egress is a warning, not an error: the Neo4j password rotator and rotation functions in a VPC reach Secrets Manager, which without VPC endpoints is on the Internet; give them the endpoints' CIDRs where they exist.",
  enforcedBy: ["SecureMeshApi.props.awsApiCidrs", "SecureMeshApi.props.secretDelivery"],
  provenBy: ["test/guard/least-privilege.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const pods = view.pods().filter((p) => p.object.kind !== "EnvPatch");
    const groups = view.securityGroupRules().filter((r) => r.direction === "egress");
    if (pods.length === 0 && groups.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const pod of pods) {
      const api = podHasRole(view, pod, Role.API);
      for (const hit of worldOpenEgress(view, pod)) {
        out.push({
          address: hit.address,
          message: `${hit.what} from ${api ? "the API pods" : `the pods of ${pod.address}`}; allow only the flows they have (and AWS APIs through VPC endpoints)`,
          ...(api ? {} : { level: FindingLevel.WARNING }),
        });
      }
    }
    for (const rule of groups) {
      const world = rule.cidrs.filter(isWorld);
      if (world.length > 0) {
        out.push({
          address: rule.address,
          message: `security group egress${rule.where ? ` ${rule.where}` : ""} to ${world.join(", ")}; use the VPC endpoints' CIDRs or prefix lists`,
          level: FindingLevel.WARNING,
        });
      }
    }
    return dedupe(out);
  },
};

const dedupe = (findings: Finding[]): Finding[] => {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.address}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The least-privilege controls. */
export const LEAST_PRIVILEGE_CONTROLS = [noWildcardsOnSecrets, rolesUsed, noWorldOpenEgress];
