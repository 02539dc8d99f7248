import { execFile } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import neo4j from "neo4j-driver";
import { Testing } from "../../lib/compat/core";
import { parseVaultPolicy } from "../../lib/policy/vault";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { vaultStackProps } from "../secrets/vault/fixture";
import { StandInVault, startStandInVault } from "../secrets/vault/vault-api";
import { manifestsOf, resourcesOf, synth } from "../util";
import { neo4jCache, Neo4jServer, prepareNeo4j, RenderedNeo4j, startPreparedNeo4j } from "./rotation-server";

// The Neo4j credential rotation with Vault as the store, run for real: the files of the rotator's
// ConfigMap as HardenedMeshStack renders them in Vault mode (vault-steps.mjs with Node, apply.sh and
// retire.sh with bash and cypher-shell), each step with its container's environment, against a
// Neo4j 5 Community server over bolt+s, and a Vault API over TLS that enforces the rotator's policy
// as the library writes it (the vault_policies output). The Vault API is the stand-in of
// test/secrets/vault/vault-api.ts (Vault's documented KV v2, check-and-set and ACL semantics):
// no Vault server binary is available to this suite yet (docs/vault.md, "Testing").

const run = promisify(execFile);
const cache = neo4jCache();
const describeReal = cache ? describe : describe.skip;
const JWT = "eyJhbGciOiJSUzI1NiJ9.neo4j-rotator.sig";

interface Credential {
  readonly username: string;
  readonly password: string;
}

/** What the Vault-mode stack renders for the rotation and for Neo4j. */
function rendered() {
  const s = synth(new HardenedMeshStack(Testing.app(), "prod", vaultStackProps()));
  const configMap = resourcesOf(s, "kubernetes_config_map_v1").find((c) => c.metadata.name === "meshoptixiq-neo4j-password-rotation");
  const cron = resourcesOf(s, "kubernetes_cron_job_v1").find((c) => c.metadata.name === "meshoptixiq-neo4j-password-rotation");
  const pod = cron.spec.job_template.spec.template.spec;
  const containers: any[] = [...pod.init_container, ...pod.container];
  const init = resourcesOf(s, "kubernetes_job_v1").find((j) => j.metadata.name === "meshoptixiq-neo4j-password-init");
  containers.push({ ...init.spec.template.spec.container[0], name: "init" });
  const envs = Object.fromEntries(
    containers.map((c) => [
      c.name,
      { command: c.command[0], args: c.args, env: Object.fromEntries(c.env.map((e: any) => [e.name, e.value])) },
    ]),
  );
  const statefulSet = resourcesOf(s, "kubernetes_stateful_set_v1")[0].spec.template.spec.container[0];
  const settings = Object.fromEntries(
    statefulSet.env.filter((e: any) => typeof e.value === "string" && e.name.startsWith("NEO4J_")).map((e: any) => [e.name, e.value]),
  );
  const auth = manifestsOf(s, "ExternalSecret").find((m) => m.spec.target.template?.data?.NEO4J_AUTH);
  const output = s.json.output.vault_policies.value;
  const role = envs.stage.env.VAULT_ROLE as string;
  const policy = Object.fromEntries(parseVaultPolicy(output.policies[role])!.map((r) => [r.path, [...r.capabilities]]));
  const neo4jSettings: RenderedNeo4j = { settings, applyEnv: envs.apply.env, authTemplate: auth.spec.target.template.data.NEO4J_AUTH };
  return { files: configMap.data as Record<string, string>, steps: envs, role, policy, neo4jSettings, path: envs.stage.env.ROTATE_PATHS };
}

describeReal("Neo4j credential rotation with Vault: a real Neo4j 5 server (bolt+s) and a Vault API (KV v2, check-and-set, ACL)", () => {
  const r = rendered();
  let dir: string;
  let vault: StandInVault;
  let server: Neo4jServer;
  const admin = { username: "harness", password: "harness-admin-password-0" };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "neo4j-vault-rotation-"));
    const vaultDir = join(dir, "vault");
    mkdirSync(vaultDir);
    // the rotator's role with the policy the library wrote; another role that may rotate only the API keys
    vault = await startStandInVault(vaultDir, "kubernetes", "secret", {
      [r.role]: { jwt: JWT, policy: r.policy },
      "meshoptixiq-api-key-rotation": { jwt: JWT, policy: { "secret/data/meshoptixiq/api-key/operators": ["create", "read", "update"] } },
    });
    // the pod's filesystem: the ConfigMap at /scripts (with this Vault's CA), the projected token
    mkdirSync(join(dir, "scripts"));
    // as Terraform writes them: its template escapes ($${ and %%{) undone
    for (const [name, text] of Object.entries(r.files))
      writeFileSync(join(dir, "scripts", name), text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"), { mode: 0o555 });
    writeFileSync(join(dir, "scripts", "vault-ca.pem"), readFileSync(vault.caFile));
    writeFileSync(join(dir, "token"), `${JWT}\n`);

    // the first credential, then Neo4j started with it as NEO4J_AUTH renders it
    const truststorePassword = /-Djavax\.net\.ssl\.trustStorePassword=(\S+)/.exec(r.neo4jSettings.applyEnv.JAVA_TOOL_OPTIONS)![1];
    const [prepared, init] = await Promise.all([prepareNeo4j(r.neo4jSettings, truststorePassword), step(newWork(), "init")]);
    expect(init).toMatch(/stored the initial credential of neo4j/);
    const first = latest();
    const authValue = r.neo4jSettings.authTemplate.replace("{{ .password }}", first.password);
    server = await startPreparedNeo4j(cache!, prepared, authValue.slice(authValue.indexOf("/") + 1));
    await query(first, "CREATE USER harness SET PASSWORD $p CHANGE NOT REQUIRED", { p: admin.password }, "system");
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await vault?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const versions = () => vault.versions(r.path);
  const latest = (): Credential & Record<string, string> => versions().at(-1) as any;

  function newWork(): string {
    const work = mkdtempSync(join(dir, "work-"));
    return work;
  }

  /** One container of the rendered pod: its command, arguments and environment, with this machine's paths. */
  async function step(work: string, name: string, extra: Record<string, string> = {}): Promise<string> {
    const { command, args, env } = r.steps[name];
    const local = (value: string) =>
      value
        .replace(/\/scripts\//g, `${join(dir, "scripts")}/`)
        .replace("/var/run/secrets/vault/token", join(dir, "token"))
        .replace("/tls/truststore.p12", server?.truststore ?? "/tls/truststore.p12");
    const merged: Record<string, string> = {
      PATH: `${join(__dirname, "..", "fixtures", "bin")}:${process.env.PATH}`,
      MESHQ_NEO4J_CACHE: cache!,
      ...Object.fromEntries(Object.entries(env as Record<string, string>).map(([k, v]) => [k, local(v)])),
      VAULT_ADDR: vault.address,
      WORK_DIR: work,
      HOME: work,
      GRACE_SECONDS: "1",
      ...(server ? { NEO4J_URI: server.boltUri } : {}),
      ...extra,
    };
    try {
      const out = await run(command, args.map(local), { env: merged, encoding: "utf8" });
      return out.stdout + out.stderr;
    } catch (e: any) {
      throw new Error(`${name} failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
    }
  }

  async function query(credential: Credential, cypher: string, params = {}, database = "neo4j"): Promise<unknown[]> {
    const d = neo4j.driver(server.boltUri.replace("bolt+s://", "bolt://"), neo4j.auth.basic(credential.username, credential.password), {
      encrypted: "ENCRYPTION_ON",
      trust: "TRUST_CUSTOM_CA_SIGNED_CERTIFICATES",
      trustedCertificates: [server.caFile],
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 10_000,
    });
    try {
      return (await d.executeQuery(cypher, params, { database })).records.map((x) => x.toObject());
    } finally {
      await d.close();
    }
  }
  async function login(credential: Credential): Promise<string> {
    try {
      await query(credential, "RETURN 1");
      return "ok";
    } catch (e) {
      return (e as { code?: string }).code ?? String(e);
    }
  }
  const current = (): Credential => ({ username: latest().username, password: latest().password });
  const ROTATION = ["stage", "apply", "finish", "retire", "retired"];

  test("a rotation: the consumers' credential works at every step, both old and new work during the overlap, then the old one is refused", async () => {
    const work = newWork();
    const before = current();
    expect(before.username).toBe("neo4j");
    const outputs: string[] = [];
    const seen: Record<string, Credential> = {};
    for (const name of ROTATION) {
      outputs.push(await step(work, name));
      // what External Secrets delivers (username and password of the latest version) always logs in
      expect([name, await login(current())]).toEqual([name, "ok"]);
      seen[name] = current();
      if (name === "stage") {
        // staged, not yet in use: the consumers' fields are unchanged, so nothing restarts
        expect(current()).toEqual(before);
        expect(latest().pending_username).toBe("neo4j_alt");
        expect(latest().pending_password).toMatch(/^[A-Za-z0-9]{64}$/);
      }
      if (name === "finish") {
        // the overlap: the new credential for the consumers, the old one kept (field and earlier version), both accepted
        expect(current().username).toBe("neo4j_alt");
        expect(latest().retiring_username).toBe("neo4j");
        expect(latest().retiring_password).toBe(before.password);
        expect(versions().some((v) => v.username === "neo4j" && v.password === before.password)).toBe(true);
        expect(await login(before)).toBe("ok");
        expect(await login(current())).toBe("ok");
      }
    }
    const after = current();
    expect(after.username).toBe("neo4j_alt");
    expect(Object.keys(latest()).sort()).toEqual(["password", "username"]);
    expect(await login(before)).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await login(after)).toBe("ok");
    // no password in any step's output
    for (const out of outputs) for (const c of [before, after]) expect(out).not.toContain(c.password);
    // every run revoked its token
    expect(vault.revoked.length).toBeGreaterThanOrEqual(4);

    // the next rotation alternates back to neo4j (dropped by the retirement, created again)
    const next = newWork();
    for (const name of ROTATION) await step(next, name);
    expect(current().username).toBe("neo4j");
    expect(current().password).not.toBe(before.password);
    expect(await login(after)).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await login(current())).toBe("ok");
  }, 120_000);

  test("a run that stopped after the switch resumes: the next pod only retires the previous user", async () => {
    const first = newWork();
    for (const name of ["stage", "apply", "finish"]) await step(first, name);
    const old = { username: latest().retiring_username, password: latest().retiring_password };
    const switched = current();
    expect(await login(old)).toBe("ok");
    // a new pod: fresh work folder
    const second = newWork();
    expect(await step(second, "stage")).toMatch(/resuming the retirement of the previous user/);
    expect(await step(second, "apply")).toMatch(/no pending credential/);
    expect(await step(second, "finish")).toMatch(/nothing to switch/);
    await step(second, "retire");
    await step(second, "retired");
    expect(current()).toEqual(switched);
    expect(await login(old)).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await login(switched)).toBe("ok");
  }, 120_000);

  test("a run that stopped after staging resumes the same pending credential", async () => {
    await step(newWork(), "stage");
    const pending = { username: latest().pending_username, password: latest().pending_password };
    const n = versions().length;
    const work = newWork();
    expect(await step(work, "stage")).toMatch(/resuming an interrupted rotation/);
    expect(versions().length).toBe(n); // nothing new written
    for (const name of ["apply", "finish", "retire", "retired"]) await step(work, name);
    expect(current()).toEqual(pending);
    expect(await login(pending)).toBe("ok");
  }, 120_000);

  test("check-and-set: every write is based on the version just read, so two runs never both move the rotation on", async () => {
    const work = newWork();
    await step(work, "stage");
    await step(work, "apply");
    // another writer moves the secret on between this run's stage and switch: the switch reads the
    // latest version again and writes on it, so it lands on top of the other write, never under it
    vault.put(r.path, { ...latest() });
    const n = versions().length;
    await step(work, "finish");
    expect(versions().length).toBe(n + 1);
    expect(versions().at(-1)!.username).toBe(versions().at(-2)!.pending_username);
    for (const name of ["retire", "retired"]) await step(work, name);
    expect(await login(current())).toBe("ok");
    // two runs racing on the same version: only one write lands, the other fails on check-and-set
    // (Vault answers reads 1.5 s late, so both read the same version before either writes)
    const m = versions().length;
    vault.delayReads(1500);
    let settled: PromiseSettledResult<string>[];
    try {
      settled = await Promise.allSettled([step(newWork(), "stage"), step(newWork(), "stage")]);
    } finally {
      vault.delayReads(0);
    }
    const failed = settled.filter((x) => x.status === "rejected") as PromiseRejectedResult[];
    expect(failed).toHaveLength(1);
    expect(String(failed[0].reason)).toMatch(/check-and-set parameter did not match the current version/);
    expect(versions().length).toBe(m + 1);
    expect(await login(current())).toBe("ok");
  }, 120_000);

  test("least privilege: the rotator's role writes only its path, and another rotator's role cannot write it", async () => {
    const denied = step(newWork(), "stage", { ROTATE_PATHS: "meshoptixiq/api-key/operators" });
    await expect(denied).rejects.toThrow(/read secret\/meshoptixiq\/api-key\/operators: HTTP 403 \([\s\S]*permission denied/);
    const other = step(newWork(), "stage", { VAULT_ROLE: "meshoptixiq-api-key-rotation" });
    await expect(other).rejects.toThrow(/read secret\/meshoptixiq\/neo4j\/password: HTTP 403/);
    const http = step(newWork(), "stage", { VAULT_ADDR: vault.address.replace("https://", "http://") });
    await expect(http).rejects.toThrow(/VAULT_ADDR must be an https:\/\/ URL/);
  }, 60_000);
});
