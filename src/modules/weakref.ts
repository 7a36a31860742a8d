/*
 * `_weakref`: the native half of weak references (the Python half, the ReferenceType class
 * and WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize, is
 * lib/weakref.py).
 *
 * A weak reference names its referent without counting it, so the referent's death must
 * reach every weak reference to it before its block can be reused. The heap keeps one
 * registry for that (a dict at HDR_WEAKREF_REGISTRY, immortal, made when `_weakref` is
 * first imported):
 *
 *   registry[referent >> 2] = [weakref >> 2, ...]   small ints, in registration order
 *
 * Both sides are small ints (word indexes), so the registry counts nothing: a weak
 * reference object holds its referent's key in its `_ref` slot (None once dead) and takes
 * itself out of the registry when it dies (ReferenceType.__del__ -> _unregister). A
 * referent that was ever registered carries FLAG_WEAKREFERENCED in OB_FLAGS; its
 * deallocator (objects/dealloc.ts) then calls clearWeakrefsOf, after its finalizer and
 * before anything is released, as CPython's subtype_dealloc calls PyObject_ClearWeakRefs:
 * every weak reference to it gets `_ref = None`, then the callbacks run, the most recently
 * registered first, each reported as unraisable if it raises.
 *
 * A weak reference whose count already reached zero (its own deallocation pending on the
 * release worklist) is skipped: it unregisters itself when its turn comes.
 *
 * Which objects can be weakly referenced: as CPython, instances of classes whose layout has
 * a __weakref__ slot (not below int, tuple or bytes, nor when every class declares
 * __slots__ without '__weakref__': objects/typecall.ts typeHasWeakref), types, functions,
 * bound methods, sets and frozensets, generators and coroutines, modules, and native types
 * flagged TPF_WEAKREFABLE (_thread.lock, RLock, threading.Event...: modules/thread.ts).
 * Others raise `TypeError: cannot create weak reference to 'int' object`.
 *
 * --no-gil: every registry operation runs under the registry's per-object lock
 * (vm/objlock.ts); _deref increfs the referent under it, and a referent whose count is
 * already 0 (its deallocation about to clear the registry entry) answers None. Python code
 * (callbacks) never runs under the lock. When the interpreter is torn down
 * (vm/interp.ts finalizeInterpreter) the registry is emptied: weak references end there.
 */
import { FLAG_WEAKREFERENCED, NULL, OB_FLAGS, smallIntRef, type Ref } from '../heap/layout.js';
import { HDR_WEAKREF_REGISTRY } from '../heap/memory.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, incref } from '../vm/refs.js';
import { errOccurred, raiseTypeError } from '../vm/errors.js';
import { runUnraisable } from '../vm/traceback.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { call1 } from '../vm/call.js';
import { dictClear, dictDelItem, dictGetItem, dictNew, dictSetItem } from '../objects/dict.js';
import { listAppend, listItem, listNew, listSize } from '../objects/list.js';
import { intFromNumber } from '../objects/int.js';
import { kindOf, typeOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { TP_FLAGS, TPF_HEAPTYPE, TPF_WEAKREFABLE } from '../objects/typelayout.js';
import { getAttrOptional, internName, setAttr, typeNameOf } from '../objects/abstract.js';
import { typeHasWeakref } from '../objects/typecall.js';
import { defineFunctions, makeModule } from './math.js';

/** Kinds whose instances accept weak references (instances of classes: see weakrefable). */
const WEAKREFABLE_KINDS: ReadonlySet<Kind> = new Set([
  Kind.OBJECT, Kind.TYPE, Kind.FUNCTION, Kind.BOUND_METHOD, Kind.SET, Kind.FROZENSET, Kind.GENERATOR,
  Kind.COROUTINE, Kind.ASYNC_GENERATOR, Kind.MODULE, Kind.BASE_EXCEPTION, Kind.LIST, Kind.DICT,
  Kind.PROPERTY, Kind.STATICMETHOD, Kind.CLASSMETHOD,
]);

function weakrefable(rt: Runtime, obj: Ref): boolean {
  if ((obj & 1) !== 0 || obj === NULL || obj === rt.None) return false;
  // an instance of a class: as its layout says (no __weakref__ slot under __slots__
  // without '__weakref__', nor below int, tuple or bytes: typecall.ts typeHasWeakref)
  const t = typeOf(rt, obj);
  const flags = rt.i32[(t + TP_FLAGS) >> 2]!;
  if ((flags & TPF_HEAPTYPE) !== 0) return typeHasWeakref(rt, t);
  // native classes that have one (_thread.lock, threading.Event...)
  if ((flags & TPF_WEAKREFABLE) !== 0) return true;
  // instances of the built-in list, dict, exceptions, object and other native classes
  // have no __weakref__ slot
  const kind = kindOf(rt, obj);
  if (kind === Kind.LIST || kind === Kind.DICT || kind === Kind.BASE_EXCEPTION || kind === Kind.OBJECT) return false;
  return WEAKREFABLE_KINDS.has(kind);
}

function registry(rt: Runtime): Ref {
  return Atomics.load(rt.i32, HDR_WEAKREF_REGISTRY >> 2) as Ref;
}

/** Runs `body` with the registry locked (no-GIL); never around Python code. */
function locked<T>(rt: Runtime, reg: Ref, body: () => T): T {
  const took = rt.rc.atomic && objLock(rt, reg);
  try {
    return body();
  } finally {
    if (took) objUnlock(rt, reg);
  }
}

function keyOf(ref: Ref): Ref {
  return smallIntRef(ref >> 2);
}

function refOfKey(key: Ref): Ref {
  return ((key >> 1) << 2) as Ref;
}

type Native = (rt: Runtime, args: number, nargs: number, kwnames: Ref) => Ref;

function arity(rt: Runtime, name: string, nargs: number, kwnames: Ref, n: number): boolean {
  if (kwnames !== NULL || nargs !== n) {
    raiseTypeError(rt, `${name}() takes exactly ${n} argument${n === 1 ? '' : 's'} (${nargs} given)`);
    return false;
  }
  return true;
}

/** _register(obj, wr) -> key: records wr (a ReferenceType) as a weak reference to obj. */
const register: Native = (rt, args, nargs, kwnames) => {
  if (!arity(rt, '_register', nargs, kwnames, 2)) return NULL;
  const obj = rt.i32[args] as Ref;
  const wr = rt.i32[args + 1] as Ref;
  if (!weakrefable(rt, obj)) return raiseTypeError(rt, `cannot create weak reference to '${typeNameOf(rt, obj)}' object`);
  const reg = registry(rt);
  const key = keyOf(obj);
  locked(rt, reg, () => {
    let list = dictGetItem(rt, reg, key);
    if (list === NULL) {
      list = listNew(rt, 1);
      dictSetItem(rt, reg, key, list);
      decref(rt, list);
    }
    listAppend(rt, list, keyOf(wr));
    Atomics.or(rt.i32, (obj + OB_FLAGS) >> 2, FLAG_WEAKREFERENCED);
  });
  return key;
};

/** _unregister(wr, key): wr is dying (or was cleared): out of its referent's list. */
const unregister: Native = (rt, args, nargs, kwnames) => {
  if (!arity(rt, '_unregister', nargs, kwnames, 2)) return NULL;
  const wrKey = keyOf(rt.i32[args] as Ref);
  const key = rt.i32[args + 1] as Ref;
  const reg = registry(rt);
  if ((key & 1) === 0 || reg === NULL) return rt.None;
  locked(rt, reg, () => {
    const list = dictGetItem(rt, reg, key);
    if (list === NULL) return;
    const n = listSize(rt, list);
    const kept: Ref[] = [];
    for (let i = 0; i < n; i++) if (listItem(rt, list, i) !== wrKey) kept.push(listItem(rt, list, i));
    if (kept.length === 0) {
      dictDelItem(rt, reg, key);
      return;
    }
    if (kept.length === n) return;
    const fresh = listNew(rt, kept.length);
    for (const k of kept) listAppend(rt, fresh, k);
    dictSetItem(rt, reg, key, fresh);
    decref(rt, fresh);
  });
  return rt.None;
};

/** _deref(key) -> the referent (a new reference), or None once it died. */
const deref: Native = (rt, args, nargs, kwnames) => {
  if (!arity(rt, '_deref', nargs, kwnames, 1)) return NULL;
  const key = rt.i32[args] as Ref;
  if ((key & 1) === 0) return rt.None;
  const reg = registry(rt);
  return locked(rt, reg, () => {
    // alive while registered: the referent's deallocation removes the entry first
    if (dictGetItem(rt, reg, key) === NULL) return rt.None;
    const obj = refOfKey(key);
    if (rt.rc.getrefcount(obj) <= 0) return rt.None;
    incref(rt, obj);
    return obj;
  });
};

/** The weak references registered for obj, oldest first, those still counted. */
function weakrefsOf(rt: Runtime, obj: Ref): Ref[] {
  const reg = registry(rt);
  if ((obj & 1) !== 0 || obj === NULL || reg === NULL) return [];
  if ((rt.i32[(obj + OB_FLAGS) >> 2]! & FLAG_WEAKREFERENCED) === 0) return [];
  return locked(rt, reg, () => {
    const list = dictGetItem(rt, reg, keyOf(obj));
    if (list === NULL) return [];
    const out: Ref[] = [];
    for (let i = 0; i < listSize(rt, list); i++) {
      const wr = refOfKey(listItem(rt, list, i));
      if (rt.rc.getrefcount(wr) > 0) out.push(wr);
    }
    return out;
  });
}

/** obj.__weakref__: its oldest weak reference still counted, or None. New reference. */
export function firstWeakref(rt: Runtime, obj: Ref): Ref {
  const refs = weakrefsOf(rt, obj);
  const r = refs.length > 0 ? refs[0]! : rt.None;
  incref(rt, r);
  return r;
}

const getweakrefcount: Native = (rt, args, nargs, kwnames) => {
  if (!arity(rt, 'getweakrefcount', nargs, kwnames, 1)) return NULL;
  return intFromNumber(rt, weakrefsOf(rt, rt.i32[args] as Ref).length);
};

const getweakrefs: Native = (rt, args, nargs, kwnames) => {
  if (!arity(rt, 'getweakrefs', nargs, kwnames, 1)) return NULL;
  const refs = weakrefsOf(rt, rt.i32[args] as Ref);
  const list = listNew(rt, refs.length);
  for (let i = refs.length - 1; i >= 0; i--) listAppend(rt, list, refs[i]!); // newest first, as CPython
  return list;
}

const FUNCTIONS = defineFunctions([
  ['_register', register],
  ['_unregister', unregister],
  ['_deref', deref],
  ['getweakrefcount', getweakrefcount],
  ['getweakrefs', getweakrefs],
]);

export function createWeakrefModule(rt: Runtime): Ref {
  if (registry(rt) === NULL) {
    const reg = dictNew(rt);
    rt.rc.makeImmortal(reg);
    Atomics.store(rt.i32, HDR_WEAKREF_REGISTRY >> 2, reg);
  }
  return makeModule(rt, '_weakref', FUNCTIONS, []);
}

/**
 * The deallocator's call for an object with FLAG_WEAKREFERENCED (objects/dealloc.ts): every
 * weak reference to it is cleared (`_ref = None`), then their callbacks run.
 */
export function clearWeakrefsOf(rt: Runtime, obj: Ref): void {
  const reg = registry(rt);
  if (reg === NULL) return;
  const key = keyOf(obj);
  const refs = locked(rt, reg, () => {
    const list = dictGetItem(rt, reg, key);
    if (list === NULL) return [];
    const out: Ref[] = [];
    for (let i = 0; i < listSize(rt, list); i++) {
      const wr = refOfKey(listItem(rt, list, i));
      // a weak reference whose own deallocation is pending unregisters itself then
      if (rt.rc.getrefcount(wr) > 0) {
        incref(rt, wr);
        out.push(wr);
      }
    }
    dictDelItem(rt, reg, key);
    return out;
  });
  if (rt.ts === 0) {
    // no thread to run Python code (teardown): the entry is gone, nothing else happens
    for (const wr of refs) decref(rt, wr);
    return;
  }
  if (refs.length === 0) return;
  const refName = internName(rt, '_ref');
  for (const wr of refs) runUnraisable(rt, wr, '<weakref>', () => setAttr(rt, wr, refName, rt.None) >= 0);
  const callbackName = internName(rt, '__callback__');
  for (let i = refs.length - 1; i >= 0; i--) {
    const wr = refs[i]!;
    let callback = NULL as Ref;
    runUnraisable(rt, wr, '<weakref>', () => {
      callback = getAttrOptional(rt, wr, callbackName);
      return callback !== NULL || !errOccurred(rt);
    });
    if (callback !== NULL && callback !== rt.None) {
      runUnraisable(rt, callback, '<callback>', () => {
        const r = call1(rt, callback, wr);
        decref(rt, r);
        return r !== NULL;
      });
    }
    decref(rt, callback);
  }
  for (const wr of refs) decref(rt, wr);
}

/** Interpreter teardown: weak references end (the registry's lists are released). */
export function clearWeakrefRegistry(rt: Runtime): void {
  const reg = registry(rt);
  if (reg !== NULL) dictClear(rt, reg);
}

