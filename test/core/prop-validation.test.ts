import { App } from "../../lib/compat/core";
import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { EncryptedPostgres } from "../../lib/postgres/encrypted-postgres";
import { DataBackend, HardenedMeshStack } from "../../lib/stack/hardened-mesh-stack";
import { isHighEntropyToken, isSecretLookingName, secretValueReason, urlPassword } from "../../lib/policy/secrets";
import { apiStack, fixture, stackProps } from "../util";

// Bad input as a new user writes it: each fails while the construct is built, with a MESHQ code
// that names the prop, and never echoes a secret.

const PASSWORD = "hunter2-Zx9Kq2LmP4vR8tYw";

describe("SecureMeshApi refuses", () => {
  test.each([
    [{ albSubnetIds: [] }, /\[MESHQ-SUBNETS\] SecureMeshApi: albSubnetIds received \[\]; allowed: at least 2 distinct subnets/],
    [
      { albSubnetIds: ["subnet-0aaa1111bbbb2222c"] },
      /\[MESHQ-SUBNETS\] SecureMeshApi: albSubnetIds received \["subnet-0aaa1111bbbb2222c"\]/,
    ],
    [{ albSubnetIds: ["subnet-0000000000000000a", "subnet-0000000000000000a"] }, /\[MESHQ-SUBNETS\] SecureMeshApi: albSubnetIds/],
    [
      { albSubnetIds: ["subnet-0000000000000000a", "subnet-0000000000000000b", "subnet-0000000000000000c"] },
      /\[MESHQ-SUBNETS\] SecureMeshApi: albSubnetIds and albSubnetCidrs received \{"albSubnetIds":3,"albSubnetCidrs":2\}; allowed: one CIDR block per subnet/,
    ],
    [
      { domainName: "https://meshq.example.com/" },
      /\[MESHQ-DOMAIN\] SecureMeshApi: domainName received "https:\/\/meshq.example.com\/".*Fix: pass the host name only: "meshq.example.com"/,
    ],
    [{ domainName: "meshq" }, /\[MESHQ-DOMAIN\] SecureMeshApi: domainName received "meshq"/],
    [{ domainName: "meshq..example.com" }, /\[MESHQ-DOMAIN\]/],
    [{ domainName: "*.example.com" }, /\[MESHQ-DOMAIN\]/],
    [{ domainName: "meshq.example.com:443" }, /\[MESHQ-DOMAIN\]/],
    [{ domainName: "-meshq.example.com" }, /\[MESHQ-DOMAIN\]/],
    [
      { oidcProviderArn: "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE" },
      /\[MESHQ-ARN\] SecureMeshApi: oidcProviderArn received "oidc\.eks.*allowed: the ARN of an IAM OIDC provider/,
    ],
    [{ oidcProviderArn: "arn:aws:iam::111122223333:role/not-a-provider" }, /\[MESHQ-ARN\] SecureMeshApi: oidcProviderArn/],
    [
      { certificate: { certificateArn: "0a1b2c3d-4e5f-6789-abcd-ef0123456789" } },
      /\[MESHQ-ARN\] SecureMeshApi: certificate\.certificateArn received .*allowed: the ARN of an ACM certificate/,
    ],
    [{ certificate: { certificateArn: "arn:aws:iam::111122223333:server-certificate/x" } }, /\[MESHQ-ARN\]/],
  ])("%j", (overrides, message) => {
    expect(() => apiStack(overrides as any)).toThrow(message);
  });

  test("a URL-shaped domain name with credentials is not echoed", () => {
    const error = (() => {
      try {
        apiStack({ domainName: `https://admin:${PASSWORD}@meshq.example.com` });
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(error).toMatch(/\[MESHQ-DOMAIN\] SecureMeshApi: domainName received "<redacted: a URL with credentials>"/);
    expect(error).not.toContain(PASSWORD);
  });

  test.each([
    [
      "DATABASE_URL",
      `postgresql://meshq:${PASSWORD}@db.example.com:5432/meshq?sslmode=verify-full`,
      /the value is a URL with a password in its userinfo/,
    ],
    ["UPSTREAM_URL", `https://svc:${PASSWORD}@upstream.example.com/`, /the value is a URL with a password in its userinfo/],
    ["DBPASSWORD", PASSWORD, /the name DBPASSWORD marks a credential/],
    ["apiToken", PASSWORD, /the name apiToken marks a credential/],
    ["FEATURE_FLAGS_SEED", "Zx9Kq2LmP4vR8tYw3NbC6dHf", /the value is a high-entropy literal/],
    ["SIGNER", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----", /the value is a private key/],
  ])("a literal credential in environment %s", (name, value, reason) => {
    let message = "";
    try {
      apiStack({ environment: { [name]: value } });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(new RegExp(`^\\[MESHQ-LITERAL-SECRET\\] SecureMeshApi: environment\\.${name} received "<redacted>"`));
    expect(message).toMatch(reason);
    expect(message).not.toContain(PASSWORD);
    expect(message).not.toContain("Zx9Kq2LmP4vR8tYw3NbC6dHf");
  });

  test("plain values, URLs without a password and identifiers pass", () => {
    expect(() =>
      apiStack({
        environment: {
          DATABASE_HOST_URL: "postgresql://meshq@db.example.com:5432/meshq",
          TLS_POLICY: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
          CLUSTER_SG: "sg-0123456789abcdef0",
          LOG_LEVEL: "info",
        },
        certificate: { certificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789" },
      }),
    ).not.toThrow();
  });
});

test("EncryptedNeo4j refuses a non-ARN OIDC provider", () => {
  const { stack, api } = apiStack();
  expect(
    () =>
      new EncryptedNeo4j(stack, "Neo4j", {
        ...fixture.neo4jImages,
        api,
        oidcProviderArn: "EXAMPLED539D4633E53DE1B71EXAMPLE",
        ebsCsiDriverRoleArn: "arn:aws:iam::111122223333:role/ebs",
      }),
  ).toThrow(/\[MESHQ-ARN\] EncryptedNeo4j: oidcProviderArn received "EXAMPLED539D4633E53DE1B71EXAMPLE"/);
});

describe("EncryptedPostgres refuses", () => {
  const build = (subnetIds: string[], subnetCidrs: string[]) => {
    const { stack, api } = apiStack();
    return () => new EncryptedPostgres(stack, "Postgres", { api, vpcId: fixture.vpcId, subnetIds, subnetCidrs });
  };
  test("one subnet", () =>
    expect(build(["subnet-10000000000000001"], ["10.40.10.0/24"])).toThrow(
      /\[MESHQ-SUBNETS\] EncryptedPostgres: subnetIds received \["subnet-10000000000000001"\]/,
    ));
  test("subnet ids and CIDRs of different counts", () =>
    expect(build(["subnet-10000000000000001", "subnet-10000000000000002"], ["10.40.10.0/24"])).toThrow(
      /\[MESHQ-SUBNETS\] EncryptedPostgres: subnetIds and subnetCidrs received \{"subnetIds":2,"subnetCidrs":1\}/,
    ));
});

test("HardenedMeshStack names its own props", () => {
  const base = stackProps();
  const build = (props: typeof base) => () => new HardenedMeshStack(new App(), "s", props);
  expect(build({ ...base, domain: { ...base.domain, name: "https://meshq.example.com" } })).toThrow(
    /\[MESHQ-DOMAIN\] HardenedMeshStack: domain\.name/,
  );
  expect(build({ ...base, cluster: { ...base.cluster, oidcProviderArn: "oidc.example.com" } })).toThrow(
    /\[MESHQ-ARN\] HardenedMeshStack: cluster\.oidcProviderArn/,
  );
  expect(
    build({ ...base, network: { ...base.network, publicSubnetIds: ["subnet-0000000000000000a"], publicSubnetCidrs: ["10.40.0.0/24"] } }),
  ).toThrow(/\[MESHQ-SUBNETS\] HardenedMeshStack: network\.publicSubnetIds received \["subnet-0000000000000000a"\]/);
});

test("HardenedMeshStack names its own props for mismatched subnets", () => {
  const props = stackProps({ dataBackend: DataBackend.POSTGRES });
  expect(
    () => new HardenedMeshStack(new App(), "s", { ...props, network: { ...props.network, privateSubnetCidrs: ["10.40.10.0/24"] } }),
  ).toThrow(/\[MESHQ-SUBNETS\] HardenedMeshStack: network\.privateSubnetIds and network\.privateSubnetCidrs/);
  expect(
    () =>
      new HardenedMeshStack(new App(), "s", {
        ...props,
        network: { ...props.network, publicSubnetCidrs: ["10.40.0.0/24", "10.40.1.0/24", "10.40.2.0/24"] },
      }),
  ).toThrow(/\[MESHQ-SUBNETS\] HardenedMeshStack: network\.publicSubnetIds and network\.publicSubnetCidrs/);
});

describe("secret detection", () => {
  test("names, with and without separators", () => {
    for (const name of [
      "API_KEY",
      "DB_PASSWORD",
      "DBPASSWORD",
      "dbPassword",
      "MYAPIKEY",
      "AUTHTOKEN",
      "client-secret",
      "AWS_SECRET_ACCESS_KEY",
    ])
      expect([name, isSecretLookingName(name)]).toEqual([name, true]);
    for (const name of [
      "SECRETS_PROVIDER",
      "SECRET_ARN",
      "SPLUNK_HEC_URL",
      "DATABASE_URL",
      "KEY_LENGTH",
      "RBAC_POLICY_FILE",
      "LOG_LEVEL",
      "MONKEY_MODE",
    ])
      expect([name, isSecretLookingName(name)]).toEqual([name, false]);
  });
  test("values: URL userinfo, known formats, entropy", () => {
    expect(urlPassword("postgresql://u:p@h/db")).toBe("p");
    expect(urlPassword("postgresql://u@h/db")).toBeUndefined();
    expect(urlPassword("postgresql://h/db?x=a:b@c")).toBeUndefined();
    expect(secretValueReason("AKIAIOSFODNN7EXAMPLE")).toBe("an AWS access key id");
    for (const v of [
      "8a1e4c2b-9d3f-4e6a-b7c8-1f2e3d4c5b6a",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "3f9a0c7e5b2d4a1f8e6c9b0a7d3e5f12",
    ])
      expect([v, isHighEntropyToken(v)]).toEqual([v, true]);
    for (const v of [
      "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
      "NEO4J_dbms_ssl_policy_bolt_client__auth",
      "sg-0123456789abcdef0",
      "subnet-0aaa1111bbbb2222c",
      "0".repeat(64),
      "correct-horse-battery-staple-1234",
      "short1A",
    ])
      expect([v, isHighEntropyToken(v)]).toEqual([v, false]);
  });
});
