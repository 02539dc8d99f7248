import { Construct } from "constructs";
import { attachPolicy, IGrantee, PolicyStatement } from "../core/iam";
import { ISecretSource, secretReadStatements } from "./secret-access";

/**
 * The base of every secret of the library: the one implementation of
 * {@link ISecretSource.grantRead}. A grant attaches the read statements to the grantee's role
 * (once per grantee) and records the role, so that key and resource policies can admit exactly
 * the granted readers. A secret that wraps another (an API key wraps its {@link ManagedSecret})
 * names it in {@link SecretBase.grantsHeldBy}, and the grants are made there.
 */
export abstract class SecretBase extends Construct implements ISecretSource {
  /** ARN of the Secrets Manager secret. */
  public abstract readonly secretArn: string;
  /** ARN of the customer-managed key that encrypts it. @default - not known */
  public abstract readonly kmsKeyArn?: string;
  private readonly readers: string[] = [];

  /**
   * The secret that holds the grants, when this construct wraps one.
   * @default - this secret holds its grants
   */
  protected get grantsHeldBy(): ISecretSource | undefined {
    return undefined;
  }

  /**
   * The construct under which read policies are created (their Terraform addresses follow it).
   * @default - this construct
   */
  protected get grantScope(): Construct {
    return this;
  }

  /** ARNs of the roles granted read so far: a live list, for policies rendered at synth. */
  protected get readerArns(): string[] {
    return this.readers;
  }

  /**
   * The statements a reader gets.
   * @default - read of the current and previous value, decrypt on the key through Secrets Manager
   */
  protected readStatements(): PolicyStatement[] {
    return secretReadStatements(this.secretArn, this.kmsKeyArn);
  }

  /** Lets a role read the secret (current and previous value) and decrypt it through Secrets Manager. */
  public grantRead(grantee: IGrantee): void {
    const holder = this.grantsHeldBy;
    if (holder) {
      holder.grantRead(grantee);
      return;
    }
    const id = `Read-${grantee.grantId}`;
    if (this.grantScope.node.tryFindChild(id)) return;
    attachPolicy(this.grantScope, id, grantee, this.readStatements());
    this.readers.push(grantee.roleArn);
  }
}
