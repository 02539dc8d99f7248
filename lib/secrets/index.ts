export * from "./secret-source";
export * from "./external-secrets";
export * from "./managed-secret";
