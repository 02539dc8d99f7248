/**
 * Verdicts compared between two judgements of the same stack: the guard on Terraform's plan must
 * reach the verdicts of the synth report, control by control. One definition, used by
 * `meshq-guard --synth-report` (the deploy pipeline, between plan and apply) and by the
 * repository's plan gate (`scripts/plan-gate.ts`).
 */

/** Verdicts of a hardening-report.json: control id → status. */
export function verdicts(report: unknown): Map<string, string> {
  const controls = (report as { controls?: unknown })?.controls;
  return new Map(Array.isArray(controls) ? controls.map((c: any) => [String(c?.id), String(c?.status)]) : []);
}

/** The differences between two sets of verdicts, one line each (`<id>: synth <status>, plan <status>`). */
export function differences(synth: ReadonlyMap<string, string>, plan: ReadonlyMap<string, string>): string[] {
  const ids = [...new Set([...synth.keys(), ...plan.keys()])].sort();
  return ids
    .filter((id) => synth.get(id) !== plan.get(id))
    .map((id) => `${id}: synth ${synth.get(id) ?? "absent"}, plan ${plan.get(id) ?? "absent"}`);
}
