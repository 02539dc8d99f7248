/**
 * Limits of generated API keys, shared by the constructs, the guard and the rotation function.
 * This module is packaged into the rotation function's asset: it must import nothing.
 */

/** Smallest key length the library accepts (security guide §12.1). */
export const MIN_KEY_LENGTH = 32;
/** Largest key length Secrets Manager values comfortably hold for an API key. */
export const MAX_KEY_LENGTH = 4096;
