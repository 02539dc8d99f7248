import { restrictedContainerSecurityContext, restrictedPodBase } from "../core/kubernetes";

/**
 * The password rotator's pods: one container per rotation script (the AWS CLI image talks to
 * Secrets Manager, the Neo4j image to the database over bolt+s), under the restricted profile.
 */

/** What the rotator's pods are made from. */
export interface RotatorPodSettings {
  readonly uid: number;
  readonly awsCliImage: string;
  readonly neo4jImage: string;
  readonly boltUri: string;
  readonly truststorePassword: string;
  readonly tlsSecretName: string;
  readonly secretArn: string;
  readonly region: string;
  readonly serviceAccountName: string;
  readonly scriptsName: string;
  readonly graceMinutes: number;
  /** The two Neo4j users that alternate. */
  readonly users: readonly string[];
}
type Env = Array<{ name: string; value: string }>;
type Mounts = Array<{ name: string; mountPath: string; readOnly?: boolean }>;

/** A container of the rotator's pods: one script, under the restricted security context. */
function scriptContainer(uid: number, name: string, image: string, args: string[], env: Env, volumeMount: Mounts) {
  return {
    name,
    image,
    imagePullPolicy: "Always",
    command: ["bash"],
    args,
    env,
    volumeMount,
    resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
    securityContext: restrictedContainerSecurityContext(uid),
  };
}
type RotatorContainer = ReturnType<typeof scriptContainer>;

/** The rotator's pod spec: restricted, never restarted, with the scripts, work folders and truststore. */
function rotatorPodSpec(s: RotatorPodSettings, containers: RotatorContainer[], initContainers: RotatorContainer[]) {
  return {
    ...restrictedPodBase(s.serviceAccountName, s.uid),
    restartPolicy: "Never",
    initContainer: initContainers,
    container: containers,
    volume: [
      { name: "scripts", configMap: { name: s.scriptsName, defaultMode: "0555" } },
      { name: "work", emptyDir: { medium: "Memory", sizeLimit: "1Mi" } },
      { name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } },
      {
        name: "truststore",
        secret: { secretName: s.tlsSecretName, defaultMode: "0444", items: [{ key: "truststore.p12", path: "truststore.p12" }] },
      },
    ],
  };
}

/** How the rotator's pods are made: its containers (one script each) and their pod spec. */
export interface RotatorPods {
  /** A script run with the AWS CLI image (Secrets Manager). */
  aws(name: string, args: string[]): RotatorContainer;
  /** A script run with the Neo4j image (cypher-shell over bolt+s, trusting the bolt certificate). */
  neo4j(name: string, args: string[]): RotatorContainer;
  spec(containers: RotatorContainer[], initContainers?: RotatorContainer[]): ReturnType<typeof rotatorPodSpec>;
}

export function rotatorPods(s: RotatorPodSettings): RotatorPods {
  const awsEnv = [
    { name: "SECRET_ARN", value: s.secretArn },
    { name: "NEO4J_USERS", value: s.users.join(" ") },
    { name: "AWS_REGION", value: s.region },
    { name: "WORK_DIR", value: "/run/rotation" },
    { name: "HOME", value: "/tmp" },
  ];
  const neo4jEnv = [
    { name: "WORK_DIR", value: "/run/rotation" },
    { name: "HOME", value: "/tmp" },
    { name: "NEO4J_URI", value: s.boltUri },
    { name: "GRACE_SECONDS", value: String(s.graceMinutes * 60) },
    {
      name: "JAVA_TOOL_OPTIONS",
      value: `-Djavax.net.ssl.trustStore=/tls/truststore.p12 -Djavax.net.ssl.trustStoreType=PKCS12 -Djavax.net.ssl.trustStorePassword=${s.truststorePassword}`,
    },
  ];
  const mounts = [
    { name: "scripts", mountPath: "/scripts", readOnly: true },
    { name: "work", mountPath: "/run/rotation" },
    { name: "tmp", mountPath: "/tmp" },
  ];
  const truststore = { name: "truststore", mountPath: "/tls", readOnly: true };
  return {
    aws: (name, args) => scriptContainer(s.uid, name, s.awsCliImage, args, awsEnv, mounts),
    neo4j: (name, args) => scriptContainer(s.uid, name, s.neo4jImage, args, neo4jEnv, [...mounts, truststore]),
    spec: (containers, initContainers = []) => rotatorPodSpec(s, containers, initContainers),
  };
}
