/*
 * generator: a suspended frame living inside the generator object, so that any thread
 * (on any executor) can resume it.
 *
 *   16 GEN_STATE     GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED
 *   20 GEN_NAME      str (borrowed from the immortal code)
 *   24 GEN_QUALNAME  str
 *   28 GEN_RETVAL    the return value, kept for SEND / yield from (owned), 0
 *   32 GEN_FRAMEWORDS  words of the frame
 *   36 (pad)
 *   40 GEN_FRAME     the frame (vm/frame.ts layout), FRF_GEN set, FR_GEN = the generator
 *
 * RETURN_GENERATOR copies the new frame (arguments already bound) from the data stack into
 * the object. The eval loop resumes it inline from FOR_ITER and SEND (linking the frame
 * above the caller's), and natives (next(), send()) resume it in a nested loop. The
 * exception state of the generator is not swapped yet (sys.exc_info inside generators).
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { raiseValueError, raiseTypeError, raiseWithArg, errorMatches, fetchError, setRaised, currentError, errOccurred } from '../vm/errors.js';
import { newObject } from './object.js';
import { Kind } from './kinds.js';
import { FR_BACK, FR_FLAGS, FR_GEN, FR_SP, FR_IP, FR_CODE, FRF_ENTRY, FRF_GEN, FRAME_HEADER_WORDS, FR_FUNC, FR_LOCALS } from '../vm/frame.js';
import { CO_FRAMEWORDS, CO_NAME, CO_QUALNAME, CO_NLOCALSPLUS, CO_INSNS_WORD } from './code.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import { kindOf, typeOf } from './object.js';
import { isSubtype } from './type.js';
import { getAttr, getAttrOptional } from './abstract.js';
import { call0, call1, nestedSliceBudget } from '../vm/call.js';
import { tupleSize, tupleItem } from './tuple.js';
import { EXC_ARGS } from './exceptions.js';
import { TS_DEPTH, TS_FRAME, TS_NESTED, TS_RESULT } from '../vm/threadstate.js';
import { exceptionNewFromString, EXC_CAUSE, EXC_CONTEXT } from './exceptions.js';

export const GEN_STATE = 16;
export const GEN_NAME = 20;
export const GEN_QUALNAME = 24;
export const GEN_RETVAL = 28;
export const GEN_FRAMEWORDS = 32;
export const GEN_FRAME = 40;
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
  const gen = newObject(rt, rt.kindTypes[Kind.GENERATOR]!, GEN_FRAME + words * 4);
  i32[(gen + GEN_STATE) >> 2] = GEN_CREATED;
  i32[(gen + GEN_NAME) >> 2] = i32[(code + CO_NAME) >> 2]!;
  i32[(gen + GEN_QUALNAME) >> 2] = i32[(code + CO_QUALNAME) >> 2]!;
  i32[(gen + GEN_FRAMEWORDS) >> 2] = words;
  const gfp = generatorFrame(gen);
  i32.copyWithin(gfp, fp, fp + words);
  i32[gfp + FR_BACK] = 0;
  i32[gfp + FR_FLAGS] = FRF_GEN;
  i32[gfp + FR_GEN] = gen;
  return gen;
}

/** Releases a generator frame's locals, stack, function and locals mapping. */
export function generatorReleaseFrame(rt: Runtime, gfp: number): void {
  const i32 = rt.i32;
  const code = i32[gfp + FR_CODE]!;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const top = gfp + i32[gfp + FR_SP]!;
  for (let p = gfp + FRAME_HEADER_WORDS; p < Math.max(top, gfp + FRAME_HEADER_WORDS + nlp); p++) {
    const v = i32[p]!;
    i32[p] = 0;
    decref(rt, v);
  }
  const f = i32[gfp + FR_FUNC]!;
  i32[gfp + FR_FUNC] = 0;
  decref(rt, f);
  const l = i32[gfp + FR_LOCALS]!;
  i32[gfp + FR_LOCALS] = 0;
  decref(rt, l);
  i32[gfp + FR_SP] = FRAME_HEADER_WORDS + nlp;
}

/** Prepares to resume gen with `value`: returns the frame (> 0), 0 if finished, -1 error. */
export function generatorEnter(rt: Runtime, gen: Ref, value: Ref): number {
  const i32 = rt.i32;
  const state = i32[(gen + GEN_STATE) >> 2]!;
  if (state === GEN_FINISHED) return 0;
  if (state === GEN_RUNNING) {
    raiseValueError(rt, 'generator already executing');
    return -1;
  }
  if (state === GEN_CREATED && value !== rt.None) {
    raiseTypeError(rt, "can't send non-None value to a just-started generator");
    return -1;
  }
  if (i32[(rt.ts + TS_DEPTH) >> 2]! >= rt.recursionLimit || i32[(rt.ts + TS_NESTED) >> 2]! >= 160) {
    setRaised(rt, exceptionNewFromString(rt, rt.exc.RecursionError!, 'maximum recursion depth exceeded'));
    return -1;
  }
  i32[(gen + GEN_STATE) >> 2] = GEN_RUNNING;
  return generatorFrame(gen);
}

export function generatorSuspend(rt: Runtime, gfp: number): void {
  const gen = rt.i32[gfp + FR_GEN]!;
  rt.i32[(gen + GEN_STATE) >> 2] = GEN_SUSPENDED;
}

/** The generator's frame returned or raised: it is finished; release its contents. */
export function generatorFinish(rt: Runtime, gfp: number): void {
  const gen = rt.i32[gfp + FR_GEN]!;
  rt.i32[(gen + GEN_STATE) >> 2] = GEN_FINISHED;
  generatorReleaseFrame(rt, gfp);
}

/** PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
export function generatorConvertStopIteration(rt: Runtime): void {
  if (!errorMatches(rt, rt.exc.StopIteration!)) return;
  const exc = fetchError(rt);
  const r = exceptionNewFromString(rt, rt.exc.RuntimeError!, 'generator raised StopIteration');
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
  const gfp = generatorEnter(rt, gen, exc !== NULL ? rt.None : value);
  if (gfp < 0) return NULL;
  const i32 = rt.i32;
  if (gfp === 0) {
    if (exc !== NULL) {
      setRaised(rt, exc);
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
    generatorReleaseFrame(rt, gfp);
    setRaised(rt, exc);
    return NULL;
  }
  i32[gfp + FR_FLAGS]! |= FRF_ENTRY;
  i32[gfp + FR_BACK] = i32[(rt.ts + TS_FRAME) >> 2]!;
  i32[(rt.ts + TS_FRAME) >> 2] = gfp;
  i32[(rt.ts + TS_DEPTH) >> 2]!++;
  if (exc !== NULL) setRaised(rt, exc);
  i32[(rt.ts + TS_NESTED) >> 2]!++;
  // in slices, as call.ts runFrameNested (scheduler slice boundaries; 2 = EVAL_YIELDED)
  let status = evalLoop(rt, nestedSliceBudget(rt), exc !== NULL);
  while (status === 2) status = evalLoop(rt, nestedSliceBudget(rt), false);
  i32[(rt.ts + TS_NESTED) >> 2]!--;
  if (status !== 0) {
    generatorConvertStopIteration(rt);
    return NULL;
  }
  const r = i32[(rt.ts + TS_RESULT) >> 2] as Ref;
  i32[(rt.ts + TS_RESULT) >> 2] = 0;
  if (i32[(gen + GEN_STATE) >> 2] === GEN_SUSPENDED) return r;
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

/**
 * The iterator a suspended generator delegates to with `yield from` (borrowed), or NULL.
 * Suspended inside `yield from` means: FR_IP is just after the YIELD_VALUE that follows a
 * SEND, i.e. at `RESUME 2`; the delegate is then the top of the frame's stack.
 */
function generatorDelegate(rt: Runtime, gen: Ref): Ref {
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
      // close the delegate, then raise GeneratorExit in gen itself
      const r = closeIterator(rt, yf);
      i32[(gen + GEN_STATE) >> 2] = GEN_SUSPENDED;
      if (r < 0) {
        decref(rt, exc);
        // the delegate's close() failed: that error is raised in gen instead
        return generatorResume(rt, gen, rt.None, false, evalRef!, fetchError(rt));
      }
      return generatorResume(rt, gen, rt.None, false, evalRef!, exc);
    }
    if (kindOf(rt, yf) === Kind.GENERATOR) ret = generatorThrow(rt, yf, exc);
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
  let meth: Ref;
  if (kindOf(rt, it) === Kind.GENERATOR) meth = getAttr(rt, it, rt.names.close);
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
