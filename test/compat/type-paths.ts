import { flavour } from "../../lib/compat/flavour";

/**
 * TypeScript `paths` that let code written for either flavour type-check under the installed one:
 * docs snippets import `cdktn` or `cdktf`, and the seam's declarations name cdktf. Under cdktf,
 * cdktn names resolve to cdktf; under cdktn, cdktf names resolve to cdktn, @cdktn/provider-aws and
 * the companion Kubernetes bindings (as docs/cdk-terrain.tsconfig.json does for a user) or the tests' own.
 * Relative to the repository root (the compiler's baseUrl).
 */
export function flavourPaths(): Record<string, string[]> {
  if (flavour() === "cdktf") {
    return {
      cdktn: ["./node_modules/cdktf"],
      "cdktn/*": ["./node_modules/cdktf/*"],
      "@cdktn/provider-aws/lib/*": ["./node_modules/@cdktf/provider-aws/lib/*"],
    };
  }
  return {
    cdktf: ["./node_modules/cdktn"],
    "cdktf/*": ["./node_modules/cdktn/*"],
    "@cdktf/provider-aws/lib/*": ["./node_modules/@cdktn/provider-aws/lib/*"],
    "@cdktf/provider-kubernetes/lib/*": ["./node_modules/@meshoptixiq/cdktn-kubernetes-bindings/lib/*", "./test/bindings/kubernetes/*"],
  };
}
