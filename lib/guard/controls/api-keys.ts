import { celSecretLookingName, celSecretLookingValue, isSecretLookingName } from "../../policy/secrets";
import { AdmissionForm, CONTAINERS_VARIABLE, POD_SPEC_VARIABLE, WORKLOAD_MATCH } from "../admission/model";

/** KEY-1 in the cluster: no literal credential is added to a workload's environment or a ConfigMap (by name, or a private key or URL password by value). */
const literalCredentialsAdmission: AdmissionForm = {
  match: [...WORKLOAD_MATCH, { apiGroups: [""], apiVersions: ["v1"], resources: ["configmaps"], operations: ["CREATE", "UPDATE"] }],
  fix: "deliver the credential from a Secret (valueFrom.secretKeyRef) that External Secrets fills from Secrets Manager, never as a literal",
  variables: () => [POD_SPEC_VARIABLE, CONTAINERS_VARIABLE],
  checks: () => [
    {
      expression:
        "object.kind == 'ConfigMap' || variables.containers.all(c, !has(c.env) || c.env.all(e, !has(e.value) || e.value == '' || " +
        `!(${celSecretLookingName("e.name")} || ${celSecretLookingValue("e.value")})))`,
      message: "a container environment variable carries a literal credential",
    },
    {
      expression: `object.kind != 'ConfigMap' || !has(object.data) || object.data.all(k, object.data[k] == '' || !(${celSecretLookingName("k")} || ${celSecretLookingValue("object.data[k]")}))`,
      message: "a ConfigMap entry carries a literal credential",
    },
  ],
};
import { MIN_KEY_LENGTH } from "../../policy/key-limits";
import { Control, Finding, NOT_APPLICABLE, one } from "../model";
import { viewOf } from "../view";
import { isFalse, judgeEach, judgeValue } from "./rules";
import { apiKeySecrets, rotationFunctions, unseenRotator } from "./api-key-rotations";
import { credentialIn } from "./api-key-credentials";
import { Role, ROLE_KEY } from "../../policy/markers";

/** §12.1: never a key in source, images or configuration. */
export const noLiteralCredentials: Control = {
  id: "MESHQ-KEY-1",
  section: "12.1",
  title: "No literal credentials in workloads",
  checks:
    "No container environment variable, ConfigMap entry or Lambda environment variable carries a credential: judged by name (with or without separators) and by value (a password in a URL's userinfo, a private key, a high-entropy literal); credentials come from Secrets.",
  scope:
    "Containers (init included) of every workload kind and spelling, with kubernetes_env patches; env entries, env entries read from a ConfigMap key, env_from ConfigMaps; every ConfigMap of the stack (kubernetes_config_map, _v1, manifests) with kubernetes_config_map_v1_data patches; aws_lambda_function environment variables. Values are never shown.",
  unseen:
    "Fails. A credential-named variable set from any value the guard cannot know is a finding (its value lands in state), and so is a variable of any name set from a value that may be a credential the guard cannot see: a Terraform variable, a data source that reads a secret (aws_secretsmanager_secret_version, aws_ssm_parameter, aws_kms_secrets), or a generated secret attribute (random_password.result, tls_private_key.private_key_pem, aws_iam_access_key.secret). Other computed attributes of the stack's own resources (an ARN, an endpoint) are not credentials and pass.",
  checkov: ["CKV_AWS_45", "CKV_K8S_35"],
  enforcedBy: ["SecureMeshApi.props.environment", "SecureMeshApi.props.secretDelivery"],
  provenBy: ["test/guard/controls/api-keys.test.ts", "test/guard/mutations/api-keys.ts", "test/guard/plan.test.ts"],
  admission: literalCredentialsAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const pods = view.pods();
    const configMaps = view.configMaps();
    const functions = view.resources("aws_lambda_function");
    if (pods.length === 0 && configMaps.length === 0 && functions.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const pod of pods) {
      for (const c of pod.containers) {
        const where = `container ${c.name}`;
        for (const e of c.env) {
          if (e.hasValue) out.push(...credentialIn(view, e.source, where, e.name, e.value));
          else if (e.configMapKeyRef && isSecretLookingName(e.name))
            out.push({
              address: e.source,
              message: `${where}: ${e.name} is read from ConfigMap ${String(e.configMapKeyRef.name)}, which is Terraform configuration; deliver it from a Secret`,
            });
        }
        for (const f of c.envFrom) {
          if (f.configMap === undefined) continue;
          const cm = view.configMap(pod.namespace, f.configMap);
          for (const d of cm?.data ?? []) {
            if (isSecretLookingName(d.key))
              out.push({
                address: pod.address,
                message: `${where}: env_from ConfigMap ${cm!.name} puts ${d.key} into the environment; deliver it from a Secret`,
              });
          }
        }
      }
    }
    for (const cm of configMaps) {
      for (const d of cm.data) out.push(...credentialIn(view, d.source, `ConfigMap ${cm.name ?? "?"}`, d.key, d.value));
    }
    for (const f of functions) {
      const variables = one(f.config.environment)?.variables ?? {};
      for (const [name, value] of Object.entries(variables)) out.push(...credentialIn(view, f.address, "Lambda environment", name, value));
    }
    return out;
  },
};

/**
 * Days between runs of a Secrets Manager rotation schedule, or undefined when it cannot be told.
 * With both forms set (Terraform refuses that), the longer one counts.
 */
function rotationDays(rules: any): number | undefined {
  const days: Array<number | undefined> = [];
  // a plan writes the unused form as 0 or ""
  const after = rules?.automatically_after_days;
  const text =
    rules?.schedule_expression === undefined || rules?.schedule_expression === null ? "" : String(rules.schedule_expression).trim();
  if (after !== undefined && after !== null && !(Number(after) === 0 && text !== "")) days.push(Number(after));
  if (text !== "") {
    const expression = text;
    const rate = /^rate\((\d+)\s+(day|days|hour|hours)\)$/.exec(expression);
    // cron(min hour day-of-month month day-of-week year): at least monthly when month (and year) is *
    const cron = /^cron\((\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)(\s+\S+)?\)$/.exec(expression);
    if (rate) days.push(rate[2].startsWith("day") ? Number(rate[1]) : Number(rate[1]) / 24);
    else if (cron && cron[4] === "*" && (cron[6] === undefined || cron[6].trim() === "*")) days.push(31);
    else days.push(undefined);
  }
  if (days.length === 0 || days.includes(undefined)) return undefined;
  return Math.max(...(days as number[]));
}

/** §12.1: rotate regularly. */
export const rotationScheduled: Control = {
  id: "MESHQ-KEY-2",
  section: "12.1",
  title: "API keys rotate at least every 90 days",
  checks: "Every API-key secret has a rotation schedule of at most 90 days that rotates immediately on creation.",
  scope: `aws_secretsmanager_secret tagged ${ROLE_KEY}=${Role.API_KEY}, and every secret whose rotation (present or not) uses a key-generating function (an aws_lambda_function with KEY_LENGTH), tagged or not, so removing or changing the tag does not take a key out of scope; and the aws_secretsmanager_secret_rotation that refers to it (automatically_after_days, or a rate or monthly cron schedule_expression). A rotation removed by count = 0 or an empty for_each, or present only for values known at plan time, does not count; a schedule the guard cannot know is a finding. Fails closed on the rotator: a rotation_lambda_arn that is not a reference to a key-generating function of the stack (a literal ARN, a variable, a function of another stack, one without KEY_LENGTH) is a finding, since the guard cannot see that it rotates the key; accept one only by suppressing the control for the secret with a reason.`,
  checkov: ["CKV2_AWS_57", "CKV_AWS_304"],
  unseen:
    "Fails. A schedule the guard cannot know is a finding, a rotation that may not be created does not count, and a rotator it did not see (a rotation_lambda_arn that is a literal ARN, a variable, another stack's function, or a function without KEY_LENGTH) is a finding, since whether it rotates the key cannot be known. Accept one only by suppressing the control for the secret with a reason.",
  enforcedBy: ["RotatingApiKey.props.rotationDays", "HardenedMeshStack.props.apiKeyRotationDays"],
  provenBy: ["test/guard/controls/api-keys.test.ts", "test/guard/mutations/api-keys.ts", "test/guard/plan.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const rotations = view.resources("aws_secretsmanager_secret_rotation");
    return judgeEach(apiKeySecrets(view), (secret): Finding[] => {
      const refersTo = (r: { config: any }) => String(r.config.secret_id).includes(`${secret.address}.`);
      const rotation = rotations.find((r) => refersTo(r) && r.presence === "present");
      if (!rotation) {
        return [
          { address: secret.address, message: `no rotation schedule${view.whyMissing(["aws_secretsmanager_secret_rotation"], refersTo)}` },
        ];
      }
      const rules = view.resolve(one(rotation.config.rotation_rules) ?? {});
      const findings: Finding[] = [];
      if (!rules.known) findings.push({ address: rotation.address, message: view.unknownMessage("rotation_rules", rules.expression) });
      else {
        const days = rotationDays(rules.value);
        if (days === undefined)
          findings.push({
            address: rotation.address,
            message: "the rotation schedule cannot be read; use automatically_after_days or rate(N days)",
          });
        else if (!(days > 0 && days <= 90))
          findings.push({ address: rotation.address, message: `rotates every ${days} days; at most 90 allowed` });
      }
      const unseen = unseenRotator(view, rotation, "that it rotates the key at all");
      if (unseen) findings.push(unseen);
      findings.push(
        ...judgeValue(view, rotation.address, "rotate_immediately", rotation.config.rotate_immediately ?? true, (v) =>
          isFalse(v) ? "rotate_immediately is false: the first key would not be generated inside AWS" : undefined,
        ),
      );
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
  scope:
    "aws_lambda_function with a KEY_LENGTH environment variable (the library's rotation functions), and the rotator of every API-key secret (as MESHQ-KEY-2 finds them). A length the guard cannot know is a finding. Fails closed on generators it cannot see: an API key rotated by a function that is not a key generator of the stack (a literal ARN, a variable, another stack's function, one without KEY_LENGTH) is a finding, since what that function generates is unknown; accept one only by suppressing the control for the secret with a reason.",
  unseen:
    "Fails. A KEY_LENGTH the guard cannot know is a finding, and so is an API key rotated by a function that is not a key generator of the stack (a literal ARN, a variable, another stack's function, one without KEY_LENGTH): how long and how random its keys are cannot be known. Accept one only by suppressing the control for the secret with a reason.",
  enforcedBy: ["RotatingApiKey.props.keyLength", "RotatingApiKey.props.alphabet"],
  provenBy: ["test/guard/controls/api-keys.test.ts", "test/guard/mutations/api-keys.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const rotations = view.resources("aws_secretsmanager_secret_rotation").filter((r) => r.presence === "present");
    const rotatedKeys = apiKeySecrets(view).flatMap((s) =>
      rotations.filter((r) => String(r.config.secret_id).includes(`${s.address}.`)).map((r) => ({ address: r.address, rotation: r })),
    );
    return judgeEach<{ address: string; vars?: any; rotation?: (typeof rotations)[number] }>(
      [...rotationFunctions(view), ...rotatedKeys],
      (subject): Finding[] => {
        if (subject.rotation) {
          const unseen = unseenRotator(view, subject.rotation, "how long and how random its keys are");
          return unseen ? [unseen] : [];
        }
        return judgeValue(view, subject.address, "KEY_LENGTH", subject.vars.KEY_LENGTH, (v) =>
          Number(v) >= MIN_KEY_LENGTH ? undefined : `KEY_LENGTH is ${v}; at least ${MIN_KEY_LENGTH} required`,
        );
      },
    );
  },
};

/** §12.1: a dedicated key for automation, separate from the operators'. */
export const separateKeys: Control = {
  id: "MESHQ-KEY-4",
  section: "12.1",
  title: "Automation and operators use separate keys",
  checks: "No two API key variables of a workload read the same Kubernetes Secret; each consumer has its own secret.",
  scope: "API_KEY* variables (not *_PREVIOUS) of every container of every workload kind and spelling, with kubernetes_env patches.",
  unseen:
    "Fails. A Secret name or key the guard cannot know is a finding: two such references may name the same secret. Which Secrets Manager secret fills a Kubernetes Secret is External Secrets' (MESHQ-SEC-3); each RotatingApiKey writes its own.",
  enforcedBy: ["RotatingApiKey.props.consumer", "RotatingApiKey.props.environmentVariable"],
  provenBy: ["test/guard/controls/api-keys.test.ts", "test/guard/mutations/api-keys.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const keyed = view
      .pods()
      .flatMap((pod) => pod.containers.filter((c) => c.env.some((e) => /^API_KEY/.test(e.name))).map((c) => ({ pod, c })));
    return judgeEach(keyed, ({ pod, c }) => {
      const seen = new Map<string, string>();
      const findings: Finding[] = [];
      for (const e of c.env.filter((x) => /^API_KEY/.test(x.name) && !/_PREVIOUS$/.test(x.name))) {
        if (!e.secretKeyRef) continue;
        const name = view.resolve(e.secretKeyRef.name);
        const entry = view.resolve(e.secretKeyRef.key);
        if (!name.known || !entry.known) {
          const expression = !name.known ? name.expression : (entry as { expression: string }).expression;
          findings.push({ address: pod.address, message: view.unknownMessage(`${e.name}: the secret it reads`, expression) });
          continue;
        }
        const key = `${String(name.value)}/${String(entry.value)}`;
        if (seen.has(key)) findings.push({ address: pod.address, message: `${e.name} and ${seen.get(key)} read the same secret ${key}` });
        seen.set(key, e.name);
      }
      return findings;
    });
  },
};

/** §12.1 / §12.3: no secret material in Terraform configuration or state. */
export const noSecretMaterial: Control = {
  id: "MESHQ-KEY-5",
  section: "12.1",
  title: "No secret values in Terraform",
  checks:
    "No secret version, Kubernetes Secret data, SecureString parameter value or random password resource puts a secret value into configuration or state.",
  scope:
    "aws_secretsmanager_secret_version, Kubernetes Secrets of either spelling (data, string_data, binary_data) and kubernetes_secret_v1_data, aws_ssm_parameter of type SecureString with a value, random_password.",
  unseen:
    "Fails. A secret value is judged by its presence, whatever it is: a value the guard cannot know (a variable, a data source, a computed attribute) in a secret version, Secret data or a SecureString parameter is a finding like a literal one, and a parameter type it cannot know counts as SecureString.",
  enforcedBy: ["AuditSink.props.createTokenSecret", "SecureMeshApi.props.secretDelivery"],
  provenBy: ["test/guard/controls/api-keys.test.ts", "test/guard/mutations/api-keys.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const has = (v: unknown) => v !== undefined && v !== null && !(typeof v === "object" && Object.keys(v as object).length === 0);
    return [
      ...view
        .resources("aws_secretsmanager_secret_version")
        .filter((r) => has(r.config.secret_string) || has(r.config.secret_binary) || has(r.config.secret_string_wo))
        .map((r) => ({ address: r.address, message: "secret value in Terraform; generate it inside AWS (rotation) instead" })),
      ...view
        .kube("Secret")
        .filter((o) => has(o.body?.data) || has(o.body?.binary_data) || has(o.body?.string_data))
        .map((o) => ({ address: o.address, message: "Kubernetes Secret data in Terraform; deliver it with External Secrets" })),
      ...view
        .resources("kubernetes_secret_v1_data")
        .map((r) => ({ address: r.address, message: "Kubernetes Secret data in Terraform; deliver it with External Secrets" })),
      ...view
        .resources("aws_ssm_parameter")
        .filter(
          (r) =>
            view.literal(r.config.type) !== "String" &&
            view.literal(r.config.type) !== "StringList" &&
            (has(r.config.value) || has(r.config.insecure_value)),
        )
        .map((r) => ({ address: r.address, message: "SecureString parameter value in Terraform; write it outside Terraform" })),
      ...view.resources("random_password").map((r) => ({ address: r.address, message: "random_password stores its result in state" })),
    ];
  },
};

/** §12.1: personal access tokens instead of a shared master key (operational). */
export const personalTokens: Control = {
  id: "MESHQ-KEY-6",
  section: "12.1",
  title: "Per-user CLI access uses personal access tokens",
  checks:
    "Operational: people use `meshq login` tokens, not the master key. Infrastructure supports it by never handing the operators' key to pipelines (MESHQ-KEY-4) and by readable-only-by-grant secrets.",
  scope: "Not judged on configuration: who logs in how is not in Terraform. Always not applicable.",
  unseen:
    "Not applicable. Who logs in how is not in Terraform: there is no value to see, so the control is never judged on configuration and never passes.",
  enforcedBy: ["RotatingApiKey.props.consumer"],
  provenBy: ["test/guard/controls/api-keys.test.ts"],
  rule: () => NOT_APPLICABLE,
};

/** The controls of §12.1. */
export const API_KEY_CONTROLS = [noLiteralCredentials, rotationScheduled, keyLength, separateKeys, noSecretMaterial, personalTokens];
