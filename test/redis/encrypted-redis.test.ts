import { NetworkModel } from "../../lib/network/network-model";
import { ApiIngressMode, SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { CacheEngine, EncryptedRedis, EncryptedRedisProps } from "../../lib/redis/encrypted-redis";
import { SecretDeliveryMode } from "../../lib/secrets/external-secrets";
import { AlertTopic } from "../../lib/core/alert-topic";
import { annotations, apiStack, doc, fixture, manifestsOf, only, resourcesOf, synth, testStack, literal } from "../util";

const base = {
  vpcId: fixture.vpcId,
  subnetIds: ["subnet-0000000000000000a", "subnet-0000000000000000b"],
  subnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
};

function withCache(extra: Partial<EncryptedRedisProps> = {}, apiExtra: Parameters<typeof apiStack>[0] = {}) {
  const { stack, api } = apiStack(apiExtra);
  const cache = new EncryptedRedis(stack, "Cache", { api, ...base, ...extra });
  return { stack, api, cache, s: synth(stack) };
}

describe("EncryptedRedis", () => {
  const { s, stack } = withCache();
  const group = only(s, "aws_elasticache_replication_group");
  const fn = only(s, "aws_lambda_function");

  test("a Valkey replication group: TLS required, customer key at rest, Multi-AZ with failover, encrypted snapshots", () => {
    expect(group).toMatchObject({
      replication_group_id: "meshoptixiq-cache",
      engine: "valkey",
      engine_version: "8.0",
      cluster_mode: "disabled",
      num_cache_clusters: 2,
      port: 6379,
      automatic_failover_enabled: true,
      multi_az_enabled: true,
      transit_encryption_enabled: true,
      transit_encryption_mode: "required",
      at_rest_encryption_enabled: "true",
      snapshot_retention_limit: 7,
      final_snapshot_identifier: "meshoptixiq-cache-final",
      auto_minor_version_upgrade: "true",
    });
    expect(group.kms_key_id).toMatch(/^\$\{aws_kms_key\.Cache_Key_[0-9A-F]+\.arn\}$/);
    expect(group.log_delivery_configuration.map((l: any) => [l.log_type, l.destination_type])).toEqual([
      ["slow-log", "cloudwatch-logs"],
      ["engine-log", "cloudwatch-logs"],
    ]);
    for (const lg of resourcesOf(s, "aws_cloudwatch_log_group").filter((l) => l.name.startsWith("/aws/elasticache/"))) {
      expect(lg).toMatchObject({ retention_in_days: 365 });
      expect(lg.kms_key_id).toMatch(/aws_kms_key\.Cache_Key/);
    }
  });

  test("its own subnet group and security group; no egress on the cache's group", () => {
    expect(group.subnet_group_name).toMatch(/^\$\{aws_elasticache_subnet_group\.Cache_SubnetGroup_[0-9A-F]+\.name\}$/);
    expect(only(s, "aws_elasticache_subnet_group")).toMatchObject({ name: "meshoptixiq-cache-subnets", subnet_ids: base.subnetIds });
    expect(group.security_group_ids).toEqual([expect.stringMatching(/^\$\{aws_security_group\.Cache_SecurityGroup_[0-9A-F]+\.id\}$/)]);
    const sg = Object.entries(s.resources.aws_security_group).find(([k]) => k.startsWith("Cache_SecurityGroup"))![1];
    expect(sg.egress).toBeUndefined();
    expect(sg.ingress).toBeUndefined();
  });

  test("authentication from creation: a user group with the default user off and the API user off, attached to the group", () => {
    expect(group.auth_token).toBeUndefined();
    expect(group.auth_token_update_strategy).toBeUndefined();
    expect(group.user_group_ids).toEqual([
      expect.stringMatching(/^\$\{aws_elasticache_user_group\.Cache_UserGroup_[0-9A-F]+\.user_group_id\}$/),
    ]);
    const userGroup = only(s, "aws_elasticache_user_group");
    expect(userGroup).toMatchObject({ user_group_id: "meshoptixiq-cache-users", engine: "redis" });
    const users = s.resources.aws_elasticache_user;
    const byName = (name: string) => Object.entries(users).find(([, u]: [string, any]) => u.user_name === name)!;
    const [defaultKey, defaultUser] = byName("default") as [string, any];
    const [apiKey, apiUser] = byName("meshoptixiq-api") as [string, any];
    expect(userGroup.user_ids).toEqual([`\${aws_elasticache_user.${defaultKey}.user_id}`, `\${aws_elasticache_user.${apiKey}.user_id}`]);
    expect(defaultUser).toMatchObject({
      user_id: "meshoptixiq-cache-default-off",
      engine: "redis",
      access_string: "off -@all",
      authentication_mode: { type: "no-password-required" },
    });
    expect(apiUser).toMatchObject({
      user_id: "meshoptixiq-cache-api",
      engine: "redis",
      access_string: "off ~* -@all +@read +@write +@keyspace +@transaction +@connection -@dangerous",
      authentication_mode: { type: "no-password-required" },
    });
    // the rotation function enables the user and sets its passwords; the next apply must not undo it
    expect(apiUser.lifecycle.ignore_changes).toEqual(["access_string", "authentication_mode", "passwords", "no_password_required"]);
  });

  test("no credential in configuration or state: no password, no auth_token, no secret version, an empty secret with its own key", () => {
    for (const user of resourcesOf(s, "aws_elasticache_user")) {
      expect(user.passwords).toBeUndefined();
      expect(user.authentication_mode.passwords).toBeUndefined();
    }
    expect(s.resources.aws_secretsmanager_secret_version).toBeUndefined();
    expect(s.text).not.toMatch(/"auth_token"\s*:|"passwords"\s*:/);
    const secret = Object.values(s.resources.aws_secretsmanager_secret).find((x: any) => x.name === "meshoptixiq/cache/auth-token");
    expect(secret.kms_key_id).toMatch(/aws_kms_key\.Cache_TokenSecret_Key/);
  });

  test("6379 only from the API: one security group rule from the API pods' own group, and the API's egress policy to the cache subnets", () => {
    const rules = resourcesOf(s, "aws_security_group_rule").filter((r) => r.from_port === 6379 || r.to_port === 6379);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      type: "ingress",
      source_security_group_id: "${aws_security_group.Api_PodSecurityGroup_25818694.id}",
      from_port: 6379,
      to_port: 6379,
      protocol: "tcp",
    });
    expect(rules[0].security_group_id).toMatch(/aws_security_group\.Cache_SecurityGroup/);
    const policy = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(policy.spec.egress).toContainEqual({
      to: base.subnetCidrs.map((cidr) => ({ ip_block: { cidr } })),
      ports: [{ port: "6379", protocol: "TCP" }],
    });
  });

  test("the API's REDIS_URL is rediss:// with certificate verification, built by External Secrets; the API restarts on rotation", () => {
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-cache-url");
    expect(es.spec.data.map((d: any) => d.remoteRef.property)).toEqual(["password"]);
    expect(es.spec.data[0].remoteRef.key).toMatch(/aws_secretsmanager_secret\.Cache_TokenSecret_[0-9A-F]+\.arn/);
    expect(es.spec.target.template.data.value).toMatch(
      /^rediss:\/\/meshoptixiq-api:\{\{ \.password \| urlquery \}\}@\$\{aws_elasticache_replication_group\.Cache_[0-9A-F]+\.primary_endpoint_address\}:6379\/0\?ssl_cert_reqs=required&ssl_check_hostname=true$/,
    );
    const deployment = only(s, "kubernetes_deployment_v1");
    const ref = deployment.spec.template.spec.container[0].env.find((e: any) => e.name === "REDIS_URL").value_from.secret_key_ref;
    expect(ref).toMatchObject({ key: "value", optional: false });
    expect(literal(s, ref.name)).toBe("meshoptixiq-cache-url");
    expect(deployment.metadata.annotations["secret.reloader.stakater.com/reload"]).toContain("meshoptixiq-cache-url");
    // the API's role may read the token secret
    const grants = resourcesOf(s, "aws_iam_role_policy").filter((p) => /Cache_TokenSecret/.test(JSON.stringify(p)));
    expect(grants.map((p) => p.name)).toContain("Read-meshoptixiq-api");
  });

  test("the rotation function: this user, its group and this secret only, 15-minute timeout; no finalize schedule", () => {
    expect(fn).toMatchObject({ function_name: "meshoptixiq-cache-token-rotation", runtime: "nodejs24.x", timeout: 900 });
    const vars = fn.environment.variables;
    expect(vars).toMatchObject({
      USER_NAME: "meshoptixiq-api",
      ACCESS_STRING: "on ~* -@all +@read +@write +@keyspace +@transaction +@connection -@dangerous",
      PASSWORD_LENGTH: "64",
      CACHE_PORT: "6379",
      URL_QUERY: "ssl_cert_reqs=required&ssl_check_hostname=true",
    });
    expect(vars.USER_ID).toMatch(/aws_elasticache_user\.Cache_ApiUser_[0-9A-F]+\.user_id/);
    expect(vars.USER_GROUP_ID).toMatch(/aws_elasticache_user_group\.Cache_UserGroup_[0-9A-F]+\.user_group_id/);
    expect(vars.REPLICATION_GROUP_ID).toMatch(/aws_elasticache_replication_group\.Cache_[0-9A-F]+\.replication_group_id/);
    expect(vars.CACHE_HOST).toMatch(/primary_endpoint_address/);
    expect(vars.TOKEN_LENGTH).toBeUndefined();
    const policy = doc(resourcesOf(s, "aws_iam_role_policy").find((p) => p.name === "rotation").policy);
    expect(policy.Statement.filter((x: any) => JSON.stringify(x.Action).includes("elasticache:"))).toEqual([
      {
        Sid: "SetThisUsersPasswords",
        Effect: "Allow",
        Action: ["elasticache:DescribeUsers", "elasticache:ModifyUser"],
        Resource: expect.stringMatching(/^\$\{aws_elasticache_user\.Cache_ApiUser_[0-9A-F]+\.arn\}$/),
      },
      {
        Sid: "ReadItsUserGroup",
        Effect: "Allow",
        Action: ["elasticache:DescribeUserGroups"],
        Resource: expect.stringMatching(/^\$\{aws_elasticache_user_group\.Cache_UserGroup_[0-9A-F]+\.arn\}$/),
      },
    ]);
    const schedule = only(s, "aws_secretsmanager_secret_rotation");
    expect(schedule).toMatchObject({ rotation_rules: { automatically_after_days: 30 }, rotate_immediately: true });
    expect(schedule.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^aws_elasticache_replication_group\.Cache_/)]));
    expect(s.resources.aws_cloudwatch_event_rule).toBeUndefined();
    expect(resourcesOf(s, "aws_lambda_permission").map((p) => p.principal)).toEqual(["secretsmanager.amazonaws.com"]);
  });

  test("a failed rotation raises an alarm through an encrypted alert topic that only CloudWatch alarms may publish to", () => {
    const alarm = only(s, "aws_cloudwatch_metric_alarm");
    expect(alarm).toMatchObject({
      alarm_name: "meshoptixiq-cache-token-rotation-failed",
      namespace: "AWS/Lambda",
      metric_name: "Errors",
      dimensions: { FunctionName: "meshoptixiq-cache-token-rotation" },
      statistic: "Sum",
      threshold: 1,
      comparison_operator: "GreaterThanOrEqualToThreshold",
      treat_missing_data: "notBreaching",
    });
    const [topicKey, topic] = Object.entries(s.resources.aws_sns_topic)[0] as [string, any];
    expect(alarm.alarm_actions).toEqual([`\${aws_sns_topic.${topicKey}.arn}`]);
    expect(alarm.ok_actions).toEqual(alarm.alarm_actions);
    expect(topic.kms_master_key_id).toMatch(/^\$\{aws_kms_key\.Cache_Alerts_Key_[0-9A-F]+\.arn\}$/);
    const topicPolicy = doc(only(s, "aws_sns_topic_policy").policy).Statement;
    expect(topicPolicy[0]).toMatchObject({ Principal: { Service: "cloudwatch.amazonaws.com" }, Action: ["sns:Publish"] });
    expect(topicPolicy[1]).toMatchObject({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } });
    const key = Object.entries(s.resources.aws_kms_key).find(([k]) => k.startsWith("Cache_Alerts_Key"))![1] as any;
    expect(doc(key.policy).Statement.find((x: any) => x.Sid === "CloudWatchAlarmsPublish")).toMatchObject({
      Principal: { Service: "cloudwatch.amazonaws.com" },
      Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
    });
  });

  test("the cache key is usable only through ElastiCache and by the cache's log groups", () => {
    const key = Object.entries(s.resources.aws_kms_key).find(([k]) => /^Cache_Key_/.test(k))![1];
    const statements = doc(key.policy).Statement;
    const viaService = statements.find((x: any) => x.Sid === "UseThroughElastiCache");
    expect(viaService.Condition.StringEquals["kms:ViaService"]).toMatch(/^elasticache\./);
    expect(statements.filter((x: any) => x.Sid === "CloudWatchLogs")).toHaveLength(2);
  });

  test("every cache control passes on the construct's output", () => {
    const results = HardeningGuard.of(stack).lastResults.filter((r) => r.control.id.startsWith("MESHQ-CACHE"));
    expect(results.map((r) => [r.control.id, r.status])).toEqual([
      ["MESHQ-CACHE-1", "pass"],
      ["MESHQ-CACHE-2", "pass"],
      ["MESHQ-CACHE-3", "pass"],
      ["MESHQ-CACHE-4", "pass"],
      ["MESHQ-CACHE-5", "pass"],
      ["MESHQ-CACHE-6", "pass"],
      ["MESHQ-CACHE-7", "pass"],
    ]);
  });
});

describe("EncryptedRedis options", () => {
  test("with SECRETS_PROVIDER=aws the API gets the secret's ARN; the variable name is configurable", () => {
    const { s } = withCache(
      { urlVariable: "CACHE_URL" },
      { secretDelivery: SecretDeliveryMode.AWS_PROVIDER, awsApiCidrs: ["10.40.20.0/24"] },
    );
    const env = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env;
    expect(env).toContainEqual({
      name: "CACHE_URL_SECRET_ARN",
      value: expect.stringMatching(/aws_secretsmanager_secret\.Cache_TokenSecret/),
    });
    expect(manifestsOf(s, "ExternalSecret")).toHaveLength(0);
  });

  test("Redis OSS, more nodes, longer retention, a custom id and client options", () => {
    const { s } = withCache({
      engine: CacheEngine.REDIS,
      nodeCount: 3,
      snapshotRetentionDays: 14,
      replicationGroupId: "corp-meshq-cache",
      urlQuery: "ssl_cert_reqs=required",
      passwordLength: 128,
      rotationDays: 7,
    });
    expect(only(s, "aws_elasticache_replication_group")).toMatchObject({
      engine: "redis",
      engine_version: "7.1",
      num_cache_clusters: 3,
      snapshot_retention_limit: 14,
      replication_group_id: "corp-meshq-cache",
    });
    expect(only(s, "aws_lambda_function").environment.variables.PASSWORD_LENGTH).toBe("128");
    expect(only(s, "aws_elasticache_replication_group").user_group_ids).toHaveLength(1);
    expect(only(s, "aws_secretsmanager_secret_rotation").rotation_rules.automatically_after_days).toBe(7);
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-cache-url");
    expect(es.spec.target.template.data.value).toMatch(/\/0\?ssl_cert_reqs=required$/);
  });

  test("a long deployment name still gives a valid replication group id of at most 40 characters", () => {
    const { cache, s } = withCache({}, { deploymentName: "network-intelligence-production-eu-central" });
    expect(cache.replicationGroupId).toBe("network-intelligence-production-eu-cache");
    expect(cache.replicationGroupId.length).toBeLessThanOrEqual(40);
    // names derived from it stay within AWS limits the offline validation cannot check
    expect(only(s, "aws_lambda_function").function_name.length).toBeLessThanOrEqual(64);
    expect(only(s, "aws_sqs_queue").name_prefix.length).toBeLessThanOrEqual(80 - 26);
    for (const u of resourcesOf(s, "aws_elasticache_user")) expect(u.user_id.length).toBeLessThanOrEqual(40);
    expect(only(s, "aws_elasticache_user_group").user_group_id).toBe("network-intelligence-production-eu-users");
    const role = Object.entries(s.resources.aws_iam_role).find(([k]) => k.startsWith("Cache_TokenRotation_Role"))![1];
    expect(role.name_prefix.length).toBeLessThanOrEqual(38);
    const digits = withCache({}, { deploymentName: "42-meshq" });
    expect(digits.cache.replicationGroupId).toBe("m42-meshq-cache");
  });

  test("ingress-controller mode: the pods' security group is required, and admitted through the network model", () => {
    const make = (clientSecurityGroupId?: string) => {
      const stack = testStack();
      const api = new SecureMeshApi(stack, "Api", {
        networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
        oidcProviderArn: fixture.oidcProviderArn,
        image: fixture.image,
        ingressMode: ApiIngressMode.INGRESS_CONTROLLER,
        ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
      });
      new EncryptedRedis(stack, "Cache", { api, ...base, clientSecurityGroupId });
      return stack;
    };
    expect(() => make()).toThrow(/\[MESHQ-REQUIRED\] EncryptedRedis: clientSecurityGroupId received undefined/);
    // a group outside the stack: the guard cannot know who carries it, so it takes a recorded reason
    expect(() => synth(make("sg-0aaaabbbbccccdddd"))).toThrow(
      /MESHQ-NET-9.*admits sg-0aaaabbbbccccdddd, a security group outside the stack/,
    );
    const stack = make("sg-0aaaabbbbccccdddd");
    HardeningGuard.suppress(NetworkModel.of(stack), "MESHQ-NET-9", "the platform team's pod group, given by its own SecurityGroupPolicy");
    const s = synth(stack);
    const rules = resourcesOf(s, "aws_security_group_rule").filter((r) => r.from_port === 6379);
    expect(rules).toEqual([expect.objectContaining({ type: "ingress", source_security_group_id: "sg-0aaaabbbbccccdddd" })]);
    expect(Object.keys(s.resources.aws_security_group_rule).some((k) => k.includes("meshoptixiq-api-pods-to-meshoptixiq-cache"))).toBe(
      true,
    );
  });

  test("tokenOverlapMinutes is ignored with a warning that says why", () => {
    const { stack } = withCache({ tokenOverlapMinutes: 90 });
    expect(annotations(stack, "warning").join("\n")).toMatch(
      /tokenOverlapMinutes is ignored: the previous password stays valid until the next rotation/,
    );
  });

  test("a stack's alert topic is used instead of the cache's own", () => {
    const { stack, api } = apiStack();
    const topic = new AlertTopic(stack, "Alerts", {
      deploymentName: "meshoptixiq",
      subscriptions: [{ protocol: "email", endpoint: "oncall@example.com" }],
    });
    new EncryptedRedis(stack, "Cache", { api, ...base, alertTopic: topic });
    const s = synth(stack);
    expect(Object.keys(s.resources.aws_sns_topic)).toEqual([expect.stringMatching(/^Alerts_[0-9A-F]+$/)]);
    expect(only(s, "aws_sns_topic_subscription")).toMatchObject({ protocol: "email", endpoint: "oncall@example.com" });
    expect(() => topic.subscribe({ protocol: "https", endpoint: "http://hooks.example.com" })).toThrow(
      /AlertTopic: subscriptions received "https http:\/\/hooks\.example\.com"; allowed: email, https/,
    );
  });

  test("stable addresses of the group, its key and its secret", () => {
    const { s } = withCache();
    expect(Object.keys(s.resources.aws_elasticache_replication_group)).toEqual(["Cache_18F6EE16"]);
    expect(Object.keys(s.resources.aws_kms_key)).toContain("Cache_Key_CDF9DE27");
    // those of the earlier AUTH-token design: an upgrade keeps the secret, its key and the function's logs
    expect(Object.keys(s.resources.aws_secretsmanager_secret)).toContain("Cache_TokenSecret_6426FBF3");
    expect(Object.keys(s.resources.aws_kms_key)).toContain("Cache_TokenSecret_Key_7B3B3E88");
    expect(Object.keys(s.resources.aws_cloudwatch_log_group)).toContain("Cache_TokenRotation_Logs_3CD12BF7");
  });
});

describe("EncryptedRedis errors name the property, what is allowed and the fix", () => {
  const cases: Array<[Partial<EncryptedRedisProps>, RegExp]> = [
    [
      { subnetIds: ["subnet-0000000000000000a"] },
      /\[MESHQ-REPLICAS\] EncryptedRedis: subnetIds received \["subnet-0000000000000000a"\]; allowed: private subnets in at least two/,
    ],
    [
      { nodeCount: 1 },
      /\[MESHQ-REPLICAS\] EncryptedRedis: nodeCount received 1; allowed: an integer from 2 to 6\. Fix: keep at least a primary/,
    ],
    [
      { replicationGroupId: "Meshq_Cache" },
      /\[MESHQ-NAME\] EncryptedRedis: replicationGroupId received "Meshq_Cache"; allowed: lowercase letters/,
    ],
    [{ replicationGroupId: "a".repeat(41) }, /replicationGroupId received "a{41}"; allowed: .* at most 40 characters/],
    [{ replicationGroupId: "meshq--cache" }, /replicationGroupId received "meshq--cache"/],
    [{ passwordLength: 16 }, /\[MESHQ-KEY-LENGTH\] EncryptedRedis: passwordLength received 16; allowed: an integer from 32 to 128/],
    [{ tokenLength: 256 }, /\[MESHQ-KEY-LENGTH\] EncryptedRedis: tokenLength received 256/],
    [{ rotationDays: 365 }, /\[MESHQ-ROTATION-SCHEDULE\] EncryptedRedis: rotationDays received 365; allowed: an integer from 1 to 90/],
    [{ snapshotRetentionDays: 0 }, /\[MESHQ-RETENTION\] EncryptedRedis: snapshotRetentionDays received 0/],
    [{ logRetentionDays: 30 }, /logRetentionDays received 30; allowed: an integer from 365 to 3653/],
    [
      { urlQuery: "ssl_cert_reqs=none" },
      /\[MESHQ-SSLMODE\] EncryptedRedis: urlQuery received "ssl_cert_reqs=none"; allowed: .*none of which switches/,
    ],
    [{ urlQuery: "ssl_check_hostname=false&x=1" }, /urlQuery received "ssl_check_hostname=false&x=1"/],
    [{ urlQuery: "?ssl_cert_reqs=required" }, /urlQuery received "\?ssl_cert_reqs=required"/],
    [
      { engine: CacheEngine.REDIS, engineVersion: "6.2" },
      /engineVersion received "6\.2"; allowed: a major\.minor version of redis, 7\.0 or later/,
    ],
    [{ engineVersion: "7.1" }, /engineVersion received "7\.1"; allowed: a major\.minor version of valkey, 7\.2 or later/],
    [{ engine: "memcached" as CacheEngine }, /engine received "memcached"; allowed: "valkey" or "redis"/],
    [{ nodeType: "t4g.medium" }, /nodeType received "t4g\.medium"; allowed: an ElastiCache node type/],
    [{ snapshotWindow: "2am" }, /snapshotWindow received "2am"; allowed: a UTC window hh:mm-hh:mm/],
    [{ maintenanceWindow: "sunday" }, /maintenanceWindow received "sunday"; allowed: a UTC window ddd:hh:mm-ddd:hh:mm/],
    [{ subnetCidrs: ["10.40.10.0/33"] }, /\[MESHQ-CIDR\] EncryptedRedis: subnetCidrs received "10\.40\.10\.0\/33"/],
  ];
  test.each(cases)("%j", (props, message) => {
    const { stack, api } = apiStack();
    expect(() => new EncryptedRedis(stack, "Cache", { api, ...base, ...props })).toThrow(message);
  });
});
