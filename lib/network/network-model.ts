import { Lazy, TerraformStack } from "../compat/core";
import { Construct, IConstruct } from "constructs";
import { SecurityGroupRule } from "../compat/aws/security-group-rule";
import { NetworkPolicyV1 } from "../compat/kubernetes/network-policy-v1";
import { ErrorCodes, invalidInput } from "../core/errors";
import { requireIntegerInRange } from "../core/validators";
import { MetadataRecord } from "../core/record";
import { NETWORK_RECORD_KEY, NetworkRecord } from "../policy/network-record";
import { ciliumFqdnPolicy } from "./cilium-fqdn-policy";
import { Flow, FlowPort, NetworkEndpoint, Protocol } from "../core/endpoint";
import { NetworkPolicyEnforcement } from "./enforcement";
import { flowErrors } from "./flow-validation";
import { renderRecord } from "./model-record";
import { peers, reachable, WorkloadRules } from "./policy-peers";
import { FlowRules, securityGroupRulesOf, writeSecurityGroupRules } from "./security-group-rules";

export type { FlowRules };

const MODEL_ID = "NetworkModel";

/** Options of {@link NetworkModel.addWorkload}. */
export interface WorkloadOptions {
  /**
   * Reference to the namespace resource's name, so the policy is created after the namespace.
   * @default - the workload's namespace name
   */
  readonly namespaceRef?: string;
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
      validate: () => flowErrors(this.flows, this.workloads, this.enforcementValue),
    });
    // what the model renders, for the hardening guard (stack metadata; no resource)
    new MetadataRecord(this, "Record", () => ({ [NETWORK_RECORD_KEY]: this.record() }));
  }

  /** The record of every rendered policy and registered flow (read at synth). */
  public record(): NetworkRecord {
    return renderRecord({
      namespaces: [...this.namespaces],
      workloads: [...this.workloads.values()],
      rules: this.rules,
      flows: this.flows,
      cilium: this.enforcementValue === NetworkPolicyEnforcement.CILIUM,
    });
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
    if (duplicate) return securityGroupRulesOf(this, duplicate);
    this.flows.push(flow);
    this.placeRules(flow);
    writeSecurityGroupRules(this, flow);
    if (to.fqdns.length > 0 && from.workload && this.enforcementValue === NetworkPolicyEnforcement.CILIUM) {
      ciliumFqdnPolicy(this, from, this.namespaceRef(from.workload.namespace), () => this.flowsFrom(from.name));
    }
    return securityGroupRulesOf(this, flow);
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
}
