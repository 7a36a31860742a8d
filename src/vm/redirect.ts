/*
 * Built-ins that hand a generator's consumption to Python: sum(gen), any(gen), all(gen),
 * max(gen) and min(gen), called by the eval loop's CALL with the generator as their only
 * positional argument (no keywords; sum's start may be given).
 *
 * Why: the native resumes the generator through a nested eval-loop activation per item
 * (objects/generator.ts resumeNested), a level of JS recursion. A recursion through it,
 * `return 1 + sum(size(c) for c in node.children)`, met JavaScript's stack limit
 * (vm/stackguard.ts) before sys.getrecursionlimit(): at 300-400 levels of that tree, where
 * CPython reaches 498, and at a depth that moved with V8's compiled code. The function of
 * the same name in lib/_iterconsume.py does the same work with a `for` loop, whose FOR_ITER
 * runs the generator's frame on the caller's activation: no JS recursion. The hand-over is
 * made only once the JS stack is deep (stackguard.ts jsStackDeep: 48 nested levels), where
 * a recursion through the natives is going on: the native is faster on the whole (a float
 * sum keeps a JS double; measured with the hand-over at every call: spectral_norm.py
 * 1.08-1.11x, a three-item generator ~15% more per call, long generators 0.87-1.04x), and
 * both give the same results. list(gen), tuple(gen), sorted(gen) and str.join(gen) keep
 * their natives at any depth (a helper was 1.25-1.31x slower; str.join charges the level
 * CPython's method_vectorcall_O does, objects/strmethods.ts).
 *
 * How: such a native, called with a generator, checks that the loop's CALL called it
 * (calledByLoopCall: its arguments end where the calling frame's saved stack pointer does
 * and the instruction before the frame's saved ip is CALL; a native called from JS has its
 * arguments in a scratch area above the frame), pushes the helper's frame with its own
 * arguments (redirectToHelper) and returns REDIRECT_CALL. CALL releases its stack words as
 * for any call and runs the pushed frame (Runtime.redirectFrame) as a Python function's,
 * whose return value is the call's result.
 *
 * The helper's frame stands for C code: tracebacks leave lib/_*.py frames out. sum's is
 * flagged FRF_NO_LEVEL: CPython calls sum without charging a recursion level, so the
 * generator's frame is the only level its call adds. any, all, max and min charge one
 * (their natives' enterRecursiveCall, CPython's cfunction_vectorcall_O / _PyObject_MakeTpCall),
 * so their helper's frame counts one.
 */
import { NULL, type Ref, smallIntRef } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import { CO_INSNS_WORD } from '../objects/code.js';
import { Kind } from '../objects/kinds.js';
import { kindOf } from '../objects/object.js';
import { MOD_DICT } from '../objects/method.js';
import { dictGetStr } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { decref } from './refs.js';
import { importModule } from '../modules/importer.js';
import { frameForCall } from './call.js';
import { FR_CODE, FR_FLAGS, FR_IP, FR_SP, FRF_NO_LEVEL } from './frame.js';
import { TS_FRAME } from './threadstate.js';
import { jsStackDeep } from './stackguard.js';

/** A native's answer "my call continues in Runtime.redirectFrame" (vm/blocking.ts's
 * RETRY_CALL is 4; neither is a reference: objects are 8-byte aligned, ints odd). */
export const REDIRECT_CALL = 12 as Ref;

/** The helper module (lib/_iterconsume.py). */
const HELPER_MODULE = '_iterconsume';

/** Whether the native called with `nargs` arguments at word `args` was called by the eval
 * loop's CALL of the current frame (see the file comment). */
function calledByLoopCall(rt: Runtime, args: number, nargs: number): boolean {
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
function redirectToHelper(rt: Runtime, name: string, args: number, nargs: number, levels: 0 | 1): Ref {
  const i32 = rt.i32;
  const modName = internJS(rt, HELPER_MODULE);
  let mod = dictGetStr(rt, rt.modules, modName);
  if (mod === NULL) {
    // first use: import it (a module body run by the VM; later calls find it in sys.modules)
    mod = importModule(rt, modName, rt.None, smallIntRef(0), NULL);
    if (mod === NULL) return NULL;
    decref(rt, mod); // sys.modules keeps it
  }
  const fn = kindOf(rt, mod) === Kind.MODULE ? dictGetStr(rt, i32[(mod + MOD_DICT) >> 2] as Ref, internJS(rt, name)) : NULL;
  if (fn === NULL || kindOf(rt, fn) !== Kind.FUNCTION) {
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
 * the JS stack is deep, `iterable` is a generator and the loop's CALL called the native; NULL when the native
 * should do the work itself, or failed with the exception set (errOccurred tells). */
export function maybeRedirect(rt: Runtime, name: string, iterable: Ref, args: number, nargs: number, levels: 0 | 1): Ref {
  // a generator only (a coroutine or async generator is not iterated by these)
  if (!jsStackDeep() || kindOf(rt, iterable) !== Kind.GENERATOR || !calledByLoopCall(rt, args, nargs)) return NULL;
  return redirectToHelper(rt, name, args, nargs, levels);
}

/** The frame a REDIRECT_CALL left (and no longer). */
export function takeRedirectFrame(rt: Runtime): number {
  const fp = rt.redirectFrame;
  rt.redirectFrame = 0;
  return fp;
}
