import { RotatingApiKey } from "../../lib/keys/rotating-api-key";
import {
  artifactBucketPrefix,
  RotationCodeSigning,
  ROTATION_SIGNATURE_VALIDITY_MONTHS,
  signingProfilePrefix,
} from "../../lib/secrets/rotation-code-signing";
import { doc, only, resourcesOf, synth, testStack } from "../util";

describe("code signing of the rotation functions", () => {
  const stack = testStack();
  new RotatingApiKey(stack, "OperatorsKey", { consumer: "operators" });
  new RotatingApiKey(stack, "AutomationKey", { consumer: "automation" });
  const s = synth(stack);

  test("one profile, one enforcing configuration and one artifact bucket per stack", () => {
    const profile = only(s, "aws_signer_signing_profile");
    expect(profile).toMatchObject({
      name_prefix: "meshoptixiq_rotation_",
      platform_id: "AWSLambda-SHA384-ECDSA",
      signature_validity_period: { type: "MONTHS", value: ROTATION_SIGNATURE_VALIDITY_MONTHS },
    });
    expect(only(s, "aws_lambda_code_signing_config")).toMatchObject({
      allowed_publishers: { signing_profile_version_arns: [expect.stringMatching(/^\$\{aws_signer_signing_profile\.\w+\.version_arn\}$/)] },
      policies: { untrusted_artifact_on_deployment: "Enforce" },
    });
    expect(only(s, "aws_s3_bucket")).toMatchObject({ bucket_prefix: "meshoptixiq-code-", force_destroy: false });
  });

  test("the artifact bucket: versioned, KMS encrypted with its own key, private, TLS only, old versions expire", () => {
    expect(only(s, "aws_s3_bucket_versioning").versioning_configuration.status).toBe("Enabled");
    const sse = only(s, "aws_s3_bucket_server_side_encryption_configuration").rule[0];
    expect(sse).toMatchObject({ apply_server_side_encryption_by_default: { sse_algorithm: "aws:kms" }, bucket_key_enabled: true });
    expect(sse.apply_server_side_encryption_by_default.kms_master_key_id).toMatch(/aws_kms_key\.RotationCodeSigning_Key_\w+\.arn/);
    expect(only(s, "aws_s3_bucket_public_access_block")).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    const tls = doc(only(s, "aws_s3_bucket_policy").policy).Statement[0];
    expect(tls).toMatchObject({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } });
    const rule = only(s, "aws_s3_bucket_lifecycle_configuration").rule[0];
    expect(rule.expiration).toBeUndefined();
    expect(rule.noncurrent_version_expiration).toEqual([{ noncurrent_days: 90 }]);
    const key = doc(s.resources.aws_kms_key.RotationCodeSigning_Key_0F5EFD70.policy).Statement;
    const s3 = key.find((st: any) => st.Sid === "ArtifactsThroughS3");
    expect(s3.Condition.StringEquals["kms:ViaService"]).toMatch(/^s3\./);
  });

  test("each function deploys its own signed object version, through the configuration", () => {
    const jobs = resourcesOf(s, "aws_signer_signing_job");
    expect(jobs).toHaveLength(2);
    for (const job of jobs) {
      expect(job.ignore_signing_job_failure).toBe(false);
      expect(job.source.s3.version).toMatch(/^\$\{aws_s3_object\.\w+_Rotation_CodeObject_\w+\.version_id\}$/);
      expect(job.destination.s3.prefix).toMatch(/^signed\/meshoptixiq-\w+-rotation\/$/);
    }
    const objects = resourcesOf(s, "aws_s3_object");
    expect(objects.map((o) => o.key).sort()).toEqual([
      "unsigned/meshoptixiq-automation-rotation.zip",
      "unsigned/meshoptixiq-operators-rotation.zip",
    ]);
    for (const o of objects) expect(o).toMatchObject({ server_side_encryption: "aws:kms", depends_on: expect.any(Array) });
    for (const fn of resourcesOf(s, "aws_lambda_function")) {
      expect(fn.s3_bucket).toMatch(/signed_object\[0\]\.s3\[0\]\.bucket/);
      expect(fn.filename).toBeUndefined();
    }
  });

  test("names fit Signer and S3 for any deployment name", () => {
    for (const name of ["meshoptixiq", "meshq-staging", "A.very-long_Deployment.name-with-more-than-sixty-four-characters-in-it-1234"]) {
      // Terraform appends 26 digits to a prefix
      expect(signingProfilePrefix(name)).toMatch(/^[A-Za-z0-9_]{2,38}$/);
      expect(`${signingProfilePrefix(name)}${"2".repeat(26)}`).toMatch(/^[A-Za-z0-9_]{2,64}$/);
      expect(artifactBucketPrefix(name)).toMatch(/^[a-z0-9][a-z0-9-]{2,36}$/);
    }
    expect(signingProfilePrefix("meshq-staging")).toBe("meshq_staging_rotation_");
    // long names that share their start still get prefixes of their own (the deploy role's scope)
    const [a, b] = ["meshoptixiq-production-eu-west-1", "meshoptixiq-production-eu-west-2"];
    expect(signingProfilePrefix(a)).not.toBe(signingProfilePrefix(b));
    expect(artifactBucketPrefix(a)).not.toBe(artifactBucketPrefix(b));
    expect(signingProfilePrefix(a).startsWith(signingProfilePrefix(b).slice(0, -1))).toBe(false);
  });

  test("an opt-out after the stack's first rotation function fails synth", () => {
    const late = testStack();
    new RotatingApiKey(late, "Key", { consumer: "operators" });
    expect(() =>
      RotationCodeSigning.optOut(late, "HardenedMeshStack", "rotationCodeSigningOptOut", { reason: "no Signer in this region" }),
    ).toThrow(/\[MESHQ-OPT-OUT\] HardenedMeshStack: rotationCodeSigningOptOut .*before the stack's first rotation function/);
    expect(() => RotationCodeSigning.optOut(testStack(), "HardenedMeshStack", "rotationCodeSigningOptOut", { reason: "short" })).toThrow(
      /MESHQ-OPT-OUT/,
    );
  });
});
