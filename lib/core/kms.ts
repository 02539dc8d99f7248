import { Lazy } from "../compat/core";
import { Construct } from "constructs";
import { KmsAlias } from "../compat/aws/kms-alias";
import { KmsKey } from "../compat/aws/kms-key";
import { AwsContext } from "./aws-context";
import { ErrorCodes } from "./errors";
import { policyDocument, PolicyStatement } from "./iam";
import { awsTags } from "./tags";
import { requireArns, requireIntegerInRange } from "./validators";

/** Properties of {@link CustomerManagedKey}. */
export interface CustomerManagedKeyProps {
  /** What the key protects. */
  readonly description: string;
  /** Deployment name, for tags. */
  readonly deploymentName: string;
  /** Alias without the `alias/` prefix. */
  readonly alias: string;
  /**
   * Break-glass administrators: may manage the key (never use it to decrypt).
   * @default - the account root principal, so that IAM administrators can always recover the key
   */
  readonly administratorArns?: string[];
  /** Days before a scheduled deletion completes (7 to 30). @default 30 */
  readonly deletionWindowDays?: number;
}

const ADMIN_ACTIONS = [
  "kms:Create*",
  "kms:Describe*",
  "kms:Enable*",
  "kms:List*",
  "kms:Put*",
  "kms:Update*",
  "kms:Revoke*",
  "kms:Disable*",
  "kms:Get*",
  "kms:Delete*",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:ScheduleKeyDeletion",
  "kms:CancelKeyDeletion",
  "kms:RotateKeyOnDemand",
];

/**
 * A customer-managed KMS key with rotation on, a 30-day deletion window, and a key policy built
 * from explicit statements: administrators manage it, and each use is granted to named principals
 * through one AWS service (`kms:ViaService`). No statement allows `Principal: *`.
 */
export class CustomerManagedKey extends Construct {
  public readonly resource: KmsKey;
  public readonly keyArn: string;
  public readonly keyId: string;
  /** Statements, rendered at synth so that grants added later are included. */
  private readonly statements: Array<() => PolicyStatement | undefined> = [];
  private readonly context: AwsContext;

  constructor(scope: Construct, id: string, props: CustomerManagedKeyProps) {
    super(scope, id);
    this.context = AwsContext.of(this);
    const window = requireIntegerInRange(
      ErrorCodes.RETENTION,
      "CustomerManagedKey",
      "deletionWindowDays",
      props.deletionWindowDays ?? 30,
      7,
      30,
      "use 7 to 30 days (30 recommended)",
    );
    // the constructs' keyAdministratorArns props arrive here
    const administrators = props.administratorArns
      ? requireArns(
          "CustomerManagedKey",
          "keyAdministratorArns",
          props.administratorArns,
          "iamPrincipal",
          "pass the ARNs of the IAM roles or users that administer the key",
        )
      : [this.context.accountRootArn];
    this.statements.push(() => ({
      Sid: "KeyAdministration",
      Effect: "Allow",
      Principal: { AWS: administrators },
      Action: ADMIN_ACTIONS,
      Resource: "*",
    }));
    this.resource = new KmsKey(this, "Resource", {
      description: props.description,
      enableKeyRotation: true,
      rotationPeriodInDays: 365,
      deletionWindowInDays: window,
      isEnabled: true,
      policy: Lazy.stringValue({ produce: () => policyDocument(this.policyStatements) }),
      tags: awsTags(props.deploymentName, props.alias),
    });
    this.keyArn = this.resource.arn;
    this.keyId = this.resource.keyId;
    new KmsAlias(this, "Alias", { name: `alias/${props.alias}`, targetKeyId: this.resource.keyId });
  }

  /**
   * Lets principals use the key only through one AWS service (e.g. `secretsmanager`). The
   * principals may be a function, read at synth; a statement without principals is left out.
   */
  public grantViaService(sid: string, principalArns: string[] | (() => string[]), service: string, actions: string[]): void {
    this.statements.push(() => {
      const principals = typeof principalArns === "function" ? principalArns() : principalArns;
      if (principals.length === 0) return undefined;
      return {
        Sid: sid,
        Effect: "Allow",
        Principal: { AWS: principals },
        Action: actions,
        Resource: "*",
        Condition: {
          StringEquals: {
            "kms:ViaService": `${service}.${this.context.region}.amazonaws.com`,
            "kms:CallerAccount": this.context.accountId,
          },
        },
      };
    });
  }

  /** Lets CloudWatch Logs encrypt one log group with the key. */
  public grantLogGroup(logGroupName: string): void {
    const { partition, region, accountId } = this.context;
    this.statements.push(() => ({
      Sid: "CloudWatchLogs",
      Effect: "Allow",
      Principal: { Service: `logs.${region}.amazonaws.com` },
      Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
      Resource: "*",
      Condition: {
        ArnEquals: { "kms:EncryptionContext:aws:logs:arn": `arn:${partition}:logs:${region}:${accountId}:log-group:${logGroupName}` },
      },
    }));
  }

  /** Adds a raw statement (for service integrations such as the EBS CSI driver). */
  public addStatement(statement: PolicyStatement): void {
    this.statements.push(() => statement);
  }

  /** The statements of the key policy as rendered now. */
  public get policyStatements(): PolicyStatement[] {
    return this.statements.map((s) => s()).filter((s): s is PolicyStatement => s !== undefined);
  }
}
