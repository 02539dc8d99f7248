import { NetworkPolicyV1 } from "../../../lib/compat/kubernetes/network-policy-v1";
import { PersistentVolumeClaim } from "../../../lib/compat/kubernetes/persistent-volume-claim";
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../../lib/policy/markers";
import { apiEnv, aspect, at, Mutation, neo4jEnv, variable } from "./harness";

/** Weakenings the data controls must catch. */
export const DATA_MUTATIONS: Mutation[] = [
  // ---- MESHQ-DATA-1..6
  {
    name: "Neo4j's role label removed while bolt TLS is disabled",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "override",
    apply: (s) => {
      at(s, "Neo4j/Resource").addOverride("spec.template.metadata.labels", { [ROLE_KEY]: undefined });
      neo4jEnv(s, "BoltPlainUnlabelled", [{ name: "NEO4J_server_bolt_tls__level", value: "DISABLED" }]);
    },
  },
  {
    name: "Neo4j's default-container annotation names a container the pod does not have",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "override",
    apply: (s) => at(s, "Neo4j/Resource").addOverride("spec.template.metadata.annotations", { [DEFAULT_CONTAINER_ANNOTATION]: "exporter" }),
  },
  {
    name: "bolt TLS disabled by a kubernetes_env patch",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "raw resource",
    apply: (s) => neo4jEnv(s, "BoltPlain", [{ name: "NEO4J_server_bolt_tls__level", value: "DISABLED" }]),
  },
  {
    name: "the API connects with bolt://",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "raw resource",
    apply: (s) => apiEnv(s, "BoltUri", [{ name: "NEO4J_URI", value: "bolt://meshoptixiq-neo4j.meshoptixiq.svc:7687" }]),
  },
  {
    name: "Neo4j's HTTP connector on",
    backend: "complete",
    control: "MESHQ-DATA-1",
    how: "raw resource",
    apply: (s) => neo4jEnv(s, "Http", [{ name: "NEO4J_server_http_enabled", value: "true" }]),
  },
  {
    name: "a policy admits 7687 from an IP range",
    backend: "complete",
    control: "MESHQ-DATA-2",
    how: "raw resource",
    apply: (s) =>
      new NetworkPolicyV1(s, "BoltFromVpc", {
        metadata: { name: "bolt-from-vpc", namespace: "meshoptixiq" },
        spec: {
          podSelector: { matchLabels: { app: "neo4j" } },
          policyTypes: ["Ingress"],
          ingress: [{ from: [{ ipBlock: { cidr: "10.0.0.0/8" } }], ports: [{ port: "7687" }] }],
        },
      }),
  },
  {
    name: "an unencrypted storage class",
    backend: "complete",
    control: "MESHQ-DATA-3",
    how: "override",
    apply: (s) => at(s, "Neo4j/Storage/Resource").addOverride("parameters.encrypted", "false"),
  },
  {
    name: "the database encrypted with a key of another account",
    backend: "postgres",
    control: "MESHQ-DATA-3",
    how: "override",
    apply: (s) => at(s, "Postgres/Resource").addOverride("kms_key_id", "arn:aws:kms:eu-west-1:111122223333:key/shared"),
  },
  {
    name: "unencrypted RDS storage",
    backend: "postgres",
    control: "MESHQ-DATA-3",
    how: "override",
    apply: (s) => at(s, "Postgres/Resource").addOverride("storage_encrypted", false),
  },
  {
    name: "rds.force_ssl off",
    backend: "postgres",
    control: "MESHQ-DATA-4",
    how: "override",
    apply: (s) =>
      at(s, "Postgres/Parameters").addOverride("parameter", [{ name: "rds.force_ssl", value: "0", apply_method: "pending-reboot" }]),
  },
  {
    name: "the default parameter group",
    backend: "postgres",
    control: "MESHQ-DATA-4",
    how: "override",
    apply: (s) => at(s, "Postgres/Resource").addOverride("parameter_group_name", "default.postgres16"),
  },
  {
    name: "DATABASE_URL with sslmode=disable",
    backend: "postgres",
    control: "MESHQ-DATA-4",
    how: "override",
    apply: (s) =>
      at(s, "Api/Secrets/ExternalSecret-meshoptixiq-database-url").addOverride(
        "manifest.spec.target.template.data.value",
        "postgresql://{{ .username | urlquery }}:{{ .password | urlquery }}@db:5432/meshoptixiq?sslmode=disable",
      ),
  },
  {
    name: "count = 0 on the password rotation",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "count/for_each",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("count", 0),
  },
  {
    name: "the password rotation suspended",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("spec.suspend", true),
  },
  {
    name: "the password rotation CronJob's role label removed",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("metadata.labels", { [ROLE_KEY]: undefined }),
  },
  {
    name: "the password rotation CronJob labelled with another role",
    backend: "complete",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => at(s, "Neo4j/Password/RotationJob").addOverride("metadata.labels", { [ROLE_KEY]: Role.API }),
  },
  {
    name: "a literal RDS master password",
    backend: "postgres",
    control: "MESHQ-DATA-5",
    how: "override",
    apply: (s) => {
      at(s, "Postgres/Resource").addOverride("manage_master_user_password", false);
      at(s, "Postgres/Resource").addOverride("password", "not-managed-by-rds");
    },
  },
  {
    name: "Neo4j's data on gp2",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "override",
    apply: (s) => s.neo4j!.resource.addOverride("spec.volume_claim_template.0.spec.storage_class_name", "gp2"),
  },
  {
    name: "an Aspect drops Neo4j's storage class (cluster default)",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "aspect",
    apply: (s) =>
      aspect(
        s,
        (n) => n === s.neo4j?.resource && s.neo4j.resource.addOverride("spec.volume_claim_template.0.spec.storage_class_name", undefined),
      ),
  },
  {
    name: "a legacy PVC without a storage class",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "raw resource",
    apply: (s) =>
      new PersistentVolumeClaim(s, "Scratch", {
        metadata: { name: "scratch", namespace: "meshoptixiq" },
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
      }),
  },
  {
    name: "count = 0 on the encrypted storage class",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "count/for_each",
    apply: (s) => at(s, "Neo4j/Storage/Resource").addOverride("count", 0),
  },
  {
    name: "the storage class name from a variable",
    backend: "complete",
    control: "MESHQ-DATA-6",
    how: "variable",
    apply: (s) => s.neo4j!.resource.addOverride("spec.volume_claim_template.0.spec.storage_class_name", variable(s, "sc").stringValue),
  },
];
