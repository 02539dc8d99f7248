import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { Testing } from "../../lib/compat/core";
import { alertPattern, CONTROL_ALERTS, ControlAlert } from "../../lib/policy/alerts";
import { DataBackend, HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { stackProps, synth } from "../util";

// Each alert's event pattern judged on matching and non-matching CloudTrail records by moto's
// EventBridge (test/fixtures/event-patterns/judge.py: TestEventPattern where moto implements it,
// measured on every run; otherwise its rule matching, PutEvents to an SQS target).

const ACCOUNT = "111122223333";
const WORKLOAD_ROLE = `arn:aws:iam::${ACCOUNT}:role/meshoptixiq-external-secrets`;
const SAMPLE: Record<string, { ids: string[]; other: string; forms?: string[] }> = {
  aws_lb_listener: {
    ids: [`arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:listener/app/mesh/0123/4567`],
    other: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:listener/app/other/1/2`,
  },
  aws_lb: {
    ids: [`arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/mesh/0123`],
    other: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/other/1`,
  },
  aws_elasticache_replication_group: { ids: ["meshoptixiq-cache"], other: "someone-elses-cache" },
  aws_kms_key: {
    ids: ["0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9", `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9`],
    other: "ffffffff-4e5f-6071-8293-a4b5c6d7e8f9",
  },
  aws_s3_bucket: { ids: ["meshoptixiq-alb-logs"], other: "another-bucket" },
  aws_secretsmanager_secret: {
    ids: ["meshoptixiq/api-key/operators", `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:meshoptixiq/api-key/operators-AbCdEf`],
    other: "someone/else",
    forms: [`arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:meshoptixiq/api-key/operators`],
  },
  aws_security_group: { ids: ["sg-0123456789abcdef0"], other: "sg-0fedcba9876543210" },
  aws_db_instance: { ids: ["meshoptixiq-postgres"], other: "another-db" },
  aws_lambda_code_signing_config: {
    ids: [`arn:aws:lambda:eu-west-1:${ACCOUNT}:code-signing-config:csc-0123456789abcdef0`],
    other: `arn:aws:lambda:eu-west-1:${ACCOUNT}:code-signing-config:csc-0fedcba9876543210`,
  },
  aws_signer_signing_profile: { ids: ["meshoptixiq_rotation_20260101000000000000000001"], other: "payments_rotation_1" },
  aws_lambda_function: {
    ids: ["meshoptixiq-key-rotation", `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:meshoptixiq-key-rotation`],
    other: "someone-elses-function",
    forms: [`${ACCOUNT}:function:meshoptixiq-key-rotation`],
  },
};

const patternOf = (a: ControlAlert) => {
  const s = SAMPLE[a.resourceType];
  const ids =
    a.resourceType === "aws_secretsmanager_secret"
      ? [...s.ids, { suffix: `:secret:${s.ids[0]}` }]
      : a.resourceType === "aws_lambda_function"
        ? [...s.ids, { suffix: `:function:${s.ids[0]}` }]
        : s.ids;
  return alertPattern(a, ids, [WORKLOAD_ROLE]);
};
const record = (
  a: ControlAlert,
  eventName: string,
  id: string,
  principal: any = { type: "IAMUser", arn: `arn:aws:iam::${ACCOUNT}:user/alice` },
) => ({
  eventVersion: "1.09",
  userIdentity: principal,
  eventSource: a.eventSource,
  eventName,
  awsRegion: "eu-west-1",
  requestParameters: { [a.parameter]: id },
  eventType: "AwsApiCall",
  readOnly: !!a.readOnly,
  managementEvent: true,
});
const assumed = (roleArn: string) => ({
  type: "AssumedRole",
  arn: roleArn.replace(":iam::", ":sts::").replace(":role/", ":assumed-role/") + "/session",
  sessionContext: { sessionIssuer: { type: "Role", arn: roleArn } },
});

interface Case {
  readonly alert: string;
  readonly what: string;
  readonly expected: boolean;
  readonly pattern: unknown;
  readonly event: unknown;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const a of CONTROL_ALERTS) {
    const s = SAMPLE[a.resourceType];
    const pattern = patternOf(a);
    const add = (what: string, expected: boolean, event: unknown) => out.push({ alert: a.id, what, expected, pattern, event });
    for (const name of a.eventNames) for (const id of [...s.ids, ...(s.forms ?? [])]) add(`${name} on ${id}`, true, record(a, name, id));
    // Lambda appends the API version to the names it records
    if (a.versionedEventNames)
      add(`${a.eventNames[0]}20150331v2 on ${s.ids[0]}`, true, record(a, `${a.eventNames[0]}20150331v2`, s.ids[0]));
    add(`${a.eventNames[0]} on a resource outside the stack`, false, record(a, a.eventNames[0], s.other));
    add("another call on the stack's resource", false, record(a, a.readOnly ? "DescribeSecret" : "DescribeSomething", s.ids[0]));
    add("the same call from another service", false, { ...record(a, a.eventNames[0], s.ids[0]), eventSource: "other.amazonaws.com" });
    if (a.readOnly) {
      add("read by the stack's workload role", false, record(a, a.eventNames[0], s.ids[0], assumed(WORKLOAD_ROLE)));
      add(
        "read by another role (a person's SSO session)",
        true,
        record(a, a.eventNames[0], s.ids[0], assumed(`arn:aws:iam::${ACCOUNT}:role/AWSReservedSSO_Admin`)),
      );
      add("read by the root user", true, record(a, a.eventNames[0], s.ids[0], { type: "Root", arn: `arn:aws:iam::${ACCOUNT}:root` }));
    }
  }
  return out;
}

const python = join(__dirname, "..", "..", ".venv", "bin", "python");
const haveMoto = existsSync(python) && spawnSync(python, ["-c", "import moto, boto3"]).status === 0;
if (!haveMoto && process.env.MESHQ_REQUIRE_MOTO === "1")
  throw new Error("MESHQ_REQUIRE_MOTO=1 but .venv has no moto: pip install -r requirements-ci.txt");
const describeMoto = haveMoto ? describe : describe.skip;

describeMoto("the control alerts' event patterns on CloudTrail records (moto's EventBridge)", () => {
  const all = cases();
  let judged: { testEventPattern: string; engine: string; matches: boolean[] };
  beforeAll(() => {
    const r = spawnSync(python, [join(__dirname, "..", "fixtures", "event-patterns", "judge.py")], {
      input: JSON.stringify({ cases: all.map((c) => ({ pattern: c.pattern, event: c.event })) }),
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(r.stderr);
    judged = JSON.parse(r.stdout);
    console.log(
      `event patterns: ${all.length} CloudTrail records judged by ${judged.engine}; moto's TestEventPattern: ${judged.testEventPattern}`,
    );
  });
  test("every alert has matching and non-matching records", () => {
    for (const a of CONTROL_ALERTS) {
      expect(all.some((c) => c.alert === a.id && c.expected)).toBe(true);
      expect(all.some((c) => c.alert === a.id && !c.expected)).toBe(true);
    }
  });
  test.each(all.map((c, i) => [c.alert, c.what, c.expected, i] as const))("%s: %s -> %s", (_a, _w, expected, i) => {
    expect(judged.matches[i]).toBe(expected);
  });
});

describe("ControlAlerts in HardenedMeshStack", () => {
  const rulesOf = (json: any) =>
    Object.entries(json.resource.aws_cloudwatch_event_rule as Record<string, any>)
      .filter(([k]) => k.startsWith("ControlAlerts_"))
      .map(([, r]) => r);
  test("a rule per watched resource type of the stack, to a KMS-encrypted log group; ModifyDBInstance only with RDS", () => {
    const neo4j = synth(new HardenedMeshStack(Testing.app(), "a", stackProps())).json;
    const postgres = synth(new HardenedMeshStack(Testing.app(), "b", stackProps({ dataBackend: DataBackend.POSTGRES }))).json;
    const names = (json: any) =>
      rulesOf(json)
        .map((r) => r.name.replace(/^meshoptixiq-alert-/, ""))
        .sort();
    expect(names(neo4j)).toEqual([
      "bucket",
      "cache",
      "code-signing",
      "function-code",
      "key-read",
      "kms",
      "listener",
      "rotation",
      "security-group",
      "signing-profile",
      "waf",
    ]);
    expect(names(postgres)).toContain("database");
    const group = Object.entries(neo4j.resource.aws_cloudwatch_log_group as Record<string, any>).find(([k]) =>
      k.startsWith("ControlAlerts_"),
    )![1];
    expect(group.name).toBe("/aws/events/meshoptixiq-control-alerts");
    expect(group.kms_key_id).toMatch(/^\$\{aws_kms_key\.ControlAlerts_Key_\w+\.arn\}$/);
    const read = rulesOf(neo4j).find((r) => r.name.endsWith("key-read"));
    expect(read.state).toBe("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
    expect(read.event_pattern).toContain("aws_iam_role.");
    const targets = Object.entries(neo4j.resource.aws_cloudwatch_event_target as Record<string, any>).filter(([k]) =>
      k.startsWith("ControlAlerts_"),
    );
    // each rule: the audit path (the log group) and the stack's one alert topic
    expect(targets.filter(([k]) => k.startsWith("ControlAlerts_Target-")).map(([, t]) => t.arn)).toEqual(
      Array(11).fill(expect.stringMatching(/^\$\{aws_cloudwatch_log_group\.ControlAlerts_LogGroup_\w+\.arn\}$/)),
    );
    expect(targets.filter(([k]) => k.startsWith("ControlAlerts_Notify-")).map(([, t]) => t.arn)).toEqual(
      Array(11).fill(expect.stringMatching(/^\$\{aws_sns_topic\.Alerts_[0-9A-F]+\.arn\}$/)),
    );
    // one topic: the stack's alert topic (id Alerts), never a second one for the control alerts
    expect(Object.keys(neo4j.resource.aws_sns_topic)).toEqual([expect.stringMatching(/^Alerts_[0-9A-F]+$/)]);
  });
  test("one alert topic: the alarms' and the control alerts', KMS encrypted, subscriptions a prop, published to by the stack's rules only", () => {
    const json = synth(
      new HardenedMeshStack(
        Testing.app(),
        "c",
        stackProps({ alertSubscriptions: [{ protocol: "email", endpoint: "secops@example.com" }] }),
      ),
    ).json;
    expect(Object.values(json.resource.aws_sns_topic_subscription as Record<string, any>)).toEqual([
      expect.objectContaining({ protocol: "email", endpoint: "secops@example.com" }),
    ]);
    const topics = Object.entries(json.resource.aws_sns_topic as Record<string, any>);
    expect(topics).toHaveLength(1);
    expect(topics[0][1].kms_master_key_id).toMatch(/^\$\{aws_kms_key\.Alerts_Key_\w+\.arn\}$/);
    const policy = JSON.stringify(Object.values(json.resource.aws_sns_topic_policy as Record<string, any>)[0].policy);
    expect(policy).toContain("events.amazonaws.com");
    expect(policy).toContain("aws:SourceArn");
    const rules = Object.keys(json.resource.aws_cloudwatch_event_rule as Record<string, any>).filter((k) =>
      k.startsWith("ControlAlerts_Rule-"),
    );
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) expect(policy).toContain(`aws_cloudwatch_event_rule.${r}.arn`);
    // the topic's key lets EventBridge encrypt for this account, and CloudWatch alarms still publish
    const key = JSON.stringify(
      Object.entries(json.resource.aws_kms_key as Record<string, any>).find(([k]) => k.startsWith("Alerts_Key_"))![1].policy,
    );
    expect(key).toContain("EventBridgeRulesPublish");
    expect(key).toContain("CloudWatchAlarmsPublish");
  });
});
