import { Construct } from "constructs";
import { SecurityGroupRule } from "../compat/aws/security-group-rule";
import { terraformLiteral } from "../core/literal";
import { Flow } from "../core/endpoint";

/** The security group rules one flow produced. */
export interface FlowRules {
  /** The destination's ingress rule. @default - none (the destination has no security group, or the source neither a group nor CIDRs) */
  readonly ingress?: SecurityGroupRule;
  /** The source's egress rule. @default - none (the source does not own its security group) */
  readonly egress?: SecurityGroupRule;
}

/** Writes the security group rules of a flow under the model: ingress on the destination, egress on an owned source group. */
export function writeSecurityGroupRules(model: Construct, flow: Flow): void {
  const { from, to } = flow;
  const id = ruleId(flow);
  const protocol = flow.protocol.toLowerCase();
  if (to.securityGroupId && from.securityGroupId) {
    new SecurityGroupRule(model, `Ingress-${id}`, {
      type: "ingress",
      securityGroupId: to.securityGroupId,
      sourceSecurityGroupId: from.securityGroupId,
      fromPort: flow.port,
      toPort: flow.port,
      protocol,
      description: terraformLiteral(`${flow.description} (from ${from.name})`),
    });
  } else if (to.securityGroupId && from.cidrs.length > 0) {
    new SecurityGroupRule(model, `Ingress-${id}`, {
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
      new SecurityGroupRule(model, `Egress-${id}`, {
        type: "egress",
        securityGroupId: from.securityGroupId,
        sourceSecurityGroupId: to.securityGroupId,
        fromPort: flow.port,
        toPort: flow.port,
        protocol,
        description: terraformLiteral(`${flow.description} (to ${to.name})`),
      });
    } else if (to.cidrs.length > 0) {
      new SecurityGroupRule(model, `Egress-${id}`, {
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

/** The security group rules of a registered flow. */
export function securityGroupRulesOf(model: Construct, flow: Flow): FlowRules {
  const id = ruleId(flow);
  return {
    ingress: model.node.tryFindChild(`Ingress-${id}`) as SecurityGroupRule | undefined,
    egress: model.node.tryFindChild(`Egress-${id}`) as SecurityGroupRule | undefined,
  };
}

/** The construct id part of a flow's security group rules (part of their Terraform addresses). */
function ruleId(flow: Flow): string {
  return `${flow.from.name}-to-${flow.to.name}-${flow.protocol.toLowerCase()}${flow.port}`;
}

function optionalList(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}
