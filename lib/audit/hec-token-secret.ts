import { Lazy } from "cdktf";
import { Construct } from "constructs";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretPolicy } from "@cdktf/provider-aws/lib/secretsmanager-secret-policy";
import { AwsContext } from "../core/aws-context";
import { attachPolicy, IGrantee, policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { awsTags } from "../core/tags";
import { ISecretSource, secretReadStatements } from "../secrets/secret-source";

/** Properties of {@link HecTokenSecret}. */
export interface HecTokenSecretProps {
  readonly deploymentName: string;
  /** Roles that may write the token (e.g. the Splunk admins' role). @default - key administrators only */
  readonly writerArns?: string[];
  /** Break-glass key administrators. @default - the account root principal */
  readonly keyAdministratorArns?: string[];
}

/**
 * An empty, customer-key encrypted secret for the Splunk HEC token, for a person or pipeline to fill
 * (`aws secretsmanager put-secret-value`). Its resource policy lets only granted readers and the
 * named writers touch the value.
 */
export class HecTokenSecret extends Construct implements ISecretSource {
  public readonly resource: SecretsmanagerSecret;
  public readonly secretArn: string;
  public readonly kmsKeyArn: string;
  private readonly readerArns: string[] = [];

  constructor(scope: Construct, id: string, props: HecTokenSecretProps) {
    super(scope, id);
    const ctx = AwsContext.of(this);
    const administrators = props.keyAdministratorArns ?? [ctx.accountRootArn];
    const writers = props.writerArns ?? [];
    const key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the Splunk HEC token of ${props.deploymentName}`,
      deploymentName: props.deploymentName,
      alias: `${props.deploymentName}/splunk-hec-token`,
      administratorArns: props.keyAdministratorArns,
    });
    key.grantViaService("ReadersViaSecretsManager", () => this.readerArns, "secretsmanager", ["kms:Decrypt", "kms:DescribeKey"]);
    key.grantViaService("WritersViaSecretsManager", writers, "secretsmanager", ["kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"]);
    this.kmsKeyArn = key.keyArn;
    this.resource = new SecretsmanagerSecret(this, "Resource", {
      name: `${props.deploymentName}/splunk/hec-token`,
      description: "Splunk HEC token for MeshOptixIQ audit logging; filled outside Terraform",
      kmsKeyId: key.keyArn,
      recoveryWindowInDays: 30,
      tags: awsTags(props.deploymentName, "audit"),
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
              Condition: { StringNotEquals: { "aws:PrincipalArn": [...administrators, ...writers, ...this.readerArns] } },
            },
            {
              Sid: "OnlyWritersWrite",
              Effect: "Deny",
              Principal: "*",
              Action: ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
              Resource: "*",
              Condition: { StringNotEquals: { "aws:PrincipalArn": [...administrators, ...writers] } },
            },
          ]),
      }),
    });
  }

  public grantRead(grantee: IGrantee): void {
    if (this.node.tryFindChild(`Read-${grantee.grantId}`)) return;
    attachPolicy(this, `Read-${grantee.grantId}`, grantee, secretReadStatements(this.secretArn, this.kmsKeyArn));
    this.readerArns.push(grantee.roleArn);
  }
}
