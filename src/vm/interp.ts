/*
 * Interpreter bootstrap: builds every built-in type, singleton, interned name, the
 * builtins and sys modules and the main thread state in a fresh heap, and records them
 * in the interpreter-state block (INTERP_* words below; its offset in the heap header at
 * HDR_INTERP) so that a worker attaching to the heap later can rebuild its Runtime caches
 * from it.
 *
 * Interpreter-state block (raw, words):
 *   0 IS_BUILTINS (dict)   1 IS_MODULES (dict: sys.modules)   2 IS_INTERN (dict)
 *   3 IS_RECURSION_LIMIT   4 IS_MAIN_THREAD   5 IS_NONE   6 IS_TRUE   7 IS_FALSE
 *   8 IS_ELLIPSIS   9 IS_NOTIMPL   10 IS_EMPTY_TUPLE   11 IS_EMPTY_STR
 *   12 IS_KIND_TYPES (tuple of the built-in types by Kind)   13 IS_EXC_DICT (name -> type)
 *   14 IS_SWITCH_INTERVAL (instructions)   15 IS_ARGV (list)
 *   16 IS_STDOUT_BUF (raw block: word 0 length, then bytes)  17 IS_STDOUT_CAP
 *   18, 20-21: sys.setswitchinterval's CPython microseconds (vm/switch-interval.ts)
 *
 * Teardown (`finalizeInterpreter`, for --check-refs), as CPython's Py_FinalizeEx does it:
 * drop the thread state's exception and result slots, clear the dict of every module in
 * sys.modules but builtins (the main module's globals first: its functions and classes
 * hold it; sys's dict too, although immortal: it holds argv, the streams ...), empty
 * sys.modules, drop the mortal values users stored in builtins, then collect until nothing
 * more is found. Afterwards the only live objects are the immortal ones created here
 * (types, singletons, interned strs, code): anything else is a leak. The interpreter must
 * not run Python code after it.
 */
import { clearWeakrefRegistry } from '../modules/weakref.js';
import { BY_OBJ_SIZE, BYTES_TYPE_METHODS, BYTES_TYPE_CONSTRUCTORS, installBytesClassMethods } from '../objects/bytes.js';
import { IMMORTAL_REFCNT, NULL, OB_REF_LOCAL, type Ref } from '../heap/layout.js';
import { Heap, HDR_INTERP } from '../heap/memory.js';
import { allocRaw } from '../heap/alloc.js';
import { gcUntrack } from '../heap/gc.js';
import { Runtime, WELL_KNOWN_NAMES, NB_DUNDERS, type NameTable } from './runtime.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, newObject, setType } from '../objects/object.js';
import { typeAlloc, typeModified, TP_BASE, TP_BASES, TP_MRO, TP_DICT, TP_NAME, TP_NEW_NATIVE, TP_QUALNAME, TP_FLAGS, TP_KIND, TP_BASICSIZE, TP_DICTOFFSET } from '../objects/type.js';
import { TP_SIZE, TPF_BASETYPE, TPF_EXCEPTION } from '../objects/typelayout.js';
import { dictNew, dictSetItem, DICT_OBJ_SIZE } from '../objects/dict.js';
import { strAlloc, strFromJS, STR_DATA, strMarkInterned } from '../objects/str.js';
import { internJS } from '../objects/intern.js';
import { tupleFromRefs, TUPLE_ITEMS, tupleNew } from '../objects/tuple.js';
import { INT_DIGITS } from '../objects/int.js';
import { EXCEPTION_HIERARCHY, EXC_SIZE, exceptionClearChain, exceptionNewNoArgs } from '../objects/exceptions.js';
import { methodDescriptorNew, builtinFunctionNew } from '../objects/method.js';
import { deallocObject } from '../objects/dealloc.js';
import { TS_SIZE, TS_ID, TS_EXC_INFO } from './threadstate.js';
import { NATIVE_TABLE } from './natives.js';
import { DEFAULT_SWITCH_INTERVAL } from './switch-interval.js';
import { BUILTIN_FUNCTIONS, TYPE_METHODS, TYPE_CONSTRUCTORS } from '../modules/builtins.js';
import { COROUTINE_TYPE_METHODS } from '../objects/coroutine.js';
import { COMPLEX_SIZE, COMPLEX_TYPE_CONSTRUCTORS } from '../objects/complex.js';
import { createSysModule } from '../modules/sys.js';
import { LIST_OBJ_SIZE } from '../objects/list.js';
import { INST_SIZE, INST_DICT } from '../objects/object.js';
import { TS_CUREXC, TS_RESULT } from './threadstate.js';
import { dictClear, dictNextEntry, dictEntryKey, dictEntryValue, dictDelItem, dictGetStr } from '../objects/dict.js';
import { BF_SELF, MOD_DICT } from '../objects/method.js';
import { gcCollect, gcCollectParallel, setGcCallbacksHook } from '../objects/gcsupport.js';
import { automaticCollectionCallbacks, setCollectHook } from '../modules/gc.js';
import { parallelRunning } from './nogil.js';

// gc.collect() runs the cycle collector (objects/gcsupport.ts), and the automatic
// collections call gc.callbacks. The hooks are code, set once when this module loads, the
// same in every executor (modules/gc.ts's contract).
setCollectHook(collectNow);
setGcCallbacksHook(automaticCollectionCallbacks);

const stwRetrySleep = new Int32Array(new SharedArrayBuffer(4));

/**
 * gc.collect(): at once, or, while executors run in parallel without the GIL, with the
 * world stopped (vm/stw.ts). When the world cannot be stopped (an executor inside a nested
 * eval loop, threads waiting inside one, another collection), it tries again for ~100 ms,
 * then answers 0 as if nothing was found.
 */
function collectNow(rt: Runtime): number {
  if (!parallelRunning(rt.heap)) return gcCollect(rt);
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = gcCollectParallel(rt, false);
    if (found >= 0) return found;
    Atomics.wait(stwRetrySleep, 0, 0, 1);
  }
  return 0;
}

// the interpreter-state words: vm/interp-words.ts (a leaf module, so that modules imported
// while this one loads, vm/fork.ts among them, can use them)
import {
  IS_BUILTINS, IS_MODULES, IS_INTERN, IS_RECURSION_LIMIT, IS_MAIN_THREAD, IS_NONE, IS_TRUE, IS_FALSE,
  IS_ELLIPSIS, IS_NOTIMPL, IS_EMPTY_TUPLE, IS_EMPTY_STR, IS_KIND_TYPES, IS_EXC_DICT, IS_SWITCH_INTERVAL,
  IS_ARGV, IS_STDOUT_BUF, IS_STDOUT_CAP, IS_WORDS,
} from './interp-words.js';
export {
  IS_BUILTINS, IS_MODULES, IS_INTERN, IS_RECURSION_LIMIT, IS_MAIN_THREAD, IS_NONE, IS_TRUE, IS_FALSE,
  IS_ELLIPSIS, IS_NOTIMPL, IS_EMPTY_TUPLE, IS_EMPTY_STR, IS_KIND_TYPES, IS_EXC_DICT, IS_SWITCH_INTERVAL,
  IS_ARGV, IS_STDOUT_BUF, IS_STDOUT_CAP, IS_WORDS,
};

/** Name, base kind (or null), instance size, flags, for each built-in kind. */
const KIND_TYPES: readonly [Kind, string, number][] = [
  [Kind.OBJECT, 'object', 16],
  [Kind.TYPE, 'type', TP_SIZE],
  [Kind.NONE, 'NoneType', 16],
  [Kind.NOTIMPLEMENTED, 'NotImplementedType', 16],
  [Kind.ELLIPSIS, 'ellipsis', 16],
  [Kind.INT, 'int', 24],
  [Kind.BOOL, 'bool', 24],
  [Kind.FLOAT, 'float', 24],
  [Kind.STR, 'str', 28],
  [Kind.TUPLE, 'tuple', 20],
  [Kind.LIST, 'list', LIST_OBJ_SIZE],
  [Kind.DICT, 'dict', DICT_OBJ_SIZE],
  [Kind.SET, 'set', DICT_OBJ_SIZE],
  [Kind.FROZENSET, 'frozenset', DICT_OBJ_SIZE],
  [Kind.RANGE, 'range', 32],
  [Kind.SLICE, 'slice', 32],
  [Kind.FUNCTION, 'function', 64],
  [Kind.CELL, 'cell', 24],
  [Kind.CODE, 'code', 96],
  [Kind.BOUND_METHOD, 'method', 24],
  [Kind.BUILTIN_FUNCTION, 'builtin_function_or_method', 32],
  [Kind.METHOD_DESCRIPTOR, 'method_descriptor', 32],
  [Kind.BASE_EXCEPTION, 'BaseException', EXC_SIZE],
  [Kind.TRACEBACK, 'traceback', 36],
  [Kind.GENERATOR, 'generator', 48],
  [Kind.MODULE, 'module', 24],
  [Kind.PROPERTY, 'property', 32],
  [Kind.STATICMETHOD, 'staticmethod', 24],
  [Kind.CLASSMETHOD, 'classmethod', 24],
  [Kind.SUPER, 'super', 32],
  [Kind.LIST_ITER, 'list_iterator', 32],
  [Kind.TUPLE_ITER, 'tuple_iterator', 32],
  [Kind.RANGE_ITER, 'range_iterator', 32],
  [Kind.STR_ITER, 'str_ascii_iterator', 32],
  [Kind.DICT_KEYITER, 'dict_keyiterator', 40],
  [Kind.DICT_VALUEITER, 'dict_valueiterator', 40],
  [Kind.DICT_ITEMITER, 'dict_itemiterator', 40],
  [Kind.DICT_REVKEYITER, 'dict_reversekeyiterator', 40],
  [Kind.DICT_REVVALUEITER, 'dict_reversevalueiterator', 40],
  [Kind.DICT_REVITEMITER, 'dict_reverseitemiterator', 40],
  [Kind.SET_ITER, 'set_iterator', 32],
  [Kind.SEQ_ITER, 'iterator', 32],
  [Kind.ENUMERATE, 'enumerate', 32],
  [Kind.ZIP, 'zip', 32],
  [Kind.MAP, 'map', 32],
  [Kind.FILTER, 'filter', 32],
  [Kind.LIST_REVITER, 'list_reverseiterator', 32],
  [Kind.SEQ_REVITER, 'reversed', 32],
  [Kind.DICT_KEYS, 'dict_keys', 32],
  [Kind.DICT_VALUES, 'dict_values', 32],
  [Kind.DICT_ITEMS, 'dict_items', 32],
  [Kind.THREAD_STATE, 'thread_state', TS_SIZE],
  [Kind.BYTES, 'bytes', BY_OBJ_SIZE],
  [Kind.BYTEARRAY, 'bytearray', BY_OBJ_SIZE],
  // objects/coroutine.ts (generator layout, then its 32-byte awaitables)
  [Kind.COROUTINE, 'coroutine', 48],
  [Kind.ASYNC_GENERATOR, 'async_generator', 48],
  [Kind.ASYNC_GEN_ASEND, 'async_generator_asend', 32],
  [Kind.ASYNC_GEN_ATHROW, 'async_generator_athrow', 32],
  [Kind.CORO_WRAPPER, 'coroutine_wrapper', 32],
  [Kind.COMPLEX, 'complex', COMPLEX_SIZE],
  [Kind.MEMBER_DESCRIPTOR, 'member_descriptor', 32], // objects/member.ts
];

const BASETYPES = new Set<Kind>([Kind.OBJECT, Kind.INT, Kind.FLOAT, Kind.STR, Kind.TUPLE, Kind.LIST, Kind.DICT, Kind.SET, Kind.FROZENSET, Kind.BASE_EXCEPTION, Kind.TYPE, Kind.COMPLEX, Kind.PROPERTY]);

export interface InterpreterOptions {
  maxHeap?: number;
  argv?: string[];
  recursionLimit?: number;
  /** --no-gil: executor 0's Runtime counts references with the biased counter (vm/nogil.ts). */
  noGil?: boolean;
}

function immortal(rt: Runtime, ref: Ref): Ref {
  rt.i32[(ref + OB_REF_LOCAL) >> 2] = IMMORTAL_REFCNT;
  return ref;
}

/** Creates a heap and an interpreter in it; returns executor 0's Runtime. */
/**
 * A copy of a table of refs built by keyed stores (`t[name] = ref` in a loop), with fast
 * (hidden-class) properties: V8 turns an object that gets many properties by keyed stores
 * into a dictionary, where every `rt.names.__init__` read is a hash lookup instead of an
 * inline-cached field load. Measured with %HasFastProperties (node --allow-natives-syntax):
 * rt.names and rt.exc were dictionaries on the main thread and fast in workers, which get
 * them through structuredClone (threads.ts attachRuntime); an Object.assign copy of a
 * dictionary stays a dictionary, a structuredClone is fast.
 */
function fastTable<T extends object>(table: T): T {
  return structuredClone(table);
}

export function createInterpreter(options: InterpreterOptions = {}): Runtime {
  const heap = Heap.create({ maxBytes: options.maxHeap });
  const rt = new Runtime(heap, 0, options.noGil === true);
  rt.rc.setDeallocator((ref) => deallocObject(rt, ref));
  const i32 = rt.i32;

  // 1. type objects for every kind (type's own type is itself)
  const tType = typeAlloc(rt, Kind.TYPE, TPF_BASETYPE, TP_SIZE, 0);
  setType(rt, tType, tType);
  rt.tType = tType;
  for (const [kind, , size] of KIND_TYPES) {
    const t = kind === Kind.TYPE ? tType : typeAlloc(rt, kind, BASETYPES.has(kind) ? TPF_BASETYPE : 0, size, 0);
    immortal(rt, t);
    rt.kindTypes[kind] = t;
  }
  rt.tObject = rt.kindTypes[Kind.OBJECT]!;
  rt.tInt = rt.kindTypes[Kind.INT]!;
  rt.tBool = rt.kindTypes[Kind.BOOL]!;
  rt.tFloat = rt.kindTypes[Kind.FLOAT]!;
  rt.tStr = rt.kindTypes[Kind.STR]!;
  rt.rc.setLeafTypes([rt.tInt, rt.tFloat, rt.tStr]);
  rt.tTuple = rt.kindTypes[Kind.TUPLE]!;
  rt.tList = rt.kindTypes[Kind.LIST]!;
  rt.tDict = rt.kindTypes[Kind.DICT]!;
  rt.tSet = rt.kindTypes[Kind.SET]!;
  rt.tFrozenset = rt.kindTypes[Kind.FROZENSET]!;
  rt.tFunction = rt.kindTypes[Kind.FUNCTION]!;
  rt.tNone = rt.kindTypes[Kind.NONE]!;
  rt.tRange = rt.kindTypes[Kind.RANGE]!;
  rt.tBaseException = rt.kindTypes[Kind.BASE_EXCEPTION]!;

  // 2. singletons
  rt.emptyStr = immortal(rt, strAlloc(rt, 0));
  for (let c = 0; c < 256; c++) {
    const s = immortal(rt, strAlloc(rt, 1));
    rt.u16[(s + STR_DATA) >> 1] = c;
    rt.latin1Chars.push(s);
  }
  rt.emptyTuple = immortal(rt, newObject(rt, rt.tTuple, TUPLE_ITEMS));
  gcUntrack(rt.heap, rt.emptyTuple); // as CPython's: gc.is_tracked(()) is False
  rt.None = immortal(rt, newObject(rt, rt.tNone, 16));
  rt.NotImplemented = immortal(rt, newObject(rt, rt.kindTypes[Kind.NOTIMPLEMENTED]!, 16));
  rt.Ellipsis = immortal(rt, newObject(rt, rt.kindTypes[Kind.ELLIPSIS]!, 16));
  rt.False = immortal(rt, newObject(rt, rt.tBool, 24));
  rt.True = immortal(rt, newObject(rt, rt.tBool, 24));
  i32[(rt.True + 16) >> 2] = 1;
  i32[(rt.True + INT_DIGITS) >> 2] = 1;

  // 3. interning and well-known names
  rt.internTable = immortal(rt, dictNew(rt));
  rt.internTable; // the intern table must exist before any internJS
  strMarkInterned(rt, rt.emptyStr);
  const names = {} as Record<string, Ref>;
  for (const n of WELL_KNOWN_NAMES) names[n] = internJS(rt, n);
  // copied into the table in one Object.assign: built by ~100 keyed stores, `names` is a
  // dictionary-mode object, and every rt.names.X read would be a hash lookup (fastTable)
  rt.names = fastTable(names) as NameTable;
  for (const [fwd, refl, inpl] of NB_DUNDERS) rt.nbNames.push([internJS(rt, fwd), internJS(rt, refl), internJS(rt, inpl)]);

  // 4. names, bases, MROs, dicts of the built-in types
  for (const [kind, name] of KIND_TYPES) {
    const t = rt.kindTypes[kind]!;
    i32[(t + TP_NAME) >> 2] = internJS(rt, name);
    i32[(t + TP_DICT) >> 2] = immortal(rt, dictNew(rt));
    const base = kind === Kind.OBJECT ? NULL : kind === Kind.BOOL ? rt.tInt : rt.tObject;
    i32[(t + TP_BASE) >> 2] = base;
    i32[(t + TP_BASES) >> 2] = base === NULL ? rt.emptyTuple : immortal(rt, tupleFromRefs(rt, [base]));
    const mro = kind === Kind.OBJECT ? [t] : kind === Kind.BOOL ? [t, rt.tInt, rt.tObject] : [t, rt.tObject];
    i32[(t + TP_MRO) >> 2] = immortal(rt, tupleFromRefs(rt, mro));
  }
  // CPython's wrapper_descriptor and method-wrapper (objects/method.ts): the layouts and
  // kinds of the method descriptor and the bound method, under their own names
  const aliasType = (kind: Kind, name: string, size: number): Ref => {
    const t = immortal(rt, typeAlloc(rt, kind, 0, size, 0));
    i32[(t + TP_NAME) >> 2] = internJS(rt, name);
    i32[(t + TP_DICT) >> 2] = immortal(rt, dictNew(rt));
    i32[(t + TP_BASE) >> 2] = rt.tObject;
    i32[(t + TP_BASES) >> 2] = i32[(rt.kindTypes[kind]! + TP_BASES) >> 2]!;
    i32[(t + TP_MRO) >> 2] = immortal(rt, tupleFromRefs(rt, [t, rt.tObject]));
    return t;
  };
  rt.tWrapperDescriptor = aliasType(Kind.METHOD_DESCRIPTOR, 'wrapper_descriptor', 32);
  rt.tMethodWrapper = aliasType(Kind.BOUND_METHOD, 'method-wrapper', 24);
  // iterators CPython gives their own types, over one of gilvm's iterator layouts (their
  // slot wrappers, __next__ ..., are their kind's: objects/slotwrappers.ts builtinSlotAttr)
  rt.tCallableIter = aliasType(Kind.MAP, 'callable_iterator', 32);
  rt.tBytesIter = aliasType(Kind.SEQ_ITER, 'bytes_iterator', 32);
  rt.tBytearrayIter = aliasType(Kind.SEQ_ITER, 'bytearray_iterator', 32);
  rt.tLongRangeIter = aliasType(Kind.SEQ_ITER, 'longrange_iterator', 32);
  i32[(rt.tObject + TP_BASICSIZE) >> 2] = 16;
  // plain instances of user classes get a dict word at 16 (INST_DICT)
  void INST_SIZE;
  void INST_DICT;
  i32[(rt.tBaseException + TP_FLAGS) >> 2]! |= TPF_EXCEPTION;
  i32[(rt.tBaseException + TP_DICTOFFSET) >> 2] = 16;

  // 5. exception hierarchy (built in `exc`, then copied into rt.exc in one go: fastTable)
  const exc: Record<string, Ref> = { BaseException: rt.tBaseException };
  const excDict = immortal(rt, dictNew(rt));
  dictSetItem(rt, excDict, internJS(rt, 'BaseException'), rt.tBaseException);
  for (const [name, baseName] of EXCEPTION_HIERARCHY) {
    if (baseName === null) continue;
    const base = exc[baseName]!;
    const t = immortal(rt, typeAlloc(rt, Kind.BASE_EXCEPTION, TPF_BASETYPE | TPF_EXCEPTION, EXC_SIZE, 16));
    i32[(t + TP_NAME) >> 2] = internJS(rt, name);
    i32[(t + TP_DICT) >> 2] = immortal(rt, dictNew(rt));
    i32[(t + TP_BASE) >> 2] = base;
    i32[(t + TP_BASES) >> 2] = immortal(rt, tupleFromRefs(rt, [base]));
    const baseMro = i32[(base + TP_MRO) >> 2] as Ref;
    const n = i32[(baseMro + 16) >> 2]!;
    const mro: Ref[] = [t];
    for (let k = 0; k < n; k++) mro.push(i32[(baseMro >> 2) + 5 + k] as Ref);
    i32[(t + TP_MRO) >> 2] = immortal(rt, tupleFromRefs(rt, mro));
    exc[name] = t;
    dictSetItem(rt, excDict, internJS(rt, name), t);
  }
  Object.assign(rt.exc, fastTable(exc));
  rt.spareMemoryError = immortal(rt, exceptionNewNoArgs(rt, rt.exc.MemoryError!));

  // 6. methods and constructors of the built-in types
  for (const [kind, methods] of [...TYPE_METHODS, ...BYTES_TYPE_METHODS, ...COROUTINE_TYPE_METHODS]) {
    const t = kind === 'exception' ? rt.tBaseException : rt.kindTypes[kind]!;
    const d = i32[(t + TP_DICT) >> 2] as Ref;
    for (const [name, index] of methods) {
      const nm = internJS(rt, name);
      const md = immortal(rt, methodDescriptorNew(rt, index, nm, t));
      dictSetItem(rt, d, nm, md);
      rt.rc.decref(md);
    }
  }
  for (const [kind, index] of [...TYPE_CONSTRUCTORS, ...BYTES_TYPE_CONSTRUCTORS, ...COMPLEX_TYPE_CONSTRUCTORS]) i32[(rt.kindTypes[kind]! + TP_NEW_NATIVE) >> 2] = index;
  installBytesClassMethods(rt);
  // the mutable built-ins are unhashable: their __hash__ is None (CPython's list.__hash__)
  for (const kind of [Kind.LIST, Kind.DICT, Kind.SET, Kind.BYTEARRAY]) {
    dictSetItem(rt, i32[(rt.kindTypes[kind]! + TP_DICT) >> 2] as Ref, rt.names.__hash__, rt.None);
  }

  // 7. builtins module dict
  const builtins = immortal(rt, dictNew(rt));
  rt.builtins = builtins;
  for (const [name, index] of BUILTIN_FUNCTIONS) {
    const nm = internJS(rt, name);
    const f = immortal(rt, builtinFunctionNew(rt, index, nm, NULL));
    dictSetItem(rt, builtins, nm, f);
  }
  const exposed: [string, Kind][] = [
    ['object', Kind.OBJECT], ['type', Kind.TYPE], ['int', Kind.INT], ['bool', Kind.BOOL], ['float', Kind.FLOAT],
    ['str', Kind.STR], ['tuple', Kind.TUPLE], ['list', Kind.LIST], ['dict', Kind.DICT], ['set', Kind.SET],
    ['frozenset', Kind.FROZENSET], ['range', Kind.RANGE], ['slice', Kind.SLICE], ['property', Kind.PROPERTY],
    ['staticmethod', Kind.STATICMETHOD], ['classmethod', Kind.CLASSMETHOD], ['super', Kind.SUPER],
    ['enumerate', Kind.ENUMERATE], ['zip', Kind.ZIP], ['map', Kind.MAP], ['filter', Kind.FILTER],
    ['reversed', Kind.SEQ_REVITER], ['bytes', Kind.BYTES], ['bytearray', Kind.BYTEARRAY], ['complex', Kind.COMPLEX],
  ];
  for (const [name, kind] of exposed) dictSetItem(rt, builtins, internJS(rt, name), rt.kindTypes[kind]!);
  for (const [name] of EXCEPTION_HIERARCHY) dictSetItem(rt, builtins, internJS(rt, name), rt.exc[name]!);
  // CPython's aliases of OSError
  for (const alias of ['EnvironmentError', 'IOError']) dictSetItem(rt, builtins, internJS(rt, alias), rt.exc.OSError!);
  dictSetItem(rt, builtins, internJS(rt, 'None'), rt.None);
  dictSetItem(rt, builtins, internJS(rt, 'True'), rt.True);
  dictSetItem(rt, builtins, internJS(rt, 'False'), rt.False);
  dictSetItem(rt, builtins, internJS(rt, 'Ellipsis'), rt.Ellipsis);
  dictSetItem(rt, builtins, internJS(rt, 'NotImplemented'), rt.NotImplemented);
  dictSetItem(rt, builtins, rt.names.__name__, internJS(rt, 'builtins'));

  // 8. the interpreter state block, the main thread, sys
  const interp = allocRaw(heap, IS_WORDS * 4);
  i32.fill(0, interp >> 2, (interp >> 2) + IS_WORDS);
  rt.interp = interp;
  i32[HDR_INTERP >> 2] = interp;
  const is = interp >> 2;
  i32[is + IS_BUILTINS] = builtins;
  rt.modules = immortal(rt, dictNew(rt));
  i32[is + IS_MODULES] = rt.modules;
  i32[is + IS_INTERN] = rt.internTable;
  i32[is + IS_RECURSION_LIMIT] = options.recursionLimit ?? 1000;
  i32[is + IS_NONE] = rt.None;
  i32[is + IS_TRUE] = rt.True;
  i32[is + IS_FALSE] = rt.False;
  i32[is + IS_ELLIPSIS] = rt.Ellipsis;
  i32[is + IS_NOTIMPL] = rt.NotImplemented;
  i32[is + IS_EMPTY_TUPLE] = rt.emptyTuple;
  i32[is + IS_EMPTY_STR] = rt.emptyStr;
  i32[is + IS_KIND_TYPES] = immortal(rt, tupleFromRefs(rt, rt.kindTypes.map((t) => t || rt.None)));
  i32[is + IS_EXC_DICT] = excDict;
  i32[is + IS_SWITCH_INTERVAL] = DEFAULT_SWITCH_INTERVAL;
  const ts = immortal(rt, newObject(rt, rt.kindTypes[Kind.THREAD_STATE]!, TS_SIZE));
  i32[(ts + TS_ID) >> 2] = 1;
  i32[(ts + TS_EXC_INFO) >> 2] = rt.None;
  i32[is + IS_MAIN_THREAD] = ts;
  rt.ts = ts;
  const sys = createSysModule(rt, options.argv ?? ['']);
  dictSetItem(rt, rt.modules, internJS(rt, 'sys'), sys);
  rt.rc.decref(sys);
  const bmod = immortal(rt, builtinsModule(rt));
  dictSetItem(rt, rt.modules, rt.names.builtins, bmod);
  // the built-in functions' __self__ is the builtins module (CPython's m_self), which did
  // not exist when they were made; both immortal: no counts to keep
  for (const [name] of BUILTIN_FUNCTIONS) {
    const f = dictGetStr(rt, rt.builtins, internJS(rt, name));
    if (f !== NULL && kindOf(rt, f) === Kind.BUILTIN_FUNCTION && i32[(f + BF_SELF) >> 2] === 0) i32[(f + BF_SELF) >> 2] = bmod;
  }
  void NATIVE_TABLE;
  void tupleNew;
  void TP_KIND;
  void TP_QUALNAME;
  void strFromJS;
  typeModified(rt); // the built-in type dicts were filled without bumping the epoch
  return rt;
}

import { moduleNew } from '../objects/method.js';
function builtinsModule(rt: Runtime): Ref {
  return moduleNew(rt, rt.names.builtins, rt.builtins);
}

function isMortal(rt: Runtime, v: Ref): boolean {
  return (v & 1) === 0 && v !== NULL && rt.i32[(v + OB_REF_LOCAL) >> 2]! < IMMORTAL_REFCNT;
}

/** Py_CLEAR of a thread-state slot (byte offset). */
function clearThreadSlot(rt: Runtime, off: number, replacement: Ref): void {
  const w = (rt.ts + off) >> 2;
  const old = rt.i32[w]! as Ref;
  rt.i32[w] = replacement;
  rt.rc.decref(old);
}

/**
 * Tears the interpreter down (see the module comment): afterwards only immortal objects
 * should be live. Returns the number of objects the final collections found.
 */
export function finalizeInterpreter(rt: Runtime): number {
  // 1. the thread state: exception being raised, exception being handled, result
  clearThreadSlot(rt, TS_CUREXC, NULL);
  clearThreadSlot(rt, TS_EXC_INFO, rt.None);
  clearThreadSlot(rt, TS_RESULT, NULL);
  // the str strUnitOffset keeps for its memo
  const memoStr = rt.offsetMemoStr;
  rt.offsetMemoStr = 0 as Ref;
  if (memoStr !== 0) rt.rc.decref(memoStr);
  // the reserved MemoryError's traceback and chaining (what it held when last raised)
  exceptionClearChain(rt, rt.spareMemoryError);
  // 2. module dicts: __main__ first, then the others in import order (reversed, as CPython)
  const modules: Ref[] = [];
  for (let ix = dictNextEntry(rt, rt.modules, 0); ix >= 0; ix = dictNextEntry(rt, rt.modules, ix + 1)) {
    const m = dictEntryValue(rt, rt.modules, ix);
    rt.rc.incref(m);
    modules.push(m);
  }
  const main = dictGetStr(rt, rt.modules, rt.names.__main__);
  modules.sort((a, b) => (a === main ? -1 : b === main ? 1 : 0));
  const ordered = main !== NULL ? [modules[0]!, ...modules.slice(1).reverse()] : modules.reverse();
  for (const m of ordered) {
    const d = (m & 1) === 0 && m !== NULL && rt.i32[((rt.i32[m >> 2]! as Ref) + TP_KIND) >> 2] === Kind.MODULE ? (rt.i32[(m + MOD_DICT) >> 2]! as Ref) : NULL;
    if (d !== NULL && d !== rt.builtins) dictClear(rt, d);
  }
  // 3. sys.modules itself; weak references end (modules/weakref.ts)
  dictClear(rt, rt.modules);
  clearWeakrefRegistry(rt);
  for (const m of modules) rt.rc.decref(m);
  // 4. mortal values stored in builtins by the program
  const doomed: Ref[] = [];
  for (let ix = dictNextEntry(rt, rt.builtins, 0); ix >= 0; ix = dictNextEntry(rt, rt.builtins, ix + 1)) {
    if (isMortal(rt, dictEntryValue(rt, rt.builtins, ix)) || isMortal(rt, dictEntryKey(rt, rt.builtins, ix))) {
      const k = dictEntryKey(rt, rt.builtins, ix);
      rt.rc.incref(k);
      doomed.push(k);
    }
  }
  for (const k of doomed) {
    dictDelItem(rt, rt.builtins, k);
    rt.rc.decref(k);
  }
  // 5. the final collections (a pass may free objects that release more cycles' roots)
  let found = 0;
  for (let pass = 0; pass < 8; pass++) {
    const n = gcCollect(rt);
    found += n;
    if (n === 0) break;
  }
  return found;
}
