import { Testing, TerraformStack } from "../../../lib/compat/core";
import { SecurityGroupRule } from "../../../lib/compat/aws/security-group-rule";
import { CONTROLS } from "../../../lib/guard/catalogue";
import { CACHE_CONTROLS } from "../../../lib/guard/controls/cache";
import { HardeningGuard } from "../../../lib/guard/hardening-guard";
import { ControlResult } from "../../../lib/guard/model";
import { EncryptedRedis } from "../../../lib/redis/encrypted-redis";
import { apiStack, fixture } from "../../util";
import { expectPaired, fail, pass, run, tf } from "./support";

// Every cache rule, twice, always through the guard's own evaluation: on minimal synthesized JSON,
// and on a real stack weakened by an escape hatch (the rule as synth applies it).
const compliantGroup = {
  replication_group_id: "meshq-cache",
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
const rotation = (days = 30, tokenLength = "64") => ({
  aws_lambda_function: {
    rot: {
      environment: {
        variables: { REPLICATION_GROUP_ID: "${aws_elasticache_replication_group.g.replication_group_id}", TOKEN_LENGTH: tokenLength },
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
  tf({ aws_elasticache_replication_group: { g: { ...compliantGroup, ...group } }, ...rotation(), ...fromApi, ...extra });

describe("cache rules on minimal JSON", () => {
  test("the catalogue holds the six cache controls, in the guide's data section", () => {
    const cache = CONTROLS.filter((c) => c.id.startsWith("MESHQ-CACHE-"));
    expect(cache.map((c) => c.id)).toEqual([
      "MESHQ-CACHE-1",
      "MESHQ-CACHE-2",
      "MESHQ-CACHE-3",
      "MESHQ-CACHE-4",
      "MESHQ-CACHE-5",
      "MESHQ-CACHE-6",
    ]);
    expect(new Set(cache.map((c) => c.section))).toEqual(new Set(["12.6"]));
    for (const c of cache) expect([c.id, run(c.id, tf({})).status]).toEqual([c.id, "not-applicable"]);
  });

  test("MESHQ-CACHE-1 transit encryption required, rediss:// URLs", () => {
    pass("MESHQ-CACHE-1", cacheStack());
    fail("MESHQ-CACHE-1", cacheStack({ transit_encryption_enabled: false }), /in-transit encryption is off/);
    fail("MESHQ-CACHE-1", cacheStack({ transit_encryption_mode: "preferred" }), /transit_encryption_mode is preferred, not "required"/);
    fail("MESHQ-CACHE-1", cacheStack({ transit_encryption_mode: undefined }), /transit_encryption_mode is unset/);
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
  });

  test("MESHQ-CACHE-3 authentication on, by a rotated token or a user group", () => {
    pass("MESHQ-CACHE-3", cacheStack());
    const bare = tf({ aws_elasticache_replication_group: { g: compliantGroup } });
    fail("MESHQ-CACHE-3", bare, /authentication is off/);
    pass("MESHQ-CACHE-3", tf({ aws_elasticache_replication_group: { g: { ...compliantGroup, user_group_ids: ["meshq"] } } }));
    const inState = run(
      "MESHQ-CACHE-3",
      tf({ aws_elasticache_replication_group: { g: { ...compliantGroup, auth_token: "x".repeat(32) } } }),
    );
    expect(inState.status).toBe("warn");
    expect(inState.findings).toEqual([
      expect.objectContaining({ level: "warning", message: expect.stringMatching(/stored in Terraform state/) }),
    ]);
    fail(
      "MESHQ-CACHE-3",
      tf({ aws_elasticache_replication_group: { g: compliantGroup }, ...rotation(365, "16") }),
      /TOKEN_LENGTH is 16[\s\S]*rotates every 365 days/,
    );
    const unscheduled = { aws_lambda_function: rotation().aws_lambda_function };
    fail(
      "MESHQ-CACHE-3",
      tf({ aws_elasticache_replication_group: { g: compliantGroup }, ...unscheduled }),
      /no Secrets Manager rotation schedule/,
    );
    // a function that rotates another group's token does not count
    const other = rotation();
    other.aws_lambda_function.rot.environment.variables.REPLICATION_GROUP_ID =
      "${aws_elasticache_replication_group.other.replication_group_id}";
    fail("MESHQ-CACHE-3", tf({ aws_elasticache_replication_group: { g: compliantGroup }, ...other }), /authentication is off/);
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
  });

  test("MESHQ-CACHE-5 encrypted snapshots with retention", () => {
    pass("MESHQ-CACHE-5", cacheStack());
    fail("MESHQ-CACHE-5", cacheStack({ snapshot_retention_limit: 0 }), /snapshot_retention_limit is 0/);
    fail("MESHQ-CACHE-5", cacheStack({ final_snapshot_identifier: undefined }), /no final snapshot/);
    fail("MESHQ-CACHE-5", cacheStack({ kms_key_id: undefined }), /snapshots are not encrypted with a customer-managed key/);
  });

  test("MESHQ-CACHE-6 the cache port only from the API's security group", () => {
    pass("MESHQ-CACHE-6", cacheStack());
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
      subnetIds: ["subnet-a", "subnet-b"],
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
    expect([...results.values()].map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass", "pass", "pass"]);
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

  test("MESHQ-CACHE-3 fails when the rotation no longer targets the group, or a token lands in state", () => {
    const off = evaluate((c) => c.rotationFunction.resource.addOverride("environment.variables.REPLICATION_GROUP_ID", "another-group"));
    expect(off.get("MESHQ-CACHE-3")?.status).toBe("fail");
    expect(messages(off.get("MESHQ-CACHE-3"))).toMatch(/authentication is off/);
    const inState = evaluate((c) => c.resource.addOverride("auth_token", "x".repeat(32)));
    expect(inState.get("MESHQ-CACHE-3")?.status).toBe("warn");
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
