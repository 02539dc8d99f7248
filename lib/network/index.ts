export * from "../core/endpoint";
export * from "./enforcement";
export * from "./network-model";
export * from "../policy/network-record";
export * from "./moved";
