/**
 * The permissions boundary for every IAM role a deployment creates. A role that may create roles
 * (a deploying pipeline) could otherwise create one with more rights than it holds itself; with the
 * boundary required on every role it creates (`iam:PermissionsBoundary` in its own policy), nothing
 * it creates can do more than the boundary allows, whatever inline policy it writes.
 *
 * The boundary is a managed policy that an administrator creates outside the deployment (the
 * deploy-pipeline template's bootstrap stack does), so the deploying role can neither edit nor
 * remove it. {@link PermissionsBoundary.apply} puts it on every role of a stack, and the guard's
 * MESHQ-IAM-1 judges that each one carries it.
 */
import { Aspects, TerraformResource, TerraformStack, Token } from "../compat/core";
import { IConstruct } from "constructs";
import { ErrorCodes, invalidInput } from "./errors";
import { MetadataRecord } from "./record";
import { PolicyStatement, policyDocument } from "./iam";

/** Key of the stack's permissions boundary in the library's stack record. */
export const PERMISSIONS_BOUNDARY_RECORD_KEY = "permissionsBoundary";

/**
 * What any role of a deployment may ever do: the calls its rotation functions, snapshot and
 * monitoring roles and service-account roles make, and nothing that manages identities.
 */
export const WORKLOAD_BOUNDARY_ACTIONS: readonly string[] = [
  // rotation functions and the External Secrets service account
  "secretsmanager:DescribeSecret",
  "secretsmanager:GetSecretValue",
  "secretsmanager:PutSecretValue",
  "secretsmanager:UpdateSecretVersionStage",
  "secretsmanager:ListSecretVersionIds",
  "secretsmanager:GetRandomPassword",
  "secretsmanager:GetResourcePolicy",
  "kms:Decrypt",
  "kms:Encrypt",
  "kms:GenerateDataKey",
  "kms:GenerateDataKey*",
  "kms:ReEncrypt*",
  "kms:DescribeKey",
  "elasticache:DescribeReplicationGroups",
  "elasticache:ModifyReplicationGroup",
  "sqs:SendMessage",
  "xray:PutTraceSegments",
  "xray:PutTelemetryRecords",
  // functions in the VPC
  "ec2:CreateNetworkInterface",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DeleteNetworkInterface",
  "ec2:AssignPrivateIpAddresses",
  "ec2:UnassignPrivateIpAddresses",
  // snapshot policies (DLM)
  "ec2:CreateSnapshot",
  "ec2:CreateSnapshots",
  "ec2:DeleteSnapshot",
  "ec2:CreateTags",
  "ec2:DescribeInstances",
  "ec2:DescribeVolumes",
  "ec2:DescribeSnapshots",
  // logs of functions and of RDS enhanced monitoring
  "logs:CreateLogGroup",
  "logs:CreateLogStream",
  "logs:PutLogEvents",
  "logs:PutRetentionPolicy",
  "logs:DescribeLogStreams",
  "logs:GetLogEvents",
];

/** Actions no role of a deployment may hold, whatever its policies say. */
export const WORKLOAD_BOUNDARY_DENIED: readonly string[] = ["iam:*", "sts:*", "organizations:*", "account:*"];

/** Properties of {@link workloadBoundaryStatements}. */
export interface WorkloadBoundaryProps {
  /** The region of the deployment: calls to other regions are outside the boundary. */
  readonly region: string;
}

/**
 * The statements of the workload permissions boundary (a managed policy's document). Public because
 * a pipeline judges its roles against them with an IAM policy evaluator, and may add them to a
 * boundary of its own.
 */
export function workloadBoundaryStatements(props: WorkloadBoundaryProps): PolicyStatement[] {
  return [
    {
      Sid: "WhatTheDeploymentsRolesUse",
      Effect: "Allow",
      Action: [...WORKLOAD_BOUNDARY_ACTIONS],
      Resource: "*",
      Condition: { StringEquals: { "aws:RequestedRegion": props.region } },
    },
    { Sid: "NeverIdentities", Effect: "Deny", Action: [...WORKLOAD_BOUNDARY_DENIED], Resource: "*" },
  ];
}

/**
 * The workload permissions boundary as a policy document (JSON, or `jsonencode` where it holds
 * references). Public because the boundary is created outside the deployment, by whoever applies the
 * pipeline's bootstrap (the deploy-pipeline template's `aws_iam_policy`).
 */
export function workloadBoundaryPolicy(props: WorkloadBoundaryProps): string {
  return policyDocument(workloadBoundaryStatements(props));
}

const ROLE_TYPES = new Set(["aws_iam_role", "aws_iam_user"]);
const POLICY_ARN = /^arn:aws[a-z-]*:iam::\d{12}:policy\/[\w+=,.@/-]+$/;

/** Properties of {@link PermissionsBoundary.apply}. */
export interface PermissionsBoundaryProps {
  /**
   * ARN of the boundary: a customer managed policy that the deployment does not manage, such as
   * one made from {@link workloadBoundaryPolicy}.
   */
  readonly boundaryArn: string;
}

/** Puts a permissions boundary on every IAM role and user of a stack. */
export class PermissionsBoundary {
  /**
   * Sets `permissions_boundary` to `boundaryArn` on every `aws_iam_role` and `aws_iam_user` of the
   * stack of `scope` (including ones added later, and escape-hatch resources), and records it, so
   * that the guard (MESHQ-IAM-1) judges every role against it.
   */
  public static apply(scope: IConstruct, props: PermissionsBoundaryProps): void {
    const boundaryArn = props.boundaryArn;
    if (!Token.isUnresolved(boundaryArn) && !POLICY_ARN.test(boundaryArn)) {
      throw invalidInput(ErrorCodes.ARN, {
        component: "PermissionsBoundary",
        property: "boundaryArn",
        received: boundaryArn,
        allowed: "the ARN of a customer managed IAM policy (arn:aws:iam::<account>:policy/<name>)",
        fix: "pass the ARN of the boundary policy the pipeline's bootstrap created",
      });
    }
    const stack = TerraformStack.of(scope);
    new MetadataRecord(stack, "PermissionsBoundaryRecord", () => ({ [PERMISSIONS_BOUNDARY_RECORD_KEY]: boundaryArn }));
    Aspects.of(stack).add({
      visit(node: IConstruct) {
        if (TerraformResource.isTerraformResource(node) && ROLE_TYPES.has(node.terraformResourceType)) {
          node.addOverride("permissions_boundary", boundaryArn);
        }
      },
    });
  }
}
