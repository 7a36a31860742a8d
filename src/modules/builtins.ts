/*
 * The builtins module's functions, the constructors of the built-in types (TP_NEW_NATIVE)
 * and the methods of the built-in types (installed as method descriptors by
 * vm/interp.ts). All natives follow vm/natives.ts's calling convention; messages are
 * CPython 3.11's.
 *
 * print writes through vm/output.ts (buffered; flushed at exit, on flush=True and before
 * input()).
 */
import { moveWords } from '../heap/move.js';
import { BUILTIN_TYPE_DIR_NAMES, EXCEPTION_DIR_NAMES, OBJECT_DIR_NAMES } from '../objects/builtin-type-names.js';
import { lazyModuleNames } from './lazy-names.js';
import { setPopKey } from '../objects/setorder.js';
import {
  setUpdateInternal, setMakeNew, setCopyMethod, setClearInternal, setUnionMulti, setIntersectionMulti,
  setDifferenceMulti, setSymmetricDifference, setIntersectionUpdateMulti, setDifferenceUpdateInternal, setSymmetricDifferenceUpdate, setsDisjoint, isAnySet,
} from '../objects/setops.js';
import { dataStackPush, dataStackPop } from '../vm/datastack.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../vm/stackguard.js';
import { warnDeprecatedFromMain } from '../vm/traceback.js';
import { FLAG_ID_TAKEN, NULL, OB_FLAGS, type Ref, smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { parallelRunning } from '../vm/nogil.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { iterNextLocked } from '../vm/critical.js';
import {
  raiseTypeError, raiseValueError, raiseIndexError, raiseKeyError, raiseNew, errOccurred,
  raiseAttributeError, errorMatches, clearError, currentError, setRaised, raiseOverflow, raiseZeroDivision,
  fetchError, restoreError, raiseBrokenPipe,
} from '../vm/errors.js';
import { defineNative, INLINE_NATIVES, type NativeFn } from '../vm/natives.js';
import { evalImpl, execImpl, compileImpl } from './evalexec.js';
import { outputFlush, outputWriteParts } from '../vm/output.js';
import { stdinReadLine } from '../vm/stdin.js';
import { callVector, call0, call1, call2, call3, frameForCall, runFrameNested, callWithSelfVector, callWithSelf0, callWithSelf1 } from '../vm/call.js';
import { FR_LOCALS, FR_CODE, FRAME_HEADER_WORDS } from '../vm/frame.js';
import { TS_FRAME } from '../vm/threadstate.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, typeOf, newObject } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { strCodePointLen, strFromJS, strToJS, strLen, strUnits } from '../objects/str.js';
import { STR_METHODS, intOfIndex } from '../objects/strmethods.js';
import { INT_DIGITS, INT_NDIGITS, intFromNumber, intFromBigint, intToNumberOrBig, intToBigint, intFromHashWords, intSafeValue, intNegateOrAbs } from '../objects/int.js';
import { floatNew, floatValue, FLOAT_VALUE } from '../objects/float.js';
import { tupleNew, tupleSize, tupleItem, tupleSetItemSteal, tupleFromWords, tupleFromRefs, TUPLE_ITEMS_WORD } from '../objects/tuple.js';
import { listNew, listSize, listItemsWord, listAppend, listAppendSteal, listReserve, listFromWords, LIST_SIZE } from '../objects/list.js';
import { sortOrder, type SortFailure } from '../objects/listsort.js';
import { listRemoveAt, listExtend } from '../objects/seqops.js';
import {
  dictNew, dictGetItem, dictSetItem, dictNextEntry, dictPopLast, dictEntryKey, dictEntryValue, dictPop,
  dictClear, dictCopy, dictContains, dictDelItem, dictMergeDict, dictGetExactStr, dictGetStr, dictSize,
} from '../objects/dict.js';
import { setNew, setAdd, setKeyLookup } from '../objects/set.js';
import { rangeNew, rangeNewBig, rangeBounds, rangeLengthBig } from '../objects/range.js';
import { sliceNew, sliceIndices, SLICE_START, SLICE_STOP, SLICE_STEP } from '../objects/slice.js';
import { iterAlloc, dictRevIterNew, IT_AUX, IT_INDEX, IT_SEQ, IT_SIZE, CALLABLE_ITER, ZIP_STRICT } from '../objects/iter.js';
import { typeLookup, typeName, typeQualname, isSubtype, typeSubclasses } from '../objects/type.js';
import { TP_MRO, TP_FLAGS, TPF_HEAPTYPE, TP_KIND, TPF_SLOTS, TP_BASE, TP_DICTOFFSET, TP_NAME, TP_DICT, TPF_HAS_GETATTRIBUTE, TP_BASICSIZE, TPF_ABC, TPF_IS_ABSTRACT } from '../objects/typelayout.js';
import { arity, builtinSlotAttr, formatSpecIsStr } from '../objects/slotwrappers.js';
import { blockSize } from '../heap/alloc.js';
import { mangle } from '../frontend/symtable.js';
import { EXC_ARGS, exceptionSetNameContext } from '../objects/exceptions.js';
import { functionNew, FN_CODE, CELL_REF } from '../objects/function.js';
import { SM_FUNC, SM_SIZE, PR_GET, PR_SET, PR_DEL, PR_DOC, PR_SIZE, boundMethodNew, builtinFunctionNew, builtinMethodBind, MOD_DICT, MOD_NAME, moduleNew } from '../objects/method.js';
import { CO_LPNAMES, CO_NLOCALSPLUS, CO_KINDS_WORD, CO_FLAGS, CO_ARGCOUNT } from '../objects/code.js';
import { CO_FAST_FREE, CO_OPTIMIZED } from '../compiler/code.js';
import { classFromNamespace, classDictExtras, abstractClassError } from '../objects/typecall.js';
import { throwArgs, awaitableSend } from '../objects/coroutine.js';
import { intToBin, intToOct, intToHex, intToString } from '../objects/numfmt.js';
import { parseIntLiteral as parseIntText, parseFloat as parseFloatText, intMaxStrDigits } from '../objects/numparse.js';
import { bytesData, bytesNew, bytesReprJS, bytesSize, utf8Encodable } from '../objects/bytes.js';

function parseIntLiteral(rt: Runtime, s: string, base: number): Ref {
  if (base === 10) {
    const quick = shortDecimal(s);
    if (quick === quick) return intFromNumber(rt, quick);
  }
  const v = A.numeric(rt, () => parseIntText(s, base, undefined, intMaxStrDigits(rt)));
  return v === null ? NULL : intFromBigint(rt, v);
}

/**
 * The value of `[ws][sign]digits[ws]` with 1 to 15 ASCII digits and ASCII whitespace (the
 * common int('123') / int(line) of a text), else NaN (numparse.ts then parses it fully:
 * underscores, Unicode digits and spaces, errors).
 */
function shortDecimal(s: string): number {
  let i = 0, n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  while (n > i && isAsciiSpace(s.charCodeAt(n - 1))) n--;
  let negative = false;
  if (i < n) {
    const c = s.charCodeAt(i);
    if (c === 43 || c === 45) {
      negative = c === 45;
      i++;
    }
  }
  if (n - i < 1 || n - i > 15) return NaN;
  let v = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return negative ? -v : v;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** int(b'12') / float(b'1.5'): the bytes' text (latin-1), errors naming repr(x). */
function bytesLiteralText(rt: Runtime, x: Ref): string {
  let text = '';
  for (const b of bytesData(rt, x)) text += String.fromCharCode(b);
  return text;
}

function parseIntBytes(rt: Runtime, x: Ref, base: number): Ref {
  const shown = bytesReprJS(bytesData(rt, x)); // b'..' for a bytearray too, as CPython
  const v = A.numeric(rt, () => parseIntText(bytesLiteralText(rt, x), base, () => shown, intMaxStrDigits(rt)));
  return v === null ? NULL : intFromBigint(rt, v);
}

function parseFloatBytes(rt: Runtime, x: Ref): Ref {
  const shown = A.reprJS(rt, x) ?? '';
  const v = A.numeric(rt, () => parseFloatText(bytesLiteralText(rt, x), () => shown));
  return v === null ? NULL : floatNew(rt, v);
}

/** Plain decimal text (no spaces, underscores, non-ASCII digits or inf/nan): what
 * numparse.ts parseFloat would give to Number() unchanged. */
const PLAIN_FLOAT_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseFloatLiteral(rt: Runtime, s: string): Ref {
  // float('1.5'): the common case without parseFloat's mapping and checks, nor the closure
  if (PLAIN_FLOAT_TEXT.test(s)) return floatNew(rt, Number(s));
  const v = A.numeric(rt, () => parseFloatText(s));
  return v === null ? NULL : floatNew(rt, v);
}
import { hashInt } from '../objects/numhash.js';
import { roundFloat, roundFloatToInt } from '../objects/formatspec.js';
import { generatorSend, generatorThrow, generatorClose } from '../objects/generator.js';
import { TS_EXC_INFO } from '../vm/threadstate.js';
import { importModule } from './importer.js';
import { maybeRedirect } from '../vm/redirect.js';
import { complexAbs, complexPowModulo } from '../objects/complex.js';

type Methods = [string, number][];
const def = (name: string, fn: NativeFn): [string, number] => [name, defineNative(name, fn)];

/**
 * A built-in that CPython calls through cfunction_vectorcall_O / _NOARGS or
 * _PyObject_MakeTpCall (METH_O, METH_NOARGS, METH_VARARGS: abs, repr, hash, min, max, ...):
 * those charge a level of recursion, " while calling a Python object", for the call. It
 * decides which check a runaway recursion through them meets first, and so the message
 * (`def __repr__(self): return repr(self)`). The FASTCALL ones (len, sum, sorted, format,
 * isinstance, ...) charge nothing and use plain `def`.
 */
const defCharged = (name: string, fn: NativeFn): [string, number] => def(name, (rt, args, nargs, kw) => {
  if (!enterRecursiveCall(rt, ' while calling a Python object')) return NULL;
  try {
    return fn(rt, args, nargs, kw);
  } finally {
    leaveRecursiveCall(rt);
  }
});

const arg = (rt: Runtime, args: number, i: number): Ref => rt.i32[args + i] as Ref;

function nkwOf(rt: Runtime, kwnames: Ref): number {
  return kwnames === 0 ? 0 : tupleSize(rt, kwnames);
}

/** Index of keyword `name` among the keyword arguments, or -1. */
function kwIndex(rt: Runtime, kwnames: Ref, name: string): number {
  if (kwnames === 0) return -1;
  for (let i = 0; i < tupleSize(rt, kwnames); i++) if (strToJS(rt, tupleItem(rt, kwnames, i)) === name) return i;
  return -1;
}

/**
 * A native taking its parameters `names` by position or keyword (CPython's argument
 * clinic): keywords are moved into place and `impl` gets positional arguments only.
 * `posonly` leading parameters are positional-only and the first `required` ones have no
 * default. A missing optional parameter before a given one takes `gap(i)` (borrowed), or
 * is CPython's "missing required argument" TypeError when `gap` is absent or gives NULL.
 * The checks come in _PyArg_UnpackKeywords' order (total count, positional count, missing
 * required, given twice, unknown keyword), so a call wrong in several ways gets
 * CPython's message.
 */
function keywordsToPositions(fname: string, names: readonly string[], impl: NativeFn, gap?: (rt: Runtime, i: number) => Ref, required = 0, posonly = 0): NativeFn {
  const maxargs = names.length;
  return (rt, args, nargs, kw) => {
    const nkw = kw === 0 ? 0 : tupleSize(rt, kw);
    const npos = nargs - nkw;
    if (nargs > maxargs) {
      return raiseTypeError(rt, `${fname}() takes at most ${maxargs} ${npos === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (npos < posonly) {
      const exactly = posonly === maxargs ? 'exactly' : 'at least';
      return raiseTypeError(rt, `${fname}() takes ${exactly} ${posonly} positional argument${posonly === 1 ? '' : 's'} (${npos} given)`);
    }
    if (nkw === 0) return impl(rt, args, nargs, kw);
    const kwNames: string[] = [];
    for (let k = 0; k < nkw; k++) kwNames.push(strToJS(rt, tupleItem(rt, kw, k)));
    const slots: Ref[] = [];
    for (let i = 0; i < npos; i++) slots[i] = rt.i32[args + i] as Ref;
    let matched = 0;
    for (let i = Math.max(npos, posonly); i < maxargs; i++) {
      const k = kwNames.indexOf(names[i]!);
      if (k >= 0) {
        slots[i] = rt.i32[args + npos + k] as Ref;
        matched++;
      } else if (i < required) {
        return raiseTypeError(rt, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
    }
    if (matched < nkw) {
      for (let i = posonly; i < npos; i++) {
        if (kwNames.includes(names[i]!)) return raiseTypeError(rt, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
      const unknown = kwNames.find((kn) => names.indexOf(kn) < posonly);
      return raiseTypeError(rt, `'${unknown}' is an invalid keyword argument for ${fname}()`);
    }
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] !== undefined) continue;
      const g = gap?.(rt, i) ?? NULL;
      if (g === NULL) return raiseTypeError(rt, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      slots[i] = g;
    }
    const w = dataStackPush(rt, slots.length);
    for (let i = 0; i < slots.length; i++) rt.i32[w + i] = slots[i]!;
    const r = impl(rt, w, slots.length, NULL);
    dataStackPop(rt, w);
    return r;
  };
}

/** CPython's METH_NOARGS check for a builtin taking nothing: false with TypeError set. */
function noArgs(rt: Runtime, name: string, nargs: number, kwnames: Ref): boolean {
  if (!noKw(rt, name, kwnames)) return false;
  if (nargs > 0) {
    raiseTypeError(rt, `${name}() takes no arguments (${nargs} given)`);
    return false;
  }
  return true;
}

function noKw(rt: Runtime, name: string, kwnames: Ref): boolean {
  if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) {
    raiseTypeError(rt, `${name}() takes no keyword arguments`);
    return false;
  }
  return true;
}

function exactArgs(rt: Runtime, name: string, nargs: number, kwnames: Ref, n: number): boolean {
  if (!noKw(rt, name, kwnames)) return false;
  if (nargs !== n) {
    if (n === 1) raiseTypeError(rt, `${name}() takes exactly one argument (${nargs} given)`);
    else if (n === 0) raiseTypeError(rt, `${name}() takes no arguments (${nargs} given)`);
    else raiseTypeError(rt, `${name} expected ${n} arguments, got ${nargs}`);
    return false;
  }
  return true;
}

function rangeArgs(rt: Runtime, name: string, nargs: number, kwnames: Ref, min: number, max: number): boolean {
  if (!noKw(rt, name, kwnames)) return false;
  if (nargs < min) {
    raiseTypeError(rt, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  if (nargs > max) {
    raiseTypeError(rt, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    return false;
  }
  return true;
}

function isInt(rt: Runtime, v: Ref): boolean {
  const k = kindOf(rt, v);
  return k === Kind.INT || k === Kind.BOOL;
}

function intArg(rt: Runtime, v: Ref): number | null {
  if ((v & 1) === 1) return v >> 1;
  if (isInt(rt, v)) return Number(intToNumberOrBig(rt, v));
  const r = A.indexObject(rt, v);
  if (r === NULL) return null;
  const n = Number(intToNumberOrBig(rt, r));
  decref(rt, r);
  return n;
}

/** intArg for a Py_ssize_t parameter: CPython's OverflowError past its range. */
function ssizeArg(rt: Runtime, v: Ref): number | null {
  return intOfIndex(rt, v);
}

// ====================================================================== builtin functions

function printImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - nkw;
  let sep = ' ', end = '\n', flush = false;
  let file: Ref = NULL;
  for (let k = 0; k < nkw; k++) {
    const name = strToJS(rt, tupleItem(rt, kwnames, k));
    const v = arg(rt, args, npos + k);
    if (name === 'sep' || name === 'end') {
      if (v !== rt.None && kindOf(rt, v) !== Kind.STR) return raiseTypeError(rt, `${name} must be None or a string, not ${A.typeNameOf(rt, v)}`);
      if (v !== rt.None) {
        if (name === 'sep') sep = strToJS(rt, v);
        else end = strToJS(rt, v);
      }
    } else if (name === 'flush') flush = A.isTrue(rt, v) === 1;
    else if (name === 'file') file = v === rt.None ? NULL : v;
    else return raiseTypeError(rt, `'${name}' is an invalid keyword argument for print()`);
  }
  const pieces: string[] = []; // what CPython writes, one write() call each
  let failed = false;
  for (let i = 0; i < npos; i++) {
    if (i > 0) pieces.push(sep);
    const s = A.strJS(rt, arg(rt, args, i));
    if (s === null) {
      failed = true;
      break;
    }
    pieces.push(s);
  }
  if (!failed) {
    pieces.push(end);
    return printWrite(rt, file, pieces, flush);
  }
  // CPython writes each argument (and the separator before it) as it converts them, so an
  // argument whose __str__ raises leaves the ones before it written: `a b ` and no newline
  const err = fetchError(rt);
  if (printWrite(rt, file, pieces, false) === NULL) {
    decref(rt, err);
    return NULL;
  }
  restoreError(rt, err);
  return NULL;
}

/** True when `file` is exactly io.StringIO or _io.TextIOWrapper (lib/io.py, lib/_io.py): a C
 * class in CPython, so how many write() calls print makes on it is not observable. */
function isLibTextStream(rt: Runtime, file: Ref): boolean {
  const t = typeOf(rt, file);
  const name = strToJS(rt, rt.i32[(t + TP_NAME) >> 2] as Ref);
  if (name !== 'StringIO' && name !== 'TextIOWrapper') return false;
  const module = dictGetStr(rt, rt.i32[(t + TP_DICT) >> 2] as Ref, rt.names.__module__);
  if (module === NULL || kindOf(rt, module) !== Kind.STR) return false;
  const moduleName = strToJS(rt, module);
  return moduleName === 'io' || moduleName === '_io';
}

/** print()'s output: `pieces` written to `file` (NULL: sys.stdout as it is now). */
function printWrite(rt: Runtime, file: Ref, pieces: string[], flush: boolean): Ref {
  const sysMod = dictGetStr(rt, rt.modules, rt.names.sys);
  const sysDict = sysMod !== NULL && kindOf(rt, sysMod) === Kind.MODULE ? (rt.i32[(sysMod + MOD_DICT) >> 2] as Ref) : NULL;
  let fd = 1;
  if (file === NULL) {
    // sys.stdout as it is now: a program may have replaced it (CPython looks it up per call)
    if (sysDict !== NULL) {
      const current = dictGetStr(rt, sysDict, rt.names.stdout);
      if (current === rt.None) return rt.None;
      if (current !== NULL && current !== dictGetStr(rt, sysDict, rt.names.__stdout__)) file = current;
    }
  } else if (sysDict !== NULL && (file === dictGetStr(rt, sysDict, rt.names.__stdout__) || file === dictGetStr(rt, sysDict, rt.names.__stderr__))) {
    // file=sys.stdout / sys.stderr (the original streams): written as print to the default
    // stdout is, below
    fd = rt.i32[(file + 16) >> 2]! >> 1;
    file = NULL;
  }
  if (file !== NULL) {
    const w = A.getAttr(rt, file, rt.names.write);
    if (w === NULL) return NULL;
    // --no-gil: a line printed to a StringIO or an open() file is one write() (their C
    // write is not observable per call in CPython), so threads' lines never interleave as
    // on stdout; under the GIL print's writes already run without a switch between them
    if (rt.rc.atomic && pieces.length > 1 && isLibTextStream(rt, file)) pieces = [pieces.join('')];
    for (const piece of pieces) {
      const so = strFromJS(rt, piece);
      const r = call1(rt, w, so);
      decref(rt, so);
      if (r === NULL) {
        decref(rt, w);
        return NULL;
      }
      decref(rt, r);
    }
    decref(rt, w);
    if (flush) {
      const f = A.getAttr(rt, file, rt.names.flush);
      if (f === NULL) return NULL;
      const r = call0(rt, f);
      decref(rt, f);
      if (r === NULL) return NULL;
      decref(rt, r);
    }
    return rt.None;
  }
  // a piece stdout cannot encode (a lone surrogate) raises where CPython's write of it
  // does, after the pieces before it
  for (let p = 0; p < pieces.length; p++) {
    if (utf8Encodable(rt, pieces[p]!)) continue;
    if (p > 0 && !outputWriteParts(rt, fd, pieces.slice(0, p))) return raiseBrokenPipe(rt);
    return NULL;
  }
  // one write of the whole line, so threads' lines never interleave (--no-gil)
  if (!outputWriteParts(rt, fd, pieces) || (flush && !outputFlush(rt))) return raiseBrokenPipe(rt);
  return rt.None;
}

function minmax(rt: Runtime, args: number, nargs: number, kwnames: Ref, isMax: boolean): Ref {
  const name = isMax ? 'max' : 'min';
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - nkw;
  let key: Ref = NULL;
  let dflt: Ref = NULL;
  if (nkw > 2) return raiseTypeError(rt, `${name}() takes at most 2 keyword arguments (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    const v = arg(rt, args, npos + k);
    if (kn === 'key') key = v === rt.None ? NULL : v;
    else if (kn === 'default') dflt = v;
    // CPython counts the positional arguments first: max(sep=1) has none
    else return raiseTypeError(rt, npos === 0 ? `${name} expected at least 1 argument, got 0` : `'${kn}' is an invalid keyword argument for ${name}()`);
  }
  if (npos === 0) return raiseTypeError(rt, `${name} expected at least 1 argument, got 0`);
  if (npos === 2 && nkw === 0) {
    // max(a, b) / min(a, b) of two small ints or two exact floats (`best = max(best, x)`):
    // compared as numbers without the argument tuple and its iterator; the second wins
    // only when strictly greater (less), as below (equal ones and NaNs keep the first)
    const a = arg(rt, args, 0);
    const b = arg(rt, args, 1);
    if ((a & b & 1) === 1) return (isMax ? b > a : b < a) ? b : a;
    if (((a | b) & 1) === 0 && rt.i32[a >> 2] === rt.tFloat && rt.i32[b >> 2] === rt.tFloat) {
      const av = rt.f64[(a + FLOAT_VALUE) >> 3]!;
      const bv = rt.f64[(b + FLOAT_VALUE) >> 3]!;
      return newRef(rt, (isMax ? bv > av : bv < av) ? b : a);
    }
  }
  if (npos === 1 && nkw === 0) {
    const r = maybeRedirect(rt, name, arg(rt, args, 0), args, nargs, 1); // deep in a recursion: vm/redirect.ts
    if (r !== NULL || errOccurred(rt)) return r;
  }
  let it: Ref;
  if (npos === 1) {
    it = A.getIter(rt, arg(rt, args, 0));
    if (it === NULL) return NULL;
  } else {
    if (dflt !== NULL) return raiseTypeError(rt, `Cannot specify a default for ${name}() with multiple positional arguments`);
    const t = tupleFromWords(rt, args, npos);
    it = A.getIter(rt, t);
    decref(rt, t);
  }
  let best: Ref = NULL;
  let bestKey: Ref = NULL;
  const i32 = rt.i32;
  const f64 = rt.f64;
  const tFloat = rt.tFloat;
  for (;;) {
    const x = A.iterNext(rt, it);
    if (x === NULL) break;
    // without a key, two small ints or two exact floats are compared as numbers (equal
    // ones, and NaNs, keep the first, as the general path's strict comparison does); small
    // ints are tagged, so no references move, and bestKey is best itself
    if (key === NULL && best !== NULL) {
      if ((x & best & 1) === 1) {
        if (isMax ? x > best : x < best) best = bestKey = x;
        continue;
      }
      if (((x | best) & 1) === 0 && i32[x >> 2] === tFloat && i32[best >> 2] === tFloat) {
        const xv = f64[(x + FLOAT_VALUE) >> 3]!;
        const bv = f64[(best + FLOAT_VALUE) >> 3]!;
        if (isMax ? xv > bv : xv < bv) {
          decref(rt, best); decref(rt, bestKey);
          best = x; bestKey = newRef(rt, x);
        } else decref(rt, x);
        continue;
      }
    }
    const kx = key === NULL ? newRef(rt, x) : call1(rt, key, x);
    if (kx === NULL) {
      decref(rt, x); decref(rt, best); decref(rt, bestKey); decref(rt, it);
      return NULL;
    }
    if (best === NULL) {
      best = x;
      bestKey = kx;
      continue;
    }
    const c = A.richCompareBool(rt, kx, bestKey, isMax ? 4 : 0);
    if (c < 0) {
      decref(rt, x); decref(rt, kx); decref(rt, best); decref(rt, bestKey); decref(rt, it);
      return NULL;
    }
    if (c > 0) {
      decref(rt, best); decref(rt, bestKey);
      best = x; bestKey = kx;
    } else {
      decref(rt, x); decref(rt, kx);
    }
  }
  decref(rt, it);
  decref(rt, bestKey);
  if (errOccurred(rt)) {
    decref(rt, best);
    return NULL;
  }
  if (best === NULL) {
    if (dflt !== NULL) return newRef(rt, dflt);
    return raiseValueError(rt, `${name}() arg is an empty sequence`);
  }
  return best;
}

/** list.sort's work once its recursion level is charged (or not): None, NULL on error. */
function sortMethod(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const opts = sortKwargs(rt, args, nargs, kw, 1, 'sort');
  if (opts === null) return NULL;
  return listSortImpl(rt, self0(rt, args), opts.key, opts.reverse) < 0 ? NULL : rt.None;
}

function listSortImpl(rt: Runtime, l: Ref, key: Ref, reverse: boolean): number {
  // items and keys in JS arrays of small ints: a typed array per sort is a backing store
  // outside V8's heap (~1 us each; sorted() of a 100-item list took ~8x CPython's time with
  // four of them), and arrays grown by push cost more than the comparisons on a short key
  // --no-gil: the list's lock is held only while its items are taken out and while they are
  // put back (list.sort and sorted are lock-free natives, vm/critical.ts), never while a
  // key function or __lt__ runs: one blocking there, or reading a list another thread is
  // sorting, deadlocked (free-threaded CPython suspends the critical section instead).
  // Another thread meanwhile sees the list empty, as CPython makes it.
  const i32 = rt.i32;
  let took = rt.rc.atomic && objLock(rt, l);
  const n = listSize(rt, l);
  const w = listItemsWord(rt, l);
  const items: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) items[i] = i32[w + i]!;
  // CPython empties the list while sorting
  i32[(l + LIST_SIZE) >> 2] = 0;
  if (took) objUnlock(rt, l);
  let keys = items;
  let nkeys = n;
  let ok = true;
  if (key !== NULL) {
    keys = new Array<number>(n);
    nkeys = 0;
    for (let i = 0; i < n; i++) {
      const k = call1(rt, key, items[i] as Ref);
      if (k === NULL) { ok = false; break; }
      keys[nkeys++] = k;
    }
  }
  // the stable order of the positions by their keys (objects/listsort.ts); a comparison
  // that raised leaves the items in the order the sort had reached, as CPython
  let order: ArrayLike<number> | null = null;
  if (ok) {
    const failed: SortFailure = { order: null };
    order = sortOrder(rt, keys as unknown as ArrayLike<Ref>, reverse, failed);
    if (order === null) {
      ok = false;
      order = failed.order;
    }
  }
  if (key !== NULL) for (let i = 0; i < nkeys; i++) decref(rt, keys[i] as Ref);
  // items a key function or __lt__ put into the (emptied) list are dropped, and the sort
  // fails with CPython's "list modified during sort"
  took = rt.rc.atomic && objLock(rt, l);
  const m = listSize(rt, l);
  let added: Int32Array | null = null;
  try {
    if (m > 0) added = i32.slice(listItemsWord(rt, l), listItemsWord(rt, l) + m);
    i32[(l + LIST_SIZE) >> 2] = 0;
    listReserve(rt, l, n);
    const out = listItemsWord(rt, l);
    if (order === null) for (let i = 0; i < n; i++) i32[out + i] = items[i]!;
    else for (let i = 0; i < n; i++) i32[out + i] = items[order[i]!]!;
    i32[(l + LIST_SIZE) >> 2] = n;
  } finally {
    if (took) objUnlock(rt, l);
  }
  for (let i = 0; i < m; i++) decref(rt, added![i] as Ref);
  if (ok && m > 0) {
    raiseValueError(rt, 'list modified during sort');
    return -1;
  }
  return ok ? 0 : -1;
}

function sortKwargs(rt: Runtime, args: number, nargs: number, kwnames: Ref, first: number, name: string): { key: Ref; reverse: boolean } | null {
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - nkw - first;
  if (npos + nkw > 2) {
    // list.sort's clinic (_PyArg_UnpackKeywords) counts all the arguments first, then
    // refuses positional ones, before naming an unknown keyword
    raiseTypeError(rt, `${name}() takes at most 2 ${npos === 0 ? 'keyword ' : ''}arguments (${npos + nkw} given)`);
    return null;
  }
  if (npos > 0) {
    raiseTypeError(rt, `${name}() takes no positional arguments`);
    return null;
  }
  let key: Ref = NULL;
  let reverse = false;
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    const v = arg(rt, args, nargs - nkw + k);
    if (kn === 'key') key = v === rt.None ? NULL : v;
    else if (kn === 'reverse') {
      // reverse is an int argument in CPython (bool(x) would accept None)
      if ((v & 1) === 0 && kindOf(rt, v) !== Kind.INT && kindOf(rt, v) !== Kind.BOOL) {
        const iv = A.indexObject(rt, v);
        if (iv === NULL) return null;
        decref(rt, iv);
      }
      const b = A.isTrue(rt, v);
      if (b < 0) return null;
      reverse = b === 1;
    } else {
      raiseTypeError(rt, `'${kn}' is an invalid keyword argument for ${name}()`);
      return null;
    }
  }
  return { key, reverse };
}

function sumImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - nkw;
  if (npos < 1) return raiseTypeError(rt, 'sum() takes at least 1 positional argument (0 given)');
  let acc: Ref = npos > 1 ? newRef(rt, arg(rt, args, 1)) : smallIntRef(0);
  const si = kwIndex(rt, kwnames, 'start');
  if (si >= 0) acc = newRef(rt, arg(rt, args, npos + si));
  const ak = kindOf(rt, acc);
  if (ak === Kind.STR || ak === Kind.BYTES || ak === Kind.BYTEARRAY) {
    // CPython takes the iterator first: a non-iterable's TypeError wins
    const first = A.getIter(rt, arg(rt, args, 0));
    if (first === NULL) { decref(rt, acc); return NULL; }
    decref(rt, first);
  }
  if (ak === Kind.STR) {
    decref(rt, acc);
    return raiseTypeError(rt, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (ak === Kind.BYTES || ak === Kind.BYTEARRAY) {
    const what = ak === Kind.BYTES ? 'bytes' : 'bytearray';
    decref(rt, acc);
    return raiseTypeError(rt, `sum() can't sum ${what} [use b''.join(seq) instead]`);
  }
  if (nkw === 0) {
    // sum(gen) deep in a recursion: handed to Python (vm/redirect.ts)
    const r = maybeRedirect(rt, npos === 1 ? 'sum' : 'sum_start', arg(rt, args, 0), args, nargs, 0);
    if (r !== NULL || errOccurred(rt)) {
      decref(rt, acc);
      return r;
    }
  }
  // An exact list or tuple is read in place (its iterator's steps, each re-reading the size,
  // as a list's iterator does while an __add__ changes it), the fast paths' items borrowed:
  // ~18 -> ~5 ns an item for floats. Not while --no-gil threads run: another thread could
  // free an item between the read and its use.
  const src = arg(rt, args, 0);
  const srcType = (src & 1) === 1 ? NULL : typeOf(rt, src);
  const direct = (srcType === rt.tList || srcType === rt.tTuple) && !(rt.rc.atomic && parallelRunning(rt.heap));
  const srcIsList = srcType === rt.tList;
  let index = 0;
  const it = direct ? NULL : A.getIter(rt, src);
  if (!direct && it === NULL) { decref(rt, acc); return NULL; }
  const i32 = rt.i32;
  // CPython's fast paths (bltinmodule.c builtin_sum_impl, 3.11): an exact int total is kept
  // in a machine number while items are small ints and it stays exact (|total| < 2**52),
  // an exact float total in a double while items are exact floats or small ints (plain
  // addition, as 3.11: the same roundings as float.__add__). Anything else goes through
  // the + protocol, and a float result from it re-enters the double path.
  let num = 0;
  let mode = 0; // 1: the total is `num` (an int); 2: the total is `num` (a float); 0: `acc`
  const tFloat = rt.tFloat;
  const f64 = rt.f64;
  if ((acc & 1) === 1) { num = acc >> 1; mode = 1; }
  else if (typeOf(rt, acc) === tFloat) { num = floatValue(rt, acc); decref(rt, acc); mode = 2; }
  for (;;) {
    let x: Ref;
    if (direct) {
      // borrowed until the generic way below takes a reference
      if (srcIsList) {
        if (index >= i32[(src + LIST_SIZE) >> 2]!) break;
        x = i32[listItemsWord(rt, src) + index++]! as Ref;
      } else {
        if (index >= tupleSize(rt, src)) break;
        x = i32[(src >> 2) + TUPLE_ITEMS_WORD + index++]! as Ref;
      }
    } else {
      x = A.iterNext(rt, it);
      if (x === NULL) break;
    }
    if (mode === 1) {
      if ((x & 1) === 1 && num < 4503599627370496 && num > -4503599627370496) { num += x >> 1; continue; }
      if ((x & 1) === 0 && typeOf(rt, x) === rt.tInt) {
        // an exact heap int below 2**52 (CPython's fast path takes any C long)
        const v = intSafeValue(rt, x);
        if (v < 4503599627370496 && v > -4503599627370496 && num < 4503599627370496 && num > -4503599627370496) {
          num += v;
          if (!direct) decref(rt, x);
          continue;
        }
      }
      acc = intFromNumber(rt, num);
      mode = 0;
    } else if (mode === 2) {
      if ((x & 1) === 1) { num += x >> 1; continue; }
      if (typeOf(rt, x) === tFloat) { num += f64[(x + FLOAT_VALUE) >> 3]!; if (!direct) decref(rt, x); continue; }
      acc = floatNew(rt, num);
      mode = 0;
    }
    if (direct) incref(rt, x);
    let r: Ref;
    if ((acc & x & 1) === 1) {
      r = intFromNumber(rt, (acc >> 1) + (x >> 1));
    } else r = A.binaryOp(rt, acc, x, 0);
    decref(rt, x);
    decref(rt, acc);
    if (r === NULL) { if (!direct) decref(rt, it); return NULL; }
    acc = r;
    if ((acc & 1) === 0 && typeOf(rt, acc) === tFloat) { num = floatValue(rt, acc); decref(rt, acc); mode = 2; }
  }
  if (!direct) decref(rt, it);
  if (mode === 1) acc = intFromNumber(rt, num);
  else if (mode === 2) acc = floatNew(rt, num);
  if (errOccurred(rt)) { decref(rt, acc); return NULL; }
  return acc;
}

/**
 * What ABCMeta.__subclasscheck__ adds to the MRO for a class deriving from lib/abc.py's
 * ABC (TPF_ABC): its __subclasshook__, the classes register()ed with it or with the ABCs
 * below it (abc._abc_subclasscheck, which caches its answers). 1, 0, or -1 on error.
 */
function abcSubclassCheck(rt: Runtime, cls: Ref, subclass: Ref): number {
  const abc = importModule(rt, A.internName(rt, 'abc'), rt.None, smallIntRef(0), NULL);
  if (abc === NULL) return -1;
  const check = A.getAttr(rt, abc, A.internName(rt, '_abc_subclasscheck'));
  decref(rt, abc);
  if (check === NULL) return -1;
  const v = call2(rt, check, cls, subclass);
  decref(rt, check);
  if (v === NULL) return -1;
  const b = A.isTrue(rt, v);
  decref(rt, v);
  return b;
}

function isinstanceCheck(rt: Runtime, obj: Ref, cls: Ref, sub: boolean): number {
  if (kindOf(rt, cls) === Kind.TUPLE) {
    for (let i = 0; i < tupleSize(rt, cls); i++) {
      const r = isinstanceCheck(rt, obj, tupleItem(rt, cls, i), sub);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (kindOf(rt, cls) !== Kind.TYPE) {
    // types.UnionType (int | str, lib/_generic.py): its members; a GenericAlias is refused
    const tn = A.typeNameOf(rt, cls);
    if (tn === 'UnionType' || tn === 'GenericAlias') {
      if (tn === 'GenericAlias') {
        raiseTypeError(rt, `${sub ? 'issubclass' : 'isinstance'}() argument 2 cannot be a parameterized generic`);
        return -1;
      }
      const members = A.getAttr(rt, cls, A.internName(rt, '__args__'));
      if (members === NULL) return -1;
      const r = kindOf(rt, members) === Kind.TUPLE ? isinstanceCheck(rt, obj, members, sub) : 0;
      decref(rt, members);
      return r;
    }
    // CPython looks __instancecheck__ / __subclasscheck__ up on the type of arg 2
    if (A.isHeapTypeObj(rt, cls)) {
      const hook = typeLookup(rt, typeOf(rt, cls), A.internName(rt, sub ? '__subclasscheck__' : '__instancecheck__'));
      if (hook !== NULL) {
        const r = A.bindDescriptor(rt, hook, cls, typeOf(rt, cls));
        if (r === NULL) return -1;
        const v = call1(rt, r, obj);
        decref(rt, r);
        if (v === NULL) return -1;
        const b = A.isTrue(rt, v);
        decref(rt, v);
        return b;
      }
    }
    // recursive_issubclass checks arg 1 before arg 2
    if (sub && kindOf(rt, obj) !== Kind.TYPE) raiseTypeError(rt, 'issubclass() arg 1 must be a class');
    else raiseTypeError(rt, sub ? 'issubclass() arg 2 must be a class, a tuple of classes, or a union' : 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    return -1;
  }
  if (sub) {
    if (kindOf(rt, obj) !== Kind.TYPE) {
      raiseTypeError(rt, 'issubclass() arg 1 must be a class');
      return -1;
    }
    if (isSubtype(rt, obj, cls)) return 1;
    return (rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_ABC) === 0 ? 0 : abcSubclassCheck(rt, cls, obj);
  }
  if (isSubtype(rt, typeOf(rt, obj), cls)) return 1;
  if ((rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_ABC) !== 0) {
    const r = abcSubclassCheck(rt, cls, typeOf(rt, obj));
    if (r !== 0) return r;
  }
  // CPython's object_isinstance: an instance whose __class__ says otherwise (a property, a
  // __getattribute__ such as weakref.proxy's) is checked by that class too
  if (!A.isHeapTypeObj(rt, obj)) return 0;
  // the common case, answered without the lookup: no __getattribute__ and no __class__ in
  // the MRO, so obj.__class__ is type(obj) (object's __class__ descriptor), which failed above
  const t = typeOf(rt, obj);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_GETATTRIBUTE) === 0 && typeLookup(rt, t, rt.names.__class__) === NULL) return 0;
  const claimed = A.getAttr(rt, obj, rt.names.__class__);
  if (claimed === NULL) {
    if (!errorMatches(rt, rt.exc.AttributeError!)) return -1;
    clearError(rt);
    return 0;
  }
  const r = claimed !== typeOf(rt, obj) && kindOf(rt, claimed) === Kind.TYPE && isSubtype(rt, claimed, cls) ? 1 : 0;
  decref(rt, claimed);
  return r;
}

/** aiter(obj) / anext(it): type(obj).__aiter__(obj) / __anext__, else TypeError. */
function asyncIterStep(rt: Runtime, obj: Ref, dunder: string, complaint: string): Ref {
  const name = A.internName(rt, dunder);
  if (typeLookup(rt, typeOf(rt, obj), name) === NULL && !A.isHeapTypeObj(rt, obj)) {
    const k = kindOf(rt, obj);
    if (k !== Kind.ASYNC_GENERATOR) return raiseTypeError(rt, `'${A.typeNameOf(rt, obj)}' object ${complaint}`);
  }
  const m = A.getAttr(rt, obj, name);
  if (m === NULL) {
    if (!errorMatches(rt, rt.exc.AttributeError!)) return NULL;
    clearError(rt);
    return raiseTypeError(rt, `'${A.typeNameOf(rt, obj)}' object ${complaint}`);
  }
  const r = call0(rt, m);
  decref(rt, m);
  return r;
}

/** round(number, ndigits). `dispatch`: look a heap type's own __round__ up first (the
 * built-in round()); false in int/float.__round__ themselves, which round the value. */
function roundImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref, dispatch = true): Ref {
  if (nargs - nkwOf(rt, kwnames) === 0 && nkwOf(rt, kwnames) === 0) return raiseTypeError(rt, "round() missing required argument 'number' (pos 1)");
  if (!rangeArgs(rt, 'round', nargs, kwnames, 1, 2)) return NULL;
  const x = arg(rt, args, 0);
  const nd = nargs > 1 ? arg(rt, args, 1) : rt.None;
  if (dispatch && A.isHeapTypeObj(rt, x)) {
    // a subclass's own __round__ first (a plain int/float subclass inherits the native
    // one: rounded below)
    const d = typeLookup(rt, typeOf(rt, x), rt.names.__round__);
    if (d !== NULL && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR) return nargs > 1 ? callWithSelfVector(rt, d, x, args + 1, 1, NULL) : callWithSelfVector(rt, d, x, args, 0, NULL);
  }
  const k = kindOf(rt, x);
  if (k === Kind.FLOAT) {
    const v = floatValue(rt, x);
    if (nd === rt.None) {
      if (!Number.isFinite(v)) return Number.isNaN(v) ? raiseValueError(rt, 'cannot convert float NaN to integer') : raiseOverflow(rt, 'cannot convert float infinity to integer');
      return intFromBigint(rt, roundFloatToInt(v));
    }
    const n = intArg(rt, nd);
    if (n === null) return NULL;
    const r = A.numeric(rt, () => roundFloat(v, n));
    return r === null ? NULL : floatNew(rt, r);
  }
  if (isInt(rt, x)) {
    if (nd === rt.None) return A.exactIntCopy(rt, x);
    const n = intArg(rt, nd);
    if (n === null) return NULL;
    if (n >= 0) return A.exactIntCopy(rt, x);
    const v = intToBigint(rt, x);
    const p = 10n ** BigInt(-n);
    let q = v / p;
    let r = v % p;
    if (r < 0n) { r += p; q -= 1n; }
    const twice = 2n * r;
    if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
    return intFromBigint(rt, q * p);
  }
  return raiseTypeError(rt, `type ${A.typeNameOf(rt, x)} doesn't define __round__ method`);
}

/** int.__round__ / float.__round__ called as methods: positional only, at most one
 * argument (CPython's messages, naming the defining type as its method descriptor does),
 * and int's refuses None as ndigits (int___round___impl indexes it), unlike round(). */
function roundMethod(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const self = arg(rt, args, 0);
  if (nkwOf(rt, kw) > 0) return raiseTypeError(rt, `${kindOf(rt, self) === Kind.FLOAT ? 'float' : 'int'}.__round__() takes no keyword arguments`);
  if (nargs > 2) return raiseTypeError(rt, `__round__ expected at most 1 argument, got ${nargs - 1}`);
  if (nargs === 2 && arg(rt, args, 1) === rt.None && kindOf(rt, self) !== Kind.FLOAT) return raiseTypeError(rt, "'NoneType' object cannot be interpreted as an integer");
  return roundImpl(rt, args, nargs, NULL, false);
}

/**
 * The zero-argument super()'s class and instance in frame fp (CPython's
 * super_init_without_args): its __class__ cell's class into out[0] and its first argument (a
 * cell's content) into out[1], both borrowed; else the RuntimeError's message. A function
 * without positional parameters (a nested helper, `def f(*args)`) has no first argument,
 * even when its first local slot holds the __class__ cell. Also the eval loop's super().name
 * (vm/evalhelpers.ts superMethod).
 */
export function superArgsOfFrame(rt: Runtime, fp: number, out: Ref[]): string | null {
  const i32 = rt.i32;
  const code = i32[fp + FR_CODE] as Ref;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const names = i32[(code + CO_LPNAMES) >> 2] as Ref;
  if (nlp === 0 || i32[(code + CO_ARGCOUNT) >> 2] === 0) return 'super(): no arguments';
  let obj = i32[fp + FRAME_HEADER_WORDS] as Ref;
  if (obj === 0) return 'super(): arg[0] deleted';
  if (kindOf(rt, obj) === Kind.CELL) obj = i32[(obj + CELL_REF) >> 2] as Ref;
  let cls: Ref = NULL;
  for (let i = 0; i < nlp; i++) {
    if (tupleItem(rt, names, i) === rt.names.__class__) {
      const cell = i32[fp + FRAME_HEADER_WORDS + i] as Ref;
      if (cell !== 0 && kindOf(rt, cell) === Kind.CELL) cls = i32[(cell + CELL_REF) >> 2] as Ref;
    }
  }
  if (cls === NULL) return 'super(): __class__ cell not found';
  out[0] = cls;
  out[1] = obj;
  return null;
}

function superImpl(rt: Runtime, args: number, nargs: number): Ref {
  let cls: Ref, obj: Ref;
  if (nargs === 2) {
    cls = arg(rt, args, 0);
    obj = arg(rt, args, 1);
  } else if (nargs === 0) {
    // zero-argument form: the calling frame's first argument and its __class__ cell
    const fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
    if (fp === 0) return raiseNew(rt, rt.exc.RuntimeError!, 'super(): no current frame');
    const out: Ref[] = [NULL, NULL];
    const error = superArgsOfFrame(rt, fp, out);
    if (error !== null) return raiseNew(rt, rt.exc.RuntimeError!, error);
    cls = out[0]!;
    obj = out[1]!;
  } else if (nargs === 1) {
    // super(T): an unbound super, bound later by its __get__ (superBind)
    cls = arg(rt, args, 0);
    obj = NULL;
  } else {
    return raiseTypeError(rt, `super() expected at most 2 arguments, got ${nargs}`);
  }
  // CPython's super_init / supercheck
  if (kindOf(rt, cls) !== Kind.TYPE) return raiseTypeError(rt, `super() argument 1 must be a type, not ${A.typeNameOf(rt, cls)}`);
  return superNew(rt, cls, obj);
}

/** A super object for cls bound to obj (NULL: unbound), after CPython's supercheck. */
export function superNew(rt: Runtime, cls: Ref, obj: Ref): Ref {
  if (obj !== NULL && !(kindOf(rt, obj) === Kind.TYPE && isSubtype(rt, obj, cls)) && !isSubtype(rt, typeOf(rt, obj), cls)) {
    return raiseTypeError(rt, 'super(type, obj): obj must be an instance or subtype of type');
  }
  const s = newObject(rt, rt.kindTypes[Kind.SUPER]!, 32);
  incref(rt, cls);
  incref(rt, obj);
  rt.i32[(s + 16) >> 2] = cls;
  rt.i32[(s + 20) >> 2] = obj;
  return s;
}

/** super's __get__(obj, type=None) (superBind). */
const SUPER_GET = defineNative('__get__', (rt, args, nargs, kw) => {
  if (kw !== NULL || nargs < 2 || nargs > 3) return raiseTypeError(rt, nargs < 2 ? ' expected at least 1 argument, got 0' : ` expected at most 2 arguments, got ${nargs - 1}`);
  return superBind(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref);
});

/** CPython's super_descr_get: an unbound super read through an instance or class binds to
 * it (a new super); a bound one, or a read with no object, gives the super itself. */
export function superBind(rt: Runtime, s: Ref, obj: Ref): Ref {
  if (obj === NULL || obj === rt.None || rt.i32[(s + 20) >> 2] !== NULL) return newRef(rt, s);
  return superNew(rt, rt.i32[(s + 16) >> 2] as Ref, obj);
}

/** Attribute lookup through a super object: the MRO of type(obj) after cls. */
export function superGetAttr(rt: Runtime, s: Ref, name: Ref): Ref {
  const cls = rt.i32[(s + 16) >> 2] as Ref;
  const obj = rt.i32[(s + 20) >> 2] as Ref;
  if (obj === NULL) return superOwnAttr(rt, s, name, cls, NULL);
  const start = kindOf(rt, obj) === Kind.TYPE && isSubtype(rt, obj, cls) ? obj : typeOf(rt, obj);
  const mro = rt.i32[(start + TP_MRO) >> 2] as Ref;
  // CPython's super_getattro skips the MRO for __class__ (the super object's own type)
  const n = name === rt.names.__class__ ? 0 : tupleSize(rt, mro);
  let i = 0;
  while (i < n && tupleItem(rt, mro, i) !== cls) i++;
  for (i++; i < n; i++) {
    const t = tupleItem(rt, mro, i);
    const v = dictGetItem(rt, rt.i32[(t + 40) >> 2] as Ref, name);
    if (v === NULL && t === rt.kindTypes[rt.i32[(t + TP_KIND) >> 2]!]) {
      // a built-in base: its slot wrappers (objects/slotwrappers.ts)
      // (inside a classmethod, obj is the class: a built-in class method binds to it)
      const w = builtinSlotAttr(rt, rt.i32[(t + TP_KIND) >> 2] as Kind, name, start === obj ? NULL : obj, start === obj ? obj : NULL);
      if (w !== NULL) return w;
    }
    // every class dict holds __doc__ in CPython: None when the class has no docstring
    // (gilvm's leave it out, and keep no built-in docstrings)
    if (v === NULL && name === rt.names.__doc__) return rt.None;
    if (v !== NULL) {
      if (start === obj) return A.bindDescriptor(rt, v, kindOf(rt, v) === Kind.CLASSMETHOD ? obj : NULL, obj);
      return A.bindDescriptor(rt, v, obj, start);
    }
  }
  if (start === obj && name === rt.names.__init_subclass__) {
    // object.__init_subclass__ (typecall.ts callInitSubclass has the same default)
    const f = builtinFunctionNew(rt, A.INIT_SUBCLASS_DEFAULT, name, NULL);
    const bm = builtinMethodBind(rt, f, obj);
    decref(rt, f);
    return bm;
  }
  return superOwnAttr(rt, s, name, cls, start);
}

/** The super object's own attributes (CPython's generic lookup on it), after its MRO. */
function superOwnAttr(rt: Runtime, s: Ref, name: Ref, cls: Ref, start: Ref): Ref {
  const obj = rt.i32[(s + 20) >> 2] as Ref;
  const own = strToJS(rt, name);
  if (own === '__get__') {
    const f = builtinFunctionNew(rt, SUPER_GET, name, NULL);
    const bm = builtinMethodBind(rt, f, s);
    decref(rt, f);
    return bm;
  }
  const ownValue = own === '__class__' ? rt.kindTypes[Kind.SUPER]! : own === '__thisclass__' ? cls
    : own === '__self__' ? (obj === NULL ? rt.None : obj) : own === '__self_class__' ? (start === NULL ? rt.None : start) : NULL;
  if (ownValue !== NULL) { incref(rt, ownValue); return ownValue; }
  return raiseAttributeError(rt, `'super' object has no attribute '${own}'`);
}

/** CPython's update_bases: a base that is not a class but has __mro_entries__ is replaced
 * by the classes that method returns. Returns `bases` itself (same reference, not
 * incref'd) when nothing changed, else a new tuple; NULL on error. */
function resolveMroEntries(rt: Runtime, bases: Ref): Ref {
  const n = tupleSize(rt, bases);
  let out: Ref[] | null = null;
  const owned: Ref[] = [];
  const fail = (): Ref => {
    for (const o of owned) decref(rt, o);
    return NULL;
  };
  for (let i = 0; i < n; i++) {
    const b = tupleItem(rt, bases, i);
    const meth = kindOf(rt, b) === Kind.TYPE ? NULL : A.getAttrOptional(rt, b, A.internName(rt, '__mro_entries__'));
    if (meth === NULL) {
      if (errOccurred(rt)) return fail();
      out?.push(b);
      continue;
    }
    const entries = call1(rt, meth, bases);
    decref(rt, meth);
    if (entries === NULL) return fail();
    if (kindOf(rt, entries) !== Kind.TUPLE) {
      decref(rt, entries);
      raiseTypeError(rt, '__mro_entries__ must return a tuple');
      return fail();
    }
    owned.push(entries);
    if (out === null) {
      out = [];
      for (let j = 0; j < i; j++) out.push(tupleItem(rt, bases, j));
    }
    for (let j = 0; j < tupleSize(rt, entries); j++) out.push(tupleItem(rt, entries, j));
  }
  if (out === null) return bases;
  const t = tupleFromRefs(rt, out);
  for (const o of owned) decref(rt, o);
  return t;
}

const METACLASS_CONFLICT = 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases';

/**
 * CPython's _PyType_CalculateMetaclass over the bases' types, starting from the first
 * base's type (type for no bases): the most derived one, or NULL with the "metaclass
 * conflict" TypeError. A base that is not a class (`class X(obj)`) makes its own type the
 * candidate, so CPython then calls that type with (name, bases, namespace).
 */
function winningMetaclass(rt: Runtime, bases: Ref): Ref {
  const n = tupleSize(rt, bases);
  let winner = n > 0 ? typeOf(rt, tupleItem(rt, bases, 0)) : rt.tType;
  for (let i = 0; i < n; i++) {
    const t = typeOf(rt, tupleItem(rt, bases, i));
    if (isSubtype(rt, winner, t)) continue;
    if (isSubtype(rt, t, winner)) { winner = t; continue; }
    return raiseTypeError(rt, METACLASS_CONFLICT);
  }
  return winner;
}


function buildClassImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - nkw;
  if (npos < 2) return raiseTypeError(rt, '__build_class__: not enough arguments');
  const func = arg(rt, args, 0);
  const name = arg(rt, args, 1);
  if (kindOf(rt, func) !== Kind.FUNCTION) return raiseTypeError(rt, '__build_class__: func must be a function');
  if (kindOf(rt, name) !== Kind.STR) return raiseTypeError(rt, '__build_class__: name is not a string');
  // class keywords: `metaclass=type` is the default; others go to __init_subclass__
  let kwargs: Ref = NULL;
  let metaclassBase: Ref = NULL;
  if (nkw > 0) {
    kwargs = dictNew(rt);
    for (let i = 0; i < nkw; i++) {
      const k = tupleItem(rt, kwnames, i);
      const v = arg(rt, args, npos + i);
      if (strToJS(rt, k) === 'metaclass') {
        if (v === rt.tType) continue;
        // a metaclass gilvm stands in for with a base class (lib/abc.py's ABCMeta: ABC)
        const standIn = kindOf(rt, v) === Kind.TYPE ? typeLookup(rt, v, A.internName(rt, '__gilvm_metaclass_base__')) : NULL;
        if (standIn !== NULL && kindOf(rt, standIn) === Kind.TYPE) {
          metaclassBase = standIn;
          continue;
        }
        decref(rt, kwargs);
        return raiseTypeError(rt, 'class keyword arguments (metaclass=...) are not supported');
      }
      dictSetItem(rt, kwargs, k, v);
    }
  }
  let origBases = tupleFromWords(rt, args + 2, npos - 2);
  if (metaclassBase !== NULL) {
    // the stand-in base last, unless a base derives from it already
    const written: Ref[] = [];
    let derived = false;
    for (let i = 0; i < tupleSize(rt, origBases); i++) {
      const b = tupleItem(rt, origBases, i);
      written.push(b);
      if (kindOf(rt, b) === Kind.TYPE && isSubtype(rt, b, metaclassBase)) derived = true;
    }
    if (!derived) {
      written.push(metaclassBase);
      const withBase = tupleFromRefs(rt, written);
      decref(rt, origBases);
      origBases = withBase;
    }
  }
  const bases = resolveMroEntries(rt, origBases);
  if (bases === NULL) {
    decref(rt, origBases);
    decref(rt, kwargs);
    return NULL;
  }
  // bases === origBases: one reference, held as `bases`; else origBases is dropped once
  // stored in the namespace (or on failure)
  const dropOrig = (): void => {
    if (bases !== origBases) decref(rt, origBases);
  };
  const ns = dictNew(rt);
  const fp = frameForCall(rt, func, args, 0, NULL);
  if (fp === 0) {
    dropOrig();
    decref(rt, bases);
    decref(rt, ns);
    decref(rt, kwargs);
    return NULL;
  }
  incref(rt, ns);
  rt.i32[fp + FR_LOCALS] = ns;
  const cell = runFrameNested(rt, fp);
  if (cell === NULL) {
    dropOrig();
    decref(rt, bases);
    decref(rt, ns);
    decref(rt, kwargs);
    return NULL;
  }
  // CPython keeps the bases as written (e.g. list[int]) when __mro_entries__ replaced some
  if (bases !== origBases) dictSetItem(rt, ns, A.internName(rt, '__orig_bases__'), origBases);
  dropOrig();
  const meta = winningMetaclass(rt, bases);
  const cls = meta === NULL ? NULL
    : meta === rt.tType || isSubtype(rt, meta, rt.tType) ? classFromNamespace(rt, name, bases, ns, name, kwargs)
      : call3(rt, meta, name, bases, ns); // meta(name, bases, ns): a non-class base's type
  decref(rt, cell);
  decref(rt, bases);
  decref(rt, ns);
  decref(rt, kwargs);
  return cls;
}

function inputImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!rangeArgs(rt, 'input', nargs, kwnames, 0, 1)) return NULL;
  // sys.stdin in use (made on first use: modules/sys.ts sysLazyAttr) or replaced: input()
  // reads a line through it, as CPython's does when stdin is not a terminal, so what
  // sys.stdin.read(n) left over, a closed sys.stdin or an io.StringIO put there count
  const sysMod = dictGetStr(rt, rt.modules, rt.names.sys);
  if (sysMod !== NULL && kindOf(rt, sysMod) === Kind.MODULE) {
    const fin = dictGetStr(rt, rt.i32[(sysMod + MOD_DICT) >> 2] as Ref, A.internName(rt, 'stdin'));
    if (fin !== NULL) return inputThrough(rt, fin, nargs === 1 ? arg(rt, args, 0) : NULL);
  }
  if (nargs === 1) {
    const s = A.strJS(rt, arg(rt, args, 0));
    if (s === null) return NULL;
    rt.writeStdout(s);
  }
  outputFlush(rt);
  const line = stdinReadLine(rt);
  if (line === '') return raiseNew(rt, rt.exc.EOFError!, 'EOF when reading a line');
  return strFromJS(rt, line.endsWith('\n') ? line.slice(0, -1) : line);
}

/** input() reading through the file object fin (sys.stdin): CPython's non-terminal path
 * (prompt written as print would, then fin.readline(); '' is EOFError). */
function inputThrough(rt: Runtime, fin: Ref, prompt: Ref): Ref {
  if (fin === rt.None) return raiseNew(rt, rt.exc.RuntimeError!, 'input(): lost sys.stdin');
  newRef(rt, fin); // the prompt's write may replace sys.stdin
  if (prompt !== NULL) {
    const s = A.strJS(rt, prompt);
    if (s === null || printWrite(rt, NULL, [s], true) === NULL) {
      decref(rt, fin);
      return NULL;
    }
  } else outputFlush(rt);
  const readline = A.getAttr(rt, fin, A.internName(rt, 'readline'));
  decref(rt, fin);
  if (readline === NULL) return NULL;
  const line = call0(rt, readline);
  decref(rt, readline);
  if (line === NULL) return NULL;
  if (kindOf(rt, line) === Kind.BYTES) {
    // PyFile_GetLine takes bytes too: input() returns them, less a final b'\n'
    const data = bytesData(rt, line);
    if (data.length === 0 || data[data.length - 1] !== 0x0a) {
      if (data.length === 0) {
        decref(rt, line);
        return raiseNew(rt, rt.exc.EOFError!, 'EOF when reading a line');
      }
      return line;
    }
    const shorter = bytesNew(rt, data.slice(0, -1));
    decref(rt, line);
    return shorter;
  }
  if (kindOf(rt, line) !== Kind.STR) {
    decref(rt, line);
    return raiseTypeError(rt, 'object.readline() returned non-string');
  }
  const text = strToJS(rt, line);
  decref(rt, line);
  if (text === '') return raiseNew(rt, rt.exc.EOFError!, 'EOF when reading a line');
  return strFromJS(rt, text.endsWith('\n') ? text.slice(0, -1) : text);
}


/**
 * locals() of frame fp: the locals mapping of a module or class body; for a function frame
 * (CO_OPTIMIZED), CPython 3.11's f_locals: one dict per frame (kept in FR_LOCALS, which
 * function frames do not otherwise use, released with the frame), refreshed from the fast
 * locals and cells at each call, so names exec() stored in it stay. New reference.
 */
export function frameLocalsDict(rt: Runtime, fp: number): Ref {
  const code = rt.i32[fp + FR_CODE] as Ref;
  let d = rt.i32[fp + FR_LOCALS] as Ref;
  if ((rt.i32[(code + CO_FLAGS) >> 2]! & CO_OPTIMIZED) === 0 && d !== 0) return newRef(rt, d);
  if (d === 0) {
    d = dictNew(rt);
    rt.i32[fp + FR_LOCALS] = d;
  }
  const nlp = rt.i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const names = rt.i32[(code + CO_LPNAMES) >> 2] as Ref;
  for (let i = 0; i < nlp; i++) {
    let v = rt.i32[fp + FRAME_HEADER_WORDS + i] as Ref;
    const kind = rt.i32[(code >> 2) + rt.i32[(code + CO_KINDS_WORD) >> 2]! + i]!;
    if (v !== 0 && (kind & (0x40 | CO_FAST_FREE)) && kindOf(rt, v) === Kind.CELL) v = rt.i32[(v + CELL_REF) >> 2] as Ref;
    const name = tupleItem(rt, names, i);
    if (v !== 0) dictSetItem(rt, d, name, v);
    else if (dictContains(rt, d, name) === 1) dictDelItem(rt, d, name);
  }
  return newRef(rt, d);
}

/** dir(): with one argument, its type's own __dir__ when a class defines one (any callable
 * descriptor, as CPython's _PyObject_LookupSpecial), its result sorted; `viaHook` false
 * for object.__dir__ itself, which computes the default names (a class's
 * `def __dir__(self): return super().__dir__() + [...]` calls it). */
/** dir()'s answer from a __dir__ result (consumed; NULL passes an error on): a sorted list. */
function sortedDirList(rt: Runtime, r: Ref): Ref {
  if (r === NULL) return NULL;
  const l = A.listFromIterable(rt, r);
  decref(rt, r);
  if (l === NULL) return NULL;
  if (listSortImpl(rt, l, NULL, false) < 0) {
    decref(rt, l);
    return NULL;
  }
  return l;
}

function dirImpl(rt: Runtime, args: number, nargs: number, viaHook = true): Ref {
  const names = new Set<string>();
  if (nargs === 0) {
    const d = frameLocalsDict(rt, rt.i32[(rt.ts + TS_FRAME) >> 2]!);
    for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) names.add(strToJS(rt, dictEntryKey(rt, d, ix)));
    decref(rt, d);
  } else {
    const obj = arg(rt, args, 0);
    if (viaHook && A.isHeapTypeObj(rt, obj)) {
      const custom = typeLookup(rt, typeOf(rt, obj), A.internName(rt, '__dir__'));
      if (custom !== NULL && kindOf(rt, custom) !== Kind.METHOD_DESCRIPTOR) return sortedDirList(rt, callWithSelf0(rt, custom, obj));
    }
    const inst = A.instanceDict(rt, obj, false);
    if (inst !== NULL) for (let ix = dictNextEntry(rt, inst, 0); ix >= 0; ix = dictNextEntry(rt, inst, ix + 1)) names.add(strToJS(rt, dictEntryKey(rt, inst, ix)));
    if (kindOf(rt, obj) === Kind.MODULE) {
      // module.__dir__: a __dir__ function the module defines (PEP 562), sorted by dir()
      const own = inst !== NULL ? dictGetItem(rt, inst, A.internName(rt, '__dir__')) : NULL;
      if (own !== NULL) return sortedDirList(rt, call0(rt, own));
      if (errOccurred(rt)) return NULL;
      // else its namespace only, with the names a built-in module makes on first use
      // (sys.version_info, time.localtime, ...)
      if (dictGetItem(rt, inst!, rt.names.__file__) === NULL) {
        for (const n of lazyModuleNames(strToJS(rt, rt.i32[(obj + MOD_NAME) >> 2] as Ref))) names.add(n);
      }
      const l = listNew(rt, names.size);
      for (const n of [...names].sort()) listAppendSteal(rt, l, strFromJS(rt, n));
      return l;
    }
    const objKind = kindOf(rt, obj);
    if (objKind === Kind.STATICMETHOD || objKind === Kind.CLASSMETHOD) {
      // the function's attributes CPython copies into the wrapper's __dict__
      for (const n of A.WRAPPER_COPIED_ATTRS) {
        const v = A.getAttrOptional(rt, obj, A.internName(rt, n));
        if (v === NULL) { if (errOccurred(rt)) return NULL; continue; }
        decref(rt, v);
        names.add(n);
      }
    }
    const t = objKind === Kind.TYPE ? obj : typeOf(rt, obj);
    const mro = rt.i32[(t + TP_MRO) >> 2] as Ref;
    for (let i = 0; i < tupleSize(rt, mro); i++) {
      const base = tupleItem(rt, mro, i);
      const d = rt.i32[(base + 40) >> 2] as Ref;
      for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) names.add(strToJS(rt, dictEntryKey(rt, d, ix)));
      // what CPython's class dicts hold and ours compute elsewhere
      if (base === rt.tObject) for (const n of OBJECT_DIR_NAMES) names.add(n);
      else if (base === rt.tBaseException) for (const n of EXCEPTION_DIR_NAMES) names.add(n);
      if ((rt.i32[(base + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0 && base !== rt.tObject) {
        const own = BUILTIN_TYPE_DIR_NAMES[strToJS(rt, rt.i32[(base + TP_NAME) >> 2] as Ref)];
        if (own !== undefined) for (const n of own) names.add(n);
      } else if ((rt.i32[(base + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
        names.add('__module__');
        // the __dict__ / __weakref__ descriptors and __doc__ CPython's type_new puts in the
        // class dict, as C.__dict__ shows them (a list or dict subclass adds both, an int
        // subclass only __dict__, an exception subclass only __weakref__)
        const extras = classDictExtras(rt, base);
        if (extras === null) clearError(rt);
        else for (const [n] of extras) names.add(n);
      }
    }
  }
  const l = listNew(rt, names.size);
  for (const n of [...names].sort()) listAppendSteal(rt, l, strFromJS(rt, n));
  return l;
}

/**
 * object.__setattr__ / __delattr__ (refuseClass: CPython's hackcheck, they do not apply to
 * a class) and type's (a class's own store), called directly: the count and the name's
 * type checked as CPython's wrappers do (an unchecked name was read as a str: heap damage).
 */
function genericSetattrNative(del: boolean, refuseClass: boolean): NativeFn {
  const what = del ? '__delattr__' : '__setattr__';
  return (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, del ? 1 : 2, del ? undefined : ' ') || !attrNameIsStr(rt, arg(rt, args, 1))) return NULL;
    if (refuseClass && kindOf(rt, arg(rt, args, 0)) === Kind.TYPE) return raiseTypeError(rt, `can't apply this ${what} to type object`);
    return A.genericSetAttr(rt, arg(rt, args, 0), arg(rt, args, 1), del ? NULL : arg(rt, args, 2)) < 0 ? NULL : rt.None;
  };
}

function globalsDict(rt: Runtime): Ref {
  const fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
  return rt.i32[fp + 3] as Ref;
}

export const BUILTIN_FUNCTIONS: Methods = [
  defCharged('print', printImpl), // METH_VARARGS | METH_KEYWORDS in 3.11
  def('len', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'len', nargs, kw, 1)) return NULL;
    return A.lengthObject(rt, arg(rt, args, 0));
  }),
  defCharged('repr', (rt, args, nargs, kw) => (exactArgs(rt, 'repr', nargs, kw, 1) ? A.repr(rt, arg(rt, args, 0)) : NULL)),
  defCharged('ascii', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'ascii', nargs, kw, 1)) return NULL;
    const s = A.reprJS(rt, arg(rt, args, 0));
    if (s === null) return NULL;
    // by code point (the u flag pairs surrogates): astral characters print as \U........
    return strFromJS(rt, s.replace(/[^\x00-\x7f]/gu, (c) => {
      const n = c.codePointAt(0)!;
      if (n > 0xffff) return '\\U' + n.toString(16).padStart(8, '0');
      return n < 0x100 ? '\\x' + n.toString(16).padStart(2, '0') : '\\u' + n.toString(16).padStart(4, '0');
    }));
  }),
  defCharged('abs', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'abs', nargs, kw, 1)) return NULL;
    const x = arg(rt, args, 0);
    const k = kindOf(rt, x);
    // a class's own __abs__ first (an int or float subclass's too)
    if (A.isHeapTypeObj(rt, x)) {
      const d = typeLookup(rt, typeOf(rt, x), rt.names.__abs__);
      if (d !== NULL && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR) return callWithSelfVector(rt, d, x, args, 0, NULL);
    }
    if (k === Kind.FLOAT) return floatNew(rt, Math.abs(floatValue(rt, x)));
    if (isInt(rt, x)) {
      if ((x & 1) === 0) return intNegateOrAbs(rt, x, false);
      const v = intToNumberOrBig(rt, x);
      return typeof v === 'number' ? intFromNumber(rt, Math.abs(v)) : intFromBigint(rt, v < 0n ? -v : v);
    }
    if (k === Kind.COMPLEX) return complexAbs(rt, x);
    return raiseTypeError(rt, `bad operand type for abs(): '${A.typeNameOf(rt, x)}'`);
  }),
  defCharged('all', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'all', nargs, kw, 1)) return NULL;
    const r = maybeRedirect(rt, 'all', arg(rt, args, 0), args, nargs, 1); // vm/redirect.ts
    if (r !== NULL || errOccurred(rt)) return r;
    const it = A.getIter(rt, arg(rt, args, 0));
    if (it === NULL) return NULL;
    for (;;) {
      const x = A.iterNext(rt, it);
      if (x === NULL) break;
      const b = A.isTrue(rt, x);
      decref(rt, x);
      if (b <= 0) { decref(rt, it); return b < 0 ? NULL : rt.False; }
    }
    decref(rt, it);
    return errOccurred(rt) ? NULL : rt.True;
  }),
  defCharged('any', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'any', nargs, kw, 1)) return NULL;
    const r = maybeRedirect(rt, 'any', arg(rt, args, 0), args, nargs, 1); // vm/redirect.ts
    if (r !== NULL || errOccurred(rt)) return r;
    const it = A.getIter(rt, arg(rt, args, 0));
    if (it === NULL) return NULL;
    for (;;) {
      const x = A.iterNext(rt, it);
      if (x === NULL) break;
      const b = A.isTrue(rt, x);
      decref(rt, x);
      if (b !== 0) { decref(rt, it); return b < 0 ? NULL : rt.True; }
    }
    decref(rt, it);
    return errOccurred(rt) ? NULL : rt.False;
  }),
  ...(['bin', 'oct', 'hex'] as const).map((name) => defCharged(name, (rt, args, nargs, kw) => {
    if (!exactArgs(rt, name, nargs, kw, 1)) return NULL;
    const x = A.indexObject(rt, arg(rt, args, 0));
    if (x === NULL) return NULL;
    const v = intToNumberOrBig(rt, x);
    decref(rt, x);
    return strFromJS(rt, name === 'bin' ? intToBin(v) : name === 'oct' ? intToOct(v) : intToHex(v));
  })),
  defCharged('callable', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'callable', nargs, kw, 1)) return NULL;
    return isCallableValue(rt, arg(rt, args, 0)) ? rt.True : rt.False;
  }),
  defCharged('chr', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'chr', nargs, kw, 1)) return NULL;
    const n = intArg(rt, arg(rt, args, 0));
    if (n === null) return NULL;
    // the argument is a C int first (PyLong_AsLongAndOverflow, then the int range check)
    if (n > 2147483647 || n < -2147483648) return raiseOverflow(rt, 'Python int too large to convert to C int');
    if (n < 0 || n > 0x10ffff) return raiseValueError(rt, 'chr() arg not in range(0x110000)');
    return strFromJS(rt, String.fromCodePoint(n));
  }),
  defCharged('ord', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'ord', nargs, kw, 1)) return NULL;
    const x = arg(rt, args, 0);
    const k = kindOf(rt, x);
    if (k === Kind.BYTES || k === Kind.BYTEARRAY) {
      const n = bytesSize(rt, x);
      if (n !== 1) return raiseTypeError(rt, `ord() expected a character, but string of length ${n} found`);
      return intFromNumber(rt, bytesData(rt, x)[0]!);
    }
    if (k !== Kind.STR) return raiseTypeError(rt, `ord() expected string of length 1, but ${A.typeNameOf(rt, x)} found`);
    const s = strToJS(rt, x);
    const cp = s.codePointAt(0);
    if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) return raiseTypeError(rt, `ord() expected a character, but string of length ${strCodePointLen(rt, x)} found`);
    return intFromNumber(rt, cp);
  }),
  def('divmod', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'divmod', nargs, kw, 2)) return NULL;
    const a = arg(rt, args, 0), b = arg(rt, args, 1);
    // CPython's divmod is its own slot (nb_divmod): a class's __divmod__ / __rdivmod__ (the
    // reflected one first when b's type is a proper subtype of a's), never // and % of it
    const ta = typeOf(rt, a), tb = typeOf(rt, b);
    const heapA = (rt.i32[(ta + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
    const heapB = (rt.i32[(tb + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
    if (heapA || heapB) {
      const fwd = strFromJS(rt, '__divmod__'), rev = strFromJS(rt, '__rdivmod__');
      const attempt = (t: Ref, name: Ref, self: Ref, other: Ref): Ref => {
        const d = typeLookup(rt, t, name);
        return d === NULL ? rt.NotImplemented : callWithSelf1(rt, d, self, other);
      };
      let r: Ref = rt.NotImplemented;
      let triedB = false;
      if (heapB && ta !== tb && isSubtype(rt, tb, ta)) { triedB = true; r = attempt(tb, rev, b, a); }
      if (r === rt.NotImplemented && heapA) r = attempt(ta, fwd, a, b);
      if (r === rt.NotImplemented && heapB && !triedB && ta !== tb) r = attempt(tb, rev, b, a);
      decref(rt, fwd); decref(rt, rev);
      if (r !== rt.NotImplemented) return r;
    }
    const ka = kindOf(rt, a), kb = kindOf(rt, b);
    const numeric = (k: Kind): boolean => k === Kind.INT || k === Kind.BOOL || k === Kind.FLOAT;
    if (!numeric(ka) || !numeric(kb)) {
      return raiseTypeError(rt, `unsupported operand type(s) for divmod(): '${typeName(rt, ta)}' and '${typeName(rt, tb)}'`);
    }
    if ((ka === Kind.FLOAT || kb === Kind.FLOAT) && (kb === Kind.FLOAT ? floatValue(rt, b) === 0 : intToBigint(rt, b) === 0n)) {
      // an int operand is converted first (float_divmod's CONVERT_TO_DOUBLE)
      if (ka !== Kind.FLOAT && !Number.isFinite(Number(intToBigint(rt, a)))) return raiseOverflow(rt, 'int too large to convert to float');
      return raiseZeroDivision(rt, 'float divmod()');
    }
    const q = A.builtinBinary(rt, a, b, 2, false, ka, kb);
    if (q === NULL) return NULL;
    const r = A.builtinBinary(rt, a, b, 6, false, ka, kb);
    if (r === NULL) { decref(rt, q); return NULL; }
    const t = tupleNew(rt, 2);
    tupleSetItemSteal(rt, t, 0, q);
    tupleSetItemSteal(rt, t, 1, r);
    return t;
  }),
  def('format', (rt, args, nargs, kw) => {
    if (!rangeArgs(rt, 'format', nargs, kw, 1, 2)) return NULL;
    if (nargs > 1 && kindOf(rt, arg(rt, args, 1)) !== Kind.STR) {
      return raiseTypeError(rt, `format() argument 2 must be str, not ${A.argTypeName(rt, arg(rt, args, 1))}`);
    }
    return A.format(rt, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : rt.emptyStr);
  }),
  def('getattr', (rt, args, nargs, kw) => {
    if (!rangeArgs(rt, 'getattr', nargs, kw, 2, 3)) return NULL;
    const name = arg(rt, args, 1);
    if (kindOf(rt, name) !== Kind.STR) return raiseTypeError(rt, `attribute name must be string, not '${A.typeNameOf(rt, name)}'`);
    if (nargs === 3) {
      // with a default: a miss answers it without making the AttributeError (abstract.ts lookupAttr)
      const v = A.lookupAttr(rt, arg(rt, args, 0), name);
      if (v !== NULL) return v;
      if (!errOccurred(rt)) return newRef(rt, arg(rt, args, 2));
      if (!errorMatches(rt, rt.exc.AttributeError!)) return NULL;
      clearError(rt);
      return newRef(rt, arg(rt, args, 2));
    }
    return A.getAttr(rt, arg(rt, args, 0), name);
  }),
  def('setattr', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'setattr', nargs, kw, 3)) return NULL;
    if (kindOf(rt, arg(rt, args, 1)) !== Kind.STR) return raiseTypeError(rt, `attribute name must be string, not '${A.typeNameOf(rt, arg(rt, args, 1))}'`);
    return A.setAttr(rt, arg(rt, args, 0), arg(rt, args, 1), arg(rt, args, 2)) < 0 ? NULL : rt.None;
  }),
  def('delattr', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'delattr', nargs, kw, 2)) return NULL;
    if (kindOf(rt, arg(rt, args, 1)) !== Kind.STR) return raiseTypeError(rt, `attribute name must be string, not '${A.typeNameOf(rt, arg(rt, args, 1))}'`);
    return A.setAttr(rt, arg(rt, args, 0), arg(rt, args, 1), NULL) < 0 ? NULL : rt.None;
  }),
  def('hasattr', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'hasattr', nargs, kw, 2)) return NULL;
    if (kindOf(rt, arg(rt, args, 1)) !== Kind.STR) return raiseTypeError(rt, `attribute name must be string, not '${A.typeNameOf(rt, arg(rt, args, 1))}'`);
    const v = A.lookupAttr(rt, arg(rt, args, 0), arg(rt, args, 1));
    if (v !== NULL) { decref(rt, v); return rt.True; }
    if (!errOccurred(rt)) return rt.False;
    // an AttributeError raised on the way (a property's getter) is a miss too
    if (errorMatches(rt, rt.exc.AttributeError!)) { clearError(rt); return rt.False; }
    return NULL;
  }),
  defCharged('hash', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'hash', nargs, kw, 1)) return NULL;
    return A.builtinHash(rt, arg(rt, args, 0));
  }),
  defCharged('id', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'id', nargs, kw, 1)) return NULL;
    const x = arg(rt, args, 0);
    // a heap object's identity is now observable: an int must not become another value in
    // place (vm/eval.ts BINARY_OP), or `before = id(n); n += 1` would keep it
    if ((x & 1) === 0 && (rt.i32[(x + OB_FLAGS) >> 2]! & FLAG_ID_TAKEN) === 0) Atomics.or(rt.i32, (x + OB_FLAGS) >> 2, FLAG_ID_TAKEN);
    return intFromNumber(rt, (x & 1) === 1 ? 0x7f0000000000 + (x >> 1) * 32 + 8 : 0x7f0000000000 + x);
  }),
  def('isinstance', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'isinstance', nargs, kw, 2)) return NULL;
    const r = isinstanceCheck(rt, arg(rt, args, 0), arg(rt, args, 1), false);
    return r < 0 ? NULL : r ? rt.True : rt.False;
  }),
  def('issubclass', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'issubclass', nargs, kw, 2)) return NULL;
    const r = isinstanceCheck(rt, arg(rt, args, 0), arg(rt, args, 1), true);
    return r < 0 ? NULL : r ? rt.True : rt.False;
  }),
  def('iter', (rt, args, nargs, kw) => {
    if (!rangeArgs(rt, 'iter', nargs, kw, 1, 2)) return NULL;
    if (nargs === 1) return A.getIterStepwise(rt, arg(rt, args, 0));
    const f = arg(rt, args, 0);
    const c = kindOf(rt, f);
    if (!(c === Kind.FUNCTION || c === Kind.BUILTIN_FUNCTION || c === Kind.BOUND_METHOD || c === Kind.TYPE || c === Kind.METHOD_DESCRIPTOR || (A.isHeapTypeObj(rt, f) && typeLookup(rt, typeOf(rt, f), rt.names.__call__) !== NULL))) {
      return raiseTypeError(rt, 'iter(v, w): v must be callable');
    }
    const it = iterAlloc(rt, Kind.MAP, f, IT_SIZE, rt.tCallableIter);
    rt.i32[(it + IT_INDEX) >> 2] = CALLABLE_ITER;
    const sentinel = arg(rt, args, 1);
    incref(rt, sentinel);
    rt.i32[(it + IT_AUX) >> 2] = sentinel;
    return it;
  }),
  def('next', (rt, args, nargs, kw) => {
    if (!rangeArgs(rt, 'next', nargs, kw, 1, 2)) return NULL;
    const it = arg(rt, args, 0);
    if (!A.isIterator(rt, it)) return raiseTypeError(rt, `'${A.typeNameOf(rt, it)}' object is not an iterator`);
    const kind = kindOf(rt, it);
    if (kind === Kind.GENERATOR || (kind >= Kind.ASYNC_GEN_ASEND && kind <= Kind.CORO_WRAPPER)) {
      // a generator, or an objects/coroutine.ts awaitable (coroutine.__await__()'s wrapper):
      // its StopIteration keeps the return value (next(coro.__await__()) -> StopIteration(v))
      const g = kind === Kind.GENERATOR ? generatorSend(rt, it, rt.None, false) : awaitableSend(rt, it, rt.None);
      if (g === NULL && nargs === 2 && errorMatches(rt, rt.exc.StopIteration!)) {
        clearError(rt);
        return newRef(rt, arg(rt, args, 1));
      }
      return g;
    }
    // --no-gil: a built-in iterator steps under its lock (or its container's), as a `for`
    // loop's FOR_ITER does: threads sharing one get each item once (vm/critical.ts)
    const v = rt.rc.atomic && !A.isHeapTypeObj(rt, it) && kind !== Kind.MAP && kind !== Kind.FILTER ? iterNextLocked(rt, it) : A.iterNextKeepingStop(rt, it);
    if (v !== NULL) return v;
    if (errOccurred(rt)) {
      if (nargs < 2 || !errorMatches(rt, rt.exc.StopIteration!)) return NULL;
      clearError(rt);
    }
    if (nargs === 2) return newRef(rt, arg(rt, args, 1));
    return raiseStop(rt);
  }),
  def('aiter', (rt, args, nargs, kw) => {
    if (!exactArgs(rt, 'aiter', nargs, kw, 1)) return NULL;
    return asyncIterStep(rt, arg(rt, args, 0), '__aiter__', 'is not an async iterable');
  }),
  def('anext', (rt, args, nargs, kw) => {
    if (!rangeArgs(rt, 'anext', nargs, kw, 1, 2)) return NULL;
    const awaitable = asyncIterStep(rt, arg(rt, args, 0), '__anext__', 'is not an async iterator');
    if (awaitable === NULL || nargs === 1) return awaitable;
    // with a default: lib/_asynciter.py wraps the awaitable
    const mod = importModule(rt, A.internName(rt, '_asynciter'), rt.None, smallIntRef(0), NULL);
    const fn = mod === NULL ? NULL : A.getAttr(rt, mod, A.internName(rt, 'anext_with_default'));
    if (mod !== NULL) decref(rt, mod);
    const r = fn === NULL ? NULL : call2(rt, fn, awaitable, arg(rt, args, 1));
    if (fn !== NULL) decref(rt, fn);
    decref(rt, awaitable);
    return r;
  }),
  defCharged('max', (rt, args, nargs, kw) => minmax(rt, args, nargs, kw, true)),
  defCharged('min', (rt, args, nargs, kw) => minmax(rt, args, nargs, kw, false)),
  def('pow', keywordsToPositions('pow', ['base', 'exp', 'mod'], (rt, args, nargs, kw) => {
    if (nkwOf(rt, kw) === 0 && nargs < 2) return raiseTypeError(rt, `pow() missing required argument '${nargs === 0 ? 'base' : 'exp'}' (pos ${nargs + 1})`);
    if (nkwOf(rt, kw) === 0 && nargs > 3) return raiseTypeError(rt, `pow() takes at most 3 arguments (${nargs} given)`);
    if (!rangeArgs(rt, 'pow', nargs, kw, 2, 3)) return NULL;
    if (nargs === 3 && arg(rt, args, 2) !== rt.None) {
      const [a, b, m] = [arg(rt, args, 0), arg(rt, args, 1), arg(rt, args, 2)];
      if (A.isHeapTypeObj(rt, a)) {
        // a class's own __pow__(self, exp, mod) (CPython's slot_nb_power; __rpow__ never
        // takes a modulus)
        const d = typeLookup(rt, typeOf(rt, a), A.internName(rt, '__pow__'));
        if (d !== NULL && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR) {
          const r = callWithSelfVector(rt, d, a, args + 1, 2, NULL);
          if (r !== rt.NotImplemented) return r;
          decref(rt, r);
        }
      }
      if (complexPowModulo(rt, a, b, m)) return raiseValueError(rt, 'complex modulo');
      if (!isInt(rt, a) || !isInt(rt, b) || !isInt(rt, m)) {
        // ternary_op: float's nb_power refuses any modulus; no slot at all is the generic error
        if (kindOf(rt, a) === Kind.FLOAT || kindOf(rt, b) === Kind.FLOAT || kindOf(rt, m) === Kind.FLOAT) {
          return raiseTypeError(rt, 'pow() 3rd argument not allowed unless all arguments are integers');
        }
        return raiseTypeError(rt, `unsupported operand type(s) for ** or pow(): '${A.typeNameOf(rt, a)}', '${A.typeNameOf(rt, b)}', '${A.typeNameOf(rt, m)}'`);
      }
      const mm = intToBigint(rt, m);
      if (mm === 0n) return raiseValueError(rt, 'pow() 3rd argument cannot be 0');
      let base = intToBigint(rt, a) % mm, e = intToBigint(rt, b), r = 1n;
      if (e < 0n) {
        // modular inverse (3.8+), extended Euclid
        const m0 = mm < 0n ? -mm : mm;
        let [g, x0, x1, aa] = [m0, 0n, 1n, ((base % m0) + m0) % m0];
        while (aa !== 0n) {
          const q = g / aa;
          [g, aa] = [aa, g - q * aa];
          [x0, x1] = [x1, x0 - q * x1];
        }
        if (g !== 1n) return raiseValueError(rt, 'base is not invertible for the given modulus');
        base = ((x0 % m0) + m0) % m0;
        e = -e;
      }
      r = r % mm;
      while (e > 0n) { if (e & 1n) r = (r * base) % mm; base = (base * base) % mm; e >>= 1n; }
      if (r !== 0n && (r < 0n) !== (mm < 0n)) r += mm;
      return intFromBigint(rt, r);
    }
    return A.binaryOp(rt, arg(rt, args, 0), arg(rt, args, 1), 8);
  }, undefined, 2)),
  def('round', keywordsToPositions('round', ['number', 'ndigits'], roundImpl, undefined, 1)),
  def('sorted', (rt, args, nargs, kw) => {
    if (nargs - nkwOf(rt, kw) !== 1) return raiseTypeError(rt, `sorted expected 1 argument, got ${nargs - nkwOf(rt, kw)}`);
    // the list first, then its sort()'s arguments (CPython's builtin_sorted)
    const l = A.listFromIterable(rt, arg(rt, args, 0));
    if (l === NULL) return NULL;
    const opts = sortKwargs(rt, args, nargs, kw, 1, 'sort');
    if (opts === null) { decref(rt, l); return NULL; }
    // CPython's sorted calls the new list's bound sort() (cfunction_vectorcall_FASTCALL_KEYWORDS),
    // which charges a level of recursion held while the sort runs its key and comparisons
    if (!enterRecursiveCall(rt, ' while calling a Python object')) { decref(rt, l); return NULL; }
    let status: number;
    try {
      status = listSortImpl(rt, l, opts.key, opts.reverse);
    } finally {
      leaveRecursiveCall(rt);
    }
    if (status < 0) { decref(rt, l); return NULL; }
    return l;
  }),
  def('sum', keywordsToPositions('sum', ['iterable', 'start'], sumImpl, undefined, 1, 1)),
  defCharged('vars', (rt, args, nargs, kw) => {
    if (kw !== 0 && tupleSize(rt, kw) > 0) return raiseTypeError(rt, 'vars() takes no keyword arguments');
    if (nargs > 1) return raiseTypeError(rt, `vars expected at most 1 argument, got ${nargs}`);
    if (nargs === 0) return frameLocalsDict(rt, rt.i32[(rt.ts + TS_FRAME) >> 2]!);
    const o = arg(rt, args, 0);
    if (kindOf(rt, o) === Kind.TYPE) return A.getAttr(rt, o, rt.names.__dict__); // a mappingproxy
    // CPython looks `__dict__` up as an attribute, so a __getattribute__ (threading.local's)
    // or a `__dict__` descriptor decides what vars() returns; only a missing attribute
    // becomes the TypeError
    const d = A.getAttrOptional(rt, o, rt.names.__dict__);
    if (d === NULL) {
      if (errOccurred(rt)) return NULL;
      return raiseTypeError(rt, 'vars() argument must have __dict__ attribute');
    }
    return d;
  }),
  def('globals', (rt, _args, nargs, kw) => (noArgs(rt, 'globals', nargs, kw) ? newRef(rt, globalsDict(rt)) : NULL)),
  def('open', (rt, args, nargs, kw) => {
    // lib/_io.py implements files on the native _os primitives; Argument Clinic's message
    // for the one required argument
    if (nargs - nkwOf(rt, kw) === 0 && kwIndex(rt, kw, 'file') < 0) return raiseTypeError(rt, "open() missing required argument 'file' (pos 1)");
    const mod = importModule(rt, A.internName(rt, '_io'), rt.None, smallIntRef(0), NULL);
    if (mod === NULL) return NULL;
    const fn = A.getAttr(rt, mod, A.internName(rt, 'open'));
    decref(rt, mod);
    if (fn === NULL) return NULL;
    const r = callVector(rt, fn, args, nargs, kw);
    decref(rt, fn);
    return r;
  }),
  def('eval', evalImpl),
  def('exec', execImpl),
  def('compile', compileImpl),
  def('locals', (rt, _args, nargs, kw) => (noArgs(rt, 'locals', nargs, kw) ? frameLocalsDict(rt, rt.i32[(rt.ts + TS_FRAME) >> 2]!) : NULL)),
  defCharged('dir', (rt, args, nargs, kw) => {
    if (kw !== NULL) return raiseTypeError(rt, 'dir() takes no keyword arguments');
    if (nargs > 1) return raiseTypeError(rt, `dir expected at most 1 argument, got ${nargs}`);
    return dirImpl(rt, args, nargs);
  }),
  def('input', inputImpl),
  // breakpoint(*args, **kws): sys.breakpointhook(*args, **kws), whatever sys.breakpointhook is now
  def('breakpoint', (rt, args, nargs, kw) => {
    const sys = dictGetStr(rt, rt.modules, rt.names.sys);
    const hook = sys === NULL ? NULL : dictGetStr(rt, rt.i32[(sys + MOD_DICT) >> 2] as Ref, A.internName(rt, 'breakpointhook'));
    if (hook === NULL) return raiseNew(rt, rt.exc.RuntimeError!, 'lost sys.breakpointhook');
    return callVector(rt, hook, args, nargs, kw);
  }),
  // site's exit() / quit() (a _sitebuiltins.Quitter in CPython): SystemExit(code), code=None
  ...(['exit', 'quit'] as const).map((name) => def(name, (rt, args, nargs, kw) => {
    const nkw = nkwOf(rt, kw);
    const npos = nargs - nkw;
    const ci = kwIndex(rt, kw, 'code');
    if (npos > 1 || nkw > 1 || (nkw === 1 && ci < 0) || (npos === 1 && ci >= 0)) {
      if (nkw > 0 && ci < 0) return raiseTypeError(rt, `Quitter.__call__() got an unexpected keyword argument '${strToJS(rt, tupleItem(rt, kw, 0))}'`);
      if (npos === 1 && ci >= 0) return raiseTypeError(rt, "Quitter.__call__() got multiple values for argument 'code'");
      return raiseTypeError(rt, `Quitter.__call__() takes from 1 to 2 positional arguments but ${npos + 1} were given`);
    }
    const code = npos === 1 ? arg(rt, args, 0) : ci >= 0 ? arg(rt, args, npos + ci) : rt.None;
    setRaised(rt, exceptionNewWithArg(rt, rt.exc.SystemExit!, code));
    return NULL;
  })),
  def('__build_class__', buildClassImpl),
  def('__import__', (rt, args, nargs, kw) => {
    const npos = nargs - nkwOf(rt, kw);
    if (npos < 1) return raiseTypeError(rt, "__import__() missing required argument 'name' (pos 1)");
    const name = arg(rt, args, 0);
    if (kindOf(rt, name) !== Kind.STR) return raiseTypeError(rt, `__import__() argument 1 must be str, not ${A.typeNameOf(rt, name)}`);
    // __import__(name, globals=None, locals=None, fromlist=(), level=0), by position or keyword
    let fromlist = npos >= 4 ? arg(rt, args, 3) : rt.None;
    for (let k = 0; k < nkwOf(rt, kw); k++) {
      const kn = strToJS(rt, tupleItem(rt, kw, k));
      if (kn === 'fromlist') fromlist = arg(rt, args, npos + k);
      else if (kn !== 'globals' && kn !== 'locals' && kn !== 'level' && kn !== 'name') {
        return raiseTypeError(rt, `'${kn}' is an invalid keyword argument for __import__()`);
      }
    }
    // an empty fromlist asks for the top package, as None does
    if (fromlist !== rt.None) {
      const truth = A.isTrue(rt, fromlist);
      if (truth < 0) return NULL;
      if (truth === 0) fromlist = rt.None;
    }
    return importModule(rt, name, fromlist, smallIntRef(0), NULL);
  }),
];
INLINE_NATIVES.len = BUILTIN_FUNCTIONS.find(([name]) => name === 'len')![1];
INLINE_NATIVES.isinstance = BUILTIN_FUNCTIONS.find(([name]) => name === 'isinstance')![1];

function raiseStop(rt: Runtime): Ref {
  setRaised(rt, exceptionNoArgs(rt, rt.exc.StopIteration!));
  return NULL;
}
import { exceptionNewNoArgs as exceptionNoArgs, exceptionNew, exceptionNewWithArg } from '../objects/exceptions.js';

// ====================================================================== constructors

/** int(x) of a float value: truncated; NaN and infinities refused as CPython does. */
function intFromFloatTrunc(rt: Runtime, v: number): Ref {
  if (Number.isNaN(v)) return raiseValueError(rt, 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) return raiseOverflow(rt, 'cannot convert float infinity to integer');
  const t = Math.trunc(v);
  return Number.isSafeInteger(t) ? intFromNumber(rt, t) : intFromBigint(rt, BigInt(t));
}

function ctorInt(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const nkw = nkwOf(rt, kw);
  const npos = nargs - nkw;
  if (npos === 0 && nkw === 0) return smallIntRef(0);
  if (nargs > 2) return raiseTypeError(rt, `int() takes at most 2 arguments (${nargs} given)`);
  for (let i = 0; i < nkw; i++) {
    const key = strToJS(rt, tupleItem(rt, kw, i));
    if (key !== 'base') return raiseTypeError(rt, `'${key}' is an invalid keyword argument for int()`);
  }
  if (npos === 0) return raiseTypeError(rt, "int() missing string argument");
  const x = arg(rt, args, 0);
  let base: number | null = null;
  if (npos > 1) {
    base = intArg(rt, arg(rt, args, 1));
    if (base === null) return NULL; // not an integer: __index__ raised
  }
  const bi = kwIndex(rt, kw, 'base');
  if (bi >= 0) {
    base = intArg(rt, arg(rt, args, npos + bi));
    if (base === null) return NULL;
  }
  const k = kindOf(rt, x);
  if (base !== null) {
    // the base's range before the value's type (long_new_impl)
    if ((base !== 0 && base < 2) || base > 36) return raiseValueError(rt, 'int() base must be >= 2 and <= 36, or 0');
    if (k === Kind.BYTES || k === Kind.BYTEARRAY) return parseIntBytes(rt, x, base);
    if (k !== Kind.STR) return raiseTypeError(rt, "int() can't convert non-string with explicit base");
    return parseIntLiteral(rt, strToJS(rt, x), base);
  }
  if (k === Kind.INT && typeOf(rt, x) === rt.tInt) return newRef(rt, x);
  if (k === Kind.BOOL) return smallIntRef(x === rt.True ? 1 : 0);
  if (k === Kind.FLOAT && typeOf(rt, x) === rt.tFloat) return intFromFloatTrunc(rt, floatValue(rt, x));
  if (k === Kind.STR && typeOf(rt, x) === rt.tStr) return parseIntLiteral(rt, strToJS(rt, x), 10);
  if ((k === Kind.BYTES || k === Kind.BYTEARRAY) && !A.isHeapTypeObj(rt, x)) return parseIntBytes(rt, x, 10);
  if (A.isHeapTypeObj(rt, x)) {
    // an int or float subclass converts by its base's nb_int unless it overrides __int__
    // itself: its __index__ or __trunc__ is not asked (CPython's PyNumber_Long)
    if ((k === Kind.INT || k === Kind.FLOAT) && typeLookup(rt, typeOf(rt, x), rt.names.__int__) === NULL) {
      return k === Kind.INT ? A.exactIntCopy(rt, x) : intFromFloatTrunc(rt, floatValue(rt, x));
    }
    for (const n of [rt.names.__int__, rt.names.__index__, rt.names.__trunc__]) {
      const d = typeLookup(rt, typeOf(rt, x), n);
      if (d === NULL) continue;
      const trunc = n === rt.names.__trunc__;
      // (a float subclass finds float's own __trunc__ here: CPython converts it by nb_int,
      // without the warning)
      if (trunc && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR && !warnDeprecatedFromMain(rt, 'The delegation of int() to __trunc__ is deprecated.', 0)) return NULL;
      const r = callWithSelfVector(rt, d, x, args, 0, NULL);
      if (r === NULL) return r;
      const rk = kindOf(rt, r);
      if (rk === Kind.INT && typeOf(rt, r) === rt.kindTypes[Kind.INT]) return r;
      const which = n === rt.names.__int__ ? '__int__' : n === rt.names.__index__ ? '__index__' : '__trunc__';
      if (rk === Kind.INT || rk === Kind.BOOL) {
        // an int subclass: CPython warns (not for __trunc__'s) and returns the exact int
        if (!trunc && !warnDeprecatedFromMain(rt, `${which} returned non-int (type ${A.typeNameOf(rt, r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`, 0)) {
          decref(rt, r);
          return NULL;
        }
        const v = intFromBigint(rt, intToBigint(rt, r));
        decref(rt, r);
        return v;
      }
      if (trunc) {
        // __trunc__ may return any Integral: int() takes its __index__ (PyNumber_Long)
        const hasIndex = A.isHeapTypeObj(rt, r) && typeLookup(rt, typeOf(rt, r), rt.names.__index__) !== NULL;
        const v = hasIndex ? A.indexObject(rt, r) : raiseTypeError(rt, `__trunc__ returned non-Integral (type ${A.typeNameOf(rt, r)})`);
        decref(rt, r);
        return v;
      }
      const msg = `${which} returned non-int (type ${A.typeNameOf(rt, r)})`;
      decref(rt, r);
      return raiseTypeError(rt, msg);
    }
    // subclasses of the built-ins without an override of the above
    if (k === Kind.STR) return parseIntLiteral(rt, strToJS(rt, x), 10);
    if (k === Kind.INT) return A.exactIntCopy(rt, x);
    if (k === Kind.FLOAT) return intFromFloatTrunc(rt, floatValue(rt, x));
  }
  return raiseTypeError(rt, `int() argument must be a string, a bytes-like object or a real number, not '${A.typeNameOf(rt, x)}'`);
}

function ctorFloat(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!rangeArgs(rt, 'float', nargs, kw, 0, 1)) return NULL;
  if (nargs === 0) return floatNew(rt, 0);
  const x = arg(rt, args, 0);
  const k = kindOf(rt, x);
  if (k === Kind.FLOAT && typeOf(rt, x) === rt.tFloat) return newRef(rt, x);
  if (isInt(rt, x) && !A.isHeapTypeObj(rt, x)) {
    const v = A.toFloat(rt, x);
    return v === null ? NULL : floatNew(rt, v);
  }
  if (k === Kind.STR && typeOf(rt, x) === rt.tStr) return parseFloatLiteral(rt, strToJS(rt, x));
  if ((k === Kind.BYTES || k === Kind.BYTEARRAY) && !A.isHeapTypeObj(rt, x)) return parseFloatBytes(rt, x);
  if (A.isHeapTypeObj(rt, x)) {
    const d = typeLookup(rt, typeOf(rt, x), rt.names.__float__);
    if (d !== NULL) {
      const r = callWithSelfVector(rt, d, x, args, 0, NULL);
      if (r === NULL || (kindOf(rt, r) === Kind.FLOAT && typeOf(rt, r) === rt.kindTypes[Kind.FLOAT])) return r;
      if (kindOf(rt, r) === Kind.FLOAT) {
        // a float subclass: CPython warns (DeprecationWarning) and returns the exact float
        if (!warnDeprecatedFromMain(rt, `${A.typeNameOf(rt, x)}.__float__ returned non-float (type ${A.typeNameOf(rt, r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`, 0)) {
          decref(rt, r);
          return NULL;
        }
        const v = floatNew(rt, floatValue(rt, r));
        decref(rt, r);
        return v;
      }
      const msg = `${A.typeNameOf(rt, x)}.__float__ returned non-float (type ${A.typeNameOf(rt, r)})`;
      decref(rt, r);
      return raiseTypeError(rt, msg);
    }
    // a float subclass has float's own nb_float before any __index__ (CPython's PyNumber_Float)
    if (k === Kind.FLOAT) return A.exactFloatCopy(rt, x);
    const ix = typeLookup(rt, typeOf(rt, x), rt.names.__index__);
    if (ix !== NULL) {
      const r = A.indexObject(rt, x);
      if (r === NULL) return NULL;
      const v = A.toFloat(rt, r);
      decref(rt, r);
      return v === null ? NULL : floatNew(rt, v);
    }
    if (k === Kind.STR) return parseFloatLiteral(rt, strToJS(rt, x));
  }
  return raiseTypeError(rt, `float() argument must be a string or a real number, not '${A.typeNameOf(rt, x)}'`);
}

function ctorStr(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const nkw = nkwOf(rt, kw);
  if (nkw > 0 && nkw === nargs && nkw <= 2) {
    // no object: '' whatever the encoding and errors (once they are checked to be str)
    let object = false;
    for (let k = 0; k < nkw; k++) {
      const kn = strToJS(rt, tupleItem(rt, kw, k));
      if (kn === 'object') object = true;
      else if (kn !== 'encoding' && kn !== 'errors') object = true; // the generic path's error
      else if (kindOf(rt, arg(rt, args, k)) !== Kind.STR) {
        const v = arg(rt, args, k);
        return raiseTypeError(rt, `str() argument '${kn}' must be str, not ${v === rt.None ? 'None' : A.typeNameOf(rt, v)}`);
      }
    }
    if (!object) return newRef(rt, rt.emptyStr);
  }
  return ctorStrKeywords(rt, args, nargs, kw);
}

/** str(object='', encoding='utf-8', errors='strict'): with an encoding or errors, object
 * must be bytes-like and is decoded. */
const ctorStrKeywords = keywordsToPositions('str', ['object', 'encoding', 'errors'], (rt, args, nargs, kw) => {
  if (nargs > 3) return raiseTypeError(rt, `str() takes at most 3 arguments (${nargs} given)`);
  if (!rangeArgs(rt, 'str', nargs, kw, 0, 3)) return NULL;
  if (nargs === 0) return rt.emptyStr;
  const obj = arg(rt, args, 0);
  if (nargs === 1) return A.str(rt, obj);
  for (let i = 1; i < nargs; i++) {
    if (kindOf(rt, arg(rt, args, i)) !== Kind.STR) {
      const v = arg(rt, args, i); // _PyArg_BadArgument names None as 'None'
      return raiseTypeError(rt, `str() argument '${i === 1 ? 'encoding' : 'errors'}' must be str, not ${v === rt.None ? 'None' : A.typeNameOf(rt, v)}`);
    }
  }
  const k = kindOf(rt, obj);
  if (k === Kind.STR) return raiseTypeError(rt, 'decoding str is not supported');
  if (k !== Kind.BYTES && k !== Kind.BYTEARRAY) return raiseTypeError(rt, `decoding to str: need a bytes-like object, ${A.typeNameOf(rt, obj)} found`);
  const decode = A.getAttr(rt, obj, A.internName(rt, 'decode'));
  if (decode === NULL) return NULL;
  const r = callVector(rt, decode, args + 1, nargs - 1, NULL);
  decref(rt, decode);
  return r;
}, (rt, i) => (i === 1 ? A.internName(rt, 'utf-8') : NULL));

function ctorBool(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!rangeArgs(rt, 'bool', nargs, kw, 0, 1)) return NULL;
  if (nargs === 0) return rt.False;
  const b = A.isTrue(rt, arg(rt, args, 0));
  return b < 0 ? NULL : b ? rt.True : rt.False;
}

function ctorList(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!rangeArgs(rt, 'list', nargs, kw, 0, 1)) return NULL;
  if (nargs === 0) return listNew(rt, 0);
  return A.listFromIterable(rt, arg(rt, args, 0));
}

function ctorTuple(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!rangeArgs(rt, 'tuple', nargs, kw, 0, 1)) return NULL;
  if (nargs === 0) return rt.emptyTuple;
  return A.tupleFromIterable(rt, arg(rt, args, 0));
}

function dictUpdateFrom(rt: Runtime, d: Ref, src: Ref): number {
  if (A.dictMergesDirectly(rt, src)) return dictMergeDict(rt, d, src);
  const keysName = A.internName(rt, 'keys');
  if (A.isHeapTypeObj(rt, src) && typeLookup(rt, typeOf(rt, src), keysName) !== NULL) {
    const keys = A.getAttr(rt, src, keysName);
    const kl = keys === NULL ? NULL : callVector(rt, keys, 0, 0, NULL);
    decref(rt, keys);
    if (kl === NULL) return -1;
    const l = A.listFromIterable(rt, kl);
    decref(rt, kl);
    if (l === NULL) return -1;
    for (let i = 0; i < listSize(rt, l); i++) {
      const k = rt.i32[listItemsWord(rt, l) + i] as Ref;
      const v = A.getItem(rt, src, k);
      if (v === NULL || dictSetItem(rt, d, k, v) < 0) { decref(rt, v); decref(rt, l); return -1; }
      decref(rt, v);
    }
    decref(rt, l);
    return 0;
  }
  const it = A.getIter(rt, src);
  if (it === NULL) return -1;
  for (let i = 0; ; i++) {
    const item = A.iterNext(rt, it);
    if (item === NULL) break;
    const seq = A.listFromIterable(rt, item);
    if (seq === NULL) {
      decref(rt, item); decref(rt, it);
      if (errorMatches(rt, rt.exc.TypeError!)) {
        clearError(rt);
        raiseTypeError(rt, `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      return -1;
    }
    decref(rt, item);
    if (listSize(rt, seq) !== 2) {
      const n = listSize(rt, seq);
      decref(rt, seq); decref(rt, it);
      raiseValueError(rt, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
      return -1;
    }
    const w = listItemsWord(rt, seq);
    const r = dictSetItem(rt, d, rt.i32[w] as Ref, rt.i32[w + 1] as Ref);
    decref(rt, seq);
    if (r < 0) { decref(rt, it); return -1; }
  }
  decref(rt, it);
  return errOccurred(rt) ? -1 : 0;
}

function dictKwargs(rt: Runtime, d: Ref, args: number, nargs: number, kw: Ref): number {
  const nkw = nkwOf(rt, kw);
  for (let k = 0; k < nkw; k++) if (dictSetItem(rt, d, tupleItem(rt, kw, k), arg(rt, args, nargs - nkw + k)) < 0) return -1;
  return 0;
}

function ctorDict(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const npos = nargs - nkwOf(rt, kw);
  if (npos > 1) return raiseTypeError(rt, `dict expected at most 1 argument, got ${npos}`);
  const d = dictNew(rt);
  if (npos === 1 && dictUpdateFrom(rt, d, arg(rt, args, 0)) < 0) { decref(rt, d); return NULL; }
  if (dictKwargs(rt, d, args, nargs, kw) < 0) { decref(rt, d); return NULL; }
  return d;
}

function ctorSet(frozen: boolean): NativeFn {
  return (rt, args, nargs, kw) => {
    if (!rangeArgs(rt, frozen ? 'frozenset' : 'set', nargs, kw, 0, 1)) return NULL;
    // CPython's make_new_set (objects/setops.ts): its order and table size
    if (nargs === 0) return setNew(rt, frozen);
    const src = arg(rt, args, 0);
    if (frozen && (src & 1) === 0 && typeOf(rt, src) === rt.tFrozenset) return newRef(rt, src); // frozenset(fs) is fs
    return setMakeNew(rt, frozen, src);
  };
}

/**
 * range's constructor has a vectorcall in CPython 3.11 (the class call charges no level of
 * recursion, vm/call.ts typeCallUncharged), but its compute_range_length compares the step
 * with zero through PyObject_RichCompare: a level, " in comparison", so a runaway recursion
 * whose frames call range() meets the limit there. False with RecursionError set.
 */
function rangeLengthLevel(rt: Runtime): boolean {
  if (!enterRecursiveCall(rt, ' in comparison')) return false;
  leaveRecursiveCall(rt);
  return true;
}

function ctorRange(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!noKw(rt, 'range', kw)) return NULL;
  if (nargs < 1) return raiseTypeError(rt, 'range expected at least 1 argument, got 0');
  if (nargs > 3) return raiseTypeError(rt, `range expected at most 3 arguments, got ${nargs}`);
  // small ints (the usual `range(n)`, `range(i + 1, n)`): no BigInts, no arrays (an
  // argument not given stands in as the first one in the test)
  const a0 = arg(rt, args, 0), a1 = nargs > 1 ? arg(rt, args, 1) : a0, a2 = nargs > 2 ? arg(rt, args, 2) : a0;
  if ((a0 & a1 & a2 & 1) === 1) {
    const step = nargs > 2 ? a2 >> 1 : 1;
    if (step === 0) return raiseValueError(rt, 'range() arg 3 must not be zero');
    if (!rangeLengthLevel(rt)) return NULL;
    return nargs === 1 ? rangeNew(rt, 0, a0 >> 1, 1) : rangeNew(rt, a0 >> 1, a1 >> 1, step);
  }
  const vals: bigint[] = [];
  let small = true;
  for (let i = 0; i < nargs; i++) {
    const x = arg(rt, args, i);
    if (!isInt(rt, x)) {
      const r = A.indexObject(rt, x);
      if (r === NULL) return NULL;
      if ((r & 1) === 0) small = false;
      vals.push(intToBigint(rt, r));
      decref(rt, r);
    } else {
      if ((x & 1) === 0) small = false;
      vals.push(intToBigint(rt, x));
    }
  }
  const [start, stop, step] = nargs === 1 ? [0n, vals[0]!, 1n] : [vals[0]!, vals[1]!, nargs === 3 ? vals[2]! : 1n];
  if (step === 0n) return raiseValueError(rt, 'range() arg 3 must not be zero');
  if (!rangeLengthLevel(rt)) return NULL;
  const fits = (v: bigint) => v >= -0x40000000n && v <= 0x3fffffffn;
  if (small && fits(start) && fits(stop) && fits(step)) return rangeNew(rt, Number(start), Number(stop), Number(step));
  return rangeNewBig(rt, start, stop, step);
}

function ctorSlice(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!rangeArgs(rt, 'slice', nargs, kw, 1, 3)) return NULL;
  if (nargs === 1) return sliceNew(rt, rt.None, arg(rt, args, 0), rt.None);
  return sliceNew(rt, arg(rt, args, 0), arg(rt, args, 1), nargs === 3 ? arg(rt, args, 2) : rt.None);
}

/** callable(x)'s answer (CPython's PyCallable_Check). */
function isCallableValue(rt: Runtime, x: Ref): boolean {
  const k = kindOf(rt, x);
  if (k === Kind.FUNCTION || k === Kind.BUILTIN_FUNCTION || k === Kind.METHOD_DESCRIPTOR || k === Kind.BOUND_METHOD || k === Kind.TYPE || k === Kind.STATICMETHOD) return true;
  return A.isHeapTypeObj(rt, x) && typeLookup(rt, typeOf(rt, x), rt.names.__call__) !== NULL;
}

/** method(function, instance): a bound method (CPython's method_new, types.MethodType). */
function ctorMethod(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!exactArgs(rt, 'method', nargs, kw, 2)) return NULL;
  const fn = arg(rt, args, 0);
  const instance = arg(rt, args, 1);
  if (!isCallableValue(rt, fn)) return raiseTypeError(rt, 'first argument must be callable');
  if (instance === rt.None) return raiseTypeError(rt, 'instance must not be None');
  return boundMethodNew(rt, fn, instance);
}

function ctorObject(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (nargs > 0) return raiseTypeError(rt, 'object() takes no arguments');
  return newObject(rt, rt.tObject, 16);
}

function ctorWrapper(kind: Kind, name: string): NativeFn {
  return (rt, args, nargs, kw) => {
    if (!noKw(rt, name, kw)) return NULL;
    if (nargs !== 1) return raiseTypeError(rt, `${name} expected 1 argument, got ${nargs}`);
    const o = newObject(rt, rt.kindTypes[kind]!, SM_SIZE);
    const f = arg(rt, args, 0);
    incref(rt, f);
    rt.i32[(o + SM_FUNC) >> 2] = f;
    return o;
  };
}

// property(fget=None, fset=None, fdel=None, doc=None), CPython's argument-clinic errors
const ctorProperty = keywordsToPositions('property', ['fget', 'fset', 'fdel', 'doc'], (rt, args, nargs) => {
  if (nargs > 4) return raiseTypeError(rt, `property() takes at most 4 arguments (${nargs} given)`);
  const p = newObject(rt, rt.kindTypes[Kind.PROPERTY]!, PR_SIZE);
  const slots = [PR_GET, PR_SET, PR_DEL, PR_DOC];
  for (let i = 0; i < nargs; i++) {
    const v = arg(rt, args, i);
    if (v !== rt.None) { incref(rt, v); rt.i32[(p + slots[i]!) >> 2] = v; }
  }
  return p;
}, (rt) => rt.None);

function ctorEnumerate(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const nkw = nkwOf(rt, kw);
  const npos = nargs - nkw;
  // CPython 3.11's argument-clinic errors, in its order
  if (nargs > 2) return raiseTypeError(rt, `enumerate() takes at most 2 arguments (${nargs} given)`);
  const ii = kwIndex(rt, kw, 'iterable');
  for (let k = 0; k < nkw; k++) {
    const key = strToJS(rt, tupleItem(rt, kw, k));
    const pos = key === 'iterable' ? 1 : key === 'start' ? 2 : 0;
    if (pos === 0 || npos >= pos || (npos === 0 && ii < 0)) return raiseTypeError(rt, `'${key}' is an invalid keyword argument for enumerate()`);
  }
  if (npos < 1 && ii < 0) return raiseTypeError(rt, "enumerate() missing required argument 'iterable'");
  const iterable = npos >= 1 ? arg(rt, args, 0) : arg(rt, args, npos + ii);
  let start: Ref = smallIntRef(0);
  if (npos > 1) start = arg(rt, args, 1);
  const si = kwIndex(rt, kw, 'start');
  if (si >= 0) start = arg(rt, args, npos + si);
  // start = operator.index(start) (CPython's enumerate_new_impl)
  start = A.indexObject(rt, start);
  if (start === NULL) return NULL;
  const it = A.getIterStepwise(rt, iterable);
  if (it === NULL) { decref(rt, start); return NULL; }
  const e = iterAlloc(rt, Kind.ENUMERATE, it);
  decref(rt, it);
  rt.i32[(e + IT_AUX) >> 2] = start;
  return e;
}

function ctorZip(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const nkw = nkwOf(rt, kw);
  const npos = nargs - nkw;
  let strict = false;
  if (nkw > 1) return raiseTypeError(rt, `zip() takes at most 1 keyword argument (${nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const key = strToJS(rt, tupleItem(rt, kw, k));
    if (key !== 'strict') return raiseTypeError(rt, `'${key}' is an invalid keyword argument for zip()`);
    const v = A.isTrue(rt, arg(rt, args, npos + k));
    if (v < 0) return NULL;
    strict = v === 1;
  }
  const t = tupleNew(rt, npos);
  for (let i = 0; i < npos; i++) {
    const it = A.getIterStepwise(rt, arg(rt, args, i));
    if (it === NULL) {
      for (let j = i; j < npos; j++) tupleSetItemSteal(rt, t, j, rt.None);
      decref(rt, t);
      return NULL;
    }
    tupleSetItemSteal(rt, t, i, it);
  }
  const z = iterAlloc(rt, Kind.ZIP, npos === 0 ? NULL : t);
  decref(rt, t);
  if (strict) rt.i32[(z + IT_INDEX) >> 2] = ZIP_STRICT;
  return z;
}

function ctorMap(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!noKw(rt, 'map', kw)) return NULL;
  if (nargs < 2) return raiseTypeError(rt, 'map() must have at least two arguments.');
  const t = tupleNew(rt, nargs - 1);
  for (let i = 1; i < nargs; i++) {
    const it = A.getIterStepwise(rt, arg(rt, args, i));
    if (it === NULL) {
      for (let j = i - 1; j < nargs - 1; j++) tupleSetItemSteal(rt, t, j, rt.None);
      decref(rt, t);
      return NULL;
    }
    tupleSetItemSteal(rt, t, i - 1, it);
  }
  const m = iterAlloc(rt, Kind.MAP, t);
  decref(rt, t);
  const f = arg(rt, args, 0);
  incref(rt, f);
  rt.i32[(m + IT_AUX) >> 2] = f;
  return m;
}

function ctorFilter(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (!exactArgs(rt, 'filter', nargs, kw, 2)) return NULL;
  const it = A.getIterStepwise(rt, arg(rt, args, 1));
  if (it === NULL) return NULL;
  const f = iterAlloc(rt, Kind.FILTER, it);
  decref(rt, it);
  const fn = arg(rt, args, 0);
  incref(rt, fn);
  rt.i32[(f + IT_AUX) >> 2] = fn;
  return f;
}

function ctorReversed(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  if (kw !== NULL) return raiseTypeError(rt, 'reversed() takes no keyword arguments');
  if (nargs !== 1) return raiseTypeError(rt, `reversed expected 1 argument, got ${nargs}`);
  const x = arg(rt, args, 0);
  const k = kindOf(rt, x);
  if (A.isHeapTypeObj(rt, x)) {
    const d = typeLookup(rt, typeOf(rt, x), rt.names.__reversed__);
    if (d === rt.None) return raiseTypeError(rt, `'${A.typeNameOf(rt, x)}' object is not reversible`);
    if (d !== NULL) return callWithSelfVector(rt, d, x, args, 0, NULL);
  }
  if (k === Kind.LIST) {
    const it = iterAlloc(rt, Kind.LIST_REVITER, x);
    rt.i32[(it + IT_INDEX) >> 2] = listSize(rt, x) - 1;
    return it;
  }
  if (k === Kind.RANGE) {
    // the range run backwards (CPython's range_reverse): a copy of the values took O(n)
    // time and memory, so `for i in reversed(range(10**8)): ... break` ran for seconds
    const [start, , step] = rangeBounds(rt, x);
    const n = rangeLengthBig(rt, x);
    const last = start + (n - 1n) * step;
    const backwards = n === 0n ? rangeNewBig(rt, start, start, 1n) : rangeNewBig(rt, last, start - step, -step);
    const it = A.getIter(rt, backwards);
    decref(rt, backwards);
    return it;
  }
  // a dict or a view of one: over the live dict, from its end
  if (k === Kind.DICT || k === Kind.DICT_KEYS || k === Kind.DICT_VALUES || k === Kind.DICT_ITEMS) return dictRevIterNew(rt, x, k);
  // any other sequence (a tuple, str, bytes, bytearray, or a class with __getitem__):
  // CPython's reversed object, len(x) now (TypeError without __len__), then x[i] for i =
  // len-1 down to 0 as it is iterated, ending at IndexError (objects/iter.ts SEQ_REVITER)
  if (k === Kind.TUPLE || k === Kind.STR || k === Kind.BYTES || k === Kind.BYTEARRAY ||
      (A.isHeapTypeObj(rt, x) && typeLookup(rt, typeOf(rt, x), rt.names.__getitem__) !== NULL)) {
    const n = A.length(rt, x);
    if (n < 0) return NULL;
    const it = iterAlloc(rt, Kind.SEQ_REVITER, x);
    rt.i32[(it + IT_INDEX) >> 2] = n - 1;
    return it;
  }
  return raiseTypeError(rt, `'${A.typeNameOf(rt, x)}' object is not reversible`);
}

export const TYPE_CONSTRUCTORS: [Kind, number][] = [
  [Kind.INT, defineNative('int', ctorInt)],
  [Kind.FLOAT, defineNative('float', ctorFloat)],
  [Kind.STR, defineNative('str', ctorStr)],
  [Kind.BOOL, defineNative('bool', ctorBool)],
  [Kind.LIST, defineNative('list', ctorList)],
  [Kind.TUPLE, defineNative('tuple', ctorTuple)],
  [Kind.DICT, defineNative('dict', ctorDict)],
  [Kind.SET, defineNative('set', ctorSet(false))],
  [Kind.FROZENSET, defineNative('frozenset', ctorSet(true))],
  [Kind.RANGE, defineNative('range', ctorRange)],
  [Kind.SLICE, defineNative('slice', ctorSlice)],
  [Kind.OBJECT, defineNative('object', ctorObject)],
  [Kind.BOUND_METHOD, defineNative('method', ctorMethod)],
  [Kind.STATICMETHOD, defineNative('staticmethod', ctorWrapper(Kind.STATICMETHOD, 'staticmethod'))],
  [Kind.CLASSMETHOD, defineNative('classmethod', ctorWrapper(Kind.CLASSMETHOD, 'classmethod'))],
  [Kind.PROPERTY, defineNative('property', ctorProperty)],
  [Kind.SUPER, defineNative('super', (rt, args, nargs) => superImpl(rt, args, nargs))],
  [Kind.ENUMERATE, defineNative('enumerate', ctorEnumerate)],
  [Kind.ZIP, defineNative('zip', ctorZip)],
  [Kind.MAP, defineNative('map', ctorMap)],
  [Kind.FILTER, defineNative('filter', ctorFilter)],
  [Kind.SEQ_REVITER, defineNative('reversed', ctorReversed)],
  [Kind.MODULE, defineNative('module', ctorModule)],
];

/** types.ModuleType(name, doc=None): an empty module, its namespace holding what CPython's
 * module___init__ puts there (__name__, __doc__, __package__, __loader__, __spec__). */
function ctorModule(rt: Runtime, args: number, nargs: number, kw: Ref): Ref {
  const nkw = nkwOf(rt, kw);
  const npos = nargs - nkw;
  if (nargs > 2) return raiseTypeError(rt, `module() takes at most 2 arguments (${nargs} given)`);
  let name: Ref = npos >= 1 ? arg(rt, args, 0) : NULL;
  let doc: Ref = npos >= 2 ? arg(rt, args, 1) : rt.None;
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kw, k));
    const v = arg(rt, args, npos + k);
    if (kn === 'name' && npos < 1) name = v;
    else if (kn === 'doc' && npos < 2) doc = v;
    else if (kn === 'name' || kn === 'doc') return raiseTypeError(rt, `argument for module() given by name ('${kn}') and position (${kn === 'name' ? 1 : 2})`);
    else return raiseTypeError(rt, `module() got an unexpected keyword argument '${kn}'`);
  }
  if (name === NULL) return raiseTypeError(rt, "module() missing required argument 'name' (pos 1)");
  if (kindOf(rt, name) !== Kind.STR) return raiseTypeError(rt, `module() argument 'name' must be str, not ${A.typeNameOf(rt, name)}`);
  const d = dictNew(rt);
  dictSetItem(rt, d, rt.names.__name__, name);
  dictSetItem(rt, d, rt.names.__doc__, doc);
  for (const n of ['__package__', '__loader__', '__spec__']) dictSetItem(rt, d, A.internName(rt, n), rt.None);
  const m = moduleNew(rt, name, d);
  decref(rt, d);
  return m;
}

// ====================================================================== methods

const self0 = (rt: Runtime, args: number): Ref => rt.i32[args] as Ref;

/** A method taking no arguments: `owner.name() takes no arguments (N given)` otherwise. */
function def0(owner: string, name: string, fn: NativeFn): [string, number] {
  return def(name, (rt, args, nargs, kw) => (methodArgs(rt, `${owner}.${name}`, nargs, kw, 0, 0) ? fn(rt, args, nargs, kw) : NULL));
}

/** d.setdefault(key[, default]) (args: self, key, default): new reference or NULL. */
function dictSetDefault(rt: Runtime, d: Ref, args: number, nargs: number): Ref {
  const v = dictGetItem(rt, d, arg(rt, args, 1));
  if (v !== NULL) return newRef(rt, v);
  if (errOccurred(rt)) return NULL;
  const dv = nargs > 2 ? arg(rt, args, 2) : rt.None;
  if (dictSetItem(rt, d, arg(rt, args, 1), dv) < 0) return NULL;
  return newRef(rt, dv);
}

/** A method's argument count check; `qual`, the name its keyword error gives (CPython's
 * method descriptors say "dict.get() takes no keyword arguments", their count errors
 * "get expected at most 2 arguments, got 3"). */
function methodArgs(rt: Runtime, name: string, nargs: number, kw: Ref, min: number, max: number, qual = name): boolean {
  if (!noKw(rt, qual, kw)) return false;
  const given = nargs - 1;
  if (given < min || given > max) {
    if (min === max && min === 1) raiseTypeError(rt, `${name}() takes exactly one argument (${given} given)`);
    else if (min === max && min > 1) raiseTypeError(rt, `${name} expected ${min} arguments, got ${given}`);
    else if (min === max && min === 0) raiseTypeError(rt, `${name}() takes no arguments (${given} given)`);
    else if (given < min) raiseTypeError(rt, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${given}`);
    else raiseTypeError(rt, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${given}`);
    return false;
  }
  return true;
}

/** An attribute name given to a dunder called directly must be a str. */
function attrNameIsStr(rt: Runtime, name: Ref): boolean {
  if (kindOf(rt, name) === Kind.STR) return true;
  raiseTypeError(rt, `attribute name must be string, not '${A.typeNameOf(rt, name)}'`);
  return false;
}

/** l[i] == value (1, 0, or -1 with the error set), the item held while compared: its __eq__
 * may take it out of the list (CPython's list_remove, list_index, list_count). */
function listItemEquals(rt: Runtime, l: Ref, i: number, value: Ref): number {
  const x = rt.i32[listItemsWord(rt, l) + i] as Ref;
  incref(rt, x);
  const c = A.richCompareBool(rt, x, value, 2);
  decref(rt, x);
  return c;
}

const LIST_METHODS: Methods = [
  def('append', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'list.append', nargs, kw, 1, 1)) return NULL;
    listAppend(rt, self0(rt, args), arg(rt, args, 1));
    return rt.None;
  }),
  def('extend', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'list.extend', nargs, kw, 1, 1)) return NULL;
    return listExtend(rt, self0(rt, args), arg(rt, args, 1)) < 0 ? NULL : rt.None;
  }),
  def('pop', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'pop', nargs, kw, 0, 1, 'list.pop')) return NULL;
    const l = self0(rt, args);
    const n = listSize(rt, l);
    let i = nargs > 1 ? ssizeArg(rt, arg(rt, args, 1)) : -1;
    if (i === null) return NULL;
    if (n === 0) return raiseIndexError(rt, 'pop from empty list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raiseIndexError(rt, 'pop index out of range');
    return listRemoveAt(rt, l, i);
  }),
  def('insert', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'insert', nargs, kw, 2, 2, 'list.insert')) return NULL;
    const l = self0(rt, args);
    const n = listSize(rt, l);
    let i = ssizeArg(rt, arg(rt, args, 1));
    if (i === null) return NULL;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const v = arg(rt, args, 2);
    incref(rt, v);
    listAppendSteal(rt, l, v);
    const w = listItemsWord(rt, l);
    moveWords(rt.i32, w + i + 1, w + i, w + n);
    rt.i32[w + i] = v;
    return rt.None;
  }),
  def('remove', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'list.remove', nargs, kw, 1, 1)) return NULL;
    const l = self0(rt, args);
    for (let i = 0; i < listSize(rt, l); i++) {
      const c = listItemEquals(rt, l, i, arg(rt, args, 1));
      if (c < 0) return NULL;
      // an __eq__ that emptied the list: nothing left at i to remove (CPython's
      // list_ass_slice clamps), as the list stands
      if (c) { if (i < listSize(rt, l)) decref(rt, listRemoveAt(rt, l, i)); return rt.None; }
    }
    return raiseValueError(rt, 'list.remove(x): x not in list');
  }),
  def('index', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'index', nargs, kw, 1, 3, 'list.index')) return NULL;
    const l = self0(rt, args);
    const n = listSize(rt, l);
    let start = nargs > 2 ? A.indexValue(rt, arg(rt, args, 2), 'slice') : 0;
    let stop = nargs > 3 ? A.indexValue(rt, arg(rt, args, 3), 'slice') : n;
    if (start === null || stop === null) return NULL;
    if (start < 0) start = Math.max(0, start + n);
    if (stop < 0) stop = Math.max(0, stop + n);
    for (let i = start; i < Math.min(stop, listSize(rt, l)); i++) {
      const c = listItemEquals(rt, l, i, arg(rt, args, 1));
      if (c < 0) return NULL;
      if (c) return intFromNumber(rt, i);
    }
    const r = A.reprJS(rt, arg(rt, args, 1));
    return r === null ? NULL : raiseValueError(rt, `${r} is not in list`);
  }),
  def('count', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'list.count', nargs, kw, 1, 1)) return NULL;
    const l = self0(rt, args);
    let c = 0;
    for (let i = 0; i < listSize(rt, l); i++) {
      const e = listItemEquals(rt, l, i, arg(rt, args, 1));
      if (e < 0) return NULL;
      c += e;
    }
    return intFromNumber(rt, c);
  }),
  def('reverse', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'list.reverse', nargs, kw, 0, 0)) return NULL;
    const l = self0(rt, args);
    const n = listSize(rt, l);
    const w = listItemsWord(rt, l);
    rt.i32.subarray(w, w + n).reverse();
    return rt.None;
  }),
  def('sort', (rt, args, nargs, kw) => {
    // a call with keywords (sort(key=f)) is one CPython 3.11 does not specialise: its
    // method_vectorcall_FASTCALL_KEYWORDS charges a level of recursion, held while the sort
    // runs the key and the comparisons; l.sort() is specialised and charges none
    if (kw === 0 || tupleSize(rt, kw) === 0) return sortMethod(rt, args, nargs, kw);
    if (!enterRecursiveCall(rt, ' while calling a Python object')) return NULL;
    try {
      return sortMethod(rt, args, nargs, kw);
    } finally {
      leaveRecursiveCall(rt);
    }
  }),
  def0('list', 'copy', (rt, args) => {
    // the items themselves (CPython's list_slice), never a subclass's __iter__
    const l = self0(rt, args);
    return listFromWords(rt, listItemsWord(rt, l), listSize(rt, l));
  }),
  def0('list', 'clear', (rt, args) => {
    const l = self0(rt, args);
    const n = listSize(rt, l);
    const items: Ref[] = [];
    for (let i = 0; i < n; i++) items.push(rt.i32[listItemsWord(rt, l) + i] as Ref);
    rt.i32[(l + LIST_SIZE) >> 2] = 0;
    // from the last item, as CPython's _list_clear (the order __del__ shows)
    for (let i = items.length - 1; i >= 0; i--) decref(rt, items[i]!);
    return rt.None;
  }),
];
INLINE_NATIVES.listAppend = LIST_METHODS.find(([name]) => name === 'append')![1];

function dictView(rt: Runtime, d: Ref, kind: Kind): Ref {
  const v = newObject(rt, rt.kindTypes[kind]!, 24);
  incref(rt, d);
  rt.i32[(v + 16) >> 2] = d;
  return v;
}

const DICT_METHODS: Methods = [
  def('get', (rt, args, nargs, kw) => {
    // an exact str key with the GIL: one lookup that never fails (counts.get(word, 0))
    if (kw === NULL && (nargs === 2 || nargs === 3) && !rt.rc.atomic) {
      const key = arg(rt, args, 1);
      const v = (key & 1) === 0 && rt.i32[key >> 2] === rt.tStr ? dictGetExactStr(rt, self0(rt, args), key) : -1;
      if (v >= 0) return newRef(rt, v !== NULL ? (v as Ref) : nargs === 3 ? arg(rt, args, 2) : rt.None);
    }
    if (!methodArgs(rt, 'get', nargs, kw, 1, 2, 'dict.get')) return NULL;
    const v = dictGetItem(rt, self0(rt, args), arg(rt, args, 1));
    if (v !== NULL) return newRef(rt, v);
    if (errOccurred(rt)) return NULL;
    return newRef(rt, nargs > 2 ? arg(rt, args, 2) : rt.None);
  }),
  def0('dict', 'keys', (rt, args) => dictView(rt, self0(rt, args), Kind.DICT_KEYS)),
  def0('dict', 'values', (rt, args) => dictView(rt, self0(rt, args), Kind.DICT_VALUES)),
  def0('dict', 'items', (rt, args) => dictView(rt, self0(rt, args), Kind.DICT_ITEMS)),
  def('pop', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'pop', nargs, kw, 1, 2, 'dict.pop')) return NULL;
    // an empty dict answers before the key is hashed, as CPython's _PyDict_Pop: {}.pop([1])
    // is KeyError (or the default), not "unhashable type"
    const v = dictSize(rt, self0(rt, args)) === 0 ? NULL : dictPop(rt, self0(rt, args), arg(rt, args, 1));
    if (v !== NULL || errOccurred(rt)) return v;
    if (nargs > 2) return newRef(rt, arg(rt, args, 2));
    return raiseKeyError(rt, arg(rt, args, 1));
  }),
  def('setdefault', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'setdefault', nargs, kw, 1, 2, 'dict.setdefault')) return NULL;
    const d = self0(rt, args);
    // --no-gil: the lookup and the insertion are one critical section on a dict subclass's
    // instance too (vm/critical.ts locks exact dicts only): two threads missing one key
    // in a defaultdict (lib/collections.py __missing__) must get the same value
    if (!rt.rc.atomic) return dictSetDefault(rt, d, args, nargs);
    const took = objLock(rt, d);
    try {
      return dictSetDefault(rt, d, args, nargs);
    } finally {
      if (took) objUnlock(rt, d);
    }
  }),
  def('update', (rt, args, nargs, kw) => {
    const d = self0(rt, args);
    const npos = nargs - nkwOf(rt, kw) - 1;
    if (npos > 1) return raiseTypeError(rt, `update expected at most 1 argument, got ${npos}`);
    if (npos === 1 && dictUpdateFrom(rt, d, arg(rt, args, 1)) < 0) return NULL;
    return dictKwargs(rt, d, args, nargs, kw) < 0 ? NULL : rt.None;
  }),
  def0('dict', 'copy', (rt, args) => dictCopy(rt, self0(rt, args))),
  def0('dict', 'clear', (rt, args) => { dictClear(rt, self0(rt, args)); return rt.None; }),
  def0('dict', 'popitem', (rt, args) => {
    const item = dictPopLast(rt, self0(rt, args));
    if (item === null) return raiseKeyError(rt, strFromJSImm(rt, 'popitem(): dictionary is empty'));
    const t = tupleNew(rt, 2);
    tupleSetItemSteal(rt, t, 0, item[0]);
    tupleSetItemSteal(rt, t, 1, item[1]);
    return t;
  }),
  def('__contains__', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'dict.__contains__', nargs, kw, 1, 1)) return NULL;
    const c = dictContains(rt, self0(rt, args), arg(rt, args, 1));
    return c < 0 ? NULL : c ? rt.True : rt.False;
  }),
  // the dict's own slots (not the generic operations: a subclass's __getitem__ calling
  // super().__getitem__ must not come back to itself)
  // (their argument counts checked: a missing argument was read from a stale stack word)
  def('__getitem__', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'dict.__getitem__', nargs, kw, 1, 1)) return NULL;
    return A.getItemBuiltin(rt, self0(rt, args), arg(rt, args, 1));
  }),
  def('__setitem__', (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 2, ' ')) return NULL;
    return A.setItemBuiltin(rt, self0(rt, args), arg(rt, args, 1), arg(rt, args, 2)) < 0 ? NULL : rt.None;
  }),
];

function strFromJSImm(rt: Runtime, s: string): Ref {
  const r = strFromJS(rt, s);
  rt.rc.makeImmortal(r);
  return r;
}

/** set.update(*others) into `self` from the arguments args[1..nargs): a set or dict merges
 * with one resize up front (CPython's set_update_internal). 0 or -1. */
function setUpdateFrom(rt: Runtime, self: Ref, args: number, nargs: number): number {
  for (let i = 1; i < nargs; i++) if (setUpdateInternal(rt, self, arg(rt, args, i)) < 0) return -1;
  return 0;
}

/** The arguments args[from..nargs) as a list of borrowed refs. */
function argList(rt: Runtime, args: number, from: number, nargs: number): Ref[] {
  const out: Ref[] = [];
  for (let i = from; i < nargs; i++) out.push(arg(rt, args, i));
  return out;
}

function setOp(op: number, name: string): NativeFn {
  return (rt, args, nargs, kw) => {
    if (!methodArgs(rt, name, nargs, kw, 0, Infinity, kw === NULL ? name : `${kindOf(rt, self0(rt, args)) === Kind.FROZENSET ? 'frozenset' : 'set'}.${name}`)) return NULL;
    // CPython's set_union / set_intersection_multi / set_difference_multi (objects/setops.ts)
    const self = self0(rt, args);
    const others = argList(rt, args, 1, nargs);
    if (op === 7) return setUnionMulti(rt, self, others);
    if (op === 1) return setIntersectionMulti(rt, self, others);
    return setDifferenceMulti(rt, self, others);
  };
}

/**
 * The argument check of a METH_O set method (symmetric_difference[_update], issubset,
 * issuperset, isdisjoint): CPython names the owner type, set or frozenset, in every message.
 */
function setMethO(rt: Runtime, name: string, args: number, nargs: number, kw: Ref): boolean {
  if (nargs === 2 && kw === NULL) return true;
  const qual = `${kindOf(rt, self0(rt, args)) === Kind.FROZENSET ? 'frozenset' : 'set'}.${name}`;
  return methodArgs(rt, qual, nargs, kw, 1, 1);
}

/**
 * slice.indices(length) when the length or a bound is an int beyond 2**53: CPython's
 * _PySlice_GetLongIndices works on exact ints (no clamping to the sequence index range), so
 * this does it in BigInt. null (nothing raised) when every value is small or a bound is not an
 * int (the number path handles those, and their errors); else the result tuple.
 */
function sliceIndicesBig(rt: Runtime, s: Ref, length: Ref): Ref | null {
  const fields = [rt.i32[(s + SLICE_START) >> 2] as Ref, rt.i32[(s + SLICE_STOP) >> 2] as Ref, rt.i32[(s + SLICE_STEP) >> 2] as Ref];
  let big = typeof intToNumberOrBig(rt, length) === 'bigint';
  for (const f of fields) {
    if (f === rt.None || (f & 1) === 1) continue;
    const k = kindOf(rt, f);
    if (k !== Kind.INT && k !== Kind.BOOL) return null;
    if (typeof intToNumberOrBig(rt, f) === 'bigint') big = true;
  }
  if (!big) return null;
  const n = intToBigint(rt, length);
  if (n < 0n) return raiseValueError(rt, 'length should not be negative');
  const step = fields[2] === rt.None ? 1n : intToBigint(rt, fields[2]!);
  if (step === 0n) return raiseValueError(rt, 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? n - 1n : n;
  const bound = (f: Ref, dflt: bigint): bigint => {
    if (f === rt.None) return dflt;
    let x = intToBigint(rt, f);
    if (x < 0n) {
      x += n;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const out = [bound(fields[0]!, step < 0n ? upper : lower), bound(fields[1]!, step < 0n ? lower : upper), step];
  const t = tupleNew(rt, 3);
  for (let i = 0; i < 3; i++) tupleSetItemSteal(rt, t, i, intFromBigint(rt, out[i]!));
  return t;
}

const SET_METHODS: Methods = [
  def('add', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'set.add', nargs, kw, 1, 1)) return NULL;
    return setAdd(rt, self0(rt, args), arg(rt, args, 1)) < 0 ? NULL : rt.None;
  }),
  def('remove', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'set.remove', nargs, kw, 1, 1)) return NULL;
    const r = setKeyLookup(rt, self0(rt, args), arg(rt, args, 1), dictDelItem);
    if (r < 0) return NULL;
    if (r === 0) return raiseKeyError(rt, arg(rt, args, 1));
    return rt.None;
  }),
  def('discard', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'set.discard', nargs, kw, 1, 1)) return NULL;
    return setKeyLookup(rt, self0(rt, args), arg(rt, args, 1), dictDelItem) < 0 ? NULL : rt.None;
  }),
  def0('set', 'pop', (rt, args) => {
    const k = setPopKey(rt, self0(rt, args));
    if (k === NULL && !errOccurred(rt)) return raiseKeyError(rt, strFromJSImm(rt, 'pop from an empty set'));
    return k;
  }),
  def('update', (rt, args, nargs, kw) => (noKw(rt, 'set.update', kw) && setUpdateFrom(rt, self0(rt, args), args, nargs) >= 0 ? rt.None : NULL)),
  ...([[1, 'intersection'], [10, 'difference']] as const).map(([op, nm]) => def(`${nm}_update`, (rt, args, nargs, kw) => {
    if (!methodArgs(rt, `${nm}_update`, nargs, kw, 0, Infinity, `set.${nm}_update`)) return NULL;
    // CPython's set_intersection_update_multi / set_difference_update (objects/setops.ts)
    const self = self0(rt, args);
    if (op === 1) return setIntersectionUpdateMulti(rt, self, argList(rt, args, 1, nargs)) < 0 ? NULL : rt.None;
    for (let i = 1; i < nargs; i++) {
      if (setDifferenceUpdateInternal(rt, self, arg(rt, args, i)) < 0) return NULL;
    }
    return rt.None;
  })),
  // set_symmetric_difference_update: METH_O, like symmetric_difference
  def('symmetric_difference_update', (rt, args, nargs, kw) => {
    if (!setMethO(rt, 'symmetric_difference_update', args, nargs, kw)) return NULL;
    return setSymmetricDifferenceUpdate(rt, self0(rt, args), arg(rt, args, 1)) < 0 ? NULL : rt.None;
  }),
  def('union', setOp(7, 'union')),
  def('intersection', setOp(1, 'intersection')),
  def('difference', setOp(10, 'difference')),
  def('symmetric_difference', (rt, args, nargs, kw) =>
    setMethO(rt, 'symmetric_difference', args, nargs, kw) ? setSymmetricDifference(rt, self0(rt, args), arg(rt, args, 1)) : NULL),
  def('copy', (rt, args, nargs, kw) => {
    if (nargs !== 1 || kw !== NULL) {
      if (!methodArgs(rt, `${kindOf(rt, self0(rt, args)) === Kind.FROZENSET ? 'frozenset' : 'set'}.copy`, nargs, kw, 0, 0)) return NULL;
    }
    return setCopyMethod(rt, self0(rt, args));
  }),
  def0('set', 'clear', (rt, args) => { setClearInternal(rt, self0(rt, args)); return rt.None; }),
  ...([['issubset', 1], ['issuperset', 5]] as const).map(([nm, op]) => def(nm, (rt, args, nargs, kw) => {
    if (!setMethO(rt, nm, args, nargs, kw)) return NULL;
    let other = arg(rt, args, 1);
    const k = kindOf(rt, other);
    let tmp: Ref = NULL;
    if (k !== Kind.SET && k !== Kind.FROZENSET) {
      tmp = ctorSet(false)(rt, args + 1, 1, NULL);
      if (tmp === NULL) return NULL;
      other = tmp;
    }
    const r = A.richCompare(rt, self0(rt, args), other, op);
    decref(rt, tmp);
    return r;
  })),
  def('isdisjoint', (rt, args, nargs, kw) => (setMethO(rt, 'isdisjoint', args, nargs, kw) ? isDisjoint(rt, self0(rt, args), arg(rt, args, 1)) : NULL)),
];

/** set.isdisjoint(other): no item of other is in the set s. */
function isDisjoint(rt: Runtime, s: Ref, other: Ref): Ref {
  if (isAnySet(rt, other)) {
    const r = setsDisjoint(rt, s, other);
    return r < 0 ? NULL : r === 1 ? rt.True : rt.False;
  }
  return noItemIn(rt, other, (x) => dictContains(rt, s, x));
}

/** True when `has` answers 0 for every item of iterable `other`, False at the first 1;
 * NULL on an error (has < 0, or other's iteration). */
function noItemIn(rt: Runtime, other: Ref, has: (x: Ref) => number): Ref {
  const it = A.getIter(rt, other);
  if (it === NULL) return NULL;
  for (;;) {
    const x = A.iterNext(rt, it);
    if (x === NULL) break;
    const c = has(x);
    decref(rt, x);
    if (c !== 0) { decref(rt, it); return c < 0 ? NULL : rt.False; }
  }
  decref(rt, it);
  return errOccurred(rt) ? NULL : rt.True;
}

/** The set-like dict views' methods (keys(), items()). */
const DICT_VIEW_METHODS: Methods = [
  // CPython's dictviews_isdisjoint: each item of other looked up with `in` on the view (an
  // items view looks the key up, so unhashable values do not matter); a set or view larger
  // than self is the one looked in instead, self's items walked
  def('isdisjoint', (rt, args, nargs, kw) => {
    let self = self0(rt, args);
    if ((nargs !== 2 || kw !== NULL) && !methodArgs(rt, `${kindOf(rt, self) === Kind.DICT_ITEMS ? 'dict_items' : 'dict_keys'}.isdisjoint`, nargs, kw, 1, 1)) return NULL;
    let other = arg(rt, args, 1);
    if (self === other) return A.length(rt, self) === 0 ? rt.True : rt.False;
    const ko = kindOf(rt, other);
    if (isAnySet(rt, other) || ko === Kind.DICT_KEYS || ko === Kind.DICT_ITEMS) {
      const nSelf = A.length(rt, self);
      const nOther = A.length(rt, other);
      if (nSelf < 0 || nOther < 0) return NULL;
      if (nOther > nSelf) [self, other] = [other, self];
    }
    const container = self;
    return noItemIn(rt, other, (x) => A.contains(rt, container, x));
  }),
];

/** The optional start/stop arguments of index(): clamped like slice bounds. */
function indexBounds(rt: Runtime, args: number, nargs: number, n: number): [number, number] | null {
  const bound = (i: number, dflt: number): number | null => {
    if (nargs <= i) return dflt;
    let v = A.indexValue(rt, arg(rt, args, i), 'slice');
    if (v === null) return null;
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  const a = bound(2, 0);
  if (a === null) return null;
  const b = bound(3, n);
  return b === null ? null : [a, b];
}

const SLICE_METHODS: Methods = [
  def('indices', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'slice.indices', nargs, kw, 1, 1)) return NULL;
    // PyNumber_Index(length): its message for a non-integer, not the slice-bound one
    const length = A.indexObject(rt, arg(rt, args, 1));
    if (length === NULL) return NULL;
    const exact = sliceIndicesBig(rt, self0(rt, args), length);
    if (exact !== null) {
      decref(rt, length);
      return exact;
    }
    const n = A.indexValue(rt, length, 'slice');
    decref(rt, length);
    if (n === null) return NULL;
    if (n < 0) return raiseValueError(rt, 'length should not be negative');
    const r = sliceIndices(rt, self0(rt, args), n);
    if (r === null) return NULL;
    const t = tupleNew(rt, 3);
    for (let i = 0; i < 3; i++) tupleSetItemSteal(rt, t, i, intFromNumber(rt, r[i]!));
    return t;
  }),
];

const RANGE_METHODS: Methods = [
  def('index', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'range.index', nargs, kw, 1, 1)) return NULL;
    const r = self0(rt, args);
    const x = arg(rt, args, 1);
    if (!isExactIntOrBool(rt, x)) {
      // anything else (2.0, an int subclass): CPython's search by ==, item by item
      const i = rangeSearch(rt, r, x, false);
      if (i === -2n) return NULL;
      if (i === -1n) return raiseValueError(rt, 'sequence.index(x): x not in sequence');
      return intFromBigint(rt, i);
    }
    const c = A.containsBuiltin(rt, r, x);
    if (c < 0) return NULL;
    if (c === 0) return raiseValueError(rt, `${A.reprJS(rt, x) ?? '?'} is not in range`);
    const [start, , step] = rangeBounds(rt, r);
    return intFromBigint(rt, (intToBigint(rt, x) - start) / step);
  }),
  def('count', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'range.count', nargs, kw, 1, 1)) return NULL;
    const x = arg(rt, args, 1);
    if (!isExactIntOrBool(rt, x)) {
      const n = rangeSearch(rt, self0(rt, args), x, true);
      return n === -2n ? NULL : intFromBigint(rt, n);
    }
    const c = A.containsBuiltin(rt, self0(rt, args), x);
    return c < 0 ? NULL : intFromNumber(rt, c);
  }),
];

function isExactIntOrBool(rt: Runtime, x: Ref): boolean {
  const t = typeOf(rt, x);
  return t === rt.tInt || t === rt.tBool;
}

/** range.index / range.count of a value that is not an exact int: the first index whose
 * item == x (-1n: none) or, with `count`, how many are; -2n on error. */
function rangeSearch(rt: Runtime, r: Ref, x: Ref, count: boolean): bigint {
  const [start, , step] = rangeBounds(rt, r);
  const n = rangeLengthBig(rt, r);
  let found = 0n;
  for (let i = 0n; i < n; i++) {
    const item = intFromBigint(rt, start + i * step);
    const e = A.richCompareBool(rt, item, x, 2);
    decref(rt, item);
    if (e < 0) return -2n;
    if (e === 1) {
      if (!count) return i;
      found++;
    }
  }
  return count ? found : -1n;
}

const TUPLE_METHODS: Methods = [
  def('index', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'index', nargs, kw, 1, 3, 'tuple.index')) return NULL;
    const t = self0(rt, args);
    const bounds = indexBounds(rt, args, nargs, tupleSize(rt, t));
    if (bounds === null) return NULL;
    for (let i = bounds[0]; i < bounds[1]; i++) {
      const c = A.richCompareBool(rt, tupleItem(rt, t, i), arg(rt, args, 1), 2);
      if (c < 0) return NULL;
      if (c) return intFromNumber(rt, i);
    }
    return raiseValueError(rt, 'tuple.index(x): x not in tuple');
  }),
  def('count', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'tuple.count', nargs, kw, 1, 1)) return NULL;
    const t = self0(rt, args);
    let c = 0;
    for (let i = 0; i < tupleSize(rt, t); i++) {
      const e = A.richCompareBool(rt, tupleItem(rt, t, i), arg(rt, args, 1), 2);
      if (e < 0) return NULL;
      c += e;
    }
    return intFromNumber(rt, c);
  }),
];

/** The number of 1 bits of a 32-bit word. */
function popCount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const INT_METHODS: Methods = [
  def0('int', 'bit_length', (rt, args) => {
    // from the digits: constant time, as CPython's (it went through a BigInt and a binary
    // string: ~25 ns a bit)
    const v = self0(rt, args);
    if ((v & 1) === 1) {
      const n = v >> 1;
      return smallIntRef(32 - Math.clz32(n < 0 ? -n : n));
    }
    const nd = Math.abs(rt.i32[(v + INT_NDIGITS) >> 2]!);
    if (nd === 0) return smallIntRef(0);
    const top = rt.i32[((v + INT_DIGITS) >> 2) + nd - 1]! >>> 0;
    return intFromNumber(rt, (nd - 1) * 32 + 32 - Math.clz32(top));
  }),
  def('__index__', (rt, args, nargs, kw) => (arity(rt, nargs, kw, 0) ? A.exactIntCopy(rt, self0(rt, args)) : NULL)),
  def0('int', 'conjugate', (rt, args) => A.exactIntCopy(rt, self0(rt, args))),
  def0('int', '__floor__', (rt, args) => A.exactIntCopy(rt, self0(rt, args))),
  def0('int', '__ceil__', (rt, args) => A.exactIntCopy(rt, self0(rt, args))),
  def0('int', '__trunc__', (rt, args) => A.exactIntCopy(rt, self0(rt, args))),
  def('__round__', roundMethod),
  def0('int', 'bit_count', (rt, args) => {
    // a population count over the digits (it went through a binary string)
    const v = self0(rt, args);
    if ((v & 1) === 1) {
      const n = v >> 1;
      return smallIntRef(popCount32(n < 0 ? -n : n));
    }
    const nd = Math.abs(rt.i32[(v + INT_NDIGITS) >> 2]!);
    const d0 = (v + INT_DIGITS) >> 2;
    let count = 0;
    for (let i = 0; i < nd; i++) count += popCount32(rt.i32[d0 + i]!);
    return intFromNumber(rt, count);
  }),
  def0('int', 'as_integer_ratio', (rt, args) => {
    const t = tupleNew(rt, 2);
    tupleSetItemSteal(rt, t, 0, A.exactIntCopy(rt, self0(rt, args)));
    tupleSetItemSteal(rt, t, 1, smallIntRef(1));
    return t;
  }),
];

/** float.hex(): CPython's %a-like form, 13 hex digits of mantissa. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = hi >>> 20;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  const lead = bexp === 0 ? '0' : '1';
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return `${sign}0x${lead}.${mant}p${e >= 0 ? '+' : '-'}${Math.abs(e)}`;
}

const FLOAT_METHODS: Methods = [
  def0('float', 'hex', (rt, args) => strFromJS(rt, floatHex(floatValue(rt, self0(rt, args))))),
  def0('float', 'as_integer_ratio', (rt, args) => {
    const x = floatValue(rt, self0(rt, args));
    if (Number.isNaN(x)) return raiseValueError(rt, 'cannot convert NaN to integer ratio');
    if (!Number.isFinite(x)) return raiseNew(rt, rt.exc.OverflowError!, 'cannot convert Infinity to integer ratio');
    let n = x, d = 1n;
    while (!Number.isInteger(n)) { n *= 2; d *= 2n; }
    const t = tupleNew(rt, 2);
    tupleSetItemSteal(rt, t, 0, intFromBigint(rt, BigInt(n)));
    tupleSetItemSteal(rt, t, 1, intFromBigint(rt, d));
    return t;
  }),
  def0('float', 'is_integer', (rt, args) => (Number.isInteger(floatValue(rt, self0(rt, args))) ? rt.True : rt.False)),
  def('__round__', roundMethod),
  def0('float', '__floor__', (rt, args) => floatToIntRounded(rt, self0(rt, args), Math.floor)),
  def0('float', '__ceil__', (rt, args) => floatToIntRounded(rt, self0(rt, args), Math.ceil)),
  def0('float', '__trunc__', (rt, args) => floatToIntRounded(rt, self0(rt, args), Math.trunc)),
  def0('float', 'conjugate', (rt, args) => A.exactFloatCopy(rt, self0(rt, args))),
];

/** float.__floor__ / __ceil__ / __trunc__: the int of the rounded value (CPython's errors
 * for inf and nan). */
function floatToIntRounded(rt: Runtime, v: Ref, fn: (x: number) => number): Ref {
  const x = floatValue(rt, v);
  if (Number.isNaN(x)) return raiseValueError(rt, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) return raiseOverflow(rt, 'cannot convert float infinity to integer');
  return intFromBigint(rt, BigInt(fn(x)));
}

const OBJECT_METHODS: Methods = [
  def('__init__', (rt, args, nargs) => {
    // object_init: extra arguments are an error unless only __new__ is overridden
    if (nargs <= 1) return rt.None;
    const t = typeOf(rt, arg(rt, args, 0));
    const own = (name: Ref): boolean => typeLookup(rt, t, name) === typeLookup(rt, rt.tObject, name);
    if (!own(rt.names.__init__)) return raiseTypeError(rt, 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (own(rt.names.__new__)) return raiseTypeError(rt, `${typeName(rt, t)}.__init__() takes exactly one argument (the instance to initialize)`);
    return rt.None;
  }),
  def('__new__', (rt, args, nargs) => {
    if (nargs < 1) return raiseTypeError(rt, 'object.__new__(): not enough arguments');
    const cls = arg(rt, args, 0);
    if (kindOf(rt, cls) !== Kind.TYPE) return raiseTypeError(rt, `object.__new__(X): X is not a type object (${A.typeNameOf(rt, cls)})`);
    if (nargs > 1) {
      // object_new: extra arguments are an error when __new__ is overridden (the usual
      // `super().__new__(cls, *args)`), or when neither __new__ nor __init__ is
      const own = (name: Ref): boolean => typeLookup(rt, cls, name) === typeLookup(rt, rt.tObject, name);
      if (!own(rt.names.__new__)) return raiseTypeError(rt, 'object.__new__() takes exactly one argument (the type to instantiate)');
      if (own(rt.names.__init__)) return raiseTypeError(rt, `${strToJS(rt, rt.i32[(cls + TP_NAME) >> 2] as Ref)}() takes no arguments`);
    }
    if (rt.i32[(cls + TP_KIND) >> 2] !== Kind.OBJECT) {
      // CPython's tp_new_wrapper check: a built-in layout needs its own constructor. Name
      // the nearest class up the base chain that does not define __new__ in Python.
      const isHeap = (t: Ref): boolean => (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
      const pythonNew = (t: Ref): boolean => {
        for (; t !== 0 && isHeap(t); t = rt.i32[(t + TP_BASE) >> 2] as Ref) {
          if (dictGetStr(rt, rt.i32[(t + TP_DICT) >> 2] as Ref, rt.names.__new__) !== NULL) return true;
        }
        return false;
      };
      let base = cls;
      while (isHeap(base) && pythonNew(base)) base = rt.i32[(base + TP_BASE) >> 2] as Ref;
      const typeName = (t: Ref): string => strToJS(rt, rt.i32[(t + TP_NAME) >> 2] as Ref);
      return raiseTypeError(rt, `object.__new__(${typeName(cls)}) is not safe, use ${typeName(base)}.__new__()`);
    }
    if ((rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_IS_ABSTRACT) !== 0) return abstractClassError(rt, cls);
    return newObject(rt, cls, rt.i32[(cls + 44) >> 2]!);
  }),
  def('__repr__', (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 0)) return NULL;
    const o = self0(rt, args);
    const t = typeOf(rt, o);
    const mod = A.getAttrOptional(rt, t, rt.names.__module__);
    const m = mod !== NULL && kindOf(rt, mod) === Kind.STR ? strToJS(rt, mod) : 'builtins';
    decref(rt, mod);
    const q = (rt.i32[(t + 52) >> 2] as Ref) || (rt.i32[(t + 24) >> 2] as Ref);
    const name = m === 'builtins' ? strToJS(rt, q) : `${m}.${strToJS(rt, q)}`;
    return strFromJS(rt, `<${name} object at 0x${A.hexId(o)}>`);
  }),
  def('__str__', (rt, args, nargs, kw) => (arity(rt, nargs, kw, 0) ? A.repr(rt, self0(rt, args)) : NULL)),
  def('__eq__', (rt, args, nargs, kw) => (!arity(rt, nargs, kw, 1) ? NULL : arg(rt, args, 0) === arg(rt, args, 1) ? rt.True : rt.NotImplemented)),
  // object's ordering slots: always NotImplemented (richCompare skips object's descriptors)
  ...['__lt__', '__le__', '__gt__', '__ge__'].map((n) => def(n, (rt, args, nargs, kw) => {
    if (!methodArgs(rt, n, nargs, kw, 1, 1)) return NULL;
    return rt.NotImplemented;
  })),
  def('__ne__', (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 1)) return NULL;
    // object.__ne__: self's own type's == (not the == operator, which would try other's and
    // fall back to identity; a built-in's too: object.__ne__('a', 'b') is True), inverted
    // unless NotImplemented
    const r = A.typeRichCompare(rt, arg(rt, args, 0), arg(rt, args, 1), 2);
    if (r === NULL) return NULL;
    if (r === rt.NotImplemented) return r;
    const b = A.isTrue(rt, r);
    decref(rt, r);
    return b < 0 ? NULL : b ? rt.False : rt.True;
  }),
  def('__hash__', (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 0)) return NULL;
    // by the layout only: super().__hash__() inside a class's own __hash__ must not call it
    const o = self0(rt, args);
    const h = A.pyHashBuiltin(rt, o, kindOf(rt, o), typeOf(rt, o));
    return h === null ? NULL : typeof h === 'number' ? intFromNumber(rt, h) : intFromBigint(rt, h);
  }),
  def('__setattr__', genericSetattrNative(false, true)),
  def('__delattr__', genericSetattrNative(true, true)),
  def('__getattribute__', (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 1) || !attrNameIsStr(rt, arg(rt, args, 1))) return NULL;
    const r = A.genericGetAttr(rt, arg(rt, args, 0), arg(rt, args, 1), typeOf(rt, arg(rt, args, 0)));
    // the AttributeError records the name and the object, as CPython's generic getattr's
    if (r === NULL && errorMatches(rt, rt.exc.AttributeError!)) exceptionSetNameContext(rt, currentError(rt), arg(rt, args, 1), arg(rt, args, 0));
    return r;
  }),
  // object.__sizeof__: the object's size in the heap (CPython's tp_basicsize plus items:
  // its figures are C struct sizes, ours the heap layout's)
  def('__sizeof__', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, `${A.typeNameOf(rt, self0(rt, args))}.__sizeof__`, nargs, kw, 0, 0)) return NULL;
    const o = self0(rt, args);
    return intFromNumber(rt, (o & 1) === 1 ? 0 : blockSize(rt.heap, o));
  }),
  def('__dir__', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, `${A.typeNameOf(rt, self0(rt, args))}.__dir__`, nargs, kw, 0, 0)) return NULL;
    return dirImpl(rt, args, 1, false);
  }),
  // object.__getstate__ (3.11): None for an instance without attributes, else its __dict__
  // and, under __slots__, (dict or None, {slot: value})
  def('__getstate__', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, `${A.typeNameOf(rt, self0(rt, args))}.__getstate__`, nargs, kw, 0, 0)) return NULL;
    return objectGetState(rt, self0(rt, args));
  }),
  def('__reduce__', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, `${A.typeNameOf(rt, self0(rt, args))}.__reduce__`, nargs, kw, 0, 0)) return NULL;
    return objectReduce(rt, self0(rt, args), 0);
  }),
  def('__reduce_ex__', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, `${A.typeNameOf(rt, self0(rt, args))}.__reduce_ex__`, nargs, kw, 1, 1)) return NULL;
    const self = self0(rt, args);
    const protocol = arg(rt, args, 1);
    if ((protocol & 1) === 0) return raiseTypeError(rt, `'${A.typeNameOf(rt, protocol)}' object cannot be interpreted as an integer`);
    // a class's own __reduce__ decides (CPython's object___reduce_ex__)
    const own = typeLookup(rt, typeOf(rt, self), A.internName(rt, '__reduce__'));
    if (own !== NULL && kindOf(rt, own) !== Kind.METHOD_DESCRIPTOR) return callWithSelfVector(rt, own, self, 0, 0, NULL);
    return objectReduce(rt, self, protocol >> 1);
  }),
  def('__format__', (rt, args, nargs, kw) => {
    // METH_O of object: the count message names object, the spec message the instance's type
    if (!methodArgs(rt, 'object.__format__', nargs, kw, 1, 1)) return NULL;
    const spec = arg(rt, args, 1);
    if (!formatSpecIsStr(rt, spec)) return NULL;
    if (strLen(rt, spec) !== 0) return raiseTypeError(rt, `unsupported format string passed to ${A.typeNameOf(rt, self0(rt, args))}.__format__`);
    return A.str(rt, self0(rt, args));
  }),
];

/**
 * object.__getstate__ for `self` (new reference): None when it has no attributes, its
 * __dict__ itself, or with __slots__ values a pair (the dict or None, {slot: value}), as
 * CPython 3.11's object_getstate_default.
 */
function objectGetState(rt: Runtime, self: Ref): Ref {
  const d = A.instanceDict(rt, self, false);
  const hasDict = d !== NULL && dictSize(rt, d) > 0;
  const slots = objectSlotValues(rt, self);
  if (slots === NULL) return NULL;
  if (slots === rt.None) return newRef(rt, hasDict ? d : rt.None);
  const pair = tupleFromRefs(rt, [hasDict ? d : rt.None, slots]);
  decref(rt, slots);
  return pair;
}

/** {slot: value} of the set __slots__ words along self's class chain (new reference), or
 * None when the class declares no slot (NULL on error). copyreg._slotnames' order. */
function objectSlotValues(rt: Runtime, self: Ref): Ref {
  const mro = rt.i32[(typeOf(rt, self) + TP_MRO) >> 2] as Ref;
  let out: Ref = rt.None;
  for (let i = 0; i < tupleSize(rt, mro); i++) {
    const base = tupleItem(rt, mro, i);
    if ((rt.i32[(base + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) continue;
    const decl = dictGetStr(rt, rt.i32[(base + TP_DICT) >> 2] as Ref, rt.names.__slots__);
    if (decl === NULL) continue;
    const list = kindOf(rt, decl) === Kind.STR ? NULL : A.listFromIterable(rt, decl);
    if (list === NULL && errOccurred(rt)) return NULL;
    const names: Ref[] = [];
    if (list === NULL) names.push(decl);
    else for (let j = 0; j < listSize(rt, list); j++) names.push(rt.i32[listItemsWord(rt, list) + j] as Ref);
    for (const n of names) {
      const text = strToJS(rt, n);
      if (text === '__dict__' || text === '__weakref__') continue;
      const mangled = mangle(strToJS(rt, rt.i32[(base + TP_NAME) >> 2] as Ref), text);
      const key = mangled === text ? newRef(rt, n) : strFromJS(rt, mangled);
      const v = A.getAttrOptional(rt, self, key);
      if (v === NULL && errOccurred(rt)) {
        decref(rt, key);
        if (list !== NULL) decref(rt, list);
        if (out !== rt.None) decref(rt, out);
        return NULL;
      }
      if (v !== NULL) {
        if (out === rt.None) out = dictNew(rt);
        dictSetItem(rt, out, key, v);
        decref(rt, v);
      }
      decref(rt, key);
    }
    if (list !== NULL) decref(rt, list);
  }
  return out;
}

/**
 * object.__reduce_ex__(protocol) / __reduce__ (protocol 0) of an instance of a Python class
 * with object's layout: CPython's copyreg forms, (copyreg.__newobj__, (cls,), state, None,
 * None) from protocol 2, (copyreg._reconstructor, (cls, object, None)[, state]) below it.
 * Built-in layouts (an int, a list subclass) are left out: TypeError, as for an object
 * that cannot be pickled.
 */
function objectReduce(rt: Runtime, self: Ref, protocol: number): Ref {
  const cls = typeOf(rt, self);
  if (kindOf(rt, self) !== Kind.OBJECT) return raiseTypeError(rt, `cannot pickle '${typeName(rt, cls)}' object`);
  const state = objectGetState(rt, self);
  if (state === NULL) return NULL;
  let r: Ref;
  if (protocol >= 2) {
    const fn = builtinFunctionNew(rt, COPYREG_NEWOBJ, A.internName(rt, '__newobj__'), NULL);
    const cargs = tupleFromRefs(rt, [cls]);
    r = tupleFromRefs(rt, [fn, cargs, state, rt.None, rt.None]);
    decref(rt, fn);
    decref(rt, cargs);
  } else {
    const fn = builtinFunctionNew(rt, COPYREG_RECONSTRUCTOR, A.internName(rt, '_reconstructor'), NULL);
    const cargs = tupleFromRefs(rt, [cls, rt.tObject, rt.None]);
    r = tupleFromRefs(rt, state === rt.None ? [fn, cargs] : [fn, cargs, state]);
    decref(rt, fn);
    decref(rt, cargs);
  }
  decref(rt, state);
  return r;
}

/** copyreg.__newobj__(cls, *args): cls.__new__(cls, *args). */
const COPYREG_NEWOBJ = defineNative('__newobj__', (rt, args, nargs, kw) => {
  if (nargs < 1 || nkwOf(rt, kw) > 0) return raiseTypeError(rt, '__newobj__() takes at least 1 positional argument');
  const cls = arg(rt, args, 0);
  const ctor = A.getAttr(rt, cls, rt.names.__new__);
  if (ctor === NULL) return NULL;
  const r = callVector(rt, ctor, args, nargs, NULL);
  decref(rt, ctor);
  return r;
});

/** copyreg._reconstructor(cls, object, None): object.__new__(cls). */
const COPYREG_RECONSTRUCTOR = defineNative('_reconstructor', (rt, args, nargs, kw) => {
  if (nargs !== 3 || nkwOf(rt, kw) > 0) return raiseTypeError(rt, `_reconstructor() takes 3 positional arguments but ${nargs} were given`);
  const cls = arg(rt, args, 0);
  if (kindOf(rt, cls) !== Kind.TYPE || arg(rt, args, 1) !== rt.tObject) return raiseTypeError(rt, '_reconstructor() supports object as the base only');
  if ((rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_IS_ABSTRACT) !== 0) return abstractClassError(rt, cls);
  return newObject(rt, cls, rt.i32[(cls + TP_BASICSIZE) >> 2]!);
});

const EXCEPTION_METHODS: Methods = [
  // BaseException.__new__(cls, *args): the exception with its args (CPython's
  // BaseException_new), for `super().__new__(cls, *args)` in an exception class's __new__
  def('__new__', (rt, args, nargs, kw) => {
    if (nargs < 1) return raiseTypeError(rt, 'BaseException.__new__(): not enough arguments');
    const cls = arg(rt, args, 0);
    if (kindOf(rt, cls) !== Kind.TYPE) return raiseTypeError(rt, `BaseException.__new__(X): X is not a type object (${A.typeNameOf(rt, cls)})`);
    if (!isSubtype(rt, cls, rt.tBaseException)) {
      const name = typeName(rt, cls);
      return raiseTypeError(rt, `BaseException.__new__(${name}): ${name} is not a subtype of BaseException`);
    }
    return exceptionNew(rt, cls, tupleFromWords(rt, args + 1, nargs - 1 - nkwOf(rt, kw)));
  }),
  def('__init__', (rt, args, nargs, kw) => {
    const e = self0(rt, args);
    const t = tupleFromWords(rt, args + 1, nargs - 1 - nkwOf(rt, kw));
    const old = rt.i32[(e + EXC_ARGS) >> 2]!;
    rt.i32[(e + EXC_ARGS) >> 2] = t;
    decref(rt, old);
    return rt.None;
  }),
  def('__str__', (rt, args) => {
    const e = self0(rt, args);
    const a = rt.i32[(e + EXC_ARGS) >> 2] as Ref;
    const n = tupleSize(rt, a);
    if (n >= 2 && n <= 5 && isSubtype(rt, typeOf(rt, e), rt.exc.OSError!)) {
      const en = A.strJS(rt, tupleItem(rt, a, 0));
      const se = en === null ? null : A.strJS(rt, tupleItem(rt, a, 1));
      const fn = se === null || n === 2 ? '' : A.reprJS(rt, tupleItem(rt, a, 2));
      if (fn === null || se === null) return NULL;
      return strFromJS(rt, `[Errno ${en}] ${se}${n === 2 ? '' : ': ' + fn}`);
    }
    if (n === 0) return rt.emptyStr;
    // KeyError's own __str__ (KeyError_str): the repr of a single argument
    if (n === 1) return isSubtype(rt, typeOf(rt, e), rt.exc.KeyError!) ? A.repr(rt, tupleItem(rt, a, 0)) : A.str(rt, tupleItem(rt, a, 0));
    return A.repr(rt, a);
  }),
  def('__repr__', (rt, args) => {
    const e = self0(rt, args);
    const a = rt.i32[(e + EXC_ARGS) >> 2] as Ref;
    const name = A.typeNameOf(rt, e);
    const s = tupleSize(rt, a) === 1 ? A.reprJS(rt, tupleItem(rt, a, 0)) : A.reprJS(rt, a);
    if (s === null) return NULL;
    return strFromJS(rt, tupleSize(rt, a) === 1 ? `${name}(${s})` : `${name}${s}`);
  }),
  def('add_note', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'add_note', nargs, kw, 1, 1, 'BaseException.add_note')) return NULL;
    const e = self0(rt, args);
    const note = arg(rt, args, 1);
    if (kindOf(rt, note) !== Kind.STR) return raiseTypeError(rt, `note must be a str, not '${A.typeNameOf(rt, note)}'`);
    const d = A.instanceDict(rt, e, true);
    if (d === NULL) return raiseTypeError(rt, 'cannot add a note to this exception');
    const key = A.internName(rt, '__notes__');
    let notes = dictGetStr(rt, d, key);
    if (notes === NULL) {
      notes = listNew(rt, 0);
      dictSetItem(rt, d, key, notes);
      decref(rt, notes);
    } else if (kindOf(rt, notes) !== Kind.LIST) return raiseTypeError(rt, 'Cannot add note: __notes__ is not a list');
    listAppend(rt, notes, note);
    return rt.None;
  }),
  def('with_traceback', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'BaseException.with_traceback', nargs, kw, 1, 1)) return NULL;
    const e = self0(rt, args);
    const tb = arg(rt, args, 1);
    if (tb !== rt.None && kindOf(rt, tb) !== Kind.TRACEBACK) return raiseTypeError(rt, '__traceback__ must be a traceback or None');
    const old = rt.i32[(e + 24) >> 2]!;
    const v = tb === rt.None ? 0 : tb;
    incref(rt, v);
    rt.i32[(e + 24) >> 2] = v;
    decref(rt, old);
    return newRef(rt, e);
  }),
];

const GENERATOR_METHODS: Methods = [
  def('send', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'generator.send', nargs, kw, 1, 1)) return NULL; // METH_O: the qualified name
    return generatorSend(rt, self0(rt, args), arg(rt, args, 1), false);
  }),
  def('__next__', (rt, args, nargs, kw) => {
    // a slot wrapper in CPython (tp_iternext): its own count message
    if (nargs !== 1 || kw !== NULL) return raiseTypeError(rt, kw !== NULL ? 'wrapper __next__() takes no keyword arguments' : `expected 0 arguments, got ${nargs - 1}`);
    const r = generatorSend(rt, self0(rt, args), rt.None, true);
    if (r === NULL && !errOccurred(rt)) return raiseStop(rt);
    return r;
  }),
  def('throw', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'throw', nargs, kw, 1, 3, 'generator.throw')) return NULL;
    const exc = throwArgs(rt, args, nargs);
    if (exc === NULL) return NULL;
    return generatorThrow(rt, self0(rt, args), exc);
  }),
  def('close', (rt, args, nargs, kw) => {
    if (!methodArgs(rt, 'generator.close', nargs, kw, 0, 0)) return NULL; // METH_NOARGS
    return generatorClose(rt, self0(rt, args)) < 0 ? NULL : rt.None;
  }),
];

const PROPERTY_METHODS: Methods = [
  ...(['getter', 'setter', 'deleter'] as const).map((name, slot) => def(name, (rt, args) => {
    const p = self0(rt, args);
    if (A.isHeapTypeObj(rt, p)) {
      // a subclass's copy is type(self)(fget, fset, fdel, doc), as CPython's property_copy
      const w = [PR_GET, PR_SET, PR_DEL, PR_DOC].map((off) => (rt.i32[(p + off) >> 2] as Ref) || rt.None);
      w[slot] = arg(rt, args, 1);
      const vec = dataStackPush(rt, 4);
      for (let i = 0; i < 4; i++) rt.i32[vec + i] = w[i]!;
      const r = callVector(rt, typeOf(rt, p), vec, 4, NULL);
      dataStackPop(rt, vec);
      return r;
    }
    const q = newObject(rt, rt.kindTypes[Kind.PROPERTY]!, PR_SIZE);
    for (const off of [PR_GET, PR_SET, PR_DEL, PR_DOC]) {
      const v = rt.i32[(p + off) >> 2]!;
      incref(rt, v);
      rt.i32[(q + off) >> 2] = v;
    }
    const off = [PR_GET, PR_SET, PR_DEL][slot]!;
    const f = arg(rt, args, 1);
    incref(rt, f);
    const old = rt.i32[(q + off) >> 2]!;
    rt.i32[(q + off) >> 2] = f;
    decref(rt, old);
    return q;
  })),
];

const TYPE_TYPE_METHODS: Methods = [
  // type.__setattr__ / __delattr__: a class's own attribute store (object's refuse a class)
  def('__setattr__', genericSetattrNative(false, false)),
  def('__delattr__', genericSetattrNative(true, false)),
  def('mro', (rt, args, nargs) => {
    if (nargs > 1) return raiseTypeError(rt, `${typeName(rt, self0(rt, args))}.mro() takes no arguments (${nargs - 1} given)`);
    return A.listFromIterable(rt, rt.i32[(self0(rt, args) + TP_MRO) >> 2] as Ref);
  }),
  def('__subclasses__', (rt, args, nargs) => {
    if (nargs > 1) return raiseTypeError(rt, `${typeName(rt, self0(rt, args))}.__subclasses__() takes no arguments (${nargs - 1} given)`);
    return typeSubclasses(rt, self0(rt, args));
  }),
];

export const TYPE_METHODS: [Kind | 'exception', Methods][] = [
  [Kind.STR, STR_METHODS],
  [Kind.LIST, LIST_METHODS],
  [Kind.DICT, DICT_METHODS],
  [Kind.SET, SET_METHODS],
  [Kind.FROZENSET, SET_METHODS.filter(([n]) => ['union', 'intersection', 'difference', 'symmetric_difference', 'copy', 'issubset', 'issuperset', 'isdisjoint'].includes(n))],
  [Kind.TUPLE, TUPLE_METHODS],
  [Kind.INT, INT_METHODS],
  [Kind.FLOAT, FLOAT_METHODS],
  [Kind.OBJECT, OBJECT_METHODS],
  ['exception', EXCEPTION_METHODS],
  [Kind.GENERATOR, GENERATOR_METHODS],
  [Kind.PROPERTY, PROPERTY_METHODS],
  [Kind.TYPE, TYPE_TYPE_METHODS],
  [Kind.SLICE, SLICE_METHODS],
  [Kind.RANGE, RANGE_METHODS],
  [Kind.DICT_KEYS, DICT_VIEW_METHODS],
  [Kind.DICT_ITEMS, DICT_VIEW_METHODS],
];

export { superImpl, exceptionNew, boundMethodNew, MOD_DICT, hashInt, intToString, strUnits, TUPLE_ITEMS_WORD, call2, functionNew, FN_CODE, TP_FLAGS, TPF_HEAPTYPE, raiseZeroDivision, TS_EXC_INFO, IT_SEQ };
