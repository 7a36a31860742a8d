/*
 * list: a growable array of refs.
 *
 *   byte 16 LIST_SIZE    number of items
 *        20 LIST_ITEMS   raw block of capacity words (0 when capacity is 0)
 *        24 LIST_CAP     capacity in items
 *        28 (pad)                                        32 bytes
 *
 * Items are owned references. Growth follows CPython's list_resize over-allocation
 * (new_allocated = n + (n >> 3) + 6, rounded down to a multiple of 4), so append is
 * amortised O(1). The raw item block is separate from the object so the object never
 * moves; the no-GIL issue puts a per-object lock in the header flags.
 */
import type { Ref } from '../heap/layout.js';
import { allocRaw, free, reallocRaw } from '../heap/alloc.js';
import { HeapExhausted, type Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { newObject } from './object.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { retireBlock } from '../vm/nogil.js';

export const LIST_SIZE = 16;
export const LIST_ITEMS = 20;
export const LIST_CAP = 24;
/** When the list was made: Runtime.finalizerSeq then (0: not known), for the order of the
 * finalizers at exit (objects/exitorder.ts). The eval loop's BUILD_LIST writes it too. */
export const LIST_BORN = 28;
export const LIST_OBJ_SIZE = 32;

export function listNew(rt: Runtime, capacity: number): Ref {
  if (capacity <= 0) {
    const empty = newObject(rt, rt.tList, LIST_OBJ_SIZE);
    rt.i32[(empty + LIST_BORN) >> 2] = rt.finalizerSeq++;
    return empty;
  }
  // the items first: when they do not fit (MemoryError), no list object is left behind
  const items = allocRaw(rt.heap, capacity * 4);
  if (items === 0) throw new HeapExhausted(capacity * 4);
  const ref = newObject(rt, rt.tList, LIST_OBJ_SIZE);
  rt.i32[(ref + LIST_BORN) >> 2] = rt.finalizerSeq++;
  rt.i32[(ref + LIST_ITEMS) >> 2] = items;
  rt.i32[(ref + LIST_CAP) >> 2] = capacity;
  return ref;
}

export function listSize(rt: Runtime, l: Ref): number {
  return rt.i32[(l + LIST_SIZE) >> 2]!;
}

/** i32 index of item 0 (valid until the next resize). */
export function listItemsWord(rt: Runtime, l: Ref): number {
  return rt.i32[(l + LIST_ITEMS) >> 2]! >> 2;
}

export function listItem(rt: Runtime, l: Ref, i: number): Ref {
  return rt.i32[(rt.i32[(l + LIST_ITEMS) >> 2]! >> 2) + i] as Ref;
}

/** Makes room for at least `needed` items. */
export function listReserve(rt: Runtime, l: Ref, needed: number): void {
  const i32 = rt.i32;
  const cap = i32[(l + LIST_CAP) >> 2]!;
  if (needed <= cap) return;
  let newCap = (needed + (needed >> 3) + 6) & ~3;
  if (needed - (i32[(l + LIST_SIZE) >> 2]!) > newCap - needed) newCap = (needed + 3) & ~3;
  setListCapacity(rt, l, newCap);
}

/** Moves l's items to an item array of newCap slots (HeapExhausted when out of memory). */
function setListCapacity(rt: Runtime, l: Ref, newCap: number): void {
  const i32 = rt.i32;
  const items = rt.rc.atomic ? growRetiring(rt, l, newCap) : reallocRaw(rt.heap, i32[(l + LIST_ITEMS) >> 2] as Ref, newCap * 4);
  if (items === 0) throw new HeapExhausted(newCap * 4);
  i32[(l + LIST_ITEMS) >> 2] = items;
  i32[(l + LIST_CAP) >> 2] = newCap;
}

/**
 * Room for `needed` items; a list with no item array yet gets exactly that, rounded up to
 * even (CPython 3.11's list_extend from a list or tuple into an empty list:
 * list_preallocate_exact, so `[1, 2, 3]` and list(t) hold no spare room), else listReserve's.
 */
export function listReserveExactIfEmpty(rt: Runtime, l: Ref, needed: number): void {
  if (rt.i32[(l + LIST_CAP) >> 2] !== 0 || needed === 0) listReserve(rt, l, needed);
  else setListCapacity(rt, l, (needed + 1) & ~1);
}

/**
 * --no-gil growth: the old item array is retired, not freed (vm/nogil.ts: another executor
 * may be reading it without the lock). NULL when out of memory.
 */
function growRetiring(rt: Runtime, l: Ref, newCap: number): Ref {
  const i32 = rt.i32;
  const old = i32[(l + LIST_ITEMS) >> 2]! as Ref;
  const items = allocRaw(rt.heap, newCap * 4);
  if (items === 0 || old === 0) return items;
  i32.copyWithin(items >> 2, old >> 2, (old >> 2) + i32[(l + LIST_SIZE) >> 2]!);
  retireBlock(rt, old);
  return items;
}

/** Appends v (stolen). */
export function listAppendSteal(rt: Runtime, l: Ref, v: Ref): void {
  if (rt.rc.atomic) {
    listAppendStealLocked(rt, l, v);
    return;
  }
  const i32 = rt.i32;
  const n = i32[(l + LIST_SIZE) >> 2]!;
  if (n >= i32[(l + LIST_CAP) >> 2]!) listReserve(rt, l, n + 1);
  i32[(i32[(l + LIST_ITEMS) >> 2]! >> 2) + n] = v;
  i32[(l + LIST_SIZE) >> 2] = n + 1;
}

/** Appends v (borrowed: incref'd). */
export function listAppend(rt: Runtime, l: Ref, v: Ref): void {
  // room first (under the GIL): a MemoryError from the growth leaves no reference to v
  // behind, counted and never stored
  if (!rt.rc.atomic) {
    const n = rt.i32[(l + LIST_SIZE) >> 2]!;
    if (n >= rt.i32[(l + LIST_CAP) >> 2]!) listReserve(rt, l, n + 1);
  }
  incref(rt, v);
  listAppendSteal(rt, l, v);
}

/** A list of n words from i32 index `words` (each incref'd). */
export function listFromWords(rt: Runtime, words: number, n: number): Ref {
  const l = listNew(rt, n);
  const i32 = rt.i32;
  const base = i32[(l + LIST_ITEMS) >> 2]! >> 2;
  for (let i = 0; i < n; i++) {
    const v = i32[words + i]!;
    incref(rt, v);
    i32[base + i] = v;
  }
  i32[(l + LIST_SIZE) >> 2] = n;
  return l;
}

/** Removes all items (decref'd after the list is consistent again). */
export function listClear(rt: Runtime, l: Ref): void {
  const i32 = rt.i32;
  const n = i32[(l + LIST_SIZE) >> 2]!;
  const items = i32[(l + LIST_ITEMS) >> 2] as Ref;
  i32[(l + LIST_SIZE) >> 2] = 0;
  i32[(l + LIST_ITEMS) >> 2] = 0;
  i32[(l + LIST_CAP) >> 2] = 0;
  if (items === 0) return;
  // from the last item, as CPython's _list_clear / list_dealloc (the order __del__ shows)
  // (small ints, never counted, tested here: the release is a call per item otherwise)
  for (let i = n - 1; i >= 0; i--) {
    const v = i32[(items >> 2) + i]!;
    if ((v & 1) === 0) decref(rt, v);
  }
  if (rt.rc.atomic) retireBlock(rt, items);
  else free(rt.heap, items);
}

/** listAppendSteal under the list's lock (--no-gil: vm/objlock.ts). */
function listAppendStealLocked(rt: Runtime, l: Ref, v: Ref): void {
  const took = objLock(rt, l);
  try {
    const i32 = rt.i32;
    const n = i32[(l + LIST_SIZE) >> 2]!;
    if (n >= i32[(l + LIST_CAP) >> 2]!) listReserve(rt, l, n + 1);
    i32[(i32[(l + LIST_ITEMS) >> 2]! >> 2) + n] = v;
    i32[(l + LIST_SIZE) >> 2] = n + 1;
  } finally {
    if (took) objUnlock(rt, l);
  }
}
