/**
 * Secret detection, by name and by value, as small pure rules. Constructs use them to refuse
 * literal credentials when they are built; the hardening guard uses the same rules on the
 * synthesized configuration (and on the plan).
 */

/** Words of a name that mark it as carrying a credential. */
const SECRET_WORDS = new Set([
  "APIKEY",
  "KEY",
  "TOKEN",
  "TOKENS",
  "PASSWORD",
  "PASSWORDS",
  "PASSWD",
  "PASSPHRASE",
  "SECRET",
  "SECRETS",
  "CREDENTIAL",
  "CREDENTIALS",
  "PRIVATE",
]);

/** Credential words inside a name written without separators (`DBPASSWORD`, `apiToken`, `MYAPIKEY`). */
const SECRET_INFIXES = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|CREDENTIAL|APIKEY|ACCESSKEY|PRIVATEKEY|SIGNINGKEY|MASTERKEY|AUTHKEY)/;

/**
 * Last words that name something about a credential rather than the credential itself: where it
 * is (`_URL`, `_ARN`, `_FILE`), whether it is on (`_ENABLED`), or its shape (`_LENGTH`, `_TTL`).
 */
const NOT_A_SECRET_SUFFIX =
  /(^|_)(URL|URI|HOST|PORT|ENABLED|BACKEND|ARN|ARNS|FILE|PATH|DIR|PROVIDER|LENGTH|ALPHABET|SIZE|TTL|ID|IDS|NAME|NAMES|COUNT|TYPE|DAYS|SECONDS|MINUTES|HOURS|VERSION|REF)$/;

/** The words of a name: split at `_`, `-`, `.` and camelCase boundaries, upper-cased. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toUpperCase());
}

/**
 * Rule: an environment variable (or ConfigMap key) name that looks like it carries a credential,
 * with or without separators (`DB_PASSWORD`, `DBPASSWORD`, `dbPassword`, `api-key`).
 */
export function isSecretLookingName(name: string): boolean {
  // Neo4j settings naming key and certificate files (e.g. dbms.ssl.policy.bolt.private_key)
  if (/^NEO4J_dbms_ssl_policy_[a-z]+_private__key$/.test(name)) return false;
  const words = nameWords(name);
  if (words.length === 0) return false;
  const joined = words.join("_");
  if (NOT_A_SECRET_SUFFIX.test(joined)) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  return SECRET_INFIXES.test(words.join(""));
}

/** The password of a URL's userinfo (`scheme://user:password@host`), or undefined when there is none. */
export function urlPassword(value: string): string | undefined {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#@\s]*)@/.exec(value.trim());
  if (!m) return undefined;
  const colon = m[1].indexOf(":");
  if (colon < 0) return undefined;
  const password = m[1].slice(colon + 1);
  return password.length > 0 ? password : undefined;
}

/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Rule: a single token that looks randomly generated (an API key, a password, a HEC token): at
 * least 20 characters of the key alphabets, letters and digits mixed, high entropy, and character
 * classes that change often. Identifiers made of words and numbers
 * (`ELBSecurityPolicy-TLS13-1-2-Res-2021-06`, `NEO4J_dbms_ssl_policy_bolt_client__auth`), resource
 * ids (`sg-0123456789abcdef0`), host names, paths, ARNs and URLs are not.
 */
export function isHighEntropyToken(value: string): boolean {
  const text = value.trim();
  if (text.length < 20 || text.length > 4096) return false;
  if (!/^[A-Za-z0-9+/=_-]+$/.test(text)) return false;
  // identifiers: segments of words or numbers, few segments mixing letters and digits
  const segments = text.split(/[-_]+/).filter((s) => s.length > 0);
  const mixed = segments.filter((s) => /[0-9]/.test(s) && /[A-Za-z]/.test(s)).join("").length;
  if (mixed < 0.5 * segments.join("").length) return false;
  // words: a run of eight or more lower-case letters is rare in generated keys
  if (/[a-z]{8,}/.test(text)) return false;
  const alnum = text.replace(/[^A-Za-z0-9]/g, "");
  const classOf = (c: string) => (/[a-z]/.test(c) ? "l" : /[A-Z]/.test(c) ? "u" : "d");
  let changes = 0;
  for (let i = 1; i < alnum.length; i++) if (classOf(alnum[i]) !== classOf(alnum[i - 1])) changes++;
  const changeRate = changes / Math.max(1, alnum.length - 1);
  const ceiling = Math.log2(Math.min(text.length, 64));
  return shannonEntropy(text) >= Math.min(3.5, ceiling - 0.9) && changeRate >= 0.3;
}

/** Well-known credential formats. */
const KNOWN_FORMATS: Array<[RegExp, string]> = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, "an AWS access key id"],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/, "a GitHub token"],
  [/\bxox[abpors]-[A-Za-z0-9-]{10,}\b/, "a Slack token"],
  [/\bsk_(live|test)_[A-Za-z0-9]{16,}\b/, "a Stripe key"],
];

/**
 * Why a literal value looks like a credential (for messages that never show the value), or
 * undefined when it does not: a password in a URL's userinfo, a private key or a token of a known
 * format, or a high-entropy token.
 */
export function secretValueReason(value: string): string | undefined {
  if (typeof value !== "string" || value.length === 0) return undefined;
  if (urlPassword(value) !== undefined) return "a URL with a password in its userinfo";
  for (const [pattern, what] of KNOWN_FORMATS) if (pattern.test(value)) return what;
  if (isHighEntropyToken(value)) return "a high-entropy literal (a generated key or password)";
  return undefined;
}

/** Maximum refresh interval of an ExternalSecret, in minutes: rotations reach pods within it. */
export const MAX_REFRESH_MINUTES = 15;

/** Words of {@link SECRET_WORDS} capitalized (`Key`, `Token`), as camelCase spells a later word. */
const capitalized = (w: string) => w[0] + w.slice(1).toLowerCase();
const NOT_A_SECRET_WORDS = /\((URL[^)]*)\)\$$/.exec(NOT_A_SECRET_SUFFIX.source)![1].split("|");

/**
 * {@link isSecretLookingName} as CEL over a string expression `n`, for admission policies: the same
 * words, infixes and suffixes, matched with RE2 over the upper-cased name (separated words) and the
 * name as written (camelCase words). Tested against the function on the same names.
 */
export function celSecretLookingName(n: string): string {
  const words = [...SECRET_WORDS].join("|");
  const camelWords = [...SECRET_WORDS].map(capitalized).join("|");
  const notWords = NOT_A_SECRET_WORDS.join("|");
  const notCamel = NOT_A_SECRET_WORDS.map(capitalized).join("|");
  const upper = `${n}.upperAscii().replace('-', '_').replace('.', '_')`;
  return (
    `(!${n}.matches('^NEO4J_dbms_ssl_policy_[a-z]+_private__key$') && ` +
    `!${upper}.matches('(^|_)(${notWords})$') && !${n}.matches('[a-z0-9](${notCamel})$') && ` +
    `(${upper}.matches('(^|_)(${words})(_|$)') || ${n}.matches('([a-z0-9](${camelWords})|^(${words.toLowerCase()}))([^a-z]|$)') || ` +
    `${upper}.replace('_', '').matches('${SECRET_INFIXES.source}')))`
  );
}

/** A value that carries a credential whatever its name: a private key, or a password in a URL's userinfo (CEL over `v`). */
export const celSecretLookingValue = (v: string): string =>
  `(${v}.matches('-----BEGIN [A-Z ]*PRIVATE KEY-----') || ${v}.matches('^[A-Za-z][A-Za-z0-9+.-]*://[^/?#@\\\\s]*:[^/?#@\\\\s]+@'))`;
