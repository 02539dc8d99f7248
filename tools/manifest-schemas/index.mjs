// The schema models of the custom resources (and admission policies) the library emits, by apiVersion. Imported by
// scripts/validate-manifests.mjs; resolved from this folder's node_modules.
const groups = {
  "external-secrets.io/v1": () => import("@kubernetes-models/external-secrets/external-secrets.io/v1"),
  "cert-manager.io/v1": () => import("@kubernetes-models/cert-manager/cert-manager.io/v1"),
  "cilium.io/v2": () => import("@kubernetes-models/cilium/cilium.io/v2"),
  // the admission policies and their bindings (Kubernetes' own API, from kubernetes-models)
  "admissionregistration.k8s.io/v1": () => import("kubernetes-models/admissionregistration.k8s.io/v1"),
};

/** The models of an apiVersion, or undefined when there is no schema here for it. */
export async function modelsFor(apiVersion) {
  return groups[apiVersion]?.();
}
