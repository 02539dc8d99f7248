import { attachPolicy, granteeFromRole } from "../../lib/core/iam";
import { NetworkEndpoint, Protocol } from "../../lib/core/endpoint";
import { NetworkModel } from "../../lib/network/network-model";
import { MeshRbac } from "../../lib/rbac/mesh-rbac";
import { RbacPolicy } from "../../lib/policy/rbac";
import { EncryptedNeo4j } from "../../lib/neo4j/encrypted-neo4j";
import { apiStack, fixture } from "../util";

/** Both template sequences, as free text from a user (or a shell script) would carry them. */
export const PLANTED = "x ${HOME:?unset} %{ if true }y%{ endif } $${kept}";
export const ESCAPED = "x $${HOME:?unset} %%{ if true }y%%{ endif } $$${kept}";

/**
 * Every place the library embeds literal text, with both sequences planted, synthesized in one
 * stack. The Terraform-evaluation test reads the same stack.
 */
export function plantedStack() {
  const { stack, api } = apiStack({ environment: { PLANTED_NOTE: PLANTED } });
  // free text into a ConfigMap file (the RBAC policy), a security-group rule description, a policy
  new MeshRbac(stack, "Rbac", {
    api,
    policy: new RbacPolicy([...RbacPolicy.fromPresets().roles.map((r) => (r.name === "helpdesk" ? { ...r, description: PLANTED } : r))]),
  });
  NetworkModel.of(stack).allow(
    NetworkEndpoint.cidrs("planted", ["10.9.0.0/24"]),
    new NetworkEndpoint({ name: "planted-db", securityGroupId: "sg-0123456789abcdef1" }),
    { port: 8443, protocol: Protocol.TCP },
    PLANTED,
  );
  attachPolicy(stack, "Planted", granteeFromRole("arn:aws:iam::111122223333:role/ci", "ci", "ci"), [
    {
      Sid: "Planted",
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: { StringEquals: { "aws:PrincipalTag/note": PLANTED } },
    },
  ]);
  // shell scripts (the Neo4j password rotation) carry ${VAR:?…} by nature
  new EncryptedNeo4j(stack, "Neo4j", {
    ...fixture.neo4jImages,
    api,
    oidcProviderArn: fixture.oidcProviderArn,
    ebsCsiDriverRoleArn: "arn:aws:iam::111122223333:role/ebs",
  });
  return stack;
}
