/*
 * complex: two IEEE doubles (CPython's Objects/complexobject.c, 3.11).
 *
 *   byte 16 COMPLEX_REAL  the real part (f64)
 *        24 COMPLEX_IMAG  the imaginary part (f64)                     32 bytes
 *
 * A complex is a leaf object like a float (objects/object.ts newLeafObject): no references
 * inside, never tracked, never cached; every result is a new object. A subclass instance
 * has the same two words and its __dict__ word at 32 (objects/typecall.ts retypeBuiltin).
 *
 * Owns: the constructor complex(real=0, imag=0) (numbers, strings such as ' (1-2.5j) ',
 * objects with __complex__ / __float__ / __index__, with CPython's messages), repr/str,
 * hash (hash(real) + 1000003 * hash(imag), so hash(complex(1, 0)) == hash(1)), truth,
 * == / != against int, float and complex (ordering is NotImplemented, so the generic
 * comparison raises TypeError), the arithmetic + - * / ** with int/float/complex operands
 * in either order (anything else, // and % included, is NotImplemented), unary - and +,
 * abs(), format()/f-string specs (formatter_unicode.c's format_complex_internal), the
 * attributes real/imag and the methods conjugate, __complex__, __getnewargs__.
 *
 * The generic operations (objects/abstract.ts) dispatch here on Kind.COMPLEX; the eval
 * loop's int/float fast paths never see a complex (it takes the generic path).
 *
 * Numerics follow CPython's C code operation by operation, so + - * / and integer powers
 * (|n| <= 100: repeated squaring, c_powi) give bit-identical results. |z| is correctly
 * rounded, as glibc's hypot: a double-double residual test decides almost every case, an
 * exact BigInt square root the rest. The general power uses the correctly rounded
 * pow/exp/log/sin/cos of intmath.ts and a correctly rounded atan2 (BigInt fixed point);
 * glibc's are correctly rounded in all but ~0.1% of cases, so about 1 general power in
 * 300 differs from CPython's in the last digit. The DeprecationWarning CPython prints when
 * __complex__ returns a complex subclass is not emitted (as float()/int() here).
 * errno is modelled as CPython observes it: EDOM for 0 to a negative or complex power,
 * for a zero divisor and for cos/sin of an infinite phase; ERANGE when a result part is
 * infinite (_Py_ADJUST_ERANGE2).
 *
 * Module state: `SCRATCH_F64` / `SCRATCH_U32` are a scratch view pair to read a double's
 * bits (as numhash.ts does); they never hold a value between calls. The natives are
 * defined once at import time (vm/natives.ts).
 */
import { warnDeprecatedFromMain } from '../vm/traceback.js';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { raiseTypeError, raiseValueError, raiseZeroDivision, raiseOverflow, raiseAttributeError, errOccurred } from '../vm/errors.js';
import { callWithSelf0 } from '../vm/call.js';
import { defineNative } from '../vm/natives.js';
import { Kind } from './kinds.js';
import { kindOf, typeOf, newLeafObject } from './object.js';
import { TP_FLAGS, TPF_HEAPTYPE } from './typelayout.js';
import { typeLookup, typeName } from './type.js';
import { strToJS, reprString } from './str.js';
import { tupleSize, tupleItem, tupleFromRefs } from './tuple.js';
import { floatNew, floatValue } from './float.js';
import { pow as libmPow, sin as libmSin, cos as libmCos } from './libm.js';
import { NumericError, crExp, crLog, bitLength } from './intmath.js';
import { hashFloat, type PyHash } from './numhash.js';
import { formatFloatShort, DTSF_SIGN, DTSF_ALT, DTSF_NO_NEG_0 } from './numfmt.js';
import { parseFormatSpec, renderNumber } from './formatspec.js';
import { toAsciiForm } from './numparse.js';
import * as A from './abstract.js';

export const COMPLEX_REAL = 16;
export const COMPLEX_IMAG = 24;
export const COMPLEX_SIZE = 32;

// ------------------------------------------------------------------ objects

/** A new exact complex. New reference. */
export function complexNew(rt: Runtime, re: number, im: number): Ref {
  const ref = newLeafObject(rt, rt.kindTypes[Kind.COMPLEX]!, COMPLEX_SIZE);
  const w = ref >> 3;
  rt.f64[w + (COMPLEX_REAL >> 3)] = re;
  rt.f64[w + (COMPLEX_IMAG >> 3)] = im;
  return ref;
}

export function complexReal(rt: Runtime, v: Ref): number {
  return rt.f64[(v + COMPLEX_REAL) >> 3]!;
}

export function complexImag(rt: Runtime, v: Ref): number {
  return rt.f64[(v + COMPLEX_IMAG) >> 3]!;
}

function isComplex(rt: Runtime, v: Ref): boolean {
  return (v & 1) === 0 && kindOf(rt, v) === Kind.COMPLEX;
}

// ------------------------------------------------------------------ repr, hash, truth

function isPlusZero(x: number): boolean {
  return x === 0 && 1 / x > 0;
}

/** repr(complex) of the parts: '2j', '(1+2j)', '(-0-1j)', '(nan+infj)', '1e+20j'. */
export function complexReprJS(re: number, im: number): string {
  if (isPlusZero(re)) return formatFloatShort(im, 'r', 0, 0) + 'j';
  return '(' + formatFloatShort(re, 'r', 0, 0) + formatFloatShort(im, 'r', 0, DTSF_SIGN) + 'j)';
}

export function complexRepr(rt: Runtime, v: Ref): string {
  return complexReprJS(complexReal(rt, v), complexImag(rt, v));
}

const HASH_IMAG = 1000003n;

/** hash(complex): hash(real) + 1000003 * hash(imag) in unsigned 64-bit arithmetic. */
export function complexHash(rt: Runtime, v: Ref): PyHash {
  const hr = hashFloat(complexReal(rt, v), v);
  const hi = hashFloat(complexImag(rt, v), v);
  if (hi === 0) return hr;
  const h = BigInt.asIntN(64, BigInt(hr) + HASH_IMAG * BigInt(hi));
  if (h === -1n) return -2;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

export function complexIsTrue(rt: Runtime, v: Ref): number {
  return complexReal(rt, v) !== 0 || complexImag(rt, v) !== 0 ? 1 : 0;
}

// ------------------------------------------------------------------ comparison

/**
 * a <op> b where at least one of a, b is a complex (complex_richcompare, either way
 * round). Borrowed bool, NotImplemented, or NULL on error.
 */
export function complexCompare(rt: Runtime, a: Ref, b: Ref, op: number, ka: Kind, kb: Kind): Ref {
  if (op !== 2 && op !== 3) return rt.NotImplemented;
  let v = a, w = b, kw = kb;
  if (ka !== Kind.COMPLEX) { v = b; w = a; kw = ka; }
  const re = complexReal(rt, v), im = complexImag(rt, v);
  let equal: boolean;
  if (kw === Kind.INT || kw === Kind.BOOL) {
    if (im !== 0) equal = false;
    else {
      // exact: the real part compared with the int as float == int does
      const f = floatNew(rt, re);
      const r = A.builtinCompare(rt, f, w, op, Kind.FLOAT, kw);
      decref(rt, f);
      return r;
    }
  } else if (kw === Kind.FLOAT) {
    equal = re === floatValue(rt, w) && im === 0;
  } else if (kw === Kind.COMPLEX) {
    equal = re === complexReal(rt, w) && im === complexImag(rt, w);
  } else {
    return rt.NotImplemented;
  }
  return equal === (op === 2) ? rt.True : rt.False;
}

// ------------------------------------------------------------------ numerics (pure)

/** CPython's errno after a complex operation. */
const enum Errno { OK = 0, EDOM = 1, ERANGE = 2 }

interface Cx { re: number; im: number; err: Errno }

function prod(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/** _Py_c_quot: Smith's algorithm, EDOM on a zero divisor. */
export function cQuot(ar: number, ai: number, br: number, bi: number): Cx {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0) return { re: 0, im: 0, err: Errno.EDOM };
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return { re: (ar + ai * ratio) / denom, im: (ai - ar * ratio) / denom, err: Errno.OK };
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return { re: (ar * ratio + ai) / denom, im: (ai * ratio - ar) / denom, err: Errno.OK };
  }
  return { re: NaN, im: NaN, err: Errno.OK };
}

/** c_powu: x**n for 0 <= n <= 100 by repeated squaring. */
function cPowu(xr: number, xi: number, n: number): [number, number] {
  let rr = 1, ri = 0, pr = xr, pi = xi;
  for (let mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if ((n & mask) !== 0) [rr, ri] = prod(rr, ri, pr, pi);
    [pr, pi] = prod(pr, pi, pr, pi);
  }
  return [rr, ri];
}

/** c_powi: x**n for an integer |n| <= 100. */
function cPowi(xr: number, xi: number, n: number): Cx {
  if (n > 0) {
    const [re, im] = cPowu(xr, xi, n);
    return { re, im, err: Errno.OK };
  }
  const [dr, di] = cPowu(xr, xi, -n);
  return cQuot(1, 0, dr, di);
}

/** C's pow(x, y) for x > 0 (the modulus): correctly rounded when finite, C99's special cases. */
function cPowReal(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isFinite(x) && Number.isFinite(y)) return libmPow(x, y);
  return Math.pow(x, y);
}

/** _Py_c_pow, with glibc's EDOM for cos/sin of an infinite phase. */
function cPowGeneral(ar: number, ai: number, br: number, bi: number): Cx {
  if (br === 0 && bi === 0) return { re: 1, im: 0, err: Errno.OK };
  if (ar === 0 && ai === 0) return { re: 0, im: 0, err: bi !== 0 || br < 0 ? Errno.EDOM : Errno.OK };
  const vabs = hypot(ar, ai);
  let len = cPowReal(vabs, br);
  const at = atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= crExp(at * bi);
    phase += bi * crLog(vabs);
  }
  const err = phase === Infinity || phase === -Infinity ? Errno.EDOM : Errno.OK;
  return { re: len * libmCos(phase), im: len * libmSin(phase), err };
}

/** complex_pow's core: the small-integer fast path, then errno as CPython reports it. */
export function cPow(ar: number, ai: number, br: number, bi: number): Cx {
  const r = bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100 ? cPowi(ar, ai, br) : cPowGeneral(ar, ai, br, bi);
  // _Py_ADJUST_ERANGE2
  if (r.err === Errno.OK && (Math.abs(r.re) === Infinity || Math.abs(r.im) === Infinity)) r.err = Errno.ERANGE;
  return r;
}

const SCRATCH_F64 = new Float64Array(1);
const SCRATCH_U32 = new Uint32Array(SCRATCH_F64.buffer);

/** x = m * 2**e for a finite x > 0, m an integer < 2**53. */
function decompose(x: number): [bigint, number] {
  SCRATCH_F64[0] = x;
  const lo = SCRATCH_U32[0]!;
  const hi = SCRATCH_U32[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 4294967296 + lo;
  return biased === 0 ? [BigInt(frac), -1074] : [BigInt(frac + 4503599627370496), biased - 1075];
}

/** floor(sqrt(n)) for 0 <= n < 2**1000: Newton from a float overestimate (2-3 steps). */
function isqrt(n: bigint): bigint {
  if (n < 4503599627370496n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  let x = BigInt(Math.ceil(Math.sqrt(Number(n)) * (1 + 2 ** -40)));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** (r + f) * 2**e, 0 <= f < 1 (f > 0 iff sticky), rounded to nearest even double. r has >= 56 bits. */
function roundToDouble(r: bigint, e: number, sticky: boolean): number {
  const n = bitLength(r);
  const shift = Math.max(n - 53, -1074 - e);
  const bs = BigInt(shift);
  let q = r >> bs;
  const rem = r - (q << bs);
  const half = 1n << (bs - 1n);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  const exp = e + shift;
  return exp > 1023 ? Infinity : Number(q) * Math.pow(2, exp);
}

// atan2, correctly rounded (as glibc's): fixed-point BigInt arithmetic with FIX_BITS
// fraction bits (argument halving, then the Taylor series), rounded once.
const FIX_BITS = 150;
const FIX_ONE = 1n << BigInt(FIX_BITS);

/** atan(1/n) in fixed point, n >= 5 (Machin's formula for pi). */
function atanInverse(n: bigint): bigint {
  const n2 = n * n;
  let power = FIX_ONE / n;
  let sum = 0n;
  for (let k = 0n; power !== 0n; k++) {
    sum += (k & 1n) === 0n ? power / (2n * k + 1n) : -(power / (2n * k + 1n));
    power /= n2;
  }
  return sum;
}

const FIX_PI = 4n * (4n * atanInverse(5n) - atanInverse(239n));

/** atan(t) in fixed point for 0 <= t <= 1 (fixed point). */
function atanFixed(t: bigint): bigint {
  let halvings = 0n;
  while (t > FIX_ONE >> 3n) {
    // tan(a/2) = t / (1 + sqrt(1 + t*t))
    t = (t * FIX_ONE) / (FIX_ONE + isqrt(FIX_ONE * FIX_ONE + t * t));
    halvings++;
  }
  const t2 = (t * t) >> BigInt(FIX_BITS);
  let sum = 0n;
  let power = t;
  for (let k = 0n; power !== 0n; k++) {
    sum += (k & 1n) === 0n ? power / (2n * k + 1n) : -(power / (2n * k + 1n));
    power = (power * t2) >> BigInt(FIX_BITS);
  }
  return sum << halvings;
}

/** C99 atan2(y, x), correctly rounded for finite non-zero arguments (Math.atan2 otherwise: same special cases). */
export function atan2(y: number, x: number): number {
  if (x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x);
  const ax = Math.abs(x), ay = Math.abs(y);
  const steep = ay > ax;
  // a tiny angle: atan(t) = t (1 - t*t/3 ...) rounds as t does
  if (!steep && x > 0 && ay < ax * 8.673617379884035e-19 /* 2**-60 */) return y / x;
  const [mn, en] = decompose(steep ? ax : ay);
  const [md, ed] = decompose(steep ? ay : ax);
  const sh = en - ed + FIX_BITS;
  let theta = atanFixed(sh >= 0 ? (mn << BigInt(sh)) / md : (mn >> BigInt(-sh)) / md);
  if (steep) theta = (FIX_PI >> 1n) - theta;
  if (x < 0) theta = FIX_PI - theta;
  const v = roundToDouble(theta, -FIX_BITS, true);
  return y < 0 ? -v : v;
}

/** C99 hypot, correctly rounded: exact sum of squares and integer square root. */
export function hypot(x: number, y: number): number {
  let ax = Math.abs(x), ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (ax !== ax || ay !== ay) return NaN;
  if (ax < ay) [ax, ay] = [ay, ax];
  if (ay === 0) return ax;
  if (ay < ax * 8.673617379884035e-19 /* 2**-60 */) return ax;
  if (ax < 2.037035976334486e+90 /* 2**300 */ && ax > 4.909093465297727e-91 /* 2**-300 */) {
    const fast = hypotFast(ax, ay);
    if (fast === fast) return fast;
  }
  return hypotExact(ax, ay);
}

const SPLITTER = 134217729; // 2**27 + 1, Dekker's split

/**
 * sqrt(ax*ax + ay*ay) for ax >= ay >= ax * 2**-60, ax in (2**-300, 2**300): sqrt of the
 * rounded sum, then the exact residual (Dekker products, Sterbenz subtraction) says how far
 * the true root is from it in ulps. NaN when that is too close to a rounding boundary to
 * decide (or the root is a power of two): hypotExact decides.
 */
function hypotFast(ax: number, ay: number): number {
  let c = SPLITTER * ax;
  const xh = c - (c - ax), xl = ax - xh;
  c = SPLITTER * ay;
  const yh = c - (c - ay), yl = ay - yh;
  const p1 = ax * ax, e1 = ((xh * xh - p1) + 2 * xh * xl) + xl * xl;
  const p2 = ay * ay, e2 = ((yh * yh - p2) + 2 * yh * yl) + yl * yl;
  const s = p1 + p2;
  const bb = s - p1;
  const t = ((p1 - (s - bb)) + (p2 - bb)) + (e1 + e2);
  const h = Math.sqrt(s);
  c = SPLITTER * h;
  const hh = c - (c - h), hl = h - hh;
  const q1 = h * h, q2 = ((hh * hh - q1) + 2 * hh * hl) + hl * hl;
  const r = ((s - q1) - q2) + t; // S - h*h, to ~2**-100 S
  SCRATCH_F64[0] = h;
  const hi = SCRATCH_U32[1]!;
  // the gap below h, in ulps of h: half of it when h is a power of two
  const below = (hi & 0xfffff) === 0 && SCRATCH_U32[0] === 0 ? 0.5 : 1;
  const u = Math.pow(2, ((hi >>> 20) & 0x7ff) - 1075); // ulp(h)
  const d = r / (2 * h) / u; // (sqrt(S) - h) / ulp(h), to ~2**-50
  const margin = 1 / 1024;
  if (d < 0.5 - margin && d > -below / 2 + margin) return h;
  if (d > 0.5 + margin && d < 1.5 - margin) return h + u;
  if (d < -below / 2 - margin && d > -below * 1.5 + margin) return h - below * u;
  return NaN;
}

/** sqrt(ax*ax + ay*ay), ax >= ay > 0 finite: exact sum of squares, integer square root, one rounding. */
function hypotExact(ax: number, ay: number): number {
  const [mx, ex] = decompose(ax);
  const [my, ey] = decompose(ay);
  const e0 = Math.min(ex, ey);
  const X = mx << BigInt(ex - e0);
  const Y = my << BigInt(ey - e0);
  let s = X * X + Y * Y;
  const k = Math.max(0, (116 - bitLength(s) + 1) >> 1);
  s <<= BigInt(2 * k);
  const r = isqrt(s);
  return roundToDouble(r, e0 - k, r * r !== s);
}

/** _Py_c_abs: infinities win over NaN; ERANGE (null here) when the result overflows. */
export function cAbs(re: number, im: number): number | null {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return Infinity;
    if (im === Infinity || im === -Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(re, im);
  return Number.isFinite(r) ? r : null;
}

// ------------------------------------------------------------------ arithmetic

/** TO_COMPLEX: the operand as [re, im], NotImplemented when it is not a number, null on error. */
function toComplexParts(rt: Runtime, v: Ref, k: Kind): [number, number] | Ref | null {
  if (k === Kind.COMPLEX) return [complexReal(rt, v), complexImag(rt, v)];
  if (k === Kind.FLOAT) return [floatValue(rt, v), 0];
  if (k === Kind.INT || k === Kind.BOOL) {
    const x = A.toFloat(rt, v);
    return x === null ? null : [x, 0];
  }
  return rt.NotImplemented;
}

/**
 * a <op> b (BINARY_OP base oparg) where a or b is a complex: + - * / ** with int, float
 * and complex operands. New reference, NotImplemented (borrowed), or NULL on error.
 */
export function complexBinary(rt: Runtime, a: Ref, b: Ref, op: number, ka: Kind, kb: Kind): Ref {
  if (op !== 0 && op !== 10 && op !== 5 && op !== 11 && op !== 8) return rt.NotImplemented;
  const x = toComplexParts(rt, a, ka);
  if (x === null) return NULL;
  if (!Array.isArray(x)) return x;
  const y = toComplexParts(rt, b, kb);
  if (y === null) return NULL;
  if (!Array.isArray(y)) return y;
  const [ar, ai] = x, [br, bi] = y;
  switch (op) {
    case 0: return complexNew(rt, ar + br, ai + bi);
    case 10: return complexNew(rt, ar - br, ai - bi);
    case 5: {
      const [re, im] = prod(ar, ai, br, bi);
      return complexNew(rt, re, im);
    }
    case 11: {
      const q = cQuot(ar, ai, br, bi);
      if (q.err === Errno.EDOM) return raiseZeroDivision(rt, 'complex division by zero');
      return complexNew(rt, q.re, q.im);
    }
    default: {
      const p = cPow(ar, ai, br, bi);
      if (p.err === Errno.EDOM) return raiseZeroDivision(rt, '0.0 to a negative or complex power');
      if (p.err === Errno.ERANGE) return raiseOverflow(rt, 'complex exponentiation');
      return complexNew(rt, p.re, p.im);
    }
  }
}

/** -z, +z (op 0, 1). +z of an exact complex is z itself, of a subclass an exact copy. */
export function complexUnary(rt: Runtime, v: Ref, op: number): Ref {
  const re = complexReal(rt, v), im = complexImag(rt, v);
  if (op === 0) return complexNew(rt, -re, -im);
  if (typeOf(rt, v) === rt.kindTypes[Kind.COMPLEX]) return newRef(rt, v);
  return complexNew(rt, re, im);
}

/** abs(z): a float, OverflowError when too large. */
export function complexAbs(rt: Runtime, v: Ref): Ref {
  const r = cAbs(complexReal(rt, v), complexImag(rt, v));
  if (r === null) return raiseOverflow(rt, 'absolute value too large');
  return floatNew(rt, r);
}

/** pow(a, b, m) with a complex among them (and a, b numbers): complex_pow's "complex modulo". */
export function complexPowModulo(rt: Runtime, a: Ref, b: Ref, m: Ref): boolean {
  const num = (v: Ref): boolean => {
    const k = kindOf(rt, v);
    return k === Kind.INT || k === Kind.BOOL || k === Kind.FLOAT || k === Kind.COMPLEX;
  };
  return (isComplex(rt, a) || isComplex(rt, b) || isComplex(rt, m)) && num(a) && num(b);
}

/** The attributes real and imag (NULL, no exception, for other names). */
export function complexAttr(rt: Runtime, v: Ref, name: string): Ref {
  if (name === 'real') return floatNew(rt, complexReal(rt, v));
  if (name === 'imag') return floatNew(rt, complexImag(rt, v));
  return NULL;
}

/** setattr/delattr of real or imag: CPython's read-only member message. */
export function complexReadonlyAttr(rt: Runtime, name: string): boolean {
  if (name !== 'real' && name !== 'imag') return false;
  raiseAttributeError(rt, 'readonly attribute');
  return true;
}

// ------------------------------------------------------------------ format

function codeRepr(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp > 32 && cp < 128) return `'${ch}'`;
  return `'\\x${cp.toString(16)}'`;
}

/** One part split as calc_number_widths wants it: sign, integer digits, '.', the rest. */
function splitNumber(buf: string): [string, string, boolean, string] {
  let sign = '';
  let i = 0;
  if (buf.charCodeAt(0) === 45) { sign = '-'; i = 1; }
  let j = i;
  while (j < buf.length) {
    const c = buf.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  const hasDecimal = j < buf.length && buf.charCodeAt(j) === 46;
  return [sign, buf.slice(i, j), hasDecimal, buf.slice(hasDecimal ? j + 1 : j)];
}

/** format(complex, spec): formatter_unicode.c's format_complex_internal. Throws NumericError. */
export function formatComplex(re: number, im: number, spec: string, typeNameText: string): string {
  if (spec === '') return complexReprJS(re, im);
  const f = parseFormatSpec(spec, '', '>', typeNameText);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      throw new NumericError('ValueError', `Unknown format code ${codeRepr(f.type)} for object of type '${typeNameText}'`);
  }
  if (f.precision > 2147483647) throw new NumericError('ValueError', 'precision too big');
  if (f.fill === '0') throw new NumericError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new NumericError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let flags = 0;
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (isPlusZero(re)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const useLocale = f.type === 'n';
  // the parts without padding; the imaginary one always signed unless it stands alone
  const bare = { ...f, fill: ' ', align: '<', width: -1 };
  const [reSign, reDigits, reDot, reRest] = splitNumber(formatFloatShort(re, type, precision, flags));
  const [imSign, imDigits, imDot, imRest] = splitNumber(formatFloatShort(im, type, precision, flags));
  const reText = skipRe ? '' : renderNumber(bare, reSign, '', reDigits, reDot, reRest, false, useLocale);
  const imText = renderNumber(skipRe ? bare : { ...bare, sign: '+' }, imSign, '', imDigits, imDot, imRest, false, useLocale);
  const body = (addParens ? '(' : '') + reText + imText + 'j' + (addParens ? ')' : '');
  // calc_padding + fill_padding
  const len = body.length;
  const total = f.width > len ? f.width : len;
  const align = f.align === '' ? '>' : f.align;
  const lpad = align === '>' ? total - len : align === '^' ? (total - len) >> 1 : 0;
  const rpad = total - len - lpad;
  return (lpad > 0 ? f.fill.repeat(lpad) : '') + body + (rpad > 0 ? f.fill.repeat(rpad) : '');
}

export function complexFormat(rt: Runtime, v: Ref, spec: string): string | null {
  return A.numeric(rt, () => formatComplex(complexReal(rt, v), complexImag(rt, v), spec, A.typeNameOf(rt, v)));
}

// ------------------------------------------------------------------ construction

const FLOAT_PREFIX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i;

/** PyOS_string_to_double's longest float prefix of s at pos: [value, end] or null. */
function floatPrefix(s: string, pos: number): [number, number] | null {
  const m = FLOAT_PREFIX.exec(s.slice(pos));
  if (m === null) return null;
  const t = m[0];
  const body = t.replace(/^[+-]/, '').toLowerCase();
  let x: number;
  if (body === 'inf' || body === 'infinity') x = Infinity;
  else if (body === 'nan') x = NaN;
  else x = Number(body);
  return [t.charCodeAt(0) === 45 ? -x : x, pos + t.length];
}

function isSpaceAscii(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** complex_from_string_inner: the parts, or null for a malformed string. */
export function parseComplexText(s: string): [number, number] | null {
  let x = 0, y = 0;
  let i = 0;
  const n = s.length;
  const ch = (k: number): string => (k < n ? s[k]! : '');
  while (i < n && isSpaceAscii(s.charCodeAt(i))) i++;
  let gotBracket = false;
  if (ch(i) === '(') {
    gotBracket = true;
    i++;
    while (i < n && isSpaceAscii(s.charCodeAt(i))) i++;
  }
  const z = floatPrefix(s, i);
  if (z !== null) {
    i = z[1];
    if (ch(i) === '+' || ch(i) === '-') {
      x = z[0];
      const w = floatPrefix(s, i);
      if (w !== null) {
        y = w[0];
        i = w[1];
      } else {
        y = ch(i) === '+' ? 1 : -1;
        i++;
      }
      if (ch(i) !== 'j' && ch(i) !== 'J') return null;
      i++;
    } else if (ch(i) === 'j' || ch(i) === 'J') {
      i++;
      y = z[0];
    } else {
      x = z[0];
    }
  } else {
    if (ch(i) === '+' || ch(i) === '-') {
      y = ch(i) === '+' ? 1 : -1;
      i++;
    } else {
      y = 1;
    }
    if (ch(i) !== 'j' && ch(i) !== 'J') return null;
    i++;
  }
  while (i < n && isSpaceAscii(s.charCodeAt(i))) i++;
  if (gotBracket) {
    if (ch(i) !== ')') return null;
    i++;
    while (i < n && isSpaceAscii(s.charCodeAt(i))) i++;
  }
  return i === n ? [x, y] : null;
}

/** _Py_string_to_number_with_underscores: underscores only between digits, then removed. */
function stripUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let prev = '';
  let out = '';
  for (const c of s) {
    const digit = (p: string): boolean => p >= '0' && p <= '9';
    if (c === '_') {
      if (!digit(prev)) return null;
    } else {
      out += c;
      if (prev === '_' && !digit(c)) return null;
    }
    prev = c;
  }
  return prev === '_' ? null : out;
}

function complexFromString(rt: Runtime, v: Ref): Ref {
  const text = strToJS(rt, v);
  const ascii = stripUnderscores(toAsciiForm(text));
  if (ascii === null) return raiseValueError(rt, `could not convert string to complex: ${reprString(text)}`);
  const parts = parseComplexText(ascii);
  if (parts === null) return raiseValueError(rt, 'complex() arg is a malformed string');
  return complexNew(rt, parts[0], parts[1]);
}

function isHeapInstance(rt: Runtime, v: Ref): boolean {
  return (v & 1) === 0 && (rt.i32[(typeOf(rt, v) + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
}

/** Has nb_float, nb_index, or is a complex (the constructor's "is a number" test). */
function isNumberLike(rt: Runtime, v: Ref): boolean {
  const k = kindOf(rt, v);
  if (k === Kind.INT || k === Kind.BOOL || k === Kind.FLOAT || k === Kind.COMPLEX) return true;
  if (!isHeapInstance(rt, v)) return false;
  const t = typeOf(rt, v);
  return typeLookup(rt, t, rt.names.__float__) !== NULL || typeLookup(rt, t, rt.names.__index__) !== NULL;
}

/** PyNumber_Float(v) as a double, for a number that is not a complex; null on error. */
function numberAsDouble(rt: Runtime, v: Ref): number | null {
  const k = kindOf(rt, v);
  if (isHeapInstance(rt, v)) {
    const t = typeOf(rt, v);
    const d = typeLookup(rt, t, rt.names.__float__);
    if (d !== NULL) {
      const r = callWithSelf0(rt, d, v);
      if (r === NULL) return null;
      if (kindOf(rt, r) !== Kind.FLOAT) {
        const msg = `${typeName(rt, t)}.__float__ returned non-float (type ${A.typeNameOf(rt, r)})`;
        decref(rt, r);
        raiseTypeError(rt, msg);
        return null;
      }
      if (typeOf(rt, r) !== rt.tFloat && !warnDeprecatedFromMain(rt, `${typeName(rt, t)}.__float__ returned non-float (type ${A.typeNameOf(rt, r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`, 0)) {
        decref(rt, r);
        return null;
      }
      const x = floatValue(rt, r);
      decref(rt, r);
      return x;
    }
    if (k !== Kind.FLOAT && typeLookup(rt, t, rt.names.__index__) !== NULL) {
      const i = A.indexObject(rt, v);
      if (i === NULL) return null;
      const x = A.toFloat(rt, i);
      decref(rt, i);
      return x;
    }
  }
  if (k === Kind.FLOAT) return floatValue(rt, v);
  return A.toFloat(rt, v);
}

/** try_complex_special_method: NULL with no error when v has no __complex__. */
function tryComplexSpecial(rt: Runtime, v: Ref): Ref {
  if (!isHeapInstance(rt, v)) return NULL;
  const d = typeLookup(rt, typeOf(rt, v), A.internName(rt, '__complex__'));
  if (d === NULL) return NULL;
  const r = callWithSelf0(rt, d, v);
  if (r === NULL) return NULL;
  if (kindOf(rt, r) !== Kind.COMPLEX) {
    const msg = `__complex__ returned non-complex (type ${A.typeNameOf(rt, r)})`;
    decref(rt, r);
    return raiseTypeError(rt, msg);
  }
  return r;
}

const CTOR_KEYWORDS = ['real', 'imag'];

/** complex(real=0, imag=0): complex_new_impl (the exact type; typecall retypes for a subclass). */
function ctorComplex(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  const npos = nargs - nkw;
  if (nargs > 2) return raiseTypeError(rt, `complex() takes at most 2 arguments (${nargs} given)`);
  const given: (Ref | undefined)[] = [undefined, undefined];
  for (let i = 0; i < npos; i++) given[i] = rt.i32[args + i] as Ref;
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    const ix = CTOR_KEYWORDS.indexOf(kn);
    if (ix < 0) return raiseTypeError(rt, `'${kn}' is an invalid keyword argument for complex()`);
    if (given[ix] !== undefined) return raiseTypeError(rt, `argument for complex() given by name ('${kn}') and position (${ix + 1})`);
    given[ix] = rt.i32[args + npos + k] as Ref;
  }
  let r = given[0] ?? (1 as Ref); // the small int 0
  const i = given[1];
  if (i === undefined && isComplex(rt, r) && typeOf(rt, r) === rt.kindTypes[Kind.COMPLEX]) return newRef(rt, r);
  if ((r & 1) === 0 && kindOf(rt, r) === Kind.STR) {
    if (i !== undefined) return raiseTypeError(rt, "complex() can't take second arg if first is a string");
    return complexFromString(rt, r);
  }
  if (i !== undefined && (i & 1) === 0 && kindOf(rt, i) === Kind.STR) return raiseTypeError(rt, "complex() second arg can't be a string");
  const special = tryComplexSpecial(rt, r);
  if (special === NULL && errOccurred(rt)) return NULL;
  if (special !== NULL) r = special;
  const release = (): void => { if (special !== NULL) decref(rt, special); };
  if (!isNumberLike(rt, r)) {
    const msg = `complex() first argument must be a string or a number, not '${A.typeNameOf(rt, r)}'`;
    release();
    return raiseTypeError(rt, msg);
  }
  if (i !== undefined && !isNumberLike(rt, i)) {
    release();
    return raiseTypeError(rt, `complex() second argument must be a number, not '${A.typeNameOf(rt, i)}'`);
  }
  let crRe: number, crIm = 0;
  const crIsComplex = kindOf(rt, r) === Kind.COMPLEX;
  if (crIsComplex) {
    crRe = complexReal(rt, r);
    crIm = complexImag(rt, r);
    release();
  } else {
    const x = numberAsDouble(rt, r);
    release();
    if (x === null) return NULL;
    crRe = x;
  }
  let ciRe: number, ciIm = 0;
  let ciIsComplex = false;
  if (i === undefined) ciRe = crIm;
  else if (kindOf(rt, i) === Kind.COMPLEX) {
    ciRe = complexReal(rt, i);
    ciIm = complexImag(rt, i);
    ciIsComplex = true;
  } else {
    const x = numberAsDouble(rt, i);
    if (x === null) return NULL;
    ciRe = x;
  }
  if (ciIsComplex) crRe -= ciIm;
  if (crIsComplex && i !== undefined) ciRe += crIm;
  return complexNew(rt, crRe, ciRe);
}

export const COMPLEX_CONSTRUCTOR = defineNative('complex', ctorComplex);

// ------------------------------------------------------------------ methods
//
// conjugate, __complex__ and __getnewargs__ are served as slot wrappers (objects/
// slotwrappers.ts registers these natives for Kind.COMPLEX), not stored in the type's dict:
// nothing is allocated for them at bootstrap. Function declarations, so slotwrappers.ts
// can register them while this module is still being evaluated (an import cycle).

function noArgs(rt: Runtime, name: string, nargs: number, kwnames: Ref): boolean {
  if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) raiseTypeError(rt, `complex.${name}() takes no keyword arguments`);
  else if (nargs !== 1) raiseTypeError(rt, `complex.${name}() takes no arguments (${nargs - 1} given)`);
  else return true;
  return false;
}

/** complex.conjugate(self) */
export function complexConjugateNative(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!noArgs(rt, 'conjugate', nargs, kwnames)) return NULL;
  const self = rt.i32[args] as Ref;
  return complexNew(rt, complexReal(rt, self), -complexImag(rt, self));
}

/** complex.__complex__(self): self when exact, else an exact copy. */
export function complexComplexNative(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!noArgs(rt, '__complex__', nargs, kwnames)) return NULL;
  const self = rt.i32[args] as Ref;
  if (typeOf(rt, self) === rt.kindTypes[Kind.COMPLEX]) return newRef(rt, self);
  return complexNew(rt, complexReal(rt, self), complexImag(rt, self));
}

/** complex.__getnewargs__(self): (real, imag) */
export function complexGetnewargsNative(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!noArgs(rt, '__getnewargs__', nargs, kwnames)) return NULL;
  const self = rt.i32[args] as Ref;
  const re = floatNew(rt, complexReal(rt, self));
  const im = floatNew(rt, complexImag(rt, self));
  const t = tupleFromRefs(rt, [re, im]);
  decref(rt, re);
  decref(rt, im);
  return t;
}

/** Installed by vm/interp.ts at bootstrap (as objects/bytes.ts's constructors). */
export const COMPLEX_TYPE_CONSTRUCTORS: [Kind, number][] = [[Kind.COMPLEX, COMPLEX_CONSTRUCTOR]];
