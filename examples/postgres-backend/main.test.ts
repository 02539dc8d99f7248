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
  expect(controls.find((c) => c.id === "MESHQ-DATA-4")?.status).toBe("pass");
});

test("RDS PostgreSQL replaces Neo4j, encrypted and never public", () => {
  const tf = read("cdk.tf.json");
  const [db] = Object.values(tf.resource.aws_db_instance) as any[];
  expect(db).toMatchObject({ engine: "postgres", storage_encrypted: true, publicly_accessible: false });
  expect(tf.resource.kubernetes_stateful_set_v1).toBeUndefined();
});
