import { Control, containers, Finding, many, one, podTemplates, resources } from "../model";

/** Pod Security Standards restricted, judged on every workload (Checkov skips StatefulSets). */
export const restrictedPods: Control = {
  id: "MESHQ-POD-1",
  section: "12.2",
  title: "Pods meet Pod Security Standards restricted",
  checks:
    "Every Deployment, StatefulSet, Job and CronJob pod: no host namespaces or hostPath; runAsNonRoot with a non-zero UID; seccomp RuntimeDefault; every container with allowPrivilegeEscalation false, capabilities drop ALL and no additions, read-only root filesystem; no service account token unless needed.",
  checkov: ["CKV_K8S_16", "CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19", "CKV_K8S_20", "CKV_K8S_22", "CKV_K8S_25", "CKV_K8S_28", "CKV_K8S_37"],
  pss: ["host namespaces", "privileged", "capabilities", "hostPath", "privilege escalation", "non-root", "non-root UID", "seccomp"],
  applies: (tf) => podTemplates(tf).length > 0,
  check: (tf) =>
    podTemplates(tf).flatMap((pod): Finding[] => {
      const spec = pod.spec ?? {};
      const podSc = one(spec.security_context) ?? {};
      const at = pod.resource.address;
      const out: Finding[] = [];
      for (const f of ["host_network", "host_pid", "host_ipc"]) if (spec[f] === true) out.push({ address: at, message: `${f} is true` });
      if (many(spec.volume).some((v: any) => v.host_path)) out.push({ address: at, message: "hostPath volume" });
      if (spec.automount_service_account_token !== false)
        out.push({ address: at, message: "automount_service_account_token is not false" });
      const podSeccomp = one(podSc.seccomp_profile)?.type;
      for (const c of containers(spec)) {
        const sc = one(c.security_context) ?? {};
        const name = `container ${c.name}`;
        if (sc.allow_privilege_escalation !== false) out.push({ address: at, message: `${name}: allow_privilege_escalation is not false` });
        if (sc.privileged === true) out.push({ address: at, message: `${name}: privileged` });
        if (sc.read_only_root_filesystem !== true) out.push({ address: at, message: `${name}: root filesystem is writable` });
        const caps = one(sc.capabilities) ?? {};
        if (!many(caps.drop).includes("ALL")) out.push({ address: at, message: `${name}: capabilities do not drop ALL` });
        if (many(caps.add).length > 0) out.push({ address: at, message: `${name}: capabilities added` });
        const nonRoot = sc.run_as_non_root ?? podSc.run_as_non_root;
        const uid = sc.run_as_user ?? podSc.run_as_user;
        if (nonRoot !== true) out.push({ address: at, message: `${name}: runAsNonRoot is not true` });
        if (uid === undefined || String(uid) === "0") out.push({ address: at, message: `${name}: no non-zero runAsUser` });
        const seccomp = one(sc.seccomp_profile)?.type ?? podSeccomp;
        if (!["RuntimeDefault", "Localhost"].includes(seccomp))
          out.push({ address: at, message: `${name}: seccomp profile is not RuntimeDefault` });
      }
      return out;
    }),
};

/** Namespaces enforce PSS restricted. */
export const restrictedNamespaces: Control = {
  id: "MESHQ-POD-2",
  section: "12.2",
  title: "Namespaces enforce Pod Security Standards restricted",
  checks: "Every namespace the library creates is labelled pod-security.kubernetes.io/enforce=restricted.",
  applies: (tf) => resources(tf, "kubernetes_namespace_v1").length > 0,
  check: (tf) =>
    resources(tf, "kubernetes_namespace_v1")
      .filter((ns) => one(ns.config.metadata)?.labels?.["pod-security.kubernetes.io/enforce"] !== "restricted")
      .map((ns) => ({ address: ns.address, message: "namespace does not enforce PSS restricted" })),
};

export const POD_CONTROLS = [restrictedPods, restrictedNamespaces];
