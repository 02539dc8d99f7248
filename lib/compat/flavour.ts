/**
 * Which CDK runs this library: CDK for Terraform (`cdktf` 0.21) or CDK Terrain (`cdktn` 0.24).
 *
 * One flavour per installation. `cdktf` is used when it is installed, `cdktn` otherwise;
 * `MESHQ_CDK_FLAVOUR=cdktf|cdktn` overrides the choice where both are installed. The core package
 * and every provider binding are loaded here and nowhere else, always by deep path, so that a
 * provider package's root (thousands of classes) is never loaded.
 */

export type Flavour = "cdktf" | "cdktn";
export type ProviderName = "aws" | "kubernetes";

export const FLAVOURS: readonly Flavour[] = ["cdktf", "cdktn"];

/**
 * The Kubernetes bindings for CDK Terrain. No @cdktn/provider-kubernetes is published: this
 * companion package, released with the library at the same version from the same repository,
 * holds bindings generated from the kubernetes 2.38.0 provider schema for the resources the library
 * creates (see docs/cdk-terrain.md). Only CDK Terrain installations need it.
 */
export const KUBERNETES_BINDINGS_PACKAGE = "@meshoptixiq/cdktn-kubernetes-bindings";

/** Where each flavour's provider bindings come from, as a module path prefix. */
export const PROVIDER_PACKAGES: Readonly<Record<Flavour, Readonly<Record<ProviderName, string>>>> = {
  cdktf: { aws: "@cdktf/provider-aws/lib/", kubernetes: "@cdktf/provider-kubernetes/lib/" },
  cdktn: { aws: "@cdktn/provider-aws/lib/", kubernetes: `${KUBERNETES_BINDINGS_PACKAGE}/lib/` },
};

/** Returns true when `name` can be resolved from this module. */
export type Resolves = (name: string) => boolean;

/**
 * Picks the flavour. Pure, so that every case can be tested: `resolves` tells whether a package is
 * installed, `forced` is the value of MESHQ_CDK_FLAVOUR.
 */
export function selectFlavour(resolves: Resolves, forced?: string): Flavour {
  if (forced !== undefined && forced !== "") {
    if (!(FLAVOURS as readonly string[]).includes(forced)) {
      throw new Error(`[MESHQ-CDK-FLAVOUR] MESHQ_CDK_FLAVOUR is "${forced}": use "cdktf" or "cdktn", or unset it.`);
    }
    if (!resolves(forced)) {
      throw new Error(`[MESHQ-CDK-FLAVOUR] MESHQ_CDK_FLAVOUR is "${forced}", but the package "${forced}" is not installed.`);
    }
    return forced as Flavour;
  }
  const found = FLAVOURS.find((f) => resolves(f));
  if (found === undefined) {
    throw new Error(
      "[MESHQ-CDK-FLAVOUR] Neither cdktf nor cdktn is installed. Install one of them with its constructs and provider packages: " +
        "CDK for Terraform (cdktf 0.21, @cdktf/provider-aws, @cdktf/provider-kubernetes) or " +
        "CDK Terrain (cdktn 0.24, @cdktn/provider-aws). See docs/cdk-terrain.md.",
    );
  }
  return found;
}

/** The module path of one provider binding, always a deep path (`<package>/lib/<module>`). */
export function providerModulePath(flavour: Flavour, provider: ProviderName, module: string): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(module)) {
    throw new Error(`[MESHQ-CDK-FLAVOUR] "${module}" is not a provider module name: provider classes are loaded by deep path only.`);
  }
  return PROVIDER_PACKAGES[flavour][provider] + module;
}

function installed(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

let chosen: Flavour | undefined;

/** The flavour of this installation, chosen once per process. */
export function flavour(): Flavour {
  chosen ??= selectFlavour(installed, process.env.MESHQ_CDK_FLAVOUR);
  return chosen;
}

/** The core package (`cdktf` or `cdktn`). */
export function loadCore(): unknown {
  return require(flavour());
}

/**
 * In a source checkout, the binding modules only the tests use (generated into
 * test/bindings/kubernetes, never published): they are not in the companion package.
 */
const TEST_BINDINGS = "../../test/bindings/kubernetes/";

/** Requires a binding module; in a source checkout, a test-only Kubernetes module from test/bindings. */
function requireBinding(path: string): unknown {
  const testOnly = path.startsWith(PROVIDER_PACKAGES.cdktn.kubernetes) && !installed(path) && TEST_BINDINGS + path.split("/lib/")[1];
  return require(testOnly && installed(testOnly) ? testOnly : path);
}

/** The version of this package, which the companion Kubernetes bindings must match. */
function packageVersion(): string {
  try {
    return (require("../../package.json") as { version: string }).version;
  } catch {
    return "";
  }
}

/**
 * The error for a provider binding that cannot be loaded: names the package to install (for the
 * companion Kubernetes bindings of CDK Terrain, at this package's version).
 */
export function missingBindingMessage(f: Flavour, provider: ProviderName, module: string, version: string): string {
  const pkg = PROVIDER_PACKAGES[f][provider].split("/lib/")[0];
  if (pkg === KUBERNETES_BINDINGS_PACKAGE) {
    const spec = version ? `${pkg}@${version}` : pkg;
    return (
      `[MESHQ-CDK-FLAVOUR] This installation runs on CDK Terrain (cdktn), where the library's Kubernetes resources (module ${module}) ` +
      `come from the package "${pkg}", which is not installed. Install it at the library's version: npm install ${spec} ` +
      "(docs/cdk-terrain.md)."
    );
  }
  return `[MESHQ-CDK-FLAVOUR] This installation runs on ${f}, which needs the provider bindings "${pkg}" (module ${module}); install them.`;
}

/** One provider binding module by deep path, e.g. `loadProvider("aws", "iam-role")`. */
export function loadProvider(provider: ProviderName, module: string): unknown {
  const f = flavour();
  const path = providerModulePath(f, provider, module);
  try {
    return requireBinding(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && !installed(path)) {
      throw new Error(missingBindingMessage(f, provider, module, packageVersion()));
    }
    throw error;
  }
}
