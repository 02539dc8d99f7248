/**
 * The Kubernetes API server gate: creates every Kubernetes object of every synthesized stack on a
 * real kube-apiserver (etcd-backed, on loopback, no controllers), so the API server's own
 * validation, defaulting and admission (Pod Security Standards included) judge each object.
 *
 * For each stack, on a fresh API server:
 * 1. the operators' CRDs are installed (prerequisites, see kube-gate/crds.ts);
 * 2. first apply: the objects are created, for real, in an adversarial order that Terraform's
 *    dependency graph allows (an object that does not depend on something goes before it; a
 *    namespace goes last among what is ready), so a namespaced object that does not depend on its
 *    namespace meets `namespaces "…" not found`;
 * 3. second apply: what failed is retried once everything else exists, so its own validation
 *    errors surface too;
 * 4. pod admission: a Pod is created from every workload's pod template, as its controller would,
 *    so PSS `restricted` enforcement and the ServiceAccount admission plugin judge it (with no
 *    controller-manager, workloads alone never produce pods; a `default` ServiceAccount is created
 *    only for a template that needs it, after its namespace exists).
 * A warning of the API server that a pod template would violate Pod Security counts as a failure.
 *
 * Usage: node -r ./scripts/register.js scripts/kube-gate.ts [cdktf.out/stacks/<stack>/cdk.tf.json ...]
 * Environment:
 *   KAPI_TOOL        the kube-apiserver build-and-run script; default: ../shared/tools/kube-apiserver/
 *                    build-and-run.sh relative to the repository root (a CI prerequisite)
 *   KUBE_GATE_STATE  folder for the per-stack API server state; default: <tmp>/meshq-kube-gate
 *   KAPI_CACHE, KAPI_K8S_VERSION, GO: passed on to the tools
 * Exit status: 0 when every stack passes, 1 otherwise, 2 when the API server cannot be started.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { adversarialOrder, dependencyGraph, KubernetesObject, kubernetesObjects } from "../lib/guard/first-apply";
import { TerraformJson } from "../lib/guard/model";
import { moduleCrdFiles, TARGET_GROUP_BINDING_CRD } from "./kube-gate/crds";
import { substitute } from "./kube-gate/substitute";
import { ApiObject, toApiObject } from "./kube-gate/to-api-object";

const ROOT = resolve(__dirname, "..");
const TOOL = resolve(ROOT, process.env.KAPI_TOOL ?? "../shared/tools/kube-apiserver/build-and-run.sh");
const STATE = process.env.KUBE_GATE_STATE ?? join(tmpdir(), "meshq-kube-gate");

interface Attempt {
  readonly address: string;
  readonly label: string;
  readonly ok: boolean;
  readonly message: string;
  readonly warnings: string[];
}

/** One API server for one stack. */
class Cluster {
  private env: NodeJS.ProcessEnv = {};
  constructor(private readonly state: string) {}

  public start(): void {
    // A port the previous stack's etcd just released can refuse the next start: retry, cleanly.
    let r = this.tryStart();
    for (let attempt = 2; r.status !== 0 && attempt <= 3; attempt++) {
      this.stop();
      spawnSync("sleep", ["2"]);
      r = this.tryStart();
    }
    if (r.status !== 0) throw new Error(`API server did not start (${TOOL}):\n${r.stderr}${r.stdout}`);
    const m = /KUBECONFIG=(\S+) PATH=([^:\s]+):/.exec(r.stdout);
    if (!m) throw new Error(`unexpected output of ${TOOL} start: ${r.stdout}`);
    this.env = { ...process.env, KUBECONFIG: m[1], PATH: `${m[2]}:${process.env.PATH}` };
  }

  private tryStart() {
    rmSync(this.state, { recursive: true, force: true });
    return spawnSync("bash", [TOOL, "start"], { env: { ...process.env, KAPI_STATE: this.state }, encoding: "utf8" });
  }

  public stop(): void {
    spawnSync("bash", [TOOL, "stop", "--clean"], { env: { ...process.env, KAPI_STATE: this.state }, encoding: "utf8" });
  }

  public kubectl(args: string[], input?: string): { ok: boolean; stdout: string; stderr: string } {
    const r = spawnSync("kubectl", args, { env: this.env, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return { ok: r.status === 0, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? "") };
  }

  /** Creates an object for real; the API server's error and warnings, if any. */
  public create(object: unknown): { ok: boolean; message: string; warnings: string[] } {
    const r = this.kubectl(["create", "-f", "-", "-o", "name"], JSON.stringify(object));
    const lines = r.stderr.split("\n").filter((l) => l.trim());
    const warnings = lines.filter((l) => l.startsWith("Warning:")).map((l) => l.slice("Warning:".length).trim());
    const errors = lines
      .filter((l) => !l.startsWith("Warning:"))
      .map((l) => l.replace(/^Error from server \(\w+\): error when creating "STDIN": /, ""));
    return { ok: r.ok, message: r.ok ? r.stdout.trim() : errors.join(" ") || "kubectl failed", warnings };
  }
}

/** The API object of a stack object, with Terraform's computed values substituted. */
function apiObjectOf(tf: TerraformJson, o: KubernetesObject): ApiObject {
  const type = o.address.split(".")[0];
  const raw = type === "kubernetes_manifest" ? structuredClone(o.config.manifest) : toApiObject(type, o.config);
  const object = substitute(tf, raw) as ApiObject;
  if (type === "kubernetes_manifest" && o.namespace !== undefined && !object.metadata.namespace) object.metadata.namespace = "default";
  return object;
}

/** A Pod as a workload's controller would create it from the pod template. */
function podOf(object: ApiObject): ApiObject | undefined {
  const spec = object.spec as any;
  let template: any;
  if (["Deployment", "StatefulSet", "DaemonSet", "Job"].includes(object.kind)) template = spec?.template;
  else if (object.kind === "CronJob") template = spec?.jobTemplate?.spec?.template;
  if (!template?.spec) return undefined;
  const podSpec = structuredClone(template.spec);
  if (object.kind === "StatefulSet") {
    // the StatefulSet controller adds a volume per claim template, bound to the pod's claim
    podSpec.volumes = [
      ...(podSpec.volumes ?? []),
      ...(spec.volumeClaimTemplates ?? []).map((c: any) => ({
        name: c.metadata.name,
        persistentVolumeClaim: { claimName: `${c.metadata.name}-${object.metadata.name}-0` },
      })),
    ];
  }
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: `${object.metadata.name}-probe`, namespace: object.metadata.namespace, labels: template.metadata?.labels ?? {} },
    spec: podSpec,
  };
}

const label = (o: { kind: string; metadata: { name: string; namespace?: string } }) =>
  `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name}`;

function installCrds(cluster: Cluster, dir: string): string[] {
  const problems: string[] = [];
  const tgb = join(dir, "targetgroupbindings.elbv2.k8s.aws.json");
  writeFileSync(tgb, JSON.stringify(TARGET_GROUP_BINDING_CRD));
  for (const file of [...moduleCrdFiles().map((f) => f.path), tgb]) {
    const r = cluster.kubectl(["create", "-f", file]);
    if (!r.ok) problems.push(`CRD ${file}: ${r.stderr.trim()}`);
  }
  const wait = cluster.kubectl(["wait", "--for=condition=Established", "crd", "--all", "--timeout=60s"]);
  if (!wait.ok) problems.push(`CRDs not established: ${wait.stderr.trim()}`);
  return problems;
}

/** Runs the gate on one stack; true when it passes. */
/**
 * Stacks that have no Kubernetes objects by design, with the reason. Any other stack without
 * objects fails the gate (it has lost them, or the conversion found none), and so does a stack
 * listed here that has objects.
 */
export const STACKS_WITHOUT_OBJECTS: Readonly<Record<string, string>> = {
  "meshq-pipeline-key": "the deploy pipeline's key stack: AWS resources only",
};

function gateStack(file: string, crdDir: string): { pass: boolean; created: number; rejected: number } | undefined {
  const tf = JSON.parse(readFileSync(file, "utf8")) as TerraformJson;
  const stack = file.split("/").slice(-2)[0];
  const objects = new Map(kubernetesObjects(tf).map((o) => [o.address, o]));
  if (objects.size === 0) {
    if (stack in STACKS_WITHOUT_OBJECTS) {
      console.log(`SKIP ${stack}: no Kubernetes objects (${STACKS_WITHOUT_OBJECTS[stack]})`);
      return undefined;
    }
    console.log(
      `FAIL  ${stack}: no Kubernetes objects: nothing to judge (a stack without objects by design goes in STACKS_WITHOUT_OBJECTS)`,
    );
    return { pass: false, created: 0, rejected: 0 };
  }
  if (stack in STACKS_WITHOUT_OBJECTS) {
    console.log(`FAIL  ${stack}: listed in STACKS_WITHOUT_OBJECTS but has ${objects.size} Kubernetes objects`);
    return { pass: false, created: 0, rejected: 0 };
  }
  const findings: string[] = [];
  const converted = new Map<string, ApiObject>();
  for (const o of objects.values()) {
    try {
      converted.set(o.address, apiObjectOf(tf, o));
    } catch (error) {
      findings.push(`${o.address}: cannot convert: ${(error as Error).message}`);
    }
  }
  for (const o of converted.values()) {
    if (o.kind === "Namespace" && o.metadata.labels?.["pod-security.kubernetes.io/enforce"] !== "restricted")
      findings.push(`${label(o)}: does not enforce Pod Security Standards restricted`);
  }
  const order = adversarialOrder(dependencyGraph(tf)).filter((a) => converted.has(a));
  console.log(`== ${stack}: ${converted.size} Kubernetes objects, created in this order (a namespace last among what is ready)`);
  const cluster = new Cluster(join(STATE, stack));
  const t0 = Date.now();
  cluster.start();
  try {
    for (const p of installCrds(cluster, crdDir)) findings.push(p);
    const stackNamespaces = new Set([...converted.values()].filter((o) => o.kind === "Namespace").map((o) => o.metadata.name));
    const external = new Set(
      [...converted.values()].map((o) => o.metadata.namespace).filter((n): n is string => !!n && !stackNamespaces.has(n)),
    );
    for (const ns of external) {
      // a namespace the stack expects to exist: a prerequisite, created as strict as the stack's own
      const r = cluster.create({
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: ns, labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
      });
      console.log(`  pre   Namespace ${ns} (not created by the stack: a prerequisite)${r.ok ? "" : `: ${r.message}`}`);
    }
    const attempt = (address: string, object: ApiObject): Attempt => {
      const r = cluster.create(object);
      return { address, label: label(object), ...r };
    };
    const first = order.map((a) => attempt(a, converted.get(a)!));
    const pssWarning = (w: string) => /PodSecurity/.test(w);
    for (const a of first) {
      const mark = !a.ok ? "FAIL" : a.warnings.some(pssWarning) ? "FAIL" : "ok";
      console.log(`  ${mark.padEnd(5)} ${a.label}  (${a.address})${a.ok ? "" : `: ${a.message}`}`);
      for (const w of a.warnings) console.log(`        warning: ${w}`);
    }
    const failedFirst = first.filter((a) => !a.ok);
    const second = failedFirst.map((a) => attempt(a.address, converted.get(a.address)!));
    if (second.length > 0) {
      console.log(`  second apply (the ${second.length} rejected objects again, everything else now exists):`);
      for (const a of second) console.log(`  ${(a.ok ? "ok" : "FAIL").padEnd(5)} ${a.label}${a.ok ? "" : `: ${a.message}`}`);
    }
    const pods: Attempt[] = [];
    const defaultAccounts = new Set<string>();
    for (const a of order) {
      const pod = podOf(converted.get(a)!);
      if (!pod) continue;
      const ns = pod.metadata.namespace!;
      const sa = (pod.spec as any).serviceAccountName;
      if ((!sa || sa === "default") && !defaultAccounts.has(ns)) {
        cluster.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: ns } });
        defaultAccounts.add(ns);
      }
      pods.push(attempt(a, pod));
    }
    if (pods.length > 0) console.log(`  pod admission (a Pod from each workload's template):`);
    for (const a of pods) {
      console.log(`  ${(a.ok ? "ok" : "FAIL").padEnd(5)} ${a.label} from ${a.address}${a.ok ? "" : `: ${a.message}`}`);
      for (const w of a.warnings) console.log(`        warning: ${w}`);
    }
    const rejectedFirst = first.filter((a) => !a.ok || a.warnings.some(pssWarning));
    const rejectedSecond = second.filter((a) => !a.ok);
    const rejectedPods = pods.filter((a) => !a.ok);
    const byCause = new Map<string, number>();
    for (const a of rejectedFirst) {
      const cause = a.ok ? "Pod Security warning" : /namespaces "[^"]+" not found/.test(a.message) ? "namespace not found" : "rejected";
      byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
    }
    for (const f of findings) console.log(`  FAIL  ${f}`);
    const pass = rejectedFirst.length === 0 && rejectedSecond.length === 0 && rejectedPods.length === 0 && findings.length === 0;
    const causes = [...byCause].map(([c, n]) => `${n} ${c}`).join(", ");
    console.log(
      `${pass ? "PASS" : "FAIL"} ${stack}: first apply ${first.length - rejectedFirst.length}/${first.length} objects accepted` +
        `${causes ? ` (${causes})` : ""}; second apply ${second.length - rejectedSecond.length}/${second.length}; ` +
        `pod admission ${pods.length - rejectedPods.length}/${pods.length}${findings.length ? `; ${findings.length} other finding(s)` : ""} ` +
        `[${((Date.now() - t0) / 1000).toFixed(1)}s]`,
    );
    return { pass, created: first.length - rejectedFirst.length, rejected: rejectedFirst.length };
  } finally {
    cluster.stop();
  }
}

function main(): number {
  let files = process.argv.slice(2);
  if (files.length === 0) {
    const dir = join(ROOT, "cdktf.out", "stacks");
    files = existsSync(dir)
      ? readdirSync(dir)
          .map((s) => join(dir, s, "cdk.tf.json"))
          .filter(existsSync)
      : [];
  }
  if (files.length === 0) {
    console.log("kube-gate: no synthesized stacks (run npm run synth && npm run synth:examples)");
    return 1;
  }
  if (!existsSync(TOOL)) {
    console.log(`kube-gate: ${TOOL} not found (set KAPI_TOOL)`);
    return 2;
  }
  const crdDir = join(STATE, "crds");
  mkdirSync(crdDir, { recursive: true });
  const t0 = Date.now();
  const results: Array<{ stack: string; pass: boolean; created: number; rejected: number }> = [];
  for (const file of files) {
    try {
      const r = gateStack(file, crdDir);
      if (r) results.push({ stack: file, ...r });
    } catch (error) {
      console.log(`FAIL ${file}: ${(error as Error).message}`);
      return 2;
    }
  }
  const failed = results.filter((r) => !r.pass).length;
  if (results.length === 0) {
    console.log(`kube-gate summary: FAIL: 0 stacks gated out of ${files.length}: the gate judged nothing`);
    return 1;
  }
  console.log(
    `kube-gate summary: ${results.length} stacks gated, ${results.length - failed} pass, ${failed} fail; ` +
      `first apply: ${results.reduce((n, r) => n + r.created, 0)} objects accepted, ${results.reduce((n, r) => n + r.rejected, 0)} rejected ` +
      `[${((Date.now() - t0) / 1000).toFixed(1)}s]`,
  );
  return failed > 0 ? 1 : 0;
}

process.exit(main());
