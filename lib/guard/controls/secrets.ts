import { MAX_REFRESH_MINUTES } from "../../secrets/external-secrets";
import { readJsonDocument } from "../../core/literal";
import { Control, many, manifests, resources } from "../model";

/** §12.3: secrets in AWS Secrets Manager under customer-managed keys. */
export const secretsEncrypted: Control = {
  id: "MESHQ-SEC-1",
  section: "12.3",
  title: "Secrets use customer-managed KMS keys",
  checks: "Every Secrets Manager secret sets kms_key_id to a customer-managed key (not aws/secretsmanager).",
  checkov: ["CKV_AWS_149"],
  applies: (tf) => resources(tf, "aws_secretsmanager_secret").length > 0,
  check: (tf) =>
    resources(tf, "aws_secretsmanager_secret")
      .filter((s) => !s.config.kms_key_id || String(s.config.kms_key_id).includes("alias/aws/"))
      .map((s) => ({ address: s.address, message: "encrypted with the AWS-managed key" })),
};

/** §12.3: keys rotate and cannot vanish at once. */
export const keysRotate: Control = {
  id: "MESHQ-SEC-2",
  section: "12.3",
  title: "KMS keys rotate, with a deletion window",
  checks:
    "Every KMS key has rotation on, is enabled, has an explicit key policy, and a deletion window of at least 7 days (30 by default).",
  checkov: ["CKV_AWS_7", "CKV_AWS_227", "CKV2_AWS_64"],
  applies: (tf) => resources(tf, "aws_kms_key").length > 0,
  check: (tf) =>
    resources(tf, "aws_kms_key").flatMap((k) => {
      const out = [];
      if (k.config.enable_key_rotation !== true) out.push({ address: k.address, message: "key rotation is off" });
      if (k.config.is_enabled === false) out.push({ address: k.address, message: "key is disabled" });
      if (!k.config.policy) out.push({ address: k.address, message: "no key policy" });
      if (Number(k.config.deletion_window_in_days ?? 30) < 7) out.push({ address: k.address, message: "deletion window below 7 days" });
      if (k.config.policy) {
        const doc = readJsonDocument(k.config.policy) as { Statement?: unknown } | undefined;
        if (doc === undefined) {
          out.push({ address: k.address, message: "key policy cannot be read at synth; write it as a literal document" });
        } else if (many(doc.Statement).some((st) => allowsAnyPrincipal(st))) {
          out.push({ address: k.address, message: "key policy allows Principal *" });
        }
      }
      return out;
    }),
};

/** §12.3: External Secrets Operator reads from Secrets Manager, often enough to follow rotations. */
export const secretRefresh: Control = {
  id: "MESHQ-SEC-3",
  section: "12.3",
  title: "Secrets reach pods within 15 minutes",
  checks: `Every ExternalSecret refreshes at most every ${MAX_REFRESH_MINUTES} minutes from a SecretStore on AWS Secrets Manager.`,
  applies: (tf) => manifests(tf, "ExternalSecret").length > 0,
  check: (tf) =>
    manifests(tf, "ExternalSecret")
      .filter(({ manifest }) => refreshMinutes(String(manifest.spec?.refreshInterval ?? "1h")) > MAX_REFRESH_MINUTES)
      .map(({ resource, manifest }) => ({ address: resource.address, message: `refreshInterval ${manifest.spec?.refreshInterval}` })),
};

function refreshMinutes(interval: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(interval);
  if (!m) return Infinity;
  const n = Number(m[1]);
  if (n === 0) return Infinity; // 0 = fetch once, never refresh
  return m[2] === "s" ? n / 60 : m[2] === "m" ? n : n * 60;
}

export const SECRETS_CONTROLS = [secretsEncrypted, keysRotate, secretRefresh];

/** True for an Allow statement whose principal is everyone (`*` or `{AWS: "*"}`). */
function allowsAnyPrincipal(statement: unknown): boolean {
  const st = statement as { Effect?: string; Principal?: unknown };
  if (st?.Effect !== "Allow") return false;
  const p = st.Principal as { AWS?: unknown } | string | undefined;
  return p === "*" || (typeof p === "object" && p !== null && many(p.AWS).includes("*"));
}
