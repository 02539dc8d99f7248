import { Fn, Token } from "../compat/core";
import { Construct } from "constructs";
import { IamRole } from "../compat/aws/iam-role";
import { IamRolePolicy } from "../compat/aws/iam-role-policy";
import { jsonDocument } from "./literal";
import { awsTags } from "./tags";

/** An IAM role that can be granted access to resources of this library. */
export interface IGrantee {
  /** ARN of the role. */
  readonly roleArn: string;
  /** Name of the role (inline policies are attached by name). */
  readonly roleName: string;
  /** Stable, unique, short name of the grantee; becomes part of Terraform addresses. */
  readonly grantId: string;
}

/** An IAM policy statement. */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: "Allow" | "Deny";
  readonly Action: string | string[];
  readonly Resource?: string | string[];
  readonly Principal?: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
}

/**
 * Renders a policy document as a `jsonencode` expression: references stay references and literal
 * text is escaped for Terraform's template language (see {@link jsonDocument}).
 *
 * Public because a stack that composes the constructs writes policies of its own (a pipeline
 * role's, for instance) and should render them the way the library does, so that `synth --hcl` and
 * the guard read them alike.
 */
export function policyDocument(statements: PolicyStatement[]): string {
  return jsonDocument({ Version: "2012-10-17", Statement: statements });
}

/**
 * Trust policy for an AWS service role, limited to the given account (`aws:SourceAccount`) so that
 * the service cannot be used as a confused deputy from another account.
 */
export function serviceTrustPolicy(service: string, accountId: string): string {
  return policyDocument([
    {
      Effect: "Allow",
      Principal: { Service: service },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "aws:SourceAccount": accountId } },
    },
  ]);
}

/** Attaches an inline policy to a grantee, under the given scope with a stable id. */
export function attachPolicy(scope: Construct, id: string, grantee: IGrantee, statements: PolicyStatement[]): IamRolePolicy {
  return new IamRolePolicy(scope, id, {
    role: grantee.roleName,
    name: `${id}`.replace(/[^A-Za-z0-9+=,.@_-]/g, "-").slice(0, 128),
    policy: policyDocument(statements),
  });
}

/**
 * Wraps an existing role as a grantee, e.g. a CI pipeline role.
 *
 * Public because the constructs' `grantRead` methods take an {@link IGrantee}, and a role the
 * library did not create (a pipeline's, an operator's) can only be passed in this way.
 */
export function granteeFromRole(roleArn: string, roleName: string, grantId: string): IGrantee {
  return { roleArn, roleName, grantId };
}

/** Properties of {@link IrsaRole}. */
export interface IrsaRoleProps {
  /** ARN of the cluster's IAM OIDC provider. */
  readonly oidcProviderArn: string;
  /** Namespace of the service account. */
  readonly namespace: string;
  /** Name of the service account. */
  readonly serviceAccountName: string;
  /** Deployment name, for tags. */
  readonly deploymentName: string;
  /** Stable grant id of the role. */
  readonly grantId: string;
}

/**
 * IAM role for a Kubernetes service account (IRSA). The trust policy admits exactly one
 * namespace/service account pair of one cluster, with the STS audience.
 */
export class IrsaRole extends Construct implements IGrantee {
  public readonly resource: IamRole;
  public readonly roleArn: string;
  public readonly roleName: string;
  public readonly grantId: string;

  constructor(scope: Construct, id: string, props: IrsaRoleProps) {
    super(scope, id);
    const issuer = oidcIssuerFromArn(props.oidcProviderArn);
    this.resource = new IamRole(this, "Resource", {
      namePrefix: `meshq-${props.grantId}-`.slice(0, 38),
      description: `IRSA role of ${props.namespace}/${props.serviceAccountName}`,
      assumeRolePolicy: policyDocument([
        {
          Effect: "Allow",
          Principal: { Federated: props.oidcProviderArn },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: {
              [`${issuer}:sub`]: `system:serviceaccount:${props.namespace}:${props.serviceAccountName}`,
              [`${issuer}:aud`]: "sts.amazonaws.com",
            },
          },
        },
      ]),
      maxSessionDuration: 3600,
      tags: awsTags(props.deploymentName, props.grantId),
    });
    this.roleArn = this.resource.arn;
    this.roleName = this.resource.name;
    this.grantId = props.grantId;
  }
}

/** The OIDC issuer host/path from an IAM OIDC provider ARN (token-aware). */
export function oidcIssuerFromArn(arn: string): string {
  if (Token.isUnresolved(arn)) {
    return Fn.element(Fn.split("oidc-provider/", arn), 1);
  }
  const idx = arn.indexOf("oidc-provider/");
  return idx >= 0 ? arn.slice(idx + "oidc-provider/".length) : arn;
}
