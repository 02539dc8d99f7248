import { Lazy, TerraformStack } from "../compat/core";
import { Construct, IConstruct } from "constructs";
import { SecurityGroupRule } from "../compat/aws/security-group-rule";
import {
  NetworkPolicyV1,
  NetworkPolicyV1SpecEgress,
  NetworkPolicyV1SpecIngress,
  NetworkPolicyV1SpecIngressFrom,
} from "../compat/kubernetes/network-policy-v1";
import { Manifest } from "../compat/kubernetes/manifest";
import { ErrorCodes, invalidInput } from "../core/errors";
import { requireIntegerInRange } from "../core/tokens";
import { Flow, FlowPort, NetworkEndpoint, Protocol, WorkloadSelector } from "./endpoint";
import { NetworkPolicyEnforcement } from "./enforcement";
import { terraformLiteral } from "../core/literal";
import { MetadataRecord } from "../core/record";
import { NETWORK_RECORD_KEY, NetworkRecord, RecordedPeer, RecordedRule } from "../policy/network-record";

const MODEL_ID = "NetworkModel";

/** Options of {@link NetworkModel.addWorkload}. */
export interface WorkloadOptions {
  /**
   * Reference to the namespace resource's name, so the policy is created after the namespace.
   * @default - the workload's namespace name
   */
  readonly namespaceRef?: string;
}

/** The security group rules one flow produced. */
export interface FlowRules {
  /** The destination's ingress rule. @default - none (the destination has no security group, or the source neither a group nor CIDRs) */
  readonly ingress?: SecurityGroupRule;
  /** The source's egress rule. @default - none (the source does not own its security group) */
  readonly egress?: SecurityGroupRule;
}

/**
 * The network model of a stack: who may talk to whom on which port.
 *
 * Constructs register their workloads and flows here; the model generates, from the same flows,
 * the Kubernetes NetworkPolicies (default deny per namespace, one policy per workload with exactly
 * its ingress and egress) and the AWS security group rules. Policies are rendered lazily at synth,
 * so a flow registered by a construct added later (an audit sink, a database) still lands in them.
 *
 * There is one model per stack: use {@link NetworkModel.of}.
 */
export class NetworkModel extends Construct {
  /** Returns the stack's network model, creating it on first use. */
  public static of(scope: IConstruct): NetworkModel {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(MODEL_ID);
    if (existing) return existing as NetworkModel;
    return new NetworkModel(stack, MODEL_ID);
  }

  private readonly flows: Flow[] = [];
  private readonly workloads = new Map<string, NetworkEndpoint>();
  private readonly rules = new Map<string, WorkloadRules>();
  private readonly namespaces = new Set<string>();
  /** Namespace name -> reference to the namespace resource's name (when the stack creates it). */
  private readonly namespaceRefs = new Map<string, string>();
  private enforcementValue?: NetworkPolicyEnforcement;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    this.node.addValidation({
      validate: () => this.validateModel(),
    });
    // what the model renders, for the hardening guard (stack metadata; no resource)
    new MetadataRecord(this, "Record", () => ({ [NETWORK_RECORD_KEY]: this.record() }));
  }

  /** The record of every rendered policy and registered flow (read at synth). */
  public record(): NetworkRecord {
    const rule = (peersOf: NetworkPolicyV1SpecIngressFrom[] | undefined, ports: NetworkPolicyV1SpecIngress["ports"]): RecordedRule => ({
      peers: (peersOf ?? []).map((p): RecordedPeer =>
        p.ipBlock
          ? { cidr: p.ipBlock.cidr }
          : {
              podLabels: p.podSelector?.matchLabels,
              ...(p.namespaceSelector ? { namespaceLabels: p.namespaceSelector.matchLabels } : {}),
            },
      ),
      ports: ((ports ?? []) as Array<{ port?: string; protocol?: string }>).map((x) => ({
        port: Number(x.port),
        protocol: x.protocol ?? Protocol.TCP,
      })),
    });
    return {
      defaultDeny: [...this.namespaces],
      workloads: [...this.workloads.values()].map((endpoint) => {
        const rules = this.rules.get(endpoint.name)!;
        const cilium = this.enforcementValue === NetworkPolicyEnforcement.CILIUM;
        return {
          name: endpoint.name,
          namespace: endpoint.workload!.namespace,
          podLabels: endpoint.workload!.podLabels,
          ingress: rules.ingress.map((r) => rule(r.from as NetworkPolicyV1SpecIngressFrom[], r.ports)),
          egress: rules.egress.map((r) => rule(r.to as NetworkPolicyV1SpecIngressFrom[], r.ports)),
          fqdnEgress: cilium
            ? this.flowsFrom(endpoint.name)
                .filter((f) => f.to.fqdns.length > 0)
                .map((f) => ({ fqdns: f.to.fqdns, port: f.port, protocol: f.protocol }))
            : [],
        };
      }),
      flows: this.flows.map((f) => ({ from: f.from.name, to: f.to.name, port: f.port, protocol: f.protocol, description: f.description })),
    };
  }

  /** The declared NetworkPolicy enforcement of the cluster. */
  public get enforcement(): NetworkPolicyEnforcement | undefined {
    return this.enforcementValue;
  }

  /**
   * Declares how the cluster enforces NetworkPolicies. NetworkPolicies are silently ignored by a
   * cluster that does not enforce them, so the model refuses to generate them without this.
   */
  public declareEnforcement(component: string, enforcement: NetworkPolicyEnforcement | undefined): void {
    const allowed = Object.values(NetworkPolicyEnforcement);
    if (enforcement === undefined || !allowed.includes(enforcement)) {
      throw invalidInput(ErrorCodes.NETWORK_ENFORCEMENT, {
        component,
        property: "networkPolicyEnforcement",
        received: enforcement,
        allowed: allowed.map((v) => `"${v}"`).join(", "),
        fix: "NetworkPolicies are silently ignored unless the cluster enforces them. Enable enforcement (EKS: VPC CNI with enableNetworkPolicy=true, v1.14+; or install Calico or Cilium) and declare it, e.g. networkPolicyEnforcement: NetworkPolicyEnforcement.VPC_CNI",
      });
    }
    if (this.enforcementValue !== undefined && this.enforcementValue !== enforcement) {
      throw invalidInput(ErrorCodes.NETWORK_ENFORCEMENT, {
        component,
        property: "networkPolicyEnforcement",
        received: enforcement,
        allowed: `"${this.enforcementValue}", as already declared for this stack`,
        fix: "declare the same enforcement for every construct in a stack: a cluster has one network policy engine",
      });
    }
    this.enforcementValue = enforcement;
  }

  /**
   * Puts a namespace under default deny: a NetworkPolicy selecting every pod, with no allowed
   * ingress or egress. Workload policies then allow exactly the registered flows.
   *
   * @param key stable key for the Terraform address (the namespace name as the user gave it)
   * @param namespace the namespace name, possibly a reference to the namespace resource
   */
  public addNamespace(key: string, namespace: string): void {
    if (this.namespaces.has(key)) return;
    this.namespaces.add(key);
    this.namespaceRefs.set(key, namespace);
    new NetworkPolicyV1(this, `DefaultDeny-${key}`, {
      metadata: { name: "default-deny-all", namespace },
      spec: {
        podSelector: {},
        policyTypes: ["Ingress", "Egress"],
      },
    });
  }

  /**
   * Registers a workload. The model writes one NetworkPolicy for it, holding exactly the flows
   * whose source or destination it is, and returns it (a Job that needs the network can wait for it).
   */
  public addWorkload(endpoint: NetworkEndpoint, options: WorkloadOptions = {}): NetworkPolicyV1 {
    const workload = endpoint.workload;
    if (!workload) {
      throw new Error(`NetworkModel.addWorkload: endpoint "${endpoint.name}" has no workload selector`);
    }
    if (this.workloads.has(endpoint.name)) {
      throw invalidInput(ErrorCodes.DUPLICATE, {
        component: "NetworkModel",
        property: "workload name",
        received: endpoint.name,
        allowed: "a name not yet registered in this stack",
        fix: "give each workload in a stack its own name (e.g. a different deploymentName)",
      });
    }
    this.workloads.set(endpoint.name, endpoint);
    // The rule lists are filled as flows are registered, before or after the workload; the
    // policy reads them at synth.
    const rules: WorkloadRules = { ingress: [], egress: [] };
    this.rules.set(endpoint.name, rules);
    for (const flow of this.flows) this.placeRules(flow, endpoint.name);
    return new NetworkPolicyV1(this, `Workload-${endpoint.name}`, {
      metadata: { name: `${endpoint.name}-allow`, namespace: options.namespaceRef ?? this.namespaceRef(workload.namespace) },
      spec: {
        podSelector: { matchLabels: workload.podLabels },
        policyTypes: ["Ingress", "Egress"],
        ingress: rules.ingress,
        egress: rules.egress,
      },
    });
  }

  /**
   * Allows `from` to open connections to `to` on a port. Generates the security group rules now
   * and the NetworkPolicy rules at synth, and returns the security group rules (those of the
   * earlier registration when the flow is already registered).
   */
  public allow(from: NetworkEndpoint, to: NetworkEndpoint, port: FlowPort, description: string): FlowRules {
    requireIntegerInRange(
      ErrorCodes.PORT,
      "NetworkModel",
      `port of flow ${from.name} -> ${to.name}`,
      port.port,
      1,
      65535,
      "use a TCP/UDP port number",
    );
    const protocol = port.protocol ?? Protocol.TCP;
    const flow: Flow = { from, to, port: port.port, protocol, description };
    const duplicate = this.flows.find(
      (f) => f.from.name === from.name && f.to.name === to.name && f.port === flow.port && f.protocol === protocol,
    );
    if (duplicate) return this.rulesOf(duplicate);
    this.flows.push(flow);
    this.placeRules(flow);
    this.securityGroupRules(flow);
    if (to.fqdns.length > 0 && from.workload && this.enforcementValue === NetworkPolicyEnforcement.CILIUM) {
      this.ciliumFqdnPolicy(from);
    }
    return this.rulesOf(flow);
  }

  /** Allows an endpoint to resolve names: UDP and TCP 53 to the cluster DNS. */
  public allowDns(from: NetworkEndpoint): void {
    for (const protocol of [Protocol.UDP, Protocol.TCP]) {
      this.allow(from, NetworkEndpoint.clusterDns(), { port: 53, protocol }, "Cluster DNS");
    }
  }

  /**
   * Allows a workload to open connections to `to`, and admits its pods' own security group as
   * well when their network interfaces carry one the workload endpoint does not name (security
   * groups for pods, or a workload endpoint without a group): the NetworkPolicy egress and every
   * security group rule of the connection come from this one call.
   *
   * @param podSecurityGroupId the security group of the pods' network interfaces
   * @param podsName stable name of the pods' group as a network endpoint (part of the rule's address)
   * @returns the ingress rule from the pods' security group, when it differs from the workload endpoint's
   */
  public allowWorkload(
    workload: NetworkEndpoint,
    podSecurityGroupId: string,
    podsName: string,
    to: NetworkEndpoint,
    port: FlowPort,
    description: string,
  ): SecurityGroupRule | undefined {
    this.allow(workload, to, port, description);
    if (workload.securityGroupId === podSecurityGroupId) return undefined;
    return this.allow(new NetworkEndpoint({ name: podsName, securityGroupId: podSecurityGroupId }), to, port, description).ingress;
  }

  /** The security group rules of a registered flow. */
  private rulesOf(flow: Flow): FlowRules {
    const id = ruleId(flow);
    return {
      ingress: this.node.tryFindChild(`Ingress-${id}`) as SecurityGroupRule | undefined,
      egress: this.node.tryFindChild(`Egress-${id}`) as SecurityGroupRule | undefined,
    };
  }

  /**
   * Cilium-only egress rules for host names (toFQDNs), with the DNS visibility rule Cilium needs
   * to learn the names. One policy per workload, its egress rendered lazily from the flows.
   */
  private ciliumFqdnPolicy(from: NetworkEndpoint): void {
    const id = `Fqdn-${from.name}`;
    if (this.node.tryFindChild(id)) return;
    const workload = from.workload!;
    new Manifest(this, id, {
      manifest: {
        apiVersion: "cilium.io/v2",
        kind: "CiliumNetworkPolicy",
        metadata: { name: `${from.name}-fqdn-egress`, namespace: this.namespaceRef(workload.namespace) },
        spec: {
          endpointSelector: { matchLabels: workload.podLabels },
          egress: Lazy.anyValue({
            produce: () => [
              {
                toEndpoints: [{ matchLabels: { "k8s:io.kubernetes.pod.namespace": "kube-system", "k8s-app": "kube-dns" } }],
                toPorts: [{ ports: [{ port: "53", protocol: "ANY" }], rules: { dns: [{ matchPattern: "*" }] } }],
              },
              ...this.flowsFrom(from.name)
                .filter((f) => f.to.fqdns.length > 0)
                .map((f) => ({
                  toFQDNs: f.to.fqdns.map((name) => ({ matchName: name })),
                  toPorts: [{ ports: [{ port: String(f.port), protocol: f.protocol }] }],
                })),
            ],
          }),
        },
      },
    });
  }

  /**
   * The namespace of a policy: a reference to the namespace resource when a construct of the stack
   * created it (registered with addNamespace, possibly later), else the name. Resolved at synth.
   */
  private namespaceRef(namespace: string): string {
    return Lazy.stringValue({ produce: () => this.namespaceRefs.get(namespace) ?? namespace });
  }

  /** Every registered flow (a copy). */
  public get allFlows(): Flow[] {
    return [...this.flows];
  }

  /** Flows that start at an endpoint. */
  public flowsFrom(name: string): Flow[] {
    return this.flows.filter((f) => f.from.name === name);
  }

  /** Flows that end at an endpoint. */
  public flowsTo(name: string): Flow[] {
    return this.flows.filter((f) => f.to.name === name);
  }

  /**
   * Adds a flow's NetworkPolicy rules to the registered workloads at its ends (or only to
   * `onlyFor`): an ingress rule at the destination, an egress rule at the source.
   */
  private placeRules(flow: Flow, onlyFor?: string): void {
    const ports = [{ port: String(flow.port), protocol: flow.protocol }];
    const dest = this.rules.get(flow.to.name);
    if (dest && (onlyFor ?? flow.to.name) === flow.to.name && reachable(flow.from)) {
      dest.ingress.push({ from: peers(flow.to.workload!, flow.from), ports });
    }
    const source = this.rules.get(flow.from.name);
    if (source && (onlyFor ?? flow.from.name) === flow.from.name && reachable(flow.to)) {
      source.egress.push({ to: peers(flow.from.workload!, flow.to), ports });
    }
  }

  private securityGroupRules(flow: Flow): void {
    const { from, to } = flow;
    const id = ruleId(flow);
    const protocol = flow.protocol.toLowerCase();
    if (to.securityGroupId && from.securityGroupId) {
      new SecurityGroupRule(this, `Ingress-${id}`, {
        type: "ingress",
        securityGroupId: to.securityGroupId,
        sourceSecurityGroupId: from.securityGroupId,
        fromPort: flow.port,
        toPort: flow.port,
        protocol,
        description: terraformLiteral(`${flow.description} (from ${from.name})`),
      });
    } else if (to.securityGroupId && from.cidrs.length > 0) {
      new SecurityGroupRule(this, `Ingress-${id}`, {
        type: "ingress",
        securityGroupId: to.securityGroupId,
        cidrBlocks: from.cidrs.filter((c) => !c.includes(":")),
        ipv6CidrBlocks: optionalList(from.cidrs.filter((c) => c.includes(":"))),
        fromPort: flow.port,
        toPort: flow.port,
        protocol,
        description: terraformLiteral(`${flow.description} (from ${from.name})`),
      });
    }
    if (from.securityGroupId && from.ownsSecurityGroup) {
      if (to.securityGroupId) {
        new SecurityGroupRule(this, `Egress-${id}`, {
          type: "egress",
          securityGroupId: from.securityGroupId,
          sourceSecurityGroupId: to.securityGroupId,
          fromPort: flow.port,
          toPort: flow.port,
          protocol,
          description: terraformLiteral(`${flow.description} (to ${to.name})`),
        });
      } else if (to.cidrs.length > 0) {
        new SecurityGroupRule(this, `Egress-${id}`, {
          type: "egress",
          securityGroupId: from.securityGroupId,
          cidrBlocks: to.cidrs.filter((c) => !c.includes(":")),
          ipv6CidrBlocks: optionalList(to.cidrs.filter((c) => c.includes(":"))),
          fromPort: flow.port,
          toPort: flow.port,
          protocol,
          description: terraformLiteral(`${flow.description} (to ${to.name})`),
        });
      }
    }
  }

  private validateModel(): string[] {
    const errors: string[] = [];
    if (this.workloads.size > 0 && this.enforcementValue === undefined) {
      errors.push(
        `[${ErrorCodes.NETWORK_ENFORCEMENT}] NetworkModel: workloads are registered but no networkPolicyEnforcement was declared; NetworkPolicies would be silently ignored. Fix: declare the cluster's enforcement on the construct that owns the workload`,
      );
    }
    for (const flow of this.flows) {
      for (const [self, peer] of [
        [flow.from, flow.to],
        [flow.to, flow.from],
      ] as const) {
        if (!self.workload || !this.workloads.has(self.name)) continue;
        const reachable = peer.workload !== undefined || peer.cidrs.length > 0;
        const fqdnOnly = !reachable && peer.fqdns.length > 0;
        if (fqdnOnly && this.enforcementValue !== NetworkPolicyEnforcement.CILIUM) {
          errors.push(
            invalidInput(ErrorCodes.NETWORK_FLOW, {
              component: "NetworkModel",
              property: `flow ${flow.from.name} -> ${flow.to.name}:${flow.port}`,
              received: peer.fqdns,
              allowed: `IP ranges (cidrs), or host names only with networkPolicyEnforcement "cilium" (declared: "${this.enforcementValue}")`,
              fix: `give the endpoint's CIDRs (NetworkPolicies cannot name hosts); otherwise this traffic would be blocked by the default deny`,
            }).message,
          );
        } else if (!reachable && !fqdnOnly) {
          errors.push(
            invalidInput(ErrorCodes.NETWORK_FLOW, {
              component: "NetworkModel",
              property: `flow ${flow.from.name} -> ${flow.to.name}:${flow.port}`,
              received: peer.name,
              allowed: "a peer with a workload selector or CIDRs",
              fix: `describe "${peer.name}" with cidrs or a workload selector, otherwise this traffic would be blocked by the default deny`,
            }).message,
          );
        }
      }
    }
    return errors;
  }
}

/** The construct id part of a flow's security group rules (part of their Terraform addresses). */
function ruleId(flow: Flow): string {
  return `${flow.from.name}-to-${flow.to.name}-${flow.protocol.toLowerCase()}${flow.port}`;
}

/** The NetworkPolicy rules of one workload. */
interface WorkloadRules {
  readonly ingress: NetworkPolicyV1SpecIngress[];
  readonly egress: NetworkPolicyV1SpecEgress[];
}

/** True when a NetworkPolicy can name the peer (a workload or IP ranges). */
function reachable(peer: NetworkEndpoint): boolean {
  return peer.workload !== undefined || peer.cidrs.length > 0;
}

/** The NetworkPolicy peers of an endpoint, seen from a workload: pod (and namespace) selectors or IP blocks. */
function peers(self: WorkloadSelector, peer: NetworkEndpoint): NetworkPolicyV1SpecIngressFrom[] {
  if (peer.workload) {
    const sameNamespace = peer.workload.namespace === self.namespace;
    return [
      {
        podSelector: { matchLabels: peer.workload.podLabels },
        namespaceSelector: sameNamespace
          ? undefined
          : { matchLabels: peer.workload.namespaceLabels ?? { "kubernetes.io/metadata.name": peer.workload.namespace } },
      },
    ];
  }
  return peer.cidrs.map((cidr) => ({ ipBlock: { cidr } }));
}

function optionalList(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}
