import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { findMotoServer, Moto, motoSecretsManager, startMoto } from "../moto";

// The Neo4j password rotation scripts, run for real: bash, the AWS CLI against moto's Secrets
// Manager server, and a stand-in cypher-shell that holds Neo4j's password.
const scripts = join(__dirname, "..", "..", "lib", "neo4j", "rotation");
const binary = findMotoServer();
const awsCli = binary ? join(dirname(binary), "aws") : undefined;
const runnable = binary && awsCli && existsSync(awsCli);
if (!runnable) {
  console.warn(
    "SKIPPED: Neo4j password rotation tests need moto_server and the AWS CLI (pip install -r requirements-ci.txt); CI always runs them",
  );
}
const describeReal = runnable ? describe : describe.skip;

describeReal("Neo4j password rotation scripts (AWS CLI + moto + cypher-shell stand-in)", () => {
  let moto: Moto;
  let client: SecretsManagerClient;
  beforeAll(async () => {
    moto = await startMoto(binary!);
    client = motoSecretsManager(moto);
  });
  afterAll(() => moto?.stop());

  function setup() {
    const work = mkdtempSync(join(tmpdir(), "neo4j-rotation-"));
    const state = join(work, "neo4j-password");
    const env = {
      PATH: `${join(__dirname, "..", "fixtures", "bin")}:${dirname(awsCli!)}:${process.env.PATH}`,
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: "testing",
      AWS_SECRET_ACCESS_KEY: "testing",
      AWS_DEFAULT_REGION: "eu-west-1",
      WORK_DIR: work,
      NEO4J_URI: "bolt+s://neo4j.meshoptixiq.svc.cluster.local:7687",
      FAKE_NEO4J_STATE: state,
    };
    return { work, state, env };
  }

  async function newSecret(): Promise<string> {
    return (await client.send(new CreateSecretCommand({ Name: `meshq/neo4j/${Date.now()}-${Math.random()}` }))).ARN!;
  }
  const run = (script: string, env: Record<string, string>, args: string[] = []) =>
    execFileSync("bash", [join(scripts, script), ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const stages = async (arn: string) =>
    Object.fromEntries(
      Object.entries((await client.send(new DescribeSecretCommand({ SecretId: arn }))).VersionIdsToStages ?? {}).filter(
        ([, s]) => s.length > 0,
      ),
    );
  const value = async (arn: string, stage: string) =>
    (await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage }))).SecretString!;

  /** Neo4j first starts with the initial password from the secret (NEO4J_AUTH). */
  async function initialised() {
    const t = setup();
    const arn = await newSecret();
    const env = { ...t.env, SECRET_ARN: arn };
    run("stage.sh", env, ["init"]);
    writeFileSync(t.state, await value(arn, "AWSCURRENT"));
    return { ...t, arn, env };
  }

  test("init generates a 64-character password inside AWS, once", async () => {
    const { arn, env } = await initialised();
    const first = await value(arn, "AWSCURRENT");
    expect(first).toMatch(/^[A-Za-z0-9]{64}$/);
    run("stage.sh", env, ["init"]);
    expect(await value(arn, "AWSCURRENT")).toBe(first);
    expect(Object.keys(await stages(arn))).toHaveLength(1);
  });

  test("a rotation changes the password in Neo4j, then in the secret", async () => {
    const { arn, env, state, work } = await initialised();
    const before = await value(arn, "AWSCURRENT");
    run("stage.sh", env, ["rotate"]);
    const pending = await value(arn, "AWSPENDING");
    expect(pending).not.toBe(before);
    expect(readFileSync(state, "utf8")).toBe(before); // nothing changed in Neo4j yet
    run("apply.sh", env);
    expect(readFileSync(state, "utf8")).toBe(pending);
    expect(await value(arn, "AWSCURRENT")).toBe(before); // the secret follows only after Neo4j
    run("finish.sh", env);
    expect(await value(arn, "AWSCURRENT")).toBe(pending);
    expect(await value(arn, "AWSPREVIOUS")).toBe(before);
    expect(Object.values(await stages(arn)).flat()).not.toContain("AWSPENDING");
    expect(existsSync(join(work, "pending"))).toBe(false);
    // the statement went over bolt+s to the system database; passwords never on the command line
    const calls = readFileSync(`${state}.calls`, "utf8");
    expect(calls).toContain("-a bolt+s://neo4j.meshoptixiq.svc.cluster.local:7687 -d system");
    expect(calls).not.toContain(pending);
    expect(calls).not.toContain(before);
  });

  test("a crash after Neo4j changed the password resumes without locking anyone out", async () => {
    const { arn, env, state } = await initialised();
    const before = await value(arn, "AWSCURRENT");
    run("stage.sh", env, ["rotate"]);
    const pending = await value(arn, "AWSPENDING");
    expect(() => run("apply.sh", { ...env, FAKE_NEO4J_CRASH_AFTER_ALTER: "1" })).toThrow();
    expect(readFileSync(state, "utf8")).toBe(pending); // Neo4j has the new password, the secret not yet
    // the next run (CronJob retry) reuses the pending password and sees it is already active
    run("stage.sh", env, ["rotate"]);
    expect(await value(arn, "AWSPENDING")).toBe(pending);
    expect(run("apply.sh", env)).toContain("already active");
    run("finish.sh", env);
    expect(await value(arn, "AWSCURRENT")).toBe(pending);
    expect(await value(arn, "AWSPREVIOUS")).toBe(before);
  });

  test("a crash before Neo4j changed anything resumes with the same pending password", async () => {
    const { arn, env, state } = await initialised();
    const before = await value(arn, "AWSCURRENT");
    run("stage.sh", env, ["rotate"]);
    const pending = await value(arn, "AWSPENDING");
    run("stage.sh", env, ["rotate"]);
    expect(await value(arn, "AWSPENDING")).toBe(pending);
    run("apply.sh", env);
    run("finish.sh", env);
    expect(readFileSync(state, "utf8")).toBe(pending);
    expect(await value(arn, "AWSCURRENT")).toBe(pending);
    expect(before).not.toBe(pending);
  });

  test("two rotations in a row keep AWSPREVIOUS one step behind", async () => {
    const { arn, env, state } = await initialised();
    for (let i = 0; i < 2; i++) {
      run("stage.sh", env, ["rotate"]);
      run("apply.sh", env);
      run("finish.sh", env);
    }
    const current = await value(arn, "AWSCURRENT");
    expect(readFileSync(state, "utf8")).toBe(current);
    expect(await value(arn, "AWSPREVIOUS")).not.toBe(current);
  });

  test("rotate refuses a secret that was never initialised", async () => {
    const arn = await newSecret();
    expect(() => run("stage.sh", { ...setup().env, SECRET_ARN: arn }, ["rotate"])).toThrow(/no AWSCURRENT version/);
  });
});
