/**
 * The admission gate: a synthesized stack's admission policies judged on a real kube-apiserver.
 *
 * On one API server (started once for every check):
 * 1. the add-ons' upstream CRDs are installed (../shared/crds), then the stack's Kubernetes objects,
 *    then its ValidatingAdmissionPolicies and bindings; every object must be admitted;
 * 2. each out-of-band weakening of scripts/admission/weakenings.ts is made as a cluster admin would
 *    (kubectl patch, replace, create, delete): the API server must deny it with the control id in
 *    its message, and the guard must find the same control in the weakened Terraform JSON;
 * 3. routine operations are made and must be allowed: scaling, `kubectl rollout restart`, Reloader's
 *    annotation, External Secrets Operator writing its Secrets and status, cert-manager renewing a
 *    certificate;
 * 4. the same weakenings in a namespace outside the stack's are allowed (other namespaces untouched).
 * The counts are printed; the exit status is 0 when every check holds, 1 otherwise, 2 on a usage or
 * start-up error.
 *
 * Usage: node -r ./scripts/register.js scripts/admission-gate.ts [cdktf.out/stacks/meshoptixiq-prod/cdk.tf.json]
 * Environment: KAPI_TOOL, KAPI_CACHE (see scripts/kube-gate.ts), ADMISSION_GATE_STATE (server state
 * folder), MESHQ_CRDS (the upstream CRDs; default ../shared/crds beside the repository).
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { judge } from "../lib/guard/evaluate";
import { TerraformJson } from "../lib/guard/model";
import { kubernetesObjects } from "../lib/guard/first-apply";
import { stackObjects, StackObject, weakenedDocument, Weakening, weakeningsOf } from "./admission/weakenings";
import { Cluster, TOOL } from "./kube-gate/cluster";
import { apiObjectOf } from "./kube-gate/substitute";
import { ApiObject } from "./kube-gate/to-api-object";
import { moduleCrdFiles, VPC_RESOURCE_CONTROLLER_CRDS } from "./kube-gate/crds";

const ROOT = resolve(__dirname, "..");
const CRDS = resolve(ROOT, process.env.MESHQ_CRDS ?? "../shared/crds");
const STATE = process.env.ADMISSION_GATE_STATE ?? join(tmpdir(), `meshq-admission-gate-${process.pid}`);
const OTHER = "unrelated-team";

const resourceOf = (o: ApiObject): string => {
  const group = o.apiVersion.includes("/") ? `.${o.apiVersion.split("/")[0]}` : "";
  return `${o.kind.toLowerCase()}${group}`;
};
const where = (o: ApiObject): string[] => (o.metadata.namespace ? ["-n", o.metadata.namespace] : []);
const firstLine = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("Warning:"))
    .join(" ")
    .slice(0, 400);

/** Makes a weakening on the server (in `namespace` when given, instead of the stack's). */
function attempt(cluster: Cluster, w: Weakening, namespace?: string): { ok: boolean; message: string } {
  const move = (o: ApiObject): ApiObject => (namespace && o.metadata.namespace ? { ...o, metadata: { ...o.metadata, namespace } } : o);
  const target = w.target ? move(w.target) : undefined;
  let r;
  if (w.verb === "create") r = cluster.kubectl(["create", "-f", "-"], JSON.stringify(move(w.object!)));
  else if (w.verb === "delete")
    r = cluster.kubectl(["delete", resourceOf(target!), target!.metadata.name, ...where(target!), "--wait=false"]);
  else if (w.verb === "patch")
    r = cluster.kubectl([
      "patch",
      resourceOf(target!),
      target!.metadata.name,
      ...where(target!),
      "--type=json",
      "-p",
      JSON.stringify(w.patch),
    ]);
  else {
    const live = cluster.kubectl(["get", resourceOf(target!), target!.metadata.name, ...where(target!), "-o", "json"]);
    if (!live.ok) return { ok: false, message: `cannot read the object: ${firstLine(live.stderr)}` };
    const o = JSON.parse(live.stdout);
    w.mutate!(o);
    r = cluster.kubectl(["replace", "-f", "-"], JSON.stringify(o));
  }
  return { ok: r.ok, message: firstLine(r.ok ? r.stdout : r.stderr) };
}

/** Creates objects in dependency-friendly order (namespaces first); returns the ones refused. */
function createAll(cluster: Cluster, objects: ApiObject[]): string[] {
  const rank = (o: ApiObject) => (o.kind === "Namespace" ? 0 : o.kind.startsWith("ValidatingAdmissionPolicy") ? 2 : 1);
  const failed: string[] = [];
  for (const o of [...objects].sort((a, b) => rank(a) - rank(b))) {
    const r = cluster.create(o);
    if (!r.ok) failed.push(`${o.kind} ${o.metadata.namespace ?? ""}/${o.metadata.name}: ${r.message}`);
  }
  return failed;
}

/** Waits until the API server enforces the stack's policies (a probe weakening is denied). */
function waitForPolicies(cluster: Cluster, probe: Weakening): boolean {
  for (let i = 0; i < 60; i++) {
    const r = cluster.kubectl([
      "patch",
      resourceOf(probe.target!),
      probe.target!.metadata.name,
      ...where(probe.target!),
      "--type=json",
      "-p",
      JSON.stringify(probe.patch),
      "--dry-run=server",
    ]);
    if (!r.ok && r.stderr.includes(`${probe.control}: `)) return true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
  return false;
}

interface Routine {
  readonly what: string;
  readonly run: (cluster: Cluster) => { ok: boolean; stdout: string; stderr: string };
}

/** The routine operations that must stay allowed. */
function routines(objects: readonly StackObject[]): Routine[] {
  const api = objects.find((o) => o.api.kind === "Deployment" && JSON.stringify(o.api).includes("AUDIT_LOG_ENABLED"))!.api;
  const sts = objects.find((o) => o.api.kind === "StatefulSet")?.api;
  const es = objects.find((o) => o.api.kind === "ExternalSecret")!.api;
  const cert = objects.find((o) => o.api.kind === "Certificate")?.api;
  const deny = objects.find((o) => o.api.kind === "NetworkPolicy" && !(o.api as any).spec.ingress && !(o.api as any).spec.egress)!.api;
  const ns = api.metadata.namespace!;
  const out: Routine[] = [
    {
      what: "kubectl scale the API (scale subresource)",
      run: (c) => c.kubectl(["scale", "deployment", api.metadata.name, "-n", ns, "--replicas=4"]),
    },
    {
      what: "patch the API's replicas",
      run: (c) => c.kubectl(["patch", "deployment", api.metadata.name, "-n", ns, "--type=merge", "-p", '{"spec":{"replicas":3}}']),
    },
    { what: "kubectl rollout restart the API", run: (c) => c.kubectl(["rollout", "restart", "deployment", api.metadata.name, "-n", ns]) },
    {
      what: "kubectl set image: the API's next release, pinned by digest",
      run: (c) => {
        const container = (api as any).spec.template.spec.containers[0];
        const next = `${String(container.image).split("@")[0]}@sha256:${"c".repeat(64)}`;
        return c.kubectl(["set", "image", `deployment/${api.metadata.name}`, "-n", ns, `${container.name}=${next}`]);
      },
    },
    {
      what: "Reloader's annotation on the API's pod template",
      run: (c) =>
        c.kubectl([
          "patch",
          "deployment",
          api.metadata.name,
          "-n",
          ns,
          "--type=merge",
          "-p",
          JSON.stringify({
            spec: { template: { metadata: { annotations: { "reloader.stakater.com/last-reloaded-from": '{"kind":"Secret"}' } } } },
          }),
        ]),
    },
    {
      what: "External Secrets Operator creates its Secret",
      run: (c) =>
        c.kubectl(
          ["create", "-f", "-"],
          JSON.stringify({
            apiVersion: "v1",
            kind: "Secret",
            metadata: {
              name: (es as any).spec.target?.name ?? es.metadata.name,
              namespace: ns,
              labels: { "reconcile.external-secrets.io/managed": "true" },
            },
            data: { value: Buffer.from("first").toString("base64") },
          }),
        ),
    },
    {
      what: "External Secrets Operator updates its Secret (a rotation)",
      run: (c) =>
        c.kubectl([
          "patch",
          "secret",
          (es as any).spec.target?.name ?? es.metadata.name,
          "-n",
          ns,
          "--type=merge",
          "-p",
          JSON.stringify({ data: { value: Buffer.from("rotated").toString("base64") } }),
        ]),
    },
    {
      what: "External Secrets Operator writes the ExternalSecret's status",
      run: (c) =>
        c.kubectl([
          "patch",
          "externalsecret.external-secrets.io",
          es.metadata.name,
          "-n",
          ns,
          "--subresource=status",
          "--type=merge",
          "-p",
          JSON.stringify({
            status: { refreshTime: new Date().toISOString(), conditions: [{ type: "Ready", status: "True", reason: "SecretSynced" }] },
          }),
        ]),
    },
    {
      what: "annotating the default-deny NetworkPolicy (metadata only)",
      run: (c) => c.kubectl(["annotate", "networkpolicy", deny.metadata.name, "-n", deny.metadata.namespace!, "team=platform"]),
    },
  ];
  if (sts)
    out.push({
      what: "kubectl scale Neo4j",
      run: (c) => c.kubectl(["scale", "statefulset", sts.metadata.name, "-n", sts.metadata.namespace!, "--replicas=1"]),
    });
  if (cert) {
    const secret = (cert as any).spec.secretName as string;
    out.push(
      {
        what: "cert-manager writes the renewed certificate's Secret",
        run: (c) =>
          c.kubectl(
            ["apply", "--server-side", "--field-manager=cert-manager", "-f", "-"],
            JSON.stringify({
              apiVersion: "v1",
              kind: "Secret",
              type: "kubernetes.io/tls",
              metadata: {
                name: secret,
                namespace: cert.metadata.namespace,
                annotations: { "cert-manager.io/certificate-name": cert.metadata.name },
              },
              data: { "tls.crt": Buffer.from("renewed").toString("base64"), "tls.key": Buffer.from("renewed").toString("base64") },
            }),
          ),
      },
      {
        what: "cert-manager writes the Certificate's status (renewal)",
        run: (c) =>
          c.kubectl([
            "patch",
            "certificate.cert-manager.io",
            cert.metadata.name,
            "-n",
            cert.metadata.namespace!,
            "--subresource=status",
            "--type=merge",
            "-p",
            JSON.stringify({ status: { renewalTime: new Date(Date.now() + 86400000).toISOString(), revision: 2 } }),
          ]),
      },
    );
  }
  return out;
}

function main(): number {
  const file = process.argv[2] ?? join(ROOT, "cdktf.out", "stacks", "meshoptixiq-prod", "cdk.tf.json");
  if (!existsSync(file)) {
    console.log(`admission-gate: ${file} not found (run npm run synth)`);
    return 2;
  }
  if (!existsSync(TOOL) || !existsSync(CRDS)) {
    console.log(`admission-gate: ${existsSync(TOOL) ? CRDS : TOOL} not found (set KAPI_TOOL / MESHQ_CRDS)`);
    return 2;
  }
  const tf = JSON.parse(readFileSync(file, "utf8")) as TerraformJson;
  const objects = stackObjects(tf);
  const policies = kubernetesObjects(tf)
    .map((o) => apiObjectOf(tf, o))
    .filter((o) => o.kind.startsWith("ValidatingAdmissionPolicy"));
  const weakenings = weakeningsOf(objects);
  const baseline = new Set(
    judge(tf, { stack: "s", stackFile: file, firstApply: false })
      .results.filter((r) => r.status === "fail")
      .map((r) => r.control.id),
  );
  const problems: string[] = [];
  const t0 = Date.now();
  const cluster = new Cluster(STATE);
  cluster.start();
  try {
    // The add-ons' CRDs, and the SecurityGroupPolicy CRD EKS itself installs (from its module).
    const crdFiles = [
      ...readdirSync(CRDS)
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => join(CRDS, f)),
      ...moduleCrdFiles(undefined, [VPC_RESOURCE_CONTROLLER_CRDS]).map((f) => f.path),
    ];
    for (const f of crdFiles) {
      const r = cluster.kubectl(["apply", "--server-side", "-f", f]);
      if (!r.ok) problems.push(`CRD ${f}: ${firstLine(r.stderr)}`);
    }
    cluster.kubectl(["wait", "--for=condition=Established", "crd", "--all", "--timeout=60s"]);
    const refused = createAll(cluster, [...objects.map((o) => o.api), ...policies]);
    console.log(
      `== ${objects.length} stack objects and ${policies.length} admission policies and bindings: ${objects.length + policies.length - refused.length} admitted`,
    );
    for (const r of refused) problems.push(`not admitted: ${r}`);
    const status = cluster.kubectl(["get", "validatingadmissionpolicies", "-o", "json"]);
    for (const p of status.ok ? JSON.parse(status.stdout).items : [])
      for (const w of p.status?.typeChecking?.expressionWarnings ?? [])
        problems.push(`policy ${p.metadata.name} ${w.fieldRef}: ${firstLine(w.warning)}`);
    if (!waitForPolicies(cluster, weakenings[0])) problems.push("the policies were not enforced within 30 s");

    console.log("== weakenings (denied by the API server with the control id; found by the guard)");
    let denied = 0;
    let agreed = 0;
    for (const w of weakenings) {
      const r = attempt(cluster, w);
      // the controls the guard fails on the weakened stack (beyond the baseline)
      const failing = judge(weakenedDocument(tf, objects, w), { stack: "s", stackFile: file, firstApply: false })
        .results.filter((x) => x.status === "fail" && !baseline.has(x.control.id))
        .map((x) => x.control.id);
      const guard = failing.includes(w.control);
      // When two policies deny one request, the API server names whichever it evaluated first: the
      // denial counts as named when it names this control or another the guard also fails for it.
      const named = !r.ok && [w.control, ...failing].some((id) => r.message.includes(`${id}: `));
      if (named) denied++;
      if (named && guard) agreed++;
      console.log(
        `  ${named && guard ? "ok  " : "FAIL"} ${w.control.padEnd(13)} ${w.verb.padEnd(7)} ${w.what}: ${r.ok ? "ALLOWED" : r.message}${guard ? "" : " [the guard does not find it]"}`,
      );
      if (!named || !guard) problems.push(`weakening not judged alike: ${w.control} ${w.what}`);
    }

    console.log("== routine operations (allowed)");
    let allowed = 0;
    const ops = routines(objects);
    for (const op of ops) {
      const r = op.run(cluster);
      if (r.ok) allowed++;
      else problems.push(`routine operation denied: ${op.what}: ${firstLine(r.stderr)}`);
      console.log(`  ${r.ok ? "ok  " : "FAIL"} ${op.what}${r.ok ? "" : `: ${firstLine(r.stderr)}`}`);
    }

    console.log(`== the same weakenings in namespace ${OTHER}, outside the stack (allowed)`);
    cluster.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: OTHER } });
    // deletes last: each weakening meets the object as copied
    const elsewhere = weakenings
      .filter((w) => w.target?.kind !== "Namespace" && (w.target ?? w.object)!.metadata.namespace)
      .sort((a, b) => Number(a.verb === "delete") - Number(b.verb === "delete"));
    const moved = new Set<string>();
    for (const w of elsewhere) {
      const t = w.target;
      if (t && !moved.has(`${t.kind}/${t.metadata.name}`)) {
        moved.add(`${t.kind}/${t.metadata.name}`);
        const copy = { ...structuredClone(t), metadata: { ...structuredClone(t.metadata), namespace: OTHER } };
        const r = cluster.create(copy);
        if (!r.ok) problems.push(`cannot copy ${t.kind} ${t.metadata.name} to ${OTHER}: ${r.message}`);
      }
    }
    let untouched = 0;
    for (const w of elsewhere) {
      const r = attempt(cluster, w, OTHER);
      if (r.ok) untouched++;
      else problems.push(`outside the stack, denied: ${w.control} ${w.what}: ${r.message}`);
      console.log(`  ${r.ok ? "ok  " : "FAIL"} ${w.control.padEnd(13)} ${w.verb.padEnd(7)} ${w.what}${r.ok ? "" : `: ${r.message}`}`);
    }

    for (const p of problems) console.log(`FAIL ${p}`);
    console.log(
      `admission-gate: ${objects.length + policies.length - refused.length}/${objects.length + policies.length} stack objects admitted; ` +
        `${denied}/${weakenings.length} weakenings denied with their control id (${new Set(weakenings.map((w) => w.control)).size} controls), ` +
        `${agreed}/${weakenings.length} judged alike by the guard; ${allowed}/${ops.length} routine operations allowed; ` +
        `${untouched}/${elsewhere.length} weakenings in another namespace allowed [${((Date.now() - t0) / 1000).toFixed(1)}s]`,
    );
    return problems.length === 0 ? 0 : 1;
  } finally {
    cluster.stop();
  }
}

process.exit(main());
