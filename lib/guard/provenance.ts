/**
 * Where a hardening report comes from: the library and its version, the CDK flavour, what was
 * judged (synthesized configuration or a plan), the stack, when, and the commit where it is known.
 * An auditor reads this header before any verdict.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join, resolve } from "path";
import { flavour } from "../compat/flavour";

/** The header of a hardening report (public: it is part of the GuardReport that `HardeningGuard.lastReport` returns). */
export interface ReportHeader {
  /** The library's package name. */
  readonly library: string;
  /** The library's version. */
  readonly version: string;
  /** The CDK that synthesized the stack: CDK for Terraform or CDK Terrain. */
  readonly flavour: "cdktf" | "cdktn";
  /** What was judged: the synthesized configuration, or a Terraform plan. */
  readonly origin: "synth" | "plan";
  /** The stack's name. */
  readonly stack: string;
  /** When the report was made (ISO 8601, UTC; `SOURCE_DATE_EPOCH` fixes it for reproducible output). */
  readonly generatedAt: string;
  /** The commit of the code that was judged. @default - unknown: not a git checkout and no CI variable */
  readonly commit?: string;
}

const PACKAGE = (() => {
  // lib/guard (sources) and dist/guard (package) both sit two folders below the package root
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
    return { name: String(pkg.name), version: String(pkg.version) };
  } catch {
    return { name: "@meshoptixiq/cdktf-hardened", version: "unknown" };
  }
})();

/** The library's own name and version. */
export function libraryVersion(): { readonly name: string; readonly version: string } {
  return PACKAGE;
}

/** The header for a report of `stack` judged from `origin`, made now. */
export function reportHeader(
  stack: string,
  origin: "synth" | "plan",
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ReportHeader {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const commit = commitOf(env, cwd);
  return {
    library: PACKAGE.name,
    version: PACKAGE.version,
    flavour: flavour(),
    origin,
    stack,
    generatedAt: (Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString(),
    ...(commit ? { commit } : {}),
  };
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * The commit being built: from the CI's variable (GitHub Actions, GitLab, Azure Pipelines,
 * Jenkins/generic `GIT_COMMIT`), else read from the git checkout around `cwd` (no process is
 * started; worktrees and packed refs are followed).
 */
export function commitOf(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  for (const name of ["GITHUB_SHA", "CI_COMMIT_SHA", "BUILD_SOURCEVERSION", "GIT_COMMIT"]) {
    const value = env[name]?.trim().toLowerCase();
    if (value && SHA.test(value)) return value;
  }
  try {
    return headOf(cwd);
  } catch {
    return undefined;
  }
}

function headOf(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const dotGit = join(dir, ".git");
    if (existsSync(dotGit)) {
      const gitDir = statSync(dotGit).isDirectory()
        ? dotGit
        : resolve(dir, /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim() ?? "");
      const common = existsSync(join(gitDir, "commondir"))
        ? resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim())
        : gitDir;
      const head = readFileSync(join(gitDir, "HEAD"), "utf8").trim();
      if (SHA.test(head)) return head;
      const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
      if (!ref) return undefined;
      for (const base of [gitDir, common]) {
        const file = join(base, ref);
        if (existsSync(file)) {
          const sha = readFileSync(file, "utf8").trim();
          if (SHA.test(sha)) return sha;
        }
      }
      const packed = join(common, "packed-refs");
      if (existsSync(packed)) {
        const line = readFileSync(packed, "utf8")
          .split("\n")
          .find((l) => l.endsWith(` ${ref}`));
        const sha = line?.split(" ")[0];
        if (sha && SHA.test(sha)) return sha;
      }
      return undefined;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
