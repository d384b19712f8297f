import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptySummary, readReport, reportWriter, type ReportEntry } from './report';

const entry = (wpId: number): ReportEntry => ({
  wpId,
  type: 'post',
  title: `Judul ${wpId}`,
  outcome: 'not-imported',
  reasons: [],
});

describe('reportWriter', () => {
  it('writes entries as the run goes, each as the run left it, and the summary last', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'warta-report-')), 'a/laporan.jsonl');
    const report = reportWriter(file);
    const first = entry(1);
    report.add(first);
    // Filled in after it was added, as the run does.
    first.outcome = 'approximate';
    first.file = 'articles/wp-1.md';
    first.reasons.push('elemen <script> dibuang');
    for (let id = 2; id <= 2_000; id += 1) report.add(entry(id));
    // Written before the end: the report is not held in memory until the run finishes.
    expect(statSync(file).size).toBeGreaterThan(64 * 1024);
    report.ingestProblem('articles/wp-7.md', 'ditolak saat dimuat: slug: sudah dipakai');
    const summary = { ...emptySummary(), itemsRead: 2_000 };
    report.finish(
      {
        title: 'Situs',
        link: '',
        description: '',
        language: '',
        wxrVersion: '1.2',
        baseSiteUrl: '',
        baseBlogUrl: '',
      },
      summary,
    );

    const read = readReport(file);
    expect(read.entries).toHaveLength(2_000);
    expect(read.entries[0]).toEqual({
      wpId: 1,
      type: 'post',
      title: 'Judul 1',
      outcome: 'approximate',
      file: 'articles/wp-1.md',
      reasons: ['elemen <script> dibuang'],
    });
    expect(read.entries.at(-1)?.wpId).toBe(2_000);
    expect(read.ingestProblems).toEqual([
      {
        file: 'articles/wp-7.md',
        outcome: 'not-imported',
        reason: 'ditolak saat dimuat: slug: sudah dipakai',
      },
    ]);
    expect(read.summary).toEqual(summary);
    expect(read.site?.title).toBe('Situs');
  });
});
