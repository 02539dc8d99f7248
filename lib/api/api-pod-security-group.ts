import { Construct } from "constructs";
import { SecurityGroup } from "../compat/aws/security-group";
import { Manifest } from "../compat/kubernetes/manifest";
import { recordOptOut } from "../core/opt-out";
import { awsTags, k8sLabels } from "../core/tags";
import { requireAwsId, requireValue } from "../core/validators";
import { ApiIngressMode, SecureMeshApiProps } from "./secure-mesh-api-props";

const component = "SecureMeshApi";

/** The API version of the VPC resource controller's SecurityGroupPolicy (Security Groups for Pods). */
const SECURITY_GROUP_POLICY_API_VERSION = "vpcresources.k8s.aws/v1beta1";

/** The security group the API pods' network interfaces carry, and what assigns it. */
export interface ApiPodGroup {
  /**
   * The group the cache and PostgreSQL admit: the API pods' own group, or with
   * `podSecurityGroupOptOut` the cluster's. @default - none (ingress-controller mode without `vpcId`)
   */
  readonly securityGroupId?: string;
  /** The SecurityGroupPolicy that gives the API pods their own group. @default - none (opted out) */
  readonly policy?: Manifest;
}

/**
 * A security group of the API pods' own (`<deployment>-api-pods-`), assigned to exactly the API
 * pods by a SecurityGroupPolicy (Security Groups for Pods): the only source the cache and PostgreSQL
 * admit, so a pod of another tenant that shares the cluster's security group reaches neither. The
 * policy also keeps the cluster's group on the pods' branch interfaces, for what the cluster's
 * group already allows them (cluster DNS, the kubelet's probes, Neo4j); the group itself has no rule
 * of its own but the ones flows write into it (the ALB's 8000). Made with the VPC, that is in ALB
 * mode or whenever `vpcId` is given; `podSecurityGroupOptOut` keeps the pods on the cluster's group.
 */
export function createApiPodSecurityGroup(
  scope: Construct,
  props: SecureMeshApiProps,
  names: { deploymentName: string; appName: string; podLabels: Record<string, string> },
  namespaceRef: string,
): ApiPodGroup {
  const alb = (props.ingressMode ?? ApiIngressMode.ALB) === ApiIngressMode.ALB;
  if (!alb && props.vpcId === undefined && props.podSecurityGroupOptOut === undefined) return {};
  const clusterSg = requireAwsId(
    component,
    "clusterSecurityGroupId",
    requireValue(
      component,
      "clusterSecurityGroupId",
      props.clusterSecurityGroupId,
      "pass the EKS cluster security group: the API pods keep it beside their own group (with the ALB, or a vpcId, the API pods get a group of their own)",
    ),
    "securityGroup",
    "pass the id of the EKS cluster security group (aws eks describe-cluster shows it)",
  );
  // The record names the cluster's group: the one source outside the stack the opt-out accepts.
  if (recordOptOut(scope, component, "podSecurityGroupOptOut", props.podSecurityGroupOptOut, clusterSg)) {
    return { securityGroupId: clusterSg };
  }
  const vpcId = requireValue(
    component,
    "vpcId",
    props.vpcId,
    "pass the VPC of the cluster: the API pods' own security group is made in it",
  );
  const group = new SecurityGroup(scope, "PodSecurityGroup", {
    namePrefix: `${names.deploymentName}-api-pods-`,
    description: `API pods of ${names.deploymentName}: the only source the cache and PostgreSQL admit`,
    vpcId: requireAwsId(component, "vpcId", vpcId, "vpc", "pass the id of the cluster's VPC"),
    revokeRulesOnDelete: true,
    tags: awsTags(names.deploymentName, "api"),
    lifecycle: { createBeforeDestroy: true },
  });
  const policy = new Manifest(scope, "PodSecurityGroupPolicy", {
    manifest: {
      apiVersion: SECURITY_GROUP_POLICY_API_VERSION,
      kind: "SecurityGroupPolicy",
      metadata: { name: names.appName, namespace: namespaceRef, labels: k8sLabels(names.deploymentName, "api") },
      spec: {
        podSelector: { matchLabels: names.podLabels },
        securityGroups: { groupIds: [group.id, clusterSg] },
      },
    },
  });
  return { securityGroupId: group.id, policy };
}
