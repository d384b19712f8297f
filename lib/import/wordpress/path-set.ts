/**
 * A set of strings kept as 64-bit hashes in typed arrays (eight bytes a string, the table at most
 * half full): which old addresses a run has written, for half a million of them in 16 MB where a
 * Set of the strings takes about 100 MB. Two strings of the same hash count as one; for a million
 * addresses the chance that any two do is about one in 30 million.
 */
export class HashedStringSet {
  private high: Uint32Array;
  private low: Uint32Array;
  private count = 0;

  constructor(capacity = 1 << 12) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(capacity * 2, 16)));
    this.high = new Uint32Array(slots);
    this.low = new Uint32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  /** Adds `text`; whether it was not there yet. */
  add(text: string): boolean {
    const [high, low] = hash(text);
    if (this.find(high, low) >= 0) return false;
    if ((this.count + 1) * 2 > this.high.length) this.grow();
    this.place(high, low);
    this.count += 1;
    return true;
  }

  has(text: string): boolean {
    const [high, low] = hash(text);
    return this.find(high, low) >= 0;
  }

  private find(high: number, low: number): number {
    const mask = this.high.length - 1;
    for (let at = high & mask; this.low[at] !== 0; at = (at + 1) & mask)
      if (this.high[at] === high && this.low[at] === low) return at;
    return -1;
  }

  private place(high: number, low: number): void {
    const mask = this.high.length - 1;
    let at = high & mask;
    while (this.low[at] !== 0) at = (at + 1) & mask;
    this.high[at] = high;
    this.low[at] = low;
  }

  private grow(): void {
    const { high, low } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    for (let at = 0; at < high.length; at++) if (low[at] !== 0) this.place(high[at]!, low[at]!);
  }
}

/**
 * Two 32-bit hashes of the string's UTF-16 code units (FNV-1a, and a multiply-rotate hash with
 * another seed), the second never 0 (an empty slot).
 */
function hash(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ text.length, 0x27d4eb2d);
  b ^= b >>> 13;
  return [a >>> 0, (b | 1) >>> 0];
}
