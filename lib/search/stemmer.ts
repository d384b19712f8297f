/**
 * A small rule-based Indonesian stemmer in the spirit of Nazief-Adriani and Tala's Porter
 * variant, without a root dictionary. Where a dictionary would decide (the nasal of meN-/peN-,
 * -kan against -an) it returns every candidate root; two words match when their candidates
 * meet, so "penempatan" and "tempat" or "membantu" and "bantu" find each other. It expects a
 * folded word (lower case, no diacritics), see fold.ts.
 */

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
/** Archaic -tah follows question words only, which end in a vowel (siapatah): not "perintah". */
const AFTER_VOWEL_ONLY = 'tah';
const POSSESSIVES = ['nya', 'ku', 'mu'];
const MAX_PREFIXES = 3;
const VOWEL = /[aeiou]/;

function vowelCount(word: string): number {
  return word.match(/[aeiou]/g)?.length ?? 0;
}

/** Long enough to be a root: stripping "ter" from "teras" must not leave "as". */
function isRoot(word: string): boolean {
  return word.length >= 3 && vowelCount(word) >= 2;
}

function stripEnding(word: string, endings: string[]): string {
  for (const ending of endings) {
    const rest = word.slice(0, -ending.length);
    if (word.endsWith(ending) && isRoot(rest) && isParticleAfter(rest, ending)) return rest;
  }
  return word;
}

function isParticleAfter(rest: string, ending: string): boolean {
  return ending !== AFTER_VOWEL_ONLY || VOWEL.test(rest.slice(-1));
}

const startsWithVowel = (word: string) => VOWEL.test(word.charAt(0));

/** Every way of removing one prefix, with the nasal alternations of meN- and peN-. */
function prefixRemovals(word: string): string[] {
  const head = word.slice(0, 2);
  if (head === 'me' || head === 'pe') {
    const nasal = nasalRemovals(word.slice(2));
    if (nasal) return nasal;
  }
  if (word.startsWith('ber')) return [word.slice(3)];
  if (/^be[^aeiou]er/.test(word)) return [word.slice(2)];
  if (word.startsWith('belajar') || word.startsWith('pelajar')) return [word.slice(3)];
  if (word.startsWith('per')) return [word.slice(3), word.slice(2)];
  if (/^pe[^aeioumn]/.test(word)) return [word.slice(2)];
  if (/^me[lrwy]/.test(word)) return [word.slice(2)];
  if (word.startsWith('ter')) {
    const rest = word.slice(3);
    return startsWithVowel(rest) ? [rest, `r${rest}`] : [rest];
  }
  if (head === 'di' || head === 'ke' || head === 'se') return [word.slice(2)];
  return [];
}

/** After me-/pe-: "ng", "ny", "m" or "n" replaced the root's first sound or sit before it. */
function nasalRemovals(rest: string): string[] | undefined {
  if (rest.startsWith('ny') && startsWithVowel(rest.slice(2))) {
    return [`s${rest.slice(2)}`, rest];
  }
  if (rest.startsWith('ng')) {
    const root = rest.slice(2);
    return startsWithVowel(root) ? [root, `k${root}`] : [root];
  }
  if (rest.startsWith('m')) {
    const root = rest.slice(1);
    if (startsWithVowel(root)) return [`p${root}`, rest];
    if (/^[bfpv]/.test(root)) return [root];
  }
  if (rest.startsWith('n')) {
    const root = rest.slice(1);
    if (startsWithVowel(root)) return [`t${root}`, rest];
    if (/^(?:[cdjstz])/.test(root)) return [root];
  }
  return undefined;
}

/** Roots left after removing up to MAX_PREFIXES prefixes, and whether any was removed. */
function prefixRoots(word: string, depth = 0): { roots: string[]; stripped: boolean } {
  const removals = depth < MAX_PREFIXES ? prefixRemovals(word).filter(isRoot) : [];
  if (removals.length === 0) return { roots: [word], stripped: false };
  return { roots: removals.flatMap((rest) => prefixRoots(rest, depth + 1).roots), stripped: true };
}

/**
 * -i and -kan come with a prefix (me-…-kan, di-…-i), so they count only when one is removed
 * too; that keeps "ikan" out of "berikan". -i also ends loanwords ("produksi"), so the word
 * without it stays a candidate.
 */
function suffixedRoots(word: string): string[] {
  const roots: string[] = [];
  for (const suffix of ['kan', 'an', 'i']) {
    const rest = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || !isRoot(rest)) continue;
    const { roots: found, stripped } = prefixRoots(rest);
    if (stripped || suffix === 'an') roots.push(...found);
    if (suffix === 'i') roots.push(...prefixRoots(word).roots);
    if (suffix === 'an') break;
  }
  return roots.length ? roots : prefixRoots(word).roots;
}

/**
 * Candidate roots of a folded word, the likeliest first; never empty. The forms with their
 * endings kept are analysed too, because some roots only look inflected ("sekolah", "bertemu").
 */
export function stemVariants(word: string): readonly string[] {
  let variants = memo.get(word);
  if (variants === undefined) {
    variants = variantsOf(word);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(word, variants);
  }
  return variants;
}

/**
 * Words repeat from article to article: each one's roots are worked out once per process
 * (bounded). A search page marks ten bodies' matches (lib/search/highlight.ts) and spent most of
 * its time here, on the same words at every request.
 */
const memo = new Map<string, readonly string[]>();
const MEMO_SIZE = 200_000;

function variantsOf(word: string): readonly string[] {
  if (word.length <= 3 || /\d/.test(word)) return [word];
  const withoutParticle = stripEnding(word, PARTICLES);
  const bare = stripEnding(withoutParticle, POSSESSIVES);
  const forms = new Set([bare, withoutParticle, word]);
  return [...new Set([...forms].flatMap(suffixedRoots))];
}

/** The likeliest root. */
export function stem(word: string): string {
  return stemVariants(word)[0] ?? word;
}
