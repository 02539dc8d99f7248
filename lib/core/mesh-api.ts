import { ITerraformDependable } from "../compat/core";
import { FlowPort, NetworkEndpoint } from "./endpoint";
import { ISecretSource } from "./secret-source";
import { IrsaRole } from "./iam";

/** Options of {@link IMeshApi.addSecretEnvironment}. */
export interface SecretEnvironmentOptions {
  /**
   * Name of the Kubernetes Secret External Secrets writes (DNS label).
   * @default - the variable name, lowercased with '-' for '_'
   */
  readonly secretName?: string;
  /**
   * Also expose the AWSPREVIOUS value, as `<NAME>_PREVIOUS`, for overlap during rotation. It comes
   * from a second Secret (`<secretName>-previous`) that is absent until the secret has been rotated
   * twice; the variable is optional, so the pods start without it.
   * @default false
   */
  readonly includePrevious?: boolean;
  /**
   * The secret may have no value when the API is first deployed (e.g. a token filled in by hand
   * after the apply). The variable is then optional: the pods start without it, and the Kubernetes
   * Secret appears once the value exists (the API picks it up at its next restart; Reloader with
   * `--reload-on-create=true` restarts it then).
   * @default false - the value exists when the API is deployed, and the variable is required
   */
  readonly mayBeEmpty?: boolean;
  /**
   * Resources the ExternalSecret waits for: what writes the secret's first value (a rotation
   * schedule that rotates immediately, an init Job), so that its first sync finds AWSCURRENT.
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * Refresh interval of this secret in minutes (1 to 15).
   * @default - the API's secretRefreshIntervalMinutes
   */
  readonly refreshIntervalMinutes?: number;
  /**
   * Build the value from fields of a JSON secret (ESO template v2), e.g. a connection string:
   * `{ properties: ["username", "password"], template: "postgresql://{{ .username }}:…" }`.
   * @default - the secret's whole value
   */
  readonly fromJson?: {
    readonly properties: string[];
    readonly template: string;
    /**
     * More variables from the same secret version (variable name to template). They are delivered
     * in the same Kubernetes Secret as this one, so a pod always starts with values of one version:
     * e.g. a user name and its password that change together.
     * @default - none
     */
    readonly moreVariables?: Record<string, string>;
  };
}

/** A file projected from a key of a Kubernetes Secret. */
export interface SecretFileItem {
  readonly key: string;
  readonly path: string;
}

/**
 * What other constructs need from the MeshOptixIQ API to wire themselves to it. Implemented by
 * {@link SecureMeshApi}; a custom API deployment can implement it too.
 */
export interface IMeshApi {
  /** The API as a network endpoint. */
  readonly endpoint: NetworkEndpoint;
  /** Namespace of the API pods (its literal name: for DNS names and comparisons). */
  readonly namespaceName: string;
  /**
   * The API namespace as a reference to the namespace resource (its `metadata[0].name`). Objects
   * placed next to the API use it as `metadata.namespace`, so Terraform creates them after the
   * namespace. A custom API whose namespace is created outside the stack returns its name.
   */
  readonly namespaceRef: string;
  /** Deployment name (prefix of names and tags). */
  readonly deploymentName: string;
  /** The API's IRSA role. */
  readonly role: IrsaRole;
  /** Plain environment variables set so far (secret references excluded). */
  readonly plainEnvironment: Record<string, string>;
  /** Adds a plain environment variable. */
  addEnvironment(name: string, value: string): void;
  /** Adds an environment variable from a Secrets Manager secret (and restarts on change). */
  addSecretEnvironment(name: string, source: ISecretSource, options?: SecretEnvironmentOptions): void;
  /**
   * Mounts keys of a Kubernetes Secret of the API namespace read-only. Pass a reference to the
   * object that creates the Secret (not its name as a literal), so the Deployment waits for it.
   */
  addSecretFileMount(volumeName: string, secretName: string, items: SecretFileItem[], mountPath: string): void;
  /** Mounts a ConfigMap of the API namespace read-only (pass a reference to the ConfigMap's name). */
  addConfigMapMount(volumeName: string, configMapName: string, mountPath: string): void;
  /** Registers a network flow from the API to a peer. */
  allowEgressTo(peer: NetworkEndpoint, port: FlowPort, description: string): void;
}
