/**
 * Network endpoints: the parties of the network model. An endpoint can be a Kubernetes workload
 * (namespace + pod labels), a set of IP ranges, host names (Cilium only), an AWS security group,
 * or several of these at once (an ALB has a security group and sends from its subnets' CIDRs).
 */

/** Transport protocol of a flow. */
export enum Protocol {
  TCP = "TCP",
  UDP = "UDP",
}

/** A Kubernetes workload's identity for NetworkPolicies. */
export interface WorkloadSelector {
  /** Namespace the pods run in. */
  readonly namespace: string;
  /** Labels that select exactly the workload's pods. */
  readonly podLabels: Record<string, string>;
  /**
   * Labels selecting the namespace. Used when the peer is in another namespace.
   * @default - `kubernetes.io/metadata.name: <namespace>`
   */
  readonly namespaceLabels?: Record<string, string>;
}

/** Properties of a {@link NetworkEndpoint}. */
export interface NetworkEndpointProps {
  /** Stable name; part of Terraform addresses of generated rules. Never rename it once deployed. */
  readonly name: string;
  /** @default - not a Kubernetes workload */
  readonly workload?: WorkloadSelector;
  /** IP ranges this endpoint's traffic comes from or goes to. @default - none */
  readonly cidrs?: string[];
  /** Host names (only enforceable with Cilium). @default - none */
  readonly fqdns?: string[];
  /** AWS security group that represents this endpoint. @default - none */
  readonly securityGroupId?: string;
  /**
   * Whether this library owns the security group, so egress rules are written on it.
   * @default false
   */
  readonly ownsSecurityGroup?: boolean;
}

/** A party in the network model. */
export class NetworkEndpoint {
  /** A Kubernetes workload. */
  public static workload(
    name: string,
    workload: WorkloadSelector,
    extra: Omit<NetworkEndpointProps, "name" | "workload"> = {},
  ): NetworkEndpoint {
    return new NetworkEndpoint({ ...extra, name, workload });
  }

  /** IP ranges, e.g. a subnet, a VPC or an external service. */
  public static cidrs(name: string, cidrs: string[]): NetworkEndpoint {
    return new NetworkEndpoint({ name, cidrs });
  }

  /** The cluster DNS service (CoreDNS / kube-dns in kube-system). */
  public static clusterDns(): NetworkEndpoint {
    return new NetworkEndpoint({
      name: "cluster-dns",
      workload: { namespace: "kube-system", podLabels: { "k8s-app": "kube-dns" } },
    });
  }

  /** AWS service APIs (Secrets Manager, STS, KMS) over HTTPS. */
  public static awsApis(): NetworkEndpoint {
    return new NetworkEndpoint({ name: "aws-apis", cidrs: ["0.0.0.0/0"] });
  }

  public readonly name: string;
  public readonly workload?: WorkloadSelector;
  public readonly cidrs: string[];
  public readonly fqdns: string[];
  public readonly securityGroupId?: string;
  public readonly ownsSecurityGroup: boolean;

  constructor(props: NetworkEndpointProps) {
    this.name = props.name;
    this.workload = props.workload;
    this.cidrs = props.cidrs ?? [];
    this.fqdns = props.fqdns ?? [];
    this.securityGroupId = props.securityGroupId;
    this.ownsSecurityGroup = props.ownsSecurityGroup ?? false;
  }
}

/** A port of a flow. */
export interface FlowPort {
  readonly port: number;
  /** @default Protocol.TCP */
  readonly protocol?: Protocol;
}

/** One allowed flow: `from` may open connections to `to` on `port`. */
export interface Flow {
  readonly from: NetworkEndpoint;
  readonly to: NetworkEndpoint;
  readonly port: number;
  readonly protocol: Protocol;
  /** Why the flow exists; becomes the security group rule description. */
  readonly description: string;
}
