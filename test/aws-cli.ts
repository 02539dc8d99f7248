import { ChildProcess, spawn } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * The installed AWS CLI for tests that call it many times, through a fork server
 * (test/fixtures/aws-cli): the CLI is imported once and every call runs in a process forked from
 * it, with the caller's arguments, environment, working directory and standard streams. A call
 * then costs about a third of the CPU of a fresh `aws`; what runs is the same CLI.
 */
export interface AwsCli {
  /** Put first on PATH: its `aws` runs a call in the server. */
  readonly bin: string;
  /** The variables its `aws` needs. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

const FIXTURE = join(__dirname, "fixtures", "aws-cli");

/** Starts the fork server with the Python of the given `aws` (its `#!` line). */
export async function startAwsCli(awsCli: string): Promise<AwsCli> {
  const python = /^#!\s*(\S+)/.exec(readFileSync(awsCli, "utf8"))?.[1];
  if (!python) throw new Error(`${awsCli} does not start with #!<python>`);
  const dir = mkdtempSync(join(tmpdir(), "meshq-aws-cli-"));
  const socket = join(dir, "aws.sock");
  const child: ChildProcess = spawn(python, [join(FIXTURE, "server.py"), socket], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += String(d)));
  const exit = new Promise<void>((done) => child.once("exit", () => done()));
  await new Promise<void>((ready, fail) => {
    child.stdout!.on("data", (d) => String(d).includes("ready") && ready());
    void exit.then(() => fail(new Error(`the AWS CLI server did not start:\n${stderr}`)));
  });
  return {
    bin: FIXTURE,
    env: { MESHQ_AWS_CLI_SOCKET: socket },
    stop: async () => {
      child.kill();
      await exit;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
