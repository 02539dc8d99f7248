// The pipeline's roles judged by an IAM policy evaluator (@cloud-copilot/iam-simulate, which
// implements AWS's evaluation logic: identity policies, permissions boundaries, every condition
// operator, and the context keys each action supports): escalation attempts are refused, the
// deployment's own work is allowed.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runSimulation } from "@cloud-copilot/iam-simulate";
import { workloadBoundaryStatements } from "@meshoptixiq/cdktf-hardened";
import { boundaryArn } from "./bootstrap";
import { config } from "./config";
import { OWNER_TAG } from "./permissions";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const production = config.environments.find((e) => e.name === "production")!;
const staging = config.environments.find((e) => e.name === "staging")!;
const account = config.account;
const region = config.region;
const boundary = boundaryArn(config);
const stateBucket = `arn:aws:s3:::${config.stateBucket}`;
const stateKeyArn = `arn:aws:kms:${region}:${account}:key/5f0c0a4e-0000-4000-8000-000000000001`;

/** The role's policy documents as written, with the bootstrap's own references filled in as AWS would. */
function policies(prefix: string): Array<{ name: string; policy: unknown }> {
  const tf = JSON.parse(readFileSync(join(outdir, "stacks", config.bootstrapStackName, "cdk.tf.json"), "utf8"));
  return Object.entries(tf.resource.aws_iam_policy)
    .filter(([id]) => id.startsWith(prefix))
    .map(([name, p]: [string, any]) => ({
      name,
      policy: JSON.parse(
        String(p.policy)
          .replace(/\$\{aws_s3_bucket\.StateBucket\.arn\}/g, stateBucket)
          .replace(/\$\{aws_kms_key\.[A-Za-z0-9_]+\.arn\}/g, stateKeyArn),
      ),
    }));
}

/**
 * KMS's default key policy: it lets the account's IAM policies decide, which is what puts any such
 * key within reach of a role whose IAM policy reaches it.
 */
const defaultKeyPolicy = {
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "Enable IAM User Permissions",
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: "kms:*",
      Resource: "*",
    },
  ],
};

type Outcome = "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied";

/** A role of production (`Deploy`, `Plan`, whose construct ids it kept) or of staging (`StagingDeploy`, `StagingPlan`). */
type RoleId = "Deploy" | "Plan" | "StagingDeploy" | "StagingPlan";

async function evaluate(
  role: RoleId,
  action: string,
  resource: string,
  context: Record<string, string | string[]> = {},
  options: { boundary?: unknown } = {},
): Promise<Outcome> {
  const result = await runSimulation(
    {
      request: {
        principal: `arn:aws:sts::${account}:assumed-role/github-${role.startsWith("Staging") ? staging.deploymentName : production.deploymentName}-${role.replace("Staging", "").toLowerCase()}/run`,
        action,
        resource: { resource, accountId: account },
        contextVariables: { "aws:RequestedRegion": region, ...context },
      },
      identityPolicies: policies(`${role}Policy`),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      ...(action.startsWith("kms:") && resource.includes(":key/") ? { resourcePolicy: defaultKeyPolicy } : {}),
      ...(options.boundary ? { permissionBoundaryPolicies: [{ name: "boundary", policy: options.boundary }] } : {}),
    },
    {},
  );
  if (result.resultType === "error") throw new Error(JSON.stringify(result.errors));
  return result.overallResult as Outcome;
}

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

const role = (name: string) => `arn:aws:iam::${account}:role/${name}`;
const key = (id: string) => `arn:aws:kms:${region}:${account}:key/${id}`;
const secret = `arn:aws:secretsmanager:${region}:${account}:secret:${config.deploymentName}/api-key-operators-AbCdEf`;

describe("the deploy role cannot escalate", () => {
  test("CreateRole only with the library's permissions boundary", async () => {
    const name = role(`${config.deploymentName}-rotation`);
    expect(await evaluate("Deploy", "iam:CreateRole", name, { "iam:PermissionsBoundary": boundary })).toBe("Allowed");
    expect(await evaluate("Deploy", "iam:CreateRole", name)).toBe("ImplicitlyDenied");
    expect(
      await evaluate("Deploy", "iam:CreateRole", name, { "iam:PermissionsBoundary": `arn:aws:iam::${account}:policy/AdministratorAccess` }),
    ).toBe("ImplicitlyDenied");
    // nor outside the deployment's names, nor its own roles
    expect(await evaluate("Deploy", "iam:CreateRole", role("admin"), { "iam:PermissionsBoundary": boundary })).toBe("ImplicitlyDenied");
  });

  test("no inline policy on a role without the boundary, and the boundary is never removed", async () => {
    const name = role(`${config.deploymentName}-rotation`);
    expect(await evaluate("Deploy", "iam:PutRolePolicy", name, { "iam:PermissionsBoundary": boundary })).toBe("Allowed");
    expect(await evaluate("Deploy", "iam:PutRolePolicy", name)).toBe("ImplicitlyDenied");
    expect(await evaluate("Deploy", "iam:DeleteRolePermissionsBoundary", name, { "iam:PermissionsBoundary": boundary })).toBe(
      "ExplicitlyDenied",
    );
    expect(await evaluate("Deploy", "iam:CreatePolicyVersion", boundary)).toBe("ExplicitlyDenied");
  });

  test("a role created with `*:*` can still do only what the boundary allows", async () => {
    const everything = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
    const simulate = async (action: string, resource: string) => {
      const r = await runSimulation(
        {
          request: {
            principal: `arn:aws:sts::${account}:assumed-role/${config.deploymentName}-rotation/run`,
            action,
            resource: { resource, accountId: account },
            contextVariables: { "aws:RequestedRegion": region },
          },
          identityPolicies: [{ name: "everything", policy: everything }],
          serviceControlPolicies: [],
          resourceControlPolicies: [],
          permissionBoundaryPolicies: [
            { name: "boundary", policy: { Version: "2012-10-17", Statement: workloadBoundaryStatements({ region }) } },
          ],
        },
        {},
      );
      return r.resultType === "error" ? JSON.stringify(r.errors) : r.overallResult;
    };
    expect(await simulate("iam:CreateRole", role("backdoor"))).toBe("ExplicitlyDenied");
    expect(await simulate("iam:AttachRolePolicy", role("backdoor"))).toBe("ExplicitlyDenied");
    expect(await simulate("s3:GetObject", `${stateBucket}/${production.stateKey}`)).toBe("ImplicitlyDenied");
    expect(await simulate("secretsmanager:PutSecretValue", secret)).toBe("Allowed");
  });

  test("a foreign key cannot be tagged into the deployment, nor its policy or deletion touched", async () => {
    const claim = { [`aws:RequestTag/${OWNER_TAG}`]: config.deploymentName, "aws:TagKeys": [OWNER_TAG] };
    const foreign = key("1b2c3d4e-0000-4000-8000-00000000000f");
    expect(await evaluate("Deploy", "kms:TagResource", foreign, claim)).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "kms:TagResource", foreign, { ...claim, [`aws:ResourceTag/${OWNER_TAG}`]: "payments" })).toBe(
      "ExplicitlyDenied",
    );
    expect(await evaluate("Deploy", "kms:PutKeyPolicy", foreign)).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "kms:ScheduleKeyDeletion", foreign)).toBe("ExplicitlyDenied");
    // the state key carries the pipeline's owner tag, not the deployment's
    const state = { [`aws:ResourceTag/${OWNER_TAG}`]: `${config.deploymentName}-pipeline` };
    expect(await evaluate("Deploy", "kms:ScheduleKeyDeletion", stateKeyArn, state)).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "kms:PutKeyPolicy", stateKeyArn, state)).toBe("ExplicitlyDenied");
  });

  test("the deployment's own keys: created with its owner tag, then managed; the tag stays", async () => {
    const own = key("0a1b2c3d-0000-4000-8000-000000000002");
    const owned = { [`aws:ResourceTag/${OWNER_TAG}`]: config.deploymentName };
    const claim = { [`aws:RequestTag/${OWNER_TAG}`]: config.deploymentName, "aws:TagKeys": [OWNER_TAG] };
    expect(await evaluate("Deploy", "kms:CreateKey", "*", claim)).toBe("Allowed");
    expect(await evaluate("Deploy", "kms:CreateKey", "*")).toBe("ImplicitlyDenied");
    expect(
      await evaluate("Deploy", "kms:CreateKey", "*", { [`aws:RequestTag/${OWNER_TAG}`]: "payments", "aws:TagKeys": [OWNER_TAG] }),
    ).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "kms:PutKeyPolicy", own, owned)).toBe("Allowed");
    expect(await evaluate("Deploy", "kms:ScheduleKeyDeletion", own, owned)).toBe("Allowed");
    expect(await evaluate("Deploy", "kms:UntagResource", own, { ...owned, "aws:TagKeys": [OWNER_TAG] })).toBe("ExplicitlyDenied");
    expect(
      await evaluate("Deploy", "kms:TagResource", own, {
        ...owned,
        [`aws:RequestTag/${OWNER_TAG}`]: "payments",
        "aws:TagKeys": [OWNER_TAG],
      }),
    ).toBe("ExplicitlyDenied");
  });

  test("UpdateSecret, and every other way to a secret value, is refused; the secret's metadata is managed", async () => {
    expect(await evaluate("Deploy", "secretsmanager:UpdateSecret", secret)).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "secretsmanager:PutSecretValue", secret)).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "secretsmanager:GetSecretValue", secret)).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "secretsmanager:UpdateSecretVersionStage", secret)).toBe("ExplicitlyDenied");
    expect(await evaluate("Deploy", "secretsmanager:DescribeSecret", secret)).toBe("Allowed");
    expect(await evaluate("Deploy", "secretsmanager:PutResourcePolicy", secret, { "secretsmanager:BlockPublicPolicy": "true" })).toBe(
      "Allowed",
    );
    expect(await evaluate("Deploy", "secretsmanager:PutResourcePolicy", secret, { "secretsmanager:BlockPublicPolicy": "false" })).toBe(
      "ImplicitlyDenied",
    );
    const foreign = `arn:aws:secretsmanager:${region}:${account}:secret:payments/db-AbCdEf`;
    expect(await evaluate("Deploy", "secretsmanager:DeleteSecret", foreign)).toBe("ImplicitlyDenied");
  });
});

describe("the plan role reads only the deployment's own resources", () => {
  test("its functions, not other workloads' code", async () => {
    const fn = (name: string) => `arn:aws:lambda:${region}:${account}:function:${name}`;
    expect(await evaluate("Plan", "lambda:GetFunction", fn(`${config.deploymentName}-operators-rotation`))).toBe("Allowed");
    expect(await evaluate("Plan", "lambda:GetFunction", fn("payments-api"))).toBe("ImplicitlyDenied");
    expect(await evaluate("Plan", "ec2:GetPasswordData", `arn:aws:ec2:${region}:${account}:instance/i-0123456789abcdef0`)).toBe(
      "ImplicitlyDenied",
    );
    expect(await evaluate("Plan", "secretsmanager:GetSecretValue", secret)).toBe("ExplicitlyDenied");
  });

  test("the state, read only and without the lock", async () => {
    const state = `${stateBucket}/${production.stateKey}`;
    expect(await evaluate("Plan", "s3:GetObject", state)).toBe("Allowed");
    expect(await evaluate("Plan", "s3:PutObject", `${state}.tflock`)).toBe("ImplicitlyDenied");
    expect(await evaluate("Plan", "s3:GetObject", `${stateBucket}/payments/prod.tfstate`)).toBe("ExplicitlyDenied");
  });
});

describe("one environment's roles never reach another's", () => {
  const fn = (name: string) => `arn:aws:lambda:${region}:${account}:function:${name}`;
  const ownedBy = (deployment: string) => ({ [`aws:ResourceTag/${OWNER_TAG}`]: deployment });

  test("staging's deploy role writes staging's state only, and cannot read or write production's", async () => {
    const stagingState = `${stateBucket}/${staging.stateKey}`;
    const productionState = `${stateBucket}/${production.stateKey}`;
    expect(await evaluate("StagingDeploy", "s3:PutObject", stagingState)).toBe("Allowed");
    expect(await evaluate("StagingDeploy", "s3:PutObject", `${stagingState}.tflock`)).toBe("Allowed");
    expect(await evaluate("StagingDeploy", "s3:PutObject", productionState)).toBe("ImplicitlyDenied");
    expect(await evaluate("StagingDeploy", "s3:GetObject", productionState)).toBe("ImplicitlyDenied");
    expect(await evaluate("StagingDeploy", "s3:PutObject", `${productionState}.tflock`)).toBe("ImplicitlyDenied");
    expect(await evaluate("StagingPlan", "s3:GetObject", productionState)).toBe("ExplicitlyDenied");
    // and production's roles not staging's state
    expect(await evaluate("Deploy", "s3:PutObject", stagingState)).toBe("ImplicitlyDenied");
  });

  test("staging's deploy role cannot manage production's functions, roles, secrets or keys", async () => {
    expect(await evaluate("StagingDeploy", "lambda:UpdateFunctionCode", fn(`${staging.deploymentName}-operators-rotation`))).toBe(
      "Allowed",
    );
    expect(await evaluate("StagingDeploy", "lambda:UpdateFunctionCode", fn(`${production.deploymentName}-operators-rotation`))).toBe(
      "ImplicitlyDenied",
    );
    expect(
      await evaluate("StagingDeploy", "iam:PutRolePolicy", role(`${production.deploymentName}-rotation`), {
        "iam:PermissionsBoundary": boundary,
      }),
    ).toBe("ImplicitlyDenied");
    const productionSecret = `arn:aws:secretsmanager:${region}:${account}:secret:${production.deploymentName}/api-key-operators-AbCdEf`;
    expect(await evaluate("StagingDeploy", "secretsmanager:DeleteSecret", productionSecret)).toBe("ImplicitlyDenied");
    const productionKey = key("0a1b2c3d-0000-4000-8000-000000000003");
    expect(await evaluate("StagingDeploy", "kms:ScheduleKeyDeletion", productionKey, ownedBy(production.deploymentName))).toBe(
      "ExplicitlyDenied",
    );
    expect(
      await evaluate(
        "StagingDeploy",
        "kms:ScheduleKeyDeletion",
        key("0a1b2c3d-0000-4000-8000-000000000004"),
        ownedBy(staging.deploymentName),
      ),
    ).toBe("Allowed");
  });

  test("production's deploy role cannot manage staging's resources either", async () => {
    expect(await evaluate("Deploy", "lambda:UpdateFunctionCode", fn(`${staging.deploymentName}-operators-rotation`))).toBe(
      "ImplicitlyDenied",
    );
    expect(
      await evaluate("Deploy", "kms:ScheduleKeyDeletion", key("0a1b2c3d-0000-4000-8000-000000000004"), ownedBy(staging.deploymentName)),
    ).toBe("ExplicitlyDenied");
  });
});

describe("code signing: the deploy role signs with its own profile only, the plan role signs nothing", () => {
  // The names the library gives them (signingProfilePrefix, artifactBucketPrefix), as Terraform completes them.
  const profile = (deployment: string) =>
    `arn:aws:signer:${region}:${account}:/signing-profiles/${deployment.replace(/[^A-Za-z0-9]/g, "_")}_rotation_20260101000000000000000001`;
  const artifacts = (deployment: string) => `arn:aws:s3:::${deployment}-code-20260101000000000000000001`;
  const ownedBy = (deployment: string) => ({ [`aws:ResourceTag/${OWNER_TAG}`]: deployment });
  const own = production.deploymentName;

  test("StartSigningJob only with the deployment's own profile", async () => {
    expect(await evaluate("Deploy", "signer:StartSigningJob", profile(own), ownedBy(own))).toBe("Allowed");
    expect(await evaluate("Deploy", "signer:StartSigningJob", profile(staging.deploymentName), ownedBy(staging.deploymentName))).toBe(
      "ImplicitlyDenied",
    );
    expect(await evaluate("Deploy", "signer:StartSigningJob", profile("payments"), ownedBy("payments"))).toBe("ImplicitlyDenied");
    // a profile of its name shape that another deployment owns
    expect(await evaluate("Deploy", "signer:StartSigningJob", profile(own), ownedBy("payments"))).toBe("ImplicitlyDenied");
    expect(await evaluate("StagingDeploy", "signer:StartSigningJob", profile(own), ownedBy(own))).toBe("ImplicitlyDenied");
  });

  test("profiles and code signing configurations are created only with the owner tag", async () => {
    const claim = { [`aws:RequestTag/${OWNER_TAG}`]: own, "aws:TagKeys": [OWNER_TAG] };
    expect(await evaluate("Deploy", "signer:PutSigningProfile", "*", claim)).toBe("Allowed");
    expect(await evaluate("Deploy", "signer:PutSigningProfile", "*")).toBe("ImplicitlyDenied");
    expect(await evaluate("Deploy", "lambda:CreateCodeSigningConfig", "*", claim)).toBe("Allowed");
    expect(await evaluate("Deploy", "lambda:CreateCodeSigningConfig", "*")).toBe("ImplicitlyDenied");
    const config = `arn:aws:lambda:${region}:${account}:code-signing-config:csc-0123456789abcdef0`;
    expect(await evaluate("Deploy", "lambda:UpdateCodeSigningConfig", config, ownedBy(own))).toBe("Allowed");
    expect(await evaluate("Deploy", "lambda:UpdateCodeSigningConfig", config, ownedBy("payments"))).toBe("ImplicitlyDenied");
    expect(await evaluate("Deploy", "signer:CancelSigningProfile", profile("payments"), ownedBy("payments"))).toBe("ImplicitlyDenied");
    // tagging on create (Lambda asks for lambda:TagResource too), never re-tagging another's
    expect(await evaluate("Deploy", "lambda:TagResource", config, claim)).toBe("Allowed");
    expect(await evaluate("Deploy", "lambda:TagResource", config, { ...claim, ...ownedBy("payments") })).toBe("ImplicitlyDenied");
    expect(await evaluate("Deploy", "signer:TagResource", profile(own), { ...claim, ...ownedBy("payments") })).toBe("ImplicitlyDenied");
    expect(await evaluate("Deploy", "signer:TagResource", profile(own), claim)).toBe("Allowed");
  });

  test("the artifact bucket is the deployment's; its objects are read and written through S3", async () => {
    const object = `${artifacts(own)}/unsigned/${own}-operators-rotation.zip`;
    expect(await evaluate("Deploy", "s3:PutObject", object)).toBe("Allowed");
    expect(await evaluate("Deploy", "s3:PutObject", `${artifacts("payments")}/unsigned/x.zip`)).toBe("ImplicitlyDenied");
    const through = (service: string) => ({ ...ownedBy(own), "kms:ViaService": `${service}.${region}.amazonaws.com` });
    const artifactKey = key("0a1b2c3d-0000-4000-8000-000000000005");
    expect(await evaluate("Deploy", "kms:GenerateDataKey", artifactKey, through("s3"))).toBe("Allowed");
    expect(await evaluate("Deploy", "kms:Decrypt", artifactKey, through("secretsmanager"))).toBe("ImplicitlyDenied");
  });

  test("the plan role reads the code and the profile, and signs, writes and lists nothing", async () => {
    expect(await evaluate("Plan", "s3:GetObject", `${artifacts(own)}/unsigned/${own}-operators-rotation.zip`)).toBe("Allowed");
    expect(await evaluate("Plan", "s3:PutObject", `${artifacts(own)}/unsigned/${own}-operators-rotation.zip`)).toBe("ImplicitlyDenied");
    expect(await evaluate("Plan", "signer:GetSigningProfile", profile(own), ownedBy(own))).toBe("Allowed");
    expect(await evaluate("Plan", "signer:StartSigningJob", profile(own), ownedBy(own))).toBe("ImplicitlyDenied");
    // a right to create on `*` gives the plan role no List* on every function of the account
    expect(await evaluate("Plan", "lambda:ListFunctions", "*")).toBe("ImplicitlyDenied");
  });
});
