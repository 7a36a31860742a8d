/*
 * intmath.ts: Python int and float arithmetic where JS differs, on plain JS values.
 *
 * Ints are `bigint` here (the object layer keeps small ints as numbers and widens them
 * when it calls in; `*Small` helpers take safe-integer numbers on the hot paths).
 * Floats are `number`.
 *
 * Owns: floor division / modulo / divmod (sign of the divisor), pow (negative
 * exponent -> float, three-argument pow with modular inverse), shifts, correctly rounded
 * int -> float and int / int, bit_length / bit_count, float floor division / modulo /
 * divmod / pow with CPython's signed-zero and error rules, isqrt, gcd, lcm, factorial,
 * comb, perm, int rounding, to_bytes/from_bytes.
 *
 * Errors are thrown as `NumericError` (Python exception type name + CPython's message);
 * the object layer converts them to heap exceptions at its boundary. This is the one
 * error type shared by numfmt/formatspec/numparse/intmath.
 *
 * float ** float: a negative base with a non-integer exponent gives a complex number in
 * CPython; complex is tier 2, so `floatPow` returns null there and the caller decides
 * (raise, or compute a complex once complex exists). Finite ** finite overflowing to
 * inf raises OverflowError(34, 'Numerical result out of range') as CPython on Linux.
 * Powers use libm.ts pow (glibc's algorithm, bit for bit), not Math.pow, which differs
 * from glibc in the last bit for about one input in a thousand.
 */
import { pow as libmPow } from './libm.js';

export type PyExceptionName = 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError' | 'IndexError';

/** A Python exception raised by these leaf libraries; with `errno`, its args are
 * (errno, message), as CPython's errno-based errors (`2.0 ** 10000`: (34, '...')). Made
 * without a JS stack trace: the callers turn it into the Python exception at once, and the
 * capture cost ~20 us a throw (a failing int('x') in a try took 11x python3's time). */
export class NumericError extends Error {
  readonly pyType: PyExceptionName;
  readonly errno?: number;

  constructor(pyType: PyExceptionName, message: string, errno?: number) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.pyType = pyType;
    if (errno !== undefined) this.errno = errno;
    this.name = pyType;
  }
}

function zeroDiv(msg: string): NumericError {
  return new NumericError('ZeroDivisionError', msg);
}

// ---------------------------------------------------------------------------------------
// int -> float

/** float(n): correctly rounded (ties to even; ECMAScript's Number(bigint) is exact
 * rounding), OverflowError beyond the float range. */
export function bigintToFloat(n: bigint): number {
  const x = Number(n);
  if (x === Infinity || x === -Infinity) throw new NumericError('OverflowError', 'int too large to convert to float');
  return x;
}

/** Number of bits of |n| (int.bit_length). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  // hex length gives the bit count to within 4 bits
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** int.bit_count: number of ones in |n|. */
export function bitCount(n: bigint): number {
  if (n < 0n) n = -n;
  let count = 0;
  while (n > 0n) {
    let w = Number(n & 0xffffffffn);
    w = w - ((w >>> 1) & 0x55555555);
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    count += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    n >>= 32n;
  }
  return count;
}

/** a / b for ints, correctly rounded as CPython's long_true_divide. */
export function intTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDiv('division by zero');
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const LIMIT = 9007199254740992n; // 2^53: both exact as floats -> one IEEE division
  if (a <= LIMIT && b <= LIMIT) {
    const q = Number(a) / Number(b);
    return negative ? -q : q;
  }
  if (a === 0n) return negative ? -0.0 : 0.0;
  const e = bitLength(a) - bitLength(b); // quotient in [2^(e-1), 2^(e+1))
  if (e > 1025) throw new NumericError('OverflowError', 'integer division result too large for a float');
  if (e < -1080) return negative ? -0.0 : 0.0;
  let L = Math.max(e - 53, -1074);
  let q: bigint, r: bigint, den: bigint;
  for (;;) {
    let num = a;
    den = b;
    if (L > 0) den = b << BigInt(L);
    else if (L < 0) num = a << BigInt(-L);
    q = num / den;
    r = num - q * den;
    if (q >= 9007199254740992n && L > -1074) { L++; continue; }
    // q may be < 2^52 only in the subnormal range or when e overestimated: widen
    if (q < 4503599627370496n && L > -1074) { L--; continue; }
    break;
  }
  const r2 = r * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  let x = Number(q); // exact: q <= 2^53
  // scale by 2^L exactly (split to avoid intermediate overflow/underflow)
  while (L > 1000) { x *= 2 ** 1000; L -= 1000; }
  while (L < -1000) { x *= 2 ** -1000; L += 1000; }
  x *= 2 ** L;
  if (x === Infinity) throw new NumericError('OverflowError', 'integer division result too large for a float');
  return negative ? -x : x;
}

// ---------------------------------------------------------------------------------------
// int floor division, modulo, pow, shifts

export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDiv('integer division or modulo by zero');
  const q = a / b;
  if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) return q - 1n;
  return q;
}

export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDiv('integer modulo by zero');
  const r = a % b;
  if (r !== 0n && ((r < 0n) !== (b < 0n))) return r + b;
  return r;
}

export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw zeroDiv('integer division or modulo by zero');
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && ((r < 0n) !== (b < 0n))) { q -= 1n; r += b; }
  return [q, r];
}

/** Floor division of safe integers (numbers); the result is a safe integer too
 * (except MIN_SAFE // -1 which callers widen beforehand). */
export function smallFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDiv('integer division or modulo by zero');
  const q = Math.floor(a / b);
  // a / b may round for |a| > 2^53 / ... : all safe ints, quotient exact enough; fix up
  const r = a - q * b;
  if (b > 0 ? r < 0 : r > 0) return q - 1;
  if (b > 0 ? r >= b : r <= b) return q + 1;
  return q;
}

export function smallMod(a: number, b: number): number {
  if (b === 0) throw zeroDiv('integer modulo by zero');
  const r = a % b;
  if (r !== 0 && (r < 0) !== (b < 0)) return r + b;
  return r === 0 ? 0 : r; // never -0
}

/** a ** b for ints: an int for b >= 0, a float for b < 0 (as CPython). */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b >= 0n) return a ** b;
  return floatPowChecked(bigintToFloat(a), bigintToFloat(b));
}

/** pow(a, b, m) for ints (Python 3.8+: b < 0 uses the modular inverse). */
export function intPowMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) throw new NumericError('ValueError', 'pow() 3rd argument cannot be 0');
  const negMod = m < 0n;
  if (negMod) m = -m;
  if (m === 1n) return 0n;
  let base = intMod(a, m);
  if (b < 0n) {
    base = modInverse(base, m);
    b = -b;
  }
  let result = 1n;
  while (b > 0n) {
    if (b & 1n) result = (result * base) % m;
    base = (base * base) % m;
    b >>= 1n;
  }
  if (negMod && result !== 0n) result -= m;
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new NumericError('ValueError', 'base is not invertible for the given modulus');
  return intMod(oldS, m);
}

export function intLshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'negative shift count');
  if (a === 0n) return 0n;
  // JS bigints stop near 2^30 bits; CPython runs out of memory around there too
  if (n > 1073741823n) throw new NumericError('OverflowError', 'too many digits in integer');
  return a << n;
}

export function intRshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'negative shift count');
  if (n > 1000000n) return a < 0n ? -1n : 0n;
  return a >> n; // bigint >> floors, as Python
}

/** round(n, ndigits) for ints: half-even at 10**-ndigits. */
export function intRound(n: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return n;
  const p = 10n ** -ndigits;
  const [q, r] = intDivmod(n, p);
  const r2 = r * 2n;
  let qq = q;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) qq += 1n;
  return qq * p;
}

// ---------------------------------------------------------------------------------------
// floats

/** x // y for floats (float_floor_div). */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float floor division by zero');
  return floatDivmodRaw(x, y)[0];
}

/** x % y for floats (float_rem): result has the sign of y. */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float modulo');
  let mod = x % y; // fmod
  if (mod !== 0) { // C truth: NaN is true
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0.0 : 0.0;
  }
  return mod;
}

export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw zeroDiv('float divmod()');
  return floatDivmodRaw(x, y);
}

function floatDivmodRaw(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) { // C truth: NaN is true
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const sign = vx / wx;
    floordiv = sign < 0 || Object.is(sign, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** x / y for floats. */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw zeroDiv('float division by zero');
  return x / y;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** x ** y for floats as CPython's float_pow; null when the result is complex
 * (negative base, non-integer exponent). */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if ((av > 1.0) === (iw > 0.0)) return Infinity;
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0.0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (iv === 0.0) {
    if (iw < 0.0) throw zeroDiv('0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negateResult = false;
  if (iv < 0.0) {
    if (!Number.isInteger(iw)) return null;
    iv = -iv;
    negateResult = isOddInteger(iw);
  }
  if (iv === 1.0) return negateResult ? -1.0 : 1.0;
  let ix = libmPow(iv, iw);
  if (negateResult) ix = -ix;
  if (!Number.isFinite(ix)) throw new NumericError('OverflowError', 'Numerical result out of range', 34);
  return ix;
}

/** floatPow that raises for a complex result (used where complex cannot arise
 * or is unsupported): ValueError as documented in the file comment. */
export function floatPowChecked(x: number, y: number): number {
  const r = floatPow(x, y);
  if (r === null) {
    throw new NumericError('ValueError', 'complex results are not supported (negative number raised to a fractional power)');
  }
  return r;
}

/** int(x) for a float: truncation, with CPython's errors. */
export function floatToBigint(x: number): bigint {
  if (x !== x) throw new NumericError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new NumericError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

// ---------------------------------------------------------------------------------------
// math module integer functions

export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 4503599627370496n) { // 2^52: float sqrt is exact enough, then fix up
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  // Newton from an overestimate
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const r = (a / gcd(a, b)) * b;
  return r < 0n ? -r : r;
}

/** Product of the integers in [lo, hi], by binary splitting (keeps bigints balanced). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function factorial(n: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'factorial() not defined for negative values');
  // the argument is a C long in CPython (PyLong_AsLongAndOverflow)
  if (n > 9223372036854775807n) throw new NumericError('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  if (n < 2n) return 1n;
  return rangeProduct(2n, n);
}

export function perm(n: bigint, k?: bigint): bigint {
  if (k === undefined) return factorial(n); // perm(n) is factorial(n), its errors too
  if (n < 0n) throw new NumericError('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new NumericError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  // k is a C long long in CPython: beyond it, its error rather than a product that never ends
  if (k > LLONG_MAX) throw new NumericError('OverflowError', `k must not exceed ${LLONG_MAX}`);
  return rangeProduct(n - k + 1n, n);
}

const LLONG_MAX = 9223372036854775807n;

export function comb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new NumericError('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new NumericError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) throw new NumericError('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (k === 0n) return 1n;
  return rangeProduct(n - k + 1n, n) / factorial(k);
}

// ---------------------------------------------------------------------------------------
// int.to_bytes / int.from_bytes (tier 2)

export function intToBytes(n: bigint, length: number, byteorder: 'big' | 'little', signed: boolean): Uint8Array {
  if (length < 0) throw new NumericError('ValueError', 'length argument must be non-negative');
  if (n < 0n && !signed) throw new NumericError('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  let v = n;
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (length === 0 ? n !== 0n : n >= lim || n < -lim) throw new NumericError('OverflowError', 'int too big to convert');
    if (v < 0n) v += 1n << bits;
  } else if (length === 0 ? n !== 0n : n >> bits !== 0n) {
    throw new NumericError('OverflowError', 'int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const byte = Number(v & 0xffn);
    v >>= 8n;
    out[byteorder === 'little' ? i : length - 1 - i] = byte;
  }
  return out;
}

export function intFromBytes(bytes: ArrayLike<number>, byteorder: 'big' | 'little', signed: boolean): bigint {
  let v = 0n;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[byteorder === 'big' ? i : n - 1 - i]!;
    v = (v << 8n) | BigInt(b);
  }
  if (signed && n > 0) {
    const top = bytes[byteorder === 'big' ? 0 : n - 1]!;
    if (top & 0x80) v -= 1n << BigInt(n * 8);
  }
  return v;
}

// ---------------------------------------------------------------------------------------
// Correctly rounded elementary functions.
//
// CPython calls glibc's log/exp/pow/sin/cos, which return the correctly rounded result in
// practice; V8's Math.* (fdlibm ports) are off by one ulp for a fraction of inputs, which
// shows in printed results (3.0 ** 7.5, random.gauss). These evaluate in double-double
// arithmetic (~100 bits) and round once, so they agree with glibc except in cases too
// close to a rounding boundary for ~2^-90 accuracy (vanishingly rare). sin/cos reduce
// by a triple-double pi/2 and fall back to Math.sin/cos for |x| >= 2^20 (no Payne-Hanek).
// Subnormal results of exp/pow may double-round. Used by floatPow, the random module,
// and available to the math module. exp, log, sin and cos first try a cheaper evaluation
// with a rigorous rounding test (Ziv's strategy: trigSeriesFast, logFast, expFast) and run
// the full double-double series only when that cannot decide (about 1% of arguments); the
// results are the full series' in every case.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  let [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  e += t;
  [s, e] = quickTwoSum(s, e);
  e += f;
  return quickTwoSum(s, e);
}

function ddSub(a: DD, b: DD): DD {
  return ddAdd(a, [-b[0], -b[1]]);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddSub(a, ddMulD(b, q1));
  const q2 = r[0] / b[0];
  r = ddSub(r, ddMulD(b, q2));
  const q3 = r[0] / b[0];
  return ddAdd(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2_1 = 0.6931471805599453;
const LN2_2 = 2.3190468138462996e-17;
const LN2_3 = 5.707708438416212e-34;

/** 1/n as double-doubles, built once (constants; never mutated). */
function reciprocalTable(denominators: number[]): DD[] {
  return denominators.map((d) => ddDiv([1, 0], [d, 0]));
}
const EXP_TERMS = 13;
const INV_N = reciprocalTable(Array.from({ length: EXP_TERMS + 1 }, (_, n) => Math.max(n, 1)));
const LOG_TERMS = 22;
const INV_ODD = reciprocalTable(Array.from({ length: LOG_TERMS + 1 }, (_, k) => 2 * k + 1));

// The evaluators below run the double-double operations above operation for operation (so
// their results are bit-identical), but on scalars: each helper leaves its result in the
// two registers of DDR (hi, lo), read right after the call. No pair arrays are allocated
// on these hot paths (math.sin in a loop). DDR is scratch, not state: each JS thread has
// its own module instance and no value in it survives from one call of a helper to the next.
export const DDR = new Float64Array(2);

/**
 * The rounding error of the product p = a * b (Dekker's split into 26-bit halves): a * b is
 * exactly p + productError(a, b, p), for products in the normal range. Small, so that V8
 * inlines it (a double returned by a call that is not inlined is a heap number).
 */
export function productError(a: number, b: number, p: number): number {
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * Ziv's rounding test: hi + lo rounded, when every value within `relBound` of |hi| around
 * it rounds to the same double (the bound covers the evaluation's error, so that double is
 * the correctly rounded result); NaN when they do not (the caller evaluates more precisely).
 */
export function roundedIfSure(hi: number, lo: number, relBound: number): number {
  const bound = Math.abs(hi) * relBound;
  const down = hi + (lo - bound);
  return down === hi + (lo + bound) ? down : NaN;
}

/** 2^-62 and 2^-60: the fast steps' rounding-test bounds (logFast, libm's atan; expFast). */
export const ZIV_BOUND_62 = 2.168404344971009e-19;
const ZIV_BOUND_60 = 8.673617379884035e-19;

export function sTwoProd(a: number, b: number): void {
  const p = a * b;
  DDR[0] = p;
  DDR[1] = productError(a, b, p);
}

/** ddAdd on scalars. */
export function sAdd(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let bb = s - ah;
  let e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = (al - (t - bb)) + (bl - bb);
  e += t;
  let s2 = s + e;
  e = e - (s2 - s);
  s = s2;
  e += f;
  s2 = s + e;
  DDR[0] = s2;
  DDR[1] = e - (s2 - s);
}

/** ddMul on scalars. */
export function sMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = 134217729 * ah;
  const xh = t - (t - ah);
  const xl = ah - xh;
  t = 134217729 * bh;
  const yh = t - (t - bh);
  const yl = bh - yh;
  const e = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
  const q = e + (ah * bl + al * bh);
  const s = p + q;
  DDR[0] = s;
  DDR[1] = q - (s - p);
}

/** ddMulD on scalars. */
function sMulD(ah: number, al: number, b: number): void {
  const p = ah * b;
  let t = 134217729 * ah;
  const xh = t - (t - ah);
  const xl = ah - xh;
  t = 134217729 * b;
  const yh = t - (t - b);
  const yl = b - yh;
  const e = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl;
  const q = e + al * b;
  const s = p + q;
  DDR[0] = s;
  DDR[1] = q - (s - p);
}

/** ddDiv on scalars. */
function sDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  sMulD(bh, bl, q1);
  sAdd(ah, al, -DDR[0]!, -DDR[1]!);
  let rh = DDR[0]!, rl = DDR[1]!;
  const q2 = rh / bh;
  sMulD(bh, bl, q2);
  sAdd(rh, rl, -DDR[0]!, -DDR[1]!);
  rh = DDR[0]!;
  rl = DDR[1]!;
  const q3 = rh / bh;
  const s = q1 + q2;
  sAdd(s, q2 - (s - q1), q3, 0);
}

/** k * ln2 as a double-double (k an integer of modest size), in DDR. */
function ln2Times(k: number): void {
  sTwoProd(k, LN2_1);
  const ah = DDR[0]!, al = DDR[1]!;
  sTwoProd(k, LN2_2);
  sAdd(ah, al, DDR[0]!, DDR[1]!);
  sAdd(DDR[0]!, DDR[1]!, k * LN2_3, 0);
}

/** hi, lo scaled by 2**k, in DDR. */
function scaleDD(hi: number, lo: number, k: number): void {
  while (k > 1000) { hi *= 2 ** 1000; lo *= 2 ** 1000; k -= 1000; }
  while (k < -1000) { hi *= 2 ** -1000; lo *= 2 ** -1000; k += 1000; }
  const f = 2 ** k;
  DDR[0] = hi * f;
  DDR[1] = lo * f;
}

/** e^x for a double-double x with |x| < 746, in DDR. */
function expDD(xh: number, xl: number): void {
  const k = Math.round(xh / LN2_1);
  ln2Times(k);
  sAdd(xh, xl, -DDR[0]!, -DDR[1]!);
  const rh = DDR[0]! / 256, rl = DDR[1]! / 256;
  let ph = 1, pl = 0;
  for (let n = EXP_TERMS; n >= 1; n--) {
    sMul(rh, rl, ph, pl);
    const inv = INV_N[n]!;
    sMul(DDR[0]!, DDR[1]!, inv[0], inv[1]);
    sAdd(1, 0, DDR[0]!, DDR[1]!);
    ph = DDR[0]!;
    pl = DDR[1]!;
  }
  for (let i = 0; i < 8; i++) {
    sMul(ph, pl, ph, pl);
    ph = DDR[0]!;
    pl = DDR[1]!;
  }
  scaleDD(ph, pl, k);
}

/** ln(x) for a positive finite double, as a double-double in DDR. */
function logDD(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; e = -54; } // 2^54
  // frexp-like: m in [1, 2) (log2 of a double just below 2^1024 rounds to 1024, and
  // 2 ** 1024 is infinite: the largest doubles take 1023 and the step below)
  let ex = Math.min(Math.floor(Math.log2(x)), 1023);
  let m = x / 2 ** ex;
  if (m >= 2) { m /= 2; ex++; } else if (m < 1) { m *= 2; ex--; }
  if (m > Math.SQRT2) { m /= 2; ex++; }
  e += ex;
  const f = m - 1; // exact (Sterbenz)
  const dh = 2 + f; // twoSum(2, f)
  const bb = dh - 2;
  sDiv(f, 0, dh, (2 - (dh - bb)) + (f - bb));
  const sh = DDR[0]!, sl = DDR[1]!;
  sMul(sh, sl, sh, sl);
  const s2h = DDR[0]!, s2l = DDR[1]!;
  let th = INV_ODD[LOG_TERMS]![0], tl = INV_ODD[LOG_TERMS]![1];
  for (let k = LOG_TERMS - 1; k >= 0; k--) {
    sMul(s2h, s2l, th, tl);
    const inv = INV_ODD[k]!;
    sAdd(inv[0], inv[1], DDR[0]!, DDR[1]!);
    th = DDR[0]!;
    tl = DDR[1]!;
  }
  sMul(sh, sl, th, tl);
  const lh = DDR[0]! * 2, ll = DDR[1]! * 2;
  if (e === 0) {
    DDR[0] = lh;
    DDR[1] = ll;
    return;
  }
  ln2Times(e);
  sAdd(DDR[0]!, DDR[1]!, lh, ll);
}

/**
 * Ziv's first steps for crLog and crExp (see trigSeriesFast), then a rounding test. NaN
 * when the test fails (the caller runs the full double-double evaluation, whose result is
 * the same double whenever the test passes).
 *  log (a table, as glibc's log; 246 -> 52 ns per call in JS): x = 2^e m with m in
 *    [sqrt(2)/2, sqrt(2)), c = 1 + i/128 nearest m, log(x) = e ln2 + log(c) + 2 atanh(s),
 *    s = (m - c)/(m + c), |s| <= 2^-9. m - c is exact (Sterbenz), s a double-double (the
 *    quotient and its exact residual: error ~2^-100 of s), 2 atanh(s) = 2s + 2s poly(s^2)
 *    to s^7 in plain doubles (truncation < 2^-75 of 2s, rounding < 2^-78 absolute), log(c)
 *    from logDD (LOG_TABLE), e ln2 in parts whose products with e are exact. The result is
 *    at least ln2/2 when e != 0, at least 2^-8 when i != 0, and 2s(1 + ...) with a
 *    relative error below 2^-70 when both are 0: the error is below 2^-66 of it, and the
 *    test allows 2^-62.
 *  exp: the same reduction as expDD, the small high-order levels of its Horner scheme in
 *    plain doubles and the last levels in double-double, a rounding test with a bound of
 *    2^-60 relative. |r| <= ln2/512 < 2^-9.4; level n >= 3 is scaled by r^2/2 < 2^-19.8,
 *    error < 2^-72 of p; the 8 squarings multiply a relative error by 256: < 2^-64 of the
 *    result.
 */
function logFast(x: number): number {
  // x = 2^e m, m in [sqrt(2)/2, sqrt(2)), from the bits (subnormals scaled by 2^54 first)
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; e = -54; }
  LOG_BITS[0] = x;
  e += (LOG_WORDS[1]! >>> 20) - 1023;
  LOG_WORDS[1] = (LOG_WORDS[1]! & 0x000fffff) | 0x3ff00000;
  let m = LOG_BITS[0]!;
  if (m > Math.SQRT2) { m *= 0.5; e++; }
  // c = 1 + i/128 nearest m; log(m) = log(c) + 2 atanh(s), s = (m - c) / (m + c)
  const i = Math.round((m - 1) * 128);
  const c = 1 + i / 128;
  const n = m - c; // exact (Sterbenz)
  const dh = m + c;
  const bb = dh - m;
  const dl = (m - (dh - bb)) + (c - bb);
  const sh = n / dh;
  // the quotient's correction from sh * dh exactly
  const q = sh * dh;
  const sl = (((n - q) - productError(sh, dh, q)) - sh * dl) / dh;
  const s2 = sh * sh;
  const poly = s2 * (0.3333333333333333 + s2 * (0.2 + s2 * 0.14285714285714285));
  // the sum, largest terms first: e ln2 (exact in two parts), log(c), 2s
  if (LOG_TABLE === null) LOG_TABLE = buildLogTable();
  const ch = LOG_TABLE[2 * (i + LOG_TABLE_BIAS)]!;
  const cl = LOG_TABLE[2 * (i + LOG_TABLE_BIAS) + 1]!;
  const twoS = 2 * sh;
  let hi = ch + twoS;
  let t = hi - ch;
  let lo = (ch - (hi - t)) + (twoS - t) + cl + 2 * sl + twoS * poly;
  if (e !== 0) {
    const e1 = e * LN2_26; // exact: 26 bits of ln2 times an 11-bit exponent
    let h = e1 + hi;
    t = h - e1;
    lo += (e1 - (h - t)) + (hi - t);
    hi = h;
    const e2 = e * LN2_TAIL_HI; // exact likewise
    h = hi + e2;
    t = h - hi;
    lo += (hi - (h - t)) + (e2 - t) + e * LN2_TAIL_LO;
    hi = h;
  }
  return roundedIfSure(hi, lo, ZIV_BOUND_62);
}

/** logFast's scratch view of one double (little-endian words). */
const LOG_BITS = new Float64Array(1);
const LOG_WORDS = new Uint32Array(LOG_BITS.buffer);
/** ln 2 in three parts: 26 bits, the next 26 bits, the rest (each of the first two times an
 *  exponent below 2^11 is exact). */
const LN2_26 = 0.6931471675634384;
const LN2_TAIL_HI = 1.2996506759677118e-8;
const LN2_TAIL_LO = 1.3421277060097865e-16;
/** log(1 + i/128) for i = -38..53 (c in [sqrt(2)/2 - 1/256, sqrt(2) + 1/256]) as (hi, lo)
 *  pairs from logDD, built at the first logFast. */
let LOG_TABLE: Float64Array | null = null;
const LOG_TABLE_BIAS = 38;

function buildLogTable(): Float64Array {
  const table = new Float64Array(2 * (53 + LOG_TABLE_BIAS + 1));
  for (let i = -LOG_TABLE_BIAS; i <= 53; i++) {
    if (i === 0) continue; // log(1) = 0
    logDD(1 + i / 128);
    table[2 * (i + LOG_TABLE_BIAS)] = DDR[0]!;
    table[2 * (i + LOG_TABLE_BIAS) + 1] = DDR[1]!;
  }
  return table;
}

function expFast(x: number): number {
  const k = Math.round(x / LN2_1);
  ln2Times(k);
  sAdd(x, 0, -DDR[0]!, -DDR[1]!);
  const rh = DDR[0]! / 256, rl = DDR[1]! / 256;
  let t = 1;
  for (let n = EXP_TERMS; n >= 3; n--) t = 1 + rh * t * INV_N[n]![0];
  let ph = t, pl = 0;
  for (let n = 2; n >= 1; n--) {
    sMul(rh, rl, ph, pl);
    const c = INV_N[n]!;
    sMul(DDR[0]!, DDR[1]!, c[0], c[1]);
    sAdd(1, 0, DDR[0]!, DDR[1]!);
    ph = DDR[0]!;
    pl = DDR[1]!;
  }
  for (let i = 0; i < 8; i++) {
    sMul(ph, pl, ph, pl);
    ph = DDR[0]!;
    pl = DDR[1]!;
  }
  scaleDD(ph, pl, k);
  const h = DDR[0]!, l = DDR[1]!;
  const bound = Math.abs(h) * ZIV_BOUND_60;
  if (!(bound > 1e-290) || !(bound < 1e290)) return NaN; // the test's bound neither tiny nor huge
  return roundedIfSure(h, l, ZIV_BOUND_60);
}

/** Correctly rounded exp (glibc-compatible). */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  const fast = expFast(x);
  if (fast === fast) return fast;
  expDD(x, 0);
  return DDR[0]! + DDR[1]!;
}

/** Correctly rounded natural log (NaN below 0, -inf at 0, as C's log). */
export function crLog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  const fast = logFast(x);
  if (fast === fast) return fast;
  logDD(x);
  return DDR[0]! + DDR[1]!;
}

