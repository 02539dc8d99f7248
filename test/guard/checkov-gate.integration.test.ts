// The Checkov gate (scripts/checkov-gate.py, also shipped by the deploy pipeline example) with real
// Checkov. A public ALB whose WAF is opted out fails Checkov's CKV2_AWS_28: the gate accepts it only
// through the opt-out the stack's hardening report carries on that finding. A stack Checkov cannot
// read fails the gate, and one with a moved block (which Checkov cannot parse) is still judged.
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, TerraformStack } from "../../lib/compat/core";
import { AwsProvider } from "../../lib/compat/aws/provider";
import { KubernetesProvider } from "../../lib/compat/kubernetes/provider";
import { SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { apiProps } from "../util";

const ROOT = join(__dirname, "..", "..");
const GATE = join(ROOT, "scripts", "checkov-gate.py");
const REASON = "a CloudFront distribution with its own WAF fronts this ALB";

/** The project's Python, with Checkov beside it (requirements-ci.txt, installed with moto). */
function python(): string | undefined {
  const venv = join(ROOT, ".venv", "bin");
  if (existsSync(join(venv, "checkov"))) return join(venv, "python3");
  if (process.env.MESHQ_REQUIRE_MOTO === "1") throw new Error("Checkov was not found in .venv: pip install -r requirements-ci.txt");
  return undefined;
}

const py = python();
const maybe = py ? describe : describe.skip;

maybe("the Checkov gate", () => {
  const synthesized = mkdtempSync(join(tmpdir(), "meshq-checkov-gate-"));
  const original = join(synthesized, "stacks", "waf-opted-out");

  /** An out dir with copies of the synthesized stack, each changed by `edit` (its config and report). */
  function outdir(stacks: Record<string, (config: any, report: any) => void>): string {
    const dir = mkdtempSync(join(tmpdir(), "meshq-checkov-gate-"));
    for (const [name, edit] of Object.entries(stacks)) {
      const stack = join(dir, "stacks", name);
      cpSync(original, stack, { recursive: true });
      const config = JSON.parse(readFileSync(join(stack, "cdk.tf.json"), "utf8"));
      const report = JSON.parse(readFileSync(join(stack, "hardening-report.json"), "utf8"));
      edit(config, report);
      writeFileSync(join(stack, "cdk.tf.json"), JSON.stringify(config));
      writeFileSync(join(stack, "hardening-report.json"), JSON.stringify(report));
    }
    return dir;
  }
  const gate = (dir: string) => {
    const r = spawnSync(py!, [GATE, "--subset", dir], { encoding: "utf8" });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const findings = (report: any) => report.controls.flatMap((c: any) => c.findings);
  // the load balancer alone (with its provider): enough for CKV2_AWS_28, and quicker to scan
  const loadBalancerOnly = (config: any) => {
    config.resource = { aws_lb: config.resource.aws_lb };
    delete config.data;
  };

  // One gate run over every case (Checkov's start-up is most of its time): each test reads its stack's lines.
  let run: { status: number | null; out: string };
  beforeAll(() => {
    const app = new App({ outdir: synthesized });
    const stack = new TerraformStack(app, "waf-opted-out");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    new KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config" });
    new SecureMeshApi(stack, "Api", apiProps({ wafOptOut: { reason: REASON } }));
    app.synth();
    run = gate(
      outdir({
        "as-synthesized": () => {},
        "with-moved": (config) => {
          loadBalancerOnly(config);
          config.moved = [{ from: "aws_lb.Old", to: "aws_lb.Api_LoadBalancer_3080B41C" }];
        },
        "no-opt-out": (config, report) => {
          loadBalancerOnly(config);
          for (const f of findings(report)) delete f.optOut;
        },
        "other-control": (config, report) => {
          loadBalancerOnly(config);
          for (const c of report.controls) c.checkov = c.checkov.filter((id: string) => id !== "CKV2_AWS_28");
        },
        // an import block, which Checkov cannot parse either (the library writes none)
        unreadable: (config) => {
          loadBalancerOnly(config);
          config.import = [
            { to: "aws_lb.Api_LoadBalancer_3080B41C", id: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/x/1" },
          ];
        },
        empty: (config) => {
          for (const block of ["resource", "data", "provider"]) delete config[block];
        },
      }),
    );
  });

  test("accepts a finding by the recorded opt-out, printing its reason, also in a stack with a moved block", () => {
    for (const stack of ["as-synthesized", "with-moved"]) {
      expect(run.out).toMatch(
        new RegExp(
          `checkov ${stack}: \\d+ passed, \\d+ allowlisted, 1 opted out, 0 unexpected\n {2}opted out CKV2_AWS_28 aws_lb\\.Api_LoadBalancer_3080B41C: SecureMeshApi\\.wafOptOut: ${REASON}\n`,
        ),
      );
    }
  });

  test("does not accept it without the opt-out on the finding, or by an opt-out from a control that does not name the check", () => {
    for (const stack of ["no-opt-out", "other-control"]) {
      expect(run.out).toMatch(
        new RegExp(
          `checkov ${stack}: \\d+ passed, \\d+ allowlisted, 1 unexpected\n {2}FAIL CKV2_AWS_28 aws_lb\\.Api_LoadBalancer_3080B41C`,
        ),
      );
    }
  });

  test("fails closed on a stack Checkov cannot parse or in which it judges nothing", () => {
    expect(run.out).toContain("checkov unreadable: FAIL Checkov could not parse it");
    expect(run.out).toContain("checkov empty: FAIL Checkov judged no resource in it");
  });

  test("exits 1, counting both kinds of failure", () => {
    expect(run.out).toMatch(/checkov gate: 2 stack\(s\) not judged, 2 finding\(s\) outside the allowlist/);
    expect(run.status).toBe(1);
  });
});
