import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The end-to-end defaults of e2e/defaults.env (scripts/ci/test-all.sh exports the same file),
 * each overridden by the environment where it sets the variable to something.
 */
const defaults = new Map(
  readFileSync(path.join(__dirname, 'defaults.env'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
    .filter((match) => match !== null)
    .map(([, name, value]) => [name!, value!]),
);

export function e2eSetting(name: string): string {
  const value = process.env[name] || defaults.get(name);
  if (value === undefined) throw new Error(`${name}: not in e2e/defaults.env`);
  return value;
}
