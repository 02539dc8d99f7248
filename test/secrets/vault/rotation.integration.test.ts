import { execFile } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { promisify } from "util";
import { Testing } from "../../../lib/compat/core";
import { HardenedMeshStack } from "../../../lib/stack/hardened-mesh-stack";
import { resourcesOf, synth } from "../../util";
import { vaultStackProps } from "./fixture";
import { StandInVault, startStandInVault } from "./vault-api";

// The rotator's script (lib/secrets/vault/rotation/rotate.mjs) run as the CronJob runs it, with the
// environment the construct writes, against a Vault API over TLS: first values, a rotation that
// leaves the old and the new value readable, check-and-set between two rotators, and refusals.
// No Vault server could be built here within the time box (see docs/vault.md, "Testing"); the
// server is the stand-in of ./vault-api.ts, which keeps Vault's documented semantics.

const run = promisify(execFile);
const SCRIPT = resolve(__dirname, "..", "..", "..", "lib", "secrets", "vault", "rotation", "rotate.mjs");
const JWT = "eyJhbGciOiJSUzI1NiJ9.test-rotator.sig";

/** The rotator's environment as synthesized (CronJob or init Job). */
function renderedEnv(jobName: string, type: "kubernetes_cron_job_v1" | "kubernetes_job_v1"): Record<string, string> {
  const s = synth(new HardenedMeshStack(Testing.app(), "prod", vaultStackProps()));
  const job = resourcesOf(s, type).find((j) => j.metadata.name === jobName);
  const pod = type === "kubernetes_cron_job_v1" ? job.spec.job_template.spec.template.spec : job.spec.template.spec;
  return Object.fromEntries(pod.container[0].env.map((e: any) => [e.name, e.value]));
}
const cronEnv = renderedEnv("meshoptixiq-api-key-rotation", "kubernetes_cron_job_v1");
const initEnv = renderedEnv("meshoptixiq-api-key-rotation-init", "kubernetes_job_v1");
const PATHS = cronEnv.ROTATE_PATHS.split(" ");

let dir: string;
let vault: StandInVault;
let tokenFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "meshq-vault-"));
  tokenFile = join(dir, "token");
  writeFileSync(tokenFile, `${JWT}\n`);
  const rotatorPolicy = Object.fromEntries(PATHS.map((p) => [`secret/data/${p}`, ["create", "read", "update"]]));
  vault = await startStandInVault(dir, "kubernetes", "secret", {
    [cronEnv.VAULT_ROLE]: { jwt: JWT, policy: rotatorPolicy },
    narrow: { jwt: JWT, policy: { [`secret/data/${PATHS[0]}`]: ["create", "read", "update"] } },
  });
});
afterAll(async () => {
  await vault?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function rotator(env: Record<string, string>, extra: Record<string, string> = {}) {
  const merged = { ...env, VAULT_ADDR: vault.address, VAULT_CACERT: vault.caFile, VAULT_TOKEN_FILE: tokenFile, ...extra };
  try {
    const r = await run(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH, ...merged } });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e: any) {
    return { code: e.code as number, out: `${e.stdout}${e.stderr}` };
  }
}

test("the init Job gives each key its first value, and a second init keeps them", async () => {
  expect(initEnv.ROTATE_MODE).toBe("init");
  const first = await rotator(initEnv);
  expect(first).toMatchObject({ code: 0 });
  for (const p of PATHS) {
    expect(vault.versions(p)).toHaveLength(1);
    expect(vault.versions(p)[0].value).toMatch(/^[0-9a-f]{64}$/);
    expect(vault.versions(p)[0].previous).toBeUndefined();
  }
  const again = await rotator(initEnv);
  expect(again.code).toBe(0);
  expect(again.out).toMatch(/kept secret\/meshoptixiq\/api-key\/operators/);
  for (const p of PATHS) expect(vault.versions(p)).toHaveLength(1);
  expect(vault.revoked.length).toBe(2); // each run revokes its token
});

test("a rotation writes a new value and keeps the old one readable as previous, and as the earlier version", async () => {
  const before = PATHS.map((p) => vault.versions(p).at(-1)!.value);
  const r = await rotator(cronEnv);
  expect(r.code).toBe(0);
  PATHS.forEach((p, i) => {
    const latest = vault.versions(p).at(-1)!;
    expect(latest.value).toMatch(/^[0-9a-f]{64}$/);
    expect(latest.value).not.toBe(before[i]);
    expect(latest.previous).toBe(before[i]); // the overlap: both old and new readable now
    expect(vault.versions(p).at(-2)!.value).toBe(before[i]);
    expect(r.out).not.toContain(latest.value); // no value is printed
    expect(r.out).not.toContain(before[i]);
  });
  // the next rotation retires the oldest value: only the last two stay in value/previous
  const second = await rotator(cronEnv);
  expect(second.code).toBe(0);
  const latest = vault.versions(PATHS[0]).at(-1)!;
  expect(latest.previous).toBe(vault.versions(PATHS[0]).at(-2)!.value);
  expect([latest.value, latest.previous]).not.toContain(before[0]);
});

test("two rotators at once: check-and-set lets one write each version", async () => {
  const n = vault.versions(PATHS[0]).length;
  const [a, b] = await Promise.all([rotator(cronEnv), rotator(cronEnv)]);
  expect([a.code, b.code].sort()).toEqual(expect.arrayContaining([0]));
  const failed = [a, b].filter((x) => x.code !== 0);
  for (const f of failed) expect(f.out).toMatch(/check-and-set/);
  const versions = vault.versions(PATHS[0]);
  // every written version's previous is the value before it: no rotation was lost in between
  for (let i = n; i < versions.length; i++) expect(versions[i].previous).toBe(versions[i - 1].value);
});

test("refuses http://, an unknown CA and a role that cannot write the paths", async () => {
  const http = await rotator(cronEnv, { VAULT_ADDR: vault.address.replace("https://", "http://") });
  expect(http.code).not.toBe(0);
  expect(http.out).toMatch(/must be an https:\/\/ URL/);
  const otherCa = join(dir, "other-ca.pem");
  await run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    join(dir, "o.key"),
    "-out",
    otherCa,
    "-days",
    "1",
    "-subj",
    "/CN=other",
  ]);
  const untrusted = await rotator(cronEnv, { VAULT_CACERT: otherCa });
  expect(untrusted.code).not.toBe(0);
  expect(untrusted.out).toMatch(/certificate|self.signed|unable to verify/i);
  const narrow = await rotator(cronEnv, { VAULT_ROLE: "narrow" });
  expect(narrow.code).not.toBe(0);
  expect(narrow.out).toMatch(/permission denied/);
  const badJwt = join(dir, "bad-token");
  writeFileSync(badJwt, "not-the-service-account-token");
  const login = await rotator(cronEnv, { VAULT_TOKEN_FILE: badJwt });
  expect(login.out).toMatch(/login at auth\/kubernetes as role meshoptixiq-api-key-rotation: HTTP 403/);
});
