import { POD_CONTROLS } from "../../../lib/guard/controls/pods";
import {
  apiContainerManifest,
  deployment,
  expectPaired,
  fail,
  manifestDeployment,
  pass,
  restrictedContainer,
  tf,
  UNKNOWN,
  variables,
} from "./support";
import { POD_MUTATIONS } from "../mutations/pods";
import { mutationSuite } from "../mutations/harness";

test("MESHQ-POD-1 restricted pods of every kind and spelling", () => {
  pass("MESHQ-POD-1", tf(deployment(restrictedContainer())));
  pass("MESHQ-POD-1", tf(manifestDeployment(apiContainerManifest)));
  fail(
    "MESHQ-POD-1",
    tf(deployment(restrictedContainer({ security_context: { run_as_non_root: true, run_as_user: "1" } }))),
    /allow_privilege_escalation is not false/,
  );
  fail("MESHQ-POD-1", tf(deployment(restrictedContainer(), { host_network: true })), /host_network is true/);
  fail(
    "MESHQ-POD-1",
    tf(deployment(restrictedContainer(), { volume: [{ name: "n", nfs: { server: "x", path: "/" } }] })),
    /volume n is nfs/,
  );
  fail("MESHQ-POD-1", tf(deployment(restrictedContainer({ port: [{ container_port: 8000, host_port: 8000 }] }))), /host port 8000/);
  fail(
    "MESHQ-POD-1",
    tf(manifestDeployment({ ...apiContainerManifest, securityContext: { ...apiContainerManifest.securityContext, privileged: true } })),
    /container api: privileged/,
  );
  fail(
    "MESHQ-POD-1",
    tf(
      deployment(
        restrictedContainer({ security_context: { ...restrictedContainer().security_context, read_only_root_filesystem: false } }),
        {},
        "meshq",
        "kubernetes_daemonset",
      ),
    ),
    /container api: root filesystem is writable/,
  );
  fail(
    "MESHQ-POD-1",
    tf({
      kubernetes_stateful_set: {
        s: {
          spec: {
            template: { spec: { automount_service_account_token: false, container: [restrictedContainer({ security_context: {} })] } },
          },
        },
      },
    }),
    /root filesystem is writable/,
  );
  fail(
    "MESHQ-POD-1",
    tf({
      kubernetes_cron_job_v1: { c: { spec: { job_template: { spec: { template: { spec: { container: [restrictedContainer()] } } } } } } },
    }),
    /automount_service_account_token is not false/,
  );
  fail(
    "MESHQ-POD-1",
    tf(
      deployment(
        restrictedContainer({ security_context: { ...restrictedContainer().security_context, allow_privilege_escalation: "${var.x}" } }),
      ),
      variables,
    ),
    /container api: allow_privilege_escalation is \$\{var\.x\}, which cannot be known at synth/,
  );
});

test("MESHQ-POD-2 namespaces enforce restricted, patches included", () => {
  const ns = (labels: Record<string, string>, type = "kubernetes_namespace_v1") => ({
    [type]: { n: { metadata: { name: "meshq", labels } } },
  });
  pass("MESHQ-POD-2", tf(ns({ "pod-security.kubernetes.io/enforce": "restricted" })));
  fail(
    "MESHQ-POD-2",
    tf(ns({ "pod-security.kubernetes.io/enforce": "baseline" }, "kubernetes_namespace")),
    /does not enforce PSS restricted/,
  );
  fail(
    "MESHQ-POD-2",
    tf({
      ...ns({ "pod-security.kubernetes.io/enforce": "restricted" }),
      kubernetes_labels: {
        l: {
          api_version: "v1",
          kind: "Namespace",
          metadata: { name: "meshq" },
          labels: { "pod-security.kubernetes.io/enforce": "privileged" },
        },
      },
    }),
    /does not enforce PSS restricted/,
  );
  fail("MESHQ-POD-2", tf(ns({ "pod-security.kubernetes.io/enforce": "${var.x}" }), variables), UNKNOWN);
  // a workload in a namespace the stack creates passes; in one it does not create, or cannot know, it fails closed
  const restricted = ns({ "pod-security.kubernetes.io/enforce": "restricted" });
  pass("MESHQ-POD-2", tf({ ...restricted, ...deployment(restrictedContainer()) }));
  fail(
    "MESHQ-POD-2",
    tf({ ...restricted, ...deployment(restrictedContainer(), {}, "shared") }),
    /runs in namespace shared, which the stack does not create: whether it enforces Pod Security Standards restricted cannot be known/,
  );
  fail("MESHQ-POD-2", tf(deployment(restrictedContainer(), {}, "${var.namespace}"), variables), UNKNOWN);
  fail(
    "MESHQ-POD-2",
    tf({
      kubernetes_namespace_v1: {
        n: { count: 0, metadata: { name: "meshq", labels: { "pod-security.kubernetes.io/enforce": "restricted" } } },
      },
      ...deployment(restrictedContainer()),
    }),
    /namespace meshq, which the stack does not create/,
  );
});

test("every control of the family has passing and failing cases here", () => {
  expectPaired(POD_CONTROLS);
});

// The family's weakenings of whole stacks (test/guard/mutations/pods.ts), applied as a user would.
mutationSuite(POD_MUTATIONS);
