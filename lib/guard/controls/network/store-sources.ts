/** §12.2 / §12.6: the cache and the database admit only security groups dedicated to their clients (MESHQ-NET-9). */
import {
  Control,
  Finding,
  FindingLevel,
  manifests,
  many,
  NOT_APPLICABLE,
  OptOutRecord,
  resources,
  TerraformJson,
  TfResource,
} from "../../model";
import { viewOf } from "../../view";
import { SUPPRESS_FIX } from "../rules";
import { cidrSources, ingressRules, referenced } from "../cache/shared";

/** The opt-out that keeps the API pods on the cluster's security group (no Security Groups for Pods). */
export const POD_SECURITY_GROUP_OPT_OUT = "SecureMeshApi.podSecurityGroupOptOut";

/** Data stores and the attribute that lists their security groups. */
const STORES: ReadonlyArray<readonly [string, string]> = [
  ["aws_elasticache_replication_group", "security_group_ids"],
  ["aws_db_instance", "vpc_security_group_ids"],
  ["aws_rds_cluster", "vpc_security_group_ids"],
];

/**
 * Where a security group can be attached to something other than one workload's pods or functions:
 * resource type and the path of its security group list (a `[]` step walks a block list).
 */
const SHARED_ATTACHMENTS: ReadonlyArray<readonly [string, string]> = [
  ["aws_instance", "vpc_security_group_ids"],
  ["aws_instance", "security_groups"],
  ["aws_launch_template", "vpc_security_group_ids"],
  ["aws_launch_template", "network_interfaces[].security_groups"],
  ["aws_eks_cluster", "vpc_config[].security_group_ids"],
  ["aws_eks_node_group", "remote_access[].source_security_group_ids"],
  ["aws_network_interface", "security_groups"],
  ["aws_network_interface_sg_attachment", "security_group_id"],
  ["aws_launch_configuration", "security_groups"],
  ["aws_lb", "security_groups"],
  ["aws_vpc_endpoint", "security_group_ids"],
  ["aws_ecs_service", "network_configuration[].security_groups"],
  ...STORES,
];

/** The values at a path like `a[].b` of a resource's configuration. */
function valuesAt(config: any, path: string): unknown[] {
  let level: any[] = [config];
  for (const step of path.split(".")) {
    const [key, walk] = step.endsWith("[]") ? [step.slice(0, -2), true] : [step, false];
    level = level.flatMap((x) => (walk ? many(x?.[key]) : [x?.[key]]));
  }
  return level.flatMap((x) => many(x));
}

/** What attaches a security group of the stack: dedicated (one workload's pods, functions) or shared. */
interface Attachment {
  readonly address: string;
  readonly dedicated: boolean;
  readonly why?: string;
}

function attachmentsOf(tf: TerraformJson, sg: string): Attachment[] {
  const names = (values: unknown[]) => values.some((v) => referenced(v, "aws_security_group") === sg);
  const out: Attachment[] = [];
  for (const { resource, manifest } of manifests(tf, "SecurityGroupPolicy")) {
    if (!names(many(manifest?.spec?.securityGroups?.groupIds))) continue;
    // Only labels the pods must carry with one value narrow a selector (an expression such as
    // Exists or NotIn may match every pod).
    const selector = manifest.spec.podSelector ?? manifest.spec.serviceAccountSelector;
    const narrow = Object.keys(selector?.matchLabels ?? {}).length > 0;
    out.push({
      address: resource.address,
      dedicated: narrow,
      why: narrow ? undefined : "its selector names no label value: it may give the group to every pod of its namespace",
    });
  }
  for (const f of resources(tf, "aws_lambda_function")) {
    if (names(valuesAt(f.config, "vpc_config[].security_group_ids"))) out.push({ address: f.address, dedicated: true });
  }
  for (const [type, path] of SHARED_ATTACHMENTS) {
    for (const r of resources(tf, type)) {
      if (names(valuesAt(r.config, path))) out.push({ address: r.address, dedicated: false, why: `${type} carries it` });
    }
  }
  return out;
}

/** The security groups of the stack a data store carries, by Terraform name. */
function storeGroups(store: TfResource, attribute: string): string[] {
  return many(store.config[attribute])
    .map((id) => referenced(id, "aws_security_group"))
    .filter((n): n is string => n !== undefined);
}

/**
 * A database without a group of its own, or with a group outside the stack: whom it admits cannot be
 * known (the cache's groups are judged so by MESHQ-CACHE-4).
 */
function unseenStoreGroups(tf: TerraformJson, store: TfResource, attribute: string): Finding[] {
  const ids = many(store.config[attribute]);
  if (ids.length === 0) {
    return [{ address: store.address, message: `${store.address} has no security group of its own: the VPC's default group applies` }];
  }
  const own = new Set(resources(tf, "aws_security_group").map((s) => s.name));
  return ids
    .filter((id) => !own.has(referenced(id, "aws_security_group") ?? ""))
    .map((id) => ({
      address: store.address,
      message: `${store.address} carries ${String(id)}, a security group outside the stack: whom it admits cannot be known; use the stack's own group, ${SUPPRESS_FIX}`,
    }));
}

/** The sources an ingress rule admits by security group, in every spelling. */
function groupSources(rule: any, kind: "rule" | "vpc-rule" | "inline"): unknown[] {
  if (kind === "vpc-rule") return [rule.referenced_security_group_id].filter((x) => x !== undefined);
  if (kind === "inline") return many(rule.security_groups);
  return [rule.source_security_group_id].filter((x) => x !== undefined);
}

/** Why a source security group of a store's rule is not one workload's own, and whether it lies outside the stack. */
function judgeSource(tf: TerraformJson, source: unknown, store: string): { problem: string; outside: boolean } | undefined {
  const sg = referenced(source, "aws_security_group");
  if (sg === store) return undefined; // the store's own group: MESHQ-CACHE-6 judges it
  if (sg === undefined || !resources(tf, "aws_security_group").some((s) => s.name === sg)) {
    return {
      problem: `admits ${String(source)}, a security group outside the stack: which pods or hosts carry it cannot be known`,
      outside: true,
    };
  }
  const attachments = attachmentsOf(tf, sg);
  if (attachments.length === 0) {
    return {
      problem: `admits security group ${sg}, which nothing of the stack assigns to a workload: who carries it cannot be known`,
      outside: false,
    };
  }
  const shared = attachments.filter((a) => !a.dedicated);
  if (shared.length === 0 && attachments.length > 1) {
    return {
      problem: `admits security group ${sg}, which more than one workload carries (${attachments.map((a) => a.address).join(", ")}): each client needs a group of its own`,
      outside: false,
    };
  }
  if (shared.length === 0) return undefined;
  return {
    problem: `admits security group ${sg}, which is not dedicated to a workload: ${shared.map((a) => `${a.address} (${a.why})`).join("; ")}`,
    outside: false,
  };
}

/** §12.2 / §12.6: the cache and the database admit only their clients' own security groups. */
export const storeSources: Control = {
  id: "MESHQ-NET-9",
  section: "12.2",
  title: "Data stores admit only their clients' own security groups",
  checks:
    "Every ingress rule of a cache's or a database's security group admits a security group of the stack that is given only to the workload that uses the store: to the API pods by a SecurityGroupPolicy that selects them (Security Groups for Pods), or to a function of the stack. Never the cluster's or a node's group, which every pod shares, and never IP ranges.",
  scope:
    "aws_elasticache_replication_group, aws_db_instance and aws_rds_cluster with their security groups of the stack, whose ingress rules in every spelling (aws_security_group_rule, aws_vpc_security_group_ingress_rule, inline) are judged. A source group is dedicated when exactly one thing carries it: a SecurityGroupPolicy manifest whose selector names label values (matchLabels), or one aws_lambda_function's vpc_config; instances, launch templates and configurations, clusters, node groups, interfaces and their attachments, load balancers, VPC endpoints, ECS services and data stores that carry it make it shared. A database without a group of its own, or with one outside the stack, is a finding here; the cache's own groups are judged by MESHQ-CACHE-4 and -6.",
  unseen:
    "Fails. A source security group outside the stack (a literal id such as the cluster's, a variable, a data source) is a finding: which pods or hosts carry it cannot be known. With SecureMeshApi.podSecurityGroupOptOut (a cluster without Security Groups for Pods), the one cluster group that opt-out records is a warning that carries the reason; any other stays a finding.",
  enforcedBy: [
    "SecureMeshApi.props.podSecurityGroupOptOut",
    "HardenedMeshStack.props.cluster",
    "EncryptedRedis.props.clientSecurityGroupId",
    "EncryptedPostgres.props.clientSecurityGroupId",
  ],
  provenBy: ["test/guard/controls/network.test.ts", "test/guard/mutations/network.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const optOut = (many(view.record.optOuts) as OptOutRecord[]).find((o) => o.property === POD_SECURITY_GROUP_OPT_OUT);
    const stores = STORES.flatMap(([type, attribute]) => resources(tf, type).map((store) => ({ store, attribute })));
    if (stores.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const { store, attribute } of stores) {
      if (store.type !== "aws_elasticache_replication_group") out.push(...unseenStoreGroups(tf, store, attribute));
      for (const sg of storeGroups(store, attribute)) {
        for (const { address, rule, kind } of ingressRules(tf, sg)) {
          const ranges = cidrSources(rule);
          if (ranges.length > 0) {
            out.push({ address, message: `${store.address} admits IP ranges (${ranges.join(", ")}): every address in them reaches it` });
          }
          for (const source of groupSources(rule, kind)) {
            const judged = judgeSource(tf, source, sg);
            if (!judged) continue;
            const { problem, outside } = judged;
            if (outside && optOut && optOut.subject !== undefined && String(source) === optOut.subject) {
              out.push({
                address,
                message: `${store.address} ${problem} (the API pods run without a group of their own: ${optOut.reason})`,
                level: FindingLevel.WARNING,
                optOut,
              });
            } else {
              out.push({
                address,
                message: `${store.address} ${problem}; let SecureMeshApi give the API pods a group of their own (vpcId, clusterSecurityGroupId, and Security Groups for Pods on the cluster), or record why the cluster cannot (podSecurityGroupOptOut), ${SUPPRESS_FIX}`,
              });
            }
          }
        }
      }
    }
    return out;
  },
};
