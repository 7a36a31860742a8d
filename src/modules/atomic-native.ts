/*
 * `_atomic`: natives that give lib/'s read-modify-write steps the atomicity CPython's C
 * code has. Under the GIL a native runs without a switch (unless it calls Python code:
 * an element's __hash__ / __eq__, an iterable's __next__, an __add__, as in CPython), and
 * with --no-gil a native holds the lock of each built-in container among its arguments
 * (vm/critical.ts callNativeLocked; count_elements locks its Counter itself). The
 * same steps written in Python are a load and a store that two threads interleave (at a
 * switch under the GIL, at any moment without it) and lose an update.
 *
 *   count_elements(mapping, iterable)  CPython's _collections._count_elements:
 *       Counter(iterable) and Counter.update(iterable) count every element into mapping
 *       (a dict, or a subclass whose get and __setitem__ are dict's: lib/collections.py
 *       checks that and keeps a Python loop otherwise, as the C function calls them), so
 *       threads updating one shared Counter lose no counts.
 *   fetch_add(box, step)  box[0] += step, returning the old box[0] (box: a 1-item list):
 *       next() of itertools.count, which threads share to hand out unique ids
 *       ("next(counter) is atomic" is a GIL lesson); a generator shared by threads would
 *       instead raise "generator already executing".
 *   odict_move_to_end(od, key, last)  OrderedDict.move_to_end as ONE step: the entry is
 *       taken out and put back at the end (last) or the dict rebuilt with it first. In
 *       Python (pop, then store) a thread seeing the key between the two steps missed it,
 *       and two threads moving one key raised KeyError, where CPython's C OrderedDict is
 *       atomic (an LRU cache doing `od.move_to_end(k)` without a lock relies on that).
 *   odict_popitem(od, last)  OrderedDict.popitem: (key, value) of the last / first entry
 *       removed in one step, or KeyError('dictionary is empty'): two threads popping the
 *       front each get a different item.
 * With --no-gil both hold od's lock for the whole step (callNativeLocked locks self, an
 * instance of a dict subclass; the dict functions they call take it reentrantly).
 *   insort(a, x, lo, hi, right)  bisect.insort_right / insort_left without a key on an
 *       exact list (lo >= 0 and hi small ints, hi -1 for len(a)): the binary search and the
 *       insertion are one step, as CPython's C _bisect's are, so threads inserting into
 *       one sorted list without a lock keep it sorted (in Python the search and the
 *       insert interleaved and left it unsorted). An item's Python __lt__ may switch, as
 *       in CPython.
 */
import { moveWords } from '../heap/move.js';
import { NULL, isSmallInt, smallIntRef, smallIntValue, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { errOccurred, raiseIndexError, raiseKeyError, raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { binaryOp, eqForDict, getIter, iterNext } from '../objects/abstract.js';
import {
  dictClear, dictCopy, dictEntriesUsed, dictEntryKey, dictGetItem, dictMergeDict, dictNextEntry, dictPop, dictPopLast, dictPrevEntry, dictSetItem,
} from '../objects/dict.js';
import { odictIterNew } from '../objects/iter.js';
import { isTrue } from '../objects/abstract.js';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.js';
import { strFromJS } from '../objects/str.js';
import { LIST_ITEMS, LIST_SIZE, listAppendSteal, listItem, listItemsWord, listSize } from '../objects/list.js';
import { incref } from '../vm/refs.js';
import { NB_OPS } from '../compiler/opcodes.js';
import { itemLess } from './heapq-native.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

/** BINARY_OP's oparg for + (compiler/opcodes.ts NB_OPS). */
const NB_ADD = NB_OPS.indexOf('+');

/** mapping[elem] = mapping.get(elem, 0) + 1 on the dict layout: 0, or -1 with the error set. */
function countOne(rt: Runtime, mapping: Ref, elem: Ref): number {
  const old = dictGetItem(rt, mapping, elem); // borrowed
  if (old === NULL && errOccurred(rt)) return -1;
  const one = smallIntRef(1);
  const count = old === NULL ? one : binaryOp(rt, old, one, NB_ADD);
  if (count === NULL) return -1;
  const r = dictSetItem(rt, mapping, elem, count);
  decref(rt, count);
  return r;
}

/** Counts every element of `iterable` into `mapping` (dict layout): None or NULL. */
function countElements(rt: Runtime, mapping: Ref, iterable: Ref): Ref {
  const it = getIter(rt, iterable);
  if (it === NULL) return NULL;
  for (;;) {
    const elem = iterNext(rt, it);
    if (elem === NULL) break;
    const r = countOne(rt, mapping, elem);
    decref(rt, elem);
    if (r < 0) break;
  }
  decref(rt, it);
  return errOccurred(rt) ? NULL : rt.None;
}

/** Moves od[key] to the end (last) or the front: None, or NULL with KeyError / an error. */
function odictMoveToEnd(rt: Runtime, od: Ref, key: Ref, last: boolean): Ref {
  // already there: nothing moves, and iterators go on (CPython's odict_move_to_end)
  const end = last ? dictPrevEntry(rt, od, dictEntriesUsed(rt, od) - 1) : dictNextEntry(rt, od, 0);
  if (end >= 0) {
    const same = eqForDict(rt, dictEntryKey(rt, od, end), key);
    if (same < 0) return NULL;
    if (same === 1) return rt.None;
  }
  const value = dictPop(rt, od, key); // new reference
  if (value === NULL) return errOccurred(rt) ? NULL : raiseKeyError(rt, key);
  if (last) {
    const r = dictSetItem(rt, od, key, value);
    decref(rt, value);
    return r < 0 ? NULL : rt.None;
  }
  // to the front: the dict keeps insertion order only, so it is rebuilt with key first
  const rest = dictCopy(rt, od);
  dictClear(rt, od);
  let r = dictSetItem(rt, od, key, value);
  decref(rt, value);
  if (r === 0) r = dictMergeDict(rt, od, rest);
  decref(rt, rest);
  return r < 0 ? NULL : rt.None;
}

/** KeyError('dictionary is empty'), CPython's OrderedDict.popitem message. NULL. */
function raiseEmpty(rt: Runtime): Ref {
  const message = strFromJS(rt, 'dictionary is empty');
  raiseKeyError(rt, message);
  decref(rt, message);
  return NULL;
}

/** Removes the last (or first) entry of od: a new (key, value) tuple, or NULL (KeyError). */
function odictPopItem(rt: Runtime, od: Ref, last: boolean): Ref {
  let key: Ref;
  let value: Ref;
  if (last) {
    const item = dictPopLast(rt, od);
    if (item === null) return raiseEmpty(rt);
    [key, value] = item;
  } else {
    const ix = dictNextEntry(rt, od, 0);
    if (ix < 0) return raiseEmpty(rt);
    key = dictEntryKey(rt, od, ix);
    rt.rc.incref(key);
    value = dictPop(rt, od, key);
    if (value === NULL) {
      decref(rt, key);
      return errOccurred(rt) ? NULL : raiseEmpty(rt);
    }
  }
  const t = tupleNew(rt, 2);
  tupleSetItemSteal(rt, t, 0, key);
  tupleSetItemSteal(rt, t, 1, value);
  return t;
}

/** Inserts x into sorted list a within [lo, hi) (hi -1: len(a)): None or NULL. */
function insort(rt: Runtime, a: Ref, x: Ref, lo: number, hi: number, right: boolean): Ref {
  if (hi < 0) hi = listSize(rt, a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    // CPython reads a[mid] with PySequence_GetItem: a list shortened by an __lt__ raises
    if (mid >= listSize(rt, a)) return raiseIndexError(rt, 'list index out of range');
    const item = listItem(rt, a, mid);
    const less = right ? itemLess(rt, x, item) : itemLess(rt, item, x);
    if (less < 0) return NULL;
    if (right ? less === 1 : less === 0) hi = mid;
    else lo = mid + 1;
  }
  const n = listSize(rt, a);
  if (lo > n) lo = n;
  incref(rt, x);
  listAppendSteal(rt, a, x);
  const w = listItemsWord(rt, a);
  moveWords(rt.i32, w + lo + 1, w + lo, w + n);
  rt.i32[w + lo] = x;
  return rt.None;
}

/** The dict-layout first argument of an odict_* native, or NULL with a TypeError. */
function odictArg(rt: Runtime, args: number, what: string): Ref {
  const od = rt.i32[args] as Ref;
  if ((od & 1) === 1 || kindOf(rt, od) !== Kind.DICT) return raiseTypeError(rt, `${what}(dict, ...)`);
  return od;
}

const ATOMIC_FUNCTIONS = defineFunctions([
  ['insort', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'insort', nargs, kwnames, 5, 5)) return NULL;
    const i32 = rt.i32;
    const a = i32[args] as Ref;
    const lo = i32[args + 2]!;
    const hi = i32[args + 3]!;
    if ((a & 1) === 1 || kindOf(rt, a) !== Kind.LIST || !isSmallInt(lo) || !isSmallInt(hi) || smallIntValue(lo) < 0) {
      return raiseTypeError(rt, 'insort(list, x, lo >= 0, hi, right)');
    }
    const right = isTrue(rt, i32[args + 4] as Ref);
    if (right < 0) return NULL;
    return insort(rt, a, i32[args + 1] as Ref, smallIntValue(lo), smallIntValue(hi), right === 1);
  }],
  ['odict_move_to_end', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'odict_move_to_end', nargs, kwnames, 3, 3)) return NULL;
    const od = odictArg(rt, args, 'odict_move_to_end');
    if (od === NULL) return NULL;
    const last = isTrue(rt, rt.i32[args + 2] as Ref);
    if (last < 0) return NULL;
    return odictMoveToEnd(rt, od, rt.i32[args + 1] as Ref, last === 1);
  }],
  ['odict_iter', (rt, args, nargs, kwnames) => {
    // iter() / reversed() of an OrderedDict or its views' dict view, with CPython's
    // mutated-during-iteration check (objects/iter.ts odictIterNew)
    if (!checkArgs(rt, 'odict_iter', nargs, kwnames, 2, 2)) return NULL;
    const reverse = isTrue(rt, rt.i32[args + 1] as Ref);
    if (reverse < 0) return NULL;
    const it = odictIterNew(rt, rt.i32[args] as Ref, reverse === 1);
    return it !== NULL ? it : raiseTypeError(rt, 'odict_iter(dict or dict view, reverse)');
  }],
  ['odict_popitem', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'odict_popitem', nargs, kwnames, 2, 2)) return NULL;
    const od = odictArg(rt, args, 'odict_popitem');
    if (od === NULL) return NULL;
    const last = isTrue(rt, rt.i32[args + 1] as Ref);
    if (last < 0) return NULL;
    return odictPopItem(rt, od, last === 1);
  }],
  ['count_elements', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'count_elements', nargs, kwnames, 2, 2)) return NULL;
    const mapping = rt.i32[args] as Ref;
    if ((mapping & 1) === 1 || kindOf(rt, mapping) !== Kind.DICT) return raiseTypeError(rt, 'count_elements(dict, iterable)');
    // --no-gil: the mapping is a Counter, a dict subclass, which vm/critical.ts does not
    // lock for natives (exact containers only): the whole count is one critical section
    const took = rt.rc.atomic && objLock(rt, mapping);
    try {
      return countElements(rt, mapping, rt.i32[args + 1] as Ref);
    } finally {
      if (took) objUnlock(rt, mapping);
    }
  }],
  ['fetch_add', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'fetch_add', nargs, kwnames, 2, 2)) return NULL;
    const i32 = rt.i32;
    const box = i32[args] as Ref;
    if ((box & 1) === 1 || kindOf(rt, box) !== Kind.LIST || i32[(box + LIST_SIZE) >> 2]! < 1) return raiseTypeError(rt, 'fetch_add(list of 1 item, step)');
    const slot = i32[(box + LIST_ITEMS) >> 2]! >> 2;
    const old = i32[slot]! as Ref;
    const next = binaryOp(rt, old, i32[args + 1] as Ref, NB_ADD);
    if (next === NULL) return NULL;
    i32[slot] = next; // the box's reference to the old value passes to the caller
    return old;
  }],
]);

export function createAtomicNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_atomic', ATOMIC_FUNCTIONS, []);
}
