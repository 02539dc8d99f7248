/** Synthesized Terraform JSON of one stack, and its nested blocks, which cdktf and Terraform write in two shapes. */

/** Synthesized Terraform JSON of one stack. */
export type TerraformJson = Record<string, any>;

/** A single nested block, whether rendered as an object or a one-element list. */
export function one(value: any): any {
  return Array.isArray(value) ? value[0] : value;
}

/** A list block, whether rendered as a list or a single object. */
export function many(value: any): any[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
