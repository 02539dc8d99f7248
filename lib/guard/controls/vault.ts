/**
 * §12.3 with HashiCorp Vault as the store: verified TLS, Kubernetes auth bound to each workload, no
 * static token, and least-privilege policies. The rules read External Secrets stores and every
 * container that talks to Vault (by its standard `VAULT_*` variables), so that they judge Kubernetes
 * objects the same way at synth, at plan and at admission.
 */
import {
  isHttpsVaultAddress,
  parseVaultPolicy,
  VAULT_READ_CAPABILITIES,
  VAULT_ROTATE_CAPABILITIES,
  VAULT_STATIC_TOKEN_VARIABLES,
  vaultPolicyProblems,
} from "../../policy/vault";
import { Control, Finding, NOT_APPLICABLE } from "../model";
import { viewOf } from "../view";
import { isTrue, judgeValue } from "./rules";
import { STATIC_AUTH_METHODS, usesVault, vaultClients, vaultStores, writtenPolicies } from "./vault-sources";

/** §12.3: Vault is reached over TLS verified with a CA bundle. */
export const vaultTls: Control = {
  id: "MESHQ-VAULT-1",
  section: "12.3",
  title: "Vault over verified TLS",
  checks:
    "Every External Secrets store on Vault has an https:// server and a CA bundle (caBundle or caProvider); every container that talks to Vault (VAULT_ADDR) uses https:// with VAULT_CACERT or VAULT_CAPATH and never sets VAULT_SKIP_VERIFY.",
  scope:
    "SecretStore and ClusterSecretStore manifests with spec.provider.vault; containers (init included) of every workload kind with a VAULT_ADDR variable.",
  unseen:
    "Fails. An address, a written caBundle or a VAULT_SKIP_VERIFY the guard cannot know is a finding. A caProvider names a ConfigMap or Secret whose certificate the guard does not read: verification is still on, which is what this control requires; which CA the deployment trusts is its own choice.",
  enforcedBy: ["VaultStore.props.address", "VaultStore.props.caBundlePem"],
  provenBy: ["test/guard/controls/vault.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    if (!usesVault(view, tf)) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const { o, vault } of vaultStores(view)) {
      out.push(
        ...judgeValue(view, o.address, "spec.provider.vault.server", vault.server, (v) =>
          isHttpsVaultAddress(String(v)) ? undefined : `Vault server ${String(v)} is not an https:// URL`,
        ),
      );
      if (!vault.caBundle && !vault.caProvider)
        out.push({ address: o.address, message: "Vault server certificate verified against no CA bundle (set caBundle or caProvider)" });
      else if (vault.caBundle) out.push(...judgeValue(view, o.address, "spec.provider.vault.caBundle", vault.caBundle, () => undefined));
    }
    for (const { c, env, pod } of vaultClients(view)) {
      const where = `container ${c.name}`;
      out.push(
        ...judgeValue(view, pod.address, `${where} VAULT_ADDR`, env.get("VAULT_ADDR"), (v) =>
          isHttpsVaultAddress(String(v)) ? undefined : `${where}: VAULT_ADDR ${String(v)} is not an https:// URL`,
        ),
      );
      if (!env.has("VAULT_CACERT") && !env.has("VAULT_CAPATH"))
        out.push({ address: pod.address, message: `${where}: no VAULT_CACERT or VAULT_CAPATH` });
      if (env.has("VAULT_SKIP_VERIFY")) {
        out.push(
          ...judgeValue(view, pod.address, `${where} VAULT_SKIP_VERIFY`, env.get("VAULT_SKIP_VERIFY"), (v) =>
            isTrue(v) || String(v) === "1" ? `${where}: VAULT_SKIP_VERIFY turns certificate verification off` : undefined,
          ),
        );
      }
    }
    return out;
  },
};

/** §12.3: workloads log in to Vault with Kubernetes auth, each bound to its own service account and namespace. */
export const vaultKubernetesAuth: Control = {
  id: "MESHQ-VAULT-2",
  section: "12.3",
  title: "Vault Kubernetes auth bound to each workload",
  checks:
    "Every External Secrets store on Vault authenticates with the Kubernetes method through a service account (serviceAccountRef, not a token Secret), KV version 2, and a role; every Vault role the library wrote binds exactly one service account and one namespace (no glob), requires an audience, and carries only its own policy; every container that talks to Vault names its role (VAULT_ROLE) and one the library wrote.",
  scope:
    "SecretStore and ClusterSecretStore manifests with spec.provider.vault; outputs that hold the written policies and roles ({ kv_mount, policies, roles }); containers with VAULT_ADDR.",
  unseen:
    "Fails. A role the written roles do not hold (one configured in Vault outside the stack, a variable) is a finding, and so is a container whose VAULT_ROLE is not a literal value: its bindings cannot be judged.",
  enforcedBy: ["VaultStore.props.kubernetesAuthMount", "SecureMeshApi.props.vaultStore", "VaultSecretRotation.props.consumer"],
  provenBy: ["test/guard/controls/vault.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    if (!usesVault(view, tf)) return NOT_APPLICABLE;
    const written = writtenPolicies(view, tf);
    const roles = new Map<string, any>(written.flatMap((w) => Object.entries(w.roles)));
    const out: Finding[] = [];
    const knownRole = (address: string, where: string, role: unknown) => {
      if (typeof role !== "string" || role === "") out.push({ address, message: `${where}: no Vault role` });
      else if (!roles.has(role))
        out.push({
          address,
          message: `${where}: Vault role ${role} is not among the roles the library wrote, so its bindings cannot be judged`,
        });
    };
    for (const { o, vault } of vaultStores(view)) {
      const auth = vault.auth ?? {};
      const methods = Object.keys(auth).filter((k) => auth[k] !== undefined && auth[k] !== null);
      const other = methods.filter((m) => m !== "kubernetes");
      if (other.length > 0)
        out.push({ address: o.address, message: `Vault auth by ${other.join(", ")}; only the Kubernetes method is allowed` });
      const k8s = auth.kubernetes;
      if (!k8s) out.push({ address: o.address, message: "no Kubernetes auth" });
      else {
        if (!k8s.serviceAccountRef?.name)
          out.push({
            address: o.address,
            message: "Kubernetes auth without serviceAccountRef (a service account token stored in a Secret is a static credential)",
          });
        if (k8s.secretRef) out.push({ address: o.address, message: "Kubernetes auth reads a token from a Secret (secretRef)" });
        knownRole(o.address, "store", k8s.role);
      }
      if ((vault.version ?? "v2") !== "v2")
        out.push({
          address: o.address,
          message: `KV version ${String(vault.version)}; version 2 keeps the previous versions a rotation overlaps with`,
        });
    }
    for (const { c, env, pod } of vaultClients(view))
      knownRole(pod.address, `container ${c.name}`, view.literal(env.get("VAULT_ROLE")) ?? env.get("VAULT_ROLE"));
    for (const w of written) {
      for (const [name, role] of Object.entries(w.roles)) {
        const where = `output ${w.name}: role ${name}`;
        const sas = role?.bound_service_account_names;
        const nss = role?.bound_service_account_namespaces;
        if (!Array.isArray(sas) || sas.length !== 1 || /[*]/.test(String(sas[0])))
          out.push({ address: `output.${w.name}`, message: `${where} binds ${JSON.stringify(sas)}; bind exactly one service account` });
        if (!Array.isArray(nss) || nss.length !== 1 || /[*]/.test(String(nss[0])))
          out.push({ address: `output.${w.name}`, message: `${where} binds namespaces ${JSON.stringify(nss)}; bind exactly one` });
        if (!role?.audience) out.push({ address: `output.${w.name}`, message: `${where} requires no audience` });
        const policies = role?.token_policies;
        if (!Array.isArray(policies) || policies.length !== 1 || policies[0] !== name)
          out.push({
            address: `output.${w.name}`,
            message: `${where} carries policies ${JSON.stringify(policies)}; one policy per consumer, its own`,
          });
      }
    }
    return out;
  },
};

/** §12.3: no static Vault token anywhere: every login is by a short-lived Kubernetes identity. */
export const vaultNoStaticToken: Control = {
  id: "MESHQ-VAULT-3",
  section: "12.3",
  title: "No static Vault token",
  checks: `No container sets ${VAULT_STATIC_TOKEN_VARIABLES.join(", ")} (literal, from a Secret or a ConfigMap); no External Secrets store uses tokenSecretRef; no Kubernetes Secret or ConfigMap holds such a key; no Terraform vault provider has a token.`,
  scope:
    "Containers (init included) of every workload kind; SecretStore and ClusterSecretStore manifests; Secrets (typed and manifest) and ConfigMaps by key; provider.vault blocks.",
  unseen:
    "Fails. A token is judged by its variable or key name, whatever its value, so a value the guard cannot know changes nothing; a Vault client (VAULT_ADDR) that takes a whole Secret, or a ConfigMap outside the stack, into its environment (env_from) is a finding, since whether it sets a token cannot be known.",
  enforcedBy: ["VaultStore.props.kubernetesAuthMount"],
  provenBy: ["test/guard/controls/vault.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const providers = ([] as any[]).concat((tf as { provider?: Record<string, unknown> }).provider?.vault ?? []);
    if (!usesVault(view, tf) && providers.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    const tokenName = (n: string) => VAULT_STATIC_TOKEN_VARIABLES.includes(n);
    for (const pod of view.pods()) {
      for (const c of pod.containers) {
        for (const e of c.env) if (tokenName(e.name)) out.push({ address: e.source, message: `container ${c.name} sets ${e.name}` });
      }
    }
    // a Vault client that takes a whole Secret, or a ConfigMap outside the stack, into its environment may get a token
    for (const { pod, c } of vaultClients(view)) {
      for (const f of c.envFrom) {
        const source =
          f.secret !== undefined
            ? `Secret ${String(view.literal(f.secret) ?? f.secret)}`
            : f.configMap !== undefined && !view.configMap(pod.namespace, f.configMap)
              ? `ConfigMap ${String(view.literal(f.configMap) ?? f.configMap)}, which is not in the stack`
              : undefined;
        if (source)
          out.push({
            address: f.source,
            message: `container ${c.name} takes every key of ${source} into its environment: whether it sets ${VAULT_STATIC_TOKEN_VARIABLES.join(" or ")} cannot be known; read the keys it needs with secretKeyRef`,
          });
      }
    }
    for (const { o, vault } of vaultStores(view)) {
      for (const m of STATIC_AUTH_METHODS)
        if (vault.auth?.[m]) out.push({ address: o.address, message: `Vault auth by ${m}, a static credential in a Secret` });
    }
    for (const cm of view.configMaps())
      for (const d of cm.data) if (tokenName(d.key)) out.push({ address: d.source, message: `ConfigMap ${cm.name} holds ${d.key}` });
    for (const s of view.kube("Secret")) {
      const data = { ...(s.body?.data ?? {}), ...(s.body?.string_data ?? {}), ...(s.body?.stringData ?? {}) };
      for (const key of Object.keys(data))
        if (tokenName(key)) out.push({ address: s.address, message: `Secret ${s.name ?? ""} holds ${key}` });
    }
    providers.forEach((p, i) => {
      if (p && typeof p === "object" && "token" in p)
        out.push({ address: `provider.vault[${i}]`, message: "the vault provider has a token (it lands in state and plan files)" });
    });
    return out;
  },
};

/** §12.3: each consumer's Vault policy holds only the paths it uses: read for readers, write only where it rotates. */
export const vaultLeastPrivilege: Control = {
  id: "MESHQ-VAULT-4",
  section: "12.3",
  title: "Least-privilege Vault policies",
  checks:
    "Every Vault policy the library wrote is in its strict form and grants exact paths under the KV v2 data of its mount: read only, except the policy of a rotator, which holds create/read/update on exactly the paths its pods rotate (ROTATE_PATHS) and nothing else. A stack that uses Vault without written policies is a finding.",
  scope:
    "Outputs that hold the written policies ({ kv_mount, policies, roles }); containers with VAULT_ADDR, VAULT_ROLE and ROTATE_PATHS (the rotators).",
  unseen:
    "Fails. A stack that uses Vault without written policies (they are configured outside it) is a finding, and so is a policy text that is not the strict form the library writes (a variable, a hand-written policy): what it grants cannot be judged.",
  enforcedBy: ["VaultSecretRotation.props.secrets", "SecureMeshApi.props.vaultStore"],
  provenBy: ["test/guard/controls/vault.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    if (!usesVault(view, tf)) return NOT_APPLICABLE;
    const written = writtenPolicies(view, tf);
    if (written.length === 0) {
      const user = vaultStores(view)[0]?.o.address ?? vaultClients(view)[0]?.pod.address ?? "output";
      return [{ address: user, message: "the stack uses Vault but holds no written policies to judge" }];
    }
    const rotated = new Map<string, Set<string>>();
    for (const { env } of vaultClients(view)) {
      const role = view.literal(env.get("VAULT_ROLE")) ?? env.get("VAULT_ROLE");
      const paths = view.literal(env.get("ROTATE_PATHS")) ?? env.get("ROTATE_PATHS");
      const mount = view.literal(env.get("VAULT_KV_MOUNT")) ?? env.get("VAULT_KV_MOUNT");
      if (typeof role !== "string" || typeof paths !== "string") continue;
      const set = rotated.get(role) ?? new Set<string>();
      paths
        .split(/\s+/)
        .filter(Boolean)
        .forEach((p) => set.add(`${String(mount)}/data/${p}`));
      rotated.set(role, set);
    }
    const out: Finding[] = [];
    for (const w of written) {
      for (const [name, text] of Object.entries(w.policies)) {
        const address = `output.${w.name}`;
        const rules = typeof text === "string" ? parseVaultPolicy(text) : undefined;
        if (!rules) {
          out.push({ address, message: `policy ${name} is not in the form the library writes, so it cannot be judged` });
          continue;
        }
        const writes = rotated.get(name);
        const allowed = writes ? VAULT_ROTATE_CAPABILITIES : VAULT_READ_CAPABILITIES;
        out.push(...vaultPolicyProblems(rules, w.kvMount, allowed).map((p) => ({ address, message: `policy ${name}: ${p}` })));
        if (writes) {
          for (const r of rules)
            if (!writes.has(r.path))
              out.push({ address, message: `policy ${name}: rotator policy covers ${r.path}, which it does not rotate` });
        }
      }
    }
    return out;
  },
};

/** The controls of §12.3 with Vault. */
export const VAULT_CONTROLS = [vaultTls, vaultKubernetesAuth, vaultNoStaticToken, vaultLeastPrivilege];
