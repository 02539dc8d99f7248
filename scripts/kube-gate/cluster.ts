/**
 * One kube-apiserver on loopback (../shared/tools/kube-apiserver, or KAPI_TOOL), with kubectl
 * calls against it: started, used and stopped by the gates (kube-gate.ts, admission-gate.ts).
 */
import { spawnSync } from "child_process";
import { rmSync } from "fs";
import { resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
export const TOOL = resolve(ROOT, process.env.KAPI_TOOL ?? "../shared/tools/kube-apiserver/build-and-run.sh");

export interface KubectlResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export class Cluster {
  private env: NodeJS.ProcessEnv = {};
  constructor(private readonly state: string) {}

  public start(): void {
    // A port the previous stack's etcd just released can refuse the next start: retry, cleanly.
    let r = this.tryStart();
    for (let attempt = 2; r.status !== 0 && attempt <= 3; attempt++) {
      this.stop();
      spawnSync("sleep", ["2"]);
      r = this.tryStart();
    }
    if (r.status !== 0) throw new Error(`API server did not start (${TOOL}):\n${r.stderr}${r.stdout}`);
    const m = /KUBECONFIG=(\S+) PATH=([^:\s]+):/.exec(r.stdout);
    if (!m) throw new Error(`unexpected output of ${TOOL} start: ${r.stdout}`);
    this.env = { ...process.env, KUBECONFIG: m[1], PATH: `${m[2]}:${process.env.PATH}` };
  }

  private tryStart() {
    rmSync(this.state, { recursive: true, force: true });
    return spawnSync("bash", [TOOL, "start"], { env: { ...process.env, KAPI_STATE: this.state }, encoding: "utf8" });
  }

  public stop(): void {
    spawnSync("bash", [TOOL, "stop", "--clean"], { env: { ...process.env, KAPI_STATE: this.state }, encoding: "utf8" });
  }

  public kubectl(args: string[], input?: string): KubectlResult {
    const r = spawnSync("kubectl", args, { env: this.env, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return { ok: r.status === 0, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? "") };
  }

  /** Creates an object for real; the API server's error and warnings, if any. */
  public create(object: unknown): { ok: boolean; message: string; warnings: string[] } {
    const r = this.kubectl(["create", "-f", "-", "-o", "name"], JSON.stringify(object));
    const lines = r.stderr.split("\n").filter((l) => l.trim());
    const warnings = lines.filter((l) => l.startsWith("Warning:")).map((l) => l.slice("Warning:".length).trim());
    const errors = lines
      .filter((l) => !l.startsWith("Warning:"))
      .map((l) => l.replace(/^Error from server \(\w+\): error when creating "STDIN": /, ""));
    return { ok: r.ok, message: r.ok ? r.stdout.trim() : errors.join(" ") || "kubectl failed", warnings };
  }
}
