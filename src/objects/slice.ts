/*
 * slice: 16 SLICE_START  20 SLICE_STOP  24 SLICE_STEP (owned refs; None when omitted).
 * sliceIndices is CPython's PySlice_Unpack + PySlice_AdjustIndices.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { raiseValueError, raiseTypeError } from '../vm/errors.js';
import { newObject, kindOf, typeOf } from './object.js';
import { typeLookup } from './type.js';
import { indexObject, isHeapTypeObj } from './abstract.js';
import { Kind } from './kinds.js';
import { intToNumberOrBig } from './int.js';

export const SLICE_START = 16;
export const SLICE_STOP = 20;
export const SLICE_STEP = 24;
export const SLICE_SIZE = 32;

/** start/stop/step borrowed. */
export function sliceNew(rt: Runtime, start: Ref, stop: Ref, step: Ref): Ref {
  const s = newObject(rt, rt.kindTypes[Kind.SLICE]!, SLICE_SIZE);
  incref(rt, start); incref(rt, stop); incref(rt, step);
  rt.i32[(s + SLICE_START) >> 2] = start;
  rt.i32[(s + SLICE_STOP) >> 2] = stop;
  rt.i32[(s + SLICE_STEP) >> 2] = step;
  return s;
}

function sliceInt(rt: Runtime, v: Ref): number | null {
  const k = kindOf(rt, v);
  if (k === Kind.INT || k === Kind.BOOL) {
    const x = intToNumberOrBig(rt, v);
    return typeof x === 'bigint' ? (x < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : x;
  }
  if (isHeapTypeObj(rt, v) && typeLookup(rt, typeOf(rt, v), rt.names.__index__) !== 0) {
    // an object with __index__ (CPython's _PyEval_SliceIndex: PyNumber_AsSsize_t)
    const r = indexObject(rt, v);
    if (r === 0) return null;
    const x = sliceInt(rt, r);
    decref(rt, r);
    return x;
  }
  raiseTypeError(rt, 'slice indices must be integers or None or have an __index__ method');
  return null;
}

/** [start, stop, step, length] for a sequence of length n, or null on error. */
export function sliceIndices(rt: Runtime, s: Ref, n: number): [number, number, number, number] | null {
  const len = sliceIndicesInto(rt, s, n);
  if (len < 0) return null;
  return [SLICE_OUT[0]!, SLICE_OUT[1]!, SLICE_OUT[2]!, len];
}

/**
 * sliceIndices without an array: start, stop and step into SLICE_OUT[0..2], the length
 * returned (-1 with the exception set). Read SLICE_OUT before anything that can run Python
 * code (an __index__ slicing in turn writes it again).
 */
export function sliceIndicesInto(rt: Runtime, s: Ref, n: number): number {
  const i32 = rt.i32;
  const sv = i32[(s + SLICE_STEP) >> 2] as Ref;
  let step = 1;
  if (sv !== rt.None) {
    const x = sliceInt(rt, sv);
    if (x === null) return -1;
    if (x === 0) {
      raiseValueError(rt, 'slice step cannot be zero');
      return -1;
    }
    step = x;
  }
  const start = sliceBound(rt, i32[(s + SLICE_START) >> 2] as Ref, step < 0 ? n - 1 : 0, n, step);
  if (start === null) return -1;
  const stop = sliceBound(rt, i32[(s + SLICE_STOP) >> 2] as Ref, step < 0 ? -1 : n, n, step);
  if (stop === null) return -1;
  let len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  SLICE_OUT[0] = start;
  SLICE_OUT[1] = stop;
  SLICE_OUT[2] = step;
  return len;
}

/** sliceIndicesInto's start, stop and step (see there). */
export const SLICE_OUT = new Float64Array(3);

/** A slice bound (v: None, an int or __index__) clamped to a sequence of length n. */
function sliceBound(rt: Runtime, v: Ref, dflt: number, n: number, step: number): number | null {
  if (v === rt.None) return dflt;
  let x = sliceInt(rt, v);
  if (x === null) return null;
  if (x < 0) {
    x += n;
    if (x < 0) x = step < 0 ? -1 : 0;
  } else if (x >= n) x = step < 0 ? n - 1 : n;
  return x;
}
