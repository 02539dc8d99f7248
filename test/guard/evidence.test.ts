// Every report carries its evidence and its provenance: what each control judged (addresses), what a
// pass found, and a header with the library version, the flavour, the origin, the stack, the time
// and the commit; SARIF names the driver's version and links each rule to its docs section.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, TerraformStack } from "../../lib/compat/core";
import { AwsProvider } from "../../lib/compat/aws/provider";
import { KubernetesProvider } from "../../lib/compat/kubernetes/provider";
import { SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { CONTROLS, controlAnchor } from "../../lib/guard/catalogue";
import { judge } from "../../lib/guard/evaluate";
import { commitOf, libraryVersion, reportHeader } from "../../lib/guard/provenance";
import { evidenceOf, renderJson, renderMarkdown, renderSarif, withHeader } from "../../lib/guard/report";
import { apiProps } from "../util";

const outdir = mkdtempSync(join(tmpdir(), "meshq-evidence-"));
let dir: string;
beforeAll(() => {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "evidence");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  new KubernetesProvider(stack, "k8s", {});
  new SecureMeshApi(stack, "Api", apiProps());
  app.synth();
  dir = join(outdir, "stacks", "evidence");
});
const read = (file: string) => readFileSync(join(dir, file), "utf8");

test("each control lists the addresses it judged; a pass says what it found on them", () => {
  const json = JSON.parse(read("hardening-report.json"));
  const tf = JSON.parse(read("cdk.tf.json"));
  const net3 = json.controls.find((c: any) => c.id === "MESHQ-NET-3");
  expect(net3.status).toBe("pass");
  // the HTTPS listener's policy is what TLS 1.2 is judged on
  const listeners = Object.keys(tf.resource.aws_lb_listener).map((n) => `aws_lb_listener.${n}`);
  expect(net3.judged).toEqual(expect.arrayContaining(listeners));
  expect(net3.evidence).toMatch(/^judged \d+ resources \(.*aws_lb_listener ×2.*\): each complies/);
  // every judged address is a resource or data source of the stack
  const known = new Set([
    ...Object.entries<any>(tf.resource).flatMap(([t, rs]) => Object.keys(rs).map((n) => `${t}.${n}`)),
    ...Object.entries<any>(tf.data ?? {}).flatMap(([t, rs]) => Object.keys(rs).map((n) => `data.${t}.${n}`)),
  ]);
  for (const c of json.controls) for (const a of c.judged) expect(known.has(a)).toBe(true);
  // a pass over resources always names them
  const passes = json.controls.filter((c: any) => c.status === "pass");
  expect(passes.filter((c: any) => c.judged.length > 0).length).toBeGreaterThan(5);
  for (const c of passes.filter((c: any) => c.judged.length === 0)) expect(c.evidence).toMatch(/no resource of the kinds/);
});

test("a finding's resource is among what its control judged", () => {
  const json = JSON.parse(read("hardening-report.json"));
  const aud = json.controls.find((c: any) => c.id === "MESHQ-AUD-1");
  expect(aud.status).toBe("warn");
  for (const f of aud.findings) expect(aud.judged).toContain(f.address);
});

test("the header: library version, flavour, origin, stack, time, commit", () => {
  const { header } = JSON.parse(read("hardening-report.json"));
  expect(header).toMatchObject({
    library: "@meshoptixiq/cdktf-hardened",
    version: require("../../package.json").version,
    flavour: expect.stringMatching(/^cdkt[fn]$/),
    origin: "synth",
    stack: "evidence",
  });
  expect(Date.parse(header.generatedAt)).toBeGreaterThan(Date.parse("2024-01-01"));
  const md = read("hardening-report.md");
  expect(md).toContain(`| Library | @meshoptixiq/cdktf-hardened ${header.version} (${header.flavour}) |`);
  expect(md).toContain(`| Generated | ${header.generatedAt} |`);
  expect(md).toMatch(/\| Commit \| ([0-9a-f]{40}|unknown) \|/);
});

test("SARIF: the driver's version, and each rule's help link to its section of docs/controls.md", () => {
  const sarif = JSON.parse(read("hardening-report.sarif"));
  const driver = sarif.runs[0].tool.driver;
  expect(driver.version).toBe(libraryVersion().version);
  expect(driver.semanticVersion).toBe(libraryVersion().version);
  const docs = readFileSync(join(__dirname, "..", "..", "docs", "controls.md"), "utf8");
  for (const rule of driver.rules) {
    const control = CONTROLS.find((c) => c.id === rule.id)!;
    expect(rule.helpUri).toMatch(new RegExp(`/docs/controls\\.md#${controlAnchor(control)}$`));
    // the anchor is a heading of the published catalogue
    expect(docs).toContain(`#### ${control.id}: ${control.title} (§${control.section})`);
  }
  expect(sarif.runs[0].properties.header.stack).toBe("evidence");
  expect(sarif.runs[0].properties.evidence).toHaveLength(CONTROLS.length);
});

test("the Markdown folds long evidence lists and summarizes them by type", () => {
  const md = read("hardening-report.md");
  expect(md).toContain("## Evidence");
  const folded = md.split("<details>").slice(1);
  expect(folded.length).toBeGreaterThan(0);
  for (const block of folded) expect(block).toMatch(/^\n<summary><b>MESHQ-[A-Z]+-\d+<\/b> (PASS|WARN|FAIL): .*×\d/);
});

test("SOURCE_DATE_EPOCH fixes the time; the commit comes from the CI, else from the checkout", () => {
  expect(reportHeader("s", "plan", { SOURCE_DATE_EPOCH: "1700000000" }).generatedAt).toBe("2023-11-14T22:13:20.000Z");
  const sha = "0123456789abcdef0123456789abcdef01234567";
  expect(commitOf({ GITHUB_SHA: sha }, "/")).toBe(sha);
  expect(commitOf({ GITHUB_SHA: "not-a-sha" }, tmpdir())).toBeUndefined();
  // a checkout: HEAD names a branch whose ref holds the commit
  const repo = mkdtempSync(join(tmpdir(), "meshq-git-"));
  mkdirSync(join(repo, ".git", "refs", "heads"), { recursive: true });
  writeFileSync(join(repo, ".git", "HEAD"), "ref: refs/heads/main\n");
  writeFileSync(join(repo, ".git", "refs", "heads", "main"), `${sha}\n`);
  mkdirSync(join(repo, "infra"));
  expect(commitOf({}, join(repo, "infra"))).toBe(sha);
  // packed refs
  const packed = mkdtempSync(join(tmpdir(), "meshq-git-"));
  mkdirSync(join(packed, ".git"));
  writeFileSync(join(packed, ".git", "HEAD"), "ref: refs/heads/main\n");
  writeFileSync(join(packed, ".git", "packed-refs"), `# pack-refs\n${sha} refs/heads/main\n`);
  expect(commitOf({}, packed)).toBe(sha);
  expect(existsSync(join(packed, ".git", "refs"))).toBe(false);
});

test("a report judged nothing is visible as such: every control not applicable on an empty stack", () => {
  const report = withHeader(judge({ resource: {} }, { stack: "empty", stackFile: "x", firstApply: false }));
  const applicable = report.results.filter((r) => r.status !== "not-applicable");
  for (const r of applicable) expect(evidenceOf(r)).toMatch(/no resource of the kinds|judged/);
  const md = renderMarkdown(report);
  expect(md).toContain("| Stack | empty |");
  expect(JSON.parse(renderJson(report)).header.stack).toBe("empty");
  expect(JSON.parse(renderSarif(report)).runs[0].tool.driver.version).toBe(libraryVersion().version);
});
