/**
 * SCRAM-SHA-256 (RFC 5802, RFC 7677) as PostgreSQL uses it, without channel binding: the client's
 * messages of the exchange and the check of the server's signature, and the verifier PostgreSQL
 * stores for a password.
 *
 * Packaged into the rotation function's asset: imports nothing but node: built-ins.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

const hmac = (key: Buffer, data: string): Buffer => createHmac("sha256", key).update(data).digest();
const salted = (password: string, salt: Buffer, iterations: number): Buffer =>
  pbkdf2Sync(password.normalize("NFKC"), salt, iterations, 32, "sha256");

/** The client-first message (`n,,n=,r=<nonce>`; PostgreSQL takes the user from the startup message). */
export function clientFirst(): { message: string; nonce: string; bare: string } {
  const nonce = randomBytes(18).toString("base64");
  const bare = `n=,r=${nonce}`;
  return { message: `n,,${bare}`, nonce, bare };
}

/**
 * The client-final message for the server-first message, and the server signature the server-final
 * message must carry. Refuses a server nonce that does not extend the client's, and fewer than 4096
 * iterations.
 */
export function clientFinal(
  password: string,
  first: { nonce: string; bare: string },
  serverFirst: string,
): { message: string; serverSignature: Buffer } {
  const attrs = Object.fromEntries(serverFirst.split(",").map((kv) => [kv[0], kv.slice(2)]));
  if (!attrs.r?.startsWith(first.nonce) || !attrs.s || !attrs.i) throw new Error("malformed SCRAM server-first message");
  const iterations = Number(attrs.i);
  if (!Number.isInteger(iterations) || iterations < 4096) throw new Error(`SCRAM iteration count ${attrs.i} is below 4096`);
  const key = salted(password, Buffer.from(attrs.s, "base64"), iterations);
  const clientKey = hmac(key, "Client Key");
  const storedKey = createHash("sha256").update(clientKey).digest();
  const withoutProof = `c=biws,r=${attrs.r}`;
  const authMessage = `${first.bare},${serverFirst},${withoutProof}`;
  const signature = hmac(storedKey, authMessage);
  const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i]));
  return { message: `${withoutProof},p=${proof.toString("base64")}`, serverSignature: hmac(hmac(key, "Server Key"), authMessage) };
}

/** Checks the server-final message (`v=<signature>`): a server that does not know the verifier cannot sign. */
export function checkServerFinal(serverFinal: string, serverSignature: Buffer): void {
  const received = Buffer.from(serverFinal.startsWith("v=") ? serverFinal.slice(2) : "", "base64");
  if (received.length !== serverSignature.length || !timingSafeEqual(received, serverSignature)) {
    throw new Error("the server's SCRAM signature does not match: not the expected server");
  }
}

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password
 * (`SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`). `ALTER ROLE … PASSWORD` with a
 * verifier sets the password without the clear text ever reaching the server or its statement
 * log, as psql's `\password` does.
 */
export function scramVerifier(password: string, iterations = 4096, salt: Buffer = randomBytes(16)): string {
  const key = salted(password, salt, iterations);
  const storedKey = createHash("sha256").update(hmac(key, "Client Key")).digest();
  const serverKey = hmac(key, "Server Key");
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey.toString("base64")}:${serverKey.toString("base64")}`;
}
