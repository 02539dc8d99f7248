/** §12.6: data at rest encrypted with customer-managed keys, volume claims on the encrypted storage class. */
import { Control, Finding, NOT_APPLICABLE } from "../../model";
import { KubeObject, StackView, viewOf } from "../../view";
import { isTrue, judgeEach, judgeStackKey, judgeValue } from "../rules";
import { AdmissionForm, celStrings } from "../../admission/model";

/** DATA-6 in the cluster: new claims (and StatefulSet claim templates) use an encrypted StorageClass of the stack. */
const claimsAdmission: AdmissionForm = {
  match: [
    { apiGroups: [""], apiVersions: ["v1"], resources: ["persistentvolumeclaims"], operations: ["CREATE"] },
    { apiGroups: ["apps"], apiVersions: ["v1"], resources: ["statefulsets"], operations: ["CREATE", "UPDATE"] },
  ],
  fix: "name the stack's encrypted StorageClass (customer-managed KMS key) in storageClassName",
  variables: (params) => [{ name: "classes", expression: celStrings(params.storageClasses) }],
  checks: () => [
    {
      expression:
        "object.kind != 'PersistentVolumeClaim' || (has(object.spec.storageClassName) && object.spec.storageClassName in variables.classes)",
      message: "the claim does not name an encrypted StorageClass of the stack",
    },
    {
      expression:
        "object.kind != 'StatefulSet' || !has(object.spec.volumeClaimTemplates) || object.spec.volumeClaimTemplates.all(t, has(t.spec.storageClassName) && t.spec.storageClassName in variables.classes)",
      message: "a volume claim template does not name an encrypted StorageClass of the stack",
    },
  ],
};

/** A StorageClass encrypts with a customer-managed key (EBS CSI or in-tree EBS). */
function storageClassProblem(view: StackView, sc: KubeObject): Finding[] {
  const provisioner = view.literal(sc.body?.storage_provisioner);
  if (!["ebs.csi.aws.com", "kubernetes.io/aws-ebs"].includes(String(provisioner))) return [];
  const params = sc.body?.parameters ?? {};
  return [
    ...judgeValue(view, sc.address, "parameters.encrypted", params.encrypted ?? null, (v) =>
      isTrue(v) ? undefined : "StorageClass is not encrypted with a customer-managed key",
    ),
    ...judgeStackKey(view, sc.address, "parameters.kmsKeyId", params.kmsKeyId),
  ];
}

/** §12.6: encrypted at rest. */
export const encryptedAtRest: Control = {
  id: "MESHQ-DATA-3",
  section: "12.6",
  title: "Data encrypted at rest with customer-managed keys",
  checks:
    'EBS StorageClasses set encrypted="true" and a kmsKeyId; EBS volumes and RDS instances and clusters are encrypted with a customer-managed key.',
  scope:
    "StorageClasses of either spelling with the ebs.csi.aws.com or kubernetes.io/aws-ebs provisioner; aws_ebs_volume; aws_db_instance and aws_rds_cluster. The key must be one the stack creates (a reference to an aws_kms_key, or to an aws_kms_alias of the stack whose target is one), so that MESHQ-SEC-2 judges it.",
  unseen:
    "Fails. A setting the guard cannot know is a finding, and so is a key it did not see (a literal key ARN or alias, a variable, a data source): whether that key is customer-managed and rotates cannot be known. Accept one only by suppressing the control for the resource with a reason.",
  checkov: ["CKV_AWS_3", "CKV_AWS_189", "CKV_AWS_16"],
  enforcedBy: ["EncryptedNeo4j.props.keyAdministratorArns", "EncryptedPostgres.props.keyAdministratorArns"],
  provenBy: ["test/guard/controls/data.test.ts", "test/guard/mutations/data.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const classes = view.kube("StorageClass");
    const volumes = view.resources("aws_ebs_volume");
    const databases = view.resources("aws_db_instance", "aws_rds_cluster");
    if (classes.length === 0 && volumes.length === 0 && databases.length === 0) return NOT_APPLICABLE;
    const keyed = (address: string, what: string, encrypted: unknown, key: unknown): Finding[] => [
      ...judgeValue(view, address, what, encrypted ?? false, (v) => (isTrue(v) ? undefined : `${what} is not true`)),
      ...judgeStackKey(view, address, "kms_key_id", key),
    ];
    return [
      ...classes.flatMap((sc) => storageClassProblem(view, sc)),
      ...volumes.flatMap((v) => keyed(v.address, "encrypted", v.config.encrypted, v.config.kms_key_id)),
      ...databases.flatMap((d) => keyed(d.address, "storage_encrypted", d.config.storage_encrypted, d.config.kms_key_id)),
    ];
  },
};

/** §12.6: Neo4j's (and every) volume claim uses an encrypted storage class of the stack. */
export const encryptedClaims: Control = {
  id: "MESHQ-DATA-6",
  section: "12.6",
  title: "Volume claims use the encrypted storage class",
  checks:
    "Every persistent volume claim (Neo4j's data volume included) names a StorageClass of the stack that is encrypted with a customer-managed key; never the cluster's default class or one outside the stack.",
  scope:
    "StatefulSet volume claim templates, PersistentVolumeClaims and ephemeral volumes of either spelling, and pods' claims of PVCs; the StorageClass is matched by name (or reference) among StorageClasses of the stack that are certainly created. A class name the guard cannot know, or a claim of a PVC outside the stack, is a finding.",
  unseen:
    "Fails. A class name the guard cannot know, a claim of a PVC outside the stack, a class the stack does not certainly create, the cluster's default class, and a class whose key is outside the stack (as MESHQ-DATA-3 judges it) are findings.",
  enforcedBy: ["EncryptedNeo4j.props.storageSize", "EncryptedNeo4j.props.ebsCsiDriverRoleArn"],
  provenBy: ["test/guard/controls/data.test.ts", "test/guard/mutations/data.ts"],
  admission: claimsAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const classes = view.kube("StorageClass");
    return judgeEach(view.claims(), (claim): Finding[] => {
      if (claim.missing) return [{ address: claim.address, message: `${claim.what} ${claim.missing}` }];
      if (claim.storageClass === undefined || claim.storageClass === null)
        return [
          {
            address: claim.address,
            message: `${claim.what} uses the cluster's default storage class, whose encryption the stack does not control`,
          },
        ];
      const ref = view.reference(claim.storageClass);
      const name = view.literal(claim.storageClass);
      if (name === undefined && ref?.kind !== "kubernetes_storage_class_v1")
        return [{ address: claim.address, message: view.unknownMessage(`${claim.what}: storage_class_name`, String(claim.storageClass)) }];
      const sc = classes.find((c) => (ref ? c.address === ref.address : c.name === name));
      if (!sc)
        return [
          {
            address: claim.address,
            message: `${claim.what} uses storage class ${String(name)}, which is not in the stack${view.whyMissing(["kubernetes_storage_class_v1"])}`,
          },
        ];
      if (sc.resource.presence !== "present")
        return [{ address: claim.address, message: `${claim.what} uses storage class ${sc.name}, which has ${sc.resource.note}` }];
      return storageClassProblem(view, sc).map((f) => ({
        address: claim.address,
        message: `${claim.what} uses storage class ${sc.name}: ${f.message}`,
      }));
    });
  },
};
