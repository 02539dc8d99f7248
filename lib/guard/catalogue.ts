import { API_KEY_CONTROLS } from "./controls/api-keys";
import { CACHE_CONTROLS } from "./controls/cache";
import { DATA_CONTROLS } from "./controls/data";
import { LEAST_PRIVILEGE_CONTROLS } from "./controls/least-privilege";
import { IDENTITY_CONTROLS } from "./controls/identities";
import { IMAGE_CONTROLS } from "./controls/images";
import { NETWORK_CONTROLS } from "./controls/network";
import { POD_CONTROLS } from "./controls/pods";
import { RBAC_AUDIT_CONTROLS } from "./controls/rbac-audit";
import { SECRETS_CONTROLS } from "./controls/secrets";
import { VAULT_CONTROLS } from "./controls/vault";
import { Control, PropRef } from "./model";

/** The control catalogue: one entry per requirement of the security guide (§12.1–§12.6). */
export const CONTROLS: readonly Control[] = [
  ...API_KEY_CONTROLS,
  ...NETWORK_CONTROLS,
  ...POD_CONTROLS,
  ...IMAGE_CONTROLS,
  ...SECRETS_CONTROLS,
  ...VAULT_CONTROLS,
  ...RBAC_AUDIT_CONTROLS,
  ...DATA_CONTROLS,
  ...CACHE_CONTROLS,
  ...LEAST_PRIVILEGE_CONTROLS,
  ...IDENTITY_CONTROLS,
];

/**
 * Where the catalogue's links lead: files given by their path from the package root, and the way
 * from the document that shows the catalogue to that root.
 */
export interface CatalogueLinks {
  /** The path from the document to the package root, e.g. `../` for a document in docs/. */
  readonly root: string;
  /** The source file of a control's rule. */
  rule(control: Control): string | undefined;
  /** A construct's reference document, when it has one. */
  construct(construct: string): string | undefined;
  /** The source file that declares a construct's props interface. */
  props(construct: string): string | undefined;
}

/** The construct and property a {@link PropRef} names. */
export function parsePropRef(ref: PropRef): { construct: string; property: string } {
  const [construct, property] = ref.split(".props.");
  return { construct, property };
}

/** The links of one control's row: its rule, its construct properties, its tests (plain names without links). */
function linkCells(c: Control, links?: CatalogueLinks): [string, string, string] {
  const link = (text: string, path: string | undefined) => (links && path ? `[${text}](${links.root}${path})` : text);
  const rule = links?.rule(c);
  const props = c.enforcedBy.map((ref) => {
    const { construct, property } = parsePropRef(ref);
    return `${link(construct, links?.construct(construct))}.props.${link(property, links?.props(construct))}`;
  });
  return [
    rule ? link(rule.replace(/^lib\/guard\/controls\//, ""), rule) : "—",
    props.join("<br>"),
    c.provenBy.map((t) => link(t, t)).join("<br>"),
  ];
}

/** GitHub's anchor of a heading. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The heading of a control's section in {@link catalogueScopeMarkdown}. */
const scopeHeading = (c: Control): string => `${c.id}: ${c.title} (§${c.section})`;

/** The anchor of a control's section in docs/controls.md. */
export function controlAnchor(c: Control): string {
  return anchor(scopeHeading(c));
}

/** Where docs/controls.md is published, at a version of the library (the reports' help links). */
export function controlsDocUrl(version: string): string {
  return `https://github.com/meshoptixiq/cdktf-hardened/blob/v${version}/docs/controls.md`;
}

/**
 * The catalogue as a Markdown table (docs/controls.md is generated from it): per control, its
 * section of the guide, what is checked, and links to its rule, the construct properties that
 * enforce it and the tests that prove it. With `links`, each id also leads to its section of
 * {@link catalogueScopeMarkdown}, which the same document shows; without, names are plain text.
 */
export function catalogueMarkdown(links?: CatalogueLinks): string {
  const escape = (text: string) => text.replace(/\|/g, "\\|");
  const rows = CONTROLS.map((c) =>
    [
      links ? `[${c.id}](#${anchor(scopeHeading(c))})` : c.id,
      `§${c.section}`,
      c.title,
      escape(c.checks),
      ...linkCells(c, links),
      (c.checkov ?? []).join(", ") || "—",
    ].join(" | "),
  ).map((row) => `| ${row} |`);
  return [
    "| Id | Guide | Control | What is checked | Rule | Enforced by | Proven by | Checkov |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/**
 * Each control's scope: what it reads, why a warning is not an error, and how it decides on
 * values the guard did not see (generators, rotators, keys, policies, values outside the stack).
 */
export function catalogueScopeMarkdown(): string {
  return CONTROLS.map((c) =>
    [
      `#### ${scopeHeading(c)}`,
      "",
      `${c.checks}`,
      "",
      `Scope: ${c.scope ?? "not documented"}`,
      "",
      `Unseen values: ${c.unseen ?? "not documented"}`,
    ].join("\n"),
  ).join("\n\n");
}
