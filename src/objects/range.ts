/*
 * range:  16 RANGE_START  20 RANGE_STOP  24 RANGE_STEP  28 RANGE_BIG
 *
 * The three bounds are int refs owned by the range. The common case is all three tagged
 * small ints (|v| < 2**30, never counted) and RANGE_BIG = 0: every fast path (iteration,
 * len, indexing, `in`) reads them with `>> 1` and JS number arithmetic, exact because
 * every intermediate stays below 2**53. When any bound is a heap int (CPython allows
 * arbitrary ints: `range(10**20)[-1]`, `10**19 in range(10**20)`), RANGE_BIG = 1 and the
 * operations take the slow BigInt paths here; the range then owns counted references to
 * its bounds (released by objects/dealloc.ts).
 */
import type { Ref } from '../heap/layout.js';
import { smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { newObject } from './object.js';
import { incref } from '../vm/refs.js';
import { intToBigint, intFromBigint } from './int.js';

export const RANGE_START = 16;
export const RANGE_STOP = 20;
export const RANGE_STEP = 24;
export const RANGE_BIG = 28;
export const RANGE_SIZE = 32;

/** A range over small ints (each |v| < 2**30, step != 0). New reference. */
export function rangeNew(rt: Runtime, start: number, stop: number, step: number): Ref {
  const r = newObject(rt, rt.tRange, RANGE_SIZE);
  rt.i32[(r + RANGE_START) >> 2] = smallIntRef(start);
  rt.i32[(r + RANGE_STOP) >> 2] = smallIntRef(stop);
  rt.i32[(r + RANGE_STEP) >> 2] = smallIntRef(step);
  return r;
}

/** A range over any three int refs (borrowed; step != 0). New reference. */
export function rangeNewRefs(rt: Runtime, start: Ref, stop: Ref, step: Ref): Ref {
  const r = newObject(rt, rt.tRange, RANGE_SIZE);
  incref(rt, start);
  incref(rt, stop);
  incref(rt, step);
  rt.i32[(r + RANGE_START) >> 2] = start;
  rt.i32[(r + RANGE_STOP) >> 2] = stop;
  rt.i32[(r + RANGE_STEP) >> 2] = step;
  rt.i32[(r + RANGE_BIG) >> 2] = (start & stop & step & 1) === 1 ? 0 : 1;
  return r;
}

/** A range from bigint bounds (normalised to small ints when they fit). New reference. */
export function rangeNewBig(rt: Runtime, start: bigint, stop: bigint, step: bigint): Ref {
  const a = intFromBigint(rt, start);
  const b = intFromBigint(rt, stop);
  const c = intFromBigint(rt, step);
  const r = rangeNewRefs(rt, a, b, c);
  rt.rc.decref(a);
  rt.rc.decref(b);
  rt.rc.decref(c);
  return r;
}

/** True when a bound is a heap int: use the bigint paths. */
export function rangeIsBig(rt: Runtime, r: Ref): boolean {
  return rt.i32[(r + RANGE_BIG) >> 2] !== 0;
}

/** [start, stop, step] as bigints. */
export function rangeBounds(rt: Runtime, r: Ref): [bigint, bigint, bigint] {
  const i32 = rt.i32;
  return [
    intToBigint(rt, i32[(r + RANGE_START) >> 2] as Ref),
    intToBigint(rt, i32[(r + RANGE_STOP) >> 2] as Ref),
    intToBigint(rt, i32[(r + RANGE_STEP) >> 2] as Ref),
  ];
}

/** The number of items, exactly, as a bigint (CPython's compute_range_length). */
export function rangeLengthBig(rt: Runtime, r: Ref): bigint {
  const [start, stop, step] = rangeBounds(rt, r);
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}
