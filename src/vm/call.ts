/*
 * Calling any callable from JS (natives, the abstract protocol) and setting up the frame
 * of a Python function call.
 *
 * Two ways into Python code:
 *  - From the eval loop (CALL of a Python function, or of a class whose __init__ is a
 *    Python function): the loop pushes the frame with `frameForCall` and keeps running in
 *    the same JS activation. No JS recursion: deep Python recursion costs heap, not JS
 *    stack.
 *  - From native code (a __repr__ called by print, __eq__ from a dict lookup, key= of
 *    sorted, a user __next__, __build_class__ running a class body): `callVector` pushes
 *    the frame flagged FRF_ENTRY and runs a NESTED eval loop (CPython's C recursion).
 *    A nested loop runs with an unbounded budget and returns when its entry frame does:
 *    a thread inside a nested call is therefore pinned to its executor until the call
 *    returns (the threads issue may still hand the GIL over at the nested loop's switch
 *    checks, but the JS activation cannot migrate). Nesting counts towards the recursion
 *    limit (TS_DEPTH), and a level is entered only while the JS stack has room for it
 *    (vm/stackguard.ts), so RecursionError comes before a JS stack overflow.
 *
 * Arguments: `args` is the i32 index of consecutive argument words (borrowed), `nargs`
 * counts them all, the last len(kwnames) are keyword values (vectorcall). Helpers that
 * need to build an argument vector take scratch words from the thread's data stack.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { incref, decref, newRef } from './refs.js';
import { raiseTypeError, raiseNew, errOccurred } from './errors.js';
import { callNative } from './natives.js';
import { dataStackPush, dataStackPop } from './datastack.js';
import {
  FR_BACK, FR_BUILTINS, FR_CODE, FR_FLAGS, FR_FUNC, FR_GLOBALS, FR_IP, FR_LOCALS, FR_SP,
  FRAME_HEADER_WORDS, FRF_ENTRY,
} from './frame.js';
import { TS_DEPTH, TS_FRAME, TS_NESTED, TS_RESULT } from './threadstate.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, typeOf } from '../objects/object.js';
import {
  CO_ARGCOUNT, CO_FLAGS, CO_FRAMEWORDS, CO_KWONLY, CO_LPNAMES, CO_NLOCALSPLUS, CO_POSONLY,
} from '../objects/code.js';
import { FN_BUILTINS, FN_CODE, FN_DEFAULTS, FN_GLOBALS, FN_KWDEFAULTS, FN_QUALNAME } from '../objects/function.js';
import { BF_INDEX, BF_SELF, BM_FUNC, BM_SELF, MD_INDEX, MD_NAME, MD_TYPE, SM_FUNC } from '../objects/method.js';
import { tupleItem, tupleSize, tupleNew, tupleSetItemSteal, tupleFromRefs, TUPLE_ITEMS_WORD } from '../objects/tuple.js';
import { dictNew, dictSetItem, dictGetStr, dictGetItem } from '../objects/dict.js';
import { strToJS, strToJSImmortal, strEq } from '../objects/str.js';
import { typeLookup, isSubtype, typeName, typeQualname } from '../objects/type.js';
import { TP_FLAGS, TP_KIND, TPF_HEAPTYPE, TPF_PARTIAL, TPF_GETTER } from '../objects/typelayout.js';
import { MB_OFFSET } from '../objects/member.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.js';
import { typeCall } from '../objects/typecall.js';
import { callNativeLocked } from './critical.js';
import { jsStackEnter, jsStackLeave, enterRecursiveCall, leaveRecursiveCall } from './stackguard.js';

/** Status of a run of the eval loop. */
export const EVAL_FINISHED = 0;
export const EVAL_ERROR = 1;
export const EVAL_YIELDED = 2;

/**
 * Nested eval loops run in slices of this many instructions, re-entering evalLoop until
 * the frame is done, exactly as the outer loop does: gilvm runs with V8's on-stack
 * replacement off (vm/eval.ts, "JIT warm-up"), so a long-running activation of evalLoop
 * would never switch to the optimised code; re-entering it every slice does.
 */
export const NESTED_SLICE = 20_000;

/**
 * The budget of the next nested eval-loop slice. A worker executor (vm/threads.ts)
 * registers a hook: at a nested slice boundary whose scheduler slice is used up it hands
 * the GIL over / runs other threads' slices, and it returns the instructions left in the
 * thread's slice (capped at NESTED_SLICE). Without a hook (single-threaded runs):
 * NESTED_SLICE. Set once per JS thread when its executor starts; code, not state.
 */
let nestedSliceHook: ((rt: Runtime) => number) | null = null;
export function registerNestedSliceHook(fn: ((rt: Runtime) => number) | null): void {
  nestedSliceHook = fn;
}
export function nestedSliceBudget(rt: Runtime): number {
  return nestedSliceHook === null ? NESTED_SLICE : nestedSliceHook(rt);
}

type EvalFn = (rt: Runtime, budget: number) => number;
let evalLoopRef: EvalFn | null = null;
/** eval.ts registers its loop here (breaks the import cycle eval -> call -> eval).
 * Set once at import time; code, not state. */
export function registerEvalLoop(fn: EvalFn): void {
  evalLoopRef = fn;
}

export function recursionLimit(rt: Runtime): number {
  return rt.recursionLimit;
}

/** Raises RecursionError. `typeCall`: the limit was met by the type call of a class or an
 * instance before its frame (CPython's _PyObject_MakeTpCall check words it so). */
export function raiseRecursion(rt: Runtime, typeCall = false): Ref {
  return raiseNew(rt, rt.exc.RecursionError!, typeCall ? 'maximum recursion depth exceeded while calling a Python object' : 'maximum recursion depth exceeded');
}

function qualname(rt: Runtime, func: Ref): string {
  return strToJS(rt, rt.i32[(func + FN_QUALNAME) >> 2] as Ref);
}

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Pushes the frame that runs a module's code (`codeRef`, loaded) with `globals` as its
 * globals and `locals` (default: globals) as its locals mapping (a new reference to it is
 * stored). `entry`: the frame becomes the thread's outermost frame (FRF_ENTRY, TS_FRAME,
 * depth 1: the main program, a REPL input, a child process's script); otherwise it is a
 * plain frame the caller runs with runFrameNested (an import, exec/eval). Returns the
 * frame's word index.
 */
export function pushModuleFrame(rt: Runtime, codeRef: Ref, globals: Ref, entry: boolean, locals: Ref = globals): number {
  const i32 = rt.i32;
  const fp = dataStackPush(rt, i32[(codeRef + CO_FRAMEWORDS) >> 2]!);
  i32[fp + FR_CODE] = codeRef;
  i32[fp + FR_GLOBALS] = globals;
  i32[fp + FR_BUILTINS] = rt.builtins;
  rt.rc.incref(locals);
  i32[fp + FR_LOCALS] = locals;
  i32[fp + FR_SP] = FRAME_HEADER_WORDS + i32[(codeRef + CO_NLOCALSPLUS) >> 2]!;
  i32[fp + FR_FLAGS] = entry ? FRF_ENTRY : 0;
  if (entry) {
    i32[(rt.ts + TS_FRAME) >> 2] = fp;
    i32[(rt.ts + TS_DEPTH) >> 2] = 1;
  }
  return fp;
}

/** frameForCall's failure: discards the half-bound frame, raises TypeError(msg), 0. */
function frameFail(rt: Runtime, fp: number, msg: string): number {
  frameDiscard(rt, fp);
  raiseTypeError(rt, msg);
  return 0;
}

/** CPython's too_many_positional message: `given` positionals for `argcount` parameters,
 * counting the keyword-only parameters already bound by keyword. */
function tooManyPositional(rt: Runtime, func: Ref, argcount: number, kwonly: number, lp: number, given: number): string {
  const defaults = rt.i32[(func + FN_DEFAULTS) >> 2] as Ref;
  const nd = defaults === 0 ? 0 : tupleSize(rt, defaults);
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + kwonly; i++) if (rt.i32[lp + i] !== 0) kwonlyGiven++;
  const takes = nd > 0 ? `from ${argcount - nd} to ${argcount} positional arguments` : `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
  const kwonlyPart = kwonlyGiven > 0 ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  return `${qualname(rt, func)}() takes ${takes} but ${given}${kwonlyPart} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`;
}

/**
 * Pushes a frame for calling Python function `func` with the given arguments (borrowed:
 * each stored one is incref'd) and binds them to the parameters. Returns the frame's fp,
 * not yet linked into the thread's chain, or 0 with TypeError set. CPython's
 * _PyEvalFramePushAndInit + initialize_locals, with its messages.
 */
export function frameForCall(rt: Runtime, func: Ref, args: number, nargs: number, kwnames: Ref): number {
  const i32 = rt.i32;
  const code = i32[(func + FN_CODE) >> 2] as Ref;
  const cw = code >> 2;
  const argcount = i32[cw + (CO_ARGCOUNT >> 2)]!;
  const kwonly = i32[cw + (CO_KWONLY >> 2)]!;
  const flags = i32[cw + (CO_FLAGS >> 2)]!;
  const nlp = i32[cw + (CO_NLOCALSPLUS >> 2)]!;
  const fp = pushFunctionFrame(rt, func, code, nlp);
  const lp = fp + FRAME_HEADER_WORDS;
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  const npos = nargs - nkw;
  // Fast path: exact positional arguments.
  if (nkw === 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && npos === argcount && kwonly === 0) {
    for (let i = 0; i < npos; i++) {
      const v = i32[args + i]!;
      incref(rt, v);
      i32[lp + i] = v;
    }
    return fp;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) {
    const v = i32[args + i]!;
    incref(rt, v);
    i32[lp + i] = v;
  }
  let slot = argcount + kwonly;
  if (flags & CO_VARARGS) {
    const extra = npos > argcount ? npos - argcount : 0;
    const t = tupleNew(rt, extra);
    for (let i = 0; i < extra; i++) {
      const v = i32[args + argcount + i]! as Ref;
      incref(rt, v);
      tupleSetItemSteal(rt, t, i, v);
    }
    i32[lp + slot] = t;
    slot++;
  }
  let kwdict: Ref = NULL;
  if (flags & CO_VARKEYWORDS) {
    kwdict = dictNew(rt);
    i32[lp + slot] = kwdict;
  }
  const lpnames = i32[cw + (CO_LPNAMES >> 2)] as Ref;
  const posonly = i32[cw + (CO_POSONLY >> 2)]!;
  const nameWords = (lpnames >> 2) + TUPLE_ITEMS_WORD;
  for (let k = 0; k < nkw; k++) {
    const kn = tupleItem(rt, kwnames, k);
    const v = i32[args + npos + k]! as Ref;
    // the same string object first (the compiler interns both names), then by value
    let found = -1;
    for (let j = posonly; j < argcount + kwonly; j++) {
      if (i32[nameWords + j] === kn) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      for (let j = posonly; j < argcount + kwonly; j++) {
        if (strEq(rt, i32[nameWords + j] as Ref, kn)) {
          found = j;
          break;
        }
      }
    }
    if (found < 0) {
      if (kwdict !== NULL) {
        dictSetItem(rt, kwdict, kn, v);
        continue;
      }
      let isPosonly = false;
      for (let j = 0; j < posonly; j++) if (strEq(rt, tupleItem(rt, lpnames, j), kn)) isPosonly = true;
      if (isPosonly) {
        // CPython names every positional-only parameter passed by keyword, in parameter order
        const passed: string[] = [];
        for (let j = 0; j < posonly; j++) {
          const pn = tupleItem(rt, lpnames, j);
          for (let q = 0; q < nkw; q++) {
            if (strEq(rt, pn, tupleItem(rt, kwnames, q))) {
              passed.push(strToJS(rt, pn));
              break;
            }
          }
        }
        return frameFail(rt, fp, `${qualname(rt, func)}() got some positional-only arguments passed as keyword arguments: '${passed.join(', ')}'`);
      }
      return frameFail(rt, fp, `${qualname(rt, func)}() got an unexpected keyword argument '${strToJS(rt, kn)}'`);
    }
    if (i32[lp + found] !== 0) return frameFail(rt, fp, `${qualname(rt, func)}() got multiple values for argument '${strToJS(rt, kn)}'`);
    incref(rt, v);
    i32[lp + found] = v;
  }
  // CPython reports surplus positionals only after binding the keywords (initialize_locals):
  // f(1, 2, 3, c=1) for f(a, b) names the unexpected keyword, not the count.
  if (npos > argcount && (flags & CO_VARARGS) === 0) return frameFail(rt, fp, tooManyPositional(rt, func, argcount, kwonly, lp, npos));
  // Defaults for missing positional parameters.
  const defaults = i32[(func + FN_DEFAULTS) >> 2] as Ref;
  const nd = defaults === 0 ? 0 : tupleSize(rt, defaults);
  let missing: string[] | null = null;
  for (let i = 0; i < argcount; i++) {
    if (i32[lp + i] !== 0) continue;
    const di = i - (argcount - nd);
    if (di >= 0) {
      const d = tupleItem(rt, defaults, di);
      incref(rt, d);
      i32[lp + i] = d;
    } else (missing ??= []).push(strToJS(rt, tupleItem(rt, lpnames, i)));
  }
  if (missing !== null) {
    return frameFail(rt, fp, `${qualname(rt, func)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
  }
  const kwdefaults = i32[(func + FN_KWDEFAULTS) >> 2] as Ref;
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (i32[lp + i] !== 0) continue;
    const pn = tupleItem(rt, lpnames, i);
    const d = kwdefaults === 0 ? NULL : dictGetStr(rt, kwdefaults, pn);
    if (d !== NULL) {
      incref(rt, d);
      i32[lp + i] = d;
    } else (missing ??= []).push(strToJS(rt, pn));
  }
  if (missing !== null) {
    return frameFail(rt, fp, `${qualname(rt, func)}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
  }
  return fp;
}

/** Releases a frame that was pushed but never linked/run (or has finished): its locals,
 * stack items, function and locals mapping, then pops it off the data stack. */
export function frameDiscard(rt: Runtime, fp: number): void {
  frameDiscardContents(rt, fp);
  dataStackPop(rt, fp);
}

/** Releases a frame's stack items (up to its saved FR_SP), locals, function and locals
 * mapping; the data-stack words stay (the caller pops them). The order is CPython's for a
 * frame an exception leaves: the value stack from the top (exception_unwind's pops: an inner
 * loop's iterator goes before an outer one's, so their generators' `finally` blocks run
 * innermost first), then the locals in order (_PyFrame_Clear). */
export function frameDiscardContents(rt: Runtime, fp: number): void {
  const i32 = rt.i32;
  const code = i32[fp + FR_CODE]!;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const lp = fp + FRAME_HEADER_WORDS;
  const sp = fp + i32[fp + FR_SP]!;
  for (let p = sp - 1; p >= lp + nlp; p--) {
    const v = i32[p]!;
    if (v !== 0) {
      i32[p] = 0;
      decref(rt, v);
    }
  }
  for (let p = lp; p < lp + nlp; p++) {
    const v = i32[p]!;
    if (v !== 0) {
      i32[p] = 0;
      decref(rt, v);
    }
  }
  // cleared before they are released: a finalizer run by the release finds no stale field
  const func = i32[fp + FR_FUNC]!;
  const locals = i32[fp + FR_LOCALS]!;
  i32[fp + FR_FUNC] = 0;
  i32[fp + FR_LOCALS] = 0;
  decref(rt, func);
  decref(rt, locals);
}

/**
 * Runs frame fp (already set up, not linked) to completion in a nested eval loop.
 * Returns the result (new reference) or NULL with the exception set.
 */
export function runFrameNested(rt: Runtime, fp: number): Ref {
  const i32 = rt.i32;
  const ts = rt.ts >> 2;
  if (i32[ts + (TS_DEPTH >> 2)]! >= rt.recursionLimit || !jsStackEnter()) {
    frameDiscard(rt, fp);
    // CPython's check at the start of a frame has no "while ..." (a dunder or property
    // that recurses into itself through a native: `return len(self)`, `return self.x`)
    return raiseNew(rt, rt.exc.RecursionError!, 'maximum recursion depth exceeded');
  }
  i32[fp + FR_FLAGS]! |= FRF_ENTRY;
  i32[fp + FR_BACK] = i32[ts + (TS_FRAME >> 2)]!;
  i32[ts + (TS_FRAME >> 2)] = fp;
  i32[ts + (TS_DEPTH >> 2)]!++;
  i32[ts + (TS_NESTED >> 2)]!++;
  let status = evalLoopRef!(rt, nestedSliceBudget(rt));
  while (status === EVAL_YIELDED) status = evalLoopRef!(rt, nestedSliceBudget(rt));
  i32[ts + (TS_NESTED >> 2)]!--;
  jsStackLeave();
  if (status === EVAL_FINISHED) {
    const r = i32[ts + (TS_RESULT >> 2)] as Ref;
    i32[ts + (TS_RESULT >> 2)] = 0;
    return r;
  }
  return NULL;
}

/** Calls a Python function (nested loop). */
export function callPythonFunction(rt: Runtime, func: Ref, args: number, nargs: number, kwnames: Ref): Ref {
  const fp = frameForCall(rt, func, args, nargs, kwnames);
  if (fp === 0) return NULL;
  return runFrameNested(rt, fp);
}


/**
 * Whether calling class `cls` charges no level of recursion: the built-in classes with a
 * vectorcall in CPython 3.11 (float, bool, tuple, list, dict, set, frozenset, range,
 * enumerate, map, filter), which skip _PyObject_MakeTpCall's check (range's constructor
 * charges its own level: modules/builtins.ts ctorRange), and type(x) and str(x) with one
 * positional argument, which 3.11 specialises (PRECALL_NO_KW_TYPE_1 / _STR_1: str(x) is
 * PyObject_Str's own level) once the call is warm, as it is in any runaway recursion.
 * Every other class call (a user class, an exception class, int, str, object...) charges
 * one, so at the recursion limit `ValueError("x")` is a RecursionError as in CPython.
 */
function typeCallUncharged(rt: Runtime, cls: Ref, nargs: number, kwnames: Ref): boolean {
  if ((rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) return false;
  switch (rt.i32[(cls + TP_KIND) >> 2] as Kind) {
    case Kind.FLOAT: case Kind.BOOL: case Kind.TUPLE: case Kind.LIST: case Kind.DICT: case Kind.SET:
    case Kind.FROZENSET: case Kind.RANGE: case Kind.ENUMERATE: case Kind.MAP: case Kind.FILTER:
      return true;
    case Kind.TYPE:
      return cls === rt.tType && nargs === 1 && kwnames === NULL;
    case Kind.STR:
      return nargs === 1 && kwnames === NULL;
    default:
      return false;
  }
}
/** Calls any callable with a vector of borrowed arguments. New reference or NULL. */
export function callVector(rt: Runtime, callable: Ref, args: number, nargs: number, kwnames: Ref): Ref {
  const i32 = rt.i32;
  switch (kindOf(rt, callable)) {
    case Kind.FUNCTION:
      return callPythonFunction(rt, callable, args, nargs, kwnames);
    case Kind.BUILTIN_FUNCTION:
      if (!isModuleFunction(rt, callable)) {
        // a bound built-in method ([].append): __self__ is the native's first argument
        const w = dataStackPush(rt, nargs + 1);
        const vec = rt.i32;
        vec[w] = vec[(callable + BF_SELF) >> 2]!;
        for (let i = 0; i < nargs; i++) vec[w + 1 + i] = vec[args + i]!;
        const index = vec[(callable + BF_INDEX) >> 2]!;
        const r = rt.rc.atomic ? callNativeLocked(rt, index, w, nargs + 1, kwnames) : callNative(index, rt, w, nargs + 1, kwnames);
        dataStackPop(rt, w);
        return r;
      }
      // --no-gil: under the locks of its container arguments (vm/critical.ts)
      if (rt.rc.atomic) return callNativeLocked(rt, i32[(callable + BF_INDEX) >> 2]!, args, nargs, kwnames);
      return callNative(i32[(callable + BF_INDEX) >> 2]!, rt, args, nargs, kwnames);
    case Kind.METHOD_DESCRIPTOR: {
      const owner = i32[(callable + MD_TYPE) >> 2] as Ref;
      const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
      if (nargs - nkw < 1) {
        const name = strToJS(rt, i32[(callable + MD_NAME) >> 2] as Ref);
        if (isSlotWrapper(rt, callable)) return raiseTypeError(rt, `descriptor '${name}' of '${typeName(rt, owner)}' object needs an argument`);
        // T.__new__ words it as CPython's tp_new_wrapper (a function bound to T there)
        if (i32[(callable + MD_NAME) >> 2] === rt.names.__new__) return raiseTypeError(rt, `${typeName(rt, owner)}.__new__(): not enough arguments`);
        return raiseTypeError(rt, `unbound method ${typeQualname(rt, owner)}.${name}() needs an argument`);
      }
      const self = i32[args]! as Ref;
      const selfType = typeOf(rt, self);
      // (T.__new__ takes the class first, as CPython's tp_new_wrapper: it checks it itself)
      if (selfType !== owner && !isSubtype(rt, selfType, owner) && i32[(callable + MD_NAME) >> 2] !== rt.names.__new__) {
        const name = strToJS(rt, i32[(callable + MD_NAME) >> 2] as Ref);
        // a slot wrapper (wrapper_descriptor) words it as CPython's descr_check does
        if (isSlotWrapper(rt, callable)) return raiseTypeError(rt, `descriptor '${name}' requires a '${typeName(rt, owner)}' object but received a '${typeName(rt, selfType)}'`);
        return raiseTypeError(rt, `descriptor '${name}' for '${typeName(rt, owner)}' objects doesn't apply to a '${typeName(rt, selfType)}' object`);
      }
      // --no-gil: under the locks of its container arguments, self included (vm/critical.ts)
      if (rt.rc.atomic) return callNativeLocked(rt, i32[(callable + MD_INDEX) >> 2]!, args, nargs, kwnames);
      return callNative(i32[(callable + MD_INDEX) >> 2]!, rt, args, nargs, kwnames);
    }
    case Kind.BOUND_METHOD:
      return callWithSelfVector(rt, i32[(callable + BM_FUNC) >> 2] as Ref, i32[(callable + BM_SELF) >> 2] as Ref, args, nargs, kwnames);
    case Kind.TYPE:
      if (typeCallUncharged(rt, callable, nargs, kwnames)) return typeCall(rt, callable, args, nargs, kwnames);
      // CPython 3.11's _PyObject_MakeTpCall: a level of recursion for the call, held while
      // the class's __new__ / __init__ run (the eval loop's inline class call, CALL of a
      // class with a Python __init__, charges the same level itself)
      if (!enterRecursiveCall(rt, ' while calling a Python object')) return NULL;
      try {
        return typeCall(rt, callable, args, nargs, kwnames);
      } finally {
        leaveRecursiveCall(rt);
      }
    default: {
      const t = typeOf(rt, callable);
      if ((i32[(t + TP_FLAGS) >> 2]! & (TPF_PARTIAL | TPF_GETTER)) !== 0) {
        const r = (i32[(t + TP_FLAGS) >> 2]! & TPF_PARTIAL) !== 0 ? partialCall(rt, callable, t, args, nargs, kwnames)
          : getterCall(rt, callable, t, args, nargs, kwnames);
        if (r !== BY_PYTHON_CALL) return r;
      }
      if ((i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
        const d = typeLookup(rt, t, rt.names.__call__);
        if (d !== NULL) {
          const dk = kindOf(rt, d);
          if (dk === Kind.FUNCTION || dk === Kind.METHOD_DESCRIPTOR) return callWithSelfVector(rt, d, callable, args, nargs, kwnames);
          // any other __call__ binds as a descriptor (a staticmethod, a classmethod; a
          // built-in function does not bind and gets no self), as CPython's slot_tp_call
          const bound = bindForCall(rt, d, callable);
          if (bound === NULL) return NULL;
          const r = callVector(rt, bound, args, nargs, kwnames);
          decref(rt, bound);
          return r;
        }
      }
      // a staticmethod object is callable since 3.10: it calls the function it wraps
      if (kindOf(rt, callable) === Kind.STATICMETHOD) return callVector(rt, i32[(callable + SM_FUNC) >> 2] as Ref, args, nargs, kwnames);
      return raiseTypeError(rt, `'${typeName(rt, t)}' object is not callable`);
    }
  }
}

/** partialCall's and getterCall's answer when the call is left to the class's Python __call__. */
const BY_PYTHON_CALL = -1 as Ref;

/** The word index of slot `name` of an instance of class t (a member descriptor), or -1. */
function slotWordIndex(rt: Runtime, obj: Ref, t: Ref, name: Ref): number {
  const d = typeLookup(rt, t, name);
  if (d === NULL || kindOf(rt, d) !== Kind.MEMBER_DESCRIPTOR) return -1;
  return (obj + rt.i32[(d + MB_OFFSET) >> 2]!) >> 2;
}

/**
 * functools.partial(func, *pargs, **pkw)(*args, **kw), made natively as CPython's C
 * partial_vectorcall: func(*pargs, *args, **{**pkw, **kw}). BY_PYTHON_CALL when the
 * object is not a complete partial (slots unset or changed) or, with --no-gil, its
 * keywords are not empty (they are read under the dict's lock there, by the Python
 * __call__).
 */
function partialCall(rt: Runtime, p: Ref, t: Ref, args: number, nargs: number, kwnames: Ref): Ref {
  const i32 = rt.i32;
  const fw = slotWordIndex(rt, p, t, rt.names.func);
  const aw = slotWordIndex(rt, p, t, rt.names.args);
  const kw = slotWordIndex(rt, p, t, rt.names.keywords);
  if (fw < 0 || aw < 0 || kw < 0) return BY_PYTHON_CALL;
  const func = i32[fw] as Ref;
  const pargs = i32[aw] as Ref;
  const pkw = i32[kw] as Ref;
  if (func === NULL || pargs === NULL || pkw === NULL || kindOf(rt, pargs) !== Kind.TUPLE || kindOf(rt, pkw) !== Kind.DICT) return BY_PYTHON_CALL;
  const npargs = tupleSize(rt, pargs);
  const pkwCount = dictIter.dictSize(rt, pkw);
  if (pkwCount > 0 && rt.rc.atomic) return BY_PYTHON_CALL;
  if (npargs === 0 && pkwCount === 0) {
    incref(rt, func);
    const r = callVector(rt, func, args, nargs, kwnames);
    decref(rt, func);
    return r;
  }
  // the keywords: the call's as they are, or {**pkw, **kw}: pkw's keys in order, a call
  // keyword replacing the value of an equal key
  const nkw = kwnames === NULL ? 0 : tupleSize(rt, kwnames);
  const npos = nargs - nkw;
  let names: Ref[] | null = null;
  let values: Ref[] | null = null;
  if (pkwCount > 0) {
    names = [];
    values = [];
    for (let ix = dictIter.dictNextEntry(rt, pkw, 0); ix >= 0; ix = dictIter.dictNextEntry(rt, pkw, ix + 1)) {
      names.push(newRef(rt, dictIter.dictEntryKey(rt, pkw, ix)));
      values.push(newRef(rt, dictIter.dictEntryValue(rt, pkw, ix)));
    }
    for (let k = 0; k < nkw; k++) {
      const name = tupleItem(rt, kwnames, k);
      const value = i32[args + npos + k] as Ref;
      let at = -1;
      for (let j = 0; j < names.length && at < 0; j++) if (names[j] === name || (kindOf(rt, names[j]!) === Kind.STR && strEq(rt, names[j]!, name))) at = j;
      incref(rt, value);
      if (at >= 0) {
        decref(rt, values[at]!);
        values[at] = value;
      } else {
        names.push(newRef(rt, name));
        values.push(value);
      }
    }
  }
  // the vector: pargs, the call's positionals, then the keyword values
  const nvalues = values === null ? nkw : values.length;
  const total = npargs + npos + nvalues;
  const w = dataStackPush(rt, total);
  const vec = rt.i32;
  for (let i = 0; i < npargs; i++) vec[w + i] = vec[(pargs >> 2) + TUPLE_ITEMS_WORD + i]!;
  for (let i = 0; i < npos; i++) vec[w + npargs + i] = vec[args + i]!;
  for (let i = 0; i < nvalues; i++) vec[w + npargs + npos + i] = values === null ? vec[args + npos + i]! : values[i]!;
  const allNames = names === null ? kwnames : tupleFromRefs(rt, names);
  incref(rt, func);
  incref(rt, pargs);
  const r = callVector(rt, func, w, total, allNames);
  decref(rt, pargs);
  decref(rt, func);
  dataStackPop(rt, w);
  if (names !== null) {
    decref(rt, allNames);
    for (const n of names) decref(rt, n);
    for (const v of values!) decref(rt, v);
  }
  return r;
}

/**
 * operator.itemgetter(*items)(obj) / attrgetter(*names)(obj), made natively as CPython's C
 * itemgetter_call / attrgetter_call: obj[item] or getattr(obj, name), a tuple of them for
 * several. BY_PYTHON_CALL (the Python __call__, its errors) for another argument form,
 * an incomplete object, or a dotted attribute name.
 */
function getterCall(rt: Runtime, g: Ref, t: Ref, args: number, nargs: number, kwnames: Ref): Ref {
  const i32 = rt.i32;
  let word = slotWordIndex(rt, g, t, rt.names._items);
  const items = word >= 0;
  if (!items) word = slotWordIndex(rt, g, t, rt.names._attrs);
  if (word < 0) return BY_PYTHON_CALL;
  // the C types' argument checks (METH_VARARGS with keywords refused, exactly one argument)
  const what = items ? 'itemgetter' : 'attrgetter';
  if (kwnames !== NULL && tupleSize(rt, kwnames) > 0) return raiseTypeError(rt, `${what}() takes no keyword arguments`);
  if (nargs !== 1) return raiseTypeError(rt, `${what} expected 1 argument, got ${nargs}`);
  const keys = i32[word] as Ref;
  if (keys === NULL || kindOf(rt, keys) !== Kind.TUPLE || tupleSize(rt, keys) === 0) return BY_PYTHON_CALL;
  const n = tupleSize(rt, keys);
  if (!items) {
    for (let k = 0; k < n; k++) {
      const name = tupleItem(rt, keys, k);
      if ((name & 1) === 1 || kindOf(rt, name) !== Kind.STR || strToJSImmortal(rt, name).includes('.')) return BY_PYTHON_CALL;
    }
  }
  const obj = i32[args] as Ref;
  incref(rt, keys);
  const fetch = (key: Ref): Ref => (items ? getItem(rt, obj, key) : getAttr(rt, obj, key));
  let r: Ref;
  if (n === 1) r = fetch(tupleItem(rt, keys, 0));
  else {
    const out: Ref[] = [];
    r = NULL;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const v = fetch(tupleItem(rt, keys, k));
      if (v === NULL) ok = false;
      else out.push(v);
    }
    if (ok) r = tupleFromRefs(rt, out);
    for (const v of out) decref(rt, v);
  }
  decref(rt, keys);
  return r;
}

/** func(self, *args): builds the vector in scratch words. */
export function callWithSelfVector(rt: Runtime, func: Ref, self: Ref, args: number, nargs: number, kwnames: Ref): Ref {
  if ((func & 1) === 0) {
    // a special method held by another descriptor (a class with __get__, staticmethod,
    // classmethod) or a callable instance: called as its __get__ binds it, as CPython's
    // vectorcall_method does (`__float__ = Descr(f)`: float(x)). Narrower than
    // callWithSelfN's rule: a built-in function here may be a type's __new__ (list.__new__
    // copied into a class), which takes the class first.
    const k = kindOf(rt, func);
    if (k === Kind.STATICMETHOD || k === Kind.CLASSMETHOD || isHeapTypeObj(rt, func)) {
      const bound = bindForCall(rt, func, self);
      if (bound === NULL) return NULL;
      const r = callVector(rt, bound, args, nargs, kwnames);
      decref(rt, bound);
      return r;
    }
  }
  const w = dataStackPush(rt, nargs + 1);
  const i32 = rt.i32;
  i32[w] = self;
  for (let i = 0; i < nargs; i++) i32[w + 1 + i] = i32[args + i]!;
  const r = callVector(rt, func, w, nargs + 1, kwnames);
  dataStackPop(rt, w);
  return r;
}

/**
 * The frame of a Python function called from a native with exactly `n` positional
 * arguments, when its code takes exactly those (no defaults needed, no *args, **kwargs or
 * keyword-only parameters): frameForCall's fast path without an argument vector. The
 * header is written and the locals zeroed; the caller stores the n arguments (counted)
 * from fp + FRAME_HEADER_WORDS and runs it with runFrameNested. 0 when the call needs
 * frameForCall (func is not a function, or its parameters differ).
 */
function exactFrame(rt: Runtime, func: Ref, n: number): number {
  const i32 = rt.i32;
  if ((func & 1) === 1 || kindOf(rt, func) !== Kind.FUNCTION) return 0;
  const code = i32[(func + FN_CODE) >> 2] as Ref;
  const cw = code >> 2;
  if (i32[cw + (CO_ARGCOUNT >> 2)] !== n || i32[cw + (CO_KWONLY >> 2)] !== 0 ||
      (i32[cw + (CO_FLAGS >> 2)]! & (CO_VARARGS | CO_VARKEYWORDS)) !== 0) return 0;
  return pushFunctionFrame(rt, func, code, i32[cw + (CO_NLOCALSPLUS >> 2)]!);
}

/** Pushes the frame of function func (its code `code`, nlp locals): the header written
 * (func counted), the locals zeroed; not linked into the thread's chain. */
function pushFunctionFrame(rt: Runtime, func: Ref, code: Ref, nlp: number): number {
  const i32 = rt.i32;
  const fp = dataStackPush(rt, i32[(code + CO_FRAMEWORDS) >> 2]!, FRAME_HEADER_WORDS + nlp);
  i32[fp + FR_CODE] = code;
  incref(rt, func);
  i32[fp + FR_FUNC] = func;
  i32[fp + FR_GLOBALS] = i32[(func + FN_GLOBALS) >> 2]!;
  i32[fp + FR_BUILTINS] = i32[(func + FN_BUILTINS) >> 2]!;
  i32[fp + FR_SP] = FRAME_HEADER_WORDS + nlp;
  return fp;
}

export function call0(rt: Runtime, f: Ref): Ref {
  const fp = exactFrame(rt, f, 0);
  if (fp !== 0) return runFrameNested(rt, fp);
  return callVector(rt, f, 0, 0, NULL);
}

export function call1(rt: Runtime, f: Ref, a: Ref): Ref {
  const fp = exactFrame(rt, f, 1);
  if (fp !== 0) {
    incref(rt, a);
    rt.i32[fp + FRAME_HEADER_WORDS] = a;
    return runFrameNested(rt, fp);
  }
  const w = dataStackPush(rt, 1);
  rt.i32[w] = a;
  const r = callVector(rt, f, w, 1, NULL);
  dataStackPop(rt, w);
  return r;
}

export function call2(rt: Runtime, f: Ref, a: Ref, b: Ref): Ref {
  const fp = exactFrame(rt, f, 2);
  if (fp !== 0) {
    incref(rt, a);
    incref(rt, b);
    rt.i32[fp + FRAME_HEADER_WORDS] = a;
    rt.i32[fp + FRAME_HEADER_WORDS + 1] = b;
    return runFrameNested(rt, fp);
  }
  const w = dataStackPush(rt, 2);
  rt.i32[w] = a;
  rt.i32[w + 1] = b;
  const r = callVector(rt, f, w, 2, NULL);
  dataStackPop(rt, w);
  return r;
}

export function call3(rt: Runtime, f: Ref, a: Ref, b: Ref, c: Ref): Ref {
  const w = dataStackPush(rt, 3);
  rt.i32[w] = a;
  rt.i32[w + 1] = b;
  rt.i32[w + 2] = c;
  const r = callVector(rt, f, w, 3, NULL);
  dataStackPop(rt, w);
  return r;
}

/** Calls a descriptor found on a type as a method of self: functions and method
 * descriptors get self prepended; anything else is bound first (descriptor protocol). */
export function callWithSelf0(rt: Runtime, d: Ref, self: Ref): Ref {
  return callWithSelfN(rt, d, self, NULL, NULL, 0);
}
export function callWithSelf1(rt: Runtime, d: Ref, self: Ref, a: Ref): Ref {
  return callWithSelfN(rt, d, self, a, NULL, 1);
}
export function callWithSelf2(rt: Runtime, d: Ref, self: Ref, a: Ref, b: Ref): Ref {
  return callWithSelfN(rt, d, self, a, b, 2);
}

function callWithSelfN(rt: Runtime, d: Ref, self: Ref, a: Ref, b: Ref, n: number): Ref {
  const fp = exactFrame(rt, d, n + 1);
  if (fp !== 0) {
    const lp = fp + FRAME_HEADER_WORDS;
    incref(rt, self);
    rt.i32[lp] = self;
    if (n > 0) {
      incref(rt, a);
      rt.i32[lp + 1] = a;
      if (n > 1) {
        incref(rt, b);
        rt.i32[lp + 2] = b;
      }
    }
    return runFrameNested(rt, fp);
  }
  const k = kindOf(rt, d);
  if (k === Kind.FUNCTION || k === Kind.METHOD_DESCRIPTOR) {
    const w = dataStackPush(rt, n + 1);
    rt.i32[w] = self;
    rt.i32[w + 1] = a;
    rt.i32[w + 2] = b;
    const r = callVector(rt, d, w, n + 1, NULL);
    dataStackPop(rt, w);
    return r;
  }
  const bound = bindForCall(rt, d, self);
  if (bound === NULL) return NULL;
  const r = n === 0 ? call0(rt, bound) : n === 1 ? call1(rt, bound, a) : call2(rt, bound, a, b);
  decref(rt, bound);
  return r;
}

import { bindDescriptor, getAttr, getItem, isHeapTypeObj } from '../objects/abstract.js';
import { isModuleFunction, isSlotWrapper } from '../objects/method.js';
function bindForCall(rt: Runtime, d: Ref, self: Ref): Ref {
  return bindDescriptor(rt, d, self, typeOf(rt, self));
}

/**
 * f(*tuple, **dict): tuple (may be NULL = empty), dict (may be NULL), `self` (may be NULL)
 * first.
 *
 * `retryable`: f is a built-in function or bound built-in method (self its __self__, or
 * NULL) called by CALL_FUNCTION_EX from the thread's outermost eval loop with the
 * instruction's own tuple and dict (evalhelpers.ts callFunctionEx). Its native gets the
 * vector directly, published as rt.exCallArgs while it runs: a blocking native
 * (time.sleep, Event.wait, Queue.get, Lock.acquire ... as a thread's target, or called as
 * f(*args)) then parks the thread and returns RETRY_CALL (vm/threads.ts retryableCall),
 * and the eval loop re-executes the instruction, as it does CALL. Without it the native
 * waited inside a nested call, keeping its executor's JS stack (threads.ts nestedWait):
 * with every executor so taken the other threads waited for a spare executor to start
 * (five threads whose target is time.sleep(0.2) took 0.5-0.7 s, not 0.2 s).
 */
export function callWithTupleDict(rt: Runtime, f: Ref, self: Ref, argsTuple: Ref, kwargs: Ref, retryable = false): Ref {
  const npos = argsTuple === NULL ? 0 : tupleSize(rt, argsTuple);
  const selfN = self === NULL ? 0 : 1;
  let nkw = 0;
  const keys: Ref[] = [];
  const values: Ref[] = [];
  if (kwargs !== NULL) {
    const { dictNextEntry, dictEntryKey, dictEntryValue } = dictIter;
    for (let ix = dictNextEntry(rt, kwargs, 0); ix >= 0; ix = dictNextEntry(rt, kwargs, ix + 1)) {
      const k = dictEntryKey(rt, kwargs, ix);
      if (kindOf(rt, k) !== Kind.STR) return raiseTypeError(rt, 'keywords must be strings');
      keys.push(k);
      values.push(dictEntryValue(rt, kwargs, ix));
      nkw++;
    }
  }
  const total = selfN + npos + nkw;
  // at least one word: an empty vector still needs an address of its own (rt.exCallArgs)
  const w = dataStackPush(rt, Math.max(1, total));
  const i32 = rt.i32;
  if (selfN) i32[w] = self;
  for (let i = 0; i < npos; i++) i32[w + selfN + i] = tupleItem(rt, argsTuple, i);
  for (let i = 0; i < nkw; i++) i32[w + selfN + npos + i] = values[i]!;
  let kwnames: Ref = NULL;
  if (nkw > 0) {
    kwnames = tupleNew(rt, nkw);
    for (let i = 0; i < nkw; i++) {
      incref(rt, keys[i]!);
      tupleSetItemSteal(rt, kwnames, i, keys[i]!);
    }
  }
  let r: Ref;
  if (!retryable) {
    r = callVector(rt, f, w, total, kwnames);
  } else {
    const index = i32[(f + BF_INDEX) >> 2]!;
    const outer = rt.exCallArgs;
    rt.exCallArgs = w;
    try {
      r = rt.rc.atomic ? callNativeLocked(rt, index, w, total, kwnames) : callNative(index, rt, w, total, kwnames);
    } finally {
      rt.exCallArgs = outer;
    }
  }
  decref(rt, kwnames);
  dataStackPop(rt, w);
  return r;
}

import * as dictIter from '../objects/dict.js';
export { dictGetItem, errOccurred, newRef, TUPLE_ITEMS_WORD, FR_LOCALS };
