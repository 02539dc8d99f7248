export * from "./secret-source";
export * from "./external-secrets";
