import { Control, Finding, FindingLevel } from "../model";
import { ContainerView, PodView, StackView, viewOf } from "../view";
import { judgeEach, judgeValue } from "./rules";
import { AdmissionForm, celStrings, CONTAINERS_VARIABLE, POD_SPEC_VARIABLE, WORKLOAD_MATCH } from "../admission/model";

/**
 * Key of the images accepted with a tag and no digest in the library's stack metadata: each
 * `{ image, property }`, recorded by the construct that accepted it with a MESHQ-IMAGE warning.
 */
export const MUTABLE_IMAGES_RECORD_KEY = "mutableImages";

/** A digest at the end of an image reference (`repo@sha256:<64 hex>`). */
const DIGEST = /@sha256:[a-f0-9]{64}$/;

/** The images the stack's constructs accepted with a tag and no digest (a warning at synth). */
export function mutableImages(view: StackView): string[] {
  const recorded = view.record[MUTABLE_IMAGES_RECORD_KEY];
  return Array.isArray(recorded) ? recorded.map((r) => String(r?.image)) : [];
}

/**
 * IMAGE-1 in the cluster, on the workloads: every container's image is pinned by digest, but for
 * exactly the tags the stack's constructs accepted at synth, in the namespace and container the
 * stack runs them in (so that the stack's own objects, and the ReplicaSets and Jobs their
 * controllers create, are admitted).
 */
const pinnedImagesAdmission: AdmissionForm = {
  match: WORKLOAD_MATCH,
  fix: "pin the image by digest (repo@sha256:<digest>; `docker buildx imagetools inspect <image:tag>` prints it) and set it through the construct's image props",
  variables: (params) => [
    POD_SPEC_VARIABLE,
    CONTAINERS_VARIABLE,
    { name: "accepted", expression: celStrings(params.acceptedImages.map((a) => `${a.namespace}/${a.container}=${a.image}`)) },
  ],
  checks: () => [
    {
      expression:
        "variables.containers.all(c, has(c.image) && (c.image.matches('@sha256:[a-f0-9]{64}$') || " +
        "(request.namespace + '/' + c.name + '=' + c.image) in variables.accepted))",
      message: "a container's image is not pinned by digest",
    },
  ],
};

const workloads = (view: StackView): PodView[] => view.pods().filter((p) => p.object.kind !== "EnvPatch");

/** One container's image: a digest passes, a tag a construct accepted at synth is noted, anything else fails. */
function imageFindings(view: StackView, pod: PodView, c: ContainerView, accepted: readonly string[], noted: Set<string>): Finding[] {
  const what = `container ${c.name}: image`;
  const judged = judgeValue(view, pod.address, what, c.config.image ?? null, (v) =>
    typeof v === "string" && (DIGEST.test(v) || accepted.includes(v)) ? undefined : `${what} ${JSON.stringify(v)} is not pinned by digest`,
  );
  const image = view.resolve(c.config.image);
  if (judged.length > 0 || !image.known || typeof image.value !== "string" || DIGEST.test(image.value) || noted.has(image.value))
    return judged;
  // an accepted tag: one warning per image (where it first runs), as the construct's own warning
  noted.add(image.value);
  return [
    {
      address: pod.address,
      message: `${what} "${image.value}" is pinned by a tag only (accepted at synth with a MESHQ-IMAGE warning); pin it by digest`,
      level: FindingLevel.WARNING,
    },
  ];
}

/** Every workload's images are pinned by digest. */
export const pinnedImages: Control = {
  id: "MESHQ-IMAGE-1",
  section: "12.2",
  title: "Workload images are pinned by digest",
  checks:
    "Every container and init container of every Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet and Pod runs an image pinned by digest (repo@sha256:<digest>), so that every node runs the bits that were tested and judged.",
  scope:
    "Pod templates of every workload kind, typed or kubernetes_manifest. An image with a tag and no digest that a construct of the stack accepted at synth (with its MESHQ-IMAGE warning, such as VaultSecretRotation's default) is a warning, once per image, not a failure; any other image without a digest, `latest` and untagged images included, fails. An image the guard cannot know is a finding.",
  unseen:
    "Fails. An image the guard cannot know (a variable, a computed attribute) is a finding: which bits the nodes run is outside what it sees. The tags a construct accepted are read from the library's record in the stack; a plan judged without the synthesized configuration has no record, so there such a tag fails too.",
  checkov: ["CKV_K8S_43"],
  enforcedBy: [
    "SecureMeshApi.props.image",
    "EncryptedNeo4j.props.image",
    "EncryptedNeo4j.props.awsCliImage",
    "HardenedMeshStack.props.apiImage",
  ],
  provenBy: ["test/guard/controls/images.test.ts", "test/guard/admission.test.ts"],
  admission: pinnedImagesAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const accepted = mutableImages(view);
    const noted = new Set<string>();
    return judgeEach(workloads(view), (pod) => pod.containers.flatMap((c) => imageFindings(view, pod, c, accepted, noted)));
  },
};

/** The image controls. */
export const IMAGE_CONTROLS = [pinnedImages];
