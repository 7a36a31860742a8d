/*
 * int (and the layout bool shares): arbitrary-precision integers.
 *
 * Representation:
 *  - |v| < 2**30: a tagged small int (heap/layout.ts), never in the heap.
 *  - otherwise a heap object:
 *      byte 16 INT_NDIGITS  number of 32-bit digits, negated for a negative value
 *           20 ...          magnitude, u32 digits little-endian
 *  - bool: True and False are immortal objects of type bool with the same layout
 *    (False: 0 digits, True: 1 digit = 1), so every int routine reads them as 0 and 1.
 *
 * Arithmetic (intBinaryFast, intCompareRefs), fastest first:
 *  1. both values below 2**53 in magnitude ("safe"): computed in doubles, no BigInt
 *     (+ - * // % & | ^ >> <<, true division: a double division of two exact doubles is
 *     correctly rounded, as CPython's own small-int fast path).
 *  2. + - * (up to MUL_DIGITS_MAX**2 digit products, or any length times at most
 *     MUL_SHORT_OPERAND_MAX digits), & | ^ of non-negative values, << and >> of a big
 *     value by a small count, and comparisons of bigger values:
 *     schoolbook on the heap digits themselves, into the result object (a 32x32-bit digit
 *     product is split in 16-bit halves so every partial sum stays exact in a double).
 *  3. everything else converts to JS BigInt, computes (intmath.ts for Python's floor
 *     division, modulo, power, shifts) and converts back (hex strings: linear time).
 * Results that fit are normalised into tagged small ints. Heap ints are never built with
 * leading zero digits, but an int-subclass instance or True may hold a small value in the
 * heap form, so the digit routines compare by value, never by representation.
 * Int objects are leaf objects (objects/object.ts newLeafObject): no zero fill, not
 * tracked, type not counted.
 */
import type { Ref } from '../heap/layout.js';
import { NULL, fitsSmallInt, smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { newLeafObject, freeLeafObject } from './object.js';
import { blockSize } from '../heap/alloc.js';
import { floatNew } from './float.js';
import { smallFloorDiv, smallMod } from './intmath.js';
import { HASH_WORDS, mul32Hi } from './numhash.js';

export const INT_NDIGITS = 16;
export const INT_DIGITS = 20;

/** True for small ints, big ints and bools (any int-layout value). */
export function isIntLike(rt: Runtime, v: Ref): boolean {
  if ((v & 1) === 1) return true;
  const t = rt.i32[v >> 2];
  return t === rt.tInt || t === rt.tBool || (rt.i32[(t! + 16) >> 2] === 5 /* Kind.INT */) || rt.i32[(t! + 16) >> 2] === 6;
}

const TWO32 = 4294967296;
const INV_TWO32 = 1 / 4294967296;
const INV_TWO16 = 1 / 65536;
/** 2 ** i for i < 54, read by the shifts: V8 compiles `2 ** y` with a variable y to a call of
 * the C library's pow (~2.7% of loops.py's main thread, its `h >> 13` on a 32-bit hash). */
const POW2: Float64Array = (() => {
  const t = new Float64Array(54);
  for (let i = 0; i < 54; i++) t[i] = 2 ** i;
  return t;
})();
/** Largest operand (in 32-bit digits) multiplied by schoolbook on the digits; beyond, BigInt's
 * multiply wins over the conversions (measured: equal at ~1,000-bit squares, BigInt 2.3x
 * faster at 2,000 bits). */
const MUL_DIGITS_MAX = 32;
/** Shorter operand (in digits) up to which schoolbook wins whatever the longer one's size:
 * the work is linear in the longer operand, as the two hex-text conversions of the BigInt
 * path are, but with a smaller constant up to a few passes (a factorial loop `r *= i` stays
 * on the digits; a 32,000-bit value times 7 or 16 digits was faster through BigInt). */
const MUL_SHORT_OPERAND_MAX = 4;

/** The value of an int-layout object as a bigint. */
/** Scratch space for intToBigint's big-endian bytes (grown on demand, never shrunk). */
let hexBytes = Buffer.alloc(1024);

export function intToBigint(rt: Runtime, v: Ref): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  const u32 = rt.u32;
  const w = v >> 2;
  const nd = rt.i32[w + (INT_NDIGITS >> 2)]!;
  const n = nd < 0 ? -nd : nd;
  const base = w + (INT_DIGITS >> 2);
  let r: bigint;
  if (n === 0) return 0n;
  if (n === 1) {
    r = BigInt(u32[base]!);
  } else if (n === 2) {
    const hi = u32[base + 1]!;
    const lo = u32[base]!;
    r = hi < 0x200000 ? BigInt(hi * TWO32 + lo) : (BigInt(hi) << 32n) | BigInt(lo);
  } else if (n <= 8) {
    // a few digits: shift-or (~1.5-2.5x faster than the hex text below at this size)
    r = BigInt(u32[base + n - 1]!);
    for (let i = n - 2; i >= 0; i--) r = (r << 32n) | BigInt(u32[base + i]!);
  } else {
    // hex text: linear in the size (a shift-or loop is quadratic), encoded by Buffer
    // from the big-endian bytes (a toString(16) per digit was most of a factorial loop)
    const len = n * 4;
    if (hexBytes.length < len) hexBytes = Buffer.alloc(len * 2);
    for (let i = 0, o = 0; i < n; i++, o += 4) {
      const d = u32[base + n - 1 - i]!;
      hexBytes[o] = d >>> 24;
      hexBytes[o + 1] = (d >>> 16) & 0xff;
      hexBytes[o + 2] = (d >>> 8) & 0xff;
      hexBytes[o + 3] = d & 0xff;
    }
    r = BigInt('0x' + hexBytes.toString('hex', 0, len));
  }
  return nd < 0 ? -r : r;
}

/**
 * The value as a JS number when |v| < 2**53, else NaN (ints, bools, int subclasses).
 * The test every fast path starts with: `x === x`.
 */
export function intSafeValue(rt: Runtime, v: Ref): number {
  if ((v & 1) === 1) return v >> 1;
  const w = v >> 2;
  const nd = rt.i32[w + (INT_NDIGITS >> 2)]!;
  if (nd === 1) return rt.u32[w + (INT_DIGITS >> 2)]!;
  if (nd === -1) return -rt.u32[w + (INT_DIGITS >> 2)]!;
  if (nd === 0) return 0;
  if (nd === 2 || nd === -2) {
    const hi = rt.u32[w + (INT_DIGITS >> 2) + 1]!;
    if (hi < 0x200000) {
      const m = hi * TWO32 + rt.u32[w + (INT_DIGITS >> 2)]!;
      return nd < 0 ? -m : m;
    }
  }
  return NaN;
}

/** The value as a JS number when exact (|v| <= 2**53 - 1), else the bigint. */
export function intToNumberOrBig(rt: Runtime, v: Ref): number | bigint {
  const x = intSafeValue(rt, v);
  return x === x ? x : intToBigint(rt, v);
}

/** A new int object with room for `n` digits (NDIGITS written, digits not). */
function intAlloc(rt: Runtime, n: number, negative: boolean): Ref {
  const ref = newLeafObject(rt, rt.tInt, INT_DIGITS + 4 * n);
  rt.i32[(ref + INT_NDIGITS) >> 2] = negative ? -n : n;
  return ref;
}

/** A new int from a bigint (tagged when small). New reference. */
export function intFromBigint(rt: Runtime, b: bigint): Ref {
  if (b >= -1073741824n && b <= 1073741823n) return smallIntRef(Number(b));
  const neg = b < 0n;
  const m = neg ? -b : b;
  if (m <= 9007199254740991n) return intFromNumber(rt, Number(b));
  if (m < 18446744073709551616n) {
    const ref = intAlloc(rt, 2, neg);
    const base = (ref + INT_DIGITS) >> 2;
    rt.u32[base] = Number(m & 0xffffffffn);
    rt.u32[base + 1] = Number(m >> 32n);
    return ref;
  }
  if (m < 340282366920938463463374607431768211456n) {
    // up to 4 digits: mask and shift (~1.7x faster than the hex text below at this size)
    let n = 3;
    if (m >= 79228162514264337593543950336n) n = 4;
    const ref = intAlloc(rt, n, neg);
    const base = (ref + INT_DIGITS) >> 2;
    let rest = m;
    for (let i = 0; i < n; i++) {
      rt.u32[base + i] = Number(BigInt.asUintN(32, rest));
      rest >>= 32n;
    }
    return ref;
  }
  // hex text: linear in the size (a mask-and-shift loop is quadratic), decoded by Buffer
  const hex = m.toString(16);
  const n = (hex.length + 7) >> 3;
  const bytes = Buffer.from('0'.repeat(n * 8 - hex.length) + hex, 'hex'); // big-endian, 4n bytes
  const ref = intAlloc(rt, n, neg);
  const base = (ref + INT_DIGITS) >> 2;
  const u32 = rt.u32;
  for (let i = 0, o = bytes.length - 4; i < n; i++, o -= 4) {
    u32[base + i] = ((bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!) >>> 0;
  }
  return ref;
}

/** A new int from a JS integer number (any magnitude). New reference. */
export function intFromNumber(rt: Runtime, n: number): Ref {
  if (n >= -1073741824 && n <= 1073741823) return smallIntRef(n);
  if (!(n >= -9007199254740991 && n <= 9007199254740991)) return intFromBigint(rt, BigInt(n));
  // |n| < 2**53: one or two 32-bit digits, no BigInt on this path
  const m = n < 0 ? -n : n;
  const lo = m | 0;
  return intFromWords(rt, lo, ((m - (lo >>> 0)) / TWO32) | 0, n < 0);
}

/**
 * A new heap int of magnitude hi * 2**32 + (lo >>> 0), negative or not: lo is the low
 * digit's bits as an int32 (`m | 0`), hi < 2**21; the caller has checked that the value is
 * beyond the tagged range. The hot paths (vm/eval.ts BINARY_OP, intBinaryFast) call this
 * with the digits instead of calling intFromNumber with the value: V8 passes a number
 * beyond int32 to a call it does not inline as a heap-allocated box, one JS allocation per
 * Python int made. The callers pass `hi` as `(...) / 2**32 | 0` for the same reason: the
 * quotient is an integer below 2**21, but a float64 to V8 without the `| 0`. New reference.
 */
export function intFromWords(rt: Runtime, lo: number, hi: number, negative: boolean): Ref {
  if (hi === 0) {
    const ref = intAlloc(rt, 1, negative);
    rt.i32[(ref + INT_DIGITS) >> 2] = lo;
    return ref;
  }
  const ref = intAlloc(rt, 2, negative);
  const base = (ref + INT_DIGITS) >> 2;
  rt.i32[base] = lo;
  rt.i32[base + 1] = hi;
  return ref;
}

/**
 * x * y for two one-digit ints (magnitudes below 2**32) whose product is beyond 2**53 in
 * magnitude: the two-digit int, from the product's 32-bit halves (a double would round it;
 * an LCG's `state * 1103515245` took the general digit multiplication). New reference.
 */
export function intMulSmallWide(rt: Runtime, x: number, y: number): Ref {
  const ax = x < 0 ? -x : x;
  const ay = y < 0 ? -y : y;
  return intFromWords(rt, Math.imul(ax, ay), mul32Hi(ax, ay) | 0, (x < 0) !== (y < 0));
}

/**
 * The value of an exact int object that fits in a signed 64-bit word, into numhash.ts's
 * HASH_WORDS as two's complement halves; false (nothing written) for a bigger one. For a
 * __hash__ result, as CPython's slot_tp_hash reads it with PyLong_AsSsize_t.
 */
export function intHashWords(rt: Runtime, ref: Ref): boolean {
  const sd = rt.i32[(ref + INT_NDIGITS) >> 2]!;
  const n = sd < 0 ? -sd : sd;
  if (n > 2) return false;
  const lo = n === 0 ? 0 : rt.u32[(ref + INT_DIGITS) >> 2]!;
  const hi = n === 2 ? rt.u32[(ref + INT_DIGITS + 4) >> 2]! : 0;
  if (sd >= 0) {
    if (hi >= 0x80000000) return false;
    HASH_WORDS.hi = hi;
    HASH_WORDS.lo = lo;
    return true;
  }
  if (hi > 0x80000000 || (hi === 0x80000000 && lo !== 0)) return false;
  HASH_WORDS.hi = hi;
  HASH_WORDS.lo = lo;
  negateHashWords();
  return true;
}

/** HASH_WORDS := -HASH_WORDS (mod 2**64, two's complement). */
function negateHashWords(): void {
  const lo = HASH_WORDS.lo;
  HASH_WORDS.lo = (-lo) >>> 0;
  HASH_WORDS.hi = (~HASH_WORDS.hi + (lo === 0 ? 1 : 0)) >>> 0;
}

/** The int whose value is HASH_WORDS' signed 64-bit value (HASH_WORDS is used up). New reference. */
export function intFromHashWords(rt: Runtime): Ref {
  const negative = HASH_WORDS.hi >= 0x80000000;
  if (negative) negateHashWords(); // the magnitude's halves
  const mHi = HASH_WORDS.hi, mLo = HASH_WORDS.lo;
  if (mHi === 0 && (mLo <= 0x3fffffff || (negative && mLo === 0x40000000))) return smallIntRef(negative ? -mLo : mLo);
  return intFromWords(rt, mLo | 0, mHi | 0, negative);
}

export function intFromNumberOrBig(rt: Runtime, v: number | bigint): Ref {
  return typeof v === 'number' ? intFromNumber(rt, v) : intFromBigint(rt, v);
}

// ------------------------------------------------------------------ fast arithmetic

/** x & y, x | y, x ^ y (op 1, 7, 12) of safe integers, in two's complement on 32-bit halves. */
function bitwiseSafe(x: number, y: number, op: number): number {
  const xh = Math.floor(x / TWO32);
  const yh = Math.floor(y / TWO32);
  // ToUint32 is the exact residue mod 2**32, negative values included
  const xl = x >>> 0;
  const yl = y >>> 0;
  let hi: number, lo: number;
  if (op === 1) { hi = xh & yh; lo = xl & yl; }
  else if (op === 7) { hi = xh | yh; lo = xl | yl; }
  else { hi = xh ^ yh; lo = xl ^ yl; }
  return hi * TWO32 + (lo >>> 0);
}

/**
 * a <op> b for two int-layout values (BINARY_OP base oparg 0..12) on the fast paths of the
 * module comment: a new reference (an int, or a float for `/`), or NULL when this function
 * does not handle the case (errors such as division by zero, `**`, big shifts, big
 * division, huge products): the caller then takes the general path, which raises. Never
 * sets an exception.
 */
export function intBinaryFast(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  if (x === x && y === y) {
    let r: number;
    switch (op) {
      case 0: r = x + y; break;
      case 10: r = x - y; break;
      case 5:
        r = x * y;
        if ((r > 9007199254740991 || r < -9007199254740991) && x >= -0xffffffff && x <= 0xffffffff && y >= -0xffffffff && y <= 0xffffffff) {
          return intMulSmallWide(rt, x, y); // one digit each (the digit multiplication costs more)
        }
        break;
      case 2:
        if (y === 0) return NULL;
        return intFromNumber(rt, smallFloorDiv(x, y));
      case 6:
        if (y === 0) return NULL;
        return intFromNumber(rt, smallMod(x, y));
      case 1: case 7: case 12:
        return intFromNumber(rt, bitwiseSafe(x, y, op));
      case 9:
        if (y < 0) return NULL;
        return intFromNumber(rt, y >= 53 ? (x < 0 ? -1 : 0) : Math.floor(x / POW2[y]!));
      case 3:
        if (y < 0) return NULL;
        if (y < 53) {
          r = x * POW2[y]!;
          if (r >= -9007199254740991 && r <= 9007199254740991) return intFromNumber(rt, r);
        }
        return y <= SHIFT_DIGITS_MAX_BITS ? intShiftSafeLeft(rt, x, y) : NULL;
      case 11:
        // both exact doubles: one IEEE division is correctly rounded (CPython's fast path)
        if (y === 0) return NULL;
        return floatNew(rt, x / y);
      default:
        return NULL;
    }
    if (r >= -9007199254740991 && r <= 9007199254740991) {
      if (r >= -1073741824 && r <= 1073741823) return smallIntRef(r);
      const m = r < 0 ? -r : r;
      const lo = m | 0;
      return intFromWords(rt, lo, ((m - (lo >>> 0)) / TWO32) | 0, r < 0); // (intFromWords: why not intFromNumber)
    }
  }
  if (op === 6 && y === y && y > 0 && y <= 0xffffffff) return intModSmall(rt, a, y);
  if (op === 2 && y === y && y > 1 && y <= 0xffffffff) return intFloorDivSmall(rt, a, y);
  if ((op === 3 || op === 9) && x !== x && y === y && y >= 0 && (op === 9 || y <= SHIFT_DIGITS_MAX_BITS)) {
    return intShiftDigits(rt, a, y, op === 3);
  }
  if (op === 0) return intAddDigits(rt, a, b, false);
  if (op === 10) return intAddDigits(rt, a, b, true);
  if (op === 5) return intMulDigits(rt, a, b);
  if (op === 1 || op === 7 || op === 12) return intBitwiseDigits(rt, a, b, op);
  return NULL;
}

/**
 * Long division of the n-digit magnitude at word `base` by 0 < m < 2**32, 16 bits at a time
 * (every partial dividend is below 2**48, so each step's double division is exact enough to
 * floor). Writes the quotient's digits from word `quotient` when it is >= 0; returns the
 * remainder.
 */
function divideMagnitudeSmall(u32: Uint32Array, base: number, n: number, m: number, quotient: number): number {
  let r = 0;
  for (let i = n - 1; i >= 0; i--) {
    const d = u32[base + i]!;
    let t = r * 65536 + (d >>> 16);
    const qh = Math.floor(t / m);
    r = t - qh * m;
    t = r * 65536 + (d & 0xffff);
    const ql = Math.floor(t / m);
    r = t - ql * m;
    if (quotient >= 0) u32[quotient + i] = qh * 65536 + ql;
  }
  return r;
}

/** Largest left shift (in bits) done on the digits; beyond, the general path (with its
 * size checks) builds the result. */
const SHIFT_DIGITS_MAX_BITS = 1 << 20;

/**
 * a << k (`left`) or a >> k on the digits of the heap int `a` (k >= 0): linear in a's size,
 * where the BigInt path converts a to and from hex text (a `while n: n >>= 8` loop over a
 * big value was 350x slower than CPython). A right shift floors as Python's does: a negative
 * value that loses one-bits rounds its magnitude up. New reference.
 */
function intShiftDigits(rt: Runtime, a: Ref, k: number, left: boolean): Ref {
  const u32 = rt.u32;
  const nd = rt.i32[(a >> 2) + (INT_NDIGITS >> 2)]!;
  const n = nd < 0 ? -nd : nd;
  const ab = (a >> 2) + (INT_DIGITS >> 2);
  const words = Math.floor(k / 32);
  const bits = k % 32;
  if (left) {
    const rn = n + words + 1;
    const ref = intAlloc(rt, rn, false);
    const rb = (ref + INT_DIGITS) >> 2;
    u32.fill(0, rb, rb + words);
    let carry = 0;
    for (let i = 0; i < n; i++) {
      const d = u32[ab + i]!;
      u32[rb + words + i] = bits === 0 ? d : ((d << bits) | carry) >>> 0;
      carry = bits === 0 ? 0 : d >>> (32 - bits);
    }
    u32[rb + rn - 1] = carry;
    return intNormalize(rt, ref, rn, nd < 0);
  }
  if (words >= n) return smallIntRef(nd < 0 ? -1 : 0);
  const rn = n - words;
  // one spare digit for the carry of a negative value's rounding
  const ref = intAlloc(rt, rn + 1, false);
  const rb = (ref + INT_DIGITS) >> 2;
  let lost = 0;
  for (let i = 0; i < words; i++) lost |= u32[ab + i]!;
  if (bits !== 0) lost |= u32[ab + words]! & ((1 << bits) - 1);
  for (let i = 0; i < rn; i++) {
    const lo = u32[ab + words + i]!;
    const hi = i + 1 < rn ? u32[ab + words + i + 1]! : 0;
    u32[rb + i] = bits === 0 ? lo : ((lo >>> bits) | (hi << (32 - bits))) >>> 0;
  }
  u32[rb + rn] = 0;
  if (nd < 0 && lost !== 0) {
    for (let i = 0; i <= rn; i++) {
      if (u32[rb + i] !== 0xffffffff) {
        u32[rb + i]!++;
        break;
      }
      u32[rb + i] = 0;
    }
  }
  return intNormalize(rt, ref, rn + 1, nd < 0);
}

/**
 * -v (`negate`) or abs(v) of an int-layout heap object (an int, a bool, an int subclass's
 * instance): its digits copied under the new sign, normalised (a BigInt round trip through
 * hex text made `-a` of a 4,000-bit value ~40x CPython's time). New reference.
 */
export function intNegateOrAbs(rt: Runtime, v: Ref, negate: boolean): Ref {
  const nd = rt.i32[(v + INT_NDIGITS) >> 2]!;
  const n = nd < 0 ? -nd : nd;
  if (n === 0) return smallIntRef(0);
  const ref = intAlloc(rt, n, false);
  const from = (v + INT_DIGITS) >> 2;
  const to = (ref + INT_DIGITS) >> 2;
  rt.u32.copyWithin(to, from, from + n);
  return intNormalize(rt, ref, n, negate && nd > 0);
}

/**
 * x << k for a value |x| < 2**53 whose result is beyond it (`1 << i` building a bit set):
 * x's two digits placed k bits up, where the BigInt path converted the result from hex
 * text. New reference.
 */
function intShiftSafeLeft(rt: Runtime, x: number, k: number): Ref {
  if (x === 0) return smallIntRef(0);
  const u32 = rt.u32;
  const m = x < 0 ? -x : x;
  const lo = m % TWO32;
  const hi = Math.floor(m / TWO32);
  const words = k >>> 5;
  const bits = k & 31;
  const rn = words + 3;
  const ref = intAlloc(rt, rn, false);
  const rb = (ref + INT_DIGITS) >> 2;
  u32.fill(0, rb, rb + words);
  if (bits === 0) {
    u32[rb + words] = lo;
    u32[rb + words + 1] = hi;
    u32[rb + words + 2] = 0;
  } else {
    u32[rb + words] = (lo << bits) >>> 0;
    u32[rb + words + 1] = ((hi << bits) | (lo >>> (32 - bits))) >>> 0;
    u32[rb + words + 2] = hi >>> (32 - bits);
  }
  return intNormalize(rt, ref, rn, x < 0);
}

/**
 * a % m for a heap int a beyond 2**53 and 0 < m < 2**32 (the `(x * A + C) % M` of a
 * hand-written random generator): the magnitude's remainder, then Python's sign rule (the
 * result has m's sign: m - r for a negative a).
 */
function intModSmall(rt: Runtime, a: Ref, m: number): Ref {
  const nd = rt.i32[(a >> 2) + (INT_NDIGITS >> 2)]!;
  // a power of two up to 2**31 (an LCG's `% 2**31`): the low digit's bits
  const r = m <= 0x80000000 && (m & (m - 1)) === 0
    ? rt.u32[(a >> 2) + (INT_DIGITS >> 2)]! & (m - 1)
    : divideMagnitudeSmall(rt.u32, (a >> 2) + (INT_DIGITS >> 2), nd < 0 ? -nd : nd, m, -1);
  return intFromNumber(rt, nd < 0 && r !== 0 ? m - r : r);
}

/**
 * a // m for a heap int a beyond 2**53 and 1 < m < 2**32 (digit sums, `n //= 10` on big
 * numbers): the magnitude's quotient, then Python's floor for a negative a:
 * -(|a| // m) - 1 when the division left a remainder (the quotient's magnitude plus one
 * cannot overflow its digits, since m > 1).
 */
function intFloorDivSmall(rt: Runtime, a: Ref, m: number): Ref {
  const u32 = rt.u32;
  const nd = rt.i32[(a >> 2) + (INT_NDIGITS >> 2)]!;
  const n = nd < 0 ? -nd : nd;
  const ref = intAlloc(rt, n, false);
  const rb = (ref + INT_DIGITS) >> 2;
  const r = divideMagnitudeSmall(u32, (a >> 2) + (INT_DIGITS >> 2), n, m, rb);
  if (nd < 0 && r !== 0) {
    for (let i = 0; i < n; i++) {
      if (u32[rb + i] !== 0xffffffff) {
        u32[rb + i]!++;
        break;
      }
      u32[rb + i] = 0;
    }
  }
  return intNormalize(rt, ref, n, nd < 0);
}

/** a & b, a | b, a ^ b (op 1, 7, 12) on the digits when both are >= 0; NULL otherwise. */
function intBitwiseDigits(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const u32 = rt.u32;
  let na = signedDigits(rt, a);
  let nb = signedDigits(rt, b);
  if (na < 0 || nb < 0) return NULL;
  let ba = digitBase(a), sa = (a & 1) === 1 ? a >> 1 : 0;
  let bb = digitBase(b), sb = (b & 1) === 1 ? b >> 1 : 0;
  if (na < nb) {
    let t = ba; ba = bb; bb = t;
    t = sa; sa = sb; sb = t;
    t = na; na = nb; nb = t;
  }
  // na >= nb: & has at most nb digits, | and ^ at most na
  const n = op === 1 ? nb : na;
  if (n === 0) return smallIntRef(0);
  const ref = intAlloc(rt, n, false);
  const rb = (ref + INT_DIGITS) >> 2;
  if (ba < 0 || bb < 0) {
    // a small operand: one digit of it
    for (let i = 0; i < n; i++) {
      const x = digitAt(u32, ba, sa, i);
      const y = i < nb ? digitAt(u32, bb, sb, i) : 0;
      u32[rb + i] = op === 1 ? x & y : op === 7 ? x | y : x ^ y;
    }
  } else {
    // one loop per operator over the common digits, then a's longer part copied (| and ^):
    // a bit set's `s |= 1 << i` is linear in its size, and this is that line
    if (op === 1) {
      for (let i = 0; i < nb; i++) u32[rb + i] = u32[ba + i]! & u32[bb + i]!;
    } else if (op === 7) {
      for (let i = 0; i < nb; i++) u32[rb + i] = u32[ba + i]! | u32[bb + i]!;
    } else {
      for (let i = 0; i < nb; i++) u32[rb + i] = u32[ba + i]! ^ u32[bb + i]!;
    }
    if (n > nb) u32.copyWithin(rb + nb, ba + nb, ba + n);
  }
  return intNormalize(rt, ref, n, false);
}

/** Signed digit count of an int-layout value (small ints: 0 or +-1). */
function signedDigits(rt: Runtime, v: Ref): number {
  if ((v & 1) === 1) {
    const x = v >> 1;
    return x > 0 ? 1 : x < 0 ? -1 : 0;
  }
  return rt.i32[(v >> 2) + (INT_NDIGITS >> 2)]!;
}

/** Word index of v's first digit, or -1 for a small int (its one digit is |v >> 1|). */
function digitBase(v: Ref): number {
  return (v & 1) === 1 ? -1 : (v >> 2) + (INT_DIGITS >> 2);
}

function smallMagnitude(v: Ref): number {
  const x = v >> 1;
  return x < 0 ? -x : x;
}

/** Digit i of a magnitude (base -1: the single digit `small`). */
function digitAt(u32: Uint32Array, base: number, small: number, i: number): number {
  return base < 0 ? small : u32[base + i]!;
}

/** Compares magnitudes of n-digit a and m-digit b: <0, 0, >0. */
function compareMagnitudes(
  u32: Uint32Array, ba: number, sa: number, na: number, bb: number, sb: number, nb: number,
): number {
  if (na !== nb) return na - nb;
  for (let i = na - 1; i >= 0; i--) {
    const x = digitAt(u32, ba, sa, i);
    const y = digitAt(u32, bb, sb, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Trims leading zero digits of the new int `ref` (n digits written), sets its sign and
 * returns it, or frees it and returns the tagged small int when the value fits.
 */
function intNormalize(rt: Runtime, ref: Ref, n: number, negative: boolean): Ref {
  const u32 = rt.u32;
  const base = (ref + INT_DIGITS) >> 2;
  while (n > 0 && u32[base + n - 1] === 0) n--;
  if (n <= 1) {
    const d = n === 0 ? 0 : u32[base]!;
    if (d <= 0x3fffffff || (negative && d === 0x40000000)) {
      freeLeafObject(rt, ref);
      return smallIntRef(negative ? -d : d);
    }
  }
  rt.i32[(ref + INT_NDIGITS) >> 2] = negative ? -n : n;
  return ref;
}

/**
 * r[i] = a[i] + b[i] + carry for i in [from, to) (word indexes of digit arrays; r may be a),
 * returning the carry out. Branch-free, in 16-bit halves of word arithmetic: a carry found by
 * comparing (`s < x`) is a branch the processor mispredicts about every other digit of new
 * data (fib's additions: ~7 ns a digit; this loop ~1.5), and a u32 digit read as a double
 * makes every sum a float operation.
 */
function addDigitRange(i32: Int32Array, ba: number, bb: number, rb: number, from: number, to: number, carry: number): number {
  for (let i = from; i < to; i++) {
    const x = i32[ba + i]!, y = i32[bb + i]!;
    const lo = (x & 0xffff) + (y & 0xffff) + carry;
    const hi = (x >>> 16) + (y >>> 16) + (lo >>> 16);
    i32[rb + i] = (hi << 16) | (lo & 0xffff);
    carry = hi >>> 16;
  }
  return carry;
}

/** r[i] = a[i] - b[i] - borrow for i in [from, to), as addDigitRange; returns the borrow out. */
function subDigitRange(i32: Int32Array, ba: number, bb: number, rb: number, from: number, to: number, borrow: number): number {
  for (let i = from; i < to; i++) {
    const x = i32[ba + i]!, y = i32[bb + i]!;
    const lo = (x & 0xffff) - (y & 0xffff) - borrow;
    const hi = (x >>> 16) - (y >>> 16) - (lo >>> 31);
    i32[rb + i] = (hi << 16) | (lo & 0xffff);
    borrow = hi >>> 31;
  }
  return borrow;
}

/** a + b, or a - b when `subtract`, on the digits. New reference. */
function intAddDigits(rt: Runtime, a: Ref, b: Ref, subtract: boolean): Ref {
  const u32 = rt.u32;
  let sdA = signedDigits(rt, a);
  let sdB = signedDigits(rt, b);
  if (subtract) sdB = -sdB;
  let negA = sdA < 0;
  const negB = sdB < 0;
  let na = negA ? -sdA : sdA;
  let nb = negB ? -sdB : sdB;
  let ba = digitBase(a), sa = (a & 1) === 1 ? smallMagnitude(a) : 0;
  let bb = digitBase(b), sb = (b & 1) === 1 ? smallMagnitude(b) : 0;
  if (na === 0 && nb === 0) return smallIntRef(0);
  const sameSign = negA === negB;
  // make a the operand with more digits (same signs) or the larger magnitude (the
  // result's sign when the signs differ)
  const c = sameSign ? na - nb : compareMagnitudes(u32, ba, sa, na, bb, sb, nb);
  if (c < 0) {
    let t = ba; ba = bb; bb = t;
    t = sa; sa = sb; sb = t;
    t = na; na = nb; nb = t;
    negA = negB;
  }
  // Digit 0 first, where a small operand's one digit is: the loops from digit 1 on read
  // only heap digits (a small operand has nb <= 1, and a has na >= 2 when they run).
  const i32 = rt.i32;
  const xa0 = ba < 0 ? sa : u32[ba]!;
  const xb0 = nb === 0 ? 0 : bb < 0 ? sb : u32[bb]!;
  if (sameSign || nb === 0) {
    const ref = intAlloc(rt, na + 1, false);
    const rb = (ref + INT_DIGITS) >> 2;
    let t = xa0 + xb0;
    u32[rb] = t;
    let carry = t > 4294967295 ? 1 : 0;
    carry = addDigitRange(i32, ba, bb, rb, 1, nb, carry);
    let i = nb > 1 ? nb : 1;
    for (; i < na; i++) {
      const s = (i32[ba + i]! + carry) | 0;
      i32[rb + i] = s;
      carry = carry === 1 && s === 0 ? 1 : 0;
    }
    u32[rb + na] = carry;
    return intNormalize(rt, ref, na + 1, negA);
  }
  if (c === 0) return smallIntRef(0);
  const ref = intAlloc(rt, na, false);
  const rb = (ref + INT_DIGITS) >> 2;
  let t = xa0 - xb0;
  let borrow = 0;
  if (t < 0) { t += TWO32; borrow = 1; }
  u32[rb] = t;
  borrow = subDigitRange(i32, ba, bb, rb, 1, nb, borrow);
  for (let i = nb > 1 ? nb : 1; i < na; i++) {
    const x = i32[ba + i]!;
    i32[rb + i] = (x - borrow) | 0;
    borrow = borrow === 1 && x === 0 ? 1 : 0;
  }
  return intNormalize(rt, ref, na, negA);
}

/**
 * a + b, or a - b when `subtract`, written over a's own digits (CPython has no such step:
 * vm/eval.ts BINARY_OP's in-place path calls it only when nothing but the caller can see
 * a, as for str's in-place `+=`). a is a heap int of at least 2 digits; b any int with no more
 * digits than a. Returns a (its value changed), a small int when the result fits one (a's
 * digits then spoiled: the caller releases it), or NULL when the case does not apply
 * (a untouched): b longer than a, |b| > |a| for a difference, or a carry out of a's block.
 * A sum whose carry stops early leaves a's upper digits as they are, so `total += x` on a
 * long total costs x's digits, not total's.
 */
export function intAddIntoFirst(rt: Runtime, a: Ref, b: Ref, subtract: boolean): Ref {
  const u32 = rt.u32;
  const sdA = rt.i32[(a >> 2) + (INT_NDIGITS >> 2)]!;
  let sdB = signedDigits(rt, b);
  if (subtract) sdB = -sdB;
  const negA = sdA < 0;
  let na = negA ? -sdA : sdA;
  const nb = sdB < 0 ? -sdB : sdB;
  if (na < 2 || nb > na) return NULL;
  const ba = (a >> 2) + (INT_DIGITS >> 2);
  const bb = digitBase(b), sb = (b & 1) === 1 ? smallMagnitude(b) : 0;
  if (nb === 0) return a;
  if (negA === sdB < 0) {
    // a carry out of the top digit needs a word past a's digits: in a's block, or no.
    // Only possible when a's top digit plus b's (when as long) plus an incoming carry of 1
    // reaches 2**32; asking the page table for the block's size (blockSize) cost ~2 ns of
    // the classic demo's ~65 ns per `total += n * n` when it was asked at every equal length.
    if (nb === na ? u32[ba + na - 1]! + digitAt(u32, bb, sb, na - 1) >= 0xffffffff : u32[ba + na - 1] === 0xffffffff) {
      if (blockSize(rt.heap, a) < INT_DIGITS + 4 * (na + 1)) return NULL;
    }
    const t = u32[ba]! + (bb < 0 ? sb : u32[bb]!);
    u32[ba] = t;
    let carry = addDigitRange(rt.i32, ba, bb, ba, 1, nb, t > 4294967295 ? 1 : 0);
    let i = nb;
    for (; carry !== 0 && i < na; i++) {
      const t = u32[ba + i]! + 1;
      const lo = t >>> 0;
      u32[ba + i] = lo;
      carry = t === lo ? 0 : 1;
    }
    if (carry !== 0) {
      u32[ba + na] = 1;
      na++;
      rt.i32[(a >> 2) + (INT_NDIGITS >> 2)] = negA ? -na : na;
    }
    return a;
  }
  if (nb === na && compareMagnitudes(u32, ba, 0, na, bb, sb, nb) < 0) return NULL;
  let t = u32[ba]! - (bb < 0 ? sb : u32[bb]!);
  let borrow = 0;
  if (t < 0) { t += TWO32; borrow = 1; }
  u32[ba] = t;
  borrow = subDigitRange(rt.i32, ba, bb, ba, 1, nb, borrow);
  let i = nb;
  for (; borrow !== 0 && i < na; i++) {
    let t = u32[ba + i]! - 1;
    if (t < 0) { t += TWO32; borrow = 1; } else borrow = 0;
    u32[ba + i] = t;
  }
  while (na > 0 && u32[ba + na - 1] === 0) na--;
  if (na <= 1) {
    const d = na === 0 ? 0 : u32[ba]!;
    if (d <= 0x3fffffff || (negA && d === 0x40000000)) return smallIntRef(negA ? -d : d);
  }
  rt.i32[(a >> 2) + (INT_NDIGITS >> 2)] = negA ? -na : na;
  return a;
}

/** The magnitude of base/small (nl digits) times m (< 2**21), signed `negative`: one pass,
 * each step one multiply-add whose carry is floor(t * 2**-32) (exact: a power of two; 3x
 * faster than `t >>> 0` and a division). A function of its own so that V8 optimizes it
 * apart from the general loop. */
function intMulOneDigit(rt: Runtime, longBase: number, longSmall: number, nl: number, m: number, negative: boolean): Ref {
  const n = nl + 1;
  const ref = intAlloc(rt, n, false);
  const u32 = rt.u32;
  const rb = (ref + INT_DIGITS) >> 2;
  let carry = 0;
  if (longBase < 0) {
    const t = longSmall * m;
    carry = Math.floor(t * INV_TWO32);
    u32[rb] = t - carry * TWO32;
  } else {
    for (let i = 0; i < nl; i++) {
      const t = u32[longBase + i]! * m + carry;
      carry = Math.floor(t * INV_TWO32);
      u32[rb + i] = t - carry * TWO32;
    }
  }
  u32[rb + nl] = carry;
  return intNormalize(rt, ref, n, negative);
}

/** a * b on the digits (schoolbook); NULL when it takes more than MUL_DIGITS_MAX**2 digit
 * products and both operands are longer than MUL_SHORT_OPERAND_MAX digits (BigInt's
 * Karatsuba wins there). */
function intMulDigits(rt: Runtime, a: Ref, b: Ref): Ref {
  const u32 = rt.u32;
  const sdA = signedDigits(rt, a);
  const sdB = signedDigits(rt, b);
  if (sdA === 0 || sdB === 0) return smallIntRef(0);
  const na = sdA < 0 ? -sdA : sdA;
  const nb = sdB < 0 ? -sdB : sdB;
  if (na * nb > MUL_DIGITS_MAX * MUL_DIGITS_MAX && na > MUL_SHORT_OPERAND_MAX && nb > MUL_SHORT_OPERAND_MAX) {
    return NULL;
  }
  const ba = digitBase(a), sa = (a & 1) === 1 ? smallMagnitude(a) : 0;
  const bb = digitBase(b), sb = (b & 1) === 1 ? smallMagnitude(b) : 0;
  const n = na + nb;
  if (na === 1 || nb === 1) {
    // one operand of one digit (a factorial's `r *= i`, `x * 10`): one pass over the long
    // one. Below 2**21 the multiplier's products plus carry stay below 2**53, so each step
    // is one multiply; a wider digit goes through the general loop.
    const m = na === 1 ? digitAt(u32, ba, sa, 0) : digitAt(u32, bb, sb, 0);
    if (m < 0x200000) {
      return intMulOneDigit(rt, na === 1 ? bb : ba, na === 1 ? sb : sa, na === 1 ? nb : na, m, (sdA < 0) !== (sdB < 0));
    }
  }
  const ref = intAlloc(rt, n, false);
  const rb = (ref + INT_DIGITS) >> 2;
  u32.fill(0, rb, rb + n);
  for (let i = 0; i < na; i++) {
    const xi = digitAt(u32, ba, sa, i);
    if (xi === 0) continue;
    const xl = xi & 0xffff;
    const xh = xi >>> 16;
    let carry = 0;
    for (let j = 0; j < nb; j++) {
      const yj = digitAt(u32, bb, sb, j);
      // xi*yj + r + carry = p1 + p2 * 2**16 + r + carry, every partial sum below 2**53; the
      // splits by floor(x * 2**-k), exact (a power of two): `p2 % 65536` was a call of the C
      // library's fmod, ~half of a 500-bit product's time
      const p1 = xl * yj;
      const p2 = xh * yj;
      const p2hi = Math.floor(p2 * INV_TWO16);
      const t = p1 + (p2 - p2hi * 65536) * 65536 + u32[rb + i + j]! + carry;
      const c = Math.floor(t * INV_TWO32);
      u32[rb + i + j] = t - c * TWO32;
      carry = c + p2hi;
    }
    u32[rb + i + nb] = carry;
  }
  return intNormalize(rt, ref, n, (sdA < 0) !== (sdB < 0));
}

/** Compares two int-layout values: -1, 0 or 1 (no BigInt). */
export function intCompareRefs(rt: Runtime, a: Ref, b: Ref): number {
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  if (x === x && y === y) return x < y ? -1 : x > y ? 1 : 0;
  const sdA = signedDigits(rt, a);
  const sdB = signedDigits(rt, b);
  const signA = sdA < 0 ? -1 : sdA > 0 ? 1 : 0;
  const signB = sdB < 0 ? -1 : sdB > 0 ? 1 : 0;
  if (signA !== signB) return signA < signB ? -1 : 1;
  const c = compareMagnitudes(
    rt.u32, digitBase(a), (a & 1) === 1 ? smallMagnitude(a) : 0, sdA < 0 ? -sdA : sdA,
    digitBase(b), (b & 1) === 1 ? smallMagnitude(b) : 0, sdB < 0 ? -sdB : sdB,
  );
  const s = c < 0 ? -1 : c > 0 ? 1 : 0;
  return signA < 0 ? -s : s;
}

export { fitsSmallInt };
