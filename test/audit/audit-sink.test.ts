import { AuditSink, AUDIT_RECORD_FIELDS } from "../../lib/audit/audit-sink";
import { disablesHecVerification } from "../../lib/policy/hec";
import { parseHecUrl } from "../../lib/policy/hec";
import { SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { ExistingSecret } from "../../lib/secrets/secret-source";

/** The HEC token kept by the platform team: a secret outside the stack, with its reason (MESHQ-SEC-4). */
const OUTSIDE = { reason: "the HEC token is issued by Splunk and kept by the platform team" };
import { apiProps, apiStack, literal, manifestsOf, only, resourcesOf, synth, testStack, doc } from "../util";

const TOKEN_ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:splunk/hec-AbCdEf";
const CA = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUB2\n-----END CERTIFICATE-----\n";

function withSink(extra: Partial<ConstructorParameters<typeof AuditSink>[2]> = {}) {
  const { stack, api } = apiStack();
  const sink = new AuditSink(stack, "Audit", {
    api,
    hecUrl: "https://splunk.corp.example.com:8088",
    tokenSecret: new ExistingSecret(stack, "HecToken", { secretArn: TOKEN_ARN, unmanagedOptOut: OUTSIDE }),
    hecCidrs: ["10.80.12.0/24"],
    ...extra,
  });
  return { stack, api, sink };
}

const envOf = (s: any) => only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env;

describe("AuditSink", () => {
  const { stack } = withSink();
  const s = synth(stack);

  test("switches on structured audit logging to Splunk with the guide's variables", () => {
    const env = envOf(s);
    expect(env).toEqual(
      expect.arrayContaining([
        { name: "AUDIT_LOG_ENABLED", value: "true" },
        { name: "AUDIT_LOG_BACKEND", value: "splunk" },
        { name: "SPLUNK_HEC_URL", value: "https://splunk.corp.example.com:8088" },
      ]),
    );
    const token = env.find((e: any) => e.name === "SPLUNK_HEC_TOKEN").value_from.secret_key_ref;
    expect(token).toMatchObject({ key: "value", optional: false });
    expect(literal(s, token.name)).toBe("meshoptixiq-splunk-hec-token");
  });

  test("the token comes from Secrets Manager through External Secrets, readable by the API role, and restarts the API", () => {
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-splunk-hec-token");
    expect(es.spec.data[0].remoteRef.key).toBe(TOKEN_ARN);
    const grants = resourcesOf(s, "aws_iam_role_policy").map((p) => doc(p.policy));
    expect(grants.some((g) => g.Statement.some((st: any) => st.Resource === TOKEN_ARN))).toBe(true);
    const reload = only(s, "kubernetes_deployment_v1").metadata.annotations["secret.reloader.stakater.com/reload"];
    expect(reload.split(",").map((n: string) => literal(s, n))).toContain("meshoptixiq-splunk-hec-token");
  });

  test("a token secret under a customer-managed key can be decrypted: by its encryption context when the key is not given", () => {
    const grant = resourcesOf(s, "aws_iam_role_policy")
      .map((p) => doc(p.policy))
      .find((g) => g.Statement.some((st: any) => st.Resource === TOKEN_ARN));
    expect(grant.Statement).toContainEqual({
      Sid: "DecryptThisSecret",
      Effect: "Allow",
      Action: "kms:Decrypt",
      Resource: "arn:aws:kms:eu-west-1:111122223333:key/*",
      Condition: {
        StringLike: { "kms:ViaService": "secretsmanager.*.amazonaws.com" },
        StringEquals: { "kms:EncryptionContext:SecretARN": TOKEN_ARN },
      },
    });
  });

  test("with the key given, decrypt is granted on that key only", () => {
    const key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    const other = apiStack();
    new AuditSink(other.stack, "Audit", {
      api: other.api,
      hecUrl: "https://splunk.corp.example.com:8088",
      tokenSecret: new ExistingSecret(other.stack, "HecToken", { secretArn: TOKEN_ARN, kmsKeyArn: key, unmanagedOptOut: OUTSIDE }),
      hecCidrs: ["10.80.12.0/24"],
    });
    const statements = resourcesOf(synth(other.stack), "aws_iam_role_policy")
      .map((p) => doc(p.policy))
      .find((g) => g.Statement.some((st: any) => st.Resource === TOKEN_ARN)).Statement;
    expect(statements.find((st: any) => st.Action === "kms:Decrypt")).toMatchObject({ Sid: "DecryptSecret", Resource: key });
    expect(statements.map((st: any) => st.Sid)).not.toContain("DecryptThisSecret");
  });

  test("opens egress to the HEC endpoint on 8088, the port the guide's example policy forgets", () => {
    const api = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(api.spec.egress).toContainEqual({ to: [{ ip_block: { cidr: "10.80.12.0/24" } }], ports: [{ port: "8088", protocol: "TCP" }] });
  });

  test("documents the audit record fields of §12.5", () => {
    expect(AUDIT_RECORD_FIELDS).toEqual([
      "timestamp",
      "username or API key fingerprint",
      "client IP",
      "query name",
      "execution duration",
      "row count",
      "plan tier",
    ]);
  });
});

describe("AuditSink options", () => {
  test("Splunk Cloud without an explicit port uses 443", () => {
    expect(parseHecUrl("C", "hecUrl", "https://http-inputs-acme.splunkcloud.com")).toEqual({
      url: "https://http-inputs-acme.splunkcloud.com",
      host: "http-inputs-acme.splunkcloud.com",
      port: 443,
    });
  });

  test("a custom CA bundle is mounted read-only and verification stays on", () => {
    const { stack } = withSink({ caBundlePem: CA });
    const s = synth(stack);
    expect(resourcesOf(s, "kubernetes_config_map_v1").find((c) => c.metadata.name === "meshoptixiq-splunk-hec-ca").data["ca.crt"]).toBe(CA);
    expect(envOf(s)).toContainEqual({ name: "SPLUNK_HEC_CA_FILE", value: "/etc/meshoptixiq/splunk-ca/ca.crt" });
    const pod = only(s, "kubernetes_deployment_v1").spec.template.spec;
    expect(pod.container[0].volume_mount).toContainEqual({
      name: "splunk-hec-ca",
      mount_path: "/etc/meshoptixiq/splunk-ca",
      read_only: true,
    });
    expect(only(s, "kubernetes_deployment_v1").metadata.annotations["configmap.reloader.stakater.com/reload"]).toMatch(
      /^\$\{kubernetes_config_map_v1\.Audit_CaBundle_.*\.metadata\[0\]\.name\}$/,
    );
  });

  test("createTokenSecret makes an empty, customer-key encrypted secret with a resource policy", () => {
    const { stack } = withSink({
      tokenSecret: undefined,
      createTokenSecret: true,
      tokenWriterArns: ["arn:aws:iam::111122223333:role/splunk-admins"],
    });
    const s = synth(stack);
    const secret = only(s, "aws_secretsmanager_secret");
    expect(secret.name).toBe("meshoptixiq/splunk/hec-token");
    expect(secret.kms_key_id).toMatch(/aws_kms_key\./);
    expect(resourcesOf(s, "aws_secretsmanager_secret_version")).toHaveLength(0);
    const policy = doc(only(s, "aws_secretsmanager_secret_policy").policy);
    const readers = policy.Statement[0].Condition.StringNotEquals["aws:PrincipalArn"];
    expect(readers).toContain("arn:aws:iam::111122223333:role/splunk-admins");
    expect(readers.some((r: string) => /Api_Role/.test(r))).toBe(true);
    const writers = policy.Statement[1].Condition.StringNotEquals["aws:PrincipalArn"];
    expect(writers.some((r: string) => /Api_Role/.test(r))).toBe(false);
    // Empty until filled after the apply: the API must not wait for it.
    const token = envOf(s).find((e: any) => e.name === "SPLUNK_HEC_TOKEN").value_from.secret_key_ref;
    expect(token.optional).toBe(true);
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-splunk-hec-token");
    expect(es.spec.target.deletionPolicy).toBe("Delete");
  });

  test("with Cilium, the host name alone is enough: an FQDN egress rule is generated", () => {
    const stack = testStack();
    const api = new SecureMeshApi(stack, "Api", apiProps({ networkPolicyEnforcement: NetworkPolicyEnforcement.CILIUM }));
    new AuditSink(stack, "Audit", {
      api,
      hecUrl: "https://splunk.corp.example.com:8088",
      tokenSecret: new ExistingSecret(stack, "T", { secretArn: TOKEN_ARN, unmanagedOptOut: OUTSIDE }),
    });
    const s = synth(stack);
    const [cnp] = manifestsOf(s, "CiliumNetworkPolicy");
    expect(cnp.spec.endpointSelector).toEqual({ matchLabels: { app: "meshoptixiq-api" } });
    expect(cnp.spec.egress).toContainEqual({
      toFQDNs: [{ matchName: "splunk.corp.example.com" }],
      toPorts: [{ ports: [{ port: "8088", protocol: "TCP" }] }],
    });
    expect(cnp.spec.egress[0].toPorts[0].rules.dns).toEqual([{ matchPattern: "*" }]);
  });
});

describe("AuditSink rejects unsafe input", () => {
  test("a KMS alias or bare key id as the token secret's key (IAM grants on an alias do not apply to the key)", () => {
    const make = (kmsKeyArn: string) => () => new ExistingSecret(testStack(), "T", { secretArn: TOKEN_ARN, kmsKeyArn });
    expect(make("arn:aws:kms:eu-west-1:111122223333:alias/hec")).toThrow(
      /\[MESHQ-KMS-KEY\] ExistingSecret: kmsKeyArn received "arn:aws:kms:eu-west-1:111122223333:alias\/hec"; allowed: the ARN of a KMS key/,
    );
    expect(make("1234abcd-12ab-34cd-56ef-1234567890ab")).toThrow(/MESHQ-KMS-KEY/);
  });

  test("plain http, as in Splunk's own chart example", () => {
    expect(() => withSink({ hecUrl: "http://splunk.corp.example.com:8088" })).toThrow(
      /\[MESHQ-HEC-URL\] AuditSink: hecUrl received "http:\/\/splunk.corp.example.com:8088"; allowed: https URLs only .*Fix: use https:\/\/splunk.corp.example.com:8088/,
    );
    expect(() => withSink({ hecUrl: "splunk:8088" })).toThrow(/MESHQ-HEC-URL/);
  });

  test("credentials in the URL are refused without echoing them", () => {
    const attempt = () => withSink({ hecUrl: "https://admin:hunter2@splunk.corp.example.com:8088" });
    expect(attempt).toThrow(/\[MESHQ-LITERAL-SECRET\] AuditSink: hecUrl received "<redacted>"/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  test("no token source, or two", () => {
    expect(() => withSink({ tokenSecret: undefined })).toThrow(
      /\[MESHQ-REQUIRED\] AuditSink: tokenSecret received undefined; allowed: exactly one of tokenSecret/,
    );
    expect(() => withSink({ createTokenSecret: true })).toThrow(/MESHQ-REQUIRED/);
  });

  test("a configuration that would leave audit traffic blocked", () => {
    expect(() => withSink({ hecCidrs: [] })).toThrow(
      /\[MESHQ-NETWORK-FLOW\] AuditSink: hecCidrs received \[\]; allowed: the CIDR blocks of splunk.corp.example.com \(host names are enforceable only with Cilium; this stack declares "vpc-cni"\)/,
    );
  });

  test("a token passed as a plain variable", () => {
    const { api } = withSink();
    expect(() => api.addEnvironment("SPLUNK_HEC_TOKEN", "abc")).toThrow(/MESHQ-LITERAL-SECRET|MESHQ-DUPLICATE/);
    expect(() => api.addEnvironment("SPLUNK_HEC_FALLBACK_TOKEN", "abc")).toThrow(
      /\[MESHQ-LITERAL-SECRET\] SecureMeshApi: environment.SPLUNK_HEC_FALLBACK_TOKEN received "<redacted>"/,
    );
  });

  test("switching TLS verification off anywhere in the API's environment", () => {
    const { stack, api } = withSink();
    api.addEnvironment("SPLUNK_HEC_VERIFY_TLS", "false");
    expect(() => synth(stack)).toThrow(
      /\[MESHQ-HEC-URL\] AuditSink: API environment SPLUNK_HEC_VERIFY_TLS received "false"; allowed: TLS verification of the HEC connection on/,
    );
  });

  test("a CA bundle that is not a certificate, or holds a private key", () => {
    expect(() => withSink({ caBundlePem: "not a cert" })).toThrow(/\[MESHQ-CERTIFICATE\] AuditSink: caBundlePem/);
    expect(() => withSink({ caBundlePem: CA + "-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----" })).toThrow(
      /redacted: contains a private key/,
    );
  });

  test("verification rule", () => {
    expect(disablesHecVerification("SPLUNK_HEC_INSECURE_SKIP_VERIFY", "true")).toBe(true);
    expect(disablesHecVerification("SPLUNK_HEC_SSL_VERIFY", "0")).toBe(true);
    expect(disablesHecVerification("SPLUNK_HEC_SSL_VERIFY", "true")).toBe(false);
    expect(disablesHecVerification("LOG_LEVEL", "false")).toBe(false);
  });
});
