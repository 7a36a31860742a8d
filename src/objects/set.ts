/*
 * set and frozenset. Choice: a set has exactly the dict layout (objects/dict.ts: used,
 * keys block, version) with every value None, so it reuses the dict's compact table,
 * probing and iteration code. Costs one word per entry over CPython's set table; gains
 * one hash-table implementation to make thread-safe in the no-GIL issue instead of two.
 * Iteration order: CPython's set table order for sets of numbers: a new set starts with
 * a shadow of CPython's table (objects/setorder.ts), kept by dict.ts's hooks, and the
 * entries are put in its slot order before the set is iterated.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { newObject } from './object.js';
import { DICT_OBJ_SIZE, dictSetItem, dictNextEntry, dictEntryKey } from './dict.js';
import { Kind } from './kinds.js';
import { kindOf } from './object.js';
import { errorMatches, clearError } from '../vm/errors.js';
import { setShadowInit } from './setorder.js';

export function setNew(rt: Runtime, frozen: boolean): Ref {
  const s = newObject(rt, frozen ? rt.tFrozenset : rt.tSet, DICT_OBJ_SIZE);
  setShadowInit(rt, s);
  return s;
}

/** Adds key (borrowed). 0 / -1. */
export function setAdd(rt: Runtime, s: Ref, key: Ref): number {
  return dictSetItem(rt, s, key, rt.None);
}

/** A frozenset of the refs (each stolen). */
export function frozensetFromRefs(rt: Runtime, items: readonly Ref[]): Ref {
  const s = setNew(rt, true);
  for (const it of items) {
    setAdd(rt, s, it);
    decref(rt, it);
  }
  return s;
}

/**
 * A set used as a key of another set's lookup (x in s, s.remove(x), s.discard(x)): CPython
 * retries an unhashable set as a frozenset of its items. `op(rt, set, key)` (dictContains,
 * dictDelItem: a module function, so no closure per lookup) returns < 0 on error; the retry
 * runs when it failed with TypeError and `key` is a set.
 */
export function setKeyLookup(rt: Runtime, set: Ref, key: Ref, op: (rt: Runtime, set: Ref, key: Ref) => number): number {
  const r = op(rt, set, key);
  if (r >= 0 || kindOf(rt, key) !== Kind.SET || !errorMatches(rt, rt.exc.TypeError!)) return r;
  clearError(rt);
  const f = setNew(rt, true);
  for (let ix = dictNextEntry(rt, key, 0); ix >= 0; ix = dictNextEntry(rt, key, ix + 1)) {
    if (setAdd(rt, f, dictEntryKey(rt, key, ix)) < 0) { decref(rt, f); return -1; }
  }
  const r2 = op(rt, set, f);
  decref(rt, f);
  return r2;
}
