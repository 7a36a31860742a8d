/*
 * range: 16 RANGE_START  20 RANGE_STOP  24 RANGE_STEP, each a tagged small int.
 * Choice for now: bounds must fit in small ints (|v| < 2**30); larger bounds raise
 * OverflowError (CPython allows arbitrary ints; no tier-1 program needs them).
 */
import type { Ref } from '../heap/layout.js';
import { smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { newObject } from './object.js';

export const RANGE_START = 16;
export const RANGE_STOP = 20;
export const RANGE_STEP = 24;
export const RANGE_SIZE = 32;

export function rangeNew(rt: Runtime, start: number, stop: number, step: number): Ref {
  const r = newObject(rt, rt.tRange, RANGE_SIZE);
  rt.i32[(r + RANGE_START) >> 2] = smallIntRef(start);
  rt.i32[(r + RANGE_STOP) >> 2] = smallIntRef(stop);
  rt.i32[(r + RANGE_STEP) >> 2] = smallIntRef(step);
  return r;
}
