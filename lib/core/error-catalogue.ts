import { ErrorCodes } from "./errors";

/** A key of {@link ErrorCodes}. */
export type ErrorCodeKey = keyof typeof ErrorCodes;

/**
 * What each code of the error catalogue rejects. Every code needs an entry (the type enforces it);
 * `npm run docs` renders the table of docs/errors.md from it.
 */
export const ERROR_CODE_DESCRIPTIONS: { readonly [K in ErrorCodeKey]: string } = {
  TLS_POLICY: "An ALB listener policy that admits TLS below 1.2 (only policies of `TLS12_PLUS_POLICIES` are accepted).",
  HSTS_MAX_AGE: "An HSTS max-age below one year (31,536,000 seconds).",
  CIDR: "A malformed CIDR block, or a world-open range (`0.0.0.0/0`, `::/0`, any `/0`) in a prop that names who may connect or be connected to, unless the construct's world-open opt-out gives a reason.",
  PORT: "A port outside 1 to 65535 in a network flow.",
  REQUIRED: "A required property is missing, or two properties that exclude each other are both set.",
  CERTIFICATE:
    "A certificate setting with neither a Route 53 zone to validate one nor an ACM certificate ARN, or a PEM bundle that is malformed or holds a private key.",
  NETWORK_ENFORCEMENT:
    "NetworkPolicy enforcement missing or unknown, or declared differently by two constructs of one stack (a cluster has one policy engine; policies are ignored without one).",
  NETWORK_FLOW:
    "A flow the declared enforcement cannot express, such as a host name without Cilium, or a peer with neither pods nor CIDRs.",
  REPLICAS: "Fewer than 2 API replicas (a node or zone failure would take the API down).",
  IMAGE:
    "An image tagged `latest`, untagged, or malformed. (A tag without a digest is accepted with a warning that names the digest to set.)",
  LITERAL_SECRET: "A literal value for a secret-looking variable, or credentials inside a URL; the message never echoes the value.",
  ENV_NAME: "An environment variable name that is not a valid identifier.",
  OPT_OUT: "An opt-out or suppression without a reason of at least the minimum length, or of a control the catalogue does not have.",
  ROTATION_SCHEDULE: "A rotation period above 90 days, or a malformed cron schedule.",
  KEY_LENGTH: "An API key shorter than 32 characters or longer than the maximum, or an unknown alphabet.",
  REFRESH_INTERVAL: "An External Secrets refresh interval above 15 minutes (rotations would reach pods too late).",
  HEC_URL: "A Splunk HEC URL that is not absolute `https://`, or settings that switch TLS verification off.",
  RBAC: "An RBAC policy that is empty, has duplicate or malformed roles, or grants `update_device_metadata` or `*` beyond admin and architect without an acknowledgement.",
  NAME: "A name that is not a DNS-1123 label (lowercase letters, digits and hyphens, at most 63 characters).",
  RETENTION: "A retention, recovery window, deletion window, backup period or size outside its allowed range.",
  SSL_MODE: "A PostgreSQL connection weaker than `sslmode=require` (synth warns when it is `require` rather than `verify-full`).",
  DUPLICATE: "A name registered twice in one stack: a network endpoint or an environment variable.",
  ROTATION_GRACE:
    "A Neo4j credential grace period outside 5 to 1440 minutes, or a PostgreSQL previous-user overlap outside 1 to 72 hours (the API must restart on the new user before the old one is dropped).",
  RELOADER: "A declared Reloader strategy other than annotations (the env-vars strategy rewrites the pod template and fights Terraform).",
  CONCURRENCY: "A reserved concurrency of a rotation function outside 1 to 1000.",
  KMS_KEY: "A KMS key given by alias or in another malformed form where a key ARN is needed for a grant.",
  SUBNETS: "Fewer than two subnets (no Multi-AZ), duplicates, or subnet ids and CIDR blocks of different counts.",
  DOMAIN: "A domain name that is not a host name (a URL, a path, a port, or malformed labels).",
  ARN: "A value that is not an ARN of the expected service and resource type (OIDC provider, IAM role or principal, Secrets Manager secret, ACM certificate, permissions boundary policy).",
  AWS_ID:
    "A value that is not an id of the expected kind: a VPC id (`vpc-…`), subnet id (`subnet-…`), security group id (`sg-…`) or Route 53 hosted zone id (`Z…`, not the domain name).",
  CLUSTER_ACCESS:
    "A ClusterRole rule for a person or a pipeline that reaches into namespaces or onto cluster-scoped objects it does not name (only creating the kinds of `CREATE_UNNAMED` may go unnamed).",
  VAULT:
    "A Vault store setting that weakens it: an address that is not https://, a missing or malformed CA bundle, a path with globs, a role bound twice, or a static token.",
};

/** The error-code catalogue as a Markdown table; `raisedBy` lists, per key, where the code is raised. */
export function errorCatalogueMarkdown(raisedBy: Partial<Record<ErrorCodeKey, string[]>> = {}): string {
  const rows = (Object.keys(ErrorCodes) as ErrorCodeKey[]).map((key) => {
    const where = (raisedBy[key] ?? []).join(", ") || "—";
    return `| \`${ErrorCodes[key]}\` | ${ERROR_CODE_DESCRIPTIONS[key]} | ${where} |`;
  });
  return ["| Code | Rejects | Raised in |", "|---|---|---|", ...rows].join("\n");
}
