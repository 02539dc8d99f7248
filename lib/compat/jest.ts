// The core package's jest matchers (toHaveResource, toHaveResourceWithProperties, toBeValidTerraform, ...):
// importing this module brings their types; test/setup.js calls setupJest() to register them.
import type {} from "cdktf/lib/testing/adapters/jest";
import { Testing } from "./core";

export function setupJest(): void {
  Testing.setupJest();
}
