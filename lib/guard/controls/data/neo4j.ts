/** §12.6: Neo4j authentication and bolt+s, and port 7687 only from the API. */
import { Control, Finding, many, NOT_APPLICABLE } from "../../model";
import { PodView, StackView, viewOf } from "../../view";
import { admitsPort, policiesSelecting } from "../network/policies";
import { isFalse, judgeEach, judgeValue } from "../rules";

const BOLT_PORT = 7687;

/** The pods that run Neo4j: a container named neo4j with a neo4j image. */
export const neo4jPods = (view: StackView): PodView[] =>
  view
    .pods()
    .filter(
      (p) =>
        p.object.kind !== "EnvPatch" &&
        p.containers.some((c) => c.name === "neo4j" && /(^|\/)neo4j[:@]/.test(String(view.literal(c.config.image) ?? ""))),
    );

/** §12.6: Neo4j authentication on, bolt encrypted. */
export const neo4jAuthTls: Control = {
  id: "MESHQ-DATA-1",
  section: "12.6",
  title: "Neo4j authentication on and bolt+s",
  checks:
    "Neo4j gets NEO4J_AUTH from a Secret (never a literal, never 'none'), requires TLS on bolt, and has the plaintext HTTP connector off; clients connect with bolt+s:// or neo4j+s://.",
  scope:
    "Workloads of every kind and spelling with a container named neo4j running a neo4j image, with kubernetes_env patches; NEO4J_URI of every container. A setting the guard cannot know is a finding.",
  enforcedBy: ["EncryptedNeo4j.props.certificateIssuer", "EncryptedNeo4j.props.httpsBrowser", "EncryptedNeo4j.props.api"],
  provenBy: ["test/guard/controls.test.ts", "test/guard/mutate.ts"],
  rule: (tf) => {
    const view = viewOf(tf);
    const pods = neo4jPods(view);
    const uris = apiNeo4jUris(view);
    if (pods.length === 0 && uris.length === 0) return NOT_APPLICABLE;
    const out: Finding[] = [];
    for (const pod of pods) {
      const c = pod.containers.find((x) => x.name === "neo4j")!;
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
    "NetworkPolicies of either spelling whose pod selector may select the Neo4j pods (a selector or namespace the guard cannot know may). Which pods may be peers is MESHQ-NET-7's: this control only refuses peers that are not pod selectors.",
  enforcedBy: ["EncryptedNeo4j.props.api", "EncryptedNeo4j.props.networkPolicyEnforcement"],
  provenBy: ["test/guard/controls.test.ts", "test/guard/mutate.ts"],
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
