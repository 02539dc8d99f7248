/**
 * The mutation suite's harness: the complete and the postgres-backend stacks, and the ways a user
 * weakens them (escape-hatch overrides, Aspects, raw resources of every spelling, Terraform variables
 * and `count`/`for_each`). The weakenings are split by control family beside this file, one module
 * per family of lib/guard/controls, and each family's test file (test/guard/controls) runs its own.
 */
import { Aspects, IAspect, TerraformResource, TerraformVariable, Testing } from "../../../lib/compat/core";
import { IConstruct } from "constructs";
import { Env } from "../../../lib/compat/kubernetes/env";
import { HardeningGuard } from "../../../lib/guard/hardening-guard";
import { GuardReport } from "../../../lib/guard/report";
import { DataBackend, HardenedMeshStack } from "../../../lib/stack/hardened-mesh-stack";
import { annotations, stackProps } from "../../util";

export type Backend = "complete" | "postgres";

/** One weakening: how a user applies it and the control that must catch it. */
export interface Mutation {
  readonly name: string;
  readonly backend: Backend;
  readonly control: string;
  readonly how: "override" | "aspect" | "raw resource" | "variable" | "count/for_each" | "local";
  readonly apply: (stack: HardenedMeshStack) => void;
}

const POSTGRES_CA =
  "-----BEGIN CERTIFICATE-----\nMIIEEjCCAvqgAwIBAgIJAM2ZN/+nPi27MA0GCSqGSIb3DQEBCwUAMIGVMQswCQYD\n-----END CERTIFICATE-----\n";

/** The complete example's stack (examples/complete/main.ts) or the postgres-backend one. */
export function buildStack(backend: Backend): HardenedMeshStack {
  const props =
    backend === "complete"
      ? stackProps({ automationReader: { roleArn: "arn:aws:iam::111122223333:role/ci-deployer", roleName: "ci-deployer" } })
      : stackProps({ dataBackend: DataBackend.POSTGRES, postgresCaBundlePem: POSTGRES_CA });
  const stack = new HardenedMeshStack(Testing.app(), backend === "complete" ? "meshoptixiq-prod" : "meshoptixiq-postgres", props);
  HardeningGuard.of(stack, { writeReport: false });
  return stack;
}

/** Synthesizes with validations (the guard) and returns its report; other validation errors are ignored. */
export function judgeStack(stack: HardenedMeshStack): GuardReport {
  try {
    Testing.synth(stack, true);
  } catch {
    // a mutation may also break another validation; the guard has run first (it validates the stack node)
  }
  return HardeningGuard.of(stack).lastReport!;
}

/** The resource at a construct path under the stack. */
export function at(stack: IConstruct, path: string): TerraformResource {
  const full = `${stack.node.path}/${path}`;
  const found = stack.node.findAll().find((c) => c.node.path === full);
  if (!found) throw new Error(`no construct at ${full}`);
  return found as TerraformResource;
}

export const aspect = (stack: IConstruct, visit: (node: IConstruct) => void) => Aspects.of(stack).add({ visit } as IAspect);
export const variable = (stack: IConstruct, name: string, type = "string") => new TerraformVariable(stack, name, { type });
export const api = (_: HardenedMeshStack) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "meshoptixiq-api", namespace: "meshoptixiq" },
});
export const apiEnv = (s: HardenedMeshStack, id: string, env: Array<{ name: string; value: string }>) =>
  new Env(s, id, { ...api(s), container: "api", env, force: true });
export const neo4jEnv = (s: HardenedMeshStack, id: string, env: Array<{ name: string; value: string }>) =>
  new Env(s, id, {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "meshoptixiq-neo4j", namespace: "meshoptixiq" },
    container: "neo4j",
    env,
    force: true,
  });
export const restrictedContainer = {
  name: "tool",
  image: "ghcr.io/example/tool@sha256:" + "b".repeat(64),
  securityContext: {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: "10001",
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  },
};

/**
 * Every weakening of a list, applied as a user would: it must fail synth with the control that
 * guards it, and the finding must name the resource address and the stack file.
 */
export function mutationSuite(mutations: readonly Mutation[]): void {
  describe.each(mutations.map((m) => [`${m.control} ${m.name} (${m.how}, ${m.backend})`, m] as const))("%s", (_, mutation) => {
    test("fails synth with that control, naming the resource and the stack file", () => {
      const stack = buildStack(mutation.backend);
      mutation.apply(stack);
      const report = judgeStack(stack);
      const result = report.results.find((r) => r.control.id === mutation.control)!;
      expect(result.status).toBe("fail");
      const stackFile = `stacks/${stack.node.id}/cdk.tf.json`;
      for (const f of result.findings) {
        expect(f.stackFile).toBe(stackFile);
        expect(f.address).toMatch(/^[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+/);
      }
      expect(annotations(stack, "error").join("\n")).toContain(`[${mutation.control}]`);
    });
  });
}
