/*
 * __del__ (CPython's tp_finalize for classes, with PEP 442's rules): it runs at most once
 * per object (FLAG_FINALIZED in OB_FLAGS, set before the call), on an object still intact.
 *
 *  - An object that dies by its count reaching zero: the deallocator (objects/dealloc.ts)
 *    calls finalizeWithDel for an instance of a class whose MRO defines __del__
 *    (TPF_HAS_DEL, set by typecall.ts classFromNamespace and by setattr on the class)
 *    before anything is released, as CPython's slot_tp_finalize. The object is resurrected
 *    for the call (its count set to 1); if the method stored a new reference somewhere, the
 *    count stays above 1 afterwards and the object lives on; its next death frees it
 *    without a second call.
 *  - Cyclic garbage: the collector (heap/gc.ts) calls finalizeGarbage on every garbage
 *    object that has a finalizer not yet run, while it holds all of them and before it
 *    clears any (so __del__ sees its attributes), then frees only what is still
 *    unreachable (an object __del__ stored somewhere survives, with what it reaches).
 *    Suspended generators are closed there too (objects/generator.ts generatorCloseUnraisable).
 *
 * An exception from __del__ is reported as CPython's PyErr_WriteUnraisable does
 * ("Exception ignored in: <function C.__del__ ...>" and the traceback on stderr) and
 * dropped; the exception being raised around the death is kept.
 *
 * --no-gil (biased counts): on whichever executor drops it (heap/refcount.ts
 * resurrectForFinalizer makes the dead object that executor's, as for generators).
 */
import { FLAG_FINALIZED, OB_FLAGS, type Ref } from '../heap/layout.js';
import { resurrectForFinalizer, finalizerLeftDead } from '../heap/refcount.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, incref } from '../vm/refs.js';
import { dictDelItem, dictGetStr, dictNextEntry, dictEntryKey, dictEntryValue, dictSetItem } from './dict.js';
import { kindOf } from './object.js';
import { Kind } from './kinds.js';
import { listItem, listSize } from './list.js';
import { tupleItem, tupleSize } from './tuple.js';
import { strToJS } from './str.js';
import { TP_FLAGS, TPF_HAS_DEL } from './typelayout.js';
import { MOD_DICT } from './method.js';
import { clearError } from '../vm/errors.js';
import { TS_CUREXC } from '../vm/threadstate.js';
import { runUnraisable } from '../vm/traceback.js';
import { instanceDict, internName } from './abstract.js';
import { typeLookup } from './type.js';
import { typeOf } from './object.js';
import { callWithSelf0, call0 } from '../vm/call.js';
import { generatorCloseUnraisable, generatorNeedsClose, coroutineNeverAwaited, warnCoroutineNeverAwaited } from './generator.js';
import { gcCollect } from './gcsupport.js';
import { gcIsEnabled } from '../modules/gc.js';
import { exitFinalizationOrder, reachesFinalizer } from './exitorder.js';
import { libDirectory } from '../modules/libdir.js';

/** Runs obj's __del__. True if the object was resurrected (the caller must not free it). */
export function finalizeWithDel(rt: Runtime, obj: Ref): boolean {
  if (rt.ts === 0 || !claimFinalizer(rt, obj)) return false;
  const del = typeLookup(rt, typeOf(rt, obj), internName(rt, '__del__'));
  if (del === 0) return false;
  // dead, so nobody else can reach it: this executor owns it for the call (heap/refcount.ts)
  resurrectForFinalizer(rt.rc, obj);
  callDel(rt, obj, del);
  if (finalizerLeftDead(rt.rc, obj)) return false;
  rt.rc.decref(obj); // resurrected: drop our reference the ordinary way (queued, never recursing)
  return true;
}

/**
 * The collector's finalizer pass over cyclic garbage (heap/gc.ts): `needs` says whether
 * `obj` has a finalizer that has not run (an instance with __del__ not yet finalized, a
 * suspended generator, a coroutine never awaited and not yet warned about), `run` runs it
 * on the object the collector holds.
 */
export function garbageNeedsFinalizer(rt: Runtime, obj: Ref): boolean {
  if (rt.ts === 0) return false;
  const type = typeOf(rt, obj);
  if ((rt.i32[(type + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0) return (rt.i32[(obj + OB_FLAGS) >> 2]! & FLAG_FINALIZED) === 0;
  return generatorNeedsClose(rt, obj) || coroutineNeverAwaited(rt, obj);
}

export function finalizeGarbage(rt: Runtime, obj: Ref): void {
  const type = typeOf(rt, obj);
  if ((rt.i32[(type + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0) {
    if (!claimFinalizer(rt, obj)) return;
    const del = typeLookup(rt, type, internName(rt, '__del__'));
    if (del !== 0) callDel(rt, obj, del);
    return;
  }
  if (coroutineNeverAwaited(rt, obj)) warnCoroutineNeverAwaited(rt, obj);
  else generatorCloseUnraisable(rt, obj);
}

/**
 * Objects with finalizers in the order their finalizers run: creation order
 * (Runtime.finalizerOrder), as CPython runs them in the order its objects were tracked; the
 * objects of unknown age after the others, in heap order.
 */
export function sortByCreation(rt: Runtime, refs: Ref[]): void {
  const age = (ref: Ref): number => rt.finalizerOrder.get(ref) ?? Infinity;
  refs.sort((x, y) => age(x) - age(y) || x - y);
}

/** Sets FLAG_FINALIZED; false when it was already set (the finalizer ran before). */
function claimFinalizer(rt: Runtime, obj: Ref): boolean {
  return (Atomics.or(rt.i32, (obj + OB_FLAGS) >> 2, FLAG_FINALIZED) & FLAG_FINALIZED) === 0;
}

/** Calls __del__ on obj (which the caller holds), reporting an exception as unraisable. */
function callDel(rt: Runtime, obj: Ref, del: Ref): void {
  runUnraisable(rt, del, '<function __del__>', () => {
    const r = callWithSelf0(rt, del, obj);
    decref(rt, r);
    return r !== 0;
  });
}

/**
 * Interpreter exit: the objects still referenced from __main__'s namespace die, and their
 * __del__ methods run (and print) before the process ends, in the order CPython 3.11 shows
 * (Py_FinalizeEx, finalize_modules):
 *  0. A cycle collection when gc is enabled (PyGC_Collect): cyclic garbage made earlier is
 *     finalized first.
 *  1. __main__ leaves sys.modules. A namespace that nothing else holds (no function or
 *     class of the script refers to it) dies then by its count: its values are released
 *     in namespace order (dict_dealloc).
 *  2. Otherwise the namespace is cyclic garbage in CPython's last collection, which runs
 *     the finalizers of everything it reaches before it clears anything (PEP 442): every
 *     __del__ still sees the module's globals. Their order is the collector's list order,
 *     simulated by objects/exitorder.ts. Then every name but __builtins__ is set to None,
 *     in namespace order, and a last collection frees the rest.
 *  3. The namespaces of the script's own imported modules are cyclic garbage of the same
 *     collection: the finalizers of what they reach run after __main__'s.
 * Steps 0-2 are done only when __main__ reaches an instance of a class with __del__ or a
 * suspended generator (nothing else observes it, and freeing big structures at exit costs
 * time). clearMainAtExit is the entry; clearMain does steps 0-2.
 */

/** How many objects clearMainAtExit's look for a finalizer may visit (a huge list of plain
 * values is not walked to the end). */
const FINALIZABLE_SCAN_BUDGET = 100_000;

/** The most objects reachable from __main__ for which exitorder.ts simulates CPython's
 * order; past it, a cheaper approximation (finalizeReachedInstances). */
const EXIT_ORDER_LIMIT = 2_000_000;

/** The most objects the look past holdsFinalizable's two levels visits. */
const FINALIZABLE_PROBE_LIMIT = 5_000;

/**
 * True if v, or what a list, tuple, dict or set holds (`depth` levels down), has a __del__
 * or is a generator to close: asyncio tasks kept in a global list still report "Task
 * exception was never retrieved" at exit, as CPython's. `budget.left` bounds the walk.
 */
function holdsFinalizable(rt: Runtime, v: Ref, depth: number, budget: { left: number }): boolean {
  if ((v & 1) === 1 || --budget.left < 0) return false;
  const kind = kindOf(rt, v);
  const t = kind === Kind.TYPE ? v : typeOf(rt, v);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0 || generatorNeedsClose(rt, v)) return true;
  if (depth === 0) return false;
  if (kind === Kind.LIST || kind === Kind.TUPLE) {
    const n = kind === Kind.LIST ? listSize(rt, v) : tupleSize(rt, v);
    for (let i = 0; i < n && budget.left > 0; i++) {
      if (holdsFinalizable(rt, kind === Kind.LIST ? listItem(rt, v, i) : tupleItem(rt, v, i), depth - 1, budget)) return true;
    }
  } else if (kind === Kind.DICT || kind === Kind.SET || kind === Kind.FROZENSET) {
    for (let ix = dictNextEntry(rt, v, 0); ix >= 0 && budget.left > 0; ix = dictNextEntry(rt, v, ix + 1)) {
      if (holdsFinalizable(rt, kind === Kind.DICT ? dictEntryValue(rt, v, ix) : dictEntryKey(rt, v, ix), depth - 1, budget)) return true;
    }
  }
  return false;
}

export function clearMainAtExit(rt: Runtime): void {
  if (rt.ts === 0 || rt.modules === 0) return;
  flushOpenFiles(rt);
  // the script's own imported modules: their namespaces are cyclic garbage of the same last
  // collection (finalize_remove_modules took them out of sys.modules too)
  const userModules = userModuleNamespaces(rt);
  if (!clearMain(rt, userModules)) {
    const order = userModules.length === 0 ? [] : exitFinalizationOrder(rt, userModules, EXIT_ORDER_LIMIT);
    if (order !== null) finalizeInOrder(rt, order);
  }
  for (const ns of userModules) decref(rt, ns);
}

/** The namespaces (held: the caller releases them) of the modules in sys.modules, in its
 * order, that were imported from .py files outside gilvm's lib/ (the script's own). */
function userModuleNamespaces(rt: Runtime): Ref[] {
  const lib = libDirectory();
  const out: Ref[] = [];
  const fileName = rt.names.__file__;
  for (let ix = dictNextEntry(rt, rt.modules, 0); ix >= 0; ix = dictNextEntry(rt, rt.modules, ix + 1)) {
    const mod = dictEntryValue(rt, rt.modules, ix);
    if ((mod & 1) === 1 || kindOf(rt, mod) !== Kind.MODULE || dictEntryKey(rt, rt.modules, ix) === rt.names.__main__) continue;
    const ns = rt.i32[(mod + MOD_DICT) >> 2] as Ref;
    const file = ns === 0 ? 0 : dictGetStr(rt, ns, fileName);
    if (file === 0 || kindOf(rt, file) !== Kind.STR) continue;
    const path = strToJS(rt, file);
    if (lib !== null && path.startsWith(lib)) continue;
    incref(rt, ns);
    out.push(ns);
  }
  return out;
}

/** Steps 0-2 for __main__; true when step 2 also finalized `userModules`' objects (with
 * __main__'s, in one order). */
function clearMain(rt: Runtime, userModules: Ref[]): boolean {
  const main = dictGetStr(rt, rt.modules, rt.names.__main__);
  if (main === 0 || kindOf(rt, main) !== Kind.MODULE) return false;
  const d = rt.i32[(main + MOD_DICT) >> 2] as Ref;
  const keys: Ref[] = [];
  let wanted = false;
  const budget = { left: FINALIZABLE_SCAN_BUDGET };
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) {
    const k = dictEntryKey(rt, d, ix);
    if (!wanted && holdsFinalizable(rt, dictEntryValue(rt, d, ix), 2, budget)) wanted = true;
    if (kindOf(rt, k) === Kind.STR) keys.push(k);
  }
  if (!wanted) {
    // held further down (a generator in a zip, a closure's cell): the full walk, bounded
    if (!reachesFinalizer(rt, [d], FINALIZABLE_PROBE_LIMIT)) return false;
  }
  if (gcIsEnabled(rt)) gcCollect(rt);
  incref(rt, d);
  if (dictDelItem(rt, rt.modules, rt.names.__main__) < 0) clearError(rt);
  if (rt.rc.getrefcount(d) === 1) {
    // step 1: only this hold is left
    decref(rt, d);
    gcCollect(rt);
    return false;
  }
  const order = exitFinalizationOrder(rt, [d, ...userModules], EXIT_ORDER_LIMIT);
  if (order !== null) finalizeInOrder(rt, order);
  else finalizeReachedInstances(rt, d);
  for (const k of keys) incref(rt, k);
  for (const k of keys) {
    if (k === rt.names.__builtins__) continue;
    const v = dictGetStr(rt, d, k);
    if (v === 0 || v === rt.None) continue;
    if (dictSetItem(rt, d, k, rt.None) < 0) clearError(rt);
  }
  for (const k of keys) decref(rt, k);
  decref(rt, d);
  gcCollect(rt);
  return order !== null;
}

/** Runs the finalizers of `objs` (each one not yet run) in their order, holding them all. */
function finalizeInOrder(rt: Runtime, objs: Ref[]): void {
  for (const obj of objs) incref(rt, obj);
  for (const obj of objs) {
    if (garbageNeedsFinalizer(rt, obj)) finalizeGarbage(rt, obj);
    decref(rt, obj);
  }
}

/**
 * clearMainAtExit's step 2 when the namespace reaches more than EXIT_ORDER_LIMIT objects: the
 * __del__ of every instance reached from namespace `d`
 * through its values and, from an instance, through its attributes (its __dict__), and the
 * close() of the suspended generators reached so, in creation order; not through lists,
 * tuples, dicts, sets or any other object.
 */
function finalizeReachedInstances(rt: Runtime, d: Ref): void {
  const seen = new Set<number>();
  const found: Ref[] = [];
  const work: Ref[] = [];
  const reach = (dict: Ref): void => {
    for (let ix = dictNextEntry(rt, dict, 0); ix >= 0; ix = dictNextEntry(rt, dict, ix + 1)) {
      const v = dictEntryValue(rt, dict, ix);
      if ((v & 1) !== 0 || v === 0 || seen.has(v)) continue;
      const kind = kindOf(rt, v);
      if (kind === Kind.OBJECT) {
        seen.add(v);
        work.push(v);
      } else if ((kind === Kind.GENERATOR || kind === Kind.COROUTINE || kind === Kind.ASYNC_GENERATOR) && generatorNeedsClose(rt, v)) {
        seen.add(v);
        found.push(v);
      }
    }
  };
  reach(d);
  while (work.length > 0) {
    const obj = work.pop()!;
    if ((rt.i32[(typeOf(rt, obj) + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0) found.push(obj);
    const attrs = instanceDict(rt, obj, false);
    if (attrs !== 0) reach(attrs);
  }
  sortByCreation(rt, found);
  for (const obj of found) incref(rt, obj);
  for (const obj of found) {
    if (garbageNeedsFinalizer(rt, obj)) finalizeGarbage(rt, obj);
    decref(rt, obj);
  }
}

/** Files opened for writing and not closed get their buffered text written at exit
 * (lib/_io.py _flush_all), as CPython's io finalization does. Only if _io was imported. */
function flushOpenFiles(rt: Runtime): void {
  const io = dictGetStr(rt, rt.modules, internName(rt, '_io'));
  if (io === 0 || kindOf(rt, io) !== Kind.MODULE) return;
  const fn = dictGetStr(rt, rt.i32[(io + MOD_DICT) >> 2] as Ref, internName(rt, '_flush_all'));
  if (fn === 0) return;
  const saved = rt.i32[(rt.ts + TS_CUREXC) >> 2]!;
  rt.i32[(rt.ts + TS_CUREXC) >> 2] = 0;
  const r = call0(rt, fn);
  if (r === 0) clearError(rt);
  else decref(rt, r);
  rt.i32[(rt.ts + TS_CUREXC) >> 2] = saved;
}
