/**
 * What the cache construct and its token rotation function share: token limits and the staging
 * label. This module is packaged into the rotation function's asset: it must import nothing.
 */

/** Staging label of the version whose token is the only one the cache accepts. */
export const SOLE_TOKEN_STAGE = "MESHQ_SOLE_TOKEN";

/** Smallest token length the library generates (ElastiCache accepts 16 to 128). */
export const MIN_TOKEN_LENGTH = 32;
/** Largest token ElastiCache accepts. */
export const MAX_TOKEN_LENGTH = 128;
