import { AuditSink } from "../../lib/audit/audit-sink";
import { ApiIngressMode, SecretDeliveryMode } from "../../lib/api/secure-mesh-api";
import { EncryptedPostgres } from "../../lib/postgres/encrypted-postgres";
import { ExistingSecret } from "../../lib/secrets/secret-source";
import { App } from "../../lib/compat/core";
import { HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { isWorldCidr, requireArn, requireAwsId, requireCidrs } from "../../lib/core/validators";
import { apiStack, stackProps } from "../util";

// Every prop that names a network, an identifier or an ARN is checked for its kind, as a new user
// would get it wrong: a world-open range, a VPC id of "default", a hosted zone id that is a domain.
// Each refusal is a MESHQ code naming the prop, the allowed form and the fix.

const TOKEN_ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:splunk/hec-AbCdEf";

function sink(extra: Partial<ConstructorParameters<typeof AuditSink>[2]> = {}) {
  const { stack, api } = apiStack();
  new AuditSink(stack, "Audit", {
    api,
    hecUrl: "https://splunk.corp.example.com:8088",
    tokenSecret: new ExistingSecret(stack, "HecToken", {
      unmanagedOptOut: { reason: "a secret kept outside the stack here" },
      secretArn: TOKEN_ARN,
    }),
    hecCidrs: ["10.80.12.0/24"],
    ...extra,
  });
  return stack;
}

describe("world-open ranges", () => {
  test.each(["0.0.0.0/0", "::/0", "10.0.0.0/0", "0:0::0/0"])("%s is world-open", (cidr) => {
    expect(isWorldCidr(cidr)).toBe(true);
  });
  test.each(["10.0.0.0/8", "0.0.0.0/1", "2001:db8::/32"])("%s is not", (cidr) => {
    expect(isWorldCidr(cidr)).toBe(false);
  });

  test("hecCidrs refuses a world-open range, naming the prop, the allowed form and the opt-out", () => {
    expect(() => sink({ hecCidrs: ["0.0.0.0/0"] })).toThrow(
      /^\[MESHQ-CIDR\] AuditSink: hecCidrs received \["0.0.0.0\/0"\]; allowed: named networks only.*Fix: pass the CIDR blocks the HEC host resolves to; if this peer truly is the whole internet, set worldOpenCidrsOptOut: \{ reason: "why" \}$/,
    );
    expect(() => sink({ hecCidrs: ["10.80.12.0/24", "::/0"] })).toThrow(/\[MESHQ-CIDR\] AuditSink: hecCidrs received \["::\/0"\]/);
  });

  test("with the opt-out and its reason, the range is accepted and the reason recorded in the report", () => {
    const stack = sink({ hecCidrs: ["0.0.0.0/0"], worldOpenCidrsOptOut: { reason: "SaaS HEC endpoint behind a changing CDN" } });
    const recorded = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === "meshq:opt-out").map((m) => m.data));
    expect(recorded).toContainEqual({ property: "AuditSink.worldOpenCidrsOptOut", reason: "SaaS HEC endpoint behind a changing CDN" });
    expect(() => sink({ hecCidrs: ["0.0.0.0/0"], worldOpenCidrsOptOut: { reason: "x" } })).toThrow(/\[MESHQ-OPT-OUT\]/);
  });

  test("awsApiCidrs and an internal ALB's allowedCidrs refuse a world-open range unless opted out", () => {
    // awsApiCidrs is read only where the API calls AWS itself
    const awsProvider = { secretDelivery: SecretDeliveryMode.AWS_PROVIDER };
    expect(() => apiStack({ ...awsProvider, awsApiCidrs: ["0.0.0.0/0"] })).toThrow(
      /\[MESHQ-CIDR\] SecureMeshApi: awsApiCidrs received \["0.0.0.0\/0"\].*worldOpenCidrsOptOut/,
    );
    expect(() =>
      apiStack({ ...awsProvider, awsApiCidrs: ["0.0.0.0/0"], worldOpenCidrsOptOut: { reason: "AWS APIs reached through a NAT gateway" } }),
    ).not.toThrow();
    expect(() => apiStack({ internetFacing: false, allowedCidrs: ["0.0.0.0/0"] })).toThrow(
      /\[MESHQ-CIDR\] SecureMeshApi: allowedCidrs received \["0.0.0.0\/0"\].*worldOpenCidrsOptOut/,
    );
    expect(() =>
      apiStack({ internetFacing: false, allowedCidrs: ["0.0.0.0/0"], worldOpenCidrsOptOut: { reason: "internal ALB behind a VPN" } }),
    ).not.toThrow();
    // an internet-facing ALB is open to the internet by its own prop
    expect(() => apiStack({ allowedCidrs: ["0.0.0.0/0", "::/0"] })).not.toThrow();
  });

  test("the ALB's and the databases' subnet CIDRs refuse a world-open range with no opt-out", () => {
    expect(() => apiStack({ albSubnetCidrs: ["0.0.0.0/0", "10.40.1.0/24"] })).toThrow(
      /\[MESHQ-CIDR\] SecureMeshApi: albSubnetCidrs received \["0.0.0.0\/0"\].*a world-open range is not accepted here$/,
    );
    const { stack, api } = apiStack();
    expect(
      () =>
        new EncryptedPostgres(stack, "Db", {
          api,
          vpcId: "vpc-0a1b2c3d4e5f60718",
          subnetIds: ["subnet-10000000000000001", "subnet-10000000000000002"],
          subnetCidrs: ["0.0.0.0/0", "10.40.11.0/24"],
        }),
    ).toThrow(/\[MESHQ-CIDR\] EncryptedPostgres: subnetCidrs/);
  });
});

describe("identifiers of the wrong kind", () => {
  test.each([
    [{ vpcId: "default" }, /\[MESHQ-AWS-ID\] SecureMeshApi: vpcId received "default"; allowed: a VPC id, e.g. vpc-0a1b2c3d4e5f60718/],
    [
      { albSubnetIds: ["subnet-0aaa1111bbbb2222c", "10.40.1.0/24"] },
      /\[MESHQ-AWS-ID\] SecureMeshApi: albSubnetIds\[1\] received "10.40.1.0\/24"; allowed: a subnet id/,
    ],
    [{ clusterSecurityGroupId: "eks-cluster-sg" }, /\[MESHQ-AWS-ID\] SecureMeshApi: clusterSecurityGroupId received "eks-cluster-sg"/],
    [
      { certificate: { hostedZoneId: "example.com" } },
      /\[MESHQ-AWS-ID\] SecureMeshApi: certificate.hostedZoneId received "example.com"; allowed: a Route 53 hosted zone id.*Fix: pass the id of the Route 53 hosted zone/,
    ],
    [{ certificate: { hostedZoneId: "/hostedzone/Z0123456789EXAMPLE" } }, /\[MESHQ-AWS-ID\] SecureMeshApi: certificate.hostedZoneId/],
  ])("SecureMeshApi %j", (overrides, message) => {
    expect(() => apiStack({ ingressMode: ApiIngressMode.ALB, ...(overrides as any) })).toThrow(message);
  });

  test.each([
    [{ network: { vpcId: "default" } }, /\[MESHQ-AWS-ID\] HardenedMeshStack: network.vpcId received "default"/],
    [{ domain: { hostedZoneId: "example.com" } }, /\[MESHQ-AWS-ID\] HardenedMeshStack: domain.hostedZoneId received "example.com"/],
    [{ cluster: { securityGroupId: "default" } }, /\[MESHQ-AWS-ID\] HardenedMeshStack: cluster.securityGroupId/],
    [
      { cluster: { ebsCsiDriverRoleArn: "ebs-csi" } },
      /\[MESHQ-ARN\] HardenedMeshStack: cluster.ebsCsiDriverRoleArn received "ebs-csi"; allowed: the ARN of an IAM role/,
    ],
    [
      { audit: { hecTokenSecretArn: "splunk/hec" } },
      /\[MESHQ-ARN\] HardenedMeshStack: audit.hecTokenSecretArn received "splunk\/hec"; allowed: the ARN of a Secrets Manager secret/,
    ],
    [
      { automationReader: { roleArn: "arn:aws:iam::111122223333:user/ci", roleName: "ci" } },
      /\[MESHQ-ARN\] HardenedMeshStack: automationReader.roleArn/,
    ],
  ])("HardenedMeshStack %j", (override, message) => {
    const base = stackProps();
    const key = Object.keys(override)[0] as keyof typeof base;
    const props = { ...base, [key]: { ...(base[key] as object), ...(override as any)[key] } };
    expect(() => new HardenedMeshStack(new App(), "bad", props)).toThrow(message);
  });

  test("ARN lists: key administrators and token writers are IAM principals", () => {
    expect(() => apiStack().api && sink({ tokenSecret: undefined, createTokenSecret: true, tokenWriterArns: ["ci-role"] })).toThrow(
      /\[MESHQ-ARN\] AuditSink: tokenWriterArns\[0\] received "ci-role"; allowed: the ARN of an IAM role or user/,
    );
    const { stack } = apiStack();
    expect(
      () => new ExistingSecret(stack, "S", { unmanagedOptOut: { reason: "a secret kept outside the stack here" }, secretArn: "hec-token" }),
    ).toThrow(/\[MESHQ-ARN\] ExistingSecret: secretArn/);
  });

  test("the helpers skip values known only at apply, and name the prop with its index", () => {
    expect(() => requireAwsId("C", "p", "vpc-XYZ", "vpc", "fix")).toThrow(/^\[MESHQ-AWS-ID\] C: p received "vpc-XYZ"; allowed: a VPC id/);
    expect(() => requireArn("C", "p", "arn:aws:iam::111122223333:role/x", "secret", "fix")).toThrow(/\[MESHQ-ARN\]/);
    expect(() => requireCidrs("C", "p", ["10.0.0.0/8", "0.0.0.0/0"], "fix")).toThrow(/a world-open range is not accepted here/);
  });
});
