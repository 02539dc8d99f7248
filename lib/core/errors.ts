/**
 * The error catalogue. Every configuration error this library raises is built here, so that each
 * message has the same shape: the property, the value received, what is allowed, and how to fix it.
 *
 * Messages start with a stable code (`MESHQ-…`) that tests, docs and suppressions can refer to.
 */

/** Thrown for invalid or weakening input. Synth stops with this message. */
export class HardeningError extends Error {
  /** Stable code of the failure, e.g. `MESHQ-TLS-POLICY`. */
  public readonly code: string;

  constructor(code: string, message: string) {
    super(`[${code}] ${message}`);
    this.code = code;
    this.name = "HardeningError";
  }
}

/** The parts every invalid-input message is built from. */
export interface InvalidInput {
  /** Construct or helper that rejected the input, e.g. `SecureMeshApi`. */
  readonly component: string;
  /** Property path the user set, e.g. `tls.sslPolicy`. */
  readonly property: string;
  /** The value received (rendered with JSON.stringify). */
  readonly received: unknown;
  /** What is allowed. */
  readonly allowed: string;
  /** How to fix it, or how to opt out explicitly. */
  readonly fix: string;
}

/** Renders a received value for a message without ever printing more than 80 characters. */
export function renderValue(value: unknown): string {
  let text: string;
  if (value === undefined) {
    text = "undefined";
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Builds a catalogue error with the standard shape. */
export function invalidInput(code: string, input: InvalidInput): HardeningError {
  return new HardeningError(
    code,
    `${input.component}: ${input.property} received ${renderValue(input.received)}; allowed: ${input.allowed}. Fix: ${input.fix}`,
  );
}

/** Same as {@link invalidInput}, but with a value that must not be echoed (secret-looking input). */
export function invalidSecretInput(code: string, input: Omit<InvalidInput, "received">): HardeningError {
  return invalidInput(code, { ...input, received: "<redacted>" });
}

/** The codes of the catalogue, in one place so docs and tests can list them. */
export const ErrorCodes = {
  TLS_POLICY: "MESHQ-TLS-POLICY",
  HSTS_MAX_AGE: "MESHQ-HSTS",
  CIDR: "MESHQ-CIDR",
  PORT: "MESHQ-PORT",
  REQUIRED: "MESHQ-REQUIRED",
  CERTIFICATE: "MESHQ-CERTIFICATE",
  NETWORK_ENFORCEMENT: "MESHQ-NETPOL-ENFORCEMENT",
  NETWORK_FLOW: "MESHQ-NETWORK-FLOW",
  REPLICAS: "MESHQ-REPLICAS",
  IMAGE: "MESHQ-IMAGE",
  LITERAL_SECRET: "MESHQ-LITERAL-SECRET",
  ENV_NAME: "MESHQ-ENV-NAME",
  OPT_OUT: "MESHQ-OPT-OUT",
  ROTATION_SCHEDULE: "MESHQ-ROTATION-SCHEDULE",
  ROTATION_GRACE: "MESHQ-ROTATION-GRACE",
  KEY_LENGTH: "MESHQ-KEY-LENGTH",
  REFRESH_INTERVAL: "MESHQ-REFRESH-INTERVAL",
  HEC_URL: "MESHQ-HEC-URL",
  RBAC: "MESHQ-RBAC",
  NAME: "MESHQ-NAME",
  RETENTION: "MESHQ-RETENTION",
  SSL_MODE: "MESHQ-SSLMODE",
  DUPLICATE: "MESHQ-DUPLICATE",
  RELOADER: "MESHQ-RELOADER",
  CONCURRENCY: "MESHQ-CONCURRENCY",
  KMS_KEY: "MESHQ-KMS-KEY",
  SUBNETS: "MESHQ-SUBNETS",
  DOMAIN: "MESHQ-DOMAIN",
  ARN: "MESHQ-ARN",
  AWS_ID: "MESHQ-AWS-ID",
  CLUSTER_ACCESS: "MESHQ-CLUSTER-ACCESS",
} as const;
