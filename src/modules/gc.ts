/*
 * The gc module: collect, enable, disable, isenabled, is_tracked (dicts of atomic values
 * answer False, as in CPython), get_count, get_threshold,
 * set_threshold, and the lists garbage and callbacks (CPython's attributes; garbage stays
 * empty: no DEBUG_SAVEALL; the callbacks are called around gc.collect() and around the
 * automatic collections of the GIL build, not those that stop the no-GIL world).
 *
 * State: the "automatic collection enabled" flag is one word of the interpreter-state
 * block (vm/interp.ts), IS_GC_DISABLED (word 31, the last of IS_WORDS, unused by
 * interp.ts; zero = enabled, so a fresh heap starts enabled), so every executor attached
 * to the heap sees the same flag.
 *
 * Thresholds: three heap words (HDR_GC_THRESHOLD..2, heap/memory.ts), shared like the flag;
 * the first is the automatic collection's trigger (objects/gcsupport.ts gcDue), 0 turning
 * it off as in CPython. There is one generation here (every collection is full), so the
 * other two only round-trip through get_threshold, and get_count's second and third
 * numbers (collections of the younger generation since the older one's) are always 0.
 *
 * Hook for the cycle collector: `setCollectHook(fn)` registers the JS function that
 * gc.collect(generation) calls; it returns the number of unreachable objects found.
 * Until the collector is wired, collect() returns 0. The hook is code, not state (set
 * once at import time by the collector's module, the same in every executor), which is
 * why this file keeps it in a module-level variable.
 */
import { NULL, type Ref } from '../heap/layout.js';
import { isGcTracked } from '../heap/gc.js';
import { HDR_GC_THRESHOLD, HDR_GC_THRESHOLD1, HDR_GC_THRESHOLD2 } from '../heap/memory.js';
import type { Runtime } from '../vm/runtime.js';
import { clearError, raiseOverflow, raiseTypeError, raiseValueError } from '../vm/errors.js';
import { gcPending } from '../objects/gcsupport.js';
import { intFromNumber } from '../objects/int.js';
import { makeModule, defineFunctions, intArgNumber, checkArgs, nkwOf } from './math.js';
import { strToJS } from '../objects/str.js';
import { tupleFromRefs, tupleItem } from '../objects/tuple.js';
import { listItem, listNew, listSize } from '../objects/list.js';
import { dictEntryKey, dictEntryValue, dictGetStr, dictNew, dictNextEntry, dictSetItem } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { strFromJS } from '../objects/str.js';
import { MOD_DICT } from '../objects/method.js';
import { decref, newRef } from '../vm/refs.js';
import { call2 } from '../vm/call.js';
import { runUnraisable } from '../vm/traceback.js';
import { kindOf, typeOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';

/**
 * gc.callbacks around a gc.collect() (CPython's invoke_gc_callback): each callable in the
 * list, called with the phase ('start' or 'stop') and {'generation', 'collected',
 * 'uncollectable'}; an exception is reported as "Exception ignored in: <callback>"
 * and dropped. False only when the info dict could not be made (an error is set).
 */
function invokeCallbacks(rt: Runtime, phase: string, generation: number, collected: number): boolean {
  const gc = dictGetStr(rt, rt.modules, internJS(rt, 'gc'));
  if (gc === NULL || kindOf(rt, gc) !== Kind.MODULE) return true;
  const callbacks = dictGetStr(rt, rt.i32[(gc + MOD_DICT) >> 2] as Ref, internJS(rt, 'callbacks'));
  if (callbacks === NULL || kindOf(rt, callbacks) !== Kind.LIST || listSize(rt, callbacks) === 0) return true;
  const info = dictNew(rt);
  const entries: [string, number][] = [['generation', generation], ['collected', collected], ['uncollectable', 0]];
  for (const [k, v] of entries) {
    const value = intFromNumber(rt, v);
    const ok = dictSetItem(rt, info, internJS(rt, k), value);
    decref(rt, value);
    if (ok < 0) { decref(rt, info); return false; }
  }
  const phaseStr = strFromJS(rt, phase);
  // held, in the order they are now: a callback may change the list
  const held: Ref[] = [];
  for (let i = 0; i < listSize(rt, callbacks); i++) held.push(newRef(rt, listItem(rt, callbacks, i)));
  for (const cb of held) {
    runUnraisable(rt, cb, '<gc callback>', () => {
      const r = call2(rt, cb, phaseStr, info);
      decref(rt, r);
      return r !== NULL;
    });
    decref(rt, cb);
  }
  decref(rt, phaseStr);
  decref(rt, info);
  return true;
}

/**
 * gc.is_tracked's answer. Every dict here is tracked from its creation; CPython tracks a
 * dict only once a key or value that may be tracked goes in (MAINTAIN_TRACKING), so an
 * exact dict of atomic keys and values answers False, as `gc.is_tracked({"a": 1})` does
 * there. (CPython keeps a dict tracked after such an entry is deleted, until a collection.)
 */
function isTrackedAsCPython(rt: Runtime, v: Ref): boolean {
  if (!isGcTracked(rt.heap, v)) return false;
  if (kindOf(rt, v) !== Kind.DICT || typeOf(rt, v) !== rt.tDict) return true;
  for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
    if (isGcTracked(rt.heap, dictEntryKey(rt, v, ix)) || isGcTracked(rt.heap, dictEntryValue(rt, v, ix))) return true;
  }
  return false;
}

const THRESHOLD_WORDS = [HDR_GC_THRESHOLD >> 2, HDR_GC_THRESHOLD1 >> 2, HDR_GC_THRESHOLD2 >> 2];
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** A tuple of JS ints (small ints: no references to release). New reference. */
function intTuple(rt: Runtime, values: readonly number[]): Ref {
  return tupleFromRefs(rt, values.map((v) => intFromNumber(rt, v)));
}

/** The automatic collections' gc.callbacks (objects/gcsupport.ts gcSafePoint; vm/interp.ts
 * registers it once every module has loaded): an info dict that cannot be made
 * (MemoryError) skips them. */
export function automaticCollectionCallbacks(rt: Runtime, phase: 'start' | 'stop', generation: number, collected: number): void {
  if (!invokeCallbacks(rt, phase, generation, collected)) clearError(rt);
}

/** Interpreter-state word holding 1 while automatic collection is disabled. */
export const IS_GC_DISABLED = 31;

export type CollectHook = (rt: Runtime, generation: number) => number;

let collectHook: CollectHook | null = null;

/** Connects gc.collect() to the cycle collector (returns the number collected). */
export function setCollectHook(hook: CollectHook | null): void {
  collectHook = hook;
}

/** True when automatic collection is enabled (for the cycle collector's trigger). */
export function gcIsEnabled(rt: Runtime): boolean {
  return rt.i32[(rt.interp >> 2) + IS_GC_DISABLED] === 0;
}

const GC_FUNCTIONS = defineFunctions([
    ['collect', (rt, args, nargs, kwnames) => {
      // Argument Clinic's collect(generation=2): one argument, by position or by name
      if (nargs > 1) return raiseTypeError(rt, `collect() takes at most 1 argument (${nargs} given)`);
      if (nkwOf(rt, kwnames) === 1) {
        const kn = strToJS(rt, tupleItem(rt, kwnames, 0));
        if (kn !== 'generation') return raiseTypeError(rt, `'${kn}' is an invalid keyword argument for collect()`);
      }
      let generation = 2;
      if (nargs === 1) {
        const g = intArgNumber(rt, rt.i32[args] as Ref);
        if (g === null) return NULL;
        if (g < 0 || g > 2) return raiseValueError(rt, 'invalid generation');
        generation = g;
      }
      if (!invokeCallbacks(rt, 'start', generation, 0)) return NULL;
      const collected = collectHook === null ? 0 : collectHook(rt, generation);
      if (!invokeCallbacks(rt, 'stop', generation, collected)) return NULL;
      return intFromNumber(rt, collected);
    }],
    ['enable', (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'gc.enable', nargs, kwnames, 0, 0)) return NULL;
      rt.i32[(rt.interp >> 2) + IS_GC_DISABLED] = 0;
      return rt.None;
    }],
    ['disable', (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'gc.disable', nargs, kwnames, 0, 0)) return NULL;
      rt.i32[(rt.interp >> 2) + IS_GC_DISABLED] = 1;
      return rt.None;
    }],
    ['isenabled', (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'gc.isenabled', nargs, kwnames, 0, 0)) return NULL;
      return gcIsEnabled(rt) ? rt.True : rt.False;
    }],
    ['is_tracked', (rt, args, nargs, kwnames) => {
      if (!checkArgs(rt, 'gc.is_tracked', nargs, kwnames, 1, 1)) return NULL;
      return isTrackedAsCPython(rt, rt.i32[args] as Ref) ? rt.True : rt.False;
    }],
    ['get_count', (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'gc.get_count', nargs, kwnames, 0, 0)) return NULL;
      // created minus destroyed since the last collection; CPython's count never goes below 0
      return intTuple(rt, [Math.max(0, gcPending(rt)), 0, 0]);
    }],
    ['get_threshold', (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'gc.get_threshold', nargs, kwnames, 0, 0)) return NULL;
      return intTuple(rt, THRESHOLD_WORDS.map((w) => Atomics.load(rt.i32, w)));
    }],
    ['set_threshold', (rt, args, nargs, kwnames) => {
      // CPython's PyArg_ParseTuple("i|ii"): positional C ints only
      if (nkwOf(rt, kwnames) > 0) return raiseTypeError(rt, 'set_threshold() takes no keyword arguments');
      if (nargs < 1) return raiseTypeError(rt, `set_threshold() takes at least 1 argument (${nargs} given)`);
      if (nargs > 3) return raiseTypeError(rt, `set_threshold() takes at most 3 arguments (${nargs} given)`);
      const values: number[] = [];
      for (let i = 0; i < nargs; i++) {
        const v = intArgNumber(rt, rt.i32[args + i] as Ref);
        if (v === null) return NULL;
        if (v > INT_MAX) return raiseOverflow(rt, 'signed integer is greater than maximum');
        if (v < INT_MIN) return raiseOverflow(rt, 'signed integer is less than minimum');
        values.push(v);
      }
      values.forEach((v, i) => Atomics.store(rt.i32, THRESHOLD_WORDS[i]!, v));
      return rt.None;
    }],
]);

export function createGcModule(rt: Runtime): Ref {
  return makeModule(rt, 'gc', GC_FUNCTIONS, [['garbage', listNew(rt, 0)], ['callbacks', listNew(rt, 0)]]);
}
