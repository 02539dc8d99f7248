import { Construct } from "constructs";
import { ConfigMapV1 } from "../compat/kubernetes/config-map-v1";
import { IMeshApi } from "../core/mesh-api";
import { ErrorCodes, invalidInput } from "../core/errors";
import { OptOut } from "../core/opt-out";
import { requireArns, requireCertificatePem, requireCidrs } from "../core/validators";
import { NetworkEndpoint } from "../core/endpoint";
import { NetworkPolicyEnforcement } from "../network/enforcement";
import { NetworkModel } from "../network/network-model";
import { ISecretSource } from "../secrets/secret-source";
import { ManagedSecret } from "../secrets/managed-secret";
import { disablesHecVerification, HecEndpoint, parseHecUrl } from "../policy/hec";
import { guardStack } from "../core/stack-guard";
import { terraformLiterals } from "../core/literal";

/** The audit record fields MeshOptixIQ writes (security guide §12.5). */
export const AUDIT_RECORD_FIELDS = [
  "timestamp",
  "username or API key fingerprint",
  "client IP",
  "query name",
  "execution duration",
  "row count",
  "plan tier",
] as const;

/** Properties of {@link AuditSink}. */
export interface AuditSinkProps {
  /** The API whose audit log goes to Splunk. */
  readonly api: IMeshApi;
  /** HEC base URL, https only, e.g. `https://splunk.corp.example.com:8088`. */
  readonly hecUrl: string;
  /**
   * The Secrets Manager secret holding the HEC token (an ExistingSecret, or any ISecretSource).
   * Exactly one of tokenSecret and createTokenSecret. The API's role gets `kms:Decrypt` for it:
   * on the ExistingSecret's `kmsKeyArn` when given, else on the account's keys, limited to Secrets
   * Manager and to this secret's encryption context (so a customer-managed key works too).
   * @default - none
   */
  readonly tokenSecret?: ISecretSource;
  /**
   * Create an empty, customer-key encrypted secret for the token, to be filled outside Terraform.
   * Until it is filled the API runs without `SPLUNK_HEC_TOKEN`; it gets the token at its next
   * restart after the value exists (immediately with Reloader's `--reload-on-create=true`).
   * @default false
   */
  readonly createTokenSecret?: boolean;
  /** Roles allowed to write a created token secret (IAM role or user ARNs). @default - key administrators only */
  readonly tokenWriterArns?: string[];
  /**
   * CIDR blocks of the HEC endpoint (NetworkPolicies cannot name hosts). Required unless the
   * cluster enforces with Cilium, which gets an FQDN rule for the URL's host.
   * @default - none
   */
  readonly hecCidrs?: string[];
  /**
   * Accept a world-open range (`0.0.0.0/0`, `::/0`) in `hecCidrs` (the API may then send to any
   * address on the HEC port), with the reason recorded in the hardening report. Without it such a
   * range is refused (`MESHQ-CIDR`).
   * @default - refused
   */
  readonly worldOpenCidrsOptOut?: OptOut;
  /**
   * PEM CA bundle that signs the HEC certificate (Splunk Enterprise's default certificate is
   * self-signed). Public material; mounted for the API. Verification always stays on.
   * @default - the system trust store
   */
  readonly caBundlePem?: string;
  /** Splunk index for the records. @default - the token's default index */
  readonly index?: string;
  /** API variable that receives the CA bundle path. @default "SPLUNK_HEC_CA_FILE" */
  readonly caFileVariable?: string;
}

/**
 * Structured audit logging of the API to Splunk HEC (security guide §12.5): the switches and URL,
 * the token from Secrets Manager (never a prop), a restart when the token rotates, and the egress
 * path to the HEC endpoint on its real port.
 */
export class AuditSink extends Construct {
  public readonly endpoint: HecEndpoint;
  /** The token secret (the given one, or the created one). */
  public readonly tokenSecret: ISecretSource;

  constructor(scope: Construct, id: string, props: AuditSinkProps) {
    super(scope, id);
    const component = "AuditSink";
    const api = props.api;
    this.endpoint = parseHecUrl(component, "hecUrl", props.hecUrl);
    guardStack(this);

    if (!!props.tokenSecret === !!props.createTokenSecret) {
      throw invalidInput(ErrorCodes.REQUIRED, {
        component,
        property: "tokenSecret",
        received: props.tokenSecret ? "a secret and createTokenSecret: true" : undefined,
        allowed: "exactly one of tokenSecret (an existing Secrets Manager secret) or createTokenSecret: true",
        fix: "pass new ExistingSecret(this, 'HecToken', { secretArn }) as tokenSecret, or createTokenSecret: true and fill it with aws secretsmanager put-secret-value",
      });
    }
    this.tokenSecret = props.tokenSecret ?? this.createTokenSecret(api.deploymentName, props.tokenWriterArns ?? []);

    // Network path: NetworkPolicies take CIDRs; Cilium can also match the host name.
    const enforcement = NetworkModel.of(this).enforcement;
    const cidrs = requireCidrs(component, "hecCidrs", props.hecCidrs ?? [], "pass the CIDR blocks the HEC host resolves to", {
      scope: this,
      optOutProperty: "worldOpenCidrsOptOut",
      optOut: props.worldOpenCidrsOptOut,
    });
    if (cidrs.length === 0 && enforcement !== NetworkPolicyEnforcement.CILIUM) {
      throw invalidInput(ErrorCodes.NETWORK_FLOW, {
        component,
        property: "hecCidrs",
        received: props.hecCidrs,
        allowed: `the CIDR blocks of ${this.endpoint.host} (host names are enforceable only with Cilium; this stack declares "${enforcement}")`,
        fix: `pass hecCidrs for ${this.endpoint.host}:${this.endpoint.port}; without them the API's default-deny egress would block every audit record`,
      });
    }
    api.allowEgressTo(
      new NetworkEndpoint({ name: "splunk-hec", cidrs, fqdns: [this.endpoint.host] }),
      { port: this.endpoint.port },
      `Splunk HEC ${this.endpoint.host}:${this.endpoint.port}`,
    );

    api.addEnvironment("AUDIT_LOG_ENABLED", "true");
    api.addEnvironment("AUDIT_LOG_BACKEND", "splunk");
    api.addEnvironment("SPLUNK_HEC_URL", this.endpoint.url);
    if (props.index) api.addEnvironment("SPLUNK_HEC_INDEX", props.index);
    // A created token secret is empty until someone fills it after the apply: the API must not wait
    // for it (the variable is optional until the value exists).
    api.addSecretEnvironment("SPLUNK_HEC_TOKEN", this.tokenSecret, {
      secretName: `${api.deploymentName}-splunk-hec-token`,
      mayBeEmpty: !props.tokenSecret,
    });

    if (props.caBundlePem !== undefined) {
      requireCertificatePem(component, "caBundlePem", props.caBundlePem, "pass the CA certificate that signed the HEC server certificate");
      const configMap = new ConfigMapV1(this, "CaBundle", {
        metadata: { name: `${api.deploymentName}-splunk-hec-ca`, namespace: api.namespaceRef },
        data: terraformLiterals({ "ca.crt": props.caBundlePem }),
      });
      api.addConfigMapMount("splunk-hec-ca", configMap.metadata.name, "/etc/meshoptixiq/splunk-ca");
      api.addEnvironment(props.caFileVariable ?? "SPLUNK_HEC_CA_FILE", "/etc/meshoptixiq/splunk-ca/ca.crt");
    }

    // Verification stays on: refuse any API variable that would switch it off, whenever it is set.
    this.node.addValidation({
      validate: () =>
        Object.entries(api.plainEnvironment)
          .filter(([n, v]) => disablesHecVerification(n, v))
          .map(
            ([n, v]) =>
              invalidInput(ErrorCodes.HEC_URL, {
                component,
                property: `API environment ${n}`,
                received: v,
                allowed: "TLS verification of the HEC connection on",
                fix: `remove ${n}; for a self-signed Splunk certificate pass its CA as caBundlePem`,
              }).message,
          ),
    });
  }

  /**
   * An empty, customer-key encrypted secret for the token, for a person or pipeline to fill
   * (`aws secretsmanager put-secret-value`); only the API reads it, only the writers write it.
   */
  private createTokenSecret(deploymentName: string, writerArns: string[]): ManagedSecret {
    requireArns("AuditSink", "tokenWriterArns", writerArns, "iamPrincipal", "pass the ARNs of the roles that write the token");
    const secret = new ManagedSecret(this, "TokenSecret", {
      deploymentName,
      secretName: `${deploymentName}/splunk/hec-token`,
      description: "Splunk HEC token for MeshOptixIQ audit logging; filled outside Terraform",
      component: "audit",
      keyAlias: `${deploymentName}/splunk-hec-token`,
      keyDescription: `Encrypts the Splunk HEC token of ${deploymentName}`,
    });
    writerArns.forEach((arn) => secret.addWriter(arn));
    return secret;
  }
}
