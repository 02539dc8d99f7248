// The generated bindings reach the CDK core through the seam (see core.js).
export * from "../lib/compat/core";
