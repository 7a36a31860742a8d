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
 *                                    the iterated container's lock
 *   callMethodLocked                 a built-in method called on a list / dict / set
 *                                    (lst.append(x), d.setdefault(k, v), s.add(x), lst.pop()
 *                                    ...): the whole method is one critical section, so
 *                                    read-modify-write methods are atomic as in CPython;
 *                                    a second container argument (extend, update) is
 *                                    locked too, both in address order (objLock2)
 *   withSourceLocked                 seqops listExtend's source (list(x), [*x], extend)
 *   cellSwap                         STORE_DEREF / DELETE_DEREF: the cell's content is
 *                                    swapped atomically (two threads storing into one
 *                                    closure cell must not both release the old value) and
 *                                    the old value released after the grace period
 *                                    (LOAD_DEREF reads it without a lock)
 *
 * Which objects: exact built-in lists, dicts, sets and frozensets (kindOf and not a heap
 * type). Instances of user subclasses are not locked here (their methods may be Python
 * code); the dict functions still lock their own operations (objects/dict.ts).
 * A container is kept alive (incref) while its lock is held when the operation may drop
 * the last reference to it (an exhausted iterator releases its container).
 *
 * Module-level state: none.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { Kind } from '../objects/kinds.js';
import { TP_FLAGS, TP_KIND } from '../objects/type.js';
import { TPF_HEAPTYPE } from '../objects/typelayout.js';
import { IT_SEQ } from '../objects/iter.js';
import { contains, getItem, iterNext, setItem } from '../objects/abstract.js';
import { NATIVE_TABLE } from './natives.js';
import { objLock, objLock2, objUnlock, objUnlock2 } from './objlock.js';
import { releaseValue } from './nogil.js';
import { CELL_REF } from '../objects/function.js';

/** True for an exact built-in list / dict / set / frozenset (a lockable container). */
export function isLockable(rt: Runtime, o: Ref | number): boolean {
  if ((o & 1) !== 0 || o === 0) return false;
  const i32 = rt.i32;
  const t = i32[o >> 2]!;
  if ((i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return false;
  const k = i32[(t + TP_KIND) >> 2]!;
  return k === Kind.LIST || k === Kind.DICT || k === Kind.SET || k === Kind.FROZENSET;
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
  if (k !== Kind.LIST_ITER && k !== Kind.LIST_REVITER && k !== Kind.DICT_KEYITER && k !== Kind.DICT_VALUEITER &&
      k !== Kind.DICT_ITEMITER && k !== Kind.SET_ITER) {
    return iterNext(rt, it);
  }
  const seq = i32[(it + IT_SEQ) >> 2]! as Ref;
  if (seq === NULL) return iterNext(rt, it);
  rt.rc.incref(seq); // an exhausted iterator drops its container: keep it alive while locked
  const took = objLock(rt, seq);
  try {
    return iterNext(rt, it);
  } finally {
    if (took) objUnlock(rt, seq);
    rt.rc.decref(seq);
  }
}

/**
 * A built-in method (NATIVE_TABLE index `index`) called with self = args[0]: under self's
 * lock when self is a built-in container. Returns what the native returns.
 */
export function callMethodLocked(rt: Runtime, index: number, args: number, nargs: number, kwnames: Ref): Ref {
  const self = rt.i32[args]! as Ref;
  const fn = NATIVE_TABLE[index]!.fn;
  if (!isLockable(rt, self)) return fn(rt, args, nargs, kwnames);
  const other = nargs >= 2 ? (rt.i32[args + 1]! as Ref) : NULL;
  if (other !== NULL && other !== self && isLockable(rt, other)) {
    // lst.extend(other), d.update(other), s |= other...: both, in address order
    const taken = objLock2(rt, self, other);
    try {
      return fn(rt, args, nargs, kwnames);
    } finally {
      objUnlock2(rt, self, other, taken);
    }
  }
  const took = objLock(rt, self);
  try {
    return fn(rt, args, nargs, kwnames);
  } finally {
    if (took) objUnlock(rt, self);
  }
}

/**
 * Runs `body` holding `source`'s lock when it is a built-in container (list(d), a list
 * extended from another container: the source is read as one snapshot, as CPython's
 * list_extend does under Py_BEGIN_CRITICAL_SECTION2). Under the GIL: just `body()`.
 */
export function withSourceLocked<T>(rt: Runtime, source: Ref, body: () => T): T {
  if (!rt.rc.atomic || !isLockable(rt, source)) return body();
  const took = objLock(rt, source);
  try {
    return body();
  } finally {
    if (took) objUnlock(rt, source);
  }
}

/** Stores `value` (the stack's reference moves in; 0 = delete) into a cell; see above. */
export function cellSwap(rt: Runtime, cell: number, value: number): void {
  const old = Atomics.exchange(rt.i32, (cell + CELL_REF) >> 2, value);
  releaseValue(rt, old as Ref);
}
