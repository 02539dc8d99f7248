import { NEO4J_RUN_DIR, NEO4J_TLS_DIR } from "./image-contract";

/** The bolt port. */
export const BOLT_PORT = 7687;
/** The HTTPS browser port (only with `httpsBrowser`). */
export const HTTPS_PORT = 7473;
/** UID of the official Neo4j image. */
export const NEO4J_UID = 7474;

/** Neo4j memory settings. */
export interface Neo4jMemory {
  /** @default "1G" */
  readonly heapSize?: string;
  /** @default "1G" */
  readonly pageCacheSize?: string;
  /** Container memory request and limit. @default "3Gi" */
  readonly containerMemory?: string;
  /** @default "500m" */
  readonly cpuRequest?: string;
  /** @default "2" */
  readonly cpuLimit?: string;
}

/** What the server configuration depends on. */
export interface Neo4jSettingsOptions {
  /** @default - see Neo4jMemory */
  readonly memory?: Neo4jMemory;
  /** Also serve Neo4j Browser over HTTPS. @default false */
  readonly httpsBrowser?: boolean;
}

/** One SSL policy of the server: the mounted certificate, TLS 1.2/1.3, no client authentication. */
function sslPolicy(policy: string): Record<string, string> {
  return {
    [`NEO4J_dbms_ssl_policy_${policy}_enabled`]: "true",
    [`NEO4J_dbms_ssl_policy_${policy}_base__directory`]: NEO4J_TLS_DIR,
    [`NEO4J_dbms_ssl_policy_${policy}_private__key`]: "private.key",
    [`NEO4J_dbms_ssl_policy_${policy}_public__certificate`]: "public.crt",
    [`NEO4J_dbms_ssl_policy_${policy}_trusted__dir`]: "trusted",
    [`NEO4J_dbms_ssl_policy_${policy}_client__auth`]: "NONE",
    [`NEO4J_dbms_ssl_policy_${policy}_tls__versions`]: "TLSv1.3,TLSv1.2",
  };
}

/**
 * The server configuration, as the `NEO4J_*` environment variables the image's entrypoint writes
 * to neo4j.conf: bolt with TLS required, HTTP off (HTTPS only with the browser), authentication on,
 * usage reports off, memory, and writable directories on a read-only root. NEO4J_AUTH (the initial
 * password) is not among them: it comes from a Secret.
 */
export function neo4jSettings(options: Neo4jSettingsOptions = {}): Record<string, string> {
  const memory = options.memory ?? {};
  const browser = options.httpsBrowser ?? false;
  return {
    NEO4J_server_bolt_enabled: "true",
    NEO4J_server_bolt_tls__level: "REQUIRED",
    NEO4J_server_bolt_listen__address: `0.0.0.0:${BOLT_PORT}`,
    ...sslPolicy("bolt"),
    NEO4J_server_http_enabled: "false",
    NEO4J_server_https_enabled: browser ? "true" : "false",
    ...(browser ? { ...sslPolicy("https"), NEO4J_server_https_listen__address: `0.0.0.0:${HTTPS_PORT}` } : {}),
    NEO4J_server_memory_heap_initial__size: memory.heapSize ?? "1G",
    NEO4J_server_memory_heap_max__size: memory.heapSize ?? "1G",
    NEO4J_server_memory_pagecache_size: memory.pageCacheSize ?? "1G",
    NEO4J_server_directories_logs: "/logs",
    // The image's entrypoint defaults server.directories.run to /run, which is read-only here.
    NEO4J_server_directories_run: NEO4J_RUN_DIR,
    NEO4J_dbms_security_auth__enabled: "true",
    NEO4J_dbms_usage__report_enabled: "false",
  };
}
