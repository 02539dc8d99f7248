/**
 * The deploy pipeline's Kubernetes rights on a real kube-apiserver: creates the RBAC objects of the
 * template's bootstrap stack (its namespaces, Roles, RoleBindings and the ClusterRole that names its
 * cluster-scoped objects), then asks the API server's authorizer (a SubjectAccessReview for a user
 * in each pipeline group) what each environment's deploy and plan identities may do. A deploy
 * identity must be refused in kube-system, in every other namespace (another environment's
 * included), and for any cluster-scoped object it does not name; allowed exactly on its stack's
 * kinds in its stack's namespaces.
 *
 *     node -r ./scripts/register.js scripts/pipeline-rbac.ts cdktf.out/stacks/meshoptixiq-pipeline/cdk.tf.json
 *
 * Environment: KAPI_TOOL (the kube-apiserver build-and-run script; default
 * ../shared/tools/kube-apiserver/build-and-run.sh), KAPI_STATE (its state folder; default a
 * temporary one). Exit 0 when every answer is as expected, 1 otherwise (or when nothing was judged).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { kubernetesObjects } from "../lib/guard/first-apply";
import { TerraformJson } from "../lib/guard/model";
import { substitute } from "./kube-gate/substitute";
import { ApiObject, toApiObject } from "./kube-gate/to-api-object";

const ROOT = resolve(__dirname, "..");
const TOOL = resolve(ROOT, process.env.KAPI_TOOL ?? "../shared/tools/kube-apiserver/build-and-run.sh");

interface Question {
  readonly group: string;
  readonly verb: string;
  readonly resource: string;
  readonly namespace?: string;
  readonly expected: boolean;
}

/**
 * What each pipeline identity may and may not do, from the objects the bootstrap creates: each
 * environment's groups (`<deployment>-deployers`, `-planners`) in the namespaces they are bound in,
 * and refused in every other environment's namespace as in the cluster's own.
 */
function questions(objects: ApiObject[]): Question[] {
  const bound = objects
    .filter((o) => o.kind === "RoleBinding")
    .flatMap((b) => ((b as any).subjects ?? []).map((s: any) => ({ group: String(s.name), namespace: String(b.metadata.namespace) })));
  const namespaces = objects.filter((o) => o.kind === "Namespace").map((o) => o.metadata.name);
  const groups = [...new Set(bound.map((b) => b.group))];
  const deployers = groups.filter((g) => g.endsWith("-deployers"));
  const planners = groups.filter((g) => g.endsWith("-planners"));
  if (deployers.length === 0 || planners.length === 0 || namespaces.length === 0) return [];
  const own = (group: string) => new Set(bound.filter((b) => b.group === group).map((b) => b.namespace));
  const q: Question[] = [];
  for (const deploy of deployers) {
    for (const ns of namespaces) {
      const mine = own(deploy).has(ns);
      q.push({ group: deploy, verb: "create", resource: "deployments.apps", namespace: ns, expected: mine });
      q.push({ group: deploy, verb: "delete", resource: "networkpolicies.networking.k8s.io", namespace: ns, expected: mine });
      q.push({ group: deploy, verb: "create", resource: "externalsecrets.external-secrets.io", namespace: ns, expected: mine });
      q.push({ group: deploy, verb: "create", resource: "securitygrouppolicies.vpcresources.k8s.aws", namespace: ns, expected: mine });
      q.push({ group: deploy, verb: "get", resource: "secrets", namespace: ns, expected: false });
      q.push({ group: deploy, verb: "create", resource: "rolebindings.rbac.authorization.k8s.io", namespace: ns, expected: false });
      q.push({ group: deploy, verb: "patch", resource: `namespaces/${ns}`, expected: mine });
    }
  }
  for (const plan of planners) {
    for (const ns of namespaces) {
      q.push({ group: plan, verb: "list", resource: "deployments.apps", namespace: ns, expected: own(plan).has(ns) });
      q.push({ group: plan, verb: "create", resource: "deployments.apps", namespace: ns, expected: false });
      q.push({ group: plan, verb: "get", resource: "secrets", namespace: ns, expected: false });
    }
  }
  for (const group of [...deployers, ...planners]) {
    for (const verb of ["create", "get", "list", "delete"]) {
      for (const resource of [
        "deployments.apps",
        "jobs.batch",
        "serviceaccounts",
        "networkpolicies.networking.k8s.io",
        "securitygrouppolicies.vpcresources.k8s.aws",
        "secrets",
      ]) {
        q.push({ group, verb, resource, namespace: "kube-system", expected: false });
        q.push({ group, verb, resource, namespace: "default", expected: false });
      }
    }
    q.push({ group, verb: "create", resource: "clusterrolebindings.rbac.authorization.k8s.io", expected: false });
    q.push({ group, verb: "delete", resource: "namespaces/kube-system", expected: false });
    q.push({ group, verb: "list", resource: "deployments.apps", namespace: "", expected: false }); // every namespace
  }
  for (const deploy of deployers) q.push({ group: deploy, verb: "delete", resource: "storageclasses.storage.k8s.io/gp3", expected: false });
  return q;
}

function kubectl(env: NodeJS.ProcessEnv, args: string[], input?: string) {
  const r = spawnSync("kubectl", args, { env, input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout ?? "", out: `${r.stdout ?? ""}${r.stderr ?? ""}`.trim() };
}

/** The authorizer's answer to one question, from a SubjectAccessReview; undefined when none came. */
function allowed(env: NodeJS.ProcessEnv, q: Question): boolean | undefined {
  const [qualified, name] = q.resource.split("/");
  const dot = qualified.indexOf(".");
  const review = {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SubjectAccessReview",
    spec: {
      user: "github-actions",
      groups: [q.group, "system:authenticated"],
      resourceAttributes: {
        verb: q.verb,
        resource: dot < 0 ? qualified : qualified.slice(0, dot),
        group: dot < 0 ? "" : qualified.slice(dot + 1),
        ...(name ? { name } : {}),
        ...(q.namespace ? { namespace: q.namespace } : {}),
      },
    },
  };
  const r = kubectl(env, ["create", "-f", "-", "-o", "json"], JSON.stringify(review));
  if (r.status !== 0) return undefined;
  try {
    return JSON.parse(r.stdout).status?.allowed === true;
  } catch {
    return undefined;
  }
}

function main(file: string | undefined): number {
  if (!file || !existsSync(file)) {
    console.log("pipeline-rbac: give the deploy pipeline's bootstrap stack (cdk.tf.json); nothing judged");
    return 1;
  }
  const tf = JSON.parse(readFileSync(file, "utf8")) as TerraformJson;
  const objects = kubernetesObjects(tf).map((o) => {
    const type = o.address.split(".")[0];
    return substitute(tf, type === "kubernetes_manifest" ? structuredClone(o.config.manifest) : toApiObject(type, o.config)) as ApiObject;
  });
  const asked = questions(objects);
  if (asked.length === 0) {
    console.log(`pipeline-rbac: ${file} has no pipeline groups bound in a namespace; nothing judged`);
    return 1;
  }
  const state = process.env.KAPI_STATE ?? mkdtempSync(join(tmpdir(), "meshq-pipeline-rbac-"));
  const toolEnv = { ...process.env, KAPI_STATE: state };
  const started = spawnSync("bash", [TOOL, "start"], { env: toolEnv, encoding: "utf8" });
  try {
    const m = /KUBECONFIG=(\S+) PATH=([^:\s]+):/.exec(started.stdout ?? "");
    if (started.status !== 0 || !m) {
      console.log(`pipeline-rbac: the API server did not start (${TOOL}):\n${started.stderr}${started.stdout}`);
      return 1;
    }
    const env = { ...process.env, KUBECONFIG: m[1], PATH: `${m[2]}:${process.env.PATH}` };
    // namespaces first, then the roles, then what binds them
    const rank = (o: ApiObject) => ["Namespace", "Role", "ClusterRole"].indexOf(o.kind) + 1 || 9;
    let failed = 0;
    for (const o of [...objects].sort((a, b) => rank(a) - rank(b))) {
      const r = kubectl(env, ["create", "-f", "-", "-o", "name"], JSON.stringify(o));
      console.log(`  ${r.status === 0 ? "ok   " : "FAIL "} create ${r.out}`);
      if (r.status !== 0) failed++;
    }
    for (const q of asked) {
      // a SubjectAccessReview names the API group itself, so kinds whose definitions are not
      // installed here (External Secrets, the load balancer controller) are judged exactly as RBAC
      // will judge them (`kubectl auth can-i` resolves names through discovery and answers "no")
      const answer = allowed(env, q);
      const ok = answer === q.expected;
      if (!ok) failed++;
      const scope = q.namespace === undefined ? "(cluster)" : q.namespace === "" ? "(all namespaces)" : `-n ${q.namespace}`;
      console.log(
        `  ${ok ? "ok   " : "FAIL "} ${q.group}: may ${q.verb} ${q.resource} ${scope} -> ${answer === undefined ? "no answer" : answer ? "yes" : "no"}`,
      );
    }
    const refused = asked.filter((q) => !q.expected).length;
    console.log(
      `pipeline-rbac: ${objects.length} objects created, ${asked.length} questions (${asked.length - refused} allowed, ${refused} refused expected), ${failed} wrong`,
    );
    return failed > 0 ? 1 : 0;
  } finally {
    spawnSync("bash", [TOOL, "stop", "--clean"], { env: toolEnv, encoding: "utf8" });
    if (!process.env.KAPI_STATE) rmSync(state, { recursive: true, force: true });
  }
}

process.exit(main(process.argv[2]));
