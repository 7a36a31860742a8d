/*
 * Critical sections at the interpreter's boundaries (no-GIL mode only; issue 6 item 3).
 *
 * Under --no-gil (rt.rc.atomic) the eval loop (eval.ts) and callVector (call.ts) route the
 * operations that read or change a built-in container through these functions instead of
 * their inline fast paths, and each one runs holding the container's per-object lock
 * (vm/objlock.ts), as free-threaded CPython's list / dict / set methods do with
 * Py_BEGIN_CRITICAL_SECTION:
 *
 *   subscriptLoad / subscriptStore   c[k], c[k] = v, del c[k]      (BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR)
 *   containsLocked                   x in c                          (CONTAINS_OP)
 *   iterNextLocked                   one step of a list / dict / set iterator (FOR_ITER):
 *                                    the iterated container's lock; of a tuple / str
 *                                    iterator, an enumerate or a zip: the iterator's
 *   callNativeLocked                 a built-in function or method called with built-in
 *                                    containers among its arguments, self included
 *                                    (lst.append(x), d.setdefault(k, v), s.add(x), sum(lst),
 *                                    ",".join(lst), dict(d)...): the whole call is one
 *                                    critical section on all of them (address order), so
 *                                    read-modify-write methods are atomic as in CPython
 *                                    and natives read their container arguments as one
 *                                    snapshot
 *   withSourceLocked                 seqops listExtend's source (list(x), [*x], extend)
 *   storeCachedLocked                STORE_ATTR's inline-cache hit: the in-place replace of
 *                                    an instance / module dict value, under that dict's lock
 *   cellSwap                         STORE_DEREF / DELETE_DEREF: the cell's content is
 *                                    swapped atomically (two threads storing into one
 *                                    closure cell must not both release the old value) and
 *                                    the old value released after the grace period
 *                                    (LOAD_DEREF reads it without a lock)
 *
 * Which objects: exact built-in lists, dicts, sets and frozensets (kindOf and not a heap
 * type). Instances of user subclasses are not locked by the subscript / contains / iterate
 * paths (their __getitem__ / __contains__ may be Python code, which could block holding
 * the lock); the dict functions still lock their own operations (objects/dict.ts). One
 * exception: callNativeLocked also locks SELF (args[0]) when it is an instance of a
 * subclass of list / dict / set (`class Stack(list)`, OrderedDict, Counter): the native
 * (list.pop, dict.popitem, set.pop, list.append...) works on the built-in storage as it
 * does for an exact container, and unlocked two threads popping one subclass instance
 * took the same item twice or corrupted a dict's table (a later lookup spun forever).
 * A container is kept alive (incref) while its lock is held when the operation may drop
 * the last reference to it (an exhausted iterator releases its container).
 *
 * Module-level state: `lockFreeByIndex`, a per-JS-thread cache derived from NATIVE_TABLE
 * (which natives need no lock); nothing Python-visible.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { Kind } from '../objects/kinds.js';
import { TP_FLAGS, TP_KIND } from '../objects/type.js';
import { TPF_HEAPTYPE } from '../objects/typelayout.js';
import { IT_SEQ } from '../objects/iter.js';
import { contains, getItem, iterNextUnlocked, setItem } from '../objects/abstract.js';
import { NATIVE_TABLE } from './natives.js';
import { objLock, objLock2, objUnlock, objUnlock2 } from './objlock.js';
import { releaseValue } from './nogil.js';
import { CELL_REF } from '../objects/function.js';
import { cachedDictEntry } from '../objects/dict.js';

/** True for an exact built-in list / dict / set / frozenset (a lockable container). */
export function isLockable(rt: Runtime, o: Ref | number): boolean {
  if ((o & 1) !== 0 || o === 0) return false;
  const i32 = rt.i32;
  const t = i32[o >> 2]!;
  if ((i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return false;
  const k = i32[(t + TP_KIND) >> 2]!;
  return k === Kind.LIST || k === Kind.DICT || k === Kind.SET || k === Kind.FROZENSET || k === Kind.BYTEARRAY;
}

/** True for an instance of a user subclass of list / dict / set / frozenset. */
function isContainerSubclassInstance(rt: Runtime, o: Ref | number): boolean {
  if ((o & 1) !== 0 || o === 0) return false;
  const i32 = rt.i32;
  const t = i32[o >> 2]!;
  if ((i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) return false;
  const k = i32[(t + TP_KIND) >> 2]!;
  return k === Kind.LIST || k === Kind.DICT || k === Kind.SET || k === Kind.FROZENSET || k === Kind.BYTEARRAY;
}

/** c[key] (new reference or NULL), holding c's lock when c is a built-in container. */
export function subscriptLoad(rt: Runtime, c: Ref, key: Ref): Ref {
  if (!isLockable(rt, c)) return getItem(rt, c, key);
  const took = objLock(rt, c);
  try {
    return getItem(rt, c, key);
  } finally {
    if (took) objUnlock(rt, c);
  }
}

/** c[key] = value (value NULL: del c[key]); 0 or -1. */
export function subscriptStore(rt: Runtime, c: Ref, key: Ref, value: Ref): number {
  if (!isLockable(rt, c)) return setItem(rt, c, key, value);
  const took = objLock(rt, c);
  try {
    return setItem(rt, c, key, value);
  } finally {
    if (took) objUnlock(rt, c);
  }
}

/** item in c: 1, 0, or -1 on error. */
export function containsLocked(rt: Runtime, c: Ref, item: Ref): number {
  if (!isLockable(rt, c)) return contains(rt, c, item);
  const took = objLock(rt, c);
  try {
    return contains(rt, c, item);
  } finally {
    if (took) objUnlock(rt, c);
  }
}

/** next(it) as FOR_ITER wants it (iterNext's contract), under the iterated container's lock. */
export function iterNextLocked(rt: Runtime, it: Ref): Ref {
  const i32 = rt.i32;
  const t = i32[it >> 2]!;
  const k = i32[(t + TP_KIND) >> 2]!;
  if (k === Kind.TUPLE_ITER || k === Kind.STR_ITER || k === Kind.ENUMERATE || k === Kind.ZIP) {
    // no container lock serialises these steps: the iterator's own lock does, so threads
    // sharing one (`it = iter(a_tuple)`, an enumerate) get each item once, as CPython's
    // C iterators under the GIL; unlocked, two steps read one position (duplicates), and
    // enumerate / zip refilled one reused result tuple from two threads (mixed items, a
    // leak). A map or filter takes no lock of its own (its function may block): its
    // source steps as a `for` loop's would (objects/iter.ts sourceNext). (A range
    // iterator steps by compareExchange: objects/iter.ts, eval.ts.)
    const took = objLock(rt, it);
    try {
      return iterNextUnlocked(rt, it);
    } finally {
      if (took) objUnlock(rt, it);
    }
  }
  if (k !== Kind.LIST_ITER && k !== Kind.LIST_REVITER && k !== Kind.DICT_KEYITER && k !== Kind.DICT_VALUEITER &&
      k !== Kind.DICT_ITEMITER && k !== Kind.SET_ITER && k !== Kind.DICT_REVKEYITER && k !== Kind.DICT_REVVALUEITER &&
      k !== Kind.DICT_REVITEMITER) {
    return iterNextUnlocked(rt, it);
  }
  const seq = i32[(it + IT_SEQ) >> 2]! as Ref;
  if (seq === NULL) return iterNextUnlocked(rt, it);
  rt.rc.incref(seq); // an exhausted iterator drops its container: keep it alive while locked
  const took = objLock(rt, seq);
  try {
    return iterNextUnlocked(rt, it);
  } finally {
    if (took) objUnlock(rt, seq);
    rt.rc.decref(seq);
  }
}

/**
 * Built-in functions that never read a container's items or change it, so need no lock:
 * len (one aligned word), isinstance and friends (the type word), iter (an iterator's
 * steps lock), id. Looked up by name once per table index.
 */
const LOCK_FREE_NATIVES: ReadonlySet<string> = new Set(['len', 'isinstance', 'issubclass', 'id', 'iter', 'callable', 'hasattr', 'getattr',
  // they lock their list themselves, only while its items go out and back (builtins.ts
  // listSortImpl): the key and __lt__ run with no lock held
  'sort', 'sorted']);
let lockFreeByIndex: Uint8Array | null = null; // 0 unknown, 1 lock-free, 2 locks: a cache of the table (code, not state)

function lockFreeNative(index: number): boolean {
  if (lockFreeByIndex === null || lockFreeByIndex.length !== NATIVE_TABLE.length) lockFreeByIndex = new Uint8Array(NATIVE_TABLE.length);
  let v = lockFreeByIndex[index]!;
  if (v === 0) lockFreeByIndex[index] = v = LOCK_FREE_NATIVES.has(NATIVE_TABLE[index]!.name) ? 1 : 2;
  return v === 1;
}

/**
 * A native (NATIVE_TABLE index `index`: a built-in function, or a built-in method with
 * self = args[0]) called under the locks of every built-in container among its arguments
 * (self included): lst.append(x), d.setdefault(k, v) and s.add(x) are atomic as in
 * CPython, and a native that reads a container given as an argument (sum(lst),
 * ",".join(lst), dict(d), sorted(s), max(lst)...) reads it as one snapshot, never an item
 * array another thread is resizing or an item it is releasing. Several containers are
 * locked in address order (no deadlock between threads locking the same ones). Returns
 * what the native returns.
 */
export function callNativeLocked(rt: Runtime, index: number, args: number, nargs: number, kwnames: Ref): Ref {
  const fn = NATIVE_TABLE[index]!.fn;
  if (lockFreeNative(index)) return fn(rt, args, nargs, kwnames);
  const i32 = rt.i32;
  let first: Ref = NULL;
  let second: Ref = NULL;
  let more: Ref[] | null = null;
  for (let k = 0; k < nargs; k++) {
    const a = i32[args + k]! as Ref;
    if (a === first || a === second || !(isLockable(rt, a) || (k === 0 && isContainerSubclassInstance(rt, a)))) continue;
    if (first === NULL) first = a;
    else if (second === NULL) second = a;
    else if (more === null) more = [a];
    else if (!more.includes(a)) more.push(a);
  }
  if (first === NULL) return fn(rt, args, nargs, kwnames);
  if (second === NULL) {
    const took = objLock(rt, first);
    try {
      return fn(rt, args, nargs, kwnames);
    } finally {
      if (took) objUnlock(rt, first);
    }
  }
  if (more === null) {
    const taken = objLock2(rt, first, second);
    try {
      return fn(rt, args, nargs, kwnames);
    } finally {
      objUnlock2(rt, first, second, taken);
    }
  }
  const all = [first, second, ...more].sort((x, y) => x - y);
  const took = all.map((o) => objLock(rt, o));
  try {
    return fn(rt, args, nargs, kwnames);
  } finally {
    for (let k = all.length - 1; k >= 0; k--) if (took[k]) objUnlock(rt, all[k]!);
  }
}

/**
 * Runs `body` holding `source`'s lock when it is a built-in container or a dict view (the
 * view's dict: list(d.items())) (list(d), a list
 * extended from another container: the source is read as one snapshot, as CPython's
 * list_extend does under Py_BEGIN_CRITICAL_SECTION2). Under the GIL: just `body()`.
 */
export function withSourceLocked<T>(rt: Runtime, source: Ref, body: () => T): T {
  if (!rt.rc.atomic) return body();
  // a dict view (list(d.items())) is read under its dict's lock
  const k = (source & 1) === 0 && source !== 0 ? rt.i32[(rt.i32[source >> 2]! + TP_KIND) >> 2]! : -1;
  const locked = k === Kind.DICT_KEYS || k === Kind.DICT_VALUES || k === Kind.DICT_ITEMS ? (rt.i32[(source + 16) >> 2]! as Ref) : source;
  if (!isLockable(rt, locked)) return body();
  const took = objLock(rt, locked);
  try {
    return body();
  } finally {
    if (took) objUnlock(rt, locked);
  }
}

/**
 * STORE_ATTR's cache hit under --no-gil: replaces the value of entry `ix` of dict `d` (an
 * instance or module dict) when that entry still holds `name`, holding d's lock, so the
 * store cannot land in a keys block that a concurrent insert is replacing. The stack's
 * reference to `value` moves in; the old value is released after the grace period (a
 * lock-free reader may have loaded it in its current slice: vm/nogil.ts releaseValue).
 * Returns false (nothing done) when the entry moved: the caller takes the slow path.
 */
export function storeCachedLocked(rt: Runtime, d: number, ix: number, name: number, value: number): boolean {
  if (d === 0) return false;
  const took = objLock(rt, d as Ref);
  let old: number;
  try {
    const e = cachedDictEntry(rt.i32, d, ix, name);
    if (e < 0) return false;
    old = rt.i32[e + 2]!;
    rt.i32[e + 2] = value;
  } finally {
    if (took) objUnlock(rt, d as Ref);
  }
  releaseValue(rt, old as Ref);
  return true;
}

/** Stores `value` (the stack's reference moves in; 0 = delete) into a cell; see above. */
export function cellSwap(rt: Runtime, cell: number, value: number): void {
  const old = Atomics.exchange(rt.i32, (cell + CELL_REF) >> 2, value);
  releaseValue(rt, old as Ref);
}
