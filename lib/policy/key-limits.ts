/**
 * Limits of generated API keys, shared by the constructs, the guard and the rotation function.
 * This module is packaged into the rotation function's asset: it must import nothing.
 */

/** Smallest key length the library accepts (security guide §12.1). */
export const MIN_KEY_LENGTH = 32;
/** Largest key length Secrets Manager values comfortably hold for an API key. */
export const MAX_KEY_LENGTH = 4096;

/**
 * Alphabet of generated keys. Defined here, once, for the construct and the rotation function
 * (which receives it as the `KEY_ALPHABET` environment variable).
 */
export enum KeyAlphabet {
  /** Hex digits, like `openssl rand -hex 32` (the security guide's example). */
  HEX = "hex",
  /** A–Z, a–z, 0–9. */
  ALPHANUMERIC = "alphanumeric",
}

/** The value of a {@link KeyAlphabet} as a string, as the rotation function's environment carries it. */
export type KeyAlphabetValue = `${KeyAlphabet}`;

/** Rule: a string names a {@link KeyAlphabet}. */
export function isKeyAlphabet(value: string): value is KeyAlphabetValue {
  return (Object.values(KeyAlphabet) as string[]).includes(value);
}
