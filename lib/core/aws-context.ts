import { TerraformStack } from "../compat/core";
import { Construct, IConstruct } from "constructs";
import { DataAwsCallerIdentity } from "../compat/aws/data-aws-caller-identity";
import { DataAwsPartition } from "../compat/aws/data-aws-partition";
import { DataAwsRegion } from "../compat/aws/data-aws-region";

const CONTEXT_ID = "AwsContext";

/** Account, partition and region of a stack's AWS provider, looked up once per stack. */
export class AwsContext extends Construct {
  /** Returns the stack's context, creating it on first use. */
  public static of(scope: IConstruct): AwsContext {
    const stack = TerraformStack.of(scope);
    return (stack.node.tryFindChild(CONTEXT_ID) as AwsContext) ?? new AwsContext(stack, CONTEXT_ID);
  }

  public readonly accountId: string;
  public readonly partition: string;
  public readonly region: string;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    this.accountId = new DataAwsCallerIdentity(this, "Account").accountId;
    this.partition = new DataAwsPartition(this, "Partition").partition;
    this.region = new DataAwsRegion(this, "Region").region;
  }

  /** ARN of the account root principal (delegates to IAM). */
  public get accountRootArn(): string {
    return `arn:${this.partition}:iam::${this.accountId}:root`;
  }
}
