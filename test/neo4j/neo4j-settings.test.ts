import { BOLT_PORT, HTTPS_PORT, neo4jSettings } from "../../lib/neo4j/neo4j-settings";
import { NEO4J_RUN_DIR, NEO4J_TLS_DIR } from "../../lib/neo4j/image-contract";

describe("neo4jSettings", () => {
  test("defaults: bolt with TLS required, HTTP and HTTPS off, authentication on, 1G heap and page cache", () => {
    const s = neo4jSettings();
    expect(s).toMatchObject({
      NEO4J_server_bolt_enabled: "true",
      NEO4J_server_bolt_tls__level: "REQUIRED",
      NEO4J_server_bolt_listen__address: `0.0.0.0:${BOLT_PORT}`,
      NEO4J_dbms_ssl_policy_bolt_enabled: "true",
      NEO4J_dbms_ssl_policy_bolt_base__directory: NEO4J_TLS_DIR,
      NEO4J_dbms_ssl_policy_bolt_client__auth: "NONE",
      NEO4J_dbms_ssl_policy_bolt_tls__versions: "TLSv1.3,TLSv1.2",
      NEO4J_server_http_enabled: "false",
      NEO4J_server_https_enabled: "false",
      NEO4J_server_memory_heap_initial__size: "1G",
      NEO4J_server_memory_heap_max__size: "1G",
      NEO4J_server_memory_pagecache_size: "1G",
      NEO4J_server_directories_run: NEO4J_RUN_DIR,
      NEO4J_dbms_security_auth__enabled: "true",
      NEO4J_dbms_usage__report_enabled: "false",
    });
    expect(Object.keys(s).filter((k) => k.includes("https"))).toEqual(["NEO4J_server_https_enabled"]);
    expect(s).not.toHaveProperty("NEO4J_AUTH");
  });

  test("the HTTPS browser gets its own SSL policy and listen address; plain HTTP stays off", () => {
    const s = neo4jSettings({ httpsBrowser: true });
    expect(s).toMatchObject({
      NEO4J_server_https_enabled: "true",
      NEO4J_server_https_listen__address: `0.0.0.0:${HTTPS_PORT}`,
      NEO4J_dbms_ssl_policy_https_enabled: "true",
      NEO4J_dbms_ssl_policy_https_tls__versions: "TLSv1.3,TLSv1.2",
      NEO4J_server_http_enabled: "false",
    });
  });

  test("heap sets the initial and maximum size; page cache its own", () => {
    const s = neo4jSettings({ memory: { heapSize: "4G", pageCacheSize: "8G", containerMemory: "16Gi" } });
    expect(s.NEO4J_server_memory_heap_initial__size).toBe("4G");
    expect(s.NEO4J_server_memory_heap_max__size).toBe("4G");
    expect(s.NEO4J_server_memory_pagecache_size).toBe("8G");
  });

  test("every value is a literal string", () => {
    for (const value of Object.values(neo4jSettings({ httpsBrowser: true }))) expect(typeof value).toBe("string");
  });
});
