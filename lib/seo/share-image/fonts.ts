import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Inter from @fontsource as WOFF (Satori reads TTF, OTF or WOFF, not WOFF2). Latin and
 * Latin Extended cover Indonesian and the accented names news carries (Maranhão, Erdoğan).
 */
const FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-800-normal.woff', weight: 800 },
  { file: 'inter-latin-ext-800-normal.woff', weight: 800 },
] as const;

export interface SatoriFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 800;
  style: 'normal';
}

let fonts: Promise<SatoriFont[]> | undefined;

export function shareImageFonts(): Promise<SatoriFont[]> {
  fonts ??= Promise.all(
    FILES.map(async ({ file, weight }) => {
      const buffer = await readFile(
        path.join(process.cwd(), 'node_modules/@fontsource/inter/files', file),
      );
      // A copy, so the ArrayBuffer holds exactly the file (Node pools small Buffers).
      const data = new Uint8Array(buffer).buffer;
      return { name: 'Inter', data, weight, style: 'normal' as const };
    }),
  );
  return fonts;
}
