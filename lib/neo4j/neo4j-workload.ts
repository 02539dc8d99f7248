import { ITerraformDependable } from "../compat/core";
import { Construct } from "constructs";
import { PodDisruptionBudgetV1 } from "../compat/kubernetes/pod-disruption-budget-v1";
import { ServiceV1 } from "../compat/kubernetes/service-v1";
import { StatefulSetV1, StatefulSetV1SpecTemplateSpec, StatefulSetV1SpecTemplateSpecContainer } from "../compat/kubernetes/stateful-set-v1";
import {
  RELOADER_IGNORE_CHANGES,
  RELOADER_SECRET_ANNOTATION,
  restrictedContainerSecurityContext,
  restrictedPodBase,
} from "../core/kubernetes";
import { k8sLabels } from "../core/tags";
import { defaultContainer, Role, roleMarker } from "../policy/markers";
import { NEO4J_CONF_DIR, NEO4J_RUN_DIR, NEO4J_TLS_DIR } from "./image-contract";
import { BOLT_PORT, HTTPS_PORT, Neo4jMemory, neo4jSettings, NEO4J_UID } from "./neo4j-settings";

/** What the Neo4j server's Kubernetes objects are made of. */
export interface Neo4jWorkloadOptions {
  readonly deploymentName: string;
  /** Name of the StatefulSet, its Service and its PodDisruptionBudget. */
  readonly name: string;
  /** Namespace, as a reference to the namespace resource. */
  readonly namespace: string;
  /** Labels that select the Neo4j pods. */
  readonly podLabels: Record<string, string>;
  readonly image: string;
  /** Service account of the pods, as a reference. */
  readonly serviceAccountName: string;
  /** The Secret holding `NEO4J_AUTH` (the initial password). */
  readonly authSecretName: string;
  /** The Secret of the bolt certificate (`tls.key`, `tls.crt`, `ca.crt`). */
  readonly certificateSecretName: string;
  /** The encrypted storage class of the data volume. */
  readonly storageClassName: string;
  /** @default "100Gi" */
  readonly storageSize?: string;
  /** @default - see Neo4jMemory */
  readonly memory?: Neo4jMemory;
  /** @default false */
  readonly httpsBrowser?: boolean;
  /** What writes the initial password before Neo4j first starts. */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * The Neo4j server on `scope`: a ClusterIP Service (bolt, and HTTPS with the browser), a
 * one-replica StatefulSet on an encrypted volume that restarts when its certificate is renewed,
 * and a PodDisruptionBudget that lets a drain evict it.
 */
export function createNeo4jWorkload(scope: Construct, options: Neo4jWorkloadOptions): StatefulSetV1 {
  const { deploymentName, name, namespace, podLabels } = options;
  const browser = options.httpsBrowser ?? false;
  const service = new ServiceV1(scope, "Service", {
    metadata: { name, namespace, labels: k8sLabels(deploymentName, "neo4j") },
    spec: {
      type: "ClusterIP",
      selector: podLabels,
      port: [
        { name: "bolt", port: BOLT_PORT, targetPort: String(BOLT_PORT), protocol: "TCP" },
        ...(browser ? [{ name: "https", port: HTTPS_PORT, targetPort: String(HTTPS_PORT), protocol: "TCP" }] : []),
      ],
    },
  });

  const statefulSet = new StatefulSetV1(scope, "Resource", {
    metadata: {
      name,
      namespace,
      labels: { ...k8sLabels(deploymentName, "neo4j"), ...podLabels },
      annotations: { [RELOADER_SECRET_ANNOTATION]: options.certificateSecretName },
    },
    spec: {
      serviceName: service.metadata.name,
      replicas: "1",
      podManagementPolicy: "OrderedReady",
      selector: { matchLabels: podLabels },
      updateStrategy: [{ type: "RollingUpdate" }],
      persistentVolumeClaimRetentionPolicy: [{ whenDeleted: "Retain", whenScaled: "Retain" }],
      template: {
        metadata: {
          labels: { ...k8sLabels(deploymentName, "neo4j"), ...podLabels, ...roleMarker(Role.NEO4J) },
          annotations: defaultContainer("neo4j"),
        },
        spec: neo4jPodSpec(options),
      },
      volumeClaimTemplate: [
        {
          metadata: { name: "data", labels: k8sLabels(deploymentName, "neo4j") },
          spec: {
            accessModes: ["ReadWriteOnce"],
            storageClassName: options.storageClassName,
            resources: { requests: { storage: options.storageSize ?? "100Gi" } },
          },
        },
      ],
    },
    waitForRollout: true,
    lifecycle: { ignoreChanges: [RELOADER_IGNORE_CHANGES] },
    // Neo4j sets its password from NEO4J_AUTH on first start: the init Job must have written it.
    dependsOn: options.dependsOn,
  });

  // One replica: a budget that keeps it available would block every node drain. This one lets the
  // drain evict the pod (Neo4j is down until it is rescheduled on another node) and never lets
  // two pods go at once should the StatefulSet be scaled out.
  new PodDisruptionBudgetV1(scope, "DisruptionBudget", {
    metadata: { name, namespace, labels: k8sLabels(deploymentName, "neo4j") },
    spec: { maxUnavailable: "1", selector: { matchLabels: podLabels } },
  });
  return statefulSet;
}

/** The pod: non-root on a read-only root, conf seeded into an emptyDir, certificates mounted. */
function neo4jPodSpec(options: Neo4jWorkloadOptions): StatefulSetV1SpecTemplateSpec {
  const { image } = options;
  return {
    ...restrictedPodBase(options.serviceAccountName, NEO4J_UID),
    terminationGracePeriodSeconds: 120,
    // The entrypoint appends settings to conf/neo4j.conf, so conf is a writable emptyDir;
    // this seeds it with the image's own files (neo4j.conf, server-logs.xml, user-logs.xml).
    initContainer: [
      {
        name: "conf-seed",
        image,
        imagePullPolicy: "Always",
        command: ["cp", "-R", `${NEO4J_CONF_DIR}/.`, "/seed/"],
        resources: { requests: { cpu: "10m", memory: "32Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
        securityContext: restrictedContainerSecurityContext(NEO4J_UID),
        volumeMount: [{ name: "conf", mountPath: "/seed" }],
      },
    ],
    container: [neo4jContainer(options)],
    volume: [
      { name: "logs", emptyDir: { sizeLimit: "2Gi" } },
      { name: "conf", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
      { name: "run", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
      { name: "tmp", emptyDir: { sizeLimit: "1Gi" } },
      {
        name: "tls",
        secret: {
          secretName: options.certificateSecretName,
          defaultMode: "0440",
          items: [
            { key: "tls.key", path: "private.key" },
            { key: "tls.crt", path: "public.crt" },
            { key: "ca.crt", path: "trusted/ca.crt" },
          ],
        },
      },
    ],
  };
}

/** The Neo4j container: the settings as environment, TCP probes on bolt, writable paths mounted. */
function neo4jContainer(options: Neo4jWorkloadOptions): StatefulSetV1SpecTemplateSpecContainer {
  const memory = options.memory ?? {};
  const containerMemory = memory.containerMemory ?? "3Gi";
  const settings = neo4jSettings({ memory: options.memory, httpsBrowser: options.httpsBrowser });
  const ports = [{ name: "bolt", containerPort: BOLT_PORT, protocol: "TCP" }];
  if (options.httpsBrowser ?? false) ports.push({ name: "https", containerPort: HTTPS_PORT, protocol: "TCP" });
  const probe = (initialDelay: number, failureThreshold: number) => ({
    tcpSocket: [{ port: String(BOLT_PORT) }],
    initialDelaySeconds: initialDelay,
    periodSeconds: 10,
    timeoutSeconds: 5,
    failureThreshold,
  });
  return {
    name: "neo4j",
    image: options.image,
    imagePullPolicy: "Always",
    port: ports,
    env: [
      { name: "NEO4J_AUTH", valueFrom: { secretKeyRef: { name: options.authSecretName, key: "NEO4J_AUTH", optional: false } } },
      ...Object.entries(settings).map(([n, value]) => ({ name: n, value })),
    ],
    resources: {
      requests: { cpu: memory.cpuRequest ?? "500m", memory: containerMemory },
      limits: { cpu: memory.cpuLimit ?? "2", memory: containerMemory },
    },
    startupProbe: probe(10, 60),
    livenessProbe: probe(0, 6),
    readinessProbe: probe(0, 3),
    securityContext: restrictedContainerSecurityContext(NEO4J_UID),
    // Writable paths of the image on a read-only root: see NEO4J_SERVER_CONTRACT. The
    // certificates are not mounted at /ssl, where the entrypoint would rm -rf and
    // re-link $NEO4J_HOME/certificates.
    volumeMount: [
      { name: "data", mountPath: "/data" },
      { name: "logs", mountPath: "/logs" },
      { name: "conf", mountPath: NEO4J_CONF_DIR },
      { name: "run", mountPath: NEO4J_RUN_DIR },
      { name: "tmp", mountPath: "/tmp" },
      { name: "tls", mountPath: NEO4J_TLS_DIR, readOnly: true },
    ],
  };
}
