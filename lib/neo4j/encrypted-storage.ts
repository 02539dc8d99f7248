import { Construct } from "constructs";
import { DlmLifecyclePolicy } from "../compat/aws/dlm-lifecycle-policy";
import { IamRole } from "../compat/aws/iam-role";
import { IamRolePolicy } from "../compat/aws/iam-role-policy";
import { StorageClassV1 } from "../compat/kubernetes/storage-class-v1";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes } from "../core/errors";
import { policyDocument } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { awsTags } from "../core/tags";
import { requireIntegerInRange } from "../core/validators";

/** Properties of {@link EncryptedStorage}. */
export interface EncryptedStorageProps {
  readonly deploymentName: string;
  /** Name of the StorageClass. */
  readonly storageClassName: string;
  /** IAM role of the EBS CSI driver's controller; the key policy lets it create grants. */
  readonly ebsCsiDriverRoleArn: string;
  /** Value of the backup tag; DLM snapshots volumes carrying it. */
  readonly backupTag: string;
  /** Daily snapshots to keep. */
  readonly snapshotRetentionCount: number;
  /** UTC time of the daily snapshot, hh:mm. */
  readonly snapshotTime: string;
  /** Break-glass key administrators. @default - account root */
  readonly keyAdministratorArns?: string[];
  /** Protect the key and the StorageClass from `terraform destroy`. */
  readonly preventDestroy: boolean;
}

/** Tag key EBS CSI writes on each volume and DLM selects on. */
export const BACKUP_TAG_KEY = "meshoptixiq.io/backup";

/**
 * Encryption at rest for EBS-backed volumes: a customer-managed key whose policy lets the EBS CSI
 * driver create grants for AWS resources (without it volumes are created, then silently fail to
 * attach), a gp3 StorageClass on `ebs.csi.aws.com` with `encrypted: "true"` and that key,
 * WaitForFirstConsumer, volume expansion and reclaim policy Retain, and daily encrypted snapshots
 * with Data Lifecycle Manager.
 */
export class EncryptedStorage extends Construct {
  public readonly key: CustomerManagedKey;
  public readonly resource: StorageClassV1;
  /** Name of the StorageClass, as a reference to it (a volume claim that uses it waits for it). */
  public readonly storageClassName: string;
  public readonly snapshotPolicy: DlmLifecyclePolicy;

  constructor(scope: Construct, id: string, props: EncryptedStorageProps) {
    super(scope, id);
    requireIntegerInRange(
      ErrorCodes.RETENTION,
      "EncryptedNeo4j",
      "snapshotRetentionCount",
      props.snapshotRetentionCount,
      1,
      1000,
      "keep at least one daily snapshot",
    );
    const tags = awsTags(props.deploymentName, "neo4j-storage");

    this.key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the Neo4j volumes and snapshots of ${props.deploymentName}`,
      deploymentName: props.deploymentName,
      alias: `${props.deploymentName}/neo4j-volumes`,
      administratorArns: props.keyAdministratorArns,
    });
    if (props.preventDestroy) this.key.resource.addOverride("lifecycle.prevent_destroy", true);

    const dlmRole = this.snapshotRole(props.deploymentName, tags);
    this.allowVolumeEncryption("EbsCsiDriver", props.ebsCsiDriverRoleArn);
    this.allowVolumeEncryption("Snapshots", dlmRole.arn);

    this.resource = new StorageClassV1(this, "Resource", {
      metadata: { name: props.storageClassName },
      storageProvisioner: "ebs.csi.aws.com",
      reclaimPolicy: "Retain",
      volumeBindingMode: "WaitForFirstConsumer",
      allowVolumeExpansion: true,
      parameters: {
        type: "gp3",
        encrypted: "true",
        kmsKeyId: this.key.keyArn,
        "csi.storage.k8s.io/fstype": "ext4",
        tagSpecification_1: `${BACKUP_TAG_KEY}=${props.backupTag}`,
      },
    });
    if (props.preventDestroy) this.resource.addOverride("lifecycle.prevent_destroy", true);
    this.storageClassName = this.resource.metadata.name;

    this.snapshotPolicy = new DlmLifecyclePolicy(this, "Snapshots", {
      description: `Daily snapshots of ${props.backupTag} volumes`,
      executionRoleArn: dlmRole.arn,
      state: "ENABLED",
      policyDetails: {
        resourceTypes: ["VOLUME"],
        targetTags: { [BACKUP_TAG_KEY]: props.backupTag },
        schedule: [
          {
            name: "daily",
            createRule: { interval: 24, intervalUnit: "HOURS", times: [props.snapshotTime] },
            retainRule: { count: props.snapshotRetentionCount },
            copyTags: true,
            tagsToAdd: { SnapshotCreator: "dlm", [BACKUP_TAG_KEY]: props.backupTag },
          },
        ],
      },
      tags,
    });
  }

  /** Data Lifecycle Manager's execution role: takes and tags the snapshots. */
  private snapshotRole(deploymentName: string, tags: Record<string, string>): IamRole {
    const role = new IamRole(this, "SnapshotRole", {
      namePrefix: `${deploymentName}-neo4j-dlm-`.slice(0, 38),
      description: "Data Lifecycle Manager: daily snapshots of the Neo4j volumes",
      assumeRolePolicy: dlmTrustPolicy(),
      tags,
    });
    new IamRolePolicy(this, "SnapshotPolicy", {
      role: role.name,
      name: "snapshots",
      policy: policyDocument([
        {
          Sid: "Snapshots",
          Effect: "Allow",
          Action: [
            "ec2:CreateSnapshot",
            "ec2:CreateSnapshots",
            "ec2:DeleteSnapshot",
            "ec2:DescribeInstances",
            "ec2:DescribeVolumes",
            "ec2:DescribeSnapshots",
          ],
          Resource: "*",
        },
        {
          Sid: "TagSnapshots",
          Effect: "Allow",
          Action: "ec2:CreateTags",
          Resource: `arn:${AwsContext.of(this).partition}:ec2:*::snapshot/*`,
        },
      ]),
    });
    return role;
  }

  /** Lets a principal that attaches or snapshots volumes use the key: grants for AWS resources, through EC2 only. */
  private allowVolumeEncryption(name: string, arn: string): void {
    this.key.addStatement({
      Sid: `${name}Grants`,
      Effect: "Allow",
      Principal: { AWS: arn },
      Action: ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
      Resource: "*",
      Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
    });
    this.key.addStatement({
      Sid: `${name}Describe`,
      Effect: "Allow",
      Principal: { AWS: arn },
      Action: "kms:DescribeKey",
      Resource: "*",
    });
    this.key.grantViaService(`${name}ViaEc2`, [arn], "ec2", ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]);
  }
}

/**
 * Trust policy of the Data Lifecycle Manager execution role, as DLM documents its default role
 * (AWSDataLifecycleManagerDefaultRole "trusts only the dlm.amazonaws.com service"): the service
 * principal and no condition. DLM's documentation gives no `aws:SourceAccount` or `aws:SourceArn`
 * for the AssumeRole call, so a condition on them could stop the snapshots.
 * Source: Amazon EBS user guide, "IAM service roles for Amazon Data Lifecycle Manager".
 */
export function dlmTrustPolicy(): string {
  return policyDocument([{ Effect: "Allow", Principal: { Service: "dlm.amazonaws.com" }, Action: "sts:AssumeRole" }]);
}
