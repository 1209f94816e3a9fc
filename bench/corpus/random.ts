/**
 * A small, fast, seeded pseudo-random generator. Every corpus item gets its own generator derived from the corpus
 * seed and the item's index, so item N is the same whether the corpus is generated from the start, resumed in the
 * middle, or split between workers.
 */

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole word. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit seed from a number or a text, so that `--seed release-2025` works as well as `--seed 42`. */
export function seedFrom(seed: number | string): number {
  if (typeof seed === "number") return mix32(Math.floor(seed) ^ 0x5bd1e995);
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** sfc32, seeded from two words (e.g. the corpus seed and an item index). */
  constructor(seed: number, stream = 0) {
    this.a = mix32(seed ^ 0x9e3779b9);
    this.b = mix32(stream + 0x7f4a7c15);
    this.c = mix32(this.a ^ this.b ^ 0x6a09e667);
    this.d = 1;
    // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
}

/**
 * Draws indices 0..n-1 with probability proportional to 1 / (rank + 1)^exponent: the first entries of a list are
 * common, the last ones rare, as words are in real text (Zipf's law).
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent = 1,
  ) {
    if (size < 1) throw new Error("a Zipf sampler needs at least one entry");
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / Math.pow(rank + 1, exponent);
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < size; rank++) this.cumulative[rank] = (this.cumulative[rank] ?? 0) / total;
  }

  /** The probability of drawing one index, for reasoning about how often a word appears. */
  probability(index: number): number {
    const upTo = this.cumulative[index] ?? 0;
    return index === 0 ? upTo : upTo - (this.cumulative[index - 1] ?? 0);
  }

  sample(random: Random): number {
    const u = random.next();
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 1) < u) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
