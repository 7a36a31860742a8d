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
 * Arithmetic on big values converts to JS BigInt, computes (intmath.ts for Python's
 * floor division, modulo, power, shifts) and converts back, normalising results that fit
 * into tagged small ints: a slow path, off the loop's small-int fast paths.
 */
import type { Ref } from '../heap/layout.js';
import { fitsSmallInt, smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { newObject } from './object.js';

export const INT_NDIGITS = 16;
export const INT_DIGITS = 20;

/** True for small ints, big ints and bools (any int-layout value). */
export function isIntLike(rt: Runtime, v: Ref): boolean {
  if ((v & 1) === 1) return true;
  const t = rt.i32[v >> 2];
  return t === rt.tInt || t === rt.tBool || (rt.i32[(t! + 16) >> 2] === 5 /* Kind.INT */) || rt.i32[(t! + 16) >> 2] === 6;
}

/** The value of an int-layout object as a bigint. */
export function intToBigint(rt: Runtime, v: Ref): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  const i32 = rt.i32;
  const nd = i32[(v + INT_NDIGITS) >> 2]!;
  const n = nd < 0 ? -nd : nd;
  let r = 0n;
  const base = (v + INT_DIGITS) >> 2;
  for (let i = n - 1; i >= 0; i--) r = (r << 32n) | BigInt(rt.u32[base + i]!);
  return nd < 0 ? -r : r;
}

/** The value as a JS number when exact (|v| <= 2**53), else the bigint. */
export function intToNumberOrBig(rt: Runtime, v: Ref): number | bigint {
  if ((v & 1) === 1) return v >> 1;
  const i32 = rt.i32;
  const nd = i32[(v + INT_NDIGITS) >> 2]!;
  if (nd === 0) return 0;
  if (nd === 1 || nd === -1) {
    const d = rt.u32[(v + INT_DIGITS) >> 2]!;
    return nd < 0 ? -d : d;
  }
  if ((nd === 2 || nd === -2) && rt.u32[((v + INT_DIGITS) >> 2) + 1]! < 0x200000) {
    const d = rt.u32[(v + INT_DIGITS) >> 2]! + rt.u32[((v + INT_DIGITS) >> 2) + 1]! * 4294967296;
    return nd < 0 ? -d : d;
  }
  const b = intToBigint(rt, v);
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return b;
}

/** A new int from a bigint (tagged when small). New reference. */
export function intFromBigint(rt: Runtime, b: bigint): Ref {
  if (b >= -1073741824n && b <= 1073741823n) return smallIntRef(Number(b));
  const neg = b < 0n;
  let m = neg ? -b : b;
  const digits: number[] = [];
  while (m > 0n) {
    digits.push(Number(m & 0xffffffffn));
    m >>= 32n;
  }
  const ref = newObject(rt, rt.tInt, INT_DIGITS + 4 * digits.length);
  rt.i32[(ref + INT_NDIGITS) >> 2] = neg ? -digits.length : digits.length;
  const base = (ref + INT_DIGITS) >> 2;
  for (let i = 0; i < digits.length; i++) rt.u32[base + i] = digits[i]!;
  return ref;
}

/** A new int from a JS integer number (any magnitude). New reference. */
export function intFromNumber(rt: Runtime, n: number): Ref {
  if (n >= -1073741824 && n <= 1073741823) return smallIntRef(n);
  if (!Number.isSafeInteger(n)) return intFromBigint(rt, BigInt(n));
  // |n| < 2**53: one or two 32-bit digits, no BigInt on this path
  const m = n < 0 ? -n : n;
  const hi = Math.floor(m / 4294967296);
  const lo = m - hi * 4294967296;
  const nd = hi === 0 ? 1 : 2;
  const ref = newObject(rt, rt.tInt, INT_DIGITS + 4 * nd);
  rt.i32[(ref + INT_NDIGITS) >> 2] = n < 0 ? -nd : nd;
  const base = (ref + INT_DIGITS) >> 2;
  rt.u32[base] = lo;
  if (nd === 2) rt.u32[base + 1] = hi;
  return ref;
}

export function intFromNumberOrBig(rt: Runtime, v: number | bigint): Ref {
  return typeof v === 'number' ? intFromNumber(rt, v) : intFromBigint(rt, v);
}

export { fitsSmallInt };
