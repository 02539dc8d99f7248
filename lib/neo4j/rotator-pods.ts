import { restrictedContainerSecurityContext, restrictedPodBase } from "../core/kubernetes";

/**
 * The password rotator's pods: one container per rotation step, under the restricted profile. The
 * steps that read and write the credential run in the store's image (the AWS CLI for Secrets
 * Manager, Node for Vault), the steps that change Neo4j users in the Neo4j image (cypher-shell
 * over bolt+s).
 */

type Env = Array<{ name: string; value: string }>;
type Mounts = Array<{ name: string; mountPath: string; readOnly?: boolean }>;

/** How the credential store's steps run: their image, interpreter, settings, and what they mount. */
export interface StoreSteps {
  readonly image: string;
  /** The interpreter of the step scripts (`bash` for the AWS CLI steps, `node` for the Vault steps). */
  readonly command: string;
  readonly env: Env;
  /** @default - none besides the scripts and work folders */
  readonly mounts?: Mounts;
  /** @default - none besides the scripts, work folders and truststore */
  readonly volumes?: Array<Record<string, unknown>>;
}

/** What the rotator's pods are made from. */
export interface RotatorPodSettings {
  readonly uid: number;
  readonly neo4jImage: string;
  readonly boltUri: string;
  readonly truststorePassword: string;
  readonly tlsSecretName: string;
  readonly serviceAccountName: string;
  readonly scriptsName: string;
  readonly graceMinutes: number;
  /** The credential store's steps. */
  readonly store: StoreSteps;
}

/** A container of the rotator's pods: one script, under the restricted security context. */
function scriptContainer(uid: number, name: string, image: string, command: string, args: string[], env: Env, volumeMount: Mounts) {
  return {
    name,
    image,
    imagePullPolicy: "Always",
    command: [command],
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
      ...(s.store.volumes ?? []),
    ],
  };
}

/** How the rotator's pods are made: its containers (one script each) and their pod spec. */
export interface RotatorPods {
  /** A step run in the store's image (reads and writes the credential). */
  store(name: string, args: string[]): RotatorContainer;
  /** A script run with the Neo4j image (cypher-shell over bolt+s, trusting the bolt certificate). */
  neo4j(name: string, args: string[]): RotatorContainer;
  spec(containers: RotatorContainer[], initContainers?: RotatorContainer[]): ReturnType<typeof rotatorPodSpec>;
}

export function rotatorPods(s: RotatorPodSettings): RotatorPods {
  const work = [
    { name: "WORK_DIR", value: "/run/rotation" },
    { name: "HOME", value: "/tmp" },
  ];
  const neo4jEnv = [
    ...work,
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
  const store = s.store;
  return {
    store: (name, args) =>
      scriptContainer(s.uid, name, store.image, store.command, args, [...store.env, ...work], [...mounts, ...(store.mounts ?? [])]),
    neo4j: (name, args) => scriptContainer(s.uid, name, s.neo4jImage, "bash", args, neo4jEnv, [...mounts, truststore]),
    spec: (containers, initContainers = []) => rotatorPodSpec(s, containers, initContainers),
  };
}
