import { MAX_REFRESH_MINUTES } from "../../policy/secrets";
import { readJsonDocument } from "../../core/literal";
import { Control, Finding, FindingLevel, many, NOT_APPLICABLE, OptOutRecord } from "../model";
import { KubeObject, StackView, TfResource, templateParts, viewOf } from "../view";
import { isFalse, isTrue, judgeEach, judgeStackKey, judgeValue } from "./rules";
import { AdmissionForm } from "../admission/model";

/** SEC-3 in the cluster: ExternalSecrets keep refreshing at least every 15 minutes. */
const refreshAdmission: AdmissionForm = {
  match: [{ apiGroups: ["external-secrets.io"], apiVersions: ["v1"], resources: ["externalsecrets"], operations: ["CREATE", "UPDATE"] }],
  fix: "set spec.refreshInterval to at most 15m (never 0), with the Periodic refresh policy, through SecureMeshApi.props.secretRefreshIntervalMinutes",
  checks: () => [
    {
      expression:
        "has(object.spec.refreshInterval) && duration(object.spec.refreshInterval) > duration('0s') && " +
        `duration(object.spec.refreshInterval) <= duration('${MAX_REFRESH_MINUTES}m')`,
      message: `the ExternalSecret refreshes less often than every ${MAX_REFRESH_MINUTES} minutes`,
    },
    {
      expression: "!has(object.spec.refreshPolicy) || object.spec.refreshPolicy == 'Periodic'",
      message: "the ExternalSecret does not refresh periodically",
    },
  ],
};

/** §12.3: secrets in AWS Secrets Manager under customer-managed keys. */
export const secretsEncrypted: Control = {
  id: "MESHQ-SEC-1",
  section: "12.3",
  title: "Secrets use customer-managed KMS keys",
  checks: "Every Secrets Manager secret sets kms_key_id to a customer-managed key (not aws/secretsmanager).",
  scope:
    "aws_secretsmanager_secret. The key must be one the stack creates: a reference to an aws_kms_key, or to an aws_kms_alias (or its literal name) whose target is one, so that MESHQ-SEC-2 judges it.",
  unseen:
    "Fails. A key the guard did not see (a literal key ARN, id or alias, a variable, a data source) is a finding: whether it is customer-managed, rotates or keeps a closed policy cannot be known. Accept one only by suppressing the control for the secret with a reason. A secret the stack only reads (an ExistingSecret, audit.hecTokenSecretArn) is not encrypted by the stack: MESHQ-SEC-4 judges reading it.",
  checkov: ["CKV_AWS_149"],
  enforcedBy: [
    "RotatingApiKey.props.keyAdministratorArns",
    "EncryptedRedis.props.keyAdministratorArns",
    "AuditSink.props.createTokenSecret",
  ],
  provenBy: ["test/guard/controls/secrets.test.ts", "test/guard/mutations/secrets.ts", "test/guard/plan.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(view.resources("aws_secretsmanager_secret"), (s) => judgeStackKey(view, s.address, "kms_key_id", s.config.kms_key_id));
  },
};

/** §12.3: keys rotate and cannot vanish at once. */
export const keysRotate: Control = {
  id: "MESHQ-SEC-2",
  section: "12.3",
  title: "KMS keys rotate, with a deletion window",
  checks:
    "Every KMS key has rotation on, is enabled, has an explicit key policy that allows no one (Principal *), and a deletion window of at least 7 days (30 by default).",
  scope:
    "aws_kms_key with its inline policy and every aws_kms_key_policy of the stack that refers to it, and aws_kms_external_key, aws_kms_replica_key and aws_kms_replica_external_key. Policies are read as JSON strings or the jsonencode expressions the library writes.",
  unseen:
    "Fails. A policy the guard cannot read (a variable, a data source), a principal or setting it cannot know, and a key whose material or rotation is outside the stack (imported key material, a replica of a primary key elsewhere) are findings. Keys outside the stack that resources name are judged where they are named (MESHQ-SEC-1, MESHQ-DATA-3, MESHQ-CACHE-2).",
  checkov: ["CKV_AWS_7", "CKV_AWS_227", "CKV2_AWS_64"],
  enforcedBy: ["CustomerManagedKey.props.deletionWindowDays", "CustomerManagedKey.props.administratorArns"],
  provenBy: ["test/guard/controls/secrets.test.ts", "test/guard/mutations/secrets.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const separatePolicies = view.resources("aws_kms_key_policy");
    // keys whose material or rotation lives outside the stack: imported material, a replica of another region's key
    const outside = view.resources("aws_kms_external_key", "aws_kms_replica_key", "aws_kms_replica_external_key");
    return judgeEach([...view.resources("aws_kms_key"), ...outside], (k) =>
      k.type === "aws_kms_key"
        ? [
            ...keySettings(view, k),
            ...keyPolicies(
              view,
              k,
              separatePolicies.filter((p) => view.reference(p.config.key_id)?.address === k.address),
            ),
          ]
        : [
            {
              address: k.address,
              message: `${k.type} takes its key material or its rotation from outside the stack (imported material, or a primary key elsewhere): the guard cannot know that it rotates; use an aws_kms_key (CustomerManagedKey), or suppress this control for the key with a reason (HardeningGuard.suppress)`,
            },
          ],
    );
  },
};

/** A key's rotation, state and deletion window. */
function keySettings(view: StackView, k: TfResource): Finding[] {
  const c = k.config;
  return [
    ...judgeValue(view, k.address, "enable_key_rotation", c.enable_key_rotation ?? false, (v) =>
      isTrue(v) ? undefined : "key rotation is off",
    ),
    ...judgeValue(view, k.address, "is_enabled", c.is_enabled ?? true, (v) => (isFalse(v) ? "key is disabled" : undefined)),
    ...judgeValue(view, k.address, "deletion_window_in_days", c.deletion_window_in_days ?? 30, (v) =>
      Number(v) < 7 ? "deletion window below 7 days" : undefined,
    ),
  ];
}

/** A key's policies, inline and separate: there is one, it can be read, and none allows Principal *. */
function keyPolicies(view: StackView, k: TfResource, separate: TfResource[]): Finding[] {
  const policies: Array<{ address: string; policy: unknown }> = [
    ...(k.config.policy ? [{ address: k.address, policy: k.config.policy }] : []),
    ...separate.map((p) => ({ address: p.address, policy: p.config.policy })),
  ];
  if (policies.length === 0) return [{ address: k.address, message: "no key policy" }];
  const out: Finding[] = [];
  for (const { address, policy } of policies) {
    const doc = readJsonDocument(view.literal(policy) ?? policy) as { Statement?: unknown } | undefined;
    if (doc === undefined) {
      out.push({ address, message: "key policy cannot be read at synth; write it as a literal document" });
      continue;
    }
    for (const st of many(doc.Statement)) {
      const verdict = anyPrincipal(view, st);
      if (verdict === "yes") out.push({ address, message: "key policy allows Principal *" });
      else if (verdict !== "no") out.push({ address, message: view.unknownMessage("a key policy principal", verdict) });
    }
  }
  return out;
}

/**
 * Whether an Allow statement's principal is everyone: "yes", "no", or the expression of a
 * principal that cannot be known (a whole `${…}` value; text around a reference cannot be `*`).
 */
function anyPrincipal(view: StackView, statement: unknown): "yes" | "no" | string {
  const st = statement as { Effect?: string; Principal?: unknown };
  if (st?.Effect !== "Allow") return "no";
  const values: unknown[] = [];
  const p = st.Principal;
  if (typeof p === "string") values.push(p);
  else if (p !== null && typeof p === "object") for (const v of Object.values(p as Record<string, unknown>)) values.push(...many(v));
  for (const v of values) {
    if (v === "*") return "yes";
    if (typeof v !== "string") continue;
    const parts = templateParts(v);
    if (parts.length === 1 && !("text" in parts[0])) {
      const r = view.resolve(v);
      if (!r.known && !view.reference(v)) return r.expression;
      if (r.known && many(r.value).includes("*")) return "yes";
    }
  }
  return "no";
}

/** §12.3: External Secrets Operator reads from Secrets Manager, often enough to follow rotations. */
export const secretRefresh: Control = {
  id: "MESHQ-SEC-3",
  section: "12.3",
  title: "Secrets reach pods within 15 minutes",
  checks: `Every ExternalSecret refreshes at most every ${MAX_REFRESH_MINUTES} minutes from a SecretStore on AWS Secrets Manager.`,
  scope:
    "ExternalSecret manifests (kubernetes_manifest) and the SecretStore or ClusterSecretStore they read from, which must be one the stack writes (certainly created; a SecretStore in the ExternalSecret's namespace). 0 (fetch once) never refreshes.",
  unseen:
    "Fails. An interval, refresh policy or store reference the guard cannot know is a finding, and so is a store the stack does not write (a ClusterSecretStore installed beside the cluster, another stack's): its provider, authentication and TLS cannot be known.",
  enforcedBy: ["SecureMeshApi.props.secretRefreshIntervalMinutes", "ExternalSecretsDelivery.props.refreshIntervalMinutes"],
  provenBy: ["test/guard/controls/secrets.test.ts", "test/guard/mutations/secrets.ts"],
  admission: refreshAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const stores = view.kube("SecretStore", "ClusterSecretStore").filter((s) => s.resource.presence === "present");
    return judgeEach(view.kube("ExternalSecret"), (o) => [
      ...storeFindings(view, o, stores),
      ...judgeValue(view, o.address, "spec.refreshInterval", o.body?.spec?.refreshInterval ?? "1h", (v) =>
        refreshMinutes(String(v)) > MAX_REFRESH_MINUTES ? `refreshInterval ${v}` : undefined,
      ),
      // CreatedOnce and OnChange never refresh on a schedule
      ...judgeValue(view, o.address, "spec.refreshPolicy", o.body?.spec?.refreshPolicy ?? "Periodic", (v) =>
        v === "Periodic" ? undefined : `refreshPolicy ${v} does not refresh periodically`,
      ),
    ]);
  },
};

/**
 * An ExternalSecret reads from a store the stack writes (a SecretStore of its namespace or a
 * ClusterSecretStore): a store outside the stack has a provider, authentication and TLS the guard
 * cannot see.
 */
function storeFindings(view: StackView, o: KubeObject, stores: KubeObject[]): Finding[] {
  const ref = o.body?.spec?.secretStoreRef;
  const kind = view.resolve(ref?.kind ?? "SecretStore");
  const name = view.resolve(ref?.name);
  if (!kind.known || !name.known)
    return [
      { address: o.address, message: view.unknownMessage("spec.secretStoreRef", !kind.known ? kind.expression : (name as any).expression) },
    ];
  const found = stores.some(
    (s) => s.kind === kind.value && s.name === name.value && (s.kind === "ClusterSecretStore" || s.namespace === o.namespace),
  );
  if (found) return [];
  return [
    {
      address: o.address,
      message: `reads from ${String(kind.value)} ${String(name.value)}, which the stack does not write: its provider, authentication and TLS cannot be known; deliver the secret through the stack's store (ExternalSecretsDelivery), or suppress this control for the ExternalSecret with a reason (HardeningGuard.suppress)`,
    },
  ];
}

function refreshMinutes(interval: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(interval);
  if (!m) return Infinity;
  const n = Number(m[1]);
  if (n === 0) return Infinity; // 0 = fetch once, never refresh
  return m[2] === "s" ? n / 60 : m[2] === "m" ? n : n * 60;
}

/** The controls of §12.3. */
/** The secret-naming keys of an ExternalSecret: each `data[].remoteRef.key` and `dataFrom[].extract.key`. */
function secretKeys(o: KubeObject): unknown[] {
  return [
    ...many(o.body?.spec?.data).map((d: any) => d?.remoteRef?.key),
    ...many(o.body?.spec?.dataFrom).map((d: any) => d?.extract?.key ?? d?.find?.name),
  ];
}

/**
 * Rule: what is wrong with one secret an ExternalSecret reads from Secrets Manager, if anything: a
 * secret of the stack passes; one outside it is a finding, a warning when an ExistingSecret records
 * why it stays outside.
 */
function outsideSecret(view: StackView, address: string, key: unknown, optOuts: OptOutRecord[]): Finding[] {
  const ref = view.reference(key);
  // the stack's secrets, and the master user secret RDS creates and rotates for the stack's database
  if (ref?.kind === "aws_secretsmanager_secret") return [];
  if ((ref?.kind === "aws_db_instance" || ref?.kind === "aws_rds_cluster") && ref.attribute.startsWith("master_user_secret")) return [];
  const r = view.resolve(key);
  if (!r.known) return [{ address, message: view.unknownMessage("remoteRef.key", r.expression) }];
  const optOut = optOuts.find((o) => o.property === "ExistingSecret.unmanagedOptOut" && o.subject === r.value);
  const what = `reads ${String(r.value)}, a secret the stack does not create: how it is encrypted, rotated and guarded cannot be known`;
  if (optOut) return [{ address, message: `${what} (kept outside: ${optOut.reason})`, level: FindingLevel.WARNING, optOut }];
  return [
    {
      address,
      message: `${what}; let the stack create it (for the HEC token, leave audit.hecTokenSecretArn unset and fill the secret the stack creates), or record why it stays outside (ExistingSecret unmanagedOptOut, audit.hecTokenSecretOptOut)`,
    },
  ];
}

/** §12.3: the workloads read secrets the stack creates, encrypts and rotates; any other is recorded. */
export const secretsOwned: Control = {
  id: "MESHQ-SEC-4",
  section: "12.3",
  title: "Workloads read the stack's own secrets",
  checks:
    "Every secret an ExternalSecret reads from AWS Secrets Manager is one the stack creates (its own secrets, and the master user secret RDS manages for its database); a secret outside it only with a recorded reason (a warning).",
  scope:
    "ExternalSecret manifests (kubernetes_manifest) that read from a SecretStore or ClusterSecretStore of the stack with the AWS provider: each data[].remoteRef.key and dataFrom key. Stores on Vault are judged by the MESHQ-VAULT controls; a store outside the stack by MESHQ-SEC-3.",
  unseen:
    "Fails. A secret the stack does not create (a literal ARN or name, a variable, a data source) is a finding: its key, rotation and resource policy cannot be known. Accept one only with the reason recorded on the ExistingSecret that names it (unmanagedOptOut; audit.hecTokenSecretOptOut for the HEC token), which leaves a warning.",
  enforcedBy: ["ExistingSecret.props.unmanagedOptOut", "HardenedMeshStack.props.audit", "AuditSink.props.createTokenSecret"],
  provenBy: ["test/guard/controls/secrets.test.ts", "test/guard/mutations/secrets.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const optOuts = many(view.record.optOuts) as OptOutRecord[];
    const awsStores = view.kube("SecretStore", "ClusterSecretStore").filter((s) => s.body?.spec?.provider?.aws);
    const readers = view.kube("ExternalSecret").filter((o) => {
      const ref = o.body?.spec?.secretStoreRef;
      const kind = view.literal(ref?.kind ?? "SecretStore");
      const name = view.literal(ref?.name);
      return awsStores.some((s) => s.kind === kind && s.name === name && (s.kind === "ClusterSecretStore" || s.namespace === o.namespace));
    });
    if (readers.length === 0) return NOT_APPLICABLE;
    return judgeEach(readers, (o) => secretKeys(o).flatMap((key) => outsideSecret(view, o.address, key, optOuts)));
  },
};

export const SECRETS_CONTROLS = [secretsEncrypted, keysRotate, secretRefresh, secretsOwned];
