/*
 * coroutine.ts: the await protocol (PEP 492 / PEP 525) on top of objects/generator.ts.
 *
 * Objects:
 *   coroutine, async_generator   the generator layout (generator.ts); RETURN_GENERATOR
 *                                picks the type from the code's CO_COROUTINE /
 *                                CO_ASYNC_GENERATOR flag. A coroutine awaited by another
 *                                runs inline (eval.ts SEND resumes its frame like a
 *                                generator's); the event loop drives the outermost one
 *                                with send()/throw().
 *   async_generator_asend, async_generator_athrow, coroutine_wrapper
 *                                "awaitables": small iterator objects, layout
 *      16 AW_TARGET   the async generator / coroutine (owned)
 *      20 AW_VALUE    asend: the value to send first; athrow: the exception (owned) or 0
 *                     (aclose); wrapper: unused
 *      24 AW_STATE    AW_INIT, AW_ITER, AW_CLOSED
 *   They are resumed by eval.ts SEND through `awaitableSend`, and by Python code through
 *   their send/throw/close/__next__ methods.
 *
 * Async generator values: ASYNC_GEN_WRAP sets GENF_WRAPPED on the generator instead of
 * allocating CPython's wrapper object; the YIELD_VALUE that follows hands the value out and
 * `agenUnwrap` reads and clears the flag: a wrapped value ends the asend() with
 * StopIteration(value); an unwrapped one (yielded through an `await` in the body) passes
 * up to the event loop.
 *
 * Messages are CPython 3.11's (Objects/genobject.c, Python/ceval.c).
 * Not done: the asyncgen finalizer hooks (an async generator dropped while suspended is
 * closed synchronously by generator.ts, not by a task scheduled on the loop), ag_running
 * checks ("asynchronous generator is already running").
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { raiseTypeError, raiseNew, raiseWithArg, errorMatches, errOccurred, clearError, setRaised, fetchError } from '../vm/errors.js';
import { newObject, kindOf, typeOf } from './object.js';
import { Kind } from './kinds.js';
import { typeLookup, typeName, isSubtype } from './type.js';
import { isIterator } from './abstract.js';
import { callWithSelf0, callVector, call1, callWithTupleDict } from '../vm/call.js';
import { internJS } from './intern.js';
import { defineNative, type NativeFn } from '../vm/natives.js';
import { EXC_TRACEBACK, exceptionNewNoArgs } from './exceptions.js';
import {
  GEN_FLAGS, GENF_WRAPPED, GEN_STATE, GEN_FINISHED, generatorDelegate, generatorResume,
  generatorThrow, generatorClose, generatorSend, generatorEvalLoop, generatorFrame,
} from './generator.js';
import { CO_ITERABLE_COROUTINE } from '../compiler/code.js';
import { CO_FLAGS, CO_FILENAME, CO_FIRSTLINENO, codeLineAt } from './code.js';
import { FR_CODE, FR_GEN, FR_IP } from '../vm/frame.js';
import { tupleFromRefs } from './tuple.js';
import { intFromNumber } from './int.js';

export const AW_TARGET = 16;
export const AW_VALUE = 20;
export const AW_STATE = 24;
export const AW_SIZE = 32;
const AW_INIT = 0;
const AW_ITER = 1;
const AW_CLOSED = 2;

export function isAwaitableKind(k: Kind): boolean {
  return k === Kind.ASYNC_GEN_ASEND || k === Kind.ASYNC_GEN_ATHROW || k === Kind.CORO_WRAPPER;
}

function awaitableNew(rt: Runtime, kind: Kind, target: Ref, value: Ref): Ref {
  const o = newObject(rt, rt.kindTypes[kind]!, AW_SIZE);
  const i32 = rt.i32;
  incref(rt, target);
  i32[(o + AW_TARGET) >> 2] = target;
  incref(rt, value);
  i32[(o + AW_VALUE) >> 2] = value;
  i32[(o + AW_STATE) >> 2] = AW_INIT;
  i32[(o + 28) >> 2] = 0; // unused word
  return o;
}

// ------------------------------------------------------------------ opcodes

/** ASYNC_GEN_WRAP: marks the value about to be yielded by frame fp as an async-for value. */
export function asyncGenWrap(rt: Runtime, fp: number): void {
  const gen = rt.i32[fp + FR_GEN]!;
  rt.i32[(gen + GEN_FLAGS) >> 2]! |= GENF_WRAPPED;
}

/** _PyCoro_GetAwaitableIter: a new reference to the iterator `await v` drives, or NULL. */
function awaitableIter(rt: Runtime, v: Ref): Ref {
  const k = kindOf(rt, v);
  if (k === Kind.COROUTINE) return newRef(rt, v);
  if (k === Kind.GENERATOR) {
    const code = rt.i32[generatorFrame(v) + FR_CODE]!;
    if ((rt.i32[(code + CO_FLAGS) >> 2]! & CO_ITERABLE_COROUTINE) !== 0) return newRef(rt, v);
  }
  const d = typeLookup(rt, typeOf(rt, v), internJS(rt, '__await__'));
  if (d === NULL) return raiseTypeError(rt, `object ${typeName(rt, typeOf(rt, v))} can't be used in 'await' expression`);
  const r = callWithSelf0(rt, d, v);
  if (r === NULL) return NULL;
  const rk = kindOf(rt, r);
  if (rk === Kind.COROUTINE) {
    decref(rt, r);
    return raiseTypeError(rt, '__await__() returned a coroutine');
  }
  if (!isIterator(rt, r) && !isAwaitableKind(rk)) {
    const name = typeName(rt, typeOf(rt, r));
    decref(rt, r);
    return raiseTypeError(rt, `__await__() returned non-iterator of type '${name}'`);
  }
  return r;
}

/** GET_AWAITABLE oparg: 0 await, 1 __aenter__'s result, 2 __aexit__'s result. */
export function getAwaitable(rt: Runtime, v: Ref, where: number): Ref {
  const k = kindOf(rt, v);
  if (k === Kind.COROUTINE && generatorDelegate(rt, v) !== NULL) {
    return raiseNew(rt, rt.exc.RuntimeError!, 'coroutine is being awaited already');
  }
  if (where !== 0 && k !== Kind.COROUTINE && typeLookup(rt, typeOf(rt, v), internJS(rt, '__await__')) === NULL) {
    const who = where === 1 ? '__aenter__' : '__aexit__';
    return raiseTypeError(rt, `'async with' received an object from ${who} that does not implement __await__: ${typeName(rt, typeOf(rt, v))}`);
  }
  return awaitableIter(rt, v);
}

/** GET_AITER: obj.__aiter__(), checked to have __anext__. */
export function getAIter(rt: Runtime, obj: Ref): Ref {
  if (kindOf(rt, obj) === Kind.ASYNC_GENERATOR) return newRef(rt, obj);
  const t = typeOf(rt, obj);
  const d = typeLookup(rt, t, internJS(rt, '__aiter__'));
  if (d === NULL) return raiseTypeError(rt, `'async for' requires an object with __aiter__ method, got ${typeName(rt, t)}`);
  const it = callWithSelf0(rt, d, obj);
  if (it === NULL) return NULL;
  if (kindOf(rt, it) !== Kind.ASYNC_GENERATOR && typeLookup(rt, typeOf(rt, it), internJS(rt, '__anext__')) === NULL) {
    const name = typeName(rt, typeOf(rt, it));
    decref(rt, it);
    return raiseTypeError(rt, `'async for' received an object from __aiter__ that does not implement __anext__: ${name}`);
  }
  return it;
}

/** GET_ANEXT: the awaitable of aiter.__anext__(). */
export function getANext(rt: Runtime, aiter: Ref): Ref {
  if (kindOf(rt, aiter) === Kind.ASYNC_GENERATOR) return awaitableNew(rt, Kind.ASYNC_GEN_ASEND, aiter, rt.None);
  const t = typeOf(rt, aiter);
  const d = typeLookup(rt, t, internJS(rt, '__anext__'));
  if (d === NULL) return raiseTypeError(rt, `'async for' requires an iterator with __anext__ method, got ${typeName(rt, t)}`);
  const next = callWithSelf0(rt, d, aiter);
  if (next === NULL) return NULL;
  const aw = awaitableIter(rt, next);
  if (aw === NULL && errorMatches(rt, rt.exc.TypeError!)) {
    const cause = fetchError(rt);
    raiseTypeError(rt, `'async for' received an invalid object from __anext__: ${typeName(rt, typeOf(rt, next))}`);
    decref(rt, cause);
  }
  decref(rt, next);
  return aw;
}

export function isStopAsyncIteration(rt: Runtime, exc: Ref): boolean {
  return isInstance(rt, exc, rt.exc.StopAsyncIteration!);
}

function isInstance(rt: Runtime, v: Ref, t: Ref): boolean {
  return isSubtype(rt, typeOf(rt, v), t);
}

// ------------------------------------------------------------------ driving

/** An async generator step's result (genobject.c async_gen_unwrap). */
function agenUnwrap(rt: Runtime, agen: Ref, r: Ref): Ref {
  const i32 = rt.i32;
  if (r !== NULL) {
    if ((i32[(agen + GEN_FLAGS) >> 2]! & GENF_WRAPPED) !== 0) {
      i32[(agen + GEN_FLAGS) >> 2]! &= ~GENF_WRAPPED;
      raiseWithArg(rt, rt.exc.StopIteration!, r);
      decref(rt, r);
      return NULL;
    }
    return r;
  }
  if (!errOccurred(rt) || errorMatches(rt, rt.exc.StopIteration!)) {
    // the body returned (StopIteration comes from a throw() that finished it)
    clearError(rt);
    setRaised(rt, exceptionNewNoArgs(rt, rt.exc.StopAsyncIteration!));
  } else if (errorMatches(rt, rt.exc.StopAsyncIteration!) && i32[(agen + GEN_STATE) >> 2] === GEN_FINISHED) {
    // raised by the body itself (PEP 479 for async generators)
    const exc = fetchError(rt);
    raiseNew(rt, rt.exc.RuntimeError!, 'async generator raised StopAsyncIteration');
    decref(rt, exc);
  }
  return NULL;
}

/** Resumes an async generator with v (asNext semantics: finishing = NULL, no error). */
function agenResume(rt: Runtime, agen: Ref, v: Ref): Ref {
  const r = generatorResume(rt, agen, v, true, generatorEvalLoop());
  return agenUnwrap(rt, agen, r);
}

function awaitableStateError(rt: Runtime, kind: Kind): Ref {
  const what = kind === Kind.ASYNC_GEN_ASEND ? '__anext__()/asend()' : 'aclose()/athrow()';
  return raiseNew(rt, rt.exc.RuntimeError!, `cannot reuse already awaited ${what}`);
}

/** SEND / send(v) on an awaitable: the next value to pass up, or NULL with StopIteration(result) / an error. */
export function awaitableSend(rt: Runtime, o: Ref, v: Ref): Ref {
  const i32 = rt.i32;
  const kind = kindOf(rt, o);
  const target = i32[(o + AW_TARGET) >> 2] as Ref;
  if (kind === Kind.CORO_WRAPPER) return generatorSend(rt, target, v, false);
  const state = i32[(o + AW_STATE) >> 2]!;
  if (state === AW_CLOSED) return awaitableStateError(rt, kind);
  if (kind === Kind.ASYNC_GEN_ASEND) {
    if (state === AW_INIT) {
      if (v === rt.None) v = i32[(o + AW_VALUE) >> 2] as Ref;
      i32[(o + AW_STATE) >> 2] = AW_ITER;
    }
    const r = agenResume(rt, target, v);
    if (r === NULL) i32[(o + AW_STATE) >> 2] = AW_CLOSED;
    return r;
  }
  // athrow / aclose
  const closing = i32[(o + AW_VALUE) >> 2] === 0;
  if (i32[(target + GEN_STATE) >> 2] === GEN_FINISHED) {
    i32[(o + AW_STATE) >> 2] = AW_CLOSED;
    return closing ? raiseWithArg0(rt, rt.exc.StopIteration!) : raiseWithArg0(rt, rt.exc.StopAsyncIteration!);
  }
  let r: Ref;
  if (state === AW_INIT) {
    if (v !== rt.None) return raiseNew(rt, rt.exc.RuntimeError!, "can't send non-None value to a just-started coroutine");
    i32[(o + AW_STATE) >> 2] = AW_ITER;
    if (closing) {
      r = generatorThrow(rt, target, exceptionNewNoArgs(rt, rt.exc.GeneratorExit!));
    } else {
      const exc = i32[(o + AW_VALUE) >> 2] as Ref;
      incref(rt, exc);
      return athrowResult(rt, o, agenUnwrap(rt, target, generatorThrow(rt, target, exc)));
    }
  } else {
    if (!closing) return athrowResult(rt, o, agenResume(rt, target, v));
    r = generatorResume(rt, target, v, true, generatorEvalLoop());
  }
  return acloseResult(rt, o, target, r);
}

function athrowResult(rt: Runtime, o: Ref, r: Ref): Ref {
  if (r === NULL) rt.i32[(o + AW_STATE) >> 2] = AW_CLOSED;
  return r;
}

function acloseResult(rt: Runtime, o: Ref, agen: Ref, r: Ref): Ref {
  const i32 = rt.i32;
  if (r !== NULL) {
    if ((i32[(agen + GEN_FLAGS) >> 2]! & GENF_WRAPPED) === 0) return r;
    i32[(agen + GEN_FLAGS) >> 2]! &= ~GENF_WRAPPED;
    decref(rt, r);
    i32[(o + AW_STATE) >> 2] = AW_CLOSED;
    return raiseNew(rt, rt.exc.RuntimeError!, 'async generator ignored GeneratorExit');
  }
  i32[(o + AW_STATE) >> 2] = AW_CLOSED;
  if (!errOccurred(rt) || errorMatches(rt, rt.exc.StopAsyncIteration!) || errorMatches(rt, rt.exc.GeneratorExit!) || errorMatches(rt, rt.exc.StopIteration!)) {
    clearError(rt);
    return raiseWithArg0(rt, rt.exc.StopIteration!);
  }
  return NULL;
}

function raiseWithArg0(rt: Runtime, t: Ref): Ref {
  setRaised(rt, exceptionNewNoArgs(rt, t));
  return NULL;
}

/** throw(exc) on an awaitable; exc stolen. */
function awaitableThrow(rt: Runtime, o: Ref, exc: Ref): Ref {
  const i32 = rt.i32;
  const kind = kindOf(rt, o);
  const target = i32[(o + AW_TARGET) >> 2] as Ref;
  if (kind === Kind.CORO_WRAPPER) return generatorThrow(rt, target, exc);
  if (i32[(o + AW_STATE) >> 2] === AW_CLOSED) {
    decref(rt, exc);
    return awaitableStateError(rt, kind);
  }
  const r = generatorThrow(rt, target, exc);
  if (kind === Kind.ASYNC_GEN_ATHROW && i32[(o + AW_VALUE) >> 2] === 0) return acloseResult(rt, o, target, r);
  const u = agenUnwrap(rt, target, r);
  if (u === NULL) i32[(o + AW_STATE) >> 2] = AW_CLOSED;
  return u;
}

// ------------------------------------------------------------------ methods

const self0 = (rt: Runtime, args: number): Ref => rt.i32[args] as Ref;
const argN = (rt: Runtime, args: number, i: number): Ref => rt.i32[args + i] as Ref;

function checkArgs(rt: Runtime, name: string, nargs: number, kw: Ref, min: number, max: number, args?: number): boolean {
  // METH_O / METH_NOARGS messages name the method with its type (coroutine.send(),
  // async_generator_asend.close()) when `args` (the call's vector, self first) is given;
  // the varargs "expected at least" ones name it bare (throw expected ...)
  const qual = (): string => (args === undefined ? name : `${typeName(rt, typeOf(rt, self0(rt, args)))}.${name}`);
  if (kw !== NULL) {
    raiseTypeError(rt, `${qual()}() takes no keyword arguments`);
    return false;
  }
  const given = nargs - 1;
  if (given < min || given > max) {
    if (min === max && min === 1) raiseTypeError(rt, `${qual()}() takes exactly one argument (${given} given)`);
    else if (min === max && min === 0) raiseTypeError(rt, `${qual()}() takes no arguments (${given} given)`);
    else if (given < min) raiseTypeError(rt, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${given}`);
    else raiseTypeError(rt, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${given}`);
    return false;
  }
  return true;
}

/**
 * throw(type[, value[, traceback]]) / throw(instance) arguments (generator, coroutine and
 * awaitable throw(), CPython's _gen_throw) as the exception instance to raise (new
 * reference), or NULL with CPython's TypeError.
 */
export function throwArgs(rt: Runtime, args: number, nargs: number): Ref {
  const t = argN(rt, args, 1);
  const v = nargs > 2 ? argN(rt, args, 2) : rt.None;
  const tb = nargs > 3 ? argN(rt, args, 3) : rt.None;
  if (tb !== rt.None && kindOf(rt, tb) !== Kind.TRACEBACK) return raiseTypeError(rt, 'throw() third argument must be a traceback object');
  let exc: Ref;
  if (kindOf(rt, t) === Kind.TYPE && isSubtype(rt, t, rt.exc.BaseException!)) {
    // PyErr_NormalizeException: an instance of the class as it is, a tuple as the
    // arguments, anything else as the one argument
    if (v === rt.None) exc = callVector(rt, t, 0, 0, NULL);
    else if (isSubtype(rt, typeOf(rt, v), t)) exc = newRef(rt, v);
    else if (kindOf(rt, v) === Kind.TUPLE) exc = callWithTupleDict(rt, t, NULL, v, NULL);
    else exc = call1(rt, t, v);
    if (exc === NULL) return NULL;
    if (!isSubtype(rt, typeOf(rt, exc), rt.exc.BaseException!)) {
      const name = typeName(rt, typeOf(rt, exc));
      decref(rt, exc);
      return raiseTypeError(rt, `calling ${typeName(rt, t)} should have returned an instance of BaseException, not ${name}`);
    }
  } else if (kindOf(rt, t) === Kind.BASE_EXCEPTION) {
    if (v !== rt.None) return raiseTypeError(rt, 'instance exception may not have a separate value');
    exc = newRef(rt, t);
  } else return raiseTypeError(rt, `exceptions must be classes or instances deriving from BaseException, not ${typeName(rt, typeOf(rt, t))}`);
  if (tb !== rt.None) {
    incref(rt, tb);
    const old = rt.i32[(exc + EXC_TRACEBACK) >> 2]!;
    rt.i32[(exc + EXC_TRACEBACK) >> 2] = tb;
    decref(rt, old);
  }
  return exc;
}

const def = (name: string, fn: NativeFn): [string, number] => [name, defineNative(name, fn)];

const COROUTINE_METHODS: [string, number][] = [
  def('send', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'send', nargs, kw, 1, 1, args)) return NULL;
    return generatorSend(rt, self0(rt, args), argN(rt, args, 1), false);
  }),
  def('throw', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'throw', nargs, kw, 1, 3, args)) return NULL;
    const exc = throwArgs(rt, args, nargs);
    if (exc === NULL) return NULL;
    return generatorThrow(rt, self0(rt, args), exc);
  }),
  def('close', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'close', nargs, kw, 0, 0, args)) return NULL;
    return generatorClose(rt, self0(rt, args)) < 0 ? NULL : rt.None;
  }),
  def('__await__', (rt, args, nargs, kw) => {
    // a slot wrapper in CPython (am_await): its own count message
    if (nargs !== 1 || kw !== NULL) return raiseTypeError(rt, kw !== NULL ? 'wrapper __await__() takes no keyword arguments' : `expected 0 arguments, got ${nargs - 1}`);
    return awaitableNew(rt, Kind.CORO_WRAPPER, self0(rt, args), NULL);
  }),
  def('_gilvm_location', (rt, args, nargs, kw) => {
    // (co_filename, co_firstlineno, current line or None once finished): what asyncio's
    // Task repr shows ("running at FILE:LINE" / "done, defined at FILE:LINE"); gilvm has
    // no cr_code / cr_frame objects (lib/asyncio.py _format_coroutine)
    if (!checkArgs(rt, '_gilvm_location', nargs, kw, 0, 0)) return NULL;
    const g = self0(rt, args);
    const gfp = generatorFrame(g);
    const code = rt.i32[gfp + FR_CODE]! as Ref;
    const filename = rt.i32[(code + CO_FILENAME) >> 2]! as Ref;
    const first = intFromNumber(rt, rt.i32[(code + CO_FIRSTLINENO) >> 2]!);
    let line: Ref;
    if (rt.i32[(g + GEN_STATE) >> 2] === GEN_FINISHED) line = newRef(rt, rt.None);
    else {
      const at = codeLineAt(rt, code, Math.max(0, rt.i32[gfp + FR_IP]! - 1));
      line = intFromNumber(rt, at < 0 ? rt.i32[(code + CO_FIRSTLINENO) >> 2]! : at);
    }
    const t = tupleFromRefs(rt, [filename, first, line]);
    decref(rt, first);
    decref(rt, line);
    return t;
  }),
];

const ASYNC_GENERATOR_METHODS: [string, number][] = [
  def('__aiter__', (rt, args) => newRef(rt, self0(rt, args))),
  def('__anext__', (rt, args) => awaitableNew(rt, Kind.ASYNC_GEN_ASEND, self0(rt, args), rt.None)),
  def('asend', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'asend', nargs, kw, 1, 1, args)) return NULL;
    return awaitableNew(rt, Kind.ASYNC_GEN_ASEND, self0(rt, args), argN(rt, args, 1));
  }),
  def('athrow', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'athrow', nargs, kw, 1, 3, args)) return NULL;
    const exc = throwArgs(rt, args, nargs);
    if (exc === NULL) return NULL;
    const o = awaitableNew(rt, Kind.ASYNC_GEN_ATHROW, self0(rt, args), exc);
    decref(rt, exc);
    return o;
  }),
  def('aclose', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'aclose', nargs, kw, 0, 0, args)) return NULL;
    const g = self0(rt, args);
    return awaitableNew(rt, Kind.ASYNC_GEN_ATHROW, g, NULL);
  }),
];

const AWAITABLE_METHODS: [string, number][] = [
  def('send', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'send', nargs, kw, 1, 1, args)) return NULL;
    return awaitableSend(rt, self0(rt, args), argN(rt, args, 1));
  }),
  def('__next__', (rt, args) => awaitableSend(rt, self0(rt, args), rt.None)),
  def('__iter__', (rt, args) => newRef(rt, self0(rt, args))),
  def('__await__', (rt, args) => newRef(rt, self0(rt, args))),
  def('throw', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'throw', nargs, kw, 1, 3, args)) return NULL;
    const exc = throwArgs(rt, args, nargs);
    if (exc === NULL) return NULL;
    return awaitableThrow(rt, self0(rt, args), exc);
  }),
  def('close', (rt, args, nargs, kw) => {
    if (!checkArgs(rt, 'close', nargs, kw, 0, 0, args)) return NULL;
    const o = self0(rt, args);
    if (kindOf(rt, o) === Kind.CORO_WRAPPER) return generatorClose(rt, rt.i32[(o + AW_TARGET) >> 2] as Ref) < 0 ? NULL : rt.None;
    rt.i32[(o + AW_STATE) >> 2] = AW_CLOSED;
    return rt.None;
  }),
];

/** Installed by vm/interp.ts at bootstrap, as bytes.ts's tables. */
export const COROUTINE_TYPE_METHODS: [Kind, [string, number][]][] = [
  [Kind.COROUTINE, COROUTINE_METHODS],
  [Kind.ASYNC_GENERATOR, ASYNC_GENERATOR_METHODS],
  [Kind.ASYNC_GEN_ASEND, AWAITABLE_METHODS],
  [Kind.ASYNC_GEN_ATHROW, AWAITABLE_METHODS],
  [Kind.CORO_WRAPPER, AWAITABLE_METHODS],
];
