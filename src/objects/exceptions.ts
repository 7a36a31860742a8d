/*
 * Exceptions: BaseException's layout and the built-in hierarchy.
 *
 *   byte 16 EXC_DICT       __dict__ (the instance-dict word, shared with plain instances)
 *        20 EXC_ARGS       tuple: args
 *        24 EXC_TRACEBACK  traceback object or 0 (None)
 *        28 EXC_CONTEXT    __context__ or 0
 *        32 EXC_CAUSE      __cause__ or 0
 *        36 EXC_FLAGS      EXCF_SUPPRESS_CONTEXT (set by `raise ... from ...`)
 *        40 EXC_SIZE
 *
 * Every exception is an object from the moment it is raised (no lazy normalisation):
 * simpler, and raising in a loop is not on any fast path that matters (FOR_ITER ends
 * loops with a sentinel, not StopIteration).
 *
 * Tracebacks: a traceback entry is a small heap object (TB_NEXT, TB_CODE, TB_LASTI,
 * TB_LINENO). It names the code object and instruction, not the frame: frames live on the
 * thread's data stack and are gone once unwound (tb_frame is not supported).
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref } from '../vm/refs.js';
import { newObject } from './object.js';
import { tupleNew, tupleSetItemSteal } from './tuple.js';
import { strFromJS } from './str.js';
import { TP_BASICSIZE } from './typelayout.js';

export const EXC_DICT = 16;
export const EXC_ARGS = 20;
export const EXC_TRACEBACK = 24;
export const EXC_CONTEXT = 28;
export const EXC_CAUSE = 32;
export const EXC_FLAGS = 36;
export const EXC_SIZE = 40;
export const EXCF_SUPPRESS_CONTEXT = 1;

export const TB_NEXT = 16;
export const TB_CODE = 20;
export const TB_LASTI = 24;
export const TB_LINENO = 28;
export const TB_SIZE = 32;

/** The built-in hierarchy, parents before children: [name, base]. */
export const EXCEPTION_HIERARCHY: readonly (readonly [string, string | null])[] = [
  ['BaseException', null],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['FileNotFoundError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
];

/** An instance of exception type `type` with args (stolen tuple). New reference. */
export function exceptionNew(rt: Runtime, type: Ref, args: Ref): Ref {
  const size = rt.i32[(type + TP_BASICSIZE) >> 2]!;
  const e = newObject(rt, type, size);
  rt.i32[(e + EXC_ARGS) >> 2] = args;
  return e;
}

export function exceptionNewFromString(rt: Runtime, type: Ref, message: string): Ref {
  const t = tupleNew(rt, 1);
  tupleSetItemSteal(rt, t, 0, strFromJS(rt, message));
  return exceptionNew(rt, type, t);
}

/** excType(arg): arg borrowed. */
export function exceptionNewWithArg(rt: Runtime, type: Ref, arg: Ref): Ref {
  const t = tupleNew(rt, 1);
  incref(rt, arg);
  tupleSetItemSteal(rt, t, 0, arg);
  return exceptionNew(rt, type, t);
}

export function exceptionNewNoArgs(rt: Runtime, type: Ref): Ref {
  return exceptionNew(rt, type, rt.emptyTuple);
}

/** Adds a traceback entry for (code, lasti, lineno) in front of exc's traceback. */
export function tracebackHere(rt: Runtime, exc: Ref, code: Ref, lasti: number, lineno: number): void {
  const tb = newObject(rt, rt.kindTypes[23 /* Kind.TRACEBACK */]!, TB_SIZE);
  const i32 = rt.i32;
  i32[(tb + TB_NEXT) >> 2] = i32[(exc + EXC_TRACEBACK) >> 2]!; // steals exc's reference
  i32[(tb + TB_CODE) >> 2] = code; // code objects are immortal
  i32[(tb + TB_LASTI) >> 2] = lasti;
  i32[(tb + TB_LINENO) >> 2] = lineno;
  i32[(exc + EXC_TRACEBACK) >> 2] = tb;
}
