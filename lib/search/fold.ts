/**
 * Case and diacritics folded away, so "Perancis", "PERANCIS" and "Pérancis" are one word. What is
 * left is letters and digits only: compatibility forms that decompose into punctuation ("⑴" is
 * "(1)", "⒈" is "1.") keep just their letters and digits, so a folded word is safe as a search
 * engine's term however it was written.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface Token {
  /** The word as written, at text.slice(start, end). */
  start: number;
  end: number;
  folded: string;
}

// Letters with their combining marks, and digits; hyphens, apostrophes and spaces split words.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (folded) tokens.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return tokens;
}
