import { RotatingApiKey } from "../../lib/keys/rotating-api-key";
import { annotations, only, resourcesOf, synth, testStack } from "../util";

describe("a rotation function in a VPC", () => {
  const stack = testStack();
  new RotatingApiKey(stack, "Key", {
    consumer: "operators",
    rotationVpc: { vpcId: "vpc-00000000000000001", subnetIds: ["subnet-0000000000000000a", "subnet-0000000000000000b"] },
  });
  const s = synth(stack);

  test("its security group carries no inline rule and is replaced before the old one is destroyed", () => {
    const sg = only(s, "aws_security_group");
    expect(sg.egress).toBeUndefined();
    expect(sg.ingress).toBeUndefined();
    expect(sg.description).toMatch(/HTTPS to AWS APIs only \(rules from the network model\)$/);
    expect(sg.lifecycle).toEqual({ create_before_destroy: true });
    expect(sg.revoke_rules_on_delete).toBe(true);
  });

  test("its only rule, HTTPS to the AWS APIs, comes from the network model", () => {
    const rules = resourcesOf(s, "aws_security_group_rule");
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      type: "egress",
      from_port: 443,
      to_port: 443,
      protocol: "tcp",
      cidr_blocks: ["0.0.0.0/0"],
      security_group_id: expect.stringMatching(/aws_security_group\.Key_Rotation_SecurityGroup_/),
    });
    expect(Object.keys(s.resources.aws_security_group_rule)[0]).toMatch(/^NetworkModel_Egress-.*-to-aws-apis-tcp443_/);
  });
});

describe("a rotation function's egress to the AWS APIs", () => {
  const build = (awsApiCidrs?: string[]) => {
    const stack = testStack();
    const key = new RotatingApiKey(stack, "Key", {
      consumer: "operators",
      rotationVpc: { vpcId: "vpc-00000000000000001", subnetIds: ["subnet-0000000000000000a"], awsApiCidrs },
    });
    return { s: synth(stack), key };
  };

  test("with the VPC endpoints' CIDRs: 443 to them only, at the same address; never the whole Internet by that prop", () => {
    const { s } = build(["10.40.20.0/24", "10.40.21.0/24"]);
    const [address, rule] = Object.entries<any>(s.resources.aws_security_group_rule)[0];
    expect(rule.cidr_blocks).toEqual(["10.40.20.0/24", "10.40.21.0/24"]);
    expect(address).toMatch(/^NetworkModel_Egress-.*-to-aws-apis-tcp443_/);
    expect(annotations(build(["10.40.20.0/24"]).key, "warning")).toEqual([]);
    expect(() => build(["0.0.0.0/0"])).toThrow(/\[MESHQ-CIDR\] RotatingApiKey: rotationVpc\.awsApiCidrs received/);
  });
});
