import { readFileSync } from "fs";
import { join } from "path";
import { ITerraformDependable } from "../compat/core";
import { Construct } from "constructs";
import { CronJobV1 } from "../compat/kubernetes/cron-job-v1";
import { JobV1 } from "../compat/kubernetes/job-v1";
import { checkImage } from "../core/kubernetes";
import { IVaultSecret, VaultIdentity } from "../core/secret-source";
import { VAULT_CLIENT_SCRIPT, vaultRotatorEnv, vaultTokenMount, vaultTokenVolume } from "../secrets/vault/vault-login";
import { VaultSecret } from "../secrets/vault/vault-secret";
import { VaultStore } from "../secrets/vault/vault-store";
import { checkedGraceMinutes, NEO4J_ROTATION_USERS, NEO4J_STEP_SCRIPTS } from "./password-rotation";
import { createRotationJobs } from "./rotation-jobs";

/** Properties of {@link Neo4jVaultPassword}. */
export interface Neo4jVaultPasswordProps {
  /** The Vault that holds the password. */
  readonly store: VaultStore;
  /** Name of the deployment (labels). */
  readonly deploymentName: string;
  /** Base name of the Kubernetes objects. */
  readonly name: string;
  /** Namespace (literal: the Vault role binds it). */
  readonly namespaceName: string;
  /** Namespace, as a reference to the namespace resource. */
  readonly namespace: string;
  /** Cron schedule of the rotation (5 fields, UTC). */
  readonly schedule: string;
  /** Minutes the previous user stays active after the switch. */
  readonly gracePeriodMinutes: number;
  /** Image of the Vault steps (Node 18 or later). */
  readonly rotatorImage: string;
  /** Neo4j image (apply and retire steps: cypher-shell). */
  readonly neo4jImage: string;
  /** bolt+s URI of the Neo4j service. */
  readonly boltUri: string;
  /** Secret holding `truststore.p12` with the CA of the bolt certificate. */
  readonly tlsSecretName: string;
  /** Password of that truststore (a literal: it protects only the public CA). */
  readonly truststorePassword: string;
  /** Non-root UID of the rotation pods. */
  readonly uid: number;
  /** Labels of the rotation pods (network policy selector). */
  readonly podLabels: Record<string, string>;
  /** Objects the Kubernetes resources wait for (the namespace, the rotator's NetworkPolicy). */
  readonly dependsOn: ITerraformDependable[];
}

/** Name of the credential under the store's path prefix. */
export const NEO4J_VAULT_SECRET_NAME = "neo4j/password";
/** The Vault consumer (role and policy `<deploymentName>-<consumer>`) of the Neo4j password rotator. */
export const NEO4J_VAULT_ROTATOR_CONSUMER = "neo4j-password-rotation";

/**
 * The Neo4j credential in Vault: a KV version 2 secret at `<pathPrefix>/neo4j/password` whose latest
 * version holds `username` and `password` (what Neo4j and the API read, through External Secrets),
 * generated in the cluster by a one-shot Job before Neo4j first starts and rotated on its own
 * schedule by a CronJob, with the same two alternating users and grace period as with Secrets
 * Manager (see `rotation/vault-steps.mjs`).
 *
 * The rotator logs in with Kubernetes auth (a projected token of audience `vault`), as the role
 * `<deploymentName>-neo4j-password-rotation` whose policy holds create/read/update on this one path
 * and nothing else, and writes every version with check-and-set. No AWS role, no Secrets Manager
 * secret, and no value in Terraform or its state.
 */
export class Neo4jVaultPassword extends Construct implements IVaultSecret {
  /** The secret in Vault. */
  public readonly secret: VaultSecret;
  /** The Vault that holds the password. */
  public readonly store: VaultStore;
  /** Path of the password in the KV mount: `<pathPrefix>/neo4j/password`. */
  public readonly vaultPath: string;
  /** Rotated by the library (the rotation's CronJob). */
  public readonly rotated: boolean = true;
  /** The init Job; Neo4j must start after it. */
  public readonly initJob: JobV1;
  /** The scheduled rotation (escape hatch). */
  public readonly rotationJob: CronJobV1;
  /** The rotator's Vault identity. */
  public readonly rotatorIdentity: VaultIdentity;

  /** @internal EncryptedNeo4j creates it (`vaultStore`); it is not made on its own. */
  constructor(scope: Construct, id: string, props: Neo4jVaultPasswordProps) {
    super(scope, id);
    const graceMinutes = checkedGraceMinutes(props);
    checkImage(this, "EncryptedNeo4j", "vaultRotatorImage", props.rotatorImage);
    this.store = props.store;
    this.secret = new VaultSecret(this, "Secret", { store: props.store, name: NEO4J_VAULT_SECRET_NAME, rotated: true });
    this.vaultPath = this.secret.vaultPath;

    const serviceAccountName = `${props.name}-password-rotator`;
    this.rotatorIdentity = { consumer: NEO4J_VAULT_ROTATOR_CONSUMER, namespace: props.namespaceName, serviceAccountName };
    props.store.grantRotate(this.rotatorIdentity, this.vaultPath);

    const env = {
      ...vaultRotatorEnv(props.store, NEO4J_VAULT_ROTATOR_CONSUMER, "/scripts/vault-ca.pem", [this.vaultPath]),
      NEO4J_USERS: NEO4J_ROTATION_USERS.join(" "),
    };
    const jobs = createRotationJobs(this, {
      ...props,
      graceMinutes,
      serviceAccountName,
      scripts: {
        ...Object.fromEntries(NEO4J_STEP_SCRIPTS.map((f) => [f, readFileSync(join(__dirname, "rotation", f), "utf8")])),
        "vault-steps.mjs": readFileSync(join(__dirname, "rotation", "vault-steps.mjs"), "utf8"),
        "vault-client.mjs": VAULT_CLIENT_SCRIPT,
        "vault-ca.pem": props.store.caBundlePem,
      },
      store: {
        image: props.rotatorImage,
        command: "node",
        env: Object.entries(env).map(([name, value]) => ({ name, value })),
        mounts: [vaultTokenMount()],
        volumes: [vaultTokenVolume()],
      },
      steps: {
        init: ["/scripts/vault-steps.mjs", "init"],
        stage: ["/scripts/vault-steps.mjs", "stage"],
        switch: ["/scripts/vault-steps.mjs", "switch"],
        retired: ["/scripts/vault-steps.mjs", "retired"],
      },
      initDependsOn: [],
    });
    this.initJob = jobs.initJob;
    this.rotationJob = jobs.rotationJob;
  }

  /** Lets a Kubernetes identity read the credential (adds the path to its policy). */
  public grantRead(identity: VaultIdentity): void {
    this.secret.grantRead(identity);
  }
}
