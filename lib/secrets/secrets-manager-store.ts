/**
 * The SecretStore on AWS Secrets Manager: the workload's IRSA role, through a service account of
 * External Secrets' own (a web identity token for it), in one region.
 */
export function secretsManagerSecretStore(
  namespace: string,
  serviceAccountName: string,
  region: string,
  name: string,
): Record<string, unknown> {
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "SecretStore",
    metadata: { name, namespace },
    spec: {
      provider: {
        aws: { service: "SecretsManager", region, auth: { jwt: { serviceAccountRef: { name: serviceAccountName } } } },
      },
    },
  };
}

/** The version stage every delivered value is read from (see ExternalSecretsDelivery). */
export const CURRENT_VERSION_STAGE = "AWSCURRENT";
/** The version stage of the overlap value. It exists only after the second rotation. */
export const PREVIOUS_VERSION_STAGE = "AWSPREVIOUS";

/** Where the current and previous value of one secret are read from. */
export interface RemoteRefs {
  readonly storeName: string;
  current(property?: string): Record<string, unknown>;
  readonly previous: Record<string, unknown>;
}

/** Remote references into Secrets Manager, by version stage. */
export function secretsManagerRefs(storeName: string, key: string): RemoteRefs {
  return {
    storeName,
    current: (property?: string) => ({ key, version: CURRENT_VERSION_STAGE, ...(property ? { property } : {}) }),
    previous: { key, version: PREVIOUS_VERSION_STAGE },
  };
}
