// The runtime contracts the constructs depend on, pinned: operator minimum versions (and the
// README's table of them), the image write tables, and the External Secrets stages.
import { readFileSync } from "fs";
import { join } from "path";
import { API_IMAGE_CONTRACTS } from "../../lib/api/image-contract";
import { compareVersions, PREREQUISITES, VERSION_FLOORS } from "../../lib/core/prerequisites";
import { NEO4J_IMAGE_CONTRACTS, NEO4J_SERVER_CONTRACT, NEO4J_TLS_DIR } from "../../lib/neo4j/image-contract";
import {
  CURRENT_VERSION_STAGE,
  EXTERNAL_SECRETS_SKIPPING_DELETION_POLICY,
  PREVIOUS_VERSION_STAGE,
} from "../../lib/secrets/external-secrets";
import { prerequisiteFindings } from "./checks";
import { synthesizeExample } from "./examples";

const root = join(__dirname, "..", "..");
const complete = synthesizeExample("complete")[0].tfJson;

describe("operator minimum versions", () => {
  test("every floor an emitted object triggers is within the documented minimum", () => {
    expect(prerequisiteFindings(complete)).toEqual([]);
  });

  test("cert-manager 1.16 (the minimum formerly documented) is too old for keystores.pkcs12.password", () => {
    const older = PREREQUISITES.map((p) => (p.component === "cert-manager" ? { ...p, minimumVersion: "1.16.0" } : p));
    expect(prerequisiteFindings(complete, older)).toEqual([
      expect.stringMatching(
        /Neo4j_BoltCertificate_\w+: cert-manager\.io\/v1\/Certificate sets spec\.keystores\.pkcs12\.password, which needs cert-manager 1\.17\.0 .*but PREREQUISITES documents 1\.16\.0/,
      ),
    ]);
  });

  test("an External Secrets minimum below the v1 API is refused", () => {
    const older = PREREQUISITES.map((p) => (p.component === "External Secrets Operator" ? { ...p, minimumVersion: "0.15.1" } : p));
    expect(prerequisiteFindings(complete, older).length).toBeGreaterThan(0);
    expect(prerequisiteFindings(complete, older).every((f) => /needs External Secrets Operator 0\.16\.0/.test(f))).toBe(true);
  });

  test("every floor names a documented component", () => {
    for (const floor of VERSION_FLOORS) expect(PREREQUISITES.map((p) => p.component)).toContain(floor.component);
  });

  test("versions compare numerically", () => {
    expect(compareVersions("1.17.0", "1.9")).toBe(1);
    expect(compareVersions("0.16.1", "0.16.1")).toBe(0);
    expect(compareVersions("0.15.9", "0.16")).toBe(-1);
  });
});

describe("the README's prerequisites table", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("<!-- prerequisites:start"), readme.indexOf("<!-- prerequisites:end -->"));
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Component") && !line.startsWith("|---"))
    .map((line) => line.split("|").map((cell) => cell.trim()));

  test("lists every prerequisite with its minimum version, in order", () => {
    expect(rows.map((r) => [r[1], r[2]])).toEqual(PREREQUISITES.map((p) => [p.component, p.minimumVersion]));
  });

  test("states the required Reloader strategy and links the long form", () => {
    const reloader = rows.find((r) => r[1] === "Stakater Reloader")!;
    expect(reloader[3]).toContain("--reload-strategy=annotations");
    expect(readme).toContain("[docs/prerequisites.md](https://github.com/meshoptixiq/cdktf-hardened/blob/main/docs/prerequisites.md)");
  });

  test("docs/prerequisites.md gives every component and the contracts with their sources", () => {
    const docs = readFileSync(join(root, "docs", "prerequisites.md"), "utf8");
    for (const p of PREREQUISITES.filter((x) => x.minimumVersion !== "-")) expect(docs).toContain(p.component);
    for (const source of ["docker-entrypoint.sh", "getProviderSecretData", "checkImmutableFields", "invokeReloadStrategy"]) {
      expect(docs).toContain(source);
    }
  });
});

describe("image write tables", () => {
  test("every entry says where it writes, exactly one way, and cites a source", () => {
    for (const contract of [...NEO4J_IMAGE_CONTRACTS, ...API_IMAGE_CONTRACTS]) {
      expect(contract.sources.length).toBeGreaterThan(0);
      for (const w of contract.writes) {
        expect([w.path, w.env, w.arg].filter((x) => x !== undefined)).toHaveLength(1);
        expect(w.why.length).toBeGreaterThan(10);
      }
    }
  });

  test("the Neo4j entrypoint contract: /ssl is never mounted, the run directory defaults to /run, conf is written", () => {
    expect(NEO4J_SERVER_CONTRACT.forbiddenMounts?.map((f) => f.path)).toEqual(["/ssl"]);
    expect(NEO4J_SERVER_CONTRACT.writes.find((w) => w.env === "NEO4J_server_directories_run")?.envDefault).toBe("/run");
    expect(NEO4J_SERVER_CONTRACT.writes.map((w) => w.path)).toContain("/var/lib/neo4j/conf");
    expect(NEO4J_TLS_DIR).not.toBe("/ssl");
  });
});

test("External Secrets stages: the current value is AWSCURRENT; the previous one is skipped when missing", () => {
  expect(CURRENT_VERSION_STAGE).toBe("AWSCURRENT");
  expect(PREVIOUS_VERSION_STAGE).toBe("AWSPREVIOUS");
  expect(EXTERNAL_SECRETS_SKIPPING_DELETION_POLICY).not.toBe("Retain");
});
