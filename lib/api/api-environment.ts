import { Lazy } from "../compat/core";
import { Construct } from "constructs";
import {
  DeploymentV1SpecTemplateSpecContainerEnv,
  DeploymentV1SpecTemplateSpecContainerVolumeMount,
  DeploymentV1SpecTemplateSpecVolume,
} from "../compat/kubernetes/deployment-v1";
import { ErrorCodes, invalidInput } from "../core/errors";
import { IrsaRole } from "../core/iam";
import { RELOADER_CONFIGMAP_ANNOTATION, RELOADER_SECRET_ANNOTATION } from "../core/kubernetes";
import { terraformLiteral } from "../core/literal";
import { requireDnsLabel } from "../core/validators";
import { rejectLiteralSecret } from "../policy/inputs";
import { ExternalSecretsDelivery, SecretDeliveryMode } from "../secrets/external-secrets";
import { ISecretSource } from "../secrets/secret-source";
import { SecretEnvironmentOptions, SecretFileItem } from "../core/mesh-api";

const component = "SecureMeshApi";

/** Where the API's secrets come from at run time. */
export interface SecretDeliveryOptions {
  /** Namespace of the API, as a reference to the namespace resource. */
  readonly namespace: string;
  /** Service account of the API pods (reads Secrets Manager with IRSA). */
  readonly serviceAccountName: string;
  /** The AWS region of the secrets. */
  readonly region: string;
  /** External Secrets refresh interval. @default - the delivery's default */
  readonly refreshIntervalMinutes?: number;
}

/**
 * The API container's environment and mounted files, and the Secrets and ConfigMaps whose change
 * restarts it. The arrays are handed to the Deployment once and filled as constructs add variables
 * and mounts: they are read at synth.
 */
export class ApiEnvironment {
  /** Environment variables of the API container. */
  public readonly env: DeploymentV1SpecTemplateSpecContainerEnv[] = [];
  /** Volumes of the API pods. */
  public readonly volumes: DeploymentV1SpecTemplateSpecVolume[] = [];
  /** Volume mounts of the API container. */
  public readonly volumeMounts: DeploymentV1SpecTemplateSpecContainerVolumeMount[] = [];
  private readonly reloadSecrets: string[] = [];
  private readonly reloadConfigMaps: string[] = [];
  private externalSecrets?: ExternalSecretsDelivery;

  /**
   * @param role - the API's IRSA role; secrets are granted to it
   * @param secretDelivery - how secrets reach the container
   */
  constructor(
    private readonly role: IrsaRole,
    private readonly secretDelivery: SecretDeliveryMode,
  ) {}

  /**
   * Sets up the delivery of secrets: an External Secrets store (id `Secrets` on `scope`), or the
   * variables the API reads secrets with from the AWS provider.
   */
  public deliverSecrets(scope: Construct, options: SecretDeliveryOptions): void {
    if (this.secretDelivery === SecretDeliveryMode.EXTERNAL_SECRETS) {
      this.externalSecrets = new ExternalSecretsDelivery(scope, "Secrets", {
        namespace: options.namespace,
        serviceAccountName: options.serviceAccountName,
        region: options.region,
        refreshIntervalMinutes: options.refreshIntervalMinutes,
      });
    } else {
      this.env.push({ name: "SECRETS_PROVIDER", value: "aws" }, { name: "AWS_REGION", value: options.region });
    }
  }

  /** Reloader's annotations: the API restarts when one of these Secrets or ConfigMaps changes. */
  public reloaderAnnotations(): Record<string, string> {
    return Lazy.anyValue({
      produce: () => ({
        ...(this.reloadSecrets.length > 0 ? { [RELOADER_SECRET_ANNOTATION]: this.reloadSecrets.join(",") } : {}),
        ...(this.reloadConfigMaps.length > 0 ? { [RELOADER_CONFIGMAP_ANNOTATION]: this.reloadConfigMaps.join(",") } : {}),
      }),
    }) as unknown as Record<string, string>;
  }

  /** Adds a plain environment variable; secret-looking names and values are rejected. */
  public addEnvironment(name: string, value: string): void {
    this.requireEnvName(name);
    rejectLiteralSecret(
      component,
      `environment.${name}`,
      name,
      value,
      `remove the literal and call addSecretEnvironment("${name}", secret), e.g. with a RotatingApiKey; a connection URL is built from the secret (fromJson template)`,
    );
    this.env.push({ name, value: terraformLiteral(value) });
  }

  /** Adds an environment variable whose value comes from a Secrets Manager secret. */
  public addSecretEnvironment(name: string, source: ISecretSource, options: SecretEnvironmentOptions = {}): void {
    this.requireEnvName(name);
    const more = Object.entries(options.fromJson?.moreVariables ?? {});
    more.forEach(([variable]) => this.requireEnvName(variable));
    source.grantRead(this.role);
    if (this.secretDelivery === SecretDeliveryMode.AWS_PROVIDER) {
      for (const variable of [name, ...more.map(([v]) => v)]) this.env.push({ name: `${variable}_SECRET_ARN`, value: source.secretArn });
      return;
    }
    const secretName = requireDnsLabel(component, `secretName of ${name}`, options.secretName ?? name.toLowerCase().replace(/_/g, "-"));
    const delivered = this.externalSecrets!.addSecret(`ExternalSecret-${secretName}`, {
      secretName,
      source,
      includePrevious: options.includePrevious,
      mayBeEmpty: options.mayBeEmpty,
      dependsOn: options.dependsOn,
      refreshIntervalMinutes: options.refreshIntervalMinutes,
      properties: options.fromJson?.properties,
      template: options.fromJson ? { value: options.fromJson.template, ...Object.fromEntries(more) } : undefined,
    });
    const optional = options.mayBeEmpty ?? false;
    this.env.push({ name, valueFrom: { secretKeyRef: { name: delivered.secretName, key: "value", optional } } });
    for (const [variable] of more) {
      this.env.push({ name: variable, valueFrom: { secretKeyRef: { name: delivered.secretName, key: variable, optional } } });
    }
    this.reloadSecrets.push(delivered.secretName);
    if (delivered.previousSecretName) {
      // Absent until the second rotation: optional, so the pods never wait for it.
      this.env.push({
        name: `${name}_PREVIOUS`,
        valueFrom: { secretKeyRef: { name: delivered.previousSecretName, key: "value", optional: true } },
      });
      this.reloadSecrets.push(delivered.previousSecretName);
    }
  }

  /** Mounts keys of a Secret of the API namespace read-only. */
  public addSecretFileMount(volumeName: string, secretName: string, items: SecretFileItem[], mountPath: string): void {
    this.volumes.push({
      name: volumeName,
      secret: { secretName, defaultMode: "0444", items: items.map((i) => ({ key: i.key, path: i.path })) },
    });
    this.volumeMounts.push({ name: volumeName, mountPath, readOnly: true });
  }

  /** Mounts a ConfigMap read-only; the API restarts when it changes. */
  public addConfigMapMount(volumeName: string, configMapName: string, mountPath: string): void {
    this.volumes.push({ name: volumeName, configMap: { name: configMapName, defaultMode: "0444" } });
    this.volumeMounts.push({ name: volumeName, mountPath, readOnly: true });
    this.reloadConfigMaps.push(configMapName);
  }

  /** Plain environment variables set so far (name to value); secret references are not included. */
  public get plainEnvironment(): Record<string, string> {
    return Object.fromEntries(this.env.filter((e) => typeof e.value === "string").map((e) => [e.name as string, e.value as string]));
  }

  /** Names of the Kubernetes Secrets whose change restarts the API. */
  public get reloadOnSecrets(): string[] {
    return [...this.reloadSecrets];
  }

  private requireEnvName(name: string): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw invalidInput(ErrorCodes.ENV_NAME, {
        component,
        property: "environment variable name",
        received: name,
        allowed: "letters, digits and '_', not starting with a digit",
        fix: "rename the variable",
      });
    }
    if (this.env.some((e) => e.name === name)) {
      throw invalidInput(ErrorCodes.DUPLICATE, {
        component,
        property: "environment variable name",
        received: name,
        allowed: "each variable once",
        fix: `set ${name} in one place only`,
      });
    }
  }
}
