import { RotatingApiKey, KeyAlphabet } from "../../lib/keys/rotating-api-key";
import { granteeFromRole } from "../../lib/core/iam";
import { apiStack, literal, manifestsOf, only, resourcesOf, synth, testStack, doc } from "../util";

describe("RotatingApiKey standalone", () => {
  const stack = testStack();
  const key = new RotatingApiKey(stack, "AutomationKey", { consumer: "automation" });
  key.grantRead(granteeFromRole("arn:aws:iam::111122223333:role/ci-deployer", "ci-deployer", "pipeline"));
  const s = synth(stack);
  // the secret's key (the stack's code signing has a key of its own)
  const secretKey = () => s.resources.aws_kms_key.AutomationKey_Secret_Key_7ADABA9B;
  const keyPolicy = () => doc(secretKey().policy);

  test("the secret has no value in configuration or state, and a customer-managed key", () => {
    const secret = only(s, "aws_secretsmanager_secret");
    expect(secret).toMatchObject({ name: "meshoptixiq/api-key/automation", recovery_window_in_days: 30 });
    expect(secret.kms_key_id).toMatch(/aws_kms_key\./);
    expect(resourcesOf(s, "aws_secretsmanager_secret_version")).toHaveLength(0);
    expect(s.text).not.toMatch(/secret_string/);
  });

  test("KMS key: rotation on, 30-day deletion window, no unconditioned wildcard principal", () => {
    expect(secretKey()).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30, is_enabled: true });
    const statements = keyPolicy().Statement;
    for (const st of statements) {
      expect(st.Principal === "*" || st.Principal?.AWS === "*").toBe(false);
    }
    const admin = statements.find((st: any) => st.Sid === "KeyAdministration");
    expect(admin.Action).not.toContain("kms:Decrypt");
    expect(admin.Principal.AWS[0]).toMatch(/^arn:\$\{data\.aws_partition\..*\}:iam::\$\{data\.aws_caller_identity\..*\}:root$/);
  });

  test("key policy grants readers and the rotation role only through Secrets Manager", () => {
    const statements = keyPolicy().Statement;
    const readers = statements.find((st: any) => st.Sid === "ReadersViaSecretsManager");
    expect(readers.Principal.AWS).toEqual(["arn:aws:iam::111122223333:role/ci-deployer"]);
    expect(readers.Condition.StringEquals["kms:ViaService"]).toMatch(/^secretsmanager\..*\.amazonaws\.com$/);
    const rotation = statements.find((st: any) => st.Sid === "WritersViaSecretsManager");
    expect(rotation.Principal.AWS).toEqual([expect.stringMatching(/aws_iam_role\..*Rotation_Role.*\.arn/)]);
    expect(rotation.Action).toEqual(["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"]);
    expect(rotation.Condition.StringEquals["kms:ViaService"]).toMatch(/^secretsmanager\./);
    expect(statements.find((st: any) => st.Sid === "CloudWatchLogs").Principal.Service).toMatch(/^logs\./);
  });

  test("rotation: immediately on creation, every 30 days, after the invoke permission", () => {
    const rotation = only(s, "aws_secretsmanager_secret_rotation");
    expect(rotation).toMatchObject({ rotate_immediately: true, rotation_rules: { automatically_after_days: 30 } });
    expect(rotation.rotation_lambda_arn).toMatch(/aws_lambda_function\./);
    expect(rotation.depends_on).toEqual([expect.stringMatching(/^aws_lambda_permission\./)]);
  });

  test("the rotation function is hardened", () => {
    const fn = only(s, "aws_lambda_function");
    expect(fn).toMatchObject({
      runtime: "nodejs24.x",
      handler: "index.handler",
      tracing_config: { mode: "Active" },
      environment: { variables: { KEY_LENGTH: "64", KEY_ALPHABET: "hex" } },
    });
    // No reserved concurrency unless asked for: a reservation fails on accounts with a small quota.
    expect(fn.reserved_concurrent_executions).toBeUndefined();
    expect(fn.dead_letter_config.target_arn).toMatch(/aws_sqs_queue\./);
    // signed code: a changed zip is a new object version, signed anew, deployed from a new key
    expect(fn.code_signing_config_arn).toMatch(/^\$\{aws_lambda_code_signing_config\.RotationCodeSigning_Config_\w+\.arn\}$/);
    expect(fn.s3_key).toMatch(
      /^\$\{aws_signer_signing_job\.AutomationKey_Rotation_CodeSigningJob_\w+\.signed_object\[0\]\.s3\[0\]\.key\}$/,
    );
    expect(only(s, "aws_s3_object").source_hash).toMatch(/^[0-9a-f]+$/i);
    expect(only(s, "aws_sqs_queue").kms_master_key_id).toMatch(/aws_kms_key\./);
    expect(only(s, "aws_cloudwatch_log_group")).toMatchObject({
      name: "/aws/lambda/meshoptixiq-automation-rotation",
      retention_in_days: 365,
    });
    expect(only(s, "aws_cloudwatch_log_group").kms_key_id).toMatch(/aws_kms_key\./);
    const permissions = resourcesOf(s, "aws_lambda_permission");
    expect(permissions.map((p) => [p.principal, p.action, p.source_arn.replace(/_[A-Z0-9]{8}\.arn\}$/, "")]).sort()).toEqual([
      ["events.amazonaws.com", "lambda:InvokeFunction", "${aws_cloudwatch_event_rule.AutomationKey_Rotation_RevokePrevious"],
      ["secretsmanager.amazonaws.com", "lambda:InvokeFunction", "${aws_secretsmanager_secret.AutomationKey_Secret"],
    ]);
  });

  test("the previous key is revoked after a bounded overlap (default 24 hours)", () => {
    expect(only(s, "aws_lambda_function").environment.variables.OVERLAP_HOURS).toBe("24");
    expect(only(s, "aws_cloudwatch_event_rule").schedule_expression).toBe("rate(15 minutes)");
    const target = only(s, "aws_cloudwatch_event_target");
    expect(doc(target.input)).toEqual({ action: "revokePrevious", secretId: expect.stringMatching(/aws_secretsmanager_secret\./) });
    const policy = doc(resourcesOf(s, "aws_iam_role_policy").find((p) => p.name === "rotation").policy);
    expect(policy.Statement.find((st: any) => st.Sid === "ListThisSecretsVersions")).toMatchObject({
      Action: "secretsmanager:ListSecretVersionIds",
      Resource: expect.stringMatching(/aws_secretsmanager_secret\./),
    });
    for (const hours of [0, 25]) {
      const stack = testStack();
      expect(() => new RotatingApiKey(stack, "K", { consumer: "operators", previousKeyOverlapHours: hours })).toThrow(
        /previousKeyOverlapHours received .*allowed: an integer from 1 to 24/,
      );
    }
  });

  test("the function's role reaches only this secret, this key, its logs and its queue", () => {
    const policy = doc(resourcesOf(s, "aws_iam_role_policy").find((p) => p.name === "rotation").policy);
    const bySid = Object.fromEntries(policy.Statement.map((st: any) => [st.Sid, st]));
    expect(bySid.RotateThisSecret.Resource).toMatch(/aws_secretsmanager_secret\..*\.arn/);
    expect(bySid.UseThisKey.Resource).toMatch(/aws_kms_key\..*\.arn/);
    expect(bySid.DeadLetters.Resource).toMatch(/aws_sqs_queue\./);
    expect(policy.Statement.filter((st: any) => st.Resource === "*").map((st: any) => st.Sid)).toEqual(["Tracing"]);
    const trust = doc(only(s, "aws_iam_role").assume_role_policy);
    expect(trust.Statement[0].Principal).toEqual({ Service: "lambda.amazonaws.com" });
  });

  test("the secret's resource policy lets only granted principals read", () => {
    const policy = doc(only(s, "aws_secretsmanager_secret_policy").policy);
    const [read, write] = policy.Statement;
    expect(read).toMatchObject({ Effect: "Deny", Principal: "*", Action: "secretsmanager:GetSecretValue" });
    const readers = read.Condition.StringNotEquals["aws:PrincipalArn"];
    expect(readers).toContain("arn:aws:iam::111122223333:role/ci-deployer");
    expect(readers.some((a: string) => /Rotation_Role/.test(a))).toBe(true);
    expect(write).toMatchObject({
      Effect: "Deny",
      Principal: "*",
      Action: ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
    });
    const writers = write.Condition.StringNotEquals["aws:PrincipalArn"];
    expect(writers).not.toContain("arn:aws:iam::111122223333:role/ci-deployer");
    expect(writers.some((a: string) => /Rotation_Role/.test(a))).toBe(true);
    const manage = policy.Statement.find((st: any) => st.Sid === "OnlyBreakGlassManages");
    expect(manage).toMatchObject({
      Effect: "Deny",
      Principal: "*",
      Action: [
        "secretsmanager:DeleteResourcePolicy",
        "secretsmanager:PutResourcePolicy",
        "secretsmanager:UpdateSecret",
        "secretsmanager:CancelRotateSecret",
        "secretsmanager:RotateSecret",
      ],
    });
    const managers = manage.Condition.StringNotEquals["aws:PrincipalArn"];
    expect(managers).toHaveLength(2); // the break-glass principal (the account root by default) and the rotator
    expect(managers[0]).toMatch(/:iam::.*:root$/);
    expect(managers).not.toContain("arn:aws:iam::111122223333:role/ci-deployer");
    expect(managers.some((a: string) => /Rotation_Role/.test(a))).toBe(true);
    // applied after the rotation schedule, whose first apply calls RotateSecret
    expect(only(s, "aws_secretsmanager_secret_policy").depends_on).toEqual([
      expect.stringMatching(/^aws_secretsmanager_secret_rotation\.AutomationKey_Schedule_\w+$/),
    ]);
    expect(only(s, "aws_secretsmanager_secret_policy").block_public_policy).toBe(true);
  });

  test("the rotation code is packaged as an asset, uploaded to be signed", () => {
    expect(only(s, "aws_s3_object").source).toMatch(/assets\/.*meshq-rotation-[0-9a-f]{16}\.zip$/);
    expect(only(s, "aws_lambda_function").filename).toBeUndefined();
  });

  test("stateful resources keep stable addresses", () => {
    expect(Object.keys(s.resources.aws_secretsmanager_secret)).toEqual(["AutomationKey_Secret_F539FDBC"]);
    expect(Object.keys(s.resources.aws_kms_key)).toEqual(["AutomationKey_Secret_Key_7ADABA9B", "RotationCodeSigning_Key_0F5EFD70"]);
  });
});

describe("RotatingApiKey with the API", () => {
  test("operators and automation keys reach the API as separate variables with overlap, and restart it", () => {
    const { stack, api } = apiStack();
    new RotatingApiKey(stack, "OperatorsKey", { consumer: "operators", api });
    new RotatingApiKey(stack, "AutomationKey", { consumer: "automation", api });
    const s = synth(stack);
    const env = only(s, "kubernetes_deployment_v1").spec.template.spec.container[0].env;
    const names = env.map((e: any) => e.name);
    expect(names).toEqual(expect.arrayContaining(["API_KEY", "API_KEY_PREVIOUS", "API_KEY_AUTOMATION", "API_KEY_AUTOMATION_PREVIOUS"]));
    const current = env.find((e: any) => e.name === "API_KEY").value_from.secret_key_ref;
    expect(current).toMatchObject({ key: "value", optional: false });
    expect(literal(s, current.name)).toBe("api-key-operators");
    // The previous key comes from its own Secret, absent until the second rotation: optional.
    const previous = env.find((e: any) => e.name === "API_KEY_PREVIOUS").value_from.secret_key_ref;
    expect(previous).toMatchObject({ key: "value", optional: true });
    expect(literal(s, previous.name)).toBe("api-key-operators-previous");
    const reload = only(s, "kubernetes_deployment_v1").metadata.annotations["secret.reloader.stakater.com/reload"];
    expect(reload.split(",").map((name: string) => literal(s, name))).toEqual([
      "api-key-operators",
      "api-key-operators-previous",
      "api-key-automation",
      "api-key-automation-previous",
    ]);
    const externalSecrets = manifestsOf(s, "ExternalSecret");
    expect(externalSecrets.map((e) => e.metadata.name).sort()).toEqual([
      "api-key-automation",
      "api-key-automation-previous",
      "api-key-operators",
      "api-key-operators-previous",
    ]);
    // The current value: AWSCURRENT only, kept if the remote secret disappears (Retain).
    const operators = externalSecrets.find((e) => e.metadata.name === "api-key-operators");
    expect(operators.spec.data).toEqual([
      { secretKey: "value", remoteRef: { key: expect.stringMatching(/OperatorsKey.*\.arn/), version: "AWSCURRENT" } },
    ]);
    expect(operators.spec.target.deletionPolicy).toBe("Retain");
    // The previous value: a missing AWSPREVIOUS is skipped (Delete), never blocking the first sync.
    const operatorsPrevious = externalSecrets.find((e) => e.metadata.name === "api-key-operators-previous");
    expect(operatorsPrevious.spec.data).toEqual([
      { secretKey: "value", remoteRef: { key: expect.stringMatching(/OperatorsKey.*\.arn/), version: "AWSPREVIOUS" } },
    ]);
    expect(operatorsPrevious.spec.target).toEqual({
      name: "api-key-operators-previous",
      creationPolicy: "Owner",
      deletionPolicy: "Delete",
    });
    // Both are created after the schedule that rotates at once, so AWSCURRENT exists on their first sync.
    const esResources = resourcesOf(s, "kubernetes_manifest").filter((r) => r.manifest.kind === "ExternalSecret");
    for (const es of esResources)
      expect(es.depends_on).toEqual([expect.stringMatching(/^aws_secretsmanager_secret_rotation\.\w+Key_Schedule_\w+$/)]);
    // each key's policy admits the API role, and the keys are separate
    const keyPolicies = resourcesOf(s, "aws_kms_key").map((k) => doc(k.policy));
    const apiKeys = keyPolicies.filter((p) => p.Statement.some((st: any) => st.Sid === "ReadersViaSecretsManager"));
    expect(apiKeys).toHaveLength(2);
    for (const p of apiKeys) {
      expect(p.Statement.find((st: any) => st.Sid === "ReadersViaSecretsManager").Principal.AWS[0]).toMatch(/Api_Role/);
    }
  });
});

describe("RotatingApiKey rejects weak settings", () => {
  const build = (props: Partial<ConstructorParameters<typeof RotatingApiKey>[2]>) => () =>
    new RotatingApiKey(testStack(), "Key", { consumer: "operators", ...props });

  test("reserved concurrency is an optional knob, validated", () => {
    const stack = testStack();
    new RotatingApiKey(stack, "Key", { consumer: "operators", reservedConcurrentExecutions: 2 });
    expect(only(synth(stack), "aws_lambda_function").reserved_concurrent_executions).toBe(2);
    expect(build({ reservedConcurrentExecutions: 0 })).toThrow(
      /\[MESHQ-CONCURRENCY\] RotatingApiKey: reservedConcurrentExecutions received 0; allowed: an integer from 1 to 1000\. Fix: remove it to use the account's unreserved concurrency/,
    );
    expect(build({ reservedConcurrentExecutions: 1.5 })).toThrow(/MESHQ-CONCURRENCY/);
  });

  test("keys shorter than 32 characters", () => {
    expect(build({ keyLength: 16 })).toThrow(
      /\[MESHQ-KEY-LENGTH\] RotatingApiKey: keyLength received 16; allowed: an integer from 32 to 4096. Fix: the security guide requires at least 32 random characters/,
    );
  });

  test("rotation less often than every 90 days", () => {
    expect(build({ rotationDays: 365 })).toThrow(
      /\[MESHQ-ROTATION-SCHEDULE\] RotatingApiKey: rotationDays received 365; allowed: an integer from 1 to 90/,
    );
    expect(build({ rotationDays: 0 })).toThrow(/MESHQ-ROTATION-SCHEDULE/);
  });

  test("an unknown alphabet, a bad consumer name, a short log retention", () => {
    expect(build({ alphabet: "base64" as KeyAlphabet })).toThrow(/alphabet received "base64"/);
    expect(build({ consumer: "CI Pipeline" })).toThrow(/\[MESHQ-NAME\] RotatingApiKey: consumer received "CI Pipeline"/);
    expect(build({ logRetentionDays: 7 })).toThrow(/logRetentionDays received 7/);
  });

  test("configurable length, alphabet and schedule within bounds", () => {
    const stack = testStack();
    new RotatingApiKey(stack, "Key", { consumer: "operators", keyLength: 48, alphabet: KeyAlphabet.ALPHANUMERIC, rotationDays: 7 });
    const s = synth(stack);
    expect(only(s, "aws_lambda_function").environment.variables).toMatchObject({ KEY_LENGTH: "48", KEY_ALPHABET: "alphanumeric" });
    expect(only(s, "aws_secretsmanager_secret_rotation").rotation_rules.automatically_after_days).toBe(7);
  });
});
