import { readFileSync } from "fs";
import { isCronSchedule } from "../policy/schedule";
import { join } from "path";
import { ITerraformDependable } from "../compat/core";
import { Construct } from "constructs";
import { SecretsmanagerSecret } from "../compat/aws/secretsmanager-secret";
import { CronJobV1 } from "../compat/kubernetes/cron-job-v1";
import { JobV1 } from "../compat/kubernetes/job-v1";
import { AwsContext } from "../core/aws-context";
import { ErrorCodes, invalidInput } from "../core/errors";
import { attachPolicy, IrsaRole } from "../core/iam";
import { CustomerManagedKey } from "../core/kms";
import { requireIntegerInRange } from "../core/validators";
import { ManagedSecret } from "../secrets/managed-secret";
import { ISecretSource } from "../secrets/secret-source";
import { SecretBase } from "../secrets/secret-base";
import { createRotationJobs } from "./rotation-jobs";

/** Properties of {@link Neo4jPassword}. */
export interface Neo4jPasswordProps {
  readonly deploymentName: string;
  /** Base name of the Kubernetes objects. */
  readonly name: string;
  readonly namespace: string;
  readonly oidcProviderArn: string;
  /** Cron schedule of the rotation (5 fields, UTC). */
  readonly schedule: string;
  /**
   * Minutes the previous user stays active after the switch, so that the API picks up the new
   * credential (External Secrets refresh) and restarts on it (Reloader) before it is retired.
   */
  readonly gracePeriodMinutes: number;
  /** Image with the AWS CLI (stage and finish steps). */
  readonly awsCliImage: string;
  /** Neo4j image (apply step: cypher-shell). */
  readonly neo4jImage: string;
  /** bolt+s URI of the Neo4j service. */
  readonly boltUri: string;
  /** Secret holding `truststore.p12` with the CA of the bolt certificate. */
  readonly tlsSecretName: string;
  readonly truststorePassword: string;
  /** Non-root UID of the rotation pods. */
  readonly uid: number;
  /** Labels of the rotation pods (network policy selector). */
  readonly podLabels: Record<string, string>;
  readonly keyAdministratorArns?: string[];
  readonly preventDestroy: boolean;
  /** Objects the Kubernetes resources wait for (the namespace). */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * The two Neo4j users the credential alternates between. `neo4j` is the one NEO4J_AUTH creates at
 * the first start; the other is created by the first rotation.
 */
export const NEO4J_ROTATION_USERS: readonly [string, string] = ["neo4j", "neo4j_alt"];
/** Default grace period before the previous user is retired, in minutes. */
export const DEFAULT_GRACE_PERIOD_MINUTES = 15;
/** Shortest grace period: the API's credential refresh (1 minute) plus time for its rollout. */
export const MIN_GRACE_PERIOD_MINUTES = 5;
/** Longest grace period (one day): the rotation Job waits it out. */
export const MAX_GRACE_PERIOD_MINUTES = 1440;

export { isCronSchedule };

const SCRIPTS = ["common.sh", "stage.sh", "apply.sh", "finish.sh", "retire.sh"];
/** The scripts that talk to Neo4j, whichever store holds the credential. */
export const NEO4J_STEP_SCRIPTS = ["common.sh", "apply.sh", "retire.sh"];

/**
 * The Neo4j credential: a Secrets Manager secret (customer-managed key) holding
 * `{"username","password"}`, generated inside AWS by a one-shot Job before Neo4j first starts, and
 * rotated on its own schedule by a CronJob without an authentication gap (see `rotation/*.sh`):
 * two users alternate; each rotation gives the idle one a new password, switches the secret to it,
 * and drops the other after the grace period, once the API has restarted on the new credential.
 */
export class Neo4jPassword extends SecretBase {
  public readonly resource: SecretsmanagerSecret;
  public readonly secretArn: string;
  public readonly kmsKeyArn: string;
  public readonly key: CustomerManagedKey;
  /** The init Job; Neo4j must start after it. */
  public readonly initJob: JobV1;
  public readonly rotationJob: CronJobV1;
  public readonly rotatorRole: IrsaRole;
  /** The secret with its key and resource policy. */
  public readonly secret: ManagedSecret;

  /** @internal EncryptedNeo4j creates it; it is not made on its own. */
  constructor(scope: Construct, id: string, props: Neo4jPasswordProps) {
    super(scope, id);
    const graceMinutes = checkedGraceMinutes(props);
    this.secret = new ManagedSecret(this, "Secret", {
      deploymentName: props.deploymentName,
      secretName: `${props.deploymentName}/neo4j/password`,
      description: `Neo4j user and password ({"username","password"}); generated and rotated in-cluster by ${props.name}-password-rotation`,
      component: "neo4j-password",
      keyAlias: `${props.deploymentName}/neo4j-password`,
      keyDescription: `Encrypts the Neo4j password of ${props.deploymentName}`,
      keyAdministratorArns: props.keyAdministratorArns,
      preventDestroy: props.preventDestroy,
    });
    this.resource = this.secret.resource;
    this.key = this.secret.key;
    this.secretArn = this.secret.secretArn;
    this.kmsKeyArn = this.secret.kmsKeyArn;

    const rotatorSa = `${props.name}-password-rotator`;
    this.rotatorRole = this.rotator(props, rotatorSa);
    const jobs = createRotationJobs(this, {
      ...props,
      graceMinutes,
      serviceAccountName: rotatorSa,
      serviceAccountAnnotations: { "eks.amazonaws.com/role-arn": this.rotatorRole.roleArn },
      scripts: Object.fromEntries(SCRIPTS.map((f) => [f, readFileSync(join(__dirname, "rotation", f), "utf8")])),
      store: {
        image: props.awsCliImage,
        command: "bash",
        env: [
          { name: "SECRET_ARN", value: this.secretArn },
          { name: "NEO4J_USERS", value: NEO4J_ROTATION_USERS.join(" ") },
          { name: "AWS_REGION", value: AwsContext.of(this).region },
        ],
      },
      steps: {
        init: ["/scripts/stage.sh", "init"],
        stage: ["/scripts/stage.sh", "rotate"],
        switch: ["/scripts/finish.sh", "switch"],
        retired: ["/scripts/finish.sh", "retired"],
      },
      initDependsOn: [this.resource],
    });
    this.initJob = jobs.initJob;
    this.rotationJob = jobs.rotationJob;
  }

  /**
   * The rotator's role (for its own service account): allowed to stage and promote versions of
   * this one secret, and to ask Secrets Manager for random passwords.
   */
  private rotator(props: Neo4jPasswordProps, serviceAccountName: string): IrsaRole {
    const role = new IrsaRole(this, "RotatorRole", {
      oidcProviderArn: props.oidcProviderArn,
      namespace: props.namespace,
      serviceAccountName,
      deploymentName: props.deploymentName,
      grantId: `${props.deploymentName}-neo4j-rotator`,
    });
    attachPolicy(this, "RotatorPolicy", role, [
      {
        Sid: "RotateThisSecret",
        Effect: "Allow",
        Action: [
          "secretsmanager:DescribeSecret",
          "secretsmanager:GetSecretValue",
          "secretsmanager:PutSecretValue",
          "secretsmanager:UpdateSecretVersionStage",
          "secretsmanager:ListSecretVersionIds",
        ],
        Resource: this.secretArn,
      },
      { Sid: "GeneratePasswords", Effect: "Allow", Action: "secretsmanager:GetRandomPassword", Resource: "*" },
      { Sid: "UseThisKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: this.key.keyArn },
    ]);
    this.secret.addRotator(role.roleArn);
    return role;
  }

  /** The grants are made on the secret, whose resource and key policies admit its readers. */
  protected get grantsHeldBy(): ISecretSource {
    return this.secret;
  }
}

/** The rotation's schedule and grace period, checked (failing synth on invalid input). */
export function checkedGraceMinutes(props: { readonly schedule: string; readonly gracePeriodMinutes: number }): number {
  if (!isCronSchedule(props.schedule)) {
    throw invalidInput(ErrorCodes.ROTATION_SCHEDULE, {
      component: "EncryptedNeo4j",
      property: "passwordRotationSchedule",
      received: props.schedule,
      allowed: "a 5-field cron expression (minute hour day-of-month month day-of-week, UTC)",
      fix: 'e.g. "0 3 1 * *" for 03:00 UTC on the first day of each month',
    });
  }
  return requireIntegerInRange(
    ErrorCodes.ROTATION_GRACE,
    "EncryptedNeo4j",
    "passwordRotationGracePeriodMinutes",
    props.gracePeriodMinutes,
    MIN_GRACE_PERIOD_MINUTES,
    MAX_GRACE_PERIOD_MINUTES,
    `the previous Neo4j user stays active this long after the switch; it must cover the API's credential refresh (1 minute) and its rollout, e.g. ${DEFAULT_GRACE_PERIOD_MINUTES}`,
  );
}
