import { TerraformElement } from "../compat/core";
import { Construct } from "constructs";

/**
 * Key of the library's record in the synthesized stack's metadata (`"//".metadata.meshoptixiq`).
 * Terraform ignores `"//"` properties; the hardening guard reads the record from the same JSON it
 * judges, and the plan CLI reads it from the synthesized `cdk.tf.json`.
 */
export const RECORD_METADATA_KEY = "meshoptixiq";

/**
 * A part of the library's record in the stack metadata: `produce` returns its entries (merged with
 * the other parts) and is called when the stack is synthesized, so it sees everything registered
 * until then. It adds no resource.
 */
export class MetadataRecord extends TerraformElement {
  constructor(
    scope: Construct,
    id: string,
    private readonly produce: () => Record<string, unknown>,
  ) {
    super(scope, id);
  }

  public toMetadata(): Record<string, unknown> {
    return { [RECORD_METADATA_KEY]: this.produce() };
  }
}

/** The library's record of a synthesized stack (empty when it has none). */
export function readRecord(tf: Record<string, any>): Record<string, any> {
  const record = tf?.["//"]?.metadata?.[RECORD_METADATA_KEY];
  return record !== null && typeof record === "object" ? record : {};
}
