import { DATA_CONTROLS } from "../../../lib/guard/controls/data";
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../../lib/policy/markers";
import { deployment, expectPaired, fail, pass, restrictedContainer, tf, UNKNOWN, variables } from "./support";
import { DATA_MUTATIONS } from "../mutations/data";
import { mutationSuite } from "../mutations/harness";

test("MESHQ-DATA-1..6 data tier", () => {
  const neo4j = (env: unknown[], extra: Record<string, unknown> = {}) => ({
    kubernetes_stateful_set_v1: {
      n: {
        metadata: { name: "neo4j", namespace: "meshq" },
        spec: {
          template: {
            metadata: { labels: { app: "neo4j" } },
            spec: { container: [{ name: "neo4j", image: "neo4j:5.26.0-community", env, port: [{ name: "bolt", container_port: 7687 }] }] },
          },
          ...extra,
        },
      },
    },
  });
  const good = [
    { name: "NEO4J_AUTH", value_from: { secret_key_ref: { name: "a", key: "NEO4J_AUTH" } } },
    { name: "NEO4J_server_bolt_tls__level", value: "REQUIRED" },
    { name: "NEO4J_server_http_enabled", value: "false" },
  ];
  pass("MESHQ-DATA-1", tf(neo4j(good)));
  // a long-running workload whose image the guard cannot know may be Neo4j: judged as one
  fail("MESHQ-DATA-1", tf(deployment(restrictedContainer({ image: "${var.image}" })), variables), /NEO4J_AUTH/);
  fail(
    "MESHQ-DATA-1",
    tf(neo4j([{ name: "NEO4J_AUTH", value: "none" }])),
    /NEO4J_AUTH is not read from a Secret[\s\S]*bolt TLS is not REQUIRED[\s\S]*HTTP connector is on/,
  );
  fail("MESHQ-DATA-1", tf(deployment(restrictedContainer({ env: [{ name: "NEO4J_URI", value: "bolt://neo4j:7687" }] }))), /is not bolt\+s/);
  // a pod labelled as Neo4j is judged whatever its image; its container is the annotated or the only one
  const markedNeo4j = (containers: unknown[], annotations?: Record<string, string>) =>
    tf({
      kubernetes_stateful_set_v1: {
        n: {
          metadata: { name: "graph", namespace: "meshq" },
          spec: {
            template: {
              metadata: { labels: { app: "graph", [ROLE_KEY]: Role.NEO4J }, ...(annotations ? { annotations } : {}) },
              spec: { container: containers },
            },
          },
        },
      },
    });
  const server = (env: unknown[]) => ({ name: "server", image: "registry.example.com/graph:5", env });
  pass("MESHQ-DATA-1", markedNeo4j([server(good)]));
  fail("MESHQ-DATA-1", markedNeo4j([server([])]), /NEO4J_AUTH is not read from a Secret/);
  fail("MESHQ-DATA-1", markedNeo4j([server(good), { name: "exporter", image: "x:1" }]), /has 2 containers and no/);
  pass("MESHQ-DATA-1", markedNeo4j([{ name: "exporter", image: "x:1" }, server(good)], { [DEFAULT_CONTAINER_ANNOTATION]: "server" }));
  // without the label, a long-running container with a neo4j image is Neo4j, whatever its name
  fail(
    "MESHQ-DATA-1",
    tf(deployment({ name: "graph", image: "neo4j:5.26.0-community", env: [{ name: "NEO4J_server_http_enabled", value: "true" }] })),
    /NEO4J_AUTH is not read from a Secret[\s\S]*HTTP connector is on/,
  );
  fail(
    "MESHQ-DATA-1",
    tf({
      ...neo4j(good),
      kubernetes_env: {
        e: {
          api_version: "apps/v1",
          kind: "StatefulSet",
          metadata: { name: "neo4j", namespace: "meshq" },
          container: "neo4j",
          env: [{ name: "NEO4J_server_bolt_tls__level", value: "OPTIONAL" }],
        },
      },
    }),
    /bolt TLS is not REQUIRED/,
  );

  const np = (rule: Record<string, unknown>) => ({
    ...neo4j(good),
    kubernetes_network_policy_v1: {
      p: { metadata: { namespace: "meshq" }, spec: { pod_selector: { match_labels: { app: "neo4j" } }, ingress: [rule] } },
    },
  });
  pass("MESHQ-DATA-2", tf(np({ from: [{ pod_selector: [{ match_labels: { app: "api" } }] }], ports: [{ port: "7687" }] })));
  fail("MESHQ-DATA-2", tf(np({ from: [{ ip_block: [{ cidr: "10.0.0.0/8" }] }], ports: [{ port: "7687" }] })), /7687 from IP ranges/);
  fail(
    "MESHQ-DATA-2",
    tf(np({ from: [{ namespace_selector: { match_labels: { team: "x" } } }] })),
    /7687 from IP ranges, every pod or whole namespaces/,
  );
  fail("MESHQ-DATA-2", tf(np({ from: [{ ip_block: [{ cidr: "10.0.0.0/8" }] }], ports: [{ port: "bolt" }] })), /7687/);

  const sc = (parameters: Record<string, string>) => ({
    kubernetes_storage_class_v1: { s: { metadata: { name: "enc" }, storage_provisioner: "ebs.csi.aws.com", parameters } },
  });
  const cmk = { aws_kms_key: { k: { enable_key_rotation: true } } };
  pass("MESHQ-DATA-3", tf({ ...cmk, ...sc({ encrypted: "true", kmsKeyId: "${aws_kms_key.k.arn}" }) }));
  fail("MESHQ-DATA-3", tf(sc({ type: "gp3" })), /not encrypted[\s\S]*kmsKeyId is unset/);
  fail("MESHQ-DATA-3", tf({ aws_db_instance: { d: { storage_encrypted: false, kms_key_id: "k" } } }), /storage_encrypted is not true/);
  // keys the guard did not see fail closed: a literal ARN, a variable, a data source
  fail(
    "MESHQ-DATA-3",
    tf(sc({ encrypted: "true", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/abc" })),
    /parameters\.kmsKeyId is arn:aws:kms:eu-west-1:111122223333:key\/abc, a key outside this stack/,
  );
  fail("MESHQ-DATA-3", tf({ aws_ebs_volume: { v: { encrypted: true, kms_key_id: "${var.x}" } } }, variables), UNKNOWN);
  fail("MESHQ-DATA-3", tf({ aws_db_instance: { d: { storage_encrypted: true, kms_key_id: "${data.aws_kms_key.shared.arn}" } } }), UNKNOWN);
  pass("MESHQ-DATA-3", tf({ ...cmk, aws_rds_cluster: { c: { storage_encrypted: true, kms_key_id: "${aws_kms_key.k.arn}" } } }));

  const pg = (db: Record<string, unknown>, params = [{ name: "rds.force_ssl", value: "1" }]) =>
    tf(
      {
        aws_db_parameter_group: { g: { family: "postgres16", parameter: params } },
        aws_db_instance: { d: { engine: "postgres", parameter_group_name: "${aws_db_parameter_group.g.name}", ...db } },
      },
      variables,
    );
  pass("MESHQ-DATA-4", pg({}));
  fail("MESHQ-DATA-4", pg({}, []), /force_ssl is not 1/);
  fail("MESHQ-DATA-4", pg({ parameter_group_name: "default.postgres16" }), /default\.postgres16, which is not in the stack/);
  fail("MESHQ-DATA-4", pg({ parameter_group_name: "${var.x}" }), UNKNOWN);
  fail(
    "MESHQ-DATA-4",
    tf(deployment(restrictedContainer({ env: [{ name: "DATABASE_URL", value: "postgresql://db:5432/meshq?sslmode=prefer" }] }))),
    /DATABASE_URL does not require TLS/,
  );

  // the rotation runs a script from a ConfigMap of the stack, as EncryptedNeo4j writes it
  const rotatorPod = (container: Record<string, unknown> = {}) => ({
    job_template: {
      spec: {
        template: {
          spec: {
            container: [
              {
                name: "rotate",
                image: "amazon/aws-cli:2.22.0",
                command: ["bash"],
                args: ["/scripts/rotate.sh"],
                volume_mount: [{ name: "scripts", mount_path: "/scripts", read_only: true }],
                ...container,
              },
            ],
            volume: [{ name: "scripts", config_map: { name: "${kubernetes_config_map_v1.scripts.metadata[0].name}" } }],
          },
        },
      },
    },
  });
  const cron = (extra: Record<string, unknown> = {}, container: Record<string, unknown> = {}) => ({
    kubernetes_config_map_v1: {
      scripts: { metadata: { name: "rotation-scripts", namespace: "meshq" }, data: { "rotate.sh": "#!/bin/bash" } },
    },
    kubernetes_cron_job_v1: {
      c: {
        metadata: { name: "rotate", namespace: "meshq", labels: { [ROLE_KEY]: Role.NEO4J_PASSWORD_ROTATION } },
        spec: rotatorPod(container),
        ...extra,
      },
    },
  });
  pass("MESHQ-DATA-5", tf({ ...neo4j(good), ...cron() }));
  // a rotator whose code the guard cannot see: the image's own entrypoint, or a script from a ConfigMap outside the stack
  fail(
    "MESHQ-DATA-5",
    tf({
      ...neo4j(good),
      ...cron({}, { image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/rotator:1", command: undefined, args: undefined }),
    }),
    /runs code the guard cannot see \(123456789012\.dkr\.ecr\.eu-west-1\.amazonaws\.com\/rotator:1, no script from a ConfigMap of the stack\)/,
  );
  fail(
    "MESHQ-DATA-5",
    tf({
      ...neo4j(good),
      ...cron({ spec: { ...rotatorPod(), suspend: false } }),
      kubernetes_config_map_v1: {},
    }),
    /runs code the guard cannot see/,
  );
  fail("MESHQ-DATA-5", tf(neo4j(good)), /no password rotation CronJob/);
  fail("MESHQ-DATA-5", tf({ ...neo4j(good), ...cron({ count: 0 }) }), /has count = 0/);
  fail("MESHQ-DATA-5", tf({ ...neo4j(good), ...cron({ spec: { ...rotatorPod(), suspend: true } }) }), /suspended/);
  // a CronJob without the label (whatever its name) is not the rotation
  fail(
    "MESHQ-DATA-5",
    tf({ ...neo4j(good), kubernetes_cron_job_v1: { c: { metadata: { name: "neo4j-password-rotation" }, spec: {} } } }),
    /no password rotation CronJob/,
  );
  fail(
    "MESHQ-DATA-5",
    tf({ ...neo4j(good), ...cron({ metadata: { name: "rotate", labels: { [ROLE_KEY]: Role.API } } }) }),
    /no password rotation CronJob/,
  );
  fail("MESHQ-DATA-5", tf({ aws_db_instance: { d: { manage_master_user_password: false } } }), /not managed/);

  const claim = (storageClass?: string, extra: Record<string, unknown> = {}) =>
    tf(
      {
        ...cmk,
        ...sc({ encrypted: "true", kmsKeyId: "${aws_kms_key.k.arn}" }),
        ...neo4j(good, {
          volume_claim_template: [
            { metadata: { name: "data" }, spec: storageClass === undefined ? {} : { storage_class_name: storageClass } },
          ],
        }),
        ...extra,
      },
      variables,
    );
  pass("MESHQ-DATA-6", claim("enc"));
  pass("MESHQ-DATA-6", claim("${kubernetes_storage_class_v1.s.metadata[0].name}"));
  fail("MESHQ-DATA-6", claim(undefined), /cluster's default storage class/);
  fail("MESHQ-DATA-6", claim("gp2"), /storage class gp2, which is not in the stack/);
  fail("MESHQ-DATA-6", claim("${var.x}"), UNKNOWN);
  // a class of the stack whose key the guard did not see
  fail(
    "MESHQ-DATA-6",
    claim("enc", sc({ encrypted: "true", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/abc" })),
    /uses storage class enc: parameters\.kmsKeyId is arn:aws:kms:eu-west-1:111122223333:key\/abc, a key outside this stack/,
  );
  fail(
    "MESHQ-DATA-6",
    tf({
      kubernetes_persistent_volume_claim: { p: { metadata: { name: "p", namespace: "meshq" }, spec: { storage_class_name: "plain" } } },
      kubernetes_storage_class: { s: { metadata: { name: "plain" }, storage_provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } } },
    }),
    /uses storage class plain: StorageClass is not encrypted/,
  );
});

test("every control of the family has passing and failing cases here", () => {
  expectPaired(DATA_CONTROLS);
});

// The family's weakenings of whole stacks (test/guard/mutations/data.ts), applied as a user would.
mutationSuite(DATA_MUTATIONS);
