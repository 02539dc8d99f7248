/** §12.6: Neo4j authentication and bolt+s, and port 7687 only from the API. */
import { DEFAULT_CONTAINER_ANNOTATION, Role, ROLE_KEY } from "../../../policy/markers";
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
import { ContainerView, PodView, StackView, viewOf } from "../../view";
import { podHasRole, roleContainer } from "../roles";
import { admitsPort, policiesSelecting } from "../network/policies";
import { isFalse, judgeEach, judgeValue } from "../rules";
import { AdmissionForm, CONTAINERS_VARIABLE, POD_SPEC_VARIABLE, WORKLOAD_MATCH } from "../../admission/model";
import { CEL_PINS_KEPT, celEnvFromSecret, celEnvLiteral, celPinsVariable } from "../../admission/cel";

/** DATA-1 in the cluster: Neo4j keeps authentication from a Secret, bolt TLS required, HTTP off; clients keep bolt+s. */
const neo4jAdmission: AdmissionForm = {
  match: WORKLOAD_MATCH,
  fix: "keep NEO4J_AUTH from a Secret, NEO4J_server_bolt_tls__level=REQUIRED, NEO4J_server_http_enabled=false and bolt+s:// URIs, as EncryptedNeo4j sets them",
  pinnedEnv: ["NEO4J_AUTH", "NEO4J_server_bolt_tls__level", "NEO4J_server_http_enabled", "NEO4J_URI"],
  variables: (params) => [
    POD_SPEC_VARIABLE,
    CONTAINERS_VARIABLE,
    celPinsVariable(params.envPins.filter((p) => p.control === "MESHQ-DATA-1")),
  ],
  checks: () => [
    { expression: celEnvFromSecret("NEO4J_AUTH"), message: "NEO4J_AUTH is not read from a Secret" },
    { expression: celEnvLiteral("NEO4J_server_bolt_tls__level", "e.value == 'REQUIRED'"), message: "bolt TLS is not REQUIRED" },
    {
      expression: celEnvLiteral("NEO4J_server_http_enabled", "e.value.lowerAscii() == 'false'"),
      message: "the plaintext HTTP connector is on",
    },
    {
      expression: celEnvLiteral("NEO4J_dbms_security_auth__enabled", "e.value.lowerAscii() != 'false'"),
      message: "authentication is disabled",
    },
    {
      expression: celEnvLiteral("NEO4J_URI", "e.value.matches('^(bolt|neo4j)\\\\+s://')"),
      message: "NEO4J_URI is not bolt+s:// or neo4j+s://",
    },
    { expression: CEL_PINS_KEPT, message: "a Neo4j security setting of the stack was removed or changed" },
  ],
};

const BOLT_PORT = 7687;

/** A Neo4j server pod: its Neo4j container, or why that container cannot be told. */
export interface Neo4jServer {
  readonly pod: PodView;
  readonly container?: ContainerView;
  readonly problem?: string;
}

/** Kinds whose pods run to completion: a Neo4j image there is a client (the password rotator), not the server. */
const RUN_TO_COMPLETION = ["Job", "CronJob"];

/** True when a container runs a Neo4j image, or one the guard cannot know (it may be Neo4j: fail closed). */
const runsNeo4j = (view: StackView, c: ContainerView): boolean =>
  view.unknown(c.config.image) !== undefined || /(^|\/)neo4j[:@]/.test(String(view.literal(c.config.image) ?? ""));

/**
 * The Neo4j servers: every pod marked as Neo4j, with the container its default-container annotation
 * names (or its only container); and every other long-running workload with a container (not an
 * init container) running a Neo4j image, marked or not.
 */
export function neo4jServers(view: StackView): Neo4jServer[] {
  const out: Neo4jServer[] = [];
  for (const pod of view.pods().filter((p) => p.object.kind !== "EnvPatch")) {
    if (podHasRole(view, pod, Role.NEO4J)) {
      const found = roleContainer(view, pod, Role.NEO4J);
      out.push("container" in found ? { pod, container: found.container } : { pod, problem: found.problem });
      continue;
    }
    if (RUN_TO_COMPLETION.includes(pod.object.kind)) continue;
    const c = pod.containers.find((x) => !x.init && runsNeo4j(view, x));
    if (c) out.push({ pod, container: c });
  }
  return out;
}

/** The pods that run the Neo4j server (see {@link neo4jServers}). */
export const neo4jPods = (view: StackView): PodView[] => neo4jServers(view).map((s) => s.pod);

/** §12.6: Neo4j authentication on, bolt encrypted. */
export const neo4jAuthTls: Control = {
  id: "MESHQ-DATA-1",
  section: "12.6",
  title: "Neo4j authentication on and bolt+s",
  checks:
    "Neo4j gets NEO4J_AUTH from a Secret (never a literal, never 'none'), requires TLS on bolt, and has the plaintext HTTP connector off; clients connect with bolt+s:// or neo4j+s://.",
  scope: `Workloads of every kind and spelling whose pod template or object is labelled ${ROLE_KEY}=${Role.NEO4J}: the container its ${DEFAULT_CONTAINER_ANNOTATION} annotation names, or the only one (a marked pod whose Neo4j container cannot be told is a finding). Every other workload that is not a Job or CronJob with a container (not an init container) running a neo4j image, or an image the guard cannot know, is judged as Neo4j too, so removing or changing the label does not take the server out of scope. kubernetes_env patches apply; NEO4J_URI of every container.`,
  unseen:
    "Fails. A setting the guard cannot know is a finding, and so is a marked pod whose Neo4j container cannot be told. A long-running workload whose image the guard cannot know (a variable, a computed attribute) may be Neo4j, and is judged as Neo4j here and in MESHQ-DATA-2 and MESHQ-DATA-5.",
  enforcedBy: ["EncryptedNeo4j.props.certificateIssuer", "EncryptedNeo4j.props.httpsBrowser", "EncryptedNeo4j.props.api"],
  provenBy: ["test/guard/controls/data.test.ts", "test/guard/mutations/data.ts"],
  admission: neo4jAdmission,
  rule: (tf) => {
    const view = viewOf(tf);
    const servers = neo4jServers(view);
    const uris = apiNeo4jUris(view);
    if (servers.length === 0 && uris.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const { pod, container: c, problem } of servers) {
      if (!c) {
        out.push({ address: pod.address, message: problem! });
        continue;
      }
      const env = new Map(c.env.map((e) => [e.name, e]));
      const setting = (name: string, problem: (v: any) => string | undefined, fallback: unknown = null) =>
        out.push(
          ...judgeValue(
            view,
            env.get(name)?.source ?? pod.address,
            name,
            env.get(name)?.hasValue ? env.get(name)!.value : fallback,
            problem,
          ),
        );
      if (!env.get("NEO4J_AUTH")?.fromSecret)
        out.push({ address: env.get("NEO4J_AUTH")?.source ?? pod.address, message: "NEO4J_AUTH is not read from a Secret" });
      setting("NEO4J_server_bolt_tls__level", (v) => (v === "REQUIRED" ? undefined : "bolt TLS is not REQUIRED"));
      setting("NEO4J_server_http_enabled", (v) => (isFalse(v) ? undefined : "the plaintext HTTP connector is on"));
      setting("NEO4J_dbms_security_auth__enabled", (v) => (isFalse(v) ? "authentication is disabled" : undefined), "true");
    }
    for (const { address, value } of uris) {
      out.push(
        ...judgeValue(view, address, "NEO4J_URI", value, (uri) =>
          /^(bolt|neo4j)\+s:\/\//.test(String(uri)) ? undefined : `NEO4J_URI ${uri} is not bolt+s:// or neo4j+s://`,
        ),
      );
    }
    return out;
  },
};

/** §12.6: 7687 only from the API. */
export const neo4jReachability: Control = {
  id: "MESHQ-DATA-2",
  section: "12.6",
  title: "Neo4j port 7687 reachable only from the API",
  checks:
    "NetworkPolicies that select Neo4j admit 7687 (explicitly, by range or name, or by a rule without ports) only from pod selectors that name pods (the API and the construct's password rotator), never from IP ranges, every pod or whole namespaces; no Service exposes 7687 outside the cluster (MESHQ-NET-2).",
  scope:
    "NetworkPolicies of either spelling whose pod selector may select the Neo4j pods (found as MESHQ-DATA-1 finds them; a selector or namespace the guard cannot know may). Which pods may be peers is MESHQ-NET-7's: this control only refuses peers that are not pod selectors.",
  unseen:
    "Fails. A selector or namespace the guard cannot know is taken to select the Neo4j pods, and a peer that is not a pod selector (an IP range, every pod, whole namespaces) is a finding whether its value is known or not. A workload whose image cannot be known counts as Neo4j (MESHQ-DATA-1).",
  enforcedBy: ["EncryptedNeo4j.props.api", "EncryptedNeo4j.props.networkPolicyEnforcement"],
  provenBy: ["test/guard/controls/data.test.ts", "test/guard/mutations/data.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    return judgeEach(neo4jPods(view), (pod) => {
      const out: Finding[] = [];
      const labels = (view.literal(pod.metadata.labels) ?? {}) as Record<string, string>;
      const names = pod.containers.flatMap((c) =>
        many(c.config.port)
          .filter((p: any) => Number(p?.container_port) === BOLT_PORT)
          .map((p: any) => String(p.name)),
      );
      for (const p of policiesSelecting(view, pod.namespace, labels)) {
        if (!p.types.includes("Ingress")) continue;
        for (const rule of p.ingress.filter((r) => admitsPort(r, BOLT_PORT, names))) {
          const wide =
            rule.peers.length === 0 ||
            rule.peers.some(
              (peer) => !!peer.unknown || peer.cidr !== undefined || !peer.pods || Object.keys(peer.pods.labels).length === 0,
            );
          if (wide)
            out.push({
              address: p.address,
              message: `ingress rule ${rule.index} admits 7687 from IP ranges, every pod or whole namespaces`,
            });
        }
      }
      return out;
    });
  },
};

/** NEO4J_URI values handed to every container. */
function apiNeo4jUris(view: StackView): Array<{ address: string; value: unknown }> {
  return view
    .pods()
    .flatMap((p) =>
      p.containers.flatMap((c) =>
        c.env.filter((e) => e.name === "NEO4J_URI" && e.hasValue).map((e) => ({ address: e.source, value: e.value })),
      ),
    );
}
