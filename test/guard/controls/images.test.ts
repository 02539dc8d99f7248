import { readFileSync } from "fs";
import { join } from "path";
import { Testing } from "../../../lib/compat/core";
import { IMAGE_CONTROLS, MUTABLE_IMAGES_RECORD_KEY } from "../../../lib/guard/controls/images";
import { judge } from "../../../lib/guard/evaluate";
import { HardenedMeshStack } from "../../../lib/stack/hardened-mesh-stack";
import { stackProps } from "../../util";

/** The stack as synth writes it, with the library's record (Testing.synth leaves it out). */
function written(id: string, extra = {}): any {
  const outdir = Testing.fullSynth(new HardenedMeshStack(Testing.app(), id, stackProps(extra)));
  return JSON.parse(readFileSync(join(outdir, "stacks", id, "cdk.tf.json"), "utf8"));
}
import { mutationSuite } from "../mutations/harness";
import { IMAGE_MUTATIONS } from "../mutations/images";
import { deployment, expectPaired, fail, manifestDeployment, pass, restrictedContainer, run, tf, UNKNOWN, variables } from "./support";

const DIGEST = `ghcr.io/meshoptixiq/api@sha256:${"a".repeat(64)}`;
const TAGGED = "ghcr.io/meshoptixiq/api:1.4.2";
/** The library's record of a stack whose construct accepted TAGGED at synth, with its warning. */
const accepted = (image = TAGGED) => ({
  "//": { metadata: { meshoptixiq: { [MUTABLE_IMAGES_RECORD_KEY]: [{ image, property: "SecureMeshApi.image" }] } } },
});

test("MESHQ-IMAGE-1 images pinned by digest, of every container and spelling", () => {
  pass("MESHQ-IMAGE-1", tf(deployment(restrictedContainer({ image: DIGEST }))));
  pass("MESHQ-IMAGE-1", tf(manifestDeployment({ name: "api", image: `neo4j:5.26.0-community@sha256:${"b".repeat(64)}` })));
  fail(
    "MESHQ-IMAGE-1",
    tf(deployment(restrictedContainer({ image: TAGGED }))),
    /container api: image "ghcr.io\/meshoptixiq\/api:1.4.2" is not pinned by digest/,
  );
  fail("MESHQ-IMAGE-1", tf(deployment(restrictedContainer({ image: "neo4j:latest" }))), /not pinned by digest/);
  fail("MESHQ-IMAGE-1", tf(manifestDeployment({ name: "api", image: "busybox" })), /"busybox" is not pinned by digest/);
  // a digest that is not one (too short) is no pin
  fail("MESHQ-IMAGE-1", tf(deployment(restrictedContainer({ image: "x@sha256:abc" }))), /not pinned by digest/);
  // init containers too
  fail(
    "MESHQ-IMAGE-1",
    tf(deployment(restrictedContainer({ image: DIGEST }), { init_container: [restrictedContainer({ name: "init", image: TAGGED })] })),
    /container init: image/,
  );
  // unknown: fails closed
  fail("MESHQ-IMAGE-1", tf(deployment(restrictedContainer({ image: "${var.x}" })), variables), UNKNOWN);
  expectPaired(IMAGE_CONTROLS);
});

test("MESHQ-IMAGE-1: a tag a construct of the stack accepted at synth warns; any other tag still fails", () => {
  fail(
    "MESHQ-IMAGE-1",
    tf(deployment(restrictedContainer({ image: TAGGED })), accepted()),
    /pinned by a tag only \(accepted at synth/,
    "warn",
  );
  fail(
    "MESHQ-IMAGE-1",
    tf(deployment(restrictedContainer({ image: "ghcr.io/meshoptixiq/api:1.4.3" })), accepted()),
    /is not pinned by digest/,
  );
  expect(run("MESHQ-IMAGE-1", tf(deployment(restrictedContainer({ image: DIGEST })), accepted())).status).toBe("pass");
});

test("MESHQ-IMAGE-1: a construct records the tag it accepts; the guard warns, and the admission policy admits exactly that image where the stack runs it", () => {
  const json = written("tagged", { apiImage: TAGGED });
  expect(json["//"].metadata.meshoptixiq[MUTABLE_IMAGES_RECORD_KEY]).toEqual([{ image: TAGGED, property: "SecureMeshApi.image" }]);
  const report = judge(json, { stack: "tagged", stackFile: "cdk.tf.json", firstApply: false });
  const image = report.results.find((r) => r.control.id === "MESHQ-IMAGE-1")!;
  expect(image.status).toBe("warn");
  expect(image.findings.map((f) => f.level)).toEqual(["warning"]);
  const policy = Object.values(json.resource.kubernetes_manifest as Record<string, any>).find(
    (r) => r.manifest.kind === "ValidatingAdmissionPolicy" && r.manifest.metadata.labels["meshoptixiq.io/control"] === "MESHQ-IMAGE-1",
  ).manifest;
  const apiContainer = (Object.values(json.resource.kubernetes_deployment_v1)[0] as any).spec.template.spec.container[0].name;
  expect(policy.spec.variables.find((v: any) => v.name === "accepted").expression).toBe(
    `(${JSON.stringify([`meshoptixiq/${apiContainer}=${TAGGED}`])})`,
  );
  expect(policy.spec.validations[0].message).toMatch(/^MESHQ-IMAGE-1: .*not pinned by digest\. Fix: pin the image by digest/);
});

test("MESHQ-IMAGE-1: with every image pinned by digest, nothing is accepted without one", () => {
  const json = written("pinned");
  const policy = Object.values(json.resource.kubernetes_manifest as Record<string, any>).find(
    (r) => r.manifest.kind === "ValidatingAdmissionPolicy" && r.manifest.metadata.labels["meshoptixiq.io/control"] === "MESHQ-IMAGE-1",
  ).manifest;
  expect(policy.spec.variables.find((v: any) => v.name === "accepted").expression).toBe("(['']" + ".filter(x, false))");
  expect(
    judge(json, { stack: "pinned", stackFile: "cdk.tf.json", firstApply: false }).results.find((r) => r.control.id === "MESHQ-IMAGE-1")!
      .status,
  ).toBe("pass");
});

mutationSuite(IMAGE_MUTATIONS);
