// Synthesizes main.ts as `cdktf synth` does (into a temporary output folder) and checks the result.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
const read = (file: string) => JSON.parse(readFileSync(join(outdir, "stacks", "meshoptixiq-postgres", file), "utf8"));

beforeAll(() => {
  process.env.CDKTF_OUTDIR = outdir;
  require("./main");
});

test("every hardening control passes or does not apply, and the PostgreSQL TLS control applies", () => {
  const controls: Array<{ id: string; status: string }> = read("hardening-report.json").controls;
  expect(controls.filter((c) => !["pass", "not-applicable"].includes(c.status))).toEqual([]);
  // a report in which nothing applied would pass the line above: the controls this example exists for must pass
  const passing = controls.filter((c) => c.status === "pass").map((c) => c.id);
  expect(passing).toEqual(
    expect.arrayContaining([
      "MESHQ-KEY-1",
      "MESHQ-KEY-2",
      "MESHQ-KEY-3",
      "MESHQ-KEY-4",
      "MESHQ-KEY-5",
      "MESHQ-NET-1",
      "MESHQ-NET-2",
      "MESHQ-NET-3",
      "MESHQ-NET-4",
      "MESHQ-NET-5",
      "MESHQ-NET-6",
      "MESHQ-NET-7",
      "MESHQ-NET-8",
      "MESHQ-POD-1",
      "MESHQ-POD-2",
      "MESHQ-SEC-1",
      "MESHQ-SEC-2",
      "MESHQ-SEC-3",
      "MESHQ-RBAC-1",
      "MESHQ-AUD-1",
      "MESHQ-DATA-3",
      "MESHQ-DATA-4",
      "MESHQ-DATA-5",
      "MESHQ-CACHE-1",
      "MESHQ-CACHE-2",
      "MESHQ-CACHE-3",
      "MESHQ-CACHE-4",
      "MESHQ-CACHE-5",
      "MESHQ-CACHE-6",
    ]),
  );
  expect(controls.find((c) => c.id === "MESHQ-DATA-4")?.status).toBe("pass");
});

test("RDS PostgreSQL replaces Neo4j, encrypted and never public", () => {
  const tf = read("cdk.tf.json");
  const [db] = Object.values(tf.resource.aws_db_instance) as any[];
  expect(db).toMatchObject({ engine: "postgres", storage_encrypted: true, publicly_accessible: false });
  expect(tf.resource.kubernetes_stateful_set_v1).toBeUndefined();
});
