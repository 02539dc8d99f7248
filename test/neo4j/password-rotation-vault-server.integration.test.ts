import { ChildProcess, execFile, spawn } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { request } from "https";
import { homedir, tmpdir } from "os";
import { join, resolve } from "path";
import { createInterface } from "readline";
import { promisify } from "util";
import neo4j from "neo4j-driver";
import { Testing } from "../../lib/compat/core";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { vaultStackProps } from "../secrets/vault/fixture";
import { tool } from "../tools";
import { manifestsOf, resourcesOf, synth } from "../util";
import { neo4jCache, Neo4jServer, prepareNeo4j, RenderedNeo4j, startPreparedNeo4j } from "./rotation-server";

// The Neo4j credential rotation with Vault, on a real Vault server (tools/vault-dev: Vault's core
// and HTTP API, KV v2 and the Kubernetes auth method) and a real kube-apiserver (the shared tool)
// whose TokenReview Vault calls: the policies and roles are the stack's `vault_policies` output as
// written, the rotator logs in with a service account token of audience `vault` that the API server
// issued, and the steps run from the rendered ConfigMap against a real Neo4j 5 (bolt+s). Skipped
// when either server is not built (bash tools/vault-dev/build.sh; the kube-apiserver tool's `build`).

const run = promisify(execFile);
const vaultBin = tool("vault");
const kapiTool = resolve(
  process.env.KAPI_TOOL ?? join(__dirname, "..", "..", "..", "shared", "tools", "kube-apiserver", "build-and-run.sh"),
);
const kapiCache = process.env.KAPI_CACHE ?? join(homedir(), ".cache", "kapi");
const kapiBuilt =
  existsSync(kapiTool) &&
  existsSync(kapiCache) &&
  readdirSync(kapiCache).some((v) => existsSync(join(kapiCache, v, "bin", "kube-apiserver")));
const cache = neo4jCache();
const describeReal = vaultBin && kapiBuilt && cache ? describe : describe.skip;

interface Credential {
  readonly username: string;
  readonly password: string;
}

describeReal("Neo4j credential rotation on a real Vault server, with Kubernetes auth by a real kube-apiserver", () => {
  const s = synth(new HardenedMeshStack(Testing.app(), "prod", vaultStackProps()));
  const files: Record<string, string> = resourcesOf(s, "kubernetes_config_map_v1").find(
    (c) => c.metadata.name === "meshoptixiq-neo4j-password-rotation",
  ).data;
  const pod = resourcesOf(s, "kubernetes_cron_job_v1").find((c) => c.metadata.name === "meshoptixiq-neo4j-password-rotation").spec
    .job_template.spec.template.spec;
  const init = resourcesOf(s, "kubernetes_job_v1").find((j) => j.metadata.name === "meshoptixiq-neo4j-password-init").spec.template.spec
    .container[0];
  const steps = Object.fromEntries(
    [...pod.init_container, ...pod.container, { ...init, name: "init" }].map((c: any) => [
      c.name,
      { command: c.command[0] as string, args: c.args as string[], env: Object.fromEntries(c.env.map((e: any) => [e.name, e.value])) },
    ]),
  );
  const written = s.json.output.vault_policies.value;
  const path: string = steps.stage.env.ROTATE_PATHS;
  const sa = written.roles["meshoptixiq-neo4j-password-rotation"].bound_service_account_names[0];
  const ns = written.roles["meshoptixiq-neo4j-password-rotation"].bound_service_account_namespaces[0];

  let dir: string;
  let vault: ChildProcess;
  let address: string;
  let ca: Buffer;
  let root: string;
  let kapiEnv: Record<string, string>;
  let server: Neo4jServer;
  const admin = { username: "harness", password: "harness-admin-password-0" };

  /** One Vault API call as root (the test's own view of Vault). */
  function api(method: string, p: string, body?: unknown, token = root): Promise<{ status: number; body: any }> {
    return new Promise((ok, fail) => {
      const req = request(
        new URL(`${address}/v1/${p}`),
        { method, ca, headers: { "X-Vault-Token": token, "Content-Type": "application/json" } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            ok({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined });
          });
        },
      );
      req.on("error", fail);
      if (body !== undefined) req.write(JSON.stringify(body));
      req.end();
    });
  }
  async function must(method: string, p: string, body?: unknown) {
    const r = await api(method, p, body);
    if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
  const kubectl = async (...args: string[]) => (await run("kubectl", args, { env: { ...process.env, ...kapiEnv } })).stdout.trim();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "neo4j-vault-server-"));
    // Vault
    vault = spawn(vaultBin!, ["-state", join(dir, "vault")], { stdio: ["ignore", "pipe", "ignore"] });
    const line: string = await new Promise((ok, fail) => {
      createInterface({ input: vault.stdout! }).once("line", ok);
      vault.once("exit", () => fail(new Error("vault-dev exited")));
    });
    const info = JSON.parse(line);
    address = info.address;
    ca = readFileSync(info.caFile);
    root = readFileSync(info.rootTokenFile, "utf8").trim();
    // kube-apiserver: the rotator's service account and a token of audience vault, as the pod's projected volume gets it
    const kapiState = join(dir, "kapi");
    const kenv = { ...process.env, KAPI_STATE: kapiState } as Record<string, string>;
    await run("bash", [kapiTool, "start"], { env: kenv });
    const exported = (await run("bash", [kapiTool, "env"], { env: kenv })).stdout;
    const m = /KUBECONFIG=(\S+) PATH=(\S+):\$PATH/.exec(exported)!;
    kapiEnv = { KAPI_STATE: kapiState, KUBECONFIG: m[1], PATH: `${m[2]}:${process.env.PATH}` };
    await kubectl("create", "namespace", ns);
    await kubectl("-n", ns, "create", "serviceaccount", sa);
    await kubectl("-n", ns, "create", "serviceaccount", "meshoptixiq-api");
    writeFileSync(join(dir, "token"), await kubectl("-n", ns, "create", "token", sa, "--audience", "vault", "--duration", "10m"));
    const host = await kubectl("config", "view", "--raw", "-o", "jsonpath={.clusters[0].cluster.server}");
    // Vault as the team sets it up: KV v2, Kubernetes auth on this cluster, the written policies and roles
    await must("POST", "sys/mounts/secret", { type: "kv", options: { version: "2" } });
    await must("POST", "sys/auth/kubernetes", { type: "kubernetes" });
    await must("POST", "auth/kubernetes/config", {
      kubernetes_host: host,
      kubernetes_ca_cert: readFileSync(join(kapiState, "pki", "ca.crt"), "utf8"),
      token_reviewer_jwt: readFileSync(join(kapiState, "pki", "tokens.csv"), "utf8").split(",")[0],
      disable_local_ca_jwt: true,
    });
    for (const [name, policy] of Object.entries<string>(written.policies)) await must("PUT", `sys/policies/acl/${name}`, { policy });
    for (const [name, role] of Object.entries<any>(written.roles)) await must("POST", `auth/kubernetes/role/${name}`, role);
    // the pod's /scripts, with this Vault's CA
    mkdirSync(join(dir, "scripts"));
    for (const [name, text] of Object.entries(files))
      writeFileSync(join(dir, "scripts", name), text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"), { mode: 0o555 });
    writeFileSync(join(dir, "scripts", "vault-ca.pem"), ca);
    // the first credential, then Neo4j started with it as NEO4J_AUTH
    const settings = Object.fromEntries(
      resourcesOf(s, "kubernetes_stateful_set_v1")[0]
        .spec.template.spec.container[0].env.filter((e: any) => typeof e.value === "string" && e.name.startsWith("NEO4J_"))
        .map((e: any) => [e.name, e.value]),
    );
    const authTemplate = manifestsOf(s, "ExternalSecret").find((x) => x.spec.target.template?.data?.NEO4J_AUTH).spec.target.template.data
      .NEO4J_AUTH;
    const rendered: RenderedNeo4j = { settings, applyEnv: steps.apply.env, authTemplate };
    const truststorePassword = /-Djavax\.net\.ssl\.trustStorePassword=(\S+)/.exec(steps.apply.env.JAVA_TOOL_OPTIONS)![1];
    const [prepared] = await Promise.all([prepareNeo4j(rendered, truststorePassword), step(work(), "init")]);
    const first = await current();
    server = await startPreparedNeo4j(cache!, prepared, first.password);
    await query(first, "CREATE USER harness SET PASSWORD $p CHANGE NOT REQUIRED", { p: admin.password }, "system");
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    vault?.kill("SIGKILL");
    if (kapiEnv)
      await run("bash", [kapiTool, "stop", "--clean"], { env: { ...process.env, KAPI_STATE: kapiEnv.KAPI_STATE } }).catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const work = () => mkdtempSync(join(dir, "work-"));
  const latest = async (): Promise<Record<string, string> & { version: number }> => {
    const r = await must("GET", `secret/data/${path}`);
    return { ...r.data.data, version: r.data.metadata.version };
  };
  const current = async (): Promise<Credential> => {
    const l = await latest();
    return { username: l.username, password: l.password };
  };

  async function step(wd: string, name: string, extra: Record<string, string> = {}): Promise<string> {
    const { command, args, env } = steps[name];
    const local = (v: string) =>
      v
        .replace(/\/scripts\//g, `${join(dir, "scripts")}/`)
        .replace("/var/run/secrets/vault/token", join(dir, "token"))
        .replace("/tls/truststore.p12", server?.truststore ?? "/tls/truststore.p12");
    const merged: Record<string, string> = {
      PATH: `${join(__dirname, "..", "fixtures", "bin")}:${process.env.PATH}`,
      MESHQ_NEO4J_CACHE: cache!,
      ...Object.fromEntries(Object.entries(env as Record<string, string>).map(([k, v]) => [k, local(v)])),
      VAULT_ADDR: address,
      WORK_DIR: wd,
      HOME: wd,
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

  async function query(c: Credential, cypher: string, params = {}, database = "neo4j") {
    const d = neo4j.driver(server.boltUri.replace("bolt+s://", "bolt://"), neo4j.auth.basic(c.username, c.password), {
      encrypted: "ENCRYPTION_ON",
      trust: "TRUST_CUSTOM_CA_SIGNED_CERTIFICATES",
      trustedCertificates: [server.caFile],
      maxConnectionPoolSize: 1,
    });
    try {
      return (await d.executeQuery(cypher, params, { database })).records;
    } finally {
      await d.close();
    }
  }
  const login = (c: Credential) =>
    query(c, "RETURN 1").then(
      () => "ok",
      (e) => (e as { code?: string }).code ?? String(e),
    );

  test("a rotation under the written role: the credential works after every step, old and new overlap, then the old is refused", async () => {
    const before = await current();
    expect(before.username).toBe("neo4j");
    const wd = work();
    let overlap: Record<string, string> = {};
    for (const name of ["stage", "apply", "finish", "retire", "retired"]) {
      await step(wd, name);
      expect([name, await login(await current())]).toEqual([name, "ok"]);
      if (name === "finish") {
        overlap = await latest();
        expect(await login(before)).toBe("ok");
      }
    }
    expect(overlap.username).toBe("neo4j_alt");
    expect(overlap.retiring_password).toBe(before.password);
    const earlier = await must("GET", `secret/data/${path}?version=${Number(overlap.version) - 1}`);
    expect(earlier.data.data.password).toBe(before.password); // the earlier KV version keeps it as well
    const after = await latest();
    expect(Object.keys(after).sort()).toEqual(["password", "username", "version"]);
    expect(await login(before)).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await login({ username: after.username, password: after.password })).toBe("ok");
  }, 120_000);

  test("Kubernetes auth and the policy as written: another service account, another audience or another path are refused", async () => {
    const other = join(dir, "other-token");
    writeFileSync(other, await kubectl("-n", ns, "create", "token", "meshoptixiq-api", "--audience", "vault", "--duration", "10m"));
    await expect(step(work(), "stage", { VAULT_TOKEN_FILE: other })).rejects.toThrow(
      /login at auth\/kubernetes as role meshoptixiq-neo4j-password-rotation: HTTP 403/,
    );
    const audience = join(dir, "audience-token");
    writeFileSync(
      audience,
      await kubectl("-n", ns, "create", "token", sa, "--audience", "https://kubernetes.default.svc", "--duration", "10m"),
    );
    await expect(step(work(), "stage", { VAULT_TOKEN_FILE: audience })).rejects.toThrow(/login at auth\/kubernetes .*HTTP 403/);
    await expect(step(work(), "stage", { ROTATE_PATHS: "meshoptixiq/api-key/operators" })).rejects.toThrow(
      /read secret\/meshoptixiq\/api-key\/operators: HTTP 403/,
    );
  }, 60_000);
});
