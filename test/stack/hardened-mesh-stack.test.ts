import { Testing } from "../../lib/compat/core";
import { DataBackend, HardenedMeshStack, HardenedMeshStackProps } from "../../lib/stack/hardened-mesh-stack";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { ReloaderStrategy } from "../../lib/core/kubernetes";
import { annotations, manifestsOf, only, resourcesOf, stackProps, synth, doc } from "../util";

const props = (extra: Partial<HardenedMeshStackProps> = {}): HardenedMeshStackProps =>
  stackProps({ automationReader: { roleArn: "arn:aws:iam::111122223333:role/ci-deployer", roleName: "ci-deployer" }, ...extra });

describe("HardenedMeshStack", () => {
  const stack = new HardenedMeshStack(Testing.app(), "prod", props());
  const s = synth(stack);
  const env = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env.map((e: any) => e.name);

  test("declares the providers (with default tags) and no backend unless asked", () => {
    expect(s.json.provider.aws[0]).toMatchObject({
      region: "eu-west-1",
      default_tags: [{ tags: expect.objectContaining({ Application: "meshoptixiq" }) }],
    });
    expect(s.json.provider.kubernetes[0].exec[0]).toMatchObject({
      command: "aws",
      args: ["eks", "get-token", "--cluster-name", "platform-eks"],
    });
    expect(s.json.terraform.backend).toBeUndefined();
  });

  test("wires every construct into the API: keys, Neo4j, cache, audit, RBAC", () => {
    expect(env).toEqual(
      expect.arrayContaining([
        "API_KEY",
        "API_KEY_AUTOMATION",
        "NEO4J_URI",
        "NEO4J_PASSWORD",
        "REDIS_URL",
        "AUDIT_LOG_ENABLED",
        "SPLUNK_HEC_TOKEN",
        "RBAC_ENABLED",
      ]),
    );
    expect(
      resourcesOf(s, "aws_secretsmanager_secret")
        .map((x) => x.name)
        .sort(),
    ).toEqual([
      "meshoptixiq/api-key/automation",
      "meshoptixiq/api-key/operators",
      "meshoptixiq/cache/auth-token",
      "meshoptixiq/neo4j/password",
      "meshoptixiq/splunk/hec-token",
    ]);
    expect(only(s, "kubernetes_stateful_set_v1")).toBeDefined();
  });

  test("the pipeline role reads the automation key only", () => {
    const grants = resourcesOf(s, "aws_iam_role_policy").filter((p) => p.role === "ci-deployer");
    expect(grants).toHaveLength(1);
    expect(doc(grants[0].policy).Statement[0].Resource).toMatch(/AutomationKey/);
  });

  test("the API egress policy holds exactly the flows of the wired constructs (DNS, Neo4j, the cache, the HEC; no AWS, no Internet)", () => {
    const api = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(api.spec.egress.map((e: any) => `${e.ports[0].protocol}/${e.ports[0].port}`)).toEqual([
      "UDP/53",
      "TCP/53",
      "TCP/7687",
      "TCP/6379",
      "TCP/8088",
    ]);
  });

  test("every control passes (audit included) and the guard reports it", () => {
    const guard = HardeningGuard.of(stack);
    const failing = guard.lastResults.filter((r) => r.status === "fail" || r.status === "warn");
    expect(failing.map((r) => r.control.id)).toEqual([]);
  });

  test("no secret material anywhere in the synthesized JSON", () => {
    expect(resourcesOf(s, "aws_secretsmanager_secret_version")).toHaveLength(0);
    expect(resourcesOf(s, "kubernetes_secret_v1")).toHaveLength(0);
    expect(s.text).not.toMatch(/secret_string/);
    // The only literal "password" is the PKCS#12 truststore's, which wraps the public CA certificate
    // for cypher-shell (its private-key twin sits in the same Secret as tls.key, so it hides nothing).
    const literals = [...s.text.matchAll(/"password":\s*"([^"$]*)"/g)].map((m) => m[1]);
    expect(literals).toEqual(["truststore"]);
    const [cert] = manifestsOf(s, "Certificate").filter((c) => c.spec.keystores);
    expect(cert.spec.keystores.pkcs12.password).toBe("truststore");
  });
});

test("the cache is in by default, on the private subnets, reachable from the API pods' own security group only", () => {
  const stack = new HardenedMeshStack(Testing.app(), "cached", props({ cache: { nodeCount: 3, passwordLength: 96 } }));
  const s = synth(stack);
  expect(stack.cache).toBeDefined();
  expect(only(s, "aws_elasticache_replication_group")).toMatchObject({ num_cache_clusters: 3, transit_encryption_mode: "required" });
  expect(only(s, "aws_elasticache_subnet_group").subnet_ids).toEqual(["subnet-10000000000000001", "subnet-10000000000000002"]);
  const rotation = resourcesOf(s, "aws_lambda_function").find((f) => f.function_name === "meshoptixiq-cache-token-rotation");
  expect(rotation.environment.variables.PASSWORD_LENGTH).toBe("96");
  // a failed rotation alarms on the stack's encrypted alert topic, not on one of the cache's own
  expect(Object.keys(s.resources.aws_sns_topic)).toEqual([expect.stringMatching(/^Alerts_/)]);
  expect(only(s, "aws_cloudwatch_metric_alarm").alarm_actions).toEqual([
    expect.stringMatching(/^\$\{aws_sns_topic\.Alerts_[0-9A-F]+\.arn\}$/),
  ]);
  const rules = resourcesOf(s, "aws_security_group_rule").filter((r) => r.from_port === 6379);
  expect(rules).toEqual([
    expect.objectContaining({ type: "ingress", source_security_group_id: "${aws_security_group.Api_PodSecurityGroup_25818694.id}" }),
  ]);
});

test("without Security Groups for Pods, the cache admits the cluster's group with a warning that carries the reason", () => {
  const reason = "nodes of a previous generation without trunk interfaces";
  const stack = new HardenedMeshStack(
    Testing.app(),
    "nopodgroups",
    props({ cluster: { ...props().cluster, podSecurityGroupOptOut: { reason } } }),
  );
  const s = synth(stack);
  const rules = resourcesOf(s, "aws_security_group_rule").filter((r) => r.from_port === 6379);
  expect(rules).toEqual([expect.objectContaining({ source_security_group_id: "sg-0123456789abcdef0" })]);
  const net9 = HardeningGuard.of(stack).lastResults.find((r) => r.control.id === "MESHQ-NET-9")!;
  expect(net9.status).toBe("warn");
  expect(net9.findings.map((f) => f.message).join("\n")).toContain(`the API pods run without a group of their own: ${reason}`);
});

test("the cache can be left out only with a recorded reason", () => {
  const reason = "the API runs with its in-process cache in this deployment";
  const stack = new HardenedMeshStack(Testing.app(), "nocache", props({ cacheOptOut: { reason } }));
  const s = synth(stack);
  expect(stack.cache).toBeUndefined();
  expect(resourcesOf(s, "aws_elasticache_replication_group")).toHaveLength(0);
  const env = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env.map((e: any) => e.name);
  expect(env).not.toContain("REDIS_URL");
  expect(stack.node.metadata.filter((m) => m.type === "meshq:opt-out").map((m) => m.data)).toEqual([
    { property: "HardenedMeshStack.cacheOptOut", reason },
  ]);
  expect(() => new HardenedMeshStack(Testing.app(), "short", props({ cacheOptOut: { reason: "no" } }))).toThrow(
    /\[MESHQ-OPT-OUT\] HardenedMeshStack: cacheOptOut received "no"; allowed: a reason of at least 10 characters/,
  );
  expect(() => new HardenedMeshStack(Testing.app(), "both", props({ cacheOptOut: { reason }, cache: { nodeCount: 3 } }))).toThrow(
    /\[MESHQ-OPT-OUT\] HardenedMeshStack: cache received \{"nodeCount":3\}; allowed: cache options, or cacheOptOut, not both/,
  );
});

test("PostgreSQL backend replaces Neo4j", () => {
  const stack = new HardenedMeshStack(Testing.app(), "pg", props({ dataBackend: DataBackend.POSTGRES }));
  const s = synth(stack);
  expect(resourcesOf(s, "kubernetes_stateful_set_v1")).toHaveLength(0);
  expect(only(s, "aws_db_instance").engine).toBe("postgres");
  expect(manifestsOf(s, "ExternalSecret").map((e) => e.metadata.name)).toContain("meshoptixiq-database-url");
});

test("an S3 backend is encrypted with S3-native locking", () => {
  const stack = new HardenedMeshStack(
    Testing.app(),
    "remote",
    props({ backend: { bucket: "tf-state", key: "meshq/prod.tfstate", region: "eu-west-1" } }),
  );
  const s = synth(stack);
  expect(s.json.terraform.backend.s3).toMatchObject({ bucket: "tf-state", encrypt: true, use_lockfile: true });
});

test("without a HEC token secret, an empty one is created for the operator to fill", () => {
  const stack = new HardenedMeshStack(
    Testing.app(),
    "fresh",
    props({ audit: { splunkHecUrl: "https://splunk.corp.example.com:8088", hecCidrs: ["10.80.12.0/24"] } }),
  );
  const s = synth(stack);
  expect(resourcesOf(s, "aws_secretsmanager_secret").map((x) => x.name)).toContain("meshoptixiq/splunk/hec-token");
});

test("the cluster's Reloader strategy is declared once and must be the annotations strategy", () => {
  const base = props();
  expect(
    () =>
      new HardenedMeshStack(
        Testing.app(),
        "env-vars",
        props({ cluster: { ...base.cluster, reloaderStrategy: ReloaderStrategy.ENV_VARS } }),
      ),
  ).toThrow(/\[MESHQ-RELOADER\] SecureMeshApi: reloaderStrategy received "env-vars"/);
  expect(
    () =>
      new HardenedMeshStack(
        Testing.app(),
        "annotations",
        props({ cluster: { ...base.cluster, reloaderStrategy: ReloaderStrategy.ANNOTATIONS } }),
      ),
  ).not.toThrow();
});

test("the default stack carries no warning; the Neo4j images are the deployer's choice, required and named when missing", () => {
  const pinned = new HardenedMeshStack(Testing.app(), "digests", props());
  const s = synth(pinned);
  expect(annotations(pinned, "warning")).toEqual([]);
  expect(resourcesOf(s, "kubernetes_stateful_set_v1")[0].spec.template.spec.container[0].image).toBe(props().neo4jImages!.image);

  expect(() => new HardenedMeshStack(Testing.app(), "none", props({ neo4jImages: undefined }))).toThrow(
    /MESHQ-IMAGE.*HardenedMeshStack: neo4jImages\.image received undefined; allowed: an image pinned by digest, e\.g\. neo4j:5\.26\.0-community@sha256:<digest>\. Fix: set neo4jImages\.image/,
  );
  // a tag alone is accepted, with a warning naming the fix
  const tagged = new HardenedMeshStack(
    Testing.app(),
    "tags",
    props({ neo4jImages: { image: "neo4j:5.26.0-community", awsCliImage: "amazon/aws-cli:2.22.0" } }),
  );
  synth(tagged);
  const all = annotations(tagged, "warning");
  // the guard reports each accepted tag once too (MESHQ-IMAGE-1 warns)
  expect(all.filter((w) => w.includes("[MESHQ-IMAGE-1]"))).toHaveLength(2);
  const warnings = all.filter((w) => !w.includes("[MESHQ-IMAGE-1]"));
  expect(warnings).toHaveLength(2);
  for (const w of warnings)
    expect(w).toMatch(/\[MESHQ-IMAGE\] EncryptedNeo4j: (image|awsCliImage) ".+" uses a mutable tag.*Fix: set \1 to ".+@sha256:<digest>"/);
  // the postgres backend needs no Neo4j image
  expect(() =>
    synth(new HardenedMeshStack(Testing.app(), "pg", props({ dataBackend: DataBackend.POSTGRES, neo4jImages: undefined }))),
  ).not.toThrow();
});

test("the state backend encrypts with the given KMS key", () => {
  const kmsKeyId = "arn:aws:kms:eu-west-1:111122223333:alias/meshoptixiq/terraform-state";
  const stack = new HardenedMeshStack(
    Testing.app(),
    "kms-state",
    props({ backend: { bucket: "tf-state", key: "meshq/prod.tfstate", region: "eu-west-1", kmsKeyId } }),
  );
  expect(synth(stack).json.terraform.backend.s3).toMatchObject({ encrypt: true, kms_key_id: kmsKeyId, use_lockfile: true });
});

test("a reason for an outside HEC token secret needs that secret: alone it fails synth, naming both properties", () => {
  const reason = { reason: "the HEC token is issued by Splunk and kept by the platform team" };
  expect(() => new HardenedMeshStack(Testing.app(), "lone", props({ audit: { ...props().audit, hecTokenSecretOptOut: reason } }))).toThrow(
    /\[MESHQ-OPT-OUT\] HardenedMeshStack: audit\.hecTokenSecretOptOut .*hecTokenSecretArn/,
  );
  const arn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:splunk/hec-AbCdEf";
  const outside = new HardenedMeshStack(
    Testing.app(),
    "outside",
    props({ audit: { ...props().audit, hecTokenSecretArn: arn, hecTokenSecretOptOut: reason } }),
  );
  synth(outside);
  expect(HardeningGuard.of(outside).lastResults.find((r) => r.control.id === "MESHQ-SEC-4")?.status).toBe("warn");
});
