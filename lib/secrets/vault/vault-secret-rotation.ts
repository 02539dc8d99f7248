import { readFileSync } from "fs";
import { join } from "path";
import { Construct } from "constructs";
import { ConfigMapV1 } from "../../compat/kubernetes/config-map-v1";
import { CronJobV1 } from "../../compat/kubernetes/cron-job-v1";
import { JobV1 } from "../../compat/kubernetes/job-v1";
import { ServiceAccountV1 } from "../../compat/kubernetes/service-account-v1";
import { ErrorCodes, invalidInput } from "../../core/errors";
import { checkImage, restrictedContainerSecurityContext, restrictedPodBase, ROTATION_CRON_JOB_SCHEDULING } from "../../core/kubernetes";
import { terraformLiterals } from "../../core/literal";
import { k8sLabels } from "../../core/tags";
import { requireDnsLabel, requireIntegerInRange } from "../../core/validators";
import { NetworkEndpoint } from "../../core/endpoint";
import { NetworkModel } from "../../network/network-model";
import { MAX_KEY_LENGTH, MIN_KEY_LENGTH } from "../../policy/key-limits";
import { Role, roleMarker } from "../../policy/markers";
import { isCronSchedule } from "../../policy/schedule";
import { VAULT_CLIENT_SCRIPT, vaultRotatorEnv, vaultTokenMount, vaultTokenVolume } from "./vault-login";
import { VaultSecret } from "./vault-secret";
import { VaultStore } from "./vault-store";

const component = "VaultSecretRotation";

/** Image of the rotator (it runs `rotate.mjs` with Node's standard library only). */
export const DEFAULT_VAULT_ROTATOR_IMAGE = "node:22.12.0-alpine3.21";
/** The rotator's user id (the node image's `node` user). */
const ROTATOR_UID = 1000;

/** Properties of {@link VaultSecretRotation}. */
export interface VaultSecretRotationProps {
  readonly store: VaultStore;
  /**
   * Who rotates (DNS label): the rotator's service account, CronJob and Vault role are named after
   * it. One rotation per set of secrets that rotate together, e.g. `api-key-rotation`.
   */
  readonly consumer: string;
  /** Names of the secrets it rotates, under the store's prefix (e.g. `api-key/operators`). */
  readonly secrets: string[];
  /** Namespace of the rotator (a literal). */
  readonly namespaceName: string;
  /** Namespace as a reference to the namespace resource, for `metadata.namespace`. @default namespaceName */
  readonly namespace?: string;
  /**
   * When to rotate: a 5-field cron expression in UTC. The previous value stays readable (field
   * `previous`) until the next rotation: that interval is the overlap window.
   * @default "0 3 1 * *" (03:00 UTC on the first day of each month)
   */
  readonly schedule?: string;
  /** Length of the generated values, in hex characters (even, at least 32). @default 64 */
  readonly keyLength?: number;
  /** The rotator's image (Node 18 or later), best pinned by digest. @default DEFAULT_VAULT_ROTATOR_IMAGE */
  readonly image?: string;
  /** @default "meshoptixiq" */
  readonly deploymentName?: string;
}

/**
 * Rotates random secrets (API keys) in Vault from inside the cluster, on a schedule.
 *
 * A CronJob logs in to Vault with Kubernetes auth (its own service account, a projected token of
 * audience `vault` that lives 10 minutes), writes for each secret a new KV version
 * `{ value, previous }` with check-and-set, and revokes its token. Its Vault policy holds
 * create/read/update on exactly these paths and nothing else; its only egress is DNS and the Vault
 * CIDRs. No value passes through Terraform or its state. Consumers read `value` (and `previous`
 * during the overlap); External Secrets refreshes them and Reloader restarts the API.
 */
export class VaultSecretRotation extends Construct {
  /** The secrets, in the order given. */
  public readonly secrets: VaultSecret[];
  /** The CronJob (escape hatch). */
  public readonly resource: CronJobV1;
  public readonly serviceAccount: ServiceAccountV1;
  /**
   * The Job that gives each secret its first value inside the apply (a secret that has one keeps
   * it). Make the readers of the secrets depend on it.
   */
  public readonly initJob: JobV1;

  constructor(scope: Construct, id: string, props: VaultSecretRotationProps) {
    super(scope, id);
    const { deploymentName, consumer, schedule, keyLength } = checkedSettings(props);
    const image = props.image ?? DEFAULT_VAULT_ROTATOR_IMAGE;
    checkImage(this, component, "image", image);
    const namespaceName = requireDnsLabel(component, "namespaceName", props.namespaceName);
    const namespace = props.namespace ?? namespaceName;
    const name = `${deploymentName}-${consumer}`.slice(0, 52).replace(/-+$/, "");
    const identity = { consumer, namespace: namespaceName, serviceAccountName: name };

    this.secrets = props.secrets.map(
      (secret, i) => new VaultSecret(this, `Secret${i === 0 ? "" : i + 1}`, { store: props.store, name: secret, rotated: true }),
    );
    this.secrets.forEach((s) => props.store.grantRotate(identity, s.vaultPath));

    const labels = { ...k8sLabels(deploymentName, consumer) };
    this.serviceAccount = new ServiceAccountV1(this, "ServiceAccount", {
      metadata: { name, namespace, labels },
      automountServiceAccountToken: false,
    });
    const config = new ConfigMapV1(this, "Script", {
      metadata: { name, namespace, labels },
      data: terraformLiterals({
        "rotate.mjs": readFileSync(join(__dirname, "rotation", "rotate.mjs"), "utf8"),
        "vault-client.mjs": VAULT_CLIENT_SCRIPT,
        "vault-ca.pem": props.store.caBundlePem,
      }),
    });

    const model = NetworkModel.of(this);
    const rotator = NetworkEndpoint.workload(name, { namespace: namespaceName, podLabels: labels });
    const networkPolicy = model.addWorkload(rotator, { namespaceRef: namespace });
    model.allow(rotator, props.store.endpoint, { port: props.store.port }, "Vault (secret rotation)");
    model.allowDns(rotator);

    const env = {
      ...vaultRotatorEnv(
        props.store,
        consumer,
        "/etc/rotation/vault-ca.pem",
        this.secrets.map((s) => s.vaultPath),
      ),
      KEY_LENGTH: String(keyLength),
    };
    const podSpec = (mode: "init" | "rotate") =>
      rotatorPodSpec(this.serviceAccount.metadata.name, config.metadata.name, image, { ...env, ROTATE_MODE: mode }, mode);
    // The first values, inside the apply (a path that has one keeps it): consumers never wait for
    // the first scheduled rotation.
    this.initJob = new JobV1(this, "InitJob", {
      metadata: { name: `${name}-init`, namespace, labels },
      spec: { backoffLimit: 4, activeDeadlineSeconds: 600, template: { metadata: { labels }, spec: podSpec("init") } },
      waitForCompletion: true,
      timeouts: { create: "10m", update: "10m" },
      dependsOn: [networkPolicy],
    });
    this.resource = new CronJobV1(this, "CronJob", {
      metadata: { name, namespace, labels: { ...labels, ...roleMarker(Role.VAULT_SECRET_ROTATION) } },
      spec: {
        schedule,
        ...ROTATION_CRON_JOB_SCHEDULING,
        jobTemplate: {
          metadata: { labels },
          spec: { backoffLimit: 4, activeDeadlineSeconds: 600, template: { metadata: { labels }, spec: podSpec("rotate") } },
        },
      },
    });
  }
}

/** The props, checked (failing synth on invalid input), with their defaults. */
function checkedSettings(props: VaultSecretRotationProps) {
  const deploymentName = requireDnsLabel(component, "deploymentName", props.deploymentName ?? "meshoptixiq");
  const consumer = requireDnsLabel(component, "consumer", props.consumer);
  const schedule = props.schedule ?? "0 3 1 * *";
  if (!isCronSchedule(schedule)) {
    throw invalidInput(ErrorCodes.ROTATION_SCHEDULE, {
      component,
      property: "schedule",
      received: schedule,
      allowed: "a 5-field cron expression (minute hour day-of-month month day-of-week, UTC)",
      fix: 'e.g. "0 3 1 * *" for 03:00 UTC on the first day of each month',
    });
  }
  const keyLength = requireIntegerInRange(
    ErrorCodes.KEY_LENGTH,
    component,
    "keyLength",
    props.keyLength ?? 64,
    MIN_KEY_LENGTH,
    MAX_KEY_LENGTH,
    "use 64 hex characters (256 bits)",
  );
  if (keyLength % 2 !== 0) {
    throw invalidInput(ErrorCodes.KEY_LENGTH, {
      component,
      property: "keyLength",
      received: keyLength,
      allowed: "an even number of hex characters",
      fix: `use ${keyLength + 1}`,
    });
  }
  if (props.secrets.length === 0) {
    throw invalidInput(ErrorCodes.REQUIRED, {
      component,
      property: "secrets",
      received: props.secrets,
      allowed: "at least one secret name",
      fix: 'name the secrets to rotate, e.g. ["api-key/operators"]',
    });
  }
  return { deploymentName, consumer, schedule, keyLength };
}

/** The rotator's pod: restricted, never restarted, the script and CA read-only, a projected token of audience vault. */
function rotatorPodSpec(serviceAccountName: string, configMapName: string, image: string, env: Record<string, string>, name: string) {
  return {
    ...restrictedPodBase(serviceAccountName, ROTATOR_UID),
    restartPolicy: "Never",
    container: [
      {
        name,
        image,
        imagePullPolicy: "Always",
        command: ["node"],
        args: ["/etc/rotation/rotate.mjs"],
        env: Object.entries(env).map(([n, value]) => ({ name: n, value })),
        volumeMount: [{ name: "rotation", mountPath: "/etc/rotation", readOnly: true }, vaultTokenMount()],
        resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
        securityContext: restrictedContainerSecurityContext(ROTATOR_UID),
      },
    ],
    volume: [{ name: "rotation", configMap: { name: configMapName, defaultMode: "0444" } }, vaultTokenVolume()],
  };
}
