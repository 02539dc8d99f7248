/** §12.6: database credentials rotate independently of the API key. */
import { Control, Finding, NOT_APPLICABLE } from "../../model";
import { StackView, viewOf } from "../../view";
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

/** §12.6: database credentials rotate independently of the API key. */
export const dbCredentialRotation: Control = {
  id: "MESHQ-DATA-5",
  section: "12.6",
  title: "Database credentials rotate independently",
  checks:
    "The Neo4j password has its own rotation CronJob (certainly created, not suspended); RDS uses a managed master password (rotated by RDS) and no literal password.",
  scope: `CronJobs of either spelling labelled ${ROLE_KEY}=${Role.NEO4J_PASSWORD_ROTATION} (the Neo4j pods found as MESHQ-DATA-1 finds them): a CronJob without that label is not a rotation, so a Neo4j server whose rotation CronJob lost or changed its label has none; one removed by count = 0 or an empty for_each, or created only for values known at plan time, does not count. aws_db_instance manage_master_user_password and password. A value the guard cannot know is a finding.`,
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
