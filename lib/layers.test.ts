import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of lib/ import one way only (docs/layers.md): each may import from the ones before
 * it in LAYERS, from the leaf helpers and from lib/'s own files, never from one after it.
 * Tests may reach higher to build their fixtures (the store's contract suite fills a store
 * through the ingest), so *.test.ts files are not held to it.
 */
const LAYERS = [
  'content',
  'search',
  'store',
  'ingest',
  'import',
  'queries',
  'http',
  'publishing',
  'seo',
  'render',
  'desk',
  'server',
];
/** Helpers that import nothing of lib/'s folders; every layer may use them. */
const LEAVES = ['strings', 'images', 'share', 'cache', 'test-support'];

const LIB = path.resolve('lib');

/** -1 for lib/'s own files and the leaves, else the folder's place in LAYERS. */
function rank(rel: string): number {
  const [first = '', ...rest] = rel.split('/');
  if (rest.length === 0 || LEAVES.includes(first)) return -1;
  const at = LAYERS.indexOf(first);
  if (at < 0) throw new Error(`lib/${first} has no layer: add it to LAYERS and docs/layers.md`);
  return at;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.name.includes('.test.') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].flatMap(([, spec = '']) => {
    if (spec.startsWith('@/lib/')) return [path.join(LIB, spec.slice('@/lib/'.length))];
    if (spec.startsWith('.')) return [path.resolve(path.dirname(file), spec)];
    return [];
  });
}

describe('layers', () => {
  it('every folder of lib/ imports only from the layers below it', () => {
    const upward: string[] = [];
    for (const file of sources(LIB)) {
      const from = path.relative(LIB, file).split(path.sep).join('/');
      for (const target of importsOf(file)) {
        const to = path.relative(LIB, target).split(path.sep).join('/');
        if (to.startsWith('..') || to.split('/')[0] === from.split('/')[0]) continue;
        if (rank(to) > rank(from)) upward.push(`lib/${from} → lib/${to}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
