/**
 * Replaces Terraform interpolations (`${…}`) in an API object with what Terraform would send:
 * the literal value when the stack configures it (a namespace's or service account's name, followed
 * through chains of references), otherwise a plausible placeholder of the right shape for a value
 * computed at apply time (an ARN, a region, an account id, a DNS name). Escaped `$${` stays literal
 * and loses one `$`, as Terraform renders it.
 */
import { interpolations, KubernetesObject, resolveReference } from "../../lib/guard/first-apply";
import { ApiObject, toApiObject } from "./to-api-object";
import { TerraformJson } from "../../lib/guard/model";

const ACCOUNT = "111122223333";
const REGION = "eu-west-1";

const ARN_BY_TYPE: Record<string, (name: string) => string> = {
  aws_iam_role: (n) => `arn:aws:iam::${ACCOUNT}:role/${n}`,
  aws_iam_policy: (n) => `arn:aws:iam::${ACCOUNT}:policy/${n}`,
  aws_secretsmanager_secret: (n) => `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${n}-AbCdEf`,
  aws_kms_key: () => `arn:aws:kms:${REGION}:${ACCOUNT}:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9`,
  aws_lb_target_group: (n) => `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${n.slice(0, 32)}/0123456789abcdef`,
  aws_lb: (n) => `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/${n.slice(0, 32)}/0123456789abcdef`,
  aws_acm_certificate: () => `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9`,
  aws_db_instance: (n) => `arn:aws:rds:${REGION}:${ACCOUNT}:db:${n}`,
  aws_lambda_function: (n) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${n}`,
  aws_sqs_queue: (n) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${n}`,
};

const dnsName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || "placeholder";

/** A placeholder for a value Terraform computes: its shape follows the attribute and the resource type. */
export function placeholder(expression: string): string {
  const m = /^(?:data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)((?:\.|\[).*)?$/.exec(expression.trim());
  if (!m) return "placeholder";
  const [, type, name, rest = ""] = m;
  const attribute = (rest.match(/[A-Za-z_][\w]*/g) ?? []).pop() ?? "id";
  const label = dnsName(name.replace(/_[0-9A-F]{8}$/, ""));
  if (attribute === "arn" || attribute.endsWith("_arn")) {
    const secretArn = attribute.endsWith("secret_arn");
    return secretArn
      ? ARN_BY_TYPE.aws_secretsmanager_secret(label)
      : (ARN_BY_TYPE[type] ?? ((n) => `arn:aws:${type.replace(/^aws_/, "").split("_")[0]}:${REGION}:${ACCOUNT}:${n}`))(label);
  }
  if (attribute === "region" || (attribute === "name" && type === "aws_region")) return REGION;
  if (attribute === "account_id") return ACCOUNT;
  if (attribute === "partition") return "aws";
  if (attribute === "dns_suffix") return "amazonaws.com";
  if (["address", "endpoint", "dns_name", "fqdn", "hostname"].includes(attribute)) return `${label}.${REGION}.example.internal`;
  if (attribute === "port") return "5432";
  if (attribute === "name") return label;
  return `${label}-${dnsName(attribute)}`;
}

/** Every `${…}` of a string replaced by its literal value or a placeholder. */
export function substituteString(tf: TerraformJson, text: string): string {
  if (!text.includes("${")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i)) {
      out += "${";
      i += 3;
      continue;
    }
    if (!text.startsWith("${", i)) {
      out += text[i++];
      continue;
    }
    const expression = interpolations(text.slice(i))[0];
    const whole = `\${${expression}}`;
    out += resolveReference(tf, whole) ?? placeholder(expression);
    i += whole.length;
  }
  return out;
}

/** A value with every string's interpolations substituted (keys are left as they are). */
export function substitute<T>(tf: TerraformJson, value: T): T {
  if (typeof value === "string") return substituteString(tf, value) as T;
  if (Array.isArray(value)) return value.map((v) => substitute(tf, v)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(tf, v)])) as T;
  return value;
}

/** The API object of a stack object, with Terraform's computed values substituted. */
export function apiObjectOf(tf: TerraformJson, o: KubernetesObject): ApiObject {
  const type = o.address.split(".")[0];
  const raw = type === "kubernetes_manifest" ? structuredClone(o.config.manifest) : toApiObject(type, o.config);
  const object = substitute(tf, raw) as ApiObject;
  if (type === "kubernetes_manifest" && o.namespace !== undefined && !object.metadata.namespace) object.metadata.namespace = "default";
  return object;
}
