/*
 * Calling a class: type(x), type(name, bases, dict), built-in constructors (the native in
 * TP_NEW_NATIVE), and instance creation for user classes (__new__ then __init__). The
 * eval loop has its own frame-pushing path for the common case (a user class whose
 * __init__ is a Python function and whose __new__ is object's): `allocInstanceForInit`.
 * Class creation (classFromNamespace) also runs __set_name__, __init_subclass__ (with the
 * class keywords; a plain-function hook is made a classmethod, as CPython does; so is a
 * plain-function __class_getitem__, and a plain-function __new__ a staticmethod) and
 * lays __slots__ out (layoutSlots: one instance word per slot, objects/member.ts).
 */
import { moveUnits } from '../heap/move.js';
import { callNativeLocked } from '../vm/critical.js';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { raiseTypeError } from '../vm/errors.js';
import { NATIVE_TABLE } from '../vm/natives.js';
import { call1, callVector, callWithSelfVector } from '../vm/call.js';
import { Kind } from './kinds.js';
import { kindOf, typeOf, newObject } from './object.js';
import { TP_BASICSIZE, TP_FLAGS, TP_NEW_NATIVE, TPF_HEAPTYPE, TP_KIND, TPF_HAS_GETATTR, TPF_HAS_SETATTR, TPF_SLOTS, TP_MRO, TP_DICT, TPF_HAS_GETATTRIBUTE, TPF_HAS_DEL, TP_BASE, TP_NAME, TP_DICTOFFSET, TPF_C_TYPE_NAME, TPF_TUPLEGETTER, TPF_HAS_MEMBERS, TPF_ADDS_SLOTS, TP_BASES, TP_NS_SPLIT, TPF_WEAKREFABLE, TPF_ABC, TPF_IS_ABSTRACT, TPF_PARTIAL, TPF_GETTER, TPF_BASETYPE } from './typelayout.js';
import { SM_FUNC, SM_SIZE, boundMethodNew } from './method.js';
import { callWithTupleDict } from '../vm/call.js';
import { raiseNew, clearError, raiseFromCause } from '../vm/errors.js';
import { TS_FRAME } from '../vm/threadstate.js';
import { FR_CODE } from '../vm/frame.js';
import { CO_FILENAME } from './code.js';
import { isCTypeClass, isHelperLibFile } from '../vm/traceback.js';
import { getAttr, importedAttr, internName, listFromIterable } from './abstract.js';
import { listItem, listSize } from './list.js';
import { sortOrder } from './listsort.js';
import { LIST_SIZE, LIST_ITEMS } from './list.js';
import { typeLookup, typeName, typeQualname, typeNewHeap, isSubtype, typeModified, computeMro, solidBase, bestBase, forEachLiveType } from './type.js';
import { tupleSize, tupleFromWords, tupleFromRefs, tupleItem, TUPLE_ITEMS_WORD } from './tuple.js';
import { intToNumberOrBig, INT_NDIGITS, INT_DIGITS } from './int.js';
import { strLen, strSizeBytes, STR_LEN, STR_DATA } from './str.js';
import { EXC_ARGS, exceptionNew, exceptionInitKeywords } from './exceptions.js';
import { MD_TYPE } from './method.js';
import { dictNew, dictNextEntry, dictEntryKey, dictEntryValue, dictSetItem, dictGetStr, dictSize } from './dict.js';
import { strToJS } from './str.js';
import { pyStrRepr } from './numparse.js';
import { CELL_REF } from './function.js';
import { builtinSlotAttr } from './slotwrappers.js';
import { memberNew } from './member.js';
import { DICT_AFTER_VALUE } from './object.js';

/** Linux errno -> the OSError subclass OSError(errno, ...) creates (Objects/exceptions.c). */
const OSERROR_BY_ERRNO = new Map<number, string>([
  [1, 'PermissionError'], [13, 'PermissionError'], [2, 'FileNotFoundError'], [3, 'ProcessLookupError'],
  [4, 'InterruptedError'], [10, 'ChildProcessError'], [11, 'BlockingIOError'], [114, 'BlockingIOError'],
  [115, 'BlockingIOError'], [17, 'FileExistsError'], [20, 'NotADirectoryError'], [21, 'IsADirectoryError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'], [103, 'ConnectionAbortedError'], [104, 'ConnectionResetError'],
  [111, 'ConnectionRefusedError'], [110, 'TimeoutError'],
]);

/** True if d is a native method of `object` (or BaseException): the default. */
function isDefault(rt: Runtime, d: Ref): boolean {
  return d === NULL || (kindOf(rt, d) === Kind.METHOD_DESCRIPTOR && !isHeapDescrOwner(rt, d));
}

function isHeapDescrOwner(rt: Runtime, d: Ref): boolean {
  const owner = rt.i32[(d + MD_TYPE) >> 2] as Ref;
  return owner !== rt.tObject && owner !== rt.tBaseException;
}

/**
 * For CALL on a class: if instances are plain allocations (object's __new__) and
 * __init__ is a Python function, allocates the instance and returns it with the __init__
 * function in `out[0]`; else returns NULL (no exception) and the caller uses typeCall.
 */
export function allocInstanceForInit(rt: Runtime, cls: Ref, out: Ref[]): Ref {
  const i32 = rt.i32;
  // a built-in class, or an abstract one (typeCall raises)
  if ((i32[(cls + TP_FLAGS) >> 2]! & (TPF_HEAPTYPE | TPF_IS_ABSTRACT)) !== TPF_HEAPTYPE) return NULL;
  const kind = i32[(cls + TP_KIND) >> 2] as Kind;
  if (kind !== Kind.OBJECT) return NULL;
  const nw = typeLookup(rt, cls, rt.names.__new__);
  if (!isDefault(rt, nw)) return NULL;
  const init = typeLookup(rt, cls, rt.names.__init__);
  if (init === NULL || kindOf(rt, init) !== Kind.FUNCTION) return NULL;
  out[0] = init;
  return newObject(rt, cls, i32[(cls + TP_BASICSIZE) >> 2]!);
}

/**
 * object.__new__'s refusal of an abstract class (TPF_IS_ABSTRACT), with CPython 3.11's
 * message: the names of the class's own __abstractmethods__, sorted, after "abstract
 * method" or "methods". Always NULL, with the exception set.
 */
export function abstractClassError(rt: Runtime, cls: Ref): Ref {
  const abstracts = dictGetStr(rt, rt.i32[(cls + TP_DICT) >> 2] as Ref, rt.names.__abstractmethods__);
  if (abstracts === NULL) return raiseNew(rt, rt.exc.AttributeError!, '__abstractmethods__');
  const names = listFromIterable(rt, abstracts);
  if (names === NULL) return NULL;
  const n = listSize(rt, names);
  const keys: Ref[] = [];
  for (let i = 0; i < n; i++) keys.push(listItem(rt, names, i));
  const order = sortOrder(rt, keys, false);
  const texts: string[] = [];
  if (order !== null) {
    for (let i = 0; i < n; i++) {
      const item = keys[order[i]!]!;
      if (kindOf(rt, item) !== Kind.STR) {
        decref(rt, names);
        return raiseTypeError(rt, `sequence item ${i}: expected str instance, ${typeName(rt, typeOf(rt, item))} found`);
      }
      texts.push(strToJS(rt, item));
    }
  }
  decref(rt, names);
  if (order === null) return NULL;
  return raiseTypeError(rt, `Can't instantiate abstract class ${typeName(rt, cls)} with abstract method${n > 1 ? 's' : ''} ${texts.join(', ')}`);
}

/** Built-in kinds whose subclass instances are created empty and filled by the built-in's
 * __init__ (list.__new__ ignores its arguments; property's fields are set by
 * property.__init__), so a subclass __init__ may take any signature. */
function filledByInit(kind: Kind): boolean {
  return kind === Kind.LIST || kind === Kind.DICT || kind === Kind.SET || kind === Kind.PROPERTY;
}

/**
 * type(name, bases, ns)'s bases with each collections.abc ABC (lib/_collections_abc.py: an
 * object standing for its class, `_is_abc_proxy` on its type) replaced by the class it
 * stands for, as a class statement's __mro_entries__ does: in CPython they are classes, so
 * type('Y', (collections.abc.Sized,), ns) works. New reference, or NULL with an error.
 */
function abcProxiesResolved(rt: Runtime, bases: Ref): Ref {
  const n = tupleSize(rt, bases);
  const marker = internName(rt, '_is_abc_proxy');
  let out: Ref[] | null = null;
  for (let i = 0; i < n; i++) {
    const b = tupleItem(rt, bases, i);
    if (kindOf(rt, b) !== Kind.TYPE && typeLookup(rt, typeOf(rt, b), marker) !== NULL) {
      const cls = getAttr(rt, b, internName(rt, '_cls'));
      if (cls === NULL) {
        if (out !== null) for (const r of out) decref(rt, r);
        return NULL;
      }
      if (out === null) {
        out = [];
        for (let k = 0; k < i; k++) out.push(newRef(rt, tupleItem(rt, bases, k)));
      }
      out.push(cls);
    } else if (out !== null) out.push(newRef(rt, b));
  }
  if (out === null) return newRef(rt, bases);
  const t = tupleFromRefs(rt, out);
  for (const r of out) decref(rt, r);
  return t;
}

/** cls(*args, **kw). */
export function typeCall(rt: Runtime, cls: Ref, args: number, nargs: number, kwnames: Ref): Ref {
  const i32 = rt.i32;
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  if (cls === rt.tType) {
    const npos = nargs - nkw;
    if (npos === 1) {
      if (nkw === 0) return newRef(rt, typeOf(rt, i32[args] as Ref));
      return raiseTypeError(rt, 'type() takes no keyword arguments');
    }
    if (npos === 3) {
      const name = i32[args] as Ref;
      const bases = i32[args + 1] as Ref;
      const ns = i32[args + 2] as Ref;
      const wanted: [Ref, Kind, string][] = [[name, Kind.STR, 'str'], [bases, Kind.TUPLE, 'tuple'], [ns, Kind.DICT, 'dict']];
      for (let i = 0; i < 3; i++) {
        const [v, k, what] = wanted[i]!;
        if (kindOf(rt, v) !== k) return raiseTypeError(rt, `type.__new__() argument ${i + 1} must be ${what}, not ${typeName(rt, typeOf(rt, v))}`);
      }
      const classBases = abcProxiesResolved(rt, bases);
      if (classBases === NULL) return NULL;
      // type(name, bases, ns, **kw): the keywords go to __init_subclass__, as class keywords do
      let kwargs: Ref = NULL;
      if (nkw > 0) {
        kwargs = dictNew(rt);
        for (let i = 0; i < nkw; i++) dictSetItem(rt, kwargs, tupleItem(rt, kwnames, i), i32[args + npos + i] as Ref);
      }
      const made = classFromNamespace(rt, name, classBases, ns, name, kwargs);
      decref(rt, classBases);
      if (kwargs !== NULL) decref(rt, kwargs);
      if (made !== NULL) setModuleFromCaller(rt, made);
      return made;
    }
    return raiseTypeError(rt, 'type() takes 1 or 3 arguments');
  }
  const heap = (i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  const kind = i32[(cls + TP_KIND) >> 2] as Kind;
  let obj: Ref;
  if (heap) {
    const nw = typeLookup(rt, cls, rt.names.__new__);
    // the type whose __init__ runs: the new object's (CPython's type_call), which a user
    // __new__ may have made an instance of a subclass
    let initType = cls;
    if (!isDefault(rt, nw)) {
      // user __new__ (a staticmethod or plain function taking cls)
      const f = kindOf(rt, nw) === Kind.STATICMETHOD ? (i32[(nw + 16) >> 2] as Ref) : nw;
      obj = callWithSelfVector(rt, f, cls, args, nargs, kwnames);
      if (obj === NULL) return NULL;
      initType = typeOf(rt, obj);
      if (!isSubtype(rt, initType, cls)) return obj;
    } else if (kind === Kind.OBJECT) {
      if ((i32[(cls + TP_FLAGS) >> 2]! & TPF_IS_ABSTRACT) !== 0) return abstractClassError(rt, cls);
      obj = newObject(rt, cls, i32[(cls + TP_BASICSIZE) >> 2]!);
    } else if (kind === Kind.BASE_EXCEPTION) {
      obj = exceptionNew(rt, cls, tupleFromWords(rt, args, nargs - nkw));
    } else {
      const idx = i32[(cls + TP_NEW_NATIVE) >> 2]!;
      if (idx < 0) return raiseTypeError(rt, `cannot create '${typeName(rt, cls)}' instances`);
      const mutable = filledByInit(kind);
      // tuple, float and frozenset take keywords a subclass's own __init__ is given, and
      // ignore them (CPython's tuple_new: "type->tp_init == PyTuple_Type.tp_init" before
      // _PyArg_NoKeywords): `T((1, 2), tag='x')`
      const dropKeywords = nkw > 0 && !mutable && (kind === Kind.TUPLE || kind === Kind.FLOAT || kind === Kind.FROZENSET)
        && !isDefault(rt, typeLookup(rt, cls, rt.names.__init__));
      obj = NATIVE_TABLE[idx]!.fn(rt, args, mutable ? 0 : dropKeywords ? nargs - nkw : nargs, mutable || dropKeywords ? NULL : kwnames);
      if (obj === NULL) return NULL;
      // frozenset(fs) is fs itself: a subclass instance is a new set made from it (CPython's
      // make_new_frozenset), never fs retyped
      if (kind === Kind.FROZENSET && nargs >= 1 && obj === (i32[args] as Ref)) {
        decref(rt, obj);
        obj = setMakeNew(rt, true, obj);
        if (obj === NULL) return NULL;
      }
      // Re-type a built-in instance as the subclass when the layouts agree.
      obj = retypeBuiltin(rt, obj, cls);
      if (obj === NULL) return NULL;
    }
    const init = typeLookup(rt, initType, rt.names.__init__);
    if (!isDefault(rt, init)) {
      const r = callWithSelfVector(rt, init, obj, args, nargs, kwnames);
      if (r === NULL) {
        decref(rt, obj);
        return NULL;
      }
      if (r !== rt.None) {
        const msg = `__init__() should return None, not '${typeName(rt, typeOf(rt, r))}'`;
        decref(rt, r);
        decref(rt, obj);
        return raiseTypeError(rt, msg);
      }
      return obj;
    }
    if (filledByInit(kind)) {
      const bi = builtinSlotAttr(rt, kind, rt.names.__init__, obj);
      // list.__init__ ignores the keywords a subclass's own __new__ is given
      // (CPython's list___init__: "Py_TYPE(self)->tp_new == PyList_Type.tp_new" first)
      const dropKeywords = nkw > 0 && kind === Kind.LIST && !isDefault(rt, nw);
      const r = bi === NULL ? NULL : dropKeywords ? callVector(rt, bi, args, nargs - nkw, NULL) : callVector(rt, bi, args, nargs, kwnames);
      decref(rt, bi);
      if (r === NULL) {
        decref(rt, obj);
        return NULL;
      }
      decref(rt, r);
      return obj;
    }
    if (nargs > 0 && kind === Kind.OBJECT && isDefault(rt, nw)) {
      decref(rt, obj);
      return raiseTypeError(rt, `${typeName(rt, cls)}() takes no arguments`);
    }
    if (kind === Kind.BASE_EXCEPTION && nkw > 0 && kindOf(rt, obj) === Kind.BASE_EXCEPTION
        && exceptionInitKeywords(rt, obj, args + nargs - nkw, kwnames) < 0) {
      decref(rt, obj);
      return NULL;
    }
    if (kind === Kind.BASE_EXCEPTION && !isDefault(rt, nw) && kindOf(rt, obj) === Kind.BASE_EXCEPTION) {
      // a user __new__ and the inherited BaseException.__init__: that __init__ sets args to
      // the call's arguments, whatever __new__ made them (E(1, 2).args is (1, 2))
      const argsTuple = tupleFromWords(rt, args, nargs - nkw);
      const old = i32[(obj + EXC_ARGS) >> 2] as Ref;
      i32[(obj + EXC_ARGS) >> 2] = argsTuple;
      decref(rt, old);
    }
    return obj;
  }
  if (kind === Kind.BASE_EXCEPTION) {
    // OSError(errno, strerror, ...) picks the subclass of the errno (CPython's errnomap)
    if (cls === rt.exc.OSError && nargs - nkw >= 2 && nargs - nkw <= 5 && kindOf(rt, i32[args] as Ref) === Kind.INT) {
      const sub = OSERROR_BY_ERRNO.get(intToNumberOrBig(rt, i32[args] as Ref) as number);
      if (sub !== undefined && rt.exc[sub] !== undefined) cls = rt.exc[sub]!;
    }
    if ((cls === rt.exc.UnicodeEncodeError || cls === rt.exc.UnicodeDecodeError) && nargs - nkw !== 5) {
      return raiseTypeError(rt, `function takes exactly 5 arguments (${nargs - nkw} given)`);
    }
    const exc = exceptionNew(rt, cls, tupleFromWords(rt, args, nargs - nkw));
    if (nkw > 0 && exceptionInitKeywords(rt, exc, args + nargs - nkw, kwnames) < 0) {
      decref(rt, exc);
      return NULL;
    }
    return exc;
  }
  const singleton = kind === Kind.NONE ? rt.None : kind === Kind.NOTIMPLEMENTED ? rt.NotImplemented : kind === Kind.ELLIPSIS ? rt.Ellipsis : NULL;
  if (singleton !== NULL) {
    // type(None)() is None, as CPython's none_new (and NotImplemented's, Ellipsis's)
    if (nargs > 0) return raiseTypeError(rt, `${kind === Kind.NONE ? 'NoneType' : kind === Kind.ELLIPSIS ? 'EllipsisType' : 'NotImplementedType'} takes no arguments`);
    return singleton;
  }
  const idx = i32[(cls + TP_NEW_NATIVE) >> 2]!;
  if (idx < 0) return raiseTypeError(rt, `cannot create '${typeName(rt, cls)}' instances`);
  // --no-gil: dict(d), set(s), tuple(lst)... read their container argument under its lock (vm/critical.ts)
  if (rt.rc.atomic) return callNativeLocked(rt, idx, args, nargs, kwnames);
  return NATIVE_TABLE[idx]!.fn(rt, args, nargs, kwnames);
}

/** type(name, bases, ns) without '__module__' in ns: CPython's type_new sets it from the
 * calling frame's globals' `__name__` (after the copied entries). */
function setModuleFromCaller(rt: Runtime, cls: Ref): void {
  const d = rt.i32[(cls + TP_DICT) >> 2] as Ref;
  if (dictGetStr(rt, d, rt.names.__module__) !== NULL) return;
  const fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
  if (fp === 0) return;
  const globals = rt.i32[fp + 3] as Ref;
  const modName = globals !== NULL ? dictGetStr(rt, globals, rt.names.__name__) : NULL;
  if (modName !== NULL && dictSetItem(rt, d, rt.names.__module__, modName) === 0) {
    typeModified(rt);
    rt.i32[(cls + TP_NS_SPLIT) >> 2]!++; // one of the entries before __dict__ (TP_NS_SPLIT)
  } else clearError(rt);
}

/** type(name, bases, ns): creates the class and copies the namespace. */
export function classFromNamespace(rt: Runtime, name: Ref, bases: Ref, ns: Ref, qualname: Ref, kwargs: Ref = NULL): Ref {
  const q = dictGetStr(rt, ns, rt.names.__qualname__);
  // CPython's type_new_set_ht_name: a namespace __qualname__ must be a str
  if (q !== NULL && kindOf(rt, q) !== Kind.STR) {
    raiseTypeError(rt, `type __qualname__ must be a str, not ${typeName(rt, typeOf(rt, q))}`);
    return NULL;
  }
  const cls = typeNewHeap(rt, name, bases, NULL, q !== NULL ? q : qualname);
  if (cls === NULL) return NULL;
  // a lib class standing for a C type is named `module.name` in error messages, as CPython's
  // tp_name (typelayout.ts TPF_C_TYPE_NAME); the class statement runs in the lib file's frame
  const callerFp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
  if (callerFp !== 0) {
    const filename = strToJS(rt, rt.i32[(rt.i32[callerFp + FR_CODE]! + CO_FILENAME) >> 2] as Ref);
    const qual = strToJS(rt, q !== NULL ? q : qualname);
    if (isCTypeClass(rt, filename, qual)) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_C_TYPE_NAME;
    // namedtuple fields are read natively (typelayout.ts TPF_TUPLEGETTER)
    if (qual === '_tuplegetter' && isHelperLibFile(filename, '_collections.py')) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_TUPLEGETTER;
    // functools.partial's calls are made natively (typelayout.ts TPF_PARTIAL)
    if (qual === 'partial' && isHelperLibFile(filename, 'functools.py')) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_PARTIAL;
    // so are operator.itemgetter's and attrgetter's (typelayout.ts TPF_GETTER)
    // (and, as CPython's C types, cannot be subclassed)
    if ((qual === 'itemgetter' || qual === 'attrgetter') && isHelperLibFile(filename, 'operator.py')) {
      rt.i32[(cls + TP_FLAGS) >> 2] = (rt.i32[(cls + TP_FLAGS) >> 2]! | TPF_GETTER) & ~TPF_BASETYPE;
    }
  }
  const d = rt.i32[(cls + 40) >> 2] as Ref;
  let eqDefined = false;
  let hashDefined = false;
  const classGetitem = internName(rt, '__class_getitem__');
  for (let ix = dictNextEntry(rt, ns, 0); ix >= 0; ix = dictNextEntry(rt, ns, ix + 1)) {
    const k = dictEntryKey(rt, ns, ix);
    const v = dictEntryValue(rt, ns, ix);
    if (k === rt.names.__classcell__ || k === rt.names.__qualname__) continue;
    if (k === rt.names.__eq__) eqDefined = true;
    if (k === rt.names.__hash__) hashDefined = true;
    if (k === rt.names.__getattr__) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_HAS_GETATTR;
    // CPython's type_new makes a plain-function __new__ a staticmethod, and a
    // plain-function __init_subclass__ or __class_getitem__ a classmethod, implicitly
    const isFn = kindOf(rt, v) === Kind.FUNCTION;
    const wrapKind = !isFn ? 0 : k === rt.names.__new__ ? Kind.STATICMETHOD
      : k === rt.names.__init_subclass__ || k === classGetitem ? Kind.CLASSMETHOD : 0;
    const wrap = wrapKind !== 0;
    const stored = wrap ? methodWrapperNew(rt, wrapKind, v) : v;
    const sr = dictSetItem(rt, d, k, stored);
    if (wrap) decref(rt, stored);
    if (sr < 0) {
      decref(rt, cls);
      return NULL;
    }
  }
  if (layoutSlots(rt, cls) < 0) {
    decref(rt, cls);
    return NULL;
  }
  // the entries CPython's class dict holds before the ones its type_new adds (the
  // namespace's, then the __slots__ members)
  rt.i32[(cls + TP_NS_SPLIT) >> 2] = dictSize(rt, d);
  setHookFlags(rt, cls);
  if (eqDefined && !hashDefined) dictSetItem(rt, d, rt.names.__hash__, rt.None);
  const cell = dictGetStr(rt, ns, rt.names.__classcell__);
  if (cell !== NULL && kindOf(rt, cell) === Kind.CELL) {
    incref(rt, cls);
    const old = rt.i32[(cell + CELL_REF) >> 2]!;
    rt.i32[(cell + CELL_REF) >> 2] = cls;
    decref(rt, old);
  }
  // __set_name__ on attributes that define it (descriptors); then __init_subclass__ (below)
  const setName = rt.names.__set_name__;
  for (let ix = dictNextEntry(rt, d, 0); ix >= 0; ix = dictNextEntry(rt, d, ix + 1)) {
    const v = dictEntryValue(rt, d, ix);
    if ((rt.i32[(typeOf(rt, v) + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) continue;
    const sn = typeLookup(rt, typeOf(rt, v), setName);
    if (sn === NULL) continue;
    const k = dictEntryKey(rt, d, ix);
    incref(rt, v);
    incref(rt, k);
    const w = [v, cls, k];
    const r = callSetName(rt, sn, w);
    if (r === NULL) {
      // CPython 3.11 wraps the error (3.12 adds a note instead)
      raiseFromCause(rt, rt.exc.RuntimeError!, `Error calling __set_name__ on '${typeName(rt, typeOf(rt, v))}' instance ${pyStrRepr(strToJS(rt, k))} in '${typeName(rt, cls)}'`);
    }
    decref(rt, k);
    decref(rt, v);
    if (r === NULL) {
      decref(rt, cls);
      return NULL;
    }
    decref(rt, r);
  }
  typeModified(rt);
  if (callInitSubclass(rt, cls, kwargs) < 0 || runAbcInit(rt, cls) < 0) {
    decref(rt, cls);
    return NULL;
  }
  return cls;
}

/**
 * ABCMeta.__new__'s work after type.__new__, for a class with a base deriving from
 * lib/abc.py's ABC (TPF_ABC): abc._abc_init(cls) computes its own __abstractmethods__
 * (which sets TPF_IS_ABSTRACT) and registers it. Run after __init_subclass__, as in CPython,
 * and whatever the __init_subclass__ hooks did. 0 or -1.
 */
function runAbcInit(rt: Runtime, cls: Ref): number {
  const bases = rt.i32[(cls + TP_BASES) >> 2] as Ref;
  const n = tupleSize(rt, bases);
  let abcBase = false;
  for (let i = 0; i < n && !abcBase; i++) abcBase = (rt.i32[(tupleItem(rt, bases, i) + TP_FLAGS) >> 2]! & TPF_ABC) !== 0;
  if (!abcBase) return 0;
  const init = importedAttr(rt, 'abc', '_abc_init');
  if (init === NULL) return -1;
  const r = call1(rt, init, cls);
  decref(rt, init);
  if (r === NULL) return -1;
  decref(rt, r);
  return 0;
}

/** The attribute hooks' flags of a heap type, from what its MRO finds (TPF_HAS_GETATTR ...);
 * flags already set stay (a flag set without its hook only sends a lookup the long way). */
function setHookFlags(rt: Runtime, cls: Ref): void {
  if (typeLookup(rt, cls, rt.names.__getattr__) !== NULL) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_HAS_GETATTR;
  if (typeLookup(rt, cls, internName(rt, '__del__')) !== NULL) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_HAS_DEL;
  const gab = typeLookup(rt, cls, internName(rt, '__getattribute__'));
  if (gab !== NULL && kindOf(rt, gab) !== Kind.METHOD_DESCRIPTOR) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_HAS_GETATTRIBUTE;
  for (const hook of [rt.names.__setattr__, rt.names.__delattr__]) {
    const h = typeLookup(rt, cls, hook);
    // any hook but object's own (a Python function, or e.g. `__setattr__ = dict.__setitem__`)
    if (h !== NULL && (kindOf(rt, h) !== Kind.METHOD_DESCRIPTOR || rt.i32[(h + MD_TYPE) >> 2] !== rt.tObject)) rt.i32[(cls + TP_FLAGS) >> 2]! |= TPF_HAS_SETATTR;
  }
}

/**
 * C.__bases__ = value on a heap type (CPython's type_set_bases): a non-empty tuple of
 * classes, none of them C or below it, whose primary base has C's old primary base's
 * layout. Then C's and every subclass's MRO are made again (a subclass after the classes
 * it names as bases), and their hook flags; when an MRO cannot be made, every class keeps
 * its old bases and MRO. 0, or -1 with TypeError.
 */
export function setTypeBases(rt: Runtime, cls: Ref, value: Ref): number {
  const i32 = rt.i32;
  const name = typeName(rt, cls);
  if (value === NULL) {
    raiseTypeError(rt, `cannot delete '__bases__' attribute of immutable type '${name}'`);
    return -1;
  }
  if (kindOf(rt, value) !== Kind.TUPLE) {
    raiseTypeError(rt, `can only assign tuple to ${name}.__bases__, not ${typeName(rt, typeOf(rt, value))}`);
    return -1;
  }
  const n = tupleSize(rt, value);
  if (n === 0) {
    raiseTypeError(rt, `can only assign non-empty tuple to ${name}.__bases__, not ()`);
    return -1;
  }
  for (let i = 0; i < n; i++) {
    const b = tupleItem(rt, value, i);
    if (kindOf(rt, b) !== Kind.TYPE) {
      raiseTypeError(rt, `${name}.__bases__ must be tuple of classes, not '${typeName(rt, typeOf(rt, b))}'`);
      return -1;
    }
    if (isSubtype(rt, b, cls)) {
      raiseTypeError(rt, 'a __bases__ item causes an inheritance cycle');
      return -1;
    }
  }
  // the new primary base: the one with the most derived layout (as a class statement's)
  const primary = bestBase(rt, value);
  if (primary === NULL) return -1;
  const oldPrimary = i32[(cls + TP_BASE) >> 2] as Ref;
  // CPython's compatible_for_assignment: a class and a built-in type free their instances
  // differently; two layouts differ when their solid bases do
  const heap = (t: Ref): boolean => (i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  if (heap(primary) !== heap(oldPrimary)) {
    raiseTypeError(rt, `__bases__ assignment: '${typeName(rt, primary)}' deallocator differs from '${typeName(rt, oldPrimary)}'`);
    return -1;
  }
  if (solidBase(rt, primary) !== solidBase(rt, oldPrimary) || i32[(primary + TP_DICTOFFSET) >> 2] !== i32[(oldPrimary + TP_DICTOFFSET) >> 2]
    || slotLayoutSignature(rt, primary) !== slotLayoutSignature(rt, oldPrimary)) {
    raiseTypeError(rt, `__bases__ assignment: '${typeName(rt, primary)}' object layout differs from '${typeName(rt, oldPrimary)}'`);
    return -1;
  }
  // the classes below cls, whose MROs name it
  const below: Ref[] = [];
  forEachLiveType(rt, (t) => {
    if (t !== cls && i32[(t + TP_MRO) >> 2] !== 0 && heap(t) && isSubtype(rt, t, cls)) below.push(t);
  });
  const oldBases = i32[(cls + TP_BASES) >> 2] as Ref;
  const oldMros = new Map<Ref, Ref>();
  incref(rt, value);
  incref(rt, primary);
  i32[(cls + TP_BASES) >> 2] = value;
  i32[(cls + TP_BASE) >> 2] = primary;
  const remade = (t: Ref): boolean => {
    if (oldMros.has(t)) return true;
    // the classes t names as bases first (those below cls)
    const bases = i32[(t + TP_BASES) >> 2] as Ref;
    for (let i = 0; i < tupleSize(rt, bases); i++) {
      const b = tupleItem(rt, bases, i);
      if (below.includes(b) && !remade(b)) return false;
    }
    const mro = computeMro(rt, t);
    if (mro === NULL) return false;
    oldMros.set(t, i32[(t + TP_MRO) >> 2] as Ref);
    i32[(t + TP_MRO) >> 2] = mro;
    return true;
  };
  let ok = remade(cls);
  for (let i = 0; ok && i < below.length; i++) ok = remade(below[i]!);
  if (!ok) {
    // back to the old bases and MROs, the MRO error kept
    for (const [t, mro] of oldMros) {
      decref(rt, i32[(t + TP_MRO) >> 2] as Ref);
      i32[(t + TP_MRO) >> 2] = mro;
    }
    i32[(cls + TP_BASES) >> 2] = oldBases;
    i32[(cls + TP_BASE) >> 2] = oldPrimary;
    decref(rt, value);
    decref(rt, primary);
    typeModified(rt);
    return -1;
  }
  for (const mro of oldMros.values()) decref(rt, mro);
  decref(rt, oldBases);
  decref(rt, oldPrimary);
  typeModified(rt);
  setHookFlags(rt, cls);
  for (const t of below) setHookFlags(rt, t);
  return 0;
}

/** A staticmethod or classmethod (kind) wrapping f (borrowed). New reference. */
function methodWrapperNew(rt: Runtime, kind: Kind, f: Ref): Ref {
  const o = newObject(rt, rt.kindTypes[kind]!, SM_SIZE);
  incref(rt, f);
  rt.i32[(o + SM_FUNC) >> 2] = f;
  return o;
}

/** True if kwargs (a dict or NULL) holds no entries. */
function noKwargs(rt: Runtime, kwargs: Ref): boolean {
  return kwargs === NULL || dictNextEntry(rt, kwargs, 0) < 0;
}

/**
 * type.__init__'s hook: super(cls, cls).__init_subclass__(**kwargs), i.e. the first
 * __init_subclass__ in cls's MRO after cls; object's default takes no keyword arguments.
 * 0 or -1.
 */
function callInitSubclass(rt: Runtime, cls: Ref, kwargs: Ref): number {
  const mro = rt.i32[(cls + TP_MRO) >> 2] as Ref;
  const n = tupleSize(rt, mro);
  let hook: Ref = NULL;
  for (let i = 1; i < n && hook === NULL; i++) {
    const base = tupleItem(rt, mro, i);
    if ((rt.i32[(base + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) continue;
    hook = dictGetStr(rt, rt.i32[(base + TP_DICT) >> 2] as Ref, rt.names.__init_subclass__);
  }
  if (hook === NULL) return initSubclassDefault(rt, cls, kwargs);
  const k = kindOf(rt, hook);
  const bound = k === Kind.CLASSMETHOD ? boundMethodNew(rt, rt.i32[(hook + SM_FUNC) >> 2] as Ref, cls)
    : k === Kind.STATICMETHOD ? newRef(rt, rt.i32[(hook + SM_FUNC) >> 2] as Ref)
    : k === Kind.FUNCTION ? boundMethodNew(rt, hook, cls) : newRef(rt, hook);
  const r = callWithTupleDict(rt, bound, NULL, NULL, noKwargs(rt, kwargs) ? NULL : kwargs);
  decref(rt, bound);
  if (r === NULL) return -1;
  decref(rt, r);
  return 0;
}

/** object.__init_subclass__: accepts no keyword arguments. 0 or -1. */
export function initSubclassDefault(rt: Runtime, cls: Ref, kwargs: Ref): number {
  if (noKwargs(rt, kwargs)) return 0;
  raiseTypeError(rt, `${typeQualname(rt, cls)}.__init_subclass__() takes no keyword arguments`);
  return -1;
}

/** The slot names a __slots__ value declares (a str or an iterable of strs held in a
 * tuple or list), or null with TypeError. */
function slotNames(rt: Runtime, v: Ref): string[] | null {
  const k = kindOf(rt, v);
  if (k === Kind.STR) return [strToJS(rt, v)];
  let items: Ref[];
  if (k === Kind.TUPLE) {
    items = [];
    for (let i = 0; i < tupleSize(rt, v); i++) items.push(tupleItem(rt, v, i));
  } else if (k === Kind.LIST) {
    items = [];
    const l = listToJSRefs(rt, v);
    for (const x of l) items.push(x);
  } else if (k === Kind.DICT) {
    items = [];
    for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) items.push(dictEntryKey(rt, v, ix));
  } else {
    raiseTypeError(rt, `'${typeName(rt, typeOf(rt, v))}' object is not iterable`);
    return null;
  }
  const out: string[] = [];
  for (const x of items) {
    if (kindOf(rt, x) !== Kind.STR) {
      raiseTypeError(rt, `__slots__ items must be strings, not '${typeName(rt, typeOf(rt, x))}'`);
      return null;
    }
    out.push(strToJS(rt, x));
  }
  return out;
}

/**
 * __slots__ (objects/member.ts has the storage and the descriptors): checks the names (as
 * CPython's type_new: identifiers, strings, no clash with a class variable under the
 * mangled name, '__dict__' / '__weakref__' only when the base has none, no non-empty
 * slots below int, tuple, bytes or str), then gives cls its layout: the primary base's,
 * one word per declared member (mangled, sorted, as CPython), and a __dict__ word when the
 * class asks for one ('__dict__' in __slots__, or no __slots__ at all: typeNewHeap already
 * laid that out) or another base of a multiple inheritance has one. A class without a
 * __dict__ gets TPF_SLOTS; the member descriptors go into the class dict after the
 * namespace's own entries. 0 or -1.
 */
function layoutSlots(rt: Runtime, cls: Ref): number {
  const i32 = rt.i32;
  const d = i32[(cls + TP_DICT) >> 2] as Ref;
  const primary = i32[(cls + TP_BASE) >> 2] as Ref;
  const inherited = i32[(primary + TP_FLAGS) >> 2]! & TPF_HAS_MEMBERS;
  const own = dictGetStr(rt, d, rt.names.__slots__);
  if (own === NULL) {
    i32[(cls + TP_FLAGS) >> 2]! |= inherited;
    return 0;
  }
  const names = slotNames(rt, own);
  if (names === null) return -1;
  const kind = i32[(cls + TP_KIND) >> 2] as Kind;
  const varSized = kind === Kind.INT || kind === Kind.BOOL || kind === Kind.TUPLE || kind === Kind.BYTES;
  const ownName = strToJS(rt, i32[(cls + TP_NAME) >> 2] as Ref).replace(/^_+/, '');
  if (varSized && names.length > 0) return nonemptySlotsError(rt, primary);
  const members: string[] = [];
  let wantDict = false;
  let wantWeakref = false;
  for (const nm of names) {
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(nm)) {
      raiseTypeError(rt, '__slots__ must be identifiers');
      return -1;
    }
    if (nm === '__dict__') {
      if (wantDict || (i32[(primary + TP_DICTOFFSET) >> 2] !== 0 && !localBase(rt, primary))) {
        raiseTypeError(rt, '__dict__ slot disallowed: we already got one');
        return -1;
      }
      wantDict = true;
      continue;
    }
    if (nm === '__weakref__') {
      if (wantWeakref || typeHasWeakref(rt, primary)) {
        raiseTypeError(rt, '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        return -1;
      }
      wantWeakref = true;
      continue;
    }
    const mangled = ownName !== '' && nm.startsWith('__') && !nm.endsWith('__') ? `_${ownName}${nm}` : nm;
    if (!members.includes(mangled)) members.push(mangled);
  }
  members.sort();
  for (const m of members) {
    if (dictGetStr(rt, d, internName(rt, m)) !== NULL) {
      raiseNew(rt, rt.exc.ValueError!, `'${m}' in __slots__ conflicts with class variable`);
      return -1;
    }
  }
  // str too: its value is variable-size here (CPython 3.11 allows members on a str subclass)
  if (members.length > 0 && kind === Kind.STR) return nonemptySlotsError(rt, primary);
  // the layout: the primary base's, then the members, then a __dict__ word if wanted
  let size = i32[(primary + TP_BASICSIZE) >> 2]!;
  let dictoffset = i32[(primary + TP_DICTOFFSET) >> 2]!;
  const offsets: number[] = [];
  for (let i = 0; i < members.length; i++) {
    offsets.push(size);
    size += 4;
  }
  if (dictoffset === 0 && (wantDict || otherBaseHasDict(rt, cls, primary))) {
    if (kind === Kind.INT || kind === Kind.BOOL || kind === Kind.STR || kind === Kind.TUPLE) dictoffset = DICT_AFTER_VALUE;
    else {
      dictoffset = size;
      size += 4;
    }
  }
  i32[(cls + TP_BASICSIZE) >> 2] = size;
  i32[(cls + TP_DICTOFFSET) >> 2] = dictoffset;
  let flags = i32[(cls + TP_FLAGS) >> 2]! | inherited;
  if (dictoffset === 0) flags |= TPF_SLOTS;
  if (members.length > 0) flags |= TPF_HAS_MEMBERS | TPF_ADDS_SLOTS;
  i32[(cls + TP_FLAGS) >> 2] = flags;
  for (let i = 0; i < members.length; i++) {
    const key = internName(rt, members[i]!);
    const m = memberNew(rt, key, cls, offsets[i]!);
    const r = dictSetItem(rt, d, key, m);
    decref(rt, m);
    if (r < 0) return -1;
  }
  return 0;
}

/** CPython's error for __slots__ under a variable-size built-in (int, tuple, bytes). -1. */
function nonemptySlotsError(rt: Runtime, primary: Ref): number {
  let b = primary;
  while ((rt.i32[(b + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) b = rt.i32[(b + TP_BASE) >> 2] as Ref;
  raiseTypeError(rt, `nonempty __slots__ not supported for subtype of '${typeName(rt, b)}'`);
  return -1;
}

/** True if t is, or derives from, threading.local: a C type without a __dict__ slot in
 * CPython (`class L(local): __slots__ = ('a', '__dict__')` is allowed there), a Python
 * class with one here (modules/threading.ts). */
function localBase(rt: Runtime, t: Ref): boolean {
  const mro = rt.i32[(t + TP_MRO) >> 2] as Ref;
  for (let i = 0; i < tupleSize(rt, mro); i++) {
    const b = tupleItem(rt, mro, i);
    if ((rt.i32[(b + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0 || strToJS(rt, rt.i32[(b + TP_NAME) >> 2] as Ref) !== '_local') continue;
    const mod = dictGetStr(rt, rt.i32[(b + TP_DICT) >> 2] as Ref, rt.names.__module__);
    if (mod !== NULL && kindOf(rt, mod) === Kind.STR && strToJS(rt, mod) === '_thread') return true;
  }
  return false;
}

/** Multiple inheritance: true if a base of cls other than its primary one gives its
 * instances a __dict__ (CPython then gives cls one too, whatever its __slots__). */
function otherBaseHasDict(rt: Runtime, cls: Ref, primary: Ref): boolean {
  const bases = rt.i32[(cls + TP_BASES) >> 2] as Ref;
  for (let i = 0; i < tupleSize(rt, bases); i++) {
    const b = tupleItem(rt, bases, i);
    if (b !== primary && rt.i32[(b + TP_DICTOFFSET) >> 2] !== 0) return true;
  }
  return false;
}

/**
 * The instance layout __slots__ give t, as a comparable string: the slot names each heap
 * class of its MRO declares (in MRO order; each class's sorted and mangled, with whether it
 * declares __weakref__), and whether instances keep a __dict__.
 * `obj.__class__ = C` needs equal layouts (CPython's compatible_for_assignment compares
 * the slots added on both sides). Only valid __slots__ reach here (checked at creation).
 */
export function slotLayoutSignature(rt: Runtime, t: Ref): string {
  const mro = rt.i32[(t + TP_MRO) >> 2] as Ref;
  const parts: string[] = [(rt.i32[(t + TP_FLAGS) >> 2]! & TPF_SLOTS) !== 0 ? 'nodict' : 'dict'];
  for (let i = 0; i < tupleSize(rt, mro); i++) {
    const b = tupleItem(rt, mro, i);
    if ((rt.i32[(b + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) continue;
    const own = dictGetStr(rt, rt.i32[(b + TP_DICT) >> 2] as Ref, rt.names.__slots__);
    if (own === NULL) continue;
    const names = slotNames(rt, own);
    if (names === null) { clearError(rt); continue; }
    // as CPython's ht_slots, which same_slots_added compares: mangled and sorted (the order
    // layoutSlots lays them out in), so __slots__ = ('y', 'x') matches ('x', 'y')
    const ownName = strToJS(rt, rt.i32[(b + TP_NAME) >> 2] as Ref).replace(/^_+/, '');
    const mangled = names.filter((n) => n !== '__dict__' && n !== '__weakref__')
      .map((n) => (ownName !== '' && n.startsWith('__') && !n.endsWith('__') ? `_${ownName}${n}` : n));
    // a __weakref__ slot moves tp_weaklistoffset, which CPython compares too
    parts.push([...new Set(mangled)].sort().join(',') + (names.includes('__weakref__') ? '+weakref' : ''));
  }
  return parts.join('|');
}

function listToJSRefs(rt: Runtime, l: Ref): Ref[] {
  const n = rt.i32[(l + LIST_SIZE) >> 2]!;
  const items = rt.i32[(l + LIST_ITEMS) >> 2]!;
  const out: Ref[] = [];
  for (let i = 0; i < n; i++) out.push(rt.i32[(items >> 2) + i] as Ref);
  return out;
}

import { dataStackPush, dataStackPop } from '../vm/datastack.js';
import { setMakeNew } from './setops.js';
function callSetName(rt: Runtime, fn: Ref, argv: Ref[]): Ref {
  const w = dataStackPush(rt, argv.length);
  for (let i = 0; i < argv.length; i++) rt.i32[w + i] = argv[i]!;
  const r = callVector(rt, fn, w, argv.length, NULL);
  dataStackPop(rt, w);
  return r;
}

/**
 * Turns a fresh built-in instance into an instance of its heap subclass cls. Fixed-size
 * containers whose storage lives in a separate block (list, dict, set) move into a new
 * object of cls's size (room for the __dict__ word): the body words are moved and the old
 * object, left as a valid empty container, is released. Other kinds cannot grow in place
 * yet (TypeError). Steals obj; new reference or NULL.
 */
export function retypeBuiltin(rt: Runtime, obj: Ref, cls: Ref): Ref {
  const i32 = rt.i32;
  const base = typeOf(rt, obj);
  if (base === cls) return obj;
  const baseSize = i32[(base + TP_BASICSIZE) >> 2]!;
  const k = kindOf(rt, obj);
  // int, str, tuple subclasses: their instances' __dict__ word follows the value (object.ts DICT_AFTER_VALUE)
  const dictWord = i32[(cls + TP_DICTOFFSET) >> 2]! < 0 ? 4 : 0;
  if (k === Kind.INT || k === Kind.BOOL) {
    // a boxed copy (small ints are tagged, never in the heap): sign in INT_NDIGITS
    const v = intToNumberOrBig(rt, obj);
    let mag = BigInt(v);
    const neg = mag < 0n;
    if (neg) mag = -mag;
    const digits: number[] = [];
    while (mag > 0n) { digits.push(Number(mag & 0xffffffffn)); mag >>= 32n; }
    const fresh = newObject(rt, cls, INT_DIGITS + 4 * digits.length + dictWord);
    i32[(fresh + INT_NDIGITS) >> 2] = neg ? -digits.length : digits.length;
    for (let i = 0; i < digits.length; i++) rt.u32[((fresh + INT_DIGITS) >> 2) + i] = digits[i]!;
    decref(rt, obj);
    return fresh;
  }
  if (k === Kind.STR) {
    const n = strLen(rt, obj);
    const fresh = newObject(rt, cls, ((strSizeBytes(n) + 3) & ~3) + dictWord);
    i32[(fresh + STR_LEN) >> 2] = n;
    moveUnits(rt.u16, (fresh + STR_DATA) >> 1, (obj + STR_DATA) >> 1, ((obj + STR_DATA) >> 1) + n);
    decref(rt, obj);
    return fresh;
  }
  if (k === Kind.TUPLE) {
    const n = tupleSize(rt, obj);
    const fresh = newObject(rt, cls, (TUPLE_ITEMS_WORD + n) * 4 + dictWord);
    i32[(fresh >> 2) + 4] = n;
    for (let i = 0; i < n; i++) {
      const x = tupleItem(rt, obj, i);
      incref(rt, x);
      i32[(fresh >> 2) + TUPLE_ITEMS_WORD + i] = x;
    }
    decref(rt, obj);
    return fresh;
  }
  if (k === Kind.FLOAT || k === Kind.COMPLEX) {
    const fresh = newObject(rt, cls, i32[(cls + TP_BASICSIZE) >> 2]!);
    rt.f64[(fresh + 16) >> 3] = rt.f64[(obj + 16) >> 3]!;
    if (k === Kind.COMPLEX) rt.f64[(fresh + 24) >> 3] = rt.f64[(obj + 24) >> 3]!; // objects/complex.ts: imag
    decref(rt, obj);
    return fresh;
  }
  if (k !== Kind.LIST && k !== Kind.DICT && k !== Kind.SET && k !== Kind.FROZENSET && k !== Kind.PROPERTY) {
    if (i32[(cls + TP_BASICSIZE) >> 2]! > baseSize) {
      decref(rt, obj);
      return raiseTypeError(rt, `subclassing '${typeName(rt, base)}' with instance attributes is not supported yet`);
    }
    return obj;
  }
  const fresh = newObject(rt, cls, i32[(cls + TP_BASICSIZE) >> 2]!);
  for (let off = 16; off < baseSize; off += 4) {
    i32[(fresh + off) >> 2] = i32[(obj + off) >> 2]!;
    i32[(obj + off) >> 2] = 0;
  }
  decref(rt, obj);
  return fresh;
}

/**
 * The entries CPython's type_new adds to a class namespace and gilvm leaves out of it (its
 * class dicts stay plain namespaces, so lookups never meet them): the `__dict__` and
 * `__weakref__` getset descriptors when the class adds those to its base's layout, and `__doc__` (None)
 * when the namespace has none. In CPython's dict order, after the namespace's own entries.
 * `C.__dict__` (abstract.ts mappingProxyNew) shows them. (A declared slot's member
 * descriptor is a real entry: layoutSlots.) Pairs [name, 'attribute' | 'doc']; null with TypeError for a bad __slots__.
 */
export function classDictExtras(rt: Runtime, cls: Ref): [string, string][] | null {
  const out: [string, string][] = [];
  if ((rt.i32[(cls + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) return out;
  const d = rt.i32[(cls + TP_DICT) >> 2] as Ref;
  const slotsValue = dictGetStr(rt, d, rt.names.__slots__);
  const slots = slotsValue === NULL ? null : slotNames(rt, slotsValue);
  if (slotsValue !== NULL && slots === null) return null;
  const base = rt.i32[(cls + TP_BASE) >> 2] as Ref;
  if (base !== NULL) {
    if (!typeHasInstanceDict(rt, base) && (slots === null || slots.includes('__dict__'))) out.push(['__dict__', 'attribute']);
    if (addsWeakref(rt, cls, slots, true)) out.push(['__weakref__', 'attribute']);
  }
  if (dictGetStr(rt, d, rt.names.__doc__) === NULL) out.push(['__doc__', 'doc']);
  return out;
}

/** Whether t's instances carry a __dict__ (CPython: tp_dictoffset != 0). */
function typeHasInstanceDict(rt: Runtime, t: Ref): boolean {
  return rt.i32[(t + TP_DICTOFFSET) >> 2] !== 0;
}

/** Whether t's instances are weakly referenceable (CPython: tp_weaklistoffset != 0). */
export function typeHasWeakref(rt: Runtime, t: Ref): boolean {
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) {
    return t === rt.tSet || t === rt.tFrozenset || t === rt.tType || t === rt.tFunction || (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_WEAKREFABLE) !== 0;
  }
  const s = dictGetStr(rt, rt.i32[(t + TP_DICT) >> 2] as Ref, rt.names.__slots__);
  const slots = s === NULL ? null : slotNames(rt, s);
  if (s !== NULL && slots === null) { clearError(rt); return false; }
  return addsWeakref(rt, t, slots);
}

/** Whether t's instances have a __weakref__ slot: its base's, or one t adds (given t's
 * __slots__ names, or null). Variable-size bases (int, tuple, bytes) allow none. */
function addsWeakref(rt: Runtime, t: Ref, slots: string[] | null, ownOnly = false): boolean {
  const base = rt.i32[(t + TP_BASE) >> 2] as Ref;
  if (base === NULL) return false;
  if (typeHasWeakref(rt, base)) return !ownOnly;
  const k = rt.i32[(base + TP_KIND) >> 2] as Kind;
  if (k === Kind.INT || k === Kind.BOOL || k === Kind.TUPLE || k === Kind.BYTES) return false;
  return slots === null || slots.includes('__weakref__');
}
