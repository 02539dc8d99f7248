/**
 * Reading a rotation function's settings from its environment (no imports: the construct side reads
 * the same settings modules at synth, and the handler bundles them).
 */

/** The readers of one environment: a required string, and an integer in a range with a default. */
export function environmentReader(env: NodeJS.ProcessEnv): {
  required: (name: string) => string;
  integer: (name: string, fallback: number, min: number, max: number) => number;
} {
  return {
    required: (name) => {
      const value = env[name];
      if (!value) throw new Error(`environment variable ${name} is not set`);
      return value;
    },
    integer: (name, fallback, min, max) => {
      const value = Number(env[name] ?? fallback);
      if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
      return value;
    },
  };
}
