import { createHash } from "crypto";
import { ITerraformDependable, TerraformStack } from "../compat/core";
import { Construct, IConstruct } from "constructs";
import { LambdaCodeSigningConfig } from "../compat/aws/lambda-code-signing-config";
import { S3Bucket } from "../compat/aws/s3-bucket";
import { S3Object } from "../compat/aws/s3-object";
import { SignerSigningJob } from "../compat/aws/signer-signing-job";
import { SignerSigningProfile } from "../compat/aws/signer-signing-profile";
import { AwsContext } from "../core/aws-context";
import { hardenBucket } from "../core/bucket";
import { ErrorCodes, invalidInput } from "../core/errors";
import { CustomerManagedKey } from "../core/kms";
import { OptOut, recordOptOut } from "../core/opt-out";
import { awsTags } from "../core/tags";

const SINGLETON_ID = "RotationCodeSigning";

/** The Signer platform of Lambda code: ECDSA P-384 signatures over SHA-384, key material managed by AWS. */
export const ROTATION_SIGNING_PLATFORM = "AWSLambda-SHA384-ECDSA";

/**
 * How long a signature lets its code be deployed: 12 months. Lambda checks it when code is
 * deployed, never when the function runs; a function's code is signed anew whenever it changes,
 * so only a function replaced more than a year after its last code change needs a new signing job
 * (docs/design-decisions.md). Shorter bounds how long an old, perhaps vulnerable, signed build can
 * be deployed again.
 */
export const ROTATION_SIGNATURE_VALIDITY_MONTHS = 12;

/**
 * A name part of at most `max` characters: the name itself when it fits, else its start and a hash
 * of the whole name, so that two long deployment names that share a start never share a prefix.
 */
function fitted(name: string, max: number, separator: string): string {
  if (name.length <= max) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, max - hash.length - separator.length)}${separator}${hash}`;
}

/**
 * The name prefix of the deployment's signing profile: Signer names allow letters, digits and `_`
 * only, 64 at most; Terraform appends 26 digits to a prefix of at most 38.
 */
export function signingProfilePrefix(deploymentName: string): string {
  return `${fitted(deploymentName.replace(/[^A-Za-z0-9]/g, "_"), 28, "_")}_rotation_`;
}

/** The name prefix of the deployment's artifact bucket (S3: lower case, digits and `-`; a prefix of at most 37). */
export function artifactBucketPrefix(deploymentName: string): string {
  return `${fitted(deploymentName.toLowerCase().replace(/[^a-z0-9-]/g, "-"), 31, "-")}-code-`;
}

/** Where a signed function's code is, and the configuration that admits it. */
export interface SignedCode {
  readonly s3Bucket: string;
  readonly s3Key: string;
  readonly codeSigningConfigArn: string;
}

/** What a rotation function's code is: a zip built at synth, and its content hash. */
export interface UnsignedCode {
  /** Names the object keys and the signed prefix. */
  readonly functionName: string;
  /** Path of the zip (a TerraformAsset's). */
  readonly path: string;
  /** Hash of its content: a new hash uploads a new object version, which a new signing job signs. */
  readonly hash: string;
}

/**
 * Code signing of the stack's rotation functions, one per stack: an AWS Signer profile, a Lambda
 * code signing configuration that admits only that profile's signatures and blocks every other
 * deployment (`Enforce`), and the artifact bucket the signing jobs read from and write to
 * (versioned, KMS encrypted with its own key, public access blocked, TLS only). `sign` uploads a
 * function's zip, signs that object version, and returns the signed object to deploy. With the
 * stack's recorded opt-out it creates nothing and `sign` returns undefined.
 * @internal
 */
export class RotationCodeSigning extends Construct {
  /** The stack's code signing, created on first use. */
  public static of(scope: IConstruct, deploymentName: string): RotationCodeSigning {
    const stack = TerraformStack.of(scope);
    const found = stack.node.tryFindChild(SINGLETON_ID) as RotationCodeSigning | undefined;
    return found ?? new RotationCodeSigning(stack, SINGLETON_ID, deploymentName, false);
  }

  /**
   * Switches code signing off for the stack's rotation functions, with a recorded reason: called
   * before any rotation function is created (a region without AWS Signer, for instance).
   */
  public static optOut(scope: IConstruct, component: string, property: string, optOut: OptOut | undefined): boolean {
    if (!recordOptOut(scope, component, property, optOut)) return false;
    const stack = TerraformStack.of(scope);
    if (stack.node.tryFindChild(SINGLETON_ID)) {
      throw invalidInput(ErrorCodes.OPT_OUT, {
        component,
        property,
        received: optOut!.reason,
        allowed: "an opt-out recorded before the stack's first rotation function",
        fix: `set ${property} where the stack is built, before any construct that rotates a secret`,
      });
    }
    new RotationCodeSigning(stack, SINGLETON_ID, "", true);
    return true;
  }

  /** The code signing configuration (undefined when opted out). */
  public readonly config?: LambdaCodeSigningConfig;
  /** The signing profile (undefined when opted out). */
  public readonly profile?: SignerSigningProfile;
  /** The artifact bucket (undefined when opted out). */
  public readonly bucket?: S3Bucket;
  private readonly key?: CustomerManagedKey;
  private readonly dependencies: ITerraformDependable[] = [];
  private readonly deploymentName: string;

  private constructor(scope: Construct, id: string, deploymentName: string, optedOut: boolean) {
    super(scope, id);
    this.deploymentName = deploymentName;
    if (optedOut) return;
    const ctx = AwsContext.of(this);
    const tags = awsTags(deploymentName, "rotation-code");
    this.key = new CustomerManagedKey(this, "Key", {
      description: `Encrypts the rotation function code of ${deploymentName}`,
      deploymentName,
      alias: `${deploymentName}/rotation-code`,
    });
    // Signer and Lambda read and write the objects with the caller's credentials, through S3.
    this.key.grantViaService("ArtifactsThroughS3", [ctx.accountRootArn], "s3", ["kms:Decrypt", "kms:GenerateDataKey"]);
    this.bucket = new S3Bucket(this, "ArtifactBucket", { bucketPrefix: artifactBucketPrefix(deploymentName), forceDestroy: false, tags });
    const hardened = hardenBucket(this, {
      bucket: this.bucket.id,
      bucketArn: this.bucket.arn,
      kmsKeyArn: this.key.keyArn,
      // Current objects stay (the deployed code's source and signature); replaced versions go.
      lifecycle: { id: "expire-replaced-code", noncurrentDays: 90 },
    });
    this.dependencies.push(hardened.versioning, hardened.policy);
    this.profile = new SignerSigningProfile(this, "Profile", {
      namePrefix: signingProfilePrefix(deploymentName),
      platformId: ROTATION_SIGNING_PLATFORM,
      signatureValidityPeriod: { type: "MONTHS", value: ROTATION_SIGNATURE_VALIDITY_MONTHS },
      tags,
    });
    this.config = new LambdaCodeSigningConfig(this, "Config", {
      description: `Rotation functions of ${deploymentName}: only code signed by its profile`,
      allowedPublishers: { signingProfileVersionArns: [this.profile.versionArn] },
      policies: { untrustedArtifactOnDeployment: "Enforce" },
      tags,
    });
  }

  /**
   * Uploads a function's zip (`CodeObject`) and signs that object version (`CodeSigningJob`), both
   * children of `scope`. A changed zip is a new object version, which replaces the signing job,
   * whose signed object has a new key: the function deploys it (the equivalent of
   * `source_code_hash`). Returns undefined when the stack opted out of code signing.
   */
  public sign(scope: Construct, code: UnsignedCode): SignedCode | undefined {
    if (!this.config || !this.bucket || !this.key || !this.profile) return undefined;
    const object = new S3Object(scope, "CodeObject", {
      bucket: this.bucket.id,
      key: `unsigned/${code.functionName}.zip`,
      source: code.path,
      sourceHash: code.hash,
      serverSideEncryption: "aws:kms",
      kmsKeyId: this.key.keyArn,
      tags: awsTags(this.deploymentName, "rotation-code"),
      dependsOn: this.dependencies,
    });
    const job = new SignerSigningJob(scope, "CodeSigningJob", {
      profileName: this.profile.name,
      source: { s3: { bucket: this.bucket.id, key: object.key, version: object.versionId } },
      destination: { s3: { bucket: this.bucket.id, prefix: `signed/${code.functionName}/` } },
      // A failed signature fails the apply: the function never deploys unsigned or stale code.
      ignoreSigningJobFailure: false,
    });
    const signed = job.signedObject.get(0).s3.get(0);
    return { s3Bucket: signed.bucket, s3Key: signed.key, codeSigningConfigArn: this.config.arn };
  }
}
