import fc from 'fast-check';

/**
 * Text that has broken parsers and query languages before: control characters, bidirectional
 * overrides, zero-width characters, lone and paired surrogates, compatibility forms that fold
 * into punctuation ("⑴" is "(1)"), combining marks, and the syntax characters of YAML,
 * Markdown, HTML, FTS5 and tsquery. Property tests draw from it alongside any code point.
 */
export const AWKWARD_CHARACTERS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2069',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\u{1f1ee}\u{1f1e9}',
  '\u0301',
  '\u0307',
  'İ',
  'ß',
  'ﬁ',
  '⑴',
  '⒈',
  '½',
  '²',
  'Ⅻ',
  '١',
  'ʼn',
  'ŉ',
  'é',
  'a',
  'Z',
  '9',
  ' ',
  '"',
  "'",
  '`',
  '\\',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '&',
  '|',
  '!',
  ':',
  '*',
  '-',
  '^',
  '+',
  '#',
  '%',
  '%2e',
  '..',
  '/',
  '~',
  '@',
  '=',
  ',',
  ';',
  '?',
  'NEAR',
  'AND',
  'OR',
  'NOT',
  '<->',
  ':*',
  '---',
  '```',
  '<script>',
  'javascript:',
  '&#x3C;',
  'onerror=',
];

/** One piece of awkward text: a listed awkward character (or word) or any code point at all. */
export const awkwardUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...AWKWARD_CHARACTERS), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 },
);

/**
 * Awkward text of up to `maxLength` units; with `huge`, one in ten is a piece repeated into
 * thousands of characters (keep that for fields: huge Markdown is slow to render many times).
 */
export function awkwardText(maxLength = 40, { huge = true } = {}): fc.Arbitrary<string> {
  const short = fc.string({ unit: awkwardUnit, maxLength });
  if (!huge) return short;
  return fc.oneof(
    { arbitrary: short, weight: 9 },
    {
      arbitrary: fc
        .tuple(
          fc.string({ unit: awkwardUnit, minLength: 1, maxLength: 8 }),
          fc.integer({ min: 500, max: 5_000 }),
        )
        .map(([piece, times]) => piece.repeat(times)),
      weight: 1,
    },
  );
}

/** The seed of every property run unless WARTA_PROPERTY_SEED names another. */
export const PROPERTY_SEED = 20_241_223;

/**
 * Fixed runs, so a failure is reproducible: fast-check's error names the seed and path of the
 * failing run; WARTA_PROPERTY_SEED=<seed> replays it (or tries another seed).
 */
export function propertyRuns<T>(numRuns: number): fc.Parameters<T> {
  const fromEnv = process.env.WARTA_PROPERTY_SEED?.trim();
  const seed = fromEnv && Number.isInteger(Number(fromEnv)) ? Number(fromEnv) : PROPERTY_SEED;
  return { seed, numRuns };
}
