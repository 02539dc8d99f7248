import { Flavour, flavour } from "../compat/flavour";
import { RecordedFlow } from "../policy/network-record";
import { controlAnchor, controlsDocUrl } from "./catalogue";
import { FirstApplyReport, renderFirstApplyMarkdown } from "./first-apply";
import { ControlResult } from "./model";
import { ReportHeader, reportHeader } from "./provenance";

export type { ReportHeader } from "./provenance";

/** Everything a report shows. */
export interface GuardReport {
  readonly stack: string;
  /** The file the findings' addresses are in: the synthesized `cdk.tf.json`, or the plan. */
  readonly stackFile: string;
  /** What was judged. @default "synth" */
  readonly origin?: "synth" | "plan";
  readonly results: ControlResult[];
  /** The flows the network model registered (from the stack metadata). */
  readonly flows: RecordedFlow[];
  readonly optOuts: Array<{ property: string; reason: string }>;
  /** Order of the Kubernetes objects on the first apply. @default - not analysed */
  readonly firstApply?: FirstApplyReport;
  /** Where the report comes from. @default - made when the report is rendered */
  readonly header?: ReportHeader;
}

/** The report with its header: the library version, the flavour, the origin, the stack, the time and the commit. */
export function withHeader(report: GuardReport): GuardReport {
  return report.header ? report : { ...report, header: reportHeader(report.stack, report.origin ?? "synth") };
}

const headerOf = (report: GuardReport): ReportHeader => report.header ?? reportHeader(report.stack, report.origin ?? "synth");

/** The resource types among addresses, with their counts: `aws_lb ×1, aws_lb_listener ×2`. */
function typesOf(addresses: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const a of addresses) {
    const type = a.startsWith("data.") ? `data.${a.split(".")[1]}` : a.split(".")[0];
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].map(([t, n]) => `${t} ×${n}`).join(", ");
}

/** What a control's result shows: what was judged, and for a pass what was found on it. */
export function evidenceOf(r: ControlResult): string {
  const n = r.judged.length;
  const what = `${n} resource${n === 1 ? "" : "s"}${n ? ` (${typesOf(r.judged)})` : ""}`;
  switch (r.status) {
    case "not-applicable":
      return n === 0 ? "nothing of the kinds this control judges is in the stack" : `read ${what}; none of them is of a kind it judges`;
    case "pass":
      if (n === 0) return "no resource of the kinds this control judges is in the stack, so none breaks it";
      return `judged ${what}: each complies (${r.control.checks.replace(/\.$/, "")})${r.suppressed.length ? `; ${r.suppressed.length} finding(s) suppressed with a reason` : ""}`;
    default:
      return `judged ${what}: ${r.findings.length} finding(s)`;
  }
}

/** Folds a list for the Markdown report: short lists inline, long ones in a details block. */
const FOLD_AFTER = 5;

const STATUS: Record<string, string> = { pass: "PASS", fail: "FAIL", warn: "WARN", "not-applicable": "n/a" };

/** Markdown: summary table, findings, suppressions and opt-outs, and a diagram of allowed flows. */
export function renderMarkdown(report: GuardReport): string {
  const header = headerOf(report);
  const lines = [
    `# Hardening report: ${report.stack}`,
    "",
    "| | |",
    "|---|---|",
    `| Judged | \`${report.stackFile}\` (${report.origin === "plan" ? "plan" : "synthesized configuration"}) |`,
    `| Stack | ${header.stack} |`,
    `| Library | ${header.library} ${header.version} (${header.flavour}) |`,
    `| Generated | ${header.generatedAt} |`,
    `| Commit | ${header.commit ?? "unknown"} |`,
    "",
    "| Control | Guide | Status | Judged | Title |",
    "|---|---|---|---|---|",
  ];
  for (const r of report.results)
    lines.push(`| ${r.control.id} | §${r.control.section} | ${STATUS[r.status]} | ${r.judged.length} | ${r.control.title} |`);
  const findings = report.results.flatMap((r) =>
    r.findings.map((f) => `- **${r.control.id}** (${f.level}) \`${f.address}\` in \`${f.stackFile}\`: ${f.message}`),
  );
  lines.push("", "## Findings", "", ...(findings.length ? findings : ["None."]));
  lines.push("", "## Evidence", "", "What each control judged (resource addresses) and, for a pass, what it found.", "");
  for (const r of report.results) {
    if (r.status === "not-applicable") continue;
    const summary = `**${r.control.id}** ${STATUS[r.status]}: ${evidenceOf(r)}`;
    const items = r.judged.map((a) => `- \`${a}\``);
    if (items.length <= FOLD_AFTER) lines.push(`${summary}`, "", ...items, "");
    else lines.push("<details>", `<summary>${summary.replace(/\*\*(.+?)\*\*/, "<b>$1</b>")}</summary>`, "", ...items, "", "</details>", "");
  }
  const notApplicable = report.results.filter((r) => r.status === "not-applicable").map((r) => r.control.id);
  if (notApplicable.length) lines.push(`Not applicable (nothing of the kinds they judge): ${notApplicable.join(", ")}.`);
  const suppressed = report.results.flatMap((r) =>
    r.suppressed.map((f) => `- **${r.control.id}** \`${f.address}\` in \`${f.stackFile}\`: ${f.message}. Reason: ${f.reason}`),
  );
  lines.push("", "## Suppressions and opt-outs", "");
  lines.push(...suppressed, ...report.optOuts.map((o) => `- ${o.property}: ${o.reason}`));
  if (suppressed.length === 0 && report.optOuts.length === 0) lines.push("None.");
  lines.push("", "## Allowed network flows", "", "```mermaid", "flowchart LR");
  const id = (name: string) => name.replace(/[^A-Za-z0-9]/g, "_");
  for (const f of report.flows) lines.push(`  ${id(f.from)}["${f.from}"] -- "${f.protocol}/${f.port}" --> ${id(f.to)}["${f.to}"]`);
  lines.push("```", "");
  if (report.firstApply) lines.push(renderFirstApplyMarkdown(report.firstApply));
  return lines.join("\n");
}

/** JSON, for pipelines. */
export function renderJson(report: GuardReport): string {
  return `${JSON.stringify(
    {
      header: headerOf(report),
      stack: report.stack,
      stackFile: report.stackFile,
      origin: report.origin ?? "synth",
      controls: report.results.map((r) => ({
        id: r.control.id,
        section: r.control.section,
        title: r.control.title,
        status: r.status,
        evidence: evidenceOf(r),
        judged: r.judged,
        findings: r.findings,
        suppressed: r.suppressed,
        checkov: r.control.checkov ?? [],
      })),
      flows: report.flows.map((f) => ({ from: f.from, to: f.to, port: f.port, protocol: f.protocol, description: f.description })),
      optOuts: report.optOuts,
      ...(report.firstApply ? { firstApply: report.firstApply } : {}),
    },
    null,
    2,
  )}\n`;
}

/** Where an address is in a file (1-based). */
export interface Region {
  readonly startLine: number;
  /** @default - the whole line */
  readonly startColumn?: number;
}

/**
 * SARIF 2.1.0, for code-scanning tools. Every result names the stack file and, as its logical
 * location, the resource address; `regionOf` gives the address's place in the file when known.
 */
export function renderSarif(report: GuardReport, regionOf: (address: string) => Region | undefined = () => undefined): string {
  const location = (f: { address: string; stackFile: string }) => {
    const region = regionOf(f.address);
    return {
      physicalLocation: { artifactLocation: { uri: f.stackFile }, ...(region ? { region } : {}) },
      logicalLocations: [{ fullyQualifiedName: f.address, kind: "resource" }],
    };
  };
  const header = headerOf(report);
  const docs = controlsDocUrl(header.version);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "meshoptixiq-hardening-guard",
            fullName: `${header.library} hardening guard`,
            version: header.version,
            semanticVersion: header.version,
            informationUri: "https://github.com/meshoptixiq",
            rules: report.results.map((r) => ({
              id: r.control.id,
              name: r.control.title,
              shortDescription: { text: r.control.title },
              fullDescription: { text: r.control.checks },
              helpUri: `${docs}#${controlAnchor(r.control)}`,
              ...(r.control.scope ? { help: { text: r.control.scope } } : {}),
              properties: { section: r.control.section, checkov: r.control.checkov ?? [] },
            })),
          },
        },
        invocations: [{ executionSuccessful: true, endTimeUtc: header.generatedAt }],
        properties: {
          header,
          // what each control judged, and its verdict: a pass is evidence too
          evidence: report.results.map((r) => ({ id: r.control.id, status: r.status, evidence: evidenceOf(r), judged: r.judged })),
        },
        results: report.results.flatMap((r) => [
          ...r.findings.map((f) => ({
            ruleId: r.control.id,
            level: f.level === "warning" ? "warning" : "error",
            message: { text: `${f.address}: ${f.message}` },
            locations: [location(f)],
          })),
          ...r.suppressed.map((f) => ({
            ruleId: r.control.id,
            level: "note",
            message: { text: `${f.address}: ${f.message}` },
            suppressions: [{ kind: "inSource", justification: f.reason }],
            locations: [location(f)],
          })),
        ]),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * The layout of the synthesized `cdk.tf.json`: keys sorted, two-space indentation. cdktf writes it
 * with json-stable-stringify, which puts an empty list or object across two lines (`[` and `]`);
 * cdktn with safe-stable-stringify, which writes them as `[]` and `{}`.
 */
function stableStringify(value: unknown, compactEmpty: boolean, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0 && compactEmpty) return "[]";
    return `[${value.map((v) => `\n${inner}${stableStringify(v === undefined ? null : v, compactEmpty, inner)}`).join(",")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    if (entries.length === 0 && compactEmpty) return "{}";
    return `{${entries.map((k) => `\n${inner}${JSON.stringify(k)}: ${stableStringify((value as Record<string, unknown>)[k], compactEmpty, inner)}`).join(",")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Where the resources are in the synthesized `cdk.tf.json`, as the installed flavour writes it. */
export function configurationRegions(tf: Record<string, any>, writer: Flavour = flavour()): (address: string) => Region | undefined {
  const lines = stableStringify(tf, writer === "cdktn").split("\n");
  const at = new Map<string, number>();
  let inResources = false;
  let type: string | undefined;
  lines.forEach((line, i) => {
    if (/^ {2}"\S/.test(line)) inResources = line.startsWith('  "resource": {');
    else if (inResources && /^ {4}"/.test(line)) type = JSON.parse(line.trim().replace(/: \{$/, ""));
    else if (inResources && type && /^ {6}"/.test(line)) at.set(`${type}.${JSON.parse(line.trim().replace(/: \{$/, ""))}`, i + 1);
  });
  return (address) => {
    const line = at.get(address);
    return line ? { startLine: line } : undefined;
  };
}

/** Where the resources are in a plan document: their first `"address"` (the plan may be one line). */
export function planRegions(text: string): (address: string) => Region | undefined {
  return (address) => {
    const match = new RegExp(`"address"\\s*:\\s*${JSON.stringify(address).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).exec(text);
    if (!match) return undefined;
    const before = text.slice(0, match.index);
    const startLine = before.split("\n").length;
    return { startLine, startColumn: match.index - before.lastIndexOf("\n") };
  };
}
