import { dependable, ITerraformDependable } from "../compat/core";
import { Construct } from "constructs";
import { ServiceAccountV1 } from "../compat/kubernetes/service-account-v1";
import { AwsContext } from "../core/aws-context";
import { IrsaRole } from "../core/iam";
import { k8sLabels } from "../core/tags";
import { ExternalSecretsDelivery } from "../secrets/external-secrets";
import { BoltCertificate } from "./bolt-certificate";
import { NEO4J_UID } from "./neo4j-settings";
import { DEFAULT_GRACE_PERIOD_MINUTES, Neo4jPassword } from "./password-rotation";
import { Neo4jVaultPassword } from "./vault-password";
import { VaultStore } from "../secrets/vault/vault-store";

/** What the Neo4j identity and password need. */
export interface Neo4jCredentialsOptions {
  readonly deploymentName: string;
  /** Name of the server (its service account, Service and secrets are named after it). */
  readonly name: string;
  /** Namespace (literal). */
  readonly namespaceName: string;
  /** Namespace, as a reference to the namespace resource. */
  readonly namespace: string;
  /** Required with Secrets Manager (IRSA of External Secrets and the rotator); unused with Vault. */
  readonly oidcProviderArn?: string;
  /** @default "0 3 1 * *" */
  readonly schedule?: string;
  /** @default DEFAULT_GRACE_PERIOD_MINUTES */
  readonly gracePeriodMinutes?: number;
  /** Required with Secrets Manager; unused with Vault. */
  readonly awsCliImage?: string;
  readonly neo4jImage: string;
  /** The bolt+s URI the rotator connects to. */
  readonly boltUri: string;
  /** The server's certificate (the rotator verifies bolt+s with it). */
  readonly certificate: BoltCertificate;
  /** Labels of the rotator's pods. */
  readonly rotatorLabels: Record<string, string>;
  /** @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  readonly preventDestroy: boolean;
  /** The rotator's NetworkPolicy (egress to the store and 7687). */
  readonly rotatorNetworkPolicy: ITerraformDependable;
  /**
   * Keep the password in Vault instead of Secrets Manager.
   * @default - Secrets Manager
   */
  readonly vault?: { readonly store: VaultStore; readonly rotatorImage: string };
}

/** The Neo4j server's identity and password. */
export interface Neo4jCredentials {
  readonly serviceAccount: ServiceAccountV1;
  readonly password: Neo4jCredential;
  /** Name of the Kubernetes Secret holding `NEO4J_AUTH`. */
  readonly authSecretName: string;
}

/** The Neo4j credential: in Secrets Manager ({@link Neo4jPassword}) or in Vault ({@link Neo4jVaultPassword}). */
export type Neo4jCredential = Neo4jPassword | Neo4jVaultPassword;

/**
 * On `scope`: the server's service account, External Secrets' service account, the password
 * (generated and rotated in the cluster, in Secrets Manager or in Vault) and the Secret that hands
 * its first value to Neo4j as `NEO4J_AUTH`. With Secrets Manager, External Secrets reads with an
 * IRSA role of its own; with Vault, through a Vault SecretStore that logs in with Kubernetes auth as
 * the `neo4j` consumer, and no AWS role exists.
 */
export function createNeo4jCredentials(scope: Construct, options: Neo4jCredentialsOptions): Neo4jCredentials {
  const { deploymentName, name, namespace } = options;
  const serviceAccount = new ServiceAccountV1(scope, "ServiceAccount", {
    metadata: { name, namespace, labels: k8sLabels(deploymentName, "neo4j") },
    automountServiceAccountToken: false,
  });
  const secretsServiceAccountName = `${name}-secrets`;
  // The server never calls its store: the identity that reads its password belongs to a service
  // account of External Secrets' own, which no pod runs under.
  const role = options.vault
    ? undefined
    : new IrsaRole(scope, "Role", {
        oidcProviderArn: options.oidcProviderArn!,
        namespace: options.namespaceName,
        serviceAccountName: secretsServiceAccountName,
        deploymentName,
        grantId: `${deploymentName}-neo4j`,
      });
  const secretsServiceAccount = new ServiceAccountV1(scope, "SecretsServiceAccount", {
    metadata: {
      name: secretsServiceAccountName,
      namespace,
      labels: k8sLabels(deploymentName, "neo4j"),
      ...(role ? { annotations: { "eks.amazonaws.com/role-arn": role.roleArn } } : {}),
    },
    automountServiceAccountToken: false,
  });
  const common = {
    deploymentName,
    name,
    namespace,
    schedule: options.schedule ?? "0 3 1 * *",
    gracePeriodMinutes: options.gracePeriodMinutes ?? DEFAULT_GRACE_PERIOD_MINUTES,
    neo4jImage: options.neo4jImage,
    boltUri: options.boltUri,
    tlsSecretName: options.certificate.secretName,
    truststorePassword: options.certificate.truststorePassword,
    uid: NEO4J_UID,
    podLabels: options.rotatorLabels,
    // The rotator's pods need their NetworkPolicy (egress to the store and 7687) to exist.
    dependsOn: [options.rotatorNetworkPolicy],
  };
  let password: Neo4jCredential;
  let delivery: ExternalSecretsDelivery;
  if (options.vault) {
    const vault = options.vault;
    password = new Neo4jVaultPassword(scope, "Password", {
      ...common,
      store: vault.store,
      namespaceName: options.namespaceName,
      rotatorImage: vault.rotatorImage,
    });
    const identity = { consumer: "neo4j", namespace: options.namespaceName, serviceAccountName: secretsServiceAccountName };
    delivery = new ExternalSecretsDelivery(scope, "Secrets", {
      namespace,
      serviceAccountName: secretsServiceAccount.metadata.name,
      secretsManager: false,
      vault: { store: vault.store, identity, storeName: `${name}-vault` },
    });
    password.grantRead(identity);
  } else {
    const sm = new Neo4jPassword(scope, "Password", {
      ...common,
      oidcProviderArn: options.oidcProviderArn!,
      awsCliImage: options.awsCliImage!,
      keyAdministratorArns: options.keyAdministratorArns,
      preventDestroy: options.preventDestroy,
    });
    initJobWaitsForItsPermissions(sm);
    sm.grantRead(role!);
    password = sm;
    delivery = new ExternalSecretsDelivery(scope, "Secrets", {
      namespace,
      serviceAccountName: secretsServiceAccount.metadata.name,
      storeName: `${name}-secrets-manager`,
      region: AwsContext.of(scope).region,
    });
  }
  // NEO4J_AUTH only sets the neo4j user's password before the first start (the init credential).
  // The init Job writes the first password: the ExternalSecret is created after it, so its first
  // read of the current value succeeds.
  const authSecretName = delivery.addSecret("AuthSecret", {
    secretName: `${name}-auth`,
    source: password,
    properties: ["password"],
    template: { NEO4J_AUTH: "neo4j/{{ .password }}" },
    dependsOn: [password.initJob],
  }).secretName;
  return { serviceAccount, password, authSecretName };
}

/**
 * The init Job writes the password with the rotator's role: it must start after the role's
 * policy and the secret's resource policy that admit the rotator as a writer (its NetworkPolicy
 * is passed in through Neo4jPassword's dependsOn).
 */
function initJobWaitsForItsPermissions(password: Neo4jPassword): void {
  const waitFor = [
    { scope: password as Construct, id: "RotatorPolicy" },
    { scope: password.secret as Construct, id: "Policy" },
  ].map(({ scope, id }) => {
    const child = scope.node.tryFindChild(id);
    if (!child) throw new Error(`EncryptedNeo4j: ${scope.node.path}/${id} not found; the init Job must wait for it`);
    return dependable(child as unknown as ITerraformDependable);
  });
  const job = password.initJob;
  job.dependsOn = [...(job.dependsOn ?? []), ...waitFor.filter((d) => !(job.dependsOn ?? []).includes(d))];
}
