import { Control, containers, envOf, Finding, manifests, many, one, podTemplates, resources } from "../model";

const neo4jPods = (tf: Record<string, any>) =>
  podTemplates(tf).filter((p) => containers(p.spec).some((c) => /(^|\/)neo4j[:@]/.test(String(c.image)) && c.name === "neo4j"));

/** §12.6: Neo4j authentication on, bolt encrypted. */
export const neo4jAuthTls: Control = {
  id: "MESHQ-DATA-1",
  section: "12.6",
  title: "Neo4j authentication on and bolt+s",
  checks:
    "Neo4j gets NEO4J_AUTH from a Secret (never a literal, never 'none'), requires TLS on bolt, and has the plaintext HTTP connector off; clients connect with bolt+s:// or neo4j+s://.",
  applies: (tf) => neo4jPods(tf).length > 0 || apiNeo4jUris(tf).length > 0,
  check: (tf) => {
    const out: Finding[] = [];
    for (const pod of neo4jPods(tf)) {
      const c = containers(pod.spec).find((x) => x.name === "neo4j");
      const env = new Map(envOf(c).map((e) => [e.name, e]));
      if (!env.get("NEO4J_AUTH")?.fromSecret) out.push({ address: pod.resource.address, message: "NEO4J_AUTH is not read from a Secret" });
      if (env.get("NEO4J_server_bolt_tls__level")?.value !== "REQUIRED")
        out.push({ address: pod.resource.address, message: "bolt TLS is not REQUIRED" });
      if (env.get("NEO4J_server_http_enabled")?.value !== "false")
        out.push({ address: pod.resource.address, message: "the plaintext HTTP connector is on" });
      if (env.get("NEO4J_dbms_security_auth__enabled")?.value === "false")
        out.push({ address: pod.resource.address, message: "authentication is disabled" });
    }
    for (const { address, uri } of apiNeo4jUris(tf)) {
      if (!/^(bolt|neo4j)\+s:\/\//.test(uri)) out.push({ address, message: `NEO4J_URI ${uri} is not bolt+s:// or neo4j+s://` });
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
    "NetworkPolicies admit 7687 only from pod selectors (the API and the construct's password rotator), never from IP ranges; no Service exposes 7687 outside the cluster (MESHQ-NET-2).",
  applies: (tf) => neo4jPods(tf).length > 0,
  check: (tf) =>
    resources(tf, "kubernetes_network_policy_v1").flatMap((p) =>
      many(one(p.config.spec)?.ingress)
        .filter((rule: any) => many(rule.ports).some((port: any) => String(port.port) === "7687"))
        .filter((rule: any) => many(rule.from).length === 0 || many(rule.from).some((f: any) => f.ip_block || !f.pod_selector))
        .map(() => ({ address: p.address, message: "7687 is admitted from IP ranges or from every pod" })),
    ),
};

/** §12.6: encrypted at rest. */
export const encryptedAtRest: Control = {
  id: "MESHQ-DATA-3",
  section: "12.6",
  title: "Data encrypted at rest with customer-managed keys",
  checks:
    'EBS CSI StorageClasses set encrypted="true" and a kmsKeyId; EBS volumes and RDS instances are encrypted with a customer-managed key.',
  checkov: ["CKV_AWS_3", "CKV_AWS_189", "CKV_AWS_16"],
  applies: (tf) => resources(tf, "kubernetes_storage_class_v1", "aws_ebs_volume", "aws_db_instance").length > 0,
  check: (tf) => [
    ...resources(tf, "kubernetes_storage_class_v1")
      .filter((sc) => sc.config.storage_provisioner === "ebs.csi.aws.com")
      .filter((sc) => sc.config.parameters?.encrypted !== "true" || !sc.config.parameters?.kmsKeyId)
      .map((sc) => ({ address: sc.address, message: "StorageClass is not encrypted with a customer-managed key" })),
    ...resources(tf, "aws_ebs_volume")
      .filter((v) => v.config.encrypted !== true || !v.config.kms_key_id)
      .map((v) => ({ address: v.address, message: "EBS volume is not encrypted with a customer-managed key" })),
    ...resources(tf, "aws_db_instance")
      .filter((d) => d.config.storage_encrypted !== true || !d.config.kms_key_id)
      .map((d) => ({ address: d.address, message: "RDS storage is not encrypted with a customer-managed key" })),
  ],
};

/** §12.6: PostgreSQL connections require TLS. */
export const postgresTls: Control = {
  id: "MESHQ-DATA-4",
  section: "12.6",
  title: "PostgreSQL requires TLS",
  checks:
    "RDS PostgreSQL parameter groups set rds.force_ssl=1; connection strings handed to workloads use sslmode=verify-full (never weaker than require).",
  checkov: ["CKV2_AWS_69"],
  applies: (tf) => resources(tf, "aws_db_instance", "aws_db_parameter_group").length > 0 || postgresUris(tf).length > 0,
  check: (tf) => [
    ...resources(tf, "aws_db_parameter_group")
      .filter((g) => String(g.config.family).startsWith("postgres"))
      .filter((g) => !many(g.config.parameter).some((p: any) => p.name === "rds.force_ssl" && String(p.value) === "1"))
      .map((g) => ({ address: g.address, message: "rds.force_ssl is not 1" })),
    ...postgresUris(tf)
      .filter(({ uri }) => !/[?&]sslmode=(require|verify-ca|verify-full)(&|$)/.test(uri))
      .map(({ address, name }) => ({ address, message: `${name} does not require TLS (sslmode)` })),
  ],
};

/** §12.6: database credentials rotate independently of the API key. */
export const dbCredentialRotation: Control = {
  id: "MESHQ-DATA-5",
  section: "12.6",
  title: "Database credentials rotate independently",
  checks: "The Neo4j password has its own rotation CronJob and secret; RDS uses a managed master password (rotated by RDS).",
  applies: (tf) => neo4jPods(tf).length > 0 || resources(tf, "aws_db_instance").length > 0,
  check: (tf) => {
    const out: Finding[] = [];
    const cron = resources(tf, "kubernetes_cron_job_v1").some((c) => /password-rotation/.test(String(one(c.config.metadata)?.name)));
    for (const pod of neo4jPods(tf)) {
      if (!cron) out.push({ address: pod.resource.address, message: "no password rotation CronJob for Neo4j" });
    }
    for (const db of resources(tf, "aws_db_instance")) {
      if (db.config.manage_master_user_password !== true)
        out.push({ address: db.address, message: "master password is not managed (and rotated) by RDS" });
    }
    return out;
  },
};

function apiNeo4jUris(tf: Record<string, any>) {
  return podTemplates(tf).flatMap((p) =>
    containers(p.spec).flatMap((c) =>
      envOf(c)
        .filter((e) => e.name === "NEO4J_URI" && e.value)
        .map((e) => ({ address: p.resource.address, uri: e.value! })),
    ),
  );
}

function postgresUris(tf: Record<string, any>) {
  const fromTemplates = manifests(tf, "ExternalSecret").flatMap(({ resource, manifest }) =>
    Object.entries(manifest.spec?.target?.template?.data ?? {})
      .filter(([, v]) => /^postgres(ql)?:\/\//.test(String(v)))
      .map(([k, v]) => ({ address: resource.address, name: `${manifest.metadata?.name}/${k}`, uri: String(v) })),
  );
  return [
    ...fromTemplates,
    ...podTemplates(tf).flatMap((p) =>
      containers(p.spec).flatMap((c) =>
        envOf(c)
          .filter((e) => e.value && /^postgres(ql)?:\/\//.test(e.value))
          .map((e) => ({ address: p.resource.address, name: e.name, uri: e.value! })),
      ),
    ),
  ];
}

export const DATA_CONTROLS = [neo4jAuthTls, neo4jReachability, encryptedAtRest, postgresTls, dbCredentialRotation];
