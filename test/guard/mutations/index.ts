import { API_KEY_MUTATIONS } from "./api-keys";
import { DATA_MUTATIONS } from "./data";
import { Mutation } from "./harness";
import { LEAST_PRIVILEGE_MUTATIONS } from "./least-privilege";
import { IDENTITY_MUTATIONS } from "./identities";
import { IMAGE_MUTATIONS } from "./images";
import { NETWORK_MUTATIONS } from "./network";
import { POD_MUTATIONS } from "./pods";
import { RBAC_AUDIT_MUTATIONS } from "./rbac-audit";
import { SECRETS_MUTATIONS } from "./secrets";

/** Every family's weakenings, by the family's name in lib/guard/controls. */
export const MUTATIONS_BY_FAMILY: Readonly<Record<string, readonly Mutation[]>> = {
  "api-keys": API_KEY_MUTATIONS,
  network: NETWORK_MUTATIONS,
  pods: POD_MUTATIONS,
  images: IMAGE_MUTATIONS,
  secrets: SECRETS_MUTATIONS,
  "rbac-audit": RBAC_AUDIT_MUTATIONS,
  data: DATA_MUTATIONS,
  "least-privilege": LEAST_PRIVILEGE_MUTATIONS,
  identities: IDENTITY_MUTATIONS,
};

/** The whole suite. */
export const MUTATIONS: readonly Mutation[] = Object.values(MUTATIONS_BY_FAMILY).flat();
