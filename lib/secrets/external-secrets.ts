import { Construct } from "constructs";
import { Manifest } from "@cdktf/provider-kubernetes/lib/manifest";
import { ErrorCodes } from "../core/errors";
import { requireIntegerInRange } from "../core/tokens";
import { ISecretSource } from "./secret-source";
import { terraformLiterals } from "../core/literal";

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

/** Maximum refresh interval of an ExternalSecret, in minutes (DESIGN: ≤ 15 minutes). */
export const MAX_REFRESH_MINUTES = 15;

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
  /** AWS region of the secrets. */
  readonly region: string;
  /**
   * How often ESO re-reads the secrets, in minutes.
   * @default 15
   */
  readonly refreshIntervalMinutes?: number;
}

/** Options of one delivered secret. */
export interface ExternalSecretOptions {
  /** Name of the Kubernetes Secret ESO writes. */
  readonly secretName: string;
  /** The Secrets Manager secret. */
  readonly source: ISecretSource;
  /**
   * Also deliver the AWSPREVIOUS value under the key `previous`, so that clients can overlap
   * during a rotation.
   * @default false
   */
  readonly includePrevious?: boolean;
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
}

/**
 * External Secrets Operator wiring: a SecretStore on the workload's IRSA role and one
 * ExternalSecret per secret. The value lands in the key `value` of the Kubernetes Secret.
 */
export class ExternalSecretsDelivery extends Construct {
  /** Name of the SecretStore. */
  public readonly storeName: string;
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
    this.storeName = props.storeName ?? "aws-secrets-manager";
    new Manifest(this, "SecretStore", {
      manifest: {
        apiVersion: "external-secrets.io/v1",
        kind: "SecretStore",
        metadata: { name: props.storeName ?? "aws-secrets-manager", namespace: props.namespace },
        spec: {
          provider: {
            aws: {
              service: "SecretsManager",
              region: props.region,
              auth: { jwt: { serviceAccountRef: { name: props.serviceAccountName } } },
            },
          },
        },
      },
    });
  }

  /** Delivers a secret; returns the Kubernetes Secret name. */
  public addSecret(id: string, options: ExternalSecretOptions): string {
    const data: Array<Record<string, unknown>> = options.properties
      ? options.properties.map((property) => ({
          secretKey: property,
          remoteRef: { key: options.source.secretArn, version: "AWSCURRENT", property },
        }))
      : [{ secretKey: "value", remoteRef: { key: options.source.secretArn, version: "AWSCURRENT" } }];
    if (options.includePrevious) {
      data.push({ secretKey: "previous", remoteRef: { key: options.source.secretArn, version: "AWSPREVIOUS" } });
    }
    const refresh = requireIntegerInRange(
      ErrorCodes.REFRESH_INTERVAL,
      "ExternalSecretsDelivery",
      `refreshIntervalMinutes of ${options.secretName}`,
      options.refreshIntervalMinutes ?? this.refreshIntervalMinutes,
      1,
      MAX_REFRESH_MINUTES,
      `rotations reach pods only after a refresh; keep it at most ${MAX_REFRESH_MINUTES} minutes`,
    );
    const target: Record<string, unknown> = { name: options.secretName, creationPolicy: "Owner", deletionPolicy: "Retain" };
    if (options.template) {
      target.template = { engineVersion: "v2", type: "Opaque", data: terraformLiterals(options.template) };
    }
    new Manifest(this, id, {
      manifest: {
        apiVersion: "external-secrets.io/v1",
        kind: "ExternalSecret",
        metadata: { name: options.secretName, namespace: this.namespace },
        spec: {
          refreshInterval: `${refresh}m`,
          secretStoreRef: { name: this.storeName, kind: "SecretStore" },
          target,
          data,
        },
      },
    });
    return options.secretName;
  }
}
