// objects/complex.ts's pure numerics against CPython 3.11 (values recorded from python3):
// repr, string parsing, format specs, division, powers, and the correctly rounded hypot
// and atan2 that |z| and z ** w rely on. The object-level behaviour is covered by
// test/programs/t2_complex*.py.
import { describe, expect, it } from 'vitest';
import { atan2, cPow, cQuot, complexReprJS, formatComplex, hypot, parseComplexText } from '../../src/objects/complex.js';

describe('complex repr', () => {
  it('formats like complex_repr', () => {
    const cases: [number, number, string][] = [
      [1, 2, '(1+2j)'], [0, 2, '2j'], [-0, -1, '(-0-1j)'], [NaN, Infinity, '(nan+infj)'], [0, 1e20, '1e+20j'],
      [1, -NaN, '(1+nanj)'], [0, 0, '0j'], [-0, 0, '(-0+0j)'], [0, -0, '-0j'], [1.5, -0, '(1.5-0j)'],
      [1e-300, 1e300, '(1e-300+1e+300j)'], [1e16, 1e16, '(1e+16+1e+16j)'], [0.1, 0.2, '(0.1+0.2j)'],
    ];
    for (const [re, im, want] of cases) expect(complexReprJS(re, im)).toBe(want);
  });
});

describe('complex() string parsing', () => {
  it('accepts CPython forms and rejects malformed ones', () => {
    const ok: [string, number, number][] = [
      ['1+2j', 1, 2], [' (1-2.5j) ', 1, -2.5], ['j', 0, 1], ['-J', 0, -1], ['1+j', 1, 1], ['1e5J', 0, 1e5],
      ['.5j', 0, 0.5], ['1.j', 0, 1], ['infj', 0, Infinity], ['-Infinity-INFj', -Infinity, -Infinity],
      ['+1.5e-3-2E+2J', 0.0015, -200], ['( 1+2j )', 1, 2], ['3', 3, 0],
    ];
    for (const [s, re, im] of ok) expect(parseComplexText(s)).toEqual([re, im]);
    expect(parseComplexText('nan-infj')![0]).toBeNaN();
    for (const s of ['', ' ', 'abc', '1+2', '1 + 2j', '(1+2j', '1e', 'jj', '()', '1j+2', '0x1', '1+2j\0']) {
      expect(parseComplexText(s)).toBeNull();
    }
  });
});

describe('format(complex, spec)', () => {
  it('matches format_complex_internal', () => {
    const cases: [number, number, string, string][] = [
      [1, 2, '', '(1+2j)'], [1, 2, '.2f', '1.00+2.00j'], [1.5, -2, '10.3g', '    1.5-2j'], [1, 2, '^20', '       (1+2j)       '],
      [0, 2, 'g', '0+2j'], [0, 2, '', '2j'], [1, 2, '+', '(+1+2j)'], [0, -2.5, ' ', '-2.5j'], [1, 2, '#', '(1.+2.j)'],
      [1234567, 2, ',.2f', '1,234,567.00+2.00j'], [-0.0001, -0, 'z.1f', '0.0+0.0j'], [NaN, Infinity, 'F', 'NAN+INFj'],
      [1, 2, '*^15.1f', '***1.0+2.0j****'], [3e20, 4e-20, 'G', '3E+20+4E-20j'], [1.2345, 6.789, '.3', '(1.23+6.79j)'],
    ];
    for (const [re, im, spec, want] of cases) expect(formatComplex(re, im, spec, 'complex')).toBe(want);
    expect(() => formatComplex(1, 2, '020', 'complex')).toThrow('Zero padding is not allowed in complex format specifier');
    expect(() => formatComplex(1, 2, '=20', 'complex')).toThrow("'=' alignment flag is not allowed in complex format specifier");
    expect(() => formatComplex(1, 2, 'd', 'complex')).toThrow("Unknown format code 'd' for object of type 'complex'");
  });
});

describe('complex arithmetic', () => {
  it('divides with Smith\'s algorithm and reports a zero divisor', () => {
    expect(cQuot(4, 2, 1, 1)).toMatchObject({ re: 3, im: -1, err: 0 });
    expect(cQuot(1, 1, 1e-320, 0)).toMatchObject({ re: Infinity, im: Infinity });
    expect(cQuot(1, 2, 0, 0).err).toBe(1);
  });
  it('raises to powers as complex_pow', () => {
    const p = (ar: number, ai: number, br: number, bi: number): [number, number, number] => {
      const r = cPow(ar, ai, br, bi);
      return [r.re, r.im, r.err];
    };
    expect(p(1, 2, 2, 3)).toEqual([-0.01513267242272266, -0.179867483913335, 0]);
    expect(p(1, 2, 0.5, 0)).toEqual([1.272019649514069, 0.7861513777574233, 0]);
    expect(p(2, 3, -0.5, 0)).toEqual([0.46432545265081504, -0.24849944091130338, 0]);
    expect(p(2, 0, 1, 1)).toEqual([1.5384778027279442, 1.2779225526272695, 0]);
    expect(p(1, 2, -2, 0)).toEqual([-0.12, -0.16, 0]);
    expect(p(0, 0, -1, 0)[2]).toBe(1); // 0.0 to a negative or complex power
    expect(p(1, 2, Infinity, 0)[2]).toBe(1); // cos(inf): EDOM, as glibc
    expect(p(1e200, 0, 2, 0)[2]).toBe(2); // overflow
  });
});

describe('correctly rounded helpers', () => {
  it('hypot as glibc', () => {
    expect(hypot(1, 1)).toBe(1.4142135623730951);
    expect(hypot(3e-320, 4e-320)).toBe(5e-320);
    expect(hypot(1e308, 1e308)).toBe(1.4142135623730951e308);
    expect(hypot(0.1, 0.2)).toBe(0.223606797749979);
    expect(hypot(1.5e-160, 2.5e-160)).toBe(2.91547594742265e-160);
    expect(hypot(Infinity, NaN)).toBe(Infinity);
    expect(hypot(1.7e308, 1.7e308)).toBe(Infinity);
  });
  it('hypot: the fast path agrees with the exact one', () => {
    let seed = 12345;
    const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const bad: number[][] = [];
    for (let i = 0; i < 4000; i++) {
      const x = rand() * 2 ** (Math.floor(rand() * 40) - 20), y = rand() * 2 ** (Math.floor(rand() * 40) - 20);
      // scaled by 2**400 the same inputs take the exact BigInt path; the scaling is exact
      if (hypot(x, y) !== hypot(x * 2 ** 400, y * 2 ** 400) / 2 ** 400) bad.push([x, y]);
    }
    expect(bad).toEqual([]);
  });
  it('atan2 as glibc', () => {
    expect(atan2(1, 1)).toBe(0.7853981633974483);
    expect(atan2(-2, -3)).toBe(-2.5535900500422257);
    expect(atan2(1e-300, -1)).toBe(3.141592653589793);
    expect(atan2(5, 1e-10)).toBe(1.5707963267748966);
    expect(atan2(0.3, 0.7)).toBe(0.40489178628508343);
    expect(atan2(-0, -1)).toBe(-Math.PI);
  });
});
