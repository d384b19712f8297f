/**
 * The command line and settings of the benchmarks: `--name=value` options (`--name` alone is
 * "true"), anything else positional, `--help` printing the usage and exiting; whole-number
 * settings from the environment.
 */
export interface Args {
  positional: string[];
  options: Map<string, string>;
}

export function parseArgs(usage: string, argv = process.argv.slice(2)): Args {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (const arg of argv) {
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    if (equals < 0) options.set(arg.slice(2), 'true');
    else options.set(arg.slice(2, equals), arg.slice(equals + 1));
  }
  return { positional, options };
}

/** A setting from the environment that must be a whole number above zero. */
export function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number above zero, not "${process.env[name]}"`);
    process.exit(1);
  }
  return value;
}
