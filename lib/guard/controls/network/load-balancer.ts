/** §12.2: the load balancer itself is hardened. */
import { Control, Finding, FindingLevel, many, one, OptOutRecord } from "../../model";
import { StackView, TfResource, ViewResource, viewOf } from "../../view";
import { isTrue, judgeEach, judgeValue } from "../rules";

/** §12.2: a hardened load balancer. */
export const albHardening: Control = {
  id: "MESHQ-NET-6",
  section: "12.2",
  title: "Hardened load balancer",
  checks:
    "ALBs drop invalid header fields, use a defensive or strictest desync mode, deliver access logs, are behind a WAFv2 web ACL when internet-facing (a recorded opt-out makes it a warning), and have deletion protection (a warning).",
  scope:
    "aws_lb and aws_alb; WAF associations are aws_wafv2_web_acl_association (or aws_wafregional_web_acl_association) resources of the stack that refer to the load balancer and are certainly created. Deletion protection off is a warning because the library lets it be switched off with a recorded opt-out (deletionProtectionOptOut), and a missing WAF is a warning only when its opt-out (wafOptOut) is recorded in the stack. A value the guard cannot know is a finding.",
  checkov: ["CKV_AWS_131", "CKV_AWS_328", "CKV_AWS_91", "CKV_AWS_150", "CKV2_AWS_28"],
  unseen:
    "Fails. A header, desync, access-log or internal setting the guard cannot know is a finding, and so is a WAF association with a web ACL that is not one of the stack (its rules cannot be known). Warns on a deletion protection setting it cannot know: deletion protection is a warning in every form.",
  enforcedBy: [
    "SecureMeshApi.props.wafOptOut",
    "SecureMeshApi.props.deletionProtectionOptOut",
    "SecureMeshApi.props.accessLogsRetentionDays",
    "SecureMeshApi.props.internetFacing",
  ],
  provenBy: [
    "test/guard/controls/network.test.ts",
    "test/guard/mutations/network.ts",
    "test/guard/plan.test.ts",
    "test/guard/hardening-guard.test.ts",
  ],
  rule: (tf) => {
    const view = viewOf(tf);
    const optOuts = many(view.record.optOuts) as OptOutRecord[];
    // SecureMeshApi's own opt-outs (EncryptedPostgres has a deletionProtectionOptOut of its own)
    const optOut = (property: string) => optOuts.find((o) => o.property === `SecureMeshApi.${property}`);
    const associations = view.resources("aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association");
    return judgeEach(view.resources("aws_lb"), (lb) => [
      ...loadBalancerSettings(view, lb),
      ...deletionProtection(view, lb, optOut("deletionProtectionOptOut")),
      ...webAcl(view, lb, associations, optOut("wafOptOut")),
    ]);
  },
};

const isApplication = (view: StackView, lb: TfResource): boolean =>
  view.literal(lb.config.load_balancer_type ?? "application") === "application";

/** Header handling and desync mode (application load balancers), access logs. */
function loadBalancerSettings(view: StackView, lb: TfResource): Finding[] {
  const c = lb.config;
  return [
    ...(isApplication(view, lb)
      ? [
          ...judgeValue(view, lb.address, "drop_invalid_header_fields", c.drop_invalid_header_fields ?? false, (v) =>
            isTrue(v) ? undefined : "drop_invalid_header_fields is not true",
          ),
          ...judgeValue(view, lb.address, "desync_mitigation_mode", c.desync_mitigation_mode ?? "defensive", (v) =>
            ["defensive", "strictest"].includes(String(v)) ? undefined : `desync_mitigation_mode ${v}`,
          ),
        ]
      : []),
    ...judgeValue(view, lb.address, "access_logs.enabled", one(c.access_logs)?.enabled ?? false, (v) =>
      isTrue(v) ? undefined : "access logs are off",
    ),
  ];
}

/** Deletion protection (a warning: it may be switched off with a recorded opt-out, which the finding then carries). */
function deletionProtection(view: StackView, lb: TfResource, optOut?: OptOutRecord): Finding[] {
  const r = view.resolve(lb.config.enable_deletion_protection ?? false);
  if (!r.known)
    return [{ address: lb.address, message: view.unknownMessage("enable_deletion_protection", r.expression), level: FindingLevel.WARNING }];
  if (isTrue(r.value)) return [];
  if (!optOut) return [{ address: lb.address, message: "deletion protection is off", level: FindingLevel.WARNING }];
  return [
    { address: lb.address, message: `deletion protection is off (opted out: ${optOut.reason})`, level: FindingLevel.WARNING, optOut },
  ];
}

/** An internet-facing application load balancer has a WAFv2 web ACL association (a warning with a recorded opt-out). */
function webAcl(view: StackView, lb: TfResource, associations: ViewResource[], wafOptOut?: OptOutRecord): Finding[] {
  const internal = view.resolve(lb.config.internal ?? false);
  if (!internal.known) return [{ address: lb.address, message: view.unknownMessage("internal", internal.expression) }];
  if (!isApplication(view, lb) || isTrue(internal.value)) return [];
  const protectedBy = associations.filter((a) => a.presence === "present" && view.reference(a.config.resource_arn)?.address === lb.address);
  // the web ACL must be one the stack writes: an ACL outside it may have no rules at all
  const seen = (a: ViewResource) =>
    ["aws_wafv2_web_acl", "aws_wafregional_web_acl"].includes(view.reference(a.config.web_acl_arn ?? a.config.web_acl_id)?.kind ?? "");
  if (protectedBy.some(seen)) return [];
  if (protectedBy.length > 0)
    return protectedBy.map((a) => ({
      address: a.address,
      message: `associates the load balancer with web ACL ${String(view.literal(a.config.web_acl_arn ?? a.config.web_acl_id) ?? view.unknown(a.config.web_acl_arn ?? a.config.web_acl_id))}, which is not a web ACL of this stack: what it filters cannot be known; associate the stack's aws_wafv2_web_acl, or suppress this control for the load balancer with a reason (HardeningGuard.suppress)`,
    }));
  if (wafOptOut)
    return [
      {
        address: lb.address,
        message: `internet-facing without a WAFv2 web ACL (opted out: ${wafOptOut.reason})`,
        level: FindingLevel.WARNING,
        optOut: wafOptOut,
      },
    ];
  const why = view.whyMissing(["aws_wafv2_web_acl_association"], (a) => String(a.config.resource_arn ?? "").includes(`${lb.address}.`));
  return [{ address: lb.address, message: `internet-facing without a WAFv2 web ACL association${why}` }];
}
