/*
 * Iterators of the built-in types, all one layout:
 *
 *   16 IT_SEQ    the iterated object (owned; 0 once exhausted)
 *   20 IT_INDEX  next position (list/tuple/str index, dict entry number, range value)
 *   24 IT_AUX    range: stop; dict/set: size at creation (changed-size check);
 *                enumerate: the count (a ref, owned); map/filter: the function (owned)
 *   28 IT_AUX2   range: the step while the iterator is stack-private, else 0 (below);
 *                dict items, enumerate, zip: the cached result tuple (owned, see
 *                resultTuple)                                              32 bytes
 *   32 IT_DICT_LEN  dict iterators only (40 bytes): entries left to yield (CPython's
 *                di_len), for "dictionary keys changed during iteration"
 *   36 IT_ODICT_STATE  dict iterators only: an OrderedDict's version (odictIterNew)
 *   32 IT_RANGE_STEP  range iterators only (40 bytes): the step, always
 *
 * A range iterator is made "shared" (IT_AUX2 = 0): any thread that can reach it may step
 * it, and without the GIL each step is a compareExchange (iterNextBuiltin). GET_ITER makes
 * the one it just created for a `for` loop "stack-private" (IT_AUX2 = the step: vm/eval.ts,
 * rangeIterMakePrivate): only that value stack holds it, and nothing can hand it to another
 * thread, so FOR_ITER steps it with a plain store and no check at all (a check of the
 * counts per step cost ~25% of an empty `for` loop without the GIL).
 *
 * zip and map keep their iterators in a tuple in IT_SEQ. `iterNextBuiltin` returns a new
 * reference, NULL when exhausted or on error (the caller tells them apart with
 * errOccurred), or NOT_AN_ITERATOR (-2) if the object is not a built-in iterator.
 */
import { setCanonicalOrder } from './setorder.js';
import { FLAG_GC_TRACKED, FLAG_OWNER_MASK, NULL, OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED, type Ref, smallIntRef } from '../heap/layout.js';
import { gcTrack } from '../heap/gc.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { raiseRuntimeError, raiseValueError, errOccurred } from '../vm/errors.js';
import { newObject, kindOf } from './object.js';
import { Kind } from './kinds.js';
import { listSize, listItemsWord } from './list.js';
import { tupleSize, tupleItem, tupleNew, tupleSetItemSteal } from './tuple.js';
import { strLen, strUnits, strFromJS } from './str.js';
import { dictNextEntry, dictPrevEntry, dictEntriesUsed, dictEntryKey, dictEntryValue, dictSize, DICT_VERSION, DICT_KEYS } from './dict.js';
import { RANGE_START, RANGE_STOP, RANGE_STEP, RANGE_BIG } from './range.js';
import { intFromNumber, intSafeValue } from './int.js';
import { iterNext, getItem, isTrue, binaryOp, richCompareBool } from './abstract.js';

/** IT_INDEX of a MAP-layout iterator made by iter(callable, sentinel): IT_SEQ is the
 * callable and IT_AUX the sentinel (both owned, released by the MAP dealloc). */
export const CALLABLE_ITER = -1;
import { errorMatches, clearError } from '../vm/errors.js';
import { call1, callVector } from '../vm/call.js';
import { generatorSend } from './generator.js';
import { awaitableSend } from './coroutine.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { iterNextLocked } from '../vm/critical.js';
import { TP_KIND } from './typelayout.js';
import { HDR_NOGIL_PARALLEL } from '../heap/memory.js';

export const IT_SEQ = 16;
export const IT_INDEX = 20;
export const IT_AUX = 24;
export const IT_AUX2 = 28;
export const IT_SIZE = 32;
export const IT_DICT_LEN = 32;
/** Dict iterators of an OrderedDict only (odictIterNew): its DICT_VERSION + 1 when made, for
 * CPython's odictiter check; 0 for every other dict iterator. */
export const IT_ODICT_STATE = 36;
const DICT_IT_SIZE = 40;
export const IT_RANGE_STEP = 32;
const RANGE_IT_SIZE = 40;

/**
 * The result tuple of an items/enumerate/zip iterator, CPython's result-tuple reuse
 * (dictiter_iternextitem, enum_next, zip_next): the iterator keeps its last result in
 * IT_AUX2 (owned). When nobody else holds it any more (count 1: the usual
 * `for k, v in d.items()`, where UNPACK_SEQUENCE dropped the loop's reference), it is
 * recycled: its old items are released and its slots zeroed for the caller to fill.
 * Otherwise a new tuple becomes the cached one. Returns a new reference whose n item slots
 * are empty (0). The cache is not visited by the cycle collector (objects/gcsupport.ts):
 * that only makes the collector treat the tuple as referenced from outside, which is
 * conservative, never unsafe.
 */
function resultTuple(rt: Runtime, it: Ref, n: number): Ref {
  const i32 = rt.i32;
  const cached = i32[(it + IT_AUX2) >> 2]! as Ref;
  if (cached !== 0 && rt.rc.getrefcount(cached) === 1 && tupleSize(rt, cached) === n) {
    // the collector may have untracked it (items all atoms, objects/gcsupport.ts): its new
    // items may be containers (CPython's enum_next / zip_next track it again too)
    if ((i32[(cached >> 2) + (OB_FLAGS >> 2)]! & FLAG_GC_TRACKED) === 0) gcTrack(rt.heap, cached, rt.executor);
    const w = (cached >> 2) + 5;
    for (let i = 0; i < n; i++) {
      const old = i32[w + i]!;
      i32[w + i] = 0;
      decref(rt, old);
    }
    incref(rt, cached);
    return cached;
  }
  const t = tupleNew(rt, n);
  i32[(it + IT_AUX2) >> 2] = t;
  incref(rt, t);
  if (cached !== 0) decref(rt, cached);
  return t;
}

/** IT_INDEX of a ZIP iterator made by zip(..., strict=True). */
export const ZIP_STRICT = 1;

/** zip(strict=True) found iterator i exhausted: CPython's length-mismatch ValueError, unless
 * i is 0 and every other iterator is exhausted too (then the zip simply ends). NULL. */
function zipStrictMismatch(rt: Runtime, seq: Ref, i: number): Ref {
  const plural = (k: number): string => (k === 1 ? ' ' : 's 1-');
  if (i > 0) return raiseValueError(rt, `zip() argument ${i + 1} is shorter than argument${plural(i)}${i}`);
  const n = tupleSize(rt, seq);
  for (let j = 1; j < n; j++) {
    const x = iterNext(rt, tupleItem(rt, seq, j));
    if (x !== NULL) {
      decref(rt, x);
      return raiseValueError(rt, `zip() argument ${j + 1} is longer than argument${plural(j)}${j}`);
    }
    if (errOccurred(rt)) return NULL;
  }
  return NULL;
}

export function iterAlloc(rt: Runtime, kind: Kind, seq: Ref, bytes: number = IT_SIZE, type: Ref = rt.kindTypes[kind]!): Ref {
  const it = newObject(rt, type, bytes);
  incref(rt, seq);
  rt.i32[(it + IT_SEQ) >> 2] = seq;
  return it;
}

/** reversed(d), reversed(d.keys() / .values() / .items()): an iterator over the live dict
 * from its last entry down (CPython's dict_reverse*iterator), which raises RuntimeError
 * if the dict changes size, as the forward one. IT_INDEX: the next entry to look at;
 * IT_AUX: the dict's size when made; IT_DICT_LEN: items left. */
export function dictRevIterNew(rt: Runtime, v: Ref, kind: Kind): Ref {
  const i32 = rt.i32;
  const d = kind === Kind.DICT ? v : (i32[(v + 16) >> 2] as Ref);
  const k = kind === Kind.DICT_VALUES ? Kind.DICT_REVVALUEITER : kind === Kind.DICT_ITEMS ? Kind.DICT_REVITEMITER : Kind.DICT_REVKEYITER;
  const it = iterAlloc(rt, k, d, DICT_IT_SIZE);
  i32[(it + IT_INDEX) >> 2] = dictEntriesUsed(rt, d) - 1;
  i32[(it + IT_AUX) >> 2] = dictSize(rt, d);
  i32[(it + IT_DICT_LEN) >> 2] = dictSize(rt, d);
  return it;
}

/**
 * iter() / reversed() of an OrderedDict or of its keys / values / items view's dict view
 * (lib/collections.py): the dict's own iterator, which also raises CPython's odictiter
 * errors: "OrderedDict mutated during iteration" after any insertion, deletion or move,
 * "OrderedDict changed size during iteration" after clear(). NULL if v is neither.
 */
export function odictIterNew(rt: Runtime, v: Ref, reverse: boolean): Ref {
  const kind = kindOf(rt, v);
  if (kind !== Kind.DICT && kind !== Kind.DICT_KEYS && kind !== Kind.DICT_VALUES && kind !== Kind.DICT_ITEMS) return NULL;
  const it = reverse ? dictRevIterNew(rt, v, kind) : getIterBuiltin(rt, v, kind);
  rt.i32[(it + IT_ODICT_STATE) >> 2] = odictState(rt.i32, rt.i32[(it + IT_SEQ) >> 2]!);
  return it;
}

/** IT_ODICT_STATE's value for dict d now: its version + 1, never 0 (0 marks a plain dict's
 * iterator). */
function odictState(i32: Int32Array, d: number): number {
  return ((i32[(d + DICT_VERSION) >> 2]! + 1) | 0) || 1;
}

/** An OrderedDict iterator's check before a step (CPython's odictiter_nextkey): true with
 * RuntimeError set when the dict was changed since the iterator was made. A step that takes
 * the last item ends the iterator at once (iterNext), as CPython's moves its cursor to the
 * next key when it yields one and, finding none, is done: so a change made while the last
 * item is in hand (`for k in d: d['new'] = 1`) raises nothing there either. */
function odictIterChanged(rt: Runtime, it: Ref, d: Ref): boolean {
  const i32 = rt.i32;
  if (odictState(i32, d) === i32[(it + IT_ODICT_STATE) >> 2]) return false;
  // clear() leaves CPython's state alone: its size check reports it (dictClear drops the keys block)
  if (i32[(it + IT_AUX) >> 2] === -1 || (i32[(d + DICT_KEYS) >> 2] === 0 && dictSize(rt, d) !== i32[(it + IT_AUX) >> 2])) {
    i32[(it + IT_AUX) >> 2] = -1; // raised again at every later step, as CPython's di_size = -1
    raiseRuntimeError(rt, 'OrderedDict changed size during iteration');
    return true;
  }
  raiseRuntimeError(rt, 'OrderedDict mutated during iteration');
  exhaust(rt, it); // CPython drops the dict: later steps end the iteration
  return true;
}

export function isDictRevIterKind(k: Kind): boolean {
  return k === Kind.DICT_REVKEYITER || k === Kind.DICT_REVVALUEITER || k === Kind.DICT_REVITEMITER;
}

export function seqIterNew(rt: Runtime, seq: Ref): Ref {
  return iterAlloc(rt, Kind.SEQ_ITER, seq);
}

/** iter(v) for built-in kinds; NULL without exception if not iterable. */
export function getIterBuiltin(rt: Runtime, v: Ref, kind: Kind): Ref {
  const i32 = rt.i32;
  switch (kind) {
    case Kind.LIST: return iterAlloc(rt, Kind.LIST_ITER, v);
    case Kind.TUPLE: return iterAlloc(rt, Kind.TUPLE_ITER, v);
    case Kind.STR: return iterAlloc(rt, Kind.STR_ITER, v);
    case Kind.DICT: case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS: {
      const d = kind === Kind.DICT ? v : (i32[(v + 16) >> 2] as Ref);
      const k = kind === Kind.DICT_VALUES ? Kind.DICT_VALUEITER : kind === Kind.DICT_ITEMS ? Kind.DICT_ITEMITER : Kind.DICT_KEYITER;
      const it = iterAlloc(rt, k, d, DICT_IT_SIZE);
      i32[(it + IT_AUX) >> 2] = dictSize(rt, d);
      i32[(it + IT_DICT_LEN) >> 2] = dictSize(rt, d);
      return it;
    }
    case Kind.SET: case Kind.FROZENSET: {
      setCanonicalOrder(rt, v);
      const it = iterAlloc(rt, Kind.SET_ITER, v);
      i32[(it + IT_AUX) >> 2] = dictSize(rt, v);
      return it;
    }
    case Kind.BYTES: return iterAlloc(rt, Kind.SEQ_ITER, v, IT_SIZE, rt.tBytesIter); // bytes[i]
    case Kind.BYTEARRAY: return iterAlloc(rt, Kind.SEQ_ITER, v, IT_SIZE, rt.tBytearrayIter);
    case Kind.RANGE: {
      // a range with big-int bounds iterates through the sequence protocol (range[i])
      if (i32[(v + RANGE_BIG) >> 2] !== 0) return iterAlloc(rt, Kind.SEQ_ITER, v, IT_SIZE, rt.tLongRangeIter);
      const it = iterAlloc(rt, Kind.RANGE_ITER, NULL, RANGE_IT_SIZE);
      i32[(it + IT_INDEX) >> 2] = i32[(v + RANGE_START) >> 2]! >> 1;
      i32[(it + IT_AUX) >> 2] = i32[(v + RANGE_STOP) >> 2]! >> 1;
      i32[(it + IT_AUX2) >> 2] = 0; // shared until GET_ITER says otherwise (module comment)
      i32[(it + IT_RANGE_STEP) >> 2] = i32[(v + RANGE_STEP) >> 2]! >> 1;
      return it;
    }
    default:
      if ((kind >= Kind.LIST_ITER && kind <= Kind.LIST_REVITER) || kind === Kind.SEQ_REVITER || kind === Kind.GENERATOR || isDictRevIterKind(kind)) return newRef(rt, v);
      // coroutine.__await__()'s wrapper and an async generator's asend/athrow awaitables are
      // their own iterators (CPython's PyObject_SelfIter): `yield from coro.__await__()`
      if (kind >= Kind.ASYNC_GEN_ASEND && kind <= Kind.CORO_WRAPPER) return newRef(rt, v);
      return NULL;
  }
}

/**
 * GET_ITER (vm/eval.ts) on `it`, the iterator it got for the object it replaced on the stack:
 * a range iterator that the stack holds alone (one reference, this executor's, none counted
 * by another) was made just now, and no code can take another reference to it (a `for`
 * loop's iterator is never pushed anywhere else; a generator's is stepped by one thread at
 * a time), so it becomes stack-private: FOR_ITER steps it with plain stores (module
 * comment). Any other iterator is left as it is.
 */
export function rangeIterMakePrivate(rt: Runtime, it: Ref): void {
  const i32 = rt.i32;
  if (i32[(i32[it >> 2]! + TP_KIND) >> 2] === Kind.RANGE_ITER && i32[(it + OB_REF_LOCAL) >> 2] === 1
      && i32[(it + OB_REF_SHARED) >> 2] === 0) {
    i32[(it + IT_AUX2) >> 2] = i32[(it + IT_RANGE_STEP) >> 2]!;
  }
}

/**
 * --no-gil: true when only the calling executor can reach `o`: it owns the object (biased
 * counting) and holds its one reference, and no other executor counted one (a plain read of
 * the shared word: 0 means no other executor ever took a reference it still holds). Then a
 * step needs no atomic instruction: no other thread can see the object.
 */
export function heldOnlyHere(rt: Runtime, o: Ref): boolean {
  const i32 = rt.i32;
  return (i32[(o + OB_FLAGS) >> 2]! & FLAG_OWNER_MASK) === rt.executor && i32[(o + OB_REF_LOCAL) >> 2] === 1
    && i32[(o + OB_REF_SHARED) >> 2] === 0;
}

/**
 * One step of the source iterator of a map, filter, zip or enumerate. With --no-gil it is
 * the step a `for` loop takes (vm/critical.ts iterNextLocked: a list / dict / set
 * iterator under its container's lock), so two threads sharing one map step its source
 * list iterator in turn (unlocked, one exhausted it and released the list while the other
 * read it: a hang in 3 of 45 loaded runs of h45_shared_iterators). The map's function and
 * the filter's predicate run outside any lock (they may block).
 */
function sourceNext(rt: Runtime, src: Ref): Ref {
  if (!rt.rc.atomic) return iterNext(rt, src);
  // a range iterator inside a map or filter: held only by it (heldOnlyHere would answer
  // true on the thread that made it), but the map may be shared: always the atomic step,
  // else one thread's plain store and another's compareExchange hand out a number twice
  if (rt.i32[(rt.i32[src >> 2]! + TP_KIND) >> 2] === Kind.RANGE_ITER) return rangeIterStepAtomic(rt, src);
  return iterNextLocked(rt, src);
}

/** One step of a range iterator that other threads may step at once (--no-gil). */
function rangeIterStepAtomic(rt: Runtime, it: Ref): Ref {
  const i32 = rt.i32;
  const stop = i32[(it + IT_AUX) >> 2]!;
  const step = i32[(it + IT_RANGE_STEP) >> 2]!;
  const w = (it + IT_INDEX) >> 2;
  for (let cur = Atomics.load(i32, w); step > 0 ? cur < stop : cur > stop; cur = Atomics.load(i32, w)) {
    if (Atomics.compareExchange(i32, w, cur, cur + step) === cur) return smallIntRef(cur);
  }
  return NULL;
}

/** A dict or set iterator's position once exhausted while it keeps its container (--no-gil,
 * `exhaust`): every later step ends at once, whatever the container does since. */
export const DICT_ITER_EXHAUSTED = -0x40000000;

function exhaust(rt: Runtime, it: Ref): Ref {
  const w = (it + IT_SEQ) >> 2;
  const kind = rt.i32[(rt.i32[it >> 2]! + TP_KIND) >> 2];
  const shared = rt.rc.atomic && Atomics.load(rt.i32, HDR_NOGIL_PARALLEL >> 2) !== 0 && !heldOnlyHere(rt, it);
  if (shared && (kind === Kind.DICT_KEYITER || kind === Kind.DICT_VALUEITER || kind === Kind.DICT_ITEMITER
      || kind === Kind.SET_ITER || kind === Kind.DICT_REVKEYITER || kind === Kind.DICT_REVVALUEITER
      || kind === Kind.DICT_REVITEMITER)) {
    // the same as for a list iterator below, for a dict or set iterator (vm/critical.ts
    // iterNextLocked reads the container word, then takes a reference and its lock): freed
    // in between, its lock word was another object's and the step spun on it forever (1 run
    // in 6 of thread_h68_shared_iterators). Exhausted for good, as CPython's drop of di_dict.
    rt.i32[(it + IT_INDEX) >> 2] = DICT_ITER_EXHAUSTED;
    return NULL;
  }
  if (shared && (kind === Kind.LIST_ITER || kind === Kind.LIST_REVITER)) {
    // --no-gil with executors in parallel, a list iterator other threads may hold: it
    // keeps its list until it is freed. Another thread may have read the list word and be
    // about to take a reference (vm/critical.ts iterNextLocked; the source of a shared
    // map): released here, the list could be freed in between (a hang in ~1 of 20 loaded
    // runs of h45_shared_iterators). Its position moves out of range for good, so it
    // stays exhausted whatever the list does, as CPython's.
    rt.i32[(it + IT_INDEX) >> 2] = kind === Kind.LIST_ITER ? 0x3fffffff : -1;
    return NULL;
  }
  // --no-gil: threads sharing an iterator that no lock serialises may both reach its end:
  // only the one that swaps the word out releases the source
  let s: number;
  if (rt.rc.atomic) s = Atomics.exchange(rt.i32, w, 0);
  else {
    s = rt.i32[w]!;
    rt.i32[w] = 0;
  }
  if (s !== 0) decref(rt, s);
  return NULL;
}

/**
 * One step of an iter(callable, sentinel) iterator after its callable returned r (a new
 * reference), CPython's calliter_iternext: r when it is the next value; NULL when r ==
 * sentinel (r released, the iterator exhausted: it drops the callable) or the comparison
 * raised (r released, the error set). No sentinel (itertools' steppers): always r. Shared by
 * iterNextBuiltin and FOR_ITER's inline call (vm/frame.ts FRF_CALLITER).
 */
export function callIterResult(rt: Runtime, it: Ref, r: Ref): Ref {
  const sentinel = rt.i32[(it + IT_AUX) >> 2] as Ref;
  const e = sentinel === NULL ? 0 : richCompareBool(rt, r, sentinel, 2);
  if (e === 0) return r;
  decref(rt, r);
  return e < 0 ? NULL : exhaust(rt, it);
}

/** The callable of iter(callable, sentinel) raised: true when it was StopIteration, which is
 * cleared and ends the iteration (the iterator exhausted); false for any other error, left
 * set. Shared by iterNextBuiltin and the unwind of a FRF_CALLITER frame (vm/eval.ts). */
export function callIterStopped(rt: Runtime, it: Ref): boolean {
  if (!errorMatches(rt, rt.exc.StopIteration!)) return false;
  clearError(rt);
  exhaust(rt, it);
  return true;
}

/** Returned by iterNextBuiltin for objects that are not built-in iterators (-2 is never a
 * valid ref: refs are odd (small ints) or non-negative). */
export const NOT_AN_ITERATOR = -2;

/**
 * --no-gil: one step of a list iterator (step 1) or reverse iterator (-1) reading the item
 * under the list's lock, so a native looping over a list that another thread changes never
 * reads a freed item array or an item being released. Exhaustion (which drops the list)
 * happens after the lock is released.
 */
function listIterStepLocked(rt: Runtime, it: Ref, seq: Ref, step: number): Ref {
  const i32 = rt.i32;
  let v = NULL as Ref;
  const took = objLock(rt, seq);
  try {
    // the position read under the lock: threads sharing the iterator each take an item once
    const idx = i32[(it + IT_INDEX) >> 2]!;
    if (idx >= 0 && idx < listSize(rt, seq)) {
      i32[(it + IT_INDEX) >> 2] = idx + step;
      v = newRef(rt, i32[listItemsWord(rt, seq) + idx] as Ref);
    }
  } finally {
    if (took) objUnlock(rt, seq);
  }
  return v !== NULL ? v : exhaust(rt, it);
}

/**
 * The items a sequence, range, dict or set iterator has left (its __length_hint__, as
 * CPython's listiter_len, rangeiter_len, dictiter_len, ...): 0 once exhausted, and for a
 * dict or set iterator whose container changed size (CPython's answer too). null for the
 * other iterators (they have no __length_hint__).
 */
export function iterLengthHint(rt: Runtime, it: Ref, kind: Kind): number | null {
  const i32 = rt.i32;
  const seq = i32[(it + IT_SEQ) >> 2] as Ref;
  const idx = i32[(it + IT_INDEX) >> 2]!;
  switch (kind) {
    case Kind.LIST_ITER:
      return seq === 0 ? 0 : Math.max(0, listSize(rt, seq) - idx);
    case Kind.LIST_REVITER:
      return seq === 0 || idx < 0 || idx >= listSize(rt, seq) ? 0 : idx + 1;
    case Kind.SEQ_REVITER:
      return seq === 0 || idx < 0 ? 0 : idx + 1;
    case Kind.TUPLE_ITER:
      return seq === 0 ? 0 : Math.max(0, tupleSize(rt, seq) - idx);
    case Kind.STR_ITER: {
      if (seq === 0) return 0;
      // IT_INDEX counts UTF-16 units: a surrogate pair left is one character
      const n = strLen(rt, seq);
      const units = strUnits(seq);
      let left = 0;
      for (let i = idx; i < n; i++) {
        const c = rt.u16[units + i]!;
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < n && rt.u16[units + i + 1]! >= 0xdc00 && rt.u16[units + i + 1]! < 0xe000) i++;
        left++;
      }
      return left;
    }
    case Kind.RANGE_ITER: {
      const stop = i32[(it + IT_AUX) >> 2]!;
      const step = i32[(it + IT_RANGE_STEP) >> 2]!;
      const span = step > 0 ? stop - idx : idx - stop;
      return span <= 0 ? 0 : Math.ceil(span / Math.abs(step));
    }
    case Kind.DICT_KEYITER: case Kind.DICT_VALUEITER: case Kind.DICT_ITEMITER:
    case Kind.DICT_REVKEYITER: case Kind.DICT_REVVALUEITER: case Kind.DICT_REVITEMITER:
      return seq === 0 || idx === DICT_ITER_EXHAUSTED || dictSize(rt, seq) !== i32[(it + IT_AUX) >> 2] ? 0 : Math.max(0, i32[(it + IT_DICT_LEN) >> 2]!);
    case Kind.SET_ITER: {
      if (seq === 0 || idx === DICT_ITER_EXHAUSTED || dictSize(rt, seq) !== i32[(it + IT_AUX) >> 2]) return 0;
      let left = 0;
      for (let ix = dictNextEntry(rt, seq, idx); ix >= 0; ix = dictNextEntry(rt, seq, ix + 1)) left++;
      return left;
    }
    default:
      return null;
  }
}

export function iterNextBuiltin(rt: Runtime, it: Ref, kind: Kind): Ref | -2 {
  const i32 = rt.i32;
  const seq = i32[(it + IT_SEQ) >> 2] as Ref;
  const idx = i32[(it + IT_INDEX) >> 2]!;
  switch (kind) {
    case Kind.LIST_ITER:
      if (seq === 0) return NULL;
      if (rt.rc.atomic) return listIterStepLocked(rt, it, seq, 1); // --no-gil (vm/objlock.ts)
      if (idx < listSize(rt, seq)) {
        i32[(it + IT_INDEX) >> 2] = idx + 1;
        return newRef(rt, i32[listItemsWord(rt, seq) + idx] as Ref);
      }
      return exhaust(rt, it);
    case Kind.LIST_REVITER:
      if (seq === 0) return NULL;
      if (rt.rc.atomic) return listIterStepLocked(rt, it, seq, -1);
      if (idx >= 0 && idx < listSize(rt, seq)) {
        i32[(it + IT_INDEX) >> 2] = idx - 1;
        return newRef(rt, i32[listItemsWord(rt, seq) + idx] as Ref);
      }
      return exhaust(rt, it);
    case Kind.TUPLE_ITER:
      if (seq === 0) return NULL;
      if (idx < tupleSize(rt, seq)) {
        i32[(it + IT_INDEX) >> 2] = idx + 1;
        return newRef(rt, tupleItem(rt, seq, idx));
      }
      return exhaust(rt, it);
    case Kind.STR_ITER:
      if (seq === 0) return NULL;
      if (idx < strLen(rt, seq)) {
        // IT_INDEX counts units: an astral character (a surrogate pair) is one item
        const c = rt.u16[strUnits(seq) + idx]!;
        if (c >= 0xd800 && c < 0xdc00 && idx + 1 < strLen(rt, seq)) {
          const d = rt.u16[strUnits(seq) + idx + 1]!;
          if (d >= 0xdc00 && d < 0xe000) {
            i32[(it + IT_INDEX) >> 2] = idx + 2;
            return strFromJS(rt, String.fromCharCode(c, d));
          }
        }
        i32[(it + IT_INDEX) >> 2] = idx + 1;
        return c < 256 ? rt.latin1Chars[c]! : strFromJS(rt, String.fromCharCode(c));
      }
      return exhaust(rt, it);
    case Kind.RANGE_ITER: {
      // --no-gil: threads sharing the iterator each take a number once (eval.ts FOR_ITER too)
      if (rt.rc.atomic && !heldOnlyHere(rt, it)) return rangeIterStepAtomic(rt, it);
      const step = i32[(it + IT_RANGE_STEP) >> 2]!;
      if (step > 0 ? idx >= i32[(it + IT_AUX) >> 2]! : idx <= i32[(it + IT_AUX) >> 2]!) return NULL;
      i32[(it + IT_INDEX) >> 2] = idx + step;
      return smallIntRef(idx);
    }
    case Kind.DICT_KEYITER: case Kind.DICT_VALUEITER: case Kind.DICT_ITEMITER: case Kind.SET_ITER: {
      if (seq === 0 || idx === DICT_ITER_EXHAUSTED) return NULL;
      if (kind !== Kind.SET_ITER && i32[(it + IT_ODICT_STATE) >> 2] !== 0 && odictIterChanged(rt, it, seq)) return NULL;
      if (dictSize(rt, seq) !== i32[(it + IT_AUX) >> 2]) {
        i32[(it + IT_AUX) >> 2] = -1;
        return raiseRuntimeError(rt, kind === Kind.SET_ITER ? 'Set changed size during iteration' : 'dictionary changed size during iteration');
      }
      const ix = dictNextEntry(rt, seq, idx);
      if (ix < 0) return exhaust(rt, it);
      if (kind !== Kind.SET_ITER) {
        // same size but an entry beyond the ones there were: keys were deleted and added
        const left = i32[(it + IT_DICT_LEN) >> 2]!;
        if (left <= 0) {
          // CPython drops the dict: later next() calls end the iteration
          exhaust(rt, it);
          return raiseRuntimeError(rt, 'dictionary keys changed during iteration');
        }
        i32[(it + IT_DICT_LEN) >> 2] = left - 1;
      }
      i32[(it + IT_INDEX) >> 2] = ix + 1;
      let item: Ref;
      if (kind === Kind.DICT_KEYITER || kind === Kind.SET_ITER) item = newRef(rt, dictEntryKey(rt, seq, ix));
      else if (kind === Kind.DICT_VALUEITER) item = newRef(rt, dictEntryValue(rt, seq, ix));
      else {
        const k = dictEntryKey(rt, seq, ix), v = dictEntryValue(rt, seq, ix);
        incref(rt, k); incref(rt, v);
        item = resultTuple(rt, it, 2);
        tupleSetItemSteal(rt, item, 0, k);
        tupleSetItemSteal(rt, item, 1, v);
      }
      if (kind !== Kind.SET_ITER && i32[(it + IT_ODICT_STATE) >> 2] !== 0 && dictNextEntry(rt, seq, ix + 1) < 0) exhaust(rt, it);
      return item;
    }
    case Kind.DICT_REVKEYITER: case Kind.DICT_REVVALUEITER: case Kind.DICT_REVITEMITER: {
      if (seq === 0 || idx === DICT_ITER_EXHAUSTED) return NULL;
      if (i32[(it + IT_ODICT_STATE) >> 2] !== 0 && odictIterChanged(rt, it, seq)) return NULL;
      if (dictSize(rt, seq) !== i32[(it + IT_AUX) >> 2]) {
        i32[(it + IT_AUX) >> 2] = -1; // sticky, as CPython's di_used = -1
        return raiseRuntimeError(rt, 'dictionary changed size during iteration');
      }
      const ix = idx < 0 ? -1 : dictPrevEntry(rt, seq, idx);
      if (ix < 0) return exhaust(rt, it);
      i32[(it + IT_INDEX) >> 2] = ix - 1;
      i32[(it + IT_DICT_LEN) >> 2]!--;
      let item: Ref;
      if (kind === Kind.DICT_REVKEYITER) item = newRef(rt, dictEntryKey(rt, seq, ix));
      else if (kind === Kind.DICT_REVVALUEITER) item = newRef(rt, dictEntryValue(rt, seq, ix));
      else {
        const key = dictEntryKey(rt, seq, ix), value = dictEntryValue(rt, seq, ix);
        incref(rt, key); incref(rt, value);
        item = tupleNew(rt, 2);
        tupleSetItemSteal(rt, item, 0, key);
        tupleSetItemSteal(rt, item, 1, value);
      }
      if (i32[(it + IT_ODICT_STATE) >> 2] !== 0 && (ix === 0 || dictPrevEntry(rt, seq, ix - 1) < 0)) exhaust(rt, it);
      return item;
    }
    case Kind.SEQ_ITER:
    case Kind.SEQ_REVITER: {
      // seq[index], index counting up (iter() over __getitem__) or down to 0 (CPython's
      // reversed_next); IndexError or StopIteration from __getitem__ ends it
      if (seq === 0) return NULL;
      if (idx < 0) return exhaust(rt, it);
      if (i32[it >> 2] === rt.tLongRangeIter) {
        // a range past the small ints whose bounds are exact doubles (below 2**53): the
        // item by number arithmetic, not range[i]'s BigInt one
        const start = intSafeValue(rt, i32[(seq + RANGE_START) >> 2] as Ref);
        const stop = intSafeValue(rt, i32[(seq + RANGE_STOP) >> 2] as Ref);
        const step = intSafeValue(rt, i32[(seq + RANGE_STEP) >> 2] as Ref);
        const value = start + idx * step;
        if (Number.isSafeInteger(value) && Number.isSafeInteger(stop)) {
          if (step > 0 ? value >= stop : value <= stop) return exhaust(rt, it);
          i32[(it + IT_INDEX) >> 2] = idx + 1;
          return intFromNumber(rt, value);
        }
      }
      const r = getItem(rt, seq, smallIntRef(idx));
      if (r === NULL) {
        if (errorMatches(rt, rt.exc.IndexError!) || errorMatches(rt, rt.exc.StopIteration!)) {
          clearError(rt);
          return exhaust(rt, it);
        }
        return NULL;
      }
      i32[(it + IT_INDEX) >> 2] = kind === Kind.SEQ_ITER ? idx + 1 : idx - 1;
      return r;
    }
    case Kind.ENUMERATE: {
      const x = sourceNext(rt, seq);
      if (x === NULL) return NULL;
      const count = i32[(it + IT_AUX) >> 2] as Ref;
      const t = resultTuple(rt, it, 2);
      tupleSetItemSteal(rt, t, 0, count);
      tupleSetItemSteal(rt, t, 1, x);
      const next = (count & 1) === 1 ? intFromNumber(rt, (count >> 1) + 1) : binaryOp(rt, count, smallIntRef(1), 0);
      i32[(it + IT_AUX) >> 2] = next;
      return t;
    }
    case Kind.ZIP: case Kind.MAP: {
      if (seq === 0) return NULL;
      if (kind === Kind.MAP && i32[(it + IT_INDEX) >> 2] === CALLABLE_ITER) {
        // iter(callable, sentinel): call until the result == sentinel
        const r = callVector(rt, seq, 0, 0, NULL);
        if (r !== NULL) return callIterResult(rt, it, r);
        // no sentinel (NULL): only StopIteration ends it (modules/itertools-native.ts), and
        // an itertools stepper keeps its step (each step ends again once its state is
        // over): its state holds the tool's source, which CPython's tools keep until they
        // are freed, or drop themselves when they end (islice, pairwise: the step does);
        // --no-gil, another thread sharing the iterator may be calling it now
        if (i32[(it + IT_AUX) >> 2] === NULL) {
          if (errorMatches(rt, rt.exc.StopIteration!)) clearError(rt);
          return NULL;
        }
        callIterStopped(rt, it);
        return NULL;
      }
      const n = tupleSize(rt, seq);
      if (kind === Kind.MAP && n === 1) {
        // map(f, one_iterable): f(x) from a word on the data stack, no argument tuple
        const x = sourceNext(rt, tupleItem(rt, seq, 0));
        // the sources stay (CPython's map and zip drop them only when freed): a generator
        // source's finally runs when the map goes, and another thread sharing the map
        // (--no-gil) may be reading them right now
        if (x === NULL) return NULL;
        const r = call1(rt, i32[(it + IT_AUX) >> 2] as Ref, x);
        decref(rt, x);
        return r;
      }
      const t = kind === Kind.ZIP ? resultTuple(rt, it, n) : tupleNew(rt, n);
      // --no-gil, map(f, a, b): one thread's items from all the sources together, under the
      // map's own lock (a zip holds its lock already: vm/critical.ts iterNextLocked), else
      // threads sharing the map pair one source's item with another's; f runs unlocked
      const tookMap = kind === Kind.MAP && rt.rc.atomic && objLock(rt, it);
      try {
        for (let i = 0; i < n; i++) {
          const x = sourceNext(rt, tupleItem(rt, seq, i));
          if (x === NULL) {
            for (let j = 0; j < i; j++) decref(rt, tupleItem(rt, t, j));
            for (let j = 0; j < n; j++) tupleSetItemSteal(rt, t, j, NULL);
            decref(rt, t);
            // the sources stay, as the one-source map's above
            if (!errOccurred(rt) && kind === Kind.ZIP && i32[(it + IT_INDEX) >> 2] === ZIP_STRICT) return zipStrictMismatch(rt, seq, i);
            return NULL;
          }
          tupleSetItemSteal(rt, t, i, x);
        }
      } finally {
        if (tookMap) objUnlock(rt, it);
      }
      if (kind === Kind.ZIP) return t;
      const f = i32[(it + IT_AUX) >> 2] as Ref;
      const r = callVector(rt, f, (t >> 2) + 5, n, NULL);
      decref(rt, t);
      return r;
    }
    case Kind.FILTER: {
      const f = i32[(it + IT_AUX) >> 2] as Ref;
      for (;;) {
        const x = sourceNext(rt, seq);
        if (x === NULL) return NULL;
        let ok: number;
        if (f === rt.None || f === 0) ok = isTrue(rt, x);
        else {
          const r = call1(rt, f, x);
          if (r === NULL) { decref(rt, x); return NULL; }
          ok = isTrue(rt, r);
          decref(rt, r);
        }
        if (ok < 0) { decref(rt, x); return NULL; }
        if (ok) return x;
        decref(rt, x);
      }
    }
    case Kind.GENERATOR:
      return generatorSend(rt, it, rt.None, true);
    case Kind.ASYNC_GEN_ASEND: case Kind.ASYNC_GEN_ATHROW: case Kind.CORO_WRAPPER: {
      // objects/coroutine.ts awaitables: finishing raises StopIteration(value)
      const r = awaitableSend(rt, it, rt.None);
      if (r === NULL && errorMatches(rt, rt.exc.StopIteration!)) clearError(rt);
      return r;
    }
    default:
      return NOT_AN_ITERATOR;
  }
}
