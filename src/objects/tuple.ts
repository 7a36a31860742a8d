/*
 * tuple: immutable arrays of refs, items inline.
 *
 *   byte 16 TUPLE_SIZE   number of items
 *        20 ...          items (i32 index (ref >> 2) + 5 + i), each an owned reference
 *
 * The empty tuple is an immortal singleton (rt.emptyTuple). Tuples built by
 * `tupleNew` start with NULL items that the caller fills (stealing references).
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref } from '../vm/refs.js';
import { newObject } from './object.js';

export const TUPLE_SIZE = 16;
export const TUPLE_ITEMS = 20;
export const TUPLE_ITEMS_WORD = 5;

/** A new tuple of n NULL items (fill with tupleSetItemSteal). New reference. */
export function tupleNew(rt: Runtime, n: number): Ref {
  if (n === 0) return rt.emptyTuple;
  const ref = newObject(rt, rt.tTuple, TUPLE_ITEMS + 4 * n);
  rt.i32[(ref >> 2) + 4] = n;
  return ref;
}

export function tupleSize(rt: Runtime, t: Ref): number {
  return rt.i32[(t >> 2) + 4]!;
}

/** Borrowed item i (no bounds check). */
export function tupleItem(rt: Runtime, t: Ref, i: number): Ref {
  return rt.i32[(t >> 2) + TUPLE_ITEMS_WORD + i] as Ref;
}

/** Stores v (stolen) at i of a tuple under construction. */
export function tupleSetItemSteal(rt: Runtime, t: Ref, i: number, v: Ref): void {
  rt.i32[(t >> 2) + TUPLE_ITEMS_WORD + i] = v;
}

/** A tuple of the given refs (each incref'd). */
export function tupleFromRefs(rt: Runtime, items: readonly Ref[]): Ref {
  const t = tupleNew(rt, items.length);
  for (let i = 0; i < items.length; i++) {
    incref(rt, items[i]!);
    rt.i32[(t >> 2) + TUPLE_ITEMS_WORD + i] = items[i]!;
  }
  return t;
}

/** A tuple copying n words starting at i32 index `words` (each incref'd). */
export function tupleFromWords(rt: Runtime, words: number, n: number): Ref {
  const t = tupleNew(rt, n);
  const i32 = rt.i32;
  for (let i = 0; i < n; i++) {
    const v = i32[words + i]!;
    incref(rt, v);
    i32[(t >> 2) + TUPLE_ITEMS_WORD + i] = v;
  }
  return t;
}
