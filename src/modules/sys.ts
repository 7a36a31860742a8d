/*
 * The sys module: argv, path (the import search path: the script's directory, which the
 * program may change; modules/importer.ts reads it), exit, stdout/stderr objects with write/flush, the recursion limit
 * and switch interval, getrefcount, maxsize, version, implementation, modules,
 * _is_gil_enabled, exc_info, and _getframe (a snapshot of the frame chain as instances
 * of lib/_frame.py's class: f_code, f_lineno, f_globals, f_locals, f_back; f_lineno and
 * f_locals are the values at the call, not live views), excepthook / __excepthook__ (the
 * main thread's uncaught exception goes through a replaced hook: vm/traceback.ts
 * reportUncaughtException),
 * flags (lib/_sysinfo.py). Everything it exposes lives in the heap (the module dict); the switch
 * interval and recursion limit are words of the interpreter-state block (vm/interp.ts).
 */
import { literalDigitLimit } from '../frontend/literal-limits.js';
import { registerLazyModuleNames } from './lazy-names.js';
import { dirname, resolve } from 'node:path';
import { isatty } from 'node:tty';
import { NULL, type Ref, smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { raiseNew, raiseTypeError, raiseValueError, raiseOverflow, setRaised, clearError, errOccurred, raiseBrokenPipe } from '../vm/errors.js';
import { formatException, writeStderr } from '../vm/traceback.js';
import { defineNative } from '../vm/natives.js';
import { outputFlush, outputWrite } from '../vm/output.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, newObject, typeOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { dictNew, dictSetItem, dictGetStr } from '../objects/dict.js';
import { internJS, internStr } from '../objects/intern.js';
import { strCodePointLen, strFromJS, strToJS } from '../objects/str.js';
import { intFromNumber, intToNumberOrBig } from '../objects/int.js';
import { floatNew, floatValue } from '../objects/float.js';
import { intMaxStrDigits, setIntMaxStrDigits } from '../objects/numparse.js';
import { tupleSize as tupleSizeOfKw, tupleItem as tupleItemOfKw } from '../objects/tuple.js';
import { listNew, listAppendSteal } from '../objects/list.js';
import { tupleFromRefs } from '../objects/tuple.js';
import { builtinFunctionNew, moduleNew, MOD_DICT, MOD_NAME } from '../objects/method.js';
import { exceptionNew, exceptionNewNoArgs, exceptionNewWithArg } from '../objects/exceptions.js';
import { typeAlloc, TP_NAME, TP_DICT, TP_BASE, TP_BASES, TP_MRO, TP_BASICSIZE, isSubtype } from '../objects/type.js';
import { TPF_HEAPTYPE, TP_FLAGS, TPF_C_TYPE_NAME } from '../objects/typelayout.js';
import { recursionLimitRaised, setSwitchIntervalWord } from '../vm/threads.js';
import { TS_DEPTH, TS_EXC_INFO, TS_FRAME } from '../vm/threadstate.js';
import { FR_BACK, FR_CODE, FR_GLOBALS, FR_IP, FR_LOCALS, FRAME_HEADER_WORDS } from '../vm/frame.js';
import { codeLineAt, CO_LPNAMES, CO_KINDS_WORD, CO_FLAGS, CO_FILENAME } from '../objects/code.js';
import { frameLocalsDict } from './builtins.js';
import { checkArgs } from './math.js';
import { getSizeOf } from './sizeof.js';
import { utf8Encodable } from '../objects/bytes.js';
import { CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code.js';
import { builtinsLazyAttr } from '../vm/evalhelpers.js';
import { importModule } from './importer.js';
import { call1, callVector } from '../vm/call.js';
import { dataStackPush, dataStackPop } from '../vm/datastack.js';
import { tupleItem, tupleSize } from '../objects/tuple.js';
import { CELL_REF } from '../objects/function.js';
import {
  IS_SWITCH_INTERVAL_SET_WORD, IS_SWITCH_INTERVAL_US_F64_WORD, IS_SWITCH_INTERVAL_WORD, SWITCH_INSTRUCTIONS_PER_SECOND, switchIntervalInstructions, switchIntervalMicroseconds,
} from '../vm/switch-interval.js';

/** A frame's locals as a dict: its locals mapping (module and class bodies), else a copy
 * of the bound fast locals and cells. New reference. */
function frameLocals(rt: Runtime, fp: number): Ref {
  const i32 = rt.i32;
  const mapping = i32[fp + FR_LOCALS] as Ref;
  // a function frame's FR_LOCALS is its locals() dict (builtins.ts frameLocalsDict): refresh it
  if (mapping !== 0 && (i32[(i32[fp + FR_CODE]! + CO_FLAGS) >> 2]! & 1 /* CO_OPTIMIZED */) !== 0) return frameLocalsDict(rt, fp);
  if (mapping !== 0) return newRef(rt, mapping);
  const code = i32[fp + FR_CODE] as Ref;
  const names = i32[(code + CO_LPNAMES) >> 2] as Ref;
  const kinds = (code >> 2) + i32[(code + CO_KINDS_WORD) >> 2]!;
  const d = dictNew(rt);
  for (let i = 0; i < tupleSize(rt, names); i++) {
    const k = i32[kinds + i]!;
    let v = i32[fp + FRAME_HEADER_WORDS + i] as Ref;
    if (v === 0) continue;
    if ((k & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && kindOf(rt, v) === Kind.CELL) v = i32[(v + CELL_REF) >> 2] as Ref;
    else if ((k & CO_FAST_LOCAL) === 0) continue;
    if (v !== 0) dictSetItem(rt, d, tupleItem(rt, names, i), v);
  }
  return d;
}

const IS_SWITCH_INTERVAL = IS_SWITCH_INTERVAL_WORD;

const N = {
  exit: defineNative('exit', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'sys.exit', nargs, kwnames, 0, 1)) return NULL;
    // CPython's sys.exit(status) is PyErr_SetObject(SystemExit, status), whose exception
    // is SystemExit() for None, SystemExit(*status) for a tuple (_PyErr_CreateException)
    // and status itself when it is a SystemExit instance already (a subclass's too)
    const status = nargs === 0 ? rt.None : rt.i32[args] as Ref;
    let e: Ref;
    if (status === rt.None) e = exceptionNewNoArgs(rt, rt.exc.SystemExit!);
    else if ((status & 1) === 0 && isSubtype(rt, typeOf(rt, status), rt.exc.SystemExit!)) e = newRef(rt, status);
    else if ((status & 1) === 0 && kindOf(rt, status) === Kind.TUPLE) e = exceptionNew(rt, rt.exc.SystemExit!, newRef(rt, status));
    else e = exceptionNewWithArg(rt, rt.exc.SystemExit!, status);
    setRaised(rt, e);
    return NULL;
  }),
  getrecursionlimit: defineNative('getrecursionlimit', (rt, _args, nargs, kwnames) =>
    checkArgs(rt, 'sys.getrecursionlimit', nargs, kwnames, 0, 0) ? intFromNumber(rt, rt.recursionLimit) : NULL),
  setrecursionlimit: defineNative('setrecursionlimit', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'sys.setrecursionlimit', nargs, kwnames, 1, 1)) return NULL;
    const v = rt.i32[args] as Ref;
    const vk = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
    if (vk !== Kind.INT && vk !== Kind.BOOL) return raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object cannot be interpreted as an integer`);
    const n = Number(intToNumberOrBig(rt, v));
    // a C int (_PyLong_AsInt's error either side)
    if (n > 2147483647 || n < -2147483648) return raiseOverflow(rt, 'Python int too large to convert to C int');
    if (n < 1) return raiseValueError(rt, 'recursion limit must be greater or equal than 1');
    // CPython's depth here counts the Python frames and this call
    const depth = rt.i32[(rt.ts + TS_DEPTH) >> 2]! + 1;
    if (depth >= n) {
      return raiseNew(rt, rt.exc.RecursionError!, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
    }
    rt.recursionLimit = n;
    recursionLimitRaised(rt, n);
    return rt.None;
  }),
  getswitchinterval: defineNative('getswitchinterval', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, 'sys.getswitchinterval', nargs, kwnames, 0, 0)) return NULL;
    // what Python set, as CPython reads it back; else (the default, --switch-interval) the slice
    if (rt.i32[(rt.interp >> 2) + IS_SWITCH_INTERVAL_SET_WORD] === 1) return floatNew(rt, 1e-6 * rt.f64[(rt.interp >> 3) + (IS_SWITCH_INTERVAL_US_F64_WORD >> 1)]!);
    return floatNew(rt, rt.i32[(rt.interp >> 2) + IS_SWITCH_INTERVAL]! / SWITCH_INSTRUCTIONS_PER_SECOND);
  }),
  setswitchinterval: defineNative('setswitchinterval', (rt, args, nargs, kwnames) => {
    if (kwnames !== NULL) return raiseTypeError(rt, 'sys.setswitchinterval() takes no keyword arguments');
    if (nargs !== 1) return raiseTypeError(rt, `sys.setswitchinterval() takes exactly one argument (${nargs} given)`);
    const v = rt.i32[args] as Ref;
    const k = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
    if (k !== Kind.FLOAT && k !== Kind.INT && k !== Kind.BOOL) return raiseTypeError(rt, `must be real number, not ${A.typeNameOf(rt, v)}`);
    const x = k === Kind.FLOAT ? floatValue(rt, v) : A.toFloat(rt, v);
    if (x === null) return NULL;
    // CPython's test is `interval <= 0.0`: NaN passes it
    if (x <= 0) return raiseValueError(rt, 'switch interval must be strictly positive');
    const us = switchIntervalMicroseconds(x);
    rt.i32[(rt.interp >> 2) + IS_SWITCH_INTERVAL_SET_WORD] = 1;
    rt.f64[(rt.interp >> 3) + (IS_SWITCH_INTERVAL_US_F64_WORD >> 1)] = us;
    rt.i32[(rt.interp >> 2) + IS_SWITCH_INTERVAL] = switchIntervalInstructions(x);
    setSwitchIntervalWord(rt, rt.i32[(rt.interp >> 2) + IS_SWITCH_INTERVAL]!); // the scheduler's slice (issue 5)
    return rt.None;
  }),
  // sys.getsizeof(object[, default]): CPython's sizes (modules/sizeof.ts)
  getsizeof: defineNative('getsizeof', (rt, args, nargs, kwnames) => {
    const nkw = kwnames === NULL ? 0 : tupleSizeOfKw(rt, kwnames);
    if (nargs - nkw > 2) return raiseTypeError(rt, `getsizeof() takes at most 2 arguments (${nargs - nkw} given)`);
    let obj: Ref = nargs - nkw >= 1 ? rt.i32[args] as Ref : NULL;
    let dflt: Ref = nargs - nkw >= 2 ? rt.i32[args + 1] as Ref : NULL;
    for (let k = 0; k < nkw; k++) {
      const kn = strToJS(rt, tupleItemOfKw(rt, kwnames, k));
      const v = rt.i32[args + nargs - nkw + k] as Ref;
      if (kn === 'object' && obj === NULL) obj = v;
      else if (kn === 'default' && dflt === NULL) dflt = v;
      else return raiseTypeError(rt, `getsizeof() got an unexpected keyword argument '${kn}'`);
    }
    if (obj === NULL) return raiseTypeError(rt, "getsizeof() missing required argument 'object' (pos 1)");
    return getSizeOf(rt, obj, dflt);
  }),
  getrefcount: defineNative('getrefcount', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'sys.getrefcount', nargs, kwnames, 1, 1)) return NULL;
    const v = rt.i32[args] as Ref;
    if ((v & 1) === 1) return intFromNumber(rt, 1000000000);
    return intFromNumber(rt, rt.rc.getrefcount(v)); // the argument on the caller's stack is one of them, as in CPython
  }),
  // sys.breakpointhook / sys.__breakpointhook__ (what breakpoint() calls): $PYTHONBREAKPOINT
  // as CPython reads it at each call: '0' does nothing, 'module.function' (or a built-in's
  // name) is imported and called with the arguments; unset, empty or pdb.set_trace: the
  // gilvm debugger stops here when `gilvm debug` runs the program (vm/debugger.ts), else a
  // note says so once and the program goes on (there is no pdb to read commands from stdin)
  breakpointhook: defineNative('breakpointhook', (rt, args, nargs, kwnames) => {
    const hook = process.env.PYTHONBREAKPOINT ?? '';
    if (hook === '0') return rt.None;
    if (hook !== '' && hook !== 'pdb.set_trace') {
      const dot = hook.lastIndexOf('.');
      const modName = dot < 0 ? 'builtins' : hook.slice(0, dot);
      const fnName = dot < 0 ? hook : hook.slice(dot + 1);
      const mod = importModule(rt, internJS(rt, modName), rt.None, smallIntRef(0), NULL);
      const fn = mod === NULL ? NULL : A.getAttr(rt, mod, internJS(rt, fnName));
      decref(rt, mod);
      if (fn === NULL) {
        clearError(rt);
        outputWrite(rt, 2, `RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: "${hook}"\n`);
        return rt.None;
      }
      const r = callVector(rt, fn, args, nargs, kwnames);
      decref(rt, fn);
      return r;
    }
    const state = rt.breakpointState;
    if (state.debugger) state.hit = true;
    else if (!state.noted) {
      state.noted = true;
      const fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
      const where = fp === 0 ? '' : ` at ${strToJS(rt, rt.i32[(rt.i32[fp + FR_CODE]! + CO_FILENAME) >> 2] as Ref)}:${codeLineAt(rt, rt.i32[fp + FR_CODE] as Ref, Math.max(0, rt.i32[fp + FR_IP]! - 1))}`;
      outputWrite(rt, 2, `gilvm: breakpoint()${where}: no debugger attached, going on (run the script with \`gilvm debug\` to stop there)\n`);
    }
    return rt.None;
  }),
  // sys.excepthook / sys.__excepthook__: the traceback of `value` on stderr
  // (vm/traceback.ts reportUncaughtException calls a replacement instead)
  excepthook: defineNative('excepthook', (rt, args, nargs, kwnames) => {
    if (kwnames !== NULL) return raiseTypeError(rt, 'excepthook() takes no keyword arguments');
    if (nargs !== 3) return raiseTypeError(rt, `excepthook expected 3 arguments, got ${nargs}`);
    const value = rt.i32[args + 1] as Ref;
    if (kindOf(rt, value) !== Kind.BASE_EXCEPTION) {
      return raiseTypeError(rt, `print_exception(): Exception expected for value, ${A.typeNameOf(rt, value)} found`);
    }
    outputFlush(rt);
    writeStderr(rt, formatException(rt, value));
    return rt.None;
  }),
  // the int <-> decimal str digit limit (objects/numparse.ts keeps it in the interpreter state)
  get_int_max_str_digits: defineNative('get_int_max_str_digits', (rt, _args, nargs) => {
    if (nargs !== 0) return raiseTypeError(rt, `sys.get_int_max_str_digits() takes no arguments (${nargs} given)`);
    return intFromNumber(rt, intMaxStrDigits(rt));
  }),
  set_int_max_str_digits: defineNative('set_int_max_str_digits', (rt, args, nargs, kwnames) => {
    // Argument Clinic's checks for (maxdigits), in its order
    const nkw = kwnames === NULL ? 0 : tupleSizeOfKw(rt, kwnames);
    if (nargs > 1) return raiseTypeError(rt, `set_int_max_str_digits() takes at most 1 ${nargs === nkw ? 'keyword ' : ''}argument (${nargs} given)`);
    if (nargs === 0 || (nkw === 1 && strToJS(rt, tupleItemOfKw(rt, kwnames, 0)) !== 'maxdigits')) {
      return raiseTypeError(rt, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    }
    const v = rt.i32[args] as Ref;
    const k = kindOf(rt, v);
    if (k !== Kind.INT && k !== Kind.BOOL) return raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object cannot be interpreted as an integer`);
    const n = intToNumberOrBig(rt, v);
    if (n !== 0 && (n < 640 || typeof n === 'bigint')) {
      if (typeof n === 'bigint' && n > 0n) return raiseValueError(rt, 'Python int too large to convert to C int');
      return raiseValueError(rt, 'maxdigits must be 0 or larger than 640');
    }
    setIntMaxStrDigits(rt, Number(n));
    literalDigitLimit.decimal = Number(n);
    return rt.None;
  }),
  // --no-gil runs with the biased (atomic) counter: rt.rc.atomic is the mode (vm/nogil.ts)
  // sys.intern: the interned str equal to the argument (objects/intern.ts: the same object
  // for every equal str interned, as CPython's)
  intern: defineNative('intern', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'intern', nargs, kwnames, 1, 1)) return NULL;
    const v = rt.i32[args] as Ref;
    if (kindOf(rt, v) !== Kind.STR) return raiseTypeError(rt, `intern() argument must be str, not ${A.typeNameOf(rt, v)}`);
    if (typeOf(rt, v) !== rt.tStr) return raiseTypeError(rt, `can't intern ${A.typeNameOf(rt, v)}`);
    const r = internStr(rt, v);
    incref(rt, r);
    return r;
  }),
  is_gil_enabled: defineNative('_is_gil_enabled', (rt) => (rt.rc.atomic ? rt.False : rt.True)),
  write: defineNative('write', (rt, args, nargs, kwnames) => {
    // nargs counts self: CPython's METH_O messages name the method by its type
    if ((nargs !== 2 || kwnames !== NULL) && !checkArgs(rt, 'TextIOWrapper.write', nargs - 1, kwnames, 1, 1)) return NULL;
    const s = rt.i32[args + 1] as Ref;
    if (kindOf(rt, s) !== Kind.STR) return raiseTypeError(rt, `write() argument must be str, not ${A.argTypeName(rt, s)}`);
    const fd = streamFd(rt, args);
    const text = strToJS(rt, s);
    if (!utf8Encodable(rt, text)) return NULL;
    if (!outputWrite(rt, fd, text)) return raiseBrokenPipe(rt);
    return intFromNumber(rt, strCodePointLen(rt, s)); // code points, as len(s)
  }),
  exc_info: defineNative('exc_info', (rt, args, nargs) => {
    if (nargs !== 0) return raiseTypeError(rt, `sys.exc_info() takes no arguments (${nargs} given)`);
    const e = rt.i32[(rt.ts + TS_EXC_INFO) >> 2] as Ref;
    if (e === 0 || e === rt.None) return tupleFromRefs(rt, [rt.None, rt.None, rt.None]);
    const tb = (rt.i32[(e + 24) >> 2] as Ref) || rt.None;
    return tupleFromRefs(rt, [rt.i32[e >> 2] as Ref, e, tb]);
  }),
  exception: defineNative('exception', (rt, args, nargs) => {
    // sys.exception() (3.11): the exception being handled, or None
    if (nargs !== 0) return raiseTypeError(rt, `sys.exception() takes no arguments (${nargs} given)`);
    const e = rt.i32[(rt.ts + TS_EXC_INFO) >> 2] as Ref;
    return newRef(rt, e === 0 ? rt.None : e);
  }),
  _getframe: defineNative('_getframe', (rt, args, nargs) => {
    let depth = 0;
    if (nargs > 0) {
      const d = rt.i32[args] as Ref;
      if (kindOf(rt, d) !== Kind.INT && kindOf(rt, d) !== Kind.BOOL) return raiseTypeError(rt, `'${A.typeNameOf(rt, d)}' object cannot be interpreted as an integer`);
      depth = Number(intToNumberOrBig(rt, d));
    }
    const chain: number[] = [];
    for (let fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!; fp !== 0; fp = rt.i32[fp + FR_BACK]!) chain.push(fp);
    if (depth < 0) depth = 0;
    if (depth >= chain.length) return raiseValueError(rt, 'call stack is not deep enough');
    const mod = importModule(rt, A.internName(rt, '_frame'), rt.None, smallIntRef(0), NULL);
    if (mod === NULL) return NULL;
    const frameType = A.getAttr(rt, mod, A.internName(rt, 'frame'));
    decref(rt, mod);
    if (frameType === NULL) return NULL;
    // build from the outermost frame inwards so each f_back exists
    let back: Ref = rt.None;
    incref(rt, back);
    for (let i = chain.length - 1; i >= depth; i--) {
      const fp = chain[i]!;
      const code = rt.i32[fp + FR_CODE] as Ref;
      const line = intFromNumber(rt, codeLineAt(rt, code, Math.max(0, rt.i32[fp + FR_IP]! - 1)));
      const locals = frameLocals(rt, fp);
      const w = dataStackPush(rt, 5);
      rt.i32[w] = code;
      rt.i32[w + 1] = line;
      rt.i32[w + 2] = rt.i32[fp + FR_GLOBALS]!;
      rt.i32[w + 3] = locals;
      rt.i32[w + 4] = back;
      const f = callVector(rt, frameType, w, 5, NULL);
      dataStackPop(rt, w);
      decref(rt, line);
      decref(rt, locals);
      decref(rt, back);
      if (f === NULL) {
        decref(rt, frameType);
        return NULL;
      }
      back = f;
    }
    decref(rt, frameType);
    return back;
  }),
  flush: defineNative('flush', (rt, _args, nargs, kwnames) => {
    if ((nargs !== 1 || kwnames !== NULL) && !checkArgs(rt, 'TextIOWrapper.flush', nargs - 1, kwnames, 0, 0)) return NULL;
    if (!outputFlush(rt)) return raiseBrokenPipe(rt);
    return rt.None;
  }),
  // the rest of sys.stdout / sys.stderr's TextIOWrapper surface that scripts use
  writelines: defineNative('writelines', (rt, args, nargs, kwnames) => {
    if ((nargs !== 2 || kwnames !== NULL) && !checkArgs(rt, '_IOBase.writelines', nargs - 1, kwnames, 1, 1)) return NULL;
    const fd = streamFd(rt, args);
    const it = A.getIter(rt, rt.i32[args + 1] as Ref);
    if (it === NULL) return NULL;
    for (;;) {
      const line = A.iterNext(rt, it);
      if (line === NULL) break;
      if (kindOf(rt, line) !== Kind.STR) {
        decref(rt, line);
        decref(rt, it);
        return raiseTypeError(rt, `write() argument must be str, not ${A.argTypeName(rt, line)}`);
      }
      const text = strToJS(rt, line);
      if (!utf8Encodable(rt, text)) {
        decref(rt, line);
        decref(rt, it);
        return NULL;
      }
      const written = outputWrite(rt, fd, text);
      decref(rt, line);
      if (!written) {
        decref(rt, it);
        return raiseBrokenPipe(rt);
      }
    }
    decref(rt, it);
    return errOccurred(rt) ? NULL : rt.None;
  }),
  isatty: defineNative('isatty', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'TextIOWrapper.isatty', nargs - 1, kwnames, 0, 0)) return NULL;
    return isatty(streamFd(rt, args)) ? rt.True : rt.False;
  }),
  fileno: defineNative('fileno', (rt, args, nargs, kwnames) =>
    checkArgs(rt, 'TextIOWrapper.fileno', nargs - 1, kwnames, 0, 0) ? intFromNumber(rt, streamFd(rt, args)) : NULL),
  writable: defineNative('writable', (rt, _args, nargs, kwnames) =>
    checkArgs(rt, 'TextIOWrapper.writable', nargs - 1, kwnames, 0, 0) ? rt.True : NULL),
  readable: defineNative('readable', (rt, _args, nargs, kwnames) =>
    checkArgs(rt, 'TextIOWrapper.readable', nargs - 1, kwnames, 0, 0) ? rt.False : NULL),
  // CPython's TextIOWrapper repr: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
  __repr__: defineNative('__repr__', (rt, args) =>
    strFromJS(rt, `<_io.TextIOWrapper name='<${streamFd(rt, args) === 1 ? 'stdout' : 'stderr'}>' mode='w' encoding='utf-8'>`)),
  // read-only properties of the stream (STREAM_PROPERTIES): CPython's values for fds 1 and 2
  name: defineNative('name', (rt, args) => internJS(rt, streamFd(rt, args) === 1 ? '<stdout>' : '<stderr>')),
  // the binary stream under the text one (lib/_io.py _std_buffer)
  buffer: defineNative('buffer', (rt, args) => {
    const io = importModule(rt, internJS(rt, '_io'), rt.None, smallIntRef(0), NULL);
    if (io === NULL) return NULL;
    const make = A.getAttr(rt, io, internJS(rt, '_std_buffer'));
    decref(rt, io);
    if (make === NULL) return NULL;
    const r = call1(rt, make, smallIntRef(streamFd(rt, args)));
    decref(rt, make);
    return r;
  }),
  errors: defineNative('errors', (rt, args) => internJS(rt, streamFd(rt, args) === 1 ? 'strict' : 'backslashreplace')),
};

/** The fd (1 or 2) of the stream that is self in a stream method's argument vector: its one
 * word (makeStreamType), a small int. */
function streamFd(rt: Runtime, args: number): number {
  return rt.i32[(rt.i32[args]! + 16) >> 2]! >> 1;
}

/** The methods of sys.stdout / sys.stderr's type (not sys functions). */
const STREAM_METHODS = ['write', 'flush', 'writelines', 'isatty', 'fileno', 'writable', 'readable', '__repr__', 'name', 'errors', 'buffer'] as const;
/** The STREAM_METHODS that are read-only properties (getter: the native) rather than methods. */
const STREAM_PROPERTIES: ReadonlySet<string> = new Set(['name', 'errors', 'buffer']);

/** A minimal text-stream type for sys.stdout / sys.stderr: one word, the fd (small int). */
function makeStreamType(rt: Runtime): Ref {
  const t = typeAlloc(rt, Kind.OBJECT, 0, 24, 0);
  rt.rc.makeImmortal(t);
  const i32 = rt.i32;
  i32[(t + TP_NAME) >> 2] = internJS(rt, 'TextIOWrapper');
  const d = dictNew(rt);
  rt.rc.makeImmortal(d);
  i32[(t + TP_DICT) >> 2] = d;
  i32[(t + TP_BASE) >> 2] = rt.tObject;
  i32[(t + TP_BASES) >> 2] = tupleFromRefs(rt, [rt.tObject]);
  i32[(t + TP_MRO) >> 2] = tupleFromRefs(rt, [t, rt.tObject]);
  rt.rc.makeImmortal(i32[(t + TP_BASES) >> 2] as Ref); // the type is immortal: so is what it holds (--check-refs)
  rt.rc.makeImmortal(i32[(t + TP_MRO) >> 2] as Ref);
  i32[(t + TP_BASICSIZE) >> 2] = 24;
  void TPF_HEAPTYPE;
  for (const name of STREAM_METHODS) {
    const nm = internJS(rt, name);
    storeNativeMethod(rt, d, nm, methodDescriptor(rt, N[name], nm, t), STREAM_PROPERTIES.has(name));
  }
  dictSetItem(rt, d, internJS(rt, 'encoding'), internJS(rt, 'utf-8'));
  dictSetItem(rt, d, internJS(rt, 'mode'), internJS(rt, 'w'));
  dictSetItem(rt, d, internJS(rt, 'closed'), rt.False);
  // CPython's type is _io.TextIOWrapper: error messages name it by its tp_name
  // ('_io.TextIOWrapper' object has no attribute ...), its repr by module and name
  dictSetItem(rt, d, rt.names.__module__, internJS(rt, '_io'));
  i32[(t + TP_FLAGS) >> 2] = i32[(t + TP_FLAGS) >> 2]! | TPF_C_TYPE_NAME;
  return t;
}

import { methodDescriptorNew, storeNativeMethod } from '../objects/method.js';
function methodDescriptor(rt: Runtime, idx: number, nm: Ref, t: Ref): Ref {
  return methodDescriptorNew(rt, idx, nm, t);
}

/**
 * sys's attributes made on first use (objects/abstract.ts moduleMissingAttr), then kept in
 * sys's dict, so that start-up imports nothing for them: sys.stdin and sys.__stdin__ (one
 * object, lib/_io.py's _StdinWrapper), and SYSINFO_NAMES (lib/_sysinfo.py).
 */
function sysLazyAttr(rt: Runtime, mod: Ref, name: Ref): Ref {
  const which = strToJS(rt, name);
  if (SYSINFO_NAMES.has(which)) return sysInfoAttr(rt, mod, name);
  if (which !== 'stdin' && which !== '__stdin__') return NULL;
  if (strToJS(rt, rt.i32[(mod + MOD_NAME) >> 2] as Ref) !== 'sys') return NULL;
  const io = importModule(rt, internJS(rt, '_io'), rt.None, smallIntRef(0), NULL);
  if (io === NULL) return NULL;
  const cls = A.getAttr(rt, io, internJS(rt, '_StdinWrapper'));
  decref(rt, io);
  if (cls === NULL) return NULL;
  const stdin = callVector(rt, cls, 0, 0, NULL);
  decref(rt, cls);
  if (stdin === NULL) return NULL;
  const d = rt.i32[(mod + MOD_DICT) >> 2] as Ref;
  if (dictSetItem(rt, d, internJS(rt, 'stdin'), stdin) < 0 || dictSetItem(rt, d, internJS(rt, '__stdin__'), stdin) < 0) {
    decref(rt, stdin);
    return NULL;
  }
  return stdin;
}
A.registerLazyModuleAttr(sysLazyAttr);
A.registerLazyModuleAttr(builtinsLazyAttr);

/** What lib/_sysinfo.py provides (struct sequences, constants, encodings, intern). */
const SYSINFO_NAMES_LIST = ['float_info', 'int_info', 'hash_info', 'version_info', 'flags', 'maxunicode', 'hexversion',
  'float_repr_style', 'getdefaultencoding', 'getfilesystemencoding'];
const SYSINFO_NAMES = new Set(SYSINFO_NAMES_LIST);
registerLazyModuleNames('sys', ['stdin', '__stdin__', ...SYSINFO_NAMES_LIST]);

/** sys.<name> for SYSINFO_NAMES: lib/_sysinfo.py's, then kept in sys's dict. */
function sysInfoAttr(rt: Runtime, mod: Ref, name: Ref): Ref {
  if (strToJS(rt, rt.i32[(mod + MOD_NAME) >> 2] as Ref) !== 'sys') return NULL;
  const info = importModule(rt, internJS(rt, '_sysinfo'), rt.None, smallIntRef(0), NULL);
  if (info === NULL) return NULL;
  const v = A.getAttr(rt, info, name);
  decref(rt, info);
  if (v === NULL) return NULL;
  if (dictSetItem(rt, rt.i32[(mod + MOD_DICT) >> 2] as Ref, name, v) < 0) {
    decref(rt, v);
    return NULL;
  }
  return v;
}

/**
 * sys.path as the program starts running `scriptFile` as __main__: its directory alone, as
 * CPython's sys.path[0] (createSysModule's guess from argv[0] stands for a '<string>'
 * main, such as a multiprocessing child's bootstrap, which runs the parent's script).
 */
export function setScriptPath(rt: Runtime, scriptFile: string): void {
  const sys = dictGetStr(rt, rt.modules, internJS(rt, 'sys'));
  if (sys === NULL || kindOf(rt, sys) !== Kind.MODULE) return;
  const searchPath = listNew(rt, 1);
  listAppendSteal(rt, searchPath, strFromJS(rt, dirname(resolve(scriptFile))));
  dictSetItem(rt, rt.i32[(sys + MOD_DICT) >> 2] as Ref, internJS(rt, 'path'), searchPath);
  decref(rt, searchPath);
}

export function createSysModule(rt: Runtime, argv: string[]): Ref {
  const d = dictNew(rt);
  rt.rc.makeImmortal(d);
  const set = (name: string, v: Ref): void => {
    dictSetItem(rt, d, internJS(rt, name), v);
    decref(rt, v);
  };
  const sysName = internJS(rt, 'sys');
  dictSetItem(rt, d, rt.names.__name__, sysName);
  // made first: the functions' __self__ is their module, as CPython's (objects/method.ts)
  const sysModule = moduleNew(rt, sysName, d);
  const av = listNew(rt, argv.length);
  for (const a of argv) listAppendSteal(rt, av, strFromJS(rt, a));
  set('argv', av);
  // sys.path: the script's directory ('' for -c, stdin and the REPL: the current
  // directory), where the importer looks for `NAME.py` before gilvm's lib/
  const script = argv[0] ?? '';
  const searchPath = listNew(rt, 1);
  listAppendSteal(rt, searchPath, strFromJS(rt, script === '' || script === '-c' || script === '-' ? '' : dirname(resolve(script))));
  set('path', searchPath);
  for (const [name, idx] of Object.entries(N)) {
    const pyName = name === 'is_gil_enabled' ? '_is_gil_enabled' : name;
    if ((STREAM_METHODS as readonly string[]).includes(pyName)) continue;
    const nm = internJS(rt, pyName);
    set(pyName, builtinFunctionNew(rt, idx, nm, sysModule));
  }
  set('__excepthook__', newRef(rt, dictGetStr(rt, d, internJS(rt, 'excepthook'))));
  set('__breakpointhook__', builtinFunctionNew(rt, N.breakpointhook, internJS(rt, 'breakpointhook'), sysModule));
  const streamType = makeStreamType(rt);
  // sys.stdout is sys.__stdout__ (one object, as in CPython): print's fast path, one
  // atomic write per call (builtins.ts printImpl), relies on it
  for (const [name, fd] of [['stdout', 1], ['stderr', 2]] as const) {
    const s = newObject(rt, streamType, 24);
    rt.i32[(s + 16) >> 2] = smallIntRef(fd);
    set(name, s);
    set(`__${name}__`, newRef(rt, s));
  }
  set('maxsize', intFromNumber(rt, 2 ** 63 - 1 > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : 0));
  dictSetItem(rt, d, internJS(rt, 'maxsize'), bigMaxsize(rt));
  set('version', strFromJS(rt, '3.11.0 (gilvm)'));
  set('platform', strFromJS(rt, 'linux'));
  // the command that runs gilvm (bin/gilvm.js, executable through its #! line), as
  // CPython's is the python binary: what a script re-runs itself with
  set('executable', strFromJS(rt, gilvmExecutable()));
  set('byteorder', strFromJS(rt, 'little'));
  set('modules', newRef(rt, rt.modules));
  set('builtin_module_names', tupleFromRefs(rt, [internJS(rt, 'sys'), internJS(rt, 'builtins')]));
  // version_info, float_info, ...: lib/_sysinfo.py, on first use (sysLazyAttr)
  const impl = newObject(rt, rt.tObject, 16);
  decref(rt, impl);
  set('implementation', implementationNamespace(rt));
  return sysModule;
}

import { intFromBigint } from '../objects/int.js';
/** sys.executable: the launcher script node runs (process.argv[1]), else node itself. */
function gilvmExecutable(): string {
  const launcher = process.argv[1];
  return launcher !== undefined && /gilvm(\.js)?$/.test(launcher) ? resolve(launcher) : process.execPath;
}

function bigMaxsize(rt: Runtime): Ref {
  const r = intFromBigint(rt, 2n ** 63n - 1n);
  rt.rc.makeImmortal(r);
  return r;
}

/** sys.implementation: a module-like object with name 'gilvm'. */
function implementationNamespace(rt: Runtime): Ref {
  const d = dictNew(rt);
  dictSetItem(rt, d, internJS(rt, 'name'), internJS(rt, 'gilvm'));
  const m = moduleNew(rt, internJS(rt, 'implementation'), d);
  decref(rt, d);
  void incref;
  return m;
}
