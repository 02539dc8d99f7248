import { ErrorCodes, invalidInput } from "../core/errors";
import { MIN_REASON_LENGTH, OptOut } from "../core/opt-out";

/** The query only `admin` and `architect` may run (security guide §12.4). */
export const PRIVILEGED_QUERY = "update_device_metadata";
/** Roles allowed to run {@link PRIVILEGED_QUERY}. */
export const PRIVILEGED_ROLES: readonly string[] = ["admin", "architect"];

/** One role of the API's role-based access control. */
export interface RbacRole {
  /** Role name, as the API's users are assigned to it. */
  readonly name: string;
  /**
   * Query-name patterns the role may execute; `*` matches any run of characters
   * (e.g. `summary_*`). Nothing else is allowed: the policy denies by default.
   */
  readonly allow: string[];
  /** What the role is for. @default - none */
  readonly description?: string;
  /**
   * Acknowledgement, with a reason, that this role may run `update_device_metadata` although it is
   * neither admin nor architect, or may run every query.
   * @default - no acknowledgement: such a grant fails synth
   */
  readonly privilegedGrantAcknowledgement?: OptOut;
}

/**
 * Presets that follow security guide §12.4. The guide names the categories, not every query: the
 * patterns assume MeshOptixIQ's query names start with their category (`summary_`, `hygiene_`,
 * `firewall_`, `path_`). Check them against your release's query catalogue.
 */
export const RbacPresets = {
  /** Read-only summary and hygiene queries. */
  helpdesk: (): RbacRole => ({ name: "helpdesk", allow: ["summary_*", "hygiene_*"], description: "Read-only summary and hygiene queries" }),
  /** Firewall and path-analysis queries. */
  security: (): RbacRole => ({ name: "security", allow: ["firewall_*", "path_*"], description: "Firewall and path-analysis queries" }),
  /** Design work: every read category plus device metadata updates. */
  architect: (): RbacRole => ({
    name: "architect",
    allow: ["summary_*", "hygiene_*", "firewall_*", "path_*", "topology_*", PRIVILEGED_QUERY],
    description: "All read queries and device metadata updates",
  }),
  /** Everything, including device metadata updates. */
  admin: (): RbacRole => ({ name: "admin", allow: ["*"], description: "All queries" }),
};

/** Glob match with `*` only. */
export function matchesPattern(pattern: string, query: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(query);
}

/** Rule: the role can execute the privileged query. */
export function grantsPrivilegedQuery(role: RbacRole): boolean {
  return role.allow.some((p) => matchesPattern(p, PRIVILEGED_QUERY));
}

/** Rule: the role can execute every query. */
export function grantsEverything(role: RbacRole): boolean {
  return role.allow.includes("*");
}

/** Rule: a pattern that matches queries which change data. */
export function isMutatingPattern(pattern: string): boolean {
  return ["update_x", "delete_x", "create_x", "set_x", "import_x"].some((q) => matchesPattern(pattern, q));
}

/** A role's grant that needs acknowledgement, and why. */
export interface PrivilegedGrant {
  readonly role: string;
  readonly why: string;
}

/**
 * A deny-all RBAC policy for the API: each role may run exactly its allowed query patterns.
 * Validates on construction; render() gives the document the API reads.
 */
export class RbacPolicy {
  /** The guide's four roles. */
  public static fromPresets(): RbacPolicy {
    return new RbacPolicy([RbacPresets.helpdesk(), RbacPresets.security(), RbacPresets.architect(), RbacPresets.admin()]);
  }

  public readonly roles: readonly RbacRole[];
  /** Grants outside the guide's rules that were acknowledged, with their reasons. */
  public readonly acknowledged: ReadonlyArray<PrivilegedGrant & { reason: string }>;

  constructor(roles: RbacRole[]) {
    const component = "RbacPolicy";
    if (roles.length === 0) {
      throw invalidInput(ErrorCodes.RBAC, {
        component,
        property: "roles",
        received: [],
        allowed: "at least one role",
        fix: "start from RbacPolicy.fromPresets()",
      });
    }
    const names = new Set<string>();
    const acknowledged = roles.flatMap((role) => {
      requireRoleName(role.name, names);
      names.add(role.name);
      return checkRole(role);
    });
    if (roles.length > 1 && roles.every(grantsEverything) && acknowledged.length === 0) {
      throw invalidInput(ErrorCodes.RBAC, {
        component,
        property: "roles",
        received: roles.map((r) => r.name),
        allowed: "roles narrower than '*'",
        fix: "grant each role only what it needs",
      });
    }
    this.roles = roles;
    this.acknowledged = acknowledged;
  }

  /** The document the API reads: deny by default, then each role's allowed patterns. */
  public render(): string {
    const doc = {
      version: 1,
      default: "deny",
      roles: Object.fromEntries(this.roles.map((r) => [r.name, { description: r.description ?? "", allow: [...r.allow] }])),
      exceptions: this.acknowledged.map((a) => ({ role: a.role, reason: a.reason })),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
}

function privilegedGrants(role: RbacRole): PrivilegedGrant[] {
  const grants: PrivilegedGrant[] = [];
  if (grantsEverything(role) && role.name !== "admin") grants.push({ role: role.name, why: `"*" grants every query to ${role.name}` });
  else if (grantsPrivilegedQuery(role) && !PRIVILEGED_ROLES.includes(role.name)) {
    grants.push({ role: role.name, why: `${role.name} would be allowed ${PRIVILEGED_QUERY}` });
  }
  return grants;
}

/**
 * The rules one role must meet: query patterns, at least one grant, a read-only
 * helpdesk, and a reason for every grant beyond the guide's. Returns the acknowledged grants.
 */
function checkRole(role: RbacRole): Array<PrivilegedGrant & { reason: string }> {
  const component = "RbacPolicy";
  for (const pattern of role.allow) {
    if (!/^[a-z0-9_*]+$/.test(pattern)) {
      throw invalidInput(ErrorCodes.RBAC, {
        component,
        property: `roles.${role.name}.allow`,
        received: pattern,
        allowed: "query names or patterns of lowercase letters, digits, '_' and '*'",
        fix: 'e.g. "summary_*" or "update_device_metadata"',
      });
    }
  }
  if (role.allow.length === 0) {
    throw invalidInput(ErrorCodes.RBAC, {
      component,
      property: `roles.${role.name}.allow`,
      received: [],
      allowed: "at least one query pattern",
      fix: "remove the role: with deny-all, a role without grants is the same as no role",
    });
  }
  if (role.name === "helpdesk") {
    const mutating = role.allow.filter(isMutatingPattern);
    if (mutating.length > 0) {
      throw invalidInput(ErrorCodes.RBAC, {
        component,
        property: "roles.helpdesk.allow",
        received: mutating,
        allowed: "read-only patterns (security guide §12.4: helpdesk is limited to read-only summary and hygiene queries)",
        fix: "remove the patterns that match update_/delete_/create_/set_/import_ queries",
      });
    }
  }
  return privilegedGrants(role).map((grant) => {
    const ack = role.privilegedGrantAcknowledgement;
    if (!ack || (ack.reason ?? "").trim().length < MIN_REASON_LENGTH) {
      throw invalidInput(ErrorCodes.RBAC, {
        component,
        property: `roles.${role.name}.allow`,
        received: role.allow,
        allowed: `grants within the guide: only ${PRIVILEGED_ROLES.join(" and ")} may run ${PRIVILEGED_QUERY}, and only admin may run every query (${grant.why})`,
        fix: `narrow the patterns, or set privilegedGrantAcknowledgement: { reason: "…" } (at least ${MIN_REASON_LENGTH} characters) on role ${role.name}`,
      });
    }
    return { ...grant, reason: ack.reason.trim() };
  });
}

/** A role name: unique, lowercase letters, digits, '_' and '-'. */
function requireRoleName(name: string, taken: ReadonlySet<string>): void {
  if (!/^[a-z][a-z0-9_-]{0,62}$/.test(name) || taken.has(name)) {
    throw invalidInput(ErrorCodes.RBAC, {
      component: "RbacPolicy",
      property: "role name",
      received: name,
      allowed: "unique lowercase names (letters, digits, '_' and '-')",
      fix: "rename or merge the role",
    });
  }
}
