import { generateKey, isWellFormedKey, settingsFromEnv } from "../../lib/keys/rotation/handler";

test("default keys have the strength of openssl rand -hex 32", () => {
  const keys = new Set(Array.from({ length: 50 }, () => generateKey(64, "hex")));
  expect(keys.size).toBe(50);
  for (const k of keys) expect(k).toMatch(/^[0-9a-f]{64}$/);
});

test("odd lengths and alphanumeric keys", () => {
  expect(generateKey(33, "hex")).toMatch(/^[0-9a-f]{33}$/);
  const k = generateKey(40, "alphanumeric");
  expect(isWellFormedKey(k, { keyLength: 40, alphabet: "alphanumeric" })).toBe(true);
  expect(isWellFormedKey(k + "!", { keyLength: 41, alphabet: "alphanumeric" })).toBe(false);
});

test("keys shorter than 32 characters are never generated", () => {
  expect(() => generateKey(31, "hex")).toThrow(/outside 32..4096/);
});

test("settings come from the environment with safe defaults", () => {
  // no SECRET_ARNS: an empty allow-list, which the function treats as "nothing allowed"
  expect(settingsFromEnv({})).toEqual({ keyLength: 64, alphabet: "hex", allowedSecretArns: [], overlapHours: 24 });
  expect(settingsFromEnv({ KEY_LENGTH: "40", KEY_ALPHABET: "alphanumeric", SECRET_ARNS: "a,b", OVERLAP_HOURS: "6" })).toEqual({
    keyLength: 40,
    alphabet: "alphanumeric",
    allowedSecretArns: ["a", "b"],
    overlapHours: 6,
  });
  expect(() => settingsFromEnv({ OVERLAP_HOURS: "soon" })).toThrow(/invalid OVERLAP_HOURS/);
  expect(() => settingsFromEnv({ KEY_ALPHABET: "base64" })).toThrow(/unknown KEY_ALPHABET/);
});
