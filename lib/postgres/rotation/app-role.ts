/**
 * The application's database identity, as the rotation function creates and checks it while
 * connected as the master user (docs/constructs/encrypted-postgres.md, "The application role"):
 *
 * - a group role (`meshq_app`, NOLOGIN) that holds every right the API has: CONNECT on the
 *   database, USAGE and CREATE on the application schema (owned by the master user, so the API
 *   cannot drop it or change who else may use it), and ownership of what it creates there;
 * - two login roles (`meshq_app_a`, `meshq_app_b`, NOINHERIT) that are members of it and switch to
 *   it at login (`ALTER ROLE … SET role`), so every object the API creates is owned by the group
 *   role whichever login role created it; each rotation sets a new password on the login role not
 *   in use, so the connections of the other keep working through the overlap;
 * - no SUPERUSER, CREATEDB, CREATEROLE, REPLICATION or BYPASSRLS, no membership of another role
 *   (rds_superuser included), no CREATE on the database (no schemas, no extensions).
 *
 * Passwords reach the server as SCRAM-SHA-256 verifiers, never in clear: the statement log
 * (`log_statement = ddl`) records the verifier, which does not authenticate.
 *
 * Packaged into the function's asset: imports nothing but its siblings.
 */
import { identifier, literal, PgSession } from "./pg-client";
import { scramVerifier } from "./scram";
import { AppUserRotationSettings, loginRoles } from "./settings";

/** Role attributes none of the application's roles may have. */
export const FORBIDDEN_ATTRIBUTES = ["rolsuper", "rolcreaterole", "rolcreatedb", "rolreplication", "rolbypassrls"] as const;

/** The statements that create the group role, the schema and the grants, when they are missing. */
export async function ensureAppRole(
  db: PgSession,
  settings: Pick<AppUserRotationSettings, "appRole" | "schema" | "database">,
): Promise<void> {
  const group = identifier(settings.appRole);
  const schema = identifier(settings.schema);
  const database = identifier(settings.database);
  if (!(await roleExists(db, group))) {
    await db.query(`CREATE ROLE ${group} NOLOGIN NOINHERIT`);
  }
  await db.query(`GRANT CONNECT ON DATABASE ${database} TO ${group}`);
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await db.query(`GRANT USAGE, CREATE ON SCHEMA ${schema} TO ${group}`);
}

/** Creates the login role or sets its password, makes it a member of the group role that it switches to at login. */
export async function setLoginRole(
  db: PgSession,
  settings: Pick<AppUserRotationSettings, "appRole" | "schema">,
  user: string,
  password: string,
): Promise<void> {
  const group = identifier(settings.appRole);
  const login = loginRoleOf(settings.appRole, user);
  const verifier = literal(scramVerifier(password));
  if (await roleExists(db, login)) {
    await db.query(`ALTER ROLE ${login} LOGIN NOINHERIT PASSWORD ${verifier} VALID UNTIL 'infinity'`);
  } else {
    await db.query(`CREATE ROLE ${login} LOGIN NOINHERIT PASSWORD ${verifier} VALID UNTIL 'infinity' IN ROLE ${group}`);
  }
  await db.query(`GRANT ${group} TO ${login}`);
  await db.query(`ALTER ROLE ${login} SET role TO ${literal(group)}`);
  await db.query(`ALTER ROLE ${login} SET search_path TO ${identifier(settings.schema)}`);
}

/** Ends the previous login role's overlap: it authenticates until `until`, then no more. */
export async function expireLoginRole(db: PgSession, appRole: string, user: string, until: Date): Promise<void> {
  const login = loginRoleOf(appRole, user);
  if (await roleExists(db, login)) await db.query(`ALTER ROLE ${login} VALID UNTIL ${literal(until.toISOString())}`);
}

/**
 * What is wrong with a session of a login role, asked on that session: it must act as the group
 * role, and neither role may hold an attribute or membership beyond the application's.
 */
export async function appSessionProblems(db: PgSession, settings: Pick<AppUserRotationSettings, "appRole" | "schema">): Promise<string[]> {
  const problems: string[] = [];
  const [[sessionUser, currentUser]] = await db.query("SELECT session_user, current_user");
  if (currentUser !== settings.appRole) problems.push(`the session acts as ${currentUser}, not as ${settings.appRole}`);
  const attributes = await db.query(
    `SELECT rolname, ${FORBIDDEN_ATTRIBUTES.join(", ")} FROM pg_roles WHERE rolname IN (session_user, current_user)`,
  );
  for (const [name, ...flags] of attributes) {
    FORBIDDEN_ATTRIBUTES.forEach((attribute, i) => {
      if (flags[i] !== "f") problems.push(`${name} has ${attribute.slice(3).toUpperCase()}`);
    });
  }
  const memberships = await db.query(
    "SELECT m.rolname, r.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member JOIN pg_roles r ON r.oid = a.roleid " +
      "WHERE m.rolname IN (session_user, current_user)",
  );
  for (const [member, role] of memberships) {
    if (!(member === sessionUser && role === settings.appRole)) problems.push(`${member} is a member of ${role}`);
  }
  const [[createOnDatabase, createOnSchema]] = await db.query(
    `SELECT has_database_privilege(current_database(), 'CREATE'), has_schema_privilege(${literal(identifier(settings.schema))}, 'CREATE')`,
  );
  if (createOnDatabase !== "f") problems.push("the application role may create schemas in the database");
  if (createOnSchema !== "t") problems.push(`the application role may not create objects in schema ${settings.schema}`);
  return problems;
}

/** Rule: a user name is one of the group role's two login roles (never the master user or another role). */
export function loginRoleOf(appRole: string, user: string): string {
  if (!loginRoles(appRole).includes(user)) {
    throw new Error(`${JSON.stringify(user)} is not a login role of ${appRole}; refusing to change it`);
  }
  return identifier(user);
}

async function roleExists(db: PgSession, role: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM pg_roles WHERE rolname = ${literal(role)}`)).length > 0;
}
