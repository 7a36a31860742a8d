/*
 * generator: a suspended frame living inside the generator object, so that any thread
 * (on any executor) can resume it.
 *
 *   16 GEN_STATE     GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED
 *   20 GEN_NAME      str (borrowed from the immortal code; owned once GENF_OWNS_NAME is set)
 *   24 GEN_QUALNAME  str (the same, GENF_OWNS_QUALNAME)
 *   28 GEN_RETVAL    the return value, kept for SEND / yield from (owned), 0
 *   32 GEN_FRAMEWORDS  words of the frame
 *   36 GEN_FLAGS     GENF_* bits (GENF_WRAPPED: an async generator's last yield went
 *                    through ASYNC_GEN_WRAP, i.e. it is a value of `async for`, not a
 *                    value passed up by an `await` inside it); from bit 8 up, how many
 *                    PUSH_EXC_INFO of its frame have no POP_EXCEPT yet (GEN_HANDLER_UNIT
 *                    each, eval.ts): whether it suspends inside an except / finally block
 *   40 GEN_EXC_STATE the exception the suspended generator is handling (owned) or 0
 *   44 GEN_EXC_PREV  while running: the resumer's TS_EXC_INFO (owned) or 0
 *   48 GEN_FRAME     the frame (vm/frame.ts layout), FRF_GEN set, FR_GEN = the generator
 *
 * RETURN_GENERATOR copies the new frame (arguments already bound) from the data stack into
 * the object. The eval loop resumes it inline from FOR_ITER and SEND (linking the frame
 * above the caller's), and natives (next(), send()) resume it in a nested loop.
 * Exception state (CPython's gi_exc_state): entering a generator swaps the thread's
 * TS_EXC_INFO with the generator's own (GEN_EXC_STATE), suspending or finishing swaps
 * back, so a coroutine suspended inside an `except` block keeps its exception for a bare
 * `raise` while other tasks run and handle theirs.
 *
 * Coroutines (Kind.COROUTINE) and async generators (Kind.ASYNC_GENERATOR) share this
 * layout and every function here; only their type object (chosen from the code flags at
 * RETURN_GENERATOR) and their messages differ. Their own protocol (awaitables, asend,
 * athrow) is objects/coroutine.ts.
 *
 * Finalization (generatorFinalize, called by dealloc.ts before the block is freed): a
 * suspended generator is closed as CPython's _PyGen_Finalize does (GeneratorExit thrown in,
 * so `finally` blocks run when a generator is dropped after `break`), with the object
 * resurrected to count 1 for the duration; an error is reported as "Exception ignored in".
 * A coroutine dropped before it ever ran prints CPython's "never awaited" RuntimeWarning,
 * located at the running Python frame outside gilvm's lib/ (the line is the frame's last
 * saved instruction: exact for a dropped call result, `asyncio.sleep(1)` without await;
 * a local released at a return is reported in the returning frame, where CPython names
 * the caller).
 * With --no-gil too, on whichever executor drops it: the resurrection makes it that
 * executor's (heap/refcount.ts resurrectForFinalizer).
 */
import { NULL, FLAG_FINALIZED, OB_FLAGS, type Ref } from '../heap/layout.js';
import { libDirectory } from '../modules/libdir.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { releaseValue } from '../vm/nogil.js';
import { raiseValueError, raiseTypeError, raiseWithArg, errorMatches, fetchError, setRaised, currentError, errOccurred, raiseNew, clearError, restoreError } from '../vm/errors.js';
import { newObject } from './object.js';
import { Kind } from './kinds.js';
import { FR_BACK, FR_FLAGS, FR_GEN, FR_SP, FR_IP, FR_CODE, FRF_ENTRY, FRF_GEN, FRAME_HEADER_WORDS, FR_FUNC, FR_LOCALS } from '../vm/frame.js';
import { CO_FRAMEWORDS, CO_NAME, CO_QUALNAME, CO_NLOCALSPLUS, CO_INSNS_WORD, CO_FLAGS, CO_NEXC } from './code.js';
import { CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/code.js';
import { FN_NAME, FN_QUALNAME } from './function.js';
import { finalizerLeftDead, resurrectForFinalizer } from '../heap/refcount.js';
import { TS_CUREXC, TS_EXC_INFO } from '../vm/threadstate.js';
import { outputWrite } from '../vm/output.js';
import { runUnraisable } from '../vm/traceback.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import { kindOf, typeOf } from './object.js';
import { isSubtype } from './type.js';
import { getAttr, getAttrOptional } from './abstract.js';
import { call0, call1, frameDiscardContents, nestedSliceBudget } from '../vm/call.js';
import { jsStackEnter, jsStackLeave } from '../vm/stackguard.js';
import { tupleSize, tupleItem } from './tuple.js';
import { EXC_ARGS } from './exceptions.js';
import { TS_DEPTH, TS_FRAME, TS_NESTED, TS_RESULT } from '../vm/threadstate.js';
import { exceptionNewFromString, EXC_CAUSE, EXC_CONTEXT, frameLocalsIntoTraceback } from './exceptions.js';

export const GEN_STATE = 16;
export const GEN_NAME = 20;
export const GEN_QUALNAME = 24;
export const GEN_RETVAL = 28;
export const GEN_FRAMEWORDS = 32;
export const GEN_FLAGS = 36;
export const GEN_EXC_STATE = 40;
export const GEN_EXC_PREV = 44;
export const GEN_FRAME = 48;
export const GENF_WRAPPED = 1;
/** GEN_NAME / GEN_QUALNAME hold an owned str (a store to gen.__name__ / __qualname__), not
 * the code's borrowed one: dealloc releases it. */
export const GENF_OWNS_NAME = 2;
export const GENF_OWNS_QUALNAME = 4;
/** GEN_FLAGS's handler count step (see the layout above). */
export const GEN_HANDLER_UNIT = 256;
export const GEN_CREATED = 0;
export const GEN_SUSPENDED = 1;
export const GEN_RUNNING = 2;
export const GEN_FINISHED = 3;

type EvalFn = (rt: Runtime, budget: number, throwing?: boolean) => number;

export function generatorFrame(gen: Ref): number {
  return (gen + GEN_FRAME) >> 2;
}

/** Moves frame fp (on the data stack) into a new generator. New reference. */
export function generatorNew(rt: Runtime, fp: number): Ref {
  const i32 = rt.i32;
  const code = i32[fp + FR_CODE]!;
  const words = i32[(code + CO_FRAMEWORDS) >> 2]!;
  const coFlags = i32[(code + CO_FLAGS) >> 2]!;
  const kind = (coFlags & CO_COROUTINE) !== 0 ? Kind.COROUTINE : (coFlags & CO_ASYNC_GENERATOR) !== 0 ? Kind.ASYNC_GENERATOR : Kind.GENERATOR;
  const gen = newObject(rt, rt.kindTypes[kind]!, GEN_FRAME + words * 4);
  i32[(gen + GEN_STATE) >> 2] = GEN_CREATED;
  i32[(gen + GEN_FLAGS) >> 2] = 0;
  i32[(gen + GEN_EXC_STATE) >> 2] = 0;
  i32[(gen + GEN_EXC_PREV) >> 2] = 0;
  i32[(gen + GEN_NAME) >> 2] = i32[(code + CO_NAME) >> 2]!;
  i32[(gen + GEN_QUALNAME) >> 2] = i32[(code + CO_QUALNAME) >> 2]!;
  i32[(gen + GEN_FRAMEWORDS) >> 2] = words;
  // named as its function is now (CPython's gi_name = func.__name__), which a store to
  // __name__ / __qualname__ may have changed since the code was made
  const func = i32[fp + FR_FUNC]!;
  if (func !== 0) {
    const fname = i32[(func + FN_NAME) >> 2]!;
    if (fname !== i32[(gen + GEN_NAME) >> 2]) generatorSetName(rt, gen as Ref, true, fname as Ref);
    const fqual = i32[(func + FN_QUALNAME) >> 2]!;
    if (fqual !== i32[(gen + GEN_QUALNAME) >> 2]) generatorSetName(rt, gen as Ref, false, fqual as Ref);
  }
  const gfp = generatorFrame(gen);
  // (a loop: copyWithin's native call costs more than a frame's few dozen words)
  for (let i = 0; i < words; i++) i32[gfp + i] = i32[fp + i]!;
  i32[gfp + FR_BACK] = 0;
  i32[gfp + FR_FLAGS] = FRF_GEN;
  i32[gfp + FR_GEN] = gen;
  // the finalizers' order (Runtime.finalizerOrder), for a generator whose close() can run
  // code (a try block: finally, except, with)
  if (i32[(code + CO_NEXC) >> 2] !== 0) rt.finalizerOrder.set(gen, rt.finalizerSeq++);
  return gen;
}

/** Releases a generator frame's stack, locals, function and locals mapping in
 * frameDiscardContents's order (an inner loop's iterator before an outer one's when a
 * generator suspended in nested loops is closed), and its saved exception state. */
export function generatorReleaseFrame(rt: Runtime, gfp: number): void {
  const i32 = rt.i32;
  const nlp = i32[(i32[gfp + FR_CODE]! + CO_NLOCALSPLUS) >> 2]!;
  frameDiscardContents(rt, gfp);
  i32[gfp + FR_SP] = FRAME_HEADER_WORDS + nlp;
  const gen = i32[gfp + FR_GEN]!;
  const e = i32[(gen + GEN_EXC_STATE) >> 2]!;
  i32[(gen + GEN_EXC_STATE) >> 2] = 0;
  decref(rt, e);
}

/**
 * Entering gen's frame: the thread handles gen's exception, or (gen handles none) still
 * the resumer's, as CPython's _PyErr_GetTopmostException skips a generator's empty entry.
 */
function excStateEnter(rt: Runtime, gen: number): void {
  const i32 = rt.i32;
  const w = (rt.ts + TS_EXC_INFO) >> 2;
  const prev = i32[w]!;
  const own = i32[(gen + GEN_EXC_STATE) >> 2]!;
  i32[(gen + GEN_EXC_PREV) >> 2] = prev;
  i32[(gen + GEN_EXC_STATE) >> 2] = 0;
  if (own !== 0 && own !== rt.None) i32[w] = own;
  else {
    incref(rt, prev as Ref);
    i32[w] = prev || rt.None;
  }
}

/** Leaving gen's frame: its own exception state is kept (suspend) or dropped (finish). */
function excStateLeave(rt: Runtime, gen: number, keep: boolean): void {
  const i32 = rt.i32;
  const w = (rt.ts + TS_EXC_INFO) >> 2;
  const own = i32[w]!;
  const prev = i32[(gen + GEN_EXC_PREV) >> 2]!;
  i32[w] = prev;
  i32[(gen + GEN_EXC_PREV) >> 2] = 0;
  // its own exception: one it handles (inside an except or finally block of its frame),
  // even the very object its resumer is handling (a throw() of the caller's exception:
  // asyncio's Task._wakeup), else only one that differs from the resumer's
  if (keep && own !== rt.None && (own !== prev || i32[(gen + GEN_FLAGS) >> 2]! >= GEN_HANDLER_UNIT)) i32[(gen + GEN_EXC_STATE) >> 2] = own;
  else decref(rt, own as Ref);
}

/** Prepares to resume gen with `value`: returns the frame (> 0), 0 if finished, -1 error. */
export function generatorEnter(rt: Runtime, gen: Ref, value: Ref): number {
  const i32 = rt.i32;
  const state = i32[(gen + GEN_STATE) >> 2]!;
  if (state === GEN_FINISHED) {
    if (kindOf(rt, gen) !== Kind.COROUTINE) return 0;
    raiseNew(rt, rt.exc.RuntimeError!, 'cannot reuse already awaited coroutine');
    return -1;
  }
  if (state === GEN_RUNNING) {
    raiseValueError(rt, `${genWord(rt, gen)} already executing`);
    return -1;
  }
  if (state === GEN_CREATED && value !== rt.None) {
    raiseTypeError(rt, `can't send non-None value to a just-started ${genWord(rt, gen)}`);
    return -1;
  }
  if (i32[(rt.ts + TS_DEPTH) >> 2]! >= rt.recursionLimit) {
    setRaised(rt, exceptionNewFromString(rt, rt.exc.RecursionError!, 'maximum recursion depth exceeded'));
    return -1;
  }
  if (!rt.rc.atomic) i32[(gen + GEN_STATE) >> 2] = GEN_RUNNING;
  else if (Atomics.compareExchange(i32, (gen + GEN_STATE) >> 2, state, GEN_RUNNING) !== state) {
    // --no-gil: threads calling next() on one generator at once. The checks above and
    // this claim are one step under the GIL; here only one compareExchange wins, and a
    // loser gets CPython's error instead of running the same frame as the winner.
    raiseValueError(rt, `${genWord(rt, gen)} already executing`);
    return -1;
  }
  excStateEnter(rt, gen);
  return generatorFrame(gen);
}

/** 'generator', 'coroutine' or 'async generator' (for messages). */
export function genWord(rt: Runtime, gen: Ref): string {
  const k = kindOf(rt, gen);
  return k === Kind.COROUTINE ? 'coroutine' : k === Kind.ASYNC_GENERATOR ? 'async generator' : 'generator';
}

/** Generator layout: a generator, a coroutine or an async generator. */
export function isGeneratorLayout(k: Kind): boolean {
  return k === Kind.GENERATOR || k === Kind.COROUTINE || k === Kind.ASYNC_GENERATOR;
}

/**
 * gen yields. The SUSPENDED store is the last write to the generator and its frame (the
 * caller unlinks the frame first: eval.ts YIELD_VALUE): with --no-gil another thread may
 * claim the generator (generatorEnter) the moment it reads SUSPENDED.
 */
export function generatorSuspend(rt: Runtime, gfp: number): void {
  const gen = rt.i32[gfp + FR_GEN]!;
  excStateLeave(rt, gen, true);
  if (rt.rc.atomic) Atomics.store(rt.i32, (gen + GEN_STATE) >> 2, GEN_SUSPENDED);
  else rt.i32[(gen + GEN_STATE) >> 2] = GEN_SUSPENDED;
}

/** The generator's frame returned or raised: it is finished; release its contents. */
export function generatorFinish(rt: Runtime, gfp: number): void {
  const gen = rt.i32[gfp + FR_GEN]! as Ref;
  rt.i32[(gen + GEN_STATE) >> 2] = GEN_FINISHED;
  // run by resumeNested (an entry frame): tells it the frame ended (Runtime.lastFinishedGen)
  if ((rt.i32[gfp + FR_FLAGS]! & FRF_ENTRY) !== 0) rt.lastFinishedGen = gen;
  excStateLeave(rt, gen, false);
  // raised: the traceback keeps the locals (objects/exceptions.ts frameLocalsIntoTraceback)
  if (rt.i32[(rt.ts + TS_CUREXC) >> 2] !== 0) frameLocalsIntoTraceback(rt, gfp);
  generatorReleaseFrame(rt, gfp);
  // raised out of a coroutine / async generator: PEP 479 with their own words
  const k = kindOf(rt, gen);
  if (k !== Kind.GENERATOR && rt.i32[(rt.ts + TS_CUREXC) >> 2] !== 0) {
    generatorConvertStopIteration(rt, genWord(rt, gen));
    if (k === Kind.ASYNC_GENERATOR) generatorConvertStopIteration(rt, 'async generator', rt.exc.StopAsyncIteration!);
  }
}

/** PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
export function generatorConvertStopIteration(rt: Runtime, what = 'generator', stopType: Ref = rt.exc.StopIteration!): void {
  if (!errorMatches(rt, stopType)) return;
  const exc = fetchError(rt);
  const r = exceptionNewFromString(rt, rt.exc.RuntimeError!, `${what} raised ${stopType === rt.exc.StopIteration ? 'StopIteration' : 'StopAsyncIteration'}`);
  rt.i32[(r + EXC_CAUSE) >> 2] = exc;
  incref(rt, exc);
  rt.i32[(r + EXC_CONTEXT) >> 2] = exc;
  rt.i32[(r + 36) >> 2] = 1;
  setRaised(rt, r);
}

/**
 * Resumes gen from native code (next(), send(), iteration from JS helpers) in a nested
 * loop. Returns the yielded value (new reference); NULL with no exception when the
 * generator finished and `asNext` (its return value dropped); NULL with StopIteration(value)
 * when it finished and not asNext; NULL with the exception when it raised.
 */
export function generatorResume(rt: Runtime, gen: Ref, value: Ref, asNext: boolean, evalLoop: EvalFn, exc: Ref = NULL): Ref {
  // a level of JS recursion (vm/stackguard.ts), refused before the generator is touched
  if (!jsStackEnter()) {
    setRaised(rt, exceptionNewFromString(rt, rt.exc.RecursionError!, 'maximum recursion depth exceeded'));
    return NULL;
  }
  const r = resumeNested(rt, gen, value, asNext, evalLoop, exc);
  jsStackLeave();
  return r;
}

function resumeNested(rt: Runtime, gen: Ref, value: Ref, asNext: boolean, evalLoop: EvalFn, exc: Ref): Ref {
  const i32 = rt.i32;
  // a thrown exception's __context__ is the generator's own handled exception, if any
  // (CPython's gen_send_ex2: _PyErr_ChainStackItem on the generator's exc_state), never
  // the caller's: restored without chaining otherwise
  const own = i32[(gen + GEN_EXC_STATE) >> 2]!;
  const chainThrown = own !== 0 && own !== rt.None;
  const gfp = generatorEnter(rt, gen, exc !== NULL ? rt.None : value);
  if (gfp < 0) return NULL;
  if (gfp === 0) {
    if (exc !== NULL) {
      restoreError(rt, exc);
      return NULL;
    }
    if (!asNext) raiseWithArg0(rt);
    return NULL;
  }
  if (exc === NULL) {
    incref(rt, value);
    const sp = gfp + i32[gfp + FR_SP]!;
    i32[sp] = value;
    i32[gfp + FR_SP]!++;
  } else if (i32[(gen + GEN_STATE) >> 2] === GEN_RUNNING && i32[gfp + FR_IP] === 0) {
    // thrown into a just-started generator: it finishes at once with the exception
    i32[(gen + GEN_STATE) >> 2] = GEN_FINISHED;
    excStateLeave(rt, gen, false);
    generatorReleaseFrame(rt, gfp);
    restoreError(rt, exc);
    return NULL;
  }
  i32[gfp + FR_FLAGS]! |= FRF_ENTRY;
  i32[gfp + FR_BACK] = i32[(rt.ts + TS_FRAME) >> 2]!;
  i32[(rt.ts + TS_FRAME) >> 2] = gfp;
  i32[(rt.ts + TS_DEPTH) >> 2]!++;
  if (exc !== NULL) {
    if (chainThrown) setRaised(rt, exc);
    else restoreError(rt, exc);
  }
  i32[(rt.ts + TS_NESTED) >> 2]!++;
  // saved and restored: a generator resumed from inside this one (a finalizer closing one
  // as gen's frame is released after gen finished) must not hide gen's own end
  const outerFinished = rt.lastFinishedGen;
  rt.lastFinishedGen = 0;
  // in slices, as call.ts runFrameNested (scheduler slice boundaries; 2 = EVAL_YIELDED)
  let status = evalLoop(rt, nestedSliceBudget(rt), exc !== NULL);
  while (status === 2) status = evalLoop(rt, nestedSliceBudget(rt), false);
  const finishedHere = rt.lastFinishedGen === gen;
  rt.lastFinishedGen = outerFinished;
  i32[(rt.ts + TS_NESTED) >> 2]!--;
  if (status !== 0) {
    generatorConvertStopIteration(rt);
    return NULL;
  }
  const r = i32[(rt.ts + TS_RESULT) >> 2] as Ref;
  i32[(rt.ts + TS_RESULT) >> 2] = 0;
  // yielded, unless its frame ran to its end here (--no-gil: the state word may already be
  // another thread's, see Runtime.lastFinishedGen)
  if (rt.rc.atomic ? !finishedHere : i32[(gen + GEN_STATE) >> 2] === GEN_SUSPENDED) return r;
  // finished with return value r
  if (asNext) {
    decref(rt, r);
    return NULL;
  }
  if (r === rt.None) raiseWithArg0(rt);
  else raiseWithArg(rt, rt.exc.StopIteration!, r);
  decref(rt, r);
  return NULL;
}

function raiseWithArg0(rt: Runtime): void {
  setRaised(rt, newStopIteration(rt));
}

import { exceptionNewNoArgs } from './exceptions.js';
function newStopIteration(rt: Runtime): Ref {
  return exceptionNewNoArgs(rt, rt.exc.StopIteration!);
}

let evalRef: EvalFn | null = null;
/** eval.ts registers the loop (import cycle); code, set once at import time. */
export function registerGeneratorEval(fn: EvalFn): void {
  evalRef = fn;
}

/** The registered eval loop (for coroutine.ts). */
export function generatorEvalLoop(): EvalFn {
  return evalRef!;
}

/**
 * The iterator a suspended generator delegates to with `yield from` (borrowed), or NULL.
 * Suspended inside `yield from` means: FR_IP is just after the YIELD_VALUE that follows a
 * SEND, i.e. at `RESUME 2`; the delegate is then the top of the frame's stack.
 */
export function generatorDelegate(rt: Runtime, gen: Ref): Ref {
  const i32 = rt.i32;
  if (i32[(gen + GEN_STATE) >> 2] !== GEN_SUSPENDED) return NULL;
  const gfp = generatorFrame(gen);
  const ip = i32[gfp + FR_IP]!;
  if (ip < 2) return NULL;
  const insns = (i32[gfp + FR_CODE]! >> 2) + CO_INSNS_WORD;
  const resume = i32[insns + ip]!;
  if ((resume & 0xff) !== Op.RESUME || (resume >>> 8) < 2 || (i32[insns + ip - 2]! & 0xff) !== Op.SEND) return NULL;
  return i32[gfp + i32[gfp + FR_SP]! - 1] as Ref;
}

/**
 * gen.throw(exc): exc (stolen) is raised at the suspended yield. Inside `yield from` it is
 * thrown into the delegate first (CPython's _gen_throw): if the delegate yields, that is
 * the result; if it finishes, the delegate is popped and gen resumes after the SEND loop,
 * with the delegate's return value (StopIteration) or its exception.
 */
export function generatorThrow(rt: Runtime, gen: Ref, exc: Ref): Ref {
  const yf = generatorDelegate(rt, gen);
  if (yf !== NULL) {
    const i32 = rt.i32;
    const isExit = isInstanceOfType(rt, exc, rt.exc.GeneratorExit!);
    let ret: Ref = NULL;
    let thrownHere = false;
    i32[(gen + GEN_STATE) >> 2] = GEN_RUNNING;
    if (isExit) {
      // close the delegate, then raise GeneratorExit in gen itself; a chain of `yield
      // from` generators closes recursively, as CPython's gen_close (C recursion, not
      // counted against the recursion limit): RecursionError only when the JS stack runs out
      let r: number;
      if (!jsStackEnter()) {
        raiseNew(rt, rt.exc.RecursionError!, 'maximum recursion depth exceeded');
        r = -1;
      } else {
        r = closeIterator(rt, yf);
        jsStackLeave();
      }
      i32[(gen + GEN_STATE) >> 2] = GEN_SUSPENDED;
      if (r < 0) {
        decref(rt, exc);
        // the delegate's close() failed: that error is raised in gen instead
        return generatorResume(rt, gen, rt.None, false, evalRef!, fetchError(rt));
      }
      return generatorResume(rt, gen, rt.None, false, evalRef!, exc);
    }
    if (kindOf(rt, yf) === Kind.GENERATOR || kindOf(rt, yf) === Kind.COROUTINE) ret = generatorThrow(rt, yf, exc);
    else {
      const meth = getAttrOptional(rt, yf, rt.names.throw);
      if (meth === NULL) {
        if (errOccurred(rt)) {
          decref(rt, exc);
          i32[(gen + GEN_STATE) >> 2] = GEN_SUSPENDED;
          return generatorResume(rt, gen, rt.None, false, evalRef!, fetchError(rt));
        }
        thrownHere = true;
      } else {
        ret = call1(rt, meth, exc);
        decref(rt, meth);
        decref(rt, exc);
      }
    }
    i32[(gen + GEN_STATE) >> 2] = GEN_SUSPENDED;
    if (thrownHere) return generatorResume(rt, gen, rt.None, false, evalRef!, exc);
    if (ret !== NULL) return ret;
    // the delegate finished: pop it and continue after the SEND loop
    const gfp = generatorFrame(gen);
    const insns = (i32[gfp + FR_CODE]! >> 2) + CO_INSNS_WORD;
    const ip = i32[gfp + FR_IP]!;
    const target = i32[insns + ip - 2]! >>> 8;
    const sp = gfp + i32[gfp + FR_SP]! - 1;
    const d = i32[sp]!;
    i32[sp] = 0;
    i32[gfp + FR_SP]!--;
    decref(rt, d);
    i32[gfp + FR_IP] = target;
    if (errorMatches(rt, rt.exc.StopIteration!)) {
      const stop = fetchError(rt);
      const args = i32[(stop + EXC_ARGS) >> 2] as Ref;
      const value = args !== 0 && tupleSize(rt, args) > 0 ? tupleItem(rt, args, 0) : rt.None;
      incref(rt, value);
      decref(rt, stop);
      const r = generatorResume(rt, gen, value, false, evalRef!);
      decref(rt, value);
      return r;
    }
    return generatorResume(rt, gen, rt.None, false, evalRef!, fetchError(rt));
  }
  return generatorResume(rt, gen, rt.None, false, evalRef!, exc);
}

/** it.close() for a delegate (generators directly, others if they have close). 0 or -1. */
function closeIterator(rt: Runtime, it: Ref): number {
  // a generator's or coroutine's own close(), without its method object (two JS frames a
  // level of a `yield from` chain, not six)
  if (kindOf(rt, it) === Kind.GENERATOR || kindOf(rt, it) === Kind.COROUTINE) return generatorClose(rt, it);
  let meth: Ref;
  if (kindOf(rt, it) === Kind.GENERATOR || kindOf(rt, it) === Kind.COROUTINE) meth = getAttr(rt, it, rt.names.close);
  else {
    meth = getAttrOptional(rt, it, rt.names.close);
    if (meth === NULL) return errOccurred(rt) ? -1 : 0;
  }
  if (meth === NULL) return -1;
  const r = call0(rt, meth);
  decref(rt, meth);
  if (r === NULL) return -1;
  decref(rt, r);
  return 0;
}

function isInstanceOfType(rt: Runtime, v: Ref, t: Ref): boolean {
  return isSubtype(rt, typeOf(rt, v), t);
}

/** For iterNextBuiltin: next(gen) with exhaustion as NULL without exception. */
export function generatorSend(rt: Runtime, gen: Ref, value: Ref, asNext: boolean): Ref {
  return generatorResume(rt, gen, value, asNext, evalRef!);
}

export { currentError };

/**
 * gen.close() (generators, coroutines, async generators at the sync level): 0 when closed,
 * -1 with the exception set.
 */
export function generatorClose(rt: Runtime, g: Ref): number {
  const i32 = rt.i32;
  const state = i32[(g + GEN_STATE) >> 2]!;
  if (state === GEN_CREATED || state === GEN_FINISHED) {
    if (state === GEN_CREATED) generatorReleaseFrame(rt, generatorFrame(g)); // its frame holds the arguments and the function
    i32[(g + GEN_STATE) >> 2] = GEN_FINISHED;
    return 0;
  }
  const r = generatorThrow(rt, g, exceptionNewNoArgs(rt, rt.exc.GeneratorExit!));
  if (r !== NULL) {
    decref(rt, r);
    raiseNew(rt, rt.exc.RuntimeError!, `${genWord(rt, g)} ignored GeneratorExit`);
    return -1;
  }
  if (errorMatches(rt, rt.exc.GeneratorExit!) || errorMatches(rt, rt.exc.StopIteration!)) {
    clearError(rt);
    return 0;
  }
  return -1;
}

/**
 * Called by the deallocator when gen's count reached zero (see the module comment).
 * Returns true when the object was resurrected (stored somewhere by its finally) and so
 * must not be freed now.
 */
export function generatorFinalize(rt: Runtime, gen: Ref): boolean {
  const i32 = rt.i32;
  const state = i32[(gen + GEN_STATE) >> 2]!;
  if (rt.ts === 0) return false;
  if (state === GEN_CREATED && kindOf(rt, gen) === Kind.COROUTINE) {
    // not when the collector's finalizer pass warned already (it survived that collection)
    if ((i32[(gen + OB_FLAGS) >> 2]! & FLAG_FINALIZED) === 0) warnCoroutineNeverAwaited(rt, gen);
    return false;
  }
  if (state !== GEN_SUSPENDED) return false;
  // dead, so nobody else can reach it: this executor owns it for the finally (heap/refcount.ts)
  resurrectForFinalizer(rt.rc, gen);
  rt.rc.runReleasingNow(() => generatorCloseUnraisable(rt, gen));
  if (finalizerLeftDead(rt.rc, gen)) return false;
  rt.rc.decref(gen); // resurrected: drop our reference the ordinary way (queued, never recursing)
  return true;
}

/**
 * A coroutine never started whose "never awaited" warning has not been given: cyclic
 * garbage's finalizer pass warns for it (CPython's _PyGen_Finalize, run by the collector
 * before it clears the garbage, which marks the coroutine finished).
 */
export function coroutineNeverAwaited(rt: Runtime, obj: Ref): boolean {
  return kindOf(rt, obj) === Kind.COROUTINE && rt.i32[(obj + GEN_STATE) >> 2] === GEN_CREATED &&
    (rt.i32[(obj + OB_FLAGS) >> 2]! & FLAG_FINALIZED) === 0;
}

/** The "coroutine ... was never awaited" RuntimeWarning for gen, at the running frame. */
export function warnCoroutineNeverAwaited(rt: Runtime, gen: Ref): void {
  Atomics.or(rt.i32, (gen + OB_FLAGS) >> 2, FLAG_FINALIZED);
  const q = rt.i32[(gen + GEN_QUALNAME) >> 2] as Ref;
  warnNeverAwaited(rt, `coroutine '${strToJS(rt, q)}' was never awaited`);
}

/** gen.__name__ / __qualname__ = value (a str): the field takes its own reference; the
 * code's name it held was borrowed, an earlier store's owned (GENF_OWNS_NAME / _QUALNAME). */
export function generatorSetName(rt: Runtime, gen: Ref, isName: boolean, value: Ref): void {
  const bit = isName ? GENF_OWNS_NAME : GENF_OWNS_QUALNAME;
  const off = (gen + (isName ? GEN_NAME : GEN_QUALNAME)) >> 2;
  const old = rt.i32[off] as Ref;
  incref(rt, value);
  rt.i32[off] = value;
  if ((Atomics.or(rt.i32, (gen + GEN_FLAGS) >> 2, bit) & bit) !== 0) releaseValue(rt, old);
}

/** A suspended generator, coroutine or async generator (its finalizer closes it). */
export function generatorNeedsClose(rt: Runtime, obj: Ref): boolean {
  const k = kindOf(rt, obj);
  return (k === Kind.GENERATOR || k === Kind.COROUTINE || k === Kind.ASYNC_GENERATOR) && rt.i32[(obj + GEN_STATE) >> 2] === GEN_SUSPENDED;
}

/**
 * Closes a suspended generator that is being finalized (which the caller holds): its
 * finally blocks run; an exception is reported as unraisable. An async generator goes to
 * asyncio's finalizer hook when a loop runs.
 */
export function generatorCloseUnraisable(rt: Runtime, gen: Ref): void {
  if (rt.ts === 0 || rt.i32[(gen + GEN_STATE) >> 2] !== GEN_SUSPENDED) return;
  // an error is printed without its context (the GeneratorExit), as PyErr_WriteUnraisable
  runUnraisable(rt, gen, '<generator>', () =>
    (kindOf(rt, gen) === Kind.ASYNC_GENERATOR && asyncgenFinalizerHook(rt, gen)) || generatorClose(rt, gen) >= 0);
}

import { strToJS } from './str.js';
import { dictGetStr } from './dict.js';
import { internJS } from './intern.js';
import { CO_FILENAME } from './code.js';
import { warnOnceAt } from '../vm/traceback.js';
import { sep } from 'node:path';


/**
 * The "coroutine ... was never awaited" RuntimeWarning as warnings.py prints it under the
 * default filters: located at the Python frame running when the coroutine is dropped
 * ("file:line: RuntimeWarning: msg" and the stripped source line), or "sys:1" with no
 * frame; printed once per (message, line) of that frame's module (its
 * __warningregistry__, the "default" action).
 */
function warnNeverAwaited(rt: Runtime, msg: string): void {
  const i32 = rt.i32;
  const tail = 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n';
  let fp = i32[(rt.ts + TS_FRAME) >> 2]!;
  // frames of gilvm's lib/ modules stand for CPython's C code (asyncio.iscoroutine ...)
  const lib = libDirectory();
  const libPrefix = lib === null ? null : lib + sep;
  while (fp !== 0 && libPrefix !== null && strToJS(rt, i32[(i32[fp + FR_CODE]! + CO_FILENAME) >> 2] as Ref).startsWith(libPrefix)) fp = i32[fp + FR_BACK]!;
  if (fp === 0) {
    outputWrite(rt, 2, `sys:1: RuntimeWarning: ${msg}\n` + tail);
    return;
  }
  if (!warnOnceAt(rt, fp, rt.exc.RuntimeWarning!, msg, tail)) clearError(rt);
}

/**
 * CPython's asyncgen finalizer hook, as asyncio installs it: with a loop running, a dropped
 * async generator is closed by a task (`loop.create_task(agen.aclose())`, scheduled with
 * call_soon), not synchronously, so its finally runs when CPython runs it. The hook lives
 * in the asyncio module (lib/asyncio.py `_asyncgen_finalizer_hook`, looked up in
 * sys.modules: no per-thread hook storage). True when the hook took the generator.
 */
function asyncgenFinalizerHook(rt: Runtime, gen: Ref): boolean {
  const mod = dictGetStr(rt, rt.modules, internJS(rt, 'asyncio'));
  if (mod === NULL) return false;
  const hook = getAttrOptional(rt, mod, internJS(rt, '_asyncgen_finalizer_hook'));
  if (hook === NULL) {
    clearError(rt);
    return false;
  }
  const r = call1(rt, hook, gen);
  decref(rt, hook);
  if (r === NULL) {
    clearError(rt);
    return false;
  }
  decref(rt, r);
  return r === rt.True;
}
