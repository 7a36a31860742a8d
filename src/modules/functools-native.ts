/*
 * `_functools`: the one native lib/functools.py needs. `count(stats, index)` adds 1 to the
 * int at stats[index] (a list) in one native step, so an lru_cache's hit and miss counts
 * stay exact under threads, as CPython's C counters do: under the GIL a native runs without
 * a switch, and with --no-gil a native taking a list runs under the list's lock
 * (vm/critical.ts callNativeLocked). A Python `stats[0] += 1` is a load, an add and a store:
 * two threads interleaving them lose a count (at a switch between the load and the store
 * under the GIL, at any moment without it).
 *
 * `lru_get(cache, key, sentinel)` and `lru_put(cache, key, value, maxsize)` are a bounded
 * lru_cache's two steps on its dict, each one native step for the same reason (under the
 * GIL no switch inside them; with --no-gil the dict's lock held throughout): a hit moves
 * the key to the end (pop + reinsert) and a miss's store evicts the oldest keys until there
 * is room. Written in Python, a switch between `len(cache) >= maxsize` and the store let
 * two threads both see room and the cache grow past maxsize for good, and a switch between
 * `next(iter(cache))` and `del cache[...]` let two threads pick the same victim (KeyError);
 * a hit's pop and reinsert, split, let a miss fill the gap and the reinsert overfill it.
 *
 * `lru_hit(cache, args, sentinel, stats, bounded)` is a cache hit of a call without keywords
 * in one native step (key, lookup, the bounded cache's move to the recent end, the count):
 * ~1 us a hit in Python (_make_key, lru_get and count each a call), CPython's C wrapper ~0.1.
 * `lru_miss_key(args, stats)` is the miss that follows: the same key, the miss counted.
 */
import { NULL, smallIntRef, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, incref, newRef } from '../vm/refs.js';
import { raiseTypeError, errOccurred } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { LIST_ITEMS, LIST_SIZE } from '../objects/list.js';
import { dictContains, dictDelItem, dictEntryKey, dictGetItem, dictNextEntry, dictPop, dictSetItem, dictSize } from '../objects/dict.js';
import { tupleItem, tupleSize } from '../objects/tuple.js';
import { binaryOp } from '../objects/abstract.js';
import { intToNumberOrBig } from '../objects/int.js';
import { NB_OPS } from '../compiler/opcodes.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

/** BINARY_OP's oparg for + (compiler/opcodes.ts NB_OPS). */
const NB_ADD = NB_OPS.indexOf('+');

/** stats[k] += 1 for a list's int item (k in range). False with the error set. */
function addOneAt(rt: Runtime, stats: Ref, k: number): boolean {
  const i32 = rt.i32;
  const slot = (i32[(stats + LIST_ITEMS) >> 2]! >> 2) + k;
  const old = i32[slot]! as Ref;
  const sum = binaryOp(rt, old, smallIntRef(1), NB_ADD);
  if (sum === NULL) return false;
  i32[slot] = sum; // the list's reference to the old count is dropped below
  decref(rt, old);
  return true;
}

/** cache[key], moved to the dict's most recent end (pop and reinsert): a new reference,
 * or NULL when absent (no error) or on error. */
function takeMostRecent(rt: Runtime, cache: Ref, key: Ref): Ref {
  const value = dictPop(rt, cache, key);
  if (value !== NULL && dictSetItem(rt, cache, key, value) < 0) {
    decref(rt, value);
    return NULL;
  }
  return value;
}

/** A call's cache key without keywords, as _make_key makes it (borrowed): an int or str
 * argument alone is its own key, else the args tuple. */
function lruKey(rt: Runtime, callArgs: Ref): Ref {
  if (tupleSize(rt, callArgs) !== 1) return callArgs;
  const only = tupleItem(rt, callArgs, 0);
  return (only & 1) === 1 || rt.i32[only >> 2] === rt.tInt || rt.i32[only >> 2] === rt.tStr ? only : callArgs;
}

const FUNCTOOLS_FUNCTIONS = defineFunctions([
  ['count', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'count', nargs, kwnames, 2, 2)) return NULL;
    const i32 = rt.i32;
    const stats = i32[args] as Ref;
    const index = i32[args + 1] as Ref;
    if ((stats & 1) === 1 || kindOf(rt, stats) !== Kind.LIST || (index & 1) === 0) return raiseTypeError(rt, 'count(list, int)');
    const k = index >> 1;
    if (k < 0 || k >= i32[(stats + LIST_SIZE) >> 2]!) return raiseTypeError(rt, 'count: index out of range');
    return addOneAt(rt, stats, k) ? rt.None : NULL;
  }],
  ['lru_hit', (rt, args, nargs, kwnames) => {
    // lru_hit(cache, args, sentinel, stats, bounded): a call without keywords found in the
    // cache in one native step: the key as _make_key makes it (an int or str argument alone
    // is its own key, else the args tuple), the value (moved to the recent end when the
    // cache is bounded) and the hit counted; sentinel, nothing counted, on a miss
    if (!checkArgs(rt, 'lru_hit', nargs, kwnames, 5, 5)) return NULL;
    const i32 = rt.i32;
    const cache = i32[args] as Ref, callArgs = i32[args + 1] as Ref, sentinel = i32[args + 2] as Ref, stats = i32[args + 3] as Ref;
    if ((cache & 1) === 1 || kindOf(rt, cache) !== Kind.DICT || (callArgs & 1) === 1 || kindOf(rt, callArgs) !== Kind.TUPLE
      || (stats & 1) === 1 || kindOf(rt, stats) !== Kind.LIST || i32[(stats + LIST_SIZE) >> 2]! < 1) {
      return raiseTypeError(rt, 'lru_hit(dict, tuple, sentinel, list, bool)');
    }
    const key = lruKey(rt, callArgs);
    let value: Ref;
    if (i32[args + 4] === rt.True) value = takeMostRecent(rt, cache, key);
    else {
      value = dictGetItem(rt, cache, key);
      if (value !== NULL) incref(rt, value);
    }
    if (value === NULL) return errOccurred(rt) ? NULL : newRef(rt, sentinel);
    if (!addOneAt(rt, stats, 0)) {
      decref(rt, value);
      return NULL;
    }
    return value;
  }],
  ['lru_miss_key', (rt, args, nargs, kwnames) => {
    // lru_miss_key(args, stats): after lru_hit's miss, the key it looked for (new reference)
    // with the miss counted
    if (!checkArgs(rt, 'lru_miss_key', nargs, kwnames, 2, 2)) return NULL;
    const i32 = rt.i32;
    const callArgs = i32[args] as Ref, stats = i32[args + 1] as Ref;
    if ((callArgs & 1) === 1 || kindOf(rt, callArgs) !== Kind.TUPLE || (stats & 1) === 1 || kindOf(rt, stats) !== Kind.LIST
      || i32[(stats + LIST_SIZE) >> 2]! < 2) {
      return raiseTypeError(rt, 'lru_miss_key(tuple, list)');
    }
    if (!addOneAt(rt, stats, 1)) return NULL;
    return newRef(rt, lruKey(rt, callArgs));
  }],
  ['lru_get', (rt, args, nargs, kwnames) => {
    // cache[key] moved to the most recent end (new reference), or sentinel if absent
    if (!checkArgs(rt, 'lru_get', nargs, kwnames, 3, 3)) return NULL;
    const i32 = rt.i32;
    const cache = i32[args] as Ref, key = i32[args + 1] as Ref, sentinel = i32[args + 2] as Ref;
    if ((cache & 1) === 1 || kindOf(rt, cache) !== Kind.DICT) return raiseTypeError(rt, 'lru_get(dict, key, sentinel)');
    const value = takeMostRecent(rt, cache, key);
    return value === NULL && !errOccurred(rt) ? newRef(rt, sentinel) : value;
  }],
  ['lru_put', (rt, args, nargs, kwnames) => {
    // cache[key] = value, first evicting the oldest keys while a new key would not fit
    if (!checkArgs(rt, 'lru_put', nargs, kwnames, 4, 4)) return NULL;
    const i32 = rt.i32;
    const cache = i32[args] as Ref, key = i32[args + 1] as Ref, value = i32[args + 2] as Ref, maxsize = i32[args + 3] as Ref;
    if ((cache & 1) === 1 || kindOf(rt, cache) !== Kind.DICT) return raiseTypeError(rt, 'lru_put(dict, key, value, int)');
    const mk = (maxsize & 1) === 1 ? Kind.INT : kindOf(rt, maxsize);
    if (mk !== Kind.INT && mk !== Kind.BOOL) return raiseTypeError(rt, 'lru_put(dict, key, value, int)');
    const limit = Number(intToNumberOrBig(rt, maxsize)); // lru_cache made it >= 0 (and bool an int)
    const present = dictContains(rt, cache, key);
    if (present < 0) return NULL;
    if (present === 0) {
      while (dictSize(rt, cache) >= limit) {
        const ix = dictNextEntry(rt, cache, 0);
        if (ix < 0) break;
        const oldest = dictEntryKey(rt, cache, ix);
        incref(rt, oldest); // the dict's reference goes with the entry
        const r = dictDelItem(rt, cache, oldest);
        decref(rt, oldest);
        if (r < 0) return NULL;
      }
    }
    return dictSetItem(rt, cache, key, value) < 0 ? NULL : rt.None;
  }],
]);

export function createFunctoolsNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_functools', FUNCTOOLS_FUNCTIONS, []);
}
