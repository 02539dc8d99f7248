import { isSecretLookingName } from "../../core/secret-names";
import { MIN_KEY_LENGTH } from "../../keys/key-limits";
import { Control, containers, envOf, Finding, many, one, podTemplates, resources } from "../model";

/** §12.1: never a key in source, images or configuration. */
export const noLiteralCredentials: Control = {
  id: "MESHQ-KEY-1",
  section: "12.1",
  title: "No literal credentials in workloads",
  checks: "No container environment variable with a credential-looking name carries a literal value; credentials come from Secrets.",
  checkov: ["CKV_AWS_45", "CKV_K8S_35"],
  applies: (tf) => podTemplates(tf).length > 0,
  check: (tf) =>
    podTemplates(tf).flatMap((pod) =>
      containers(pod.spec).flatMap((c) =>
        envOf(c)
          .filter((e) => e.value !== undefined && isSecretLookingName(e.name))
          .map((e) => ({
            address: pod.resource.address,
            message: `container ${c.name}: ${e.name} has a literal value; deliver it from Secrets Manager`,
          })),
      ),
    ),
};

/** §12.1: rotate regularly. */
export const rotationScheduled: Control = {
  id: "MESHQ-KEY-2",
  section: "12.1",
  title: "API keys rotate at least every 90 days",
  checks: "Every API-key secret has a rotation schedule of at most 90 days that rotates immediately on creation.",
  checkov: ["CKV2_AWS_57", "CKV_AWS_304"],
  applies: (tf) => apiKeySecrets(tf).length > 0,
  check: (tf) => {
    const rotations = resources(tf, "aws_secretsmanager_secret_rotation");
    return apiKeySecrets(tf).flatMap((secret): Finding[] => {
      const rotation = rotations.find((r) => String(r.config.secret_id).includes(`${secret.address}.`));
      if (!rotation) return [{ address: secret.address, message: "no rotation schedule" }];
      const days = Number(one(rotation.config.rotation_rules)?.automatically_after_days);
      const findings: Finding[] = [];
      if (!(days >= 1 && days <= 90))
        findings.push({ address: rotation.address, message: `rotates every ${days} days; at most 90 allowed` });
      if (rotation.config.rotate_immediately === false)
        findings.push({
          address: rotation.address,
          message: "rotate_immediately is false: the first key would not be generated inside AWS",
        });
      return findings;
    });
  },
};

/** §12.1: at least 32 random characters. */
export const keyLength: Control = {
  id: "MESHQ-KEY-3",
  section: "12.1",
  title: "Keys have at least 32 random characters",
  checks: `Every rotation function generates keys of at least ${MIN_KEY_LENGTH} characters.`,
  applies: (tf) => rotationFunctions(tf).length > 0,
  check: (tf) =>
    rotationFunctions(tf)
      .filter((f) => !(Number(f.vars.KEY_LENGTH) >= MIN_KEY_LENGTH))
      .map((f) => ({ address: f.address, message: `KEY_LENGTH is ${f.vars.KEY_LENGTH}; at least ${MIN_KEY_LENGTH} required` })),
};

/** §12.1: a dedicated key for automation, separate from the operators'. */
export const separateKeys: Control = {
  id: "MESHQ-KEY-4",
  section: "12.1",
  title: "Automation and operators use separate keys",
  checks: "No two API key variables of a workload read the same Kubernetes Secret; each consumer has its own secret.",
  applies: (tf) => podTemplates(tf).some((p) => containers(p.spec).some((c) => envOf(c).some((e) => /^API_KEY/.test(e.name)))),
  check: (tf) =>
    podTemplates(tf).flatMap((pod) =>
      containers(pod.spec).flatMap((c) => {
        const seen = new Map<string, string>();
        const findings: Finding[] = [];
        for (const e of many(c.env).filter((x: any) => /^API_KEY/.test(x.name) && !/_PREVIOUS$/.test(x.name))) {
          const ref = one(one(e.value_from)?.secret_key_ref);
          if (!ref) continue;
          const key = `${ref.name}/${ref.key}`;
          if (seen.has(key))
            findings.push({ address: pod.resource.address, message: `${e.name} and ${seen.get(key)} read the same secret ${key}` });
          seen.set(key, e.name);
        }
        return findings;
      }),
    ),
};

/** §12.1 / §12.3: no secret material in Terraform configuration or state. */
export const noSecretMaterial: Control = {
  id: "MESHQ-KEY-5",
  section: "12.1",
  title: "No secret values in Terraform",
  checks: "No secret version, Kubernetes Secret data or random password resource puts a secret value into configuration or state.",
  applies: () => true,
  check: (tf) => [
    ...resources(tf, "aws_secretsmanager_secret_version")
      .filter((r) => r.config.secret_string !== undefined || r.config.secret_binary !== undefined)
      .map((r) => ({ address: r.address, message: "secret value in Terraform; generate it inside AWS (rotation) instead" })),
    ...resources(tf, "kubernetes_secret_v1", "kubernetes_secret")
      .filter((r) => r.config.data !== undefined || r.config.binary_data !== undefined)
      .map((r) => ({ address: r.address, message: "Kubernetes Secret data in Terraform; deliver it with External Secrets" })),
    ...resources(tf, "random_password").map((r) => ({ address: r.address, message: "random_password stores its result in state" })),
  ],
};

/** §12.1: personal access tokens instead of a shared master key (operational). */
export const personalTokens: Control = {
  id: "MESHQ-KEY-6",
  section: "12.1",
  title: "Per-user CLI access uses personal access tokens",
  checks:
    "Operational: people use `meshq login` tokens, not the master key. Infrastructure supports it by never handing the operators' key to pipelines (MESHQ-KEY-4) and by readable-only-by-grant secrets.",
  applies: () => false,
  check: () => [],
};

function apiKeySecrets(tf: Record<string, any>) {
  return resources(tf, "aws_secretsmanager_secret").filter((s) => /\/api-key\//.test(String(s.config.name)));
}

function rotationFunctions(tf: Record<string, any>) {
  return resources(tf, "aws_lambda_function")
    .map((f) => ({ address: f.address, vars: one(f.config.environment)?.variables ?? {} }))
    .filter((f) => f.vars.KEY_LENGTH !== undefined);
}

export const API_KEY_CONTROLS = [noLiteralCredentials, rotationScheduled, keyLength, separateKeys, noSecretMaterial, personalTokens];
