import { HardeningGuard } from "../../lib/guard/hardening-guard";
import { NetworkModel } from "../../lib/network/network-model";
import { EncryptedPostgres } from "../../lib/postgres/encrypted-postgres";
import { granteeFromRole } from "../../lib/core/iam";
import { ApiIngressMode, SecureMeshApi } from "../../lib/api/secure-mesh-api";
import { NetworkPolicyEnforcement } from "../../lib/network/enforcement";
import { annotations, apiStack, literal, fixture, manifestsOf, only, resourcesOf, synth, testStack } from "../util";

const CA = "-----BEGIN CERTIFICATE-----\nMIIEEjCCAvqgAwIBAgIJAM2ZN\n-----END CERTIFICATE-----\n";
const base = {
  vpcId: fixture.vpcId,
  subnetIds: ["subnet-0000000000000000a", "subnet-0000000000000000b"],
  subnetCidrs: ["10.40.10.0/24", "10.40.11.0/24"],
};

function withDb(extra: Partial<ConstructorParameters<typeof EncryptedPostgres>[2]> = {}) {
  const { stack, api } = apiStack();
  const db = new EncryptedPostgres(stack, "Postgres", { api, ...base, caBundlePem: CA, ...extra });
  return { stack, api, db, s: synth(stack) };
}

describe("EncryptedPostgres", () => {
  const { s } = withDb();
  const db = only(s, "aws_db_instance");

  test("RDS PostgreSQL is encrypted with the customer key, private, Multi-AZ, protected and backed up", () => {
    expect(db).toMatchObject({
      engine: "postgres",
      storage_encrypted: true,
      publicly_accessible: false,
      multi_az: true,
      deletion_protection: true,
      backup_retention_period: 14,
      copy_tags_to_snapshot: true,
      skip_final_snapshot: false,
      iam_database_authentication_enabled: true,
      auto_minor_version_upgrade: true,
      ca_cert_identifier: "rds-ca-rsa2048-g1",
      performance_insights_enabled: true,
      monitoring_interval: 60,
      enabled_cloudwatch_logs_exports: ["postgresql", "upgrade"],
      lifecycle: { prevent_destroy: true },
    });
    expect(db.kms_key_id).toMatch(/aws_kms_key\.Postgres_Key/);
    expect(db.performance_insights_kms_key_id).toMatch(/aws_kms_key\.Postgres_Key/);
  });

  test("the master password is managed and rotated by RDS, encrypted with the customer key; none in Terraform", () => {
    expect(db).toMatchObject({ manage_master_user_password: true });
    expect(db.master_user_secret_kms_key_id).toMatch(/aws_kms_key\.Postgres_Key/);
    expect(db.password).toBeUndefined();
    expect(s.text).not.toMatch(/"password":\s*"/);
  });

  test("the parameter group forces TLS 1.2+ and logs DDL and slow statements", () => {
    const params = only(s, "aws_db_parameter_group");
    expect(params.family).toBe("postgres16");
    expect(params.parameter).toEqual(
      expect.arrayContaining([
        { name: "rds.force_ssl", value: "1", apply_method: "pending-reboot" },
        { name: "ssl_min_protocol_version", value: "TLSv1.2", apply_method: "pending-reboot" },
        expect.objectContaining({ name: "log_statement" }),
        expect.objectContaining({ name: "log_min_duration_statement" }),
      ]),
    );
  });

  test("5432 only from the API and the application user rotation: an ingress rule from each, and the API's egress policy", () => {
    const rules = resourcesOf(s, "aws_security_group_rule").filter((r) => r.from_port === 5432 && r.type === "ingress");
    expect(rules).toHaveLength(2);
    expect(rules).toContainEqual(
      expect.objectContaining({ source_security_group_id: "${aws_security_group.Api_PodSecurityGroup_25818694.id}", to_port: 5432 }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({ source_security_group_id: "${aws_security_group.Postgres_AppUserRotation_SecurityGroup_803ED1D1.id}" }),
    );
    const policy = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(policy.spec.egress).toContainEqual({
      to: base.subnetCidrs.map((cidr) => ({ ip_block: { cidr } })),
      ports: [{ port: "5432", protocol: "TCP" }],
    });
  });

  test("the API's DATABASE_URL is built by External Secrets with sslmode=verify-full and the RDS CA", () => {
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-database-url");
    expect(es.spec.data.map((d: any) => d.remoteRef.property)).toEqual(["username", "password"]);
    // the application user's secret, never the master's
    expect(es.spec.data[0].remoteRef.key).toBe("${aws_secretsmanager_secret.Postgres_AppUserSecret_1067EE20.arn}");
    expect(s.text).not.toMatch(/"key":\s*"\$\{aws_db_instance\.[^"]*master_user_secret/);
    expect(es.spec.target.template.data.value).toMatch(
      /^postgresql:\/\/\{\{ \.username \| urlquery \}\}:\{\{ \.password \| urlquery \}\}@\$\{aws_db_instance\.Postgres_.*\.address\}:5432\/meshoptixiq\?sslmode=verify-full&sslrootcert=\/etc\/meshoptixiq\/rds-ca\/rds-ca\.pem$/,
    );
    const env = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env;
    const ref = env.find((e: any) => e.name === "DATABASE_URL").value_from.secret_key_ref;
    expect(ref).toMatchObject({ key: "value", optional: false });
    expect(literal(s, ref.name)).toBe("meshoptixiq-database-url");
  });
});

describe("EncryptedPostgres application user", () => {
  const { s } = withDb();
  const fn = only(s, "aws_lambda_function");

  test("an empty secret of its own, filled and rotated at once by a function in the VPC that reads the master secret", () => {
    const secret = s.resources.aws_secretsmanager_secret.Postgres_AppUserSecret_1067EE20;
    expect(secret).toMatchObject({ name: "meshoptixiq/postgres/app-user" });
    expect(secret.kms_key_id).toMatch(/aws_kms_key\.Postgres_AppUserSecret_Key/);
    expect(s.resources.aws_secretsmanager_secret_version).toBeUndefined();
    const rotation = only(s, "aws_secretsmanager_secret_rotation");
    expect(rotation).toMatchObject({
      secret_id: "${aws_secretsmanager_secret.Postgres_AppUserSecret_1067EE20.arn}",
      rotation_lambda_arn: `\${aws_lambda_function.${Object.keys(s.resources.aws_lambda_function)[0]}.arn}`,
      rotate_immediately: true,
      rotation_rules: { automatically_after_days: 30 },
    });
    // the first rotation waits for the database, the invoke permission, the read of the master secret and the path to 5432
    expect(rotation.depends_on).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^aws_db_instance\.Postgres_/),
        expect.stringMatching(/^aws_lambda_permission\.Postgres_AppUserRotation_InvokeBySecretsManager_/),
        expect.stringMatching(/^aws_iam_role_policy\.Postgres_Read-app-user-rotation_/),
        expect.stringMatching(
          /^aws_security_group_rule\.NetworkModel_Ingress-meshoptixiq-postgres-app-rotation-to-meshoptixiq-postgres-tcp5432_/,
        ),
        expect.stringMatching(
          /^aws_security_group_rule\.NetworkModel_Egress-meshoptixiq-postgres-app-rotation-to-meshoptixiq-postgres-tcp5432_/,
        ),
      ]),
    );
    expect(fn).toMatchObject({
      function_name: "meshoptixiq-postgres-app-rotation",
      runtime: "nodejs24.x",
      vpc_config: { subnet_ids: base.subnetIds },
    });
    expect(fn.environment.variables).toEqual({
      SECRET_ARNS: "${aws_secretsmanager_secret.Postgres_AppUserSecret_1067EE20.arn}",
      MASTER_SECRET_ARN: expect.stringMatching(/^\$\{aws_db_instance\.Postgres_\w+\.master_user_secret\[0\]\.secret_arn\}$/),
      DB_HOST: expect.stringMatching(/^\$\{aws_db_instance\.Postgres_\w+\.address\}$/),
      DB_PORT: "5432",
      DB_NAME: "meshoptixiq",
      APP_ROLE: "meshq_app",
      APP_SCHEMA: "meshoptixiq",
      PASSWORD_LENGTH: "64",
      PREVIOUS_VALID_HOURS: "24",
      NODE_EXTRA_CA_CERTS: "/var/runtime/ca-cert.pem",
    });
    // the External Secret waits for the first rotation
    const es = s.resources.kubernetes_manifest["Api_Secrets_ExternalSecret-meshoptixiq-database-url_5517038F"];
    expect(es.depends_on).toContain("aws_secretsmanager_secret_rotation.Postgres_AppUserRotationSchedule_318C5690");
  });

  test("the function's network: 443 to AWS APIs and 5432 to the database only", () => {
    const rules = Object.entries<any>(s.resources.aws_security_group_rule).filter(([a]) => a.includes("app-rotation"));
    expect(rules.map(([, r]) => [r.type, r.from_port]).sort()).toEqual([
      ["egress", 443],
      ["egress", 5432],
      ["ingress", 5432],
    ]);
  });

  test("with the VPC endpoints' CIDRs, the function's 443 reaches them only", () => {
    const confined = withDb({ awsApiCidrs: ["10.40.20.0/24"] });
    const egress = Object.entries<any>(confined.s.resources.aws_security_group_rule).find(([a]) =>
      /app-rotation-to-aws-apis-tcp443/.test(a),
    )!;
    expect(egress[1].cidr_blocks).toEqual(["10.40.20.0/24"]);
    expect(() => withDb({ awsApiCidrs: ["0.0.0.0/0"] })).toThrow(/\[MESHQ-CIDR\] EncryptedPostgres: awsApiCidrs received/);
  });

  test("rotation period and overlap are validated", () => {
    const { s } = withDb({ appUserRotationDays: 7, previousUserValidHours: 2, rotationSubnetIds: ["subnet-0000000000000000c"] });
    expect(only(s, "aws_secretsmanager_secret_rotation").rotation_rules).toEqual({ automatically_after_days: 7 });
    expect(only(s, "aws_lambda_function").environment.variables.PREVIOUS_VALID_HOURS).toBe("2");
    expect(only(s, "aws_lambda_function").vpc_config.subnet_ids).toEqual(["subnet-0000000000000000c"]);
    expect(() => withDb({ appUserRotationDays: 365 })).toThrow(
      /\[MESHQ-ROTATION-SCHEDULE\] EncryptedPostgres: appUserRotationDays received 365; allowed: an integer from 1 to 90/,
    );
    expect(() => withDb({ previousUserValidHours: 720 })).toThrow(
      /\[MESHQ-ROTATION-GRACE\] EncryptedPostgres: previousUserValidHours received 720; allowed: an integer from 1 to 72/,
    );
    expect(() => withDb({ rotationSubnetIds: ["not-a-subnet"] })).toThrow(/rotationSubnetIds/);
  });
});

describe("EncryptedPostgres options and errors", () => {
  test("without the CA bundle: sslmode=require (never weaker) and a warning", () => {
    const { s, db } = withDb({ caBundlePem: undefined });
    const es = manifestsOf(s, "ExternalSecret").find((e) => e.metadata.name === "meshoptixiq-database-url");
    expect(es.spec.target.template.data.value).toMatch(/\?sslmode=require$/);
    expect(annotations(db, "warning").join("\n")).toMatch(/MESHQ-SSLMODE.*sslmode=require/);
  });

  test("opt-outs need reasons", () => {
    const { s } = withDb({ multiAzOptOut: { reason: "development database, restored from snapshots" } });
    expect(only(s, "aws_db_instance").multi_az).toBe(false);
    expect(() => withDb({ deletionProtectionOptOut: { reason: "x" } })).toThrow(
      /\[MESHQ-OPT-OUT\] EncryptedPostgres: deletionProtectionOptOut received "x"/,
    );
  });

  test("bad backups, bad CA", () => {
    expect(() => withDb({ backupRetentionDays: 1 })).toThrow(
      /\[MESHQ-RETENTION\] EncryptedPostgres: backupRetentionDays received 1; allowed: an integer from 7 to 35/,
    );
    expect(() => withDb({ caBundlePem: "-----BEGIN PRIVATE KEY-----" })).toThrow(
      /caBundlePem received "<redacted: contains a private key>"/,
    );
  });

  test("the master secret grants read once per role, at the database's address, and admits the reader on the key", () => {
    const { stack, api } = apiStack();
    const db = new EncryptedPostgres(stack, "Postgres", { api, ...base, caBundlePem: CA });
    const ci = granteeFromRole("arn:aws:iam::111122223333:role/ci", "ci", "pipeline");
    db.masterSecret.grantRead(ci);
    db.masterSecret.grantRead(ci);
    const s = synth(stack);
    const reads = Object.keys(s.resources.aws_iam_role_policy).filter((k) => k.startsWith("Postgres_Read-"));
    // the application user rotation and the pipeline role, once each; the API's role never reads it
    expect(reads.map((k) => k.replace(/_[0-9A-F]{8}$/, "")).sort()).toEqual(["Postgres_Read-app-user-rotation", "Postgres_Read-pipeline"]);
    expect(s.text).toContain("arn:aws:iam::111122223333:role/ci");
  });

  test("ingress-controller mode: the pods' group is admitted through the network model, and the rule's state moves there", () => {
    const make = () => {
      const stack = testStack();
      const api = new SecureMeshApi(stack, "Api", {
        networkPolicyEnforcement: NetworkPolicyEnforcement.CALICO,
        oidcProviderArn: fixture.oidcProviderArn,
        image: fixture.image,
        ingressMode: ApiIngressMode.INGRESS_CONTROLLER,
        ingressController: { namespace: "ingress-nginx", podLabels: { "app.kubernetes.io/name": "ingress-nginx" } },
      });
      new EncryptedPostgres(stack, "Postgres", { api, ...base, clientSecurityGroupId: "sg-0aaaabbbbccccdddd" });
      return stack;
    };
    // a group outside the stack: the guard cannot know who carries it, so it takes a recorded reason
    expect(() => synth(make())).toThrow(/MESHQ-NET-9.*admits sg-0aaaabbbbccccdddd, a security group outside the stack/);
    const stack = make();
    HardeningGuard.suppress(NetworkModel.of(stack), "MESHQ-NET-9", "the platform team's pod group, given by its own SecurityGroupPolicy");
    const s = synth(stack);
    const rules = s.resources.aws_security_group_rule;
    const address = "NetworkModel_Ingress-meshoptixiq-api-pods-to-meshoptixiq-postgres-tcp5432_0D369C01";
    expect(Object.keys(rules).filter((a) => !a.includes("app-rotation"))).toEqual([address]);
    expect(rules[address]).toMatchObject({
      type: "ingress",
      source_security_group_id: "sg-0aaaabbbbccccdddd",
      from_port: 5432,
      to_port: 5432,
      protocol: "tcp",
      description: "PostgreSQL (from meshoptixiq-api-pods)",
    });
    // The address the rule had when EncryptedPostgres wrote it itself (construct id IngressFromApi).
    expect(s.json.moved).toEqual([
      { from: "aws_security_group_rule.Postgres_IngressFromApi_C583675B", to: `aws_security_group_rule.${address}` },
    ]);
    const policy = resourcesOf(s, "kubernetes_network_policy_v1").find((p) => p.metadata.name === "meshoptixiq-api-allow");
    expect(policy.spec.egress).toContainEqual({
      to: base.subnetCidrs.map((cidr) => ({ ip_block: { cidr } })),
      ports: [{ port: "5432", protocol: "TCP" }],
    });
  });

  test("with the API's own group as the client group, no moved block", () => {
    const { s } = withDb();
    expect(s.json.moved).toBeUndefined();
  });

  test("stable addresses of the database and its key", () => {
    const { s } = withDb();
    expect(Object.keys(s.resources.aws_db_instance)).toEqual(["Postgres_9DC8BB04"]);
    expect(Object.keys(s.resources.aws_kms_key)).toContain("Postgres_Key_24D76AA8");
  });
});
