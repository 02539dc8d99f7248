import { Control, Finding, many, one } from "../model";
import { KubeObject, PodView, StackView, templateParts, viewOf } from "../view";
import { admitsPort, policiesSelecting } from "./network";
import { isFalse, isTrue, judgeValue } from "./rules";

const BOLT_PORT = 7687;

const neo4jPods = (view: StackView): PodView[] =>
  view
    .pods()
    .filter(
      (p) =>
        p.object.kind !== "EnvPatch" &&
        p.containers.some((c) => c.name === "neo4j" && /(^|\/)neo4j[:@]/.test(String(view.literal(c.config.image) ?? ""))),
    );

/** §12.6: Neo4j authentication on, bolt encrypted. */
export const neo4jAuthTls: Control = {
  id: "MESHQ-DATA-1",
  section: "12.6",
  title: "Neo4j authentication on and bolt+s",
  checks:
    "Neo4j gets NEO4J_AUTH from a Secret (never a literal, never 'none'), requires TLS on bolt, and has the plaintext HTTP connector off; clients connect with bolt+s:// or neo4j+s://.",
  scope:
    "Workloads of every kind and spelling with a container named neo4j running a neo4j image, with kubernetes_env patches; NEO4J_URI of every container. A setting the guard cannot know is a finding.",
  applies: (tf) => neo4jPods(viewOf(tf)).length > 0 || apiNeo4jUris(viewOf(tf)).length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const out: Finding[] = [];
    for (const pod of neo4jPods(view)) {
      const c = pod.containers.find((x) => x.name === "neo4j")!;
      const env = new Map(c.env.map((e) => [e.name, e]));
      const setting = (name: string, problem: (v: any) => string | undefined, fallback: unknown = null) =>
        out.push(
          ...judgeValue(
            view,
            env.get(name)?.source ?? pod.address,
            name,
            env.get(name)?.hasValue ? env.get(name)!.value : fallback,
            problem,
          ),
        );
      if (!env.get("NEO4J_AUTH")?.fromSecret)
        out.push({ address: env.get("NEO4J_AUTH")?.source ?? pod.address, message: "NEO4J_AUTH is not read from a Secret" });
      setting("NEO4J_server_bolt_tls__level", (v) => (v === "REQUIRED" ? undefined : "bolt TLS is not REQUIRED"));
      setting("NEO4J_server_http_enabled", (v) => (isFalse(v) ? undefined : "the plaintext HTTP connector is on"));
      setting("NEO4J_dbms_security_auth__enabled", (v) => (isFalse(v) ? "authentication is disabled" : undefined), "true");
    }
    for (const { address, value } of apiNeo4jUris(view)) {
      out.push(
        ...judgeValue(view, address, "NEO4J_URI", value, (uri) =>
          /^(bolt|neo4j)\+s:\/\//.test(String(uri)) ? undefined : `NEO4J_URI ${uri} is not bolt+s:// or neo4j+s://`,
        ),
      );
    }
    return out;
  },
};

/** §12.6: 7687 only from the API. */
export const neo4jReachability: Control = {
  id: "MESHQ-DATA-2",
  section: "12.6",
  title: "Neo4j port 7687 reachable only from the API",
  checks:
    "NetworkPolicies that select Neo4j admit 7687 (explicitly, by range or name, or by a rule without ports) only from pod selectors that name pods (the API and the construct's password rotator), never from IP ranges, every pod or whole namespaces; no Service exposes 7687 outside the cluster (MESHQ-NET-2).",
  scope:
    "NetworkPolicies of either spelling whose pod selector may select the Neo4j pods (a selector or namespace the guard cannot know may). Which pods may be peers is MESHQ-NET-7's: this control only refuses peers that are not pod selectors.",
  applies: (tf) => neo4jPods(viewOf(tf)).length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const out: Finding[] = [];
    for (const pod of neo4jPods(view)) {
      const labels = (view.literal(pod.metadata.labels) ?? {}) as Record<string, string>;
      const names = pod.containers.flatMap((c) =>
        many(c.config.port)
          .filter((p: any) => Number(p?.container_port) === BOLT_PORT)
          .map((p: any) => String(p.name)),
      );
      for (const p of policiesSelecting(view, pod.namespace, labels)) {
        if (!p.types.includes("Ingress")) continue;
        for (const rule of p.ingress.filter((r) => admitsPort(r, BOLT_PORT, names))) {
          const wide =
            rule.peers.length === 0 ||
            rule.peers.some(
              (peer) => !!peer.unknown || peer.cidr !== undefined || !peer.pods || Object.keys(peer.pods.labels).length === 0,
            );
          if (wide)
            out.push({
              address: p.address,
              message: `ingress rule ${rule.index} admits 7687 from IP ranges, every pod or whole namespaces`,
            });
        }
      }
    }
    return out;
  },
};

/** A StorageClass encrypts with a customer-managed key (EBS CSI or in-tree EBS). */
function storageClassProblem(view: StackView, sc: KubeObject): Finding[] {
  const provisioner = view.literal(sc.body?.storage_provisioner);
  if (!["ebs.csi.aws.com", "kubernetes.io/aws-ebs"].includes(String(provisioner))) return [];
  const params = sc.body?.parameters ?? {};
  return [
    ...judgeValue(view, sc.address, "parameters.encrypted", params.encrypted ?? null, (v) =>
      isTrue(v) ? undefined : "StorageClass is not encrypted with a customer-managed key",
    ),
    ...(params.kmsKeyId === undefined || params.kmsKeyId === null || params.kmsKeyId === ""
      ? [{ address: sc.address, message: "StorageClass is not encrypted with a customer-managed key (no kmsKeyId)" }]
      : []),
  ];
}

/** §12.6: encrypted at rest. */
export const encryptedAtRest: Control = {
  id: "MESHQ-DATA-3",
  section: "12.6",
  title: "Data encrypted at rest with customer-managed keys",
  checks:
    'EBS StorageClasses set encrypted="true" and a kmsKeyId; EBS volumes and RDS instances and clusters are encrypted with a customer-managed key.',
  scope:
    "StorageClasses of either spelling with the ebs.csi.aws.com or kubernetes.io/aws-ebs provisioner; aws_ebs_volume; aws_db_instance and aws_rds_cluster. A setting the guard cannot know is a finding; a key that is a reference counts as set.",
  checkov: ["CKV_AWS_3", "CKV_AWS_189", "CKV_AWS_16"],
  applies: (tf) =>
    viewOf(tf).kube("StorageClass").length > 0 || viewOf(tf).resources("aws_ebs_volume", "aws_db_instance", "aws_rds_cluster").length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const keyed = (address: string, what: string, encrypted: unknown, key: unknown): Finding[] => [
      ...judgeValue(view, address, what, encrypted ?? false, (v) => (isTrue(v) ? undefined : `${what} is not true`)),
      ...(key === undefined || key === null || key === "" ? [{ address, message: "no customer-managed key (kms_key_id)" }] : []),
    ];
    return [
      ...view.kube("StorageClass").flatMap((sc) => storageClassProblem(view, sc)),
      ...view.resources("aws_ebs_volume").flatMap((v) => keyed(v.address, "encrypted", v.config.encrypted, v.config.kms_key_id)),
      ...view
        .resources("aws_db_instance", "aws_rds_cluster")
        .flatMap((d) => keyed(d.address, "storage_encrypted", d.config.storage_encrypted, d.config.kms_key_id)),
    ];
  },
};

const isPostgres = (engine: unknown) => /postgres/.test(String(engine));

/** §12.6: PostgreSQL connections require TLS. */
export const postgresTls: Control = {
  id: "MESHQ-DATA-4",
  section: "12.6",
  title: "PostgreSQL requires TLS",
  checks:
    "RDS PostgreSQL instances use a parameter group of the stack that sets rds.force_ssl=1; connection strings handed to workloads use sslmode=verify-full (never weaker than require).",
  scope:
    "aws_db_instance with a postgres engine and its parameter_group_name (a reference to, or the name of, an aws_db_parameter_group of the stack that is certainly created); aws_db_parameter_group of a postgres family; postgres:// URLs in ExternalSecret templates, container environment values and ConfigMaps. A default or outside parameter group, or an engine, group or setting the guard cannot know, is a finding.",
  checkov: ["CKV2_AWS_69"],
  applies: (tf) => viewOf(tf).resources("aws_db_instance", "aws_db_parameter_group").length > 0 || postgresUris(viewOf(tf)).length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const groups = view.resources("aws_db_parameter_group");
    const out: Finding[] = [];
    for (const g of groups) {
      const family = view.resolve(g.config.family);
      if (!family.known) {
        out.push({ address: g.address, message: view.unknownMessage("family", family.expression) });
        continue;
      }
      if (!String(family.value).startsWith("postgres")) continue;
      const params = view.resolve(g.config.parameter ?? []);
      if (!params.known) out.push({ address: g.address, message: view.unknownMessage("parameter", params.expression) });
      else {
        const forceSsl = many(params.value).filter((p: any) => p?.name === "rds.force_ssl");
        if (forceSsl.length === 0 || forceSsl.some((p: any) => String(p?.value) !== "1"))
          out.push({
            address: g.address,
            message: `rds.force_ssl is not 1${forceSsl.length > 1 ? ` (set ${forceSsl.length} times: ${forceSsl.map((p: any) => p?.value).join(", ")})` : ""}`,
          });
      }
    }
    for (const db of view.resources("aws_db_instance")) {
      const engine = view.resolve(db.config.engine);
      if (!engine.known) {
        out.push({ address: db.address, message: view.unknownMessage("engine", engine.expression) });
        continue;
      }
      if (!isPostgres(engine.value)) continue;
      const groupRef = db.config.parameter_group_name;
      const ref = view.reference(groupRef);
      const name = view.literal(groupRef);
      const group =
        ref?.kind === "aws_db_parameter_group"
          ? ref.resource
          : groups.find((g) => name !== undefined && view.literal(g.config.name) === name);
      if (!group)
        out.push({
          address: db.address,
          message:
            groupRef === undefined
              ? "uses the default parameter group, which the stack does not control; use one with rds.force_ssl=1"
              : name === undefined && !ref
                ? view.unknownMessage("parameter_group_name", String(groupRef))
                : `uses parameter group ${String(name ?? groupRef)}, which is not in the stack; use one with rds.force_ssl=1`,
        });
      else if (group.presence !== "present")
        out.push({
          address: db.address,
          message: `its parameter group ${group.address} has ${group.note}, so rds.force_ssl=1 may not apply`,
        });
    }
    for (const { address, name, uri } of postgresUris(view)) {
      if (!/[?&]sslmode=(require|verify-ca|verify-full)(&|$)/.test(uri))
        out.push({ address, message: `${name} does not require TLS (sslmode)` });
    }
    return out;
  },
};

/** §12.6: database credentials rotate independently of the API key. */
export const dbCredentialRotation: Control = {
  id: "MESHQ-DATA-5",
  section: "12.6",
  title: "Database credentials rotate independently",
  checks:
    "The Neo4j password has its own rotation CronJob (certainly created, not suspended); RDS uses a managed master password (rotated by RDS) and no literal password.",
  scope:
    "CronJobs of either spelling named *password-rotation*: one removed by count = 0 or an empty for_each, or created only for values known at plan time, does not count. aws_db_instance manage_master_user_password and password. A value the guard cannot know is a finding.",
  applies: (tf) => neo4jPods(viewOf(tf)).length > 0 || viewOf(tf).resources("aws_db_instance").length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const out: Finding[] = [];
    const crons = view.kube("CronJob").filter((c) => /password-rotation/.test(String(c.name ?? "")));
    const running = crons.filter((c) => c.resource.presence === "present");
    for (const c of crons) {
      out.push(
        ...judgeValue(view, c.address, "spec.suspend", StackView.spec(c).suspend ?? false, (v) =>
          isTrue(v) ? "the password rotation CronJob is suspended" : undefined,
        ),
      );
    }
    for (const pod of neo4jPods(view)) {
      if (running.length === 0) {
        const why = view.whyMissing(["kubernetes_cron_job_v1", "kubernetes_manifest"], (r) =>
          /password-rotation/.test(String(view.literal(one(r.config.metadata)?.name ?? r.config.manifest?.metadata?.name) ?? "")),
        );
        out.push({ address: pod.address, message: `no password rotation CronJob for Neo4j${why}` });
      }
    }
    for (const db of view.resources("aws_db_instance")) {
      out.push(
        ...judgeValue(view, db.address, "manage_master_user_password", db.config.manage_master_user_password ?? false, (v) =>
          isTrue(v) ? undefined : "master password is not managed (and rotated) by RDS",
        ),
      );
      if (db.config.password !== undefined && db.config.password !== null)
        out.push({ address: db.address, message: "a master password is set in Terraform (configuration and state)" });
    }
    return out;
  },
};

/** §12.6: Neo4j's (and every) volume claim uses an encrypted storage class of the stack. */
export const encryptedClaims: Control = {
  id: "MESHQ-DATA-6",
  section: "12.6",
  title: "Volume claims use the encrypted storage class",
  checks:
    "Every persistent volume claim (Neo4j's data volume included) names a StorageClass of the stack that is encrypted with a customer-managed key; never the cluster's default class or one outside the stack.",
  scope:
    "StatefulSet volume claim templates, PersistentVolumeClaims and ephemeral volumes of either spelling, and pods' claims of PVCs; the StorageClass is matched by name (or reference) among StorageClasses of the stack that are certainly created. A class name the guard cannot know, or a claim of a PVC outside the stack, is a finding.",
  applies: (tf) => viewOf(tf).claims().length > 0,
  check: (tf) => {
    const view = viewOf(tf);
    const classes = view.kube("StorageClass");
    return view.claims().flatMap((claim): Finding[] => {
      if (claim.missing) return [{ address: claim.address, message: `${claim.what} ${claim.missing}` }];
      if (claim.storageClass === undefined || claim.storageClass === null)
        return [
          {
            address: claim.address,
            message: `${claim.what} uses the cluster's default storage class, whose encryption the stack does not control`,
          },
        ];
      const ref = view.reference(claim.storageClass);
      const name = view.literal(claim.storageClass);
      if (name === undefined && ref?.kind !== "kubernetes_storage_class_v1")
        return [{ address: claim.address, message: view.unknownMessage(`${claim.what}: storage_class_name`, String(claim.storageClass)) }];
      const sc = classes.find((c) => (ref ? c.address === ref.address : c.name === name));
      if (!sc)
        return [
          {
            address: claim.address,
            message: `${claim.what} uses storage class ${String(name)}, which is not in the stack${view.whyMissing(["kubernetes_storage_class_v1"])}`,
          },
        ];
      if (sc.resource.presence !== "present")
        return [{ address: claim.address, message: `${claim.what} uses storage class ${sc.name}, which has ${sc.resource.note}` }];
      return storageClassProblem(view, sc).map((f) => ({
        address: claim.address,
        message: `${claim.what} uses storage class ${sc.name}: ${f.message}`,
      }));
    });
  },
};

function apiNeo4jUris(view: StackView): Array<{ address: string; value: unknown }> {
  return view
    .pods()
    .flatMap((p) =>
      p.containers.flatMap((c) =>
        c.env.filter((e) => e.name === "NEO4J_URI" && e.hasValue).map((e) => ({ address: e.source, value: e.value })),
      ),
    );
}

/** The literal text of a template, interpolations kept as `${…}` (a connection string's query is literal). */
function templateText(value: unknown): string {
  if (typeof value !== "string") return "";
  return templateParts(value)
    .map((p) => ("text" in p ? p.text : "expr" in p ? `\${${p.expr}}` : `%{${p.directive}}`))
    .join("");
}

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

export const DATA_CONTROLS = [neo4jAuthTls, neo4jReachability, encryptedAtRest, postgresTls, dbCredentialRotation, encryptedClaims];
