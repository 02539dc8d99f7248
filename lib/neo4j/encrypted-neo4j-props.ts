import { IMeshApi } from "../core/mesh-api";
import { ErrorCodes, invalidInput } from "../core/errors";
import { ReloaderStrategy } from "../core/kubernetes";
import { OptOut } from "../core/opt-out";
import { requireArn, requireValue } from "../core/validators";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { VaultStore } from "../secrets/vault/vault-store";
import { CertificateIssuerRef } from "./bolt-certificate";
import { Neo4jMemory } from "./neo4j-settings";

/** Properties of {@link EncryptedNeo4j}. */
export interface EncryptedNeo4jProps {
  /**
   * ARN of the cluster's IAM OIDC provider (IRSA for External Secrets and the password rotator).
   * Required with Secrets Manager; unused with `vaultStore` (no AWS role exists for Neo4j).
   * @default - none; required without vaultStore
   */
  readonly oidcProviderArn?: string;
  /** IAM role of the EBS CSI driver controller; the volume key lets it create grants. */
  readonly ebsCsiDriverRoleArn: string;
  /**
   * The API that uses the graph: gets `NEO4J_URI` (bolt+s), `NEO4J_USER`, `NEO4J_PASSWORD` (from
   * Secrets Manager, or from Vault with `vaultStore`), the CA certificate, and the only network path to 7687.
   * @default - no API wiring; allow clients with allowClient
   */
  readonly api?: IMeshApi;
  /** @default - the API's deployment name, else "meshoptixiq" */
  readonly deploymentName?: string;
  /**
   * Namespace of Neo4j. With `api`, it must be the API's namespace (the API mounts the CA
   * certificate from a Secret there).
   * @default - the API's namespace, else "meshoptixiq-data" (created)
   */
  readonly namespace?: string;
  /** Required without `api` (with `api`, the stack's declared enforcement applies). @default - the stack's declaration */
  readonly networkPolicyEnforcement?: NetworkPolicyEnforcement;
  /**
   * Neo4j, pinned by digest (tested: `neo4j:5.26.0-community@sha256:<digest>`). No default: the build
   * and its registry are your supply-chain choice. A tag alone is accepted with a warning.
   */
  readonly image: string;
  /**
   * AWS CLI v2 for the rotation's Secrets Manager steps (`amazon/aws-cli:2.22.0@sha256:<digest>`); as
   * `image`. Required with Secrets Manager; unused with `vaultStore`.
   * @default - none; required without vaultStore
   */
  readonly awsCliImage?: string;
  /**
   * Keep the Neo4j password in this Vault (KV version 2 at `<pathPrefix>/neo4j/password`) instead of
   * Secrets Manager: generated and rotated in the cluster by a rotator that logs in with Kubernetes
   * auth and may write only that path; Neo4j and the API read it through External Secrets' Vault
   * SecretStore. With `api`, the API's own `vaultStore`.
   * @default - AWS Secrets Manager
   */
  readonly vaultStore?: VaultStore;
  /**
   * Image of the rotation's Vault steps (Node 18 or later), best pinned by digest. Only with `vaultStore`.
   * @default DEFAULT_VAULT_ROTATOR_IMAGE
   */
  readonly vaultRotatorImage?: string;
  /** Size of the data volume. @default "100Gi" */
  readonly storageSize?: string;
  /** @default - see Neo4jMemory */
  readonly memory?: Neo4jMemory;
  /** cert-manager issuer of the bolt certificate. @default - a private CA created in the namespace */
  readonly certificateIssuer?: CertificateIssuerRef;
  /**
   * Also serve Neo4j Browser over HTTPS (7473) with the same certificate. Plain HTTP (7474) is
   * never enabled.
   * @default false
   */
  readonly httpsBrowser?: boolean;
  /** Cron schedule (UTC) of the password rotation, independent of the API keys. @default "0 3 1 * *" */
  readonly passwordRotationSchedule?: string;
  /**
   * Minutes the previous Neo4j user stays active after a rotation switched the API's credential to
   * the other user: long enough for the API to pick up the new credential (1-minute refresh) and
   * restart on it. Then the previous user is dropped. 5 to 1440.
   * @default 15
   */
  readonly passwordRotationGracePeriodMinutes?: number;
  /**
   * CIDRs of the VPC interface endpoints of STS and Secrets Manager: the password rotator's only 443
   * egress (Secrets Manager mode; with Vault it reaches only Vault). @default - any address
   */
  readonly awsApiCidrs?: string[];
  /** Daily encrypted snapshots to keep. @default 14 */
  readonly snapshotRetentionCount?: number;
  /** UTC time of the daily snapshot. @default "02:30" */
  readonly snapshotTime?: string;
  /** Break-glass key administrators. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /** Allow `terraform destroy` of the volume key, storage class and password secret, with a reason. @default - prevent_destroy */
  readonly deletionProtectionOptOut?: OptOut;
  /** @deprecated Use `deletionProtectionOptOut` (same meaning); this former name goes in the next major version. */
  readonly destroyProtectionOptOut?: OptOut;
  /**
   * Environment variable of the API that receives the CA certificate path (bolt+s verification).
   * @default "NEO4J_TRUSTED_CA_FILE"
   */
  readonly apiCaFileVariable?: string;
  /**
   * The strategy the cluster's Stakater Reloader runs with (Neo4j restarts when its certificate is
   * renewed). Only the annotations strategy is accepted; declaring another fails synth.
   * @default ReloaderStrategy.ANNOTATIONS
   */
  readonly reloaderStrategy?: ReloaderStrategy;
}

/** Checks the OIDC provider, the EBS CSI driver role, and that Neo4j shares the API's namespace. */
export function requireNeo4jProps(props: EncryptedNeo4jProps, namespaceName: string): void {
  const component = "EncryptedNeo4j";
  if (!props.vaultStore) {
    const oidc = "pass the ARN of the cluster's IAM OIDC provider (or keep the password in Vault with vaultStore)";
    requireArn(component, "oidcProviderArn", requireValue(component, "oidcProviderArn", props.oidcProviderArn, oidc), "oidcProvider", oidc);
  } else if (props.oidcProviderArn !== undefined) {
    requireArn(
      component,
      "oidcProviderArn",
      props.oidcProviderArn,
      "oidcProvider",
      "pass the ARN of the cluster's IAM OIDC provider, or remove it",
    );
  }
  if (props.vaultRotatorImage !== undefined && !props.vaultStore) {
    throw invalidInput(ErrorCodes.VAULT, {
      component,
      property: "vaultRotatorImage",
      received: props.vaultRotatorImage,
      allowed: "an image only with vaultStore (the Secrets Manager rotation runs in awsCliImage)",
      fix: "pass vaultStore to keep the password in Vault, or remove vaultRotatorImage",
    });
  }
  const ebs = "pass the IAM role of the EBS CSI driver controller (a volume key without its grant fails every attach)";
  requireArn(
    component,
    "ebsCsiDriverRoleArn",
    requireValue(component, "ebsCsiDriverRoleArn", props.ebsCsiDriverRoleArn, ebs),
    "iamRole",
    ebs,
  );
  const api = props.api;
  if (api && namespaceName !== api.namespaceName) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "namespace",
      received: namespaceName,
      allowed: `the API's namespace ("${api.namespaceName}") when api is given`,
      fix: "remove namespace: the API verifies bolt+s with the CA certificate mounted from a Secret, which must be in its own namespace",
    });
  }
}
