/** §12.2, §12.6: workloads reach PostgreSQL as a least-privilege application user, never as the master user. */
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
import { StackView, templateParts, viewOf } from "../../view";
import { postgresUris } from "./postgres";

/** A value names an RDS-managed master user secret: its attribute, or the ARN of an `rds!` secret. */
function masterSecretReference(value: unknown): boolean {
  const text = typeof value === "string" ? value : JSON.stringify(value ?? "");
  return /\bmaster_user_secret\b/.test(text) || /:secret:rds!/.test(text);
}

/** The user part of a postgres:// URL, when the URL has one. */
function urlUser(uri: string): string | undefined {
  const m = /^postgres(?:ql)?:\/\/([^@/?]*)@/.exec(uri);
  if (!m) return undefined;
  return m[1].split(":")[0];
}

/** The remote keys an ExternalSecret reads: `data[].remoteRef.key` and `dataFrom[].extract.key`. */
function remoteKeys(body: any): unknown[] {
  return [
    ...many(body?.spec?.data).map((d: any) => d?.remoteRef?.key ?? d?.remote_ref?.key),
    ...many(body?.spec?.dataFrom ?? body?.spec?.data_from).map((d: any) => d?.extract?.key),
  ];
}

/** What a workload is handed that carries the master credential: External Secrets, environment values, ConfigMaps. */
function masterSecretDeliveries(view: StackView): Finding[] {
  const out: Finding[] = [];
  for (const o of view.kube("ExternalSecret")) {
    if (remoteKeys(o.body).some(masterSecretReference)) {
      out.push({ address: o.address, message: `ExternalSecret ${o.name ?? "?"} hands a workload the RDS master user secret` });
    }
  }
  for (const pod of view.pods()) {
    for (const c of pod.containers) {
      for (const e of c.env.filter((e) => e.hasValue && masterSecretReference(e.value))) {
        out.push({ address: e.source, message: `${e.name} of container ${c.name ?? "?"} names the RDS master user secret` });
      }
    }
  }
  for (const cm of view.configMaps()) {
    for (const d of cm.data.filter((d) => masterSecretReference(d.value))) {
      out.push({ address: d.source, message: `${cm.name ?? "?"}/${d.key} names the RDS master user secret` });
    }
  }
  return out;
}

/** Whether a URL's user is written with a template of External Secrets (`{{ … }}`), judged by the secret it reads. */
const templated = (user: string) => /^\{\{.*\}\}$/.test(user.trim());

/** §12.2, §12.6: workloads reach PostgreSQL as a least-privilege application user, never as the master user. */
export const postgresAppUser: Control = {
  id: "MESHQ-DATA-7",
  section: "12.6",
  title: "Workloads never connect to PostgreSQL as the master user",
  checks:
    "No workload is handed the RDS master user secret (through an ExternalSecret, an environment value or a ConfigMap), and no postgres:// URL handed to a workload names the master user: the API connects as a login role of the least-privilege application role.",
  scope:
    "aws_db_instance (its username) with ExternalSecrets of either spelling (data[].remoteRef.key, dataFrom[].extract.key), container environment values (kubernetes_env patches included) and ConfigMap data. A reference to an instance's master_user_secret, or the ARN of an RDS-managed secret (`:secret:rds!`), is a finding wherever a workload gets it. The user of a postgres:// URL is compared with each instance's username; a URL user or a username the guard cannot know is a finding. A user written as an External Secrets template is judged by the secret the ExternalSecret reads.",
  unseen:
    "Fails. A URL user, an instance username or a secret reference the guard cannot know is a finding: whether it is the master user cannot be known. A secret outside the stack that holds a URL is judged by MESHQ-SEC-4.",
  enforcedBy: ["EncryptedPostgres.props.appUserRotationDays", "EncryptedPostgres.props.previousUserValidHours"],
  provenBy: ["test/guard/controls/data.test.ts", "test/guard/mutations/data.ts", "test/postgres/rotation.integration.test.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const instances = view.resources("aws_db_instance");
    const out = masterSecretDeliveries(view);
    if (instances.length === 0 && out.length === 0) return NOT_APPLICABLE;
    const masters = instances.map((db) => ({ address: db.address, username: view.resolve(db.config.username) }));
    for (const { address, name, uri } of postgresUris(view)) {
      const user = urlUser(uri);
      if (user === undefined || templated(user)) continue;
      if (templateParts(user).some((p) => !("text" in p))) {
        out.push({ address, message: `${name}: ${view.cannotKnow(`the user of the PostgreSQL URL (${user})`)}` });
        continue;
      }
      const decoded = decodeURIComponent(user);
      for (const m of masters) {
        if (!m.username.known) {
          out.push({ address, message: `${name}: ${view.unknownMessage(`username of ${m.address}`, m.username.expression)}` });
        } else if (String(m.username.value) === decoded) {
          out.push({ address, message: `${name} connects as ${decoded}, the master user of ${m.address}; use the application user` });
        }
      }
    }
    return out;
  },
};
