import { RotatingApiKey } from "../../../lib/keys/rotating-api-key";
import { HardeningGuard } from "../../../lib/guard/hardening-guard";
import { judge } from "../../../lib/guard/evaluate";
import { ControlResult, TerraformJson } from "../../../lib/guard/model";
import { synth, testStack } from "../../util";
import { API_KEY_CONTROLS } from "../../../lib/guard/controls/api-keys";
import { Role, ROLE_KEY } from "../../../lib/policy/markers";
import {
  apiContainerManifest,
  deployment,
  expectPaired,
  fail,
  manifestDeployment,
  pass,
  restrictedContainer,
  run,
  tf,
  UNKNOWN,
  variables,
} from "./support";
import { API_KEY_MUTATIONS } from "../mutations/api-keys";
import { mutationSuite } from "../mutations/harness";

test("MESHQ-KEY-1 fails closed on values of any name that may be credentials the guard cannot see", () => {
  const env = (value: string) => tf(deployment(restrictedContainer({ env: [{ name: "UPSTREAM", value }] })), variables);
  fail(
    "MESHQ-KEY-1",
    env("${var.upstream}"),
    /UPSTREAM is set from \$\{var\.upstream\}, a value the guard cannot see that may be a credential/,
  );
  fail("MESHQ-KEY-1", env("${data.aws_secretsmanager_secret_version.v.secret_string}"), /a value the guard cannot see/);
  fail("MESHQ-KEY-1", env("https://u:${random_password.p.result}@h"), /a value the guard cannot see/);
  fail("MESHQ-KEY-1", env("${tls_private_key.k.private_key_pem}"), /a value the guard cannot see/);
  // computed attributes of the stack's own resources and the region are not credentials
  pass("MESHQ-KEY-1", env("${data.aws_region.r.region}"));
  pass("MESHQ-KEY-1", env("${aws_secretsmanager_secret.s.arn}"));
});

test("MESHQ-KEY-1 literal credentials, by name and by value, wherever they hide", () => {
  const fromSecret = { name: "API_KEY", value_from: [{ secret_key_ref: [{ name: "k", key: "value" }] }] };
  pass(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [fromSecret, { name: "DATABASE_HOST_URL", value: "postgresql://meshq@db/x" }] }))),
  );
  fail("MESHQ-KEY-1", tf(deployment(restrictedContainer({ env: [{ name: "API_KEY", value: "x" }] }))), /API_KEY has a literal value/);
  fail("MESHQ-KEY-1", tf(deployment(restrictedContainer({ env: [{ name: "DBPASSWORD", value: "x" }] }))), /DBPASSWORD has a literal value/);
  fail(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [{ name: "DATABASE_URL", value: "postgresql://u:p4ss@db/x" }] }))),
    /DATABASE_URL holds a URL with a password in its userinfo/,
  );
  fail(
    "MESHQ-KEY-1",
    tf(deployment(restrictedContainer({ env: [{ name: "API_TOKEN", value: "${var.x}" }] })), variables),
    /API_TOKEN is set from \$\{var\.x\}/,
  );
  // a manifest workload, a ConfigMap, an env_from ConfigMap, a kubernetes_env patch, a Lambda
  fail(
    "MESHQ-KEY-1",
    tf(manifestDeployment({ ...apiContainerManifest, env: [{ name: "apiToken", value: "x" }] })),
    /apiToken has a literal value/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({ kubernetes_config_map: { c: { metadata: { name: "c", namespace: "meshq" }, data: { SEED: "Zx9Kq2LmP4vR8tYw3NbC6dHf" } } } }),
    /SEED holds a high-entropy literal/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({
      ...deployment(restrictedContainer({ env_from: [{ config_map_ref: { name: "c" } }] })),
      kubernetes_config_map_v1: { c: { metadata: { name: "c", namespace: "meshq" }, data: { UPSTREAM_PASSWORD: "see-vault" } } },
    }),
    /env_from ConfigMap c puts UPSTREAM_PASSWORD into the environment/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({
      ...deployment(restrictedContainer()),
      kubernetes_env: {
        e: {
          api_version: "apps/v1",
          kind: "Deployment",
          metadata: { name: "api", namespace: "meshq" },
          container: "api",
          env: [{ name: "SECRET", value: "s" }],
        },
      },
    }),
    /container api: SECRET has a literal value/,
  );
  fail(
    "MESHQ-KEY-1",
    tf({ aws_lambda_function: { f: { environment: { variables: { SIGNING_KEY: "k" } } } } }),
    /Lambda environment: SIGNING_KEY/,
  );
  pass(
    "MESHQ-KEY-1",
    tf({ aws_lambda_function: { f: { environment: { variables: { KEY_LENGTH: "64", SECRET_ARNS: "arn:aws:secretsmanager:x" } } } } }),
  );
});

test("MESHQ-KEY-2 rotation of API keys, removed or obscured by count", () => {
  const secret = { aws_secretsmanager_secret: { k: { name: "meshq/operators", tags: { [ROLE_KEY]: Role.API_KEY } } } };
  const rotation = (rules: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    aws_secretsmanager_secret_rotation: {
      r: { secret_id: "${aws_secretsmanager_secret.k.arn}", rotation_rules: rules, rotate_immediately: true, ...extra },
    },
  });
  // without the tag, a secret is an API key when a key-generating function rotates it
  const untagged = { aws_secretsmanager_secret: { k: { name: "meshq/operators", tags: { [ROLE_KEY]: Role.NEO4J } } } };
  const generator = { aws_lambda_function: { g: { environment: { variables: { KEY_LENGTH: "64" } } } } };
  const byGenerator = (rules: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    rotation(rules, { rotation_lambda_arn: "${aws_lambda_function.g.arn}", ...extra });
  expect(run("MESHQ-KEY-2", tf({ aws_secretsmanager_secret: { k: { name: "meshq/api-key/operators" } } })).status).toBe("not-applicable");
  fail("MESHQ-KEY-2", tf({ ...untagged, ...generator, ...byGenerator({ automatically_after_days: 365 }) }), /rotates every 365 days/);
  fail(
    "MESHQ-KEY-2",
    tf({ ...untagged, ...generator, ...byGenerator({ automatically_after_days: 30 }, { count: 0 }) }),
    /no rotation schedule \(aws_secretsmanager_secret_rotation\.r has count = 0\)/,
  );
  pass("MESHQ-KEY-2", tf({ ...untagged, ...generator, ...byGenerator({ automatically_after_days: 30 }) }));
  pass("MESHQ-KEY-2", tf({ ...secret, ...generator, ...byGenerator({ automatically_after_days: 30 }) }));
  pass("MESHQ-KEY-2", tf({ ...secret, ...generator, ...byGenerator({ schedule_expression: "rate(30 days)" }) }));
  // fails closed on a rotator it does not see: none written, or one outside the stack
  fail(
    "MESHQ-KEY-2",
    tf({ ...secret, ...rotation({ automatically_after_days: 30 }) }),
    /rotation_lambda_arn is undefined, not a function of this stack/,
  );
  fail(
    "MESHQ-KEY-2",
    tf({
      ...secret,
      ...rotation({ automatically_after_days: 30 }, { rotation_lambda_arn: "arn:aws:lambda:eu-west-1:444455556666:function:x" }),
    }),
    /the guard cannot know that it rotates the key at all/,
  );
  fail("MESHQ-KEY-2", tf(secret), /no rotation schedule/);
  fail("MESHQ-KEY-2", tf({ ...secret, ...rotation({ automatically_after_days: 365 }) }), /rotates every 365 days/);
  fail("MESHQ-KEY-2", tf({ ...secret, ...rotation({ schedule_expression: "rate(120 days)" }) }), /rotates every 120 days/);
  fail(
    "MESHQ-KEY-2",
    tf({ ...secret, ...rotation({ automatically_after_days: 30 }, { count: 0 }) }),
    /no rotation schedule \(aws_secretsmanager_secret_rotation\.r has count = 0\)/,
  );
  fail(
    "MESHQ-KEY-2",
    tf({ ...secret, ...rotation({ automatically_after_days: 30 }, { count: "${var.x}" }) }, variables),
    /has count = \$\{var\.x\}/,
  );
  fail("MESHQ-KEY-2", tf({ ...secret, ...rotation({ automatically_after_days: "${var.x}" }) }, variables), UNKNOWN);
});

test("MESHQ-KEY-3 key length", () => {
  const fn = (n: string) =>
    tf({ aws_lambda_function: { f: { environment: { variables: { KEY_LENGTH: n } } } } }, { ...variables, locals: { len: "16" } });
  pass("MESHQ-KEY-3", fn("64"));
  fail("MESHQ-KEY-3", fn("16"), /KEY_LENGTH is 16/);
  fail("MESHQ-KEY-3", fn("${local.len}"), /KEY_LENGTH is 16/);
  fail("MESHQ-KEY-3", fn("${var.x}"), UNKNOWN);
});

test("MESHQ-KEY-4 separate keys", () => {
  const ref = (name: string) => [{ secret_key_ref: [{ name, key: "value" }] }];
  const env = (a: string, b: string) => [
    { name: "API_KEY", value_from: ref(a) },
    { name: "API_KEY_AUTOMATION", value_from: ref(b) },
  ];
  pass("MESHQ-KEY-4", tf(deployment(restrictedContainer({ env: env("a", "b") }))));
  fail("MESHQ-KEY-4", tf(deployment(restrictedContainer({ env: env("a", "a") }))), /read the same secret a\/value/);
  // two Secrets the guard cannot know may be the same one
  fail("MESHQ-KEY-4", tf(deployment(restrictedContainer({ env: env("${var.a}", "b") })), variables), UNKNOWN);
});

test("MESHQ-KEY-5 secret values in Terraform", () => {
  pass("MESHQ-KEY-5", tf({ aws_secretsmanager_secret_version: { v: { secret_id: "x" } } }));
  fail("MESHQ-KEY-5", tf({ aws_secretsmanager_secret_version: { v: { secret_string: "x" } } }), /secret value in Terraform/);
  fail("MESHQ-KEY-5", tf({ kubernetes_secret_v1: { s: { data: { a: "b" } } } }), /Kubernetes Secret data/);
  fail(
    "MESHQ-KEY-5",
    tf({ kubernetes_manifest: { s: { manifest: { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, stringData: { a: "b" } } } } }),
    /Kubernetes Secret data/,
  );
  fail("MESHQ-KEY-5", tf({ aws_ssm_parameter: { p: { type: "SecureString", value: "x" } } }), /SecureString parameter/);
});

test("every control of the family has passing and failing cases here", () => {
  expectPaired(API_KEY_CONTROLS, ["MESHQ-KEY-6"]);
  // the operational control is never applicable, and says why
  expect(run("MESHQ-KEY-6", tf({})).status).toBe("not-applicable");
});

// The family's weakenings of whole stacks (test/guard/mutations/api-keys.ts), applied as a user would.
mutationSuite(API_KEY_MUTATIONS);

// Where the guard cannot know, it fails closed: an API key rotated by a function it does not see
// (another stack's, a variable, a function that is not a key generator) fails the rotation and
// key-length controls, unless the control is suppressed for the secret with a reason. The stack is
// the library's own, changed as an escape hatch or a user's raw resource would change it.
function keyStack(): TerraformJson {
  const stack = testStack();
  new RotatingApiKey(stack, "AutomationKey", { consumer: "automation" });
  return synth(stack).json as TerraformJson;
}
const keyBase = keyStack();
const rotationOf = (tf: TerraformJson) => Object.values<any>(tf.resource.aws_secretsmanager_secret_rotation)[0];
const resultOf = (tf: TerraformJson, id: string): ControlResult =>
  judge(tf, { stack: "t", stackFile: "stacks/t/cdk.tf.json", firstApply: false }).results.find((r) => r.control.id === id)!;

test("MESHQ-KEY-2 and MESHQ-KEY-3: the library's key passes: its rotator is a key generator of the stack", () => {
  expect(resultOf(keyBase, "MESHQ-KEY-2").status).toBe("pass");
  expect(resultOf(keyBase, "MESHQ-KEY-3").status).toBe("pass");
  expect(resultOf(keyBase, "MESHQ-KEY-3").judged).toEqual(
    expect.arrayContaining([expect.stringMatching(/^aws_secretsmanager_secret_rotation\./)]),
  );
});

test.each([
  [
    "a function of another account or stack (literal ARN)",
    "arn:aws:lambda:eu-west-1:444455556666:function:rotate-keys",
    /not a function of this stack/,
  ],
  ["a variable", "${var.rotation_function_arn}", /\$\{var\.rotation_function_arn\}, not a function of this stack/],
  ["a data source", "${data.aws_lambda_function.rotator.arn}", /not a function of this stack/],
])("MESHQ-KEY-2 and MESHQ-KEY-3: a rotation pointed at %s fails MESHQ-KEY-2 and MESHQ-KEY-3", (_what, arn, message) => {
  const tf = structuredClone(keyBase);
  rotationOf(tf).rotation_lambda_arn = arn;
  for (const id of ["MESHQ-KEY-2", "MESHQ-KEY-3"]) {
    const r = resultOf(tf, id);
    expect(r.status).toBe("fail");
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(message);
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(
      /the guard cannot know .*suppress this control for the secret with a reason/,
    );
  }
});

test("MESHQ-KEY-3: a function of the stack that is not a key generator (no KEY_LENGTH) fails the same way", () => {
  const tf = structuredClone(keyBase);
  const [name, fn] = Object.entries<any>(tf.resource.aws_lambda_function)[0];
  tf.resource.aws_lambda_function.Other = { ...structuredClone(fn), environment: { variables: {} } };
  rotationOf(tf).rotation_lambda_arn = "${aws_lambda_function.Other.arn}";
  expect(name).not.toBe("Other");
  expect(
    resultOf(tf, "MESHQ-KEY-3")
      .findings.map((f) => f.message)
      .join("\n"),
  ).toMatch(/aws_lambda_function\.Other, which is not a key generator of this library/);
  expect(resultOf(tf, "MESHQ-KEY-2").status).toBe("fail");
});

test("MESHQ-KEY-2 and MESHQ-KEY-3: the only way to accept an unseen rotator is a suppression with a reason, which the report records", () => {
  const stack = testStack();
  const key = new RotatingApiKey(stack, "AutomationKey", { consumer: "automation" });
  const rotation = key.node.findAll().find((c) => c.node.id === "Schedule")!;
  (rotation as any).addOverride("rotation_lambda_arn", "arn:aws:lambda:eu-west-1:444455556666:function:rotate-keys");
  HardeningGuard.suppress(key, "MESHQ-KEY-2", "rotated by the platform team's audited rotator, reviewed in SEC-123");
  HardeningGuard.suppress(key, "MESHQ-KEY-3", "rotated by the platform team's audited rotator, reviewed in SEC-123");
  synth(stack);
  const report = HardeningGuard.of(stack).lastReport!;
  for (const id of ["MESHQ-KEY-2", "MESHQ-KEY-3"]) {
    const r = report.results.find((x) => x.control.id === id)!;
    expect(r.status).toBe("pass");
    expect(r.suppressed.map((s) => s.reason)).toContain("rotated by the platform team's audited rotator, reviewed in SEC-123");
  }
});
