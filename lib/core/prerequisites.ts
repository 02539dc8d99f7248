/**
 * What the cluster must run for the synthesized stacks to apply and run, with the minimum versions
 * and the settings the constructs depend on. The README's prerequisites table and
 * `docs/prerequisites.md` are checked against this list by the tests, and the structural tests
 * check that every custom resource kind the stacks emit is covered by an entry.
 */

/** One cluster prerequisite. */
export interface Prerequisite {
  /** The component, e.g. `External Secrets Operator`. */
  readonly component: string;
  /** The lowest version the library's objects work with, e.g. `0.16.1`. */
  readonly minimumVersion: string;
  /** Settings the library relies on. @default - none beyond the defaults */
  readonly settings?: string;
  /** What the library uses it for, and what sets the minimum. */
  readonly why: string;
  /** `apiVersion/kind` of the objects that need it (custom resources). @default - none */
  readonly kinds?: string[];
  /** Where the minimum and behaviour come from. */
  readonly sources: string[];
}

/** The prerequisites, in the order the README lists them. */
export const PREREQUISITES: readonly Prerequisite[] = [
  {
    component: "Kubernetes (EKS)",
    minimumVersion: "1.30",
    why: "the stack's admission policies use ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding admissionregistration.k8s.io/v1 (GA and on by default in 1.30); Pod Security Standards labels (GA 1.25), CronJob timeZone (GA 1.27) and the StatefulSet PVC retention policy (beta, on by default, since 1.27) are used",
    kinds: [
      "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy",
      "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding",
    ],
    sources: [
      "kubernetes.io/blog/2024/04/24/validating-admission-policy-ga",
      "kubernetes.io/docs/concepts/security/pod-security-admission",
      "kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones",
    ],
  },
  {
    component: "External Secrets Operator",
    minimumVersion: "0.16.1",
    why: "the SecretStore and ExternalSecrets use external-secrets.io/v1, first served in 0.16 (0.16.1 fixed the 0.16.0 CRD bundle's conversion settings; 0.17 stops serving v1beta1)",
    kinds: ["external-secrets.io/v1/SecretStore", "external-secrets.io/v1/ExternalSecret"],
    sources: [
      "github.com/external-secrets/external-secrets/releases/tag/v0.16.1",
      "github.com/external-secrets/external-secrets/releases/tag/v0.17.0",
    ],
  },
  {
    component: "Stakater Reloader",
    minimumVersion: "1.0.0",
    settings: "--reload-strategy=annotations (Helm: reloader.reloadStrategy=annotations); recommended: --reload-on-create=true",
    why: "restarts the API and Neo4j when a Secret or ConfigMap changes; only the annotations strategy leaves the pod spec to Terraform (the env-vars default adds STAKATER_* variables that every apply removes). The annotations strategy exists since stakater/Reloader#263 (2021)",
    sources: [
      "github.com/stakater/Reloader internal/pkg/handler/upgrade.go (invokeReloadStrategy)",
      "github.com/stakater/Reloader/pull/263",
    ],
  },
  {
    component: "cert-manager",
    minimumVersion: "1.17.0",
    why: "the Neo4j certificate's PKCS#12 truststore sets keystores.pkcs12.password (added in 1.17.0) and profile Modern2023 (added in 1.14)",
    kinds: ["cert-manager.io/v1/Certificate", "cert-manager.io/v1/Issuer"],
    sources: ["github.com/cert-manager/cert-manager/releases/tag/v1.17.0", "github.com/cert-manager/cert-manager/pull/6657"],
  },
  {
    component: "AWS Load Balancer Controller",
    minimumVersion: "2.0.0",
    why: "registers the API pods in the ALB target group through a TargetGroupBinding (elbv2.k8s.aws/v1beta1, introduced in 2.0.0); its webhook keeps spec.targetGroupARN, targetType, ipAddressType and vpcId immutable",
    kinds: ["elbv2.k8s.aws/v1beta1/TargetGroupBinding"],
    sources: [
      "github.com/kubernetes-sigs/aws-load-balancer-controller webhooks/elbv2/targetgroupbinding_validator.go (checkImmutableFields)",
    ],
  },
  {
    component: "NetworkPolicy enforcement",
    minimumVersion: "VPC CNI 1.14 (enableNetworkPolicy=true), or Calico, or Cilium",
    why: "NetworkPolicies are ignored without an enforcing network plugin, so the constructs require it to be declared",
    sources: ["docs.aws.amazon.com/eks/latest/userguide/cni-network-policy.html"],
  },
  {
    component: "Security Groups for Pods (Amazon VPC CNI)",
    minimumVersion: "VPC CNI 1.11.0",
    settings:
      "ENABLE_POD_ENI=true and POD_SECURITY_GROUP_ENFORCING_MODE=standard on aws-node; the cluster role holds AmazonEKSVPCResourceController; Nitro-based nodes (trunk interfaces)",
    why: "the API pods get a security group of their own through a SecurityGroupPolicy (vpcresources.k8s.aws/v1beta1, whose CRD EKS installs), the only source the cache and PostgreSQL admit; standard mode, the setting 1.11.0 added, keeps NetworkPolicies and the kubelet's probes working beside pod security groups. Without it, opt out with cluster.podSecurityGroupOptOut",
    kinds: ["vpcresources.k8s.aws/v1beta1/SecurityGroupPolicy"],
    sources: [
      "docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html",
      "github.com/aws/amazon-vpc-cni-k8s README (POD_SECURITY_GROUP_ENFORCING_MODE, v1.11.0)",
      "aws.github.io/aws-eks-best-practices/networking/sgpp (standard mode with network policies)",
    ],
  },
  {
    component: "Cilium (only with NetworkPolicyEnforcement.CILIUM)",
    minimumVersion: "a release serving cilium.io/v2 with DNS-based toFQDNs (no tighter floor verified)",
    why: "the audit sink's egress by host name uses a CiliumNetworkPolicy with toFQDNs and a DNS rule; validated against the schema of @kubernetes-models/cilium",
    kinds: ["cilium.io/v2/CiliumNetworkPolicy"],
    sources: ["docs.cilium.io/en/stable/security/policy/language/#dns-based"],
  },
  {
    component: "EBS CSI driver",
    minimumVersion: "1.x, with an IRSA role (no tighter floor verified)",
    why: "encrypted Neo4j volumes (gp3, customer-managed key, tagSpecification_N parameters)",
    sources: ["github.com/kubernetes-sigs/aws-ebs-csi-driver docs/tagging.md"],
  },
  {
    component: "IAM OIDC provider of the cluster",
    minimumVersion: "-",
    why: "IRSA roles for the API, Neo4j and its password rotator",
    sources: ["docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html"],
  },
];

/** The prerequisite that covers a custom resource `apiVersion/kind`, if any. */
export function prerequisiteForKind(apiVersion: string, kind: string): Prerequisite | undefined {
  return PREREQUISITES.find((p) => (p.kinds ?? []).includes(`${apiVersion}/${kind}`));
}

/**
 * The version an emitted object needs, by kind and (optionally) by a field it sets. The structural
 * tests check every synthesized custom resource against these floors and the floors against the
 * documented minimum of their component, so a field that needs a newer operator cannot be emitted
 * while an older minimum is documented.
 */
export interface VersionFloor {
  /** Component as named in {@link PREREQUISITES}. */
  readonly component: string;
  /** `apiVersion/kind` of the object. */
  readonly kind: string;
  /** Dotted path of a field under the manifest; the floor applies when it is set. @default - the kind itself */
  readonly field?: string;
  readonly minimumVersion: string;
  readonly source: string;
}

/** The version floors of what the constructs emit. */
export const VERSION_FLOORS: readonly VersionFloor[] = [
  {
    component: "External Secrets Operator",
    kind: "external-secrets.io/v1/ExternalSecret",
    minimumVersion: "0.16.0",
    source: "external-secrets v0.16.0 release notes (external-secrets.io/v1 served)",
  },
  {
    component: "External Secrets Operator",
    kind: "external-secrets.io/v1/SecretStore",
    minimumVersion: "0.16.0",
    source: "external-secrets v0.16.0 release notes (external-secrets.io/v1 served)",
  },
  {
    component: "cert-manager",
    kind: "cert-manager.io/v1/Certificate",
    field: "spec.keystores.pkcs12.password",
    minimumVersion: "1.17.0",
    source: "cert-manager v1.17.0 release notes; cert-manager/cert-manager#6657 (literal keystore password)",
  },
  {
    component: "cert-manager",
    kind: "cert-manager.io/v1/Certificate",
    field: "spec.keystores.pkcs12.profile",
    minimumVersion: "1.14.0",
    source: "cert-manager/cert-manager#6548 (PKCS#12 profiles, v1.14)",
  },
  {
    component: "AWS Load Balancer Controller",
    kind: "elbv2.k8s.aws/v1beta1/TargetGroupBinding",
    minimumVersion: "2.0.0",
    source: "aws-load-balancer-controller v2.0.0 (TargetGroupBinding CRD)",
  },
];

/** Compares dotted numeric versions (`1.17.0` > `1.9`); non-numeric parts compare as 0. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
