import { disablesHecVerification } from "../../audit/audit-sink";
import { grantsEverything, grantsPrivilegedQuery, PRIVILEGED_ROLES, RbacRole } from "../../rbac/rbac-policy";
import { Control, containers, envOf, Finding, FindingLevel, podTemplates, resources } from "../model";

interface RenderedPolicy {
  resourceAddress: string;
  doc: { default: string; roles: Record<string, { allow: string[] }>; exceptions?: Array<{ role: string }> };
}

function rbacPolicies(tf: Record<string, any>): RenderedPolicy[] {
  const out: RenderedPolicy[] = [];
  for (const cm of resources(tf, "kubernetes_config_map_v1")) {
    for (const value of Object.values(cm.config.data ?? {})) {
      try {
        const doc = JSON.parse(String(value));
        if (doc && typeof doc === "object" && doc.roles && doc.default !== undefined) out.push({ resourceAddress: cm.address, doc });
      } catch {
        // not a policy document
      }
    }
  }
  return out;
}

/** §12.4: deny-all, and update_device_metadata only for admin and architect. */
export const rbacDenyAll: Control = {
  id: "MESHQ-RBAC-1",
  section: "12.4",
  title: "RBAC denies by default; only admin and architect update device metadata",
  checks:
    "The rendered RBAC policy defaults to deny; update_device_metadata and '*' are granted only to admin/architect (admin for '*'), unless acknowledged with a reason.",
  applies: (tf) => rbacPolicies(tf).length > 0,
  check: (tf) =>
    rbacPolicies(tf).flatMap(({ resourceAddress, doc }): Finding[] => {
      const out: Finding[] = [];
      if (doc.default !== "deny") out.push({ address: resourceAddress, message: `default is ${doc.default}, not deny` });
      const acknowledged = new Set((doc.exceptions ?? []).map((e) => e.role));
      for (const [name, role] of Object.entries(doc.roles)) {
        const r: RbacRole = { name, allow: role.allow ?? [] };
        const over = (grantsEverything(r) && name !== "admin") || (grantsPrivilegedQuery(r) && !PRIVILEGED_ROLES.includes(name));
        if (over && !acknowledged.has(name))
          out.push({ address: resourceAddress, message: `role ${name} is granted more than the guide allows` });
      }
      return out;
    }),
};

/** §12.5: audit logging to Splunk over verified HTTPS with the token from a secret. */
export const auditLogging: Control = {
  id: "MESHQ-AUD-1",
  section: "12.5",
  title: "Audit logging to Splunk over verified HTTPS",
  checks:
    "The API runs with AUDIT_LOG_ENABLED=true and the splunk backend (a warning when absent: audit logging is an Enterprise feature); SPLUNK_HEC_URL is https; SPLUNK_HEC_TOKEN comes from a Secret (or, with SECRETS_PROVIDER=aws, from Secrets Manager by SPLUNK_HEC_TOKEN_SECRET_ARN); nothing switches TLS verification off.",
  applies: (tf) => apiContainers(tf).length > 0,
  check: (tf) =>
    apiContainers(tf).flatMap(({ address, env }): Finding[] => {
      const byName = new Map(env.map((e) => [e.name, e]));
      const out: Finding[] = [];
      if (byName.get("AUDIT_LOG_ENABLED")?.value !== "true") {
        out.push({ address, message: "audit logging is not enabled (add an AuditSink)", level: FindingLevel.WARNING });
        return out;
      }
      if (byName.get("AUDIT_LOG_BACKEND")?.value !== "splunk")
        out.push({ address, message: "AUDIT_LOG_BACKEND is not splunk", level: FindingLevel.WARNING });
      const url = byName.get("SPLUNK_HEC_URL")?.value ?? "";
      if (!url.startsWith("https://")) out.push({ address, message: `SPLUNK_HEC_URL ${url || "(unset)"} is not https` });
      // the token comes from a Kubernetes Secret, or (SECRETS_PROVIDER=aws) the API reads it from Secrets Manager by ARN
      const fromSecretsManager = byName.get("SECRETS_PROVIDER")?.value === "aws" && !!byName.get("SPLUNK_HEC_TOKEN_SECRET_ARN");
      if (!byName.get("SPLUNK_HEC_TOKEN")?.fromSecret && !fromSecretsManager)
        out.push({ address, message: "SPLUNK_HEC_TOKEN comes neither from a Secret nor from Secrets Manager" });
      for (const e of env) {
        if (e.value !== undefined && disablesHecVerification(e.name, e.value))
          out.push({ address, message: `${e.name}=${e.value} switches TLS verification off` });
      }
      return out;
    }),
};

function apiContainers(tf: Record<string, any>) {
  return podTemplates(tf)
    .filter((p) => p.resource.type.startsWith("kubernetes_deployment"))
    .flatMap((p) =>
      containers(p.spec)
        .filter((c) => c.name === "api")
        .map((c) => ({ address: p.resource.address, env: envOf(c) })),
    );
}

export const RBAC_AUDIT_CONTROLS = [rbacDenyAll, auditLogging];
