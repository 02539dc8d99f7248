/**
 * A minimal PostgreSQL client for the application user rotation function: TLS first (the
 * SSLRequest, server certificate verified, host name checked), SCRAM-SHA-256 or MD5 password
 * authentication, and the simple query protocol. The Lambda runtime ships no PostgreSQL driver, and
 * the rotation asset holds only node: built-ins, the AWS SDK and the library's own modules.
 *
 * A connection refuses a server that declines TLS, a certificate that does not verify, a clear-text
 * password request and a SCRAM server signature that does not match: the password never leaves the
 * function in clear, not even inside TLS.
 *
 * Packaged into the function's asset: imports nothing but node: built-ins.
 */
import { createHash } from "node:crypto";
import { connect as netConnect, Socket } from "node:net";
import { connect as tlsConnect, TLSSocket } from "node:tls";
import { checkServerFinal, clientFinal, clientFirst } from "./scram";

/** Where and as whom to connect. */
export interface PgConnectOptions {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  readonly password: string;
  /**
   * PEM certificates the server's must chain to.
   * @default - Node's trust store (with NODE_EXTRA_CA_CERTS, the Lambda runtime's AWS CAs)
   */
  readonly ca?: string;
  /** Milliseconds for the connection and authentication. @default 10000 */
  readonly timeoutMs?: number;
}

/** An error the server reported (ErrorResponse), with its SQLSTATE. */
export class PgError extends Error {
  constructor(
    message: string,
    public readonly code: string | undefined,
  ) {
    super(message);
    this.name = "PgError";
  }
}

/** A row of a simple query: text values, null for SQL NULL. */
export type PgRow = Array<string | null>;

/** One open, authenticated session. */
export interface PgSession {
  /** Runs one statement (simple query protocol) and returns the rows of its result. */
  query(sql: string): Promise<PgRow[]>;
  /** Ends the session (Terminate) and closes the socket. */
  close(): Promise<void>;
}

/** Reads whole protocol messages from a socket. */
class MessageReader {
  private buffer = Buffer.alloc(0);
  private waiting?: { resolve: () => void; reject: (e: Error) => void };
  private failure?: Error;

  constructor(socket: Socket | TLSSocket) {
    socket.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.wake();
    });
    socket.on("error", (e) => this.fail(e));
    socket.on("close", () => this.fail(new Error("the server closed the connection")));
  }

  public fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    if (!w) return;
    if (this.failure && !this.complete()) w.reject(this.failure);
    else w.resolve();
  }

  private complete(): boolean {
    return this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1);
  }

  /** The next message: its type byte and body. */
  public async next(): Promise<{ type: string; body: Buffer }> {
    while (!this.complete()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve, reject) => (this.waiting = { resolve, reject }));
    }
    const length = this.buffer.readInt32BE(1);
    const type = String.fromCharCode(this.buffer[0]);
    const body = this.buffer.subarray(5, 1 + length);
    this.buffer = this.buffer.subarray(1 + length);
    return { type, body };
  }
}

/** A frontend message: type byte (none for the startup message), length, body. */
function message(type: string | undefined, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([...(type ? [Buffer.from(type, "ascii")] : []), length, body]);
}

const cstring = (s: string): Buffer => Buffer.from(`${s}\0`, "utf8");
const int32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

/** The fields of an ErrorResponse or NoticeResponse. */
function errorFields(body: Buffer): Record<string, string> {
  const fields: Record<string, string> = {};
  let i = 0;
  while (i < body.length && body[i] !== 0) {
    const code = String.fromCharCode(body[i]);
    const end = body.indexOf(0, i + 1);
    fields[code] = body.subarray(i + 1, end).toString("utf8");
    i = end + 1;
  }
  return fields;
}

function pgError(body: Buffer): PgError {
  const f = errorFields(body);
  return new PgError(`${f.S ?? "ERROR"}: ${f.M ?? "unknown error"}${f.C ? ` (SQLSTATE ${f.C})` : ""}`, f.C);
}

/** Opens the TCP connection and upgrades it with the SSLRequest; refuses a server without TLS. */
async function tlsSocket(options: PgConnectOptions, timeoutMs: number): Promise<TLSSocket> {
  const tcp = netConnect({ host: options.host, port: options.port });
  tcp.setTimeout(timeoutMs, () => tcp.destroy(new Error(`no answer from ${options.host}:${options.port} within ${timeoutMs} ms`)));
  const answer = await new Promise<Buffer>((resolve, reject) => {
    tcp.once("error", reject);
    tcp.once("close", () => reject(new Error(`${options.host}:${options.port} closed the connection`)));
    tcp.once("data", resolve);
    tcp.once("connect", () => tcp.write(Buffer.concat([int32(8), int32(80877103)])));
  }).catch((e) => {
    tcp.destroy();
    throw e;
  });
  if (answer.length !== 1 || answer[0] !== "S".charCodeAt(0)) {
    tcp.destroy();
    throw new Error(`${options.host}:${options.port} does not accept TLS; refusing to send credentials`);
  }
  const socket = tlsConnect({
    socket: tcp,
    servername: /^[0-9.]+$/.test(options.host) ? undefined : options.host,
    host: options.host,
    ca: options.ca,
    rejectUnauthorized: true,
    minVersion: "TLSv1.2",
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("secureConnect", resolve);
    socket.once("error", reject);
  }).catch((e) => {
    socket.destroy();
    tcp.destroy();
    throw e;
  });
  tcp.setTimeout(0);
  return socket;
}

/** The SCRAM-SHA-256 exchange on the connection. */
async function scram(socket: TLSSocket, reader: MessageReader, password: string, mechanisms: string[]): Promise<void> {
  if (!mechanisms.includes("SCRAM-SHA-256")) throw new Error(`the server offers ${mechanisms.join(", ")}, not SCRAM-SHA-256`);
  const first = clientFirst();
  const firstBytes = Buffer.from(first.message, "utf8");
  socket.write(message("p", cstring("SCRAM-SHA-256"), int32(firstBytes.length), firstBytes));
  const final = clientFinal(password, first, (await expectAuth(reader, 11)).toString("utf8"));
  socket.write(message("p", Buffer.from(final.message, "utf8")));
  checkServerFinal((await expectAuth(reader, 12)).toString("utf8"), final.serverSignature);
}

/** The next Authentication message of the given code; an ErrorResponse is thrown. */
async function expectAuth(reader: MessageReader, code: number): Promise<Buffer> {
  const m = await reader.next();
  if (m.type === "E") throw pgError(m.body);
  if (m.type !== "R" || m.body.readInt32BE(0) !== code) throw new Error(`unexpected message ${m.type} during authentication`);
  return m.body.subarray(4);
}

/** Opens an authenticated session over TLS. */
export async function pgConnect(options: PgConnectOptions): Promise<PgSession> {
  const timeoutMs = options.timeoutMs ?? 10000;
  const socket = await tlsSocket(options, timeoutMs);
  const reader = new MessageReader(socket);
  const timer = setTimeout(() => reader.fail(new Error(`authentication took longer than ${timeoutMs} ms`)), timeoutMs);
  try {
    socket.write(
      message(
        undefined,
        int32(196608),
        cstring("user"),
        cstring(options.user),
        cstring("database"),
        cstring(options.database),
        cstring("application_name"),
        cstring("meshoptixiq-rotation"),
        Buffer.from([0]),
      ),
    );
    for (;;) {
      const m = await reader.next();
      if (m.type === "E") throw pgError(m.body);
      if (m.type === "R") {
        const code = m.body.readInt32BE(0);
        if (code === 0) continue; // AuthenticationOk
        if (code === 10) {
          const mechanisms = m.body.subarray(4).toString("utf8").split("\0").filter(Boolean);
          await scram(socket, reader, options.password, mechanisms);
        } else if (code === 5) {
          const salt = m.body.subarray(4, 8);
          const inner = createHash("md5")
            .update(options.password + options.user)
            .digest("hex");
          const outer = createHash("md5")
            .update(Buffer.concat([Buffer.from(inner), salt]))
            .digest("hex");
          socket.write(message("p", cstring(`md5${outer}`)));
        } else {
          throw new Error(`the server asks for authentication method ${code}; only SCRAM-SHA-256 and MD5 are used`);
        }
      } else if (m.type === "Z") {
        break;
      }
      // ParameterStatus, BackendKeyData, NoticeResponse: nothing to do
    }
  } catch (e) {
    socket.destroy();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  return session(socket, reader);
}

function session(socket: TLSSocket, reader: MessageReader): PgSession {
  return {
    async query(sql: string): Promise<PgRow[]> {
      socket.write(message("Q", cstring(sql)));
      const rows: PgRow[] = [];
      let failure: PgError | undefined;
      for (;;) {
        const m = await reader.next();
        if (m.type === "D") rows.push(dataRow(m.body));
        else if (m.type === "E") failure = pgError(m.body);
        else if (m.type === "Z") break;
      }
      if (failure) throw failure;
      return rows;
    },
    async close(): Promise<void> {
      await new Promise<void>((resolve) => {
        socket.once("close", () => resolve());
        socket.end(message("X"));
      });
    },
  };
}

function dataRow(body: Buffer): PgRow {
  const count = body.readInt16BE(0);
  const row: PgRow = [];
  let i = 2;
  for (let c = 0; c < count; c++) {
    const length = body.readInt32BE(i);
    i += 4;
    if (length < 0) {
      row.push(null);
    } else {
      row.push(body.subarray(i, i + length).toString("utf8"));
      i += length;
    }
  }
  return row;
}

/** An SQL identifier: lower-case letters, digits and underscores only, so that it needs no quoting. */
export function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`${JSON.stringify(name)} is not a plain SQL identifier`);
  return name;
}

/** An SQL string literal; refuses text with a quote, a backslash or a NUL rather than escape it. */
export function literal(text: string): string {
  if (/['\\\0]/.test(text)) throw new Error("refusing a literal with a quote, backslash or NUL");
  return `'${text}'`;
}
