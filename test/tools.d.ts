/** A tool the integration suites need: its path, or why it is missing. */
export interface Tool {
  readonly path?: string;
  readonly version?: string;
  readonly missing?: string;
}
export type ToolName = "moto" | "awsCli" | "neo4j" | "manifestSchemas" | "vault" | "postgres";
export function tools(): Record<ToolName, Tool>;
export function tool(name: ToolName): string | undefined;
export function skipReasons(): string[];
