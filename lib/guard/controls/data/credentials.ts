/** §12.6: database credentials rotate independently of the API key. */
import { Control, Finding, many, NOT_APPLICABLE, one } from "../../model";
import { KubeObject, StackView, viewOf } from "../../view";
import { isTrue, judgeValue } from "../rules";
import { neo4jPods } from "./neo4j";
import { objectHasRole, resourceHasRole } from "../roles";
import { Role, ROLE_KEY } from "../../../policy/markers";
import { AdmissionForm, celStrings } from "../../admission/model";

/** DATA-5 in the cluster: the stack's password rotation CronJobs are neither suspended nor deleted. */
const rotationAdmission: AdmissionForm = {
  match: [{ apiGroups: ["batch"], apiVersions: ["v1"], resources: ["cronjobs"], operations: ["UPDATE", "DELETE"] }],
  fix: "keep the password rotation CronJob scheduled; change its schedule through EncryptedNeo4j.props.passwordRotationSchedule",
  variables: (params) => [
    { name: "jobs", expression: celStrings(params.rotationJobs.map((j) => `${j.namespace}/${j.name}`)) },
    { name: "isRotation", expression: "(request.namespace + '/' + request.name) in variables.jobs" },
  ],
  checks: () => [
    {
      expression: "request.operation != 'DELETE' || !variables.isRotation",
      message: "deleting the password rotation CronJob stops the rotation",
    },
    {
      expression: "request.operation != 'UPDATE' || !variables.isRotation || !has(object.spec.suspend) || object.spec.suspend == false",
      message: "the password rotation CronJob is suspended",
    },
  ],
};

/**
 * Why a rotation CronJob runs code the guard did not see, or undefined: it must run a script from a
 * ConfigMap of the stack (`command`/`args` name a file under a mount of that ConfigMap), so that what
 * rotates the password is in the configuration; an image's own entrypoint is not.
 */
function unseenRotator(view: StackView, cron: KubeObject): string | undefined {
  const pod = view.pods().find((p) => p.object.address === cron.address);
  if (!pod) return "its pod template cannot be read";
  const volumes = many(pod.spec?.volume);
  for (const c of pod.containers) {
    const words = [...many(view.literal(c.config.command)), ...many(view.literal(c.config.args))].map(String);
    for (const m of many(c.config.volume_mount)) {
      const dir = String(view.literal(m?.mount_path) ?? "").replace(/\/+$/, "");
      const volume = volumes.find((v: any) => view.literal(v?.name) === view.literal(m?.name));
      const source = one(volume?.config_map);
      if (!dir || !source || !view.configMap(pod.namespace, source.name)) continue;
      if (words.some((w) => w.startsWith(`${dir}/`))) return undefined;
    }
  }
  const images = pod.containers.map((c) => String(view.literal(c.config.image) ?? view.unknown(c.config.image))).join(", ");
  return `the password rotation CronJob runs code the guard cannot see (${images}, no script from a ConfigMap of the stack): whether it rotates the password cannot be known; rotate it with EncryptedNeo4j's rotation, or suppress this control for the CronJob with a reason (HardeningGuard.suppress)`;
}

/** §12.6: database credentials rotate independently of the API key. */
export const dbCredentialRotation: Control = {
  id: "MESHQ-DATA-5",
  section: "12.6",
  title: "Database credentials rotate independently",
  checks:
    "The Neo4j password has its own rotation CronJob (certainly created, not suspended); RDS uses a managed master password (rotated by RDS) and no literal password.",
  scope: `CronJobs of either spelling labelled ${ROLE_KEY}=${Role.NEO4J_PASSWORD_ROTATION} (the Neo4j pods found as MESHQ-DATA-1 finds them): a CronJob without that label is not a rotation, so a Neo4j server whose rotation CronJob lost or changed its label has none; one removed by count = 0 or an empty for_each, or created only for values known at plan time, does not count. aws_db_instance manage_master_user_password and password.`,
  unseen:
    "Fails. A value the guard cannot know is a finding, and so is a rotation CronJob that runs code the guard cannot see: its containers must run a script from a ConfigMap of the stack (an image's own entrypoint, or a script from elsewhere, is a rotator whose effect cannot be known). RDS rotates its managed master password itself (manage_master_user_password); there is nothing of it to see.",
  enforcedBy: ["EncryptedNeo4j.props.passwordRotationSchedule", "EncryptedNeo4j.props.passwordRotationGracePeriodMinutes"],
  provenBy: ["test/guard/controls/data.test.ts", "test/guard/mutations/data.ts"],
  admission: rotationAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const pods = neo4jPods(view);
    const instances = view.resources("aws_db_instance");
    if (pods.length === 0 && instances.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    const crons = view.kube("CronJob").filter((c) => objectHasRole(view, c, Role.NEO4J_PASSWORD_ROTATION));
    const running = crons.filter((c) => c.resource.presence === "present");
    for (const c of running) {
      const unseen = unseenRotator(view, c);
      if (unseen) out.push({ address: c.address, message: unseen });
    }
    for (const c of crons) {
      out.push(
        ...judgeValue(view, c.address, "spec.suspend", StackView.spec(c).suspend ?? false, (v) =>
          isTrue(v) ? "the password rotation CronJob is suspended" : undefined,
        ),
      );
    }
    for (const pod of pods) {
      if (running.length === 0) {
        const why = view.whyMissing(["kubernetes_cron_job_v1", "kubernetes_manifest"], (r) =>
          resourceHasRole(view, r, Role.NEO4J_PASSWORD_ROTATION),
        );
        out.push({ address: pod.address, message: `no password rotation CronJob for Neo4j${why}` });
      }
    }
    for (const db of instances) {
      out.push(
        ...judgeValue(view, db.address, "manage_master_user_password", db.config.manage_master_user_password ?? false, (v) =>
          isTrue(v) ? undefined : "master password is not managed (and rotated) by RDS",
        ),
      );
      if (db.config.password !== undefined && db.config.password !== null)
        out.push({ address: db.address, message: "a master password is set in Terraform (configuration and state)" });
    }
    return out;
  },
};
