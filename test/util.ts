import { App, TerraformStack, Testing } from "../lib/compat/core";
import { IConstruct } from "constructs";
import { AwsProvider } from "../lib/compat/aws/provider";
import { KubernetesProvider } from "../lib/compat/kubernetes/provider";
import { NetworkPolicyEnforcement } from "../lib/network/enforcement";
import { SecureMeshApi, SecureMeshApiProps } from "../lib/api/secure-mesh-api";
import { HardenedMeshStackProps } from "../lib/stack/hardened-mesh-stack";
import { readJsonDocument } from "../lib/core/literal";
import { literalOf } from "./structure/refs";

/** A fresh app and stack with both providers declared, as validations require. */
export function testStack(id = "test"): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  new KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config" });
  return stack;
}

/** A synthesized stack, parsed. */
export interface Synthesized {
  /** Parsed cdk.tf.json. */
  readonly json: any;
  /** The raw JSON text. */
  readonly text: string;
  /** resource type -> logical id -> config */
  readonly resources: Record<string, Record<string, any>>;
}

/**
 * Synthesizes a stack once, running aspects and validations, and throws on error annotations
 * (which `Testing.synth` ignores).
 */
export function synth(stack: TerraformStack): Synthesized {
  const text = Testing.synth(stack, true);
  const errors = annotations(stack, "error");
  if (errors.length > 0) {
    throw new Error(`Encountered Annotations with level "ERROR":\n${errors.join("\n")}`);
  }
  const json = JSON.parse(text);
  return { json, text, resources: json.resource ?? {} };
}

/** Annotation messages of a level found anywhere under a scope. */
export function annotations(scope: IConstruct, level: "error" | "warning" | "info"): string[] {
  const type = { error: "@cdktf/error", warning: "@cdktf/warn", info: "@cdktf/info" }[level];
  return scope.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === type).map((m) => `[${c.node.path}] ${m.data}`));
}

/** All resources of a type, as a list of configs. */
export function resourcesOf(s: Synthesized, type: string): any[] {
  return Object.values(s.resources[type] ?? {});
}

/** The single resource of a type (fails when there is not exactly one). */
export function only(s: Synthesized, type: string): any {
  const list = resourcesOf(s, type);
  if (list.length !== 1) throw new Error(`expected exactly one ${type}, found ${list.length}`);
  return list[0];
}

/**
 * The literal a value stands for: names of objects of the same stack are references
 * (`${kubernetes_manifest.X.manifest.spec.target.name}`); this resolves them to the name.
 */
export function literal(s: Synthesized, value: unknown): string | undefined {
  return literalOf(s.json, value);
}

/** Kubernetes manifests of a kind. */
export function manifestsOf(s: Synthesized, kind: string): any[] {
  return resourcesOf(s, "kubernetes_manifest")
    .map((r) => r.manifest)
    .filter((m) => m.kind === kind);
}

/** Values used across tests, shaped like a real environment. */
export const fixture = {
  vpcId: "vpc-0a1b2c3d4e5f60718",
  albSubnetIds: ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"],
  albSubnetCidrs: ["10.40.0.0/24", "10.40.1.0/24"],
  clusterSecurityGroupId: "sg-0123456789abcdef0",
  oidcProviderArn: "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
  image: "ghcr.io/meshoptixiq/api@sha256:" + "a".repeat(64),
  /** The Neo4j backend's images (no library default), pinned by digest. */
  neo4jImages: {
    image: "neo4j:5.26.0-community@sha256:" + "b".repeat(64),
    awsCliImage: "amazon/aws-cli:2.22.0@sha256:" + "c".repeat(64),
  },
  domainName: "meshq.example.com",
  hostedZoneId: "Z0123456789EXAMPLE",
};

/** Minimal valid SecureMeshApi props. */
export function apiProps(overrides: Partial<SecureMeshApiProps> = {}): SecureMeshApiProps {
  return {
    networkPolicyEnforcement: NetworkPolicyEnforcement.VPC_CNI,
    oidcProviderArn: fixture.oidcProviderArn,
    image: fixture.image,
    vpcId: fixture.vpcId,
    albSubnetIds: fixture.albSubnetIds,
    albSubnetCidrs: fixture.albSubnetCidrs,
    clusterSecurityGroupId: fixture.clusterSecurityGroupId,
    domainName: fixture.domainName,
    certificate: { hostedZoneId: fixture.hostedZoneId },
    ...overrides,
  };
}

/** A stack with a SecureMeshApi of default props. */
export function apiStack(overrides: Partial<SecureMeshApiProps> = {}): { stack: TerraformStack; api: SecureMeshApi } {
  const stack = testStack();
  const api = new SecureMeshApi(stack, "Api", apiProps(overrides));
  return { stack, api };
}

/** Valid HardenedMeshStack props shaped like a real environment. */
export function stackProps(extra: Partial<HardenedMeshStackProps> = {}): HardenedMeshStackProps {
  return {
    region: "eu-west-1",
    cluster: {
      name: "platform-eks",
      oidcProviderArn: fixture.oidcProviderArn,
      networkPolicyEnforcement: NetworkPolicyEnforcement.VPC_CNI,
      securityGroupId: fixture.clusterSecurityGroupId,
      ebsCsiDriverRoleArn: "arn:aws:iam::111122223333:role/ebs-csi",
    },
    network: {
      vpcId: fixture.vpcId,
      publicSubnetIds: fixture.albSubnetIds,
      publicSubnetCidrs: fixture.albSubnetCidrs,
      privateSubnetIds: ["subnet-10000000000000001", "subnet-10000000000000002"],
      privateSubnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
    },
    domain: { name: fixture.domainName, hostedZoneId: fixture.hostedZoneId },
    audit: {
      splunkHecUrl: "https://splunk.corp.example.com:8088",
      hecCidrs: ["10.80.12.0/24"],
    },
    apiImage: fixture.image,
    neo4jImages: fixture.neo4jImages,
    ...extra,
  };
}

export { App };

/** A policy or other JSON document from synthesized configuration (a JSON string or `jsonencode`). */
export function doc(value: unknown): any {
  const parsed = readJsonDocument(value);
  if (parsed === undefined) throw new Error(`not a readable JSON document: ${String(value).slice(0, 80)}`);
  return parsed;
}
