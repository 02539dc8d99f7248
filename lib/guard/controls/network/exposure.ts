/** §12.2 / §12.6: the API and the databases are not exposed directly. */
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
import { StackView, viewOf } from "../../view";
import { isTrue, isWorld, judgeValue } from "../rules";
import { AdmissionForm } from "../../admission/model";

/** NET-2 in the cluster: no Service of the stack's namespaces becomes LoadBalancer or NodePort or gains external IPs. */
const serviceAdmission: AdmissionForm = {
  match: [{ apiGroups: [""], apiVersions: ["v1"], resources: ["services"], operations: ["CREATE", "UPDATE"] }],
  fix: "keep the Service ClusterIP without external IPs; clients reach the API through the stack's load balancer",
  checks: () => [
    {
      expression: "!has(object.spec.type) || !(object.spec.type in ['LoadBalancer', 'NodePort'])",
      message: "a LoadBalancer or NodePort Service exposes the workload outside the cluster",
    },
    {
      expression: "!has(object.spec.externalIPs) || size(object.spec.externalIPs) == 0",
      message: "Service external IPs expose the workload outside the cluster",
    },
  ],
};

/** Ports that must never be open to the internet: the API, bolt, PostgreSQL. */
const SENSITIVE_PORTS = [8000, 7687, 5432];

/** §12.2 / §12.6: do not expose 8000 (or the databases) directly. */
export const noDirectExposure: Control = {
  id: "MESHQ-NET-2",
  section: "12.2",
  title: "The API and the database are not exposed directly",
  checks:
    "No Kubernetes Service is LoadBalancer or NodePort or has external IPs; no security-group rule opens 8000, 7687 or 5432 to the internet; no RDS instance is publicly accessible.",
  scope:
    "Services of every spelling (kubernetes_service, _v1, kubernetes_manifest). Every security-group rule form: aws_security_group_rule, inline ingress blocks of aws_security_group and aws_default_security_group, aws_vpc_security_group_ingress_rule; a port range or protocol -1 that covers a listed port counts. aws_db_instance and aws_rds_cluster_instance publicly_accessible. A type, port, protocol, CIDR or prefix list the guard cannot know, on a rule that may open a listed port, is a finding.",
  checkov: ["CKV_AWS_260", "CKV_AWS_277", "CKV_AWS_17"],
  unseen:
    "Fails. On a rule that may open a listed port, a type, port, protocol or CIDR the guard cannot know, and any prefix list (its ranges are not in the configuration), is a finding; so is a Service type, external IP or publicly_accessible it cannot know. A security group outside the stack is only reachable from the internet through rules or a public database, and both are judged here.",
  enforcedBy: ["SecureMeshApi.props.ingressMode", "SecureMeshApi.props.allowedCidrs", "EncryptedPostgres.props.subnetIds"],
  provenBy: ["test/guard/controls/network.test.ts", "test/guard/mutations/network.ts", "test/guard/plan.test.ts"],
  admission: serviceAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const services = view.kube("Service");
    const rules = view.securityGroupRules();
    const databases = view.resources("aws_db_instance", "aws_rds_cluster_instance");
    if (services.length === 0 && rules.length === 0 && databases.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const s of services) {
      const spec = StackView.spec(s);
      out.push(
        ...judgeValue(view, s.address, "spec.type", spec.type ?? "ClusterIP", (t) =>
          ["LoadBalancer", "NodePort"].includes(String(t)) ? `Service type ${t} exposes the workload outside the cluster` : undefined,
        ),
        ...judgeValue(view, s.address, "spec.external_ips", spec.external_ips ?? [], (ips) =>
          many(ips).length > 0 ? "Service external IPs expose the workload outside the cluster" : undefined,
        ),
      );
    }
    for (const r of rules) {
      if (r.direction === "egress") continue;
      const where = r.where ? ` (${r.where})` : "";
      const portsKnown = r.allPorts || (r.fromPort !== undefined && r.toPort !== undefined);
      const opensSensitive = r.allPorts || SENSITIVE_PORTS.some((p) => r.fromPort! <= p && p <= r.toPort!);
      const world = r.cidrs.some(isWorld);
      const sourcesUnknown = r.unknown.some((u) => /^(cidr|ipv6|prefix)/.test(u));
      if ((opensSensitive || !portsKnown) && (world || sourcesUnknown) && r.unknown.length > 0) {
        out.push({
          address: r.address,
          message: view.cannotKnow(`security group rule${where} may open ${SENSITIVE_PORTS.join("/")}: ${r.unknown.join(", ")}`),
        });
      } else if (opensSensitive && world) {
        const ports = r.allPorts ? "all ports" : `ports ${r.fromPort}-${r.toPort}`;
        out.push({ address: r.address, message: `${ports} open to the internet${where}` });
      }
    }
    for (const db of databases) {
      out.push(
        ...judgeValue(view, db.address, "publicly_accessible", db.config.publicly_accessible ?? false, (v) =>
          isTrue(v) ? "the database is publicly accessible" : undefined,
        ),
      );
    }
    return out;
  },
};
