// numfmt.ts against CPython 3.11: repr of thousands of floats, bin/oct/hex, digits.
import { describe, expect, it } from 'vitest';
import { floatRepr, intToBin, intToHex, intToOct, intToString, floatDigits } from '../../src/objects/numfmt.js';
import { bitsToFloat, loadFixture } from './leaf_fixtures.js';

describe('floatRepr', () => {
  it('matches CPython repr for the fixture floats', () => {
    const rows = loadFixture<[string, string][]>('float_repr.json');
    expect(rows.length).toBeGreaterThan(3000);
    const bad: string[] = [];
    for (const [bits, want] of rows) {
      const got = floatRepr(bitsToFloat(bits));
      if (got !== want) bad.push(`${bits}: got ${got} want ${want}`);
    }
    expect(bad).toEqual([]);
  });

  it('lays out the documented examples', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(1.5e300)).toBe('1.5e+300');
    expect(floatRepr(-0.0)).toBe('-0.0');
    expect(floatRepr(10)).toBe('10.0');
    expect(floatRepr(1234567890123456)).toBe('1234567890123456.0');
    expect(floatRepr(12345678901234567)).toBe('1.2345678901234568e+16');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(-Infinity)).toBe('-inf');
  });
});

describe('int text', () => {
  it('formats in bases and with prefixes as Python', () => {
    expect(intToString(255, 16)).toBe('ff');
    expect(intToString(-255n, 2)).toBe('-11111111');
    expect(intToString(2 ** 60, 10)).toBe('1152921504606846976');
    expect(intToBin(5)).toBe('0b101');
    expect(intToBin(-5n)).toBe('-0b101');
    expect(intToOct(-8)).toBe('-0o10');
    expect(intToHex(0)).toBe('0x0');
    expect(intToHex(-(2n ** 70n))).toBe('-0x400000000000000000');
  });
});

describe('floatDigits', () => {
  it('rounds ties to even on the exact binary value', () => {
    expect(floatDigits(0.125, 3, 2)).toMatchObject({ digits: '12', decpt: 0 });
    expect(floatDigits(2.5, 3, 0)).toMatchObject({ digits: '2', decpt: 1 });
    expect(floatDigits(0.5, 3, 0)).toMatchObject({ digits: '', decpt: 0 });
    expect(floatDigits(2.675, 3, 2)).toMatchObject({ digits: '267', decpt: 1 });
    expect(floatDigits(1e22, 2, 1)).toMatchObject({ digits: '1', decpt: 23 });
  });
});
