import {
  customResourcesHavePrerequisites,
  disruptionBudgetsAllowEviction,
  externalSecretsResolveOnFirstSync,
  namedObjectsAreReferenced,
  readOnlyRootsHaveWritablePaths,
  reloaderWorkloadsIgnoreTheirAnnotation,
  structuralFindings,
  targetGroupBindingsAreReplaced,
} from "./checks";
import { synthesizeExamples } from "./examples";
import { ApiIngressMode, SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { AuditSink } from "../../lib/audit/audit-sink";
import { RotatingApiKey } from "../../lib/keys/rotating-api-key";
import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { NetworkEndpoint } from "../../lib/core/endpoint";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { MeshRbac } from "../../lib/rbac/mesh-rbac";
import { SecretDeliveryMode } from "../../lib/secrets/external-secrets";
import { apiProps, apiStack, fixture, synth, testStack } from "../util";
import { exactReference, literalOf } from "./refs";

const examples = synthesizeExamples();

test("every example is synthesized", () => {
  expect(examples.map((e) => `${e.example}/${e.stack}`)).toEqual([
    "complete/meshoptixiq-prod",
    "deploy-pipeline/meshoptixiq-pipeline",
    "deploy-pipeline/meshoptixiq-production",
    "deploy-pipeline/meshoptixiq-staging",
    "existing-cluster/meshq-existing-cluster",
    "pipeline/meshq-pipeline-key",
    "postgres-backend/meshoptixiq-postgres",
    "vault/meshoptixiq-vault",
  ]);
});

describe.each(examples.map((e) => [`${e.example}/${e.stack}`, e] as const))("%s", (_name, e) => {
  test("has no structural findings", () => {
    expect(structuralFindings(e.tfJson)).toEqual([]);
  });
});

// Each check is shown to catch its class on a copy of the complete example with the defect put
// back the way it shipped before (or the way a later change could reintroduce it).

const complete = examples.find((e) => e.example === "complete")!.tfJson;
const copy = (): any => JSON.parse(JSON.stringify(complete));
const byName = (tf: any, type: string, fragment: string): [string, any] => {
  const entry = Object.entries(tf.resource[type] ?? {}).find(([name]) => name.includes(fragment));
  if (!entry) throw new Error(`no ${type} matching ${fragment}`);
  return entry as [string, any];
};
const manifestOf = (tf: any, fragment: string) => byName(tf, "kubernetes_manifest", fragment)[1].manifest;
const neo4jContainer = (tf: any) => byName(tf, "kubernetes_stateful_set_v1", "Neo4j")[1].spec.template.spec.container[0];

describe("namespaced objects reference their namespace", () => {
  test("a literal namespace on an object of the stack's namespace is caught (the first-apply race)", () => {
    const tf = copy();
    byName(tf, "kubernetes_job_v1", "InitJob")[1].metadata.namespace = "meshoptixiq";
    expect(namedObjectsAreReferenced(tf)).toEqual([
      expect.stringMatching(
        /^kubernetes_job_v1\.Neo4j_Password_InitJob_\w+: metadata\.namespace repeats the name "meshoptixiq" of Namespace kubernetes_namespace_v1\.Api_Namespace_\w+ as a literal/,
      ),
    ]);
  });

  test("so are literal names of service accounts, secrets, ConfigMaps, storage classes and stores", () => {
    const tf = copy();
    const sts = byName(tf, "kubernetes_stateful_set_v1", "Neo4j")[1];
    sts.spec.volume_claim_template[0].spec.storage_class_name = "meshoptixiq-neo4j-encrypted";
    sts.spec.template.spec.service_account_name = "meshoptixiq-neo4j";
    sts.spec.template.spec.volume.find((v: any) => v.name === "tls").secret.secret_name = "meshoptixiq-neo4j-tls";
    const api = byName(tf, "kubernetes_deployment_v1", "Api")[1];
    api.spec.template.spec.volume.find((v: any) => v.config_map).config_map.name = "meshoptixiq-rbac";
    manifestOf(tf, "AuthSecret").spec.secretStoreRef.name = "meshoptixiq-neo4j-secrets-manager";
    const kinds = namedObjectsAreReferenced(tf).map((f) => /of (\w+) /.exec(f)![1]);
    expect(kinds.sort()).toEqual(["ConfigMap", "Secret", "SecretStore", "ServiceAccount", "StorageClass"]);
  });

  test("a literal that names nothing of the stack is fine (an external namespace, a user's secret)", () => {
    const tf = copy();
    byName(tf, "kubernetes_job_v1", "InitJob")[1].metadata.namespace = "somewhere-else";
    expect(namedObjectsAreReferenced(tf)).toEqual([]);
  });
});

describe("PodDisruptionBudgets allow a drain", () => {
  test("minAvailable equal to the replicas blocks every eviction (Neo4j's former budget)", () => {
    const tf = copy();
    const pdb = byName(tf, "kubernetes_pod_disruption_budget_v1", "Neo4j")[1];
    delete pdb.spec.max_unavailable;
    pdb.spec.min_available = "1";
    expect(disruptionBudgetsAllowEviction(tf)).toEqual([
      expect.stringMatching(/minAvailable 1 with 1 selected replica, so every eviction/),
    ]);
  });

  test("maxUnavailable 0 blocks every eviction; minAvailable below the replicas does not", () => {
    const tf = copy();
    byName(tf, "kubernetes_pod_disruption_budget_v1", "Api")[1].spec.max_unavailable = "0";
    expect(disruptionBudgetsAllowEviction(tf)).toEqual([expect.stringMatching(/Api_DisruptionBudget.*maxUnavailable is 0/)]);
    const ok = copy();
    const api = byName(ok, "kubernetes_pod_disruption_budget_v1", "Api")[1];
    delete api.spec.max_unavailable;
    api.spec.min_available = "1"; // 2 replicas
    expect(disruptionBudgetsAllowEviction(ok)).toEqual([]);
  });
});

describe("External Secrets version references resolve on the first sync", () => {
  test("AWSPREVIOUS in the ExternalSecret of the current value, with Retain, blocks the Secret (the shipped defect)", () => {
    const tf = copy();
    const es = manifestOf(tf, "ExternalSecret-api-key-operators_");
    es.spec.data.push({ secretKey: "previous", remoteRef: { key: es.spec.data[0].remoteRef.key, version: "AWSPREVIOUS" } });
    expect(externalSecretsResolveOnFirstSync(tf)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /ExternalSecret-api-key-operators_\w+: reads AWSPREVIOUS that may not exist on the first sync, with deletionPolicy Retain/,
        ),
      ]),
    );
  });

  test("the previous value's own ExternalSecret must skip it (Delete), and its consumer must be optional", () => {
    const tf = copy();
    manifestOf(tf, "api-key-operators-previous").spec.target.deletionPolicy = "Retain";
    const api = byName(tf, "kubernetes_deployment_v1", "Api")[1];
    api.spec.template.spec.container[0].env.find((e: any) => e.name === "API_KEY_PREVIOUS").value_from.secret_key_ref.optional = false;
    const findings = externalSecretsResolveOnFirstSync(tf);
    expect(findings).toEqual([
      expect.stringMatching(/api-key-operators-previous_\w+: reads AWSPREVIOUS .* deletionPolicy Retain/),
      expect.stringMatching(
        /kubernetes_deployment_v1\.Api_\w+: env API_KEY_PREVIOUS requires the Secret of .*api-key-operators-previous.*mark it optional/,
      ),
    ]);
  });

  test("AWSCURRENT of a secret of the stack must be read after what writes its first value", () => {
    const tf = copy();
    const [name] = byName(tf, "kubernetes_manifest", "Neo4j_Secrets_AuthSecret");
    delete tf.resource.kubernetes_manifest[name].depends_on;
    expect(externalSecretsResolveOnFirstSync(tf)).toEqual([
      expect.stringMatching(/AuthSecret_\w+: reads AWSCURRENT that may not exist on the first sync, with deletionPolicy Retain/),
      expect.stringMatching(/AuthSecret_\w+: renders a template over AWSCURRENT/),
      expect.stringMatching(/Neo4j_\w+: env NEO4J_AUTH requires the Secret of .*AuthSecret.*mark it optional/),
    ]);
  });
});

describe("read-only roots get writable mounts for what their image writes", () => {
  test("the certificate at /ssl (the entrypoint's rm -rf and ln -s) is caught", () => {
    const tf = copy();
    neo4jContainer(tf).volume_mount.find((m: any) => m.name === "tls").mount_path = "/ssl";
    expect(readOnlyRootsHaveWritablePaths(tf)).toEqual([
      expect.stringMatching(/container neo4j .* mounts \/ssl: when \/ssl exists the entrypoint runs rm -rf/),
    ]);
  });

  test("without NEO4J_server_directories_run the entrypoint's /run is read-only", () => {
    const tf = copy();
    const c = neo4jContainer(tf);
    c.env = c.env.filter((e: any) => e.name !== "NEO4J_server_directories_run");
    expect(readOnlyRootsHaveWritablePaths(tf)).toEqual([expect.stringMatching(/container neo4j .* writes \/run \(neo4j-server\)/)]);
  });

  test("a scratch volume that is mounted read-only, or missing, does not count", () => {
    const tf = copy();
    neo4jContainer(tf).volume_mount.find((m: any) => m.name === "conf").read_only = true;
    const api = byName(tf, "kubernetes_deployment_v1", "Api")[1].spec.template.spec;
    api.container[0].volume_mount = api.container[0].volume_mount.filter((m: any) => m.name !== "tmp");
    expect(readOnlyRootsHaveWritablePaths(tf)).toEqual([
      expect.stringMatching(/container api .* writes \/tmp \(meshoptixiq-api\)/),
      expect.stringMatching(/container neo4j .* writes \/var\/lib\/neo4j\/conf \(neo4j-server\)/),
    ]);
  });

  test("a read-only-root container without an image contract is reported", () => {
    const tf = copy();
    const init = byName(tf, "kubernetes_stateful_set_v1", "Neo4j")[1].spec.template.spec.init_container[0];
    init.image = "busybox:1.36";
    expect(readOnlyRootsHaveWritablePaths(tf)).toEqual([
      expect.stringMatching(/container conf-seed \(busybox:1\.36\) has a read-only root but no image contract/),
    ]);
  });
});

test("a TargetGroupBinding without replace_triggered_by on its target group is caught", () => {
  const tf = copy();
  const [name] = byName(tf, "kubernetes_manifest", "TargetGroupBinding");
  delete tf.resource.kubernetes_manifest[name].lifecycle;
  expect(targetGroupBindingsAreReplaced(tf)).toEqual([
    expect.stringMatching(
      /TargetGroupBinding_\w+: spec\.targetGroupARN comes from aws_lb_target_group\.Api_TargetGroup_\w+, .*replace_triggered_by/,
    ),
  ]);
});

test("a Reloader-restarted workload must ignore the annotation Reloader writes, and carry no STAKATER_ variable", () => {
  const tf = copy();
  const [name, sts] = byName(tf, "kubernetes_stateful_set_v1", "Neo4j");
  delete tf.resource.kubernetes_stateful_set_v1[name].lifecycle;
  sts.spec.template.spec.container[0].env.push({ name: "STAKATER_MESHOPTIXIQ_NEO4J_TLS_SECRET", value: "abc" });
  expect(reloaderWorkloadsIgnoreTheirAnnotation(tf)).toEqual([
    expect.stringMatching(/Neo4j_\w+: asks Reloader for restarts but does not ignore reloader\.stakater\.com\/last-reloaded-from/),
    expect.stringMatching(/sets STAKATER_MESHOPTIXIQ_NEO4J_TLS_SECRET, a variable of Reloader's env-vars strategy/),
  ]);
});

test("a custom resource of an operator without a documented minimum version is caught", () => {
  const tf = copy();
  manifestOf(tf, "TargetGroupBinding").apiVersion = "elbv2.k8s.aws/v1";
  expect(customResourcesHavePrerequisites(tf)).toEqual([
    expect.stringMatching(/TargetGroupBinding_\w+: elbv2\.k8s\.aws\/v1\/TargetGroupBinding has no entry in PREREQUISITES/),
  ]);
});

test("references resolve to the literal they point at", () => {
  const sts = byName(complete, "kubernetes_stateful_set_v1", "Neo4j")[1];
  expect(exactReference(complete, sts.metadata.namespace)).toEqual({
    address: expect.stringMatching(/^kubernetes_namespace_v1\.Api_Namespace_/),
    path: "metadata[0].name",
  });
  expect(literalOf(complete, sts.metadata.namespace)).toBe("meshoptixiq");
  expect(literalOf(complete, sts.spec.template.spec.volume.find((v: any) => v.name === "tls").secret.secret_name)).toBe(
    "meshoptixiq-neo4j-tls",
  );
  expect(literalOf(complete, "${aws_lb.x.arn}-suffix")).toBeUndefined();
});

describe("configurations the examples do not cover", () => {
  const CA = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUB2\n-----END CERTIFICATE-----\n";
  const CSI = "arn:aws:iam::111122223333:role/ebs-csi";

  test("standalone Neo4j in its own namespace", () => {
    const stack = testStack();
    const neo4j = new EncryptedNeo4j(stack, "Neo4j", {
      ...fixture.neo4jImages,
      oidcProviderArn: fixture.oidcProviderArn,
      ebsCsiDriverRoleArn: CSI,
      networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
      httpsBrowser: true,
    });
    neo4j.allowClient(NetworkEndpoint.workload("reporting", { namespace: "reports", podLabels: { app: "reporting" } }), "Reporting");
    expect(structuralFindings(synth(stack).json)).toEqual([]);
  });

  test("ingress controller, Cilium, a created HEC token with a CA bundle, RBAC and a Neo4j issuer of the user's", () => {
    const stack = testStack();
    const api = new SecureMeshApi(
      stack,
      "Api",
      apiProps({
        ingressMode: ApiIngressMode.INGRESS_CONTROLLER,
        ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
        networkPolicyEnforcement: NetworkPolicyEnforcement.CILIUM,
      }),
    );
    new RotatingApiKey(stack, "OperatorsKey", { consumer: "operators", api });
    new EncryptedNeo4j(stack, "Neo4j", {
      ...fixture.neo4jImages,
      api,
      oidcProviderArn: fixture.oidcProviderArn,
      ebsCsiDriverRoleArn: CSI,
      certificateIssuer: { name: "corp-ca", kind: "ClusterIssuer" },
    });
    new AuditSink(stack, "Audit", { api, hecUrl: "https://splunk.corp.example.com:8088", createTokenSecret: true, caBundlePem: CA });
    new MeshRbac(stack, "Rbac", { api });
    expect(structuralFindings(synth(stack).json)).toEqual([]);
  });

  test("secrets read by the API container itself (no External Secrets)", () => {
    const { stack, api } = apiStack({ secretDelivery: SecretDeliveryMode.AWS_PROVIDER, awsApiCidrs: ["10.40.20.0/24"] });
    new RotatingApiKey(stack, "OperatorsKey", { consumer: "operators", api });
    expect(structuralFindings(synth(stack).json)).toEqual([]);
  });
});
