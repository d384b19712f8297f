/**
 * `node scripts/dev/run-compiled.mjs <script.ts> [args…]`: runs a TypeScript command compiled ahead
 * by esbuild (lib/compile-ahead.mjs), for commands an editor waits on (`npm run publish`): tsx
 * compiles on every start and costs seconds here.
 */
import { pathToFileURL } from 'node:url';
import { compileAhead } from '../../lib/compile-ahead.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/dev/run-compiled.mjs <script.ts> [args…]');
  process.exit(2);
}
const outFile = await compileAhead(entry);
if (!outFile) {
  console.error(`${entry}: cannot be compiled (missing, or esbuild not installed)`);
  process.exit(2);
}
process.argv = [process.argv[0], outFile, ...args];
await import(pathToFileURL(outFile).href);
