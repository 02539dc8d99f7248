/** §12.6: cache authentication on, with the token rotated inside AWS. */
import { Control, Finding, FindingLevel, many, one, resources, TerraformJson, TfResource } from "../../model";
import { judgeEach } from "../rules";
import { groups, MAX_ROTATION_DAYS, MIN_TOKEN_LENGTH, namesGroup, referenced } from "./shared";

/**
 * The rotation functions of a group's AUTH token: Lambda functions whose REPLICATION_GROUP_ID
 * names the group and that a Secrets Manager rotation schedule invokes.
 */
function tokenRotations(tf: TerraformJson, group: TfResource) {
  const rotations = resources(tf, "aws_secretsmanager_secret_rotation");
  return resources(tf, "aws_lambda_function")
    .map((f) => ({ fn: f, vars: one(f.config.environment)?.variables ?? {} }))
    .filter(({ vars }) => namesGroup(vars.REPLICATION_GROUP_ID, group))
    .map(({ fn, vars }) => ({
      fn,
      vars,
      schedule: rotations.find((r) => referenced(r.config.rotation_lambda_arn, "aws_lambda_function") === fn.name),
    }));
}

/** §12.6: authentication on, credential rotated inside AWS. */
export const cacheAuthentication: Control = {
  id: "MESHQ-CACHE-3",
  section: "12.6",
  title: "Cache authentication on",
  checks: `Every replication group authenticates clients: an AUTH token set by a rotation function (REPLICATION_GROUP_ID names the group) that a Secrets Manager schedule runs at least every ${MAX_ROTATION_DAYS} days, immediately on creation, with tokens of at least ${MIN_TOKEN_LENGTH} characters; or an RBAC user group. An auth_token in configuration authenticates but is stored in Terraform state (warning).`,
  checkov: ["CKV_AWS_31"],
  scope:
    "Every aws_elasticache_replication_group, the Lambda functions whose REPLICATION_GROUP_ID names it and the Secrets Manager rotation schedules that run them; RBAC user groups count as authentication. A token in configuration is only a warning: it authenticates, but is kept in Terraform state.",
  enforcedBy: ["EncryptedRedis.props.tokenLength", "EncryptedRedis.props.rotationDays"],
  provenBy: ["test/guard/controls/cache.test.ts", "test/redis/encrypted-redis.test.ts"],
  rule: (tf) =>
    judgeEach(groups(tf), (g): Finding[] => {
      if (many(g.config.user_group_ids).length > 0) return [];
      if (g.config.auth_token) {
        return [
          {
            address: g.address,
            level: FindingLevel.WARNING,
            message: "auth_token is set in configuration, so the token is stored in Terraform state; let a rotation function set it",
          },
        ];
      }
      const rotations = tokenRotations(tf, g);
      if (rotations.length === 0) {
        return [
          { address: g.address, message: "authentication is off: no AUTH token rotation targets the group and it has no user group" },
        ];
      }
      const out: Finding[] = [];
      for (const { fn, vars, schedule } of rotations) {
        if (!(Number(vars.TOKEN_LENGTH) >= MIN_TOKEN_LENGTH)) {
          out.push({ address: fn.address, message: `TOKEN_LENGTH is ${vars.TOKEN_LENGTH}; at least ${MIN_TOKEN_LENGTH} required` });
        }
        if (!schedule) {
          out.push({ address: fn.address, message: "no Secrets Manager rotation schedule runs this token rotation function" });
          continue;
        }
        const days = Number(one(schedule.config.rotation_rules)?.automatically_after_days);
        if (!(days <= MAX_ROTATION_DAYS)) {
          out.push({ address: schedule.address, message: `the cache token rotates every ${days} days; at most ${MAX_ROTATION_DAYS}` });
        }
        if (schedule.config.rotate_immediately === false) {
          out.push({ address: schedule.address, message: "the first token is not set on creation (rotate_immediately is false)" });
        }
      }
      return out;
    }),
};
