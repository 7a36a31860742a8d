// numparse.ts against CPython 3.11: int(str, base) and float(str), values and errors.
import { describe, expect, it } from 'vitest';
import { parseFloat as pyParseFloat, parseIntLiteral, pyStrRepr } from '../../src/objects/numparse.js';
import { attempt, floatToBits, loadFixture } from './leaf_fixtures.js';

describe('parseIntLiteral', () => {
  it('matches int(text, base)', () => {
    const rows = loadFixture<[string, number, string][]>('parse_int.json');
    const bad: string[] = [];
    for (const [text, base, want] of rows) {
      const got = attempt(() => { const v = parseIntLiteral(text, base); return want.startsWith('0x') || want.startsWith('-0x') ? (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16)) : v.toString(); });
      if (got !== want) bad.push(`${JSON.stringify(text).slice(0, 60)} base ${base}: got ${String(got).slice(0, 120)} want ${want.slice(0, 120)}`);
    }
    expect(bad).toEqual([]);
  });
  it('quotes the original string', () => {
    expect(attempt(() => parseIntLiteral('abc'))).toBe("!ValueError: invalid literal for int() with base 10: 'abc'");
  });
});

describe('parseFloat', () => {
  it('matches float(text)', () => {
    const rows = loadFixture<[string, string][]>('parse_float.json');
    const bad: string[] = [];
    for (const [text, want] of rows) {
      const got = attempt(() => { const x = pyParseFloat(text); return x !== x ? want : floatToBits(x); });
      if (got !== want) bad.push(`${JSON.stringify(text)}: got ${got} want ${want}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('pyStrRepr', () => {
  it('chooses quotes and escapes as Python', () => {
    expect(pyStrRepr("it's")).toBe('"it\'s"');
    expect(pyStrRepr('a\nb\\')).toBe("'a\\nb\\\\'");
    expect(pyStrRepr('\x00\x7f\u00e9')).toBe("'\\x00\\x7fé'");
    expect(pyStrRepr('\'"')).toBe("'\\'\"'");
  });
});
