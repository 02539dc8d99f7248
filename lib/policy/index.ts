// The policy layer: pure rules and constants shared by props validation and the guard.
export * from "./tls";
export * from "./key-limits";
export * from "./hec";
export * from "./rbac";
export * from "./secrets";
export * from "./cache-users";
export * from "./network-record";
export * from "./inputs";
export * from "./markers";
export * from "./cluster-access";
