/** The cache controls of §12.6: ElastiCache encrypted, authenticated by RBAC users from its creation, and private. */
import { Control } from "../../model";
import { cacheAuthentication, cacheUserRotation } from "./authentication";
import { cacheAtRestEncryption, cacheSnapshots, cacheTransitEncryption } from "./encryption";
import { cacheNotPublic, cacheReachability } from "./reachability";

export { cacheAuthentication, cacheUserRotation } from "./authentication";
export { cacheAtRestEncryption, cacheSnapshots, cacheTransitEncryption } from "./encryption";
export { cacheNotPublic, cacheReachability } from "./reachability";

/** The cache controls, in the catalogue's order. */
export const CACHE_CONTROLS: Control[] = [
  cacheTransitEncryption,
  cacheAtRestEncryption,
  cacheAuthentication,
  cacheNotPublic,
  cacheSnapshots,
  cacheReachability,
  cacheUserRotation,
];
