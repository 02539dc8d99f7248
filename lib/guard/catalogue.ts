import { API_KEY_CONTROLS } from "./controls/api-keys";
import { CACHE_CONTROLS } from "./controls/cache";
import { DATA_CONTROLS } from "./controls/data";
import { NETWORK_CONTROLS } from "./controls/network";
import { POD_CONTROLS } from "./controls/pods";
import { RBAC_AUDIT_CONTROLS } from "./controls/rbac-audit";
import { SECRETS_CONTROLS } from "./controls/secrets";
import { Control } from "./model";

/** The control catalogue: one entry per requirement of the security guide (§12.1–§12.6). */
export const CONTROLS: readonly Control[] = [
  ...API_KEY_CONTROLS,
  ...NETWORK_CONTROLS,
  ...POD_CONTROLS,
  ...SECRETS_CONTROLS,
  ...RBAC_AUDIT_CONTROLS,
  ...DATA_CONTROLS,
  ...CACHE_CONTROLS,
];

/** The catalogue as a Markdown table (docs/controls.md is generated from it). */
export function catalogueMarkdown(): string {
  const rows = CONTROLS.map(
    (c) => `| ${c.id} | §${c.section} | ${c.title} | ${c.checks.replace(/\|/g, "\\|")} | ${(c.checkov ?? []).join(", ") || "—"} |`,
  );
  return ["| Id | Guide | Control | What is checked | Checkov |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** Each control's scope: what it reads, how it treats values it cannot know, why a warning is not an error. */
export function catalogueScopeMarkdown(): string {
  return CONTROLS.map((c) =>
    [`#### ${c.id}: ${c.title} (§${c.section})`, "", `${c.checks}`, "", `Scope: ${c.scope ?? "not documented"}`].join("\n"),
  ).join("\n\n");
}
