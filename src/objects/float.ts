/*
 * float: an IEEE double.
 *
 *   byte 16 FLOAT_VALUE  the f64 (index (ref + 16) >> 3 in the f64 view)   24 bytes
 *
 * repr is numfmt.floatRepr (CPython's shortest round-trip repr). Floats are never cached
 * or shared: every result is a new object (a free-list per size class makes that cheap:
 * floats are leaf objects, objects/object.ts newLeafObject).
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { newLeafObject } from './object.js';

export const FLOAT_VALUE = 16;
export const FLOAT_SIZE = 24;

export function floatNew(rt: Runtime, x: number): Ref {
  const ref = newLeafObject(rt, rt.tFloat, FLOAT_SIZE);
  rt.f64[(ref + FLOAT_VALUE) >> 3] = x;
  return ref;
}

export function floatValue(rt: Runtime, ref: Ref): number {
  return rt.f64[(ref + FLOAT_VALUE) >> 3]!;
}
