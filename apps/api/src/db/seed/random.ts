/**
 * A small seeded pseudo-random generator (mulberry32) so that the demo data, ids included, is the same on
 * every run with the same seed. Not for anything security related.
 */
const HEX_DIGITS = '0123456789abcdef';
const DASH = 0x2d;

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next 32-bit unsigned integer. */
  private nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value, with probability proportional to its weight. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of pairs) total += weight;
    if (!(total > 0)) throw new RangeError('Weights must add up to more than zero');
    let threshold = this.next() * total;
    for (const [value, weight] of pairs) {
      threshold -= weight;
      if (threshold < 0) return value;
    }
    // Floating-point rounding can leave a sliver past the last weight.
    return (pairs[pairs.length - 1] as readonly [T, number])[0];
  }

  /** Up to n distinct elements (by position) in random order; all of them, shuffled, when n ≥ length. */
  sample<T>(items: readonly T[], n: number): T[] {
    const count = Math.min(Math.max(n, 0), items.length);
    // Few out of many: draw positions and skip repeats, which avoids copying a large array.
    if (count * 4 < items.length) {
      const taken = new Set<number>();
      const result: T[] = [];
      while (result.length < count) {
        const index = Math.floor(this.next() * items.length);
        if (taken.has(index)) continue;
        taken.add(index);
        result.push(items[index] as T);
      }
      return result;
    }
    // Otherwise a partial Fisher–Yates shuffle of a copy.
    const copy = items.slice();
    for (let i = 0; i < count; i += 1) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const swap = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = swap;
    }
    return copy.slice(0, count);
  }

  /** An RFC 4122 version-4-shaped UUID made from this generator, so that ids are deterministic too. */
  uuid(): string {
    const words = [
      this.nextUint32(),
      // Version 4 in the third group, variant 10xx in the fourth.
      ((this.nextUint32() & 0xffff0fff) | 0x4000) >>> 0,
      ((this.nextUint32() & 0x3fffffff) | 0x80000000) >>> 0,
      this.nextUint32(),
    ];
    // Built from character codes so that V8 stores one flat string, not a tree of slices: the national
    // dataset keeps over half a million of these in memory.
    const codes: number[] = [];
    for (const word of words) {
      for (let shift = 28; shift >= 0; shift -= 4) {
        if (codes.length === 8 || codes.length === 13 || codes.length === 18 || codes.length === 23) {
          codes.push(DASH);
        }
        codes.push(HEX_DIGITS.charCodeAt((word >>> shift) & 0xf));
      }
    }
    return String.fromCharCode(...codes);
  }
}
