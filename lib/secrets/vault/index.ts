export * from "./vault-store";
export * from "./vault-secret";
export * from "./vault-secret-rotation";
