/** §12.6: PostgreSQL connections require TLS. */
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
import { StackView, templateParts, ViewResource, viewOf } from "../../view";

const isPostgres = (engine: unknown) => /postgres/.test(String(engine));

/** §12.6: RDS PostgreSQL forces TLS, and connection strings require it. */
export const postgresTls: Control = {
  id: "MESHQ-DATA-4",
  section: "12.6",
  title: "PostgreSQL requires TLS",
  checks:
    "RDS PostgreSQL instances use a parameter group of the stack that sets rds.force_ssl=1; connection strings handed to workloads use sslmode=verify-full (never weaker than require).",
  scope:
    "aws_db_instance with a postgres engine and its parameter_group_name (a reference to, or the name of, an aws_db_parameter_group of the stack that is certainly created); aws_db_parameter_group of a postgres family; postgres:// URLs in ExternalSecret templates, container environment values and ConfigMaps. A default or outside parameter group, or an engine, group or setting the guard cannot know, is a finding.",
  checkov: ["CKV2_AWS_69"],
  unseen:
    "Fails. An engine, parameter group or setting the guard cannot know is a finding, and so is a default parameter group or one the stack does not certainly create: its rds.force_ssl cannot be seen.",
  enforcedBy: ["EncryptedPostgres.props.caBundlePem", "HardenedMeshStack.props.postgresCaBundlePem"],
  provenBy: ["test/guard/controls/data.test.ts", "test/guard/mutations/data.ts", "examples/postgres-backend/main.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const groups = view.resources("aws_db_parameter_group");
    const instances = view.resources("aws_db_instance");
    const uris = postgresUris(view);
    if (groups.length === 0 && instances.length === 0 && uris.length === 0) return NOT_APPLICABLE;
    return [
      ...groups.flatMap((g) => parameterGroupFindings(view, g)),
      ...instances.flatMap((db) => instanceFindings(view, db, groups)),
      ...uris
        .filter(({ uri }) => !/[?&]sslmode=(require|verify-ca|verify-full)(&|$)/.test(uri))
        .map(({ address, name }) => ({ address, message: `${name} does not require TLS (sslmode)` })),
    ];
  },
};

/** A parameter group of a postgres family sets rds.force_ssl=1, once. */
function parameterGroupFindings(view: StackView, g: ViewResource): Finding[] {
  const family = view.resolve(g.config.family);
  if (!family.known) return [{ address: g.address, message: view.unknownMessage("family", family.expression) }];
  if (!String(family.value).startsWith("postgres")) return [];
  const params = view.resolve(g.config.parameter ?? []);
  if (!params.known) return [{ address: g.address, message: view.unknownMessage("parameter", params.expression) }];
  const forceSsl = many(params.value).filter((p: any) => p?.name === "rds.force_ssl");
  if (forceSsl.length > 0 && forceSsl.every((p: any) => String(p?.value) === "1")) return [];
  return [
    {
      address: g.address,
      message: `rds.force_ssl is not 1${forceSsl.length > 1 ? ` (set ${forceSsl.length} times: ${forceSsl.map((p: any) => p?.value).join(", ")})` : ""}`,
    },
  ];
}

/** A PostgreSQL instance uses a parameter group of the stack that is certainly created. */
function instanceFindings(view: StackView, db: ViewResource, groups: ViewResource[]): Finding[] {
  const engine = view.resolve(db.config.engine);
  if (!engine.known) return [{ address: db.address, message: view.unknownMessage("engine", engine.expression) }];
  if (!isPostgres(engine.value)) return [];
  const groupRef = db.config.parameter_group_name;
  const ref = view.reference(groupRef);
  const name = view.literal(groupRef);
  const group =
    ref?.kind === "aws_db_parameter_group" ? ref.resource : groups.find((g) => name !== undefined && view.literal(g.config.name) === name);
  if (!group)
    return [
      {
        address: db.address,
        message:
          groupRef === undefined
            ? "uses the default parameter group, which the stack does not control; use one with rds.force_ssl=1"
            : name === undefined && !ref
              ? view.unknownMessage("parameter_group_name", String(groupRef))
              : `uses parameter group ${String(name ?? groupRef)}, which is not in the stack; use one with rds.force_ssl=1`,
      },
    ];
  if (group.presence !== "present")
    return [{ address: db.address, message: `its parameter group ${group.address} has ${group.note}, so rds.force_ssl=1 may not apply` }];
  return [];
}

/** The literal text of a template, interpolations kept as `${…}` (a connection string's query is literal). */
function templateText(value: unknown): string {
  if (typeof value !== "string") return "";
  return templateParts(value)
    .map((p) => ("text" in p ? p.text : "expr" in p ? `\${${p.expr}}` : `%{${p.directive}}`))
    .join("");
}

/** postgres:// URLs handed to workloads: ExternalSecret templates, environment values, ConfigMaps. */
function postgresUris(view: StackView): Array<{ address: string; name: string; uri: string }> {
  const isUri = (v: string) => /^postgres(ql)?:\/\//.test(v);
  return [
    ...view.kube("ExternalSecret").flatMap((o) =>
      Object.entries<unknown>(o.body?.spec?.target?.template?.data ?? {})
        .map(([k, v]) => ({ address: o.address, name: `${o.name ?? "?"}/${k}`, uri: templateText(v) }))
        .filter((u) => isUri(u.uri)),
    ),
    ...view.pods().flatMap((p) =>
      p.containers.flatMap((c) =>
        c.env
          .filter((e) => e.hasValue)
          .map((e) => ({ address: e.source, name: e.name, uri: templateText(e.value) }))
          .filter((u) => isUri(u.uri)),
      ),
    ),
    ...view
      .configMaps()
      .flatMap((cm) =>
        cm.data
          .map((d) => ({ address: d.source, name: `${cm.name ?? "?"}/${d.key}`, uri: templateText(d.value) }))
          .filter((u) => isUri(u.uri)),
      ),
  ];
}
