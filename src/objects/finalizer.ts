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
import { dictGetStr, dictNextEntry, dictEntryKey, dictEntryValue, dictSetItem } from './dict.js';
import { kindOf } from './object.js';
import { Kind } from './kinds.js';
import { strToJS } from './str.js';
import { TP_FLAGS, TPF_HAS_DEL } from './typelayout.js';
import { MOD_DICT } from './method.js';
import { clearError } from '../vm/errors.js';
import { TS_CUREXC } from '../vm/threadstate.js';
import { runUnraisable } from '../vm/traceback.js';
import { internName } from './abstract.js';
import { typeLookup } from './type.js';
import { typeOf } from './object.js';
import { callWithSelf0, call0 } from '../vm/call.js';
import { generatorCloseUnraisable, generatorNeedsClose } from './generator.js';
import { gcCollect } from './gcsupport.js';

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
 * suspended generator), `run` runs it on the object the collector holds.
 */
export function garbageNeedsFinalizer(rt: Runtime, obj: Ref): boolean {
  if (rt.ts === 0) return false;
  const type = typeOf(rt, obj);
  if ((rt.i32[(type + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0) return (rt.i32[(obj + OB_FLAGS) >> 2]! & FLAG_FINALIZED) === 0;
  return generatorNeedsClose(rt, obj);
}

export function finalizeGarbage(rt: Runtime, obj: Ref): void {
  const type = typeOf(rt, obj);
  if ((rt.i32[(type + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0) {
    if (!claimFinalizer(rt, obj)) return;
    const del = typeLookup(rt, type, internName(rt, '__del__'));
    if (del !== 0) callDel(rt, obj, del);
    return;
  }
  generatorCloseUnraisable(rt, obj);
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
 * Interpreter exit: the objects still referenced from __main__'s namespace die as in
 * CPython's module clearing (_PyModule_ClearDict): names beginning with exactly one
 * underscore are set to None first, then every other name but __builtins__, in namespace
 * order, so their __del__ methods run (and print) before the process ends; then a cycle
 * collection finalizes what was in cycles. Done only when __main__ defines or holds an
 * instance of a class with __del__, or holds a suspended generator (nothing else observes
 * it, and freeing big structures at exit costs time). CPython reaches most of these
 * objects through its cycle collector (the __main__ module is garbage by then), whose
 * order this does not reproduce when several finalizers run.
 */
export function clearMainAtExit(rt: Runtime): void {
  if (rt.ts === 0 || rt.modules === 0) return;
  flushOpenFiles(rt);
  const main = dictGetStr(rt, rt.modules, rt.names.__main__);
  if (main === 0 || kindOf(rt, main) !== Kind.MODULE) return;
  const d = rt.i32[(main + MOD_DICT) >> 2] as Ref;
  const keys: Ref[] = [];
  let wanted = false;
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) {
    const k = dictEntryKey(rt, d, ix);
    const v = dictEntryValue(rt, d, ix);
    const t = kindOf(rt, v) === Kind.TYPE ? v : typeOf(rt, v);
    if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0 || generatorNeedsClose(rt, v)) wanted = true;
    if (kindOf(rt, k) === Kind.STR) keys.push(k);
  }
  if (!wanted) return;
  for (const k of keys) incref(rt, k);
  const isPrivate = (k: Ref): boolean => {
    const s = strToJS(rt, k);
    return s.length > 1 && s[0] === '_' && s[1] !== '_';
  };
  for (const pass of [0, 1]) {
    for (const k of keys) {
      if ((pass === 0) !== isPrivate(k) || k === rt.names.__builtins__) continue;
      const v = dictGetStr(rt, d, k);
      if (v === 0 || v === rt.None) continue;
      if (dictSetItem(rt, d, k, rt.None) < 0) clearError(rt);
    }
  }
  for (const k of keys) decref(rt, k);
  gcCollect(rt);
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
