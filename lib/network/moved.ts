import { TerraformStack } from "../compat/core";
import { Construct, Node } from "constructs";

/**
 * The Terraform address that a resource of `resourceType` with construct id `id` directly under
 * `scope` has (or had, before it moved): the `from` of a moved block, so that an upgrade moves the
 * state of a resource whose construct moved instead of destroying and recreating it.
 */
export function addressUnder(scope: Construct, id: string, resourceType: string): string {
  const node = { scopes: [...scope.node.scopes, { node: { id } }] } as unknown as Node;
  return `${resourceType}.${TerraformStack.of(scope).getLogicalId(node)}`;
}
