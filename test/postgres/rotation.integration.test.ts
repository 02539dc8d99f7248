import { randomUUID } from "crypto";
import { createServer } from "net";
import { CreateSecretCommand, GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { AppCredential, AppUserRotationSettings, Dependencies, rotate } from "../../lib/postgres/rotation/handler";
import { pgConnect, PgSession } from "../../lib/postgres/rotation/pg-client";
import { findMotoServer, Moto, motoSecretsManager, startMoto } from "../moto";
import { RotationDriver } from "../keys/secrets-manager-rotation";
import { findPostgres, PgServer, startPostgres } from "./server";

// What EncryptedPostgres's application user rotation (and MESHQ-DATA-7's "never the master user") stands for, tested on a real PostgreSQL
// server (TLS only, SCRAM, statement log on, a master user that is not a superuser, as on RDS)
// and moto's Secrets Manager: the API's credential is created and rotated inside AWS, names a
// least-privilege login role and never the master user, and a leaked password stops working after
// the overlap.
const moto = findMotoServer();
const bin = findPostgres();
jest.spyOn(console, "log").mockImplementation(() => undefined);
const describeReal = moto && bin ? describe : describe.skip;
const STEPS = ["createSecret", "setSecret", "testSecret", "finishSecret"];
const HOUR = 3600 * 1000;

let servers: { moto: Moto; pg: PgServer } | undefined;
if (moto && bin) {
  beforeAll(async () => {
    servers = { moto: await startMoto(moto), pg: await startPostgres(bin) };
  }, 120000);
  afterAll(async () => {
    servers?.moto.stop();
    await servers?.pg.stop();
  });
}

/** A rotation world: a master secret as RDS writes it, an empty application secret, the function's settings. */
async function world(overrides: Partial<AppUserRotationSettings> = {}) {
  const { moto, pg } = servers!;
  const sm: SecretsManagerClient = motoSecretsManager(moto);
  const driver = new RotationDriver(sm);
  const masterArn = (await sm.send(new CreateSecretCommand({ Name: `rds!db-${randomUUID()}`, SecretString: JSON.stringify(pg.master) })))
    .ARN!;
  const arn = await driver.newSecret(`meshq/postgres/app-user/${randomUUID()}`);
  const appRole = `meshq_app_${randomUUID().slice(0, 8)}`;
  const settings: AppUserRotationSettings = {
    allowedSecretArns: [arn],
    masterSecretArn: masterArn,
    host: pg.host,
    port: pg.port,
    database: pg.database,
    appRole,
    schema: `${appRole}_data`,
    passwordLength: 64,
    previousValidHours: 24,
    ...overrides,
  };
  let clock = () => new Date();
  const deps: Dependencies = {
    secrets: driver.client,
    connect: (o) => pgConnect({ ...o, ca: pg.ca }),
    now: () => clock(),
  };
  const step = (token: string, Step: string) => rotate(deps, { Step, SecretId: arn, ClientRequestToken: token }, settings);
  const fullRotation = async () => {
    const token = driver.startRotation(arn);
    for (const s of STEPS) await step(token, s);
    return token;
  };
  // by stage: moto 5.2.5 answers a GetSecretValue without one with the version AWSCURRENT had when
  // the last PutSecretValue made it current, not after UpdateSecretVersionStage moved the label
  const current = async (): Promise<AppCredential> =>
    JSON.parse((await sm.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: "AWSCURRENT" }))).SecretString!) as AppCredential;
  const login = (c: { username: string; password: string }) =>
    pgConnect({ host: pg.host, port: pg.port, database: pg.database, user: c.username, password: c.password, ca: pg.ca });
  const using = async <T>(session: PgSession, work: (s: PgSession) => Promise<T>): Promise<T> => {
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  };
  return { sm, pg, driver, arn, settings, step, fullRotation, current, login, using, setClock: (f: () => Date) => (clock = f) };
}

describeReal("application user rotation on a real PostgreSQL server", () => {
  test("the first rotation creates the login role and its grants; the API's session acts as the group role with its schema only", async () => {
    const w = await world();
    await w.fullRotation();
    const credential = await w.current();
    expect(credential).toMatchObject({
      engine: "postgres",
      host: w.pg.host,
      port: w.pg.port,
      dbname: w.pg.database,
      username: `${w.settings.appRole}_a`,
      masterarn: w.settings.masterSecretArn,
    });
    expect(credential.password).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(JSON.stringify(credential)).not.toContain(w.pg.master.password);

    await w.using(await w.login(credential), async (db) => {
      expect(await db.query("SELECT session_user, current_user, current_setting('search_path')")).toEqual([
        [credential.username, w.settings.appRole, w.settings.schema],
      ]);
      // what the API needs: its own tables in its schema
      await db.query("CREATE TABLE nodes (id bigint PRIMARY KEY, name text)");
      await db.query("INSERT INTO nodes VALUES (1, 'core-1')");
      expect(await db.query("SELECT name FROM nodes")).toEqual([["core-1"]]);
      // and nothing more
      await expect(db.query("CREATE ROLE intruder")).rejects.toThrow(/permission denied/);
      await expect(db.query("CREATE SCHEMA other")).rejects.toThrow(/permission denied/);
      await expect(db.query(`DROP SCHEMA ${w.settings.schema} CASCADE`)).rejects.toThrow(/must be owner/);
      // RESET ROLE returns to the login setting (the group role); SET ROLE NONE leaves it, and holds nothing
      await expect(db.query(`SET ROLE NONE; CREATE TABLE ${w.settings.schema}.mine (id int)`)).rejects.toThrow(/permission denied/);
    });
    expect(
      w.pg.superuser(`SELECT tableowner FROM pg_tables WHERE tablename = 'nodes' AND schemaname = '${w.settings.schema}'`).trim(),
    ).toBe(w.settings.appRole);
    // the password never reached the server in clear: the statement log holds its SCRAM verifier only
    const log = w.pg.log();
    expect(log).toContain(`CREATE ROLE ${credential.username} LOGIN NOINHERIT PASSWORD 'SCRAM-SHA-256$4096:`);
    expect(log).not.toContain(credential.password);
  });

  test("each rotation alternates the login roles; the previous one authenticates through the overlap only", async () => {
    const w = await world();
    await w.fullRotation();
    const first = await w.current();
    await w.using(await w.login(first), (db) => db.query("CREATE TABLE edges (a int, b int)"));

    // a rotation whose overlap ended an hour ago: the previous password is refused at once
    w.setClock(() => new Date(Date.now() - 25 * HOUR));
    await w.fullRotation();
    const second = await w.current();
    expect(second.username).toBe(`${w.settings.appRole}_b`);
    expect(second.password).not.toBe(first.password);
    await expect(w.login(first)).rejects.toThrow(/password authentication failed/);
    // the new login role works on the objects the previous one created (both act as the group role)
    await w.using(await w.login(second), (db) => db.query("ALTER TABLE edges ADD COLUMN weight real"));

    // the next rotation revives the first login role with a new password; the second keeps 24 hours
    w.setClock(() => new Date());
    const before = Date.now();
    await w.fullRotation();
    const third = await w.current();
    expect(third.username).toBe(`${w.settings.appRole}_a`);
    await w.using(await w.login(third), (db) => db.query("SELECT count(*) FROM edges"));
    await w.using(await w.login(second), (db) => db.query("SELECT 1"));
    const validUntil = Date.parse(w.pg.superuser(`SELECT rolvaliduntil FROM pg_roles WHERE rolname = '${second.username}'`).trim());
    expect(validUntil).toBeGreaterThanOrEqual(before + 24 * HOUR - 2000);
    expect(validUntil).toBeLessThanOrEqual(Date.now() + 24 * HOUR + 2000);
    expect(w.pg.superuser(`SELECT rolvaliduntil FROM pg_roles WHERE rolname = '${third.username}'`).trim()).toBe("infinity");
  });

  test("a pending version that names the master user (or any other role) is refused before anything changes", async () => {
    const w = await world();
    await w.fullRotation();
    const token = w.driver.startRotation(w.arn);
    await w.sm.send(
      new PutSecretValueCommand({
        SecretId: w.arn,
        ClientRequestToken: token,
        VersionStages: ["AWSPENDING"],
        SecretString: JSON.stringify({ ...(await w.current()), username: w.pg.master.username, password: "A".repeat(64) }),
      }),
    );
    await expect(w.step(token, "setSecret")).rejects.toThrow(/is not a login role of/);
    // the master's password is unchanged
    await w.using(await w.login(w.pg.master), (db) => db.query("SELECT 1"));
  });

  test("testSecret fails a rotation whose role gained a right (CREATEDB) or a membership", async () => {
    const w = await world();
    await w.fullRotation();
    w.pg.superuser(`ALTER ROLE ${w.settings.appRole} CREATEDB`);
    const token = w.driver.startRotation(w.arn);
    for (const s of ["createSecret", "setSecret"]) await w.step(token, s);
    await expect(w.step(token, "testSecret")).rejects.toThrow(new RegExp(`${w.settings.appRole} has CREATEDB`));
    w.pg.superuser(`ALTER ROLE ${w.settings.appRole} NOCREATEDB; GRANT pg_read_all_data TO ${w.settings.appRole}`);
    await expect(w.step(token, "testSecret")).rejects.toThrow(new RegExp(`${w.settings.appRole} is a member of pg_read_all_data`));
    w.pg.superuser(`REVOKE pg_read_all_data FROM ${w.settings.appRole}`);
    await w.step(token, "testSecret");
    await w.step(token, "finishSecret");
    expect((await w.current()).username).toBe(`${w.settings.appRole}_b`);
  });

  test("the client refuses a certificate it cannot verify and a wrong password, and sends nothing without TLS", async () => {
    const { pg } = servers!;
    const master = { host: pg.host, port: pg.port, database: pg.database, user: pg.master.username, password: pg.master.password };
    await expect(pgConnect(master)).rejects.toThrow(/self[- ]signed|unable to verify|certificate/);
    await expect(pgConnect({ ...master, ca: pg.ca, password: "wrong" })).rejects.toThrow(/password authentication failed/);
    const received: Buffer[] = [];
    const plain = createServer((socket) => {
      socket.on("data", (d) => {
        received.push(d);
        socket.write("N");
      });
    });
    await new Promise<void>((r) => plain.listen(0, "127.0.0.1", r));
    const port = (plain.address() as { port: number }).port;
    try {
      await expect(pgConnect({ ...master, port })).rejects.toThrow(/does not accept TLS/);
    } finally {
      plain.close();
    }
    expect(Buffer.concat(received).toString("latin1")).not.toContain(pg.master.password);
    expect(Buffer.concat(received)).toHaveLength(8); // the SSLRequest only
  });
});
