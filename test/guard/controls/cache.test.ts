import { Testing, TerraformStack } from "../../../lib/compat/core";
import { SecurityGroupRule } from "../../../lib/compat/aws/security-group-rule";
import { CONTROLS } from "../../../lib/guard/catalogue";
import { CACHE_CONTROLS } from "../../../lib/guard/controls/cache";
import { HardeningGuard } from "../../../lib/guard/hardening-guard";
import { ControlResult } from "../../../lib/guard/model";
import { EncryptedRedis } from "../../../lib/redis/encrypted-redis";
import { apiStack, fixture } from "../../util";
import { expectPaired, fail, pass, run, tf, UNKNOWN } from "./support";

// Every cache rule, twice, always through the guard's own evaluation: on minimal synthesized JSON,
// and on a real stack weakened by an escape hatch (the rule as synth applies it). The same rules on
// Terraform's plan: test/guard/cache-plan.integration.test.ts.
const compliantGroup = {
  replication_group_id: "meshq-cache",
  user_group_ids: ["${aws_elasticache_user_group.ug.user_group_id}"],
  port: 6379,
  transit_encryption_enabled: true,
  transit_encryption_mode: "required",
  at_rest_encryption_enabled: "true",
  kms_key_id: "${aws_kms_key.k.arn}",
  subnet_group_name: "${aws_elasticache_subnet_group.s.name}",
  security_group_ids: ["${aws_security_group.sg.id}"],
  snapshot_retention_limit: 7,
  final_snapshot_identifier: "meshq-cache-final",
};
const compliantUsers = {
  aws_elasticache_user: {
    off: {
      user_id: "meshq-cache-default-off",
      user_name: "default",
      engine: "redis",
      access_string: "off -@all",
      authentication_mode: { type: "no-password-required" },
    },
    api: {
      user_id: "meshq-cache-api",
      user_name: "meshoptixiq-api",
      engine: "redis",
      access_string: "off ~* -@all +@read +@write",
      authentication_mode: { type: "no-password-required" },
    },
  },
  aws_elasticache_user_group: {
    ug: {
      user_group_id: "meshq-cache-users",
      engine: "redis",
      user_ids: ["${aws_elasticache_user.off.user_id}", "${aws_elasticache_user.api.user_id}"],
    },
  },
};
const rotation = (days: unknown = 30, passwordLength = "64", accessString = "on ~* -@all +@read +@write") => ({
  aws_lambda_function: {
    rot: {
      environment: {
        variables: {
          USER_ID: "${aws_elasticache_user.api.user_id}",
          REPLICATION_GROUP_ID: "${aws_elasticache_replication_group.g.replication_group_id}",
          PASSWORD_LENGTH: passwordLength,
          ACCESS_STRING: accessString,
        },
      },
    },
  },
  aws_secretsmanager_secret_rotation: {
    sched: {
      rotation_lambda_arn: "${aws_lambda_function.rot.arn}",
      rotation_rules: { automatically_after_days: days },
      rotate_immediately: true,
    },
  },
});
const fromApi = {
  aws_security_group: { sg: {} },
  aws_security_group_rule: {
    in: {
      type: "ingress",
      security_group_id: "${aws_security_group.sg.id}",
      source_security_group_id: "sg-0123456789abcdef0",
      from_port: 6379,
      to_port: 6379,
      protocol: "tcp",
    },
  },
};
const cacheStack = (group: Record<string, unknown> = {}, extra: Record<string, Record<string, unknown>> = {}) =>
  tf({
    aws_elasticache_replication_group: { g: { ...compliantGroup, ...group } },
    aws_kms_key: { k: { enable_key_rotation: true } },
    aws_elasticache_subnet_group: { s: { name: "meshq-cache", subnet_ids: ["subnet-0123456789abcdef0"] } },
    ...compliantUsers,
    ...rotation(),
    ...fromApi,
    ...extra,
  });
/** The compliant stack with one user changed. */
const withUser = (name: "off" | "api", user: Record<string, unknown>) =>
  cacheStack(
    {},
    { aws_elasticache_user: { ...compliantUsers.aws_elasticache_user, [name]: { ...compliantUsers.aws_elasticache_user[name], ...user } } },
  );

describe("cache rules on minimal JSON", () => {
  test("the catalogue holds the seven cache controls, in the guide's data section", () => {
    const cache = CONTROLS.filter((c) => c.id.startsWith("MESHQ-CACHE-"));
    expect(cache.map((c) => c.id)).toEqual([
      "MESHQ-CACHE-1",
      "MESHQ-CACHE-2",
      "MESHQ-CACHE-3",
      "MESHQ-CACHE-4",
      "MESHQ-CACHE-5",
      "MESHQ-CACHE-6",
      "MESHQ-CACHE-7",
    ]);
    expect(new Set(cache.map((c) => c.section))).toEqual(new Set(["12.6"]));
    for (const c of cache) expect([c.id, run(c.id, tf({})).status]).toEqual([c.id, "not-applicable"]);
  });

  test("MESHQ-CACHE-1 transit encryption required, rediss:// URLs", () => {
    pass("MESHQ-CACHE-1", cacheStack());
    fail("MESHQ-CACHE-1", cacheStack({ transit_encryption_enabled: false }), /in-transit encryption is off/);
    fail("MESHQ-CACHE-1", cacheStack({ transit_encryption_mode: "preferred" }), /transit_encryption_mode is preferred, not "required"/);
    fail("MESHQ-CACHE-1", cacheStack({ transit_encryption_mode: undefined }), /transit_encryption_mode is unset/);
    fail("MESHQ-CACHE-1", cacheStack({ transit_encryption_enabled: "${var.transit}" }), UNKNOWN);
    // a cache URL the guard cannot read: whether it is rediss:// cannot be told
    const apiWith = (value: string) =>
      tf({
        kubernetes_deployment_v1: {
          api: {
            metadata: { name: "api", namespace: "meshq" },
            spec: { template: { metadata: {}, spec: { container: [{ name: "api", image: "x", env: [{ name: "REDIS_URL", value }] }] } } },
          },
        },
      });
    fail("MESHQ-CACHE-1", apiWith("${var.cache_url}"), UNKNOWN);
    pass("MESHQ-CACHE-1", apiWith("rediss://cache.internal:6379/0"));
    const url = (value: string) =>
      tf({
        kubernetes_manifest: {
          es: {
            manifest: { kind: "ExternalSecret", metadata: { name: "cache-url" }, spec: { target: { template: { data: { value } } } } },
          },
        },
      });
    pass("MESHQ-CACHE-1", url("rediss://:{{ .password }}@h:6379/0?ssl_cert_reqs=required"));
    fail("MESHQ-CACHE-1", url("redis://:{{ .password }}@h:6379/0"), /cache-url\/value connects without TLS/);
    fail("MESHQ-CACHE-1", url("rediss://h:6379/0?ssl_cert_reqs=none"), /switches certificate or host name verification off/);
  });

  test("MESHQ-CACHE-2 at rest with a customer-managed key", () => {
    pass("MESHQ-CACHE-2", cacheStack());
    fail("MESHQ-CACHE-2", cacheStack({ at_rest_encryption_enabled: "false" }), /at-rest encryption is off/);
    fail("MESHQ-CACHE-2", cacheStack({ kms_key_id: undefined }), /AWS-managed key/);
    fail("MESHQ-CACHE-2", cacheStack({ kms_key_id: "alias/aws/elasticache" }), /AWS-managed key/);
    // a key the guard did not see fails closed
    fail("MESHQ-CACHE-2", cacheStack({ kms_key_id: "arn:aws:kms:eu-west-1:111122223333:key/abc" }), /a key outside this stack/);
    fail("MESHQ-CACHE-2", cacheStack({ kms_key_id: "${data.aws_kms_key.shared.arn}" }), UNKNOWN);
  });

  test("MESHQ-CACHE-3 a user group from creation, default user off, no user open, no legacy AUTH token in any form", () => {
    pass("MESHQ-CACHE-3", cacheStack());
    // a literal user group id of the stack counts like a reference
    pass("MESHQ-CACHE-3", cacheStack({ user_group_ids: ["meshq-cache-users"] }));
    fail("MESHQ-CACHE-3", cacheStack({ user_group_ids: undefined }), /no user group at creation/);
    fail("MESHQ-CACHE-3", cacheStack({ user_group_ids: [] }), /no user group at creation/);
    // fail closed: a group or user the stack does not hold cannot be judged
    fail(
      "MESHQ-CACHE-3",
      cacheStack({ user_group_ids: ["someone-elses-users"] }),
      /user group someone-elses-users is not a resource of this stack/,
    );
    const foreignUser = {
      aws_elasticache_user_group: {
        ug: { ...compliantUsers.aws_elasticache_user_group.ug, user_ids: ["${aws_elasticache_user.off.user_id}", "admin-user"] },
      },
    };
    fail("MESHQ-CACHE-3", cacheStack({}, foreignUser), /user admin-user is not a user of this stack/);
    const association = {
      aws_elasticache_user_group_association: { a: { user_group_id: "${aws_elasticache_user_group.ug.user_group_id}", user_id: "ops" } },
    };
    fail("MESHQ-CACHE-3", cacheStack({}, association), /user ops is not a user of this stack/);
    // the default user
    fail("MESHQ-CACHE-3", withUser("off", { access_string: "on ~* +@all" }), /the default user is on/);
    fail("MESHQ-CACHE-3", withUser("off", { access_string: "off ~* on +@all" }), /the default user is on/);
    fail("MESHQ-CACHE-3", withUser("off", { access_string: "${var.default_access}" }), /the default user is on/);
    fail("MESHQ-CACHE-3", withUser("off", { access_string: 42 }), /the default user is on/);
    fail("MESHQ-CACHE-3", withUser("off", { user_name: "ops" }), /no default user of this stack/);
    // an open user, a password in configuration
    fail("MESHQ-CACHE-3", withUser("api", { access_string: "on ~* +@read" }), /user meshoptixiq-api is on without a password/);
    fail(
      "MESHQ-CACHE-3",
      withUser("api", { access_string: "on ~* +@read", authentication_mode: undefined, no_password_required: true }),
      /is on without a password/,
    );
    fail(
      "MESHQ-CACHE-3",
      withUser("api", { authentication_mode: { type: "password", passwords: ["${var.cache_password}"] } }),
      /user meshoptixiq-api has a password in the configuration, so it is kept in Terraform state/,
    );
    fail("MESHQ-CACHE-3", withUser("api", { passwords: ["p".repeat(32)] }), /has a password in the configuration/);
    // the legacy AUTH token, in every spelling
    for (const token of ["x".repeat(32), "${var.cache_token}", "${random_password.t.result}", "${(known after apply)}"]) {
      fail("MESHQ-CACHE-3", cacheStack({ auth_token: token }), /auth_token is set: a legacy AUTH token/);
    }
    fail("MESHQ-CACHE-3", cacheStack({ auth_token_update_strategy: "ROTATE" }), /auth_token_update_strategy is ROTATE/);
    const tokenRotation = rotation();
    (tokenRotation.aws_lambda_function.rot.environment.variables as Record<string, string>).TOKEN_LENGTH = "64";
    fail("MESHQ-CACHE-3", cacheStack({}, tokenRotation), /rotates a legacy AUTH token of the group/);
  });

  test("MESHQ-CACHE-7 the users created off are enabled by a rotation inside AWS, often enough, with long passwords and least access", () => {
    pass("MESHQ-CACHE-7", cacheStack());
    expect(run("MESHQ-CACHE-7", tf({ aws_elasticache_replication_group: { g: compliantGroup } })).status).toBe("not-applicable");
    const bare = tf({ aws_elasticache_replication_group: { g: compliantGroup }, ...compliantUsers });
    fail("MESHQ-CACHE-7", bare, /no rotation function enables this user/);
    fail("MESHQ-CACHE-7", cacheStack({}, rotation(365, "16")), /PASSWORD_LENGTH is 16[\s\S]*rotates every 365 days; at most 90/);
    fail("MESHQ-CACHE-7", cacheStack({}, rotation("${var.days}")), /rotates every \$\{var\.days\} days/);
    fail("MESHQ-CACHE-7", cacheStack({}, rotation(30, "64", "on ~* +@all")), /ACCESS_STRING grants \+@all/);
    fail("MESHQ-CACHE-7", cacheStack({}, rotation(30, "64", "${var.access}")), /ACCESS_STRING is not a literal/);
    fail("MESHQ-CACHE-7", cacheStack({}, rotation(30, "64", "on ~* -@all +@read +flushall")), /ACCESS_STRING grants \+flushall/);
    const late = rotation();
    (late.aws_secretsmanager_secret_rotation.sched as Record<string, unknown>).rotate_immediately = false;
    fail("MESHQ-CACHE-7", cacheStack({}, late), /not enabled on creation/);
    const unscheduled = { aws_lambda_function: rotation().aws_lambda_function };
    fail(
      "MESHQ-CACHE-7",
      tf({ aws_elasticache_replication_group: { g: compliantGroup }, ...compliantUsers, ...unscheduled }),
      /no Secrets Manager rotation schedule/,
    );
    // a function that rotates another user does not count
    const other = rotation();
    other.aws_lambda_function.rot.environment.variables.USER_ID = "${aws_elasticache_user.someone.user_id}";
    fail("MESHQ-CACHE-7", cacheStack({}, other), /no rotation function enables this user/);
  });

  test("MESHQ-CACHE-4 not public", () => {
    pass("MESHQ-CACHE-4", cacheStack());
    fail("MESHQ-CACHE-4", cacheStack({ subnet_group_name: undefined }), /no subnet group of its own/);
    fail("MESHQ-CACHE-4", cacheStack({ subnet_group_name: "default" }), /no subnet group of its own/);
    fail("MESHQ-CACHE-4", cacheStack({ security_group_ids: [] }), /no security group of its own/);
    const open = {
      aws_security_group: { sg: { ingress: [{ from_port: 6379, to_port: 6379, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] }] } },
    };
    fail("MESHQ-CACHE-4", cacheStack({}, open), /admits the internet on 6379-6379/);
    // a subnet group or security group the guard did not see fails closed
    fail("MESHQ-CACHE-4", cacheStack({ subnet_group_name: "shared-subnets" }), /shared-subnets, not a subnet group of this stack/);
    pass("MESHQ-CACHE-4", cacheStack({ subnet_group_name: "meshq-cache" }));
    fail(
      "MESHQ-CACHE-4",
      cacheStack({ security_group_ids: ["${aws_security_group.sg.id}", "sg-0123456789abcdef0"] }),
      /security group sg-0123456789abcdef0 is not a security group of this stack: the guard cannot know that it does not admit the internet/,
    );
  });

  test("MESHQ-CACHE-5 encrypted snapshots with retention", () => {
    pass("MESHQ-CACHE-5", cacheStack());
    fail("MESHQ-CACHE-5", cacheStack({ snapshot_retention_limit: 0 }), /snapshot_retention_limit is 0/);
    fail("MESHQ-CACHE-5", cacheStack({ final_snapshot_identifier: undefined }), /no final snapshot/);
    fail("MESHQ-CACHE-5", cacheStack({ kms_key_id: undefined }), /snapshots are not encrypted with a customer-managed key/);
    fail("MESHQ-CACHE-5", cacheStack({ final_snapshot_identifier: "${var.final}" }), UNKNOWN);
  });

  test("MESHQ-CACHE-6 the cache port only from the API's security group", () => {
    pass("MESHQ-CACHE-6", cacheStack());
    fail(
      "MESHQ-CACHE-6",
      cacheStack({ security_group_ids: ["${data.aws_security_group.shared.id}"] }),
      /who its rules admit to the cache port/,
    );
    const rule = (extra: Record<string, unknown>) => ({
      aws_security_group_rule: { in: { ...fromApi.aws_security_group_rule.in, ...extra } },
    });
    fail(
      "MESHQ-CACHE-6",
      cacheStack({}, rule({ source_security_group_id: undefined, cidr_blocks: ["10.0.0.0/8"] })),
      /admits IP ranges \(10\.0\.0\.0\/8\)/,
    );
    fail("MESHQ-CACHE-6", cacheStack({}, rule({ from_port: 0, to_port: 65535 })), /admits tcp 0-65535, not only 6379\/tcp/);
    fail("MESHQ-CACHE-6", cacheStack({}, rule({ protocol: "-1" })), /admits -1 6379-6379/);
    fail("MESHQ-CACHE-6", cacheStack({}, rule({ source_security_group_id: undefined, self: true })), /admits itself/);
    const vpcRule = {
      aws_vpc_security_group_ingress_rule: {
        v: {
          security_group_id: "${aws_security_group.sg.id}",
          cidr_ipv4: "10.1.0.0/16",
          from_port: 6379,
          to_port: 6379,
          ip_protocol: "tcp",
        },
      },
    };
    fail("MESHQ-CACHE-6", cacheStack({}, vpcRule), /admits IP ranges \(10\.1\.0\.0\/16\)/);
    const policy = {
      kubernetes_network_policy_v1: {
        p: { spec: { egress: [{ to: [{ ip_block: { cidr: "0.0.0.0/0" } }], ports: [{ port: "6379", protocol: "TCP" }] }] } },
      },
    };
    fail("MESHQ-CACHE-6", cacheStack({}, policy), /egress on the cache port goes to 0\.0\.0\.0\/0/);
  });
});

describe("cache rules through the guard's evaluation of a real stack", () => {
  function evaluate(weaken: (cache: EncryptedRedis, stack: TerraformStack) => void = () => undefined): Map<string, ControlResult> {
    const { stack, api } = apiStack();
    const cache = new EncryptedRedis(stack, "Cache", {
      api,
      vpcId: fixture.vpcId,
      subnetIds: ["subnet-0000000000000000a", "subnet-0000000000000000b"],
      subnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
    });
    weaken(cache, stack);
    Testing.synth(stack, true);
    return new Map(
      HardeningGuard.of(stack)
        .lastResults.filter((r) => r.control.id.startsWith("MESHQ-CACHE"))
        .map((r) => [r.control.id, r]),
    );
  }
  const messages = (r: ControlResult | undefined) => (r?.findings ?? []).map((f) => `${f.address}: ${f.message}`).join("\n");

  test("the construct as it is passes every cache control", () => {
    const results = evaluate();
    expect([...results.values()].map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass", "pass", "pass", "pass"]);
  });

  test("MESHQ-CACHE-1 fails when an override lets plaintext in", () => {
    const r = evaluate((c) => c.resource.addOverride("transit_encryption_mode", "preferred")).get("MESHQ-CACHE-1");
    expect(r?.status).toBe("fail");
    expect(messages(r)).toMatch(/aws_elasticache_replication_group\.Cache_18F6EE16: transit_encryption_mode is preferred/);
  });

  test("MESHQ-CACHE-2 fails on the AWS-managed key", () => {
    const r = evaluate((c) => c.resource.addOverride("kms_key_id", "alias/aws/elasticache")).get("MESHQ-CACHE-2");
    expect(r?.status).toBe("fail");
  });

  test("MESHQ-CACHE-3 fails on every weakening of the construct's authentication", () => {
    const weakenings: Array<[string, (c: EncryptedRedis) => void, RegExp]> = [
      ["no user group", (c) => c.resource.addOverride("user_group_ids", undefined), /Cache_18F6EE16: no user group at creation/],
      ["a legacy AUTH token", (c) => c.resource.addOverride("auth_token", "x".repeat(32)), /auth_token is set: a legacy AUTH token/],
      ["a token update strategy", (c) => c.resource.addOverride("auth_token_update_strategy", "SET"), /auth_token_update_strategy is SET/],
      [
        "the default user on",
        (c) => c.defaultUser.addOverride("access_string", "on ~* +@all"),
        /Cache_DefaultUser_[0-9A-F]+: the default user is on/,
      ],
      ["the API user on without password", (c) => c.apiUser.addOverride("access_string", "on ~* +@read"), /is on without a password/],
      [
        "a password in configuration",
        (c) => c.apiUser.addOverride("authentication_mode", { type: "password", passwords: ["p".repeat(32)] }),
        /has a password in the configuration/,
      ],
      [
        "a user group of another stack",
        (c) => c.resource.addOverride("user_group_ids", ["shared-users"]),
        /user group shared-users is not a resource of this stack/,
      ],
    ];
    for (const [name, weaken, message] of weakenings) {
      const r = evaluate(weaken).get("MESHQ-CACHE-3");
      expect([name, r?.status]).toEqual([name, "fail"]);
      expect(messages(r)).toMatch(message);
    }
  });

  test("MESHQ-CACHE-7 fails when the rotation no longer enables the API user, or grants too much", () => {
    const off = evaluate((c) => c.rotationFunction.resource.addOverride("environment.variables.USER_ID", "another-user"));
    expect(off.get("MESHQ-CACHE-7")?.status).toBe("fail");
    expect(messages(off.get("MESHQ-CACHE-7"))).toMatch(
      /aws_elasticache_user\.Cache_ApiUser_[0-9A-F]+: no rotation function enables this user/,
    );
    const broad = evaluate((c) => c.rotationFunction.resource.addOverride("environment.variables.ACCESS_STRING", "on ~* +@all"));
    expect(messages(broad.get("MESHQ-CACHE-7"))).toMatch(/ACCESS_STRING grants \+@all/);
  });

  test("MESHQ-CACHE-4 and MESHQ-CACHE-6 fail when the cache's security group admits the internet", () => {
    const results = evaluate(
      (c, stack) =>
        new SecurityGroupRule(stack, "Open", {
          type: "ingress",
          securityGroupId: c.securityGroupId,
          cidrBlocks: ["0.0.0.0/0"],
          fromPort: 6379,
          toPort: 6379,
          protocol: "tcp",
        }),
    );
    expect(results.get("MESHQ-CACHE-4")?.status).toBe("fail");
    expect(messages(results.get("MESHQ-CACHE-4"))).toMatch(/aws_security_group_rule\.Open: the cache's security group admits the internet/);
    expect(results.get("MESHQ-CACHE-6")?.status).toBe("fail");
  });

  test("MESHQ-CACHE-5 fails without snapshots", () => {
    const r = evaluate((c) => c.resource.addOverride("snapshot_retention_limit", 0)).get("MESHQ-CACHE-5");
    expect(r?.status).toBe("fail");
    expect(messages(r)).toMatch(/snapshot_retention_limit is 0/);
  });

  test("MESHQ-CACHE-6 fails when a VPC range is admitted, and a reasoned suppression is reported", () => {
    const weaken = (c: EncryptedRedis, stack: TerraformStack) =>
      new SecurityGroupRule(stack, "Vpc", {
        type: "ingress",
        securityGroupId: c.securityGroupId,
        cidrBlocks: ["10.40.0.0/16"],
        fromPort: 6379,
        toPort: 6379,
        protocol: "tcp",
      });
    expect(evaluate(weaken).get("MESHQ-CACHE-6")?.status).toBe("fail");
    const suppressed = evaluate((c, stack) => {
      const rule = weaken(c, stack);
      HardeningGuard.suppress(rule, "MESHQ-CACHE-6", "a bastion subnet runs the cache migration job until the cut-over");
    }).get("MESHQ-CACHE-6");
    expect(suppressed?.status).toBe("pass");
    expect(suppressed?.suppressed.map((f) => f.reason)).toEqual(["a bastion subnet runs the cache migration job until the cut-over"]);
  });
});

test("every control of the family has passing and failing cases here", () => {
  expectPaired(CACHE_CONTROLS);
});
