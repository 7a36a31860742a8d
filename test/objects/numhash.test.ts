// numhash.ts against CPython 3.11: hash() of ints, floats, tuples and strings (PYTHONHASHSEED=0).
import { describe, expect, it } from 'vitest';
import { hashFloat, hashInt, hashToSlot, hashTuple, sipHashUnits, sipResult, type PyHash } from '../../src/objects/numhash.js';
import { bitsToFloat, loadFixture } from './leaf_fixtures.js';

type Enc = { i: string } | { f: string } | Enc[];

function hashOf(e: Enc): PyHash {
  if (Array.isArray(e)) return hashTuple(e.map(hashOf));
  if ('i' in e) return hashInt(BigInt(e.i));
  return hashFloat(bitsToFloat(e.f));
}

describe('numeric hashes', () => {
  const fx = loadFixture<{ ints: [string, string][]; floats: [string, string][]; tuples: [Enc[], string][] }>('hash.json');
  it('ints', () => {
    for (const [v, want] of fx.ints) {
      const h = hashInt(BigInt(v));
      expect(String(h), v).toBe(want);
      expect(typeof h === 'number', v).toBe(Number.isSafeInteger(Number(want)));
      if (Number.isSafeInteger(Number(v))) expect(hashInt(Number(v))).toBe(h);
    }
  });
  it('floats', () => {
    const bad: string[] = [];
    for (const [bits, want] of fx.floats) {
      const got = String(hashFloat(bitsToFloat(bits)));
      if (got !== want) bad.push(`${bits}: ${got} want ${want}`);
    }
    expect(bad).toEqual([]);
  });
  it('tuples', () => {
    for (const [items, want] of fx.tuples) expect(String(hashTuple(items.map(hashOf))), JSON.stringify(items)).toBe(want);
  });
  it('special values', () => {
    expect(hashInt(-1)).toBe(-2);
    expect(hashFloat(1.0)).toBe(1);
    expect(hashFloat(-1.0)).toBe(-2);
    expect(hashFloat(Infinity)).toBe(314159);
    expect(hashFloat(NaN, 0x7f0000001230)).toBe(hashFloat(NaN, 0x7f0000001230));
    expect(hashFloat(NaN, 0x1000)).toBe(0x100);
  });
});

/** hash(s) as gilvm computes it for a str (its UTF-16 units). */
function hashString(s: string): PyHash {
  const u16 = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u16[i] = s.charCodeAt(i);
  sipHashUnits(u16, 0, s.length);
  return sipResult();
}

describe('string hash and slots', () => {
  it("is CPython's SipHash-1-3 with PYTHONHASHSEED=0, for 1-, 2- and 4-byte strings", () => {
    // PYTHONHASHSEED=0 python3 -c "print(hash(S))"
    expect(hashString('')).toBe(0);
    expect(hashString('abc')).toBe(-4594863902769663758n);
    expect(hashString('key0')).toBe(-9010683173071533491n);
    expect(hashString('\u00fc')).toBe(8857159422313665004n);
    expect(hashString('\u{1F600}')).toBe(-3536540696076613844n);
  });
  it('spreads over the slots and is never -1', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 20000; i++) {
      const h = hashString('key' + i);
      expect(h).not.toBe(-1);
      seen.add(hashToSlot(h) & 0xffff);
    }
    expect(seen.size).toBeGreaterThan(15000); // low bits well mixed
  });
  it('hashToSlot takes the low 32 bits of the two\'s complement hash', () => {
    expect(hashToSlot(5)).toBe(5);
    expect(hashToSlot(-2)).toBe(0xfffffffe);
    expect(hashToSlot(2 ** 40 + 7)).toBe(7);
    expect(hashToSlot(-(2n ** 62n) + 3n)).toBe(3);
  });
});
