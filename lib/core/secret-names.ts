/** Names of environment variables that carry credentials. */
const SECRET_NAME = /(^|_)(API_KEY|KEY|TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIALS?|PRIVATE)($|_)/i;

/** Rule: an environment variable name that looks like it carries a credential. */
export function isSecretLookingName(name: string): boolean {
  if (/_(URL|URI|HOST|PORT|ENABLED|BACKEND|ARN|FILE|PATH|PROVIDER)$/i.test(name)) return false;
  // Neo4j settings naming key and certificate files (e.g. dbms.ssl.policy.bolt.private_key)
  if (/^NEO4J_dbms_ssl_policy_[a-z]+_private__key$/.test(name)) return false;
  return SECRET_NAME.test(name);
}
