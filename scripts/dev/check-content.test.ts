import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validArticle, writeCorpus } from '../../lib/content/test-support/temp-corpus';

function run(command: string, args: string[], contentDir: string) {
  return spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, WARTA_CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-broken' },
  });
}

describe('a broken article fails the build', () => {
  it(
    'npm run build stops before Next starts, naming the file and the field',
    { timeout: 90_000 },
    async () => {
      const root = await writeCorpus({
        articles: { 'rusak.md': { data: { ...validArticle, publishedAt: 'kemarin sore' } } },
      });
      const result = run('npm', ['run', 'build'], root);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/articles\/rusak\.md: publishedAt: format tanggal harus/);
      expect(result.stdout).not.toMatch(/Creating an optimized production build/);
    },
  );

  it('the content check passes a valid corpus', { timeout: 60_000 }, async () => {
    const result = run('npx', ['tsx', 'scripts/dev/check-content.ts'], await writeCorpus());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Konten valid .*: 1 artikel, 1 penulis, 1 rubrik, 0 halaman\./);
  });
});
