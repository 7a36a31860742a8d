/*
 * Raising and inspecting Python exceptions from JS helpers (CPython's PyErr_* family).
 *
 * Protocol: a helper that fails creates (or takes) an exception object, stores it in the
 * thread state's TS_CUREXC slot with `setRaised`, and returns NULL (0) (or -1 where it
 * returns a count/boolean). Nothing is thrown: the eval loop sees the NULL, jumps to its
 * one unwind path and reads the exception table. All raise* helpers return NULL so that
 * natives can write `return raiseTypeError(rt, '...')`.
 *
 * Implicit chaining happens here, as in CPython's _PyErr_SetObject: a new exception raised
 * while another is being handled (TS_EXC_INFO) gets it as __context__ (cycles broken).
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { incref, decref } from './refs.js';
import { TS_CUREXC, TS_EXC_INFO } from './threadstate.js';
import { EXC_CAUSE, EXC_CONTEXT, EXC_FLAGS, EXCF_SUPPRESS_CONTEXT, exceptionNew, exceptionNewFromString, exceptionNewWithArg } from '../objects/exceptions.js';
import { tupleFromRefs } from '../objects/tuple.js';
import { strFromJS } from '../objects/str.js';
import { isSubtype } from '../objects/type.js';
import { typeOf } from '../objects/object.js';

/** Sets `exc` (an exception instance; stolen) as the exception being raised. */
export function setRaised(rt: Runtime, exc: Ref): void {
  const i32 = rt.i32;
  const slot = (rt.ts + TS_CUREXC) >> 2;
  const handled = i32[(rt.ts + TS_EXC_INFO) >> 2] as Ref;
  if (handled !== 0 && handled !== rt.None && handled !== exc) {
    // Break a cycle: if exc is already in handled's context chain, cut it there. A chain
    // that already loops without exc (e.__context__ = e) ends the walk: Floyd's check, as
    // CPython's _PyErr_SetObject (a plain walk never ended)
    let o = handled;
    let slow = o;
    let slowToggle = false;
    for (;;) {
      const ctx = i32[(o + EXC_CONTEXT) >> 2] as Ref;
      if (ctx === 0) break;
      if (ctx === exc) {
        i32[(o + EXC_CONTEXT) >> 2] = 0;
        decref(rt, ctx);
        break;
      }
      o = ctx;
      if (o === slow) break;
      if (slowToggle) slow = i32[(slow + EXC_CONTEXT) >> 2] as Ref;
      slowToggle = !slowToggle;
    }
    incref(rt, handled);
    // no-GIL: one exception object raised by several threads at once gets its __context__
    // set by each; an atomic exchange releases each old context exactly once
    let old: number;
    if (rt.rc.atomic) old = Atomics.exchange(i32, (exc + EXC_CONTEXT) >> 2, handled);
    else {
      old = i32[(exc + EXC_CONTEXT) >> 2]!;
      i32[(exc + EXC_CONTEXT) >> 2] = handled;
    }
    decref(rt, old as Ref);
  }
  const prev = i32[slot];
  i32[slot] = exc;
  decref(rt, prev);
}

/** The exception being raised (borrowed), 0 if none. */
export function currentError(rt: Runtime): Ref {
  return rt.i32[(rt.ts + TS_CUREXC) >> 2] as Ref;
}

export function errOccurred(rt: Runtime): boolean {
  return rt.i32[(rt.ts + TS_CUREXC) >> 2] !== 0;
}

/** Takes the exception being raised out of the thread state (new reference to the caller). */
export function fetchError(rt: Runtime): Ref {
  const slot = (rt.ts + TS_CUREXC) >> 2;
  const exc = rt.i32[slot] as Ref;
  rt.i32[slot] = 0;
  return exc;
}

/** Puts back an exception taken with fetchError (steals it), without re-chaining. */
export function restoreError(rt: Runtime, exc: Ref): void {
  const slot = (rt.ts + TS_CUREXC) >> 2;
  const prev = rt.i32[slot];
  rt.i32[slot] = exc;
  decref(rt, prev);
}

export function clearError(rt: Runtime): void {
  decref(rt, fetchError(rt));
}

/** True if the exception being raised is an instance of excType (a type). */
export function errorMatches(rt: Runtime, excType: Ref): boolean {
  const exc = currentError(rt);
  return exc !== 0 && isSubtype(rt, typeOf(rt, exc), excType);
}

/** `BrokenPipeError: [Errno 32] Broken pipe`: a write to stdout found its reader gone
 * (vm/output.ts). Returns NULL. */
export function raiseBrokenPipe(rt: Runtime): Ref {
  const msg = strFromJS(rt, 'Broken pipe');
  const args = tupleFromRefs(rt, [(32 << 1 | 1) as Ref, msg]);
  decref(rt, msg);
  setRaised(rt, exceptionNew(rt, rt.exc.BrokenPipeError!, args));
  return NULL;
}

/** Raises excType(message). Returns NULL. */
export function raiseNew(rt: Runtime, excType: Ref, message: string): Ref {
  setRaised(rt, exceptionNewFromString(rt, excType, message));
  return NULL;
}

/** Raises excType(arg) with any object as the single argument (KeyError(key), StopIteration(v)). */
export function raiseWithArg(rt: Runtime, excType: Ref, arg: Ref): Ref {
  setRaised(rt, exceptionNewWithArg(rt, excType, arg));
  return NULL;
}

/**
 * Raises excType(message) with the exception being raised as its __cause__ and __context__
 * (CPython's _PyErr_FormatFromCause: "Error calling __set_name__ ..." from the original).
 * Returns NULL.
 */
export function raiseFromCause(rt: Runtime, excType: Ref, message: string): Ref {
  const cause = fetchError(rt);
  const exc = exceptionNewFromString(rt, excType, message);
  setRaised(rt, exc);
  if (cause === NULL) return NULL;
  const i32 = rt.i32;
  const oldContext = i32[(exc + EXC_CONTEXT) >> 2] as Ref;
  incref(rt, cause);
  i32[(exc + EXC_CAUSE) >> 2] = cause;
  i32[(exc + EXC_CONTEXT) >> 2] = cause; // the fetched reference moves here
  i32[(exc + EXC_FLAGS) >> 2]! |= EXCF_SUPPRESS_CONTEXT;
  decref(rt, oldContext);
  return NULL;
}

export const raiseTypeError = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.TypeError!, msg);
export const raiseValueError = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.ValueError!, msg);
export const raiseIndexError = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.IndexError!, msg);
export const raiseAttributeError = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.AttributeError!, msg);
export const raiseNameError = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.NameError!, msg);
export const raiseZeroDivision = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.ZeroDivisionError!, msg);
export const raiseOverflow = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.OverflowError!, msg);
export const raiseRuntimeError = (rt: Runtime, msg: string): Ref => raiseNew(rt, rt.exc.RuntimeError!, msg);
export const raiseKeyError = (rt: Runtime, key: Ref): Ref => raiseWithArg(rt, rt.exc.KeyError!, key);
export const raiseStopIteration = (rt: Runtime): Ref => raiseNew(rt, rt.exc.StopIteration!, '') && NULL;
