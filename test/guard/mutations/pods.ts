import { Deployment } from "../../../lib/compat/kubernetes/deployment";
import { Labels } from "../../../lib/compat/kubernetes/labels";
import { Manifest } from "../../../lib/compat/kubernetes/manifest";
import { aspect, at, Mutation, restrictedContainer, variable } from "./harness";

/** Weakenings the pods controls must catch. */
export const POD_MUTATIONS: Mutation[] = [
  // ---- MESHQ-POD-1: restricted pods
  {
    name: "the API may escalate privileges",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.api.resource.addOverride("spec.template.spec.container.0.security_context.allow_privilege_escalation", true),
  },
  {
    name: "an Aspect puts Neo4j on the host network",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "aspect",
    apply: (s) => aspect(s, (n) => n === s.neo4j?.resource && s.neo4j.resource.addOverride("spec.template.spec.host_network", true)),
  },
  {
    name: "a privileged Deployment as a kubernetes_manifest",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "raw resource",
    apply: (s) =>
      new Manifest(s, "Privileged", {
        manifest: {
          apiVersion: "apps/v1",
          kind: "Deployment",
          metadata: { name: "debug", namespace: "meshoptixiq" },
          spec: {
            selector: { matchLabels: { app: "debug" } },
            template: {
              metadata: { labels: { app: "debug" } },
              spec: {
                automountServiceAccountToken: false,
                containers: [{ ...restrictedContainer, securityContext: { ...restrictedContainer.securityContext, privileged: true } }],
              },
            },
          },
        },
      }),
  },
  {
    name: "Neo4j runs as root",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.neo4j!.resource.addOverride("spec.template.spec.container.0.security_context.run_as_user", "0"),
  },
  {
    name: "a legacy kubernetes_deployment with a hostPath volume",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "raw resource",
    apply: (s) =>
      new Deployment(s, "HostPath", {
        metadata: { name: "node-reader", namespace: "meshoptixiq" },
        spec: {
          selector: { matchLabels: { app: "node-reader" } },
          template: {
            metadata: { labels: { app: "node-reader" } },
            spec: {
              automountServiceAccountToken: false,
              container: [
                {
                  name: "tool",
                  image: restrictedContainer.image,
                  securityContext: { ...restrictedContainer.securityContext, runAsUser: "10001" },
                },
              ],
              volume: [{ name: "root", hostPath: { path: "/" } }],
            },
          },
        },
      }),
  },
  {
    name: "privilege escalation from a variable",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "variable",
    apply: (s) =>
      s.api.resource.addOverride(
        "spec.template.spec.container.0.security_context.allow_privilege_escalation",
        variable(s, "escalate", "bool").booleanValue,
      ),
  },
  {
    name: "the API binds a host port",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.api.resource.addOverride("spec.template.spec.container.0.port.0.host_port", 8000),
  },
  {
    name: "Neo4j adds NET_ADMIN",
    backend: "complete",
    control: "MESHQ-POD-1",
    how: "override",
    apply: (s) => s.neo4j!.resource.addOverride("spec.template.spec.container.0.security_context.capabilities.add", ["NET_ADMIN"]),
  },

  // ---- MESHQ-POD-2: restricted namespaces
  {
    name: "the API moved into a namespace the stack does not create",
    backend: "complete",
    control: "MESHQ-POD-2",
    how: "override",
    apply: (s) => at(s, "Api/Resource").addOverride("metadata.namespace", "shared-tools"),
  },
  {
    name: "the namespace enforces privileged",
    backend: "complete",
    control: "MESHQ-POD-2",
    how: "override",
    apply: (s) =>
      at(s, "Api/Namespace").addOverride("metadata.labels", {
        "pod-security.kubernetes.io/enforce": "privileged",
        "pod-security.kubernetes.io/enforce-version": "latest",
      }),
  },
  {
    name: "a kubernetes_labels patch relaxes the namespace",
    backend: "complete",
    control: "MESHQ-POD-2",
    how: "raw resource",
    apply: (s) =>
      new Labels(s, "Relax", {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "meshoptixiq" },
        labels: { "pod-security.kubernetes.io/enforce": "baseline" },
        force: true,
      }),
  },
];
