import { dependable, ITerraformDependable, Lazy } from "../compat/core";
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

/**
 * What would take a secret out of its guards: its resource policy (deleted or replaced), its
 * settings (`UpdateSecret` can plant a known value or change the key) and its rotation (cancelled,
 * or started with another function). The resource policy denies them to everyone but the rotator
 * and the break-glass principals.
 */
export const SECRET_MANAGEMENT_ACTIONS = [
  "secretsmanager:DeleteResourcePolicy",
  "secretsmanager:PutResourcePolicy",
  "secretsmanager:UpdateSecret",
  "secretsmanager:CancelRotateSecret",
  "secretsmanager:RotateSecret",
];

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
  /**
   * The break-glass principals: they administer the key, and they alone (with the rotator) may
   * change the secret's resource policy, settings and rotation (`DeleteResourcePolicy`, `PutResourcePolicy`, `UpdateSecret`, `CancelRotateSecret`, `RotateSecret`).
   * @default - the account root principal
   */
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
  /** The resource policy; a resource that configures rotation must be applied before it (see {@link ManagedSecret.addRotator}). */
  public readonly policy: SecretsmanagerSecretPolicy;
  private readonly writerArns: string[] = [];
  private readonly rotatorArns: string[] = [];

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

    this.policy = new SecretsmanagerSecretPolicy(this, "Policy", {
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
            {
              Sid: "OnlyBreakGlassManages",
              Effect: "Deny",
              Principal: "*",
              Action: SECRET_MANAGEMENT_ACTIONS,
              Resource: "*",
              Condition: { StringNotEquals: { "aws:PrincipalArn": [...administrators, ...this.rotatorArns] } },
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

  /**
   * Admits the secret's rotator: a writer that may also manage the secret's rotation. `schedule`,
   * the resource that configures rotation (it calls `RotateSecret`), is applied before the
   * resource policy that denies that call to the principal running Terraform, so the first apply
   * succeeds; later changes of the rotation settings need a break-glass principal.
   */
  public addRotator(principalArn: string, schedule?: ITerraformDependable): void {
    this.addWriter(principalArn);
    this.rotatorArns.push(principalArn);
    if (schedule) this.policy.dependsOn = [...(this.policy.dependsOn ?? []), dependable(schedule)];
  }
}
