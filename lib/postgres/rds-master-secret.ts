import { Construct } from "constructs";
import { CustomerManagedKey } from "../core/kms";
import { SecretBase } from "../secrets/secret-base";

/** Properties of {@link RdsMasterSecret}. */
export interface RdsMasterSecretProps {
  /** ARN of the secret RDS manages for the master user. */
  readonly secretArn: string;
  /** The customer-managed key RDS encrypts the secret with. */
  readonly key: CustomerManagedKey;
}

/**
 * The master user secret that RDS creates and rotates (`manage_master_user_password`). Readers get
 * read on the secret and, through Secrets Manager only, decrypt on its key: the key policy admits
 * exactly the granted readers.
 */
export class RdsMasterSecret extends SecretBase {
  public readonly secretArn: string;
  public readonly kmsKeyArn: string;

  constructor(scope: Construct, id: string, props: RdsMasterSecretProps) {
    super(scope, id);
    this.secretArn = props.secretArn;
    this.kmsKeyArn = props.key.keyArn;
    props.key.grantViaService("ReadersViaSecretsManager", () => this.readerArns, "secretsmanager", ["kms:Decrypt", "kms:DescribeKey"]);
  }

  /**
   * The database construct: the read policies keep the Terraform addresses they had when the
   * database construct granted them itself.
   */
  protected get grantScope(): Construct {
    return this.node.scope as Construct;
  }
}
