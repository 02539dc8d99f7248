/** The first-apply section of the hardening report, in Markdown. */
import type { FirstApplyReport, ObjectOrder } from "./order";

const short = (address: string) => address.replace(/_[0-9A-F]{8}$/, "");

const INTRO = [
  "## First apply: order of the Kubernetes objects",
  "",
  "Terraform creates a resource once everything it references or names in `depends_on` exists; resources with no path " +
    "between them are created in parallel, in any order. Step is the earliest wave in which the first apply can create " +
    "the object. Custom resources need their operator's CRDs before the plan (`kubernetes_manifest` reads the schema " +
    "from the cluster). IAM lists the object's service account, its role and the policies attached to the role; " +
    "network policies are those selecting the object's pods. _may precede_ means nothing orders the two.",
  "",
];

const relation = (r: { after: string[]; race: string[] }) =>
  [...r.after.map((a) => `after \`${short(a)}\``), ...r.race.map((a) => `**may precede** \`${short(a)}\``)].join("<br>") || "—";

function namespaceCell(o: ObjectOrder): string {
  switch (o.namespaceOrder) {
    case "after":
      return `after \`${short(o.namespaceAddress!)}\``;
    case "race":
      return `**may precede \`${short(o.namespaceAddress!)}\`**`;
    case "external":
      return `\`${o.namespace}\` must exist`;
    default:
      return "—";
  }
}

function objectRow(o: ObjectOrder): string {
  const crd = o.crd ? `${o.crd.group} (${o.crd.operator})` : "—";
  const id = `${o.kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name}`;
  return `| ${o.step} | ${id}<br>\`${short(o.address)}\` | ${namespaceCell(o)} | ${crd} | ${relation(o.iam)} | ${relation(o.networkPolicies)} |`;
}

/** The namespace races and the dependency cycles of a report. */
function problems(report: FirstApplyReport): string[] {
  const lines = ["", "### Namespace races", ""];
  if (report.namespaceRaces.length === 0) lines.push("None: every namespaced object is created after its namespace.");
  for (const r of report.namespaceRaces) lines.push(`- \`${r.address}\`: ${r.message}`);
  lines.push("", "### Dependency cycles", "");
  if (report.cycles.length === 0) lines.push("None.");
  for (const c of report.cycles) lines.push(`- Terraform refuses to plan this cycle: ${c.map((a) => `\`${a}\``).join(" ↔ ")}`);
  lines.push("");
  return lines;
}

/** The ordering section of the hardening report (Markdown). */
export function renderFirstApplyMarkdown(report: FirstApplyReport): string {
  if (report.objects.length === 0) return [...INTRO, "No Kubernetes objects.", ""].join("\n");
  return [
    ...INTRO,
    "| Step | Object | Namespace | CRD (prerequisite) | IAM | Network policies |",
    "|---|---|---|---|---|---|",
    ...report.objects.map(objectRow),
    ...problems(report),
  ].join("\n");
}
