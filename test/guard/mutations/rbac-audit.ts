import { TerraformResource } from "../../../lib/compat/core";
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../../lib/policy/markers";
import { apiEnv, aspect, at, Mutation, variable } from "./harness";

/** Weakenings the rbac-audit controls must catch. */
export const RBAC_AUDIT_MUTATIONS: Mutation[] = [
  // ---- MESHQ-RBAC-1 / MESHQ-AUD-1
  {
    name: "the RBAC policy rewritten as YAML",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "override",
    apply: (s) => s.rbac.resource.addOverride("data", { "rbac.yaml": "default: allow\nroles: {}\n" }),
  },
  {
    name: "the RBAC policy allows by default",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "override",
    apply: (s) =>
      s.rbac.resource.addOverride("data", { "rbac.yaml": JSON.stringify({ default: "allow", roles: { admin: { allow: ["*"] } } }) }),
  },
  {
    name: "RBAC switched off by a kubernetes_env patch",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "RbacOff", [{ name: "RBAC_ENABLED", value: "false" }]),
  },
  {
    name: "the RBAC policy from a variable",
    backend: "complete",
    control: "MESHQ-RBAC-1",
    how: "variable",
    apply: (s) => s.rbac.resource.addOverride("data", { "rbac.yaml": variable(s, "rbac").stringValue }),
  },
  {
    name: "audit switched off while the sink exists",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "AuditOff", [{ name: "AUDIT_LOG_ENABLED", value: "false" }]),
  },
  {
    name: "HEC over plain HTTP",
    backend: "postgres",
    control: "MESHQ-AUD-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "HecHttp", [{ name: "SPLUNK_HEC_URL", value: "http://splunk.corp.example.com:8088" }]),
  },
  {
    name: "HEC verification skipped",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "HecSkip", [{ name: "SPLUNK_HEC_INSECURE_SKIP_VERIFY", value: "true" }]),
  },

  {
    name: "the API's role label removed while audit is switched off",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "override",
    apply: (s) => {
      at(s, "Api/Resource").addOverride("spec.template.metadata.labels", { [ROLE_KEY]: undefined });
      apiEnv(s, "AuditOffUnlabelled", [{ name: "AUDIT_LOG_ENABLED", value: "false" }]);
    },
  },
  {
    name: "the API labelled with another role while HEC goes over plain HTTP",
    backend: "postgres",
    control: "MESHQ-AUD-1",
    how: "override",
    apply: (s) => {
      at(s, "Api/Resource").addOverride("spec.template.metadata.labels", { [ROLE_KEY]: Role.NEO4J_PASSWORD_ROTATION });
      apiEnv(s, "HecHttpRelabelled", [{ name: "SPLUNK_HEC_URL", value: "http://splunk.corp.example.com:8088" }]);
    },
  },
  {
    name: "an Aspect points the API's default-container annotation at a container the pod does not have",
    backend: "complete",
    control: "MESHQ-AUD-1",
    how: "aspect",
    apply: (s) =>
      aspect(s, (n) => {
        if (n instanceof TerraformResource && n.node.path === `${s.node.path}/Api/Resource`)
          n.addOverride("spec.template.metadata.annotations", { [DEFAULT_CONTAINER_ANNOTATION]: "sidecar" });
      }),
  },
];
