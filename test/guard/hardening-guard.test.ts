import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { App, Testing } from "cdktf";
import { SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { catalogueMarkdown, CONTROLS } from "../../lib/guard/catalogue";
import { annotations, apiProps, apiStack, synth } from "../util";

test("an escape-hatch override that weakens a control still fails synth", () => {
  const { stack, api } = apiStack();
  const listener = api.node.findChild("HttpsListener") as any;
  listener.addOverride("ssl_policy", "ELBSecurityPolicy-2016-08");
  (api.loadBalancer as any).addOverride("drop_invalid_header_fields", false);
  expect(() => synth(stack)).toThrow(
    /\[MESHQ-NET-3\] TLS 1.2 or higher: aws_lb_listener\.Api_HttpsListener_BBC475D4: ssl_policy ELBSecurityPolicy-2016-08 admits TLS below 1.2/,
  );
  const errors = annotations(stack, "error").join("\n");
  expect(errors).toMatch(/\[test\/Api\/LoadBalancer\] \[MESHQ-NET-6\]/);
});

test("the real synthesizer fails on the guard's errors too", () => {
  const { stack, api } = apiStack();
  (api.resource as any).addOverride("spec.template.spec.container.0.security_context.allow_privilege_escalation", true);
  expect(() => Testing.fullSynth(stack)).toThrow(/MESHQ-POD-1/);
});

test("a suppression needs a reason, silences the control for that construct, and is reported", () => {
  const { stack, api } = apiStack();
  (api.loadBalancer as any).addOverride("enable_deletion_protection", false);
  (api.loadBalancer as any).addOverride("drop_invalid_header_fields", false);
  expect(() => HardeningGuard.suppress(api, "MESHQ-NET-6", "no")).toThrow(
    /\[MESHQ-OPT-OUT\] HardeningGuard: suppression of MESHQ-NET-6 received "no"/,
  );
  expect(() => HardeningGuard.suppress(api, "MESHQ-NOPE", "a long enough reason")).toThrow(/control received "MESHQ-NOPE"/);
  HardeningGuard.suppress(api, "MESHQ-NET-6", "legacy clients send malformed headers until Q3 migration");
  synth(stack);
  const guard = HardeningGuard.of(stack);
  const result = guard.lastResults.find((r) => r.control.id === "MESHQ-NET-6")!;
  expect(result.status).toBe("pass");
  expect(result.suppressed.map((f) => f.reason)).toEqual([
    "legacy clients send malformed headers until Q3 migration",
    "legacy clients send malformed headers until Q3 migration",
  ]);
});

test("reports land next to cdk.tf.json: Markdown with a flow diagram, JSON and SARIF", () => {
  const app = new App({ outdir: join(require("os").tmpdir(), `meshq-guard-${Date.now()}`) });
  const stack = new (require("cdktf").TerraformStack)(app, "prod");
  new (require("@cdktf/provider-aws/lib/provider").AwsProvider)(stack, "aws", { region: "eu-west-1" });
  new (require("@cdktf/provider-kubernetes/lib/provider").KubernetesProvider)(stack, "k8s", {});
  new SecureMeshApi(stack, "Api", apiProps());
  app.synth();
  const dir = join(app.outdir, "stacks", "prod");
  expect(existsSync(join(dir, "cdk.tf.json"))).toBe(true);
  const md = readFileSync(join(dir, "hardening-report.md"), "utf8");
  expect(md).toContain("| MESHQ-NET-3 | §12.2 | PASS | TLS 1.2 or higher |");
  expect(md).toContain('meshoptixiq_alb["meshoptixiq-alb"] -- "TCP/8000" --> meshoptixiq_api["meshoptixiq-api"]');
  const json = JSON.parse(readFileSync(join(dir, "hardening-report.json"), "utf8"));
  expect(json.controls).toHaveLength(CONTROLS.length);
  expect(json.controls.find((c: any) => c.id === "MESHQ-AUD-1")).toMatchObject({ status: "warn" });
  const sarif = JSON.parse(readFileSync(join(dir, "hardening-report.sarif"), "utf8"));
  expect(sarif.version).toBe("2.1.0");
  expect(sarif.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(CONTROLS.map((c) => c.id));
  expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: "MESHQ-AUD-1", level: "warning" });
});

test("one guard per stack, whatever the number of constructs", () => {
  const { stack } = apiStack();
  const first = HardeningGuard.of(stack);
  new SecureMeshApi(stack, "Second", apiProps({ deploymentName: "second", namespace: "second" }));
  expect(HardeningGuard.of(stack)).toBe(first);
  expect(HardeningGuard.isHardeningGuard(first)).toBe(true);
  expect(stack.node.findAll().filter((c) => c.node.id === "HardeningGuardRecord")).toHaveLength(1);
});

test("the README's control catalogue is the generated one (npm run docs)", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("<!-- controls:start -->") + "<!-- controls:start -->".length,
    readme.indexOf("<!-- controls:end -->"),
  );
  expect(section.trim()).toBe(catalogueMarkdown());
  for (const c of CONTROLS) expect(section).toContain(`| ${c.id} |`);
});
