// heap/move.ts: memmove inside a SharedArrayBuffer at any alignment, checked against
// copyWithin on a private copy (the reference), for short, realigned and chunked moves.
import { describe, expect, it } from 'vitest';
import { moveBytes, moveUnits, moveWords, storeBytes } from '../../src/heap/move.js';

/** A deterministic generator (a linear congruence), so a failure reproduces. */
function lcg(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % bound;
  };
}

function filled(bytes: number, rnd: (bound: number) => number): { heap: Uint8Array; ref: Uint8Array } {
  const heap = new Uint8Array(new SharedArrayBuffer(bytes));
  const ref = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) heap[i] = ref[i] = rnd(256);
  return { heap, ref };
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('heap/move', () => {
  it('moves bytes as copyWithin does, overlapping or not, at every offset', () => {
    const rnd = lcg(7);
    const { heap, ref } = filled(1 << 17, rnd);
    for (let t = 0; t < 2000; t++) {
      const n = rnd(t % 4 === 0 ? 60_000 : 3000);
      const src = rnd(heap.length - n);
      const dst = t % 5 === 0 ? src + (rnd(9) - 4) : rnd(heap.length - n);
      if (dst < 0 || dst + n > heap.length) continue;
      ref.copyWithin(dst, src, src + n);
      moveBytes(heap, dst, src, n);
    }
    expect(firstDifference(heap, ref)).toBe(-1);
  });

  it('moves more than the scratch holds in chunks, in the safe direction', () => {
    const rnd = lcg(11);
    const size = 5 << 20;
    const { heap, ref } = filled(size, rnd);
    const n = (3 << 20) + 12_345;
    for (const [dst, src] of [[5, 1_000_003], [1_000_003, 6], [100, 104 + 3], [2_000_001, 2_000_000]] as const) {
      ref.copyWithin(dst, src, src + n);
      moveBytes(heap, dst, src, n);
      expect(firstDifference(heap, ref)).toBe(-1);
    }
  });

  it('moves Int32 slots and UTF-16 units by one slot (the misaligned case)', () => {
    const words = new Int32Array(new SharedArrayBuffer(4 * 20_000));
    for (let i = 0; i < words.length; i++) words[i] = i;
    moveWords(words, 10, 11, 15_011); // list.pop(10) of a long list
    expect(words[9]).toBe(9);
    expect(words[10]).toBe(11);
    expect(words[15_009]).toBe(15_010);
    expect(words[15_010]).toBe(15_010); // the old last slot is left as it was
    moveWords(words, 1, 0, 15_000); // list.insert(0, x)
    expect(words[1]).toBe(0);
    expect(words[2]).toBe(1);
    expect(words[14_999]).toBe(15_000 - 2 + 1);

    const units = new Uint16Array(new SharedArrayBuffer(2 * 40_000));
    for (let i = 0; i < units.length; i++) units[i] = i & 0xffff;
    moveUnits(units, 20_001, 3, 3 + 9_999);
    for (const i of [0, 1, 5_000, 9_998]) expect(units[20_001 + i]).toBe((3 + i) & 0xffff);
    expect(units[20_001 + 9_999]).toBe((20_001 + 9_999) & 0xffff);
  });

  it('stores a private array into the heap at any offset', () => {
    const rnd = lcg(3);
    const { heap, ref } = filled(1 << 16, rnd);
    for (let t = 0; t < 200; t++) {
      const n = rnd(5000);
      const dst = rnd(heap.length - n);
      const start = rnd(16);
      const source = new Uint8Array(n + 16);
      for (let i = 0; i < source.length; i++) source[i] = rnd(256);
      const part = source.subarray(start, start + n);
      ref.set(part, dst);
      storeBytes(heap, dst, part);
    }
    expect(firstDifference(heap, ref)).toBe(-1);
  });
});
