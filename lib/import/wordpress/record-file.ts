import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/**
 * A record the import keeps beside the content (./manifest.ts, ./old-address-record.ts), written
 * a line at a time to a file beside it, which replaces it only when the two differ: a run that
 * changes nothing leaves the record as it was (its time too, which the ingest compares). A line
 * written can be read back by where it starts.
 */

export interface RecordFile {
  /** Adds one line (its end added); where it starts in the file. */
  line(text: string): number;
  /** The line that starts at `offset` (without its end). */
  read(offset: number): string;
  /** Finishes the file; whether it replaced the record (false: the same as before). */
  close(): boolean;
  /** Drops what was written (the record stays as it was). */
  abandon(): void;
}

/** Text gathered before each write. */
const FLUSH_AT = 1 << 20;

export function recordFile(file: string): RecordFile {
  mkdirSync(path.dirname(file), { recursive: true });
  const next = `${file}.${process.pid}.tmp`;
  const out = openSync(next, 'w+');
  const written = createHash('sha256');
  let pending = '';
  let bytes = 0;
  let open = true;
  const flush = () => {
    written.update(pending);
    writeSync(out, pending);
    pending = '';
  };
  const end = () => {
    if (!open) return;
    open = false;
    closeSync(out);
  };
  return {
    line(text) {
      const at = bytes;
      pending += `${text}\n`;
      bytes += Buffer.byteLength(text) + 1;
      if (pending.length >= FLUSH_AT) flush();
      return at;
    },
    read(offset) {
      flush();
      return readLine(out, offset);
    },
    close() {
      try {
        flush();
      } finally {
        end();
      }
      if (existsSync(file) && fileHash(file) === written.digest('hex')) {
        rmSync(next);
        return false;
      }
      renameSync(next, file);
      return true;
    },
    abandon() {
      end();
      rmSync(next, { force: true });
    },
  };
}

/** The line of an open file that starts at `offset`, without its end. */
export function readLine(fd: number, offset: number): string {
  const chunks: Buffer[] = [];
  for (let at = offset; ;) {
    const buffer = Buffer.allocUnsafe(chunks.length ? 64 * 1024 : 2048);
    const n = readSync(fd, buffer, 0, buffer.length, at);
    const end = buffer.subarray(0, n).indexOf(0x0a);
    if (end >= 0 || n === 0) {
      chunks.push(buffer.subarray(0, end >= 0 ? end : n));
      return Buffer.concat(chunks).toString('utf8');
    }
    chunks.push(buffer.subarray(0, n));
    at += n;
  }
}

function fileHash(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer))
      hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
