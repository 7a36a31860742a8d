/*
 * Built-ins that hand a generator's consumption to Python: sum(gen), any(gen), all(gen),
 * min(gen), max(gen), sorted(gen), list(gen), tuple(gen), set(gen), frozenset(gen) and
 * sep.join(gen), called by the eval loop's CALL with the generator as their only iterable.
 *
 * Why: a native that iterates a generator resumes it through a nested eval-loop activation
 * per item (objects/generator.ts resumeNested: ~60 ns of entry, exit and bookkeeping each,
 * most of `sum(i * i for i in range(n))`'s time beyond CPython's). The function of the same
 * name in lib/_iterconsume.py does the same work with a `for` loop, whose FOR_ITER runs the
 * generator's frame on the caller's activation, as a `for` statement over it would.
 *
 * How: such a native, called with a generator, checks that the loop's CALL called it
 * (calledByLoopCall: its arguments end where the calling frame's saved stack pointer does
 * and the instruction before the frame's saved ip is CALL; a native called from JS has
 * its arguments in a scratch area above the frame), pushes the helper's frame with its own
 * arguments (redirectToHelper) and returns REDIRECT_CALL. CALL releases its stack words as
 * for any call and runs the pushed frame (Runtime.redirectFrame) as a Python function's,
 * whose return value is the call's result. list(gen) and its kin are type calls, so CALL
 * asks typeCallRedirect before the generic type call.
 *
 * The helper's frame stands for C code: tracebacks leave lib/_*.py frames out, and one
 * standing for a built-in that CPython calls without charging a recursion level (sum,
 * sorted, list, tuple, set, frozenset) is flagged FRF_NO_LEVEL, so that a recursion through
 * `sum(f(c) for c in children)` meets the limit where CPython's does. any, all, min, max
 * and str.join charge one level (their natives' enterRecursiveCall, CPython's
 * cfunction_vectorcall_O and method_vectorcall_O), so their helper's frame counts one.
 */
import { NULL, type Ref, smallIntRef } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import { CO_INSNS_WORD } from '../objects/code.js';
import { Kind } from '../objects/kinds.js';
import { TP_KIND } from '../objects/typelayout.js';
import { MOD_DICT } from '../objects/method.js';
import { dictGetStr } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { decref } from './refs.js';
import { importModule } from '../modules/importer.js';
import { frameForCall } from './call.js';
import { FR_CODE, FR_FLAGS, FR_IP, FR_SP, FRF_NO_LEVEL } from './frame.js';
import { TS_FRAME } from './threadstate.js';
import { registerJoinRedirect } from '../objects/strmethods.js';

/** A native's answer "my call continues in Runtime.redirectFrame" (vm/blocking.ts's
 * RETRY_CALL is 4; neither is a reference: objects are 8-byte aligned, ints odd). */
export const REDIRECT_CALL = 12 as Ref;

/** The helper module (lib/_iterconsume.py). */
const HELPER_MODULE = '_iterconsume';

/** Whether v is a generator object (not a coroutine or an async generator). */
export function isGenerator(rt: Runtime, v: Ref): boolean {
  return (v & 1) === 0 && v !== NULL && rt.i32[(rt.i32[v >> 2]! + TP_KIND) >> 2] === Kind.GENERATOR;
}

/** Whether the native called with `nargs` arguments at word `args` was called by the eval
 * loop's CALL of the current frame (see the file comment). */
export function calledByLoopCall(rt: Runtime, args: number, nargs: number): boolean {
  const i32 = rt.i32;
  const fp = i32[(rt.ts + TS_FRAME) >> 2]!;
  if (fp === 0 || args + nargs !== fp + i32[fp + FR_SP]!) return false;
  const ip = i32[fp + FR_IP]!;
  return ip > 0 && (i32[(i32[fp + FR_CODE]! >> 2) + CO_INSNS_WORD + ip - 1]! & 0xff) === Op.CALL;
}

/**
 * Pushes the frame of lib/_iterconsume.py's function `name` with the `nargs` arguments at
 * word `args` (counted) and returns REDIRECT_CALL; `levels` 0 flags it FRF_NO_LEVEL. NULL
 * with the exception set when the module cannot be imported or the arguments do not bind.
 */
export function redirectToHelper(rt: Runtime, name: string, args: number, nargs: number, levels: 0 | 1): Ref {
  const i32 = rt.i32;
  const modName = internJS(rt, HELPER_MODULE);
  let mod = dictGetStr(rt, rt.modules, modName);
  if (mod === NULL) {
    // first use: import it (a module body run by the VM; later calls find it in sys.modules)
    mod = importModule(rt, modName, rt.None, smallIntRef(0), NULL);
    if (mod === NULL) return NULL;
    decref(rt, mod); // sys.modules keeps it
  }
  const fn = rt.i32[(rt.i32[mod >> 2]! + TP_KIND) >> 2] === Kind.MODULE ? dictGetStr(rt, i32[(mod + MOD_DICT) >> 2] as Ref, internJS(rt, name)) : NULL;
  if (fn === NULL || rt.i32[(rt.i32[fn >> 2]! + TP_KIND) >> 2] !== Kind.FUNCTION) {
    // a program that replaced sys.modules['_iterconsume']: not ours to run
    return NULL;
  }
  const fp = frameForCall(rt, fn, args, nargs, NULL);
  if (fp === 0) return NULL;
  if (levels === 0) i32[fp + FR_FLAGS]! |= FRF_NO_LEVEL;
  rt.redirectFrame = fp;
  return REDIRECT_CALL;
}

/** A native's check and hand-over in one: REDIRECT_CALL (the helper's frame pushed) when
 * `iterable` is a generator and the loop's CALL called the native; NULL when the native
 * should do the work itself, or failed with the exception set (errOccurred tells). */
export function maybeRedirect(rt: Runtime, name: string, iterable: Ref, args: number, nargs: number, levels: 0 | 1): Ref {
  if (!isGenerator(rt, iterable) || !calledByLoopCall(rt, args, nargs)) return NULL;
  return redirectToHelper(rt, name, args, nargs, levels);
}

/** CALL on a built-in class with one positional argument that is a generator: list, tuple,
 * set and frozenset exactly hand it over (REDIRECT_CALL); any other class: NULL (the
 * generic type call runs). */
export function typeCallRedirect(rt: Runtime, cls: Ref, args: number): Ref {
  const name = cls === rt.tList ? 'list' : cls === rt.tTuple ? 'tuple' : cls === rt.tSet ? 'set' : cls === rt.tFrozenset ? 'frozenset' : null;
  if (name === null) return NULL;
  return redirectToHelper(rt, name, args, 1, 0);
}

/** The frame a REDIRECT_CALL left (and no longer). */
export function takeRedirectFrame(rt: Runtime): number {
  const fp = rt.redirectFrame;
  rt.redirectFrame = 0;
  return fp;
}

registerJoinRedirect((rt, seq, args, nargs) => maybeRedirect(rt, 'join', seq, args, nargs, 1));
