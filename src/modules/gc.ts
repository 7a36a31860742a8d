/*
 * The gc module: collect, enable, disable, isenabled.
 *
 * State: the "automatic collection enabled" flag is one word of the interpreter-state
 * block (vm/interp.ts), IS_GC_DISABLED (word 31, the last of IS_WORDS, unused by
 * interp.ts; zero = enabled, so a fresh heap starts enabled), so every executor attached
 * to the heap sees the same flag.
 *
 * Hook for the cycle collector: `setCollectHook(fn)` registers the JS function that
 * gc.collect(generation) calls; it returns the number of unreachable objects found.
 * Until the collector is wired, collect() returns 0. The hook is code, not state (set
 * once at import time by the collector's module, the same in every executor), which is
 * why this file keeps it in a module-level variable.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { raiseTypeError, raiseValueError } from '../vm/errors.js';
import { intFromNumber } from '../objects/int.js';
import { makeModule, defineFunctions, intArgNumber, checkArgs, nkwOf } from './math.js';
import { strToJS } from '../objects/str.js';
import { tupleItem } from '../objects/tuple.js';

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
      return intFromNumber(rt, collectHook === null ? 0 : collectHook(rt, generation));
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
]);

export function createGcModule(rt: Runtime): Ref {
  return makeModule(rt, 'gc', GC_FUNCTIONS, []);
}
