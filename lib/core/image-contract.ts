/**
 * What a container image writes at run time. Every container of this library runs with a
 * read-only root filesystem, so each path an image writes needs a writable volume mounted at it (or
 * above it). The tables live beside the constructs that ship the images' defaults
 * (`lib/neo4j/image-contract.ts`, `lib/api/image-contract.ts`), each entry with its source; the
 * structural tests check every synthesized container against them.
 */

/** One path a container writes. Exactly one of `path`, `env` or `arg` says where. */
export interface WrittenPath {
  /** A fixed absolute path. @default - see env or arg */
  readonly path?: string;
  /**
   * An environment variable that holds the path (the container's value is used when set).
   * @default - see path or arg
   */
  readonly env?: string;
  /** With `env`: the path the image uses when the variable is unset. @default - none */
  readonly envDefault?: string;
  /** An argument of the command that holds the path (negative counts from the end). @default - see path or env */
  readonly arg?: number;
  /** What writes there, and where that is stated. */
  readonly why: string;
}

/** A path that must not be mounted, because the image's entrypoint rewrites something when it is. */
export interface ForbiddenMount {
  readonly path: string;
  readonly why: string;
}

/** The run-time write contract of one image (or one command run in an image). */
export interface ImageContract {
  /** Stable id, e.g. `neo4j-server`. */
  readonly id: string;
  readonly description: string;
  /**
   * Matches containers whose image repository ends with this segment (registry and tag or digest
   * ignored), e.g. `neo4j` for `docker.io/library/neo4j:5.26.0`.
   * @default - any image
   */
  readonly repository?: string;
  /** Matches containers of this name (for images the user supplies, such as the API). @default - any name */
  readonly containerName?: string;
  /**
   * How the container is started: `entrypoint` when it sets no command (the image's entrypoint
   * runs), else the first element of its command.
   * @default - any
   */
  readonly command?: string;
  /** With `command`: the first argument must start with this. @default - any */
  readonly firstArgPrefix?: string;
  readonly writes: WrittenPath[];
  /** @default - none */
  readonly forbiddenMounts?: ForbiddenMount[];
  /** Where the behaviour is documented or implemented. */
  readonly sources: string[];
}

/** A container as the structural checks see it (names as in the synthesized JSON). */
export interface ContainerView {
  readonly name: string;
  readonly image: string;
  readonly command: string[];
  readonly args: string[];
  readonly env: Record<string, string>;
}

/** The last segment of an image's repository, without registry, tag or digest. */
export function imageRepository(image: string): string {
  const withoutDigest = image.split("@")[0];
  const last = withoutDigest.split("/").pop() ?? withoutDigest;
  return last.split(":")[0];
}

/** True when a contract applies to a container. */
export function contractApplies(contract: ImageContract, container: ContainerView): boolean {
  if (contract.repository !== undefined && imageRepository(container.image) !== contract.repository) return false;
  if (contract.containerName !== undefined && container.name !== contract.containerName) return false;
  if (contract.command !== undefined) {
    const started = container.command.length === 0 ? "entrypoint" : container.command[0];
    if (started !== contract.command) return false;
    if (contract.firstArgPrefix !== undefined && !String(container.args[0] ?? "").startsWith(contract.firstArgPrefix)) return false;
  }
  return true;
}

/** The absolute paths a contract says a container writes (unresolvable entries are omitted). */
export function writtenPaths(contract: ImageContract, container: ContainerView): string[] {
  const argv = [...container.command, ...container.args];
  return contract.writes
    .map((w) => {
      if (w.path !== undefined) return w.path;
      if (w.env !== undefined) return container.env[w.env] ?? w.envDefault;
      if (w.arg !== undefined) return argv[w.arg < 0 ? argv.length + w.arg : w.arg];
      return undefined;
    })
    .filter((p): p is string => typeof p === "string" && p.startsWith("/"))
    .map((p) => (p.length > 1 ? p.replace(/\/+$/, "") : p));
}
