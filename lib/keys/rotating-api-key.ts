import { Construct } from "constructs";
import { SecretsmanagerSecret } from "../compat/aws/secretsmanager-secret";
import { SecretsmanagerSecretRotation } from "../compat/aws/secretsmanager-secret-rotation";
import { IMeshApi } from "../core/mesh-api";
import { ErrorCodes, invalidInput } from "../core/errors";
import { IGrantee } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { requireDnsLabel, requireIntegerInRange } from "../core/validators";
import { ManagedSecret } from "../secrets/managed-secret";
import { Role } from "../policy/markers";
import { ISecretSource } from "../secrets/secret-source";
import { SecretBase } from "../secrets/secret-base";
import { isKeyAlphabet, KeyAlphabet, MAX_KEY_LENGTH, MIN_KEY_LENGTH } from "../policy/key-limits";
import { RotationFunction, RotationVpcProps } from "../secrets/rotation-function";
import { rotationLogRetentionDays } from "../secrets/rotation-log-retention";
import { guardStack } from "../core/stack-guard";

export { KeyAlphabet };

/** Maximum rotation interval in days (Checkov CKV_AWS_304 and common audit baselines). */
export const MAX_ROTATION_DAYS = 90;

/** Properties of {@link RotatingApiKey}. */
export interface RotatingApiKeyProps {
  /**
   * Who uses this key, e.g. `operators` or `automation` (CI, Ansible, Terraform). One key per
   * consumer, each with its own grants (security guide §12.1, "scope access"). DNS label.
   */
  readonly consumer: string;
  /** @default "meshoptixiq" */
  readonly deploymentName?: string;
  /** Days between rotations, 1 to 90. @default 30 */
  readonly rotationDays?: number;
  /** Key length in characters, at least 32. @default 64 (256 bits as hex) */
  readonly keyLength?: number;
  /** @default KeyAlphabet.HEX */
  readonly alphabet?: KeyAlphabet;
  /**
   * Deliver the key to the API: it reaches the container as `environmentVariable`, with the
   * previous value as `<NAME>_PREVIOUS`, and the API restarts when the key rotates.
   * @default - not delivered; call grantRead for other readers
   */
  readonly api?: Pick<IMeshApi, "addSecretEnvironment">;
  /**
   * Environment variable the API receives the key in.
   * @default "API_KEY" for the `operators` consumer, `API_KEY_<CONSUMER>` otherwise
   */
  readonly environmentVariable?: string;
  /** Roles allowed to read the key (e.g. a CI pipeline role). More with grantRead. @default [] */
  readonly readers?: IGrantee[];
  /** Break-glass key administrators. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /** Days a deleted secret can still be restored (7 to 30). @default 30 */
  readonly recoveryWindowDays?: number;
  /** Retention of the rotation function's logs, in days. @default 365 */
  readonly logRetentionDays?: number;
  /** Run the rotation function in a VPC. @default - outside a VPC */
  readonly rotationVpc?: RotationVpcProps;
  /**
   * Concurrency reserved for the rotation function, 1 to 1000. Lambda keeps at least 10 unreserved,
   * so on an account with a small concurrency quota a reservation fails the deploy.
   * @default - none reserved
   */
  readonly reservedConcurrentExecutions?: number;
}

/**
 * An API key in AWS Secrets Manager that is generated and rotated inside AWS, never in Terraform.
 *
 * Creates a customer-managed KMS key, the secret (empty: no value in configuration or state), a
 * resource policy that lets only granted roles read it, the hardened rotation function, and a
 * rotation schedule that rotates immediately on creation and then every `rotationDays`.
 */
export class RotatingApiKey extends SecretBase {
  /** The secret (escape hatch). */
  public readonly resource: SecretsmanagerSecret;
  public readonly secretArn: string;
  public readonly kmsKeyArn: string;
  public readonly key: CustomerManagedKey;
  public readonly rotationFunction: RotationFunction;
  public readonly consumer: string;
  /** The secret with its key and resource policy. */
  public readonly secret: ManagedSecret;

  constructor(scope: Construct, id: string, props: RotatingApiKeyProps) {
    super(scope, id);
    const { consumer, deploymentName, rotationDays, keyLength, alphabet, recoveryWindow, logRetention } = checkedSettings(props);
    this.consumer = consumer;

    guardStack(this);
    const name = `${deploymentName}-${this.consumer}`;
    this.secret = new ManagedSecret(this, "Secret", {
      deploymentName,
      secretName: `${deploymentName}/api-key/${this.consumer}`,
      description: `MeshOptixIQ API key for ${this.consumer}; generated and rotated by ${name}-rotation`,
      component: `api-key-${this.consumer}`,
      role: Role.API_KEY,
      keyAlias: `${deploymentName}/api-key/${this.consumer}`,
      keyDescription: `Encrypts the ${this.consumer} API key of ${deploymentName}`,
      keyAdministratorArns: props.keyAdministratorArns,
      recoveryWindowDays: recoveryWindow,
    });
    this.resource = this.secret.resource;
    this.key = this.secret.key;
    this.secretArn = this.secret.secretArn;
    this.kmsKeyArn = this.secret.kmsKeyArn;

    this.rotationFunction = new RotationFunction(this, "Rotation", {
      deploymentName,
      functionName: `${name}-rotation`.slice(0, 64),
      secretArn: this.secretArn,
      key: this.key,
      logRetentionDays: logRetention,
      vpc: props.rotationVpc,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: { KEY_LENGTH: String(keyLength), KEY_ALPHABET: alphabet, SECRET_ARNS: this.secretArn },
    });
    this.secret.addWriter(this.rotationFunction.role.arn);

    const schedule = new SecretsmanagerSecretRotation(this, "Schedule", {
      secretId: this.secretArn,
      rotationLambdaArn: this.rotationFunction.functionArn,
      rotationRules: { automaticallyAfterDays: rotationDays },
      rotateImmediately: true,
      dependsOn: [this.rotationFunction.permission],
    });

    for (const reader of props.readers ?? []) this.grantRead(reader);
    if (props.api) {
      const variable =
        props.environmentVariable ??
        (this.consumer === "operators" ? "API_KEY" : `API_KEY_${this.consumer.toUpperCase().replace(/-/g, "_")}`);
      // The schedule rotates at once: the API's ExternalSecret is created after it, to find AWSCURRENT.
      props.api.addSecretEnvironment(variable, this, {
        secretName: `api-key-${this.consumer}`,
        includePrevious: true,
        dependsOn: [schedule],
      });
    }
  }

  /** The grants are made on the secret, whose resource and key policies admit its readers. */
  protected get grantsHeldBy(): ISecretSource {
    return this.secret;
  }
}

/** The props, checked (failing synth on invalid or weakening input), with their defaults. */
function checkedSettings(props: RotatingApiKeyProps) {
  const component = "RotatingApiKey";
  const consumer = requireDnsLabel(component, "consumer", props.consumer);
  const deploymentName = requireDnsLabel(component, "deploymentName", props.deploymentName ?? "meshoptixiq");
  const rotationDays = requireIntegerInRange(
    ErrorCodes.ROTATION_SCHEDULE,
    component,
    "rotationDays",
    props.rotationDays ?? 30,
    1,
    MAX_ROTATION_DAYS,
    `rotate at least every ${MAX_ROTATION_DAYS} days; remove rotationDays for the 30-day default`,
  );
  const keyLength = requireIntegerInRange(
    ErrorCodes.KEY_LENGTH,
    component,
    "keyLength",
    props.keyLength ?? 64,
    MIN_KEY_LENGTH,
    MAX_KEY_LENGTH,
    `the security guide requires at least ${MIN_KEY_LENGTH} random characters; remove keyLength for 64 hex characters`,
  );
  const alphabet = props.alphabet ?? KeyAlphabet.HEX;
  if (!isKeyAlphabet(alphabet)) {
    throw invalidInput(ErrorCodes.KEY_LENGTH, {
      component,
      property: "alphabet",
      received: alphabet,
      allowed: '"hex" or "alphanumeric"',
      fix: "use KeyAlphabet.HEX",
    });
  }
  const recoveryWindow = requireIntegerInRange(
    ErrorCodes.RETENTION,
    component,
    "recoveryWindowDays",
    props.recoveryWindowDays ?? 30,
    7,
    30,
    "use 7 to 30 days",
  );
  const logRetention = rotationLogRetentionDays(component, props.logRetentionDays, "keep rotation logs at least a year");
  return { consumer, deploymentName, rotationDays, keyLength, alphabet, recoveryWindow, logRetention };
}
