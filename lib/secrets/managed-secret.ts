import { Lazy } from "../compat/core";
import { Construct } from "constructs";
import { SecretsmanagerSecret } from "../compat/aws/secretsmanager-secret";
import { SecretsmanagerSecretPolicy } from "../compat/aws/secretsmanager-secret-policy";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes } from "../core/errors";
import { policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { awsTags } from "../core/tags";
import { Role, roleMarker } from "../policy/markers";
import { requireIntegerInRange } from "../core/validators";
import { SecretBase } from "./secret-base";

/** Properties of {@link ManagedSecret}. */
export interface ManagedSecretProps {
  readonly deploymentName: string;
  /** Secret name, e.g. `meshoptixiq/api-key/operators`. */
  readonly secretName: string;
  readonly description: string;
  /** Tag component of the secret and its key. */
  readonly component: string;
  /** The marker the guard finds the secret by (a tag). @default - none */
  readonly role?: Role;
  /** Alias of the key, without `alias/`. */
  readonly keyAlias: string;
  readonly keyDescription: string;
  /** Break-glass key administrators. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
  /** Days a deleted secret can be restored (7 to 30). @default 30 */
  readonly recoveryWindowDays?: number;
  /** Protect the secret from `terraform destroy`. @default false */
  readonly preventDestroy?: boolean;
}

/**
 * A Secrets Manager secret that exists only as a container: no value in Terraform. It gets its own
 * customer-managed key (rotation on), and a resource policy that denies reading to every principal
 * except the granted readers, writers and key administrators, and writing to all but writers and
 * administrators. The key policy mirrors the same principals, through Secrets Manager only.
 *
 * The building block of RotatingApiKey, the Neo4j password and the HEC token secret.
 */
export class ManagedSecret extends SecretBase {
  public readonly resource: SecretsmanagerSecret;
  public readonly key: CustomerManagedKey;
  public readonly secretArn: string;
  public readonly kmsKeyArn: string;
  private readonly writerArns: string[] = [];

  constructor(scope: Construct, id: string, props: ManagedSecretProps) {
    super(scope, id);
    const administrators = props.keyAdministratorArns ?? [AwsContext.of(this).accountRootArn];
    const recovery = requireIntegerInRange(
      ErrorCodes.RETENTION,
      "ManagedSecret",
      "recoveryWindowDays",
      props.recoveryWindowDays ?? 30,
      7,
      30,
      "use 7 to 30 days",
    );
    this.key = new CustomerManagedKey(this, "Key", {
      description: props.keyDescription,
      deploymentName: props.deploymentName,
      alias: props.keyAlias,
      administratorArns: props.keyAdministratorArns,
    });
    this.kmsKeyArn = this.key.keyArn;
    this.key.grantViaService("WritersViaSecretsManager", () => this.writerArns, "secretsmanager", [
      "kms:Decrypt",
      "kms:Encrypt",
      "kms:GenerateDataKey",
      "kms:DescribeKey",
    ]);
    this.key.grantViaService("ReadersViaSecretsManager", () => this.readerArns, "secretsmanager", ["kms:Decrypt", "kms:DescribeKey"]);

    this.resource = new SecretsmanagerSecret(this, "Resource", {
      name: props.secretName,
      description: props.description,
      kmsKeyId: this.key.keyArn,
      recoveryWindowInDays: recovery,
      tags: awsTags(props.deploymentName, props.component, props.role ? roleMarker(props.role) : {}),
      lifecycle: props.preventDestroy ? { preventDestroy: true } : undefined,
    });
    this.secretArn = this.resource.arn;

    new SecretsmanagerSecretPolicy(this, "Policy", {
      secretArn: this.secretArn,
      blockPublicPolicy: true,
      policy: Lazy.stringValue({
        produce: () =>
          policyDocument([
            {
              Sid: "OnlyGrantedPrincipalsRead",
              Effect: "Deny",
              Principal: "*",
              Action: "secretsmanager:GetSecretValue",
              Resource: "*",
              Condition: { StringNotEquals: { "aws:PrincipalArn": [...administrators, ...this.writerArns, ...this.readerArns] } },
            },
            {
              Sid: "OnlyWritersWrite",
              Effect: "Deny",
              Principal: "*",
              Action: ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
              Resource: "*",
              Condition: { StringNotEquals: { "aws:PrincipalArn": [...administrators, ...this.writerArns] } },
            },
          ]),
      }),
    });
  }

  /**
   * Admits a principal that writes versions (a rotation function, the Splunk admins) in the
   * resource and key policies. Its IAM permissions are granted by its owner.
   */
  public addWriter(principalArn: string): void {
    this.writerArns.push(principalArn);
  }
}
