// Neo4j credential rotation with Vault as the store: the steps that read and write the credential
// (run with Node, next to vault-client.mjs; apply.sh and retire.sh talk to Neo4j as with Secrets
// Manager, from the files this script leaves in $WORK_DIR).
//
// The credential is one KV version 2 secret (ROTATE_PATHS, a single path). Its latest version holds
// the credential consumers use, `username` and `password`, and the rotation's state:
// `pending_username`/`pending_password` (the idle user's new password, not yet in use) and
// `retiring_username`/`retiring_password` (the user the API used before the switch, still active for
// the grace period). Every write is check-and-set on the version read, so two runs never both move
// the rotation on, and every step can be resumed after a crash.
//
//   init    : if the secret has no credential, store the first user with a new password (before
//             Neo4j first starts: NEO4J_AUTH sets that password for the neo4j user).
//   stage   : write $WORK_DIR/current, and in this order of precedence: a pending credential exists
//             (an interrupted rotation): resume it; a retiring user exists (a run stopped during the
//             grace period): only retire it; otherwise store a new pending credential for the idle
//             user (the consumers' username and password are unchanged) and write $WORK_DIR/pending.
//   switch  : make the pending credential the current one and the current one retiring, in one
//             version (External Secrets delivers the new user and password together, Reloader
//             restarts the API), and write $WORK_DIR/retiring for retire.sh.
//   retired : after retire.sh dropped the old user, remove the retiring fields and the work files.
//
// Settings (environment): those of vault-client.mjs, ROTATE_PATHS, NEO4J_USERS (two users, e.g.
// "neo4j neo4j_alt"), WORK_DIR, PASSWORD_LENGTH (alphanumeric characters, at least 32).
import { randomInt } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setting, vaultSession } from "./vault-client.mjs";

const mode = process.argv[2];
const workDir = process.env.WORK_DIR ?? "/run/rotation";
const passwordLength = Number(process.env.PASSWORD_LENGTH ?? "64");
const USER = /^[a-z][a-z0-9_]*$/;
const PASSWORD = /^[A-Za-z0-9]{8,}$/;
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const WORK_FILES = ["current", "pending", "retiring", ".new"];

const log = (message) => console.log(JSON.stringify({ step: "vault-steps", mode, message }));

/** A new alphanumeric password (uniform, from the CSPRNG) with each character class. */
function newPassword() {
  for (;;) {
    const p = Array.from({ length: passwordLength }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join("");
    if (/[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p)) return p;
  }
}

/** The credential `prefix` (`""`, `pending_` or `retiring_`) of a version's data, checked; undefined when absent. */
function credential(data, prefix) {
  const username = data?.[`${prefix}username`];
  const password = data?.[`${prefix}password`];
  if (username === undefined && password === undefined) return undefined;
  if (typeof username !== "string" || !USER.test(username) || typeof password !== "string" || !PASSWORD.test(password))
    throw new Error(`the ${prefix || "current "}credential is not a Neo4j user name with an alphanumeric password`);
  return { username, password };
}

/** Writes a credential file for apply.sh / retire.sh (the form common.sh reads), owner-only. */
function writeCredential(name, c) {
  writeFileSync(join(workDir, name), JSON.stringify({ username: c.username, password: c.password }), { mode: 0o600 });
}
const readCredential = (name) => credential(JSON.parse(readFileSync(join(workDir, name), "utf8")), "");
const clearWork = () => WORK_FILES.forEach((f) => rmSync(join(workDir, f), { force: true }));

async function main() {
  const paths = setting("ROTATE_PATHS").split(/\s+/).filter(Boolean);
  if (paths.length !== 1) throw new Error("ROTATE_PATHS must name exactly one path, the Neo4j credential");
  const [path] = paths;
  const users = (process.env.NEO4J_USERS ?? "neo4j neo4j_alt").split(/\s+/).filter(Boolean);
  if (users.length !== 2 || users[0] === users[1] || !users.every((u) => USER.test(u)))
    throw new Error('NEO4J_USERS must name two different Neo4j users, e.g. "neo4j neo4j_alt"');
  if (!Number.isInteger(passwordLength) || passwordLength < 32) throw new Error("PASSWORD_LENGTH must be an integer of at least 32");
  if (!["init", "stage", "switch", "retired"].includes(mode)) throw new Error("usage: vault-steps.mjs init|stage|switch|retired");

  const vault = await vaultSession();
  try {
    const { version, data } = await vault.read(path);
    const current = credential(data, "");
    const pending = credential(data, "pending_");
    const retiring = credential(data, "retiring_");
    const where = `${vault.mount}/${path}`;

    if (mode === "init") {
      if (current) return log(`${where} already has a current credential (version ${version}); nothing to do`);
      const written = await vault.write(path, version, { username: users[0], password: newPassword() });
      return log(`stored the initial credential of ${users[0]} at ${where} (version ${written ?? "?"})`);
    }
    if (!current) throw new Error(`${where} has no current credential; run the init step first`);
    if (!users.includes(current.username)) throw new Error(`the current credential's user is not one of NEO4J_USERS (${users.join(" ")})`);

    if (mode === "stage") {
      clearWork();
      writeCredential("current", current);
      if (pending && pending.username !== current.username) {
        writeCredential("pending", pending);
        return log("resuming an interrupted rotation");
      }
      if (retiring && retiring.username !== current.username) {
        writeCredential("retiring", retiring);
        return log("resuming the retirement of the previous user");
      }
      const idle = { username: users[0] === current.username ? users[1] : users[0], password: newPassword() };
      // the consumers' username and password stay as they are: nothing restarts before the switch
      const written = await vault.write(path, version, { ...current, pending_username: idle.username, pending_password: idle.password });
      writeCredential("pending", idle);
      return log(`stored a new pending credential for ${idle.username} (version ${written ?? "?"})`);
    }

    if (mode === "switch") {
      if (!existsSync(join(workDir, "pending"))) return log("no pending credential: nothing to switch");
      const next = readCredential("pending");
      if (current.username === next.username) {
        // switched by an earlier run of this step; retire.sh still needs the user it replaced
        if (retiring && !existsSync(join(workDir, "retiring"))) writeCredential("retiring", retiring);
        return log(`${next.username} is already current`);
      }
      if (!pending || pending.username !== next.username || pending.password !== next.password)
        throw new Error(`the pending credential at ${where} is not the one this run staged; refusing to switch`);
      // one version: the new credential for the consumers, the old one kept for the grace period
      const written = await vault.write(path, version, {
        ...next,
        retiring_username: current.username,
        retiring_password: current.password,
      });
      writeCredential("retiring", current);
      return log(`${next.username} is current (version ${written ?? "?"}); ${current.username} is retiring`);
    }

    // retired
    if (retiring && retiring.username !== current.username) {
      const written = await vault.write(path, version, current);
      log(`removed the retiring credential of ${retiring.username} (version ${written ?? "?"})`);
    }
    clearWork();
    log(`rotation complete; the current user is ${current.username}`);
  } finally {
    await vault.close();
  }
}

main().catch((err) => {
  console.error(`Neo4j credential rotation (${mode ?? "no mode"}) failed: ${err.message}`);
  process.exit(1);
});
