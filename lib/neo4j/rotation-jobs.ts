import { ITerraformDependable } from "../compat/core";
import { Construct } from "constructs";
import { ConfigMapV1 } from "../compat/kubernetes/config-map-v1";
import { CronJobV1 } from "../compat/kubernetes/cron-job-v1";
import { JobV1 } from "../compat/kubernetes/job-v1";
import { ServiceAccountV1 } from "../compat/kubernetes/service-account-v1";
import { ROTATION_CRON_JOB_SCHEDULING } from "../core/kubernetes";
import { terraformLiterals } from "../core/literal";
import { k8sLabels } from "../core/tags";
import { Role, roleMarker } from "../policy/markers";
import { rotatorPods, StoreSteps } from "./rotator-pods";

/** What {@link createRotationJobs} makes the rotator's workloads from. */
export interface RotationJobsProps {
  readonly name: string;
  readonly namespace: string;
  readonly deploymentName: string;
  readonly schedule: string;
  readonly graceMinutes: number;
  readonly neo4jImage: string;
  readonly boltUri: string;
  readonly tlsSecretName: string;
  readonly truststorePassword: string;
  readonly uid: number;
  readonly podLabels: Record<string, string>;
  /** The rotator's service account (its name). */
  readonly serviceAccountName: string;
  /** @default - none */
  readonly serviceAccountAnnotations?: Record<string, string>;
  /** The files of the scripts ConfigMap (mounted at /scripts). */
  readonly scripts: Record<string, string>;
  readonly store: StoreSteps;
  /** The arguments of the store's steps. */
  readonly steps: { readonly init: string[]; readonly stage: string[]; readonly switch: string[]; readonly retired: string[] };
  /** Objects the Kubernetes resources wait for (the namespace, the rotator's NetworkPolicy). */
  readonly dependsOn: ITerraformDependable[];
  /** What the init Job also waits for (e.g. the secret). */
  readonly initDependsOn: ITerraformDependable[];
}

/**
 * The rotator's service account, scripts, init Job (the first credential, before Neo4j first
 * starts) and the scheduled rotation: stage, apply, switch and retire in init containers, then the
 * retired step. One definition for every credential store; only the store's steps differ.
 */
export function createRotationJobs(scope: Construct, props: RotationJobsProps): { initJob: JobV1; rotationJob: CronJobV1 } {
  const labels = { ...k8sLabels(props.deploymentName, "neo4j-password-rotation"), ...props.podLabels };
  const sa = new ServiceAccountV1(scope, "RotatorServiceAccount", {
    metadata: {
      name: props.serviceAccountName,
      namespace: props.namespace,
      labels,
      ...(props.serviceAccountAnnotations ? { annotations: props.serviceAccountAnnotations } : {}),
    },
    automountServiceAccountToken: false,
    dependsOn: props.dependsOn,
  });
  const scripts = new ConfigMapV1(scope, "Scripts", {
    metadata: { name: `${props.name}-password-rotation`, namespace: props.namespace, labels },
    data: terraformLiterals(props.scripts),
    dependsOn: props.dependsOn,
  });
  const pods = rotatorPods({
    ...props,
    serviceAccountName: sa.metadata.name,
    scriptsName: scripts.metadata.name,
  });
  const initJob = new JobV1(scope, "InitJob", {
    metadata: { name: `${props.name}-password-init`, namespace: props.namespace, labels },
    spec: {
      backoffLimit: 4,
      activeDeadlineSeconds: 600,
      template: { metadata: { labels }, spec: pods.spec([pods.store("init", props.steps.init)]) },
    },
    waitForCompletion: true,
    timeouts: { create: "10m", update: "10m" },
    dependsOn: [...props.initDependsOn, ...props.dependsOn],
  });
  const rotationJob = new CronJobV1(scope, "RotationJob", {
    metadata: {
      name: `${props.name}-password-rotation`,
      namespace: props.namespace,
      labels: { ...labels, ...roleMarker(Role.NEO4J_PASSWORD_ROTATION) },
    },
    spec: {
      schedule: props.schedule,
      ...ROTATION_CRON_JOB_SCHEDULING,
      jobTemplate: {
        metadata: { labels },
        spec: {
          backoffLimit: 4,
          // a retried pod waits the grace period again (it cannot know when the switch was)
          activeDeadlineSeconds: 3 * props.graceMinutes * 60 + 900,
          template: {
            metadata: { labels },
            spec: pods.spec(
              [pods.store("retired", props.steps.retired)],
              [
                pods.store("stage", props.steps.stage),
                pods.neo4j("apply", ["/scripts/apply.sh"]),
                pods.store("finish", props.steps.switch),
                pods.neo4j("retire", ["/scripts/retire.sh"]),
              ],
            ),
          },
        },
      },
    },
    dependsOn: [initJob],
  });
  return { initJob, rotationJob };
}
