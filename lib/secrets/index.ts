export * from "./secret-source";
export * from "./secret-base";
export * from "./external-secrets";
export * from "./managed-secret";
