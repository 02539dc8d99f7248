/**
 * The Vault gate: a stack's Vault mode on a real Vault server and a real kube-apiserver.
 *
 * 1. The stack's namespaces and service accounts are created on a kube-apiserver (KAPI_TOOL).
 * 2. A Vault server (tools/vault-dev: Vault's own core and HTTP API, TLS, KV v2 and Kubernetes auth)
 *    is configured exactly as the stack's `vault_policies` output tells the team: the KV v2 mount,
 *    the Kubernetes auth mount (reviewing tokens with the kube-apiserver's TokenReview API), every
 *    policy's HCL and every role. Vault must accept each one as written.
 * 3. The rotator's script, as the stack's ConfigMap carries it, runs with the environment of the
 *    stack's init Job and CronJob, logging in with a service account token minted by the API server
 *    for the audience of the pod's projected token: the first values, then a rotation after which
 *    the old and the new value are both readable (the overlap), then two rotators at once
 *    (check-and-set: no rotation is lost).
 * 4. Least privilege, as Vault enforces it: the consumer's role (External Secrets' service account)
 *    reads its paths and cannot write them or read others; the rotator cannot write a path it does
 *    not rotate; a token of another service account, or for another audience, cannot log in.
 *
 * With `--self-check`, the rotator's policy is first widened to the whole KV mount, and the gate
 * passes only when exactly the rotator's two least-privilege checks fail.
 *
 * Usage: node -r ./scripts/register.js scripts/vault-gate.ts [--self-check] [cdktf.out/stacks/meshoptixiq-vault/cdk.tf.json]
 * Environment: VAULT_DEV_BIN (the server; default: built or found by tools/vault-dev/build.sh),
 * KAPI_TOOL (see scripts/kube-gate.ts), VAULT_GATE_STATE (state folder). Exit 0 when every check
 * holds, 1 otherwise, 2 when the servers cannot start or the stack has no Vault mode.
 */
import { ChildProcess, execFile, spawn, spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { request } from "https";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { promisify } from "util";
import { kubernetesObjects } from "../lib/guard/first-apply";
import { TerraformJson } from "../lib/guard/model";
import { Cluster } from "./kube-gate/cluster";
import { apiObjectOf } from "./kube-gate/substitute";
import { ApiObject } from "./kube-gate/to-api-object";

const ROOT = resolve(__dirname, "..");
const STATE = process.env.VAULT_GATE_STATE ?? join(tmpdir(), `meshq-vault-gate-${process.pid}`);
const run = promisify(execFile);

interface VaultRole {
  readonly bound_service_account_names: string[];
  readonly bound_service_account_namespaces: string[];
  readonly audience?: string;
  readonly token_policies: string[];
}
interface VaultPlan {
  readonly kubernetes_auth_mount: string;
  readonly kv_mount: string;
  readonly policies: Record<string, string>;
  readonly roles: Record<string, VaultRole>;
}

let passed = 0;
let failed = 0;
function check(ok: boolean, what: string, detail = ""): void {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? "ok   " : "FAIL "} ${what}${!ok && detail ? `: ${detail}` : ""}`);
}

/** One call to the Vault HTTP API over TLS verified against the server's CA. */
function vaultCall(address: string, ca: Buffer, method: string, path: string, token?: string, payload?: unknown) {
  const body = payload === undefined ? undefined : JSON.stringify(payload);
  return new Promise<{ status: number; body: any }>((done, reject) => {
    const req = request(
      new URL(`${address}/v1/${path}`),
      {
        method,
        ca,
        headers: { ...(token ? { "X-Vault-Token": token } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = text;
          }
          done({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

/** The server binary: VAULT_DEV_BIN, else what tools/vault-dev/build.sh finds or builds. */
function vaultBinary(): string {
  if (process.env.VAULT_DEV_BIN) return process.env.VAULT_DEV_BIN;
  const r = spawnSync("bash", [join(ROOT, "tools", "vault-dev", "build.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error("tools/vault-dev/build.sh failed");
  return r.stdout.trim().split("\n").pop()!;
}

/** Starts the server; resolves to its address, CA and root token once it listens. */
function startVault(bin: string, dir: string): Promise<{ proc: ChildProcess; address: string; ca: Buffer; root: string }> {
  return new Promise((done, reject) => {
    const proc = spawn(bin, ["-state", dir], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error("the Vault server did not start within 60 s")), 60_000);
    proc.on("exit", (code) => reject(new Error(`the Vault server exited with ${code}`)));
    proc.stdout!.on("data", (c: Buffer) => {
      out += c.toString("utf8");
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (!line) return;
      clearTimeout(timer);
      const info = JSON.parse(line) as { address: string; caFile: string; rootTokenFile: string };
      done({ proc, address: info.address, ca: readFileSync(info.caFile), root: readFileSync(info.rootTokenFile, "utf8").trim() });
    });
  });
}

const envOf = (o: ApiObject): Record<string, string> => {
  const pod = o.kind === "CronJob" ? (o as any).spec.jobTemplate.spec.template.spec : (o as any).spec.template.spec;
  return Object.fromEntries((pod.containers[0].env ?? []).map((e: any) => [e.name, String(e.value)]));
};
const podOf = (o: ApiObject): any =>
  o.kind === "CronJob" ? (o as any).spec.jobTemplate.spec.template.spec : (o as any).spec.template.spec;

async function main(file: string, selfCheck: boolean): Promise<number> {
  if (!existsSync(file)) {
    console.log(`vault-gate: ${file} not found (synthesize the vault example first); nothing judged`);
    return 2;
  }
  const tf = JSON.parse(readFileSync(file, "utf8")) as TerraformJson;
  const plan = (tf as any).output?.vault_policies?.value as VaultPlan | undefined;
  const objects = kubernetesObjects(tf).map((o) => apiObjectOf(tf, o));
  const rotators = objects.filter((o) => (o.kind === "CronJob" || o.kind === "Job") && envOf(o).VAULT_ROLE && envOf(o).ROTATE_PATHS);
  // the random-secret rotator (rotate.mjs): its init Job and its CronJob
  const init = rotators.find((o) => o.kind === "Job" && envOf(o).ROTATE_MODE === "init");
  const cron = rotators.find((o) => o.kind === "CronJob" && envOf(o).ROTATE_MODE === "rotate");
  if (!plan || !init || !cron) {
    console.log(`vault-gate: ${file} has no vault_policies output or no Vault rotator (init Job and CronJob); nothing judged`);
    return 2;
  }
  if (selfCheck) {
    // the rotator's policy widened to the whole mount: the least-privilege checks must catch it
    const rotatorPolicy = plan.roles[envOf(cron).VAULT_ROLE].token_policies[0];
    plan.policies[rotatorPolicy] += `\npath "${plan.kv_mount}/data/*" {\n  capabilities = ["create", "read", "update"]\n}\n`;
    console.log(`vault-gate self-check: policy ${rotatorPolicy} widened to ${plan.kv_mount}/data/*`);
  }
  const namespace = cron.metadata.namespace!;
  const scriptMap = objects.find(
    (o) => o.kind === "ConfigMap" && podOf(cron).volumes?.some((v: any) => v.configMap?.name === o.metadata.name),
  ) as any;
  // the rotator's scripts as its pods mount them: rotate.mjs and the modules beside it
  const scripts = Object.entries((scriptMap?.data ?? {}) as Record<string, string>).filter(([k]) => k.endsWith(".mjs"));
  const script: string | undefined = scriptMap?.data?.["rotate.mjs"];
  const audience: string | undefined = podOf(cron)
    .volumes?.flatMap((v: any) => v.projected?.sources ?? [])
    .find((s: any) => s.serviceAccountToken)?.serviceAccountToken.audience;
  if (!script || !audience) {
    console.log("vault-gate: the rotator's script ConfigMap or its projected token audience is missing; nothing judged");
    return 2;
  }

  rmSync(STATE, { recursive: true, force: true });
  mkdirSync(STATE, { recursive: true });
  const cluster = new Cluster(join(STATE, "kapi"));
  let vault: Awaited<ReturnType<typeof startVault>> | undefined;
  try {
    cluster.start();
    vault = await startVault(vaultBinary(), join(STATE, "vault"));
    const v = vault;
    const api = (method: string, path: string, token?: string, payload?: unknown) =>
      vaultCall(v.address, v.ca, method, path, token, payload);
    console.log(`vault-gate: Vault at ${v.address}; the stack's namespace ${namespace}`);

    // the stack's namespaces and service accounts, and a token reviewer for Vault
    for (const o of objects.filter((x) => x.kind === "Namespace" || x.kind === "ServiceAccount")) {
      const r = cluster.create(o);
      if (!r.ok) throw new Error(`creating ${o.kind} ${o.metadata.name}: ${r.message}`);
    }
    cluster.kubectl(["create", "serviceaccount", "vault-token-reviewer", "-n", "kube-system"]);
    cluster.kubectl([
      "create",
      "clusterrolebinding",
      "vault-token-reviewer",
      "--clusterrole=system:auth-delegator",
      "--serviceaccount=kube-system:vault-token-reviewer",
    ]);
    // a service account token for an audience ("" for the API server's own, as a reviewer needs)
    const token = (sa: string, ns: string, aud: string = audience) => {
      const r = cluster.kubectl(["create", "token", sa, "-n", ns, ...(aud ? ["--audience", aud] : []), "--duration", "10m"]);
      if (!r.ok) throw new Error(`kubectl create token ${sa}: ${r.stderr}`);
      return r.stdout.trim();
    };
    const kubeconfig = readFileSync(process.env.KUBECONFIG ?? join(STATE, "kapi", "kubeconfig"), "utf8");
    const server = /server: "?([^"\s,}]+)/.exec(kubeconfig)![1];
    const caPath = /certificate-authority: "?([^"\s,}]+)/.exec(kubeconfig)![1];

    // Vault configured from the stack's output, as the team would apply it
    console.log("-- Vault configured from the stack's vault_policies output");
    const kv = plan.kv_mount;
    const auth = plan.kubernetes_auth_mount;
    let r = await api("POST", `sys/mounts/${kv}`, v.root, { type: "kv", options: { version: "2" } });
    check(r.status === 204, `KV v2 engine mounted at ${kv}/`, JSON.stringify(r.body));
    r = await api("POST", `sys/auth/${auth}`, v.root, { type: "kubernetes" });
    check(r.status === 204, `Kubernetes auth enabled at auth/${auth}`, JSON.stringify(r.body));
    r = await api("POST", `auth/${auth}/config`, v.root, {
      kubernetes_host: server,
      kubernetes_ca_cert: readFileSync(caPath, "utf8"),
      token_reviewer_jwt: token("vault-token-reviewer", "kube-system", ""),
      disable_local_ca_jwt: true,
    });
    check(r.status === 204, "Kubernetes auth reviews tokens with the kube-apiserver's TokenReview", JSON.stringify(r.body));
    for (const [name, hcl] of Object.entries(plan.policies)) {
      r = await api("PUT", `sys/policies/acl/${name}`, v.root, { policy: hcl });
      check(r.status === 204, `policy ${name} accepted as written`, JSON.stringify(r.body));
    }
    for (const [name, role] of Object.entries(plan.roles)) {
      r = await api("POST", `auth/${auth}/role/${name}`, v.root, role);
      check(r.status === 204, `role ${name} accepted as written`, JSON.stringify(r.body));
    }

    // the rotator as its pods run it
    const paths = envOf(cron).ROTATE_PATHS.split(/\s+/);
    const rotatorSa = podOf(cron).serviceAccountName as string;
    const scriptFile = join(STATE, "rotate.mjs");
    for (const [name, text] of scripts) writeFileSync(join(STATE, name), text);
    writeFileSync(join(STATE, "ca.pem"), v.ca);
    const tokenFile = join(STATE, "token");
    const rotator = async (o: ApiObject, extra: Record<string, string> = {}) => {
      writeFileSync(tokenFile, token(rotatorSa, namespace));
      const env = { ...envOf(o), VAULT_ADDR: v.address, VAULT_CACERT: join(STATE, "ca.pem"), VAULT_TOKEN_FILE: tokenFile, ...extra };
      try {
        const out = await run(process.execPath, [scriptFile], { env: { PATH: process.env.PATH, ...env } });
        return { code: 0, out: out.stdout + out.stderr };
      } catch (e: any) {
        return { code: Number(e.code ?? 1), out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
      }
    };
    const read = async (path: string, version?: number) =>
      (await api("GET", `${kv}/data/${path}${version ? `?version=${version}` : ""}`, v.root)).body?.data as
        { data: Record<string, string>; metadata: { version: number } } | undefined;

    console.log(`-- the rotator (role ${envOf(cron).VAULT_ROLE}, service account ${rotatorSa}), logging in with Kubernetes auth`);
    let out = await rotator(init);
    check(out.code === 0, "the init Job gives each path its first value", out.out.trim());
    for (const p of paths) {
      const d = await read(p);
      check(d?.metadata.version === 1 && /^[0-9a-f]{64}$/.test(d.data.value ?? ""), `${kv}/${p}: version 1 holds a 64-hex value`);
    }
    const first = await Promise.all(paths.map(async (p) => (await read(p))!.data.value));
    out = await rotator(init);
    check(out.code === 0 && (await read(paths[0]))!.metadata.version === 1, "a second init keeps the values it finds", out.out.trim());
    out = await rotator(cron);
    check(out.code === 0, "the CronJob rotates", out.out.trim());
    for (const [i, p] of paths.entries()) {
      const d = (await read(p))!;
      check(
        d.metadata.version === 2 && d.data.value !== first[i] && d.data.previous === first[i],
        `${kv}/${p}: the new value and the previous one both readable (the overlap)`,
      );
      check((await read(p, 1))?.data.value === first[i], `${kv}/${p}: version 1 still readable`);
      check(!out.out.includes(d.data.value) && !out.out.includes(first[i]), `${kv}/${p}: no value in the rotator's output`);
    }
    const before = (await read(paths[0]))!.metadata.version;
    const both = await Promise.all([rotator(cron), rotator(cron)]);
    const after = (await read(paths[0]))!;
    let chained = true;
    for (let n = before + 1; n <= after.metadata.version; n++) {
      chained &&= (await read(paths[0], n))?.data.previous === (await read(paths[0], n - 1))?.data.value;
    }
    check(
      both.some((b) => b.code === 0) && both.filter((b) => b.code !== 0).every((b) => /check-and-set/.test(b.out)) && chained,
      "two rotators at once: check-and-set keeps every rotation (each version's previous is the version before it)",
      both.map((b) => b.out.trim()).join(" | "),
    );

    console.log("-- least privilege, as Vault enforces it");
    const login = async (role: string, jwt: string) => api("POST", `auth/${auth}/login`, undefined, { role, jwt });
    const rotatorRole = envOf(cron).VAULT_ROLE;
    const notRotated = Object.entries(plan.policies)
      .flatMap(([, hcl]) => [...hcl.matchAll(/path "([^"]+)"/g)].map((m) => m[1]))
      .map((p) => p.replace(new RegExp(`^${kv}/data/`), ""))
      .find((p) => !paths.includes(p));
    const asRotator = (await login(rotatorRole, token(rotatorSa, namespace))).body?.auth?.client_token as string | undefined;
    check(!!asRotator, `${rotatorRole} logs in with its service account's token`);
    if (notRotated) {
      r = await api("POST", `${kv}/data/${notRotated}`, asRotator, { data: { value: "x" } });
      check(r.status === 403, `${rotatorRole} cannot write ${kv}/${notRotated}, a path it does not rotate (HTTP ${r.status})`);
    }
    r = await api("GET", `${kv}/data/other-team/secret`, asRotator);
    check(r.status === 403, `${rotatorRole} cannot read another team's path (HTTP ${r.status})`);
    const otherSa = objects.find((o) => o.kind === "ServiceAccount" && o.metadata.name !== rotatorSa)!.metadata.name;
    r = await login(rotatorRole, token(otherSa, namespace));
    check(r.status === 403, `${rotatorRole} refuses the token of another service account (${otherSa}) (HTTP ${r.status})`);
    r = await login(rotatorRole, token(rotatorSa, namespace, "not-vault"));
    check(r.status === 403, `${rotatorRole} refuses a token for another audience (HTTP ${r.status})`);
    for (const [name, role] of Object.entries(plan.roles).filter(([n]) => n !== rotatorRole)) {
      const sa = role.bound_service_account_names[0];
      const asConsumer = (await login(name, token(sa, role.bound_service_account_namespaces[0], role.audience ?? audience))).body?.auth
        ?.client_token as string | undefined;
      check(!!asConsumer, `${name} logs in as ${sa}`);
      const readable = [...plan.policies[role.token_policies[0]].matchAll(/path "([^"]+)"/g)].map((m) => m[1]);
      for (const p of readable.filter((x) => paths.includes(x.replace(`${kv}/data/`, "")))) {
        r = await api("GET", p, asConsumer);
        check(r.status === 200, `${name} reads ${p}`);
        r = await api("POST", p, asConsumer, { data: { value: "overwritten" } });
        check(r.status === 403, `${name} cannot write ${p} (HTTP ${r.status})`);
      }
      r = await api("GET", `${kv}/data/other-team/secret`, asConsumer);
      check(r.status === 403, `${name} cannot read another team's path (HTTP ${r.status})`);
    }
  } finally {
    vault?.proc.kill("SIGTERM");
    cluster.stop();
    if (!process.env.VAULT_GATE_STATE) rmSync(STATE, { recursive: true, force: true });
  }
  console.log(`vault-gate: ${passed + failed} checks, ${passed} passed, ${failed} failed`);
  if (selfCheck) {
    const caught = failed === 2;
    console.log(
      `vault-gate self-check: ${caught ? "the widened policy failed exactly the rotator's two least-privilege checks" : "NOT caught as expected"}`,
    );
    return caught ? 0 : 1;
  }
  return failed === 0 && passed > 0 ? 0 : 1;
}

const args = process.argv.slice(2);
main(args.find((a) => !a.startsWith("--")) ?? "cdktf.out/stacks/meshoptixiq-vault/cdk.tf.json", args.includes("--self-check")).then(
  (code) => process.exit(code),
  (e) => {
    console.log(`vault-gate: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
