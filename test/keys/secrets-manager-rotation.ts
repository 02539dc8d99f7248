import { execFileSync } from "child_process";
import { randomUUID } from "crypto";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  DescribeSecretCommandOutput,
  RotateSecretCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { Moto } from "../moto";

/**
 * What Secrets Manager does around a rotation function, on top of moto's Secrets Manager API.
 *
 * moto holds the secrets, their versions and labels. One thing it cannot hold: when Secrets
 * Manager starts a rotation it labels a new version, still without a value, `AWSPENDING` under
 * the rotation's token, and only then invokes `createSecret` (also on a secret that has no version
 * yet: DescribeSecret then reports `VersionIdsToStages: { <token>: ["AWSPENDING"] }`). moto
 * creates such a version only while it invokes a rotation Lambda itself, and never on a secret
 * without versions. {@link RotationDriver.client} therefore reports the started rotation's token in
 * DescribeSecret the way Secrets Manager does, until moto holds a version with that id (the
 * function's own `PutSecretValue`); every other call goes to moto unchanged.
 */
export class RotationDriver {
  private readonly started = new Map<string, string>();

  constructor(private readonly moto: SecretsManagerClient) {}

  /** The client the rotation function is given. */
  public get client(): SecretsManagerClient {
    const send = async (command: unknown): Promise<unknown> => {
      const out = await this.moto.send(command as DescribeSecretCommand);
      if (!(command instanceof DescribeSecretCommand)) return out;
      return this.withStartedRotation(out as DescribeSecretCommandOutput);
    };
    return { send } as unknown as SecretsManagerClient;
  }

  /** A secret as Terraform creates it: no value, rotation enabled (the rotation resource). */
  public async newSecret(name = `meshq/api-key/${randomUUID()}`): Promise<string> {
    const arn = await this.newSecretWithoutRotation(name);
    // moto enables rotation without a Lambda while the secret has no version.
    await this.moto.send(new RotateSecretCommand({ SecretId: arn, RotationRules: { AutomaticallyAfterDays: 30 } }));
    return arn;
  }

  /** A secret whose rotation was never enabled. */
  public async newSecretWithoutRotation(name = `meshq/api-key/${randomUUID()}`): Promise<string> {
    return (await this.moto.send(new CreateSecretCommand({ Name: name }))).ARN!;
  }

  /** Starts a rotation as Secrets Manager does; returns its token. */
  public startRotation(arn: string): string {
    const token = randomUUID();
    this.started.set(arn, token);
    return token;
  }

  private withStartedRotation(out: DescribeSecretCommandOutput): DescribeSecretCommandOutput {
    const token = this.started.get(out.ARN ?? "");
    const versions = out.VersionIdsToStages ?? {};
    if (!token) return out;
    if (versions[token]) {
      this.started.delete(out.ARN!); // moto holds the version now
      return out;
    }
    const moved = Object.fromEntries(Object.entries(versions).map(([id, stages]) => [id, stages.filter((s) => s !== "AWSPENDING")]));
    return { ...out, VersionIdsToStages: { ...moved, [token]: ["AWSPENDING"] } };
  }
}

/**
 * A rotation Lambda registered in moto (moto's Lambda without Docker: invocations run no code), so
 * that moto's RotateSecret and CancelRotateSecret accept the secret. Uses the AWS CLI beside moto.
 */
export async function registerRotationLambda(moto: Moto, awsCli: string): Promise<string> {
  const env = {
    ...process.env,
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_DEFAULT_REGION: "eu-west-1",
  };
  const aws = (...args: string[]) => execFileSync(awsCli, [...args, "--output", "json"], { env, encoding: "utf8" });
  const config = await fetch(`${moto.endpoint}/moto-api/config`, {
    method: "POST",
    body: JSON.stringify({ lambda: { use_docker: false } }),
  });
  if (!config.ok) throw new Error(`moto config: HTTP ${config.status}`);
  const trust = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
  });
  const role = JSON.parse(aws("iam", "create-role", "--role-name", "rotation", "--assume-role-policy-document", trust)).Role.Arn;
  const dir = mkdtempSync(join(tmpdir(), "rotation-lambda-"));
  writeFileSync(join(dir, "index.js"), "exports.handler = async () => undefined;\n");
  execFileSync("python3", [
    "-c",
    "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1],'w'); z.write(sys.argv[2],'index.js'); z.close()",
    join(dir, "f.zip"),
    join(dir, "index.js"),
  ]);
  return JSON.parse(
    aws(
      "lambda",
      "create-function",
      "--function-name",
      "rotation",
      "--runtime",
      "nodejs24.x",
      "--handler",
      "index.handler",
      "--role",
      role,
      "--zip-file",
      `fileb://${join(dir, "f.zip")}`,
    ),
  ).FunctionArn;
}
