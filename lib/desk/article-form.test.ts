import { describe, expect, it } from 'vitest';
import { keysOf } from '../content/article-draft';
import { articleFrontmatterSchema } from '../content/schema';
import { strings } from '../strings';
import {
  ARTICLE_FIELDS,
  checkForm,
  emptyValues,
  frontmatterOf,
  placeOf,
  problemsByPlace,
  valuesFromForm,
} from './article-form';
import { TEST_IMAGE } from './test-support';

/** The article form against the one schema of an article, and a form turned into a file. */

interface Def {
  type: string;
  innerType?: { def: Def };
  in?: { def: Def };
  element?: { def: Def };
  shape?: Record<string, unknown>;
}

/** A field's zod definition under optional(), default() and transform(). */
function core(schema: unknown): Def {
  let def = (schema as { def: Def }).def;
  for (;;) {
    if ((def.type === 'optional' || def.type === 'default') && def.innerType)
      def = def.innerType.def;
    else if (def.type === 'pipe' && def.in) def = def.in.def;
    else return def;
  }
}

const SCALAR: Record<string, string> = {
  fixed: 'string',
  text: 'string',
  textarea: 'string',
  section: 'string',
  instant: 'string',
  checkbox: 'boolean',
  workflow: 'enum',
};

const shape = (articleFrontmatterSchema as unknown as { shape: Record<string, unknown> }).shape;

describe('the article form against the schema', () => {
  it('has one control for every field of the schema, and none else', () => {
    expect(Object.keys(ARTICLE_FIELDS).sort()).toEqual(keysOf(articleFrontmatterSchema).sort());
  });

  it.each(Object.entries(ARTICLE_FIELDS))(
    '%s: its control fits the field’s type',
    (name, control) => {
      const def = core(shape[name]);
      switch (control.kind) {
        case 'authors':
        case 'list':
          expect(def.type).toBe('array');
          expect(core(def.element).type).toBe('string');
          break;
        case 'rows': {
          expect(def.type).toBe('array');
          const element = core(def.element);
          expect(element.type).toBe('object');
          expect([...control.parts].sort()).toEqual(Object.keys(element.shape ?? {}).sort());
          break;
        }
        case 'group':
          expect(def.type).toBe('object');
          expect([...control.parts].sort()).toEqual(Object.keys(def.shape ?? {}).sort());
          break;
        default:
          expect(def.type).toBe(SCALAR[control.kind]);
      }
    },
  );

  it('labels every field and every part in Indonesian', () => {
    const labels = strings.desk.article.fields;
    for (const [name, control] of Object.entries(ARTICLE_FIELDS)) {
      expect(labels[name]).toBeTruthy();
      if (control.kind === 'group')
        for (const part of control.parts) expect(labels[`${name}.${part}`]).toBeTruthy();
    }
    expect(labels).toMatchObject({
      title: 'Judul',
      summary: 'Ringkasan',
      section: 'Rubrik',
      body: 'Isi',
    });
  });
});

const NOW = new Date('2026-01-05T03:00:00.000Z');

function complete(): Record<string, string> {
  return {
    ...emptyValues('a1b2c3d4'),
    title: 'Banjir di Pekanbaru',
    summary: 'Air naik setinggi lutut.',
    section: 'riau',
    authors: 'sari-nur',
    tags: 'Banjir, Pekanbaru',
    dateline: 'PEKANBARU, RIAU24.COM',
    'image.src': TEST_IMAGE,
    'image.alt': 'Jalan tergenang',
    'image.credit': 'Warta',
    sources: 'BPBD Riau | https://bpbd.riau.go.id/\nWarga',
    body: 'Paragraf pertama.\n\nParagraf kedua.',
  };
}

describe('a form as a file', () => {
  it('fills the slug from the headline and the time from the clock, leaves out what is empty', () => {
    const front = frontmatterOf(complete(), 'published', NOW);
    expect(front).toEqual({
      id: 'a1b2c3d4',
      slug: 'banjir-di-pekanbaru',
      title: 'Banjir di Pekanbaru',
      summary: 'Air naik setinggi lutut.',
      section: 'riau',
      authors: ['sari-nur'],
      tags: ['Banjir', 'Pekanbaru'],
      dateline: 'PEKANBARU, RIAU24.COM',
      image: { src: TEST_IMAGE, alt: 'Jalan tergenang', credit: 'Warta' },
      publishedAt: '2026-01-05T10:00:00+07:00',
      sources: [{ name: 'BPBD Riau', url: 'https://bpbd.riau.go.id/' }, { name: 'Warga' }],
      status: 'published',
    });
  });

  it('passes content:check when complete', () => {
    expect(checkForm(complete(), 'published', NOW, 'articles/a1b2c3d4.md').issues).toEqual([]);
  });

  it('reports in content:check’s words, each problem placed beside its field', () => {
    const values = {
      ...complete(),
      title: '',
      'image.alt': '',
      sources: 'Kominfo | bukan-url',
      publishedAt: '2026-13-45',
      body: 'Satu.\n\n<script>alert(1)</script>',
    };
    const { issues } = checkForm(values, 'published', NOW, 'articles/a1b2c3d4.md');
    const places = problemsByPlace(issues);
    const m = strings.content;
    expect(places.get('title')).toEqual([m.required]);
    expect(places.get('image.alt')).toEqual([m.required]);
    expect(places.get('sources')).toEqual([`sources[0].url: ${m.httpUrl}`]);
    expect(places.get('publishedAt')).toEqual([m.instantFormat]);
    expect(places.get('body')?.[0]).toMatch(/^baris 3: /);
  });

  it('places nested and unknown fields', () => {
    expect(placeOf('image.src')).toBe('image.src');
    expect(placeOf('image')).toBe('image');
    expect(placeOf('authors[0]')).toBe('authors');
    expect(placeOf('withdrawn.reason')).toBe('withdrawn.reason');
    expect(placeOf('isi')).toBe('body');
    expect(placeOf('(frontmatter)')).toBe('');
  });

  it('reads the authors ticked and the verified box from a posted form', () => {
    const form = new Map([
      ['title', 'Judul\r\nbaris'],
      ['authors.sari-nur', '1'],
      ['authors.budi-santoso', '1'],
      ['id', 'dipalsukan'],
    ]);
    const values = valuesFromForm(form, 'a1b2c3d4');
    expect(values).toMatchObject({
      id: 'a1b2c3d4',
      title: 'Judul\nbaris',
      authors: 'sari-nur\nbudi-santoso',
      verified: 'false',
    });
  });
});
