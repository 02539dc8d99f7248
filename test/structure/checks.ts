// Structural checks over a synthesized cdk.tf.json: classes of first-apply defects that
// `terraform validate` cannot see. Each check is a pure function of the parsed JSON and returns
// findings as strings ("<address>: <what is wrong>; <how to fix>"); an empty list means the stack
// passes. `structuralFindings` runs them all, for the examples and for any other synthesized
// configuration (e.g. a configuration matrix).
import { API_IMAGE_CONTRACTS } from "../../lib/api/image-contract";
import { TARGET_GROUP_BINDING_IMMUTABLE_FIELDS } from "../../lib/api/secure-mesh-api";
import { ContainerView, contractApplies, ImageContract, writtenPaths } from "../../lib/core/image-contract";
import {
  RELOADER_CONFIGMAP_ANNOTATION,
  RELOADER_IGNORE_CHANGES,
  RELOADER_LAST_RELOADED_ANNOTATION,
  RELOADER_SECRET_ANNOTATION,
} from "../../lib/core/kubernetes";
import { compareVersions, Prerequisite, PREREQUISITES, VERSION_FLOORS, VersionFloor } from "../../lib/core/prerequisites";
import { many, one, podTemplates, TerraformJson } from "../../lib/guard/model";
import { NEO4J_IMAGE_CONTRACTS } from "../../lib/neo4j/image-contract";
import { VAULT_IMAGE_CONTRACTS } from "../../lib/secrets/vault/image-contract";
import {
  Address,
  allResources,
  dependencyGraph,
  dependsOn,
  exactReference,
  isInterpolated,
  literalOf,
  metadataOf,
  namespaceLiteral,
  referencesIn,
  referencesInExpression,
} from "./refs";

/** Every image contract the library ships (Neo4j side and API side). */
export const IMAGE_CONTRACTS: readonly ImageContract[] = [...NEO4J_IMAGE_CONTRACTS, ...API_IMAGE_CONTRACTS, ...VAULT_IMAGE_CONTRACTS];

/** A check: the findings of one class of defect. */
export type StructuralCheck = (tf: TerraformJson) => string[];

// ---------------------------------------------------------------------------------------------
// 1. Objects of the same stack are named by reference, never by repeating their name.
// ---------------------------------------------------------------------------------------------

/** Kinds of objects a resource can name. */
type Kind = "Namespace" | "ServiceAccount" | "Secret" | "ConfigMap" | "StorageClass" | "Service" | "SecretStore" | "Issuer" | "TargetGroup";

const CLUSTER_SCOPED: ReadonlySet<Kind> = new Set<Kind>(["Namespace", "StorageClass", "TargetGroup"]);

/** An object the stack creates, and the name other objects would use for it. */
interface Created {
  readonly kind: Kind;
  readonly name: string;
  readonly namespace?: string;
  readonly address: Address;
  /** How to reference it, for the message. */
  readonly reference: string;
}

const TYPED: Record<string, Kind> = {
  kubernetes_namespace: "Namespace",
  kubernetes_namespace_v1: "Namespace",
  kubernetes_service_account: "ServiceAccount",
  kubernetes_service_account_v1: "ServiceAccount",
  kubernetes_secret: "Secret",
  kubernetes_secret_v1: "Secret",
  kubernetes_config_map: "ConfigMap",
  kubernetes_config_map_v1: "ConfigMap",
  kubernetes_storage_class: "StorageClass",
  kubernetes_storage_class_v1: "StorageClass",
  kubernetes_service: "Service",
  kubernetes_service_v1: "Service",
};

/** The objects the stack creates, by kind. */
function createdObjects(tf: TerraformJson): Created[] {
  const out: Created[] = [];
  for (const [address, config] of allResources(tf)) {
    const type = address.split(".")[0];
    const kind = TYPED[type];
    if (kind) {
      const name = literalOf(tf, one(config.metadata)?.name);
      if (name)
        out.push({ kind, name, namespace: namespaceLiteral(tf, address, config), address, reference: `\${${address}.metadata[0].name}` });
      continue;
    }
    if (type === "aws_lb_target_group" && typeof config.name === "string") {
      out.push({ kind: "TargetGroup", name: config.name, address, reference: `\${${address}.arn}` });
      continue;
    }
    if (type !== "kubernetes_manifest") continue;
    const m = config.manifest ?? {};
    const namespace = namespaceLiteral(tf, address, config);
    const add = (kind: Kind, name: unknown, path: string) => {
      const literal = literalOf(tf, name);
      if (literal) out.push({ kind, name: literal, namespace, address, reference: `\${${address}.manifest.${path}}` });
    };
    if (m.kind === "ExternalSecret")
      add("Secret", m.spec?.target?.name ?? m.metadata?.name, m.spec?.target?.name ? "spec.target.name" : "metadata.name");
    if (m.kind === "Certificate") add("Secret", m.spec?.secretName, "spec.secretName");
    if (m.kind === "SecretStore") add("SecretStore", m.metadata?.name, "metadata.name");
    if (m.kind === "Issuer") add("Issuer", m.metadata?.name, "metadata.name");
  }
  return out;
}

/** Where a resource names another object: the last keys of the path (normalized), and the kind. */
const NAME_SITES: ReadonlyArray<{ suffix: string[]; kind: Kind }> = [
  { suffix: ["metadata", "namespace"], kind: "Namespace" },
  { suffix: ["serviceaccountname"], kind: "ServiceAccount" },
  { suffix: ["serviceaccountref", "name"], kind: "ServiceAccount" },
  { suffix: ["secret", "secretname"], kind: "Secret" },
  { suffix: ["secretkeyref", "name"], kind: "Secret" },
  { suffix: ["secretref", "name"], kind: "Secret" },
  { suffix: ["ca", "secretname"], kind: "Secret" },
  { suffix: ["configmapkeyref", "name"], kind: "ConfigMap" },
  { suffix: ["configmap", "name"], kind: "ConfigMap" },
  { suffix: ["configmapref", "name"], kind: "ConfigMap" },
  { suffix: ["storageclassname"], kind: "StorageClass" },
  { suffix: ["servicename"], kind: "Service" },
  { suffix: ["serviceref", "name"], kind: "Service" },
  { suffix: ["secretstoreref", "name"], kind: "SecretStore" },
  { suffix: ["issuerref", "name"], kind: "Issuer" },
  { suffix: ["targetgrouparn"], kind: "TargetGroup" },
];

const normalize = (key: string) => key.toLowerCase().replace(/_/g, "");

/** Every string leaf of a value with its (normalized, index-free) key path. */
function leaves(value: unknown, path: string[] = []): Array<{ path: string[]; value: string }> {
  if (typeof value === "string") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, path));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, normalize(k)]));
  return [];
}

/**
 * A resource that names an object created in the same stack (namespace, service account, secret,
 * ConfigMap, storage class, service, SecretStore, issuer, target group) must reference it: a
 * repeated literal gives Terraform no ordering (the namespace race of the first apply) and drifts
 * when the object is renamed.
 */
export const namedObjectsAreReferenced: StructuralCheck = (tf) => {
  const created = createdObjects(tf);
  const out: string[] = [];
  for (const [address, config] of allResources(tf)) {
    const { lifecycle, depends_on: _dependsOn, ...body } = config ?? {};
    void lifecycle;
    const siteNamespace = namespaceLiteral(tf, address, config);
    for (const leaf of leaves(body)) {
      if (isInterpolated(leaf.value)) continue;
      const site = NAME_SITES.find((s) => s.suffix.every((k, i) => leaf.path[leaf.path.length - s.suffix.length + i] === k));
      if (!site) continue;
      const target = created.find(
        (c) =>
          c.kind === site.kind &&
          c.address !== address &&
          (site.kind === "TargetGroup" ? leaf.value === c.name || leaf.value.includes(`:targetgroup/${c.name}/`) : leaf.value === c.name) &&
          (CLUSTER_SCOPED.has(c.kind) ||
            site.kind === "Namespace" ||
            c.namespace === undefined ||
            siteNamespace === undefined ||
            c.namespace === siteNamespace),
      );
      if (!target) continue;
      out.push(
        `${address}: ${leaf.path.join(".")} repeats the name "${leaf.value}" of ${target.kind} ${target.address} as a literal; reference it (${target.reference}) so Terraform creates it first`,
      );
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// 2. No PodDisruptionBudget blocks every eviction.
// ---------------------------------------------------------------------------------------------

const WORKLOAD_TYPES = ["kubernetes_deployment_v1", "kubernetes_deployment", "kubernetes_stateful_set_v1", "kubernetes_stateful_set"];

/** Replicas of the stack's Deployments/StatefulSets a selector matches, in a namespace. */
function selectedReplicas(tf: TerraformJson, namespace: string | undefined, matchLabels: Record<string, string>): number | undefined {
  let total: number | undefined;
  for (const [address, config] of allResources(tf)) {
    if (!WORKLOAD_TYPES.includes(address.split(".")[0])) continue;
    if (namespace !== undefined && namespaceLiteral(tf, address, config) !== namespace) continue;
    const spec = one(config.spec);
    const labels = one(one(spec?.template)?.metadata)?.labels ?? {};
    if (!Object.entries(matchLabels).every(([k, v]) => labels[k] === v)) continue;
    total = (total ?? 0) + Number(spec?.replicas ?? 1);
  }
  return total;
}

/**
 * A PodDisruptionBudget must let a node drain evict at least one pod: `maxUnavailable` of 0 (or 0%),
 * `minAvailable` of 100%, or a `minAvailable` as large as the replicas it selects blocks every drain.
 */
export const disruptionBudgetsAllowEviction: StructuralCheck = (tf) => {
  const out: string[] = [];
  for (const [address, config] of allResources(tf)) {
    const type = address.split(".")[0];
    if (type !== "kubernetes_pod_disruption_budget_v1" && type !== "kubernetes_pod_disruption_budget") continue;
    const spec = one(config.spec) ?? {};
    const maxUnavailable = spec.max_unavailable;
    const minAvailable = spec.min_available;
    const blocked = (why: string) =>
      out.push(`${address}: ${why}, so every eviction (node drain) is refused; allow at least one pod to go`);
    if (maxUnavailable !== undefined && /^0+%?$/.test(String(maxUnavailable))) {
      blocked(`maxUnavailable is ${maxUnavailable}`);
      continue;
    }
    if (minAvailable === undefined) continue;
    if (String(minAvailable) === "100%") {
      blocked("minAvailable is 100%");
      continue;
    }
    if (/^\d+$/.test(String(minAvailable))) {
      const replicas = selectedReplicas(tf, namespaceLiteral(tf, address, config), one(spec.selector)?.match_labels ?? {});
      if (replicas !== undefined && Number(minAvailable) >= replicas)
        blocked(`minAvailable ${minAvailable} with ${replicas} selected replica${replicas === 1 ? "" : "s"}`);
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// 3. Every External Secrets version reference resolves on the first sync.
// ---------------------------------------------------------------------------------------------

/** Resources that give an in-stack Secrets Manager secret its first value. */
function populators(tf: TerraformJson, secret: Address): Address[] {
  const out: Address[] = [];
  for (const [address, config] of allResources(tf)) {
    const type = address.split(".")[0];
    const refsSecret = () => referencesIn(tf, config).some((r) => r.address === secret);
    if (type === "aws_secretsmanager_secret_rotation" && config.rotate_immediately !== false && refsSecret()) out.push(address);
    if (type === "aws_secretsmanager_secret_version" && refsSecret()) out.push(address);
    // A Job handed the secret writes its first value (the Neo4j password init Job).
    if ((type === "kubernetes_job_v1" || type === "kubernetes_job") && refsSecret()) out.push(address);
  }
  return out;
}

/** Consumers of a Kubernetes Secret in pod templates: env references and volumes. */
function secretConsumers(tf: TerraformJson, isTheSecret: (name: unknown, podAddress: Address) => boolean) {
  const out: Array<{ address: Address; what: string; key?: string; optional: boolean }> = [];
  for (const pod of podTemplates(tf)) {
    for (const c of [...many(pod.spec?.init_container), ...many(pod.spec?.container)]) {
      for (const e of many(c.env)) {
        const ref = one(one(e.value_from)?.secret_key_ref);
        if (ref && isTheSecret(ref.name, pod.resource.address))
          out.push({ address: pod.resource.address, what: `env ${e.name}`, key: ref.key, optional: ref.optional === true });
      }
      for (const e of many(c.env_from)) {
        const ref = one(e.secret_ref);
        if (ref && isTheSecret(ref.name, pod.resource.address))
          out.push({ address: pod.resource.address, what: "env_from", optional: ref.optional === true });
      }
    }
    for (const v of many(pod.spec?.volume)) {
      const secret = one(v.secret);
      if (secret && isTheSecret(secret.secret_name, pod.resource.address))
        out.push({ address: pod.resource.address, what: `volume ${v.name}`, optional: secret.optional === true });
    }
  }
  return out;
}

/**
 * External Secrets resolves `remoteRef.version` as a version stage (default AWSCURRENT). A reference
 * that may not exist on the first sync (AWSPREVIOUS before the second rotation, AWSPENDING, a
 * version id, or AWSCURRENT of an in-stack secret the ExternalSecret is not created after the
 * writer of) must sit in an ExternalSecret whose deletionPolicy skips missing data (Delete or Merge:
 * with Retain the whole sync fails and no Secret is written), and every consumer of what it delivers
 * must be optional.
 */
export const externalSecretsResolveOnFirstSync: StructuralCheck = (tf) => {
  const out: string[] = [];
  const graph = dependencyGraph(tf);
  for (const [address, config] of allResources(tf)) {
    const m = config.manifest;
    if (!address.startsWith("kubernetes_manifest.") || m?.kind !== "ExternalSecret") continue;
    const target = m.spec?.target ?? {};
    const policy = String(target.deletionPolicy ?? "Retain");
    const items = [
      ...many(m.spec?.data).map((d: any) => ({ key: d.secretKey as string | undefined, ref: d.remoteRef ?? {} })),
      ...many(m.spec?.dataFrom).map((d: any) => ({ key: undefined, ref: d.extract ?? {} })),
    ];
    const missing = items.filter(({ ref }) => {
      const version = String(ref.version ?? "AWSCURRENT");
      if (version !== "AWSCURRENT") return true;
      const secret = referencesIn(tf, ref.key).find((r) => r.address.startsWith("aws_secretsmanager_secret."));
      if (!secret) return false; // a secret of another stack, or managed by its service (RDS): exists
      return !populators(tf, secret.address).some((p) => dependsOn(graph, address, p));
    });
    if (missing.length === 0) continue;
    const describe = missing.map(({ ref }) => String(ref.version ?? "AWSCURRENT")).join(", ");
    if (policy === "Retain") {
      out.push(
        `${address}: reads ${describe} that may not exist on the first sync, with deletionPolicy Retain: External Secrets fails the whole sync and writes no Secret; read only values that exist (create the ExternalSecret after what writes the first value) or use deletionPolicy Delete with optional consumers`,
      );
    }
    if (target.template && missing.length > 0) {
      out.push(`${address}: renders a template over ${describe}, which may be missing on the first sync`);
    }
    const secretName = literalOf(tf, target.name ?? m.metadata?.name);
    const namespace = namespaceLiteral(tf, address, config);
    const isTheSecret = (name: unknown, podAddress: Address) => {
      const ref = exactReference(tf, name);
      if (ref) return ref.address === address;
      return name === secretName && namespaceLiteral(tf, podAddress, allResources(tf).get(podAddress)) === namespace;
    };
    const whole = missing.length === items.length;
    const missingKeys = new Set(missing.map((i) => i.key));
    for (const consumer of secretConsumers(tf, isTheSecret)) {
      const affected = whole || (consumer.key !== undefined && missingKeys.has(consumer.key));
      if (affected && !consumer.optional)
        out.push(
          `${consumer.address}: ${consumer.what} requires the Secret of ${address}${consumer.key ? ` (key ${consumer.key})` : ""}, which may not exist after the first sync; mark it optional`,
        );
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// 4. Read-only-root containers get a writable mount for every path their image writes.
// ---------------------------------------------------------------------------------------------

const WRITABLE_VOLUME_KEYS = ["empty_dir", "persistent_volume_claim", "ephemeral"];

/**
 * Every container with a read-only root filesystem is covered by an image contract
 * (IMAGE_CONTRACTS), mounts a writable volume at (or above) each path the contract says it writes,
 * and mounts nothing at a path the contract forbids.
 */
export const readOnlyRootsHaveWritablePaths: StructuralCheck = (tf) => {
  const out: string[] = [];
  for (const pod of podTemplates(tf)) {
    const claimTemplates = new Set(
      many(one(pod.resource.config.spec)?.volume_claim_template).map((t: any) => String(one(t.metadata)?.name)),
    );
    const writableVolumes = new Set(
      many(pod.spec?.volume)
        .filter((v: any) => WRITABLE_VOLUME_KEYS.some((k) => v[k] !== undefined))
        .map((v: any) => String(v.name)),
    );
    for (const c of [...many(pod.spec?.init_container), ...many(pod.spec?.container)]) {
      if (one(c.security_context)?.read_only_root_filesystem !== true) continue;
      const view: ContainerView = {
        name: String(c.name),
        image: String(c.image),
        command: many(c.command).map(String),
        args: many(c.args).map(String),
        env: Object.fromEntries(
          many(c.env)
            .filter((e: any) => typeof e.value === "string")
            .map((e: any) => [e.name, e.value]),
        ),
      };
      const where = `${pod.resource.address}: container ${view.name} (${view.image})`;
      const contracts = IMAGE_CONTRACTS.filter((k) => contractApplies(k, view));
      if (contracts.length === 0) {
        out.push(`${where} has a read-only root but no image contract says what it writes; add one beside its construct`);
        continue;
      }
      const mounts = many(c.volume_mount).map((mnt: any) => ({
        path: String(mnt.mount_path).replace(/\/+$/, "") || "/",
        writable: mnt.read_only !== true && (writableVolumes.has(String(mnt.name)) || claimTemplates.has(String(mnt.name))),
        name: String(mnt.name),
      }));
      for (const contract of contracts) {
        for (const path of writtenPaths(contract, view)) {
          const covered = mounts.some(
            (mnt) => mnt.writable && (path === mnt.path || path.startsWith(`${mnt.path === "/" ? "" : mnt.path}/`)),
          );
          if (!covered) out.push(`${where} writes ${path} (${contract.id}) but no writable volume is mounted there`);
        }
        for (const forbidden of contract.forbiddenMounts ?? []) {
          if (mounts.some((mnt) => mnt.path === forbidden.path))
            out.push(`${where} mounts ${forbidden.path}: ${forbidden.why} (${contract.id})`);
        }
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// 5. A TargetGroupBinding is replaced, not updated, when an immutable field would change.
// ---------------------------------------------------------------------------------------------

/**
 * The Load Balancer Controller refuses updates of a TargetGroupBinding's immutable fields. Each
 * resource those fields reference (the target group) must be in the binding's
 * `lifecycle.replace_triggered_by`, so a replaced target group replaces the binding.
 */
export const targetGroupBindingsAreReplaced: StructuralCheck = (tf) => {
  const out: string[] = [];
  const known = allResources(tf);
  for (const [address, config] of known) {
    const m = config.manifest;
    if (!address.startsWith("kubernetes_manifest.") || m?.kind !== "TargetGroupBinding") continue;
    const triggers = many(config.lifecycle?.replace_triggered_by).flatMap((t: unknown) =>
      referencesInExpression(known, String(t).replace(/^\$\{|\}$/g, "")).map((r) => r.address),
    );
    for (const field of TARGET_GROUP_BINDING_IMMUTABLE_FIELDS) {
      const value = field.split(".").reduce((v: any, k) => v?.[k], m);
      for (const ref of referencesIn(tf, value)) {
        if (!triggers.includes(ref.address))
          out.push(
            `${address}: ${field} comes from ${ref.address}, and the Load Balancer Controller refuses to update it; add ${ref.address} to lifecycle.replace_triggered_by`,
          );
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// 6. Reloader's annotations strategy: Terraform ignores exactly the annotation it writes.
// ---------------------------------------------------------------------------------------------

/**
 * A workload that asks Reloader for restarts must ignore `reloader.stakater.com/last-reloaded-from`
 * on its pod template (the annotations strategy writes it), and carry no `STAKATER_*` variable (the
 * env-vars strategy's, which Terraform would keep removing).
 */
export const reloaderWorkloadsIgnoreTheirAnnotation: StructuralCheck = (tf) => {
  const out: string[] = [];
  for (const pod of podTemplates(tf)) {
    const annotations = {
      ...(metadataOf(pod.resource.address, pod.resource.config)?.annotations ?? {}),
      ...(pod.metadata?.annotations ?? {}),
    };
    const uses = [RELOADER_SECRET_ANNOTATION, RELOADER_CONFIGMAP_ANNOTATION, "reloader.stakater.com/auto"].some(
      (a) => annotations[a] !== undefined,
    );
    if (!uses) continue;
    const ignored = many(pod.resource.config.lifecycle?.ignore_changes).map(String);
    if (!ignored.includes(RELOADER_IGNORE_CHANGES))
      out.push(
        `${pod.resource.address}: asks Reloader for restarts but does not ignore ${RELOADER_LAST_RELOADED_ANNOTATION}; add ${RELOADER_IGNORE_CHANGES} to ignore_changes`,
      );
    for (const c of [...many(pod.spec?.init_container), ...many(pod.spec?.container)]) {
      for (const e of many(c.env).filter((x: any) => String(x.name).startsWith("STAKATER_")))
        out.push(
          `${pod.resource.address}: container ${c.name} sets ${e.name}, a variable of Reloader's env-vars strategy; run Reloader with --reload-strategy=annotations`,
        );
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// 7. Every custom resource kind is covered by a documented prerequisite.
// ---------------------------------------------------------------------------------------------

/**
 * Each `kubernetes_manifest` apiVersion/kind needs an operator listed in PREREQUISITES, and the
 * documented minimum version must be at least every VERSION_FLOORS entry the object triggers (its
 * kind, or a field it sets such as cert-manager's `keystores.pkcs12.password`).
 */
export const customResourcesHavePrerequisites: StructuralCheck = (tf) => prerequisiteFindings(tf);

/** {@link customResourcesHavePrerequisites} against a given list of prerequisites and floors. */
export function prerequisiteFindings(
  tf: TerraformJson,
  prerequisites: readonly Prerequisite[] = PREREQUISITES,
  floors: readonly VersionFloor[] = VERSION_FLOORS,
): string[] {
  const out: string[] = [];
  for (const [address, config] of allResources(tf)) {
    const m = config.manifest;
    if (!address.startsWith("kubernetes_manifest.") || !m?.apiVersion) continue;
    const kind = `${m.apiVersion}/${m.kind}`;
    if (!prerequisites.some((p) => (p.kinds ?? []).includes(kind))) {
      out.push(
        `${address}: ${kind} has no entry in PREREQUISITES (lib/core/prerequisites.ts) stating the operator and its minimum version`,
      );
      continue;
    }
    for (const floor of floors.filter((f) => f.kind === kind)) {
      if (floor.field && floor.field.split(".").reduce((v: any, k) => v?.[k], m) === undefined) continue;
      const documented = prerequisites.find((p) => p.component === floor.component)?.minimumVersion;
      if (!documented || compareVersions(documented, floor.minimumVersion) < 0)
        out.push(
          `${address}: ${floor.field ? `${kind} sets ${floor.field}, which` : kind} needs ${floor.component} ${floor.minimumVersion} (${floor.source}), but PREREQUISITES documents ${documented ?? "nothing"}`,
        );
    }
  }
  return out;
}

/** Every structural check, by name. */
export const STRUCTURAL_CHECKS: Readonly<Record<string, StructuralCheck>> = {
  namedObjectsAreReferenced,
  disruptionBudgetsAllowEviction,
  externalSecretsResolveOnFirstSync,
  readOnlyRootsHaveWritablePaths,
  targetGroupBindingsAreReplaced,
  reloaderWorkloadsIgnoreTheirAnnotation,
  customResourcesHavePrerequisites,
};

/**
 * All structural findings of a synthesized stack (the parsed `cdk.tf.json`), each prefixed with
 * the check that found it. Empty when the stack passes.
 */
export function structuralFindings(tfJson: TerraformJson): string[] {
  return Object.entries(STRUCTURAL_CHECKS).flatMap(([name, check]) => check(tfJson).map((f) => `[${name}] ${f}`));
}
