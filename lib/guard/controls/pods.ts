import { Control, Finding, many, one } from "../model";
import { ContainerView, KubeObject, PodView, StackView, viewOf } from "../view";
import { isFalse, isTrue, judgeEach, judgeValue } from "./rules";
import { AdmissionForm, CONTAINERS_VARIABLE, POD_SPEC_VARIABLE, WORKLOAD_MATCH } from "../admission/model";
import { celInherited } from "../admission/cel";

/** The same set as {@link RESTRICTED_VOLUME_TYPES}, in the API's spelling. */
const RESTRICTED_VOLUMES = ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"];
const sc = (field: string) => `has(c.securityContext) && has(c.securityContext.${field})`;
const SECCOMP = "['RuntimeDefault', 'Localhost']";

/**
 * POD-1 in the cluster, on the workloads themselves: Pod Security Admission judges only pods (and
 * merely warns on a workload's template), so a weakened Deployment or StatefulSet would be admitted
 * and fail only when its pods are created.
 */
const restrictedPodsAdmission: AdmissionForm = {
  match: WORKLOAD_MATCH,
  fix: "keep the pod template restricted (no host namespaces, ports or paths; non-root, seccomp RuntimeDefault, no privilege escalation, capabilities drop ALL, read-only root filesystem, no service account token); set it through the construct's props",
  variables: () => [POD_SPEC_VARIABLE, CONTAINERS_VARIABLE],
  checks: () => [
    {
      expression: ["hostNetwork", "hostPID", "hostIPC"].map((f) => `!(has(variables.pod.${f}) && variables.pod.${f})`).join(" && "),
      message: "the pod template uses a host namespace",
    },
    {
      expression: `!has(variables.pod.volumes) || variables.pod.volumes.all(v, ${RESTRICTED_VOLUMES.map((t) => `has(v.${t})`).join(" || ")})`,
      message: "a volume type outside the restricted set (hostPath included)",
    },
    {
      expression: "has(variables.pod.automountServiceAccountToken) && variables.pod.automountServiceAccountToken == false",
      message: "the service account token is mounted",
    },
    {
      expression: `variables.containers.all(c, ${sc("allowPrivilegeEscalation")} && c.securityContext.allowPrivilegeEscalation == false)`,
      message: "a container allows privilege escalation",
    },
    {
      expression: `variables.containers.all(c, !(${sc("privileged")}) || c.securityContext.privileged == false)`,
      message: "a container is privileged",
    },
    {
      expression: `variables.containers.all(c, ${sc("readOnlyRootFilesystem")} && c.securityContext.readOnlyRootFilesystem == true)`,
      message: "a container's root filesystem is writable",
    },
    {
      expression:
        `variables.containers.all(c, ${sc("capabilities")} && has(c.securityContext.capabilities.drop) && 'ALL' in c.securityContext.capabilities.drop && ` +
        "(!has(c.securityContext.capabilities.add) || size(c.securityContext.capabilities.add) == 0))",
      message: "a container does not drop ALL capabilities, or adds some",
    },
    {
      expression: `variables.containers.all(c, ${celInherited("c", "runAsNonRoot", "false")} == true)`,
      message: "a container may run as root",
    },
    {
      expression: `variables.containers.all(c, ${celInherited("c", "runAsUser", "0")} != 0)`,
      message: "a container has no non-zero runAsUser",
    },
    {
      expression:
        `variables.containers.all(c, ${sc("seccompProfile")} ? c.securityContext.seccompProfile.type in ${SECCOMP} : ` +
        `(has(variables.pod.securityContext) && has(variables.pod.securityContext.seccompProfile) && variables.pod.securityContext.seccompProfile.type in ${SECCOMP}))`,
      message: "a container's seccomp profile is not RuntimeDefault",
    },
    {
      expression: "variables.containers.all(c, !has(c.ports) || c.ports.all(p, !has(p.hostPort) || p.hostPort == 0))",
      message: "a container exposes a host port",
    },
  ],
};

/** POD-2 in the cluster: the stack's namespaces keep enforcing Pod Security Standards restricted. */
const restrictedNamespacesAdmission: AdmissionForm = {
  match: [{ apiGroups: [""], apiVersions: ["v1"], resources: ["namespaces"], operations: ["CREATE", "UPDATE"] }],
  fix: "keep the label pod-security.kubernetes.io/enforce=restricted on the namespace",
  checks: () => [
    {
      expression:
        "has(object.metadata.labels) && 'pod-security.kubernetes.io/enforce' in object.metadata.labels && object.metadata.labels['pod-security.kubernetes.io/enforce'] == 'restricted'",
      message: "the namespace no longer enforces Pod Security Standards restricted",
    },
  ],
};

/** Volume types Pod Security Standards restricted allows (typed-resource names). */
const RESTRICTED_VOLUME_TYPES = new Set([
  "config_map",
  "csi",
  "downward_api",
  "empty_dir",
  "ephemeral",
  "persistent_volume_claim",
  "projected",
  "secret",
]);

const workloads = (view: StackView): PodView[] => view.pods().filter((p) => p.object.kind !== "EnvPatch");

/** Pod Security Standards restricted, judged on every workload (Checkov skips StatefulSets). */
export const restrictedPods: Control = {
  id: "MESHQ-POD-1",
  section: "12.2",
  title: "Pods meet Pod Security Standards restricted",
  checks:
    "Every Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet and Pod: no host namespaces, host ports or volume types outside the restricted set (hostPath included); runAsNonRoot with a non-zero UID; seccomp RuntimeDefault; every container with allowPrivilegeEscalation false, not privileged, capabilities drop ALL and no additions, read-only root filesystem; no service account token unless needed.",
  scope:
    "Pod templates of every workload kind, typed (every version alias) or kubernetes_manifest, init containers included. A security-context value the guard cannot know (a variable, a computed attribute) is a finding.",
  checkov: [
    "CKV_K8S_16",
    "CKV_K8S_17",
    "CKV_K8S_18",
    "CKV_K8S_19",
    "CKV_K8S_20",
    "CKV_K8S_22",
    "CKV_K8S_25",
    "CKV_K8S_26",
    "CKV_K8S_28",
    "CKV_K8S_37",
  ],
  pss: [
    "host namespaces",
    "host ports",
    "privileged",
    "capabilities",
    "hostPath",
    "volume types",
    "privilege escalation",
    "non-root",
    "non-root UID",
    "seccomp",
  ],
  unseen:
    "Fails. A security-context value the guard cannot know (a variable, a computed attribute) is a finding, and so is a volume of a type outside the restricted set, whatever its source. Images are not read: the security context restricts whatever an image runs.",
  enforcedBy: ["SecureMeshApi.props.runAsUser", "SecureMeshApi.props.podSecurityStandardsVersion"],
  provenBy: [
    "test/guard/controls/pods.test.ts",
    "test/guard/mutations/pods.ts",
    "test/guard/plan.test.ts",
    "test/guard/hardening-guard.test.ts",
  ],
  admission: restrictedPodsAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(workloads(view), (pod) => [
      ...podFindings(view, pod),
      ...pod.containers.flatMap((c) => containerFindings(view, pod, c)),
    ]);
  },
};

/** The pod-level settings: host namespaces, volume types, the service account token. */
function podFindings(view: StackView, pod: PodView): Finding[] {
  const spec = pod.spec ?? {};
  const at = pod.address;
  const out: Finding[] = [];
  for (const f of ["host_network", "host_pid", "host_ipc"])
    out.push(...judgeValue(view, at, f, spec[f] ?? false, (v) => (isTrue(v) ? `${f} is true` : undefined)));
  for (const v of many(spec.volume)) {
    // a plan lists every volume type, the unused ones empty
    const types = Object.keys(v ?? {}).filter((k) => k !== "name" && many(v[k]).length > 0);
    for (const t of types.filter((t) => !RESTRICTED_VOLUME_TYPES.has(t)))
      out.push({
        address: at,
        message: t === "host_path" ? `hostPath volume ${v.name}` : `volume ${v.name} is ${t}, which PSS restricted forbids`,
      });
  }
  out.push(
    ...judgeValue(view, at, "automount_service_account_token", spec.automount_service_account_token ?? true, (v) =>
      isFalse(v) ? undefined : "automount_service_account_token is not false",
    ),
  );
  return out;
}

/** One container's security context (inheriting the pod's) and host ports. */
function containerFindings(view: StackView, pod: PodView, c: ContainerView): Finding[] {
  const podSc = one((pod.spec ?? {}).security_context) ?? {};
  const podSeccomp = one(podSc.seccomp_profile)?.type;
  // a plan writes unset container fields as zero values; those inherit from the pod too
  const zero = (v: unknown) => v === undefined || v === null || (view.origin === "plan" && (v === false || v === ""));
  const inherit = (container: unknown, podLevel: unknown) => (zero(container) ? (podLevel ?? container) : container);
  const sc = one(c.config.security_context) ?? {};
  const caps = one(sc.capabilities) ?? {};
  const name = `container ${c.name}`;
  const judge = (what: string, value: unknown, problem: (v: any) => string | undefined) =>
    judgeValue(view, pod.address, `${name}: ${what}`, value, problem);
  return [
    ...judge("allow_privilege_escalation", sc.allow_privilege_escalation ?? true, (v) =>
      isFalse(v) ? undefined : `${name}: allow_privilege_escalation is not false`,
    ),
    ...judge("privileged", sc.privileged ?? false, (v) => (isTrue(v) ? `${name}: privileged` : undefined)),
    ...judge("read_only_root_filesystem", sc.read_only_root_filesystem ?? false, (v) =>
      isTrue(v) ? undefined : `${name}: root filesystem is writable`,
    ),
    ...judge("capabilities.drop", caps.drop ?? [], (v) => (many(v).includes("ALL") ? undefined : `${name}: capabilities do not drop ALL`)),
    ...judge("capabilities.add", caps.add ?? [], (v) => (many(v).length > 0 ? `${name}: capabilities added` : undefined)),
    ...judge("run_as_non_root", inherit(sc.run_as_non_root, podSc.run_as_non_root) ?? false, (v) =>
      isTrue(v) ? undefined : `${name}: runAsNonRoot is not true`,
    ),
    ...judge("run_as_user", inherit(sc.run_as_user, podSc.run_as_user) ?? null, (v) =>
      v === null || String(v) === "0" ? `${name}: no non-zero runAsUser` : undefined,
    ),
    ...judge("seccomp_profile.type", inherit(one(sc.seccomp_profile)?.type, podSeccomp) ?? null, (v) =>
      ["RuntimeDefault", "Localhost"].includes(String(v)) ? undefined : `${name}: seccomp profile is not RuntimeDefault`,
    ),
    ...many(c.config.port).flatMap((p: any) =>
      judge(`port ${p?.name ?? p?.container_port} host_port`, p?.host_port ?? 0, (v) =>
        Number(v) > 0 ? `${name}: host port ${v} exposes the pod on its node` : undefined,
      ),
    ),
  ];
}

/** Namespaces enforce PSS restricted. */
export const restrictedNamespaces: Control = {
  id: "MESHQ-POD-2",
  section: "12.2",
  title: "Namespaces enforce Pod Security Standards restricted",
  checks:
    "Every namespace the stack creates is labelled pod-security.kubernetes.io/enforce=restricted, and every workload of the stack runs in one of them.",
  scope:
    "Namespaces of either spelling (kubernetes_namespace, _v1, kubernetes_manifest), with kubernetes_labels patches applied, and the namespace of every workload of every kind and spelling.",
  unseen:
    "Fails. A label the guard cannot know is a finding, and so is a workload in a namespace the stack does not certainly create (an existing cluster's, one removed by count = 0 or created only for values known at plan time) or in a namespace it cannot know: that namespace's enforcement is outside what the guard sees. Accept one only by suppressing the control for the workload with a reason.",
  enforcedBy: ["SecureMeshApi.props.namespace", "SecureMeshApi.props.podSecurityStandardsVersion", "EncryptedNeo4j.props.namespace"],
  provenBy: ["test/guard/controls/pods.test.ts", "test/guard/mutations/pods.ts"],
  admission: restrictedNamespacesAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const namespaces = view.kube("Namespace");
    const created = new Set(namespaces.filter((n) => n.resource.presence === "present").map((n) => n.name));
    return judgeEach<{ address: string; ns?: KubeObject; pod?: PodView }>(
      [...namespaces.map((ns) => ({ address: ns.address, ns })), ...workloads(view).map((pod) => ({ address: pod.address, pod }))],
      ({ address, ns, pod }): Finding[] => {
        if (ns)
          return judgeValue(
            view,
            address,
            "label pod-security.kubernetes.io/enforce",
            ns.metadata.labels?.["pod-security.kubernetes.io/enforce"] ?? null,
            (v) => (v === "restricted" ? undefined : "namespace does not enforce PSS restricted"),
          );
        // a workload runs in a namespace whose labels the guard sees, or fails closed
        if (pod!.namespace === undefined)
          return [{ address, message: view.unknownMessage("the workload's namespace", pod!.object.namespaceExpression ?? "unknown") }];
        if (created.has(pod!.namespace)) return [];
        return [
          {
            address,
            message: `runs in namespace ${pod!.namespace}, which the stack does not create: whether it enforces Pod Security Standards restricted cannot be known; create the namespace in the stack, or suppress this control for the workload with a reason (HardeningGuard.suppress)`,
          },
        ];
      },
    );
  },
};

/** The Pod Security Standards controls of §12.2. */
export const POD_CONTROLS = [restrictedPods, restrictedNamespaces];
