/** §12.6 / §12.3: the cache authenticates every client from its creation, by RBAC users whose passwords are rotated inside AWS. */
import { accessStringEnabled, broadCacheGrants, CACHE_DEFAULT_USER_NAME, MIN_CACHE_PASSWORD_LENGTH } from "../../../policy/cache-users";
import { Control, Finding, many, NOT_APPLICABLE, one, resources, TerraformJson, TfResource } from "../../model";
import { judgeEach } from "../rules";
import { groups, MAX_ROTATION_DAYS, namesGroup, referenced } from "./shared";

/** A resource named by a reference (`${type.name.attr}`) or by its id attribute's literal value. */
function resolve(tf: TerraformJson, type: string, value: unknown, idAttribute: string): TfResource | undefined {
  const name = referenced(value, type);
  const all = resources(tf, type);
  if (name !== undefined) return all.find((r) => r.name === name);
  return all.find((r) => r.config[idAttribute] !== undefined && String(r.config[idAttribute]) === String(value));
}

/** True when a value is, or refers to, a resource's id attribute. */
function names(value: unknown, resource: TfResource, type: string, idAttribute: string): boolean {
  return referenced(value, type) === resource.name || String(value ?? "") === String(resource.config[idAttribute]);
}

/** The members of a user group: its user_ids and every aws_elasticache_user_group_association that adds to it. */
function members(tf: TerraformJson, group: TfResource): unknown[] {
  const associated = resources(tf, "aws_elasticache_user_group_association")
    .filter((a) => names(a.config.user_group_id, group, "aws_elasticache_user_group", "user_group_id"))
    .map((a) => a.config.user_id);
  return [...many(group.config.user_ids), ...associated];
}

/** Rule: the user authenticates without a password (no-password-required, in either spelling). */
function passwordless(user: TfResource): boolean {
  const mode = one(user.config.authentication_mode);
  return user.config.no_password_required === true || user.config.no_password_required === "true" || mode?.type === "no-password-required";
}

/** Rule: a password is written in the configuration (and so kept in state). */
function writtenPasswords(user: TfResource): boolean {
  return many(user.config.passwords).length > 0 || many(one(user.config.authentication_mode)?.passwords).length > 0;
}

/** Lambda functions whose environment names a value (USER_ID, REPLICATION_GROUP_ID), with the schedule that runs each. */
function functionsNaming(tf: TerraformJson, variable: string, matches: (value: unknown) => boolean) {
  const rotations = resources(tf, "aws_secretsmanager_secret_rotation");
  return resources(tf, "aws_lambda_function")
    .map((fn) => ({ fn, vars: (one(fn.config.environment)?.variables ?? {}) as Record<string, unknown> }))
    .filter(({ vars }) => matches(vars[variable]))
    .map(({ fn, vars }) => ({
      fn,
      vars,
      schedule: rotations.find((r) => referenced(r.config.rotation_lambda_arn, "aws_lambda_function") === fn.name),
    }));
}

/** The findings on one user group of a replication group: resolvable members, default off, none open, no written passwords. */
function userGroupFindings(tf: TerraformJson, replicationGroup: TfResource, userGroup: TfResource): Finding[] {
  const out: Finding[] = [];
  const users: TfResource[] = [];
  for (const id of members(tf, userGroup)) {
    const user = resolve(tf, "aws_elasticache_user", id, "user_id");
    if (!user) {
      out.push({ address: userGroup.address, message: `user ${String(id)} is not a user of this stack: its access cannot be judged` });
      continue;
    }
    users.push(user);
  }
  const defaults = users.filter((u) => u.config.user_name === CACHE_DEFAULT_USER_NAME);
  if (defaults.length === 0 && out.length === 0) {
    out.push({
      address: userGroup.address,
      message: `no ${CACHE_DEFAULT_USER_NAME} user of this stack: the group's default user cannot be judged off`,
    });
  }
  for (const user of defaults) {
    if (accessStringEnabled(user.config.access_string)) {
      out.push({
        address: user.address,
        message: `the ${CACHE_DEFAULT_USER_NAME} user is on (access string "${String(user.config.access_string)}"): clients that present no user name authenticate as it; set it off`,
      });
    }
  }
  for (const user of users) {
    if (passwordless(user) && accessStringEnabled(user.config.access_string)) {
      out.push({
        address: user.address,
        message: `user ${String(user.config.user_name)} is on without a password: any client that reaches ${replicationGroup.address} authenticates as it`,
      });
    }
    if (writtenPasswords(user)) {
      out.push({
        address: user.address,
        message: `user ${String(user.config.user_name)} has a password in the configuration, so it is kept in Terraform state; create it off and let a rotation function set it`,
      });
    }
  }
  return out;
}

/** §12.6: the cache authenticates from its creation, by RBAC users; no AUTH token in any form. */
export const cacheAuthentication: Control = {
  id: "MESHQ-CACHE-3",
  section: "12.6",
  title: "Cache authenticates from creation (RBAC user group, default user off)",
  checks:
    "Every replication group is created with an RBAC user group (user_group_ids) of this stack, whose users are all resources of this stack: the default user is off, no user is on without a password, and no user has a password in the configuration. No legacy AUTH token in any form: no auth_token (literal, variable or reference), no auth_token_update_strategy, no function that rotates an AUTH token of the group.",
  checkov: ["CKV_AWS_31"],
  scope:
    "Every aws_elasticache_replication_group, the aws_elasticache_user_group resources it names and their members (user_ids and aws_elasticache_user_group_association), each aws_elasticache_user (access_string, authentication_mode, no_password_required, passwords), and Lambda functions whose TOKEN_LENGTH and REPLICATION_GROUP_ID mark an AUTH token rotation of the group. A user group or user that is not a resource of the stack, or an access string that is not a string, fails closed: its access cannot be known.",
  unseen:
    "Fails. A user group or user that is not a resource of the stack, and an access string that is not a literal string, are findings: the access they give cannot be known. An AUTH token is refused in every form, a variable or a reference included.",
  enforcedBy: ["EncryptedRedis.props.api", "EncryptedRedis.props.engine"],
  provenBy: [
    "test/guard/controls/cache.test.ts",
    "test/guard/cache-plan.integration.test.ts",
    "test/redis/encrypted-redis.test.ts",
    "test/redis/rotation.integration.test.ts",
  ],
  rule: (tf) =>
    judgeEach(groups(tf), (g): Finding[] => {
      const out: Finding[] = [];
      if (g.config.auth_token !== undefined && g.config.auth_token !== null && g.config.auth_token !== "") {
        out.push({
          address: g.address,
          message: "auth_token is set: a legacy AUTH token (shared by every client, and kept in Terraform state); use an RBAC user group",
        });
      }
      if (g.config.auth_token_update_strategy !== undefined && g.config.auth_token_update_strategy !== null) {
        out.push({
          address: g.address,
          message: `auth_token_update_strategy is ${String(g.config.auth_token_update_strategy)}: a legacy AUTH token is managed`,
        });
      }
      for (const { fn } of functionsNaming(tf, "REPLICATION_GROUP_ID", (v) => namesGroup(v, g))) {
        const vars = (one(fn.config.environment)?.variables ?? {}) as Record<string, unknown>;
        if (vars.TOKEN_LENGTH !== undefined) {
          out.push({
            address: fn.address,
            message: "this function rotates a legacy AUTH token of the group (TOKEN_LENGTH); rotate a user's password instead",
          });
        }
      }
      const userGroupIds = many(g.config.user_group_ids);
      if (userGroupIds.length === 0) {
        out.push({
          address: g.address,
          message: "no user group at creation: every client that reaches the cache is admitted until authentication is switched on",
        });
      }
      for (const id of userGroupIds) {
        const userGroup = resolve(tf, "aws_elasticache_user_group", id, "user_group_id");
        if (!userGroup) {
          out.push({ address: g.address, message: `user group ${String(id)} is not a resource of this stack: its users cannot be judged` });
          continue;
        }
        out.push(...userGroupFindings(tf, g, userGroup));
      }
      return out;
    }),
};

/** §12.6 (with §12.3): the passwords of the cache's users are generated and rotated inside AWS. */
export const cacheUserRotation: Control = {
  id: "MESHQ-CACHE-7",
  section: "12.6",
  title: "Cache user passwords generated and rotated inside AWS",
  checks: `Every cache user that the configuration creates off (other than the default user) is enabled by a rotation function (USER_ID names it) that a Secrets Manager schedule runs at least every ${MAX_ROTATION_DAYS} days and immediately on creation, with passwords of at least ${MIN_CACHE_PASSWORD_LENGTH} characters, and an ACCESS_STRING that grants neither every command nor @admin, @dangerous or @scripting.`,
  scope:
    "Every aws_elasticache_user that is off in the configuration and not named default, the Lambda functions whose USER_ID names it, and the Secrets Manager rotation schedules that run them. A user created on (IAM authentication) needs no rotation; a password written in the configuration fails MESHQ-CACHE-3.",
  unseen:
    "Fails. A user that no rotation function of the stack enables is a finding, and so is a PASSWORD_LENGTH, ACCESS_STRING or schedule the guard cannot read; a rotation run by a function outside the stack is not found, so the user has none. Accept one only by suppressing the control for the user with a reason.",
  enforcedBy: ["EncryptedRedis.props.passwordLength", "EncryptedRedis.props.rotationDays"],
  provenBy: [
    "test/guard/controls/cache.test.ts",
    "test/guard/cache-plan.integration.test.ts",
    "test/redis/encrypted-redis.test.ts",
    "test/redis/rotation.integration.test.ts",
  ],
  rule: (tf) => {
    const users = resources(tf, "aws_elasticache_user").filter(
      (u) => u.config.user_name !== CACHE_DEFAULT_USER_NAME && !accessStringEnabled(u.config.access_string),
    );
    if (users.length === 0) return NOT_APPLICABLE;
    return judgeEach(users, (user): Finding[] => {
      const rotations = functionsNaming(tf, "USER_ID", (v) => names(v, user, "aws_elasticache_user", "user_id"));
      if (rotations.length === 0) {
        return [
          {
            address: user.address,
            message:
              "no rotation function enables this user (USER_ID): it stays off, or is enabled outside the configuration with a password nobody rotates",
          },
        ];
      }
      const out: Finding[] = [];
      for (const { fn, vars, schedule } of rotations) {
        if (!(Number(vars.PASSWORD_LENGTH) >= MIN_CACHE_PASSWORD_LENGTH)) {
          out.push({
            address: fn.address,
            message: `PASSWORD_LENGTH is ${String(vars.PASSWORD_LENGTH)}; at least ${MIN_CACHE_PASSWORD_LENGTH} required`,
          });
        }
        // a template (a variable, a reference) is not a literal: the access it gives cannot be known
        const access = typeof vars.ACCESS_STRING === "string" && !vars.ACCESS_STRING.includes("${") ? vars.ACCESS_STRING : undefined;
        if (access === undefined) {
          out.push({ address: fn.address, message: "ACCESS_STRING is not a literal: the access the user is given cannot be judged" });
        } else if (broadCacheGrants(access).length > 0) {
          out.push({
            address: fn.address,
            message: `ACCESS_STRING grants ${broadCacheGrants(access).join(" ")}: more than a cache client needs`,
          });
        }
        if (!schedule) {
          out.push({ address: fn.address, message: "no Secrets Manager rotation schedule runs this password rotation function" });
          continue;
        }
        const days = Number(one(schedule.config.rotation_rules)?.automatically_after_days);
        if (!(days <= MAX_ROTATION_DAYS)) {
          out.push({
            address: schedule.address,
            message: `the cache password rotates every ${one(schedule.config.rotation_rules)?.automatically_after_days} days; at most ${MAX_ROTATION_DAYS}`,
          });
        }
        if (schedule.config.rotate_immediately === false || schedule.config.rotate_immediately === "false") {
          out.push({ address: schedule.address, message: "the user is not enabled on creation (rotate_immediately is false)" });
        }
      }
      return out;
    });
  },
};
