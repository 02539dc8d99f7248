import { Flow } from "../network/endpoint";
import { FirstApplyReport, renderFirstApplyMarkdown } from "./first-apply";
import { ControlResult } from "./model";

/** Everything a report shows. */
export interface GuardReport {
  readonly stack: string;
  readonly results: ControlResult[];
  readonly flows: Flow[];
  readonly optOuts: Array<{ property: string; reason: string }>;
  /** Order of the Kubernetes objects on the first apply. */
  readonly firstApply?: FirstApplyReport;
}

const STATUS: Record<string, string> = { pass: "PASS", fail: "FAIL", warn: "WARN", "not-applicable": "n/a" };

/** Markdown: summary table, findings, suppressions and opt-outs, and a diagram of allowed flows. */
export function renderMarkdown(report: GuardReport): string {
  const lines = [`# Hardening report: ${report.stack}`, "", "| Control | Guide | Status | Title |", "|---|---|---|---|"];
  for (const r of report.results) lines.push(`| ${r.control.id} | §${r.control.section} | ${STATUS[r.status]} | ${r.control.title} |`);
  const findings = report.results.flatMap((r) =>
    r.findings.map((f) => `- **${r.control.id}** (${f.level ?? "error"}) \`${f.address}\`: ${f.message}`),
  );
  lines.push("", "## Findings", "", ...(findings.length ? findings : ["None."]));
  const suppressed = report.results.flatMap((r) =>
    r.suppressed.map((f) => `- **${r.control.id}** \`${f.address}\`: ${f.message}. Reason: ${f.reason}`),
  );
  lines.push("", "## Suppressions and opt-outs", "");
  lines.push(...suppressed, ...report.optOuts.map((o) => `- ${o.property}: ${o.reason}`));
  if (suppressed.length === 0 && report.optOuts.length === 0) lines.push("None.");
  lines.push("", "## Allowed network flows", "", "```mermaid", "flowchart LR");
  const id = (name: string) => name.replace(/[^A-Za-z0-9]/g, "_");
  for (const f of report.flows)
    lines.push(`  ${id(f.from.name)}["${f.from.name}"] -- "${f.protocol}/${f.port}" --> ${id(f.to.name)}["${f.to.name}"]`);
  lines.push("```", "");
  if (report.firstApply) lines.push(renderFirstApplyMarkdown(report.firstApply));
  return lines.join("\n");
}

/** JSON, for pipelines. */
export function renderJson(report: GuardReport): string {
  return `${JSON.stringify(
    {
      stack: report.stack,
      controls: report.results.map((r) => ({
        id: r.control.id,
        section: r.control.section,
        title: r.control.title,
        status: r.status,
        findings: r.findings,
        suppressed: r.suppressed,
        checkov: r.control.checkov ?? [],
      })),
      flows: report.flows.map((f) => ({
        from: f.from.name,
        to: f.to.name,
        port: f.port,
        protocol: f.protocol,
        description: f.description,
      })),
      optOuts: report.optOuts,
      ...(report.firstApply ? { firstApply: report.firstApply } : {}),
    },
    null,
    2,
  )}\n`;
}

/** SARIF 2.1.0, for code-scanning tools. */
export function renderSarif(report: GuardReport, artifact: string): string {
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "meshoptixiq-hardening-guard",
            informationUri: "https://github.com/meshoptixiq",
            rules: report.results.map((r) => ({
              id: r.control.id,
              name: r.control.title,
              shortDescription: { text: r.control.title },
              fullDescription: { text: r.control.checks },
              properties: { section: r.control.section, checkov: r.control.checkov ?? [] },
            })),
          },
        },
        results: report.results.flatMap((r) => [
          ...r.findings.map((f) => ({
            ruleId: r.control.id,
            level: f.level === "warning" ? "warning" : "error",
            message: { text: `${f.address}: ${f.message}` },
            locations: [
              { physicalLocation: { artifactLocation: { uri: artifact } }, logicalLocations: [{ fullyQualifiedName: f.address }] },
            ],
          })),
          ...r.suppressed.map((f) => ({
            ruleId: r.control.id,
            level: "note",
            message: { text: `${f.address}: ${f.message}` },
            suppressions: [{ kind: "inSource", justification: f.reason }],
            locations: [
              { physicalLocation: { artifactLocation: { uri: artifact } }, logicalLocations: [{ fullyQualifiedName: f.address }] },
            ],
          })),
        ]),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
