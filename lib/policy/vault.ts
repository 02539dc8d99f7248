/**
 * HashiCorp Vault as a secret store: the rules the constructs validate with and the guard judges
 * with, as small pure functions. The library writes Vault policies in one strict HCL form
 * ({@link renderVaultPolicy}), and the guard reads them back with {@link parseVaultPolicy}, which
 * refuses anything else, so that a policy edited after synth is judged or fails closed.
 */

/** The Kubernetes auth audience the library's tokens carry and its Vault roles require. */
export const VAULT_TOKEN_AUDIENCE = "vault";

/** What a reader of a secret may do: read the current version (with its `previous` field). */
export const VAULT_READ_CAPABILITIES: readonly string[] = ["read"];
/** What a rotator may do on the paths it rotates: read the version, write the next one (check-and-set). */
export const VAULT_ROTATE_CAPABILITIES: readonly string[] = ["create", "read", "update"];
/** Capabilities a policy written for this library may hold. `sudo`, `delete`, `list`, `patch`, `deny` never. */
const ALLOWED_CAPABILITIES = new Set(["create", "read", "update"]);

/** Environment variable names that carry a static Vault token (the Vault CLI and SDKs read them). */
export const VAULT_STATIC_TOKEN_VARIABLES: readonly string[] = ["VAULT_TOKEN", "VAULT_ROOT_TOKEN", "VAULT_DEV_ROOT_TOKEN_ID"];

/** One rule of a Vault policy. */
export interface VaultPolicyRule {
  /** Path of the rule, e.g. `secret/data/meshoptixiq/api-key/operators` (no glob). */
  readonly path: string;
  readonly capabilities: readonly string[];
}

/** Rule: an https URL with a host (and optional port), no path, no credentials. */
export function isHttpsVaultAddress(address: string): boolean {
  const m = /^https:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:(\d{1,5}))?\/?$/.exec(address);
  return !!m && (m[3] === undefined || (Number(m[3]) >= 1 && Number(m[3]) <= 65535));
}

/** The port of an https Vault address (443 unless given). */
export function vaultAddressPort(address: string): number {
  const m = /:(\d{1,5})\/?$/.exec(address.replace(/^https:\/\//, ""));
  return m ? Number(m[1]) : 443;
}

/** Rule: a Vault mount or secret path: segments of letters, digits, `-`, `_` and `.`, no glob, no `..`. */
export function isVaultPath(path: string): boolean {
  return (
    path.length > 0 &&
    path.length <= 512 &&
    path.split("/").every((segment) => /^[A-Za-z0-9_.-]+$/.test(segment) && segment !== "." && segment !== "..")
  );
}

/** The API path of a KV v2 secret's data: `<mount>/data/<path>`. */
export function kvDataPath(mount: string, path: string): string {
  return `${mount}/data/${path}`;
}

/** The HCL of a Vault policy, in the one form {@link parseVaultPolicy} reads back. Rules sorted by path. */
export function renderVaultPolicy(rules: readonly VaultPolicyRule[]): string {
  return [...rules]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(
      (r) =>
        `path "${r.path}" {\n  capabilities = [${[...r.capabilities]
          .sort()
          .map((c) => `"${c}"`)
          .join(", ")}]\n}\n`,
    )
    .join("\n");
}

/**
 * Reads a policy written by {@link renderVaultPolicy}: its rules, or undefined when the text has
 * any other form (comments, other blocks, parameters, globs in quotes are kept and judged).
 */
export function parseVaultPolicy(hcl: string): VaultPolicyRule[] | undefined {
  const rules: VaultPolicyRule[] = [];
  const block = /path "([^"\n]*)" \{\n {2}capabilities = \[((?:"[a-z]+"(?:, )?)*)\]\n\}\n/y;
  let at = 0;
  while (at < hcl.length) {
    if (hcl[at] === "\n") {
      at++;
      continue;
    }
    block.lastIndex = at;
    const m = block.exec(hcl);
    if (!m) return undefined;
    rules.push({ path: m[1], capabilities: m[2] === "" ? [] : m[2].split(", ").map((c) => c.slice(1, -1)) });
    at = block.lastIndex;
  }
  return rules;
}

/**
 * Why a policy is more than least privilege, for the paths it may cover: each rule is one exact
 * path under `<kvMount>/data/` (no glob, no `sys/`, `auth/` or other mount), with capabilities
 * within `allowed` (read for a reader, create/read/update for a rotator). Empty when it is not.
 */
export function vaultPolicyProblems(rules: readonly VaultPolicyRule[], kvMount: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  if (rules.length === 0) problems.push("grants nothing (an empty policy is a sign of a wrong binding)");
  for (const r of rules) {
    if (/[*+]/.test(r.path)) problems.push(`path "${r.path}" has a glob; grant exact paths`);
    else if (!r.path.startsWith(`${kvMount}/data/`) || !isVaultPath(r.path))
      problems.push(`path "${r.path}" is outside the KV v2 data of ${kvMount}/`);
    for (const c of r.capabilities) {
      if (!ALLOWED_CAPABILITIES.has(c)) problems.push(`path "${r.path}" grants "${c}"`);
      else if (!allowed.includes(c)) problems.push(`path "${r.path}" grants "${c}", beyond ${allowed.join("/")}`);
    }
  }
  return problems;
}
