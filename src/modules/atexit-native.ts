/*
 * `_atexit`: the natives of lib/atexit.py, and the exit hook that runs its callbacks.
 *
 * `call_reporting(func, args, kwargs)` calls func(*args, **kwargs) and reports an exception
 * as CPython's atexit does ("Exception ignored in atexit callback: <repr of func>" and the
 * traceback, SystemExit included; vm/traceback.ts runUnraisable) instead of raising it: the
 * traceback starts at the callback's frame, as CPython's, since the exception never
 * reaches the Python frame that called this native.
 *
 * `runAtexitCallbacks(rt)` is vm/run.ts's exit step (after the program and its threads
 * have ended, before __main__ is torn down, as in CPython's Py_FinalizeEx): when the
 * program imported atexit, its `_run_exitfuncs()` runs the callbacks, last registered
 * first. os._exit and a multiprocessing child's end skip it, as in CPython.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { clearError } from '../vm/errors.js';
import { callWithTupleDict, call0 } from '../vm/call.js';
import { runUnraisable } from '../vm/traceback.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { dictGetStr } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { MOD_DICT } from '../objects/method.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

const ATEXIT_FUNCTIONS = defineFunctions([
  ['call_reporting', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'call_reporting', nargs, kwnames, 3, 3)) return NULL;
    const i32 = rt.i32;
    const func = i32[args] as Ref;
    const posargs = i32[args + 1] as Ref;
    const kwargs = i32[args + 2] as Ref;
    runUnraisable(rt, func, '<object repr() failed>', () => {
      const r = callWithTupleDict(rt, func, NULL, posargs, kwargs === rt.None ? NULL : kwargs);
      decref(rt, r);
      return r !== NULL;
    }, 'in atexit callback');
    return rt.None;
  }],
]);

export function createAtexitNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_atexit', ATEXIT_FUNCTIONS, []);
}

/** The exit step: the atexit callbacks, if the program imported atexit (see above). */
export function runAtexitCallbacks(rt: Runtime): void {
  if (rt.ts === 0 || rt.modules === 0) return;
  const mod = dictGetStr(rt, rt.modules, internJS(rt, 'atexit'));
  if (mod === NULL || kindOf(rt, mod) !== Kind.MODULE) return;
  const run = dictGetStr(rt, rt.i32[(mod + MOD_DICT) >> 2] as Ref, internJS(rt, '_run_exitfuncs'));
  if (run === NULL) return;
  const r = call0(rt, run);
  if (r === NULL) clearError(rt);
  else decref(rt, r);
}
