/** The network controls of §12.2: listeners, exposure, the load balancer and NetworkPolicies. */
import { Control } from "../../model";
import { noDirectExposure } from "./exposure";
import { registeredFlows } from "./flows";
import { hsts, tls12, tlsProxy } from "./listeners";
import { albHardening } from "./load-balancer";
import { defaultDeny, rulePorts } from "./policies";
import { storeSources } from "./store-sources";

export { noDirectExposure } from "./exposure";
export { registeredFlows } from "./flows";
export { hsts, tls12, tlsProxy } from "./listeners";
export { albHardening } from "./load-balancer";
export { admitsPort, defaultDeny, policiesSelecting, rulePorts } from "./policies";
export { storeSources } from "./store-sources";

/** The network controls, in the catalogue's order. */
export const NETWORK_CONTROLS: Control[] = [
  tlsProxy,
  noDirectExposure,
  tls12,
  hsts,
  defaultDeny,
  albHardening,
  registeredFlows,
  rulePorts,
  storeSources,
];
