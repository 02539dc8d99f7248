import { existsSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, Aspects, IAspect, TerraformStack, Testing } from "../../lib/compat/core";
import { IConstruct } from "constructs";
import { LbListener } from "../../lib/compat/aws/lb-listener";
import { AwsProvider } from "../../lib/compat/aws/provider";
import { KubernetesProvider } from "../../lib/compat/kubernetes/provider";
import { SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { catalogueMarkdown, catalogueScopeMarkdown, CONTROLS } from "../../lib/guard/catalogue";
import { CONTROL_LINKS } from "../../scripts/control-catalogue";
import { annotations, apiProps, apiStack, synth } from "../util";

/** A user's Aspect, added after the library's constructs, that weakens the HTTPS listener. */
class WeakTls implements IAspect {
  public visit(node: IConstruct): void {
    if (node instanceof LbListener && node.node.id === "HttpsListener") node.addOverride("ssl_policy", "ELBSecurityPolicy-TLS-1-0-2015-04");
  }
}

test("a user's Aspect that weakens a resource after the library's constructs is judged, on exactly the JSON written", () => {
  const { stack } = apiStack();
  Aspects.of(stack).add(new WeakTls());
  expect(() => synth(stack)).toThrow(
    /\[MESHQ-NET-3\] TLS 1.2 or higher: aws_lb_listener\.Api_HttpsListener_BBC475D4: ssl_policy ELBSecurityPolicy-TLS-1-0-2015-04 admits TLS below 1.2/,
  );
  // what the guard judged is what synth writes
  const written = JSON.parse(Testing.synth(stack)).resource.aws_lb_listener.Api_HttpsListener_BBC475D4;
  expect(written.ssl_policy).toBe("ELBSecurityPolicy-TLS-1-0-2015-04");
});

test("the real synthesizer runs the guard after a user's Aspect too", () => {
  const { stack } = apiStack();
  Aspects.of(stack).add(new WeakTls());
  expect(() => Testing.fullSynth(stack)).toThrow(/MESHQ-NET-3/);
});

test("the guard is a validation: Testing.synth(stack, true) runs it, Testing.synth(stack) does not", () => {
  const { stack } = apiStack();
  Testing.synth(stack);
  expect(HardeningGuard.of(stack).lastReport).toBeUndefined();
  Testing.synth(stack, true);
  expect(HardeningGuard.of(stack).lastReport?.results).toHaveLength(CONTROLS.length);
});

test("annotations and the report come exactly once per synth, however often the stack is synthesized", () => {
  const app = new App({ outdir: join(tmpdir(), `meshq-once-${Date.now()}`) });
  const stack = new TerraformStack(app, "once");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  new KubernetesProvider(stack, "k8s", {});
  new SecureMeshApi(stack, "Api", apiProps());
  const writes = jest.spyOn(require("fs") as typeof import("fs"), "writeFileSync");
  try {
    app.synth();
    const reports = () => writes.mock.calls.filter(([file]) => String(file).endsWith("hardening-report.md")).length;
    expect(reports()).toBe(1);
    const warnings = () => annotations(stack, "warning").filter((w) => w.includes("[MESHQ-AUD-1]"));
    expect(warnings()).toHaveLength(1);
    Testing.synth(stack, true);
    expect(reports()).toBe(2);
    expect(warnings()).toHaveLength(1);
  } finally {
    writes.mockRestore();
  }
});

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
  // the suppression travels with the stack's JSON (for the plan CLI)
  const metadata = stack.toTerraform()["//"].metadata.meshoptixiq;
  expect(metadata.suppressions).toEqual([
    { control: "MESHQ-NET-6", reason: "legacy clients send malformed headers until Q3 migration", path: "test/Api" },
  ]);
});

test("reports land next to cdk.tf.json: Markdown with a flow diagram, JSON and SARIF", () => {
  const app = new App({ outdir: join(require("os").tmpdir(), `meshq-guard-${Date.now()}`) });
  const stack = new (require("../../lib/compat/core").TerraformStack)(app, "prod");
  new (require("../../lib/compat/aws/provider").AwsProvider)(stack, "aws", { region: "eu-west-1" });
  new (require("../../lib/compat/kubernetes/provider").KubernetesProvider)(stack, "k8s", {});
  new SecureMeshApi(stack, "Api", apiProps());
  app.synth();
  const dir = join(app.outdir, "stacks", "prod");
  expect(existsSync(join(dir, "cdk.tf.json"))).toBe(true);
  const md = readFileSync(join(dir, "hardening-report.md"), "utf8");
  expect(md).toMatch(/\| MESHQ-NET-3 \| §12\.2 \| PASS \| [1-9]\d* \| TLS 1\.2 or higher \|/);
  expect(md).toContain('meshoptixiq_alb["meshoptixiq-alb"] -- "TCP/8000" --> meshoptixiq_api["meshoptixiq-api"]');
  const json = JSON.parse(readFileSync(join(dir, "hardening-report.json"), "utf8"));
  expect(json.controls).toHaveLength(CONTROLS.length);
  expect(json.controls.find((c: any) => c.id === "MESHQ-AUD-1")).toMatchObject({ status: "warn" });
  const sarif = JSON.parse(readFileSync(join(dir, "hardening-report.sarif"), "utf8"));
  expect(sarif.version).toBe("2.1.0");
  expect(sarif.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(CONTROLS.map((c) => c.id));
  const result = sarif.runs[0].results[0];
  expect(result).toMatchObject({ ruleId: "MESHQ-AUD-1", level: "warning" });
  // every finding names the stack file and the resource address, and points at its line
  const [location] = result.locations;
  expect(location.physicalLocation.artifactLocation.uri).toBe("stacks/prod/cdk.tf.json");
  const address = location.logicalLocations[0].fullyQualifiedName;
  expect(address).toMatch(/^kubernetes_deployment_v1\.Api_[0-9A-F]{8}$/);
  const line = readFileSync(join(dir, "cdk.tf.json"), "utf8").split("\n")[location.physicalLocation.region.startLine - 1];
  expect(line).toBe(`      "${address.split(".")[1]}": {`);
  expect(json.controls.find((c: any) => c.id === "MESHQ-AUD-1").findings[0]).toMatchObject({
    address,
    stackFile: "stacks/prod/cdk.tf.json",
    level: "warning",
  });
  expect(md).toContain(`- **MESHQ-AUD-1** (warning) \`${address}\` in \`stacks/prod/cdk.tf.json\`: audit logging is not enabled`);
});

test("one guard per stack, whatever the number of constructs", () => {
  const { stack } = apiStack();
  const first = HardeningGuard.of(stack);
  new SecureMeshApi(stack, "Second", apiProps({ deploymentName: "second", namespace: "second" }));
  expect(HardeningGuard.of(stack)).toBe(first);
  expect(HardeningGuard.isHardeningGuard(first)).toBe(true);
  expect(stack.node.findAll().filter((c) => c.node.id === "HardeningGuardRecord")).toHaveLength(1);
});

test("the documented control catalogue is the generated one (npm run docs)", () => {
  const section = (file: string, name: string) => {
    const text = readFileSync(join(__dirname, "..", "..", file), "utf8");
    const start = text.indexOf(`<!-- ${name}:start -->`);
    const end = text.indexOf(`<!-- ${name}:end -->`);
    return start < 0 || end < 0 ? undefined : text.slice(start + `<!-- ${name}:start -->`.length, end).trim();
  };
  expect(section("docs/controls.md", "controls")).toBe(catalogueMarkdown(CONTROL_LINKS));
  expect(section("docs/controls.md", "scopes")).toBe(catalogueScopeMarkdown());
  for (const c of CONTROLS) expect(section("docs/controls.md", "scopes")).toContain(`${c.id}`);
});
