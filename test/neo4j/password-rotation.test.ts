import { readFileSync } from "fs";
import { join } from "path";
import { HardeningError } from "../../lib/core/errors";
import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { NEO4J_ROTATION_USERS } from "../../lib/neo4j/password-rotation";
import { apiStack, fixture, manifestsOf, only, synth, literal } from "../util";

const CSI_ROLE = "arn:aws:iam::111122223333:role/ebs-csi-controller";

function withApi(extra: Partial<ConstructorParameters<typeof EncryptedNeo4j>[2]> = {}) {
  const { stack, api } = apiStack();
  new EncryptedNeo4j(stack, "Neo4j", {
    ...fixture.neo4jImages,
    api,
    oidcProviderArn: fixture.oidcProviderArn,
    ebsCsiDriverRoleArn: CSI_ROLE,
    ...extra,
  });
  return synth(stack);
}

const envOf = (container: any) => Object.fromEntries(container.env.map((e: any) => [e.name, e.value]));

describe("Neo4j credential rotation: two alternating users and a grace period", () => {
  const s = withApi();
  const job = only(s, "kubernetes_cron_job_v1").spec.job_template.spec;
  const pod = job.template.spec;
  const step = (name: string) => [...pod.init_container, ...pod.container].find((c: any) => c.name === name);

  test("steps run in order: stage, apply (Neo4j), switch, retire after the grace period (Neo4j), then clear the label", () => {
    expect(pod.init_container.map((c: any) => [c.name, c.args])).toEqual([
      ["stage", ["/scripts/stage.sh", "rotate"]],
      ["apply", ["/scripts/apply.sh"]],
      ["finish", ["/scripts/finish.sh", "switch"]],
      ["retire", ["/scripts/retire.sh"]],
    ]);
    expect(pod.container.map((c: any) => [c.name, c.args])).toEqual([["retired", ["/scripts/finish.sh", "retired"]]]);
    expect(step("apply").image).toBe(fixture.neo4jImages.image);
    expect(step("retire").image).toBe(fixture.neo4jImages.image);
  });

  test("the default grace period is 15 minutes, and the Job has time to wait it out again after a retry", () => {
    expect(envOf(step("retire")).GRACE_SECONDS).toBe("900");
    expect(envOf(step("apply")).GRACE_SECONDS).toBe("900");
    expect(job.active_deadline_seconds).toBe(3 * 900 + 900);
    expect(envOf(step("stage")).NEO4J_USERS).toBe(NEO4J_ROTATION_USERS.join(" "));
    expect(NEO4J_ROTATION_USERS[0]).toBe("neo4j"); // the user NEO4J_AUTH creates
  });

  test("the API gets user and password from one Kubernetes Secret, so a rotation switches both at once", () => {
    const api = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0];
    const fromSecret = (name: string) => {
      const ref = api.env.find((e: any) => e.name === name).value_from.secret_key_ref;
      return { ...ref, name: literal(s, ref.name) };
    };
    expect(fromSecret("NEO4J_USER")).toEqual({ name: "meshoptixiq-neo4j-password", key: "NEO4J_USER", optional: false });
    expect(fromSecret("NEO4J_PASSWORD")).toEqual({ name: "meshoptixiq-neo4j-password", key: "value", optional: false });
    expect(api.env.filter((e: any) => e.name === "NEO4J_USER")).toHaveLength(1); // no literal user any more
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-neo4j-password");
    expect(es.spec.target.template.data).toEqual({ value: "{{ .password }}", NEO4J_USER: "{{ .username }}" });
    expect(es.spec.data.map((d: any) => d.remoteRef)).toEqual([
      { key: expect.any(String), version: "AWSCURRENT", property: "username" },
      { key: expect.any(String), version: "AWSCURRENT", property: "password" },
    ]);
  });

  test("a custom grace period reaches the scripts", () => {
    const custom = withApi({ passwordRotationGracePeriodMinutes: 30 });
    const p = only(custom, "kubernetes_cron_job_v1").spec.job_template.spec.template.spec;
    expect(envOf(p.init_container.find((c: any) => c.name === "retire")).GRACE_SECONDS).toBe("1800");
  });

  test.each([0, 4, 1441, 7.5])("a grace period of %p minutes fails synth with the catalogue error", (minutes) => {
    const attempt = () => withApi({ passwordRotationGracePeriodMinutes: minutes });
    expect(attempt).toThrow(HardeningError);
    expect(attempt).toThrow(
      /^\[MESHQ-ROTATION-GRACE\] EncryptedNeo4j: passwordRotationGracePeriodMinutes received [0-9.]+; allowed: an integer from 5 to 1440\. Fix: .*refresh/,
    );
  });

  test("the scripts never put a password on a command line: cypher-shell reads it from the environment, the AWS CLI from a file", () => {
    const scripts = Object.entries<string>(only(s, "kubernetes_config_map_v1").data);
    const lines = scripts.flatMap(([name, text]) => text.split("\n").map((line) => `${name}: ${line}`));
    const shells = lines.filter((l) => /cypher-shell -a/.test(l));
    expect(shells.length).toBe(2); // apply.sh and retire.sh
    for (const line of shells) expect(line).not.toMatch(/\s(-p|--password|-P|--param)\s/);
    const stored = lines.filter((l) => /--secret-string/.test(l));
    expect(stored.length).toBeGreaterThanOrEqual(2);
    for (const line of stored) expect(line).toMatch(/--secret-string "file:\/\//);
  });

  test("the integration tests fetch the Neo4j version that the templates and docs name as tested", () => {
    const fetch = readFileSync(join(__dirname, "..", "..", "scripts", "neo4j-fetch.sh"), "utf8");
    const version = /NEO4J_VERSION:-([0-9.]+)/.exec(fetch)![1];
    const template = readFileSync(join(__dirname, "..", "..", "examples", "complete", "main.ts"), "utf8");
    expect(template).toContain(`image: "neo4j:${version}-community@sha256:`);
    expect(fixture.neo4jImages.image.startsWith(`neo4j:${version}-community@sha256:`)).toBe(true);
  });
});
