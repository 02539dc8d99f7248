/**
 * The normalized view of a synthesized stack (or of a plan) that every control reads, so that a
 * new spelling of the same thing is handled once, here, and not once per control:
 *
 * - **values**: Terraform templates are parsed; references to resources, data-source arguments and
 *   locals of the same stack are followed to their literal value; anything else (a variable, a
 *   computed attribute, a function) is *unknown*, and controls fail closed on it
 *   (`view/template.ts`, `view/values.ts`);
 * - **resources**: type aliases are folded (`aws_alb_listener` is `aws_lb_listener`,
 *   `kubernetes_deployment` is `kubernetes_deployment_v1`), and `count`/`for_each` decide whether a
 *   resource is present, absent (`count = 0`, an empty `for_each`) or only maybe present (a value
 *   known at plan time): absent resources are left out, maybe-present ones are judged but never
 *   satisfy a requirement (`view/resources.ts`, `view/table.ts`);
 * - **Kubernetes objects**: typed resources and `kubernetes_manifest` objects of the same kind in one
 *   shape (the typed resources' snake_case schema), with `kubernetes_labels`, `kubernetes_env` and
 *   `kubernetes_config_map_v1_data` patches applied (`view/kube.ts`, `view/normalize.ts`);
 * - **workloads**: pod templates with their containers' environment (`env`, `env_from`), volumes,
 *   volume claims and the ConfigMaps they read (`view/workloads.ts`, `view/claims.ts`,
 *   `view/config-maps.ts`);
 * - **the ingress surface**: every security-group rule form, listeners and listener rules
 *   (`view/ingress.ts`);
 * - **NetworkPolicies**: peers, ports and selectors, from either spelling (`view/policies.ts`).
 *
 * The view is a pure function of the JSON document, memoized per document (`view/stack.ts`).
 */
export type { Presence, Reference, Resolved, TfResource, ViewResource } from "./view/resources";
export { canonicalType } from "./view/resources";
export { templateParts } from "./view/template";
export { WORKLOAD_KINDS } from "./view/kube-types";
export type { ClaimView, ConfigMapView, ContainerView, DataEntry, EnvEntry, EnvFromEntry, KubeObject, PodView } from "./view/kube-types";
export type { ListenerRuleView, ListenerView, PeerView, PolicyView, PortView, RuleView, Selector, SgRuleView } from "./view/network-types";
export { apiToTyped } from "./view/normalize";
export { resources, StackView, viewOf } from "./view/stack";
