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
 *
 * `atexitInRunFunction(rt)`: in a program that started threads, the callbacks run earlier,
 * on the main thread while the run is live (vm/threads.ts startMainEpilogue), through
 * `_run_exitfuncs_in_run()`, which first waits for the non-daemon threads.
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
import { listSize } from '../objects/list.js';
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

/** atexit's module dict when the program imported it, else NULL. */
function atexitDict(rt: Runtime): Ref {
  if (rt.modules === 0) return NULL;
  const mod = dictGetStr(rt, rt.modules, internJS(rt, 'atexit'));
  if (mod === NULL || kindOf(rt, mod) !== Kind.MODULE) return NULL;
  return rt.i32[(mod + MOD_DICT) >> 2] as Ref;
}

/**
 * `_run_exitfuncs_in_run` (a new reference) when a callback is registered, else NULL: the
 * function the main thread of a threaded run goes on with once its code has ended.
 */
export function atexitInRunFunction(rt: Runtime): Ref {
  const dict = atexitDict(rt);
  if (dict === NULL) return NULL;
  const handlers = dictGetStr(rt, dict, internJS(rt, '_exithandlers'));
  if (handlers === NULL || kindOf(rt, handlers) !== Kind.LIST || listSize(rt, handlers) === 0) return NULL;
  const run = dictGetStr(rt, dict, internJS(rt, '_run_exitfuncs_in_run'));
  if (run === NULL || kindOf(rt, run) !== Kind.FUNCTION) return NULL;
  rt.rc.incref(run);
  return run;
}

/** The exit step: the atexit callbacks, if the program imported atexit (see above). */
export function runAtexitCallbacks(rt: Runtime): void {
  if (rt.ts === 0) return;
  const dict = atexitDict(rt);
  if (dict === NULL) return;
  const run = dictGetStr(rt, dict, internJS(rt, '_run_exitfuncs'));
  if (run === NULL) return;
  const r = call0(rt, run);
  if (r === NULL) clearError(rt);
  else decref(rt, r);
}
