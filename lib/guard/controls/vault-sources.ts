// What the Vault controls read: External Secrets stores on Vault, the containers that talk to Vault,
// and the policies and roles the library wrote.
import { TerraformJson } from "../model";
import { StackView } from "../view";
import type { ContainerView, KubeObject, PodView } from "../view/kube-types";

const STORE_KINDS = ["SecretStore", "ClusterSecretStore"];
/** ESO Vault auth methods that hold a static credential in a Kubernetes Secret. */
export const STATIC_AUTH_METHODS = ["tokenSecretRef", "appRole", "userPass", "ldap", "cert"];

/** External Secrets stores on Vault, with their `spec.provider.vault` block. */
export function vaultStores(view: StackView): Array<{ o: KubeObject; vault: any }> {
  return view
    .kube(...STORE_KINDS)
    .map((o) => ({ o, vault: view.literal(o.body?.spec?.provider?.vault) ?? o.body?.spec?.provider?.vault }))
    .filter((s) => s.vault !== undefined && s.vault !== null);
}

/** Containers that talk to Vault: they set VAULT_ADDR. */
export function vaultClients(view: StackView): Array<{ pod: PodView; c: ContainerView; env: Map<string, unknown> }> {
  const out: Array<{ pod: PodView; c: ContainerView; env: Map<string, unknown> }> = [];
  for (const pod of view.pods()) {
    for (const c of pod.containers) {
      const env = new Map(c.env.filter((e) => e.hasValue).map((e) => [e.name, e.value]));
      if (c.env.some((e) => e.name === "VAULT_ADDR")) out.push({ pod, c, env });
    }
  }
  return out;
}

/** The policies and roles the library wrote (outputs of the shape `{ kv_mount, policies, roles }`). */
export function writtenPolicies(
  view: StackView,
  tf: TerraformJson,
): Array<{ name: string; kvMount: string; policies: Record<string, unknown>; roles: Record<string, any> }> {
  const out: Array<{ name: string; kvMount: string; policies: Record<string, unknown>; roles: Record<string, any> }> = [];
  for (const [name, o] of Object.entries((tf as { output?: Record<string, any> }).output ?? {})) {
    const value = view.literal(o?.value) ?? o?.value;
    if (value && typeof value === "object" && "policies" in value && "kv_mount" in value) {
      out.push({ name, kvMount: String(value.kv_mount), policies: value.policies ?? {}, roles: value.roles ?? {} });
    }
  }
  return out;
}

/** Whether the stack uses Vault at all. */
export function usesVault(view: StackView, tf: TerraformJson): boolean {
  return vaultStores(view).length > 0 || vaultClients(view).length > 0 || writtenPolicies(view, tf).length > 0;
}
