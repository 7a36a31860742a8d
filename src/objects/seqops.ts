/*
 * Sequence operations of list and tuple: indexing and slicing, assignment and deletion,
 * concatenation, repetition, extension and lexicographic comparison (CPython's
 * listobject.c / tupleobject.c semantics and messages).
 */
import { moveWords } from '../heap/move.js';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { raiseIndexError, raiseValueError, errOccurred, raiseTypeError, errorMatches, clearError, raiseOverflow, raiseNew, setRaised } from '../vm/errors.js';
import { kindOf, typeOf } from './object.js';
import { typeLookup } from './type.js';
import { Kind } from './kinds.js';
import { listNew, listSize, listItemsWord, listAppendSteal, listReserve, listReserveExactIfEmpty, listClear, LIST_SIZE } from './list.js';
import { tupleNew, tupleSize, tupleItem, tupleSetItemSteal, TUPLE_ITEMS_WORD } from './tuple.js';
import { SLICE_OUT, sliceIndices, sliceIndicesInto } from './slice.js';
import { indexValue, getIter, iterNext, richCompareBool, richCompare, listFromIterable, isHeapTypeObj, cmpResult, lengthHintOfInstance } from './abstract.js';
import { strCompare, strEq } from './str.js';
import { intToNumberOrBig } from './int.js';
import { withSourceLocked } from '../vm/critical.js';
import { objLock, objUnlock, objLock2, objUnlock2 } from '../vm/objlock.js';
import { parallelRunning } from '../vm/nogil.js';
import { rangeLengthBig } from './range.js';
import { exceptionNewNoArgs } from './exceptions.js';

/** A repeat count (negative: 0), or null with OverflowError set when it does not fit a
 * Py_ssize_t: CPython's PyNumber_AsSsize_t(n, OverflowError) ([1] * 10**20); a count that
 * fits but is too big for memory is the allocation's MemoryError. */
function repeatCount(rt: Runtime, n: Ref): number | null {
  const v = intToNumberOrBig(rt, n);
  if (typeof v !== 'bigint') return v < 0 ? 0 : v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    raiseOverflow(rt, "cannot fit 'int' into an index-sized integer");
    return null;
  }
  return v > 0n ? Number.MAX_SAFE_INTEGER : 0;
}

export function listGetItem(rt: Runtime, l: Ref, key: Ref): Ref {
  const n = listSize(rt, l);
  if ((key & 1) === 1) {
    let i = key >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raiseIndexError(rt, 'list index out of range');
    return newRef(rt, rt.i32[listItemsWord(rt, l) + i] as Ref);
  }
  if (kindOf(rt, key) === Kind.SLICE) {
    const len = sliceIndicesInto(rt, key, n);
    if (len < 0) return NULL;
    const start = SLICE_OUT[0]!, step = SLICE_OUT[2]!;
    const r = listNew(rt, len);
    const src = listItemsWord(rt, l);
    const dst = listItemsWord(rt, r);
    for (let i = 0, j = start; i < len; i++, j += step) {
      const v = rt.i32[src + j]!;
      incref(rt, v);
      rt.i32[dst + i] = v;
    }
    rt.i32[(r + LIST_SIZE) >> 2] = len;
    return r;
  }
  let i = indexValue(rt, key, 'list');
  if (i === null) return NULL;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseIndexError(rt, 'list index out of range');
  return newRef(rt, rt.i32[listItemsWord(rt, l) + i] as Ref);
}

export function tupleGetItem(rt: Runtime, t: Ref, key: Ref): Ref {
  const n = tupleSize(rt, t);
  if (kindOf(rt, key) === Kind.SLICE) {
    const len = sliceIndicesInto(rt, key, n);
    if (len < 0) return NULL;
    const start = SLICE_OUT[0]!, step = SLICE_OUT[2]!;
    if (step === 1 && len === n && !isHeapTypeObj(rt, t)) return newRef(rt, t); // a subclass's t[:] is a tuple
    const r = tupleNew(rt, len);
    for (let i = 0, j = start; i < len; i++, j += step) {
      const v = tupleItem(rt, t, j);
      incref(rt, v);
      tupleSetItemSteal(rt, r, i, v);
    }
    return r;
  }
  let i = indexValue(rt, key, 'tuple');
  if (i === null) return NULL;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseIndexError(rt, 'tuple index out of range');
  return newRef(rt, tupleItem(rt, t, i));
}

/** list(value) for a slice assignment; a non-iterable value is the TypeError `message`
 * (CPython's PySequence_Fast). */
function sequenceFast(rt: Runtime, value: Ref, message: string): Ref {
  const k = kindOf(rt, value);
  if (k === Kind.LIST || k === Kind.TUPLE) return listFromIterable(rt, value);
  const it = getIter(rt, value);
  if (it === NULL) {
    if (errorMatches(rt, rt.exc.TypeError!)) {
      clearError(rt);
      raiseTypeError(rt, message);
    }
    return NULL;
  }
  const r = listFromIterable(rt, it);
  decref(rt, it);
  return r;
}

export function listSetItem(rt: Runtime, l: Ref, key: Ref, value: Ref): number {
  const n = listSize(rt, l);
  if (kindOf(rt, key) === Kind.SLICE) {
    const s = sliceIndices(rt, key, n);
    if (s === null) return -1;
    const [start, stop, step, len] = s;
    const src = sequenceFast(rt, value, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
    if (src === NULL) return -1;
    const m = listSize(rt, src);
    if (step === 1) {
      // in place: the tail moves once (copying the whole list into a JS array and back made
      // each assignment cost n JS array pushes: 1000 of them into 100,000 items took 2 s)
      const hi = Math.max(start, stop);
      const i32 = rt.i32;
      const sw = listItemsWord(rt, src);
      const ins: number[] = []; // a snapshot first: src may be l itself (l[a:b] = l)
      for (let i = 0; i < m; i++) {
        incref(rt, i32[sw + i]!);
        ins.push(i32[sw + i]!);
      }
      const w0 = listItemsWord(rt, l);
      const old: number[] = [];
      for (let i = start; i < hi; i++) old.push(i32[w0 + i]!);
      const grow = m - (hi - start);
      if (grow > 0) listReserve(rt, l, n + grow);
      const w = listItemsWord(rt, l);
      if (grow !== 0) moveWords(i32, w + hi + grow, w + hi, w + n);
      for (let i = 0; i < m; i++) i32[w + start + i] = ins[i]!;
      i32[(l + LIST_SIZE) >> 2] = n + grow;
      for (let k = old.length - 1; k >= 0; k--) decref(rt, old[k]!); // last first, as CPython
      decref(rt, src);
      return 0;
    }
    if (m !== len) {
      decref(rt, src);
      raiseValueError(rt, `attempt to assign sequence of size ${m} to extended slice of size ${len}`);
      return -1;
    }
    const w = listItemsWord(rt, l);
    const sw = listItemsWord(rt, src);
    for (let i = 0, j = start; i < len; i++, j += step) {
      const v = rt.i32[sw + i]!;
      incref(rt, v);
      const old = rt.i32[w + j]!;
      rt.i32[w + j] = v;
      decref(rt, old);
    }
    decref(rt, src);
    return 0;
  }
  let i = indexValue(rt, key, 'list');
  if (i === null) return -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raiseIndexError(rt, 'list assignment index out of range');
    return -1;
  }
  const w = listItemsWord(rt, l) + i;
  const old = rt.i32[w]!;
  incref(rt, value);
  rt.i32[w] = value;
  decref(rt, old);
  return 0;
}

/** Removes item i (in range). The removed ref is returned (owned by the caller). */
export function listRemoveAt(rt: Runtime, l: Ref, i: number): Ref {
  const n = listSize(rt, l);
  const w = listItemsWord(rt, l);
  const v = rt.i32[w + i] as Ref;
  moveWords(rt.i32, w + i, w + i + 1, w + n);
  rt.i32[(l + LIST_SIZE) >> 2] = n - 1;
  return v;
}

export function listDelItem(rt: Runtime, l: Ref, key: Ref): number {
  const n = listSize(rt, l);
  if (kindOf(rt, key) === Kind.SLICE) {
    const s = sliceIndices(rt, key, n);
    if (s === null) return -1;
    const [start, , step, len] = s;
    if (len === 0) return 0;
    // one pass (removing item by item moved the tail once per item: del l[:k] was O(k*n));
    // the removed items are released once the list is consistent again
    const lo = step > 0 ? start : start + (len - 1) * step;
    const stride = step > 0 ? step : -step;
    const i32 = rt.i32;
    const w = listItemsWord(rt, l);
    const removed: number[] = [];
    let dst = lo;
    for (let src = lo, k = 0; src < n; src++) {
      if (k < len && src === lo + k * stride) {
        removed.push(i32[w + src]!);
        k++;
      } else {
        i32[w + dst++] = i32[w + src]!;
      }
    }
    i32[(l + LIST_SIZE) >> 2] = n - len;
    for (let k = removed.length - 1; k >= 0; k--) decref(rt, removed[k]!); // last first, as CPython
    return 0;
  }
  let i = indexValue(rt, key, 'list');
  if (i === null) return -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raiseIndexError(rt, 'list assignment index out of range');
    return -1;
  }
  decref(rt, listRemoveAt(rt, l, i));
  return 0;
}

/** --no-gil with executors running in parallel: list operators lock the lists they read or
 * change (vm/objlock.ts), as list methods do (vm/critical.ts callNativeLocked). */
function parallel(rt: Runtime): boolean {
  return rt.rc.atomic && parallelRunning(rt.heap);
}

export function listConcat(rt: Runtime, a: Ref, b: Ref): Ref {
  if (!parallel(rt)) return listConcatUnlocked(rt, a, b);
  // a + b reads both lists' items: under their locks, or a thread replacing an item
  // released it between the read and the incref here (a freed item in the result)
  const taken = objLock2(rt, a, b);
  try {
    return listConcatUnlocked(rt, a, b);
  } finally {
    objUnlock2(rt, a, b, taken);
  }
}

function listConcatUnlocked(rt: Runtime, a: Ref, b: Ref): Ref {
  const na = listSize(rt, a), nb = listSize(rt, b);
  const r = listNew(rt, na + nb);
  const d = listItemsWord(rt, r);
  const wa = listItemsWord(rt, a), wb = listItemsWord(rt, b);
  for (let i = 0; i < na; i++) { const v = rt.i32[wa + i]!; incref(rt, v); rt.i32[d + i] = v; }
  for (let i = 0; i < nb; i++) { const v = rt.i32[wb + i]!; incref(rt, v); rt.i32[d + na + i] = v; }
  rt.i32[(r + LIST_SIZE) >> 2] = na + nb;
  return r;
}

export function listRepeat(rt: Runtime, l: Ref, count: Ref, inplace: boolean): Ref {
  const k = repeatCount(rt, count);
  if (k === null) return NULL;
  if (!parallel(rt)) return listRepeatUnlocked(rt, l, k, inplace);
  // l * k and l *= k read (and change) l's items: under its lock (--no-gil)
  const took = objLock(rt, l);
  try {
    return listRepeatUnlocked(rt, l, k, inplace);
  } finally {
    if (took) objUnlock(rt, l);
  }
}

function listRepeatUnlocked(rt: Runtime, l: Ref, count: number, inplace: boolean): Ref {
  const n = listSize(rt, l);
  let k = count;
  if (n === 0) k = 0; // [] * 10**15 is [] at once, as CPython (no loop over the count)
  // room for the result before anything changes: a MemoryError leaves the list as it was
  // (past 2**29 items the heap's 32-bit addresses cannot hold the array at all)
  if (n * k >= 0x20000000) return raiseNew(rt, rt.exc.MemoryError!, '');
  if (inplace) {
    // CPython's list_inplace_repeat: k < 1 clears the list, otherwise the n items stay
    // and k - 1 more copies follow (releasing them first freed an item the list held
    // alone before it was appended again: `L = [[1]]; L *= 2` used a freed list)
    if (k === 1 || n === 0) return newRef(rt, l);
    if (k <= 0) {
      listClear(rt, l);
      return newRef(rt, l);
    }
    listReserve(rt, l, n * k);
    const w = listItemsWord(rt, l);
    for (let j = 1; j < k; j++) {
      for (let i = 0; i < n; i++) {
        const v = rt.i32[w + i]! as Ref;
        incref(rt, v);
        listAppendSteal(rt, l, v);
      }
    }
    return newRef(rt, l);
  }
  const total = n * k;
  const r = listNew(rt, total);
  if (total === 0) return r;
  // the items written straight into the new array, the copies doubling (CPython's
  // list_repeat; an append per item cost ~7 ns of `[0] * 10000`'s ~0.6)
  const i32 = rt.i32;
  const src = listItemsWord(rt, l);
  const dst = listItemsWord(rt, r);
  if (n === 1) i32.fill(i32[src]!, dst, dst + total);
  else {
    for (let i = 0; i < n; i++) i32[dst + i] = i32[src + i]!;
    for (let filled = n; filled < total;) {
      const c = Math.min(filled, total - filled);
      moveWords(i32, dst + filled, dst, dst + c);
      filled += c;
    }
  }
  for (let i = 0; i < n; i++) {
    const v = i32[src + i]! as Ref;
    if ((v & 1) === 0) for (let j = 0; j < k; j++) incref(rt, v);
  }
  i32[(r + LIST_SIZE) >> 2] = total;
  return r;
}

/** list.extend(iterable): 0 / -1. */
export function listExtend(rt: Runtime, l: Ref, v: Ref): number {
  if (!parallel(rt)) return listExtendUnlocked(rt, l, v);
  // --no-gil: l's lock too (`l += m` from several threads at once lost and mixed up items:
  // only the source was locked). A list or tuple source: both locks, in address order; any
  // other iterable may run Python code while it is iterated, which must not run under l's
  // lock: its items go to a list no other thread sees first, then into l under the lock.
  const k = kindOf(rt, v);
  if ((k === Kind.LIST || k === Kind.TUPLE) && iteratesAsBuiltin(rt, v, k)) {
    // a subclass's length hint (its __len__ may run Python code) before the locks
    if (isHeapTypeObj(rt, v) && lengthHintOfInstance(rt, v) < 0) return -1;
    const taken = objLock2(rt, l, v);
    try {
      return listExtendUnlocked(rt, l, v, true);
    } finally {
      objUnlock2(rt, l, v, taken);
    }
  }
  const items = listNew(rt, 0);
  if (withSourceLocked(rt, v, () => listExtendUnlocked(rt, items, v)) < 0) {
    decref(rt, items);
    return -1;
  }
  const took = objLock(rt, l);
  try {
    listExtendUnlocked(rt, l, items);
  } finally {
    if (took) objUnlock(rt, l);
  }
  decref(rt, items);
  return 0;
}

/**
 * v, of kind LIST or TUPLE, iterates as the built-in type does: it is a list or tuple, or an
 * instance of a subclass that does not override __iter__. Only then may a fast path read
 * its items directly (CPython's PyList_CheckExact / PySequence_Fast paths: list(x),
 * [*x], x unpacking, sep.join(x) of a subclass with its own __iter__ call that __iter__).
 */
export function iteratesAsBuiltin(rt: Runtime, v: Ref, k: Kind): boolean {
  if (!isHeapTypeObj(rt, v)) return true;
  const base = k === Kind.TUPLE ? rt.tTuple : rt.tList;
  return typeLookup(rt, typeOf(rt, v), rt.names.__iter__) === typeLookup(rt, base, rt.names.__iter__);
}

function listExtendUnlocked(rt: Runtime, l: Ref, v: Ref, hinted = false): number {
  const k = kindOf(rt, v);
  if ((k === Kind.LIST || k === Kind.TUPLE) && iteratesAsBuiltin(rt, v, k)) {
    // CPython's list_extend reads only an exact list's or tuple's items directly: a
    // subclass's is asked its length hint first (hinted: listExtend did), its __len__
    if (!hinted && (v & 1) === 0 && rt.i32[v >> 2] !== rt.tList && rt.i32[v >> 2] !== rt.tTuple
        && lengthHintOfInstance(rt, v) < 0) return -1;
    // room first, then the items straight from v's array (read after the reserve, which
    // moves l's items: v may be l itself, whose first n items are copied once); increfs run
    // no Python code, so v does not change meanwhile. No JS array per call (a copy through
    // one was ~20 bytes of JS garbage per item: sorted() of a 1,000-list spent ~10% in GC).
    const n = k === Kind.LIST ? listSize(rt, v) : tupleSize(rt, v);
    listReserveExactIfEmpty(rt, l, listSize(rt, l) + n);
    const w = k === Kind.LIST ? listItemsWord(rt, v) : (v >> 2) + TUPLE_ITEMS_WORD;
    for (let i = 0; i < n; i++) {
      const x = rt.i32[w + i]! as Ref;
      incref(rt, x);
      listAppendSteal(rt, l, x);
    }
    return 0;
  }
  if (k === Kind.RANGE && !isHeapTypeObj(rt, v)) {
    // the length first, as CPython's list_extend takes the length hint: a range too long
    // for memory fails at once (iterating it only ended when the heap was full, hours on)
    const n = rangeLengthBig(rt, v);
    if (n > 0x7fffffffffffffffn) {
      raiseOverflow(rt, 'Python int too large to convert to C ssize_t');
      return -1;
    }
    if (n >= 0x20000000n) {
      setRaised(rt, exceptionNewNoArgs(rt, rt.exc.MemoryError!));
      return -1;
    }
    // (exact into an empty list, as CPython's list(range(n)): list___init__ preallocates)
    listReserveExactIfEmpty(rt, l, listSize(rt, l) + Number(n)); // HeapExhausted: MemoryError
  }
  const it = getIter(rt, v);
  if (it === NULL) return -1;
  // CPython's list_extend asks a class's instance its length hint (its __len__ or
  // __length_hint__), after getting its iterator
  if (isHeapTypeObj(rt, v) && lengthHintOfInstance(rt, v) < 0) {
    decref(rt, it);
    return -1;
  }
  for (;;) {
    const x = iterNext(rt, it);
    if (x === NULL) break;
    listAppendSteal(rt, l, x);
  }
  decref(rt, it);
  return errOccurred(rt) ? -1 : 0;
}

export function tupleConcat(rt: Runtime, a: Ref, b: Ref): Ref {
  const na = tupleSize(rt, a), nb = tupleSize(rt, b);
  const r = tupleNew(rt, na + nb);
  for (let i = 0; i < na; i++) { const v = tupleItem(rt, a, i); incref(rt, v); tupleSetItemSteal(rt, r, i, v); }
  for (let i = 0; i < nb; i++) { const v = tupleItem(rt, b, i); incref(rt, v); tupleSetItemSteal(rt, r, na + i, v); }
  return r;
}

export function tupleRepeat(rt: Runtime, t: Ref, count: Ref): Ref {
  const n = tupleSize(rt, t);
  let k = repeatCount(rt, count);
  if (k === null) return NULL;
  if (n === 0) k = 0; // () * 10**15 is () at once
  const r = tupleNew(rt, n * k);
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) {
    const v = tupleItem(rt, t, i);
    incref(rt, v);
    tupleSetItemSteal(rt, r, j * n + i, v);
  }
  return r;
}

export function listEq(rt: Runtime, a: Ref, b: Ref): number {
  const r = seqCompare(rt, a, b, 2, true);
  if (r === NULL) return -1;
  return r === rt.True ? 1 : 0;
}

export function listCompare(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  return seqCompare(rt, a, b, op, true);
}

/** Lexicographic comparison of two lists or two tuples. */
export function seqCompare(rt: Runtime, a: Ref, b: Ref, op: number, isList: boolean): Ref {
  if (!isList) return tupleCompare(rt, a, b, op);
  let na = listSize(rt, a), nb = listSize(rt, b);
  if ((op === 2 || op === 3) && na !== nb) return op === 3 ? rt.True : rt.False;
  const locking = parallel(rt);
  let i = 0;
  // the sizes again at each step, as CPython's list_richcompare: an item's __eq__ may
  // shrink either list
  for (; i < na && i < nb; i++, na = listSize(rt, a), nb = listSize(rt, b)) {
    let x: Ref, y: Ref;
    if (!locking) {
      x = rt.i32[listItemsWord(rt, a) + i] as Ref;
      y = rt.i32[listItemsWord(rt, b) + i] as Ref;
      incref(rt, x); incref(rt, y);
    } else {
      // --no-gil: each item read and counted under its list's lock (a thread replacing it
      // released it in between: a freed object compared); the comparison runs unlocked
      const taken = objLock2(rt, a, b);
      try {
        if (i >= listSize(rt, a) || i >= listSize(rt, b)) break;
        x = rt.i32[listItemsWord(rt, a) + i] as Ref;
        y = rt.i32[listItemsWord(rt, b) + i] as Ref;
        incref(rt, x); incref(rt, y);
      } finally {
        objUnlock2(rt, a, b, taken);
      }
    }
    const e = richCompareBool(rt, x, y, 2);
    if (e < 0) { decref(rt, x); decref(rt, y); return NULL; }
    if (e === 0) {
      let r: Ref;
      if (op === 2) r = rt.False;
      else if (op === 3) r = rt.True;
      else r = richCompare(rt, x, y, op);
      decref(rt, x); decref(rt, y);
      return r;
    }
    decref(rt, x); decref(rt, y);
  }
  return cmpResult(rt, listSize(rt, a) - listSize(rt, b), op);
}

/**
 * Lexicographic comparison of two tuples (CPython's tuplerichcompare): the items are read
 * without counting them, as CPython's, since a tuple cannot drop an item while the caller
 * holds it; identical items are equal without a call (PyObject_RichCompareBool's identity
 * test).
 */
function tupleCompare(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const na = tupleSize(rt, a), nb = tupleSize(rt, b);
  if ((op === 2 || op === 3) && na !== nb) return op === 3 ? rt.True : rt.False;
  const common = na < nb ? na : nb;
  for (let i = 0; i < common; i++) {
    const x = tupleItem(rt, a, i);
    const y = tupleItem(rt, b, i);
    if (x === y) continue;
    // two small ints, or two exact strs: compared here (the common keys: (count, word))
    if ((x & y & 1) === 1) {
      if (op === 2) return rt.False;
      if (op === 3) return rt.True;
      return cmpResult(rt, (x >> 1) - (y >> 1), op);
    }
    if ((x & 1) === 0 && (y & 1) === 0 && rt.i32[x >> 2] === rt.tStr && rt.i32[y >> 2] === rt.tStr) {
      if (strEq(rt, x, y)) continue;
      if (op === 2) return rt.False;
      if (op === 3) return rt.True;
      return cmpResult(rt, strCompare(rt, x, y), op);
    }
    const e = richCompareBool(rt, x, y, 2);
    if (e < 0) return NULL;
    if (e === 0) {
      if (op === 2) return rt.False;
      if (op === 3) return rt.True;
      return richCompare(rt, x, y, op);
    }
  }
  return cmpResult(rt, na - nb, op);
}

export { raiseTypeError };
