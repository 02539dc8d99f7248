/**
 * Renders a stack's admission policies: one ValidatingAdmissionPolicy per control with an admission
 * form (its checks, each message naming the control id and the fix) and one binding, scoped to the
 * stack's namespaces, with the exemptions of the stack's suppressions.
 */
import type { Control } from "../model";
import { AdmissionParams } from "./model";

/** An object exempt from a control's policy: a construct of the stack suppresses the control. */
export interface Exemption {
  readonly control: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

/** How the policies are named and what their bindings do. */
export interface RenderOptions {
  readonly prefix: string;
  readonly actions: readonly string[];
  readonly exemptions: readonly Exemption[];
}

/** The label every policy and binding carries, with the control id. */
export const CONTROL_LABEL = "meshoptixiq.io/control";

/** Plural resource names of the kinds an exemption may name. */
const RESOURCE_OF_KIND: Record<string, { group: string; resource: string }> = {
  Deployment: { group: "apps", resource: "deployments" },
  StatefulSet: { group: "apps", resource: "statefulsets" },
  DaemonSet: { group: "apps", resource: "daemonsets" },
  ReplicaSet: { group: "apps", resource: "replicasets" },
  Job: { group: "batch", resource: "jobs" },
  CronJob: { group: "batch", resource: "cronjobs" },
  Service: { group: "", resource: "services" },
  ConfigMap: { group: "", resource: "configmaps" },
  Namespace: { group: "", resource: "namespaces" },
  PersistentVolumeClaim: { group: "", resource: "persistentvolumeclaims" },
  NetworkPolicy: { group: "networking.k8s.io", resource: "networkpolicies" },
  ExternalSecret: { group: "external-secrets.io", resource: "externalsecrets" },
};

/** The message of a check: the control id first, then what is denied, then the fix. */
export const denialMessage = (control: Control, message: string): string =>
  `${control.id}: ${control.title}: ${message}. Fix: ${control.admission!.fix}`;

/**
 * A CEL expression in a form every renderer keeps a string: cdktf's HCL output (`cdktf synth --hcl`)
 * writes a string that starts with `[` or `{` unquoted, as if it were an HCL expression, so such an
 * expression is parenthesized (the same CEL).
 */
export const hclSafeCel = (expression: string): string => (/^[[{]/.test(expression) ? `(${expression})` : expression);

/** The apiVersion, kind and metadata of a control's policy or binding. */
export function policyHead(prefix: string, control: Control, which: "policy" | "binding") {
  return {
    apiVersion: "admissionregistration.k8s.io/v1",
    kind: which === "policy" ? "ValidatingAdmissionPolicy" : "ValidatingAdmissionPolicyBinding",
    metadata: {
      name: `${prefix}-${control.id.replace(/^MESHQ-/, "").toLowerCase()}`,
      labels: { "app.kubernetes.io/managed-by": "terraform", [CONTROL_LABEL]: control.id },
    },
  };
}

/** The policy and binding of every control with an admission form. */
export function renderAdmission(
  controls: readonly Control[],
  params: AdmissionParams,
  options: RenderOptions,
): Array<{ control: string; policy: Record<string, unknown>; binding: Record<string, unknown> }> {
  return controls
    .filter((c) => c.admission)
    .map((c) => {
      const form = c.admission!;
      const name = policyHead(options.prefix, c, "policy").metadata.name;
      const policy = {
        ...policyHead(options.prefix, c, "policy"),
        spec: {
          failurePolicy: "Fail",
          matchConstraints: {
            resourceRules: form.match.map((m) => ({
              ...m,
              apiGroups: [...m.apiGroups],
              apiVersions: [...m.apiVersions],
              resources: [...m.resources],
              operations: [...m.operations],
            })),
          },
          variables: (form.variables?.(params) ?? []).map((v) => ({ ...v, expression: hclSafeCel(v.expression) })),
          validations: form.checks(params).map((check) => ({
            expression: hclSafeCel(check.expression),
            message: denialMessage(c, check.message),
            reason: "Forbidden",
          })),
        },
      };
      const judged = new Set(form.match.flatMap((m) => m.resources));
      const exempt = options.exemptions.filter((e) => e.control === c.id && judged.has(RESOURCE_OF_KIND[e.kind]?.resource));
      const excludeResourceRules = [...new Set(exempt.map((e) => e.kind))].map((kind) => ({
        apiGroups: [RESOURCE_OF_KIND[kind].group],
        apiVersions: ["*"],
        resources: [RESOURCE_OF_KIND[kind].resource],
        operations: ["*"],
        resourceNames: [...new Set(exempt.filter((e) => e.kind === kind).map((e) => e.name))].sort(),
      }));
      const binding = {
        ...policyHead(options.prefix, c, "binding"),
        spec: {
          policyName: name,
          validationActions: [...options.actions],
          matchResources: {
            namespaceSelector: {
              matchExpressions: [
                {
                  key: "kubernetes.io/metadata.name",
                  operator: "In",
                  values: params.namespaces.length > 0 ? params.namespaces : ["-none-"],
                },
              ],
            },
            ...(excludeResourceRules.length > 0 ? { excludeResourceRules } : {}),
          },
        },
      };
      return { control: c.id, policy, binding };
    });
}
