import { ITerraformDependable } from "../compat/core";
import { Construct } from "constructs";
import { Manifest } from "../compat/kubernetes/manifest";
import { ErrorCodes, invalidInput } from "../core/errors";
import { manifestField } from "../core/kubernetes";
import { requireIntegerInRange, requireValue } from "../core/validators";
import { isVaultSecret, SecretSource, VaultIdentity } from "../core/secret-source";
import { VaultStore } from "./vault/vault-store";
import { vaultSecretStore } from "./vault/vault-secret-store";
import { terraformLiterals } from "../core/literal";
import { MAX_REFRESH_MINUTES } from "../policy/secrets";
import { RemoteRefs, secretsManagerRefs, secretsManagerSecretStore } from "./secrets-manager-store";

/** How secrets reach the API container. */
export enum SecretDeliveryMode {
  /**
   * External Secrets Operator copies each secret into a Kubernetes Secret (refresh ≤ 15 min);
   * Stakater Reloader restarts the API when it changes. Requires both operators in the cluster.
   */
  EXTERNAL_SECRETS = "external-secrets",
  /**
   * The enterprise container reads secrets itself (`SECRETS_PROVIDER=aws`) with the API's IRSA
   * role; no Kubernetes Secret exists. The container receives each secret's ARN in
   * `<NAME>_SECRET_ARN`.
   */
  AWS_PROVIDER = "aws-provider",
}

/** Properties of {@link ExternalSecretsDelivery}. */
export interface ExternalSecretsDeliveryProps {
  /** Namespace of the SecretStore and the ExternalSecrets. */
  readonly namespace: string;
  /** Service account whose IRSA role reads the secrets. */
  readonly serviceAccountName: string;
  /**
   * Name of the SecretStore (unique within the namespace).
   * @default "aws-secrets-manager"
   */
  readonly storeName?: string;
  /** AWS region of the secrets. Required with the Secrets Manager store. @default - none */
  readonly region?: string;
  /**
   * Create the Secrets Manager SecretStore. `false` needs `vault`: the delivery then reads Vault only
   * (no store that could reach Secrets Manager exists), and `store`/`storeName` are the Vault store.
   * @default true
   */
  readonly secretsManager?: boolean;
  /**
   * How often ESO re-reads the secrets, in minutes.
   * @default 15
   */
  readonly refreshIntervalMinutes?: number;
  /**
   * Also read secrets from Vault: a second SecretStore (`vault`) on the store's KV version 2
   * engine, logging in with Kubernetes auth as this identity (its service account must be the
   * one in `serviceAccountName`).
   * @default - Secrets Manager only
   */
  readonly vault?: { readonly store: VaultStore; readonly identity: VaultIdentity; readonly storeName?: string };
}

// The version stages every delivered value is read from (AWSCURRENT; AWSPREVIOUS for the overlap).
// A secret this library creates gets its AWSCURRENT version inside the same apply (first rotation, or
// the Neo4j init Job), and an ExternalSecret with `deletionPolicy: Retain` retries until it exists.
export { CURRENT_VERSION_STAGE, PREVIOUS_VERSION_STAGE } from "./secrets-manager-store";

/**
 * External Secrets Operator semantics this wiring depends on (pinned by tests over the synthesized
 * JSON, see `test/structure/`):
 *
 * - The AWS provider reads `remoteRef.version` as a version stage (default AWSCURRENT) and maps
 *   `ResourceNotFoundException` (no such secret, or no version carrying that stage) to `NoSecretErr`
 *   (external-secrets `pkg/provider/aws/secretsmanager/secretsmanager.go`, `fetch`).
 * - The controller skips a `data` entry that returned `NoSecretErr` only when
 *   `target.deletionPolicy` is not `Retain`; with `Retain` (the default) the whole sync fails and
 *   no Secret is written (`pkg/controllers/externalsecret/externalsecret_controller_secret.go`,
 *   `getProviderSecretData`).
 * - With `deletionPolicy: Delete` and no data at all, the controller deletes (or does not create)
 *   the Secret and reports the ExternalSecret as synced (`externalsecret_controller.go`).
 *
 * Hence a value that may be missing (AWSPREVIOUS until the second rotation, a secret filled by hand)
 * lives in its own ExternalSecret with `deletionPolicy: Delete`, and its consumers mark it optional.
 */
export const EXTERNAL_SECRETS_SKIPPING_DELETION_POLICY = "Delete";

/** Options of one delivered secret. */
export interface ExternalSecretOptions {
  /** Name of the Kubernetes Secret ESO writes. */
  readonly secretName: string;
  /** The secret, in Secrets Manager or (with the delivery's `vault` store) in Vault. */
  readonly source: SecretSource;
  /**
   * Also deliver the AWSPREVIOUS value, so that clients can overlap during a rotation. It goes to
   * a second Secret, `<secretName>-previous` (key `value`), written by its own ExternalSecret with
   * `deletionPolicy: Delete`: that Secret is absent until the secret has been rotated twice, and
   * the Secret with the current value never waits for it.
   * @default false
   */
  readonly includePrevious?: boolean;
  /**
   * The value may be missing when the ExternalSecret first syncs (a secret filled outside
   * Terraform after the apply). The ExternalSecret then uses `deletionPolicy: Delete`, so the Secret
   * simply does not exist until the value does; its consumers must mark it optional.
   * @default false - the value exists on the first sync (`deletionPolicy: Retain`)
   */
  readonly mayBeEmpty?: boolean;
  /**
   * Refresh interval of this secret, in minutes (at most the store's limit of 15).
   * @default - the delivery's interval
   */
  readonly refreshIntervalMinutes?: number;
  /**
   * Render the Kubernetes Secret from a template instead of copying the value, e.g.
   * `{ NEO4J_AUTH: "neo4j/{{ .value }}" }` (ESO template engine v2).
   * @default - the value lands in the key `value`
   */
  readonly template?: Record<string, string>;
  /**
   * For a JSON secret: extract these fields into keys of the same name (for use in `template`)
   * instead of copying the whole value.
   * @default - the whole value
   */
  readonly properties?: string[];
  /**
   * Resources the ExternalSecret is created after (e.g. what gives the secret its first value).
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/** The Kubernetes Secrets that one delivered secret produces. */
export interface DeliveredSecret {
  /**
   * Name of the Secret with the current value: a reference to the ExternalSecret's target, so a
   * workload that uses it is created after the ExternalSecret.
   */
  readonly secretName: string;
  /**
   * Name of the Secret with the AWSPREVIOUS value (key `value`), as a reference; only with
   * `includePrevious`. Absent in the cluster until the second rotation: consumers mark it optional.
   * @default - none
   */
  readonly previousSecretName?: string;
}

/**
 * External Secrets Operator wiring: a SecretStore on the workload's IRSA role and one
 * ExternalSecret per secret. The value lands in the key `value` of the Kubernetes Secret.
 */
export class ExternalSecretsDelivery extends Construct {
  /** Name of the SecretStore, as a reference to the SecretStore manifest. */
  public readonly storeName: string;
  /** The SecretStore manifest (Secrets Manager; the Vault store with `secretsManager: false`). */
  public readonly store: Manifest;
  /**
   * The Vault SecretStore manifest, with the delivery's `vault` store.
   * @default - none
   */
  public readonly vaultStore?: Manifest;
  private readonly namespace: string;
  private readonly refreshIntervalMinutes: number;

  constructor(scope: Construct, id: string, props: ExternalSecretsDeliveryProps) {
    super(scope, id);
    const refresh = props.refreshIntervalMinutes ?? MAX_REFRESH_MINUTES;
    requireIntegerInRange(
      ErrorCodes.REFRESH_INTERVAL,
      "ExternalSecretsDelivery",
      "secretRefreshIntervalMinutes",
      refresh,
      1,
      MAX_REFRESH_MINUTES,
      `rotations reach pods only after a refresh; keep it at most ${MAX_REFRESH_MINUTES} minutes`,
    );
    this.refreshIntervalMinutes = refresh;
    this.namespace = props.namespace;
    if (props.vault) {
      this.vaultStore = new Manifest(this, "VaultSecretStore", {
        manifest: vaultSecretStore(props.namespace, props.serviceAccountName, props.vault, props.vault.storeName),
      });
    }
    if (props.secretsManager === false) {
      if (!this.vaultStore) {
        throw invalidInput(ErrorCodes.VAULT, {
          component: "ExternalSecretsDelivery",
          property: "secretsManager",
          received: false,
          allowed: "false only with a vault store",
          fix: "pass vault, or remove secretsManager",
        });
      }
      this.store = this.vaultStore;
    } else {
      const region = requireValue("ExternalSecretsDelivery", "region", props.region, "pass the AWS region of the secrets");
      this.store = new Manifest(this, "SecretStore", {
        manifest: secretsManagerSecretStore(props.namespace, props.serviceAccountName, region, props.storeName ?? "aws-secrets-manager"),
      });
    }
    this.storeName = manifestField(this.store, "metadata.name");
  }

  /** Delivers a secret; returns the names (references) of the Kubernetes Secrets. */
  public addSecret(id: string, options: ExternalSecretOptions): DeliveredSecret {
    const refresh = requireIntegerInRange(
      ErrorCodes.REFRESH_INTERVAL,
      "ExternalSecretsDelivery",
      `refreshIntervalMinutes of ${options.secretName}`,
      options.refreshIntervalMinutes ?? this.refreshIntervalMinutes,
      1,
      MAX_REFRESH_MINUTES,
      `rotations reach pods only after a refresh; keep it at most ${MAX_REFRESH_MINUTES} minutes`,
    );
    const source = options.source;
    const from = isVaultSecret(source) ? this.vaultRefs(source.vaultPath) : this.awsRefs(source.secretArn);
    const data: Array<Record<string, unknown>> = options.properties
      ? options.properties.map((property) => ({ secretKey: property, remoteRef: from.current(property) }))
      : [{ secretKey: "value", remoteRef: from.current() }];
    const current = this.externalSecret(id, options.secretName, refresh, from.storeName, data, {
      deletionPolicy: options.mayBeEmpty ? EXTERNAL_SECRETS_SKIPPING_DELETION_POLICY : "Retain",
      template: options.template,
      dependsOn: options.dependsOn,
    });
    if (!options.includePrevious) return { secretName: current };
    const previous = this.externalSecret(
      `${id}-previous`,
      `${options.secretName}-previous`,
      refresh,
      from.storeName,
      [{ secretKey: "value", remoteRef: from.previous }],
      { deletionPolicy: EXTERNAL_SECRETS_SKIPPING_DELETION_POLICY, dependsOn: options.dependsOn },
    );
    return { secretName: current, previousSecretName: previous };
  }

  /** Remote references into the Secrets Manager store: the AWSCURRENT and AWSPREVIOUS stages. */
  private awsRefs(arn: string): RemoteRefs {
    if (this.store === this.vaultStore)
      throw wrongStore(
        arn,
        "a Vault secret: this delivery reads Vault only",
        "put the secret in Vault (a VaultSecret of the same VaultStore)",
      );
    return secretsManagerRefs(this.storeName, arn);
  }

  /** Remote references into the Vault store: the fields `value` (or a property) and `previous` of the current version. */
  private vaultRefs(path: string): RemoteRefs {
    if (!this.vaultStore) {
      throw wrongStore(
        path,
        "a Secrets Manager secret, or a Vault secret when the delivery has a Vault store",
        "pass the VaultStore to the API (SecureMeshApi.props.vaultStore, or HardenedMeshStack.props.secretStore)",
      );
    }
    return {
      storeName: manifestField(this.vaultStore, "metadata.name"),
      current: (property = "value") => ({ key: path, property }),
      previous: { key: path, property: "previous" },
    };
  }

  private externalSecret(
    id: string,
    name: string,
    refreshMinutes: number,
    storeName: string,
    data: Array<Record<string, unknown>>,
    options: { deletionPolicy: string; template?: Record<string, string>; dependsOn?: ITerraformDependable[] },
  ): string {
    const target: Record<string, unknown> = { name, creationPolicy: "Owner", deletionPolicy: options.deletionPolicy };
    if (options.template) {
      target.template = { engineVersion: "v2", type: "Opaque", data: terraformLiterals(options.template) };
    }
    const manifest = new Manifest(this, id, {
      manifest: {
        apiVersion: "external-secrets.io/v1",
        kind: "ExternalSecret",
        metadata: { name, namespace: this.namespace },
        spec: {
          refreshInterval: `${refreshMinutes}m`,
          secretStoreRef: { name: storeName, kind: "SecretStore" },
          target,
          data,
        },
      },
      dependsOn: options.dependsOn,
    });
    return manifestField(manifest, "spec.target.name");
  }
}

/** A source the delivery's stores cannot read. */
function wrongStore(received: string, allowed: string, fix: string) {
  return invalidInput(ErrorCodes.VAULT, { component: "ExternalSecretsDelivery", property: "source", received, allowed, fix });
}
