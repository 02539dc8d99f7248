/** §12.3: an AWS role belongs to the workload that calls AWS, and to no other (MESHQ-LP-2). */
import { Role } from "../../../policy/markers";
import { Control, Finding, NOT_APPLICABLE } from "../../model";
import { KubeObject, PodView, StackView, viewOf } from "../../view";
import { podHasRole, roleContainer } from "../roles";

const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";

/**
 * Whether a service account carries an IRSA role: "yes", "no", or the expression of annotations
 * that cannot be known (fail closed).
 */
function carriesRole(view: StackView, sa: KubeObject): "yes" | "no" | string {
  const annotations = sa.metadata?.annotations;
  if (annotations === undefined || annotations === null) return "no";
  if (typeof annotations !== "object") {
    const r = view.resolve(annotations);
    if (!r.known) return r.expression;
    return r.value && typeof r.value === "object" && IRSA_ANNOTATION in r.value ? "yes" : "no";
  }
  return IRSA_ANNOTATION in annotations ? "yes" : "no";
}

/** The service account a pod runs under (`default` when unset), or undefined when it cannot be known. */
function podServiceAccount(view: StackView, pod: PodView): string | undefined {
  const written = pod.spec?.service_account_name ?? pod.spec?.serviceAccountName;
  if (written === undefined || written === null || written === "") return "default";
  const r = view.resolve(written);
  if (r.known) return String(r.value);
  const ref = view.reference(written);
  const sa = ref && view.kube("ServiceAccount").find((o) => o.address === ref.address);
  return sa?.name;
}

/** The service accounts an External Secrets SecretStore authenticates with, by namespace. */
function storeServiceAccounts(view: StackView): Array<{ store: KubeObject; namespace?: string; name?: string }> {
  return view.kube("SecretStore", "ClusterSecretStore").flatMap((store) => {
    const ref = store.body?.spec?.provider?.aws?.auth?.jwt?.serviceAccountRef;
    if (!ref) return [];
    const name = view.resolve(ref.name);
    const namespace = ref.namespace !== undefined ? view.literal(ref.namespace) : store.namespace;
    const sa = !name.known ? view.kube("ServiceAccount").find((o) => o.address === view.reference(ref.name)?.address) : undefined;
    return [{ store, namespace, name: name.known ? String(name.value) : sa?.name }];
  });
}

/** Whether an API container reads its secrets from AWS itself (`SECRETS_PROVIDER=aws`). */
function apiCallsAws(view: StackView, pod: PodView): boolean {
  const found = roleContainer(view, pod, Role.API);
  if (!("container" in found)) return true; // cannot tell: judged by the pod controls
  return found.container.env.some((e) => e.name === "SECRETS_PROVIDER" && e.hasValue && view.literal(e.value) === "aws");
}

/** §12.3: an AWS role belongs to the workload that calls AWS, and to no other. */
export const rolesUsed: Control = {
  id: "MESHQ-LP-2",
  section: "12.3",
  title: "Workloads hold only the AWS roles they use",
  checks:
    "No pod runs under the service account an External Secrets SecretStore authenticates with (that IRSA role is the operator's, not a workload's), and the API pods run under a service account without an IRSA role unless the API reads its secrets from AWS itself (`SECRETS_PROVIDER=aws`).",
  scope: `Service accounts (kubernetes_service_account of either spelling or a manifest) with the ${IRSA_ANNOTATION} annotation, the pods of every workload kind and spelling, and SecretStore / ClusterSecretStore manifests with \`auth.jwt.serviceAccountRef\`. The API pods are those labelled with the API marker.`,
  unseen:
    "Fails. A pod's service account the guard cannot know, its annotations when it cannot know them, and an API pod (one that does not call AWS itself) under a service account the stack does not create (the namespace's default one included) are findings: whether that account carries an AWS role cannot be known. A SecretStore whose service account cannot be known matches no pod; that pod is still judged as an API. Accept an outside account only by suppressing the control for the workload with a reason.",
  enforcedBy: ["SecureMeshApi.props.secretDelivery"],
  provenBy: ["test/guard/controls/least-privilege.test.ts", "test/guard/mutations/least-privilege.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const accounts = view.kube("ServiceAccount");
    const pods = view.pods().filter((p) => p.object.kind !== "EnvPatch");
    if (pods.length === 0 && accounts.length === 0) return NOT_APPLICABLE;
    const stores = storeServiceAccounts(view);
    const out: Finding[] = [];
    for (const pod of pods) {
      const name = podServiceAccount(view, pod);
      if (name === undefined) {
        out.push({ address: pod.address, message: view.cannotKnow("the pod's service account") });
        continue;
      }
      const ns = pod.namespace;
      const store = stores.find((s) => s.name === name && s.namespace === ns);
      if (store) {
        out.push({
          address: pod.address,
          message: `runs under service account ${ns}/${name}, which External Secrets reads secrets with (${store.store.address}): the pods would carry its AWS role; give External Secrets a service account no pod runs under`,
        });
      }
      if (!podHasRole(view, pod, Role.API) || apiCallsAws(view, pod)) continue;
      const sa = accounts.find((o) => o.name === name && o.namespace === ns);
      if (!sa) {
        out.push({
          address: pod.address,
          message: `the API runs under service account ${ns}/${name}, which the stack does not create: whether it carries an AWS role (${IRSA_ANNOTATION}) cannot be known; run it under a service account of the stack, or suppress this control for the workload with a reason (HardeningGuard.suppress)`,
        });
        continue;
      }
      const verdict = carriesRole(view, sa);
      if (verdict !== "yes" && verdict !== "no") {
        out.push({ address: sa.address, message: view.unknownMessage(`the annotations of ${ns}/${name}`, verdict) });
      } else if (verdict === "yes") {
        out.push({
          address: sa.address,
          message: `the API runs under ${ns}/${name}, which carries an AWS role (${IRSA_ANNOTATION}), but does not call AWS (its secrets come through External Secrets): remove the annotation`,
        });
      }
    }
    return out;
  },
};
