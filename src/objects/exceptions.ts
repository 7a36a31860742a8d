/*
 * Exceptions: BaseException's layout and the built-in hierarchy.
 *
 *   byte 16 EXC_DICT       __dict__ (the instance-dict word, shared with plain instances)
 *        20 EXC_ARGS       tuple: args
 *        24 EXC_TRACEBACK  traceback object or 0 (None)
 *        28 EXC_CONTEXT    __context__ or 0
 *        32 EXC_CAUSE      __cause__ or 0
 *        36 EXC_FLAGS      EXCF_SUPPRESS_CONTEXT (set by `raise ... from ...`)
 *        40 EXC_NAME       `name` of NameError / AttributeError / ImportError, or 0 (None)
 *        44 EXC_OBJ        AttributeError: `obj`; ImportError: `path`; NameError: the
 *                          globals dict of the frame that raised it (for the "Did you
 *                          mean" suggestion, vm/suggestions.ts); or 0
 *        48 EXC_SIZE
 *
 * Every exception is an object from the moment it is raised (no lazy normalisation):
 * simpler, and raising in a loop is not on any fast path that matters (FOR_ITER ends
 * loops with a sentinel, not StopIteration).
 *
 * Tracebacks: a traceback entry is a small heap object (TB_NEXT, TB_CODE, TB_LASTI,
 * TB_LINENO, TB_LOCALS). It names the code object and instruction, not the frame: frames
 * live on the thread's data stack and are gone once unwound. What a frame held that CPython's
 * traceback keeps alive, its local variables, moves into TB_LOCALS when the exception
 * leaves the frame (vm/evalhelpers.ts frameReleaseIntoTraceback): a tuple of the frame's
 * local words, last first (cells as cells, unbound as None), released with the traceback, so an
 * object a raising function held dies when the exception is cleared, as in CPython, not
 * when its frame unwound (a __del__ runs after the `except` block, not before it); a
 * generator's or coroutine's frame finishing by an exception does the same
 * (frameLocalsIntoTraceback). 0 for frames without locals. tb_frame's f_locals reads it.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { HeapExhausted } from '../heap/exhausted.js';
import { incref, decref } from '../vm/refs.js';
import { raiseNew } from '../vm/errors.js';
import { isSubtype } from './type.js';
import { newObject } from './object.js';
import { tupleNew, tupleSetItemSteal, tupleSize, tupleItem } from './tuple.js';
import { strFromJS, strToJS } from './str.js';
import { TP_BASICSIZE, TP_NAME } from './typelayout.js';
import { FR_CODE, FRAME_HEADER_WORDS } from '../vm/frame.js';
import { CO_NLOCALSPLUS } from './code.js';
import { TS_CUREXC } from '../vm/threadstate.js';
import { TUPLE_ITEMS_WORD } from './tuple.js';
import { objLock, objUnlock } from '../vm/objlock.js';

export const EXC_DICT = 16;
export const EXC_ARGS = 20;
export const EXC_TRACEBACK = 24;
export const EXC_CONTEXT = 28;
export const EXC_CAUSE = 32;
export const EXC_FLAGS = 36;
export const EXC_NAME = 40;
export const EXC_OBJ = 44;
export const EXC_SIZE = 48;
export const EXCF_SUPPRESS_CONTEXT = 1;

export const TB_NEXT = 16;
export const TB_CODE = 20;
export const TB_LASTI = 24;
export const TB_LINENO = 28;
export const TB_LOCALS = 32;
export const TB_SIZE = 36;

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
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['FileExistsError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
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
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
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

/** Records name (and obj) on an exception if it has none yet (CPython 3.11's
 * set_attribute_error_context / format_exc_check_arg). Both borrowed; obj may be 0. */
export function exceptionSetNameContext(rt: Runtime, exc: Ref, name: Ref, obj: Ref): void {
  const i32 = rt.i32;
  if (i32[(exc + EXC_NAME) >> 2] !== 0 || i32[(exc + EXC_OBJ) >> 2] !== 0) return;
  incref(rt, name);
  i32[(exc + EXC_NAME) >> 2] = name;
  if (obj !== 0) {
    incref(rt, obj);
    i32[(exc + EXC_OBJ) >> 2] = obj;
  }
}

/**
 * The keyword arguments of the built-in exceptions' __init__ (values at words kw..,
 * names in the kwnames tuple): name= for NameError; name=, obj= for AttributeError;
 * name=, path= for ImportError; none for the others ("X() takes no keyword arguments").
 * 0, or -1 with TypeError set.
 */
export function exceptionInitKeywords(rt: Runtime, exc: Ref, kw: number, kwnames: Ref): number {
  const i32 = rt.i32;
  const t = i32[exc >> 2] as Ref;
  const accepted: [string, string[]] | null = isSubtype(rt, t, rt.exc.AttributeError!) ? ['AttributeError', ['name', 'obj']]
    : isSubtype(rt, t, rt.exc.NameError!) ? ['NameError', ['name']]
    : isSubtype(rt, t, rt.exc.ImportError!) ? ['ImportError', ['name', 'path']] : null;
  if (accepted === null) {
    raiseNew(rt, rt.exc.TypeError!, `${strToJS(rt, i32[(t + TP_NAME) >> 2] as Ref)}() takes no keyword arguments`);
    return -1;
  }
  const n = tupleSize(rt, kwnames);
  for (let i = 0; i < n; i++) {
    const key = strToJS(rt, tupleItem(rt, kwnames, i));
    const ix = accepted[1].indexOf(key);
    if (ix < 0) {
      raiseNew(rt, rt.exc.TypeError!, `'${key}' is an invalid keyword argument for ${accepted[0]}()`);
      return -1;
    }
    const off = ix === 0 ? EXC_NAME : EXC_OBJ;
    const v = i32[kw + i] as Ref;
    incref(rt, v);
    const old = i32[(exc + off) >> 2]!;
    i32[(exc + off) >> 2] = v;
    decref(rt, old);
  }
  return 0;
}

/** Adds a traceback entry for (code, lasti, lineno) in front of exc's traceback. */
export function tracebackHere(rt: Runtime, exc: Ref, code: Ref, lasti: number, lineno: number): void {
  const tb = newObject(rt, rt.kindTypes[23 /* Kind.TRACEBACK */]!, TB_SIZE);
  const i32 = rt.i32;
  i32[(tb + TB_CODE) >> 2] = code; // code objects are immortal
  i32[(tb + TB_LASTI) >> 2] = lasti;
  i32[(tb + TB_LINENO) >> 2] = lineno;
  i32[(tb + TB_LOCALS) >> 2] = 0;
  // No-GIL: one exception object raised by several threads at once (a module-level
  // instance, `raise shared_exc`) has its traceback word read and replaced by each: under
  // the exception's lock, or two entries would steal the same old chain (one leaked, the
  // chain released twice). CPython 3.13t's BaseException traceback setter is a critical section.
  const took = rt.rc.atomic && objLock(rt, exc);
  i32[(tb + TB_NEXT) >> 2] = i32[(exc + EXC_TRACEBACK) >> 2]!; // steals exc's reference
  i32[(exc + EXC_TRACEBACK) >> 2] = tb;
  if (took) objUnlock(rt, exc);
}

/** Drops exc's traceback, __context__ and __cause__ (a reused exception object: the
 * reserved MemoryError, evalhelpers.ts raiseMemoryError). */
export function exceptionClearChain(rt: Runtime, exc: Ref): void {
  for (const off of [EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE]) {
    const held = rt.i32[(exc + off) >> 2]! as Ref;
    rt.i32[(exc + off) >> 2] = 0;
    if (held !== 0) decref(rt, held);
  }
}

/**
 * The move of vm/evalhelpers.ts frameReleaseIntoTraceback: the frame's local variables (each slot left 0) go
 * into the exception's newest traceback entry when that entry is the frame's own and has
 * none yet. Also a generator's or coroutine's frame that finished by raising
 * (objects/generator.ts generatorFinish): its locals live as long as the traceback, as
 * CPython's frame object does.
 */
export function frameLocalsIntoTraceback(rt: Runtime, fp: number): void {
  const i32 = rt.i32;
  const code = i32[fp + FR_CODE]!;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const exc = i32[(rt.ts + TS_CUREXC) >> 2]! as Ref;
  if (nlp === 0 || exc === 0) return;
  // No-GIL: the newest entry of an exception raised by several threads at once may be
  // another thread's (same code); its locals word is tested and set under the exception's
  // lock, as tracebackHere prepends, so that two frames never both fill it (one tuple leaked)
  const took = rt.rc.atomic && objLock(rt, exc);
  const tb = i32[(exc + EXC_TRACEBACK) >> 2]!;
  if (tb !== 0 && i32[(tb + TB_CODE) >> 2] === code && i32[(tb + TB_LOCALS) >> 2] === 0) {
    const lp = fp + FRAME_HEADER_WORDS;
    let any = false;
    for (let i = 0; i < nlp && !any; i++) any = i32[lp + i] !== 0;
    let locals = 0 as Ref;
    if (any) {
      try {
        locals = tupleNew(rt, nlp);
      } catch (e) {
        // out of heap while a MemoryError propagates: the frame's locals are released with
        // it instead of kept for the traceback
        if (took) objUnlock(rt, exc);
        if (e instanceof HeapExhausted) return;
        throw e;
      }
    }
    if (locals !== 0) {
      const items = (locals >> 2) + TUPLE_ITEMS_WORD;
      // last local first: a tuple releases its items from the end, and CPython's frame
      // clears its locals from the first
      for (let i = 0; i < nlp; i++) {
        const v = i32[lp + i]!;
        i32[items + nlp - 1 - i] = v === 0 ? rt.None : v; // the frame's reference moves in (None is immortal)
        i32[lp + i] = 0;
      }
      i32[(tb + TB_LOCALS) >> 2] = locals;
    }
  }
  if (took) objUnlock(rt, exc);
}
