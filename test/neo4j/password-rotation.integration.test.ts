import { ChildProcess, execFile, spawn } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { promisify } from "util";
import { CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import neo4j, { Driver } from "neo4j-driver";
import { AwsCli, startAwsCli } from "../aws-cli";
import { tool } from "../tools";
import { findMotoServer, Moto, motoSecretsManager, startMoto } from "../moto";
import { neo4jCache, Neo4jServer, prepareNeo4j, renderedNeo4j, RenderedNeo4j, startPreparedNeo4j } from "./rotation-server";

// The Neo4j credential rotation, run for real: the scripts under lib/neo4j/rotation with bash, the
// AWS CLI against moto's Secrets Manager, and Neo4j's cypher-shell against a Neo4j 5 Community
// server (both from Maven Central), over bolt+s with the TLS settings the construct renders. The
// scripts call the AWS CLI about 60 times, so it runs through its fork server (test/aws-cli.ts).

const execFileAsync = promisify(execFile);
const scripts = join(__dirname, "..", "..", "lib", "neo4j", "rotation");
// the pinned tools (test/tools.js); a missing one skips the suite, with the reason printed once per run
const moto_server = findMotoServer();
const awsCli = moto_server ? tool("awsCli") : undefined;
const cache = neo4jCache();
const runnable = moto_server && awsCli && cache;
const describeReal = runnable ? describe : describe.skip;

interface Credential {
  readonly username: string;
  readonly password: string;
}

/** Everything the tests share: one moto, one Neo4j server for the whole file. */
interface World {
  readonly moto: Moto;
  readonly aws: AwsCli;
  readonly sm: SecretsManagerClient;
  readonly server: Neo4jServer;
  readonly rendered: RenderedNeo4j;
  /** The secret whose initial credential started the server (NEO4J_AUTH), users neo4j/neo4j_alt. */
  readonly mainSecret: string;
  /** A user the harness creates its test users with (every user is an administrator in Community). */
  readonly admin: Credential;
}

describeReal("Neo4j credential rotation against a real Neo4j 5 server (bolt+s) and Secrets Manager (moto)", () => {
  let world: Promise<World> | undefined;
  const started: Array<() => Promise<void> | void> = [];
  const workDirs: string[] = [];
  afterAll(async () => {
    const begin = Date.now();
    for (const stop of started.reverse()) await stop();
    for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
    console.log(`moto and Neo4j stopped in ${Date.now() - begin} ms`);
  });

  const value = async (sm: SecretsManagerClient, arn: string, stage: string): Promise<Credential> =>
    JSON.parse((await sm.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage }))).SecretString!);
  const stagesOf = async (sm: SecretsManagerClient, arn: string) =>
    Object.fromEntries(
      Object.entries((await sm.send(new DescribeSecretCommand({ SecretId: arn }))).VersionIdsToStages ?? {}).filter(
        ([, s]) => s.length > 0,
      ),
    );

  /** One moto and one Neo4j for the file; every test awaits it (tests run concurrently). */
  function setup(): Promise<World> {
    world ??= (async () => {
      const begin = Date.now();
      const phase = (name: string, since: number) => `${name} ${Date.now() - since} ms`;
      // moto boots in its own process while the construct is synthesized here (the timer lets
      // startMoto pick its port and spawn the server before the synthesis holds the event loop)
      const motoStarting = startMoto(moto_server!);
      motoStarting.then((m) => started.push(() => m.stop())).catch(() => undefined);
      const awsStarting = startAwsCli(awsCli!);
      awsStarting.then((a) => started.push(() => a.stop())).catch(() => undefined);
      const rendered = await new Promise<RenderedNeo4j>((ok, fail) =>
        setTimeout(() => {
          try {
            ok(renderedNeo4j());
          } catch (e) {
            fail(e);
          }
        }, 20),
      );
      const truststorePassword = /-Djavax\.net\.ssl\.trustStorePassword=(\S+)/.exec(rendered.applyEnv.JAVA_TOOL_OPTIONS)![1];
      const timings = [phase("synth", begin)];
      // the server's home, certificates and truststore do not depend on the secret: made meanwhile
      const prepareStart = Date.now();
      const preparing = prepareNeo4j(rendered, truststorePassword).then((p) => (timings.push(phase("certificates", prepareStart)), p));
      const [moto, aws, prepared, mainSecret] = await Promise.all([
        motoStarting,
        awsStarting,
        preparing,
        Promise.all([motoStarting, awsStarting]).then(async ([m, a]) => {
          timings.push(phase("moto", begin));
          const secretStart = Date.now();
          const arn = await newSecret(motoSecretsManager(m));
          await script(baseEnv(m, a, undefined, rendered, arn, "neo4j neo4j_alt"), "stage.sh", "init");
          timings.push(phase("secret", secretStart));
          return arn;
        }),
      ]);
      const sm = motoSecretsManager(moto);
      const initial = await value(sm, mainSecret, "AWSCURRENT");
      // NEO4J_AUTH as the ExternalSecret renders it from the secret
      const auth = rendered.authTemplate.replace("{{ .password }}", initial.password);
      expect(auth.split("/")[0]).toBe(initial.username);
      const serverStart = Date.now();
      const server = await startPreparedNeo4j(cache!, prepared, auth.slice(auth.indexOf("/") + 1));
      started.push(() => server.stop());
      timings.push(phase("neo4j", serverStart));
      const admin = { username: "harness", password: "harness-admin-password-0" };
      await query(server, initial, "CREATE USER harness SET PASSWORD $p CHANGE NOT REQUIRED", { p: admin.password }, "system");
      console.log(`moto, initial credential and Neo4j started in ${Date.now() - begin} ms (${timings.join(", ")})`);
      return { moto, aws, sm, server, rendered, mainSecret, admin };
    })();
    return world;
  }

  async function newSecret(sm: SecretsManagerClient): Promise<string> {
    return (await sm.send(new CreateSecretCommand({ Name: `meshq/neo4j/${Date.now()}-${Math.random()}` }))).ARN!;
  }

  function baseEnv(
    moto: Moto,
    aws: AwsCli,
    server: Neo4jServer | undefined,
    rendered: RenderedNeo4j,
    arn: string,
    users: string,
  ): Record<string, string> {
    const work = mkdtempSync(join(tmpdir(), "neo4j-rotation-"));
    workDirs.push(work);
    return {
      PATH: `${join(__dirname, "..", "fixtures", "bin")}:${aws.bin}:${dirname(awsCli!)}:${process.env.PATH}`,
      ...aws.env,
      HOME: work,
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: "testing",
      AWS_SECRET_ACCESS_KEY: "testing",
      AWS_DEFAULT_REGION: "eu-west-1",
      MESHQ_NEO4J_CACHE: cache!,
      SECRET_ARN: arn,
      WORK_DIR: work,
      NEO4J_USERS: users,
      GRACE_SECONDS: "1",
      // the construct's truststore settings, with the mount path of this machine
      ...(server
        ? {
            NEO4J_URI: server.boltUri,
            JAVA_TOOL_OPTIONS: rendered.applyEnv.JAVA_TOOL_OPTIONS.replace("/tls/truststore.p12", server.truststore),
          }
        : {}),
    };
  }

  async function script(env: Record<string, string>, name: string, ...args: string[]): Promise<string> {
    try {
      const { stdout } = await execFileAsync("bash", [join(scripts, name), ...args], { env, encoding: "utf8" });
      return stdout;
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      throw new Error(`${name} ${args.join(" ")} failed: ${err.message}\n${err.stdout ?? ""}\n${err.stderr ?? ""}`);
    }
  }

  const rotation = ["stage.sh rotate", "apply.sh", "finish.sh switch", "retire.sh", "finish.sh retired"];
  async function rotate(env: Record<string, string>, steps = rotation): Promise<string> {
    let out = "";
    for (const step of steps) {
      const [name, ...args] = step.split(" ");
      out += await script(env, name, ...args);
    }
    return out;
  }

  /** A client as the API is one: bolt+s, verifying the certificate with the CA file. */
  function driver(server: Neo4jServer, credential: Credential): Driver {
    return neo4j.driver(server.boltUri.replace("bolt+s://", "bolt://"), neo4j.auth.basic(credential.username, credential.password), {
      encrypted: "ENCRYPTION_ON",
      trust: "TRUST_CUSTOM_CA_SIGNED_CERTIFICATES",
      trustedCertificates: [server.caFile],
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 10_000,
    });
  }

  async function query(server: Neo4jServer, credential: Credential, cypher: string, params = {}, database = "neo4j"): Promise<unknown[]> {
    const d = driver(server, credential);
    try {
      return (await d.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());
    } finally {
      await d.close();
    }
  }

  /** "ok", or the server's error code (Neo.ClientError.Security.Unauthorized for a refused login). */
  async function login(server: Neo4jServer, credential: Credential): Promise<string> {
    try {
      await query(server, credential, "RETURN 1");
      return "ok";
    } catch (e) {
      return (e as { code?: string }).code ?? String(e);
    }
  }

  /** A test's own pair of users, its first one created as NEO4J_AUTH would create it. */
  async function pair(w: World, prefix: string) {
    const arn = await newSecret(w.sm);
    const env = baseEnv(w.moto, w.aws, w.server, w.rendered, arn, `${prefix}_a ${prefix}_b`);
    await script(env, "stage.sh", "init");
    const first = await value(w.sm, arn, "AWSCURRENT");
    await query(
      w.server,
      w.admin,
      "CREATE USER $u SET PASSWORD $p CHANGE NOT REQUIRED",
      { u: first.username, p: first.password },
      "system",
    );
    expect(await login(w.server, first)).toBe("ok");
    return { arn, env, first };
  }

  const users = async (w: World, prefix: string) =>
    (
      await query(w.server, w.admin, "SHOW USERS YIELD user WHERE user STARTS WITH $p RETURN user ORDER BY user", { p: prefix }, "system")
    ).map((r: any) => r.user);

  /**
   * The API under continuous load, as Kubernetes runs it: External Secrets copies the secret's
   * current value (user and password together) every `refreshMs`; on a change Reloader rolls the
   * Deployment: a new pod starts with the new credential, and the old pod stops `rolloutMs` later
   * (maxUnavailable 0). Every pod opens a new connection (a new authentication) for each query.
   */
  class Api {
    public readonly results: Array<{ user: string; outcome: string }> = [];
    private readonly pods = new Set<{ stopped: boolean; done: Promise<void> }>();
    private delivered = "";
    private running = true;
    private readonly sync: Promise<void>;

    constructor(
      private readonly w: World,
      private readonly arn: string,
      private readonly refreshMs: number,
      private readonly rolloutMs: number,
    ) {
      this.sync = this.syncLoop();
    }

    private async syncLoop(): Promise<void> {
      while (this.running) {
        const raw = (await this.w.sm.send(new GetSecretValueCommand({ SecretId: this.arn, VersionStage: "AWSCURRENT" }))).SecretString!;
        if (raw !== this.delivered) {
          const old = [...this.pods];
          this.delivered = raw;
          this.startPod(JSON.parse(raw));
          setTimeout(() => old.forEach((p) => (p.stopped = true)), this.rolloutMs);
        }
        await new Promise((r) => setTimeout(r, this.refreshMs));
      }
    }

    private startPod(credential: Credential): void {
      const pod = { stopped: false, done: Promise.resolve() };
      pod.done = (async () => {
        while (!pod.stopped && this.running) {
          this.results.push({ user: credential.username, outcome: await login(this.w.server, credential) });
          await new Promise((r) => setTimeout(r, 80));
        }
      })();
      this.pods.add(pod);
    }

    public failures(): Array<{ user: string; outcome: string }> {
      return this.results.filter((r) => r.outcome !== "ok");
    }

    public async stop(): Promise<void> {
      this.running = false;
      await this.sync;
      await Promise.all([...this.pods].map((p) => p.done));
    }
  }

  test.concurrent(
    "two rotations under continuous load: the API never fails to authenticate, and each retired password is refused after the grace period",
    async () => {
      const w = await setup();
      const env = { ...baseEnv(w.moto, w.aws, w.server, w.rendered, w.mainSecret, "neo4j neo4j_alt"), GRACE_SECONDS: "2" };
      const initial = await value(w.sm, w.mainSecret, "AWSCURRENT");
      expect(initial.username).toBe("neo4j");
      const api = new Api(w, w.mainSecret, 250, 500);
      try {
        await new Promise((r) => setTimeout(r, 500));
        const seen: Credential[] = [initial];
        for (const expectedUser of ["neo4j_alt", "neo4j"]) {
          const before = api.results.length;
          const out = await rotate(env);
          const now = await value(w.sm, w.mainSecret, "AWSCURRENT");
          expect(now.username).toBe(expectedUser);
          expect(out).toContain(`retired ${seen[seen.length - 1].username}`);
          // the load went on through the whole rotation, on both users
          const during = api.results.slice(before);
          expect(during.filter((r) => r.outcome === "ok").length).toBeGreaterThan(20);
          expect(new Set(during.map((r) => r.user))).toEqual(new Set(["neo4j", "neo4j_alt"]));
          // after the grace period the previous password is refused by the server
          expect(await login(w.server, seen[seen.length - 1])).toBe("Neo.ClientError.Security.Unauthorized");
          expect(await login(w.server, now)).toBe("ok");
          seen.push(now);
        }
        expect(new Set(seen.map((c) => c.password)).size).toBe(3);
      } finally {
        await api.stop();
      }
      console.log(`rotation under load: ${api.results.length} authentications, ${api.failures().length} failed`);
      expect(api.failures()).toEqual([]);
      expect(
        Object.values(await stagesOf(w.sm, w.mainSecret))
          .flat()
          .sort(),
      ).toEqual(["AWSCURRENT", "AWSPREVIOUS"]);
    },
    240_000,
  );

  test.concurrent(
    "both crash points resume: after the new password was staged, and after Neo4j took it but before the secret switched",
    async () => {
      const w = await setup();
      const { arn, env, first } = await pair(w, "crash");
      // crash point 1: the pod dies after stage, before apply
      await rotate(env, ["stage.sh rotate"]);
      const pending = await value(w.sm, arn, "AWSPENDING");
      expect(pending.username).toBe("crash_b");
      expect(await users(w, "crash")).toEqual(["crash_a"]); // nothing changed in Neo4j
      expect(await login(w.server, first)).toBe("ok");
      // the retried pod reuses the staged credential
      expect(await rotate(env, ["stage.sh rotate"])).toContain("resuming an interrupted rotation");
      expect(await value(w.sm, arn, "AWSPENDING")).toEqual(pending);
      expect(Object.keys(await stagesOf(w.sm, arn))).toHaveLength(2);
      // crash point 2: Neo4j took the new user and password, the pod died before the secret switched
      await expect(rotate({ ...env, MESHQ_CRASH_AFTER: "CREATE USER" }, ["apply.sh"])).rejects.toThrow(/injected after: CREATE USER/);
      expect(await login(w.server, pending)).toBe("ok");
      expect(await login(w.server, first)).toBe("ok"); // the API's credential still works: no gap
      expect((await value(w.sm, arn, "AWSCURRENT")).username).toBe(first.username);
      // the retried pod finishes the same rotation
      const out = await rotate(env);
      expect(out).toContain("resuming an interrupted rotation");
      expect(out).toContain("crash_b already has the pending password");
      expect(await value(w.sm, arn, "AWSCURRENT")).toEqual(pending);
      expect(await value(w.sm, arn, "AWSPREVIOUS")).toEqual(first);
      expect(await login(w.server, pending)).toBe("ok");
      expect(await login(w.server, first)).toBe("Neo.ClientError.Security.Unauthorized");
      expect(await users(w, "crash")).toEqual(["crash_b"]);
      expect(
        Object.values(await stagesOf(w.sm, arn))
          .flat()
          .sort(),
      ).toEqual(["AWSCURRENT", "AWSPREVIOUS"]);
    },
    240_000,
  );

  test.concurrent(
    "a run stopped during the grace period: the next run only retires the previous user, after a full grace period",
    async () => {
      const w = await setup();
      const { arn, env, first } = await pair(w, "grace");
      await rotate(env, ["stage.sh rotate", "apply.sh", "finish.sh switch"]);
      const switched = await value(w.sm, arn, "AWSCURRENT");
      expect(switched.username).toBe("grace_b");
      // the retire step is killed while it waits
      const retire: ChildProcess = spawn("bash", [join(scripts, "retire.sh")], { env: { ...env, GRACE_SECONDS: "30" }, detached: true });
      await new Promise<void>((ok) => retire.stdout!.on("data", (d) => String(d).includes("waiting") && ok()));
      process.kill(-retire.pid!, "SIGKILL");
      // the previous user still works, and the secret says it is still to be retired
      expect(await login(w.server, first)).toBe("ok");
      const stages = await stagesOf(w.sm, arn);
      expect(Object.values(stages).flat().sort()).toEqual(["AWSCURRENT", "AWSPREVIOUS", "RETIRING"]);
      const begin = Date.now();
      const out = await rotate(env);
      expect(Date.now() - begin).toBeGreaterThanOrEqual(1000); // the full grace period again
      expect(out).toContain("resuming the retirement of the previous user");
      expect(out).not.toContain("stored a new pending credential");
      expect(await value(w.sm, arn, "AWSCURRENT")).toEqual(switched); // no second rotation
      expect(await login(w.server, first)).toBe("Neo.ClientError.Security.Unauthorized");
      expect(await login(w.server, switched)).toBe("ok");
      expect(
        Object.values(await stagesOf(w.sm, arn))
          .flat()
          .sort(),
      ).toEqual(["AWSCURRENT", "AWSPREVIOUS"]);
    },
    240_000,
  );

  test.concurrent("the AWS CLI through its fork server answers as the installed CLI does", async () => {
    const w = await setup();
    const arn = await newSecret(w.sm);
    const env = baseEnv(w.moto, w.aws, w.server, w.rendered, arn, "neo4j neo4j_alt");
    const call = async (aws: string, ...args: string[]) => {
      try {
        const { stdout, stderr } = await execFileAsync(aws, args, { env, cwd: env.WORK_DIR, encoding: "utf8" });
        return { status: 0, stdout, stderr };
      } catch (e) {
        const err = e as { code?: number; stdout?: string; stderr?: string };
        return { status: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    };
    const both = async (...args: string[]) => {
      const [served, installed] = [await call(join(w.aws.bin, "aws"), ...args), await call(awsCli!, ...args)];
      expect(served).toEqual(installed);
      return served;
    };
    // a file argument relative to the caller's directory, standard output and a query
    writeFileSync(join(env.WORK_DIR, "value.json"), '{"username":"neo4j","password":"x"}');
    await both(
      "secretsmanager",
      "put-secret-value",
      "--secret-id",
      arn,
      "--secret-string",
      "file://value.json",
      "--query",
      "length(VersionStages)",
    );
    expect(
      (await both("secretsmanager", "get-secret-value", "--secret-id", arn, "--query", "SecretString", "--output", "text")).stdout,
    ).toContain("neo4j");
    // an error: the CLI's message on standard error and its exit status
    const missing = await both("secretsmanager", "describe-secret", "--secret-id", `${arn}-missing`);
    expect(missing.status).toBe(255);
    expect(missing.stderr).toContain("ResourceNotFoundException");
    // the caller's environment: the region comes from AWS_DEFAULT_REGION
    expect((await both("configure", "list")).stdout).toMatch(/region\s+eu-west-1\s+env/);
  });

  test.concurrent("rotate refuses a secret that was never initialised", async () => {
    const w = await setup();
    const arn = await newSecret(w.sm);
    await expect(script(baseEnv(w.moto, w.aws, w.server, w.rendered, arn, "neo4j neo4j_alt"), "stage.sh", "rotate")).rejects.toThrow(
      /no AWSCURRENT version/,
    );
  });

  test.concurrent("the initial credential is generated inside AWS, once", async () => {
    const w = await setup();
    const arn = await newSecret(w.sm);
    const env = baseEnv(w.moto, w.aws, w.server, w.rendered, arn, "neo4j neo4j_alt");
    await script(env, "stage.sh", "init");
    const first = await value(w.sm, arn, "AWSCURRENT");
    expect(first.username).toBe("neo4j");
    expect(first.password).toMatch(/^[A-Za-z0-9]{64}$/);
    await script(env, "stage.sh", "init");
    expect(await value(w.sm, arn, "AWSCURRENT")).toEqual(first);
    expect(Object.keys(await stagesOf(w.sm, arn))).toHaveLength(1);
  });
});
