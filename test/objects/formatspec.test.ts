// formatspec.ts against CPython 3.11: format() of floats/ints/strs over a grid of specs,
// round(), and printf-style % formatting.
import { describe, expect, it } from 'vitest';
import {
  formatFloat, formatInt, formatStr, percentFormat, roundFloat, roundFloatToInt, type PercentCallbacks, type PercentArgs,
} from '../../src/objects/formatspec.js';
import { intRound } from '../../src/objects/intmath.js';
import { floatRepr } from '../../src/objects/numfmt.js';
import { pyStrRepr } from '../../src/objects/numparse.js';
import { attempt, bitsToFloat, floatToBits, loadFixture } from './leaf_fixtures.js';

function compare(rows: [string, string, string][], run: (v: string, spec: string) => string): string[] {
  const bad: string[] = [];
  for (const [v, spec, want] of rows) {
    const got = attempt(() => run(v, spec));
    if (got !== want) bad.push(`${v} ${JSON.stringify(spec)}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
  }
  return bad;
}

describe('format()', () => {
  it('float grid', () => {
    const rows = loadFixture<[string, string, string][]>('format_float.json');
    expect(compare(rows, (v, spec) => formatFloat(bitsToFloat(v), spec))).toEqual([]);
  });
  it('float fuzz: random doubles x random precisions', () => {
    const rows = loadFixture<[string, string, string][]>('format_float_fuzz.json');
    expect(rows.length).toBeGreaterThan(2000);
    expect(compare(rows, (v, spec) => formatFloat(bitsToFloat(v), spec))).toEqual([]);
  });
  it('int grid', () => {
    const rows = loadFixture<[string, string, string][]>('format_int.json');
    expect(compare(rows, (v, spec) => formatInt(BigInt(v), spec))).toEqual([]);
    // numbers and bigints agree
    expect(compare(rows.filter(([v]) => Math.abs(Number(v)) < 2 ** 53), (v, spec) => formatInt(Number(v), spec))).toEqual([]);
  });
  it('str grid', () => {
    const rows = loadFixture<[string, string, string][]>('format_str.json');
    expect(compare(rows, (v, spec) => formatStr(v, spec))).toEqual([]);
  });
  it('documented examples', () => {
    expect(formatFloat(1e16, '')).toBe('1e+16');
    expect(formatFloat(0.1, '.3g')).toBe('0.1');
    expect(formatFloat(1234.5, ',.2f')).toBe('1,234.50');
    expect(formatFloat(-0.0, 'z.1f')).toBe('0.0');
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(0.5, '%')).toBe('50.000000%');
    expect(attempt(() => formatInt(5n, '.2'))).toBe('!ValueError: Precision not allowed in integer format specifier');
    expect(attempt(() => formatFloat(1, 'x'))).toBe("!ValueError: Unknown format code 'x' for object of type 'float'");
  });
});

describe('round()', () => {
  it('float round with ndigits and to int', () => {
    const rows = loadFixture<[string, number | null, string][]>('round.json');
    const bad: string[] = [];
    for (const [bits, nd, want] of rows) {
      const x = bitsToFloat(bits);
      const got = attempt(() => (nd === null ? roundFloatToInt(x).toString() : floatToBits(roundFloat(x, nd))));
      if (got !== want) bad.push(`${bits} ${nd}: got ${got} want ${want}`);
    }
    expect(bad).toEqual([]);
    expect(roundFloat(2.675, 2)).toBe(2.67);
    expect(roundFloatToInt(0.5)).toBe(0n);
    expect(roundFloatToInt(1.5)).toBe(2n);
    expect(Object.is(roundFloat(-0.5, 0), -0)).toBe(true);
  });
  it('int round', () => {
    const rows = loadFixture<[string, number, string][]>('round_int.json');
    for (const [v, nd, want] of rows) expect(intRound(BigInt(v), BigInt(nd)).toString()).toBe(want);
  });
});

// Values in the percent fixture: tagged JSON.
type Enc = { i: string } | { f: string } | { s: string } | { b: boolean } | { n: null } | { d: Record<string, Enc> };
type Val = bigint | number | string | boolean | null | Map<string, Val> | { float: number };

function decode(e: Enc): Val {
  if ('i' in e) return BigInt(e.i);
  if ('f' in e) return { float: bitsToFloat(e.f) };
  if ('s' in e) return e.s;
  if ('b' in e) return e.b;
  if ('n' in e) return null;
  const m = new Map<string, Val>();
  for (const [k, v] of Object.entries(e.d)) m.set(k, decode(v));
  return m;
}

function pyStr(v: Val): string {
  if (typeof v === 'string') return v;
  return pyRepr(v);
}
function pyRepr(v: Val): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return pyStrRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return 'None';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`).join(', ') + '}';
  if (typeof v === 'object') return floatRepr(v.float);
  return String(v);
}
function typeName(v: Val): string {
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return 'NoneType';
  if (v instanceof Map) return 'dict';
  return 'float';
}

const callbacks: PercentCallbacks<Val> = {
  str: pyStr,
  repr: pyRepr,
  ascii: (v) => pyRepr(v).replace(/[^\x00-\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')),
  typeName,
  toInt(v, indexOnly) {
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (typeof v === 'object' && v !== null && !(v instanceof Map) && !indexOnly) return BigInt(Math.trunc(v.float));
    return null;
  },
  toFloat(v) {
    if (typeof v === 'bigint') return Number(v) === Infinity ? (() => { throw new Error('overflow'); })() : Number(v);
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'object' && v !== null && !(v instanceof Map)) return v.float;
    return null;
  },
  charArg(v) {
    if (typeof v === 'string' || typeof v === 'bigint') return v;
    return null;
  },
  getItem(m, key) {
    return (m as Map<string, Val>).get(key)!;
  },
};

describe('percentFormat', () => {
  it('matches CPython str % args', () => {
    const rows = loadFixture<[string, Enc | { t: Enc[] }, string][]>('percent.json');
    const bad: string[] = [];
    for (const [fmt, argsEnc, want] of rows) {
      if (fmt === '%.2f' && want.startsWith('!OverflowError')) continue; // int -> float overflow is the object layer's
      let args: PercentArgs<Val>;
      if ('t' in argsEnc) args = { kind: 'tuple', items: argsEnc.t.map(decode) };
      else {
        const value = decode(argsEnc);
        args = { kind: 'single', value, isMapping: value instanceof Map };
      }
      const got = attempt(() => percentFormat(fmt, args, callbacks));
      if (got !== want) bad.push(`${JSON.stringify(fmt)}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('int_max_str_digits', () => {
  it('limits decimal conversion as CPython 3.11', () => {
    const big = 10n ** 5000n;
    const msg = '!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';
    expect(attempt(() => formatInt(big, 'd'))).toBe(msg);
    expect(attempt(() => formatInt(big, ''))).toBe(msg);
    expect(attempt(() => formatInt(big, ','))).toBe(msg);
    expect(formatInt(big, 'x').slice(0, 5)).toBe('31e20');
    expect(formatInt(-(10n ** 4299n), '').length).toBe(4301);
    expect(formatInt(big, '', 'int', 0).length).toBe(5001);
  });
});
