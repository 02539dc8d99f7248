import { celDisablesHecVerification, disablesHecVerification } from "../../policy/hec";
import { AdmissionForm, CONTAINERS_VARIABLE, POD_SPEC_VARIABLE, WORKLOAD_MATCH } from "../admission/model";
import { CEL_PINS_KEPT, celEnvFromSecret, celEnvLiteral, celPinsVariable } from "../admission/cel";
import { grantsEverything, grantsPrivilegedQuery, PRIVILEGED_ROLES, RbacRole } from "../../policy/rbac";
import { Control, Finding, FindingLevel, many, NOT_APPLICABLE, one } from "../model";
import { ContainerView, EnvEntry, PodView, StackView, viewOf } from "../view";
import { judgeEach } from "./rules";
import { podHasRole, roleContainer } from "./roles";
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../policy/markers";

/** The variables MeshRbac sets by default. */
const POLICY_FILE_VARIABLE = "RBAC_POLICY_FILE";
const ENABLED_VARIABLE = "RBAC_ENABLED";

/** RBAC-1 in the cluster: the API keeps RBAC on and its policy file as the stack configures them. */
const rbacAdmission: AdmissionForm = {
  match: WORKLOAD_MATCH,
  fix: "keep RBAC_ENABLED=true and RBAC_POLICY_FILE as MeshRbac sets them; change the policy through MeshRbac.props.policy",
  pinnedEnv: [ENABLED_VARIABLE, POLICY_FILE_VARIABLE],
  variables: (params) => [
    POD_SPEC_VARIABLE,
    CONTAINERS_VARIABLE,
    celPinsVariable(params.envPins.filter((p) => p.control === "MESHQ-RBAC-1")),
  ],
  checks: () => [
    { expression: celEnvLiteral(ENABLED_VARIABLE, "e.value == 'true'"), message: "RBAC_ENABLED is not true" },
    { expression: CEL_PINS_KEPT, message: "an RBAC setting of the stack's API was removed or changed" },
  ],
};

/** AUD-1 in the cluster: audit logging stays on, to Splunk over verified HTTPS, with the token from a Secret. */
const auditAdmission: AdmissionForm = {
  match: WORKLOAD_MATCH,
  fix: "keep AUDIT_LOG_ENABLED=true, AUDIT_LOG_BACKEND=splunk, an https SPLUNK_HEC_URL, SPLUNK_HEC_TOKEN from a Secret and TLS verification on, as AuditSink sets them",
  pinnedEnv: ["AUDIT_LOG_ENABLED", "AUDIT_LOG_BACKEND", "SPLUNK_HEC_URL", "SPLUNK_HEC_TOKEN"],
  variables: (params) => [
    POD_SPEC_VARIABLE,
    CONTAINERS_VARIABLE,
    celPinsVariable(params.envPins.filter((p) => p.control === "MESHQ-AUD-1")),
  ],
  checks: () => [
    { expression: celEnvLiteral("AUDIT_LOG_ENABLED", "e.value == 'true'"), message: "audit logging is switched off" },
    { expression: celEnvLiteral("AUDIT_LOG_BACKEND", "e.value == 'splunk'"), message: "AUDIT_LOG_BACKEND is not splunk" },
    { expression: celEnvLiteral("SPLUNK_HEC_URL", "e.value.startsWith('https://')"), message: "SPLUNK_HEC_URL is not https" },
    { expression: celEnvFromSecret("SPLUNK_HEC_TOKEN"), message: "SPLUNK_HEC_TOKEN is not read from a Secret" },
    {
      expression: `variables.containers.all(c, !has(c.env) || c.env.all(e, !has(e.value) || !${celDisablesHecVerification("e.name", "e.value")}))`,
      message: "a variable switches TLS verification of the HEC connection off",
    },
    { expression: CEL_PINS_KEPT, message: "an audit setting of the stack's API was removed or changed" },
  ],
};

interface RbacDocument {
  default: unknown;
  roles: Record<string, { allow?: string[] }>;
  exceptions?: Array<{ role: string }>;
}

const isRbacDocument = (doc: any): doc is RbacDocument =>
  !!doc && typeof doc === "object" && !Array.isArray(doc) && doc.roles !== null && typeof doc.roles === "object" && "default" in doc;

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const envValue = (c: ContainerView, name: string): EnvEntry | undefined => c.env.find((e) => e.name === name);

/** The policy a container reads through RBAC_POLICY_FILE: its ConfigMap entry, or why it cannot be judged. */
function policyOf(
  view: StackView,
  pod: PodView,
  c: ContainerView,
): { findings: Finding[]; doc?: RbacDocument; configMap?: string; key?: string } {
  const at = pod.address;
  const file = view.resolve(envValue(c, POLICY_FILE_VARIABLE)?.value);
  if (!file.known)
    return { findings: [{ address: at, message: view.unknownMessage(`container ${c.name}: ${POLICY_FILE_VARIABLE}`, file.expression) }] };
  const path = String(file.value);
  const mounts = many(c.config.volume_mount)
    .map((m: any) => ({ name: view.literal(m?.name), dir: String(view.literal(m?.mount_path) ?? "").replace(/\/+$/, "") }))
    .filter((m) => m.dir && path.startsWith(`${m.dir}/`))
    .sort((a, b) => b.dir.length - a.dir.length);
  const cannot = (why: string) => ({
    findings: [{ address: at, message: `container ${c.name}: the RBAC policy ${path} ${why}, so the guard cannot judge it` }],
  });
  if (mounts.length === 0) return cannot("is not mounted from a ConfigMap of the stack");
  const volume = many(pod.spec.volume).find((v: any) => view.literal(v?.name) === mounts[0].name);
  const source = one(volume?.config_map);
  if (!source) return cannot(`comes from volume ${mounts[0].name}, which is not a ConfigMap`);
  const relative = path.slice(mounts[0].dir.length + 1);
  const item = many(source.items).find((i: any) => view.literal(i?.path) === relative);
  const key = String(item ? view.literal(item.key) : relative);
  const cm = view.configMap(pod.namespace, source.name);
  if (!cm) return cannot(`comes from ConfigMap ${String(view.literal(source.name) ?? source.name)}, which is not in the stack`);
  const entry = cm.data.find((d) => d.key === key);
  if (!entry) return cannot(`is key ${key} of ConfigMap ${cm.name}, which does not have it`);
  const value = view.resolve(entry.value);
  if (!value.known)
    return {
      findings: [
        { address: entry.source, message: view.unknownMessage(`the RBAC policy (ConfigMap ${cm.name} key ${key})`, value.expression) },
      ],
    };
  const doc = parse(String(value.value));
  if (!isRbacDocument(doc))
    return {
      findings: [
        {
          address: entry.source,
          message: `the RBAC policy (ConfigMap ${cm.name} key ${key}) cannot be parsed as a policy document (JSON with default and roles); write it as JSON, as RbacPolicy renders it`,
        },
      ],
      configMap: entry.source,
      key,
    };
  return { findings: [], doc, configMap: entry.source, key };
}

function judgeDocument(address: string, doc: RbacDocument): Finding[] {
  const out: Finding[] = [];
  if (doc.default !== "deny") out.push({ address, message: `default is ${String(doc.default)}, not deny` });
  const acknowledged = new Set(many(doc.exceptions).map((e: any) => e?.role));
  for (const [name, role] of Object.entries(doc.roles ?? {})) {
    const r: RbacRole = { name, allow: many(role?.allow).map(String) };
    const over = (grantsEverything(r) && name !== "admin") || (grantsPrivilegedQuery(r) && !PRIVILEGED_ROLES.includes(name));
    if (over && !acknowledged.has(name)) out.push({ address, message: `role ${name} is granted more than the guide allows` });
  }
  return out;
}

const rbacContainers = (view: StackView) =>
  view
    .pods()
    .flatMap((pod) =>
      pod.containers
        .filter((c) => c.env.some((e) => e.name === POLICY_FILE_VARIABLE || e.name === ENABLED_VARIABLE))
        .map((c) => ({ pod, c })),
    );

const documentsInConfigMaps = (view: StackView) =>
  view.configMaps().flatMap((cm) =>
    cm.data
      .map((d) => ({ d, doc: parse(String(view.literal(d.value) ?? "")) }))
      .filter(({ doc }) => isRbacDocument(doc))
      .map(({ d, doc }) => ({ address: d.source, key: d.key, doc: doc as RbacDocument })),
  );

/** §12.4: deny-all, and update_device_metadata only for admin and architect. */
export const rbacDenyAll: Control = {
  id: "MESHQ-RBAC-1",
  section: "12.4",
  title: "RBAC denies by default; only admin and architect update device metadata",
  checks:
    "RBAC is switched on (RBAC_ENABLED=true) wherever a policy file is configured; the policy the API reads defaults to deny; update_device_metadata and '*' are granted only to admin/architect (admin for '*'), unless acknowledged with a reason. A policy that cannot be read or parsed is a finding, never 'not applicable'.",
  scope:
    "Containers with RBAC_POLICY_FILE or RBAC_ENABLED (MeshRbac's default variable names) of every workload spelling, with kubernetes_env patches: the policy file is followed through its volume mount to the ConfigMap key (kubernetes_config_map, _v1, manifests, kubernetes_config_map_v1_data patches); every other ConfigMap entry that is a policy document is judged too. Policies renamed with MeshRbac's enabledVariable/policyFileVariable are found only as documents. A file outside a ConfigMap of the stack, a value the guard cannot know or a document that is not JSON is a finding.",
  unseen:
    "Fails. A policy file outside a ConfigMap of the stack (another volume, a ConfigMap the stack does not create), a policy or switch the guard cannot know, and a document that is not JSON are findings: what the API enforces cannot be judged.",
  enforcedBy: [
    "MeshRbac.props.policy",
    "MeshRbac.props.enabledVariable",
    "MeshRbac.props.policyFileVariable",
    "HardenedMeshStack.props.rbac",
  ],
  provenBy: ["test/guard/controls/rbac-audit.test.ts", "test/guard/mutations/rbac-audit.ts"],
  admission: rbacAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const containers = rbacContainers(view);
    const documents = documentsInConfigMaps(view);
    if (containers.length === 0 && documents.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    const judged = new Set<string>();
    for (const { pod, c } of containers) {
      const enabled = envValue(c, ENABLED_VARIABLE);
      const on = view.resolve(enabled?.value);
      if (!enabled || !enabled.hasValue)
        out.push({ address: pod.address, message: `container ${c.name}: ${ENABLED_VARIABLE} is not set, so RBAC is off` });
      else if (!on.known)
        out.push({ address: enabled.source, message: view.unknownMessage(`container ${c.name}: ${ENABLED_VARIABLE}`, on.expression) });
      else if (String(on.value) !== "true")
        out.push({ address: enabled.source, message: `container ${c.name}: ${ENABLED_VARIABLE}=${String(on.value)} switches RBAC off` });
      if (!envValue(c, POLICY_FILE_VARIABLE)) {
        out.push({
          address: pod.address,
          message: `container ${c.name}: ${ENABLED_VARIABLE} is set but no ${POLICY_FILE_VARIABLE}: the policy the API reads cannot be judged`,
        });
        continue;
      }
      const policy = policyOf(view, pod, c);
      out.push(...policy.findings);
      if (policy.configMap) judged.add(`${policy.configMap}\u0000${policy.key}`);
      if (policy.doc) out.push(...judgeDocument(policy.configMap!, policy.doc));
    }
    for (const d of documents) {
      if (!judged.has(`${d.address}\u0000${d.key}`)) out.push(...judgeDocument(d.address, d.doc));
    }
    return out;
  },
};

const AUDIT_SINK_VARIABLES = ["SPLUNK_HEC_URL", "SPLUNK_HEC_TOKEN", "SPLUNK_HEC_TOKEN_SECRET_ARN", "AUDIT_LOG_BACKEND"];

/** §12.5: audit logging to Splunk over verified HTTPS with the token from a secret. */
export const auditLogging: Control = {
  id: "MESHQ-AUD-1",
  section: "12.5",
  title: "Audit logging to Splunk over verified HTTPS",
  checks:
    "The API runs with AUDIT_LOG_ENABLED=true and the splunk backend; SPLUNK_HEC_URL is https; SPLUNK_HEC_TOKEN comes from a Secret (or, with SECRETS_PROVIDER=aws, from Secrets Manager by SPLUNK_HEC_TOKEN_SECRET_ARN); nothing switches TLS verification off. Audit switched off while an AuditSink configures Splunk is an error.",
  scope: `The API container of every workload (any kind and spelling) whose pod template or object is labelled ${ROLE_KEY}=${Role.API}: the container its ${DEFAULT_CONTAINER_ANNOTATION} annotation names, or the only one (a marked pod whose API container cannot be told is a finding). Every other container that carries audit or RBAC variables (AUDIT_LOG_*, SPLUNK_HEC_*, RBAC_ENABLED, RBAC_POLICY_FILE) is judged as an API too, so removing or changing the label does not take the API out of scope. kubernetes_env patches apply. An API without any audit configuration is a warning, not an error: audit logging is a MeshOptixIQ Enterprise feature, so a deployment without an AuditSink is legitimate. Once an AuditSink has configured Splunk (any SPLUNK_HEC_* or AUDIT_LOG_BACKEND variable), everything here is an error. A value the guard cannot know is a finding.`,
  unseen:
    "Fails. An audit switch, backend, HEC URL or verification setting the guard cannot know is a finding, and so is a marked pod whose API container cannot be told. The HEC token must come from a Secret or from Secrets Manager by ARN; its value is never read.",
  enforcedBy: ["AuditSink.props.hecUrl", "AuditSink.props.tokenSecret", "AuditSink.props.caBundlePem", "HardenedMeshStack.props.audit"],
  provenBy: ["test/guard/controls/rbac-audit.test.ts", "test/guard/mutations/rbac-audit.ts", "test/guard/hardening-guard.test.ts"],
  admission: auditAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(apiContainers(view), ({ address, env, problem }): Finding[] => {
      if (problem) return [{ address, message: problem }];
      const byName = new Map(env.map((e) => [e.name, e]));
      const value = (name: string) => view.resolve(byName.get(name)?.value);
      const out: Finding[] = [];
      const sink = AUDIT_SINK_VARIABLES.some((n) => byName.has(n));
      const enabled = value("AUDIT_LOG_ENABLED");
      if (!enabled.known) return [{ address, message: view.unknownMessage("AUDIT_LOG_ENABLED", enabled.expression) }];
      if (String(enabled.value) !== "true") {
        if (sink)
          return [
            {
              address,
              message: `audit logging is switched off (AUDIT_LOG_ENABLED=${String(enabled.value ?? "unset")}) while an AuditSink configures Splunk HEC`,
            },
          ];
        return [{ address, message: "audit logging is not enabled (add an AuditSink)", level: FindingLevel.WARNING }];
      }
      const backend = value("AUDIT_LOG_BACKEND");
      if (!backend.known) out.push({ address, message: view.unknownMessage("AUDIT_LOG_BACKEND", backend.expression) });
      else if (backend.value !== "splunk") out.push({ address, message: "AUDIT_LOG_BACKEND is not splunk" });
      const url = value("SPLUNK_HEC_URL");
      if (!url.known) out.push({ address, message: view.unknownMessage("SPLUNK_HEC_URL", url.expression) });
      else if (!String(url.value ?? "").startsWith("https://"))
        out.push({ address, message: `SPLUNK_HEC_URL ${url.value || "(unset)"} is not https` });
      // the token comes from a Kubernetes Secret, or (SECRETS_PROVIDER=aws) the API reads it from Secrets Manager by ARN
      const fromSecretsManager =
        view.literal(byName.get("SECRETS_PROVIDER")?.value) === "aws" && !!byName.get("SPLUNK_HEC_TOKEN_SECRET_ARN")?.hasValue;
      if (!byName.get("SPLUNK_HEC_TOKEN")?.fromSecret && !fromSecretsManager)
        out.push({ address, message: "SPLUNK_HEC_TOKEN comes neither from a Secret nor from Secrets Manager" });
      for (const e of env.filter((x) => x.hasValue)) {
        const v = view.resolve(e.value);
        const verificationSwitch = disablesHecVerification(e.name, "false") || disablesHecVerification(e.name, "true");
        if (!v.known && verificationSwitch) out.push({ address: e.source, message: view.unknownMessage(e.name, v.expression) });
        else if (v.known && disablesHecVerification(e.name, String(v.value)))
          out.push({ address: e.source, message: `${e.name}=${String(v.value)} switches TLS verification off` });
      }
      return out;
    });
  },
};

/** True when a container carries what AuditSink or MeshRbac configure on the API. */
const configuredAsApi = (c: ContainerView): boolean =>
  c.env.some((e) => /^(AUDIT_LOG_|SPLUNK_HEC_)/.test(e.name) || e.name === POLICY_FILE_VARIABLE || e.name === ENABLED_VARIABLE);

/**
 * The API containers: the container of every pod marked as the API (a pod whose container cannot
 * be told is a finding), and every other container of a workload in the stack that carries audit
 * or RBAC configuration, marked or not.
 */
function apiContainers(view: StackView): Array<{ address: string; env: EnvEntry[]; problem?: string }> {
  const out: Array<{ address: string; env: EnvEntry[]; problem?: string }> = [];
  for (const pod of view.pods().filter((p) => p.object.kind !== "EnvPatch")) {
    const marked = podHasRole(view, pod, Role.API) ? roleContainer(view, pod, Role.API) : undefined;
    if (marked && "problem" in marked) out.push({ address: pod.address, env: [], problem: marked.problem });
    const api = marked && "container" in marked ? marked.container : undefined;
    for (const c of pod.containers.filter((x) => x === api || configuredAsApi(x))) out.push({ address: pod.address, env: c.env });
  }
  return out;
}

/** The controls of §12.4 and §12.5. */
export const RBAC_AUDIT_CONTROLS = [rbacDenyAll, auditLogging];
