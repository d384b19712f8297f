import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * A JSON Lines file (one JSON value a line) read as a stream: each line's value, or the reason it
 * is none, with its line number; blank lines are skipped. Memory holds a line at a time, never
 * the file: the records an import keeps beside the content run to hundreds of thousands of lines.
 */

export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

export async function* jsonLines(file: string): AsyncGenerator<JsonLine> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
