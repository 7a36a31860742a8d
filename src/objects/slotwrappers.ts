/*
 * Slot wrappers: the dunder methods of the built-in types as Python-visible attributes
 * (`(1).__add__`, `[].__len__`, `int.__lt__`, `dict.__init__`, `f.__get__`), as CPython's
 * wrapper_descriptor / method-wrapper objects.
 *
 * Choice: the wrappers are NOT stored in the built-in types' dicts. The generic operations
 * (objects/abstract.ts) look dunders up in a heap type's MRO and would find them there, so
 * storing them would change every dispatch path (and risk wrapper -> generic op -> wrapper
 * loops). Instead attribute lookup falls back here when the MRO has no entry for the name
 * (or only `object`'s generic entry, which a built-in type overrides in CPython):
 * genericGetAttr, typeGetAttr and super's lookup call `builtinSlotAttr`. The result is a
 * method descriptor owned by the built-in type (bound to the instance when there is one),
 * allocated per access: a cold path.
 *
 * Every wrapper works on the layout kind only: it calls the kind-level implementation
 * (`lengthBuiltin`, `getItemBuiltin`, `builtinBinary`, ...) and never the generic
 * operation, so `super().__len__()` inside a subclass's own `__len__` does not recurse.
 *
 * The table from dunder name to (native index, kinds that have it) is code, built once at
 * import time like the native table itself (vm/natives.ts), never changed afterwards.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { defineNative, NATIVE_TABLE, type NativeFn } from '../vm/natives.js';
import { decref, incref, newRef } from '../vm/refs.js';
import { raiseTypeError, raiseValueError, raiseAttributeError, raiseOverflow, raiseZeroDivision, errOccurred, setRaised } from '../vm/errors.js';
import { exceptionNewNoArgs } from './exceptions.js';
import { call1, call2, callVector } from '../vm/call.js';
import { MD_INDEX, MD_NAME, MD_TYPE, PR_DEL, PR_DOC, PR_GET, PR_SET } from './method.js';
import { isSubtype, typeName, typeQualname } from './type.js';
import { BUILTIN_SLOT_HOOK } from './slothook.js';
import { Kind } from './kinds.js';
import { kindOf, typeOf } from './object.js';
import { TP_BASE, TP_DICT, TP_FLAGS, TP_NEW_NATIVE, TP_KIND, TPF_HEAPTYPE } from './typelayout.js';
import { retypeBuiltin } from './typecall.js';
import { strToJS, strFromJS } from './str.js';
import { tupleFromRefs } from './tuple.js';
import { listClear, listSize } from './list.js';
import { dictGetStr, dictNextEntry, dictEntryKey, dictEntryValue, dictEntryHash, dictNew, dictSetItemHashed } from './dict.js';
import { setCanonicalOrder } from './setorder.js';
import { setTakeBody } from './setops.js';
import { methodDescriptorNew, boundMethodNew, builtinFunctionNew, builtinMethodBind } from './method.js';
import { floatNew, floatValue } from './float.js';
import { intFromNumber, intToBigint, intFromBigint, intToNumberOrBig } from './int.js';
import { intPowMod } from './intmath.js';
import { getIterBuiltin, iterAlloc, iterLengthHint, IT_INDEX } from './iter.js';
import { listExtend } from './seqops.js';
import * as A from './abstract.js';
import { memberSet } from './member.js';
import { complexAbs, complexConjugateNative, complexComplexNative, complexGetnewargsNative } from './complex.js';

const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

interface SlotEntry {
  readonly index: number;
  readonly kinds: ReadonlySet<Kind>;
  /** A class method (dict.fromkeys): bound to the class, args[0] is the class. */
  readonly classMethod?: boolean;
  /** A static method (T.__new__): unbound everywhere, args[0] is the class passed. */
  readonly staticMethod?: boolean;
}

const SLOTS = new Map<string, SlotEntry>();

/** The entries that see keywords themselves: the wrappers taking them (CPython's wrap_call
 * and wrap_init) and the ones that are methods in CPython, not wrappers (their messages
 * name the type). Every other wrapper refuses them first, naming itself as wrapper_call
 * does ("wrapper __add__() takes no keyword arguments"). */
const KEYWORD_SLOTS: ReadonlySet<string> = new Set(['__call__', '__init__', '__init__/dict', '__init__/set', '__init__/property',
  '__format__', 'conjugate', '__complex__', '__getnewargs__', '__reversed__', '__length_hint__']);

/** Whether a call's kwnames (NULL or a tuple of str) names any keyword. */
function hasKeywords(rt: Runtime, kw: Ref): boolean {
  return kw !== NULL && rt.i32[(kw >> 2) + 4]! > 0;
}

function slot(name: string, kinds: readonly Kind[], fn: NativeFn): void {
  const shown = name.split('/')[0]!;
  const wrapped: NativeFn = KEYWORD_SLOTS.has(name) ? fn : (rt, args, nargs, kw) => (hasKeywords(rt, kw) ? raiseTypeError(rt, `wrapper ${shown}() takes no keyword arguments`) : fn(rt, args, nargs, kw));
  SLOTS.set(name, { index: defineNative(name, wrapped), kinds: new Set(kinds) });
}

/** Positional-only arity check, CPython's wrapper message (check_num_args; `prefix` is the
 * space its setattr and setitem wrappers' messages start with). Also for the natives of
 * modules/builtins.ts that stand for CPython's wrappers (object.__setattr__, int.__index__). */
export function arity(rt: Runtime, nargs: number, kw: Ref, n: number, prefix = ''): boolean {
  if (hasKeywords(rt, kw)) {
    raiseTypeError(rt, 'wrapper takes no keyword arguments');
    return false;
  }
  if (nargs - 1 !== n) {
    raiseTypeError(rt, `${prefix}expected ${n} argument${n === 1 ? '' : 's'}, got ${nargs - 1}`);
    return false;
  }
  return true;
}

/** A __format__ spec must be a str (Argument Clinic's message: None named as None). */
export function formatSpecIsStr(rt: Runtime, spec: Ref): boolean {
  if (kindOf(rt, spec) === Kind.STR) return true;
  raiseTypeError(rt, `__format__() argument must be str, not ${spec === rt.None ? 'None' : A.typeNameOf(rt, spec)}`);
  return false;
}

const INTS = [Kind.INT, Kind.BOOL];
const NUMS = [Kind.INT, Kind.BOOL, Kind.FLOAT];
const CNUMS = [...NUMS, Kind.COMPLEX];
const SETS = [Kind.SET, Kind.FROZENSET];
const SIZED = [Kind.STR, Kind.TUPLE, Kind.LIST, Kind.DICT, Kind.SET, Kind.FROZENSET, Kind.RANGE, Kind.DICT_KEYS, Kind.DICT_VALUES, Kind.DICT_ITEMS, Kind.BYTES, Kind.BYTEARRAY];
const ITERS = [Kind.LIST_ITER, Kind.RANGE_ITER, Kind.TUPLE_ITER, Kind.STR_ITER, Kind.DICT_KEYITER, Kind.DICT_VALUEITER, Kind.DICT_ITEMITER, Kind.SET_ITER, Kind.SEQ_ITER, Kind.LIST_REVITER, Kind.ZIP, Kind.ENUMERATE, Kind.MAP, Kind.FILTER,
  Kind.DICT_REVKEYITER, Kind.DICT_REVVALUEITER, Kind.DICT_REVITEMITER, Kind.SEQ_REVITER];
const NOT_OBJECT = [
  Kind.INT, Kind.BOOL, Kind.FLOAT, Kind.STR, Kind.TUPLE, Kind.LIST, Kind.DICT, Kind.SET, Kind.FROZENSET,
  Kind.RANGE, Kind.SLICE, Kind.FUNCTION, Kind.BUILTIN_FUNCTION, Kind.METHOD_DESCRIPTOR, Kind.BOUND_METHOD,
  Kind.TYPE, Kind.DICT_KEYS, Kind.DICT_VALUES, Kind.DICT_ITEMS, Kind.PROPERTY, Kind.MODULE,
  Kind.GENERATOR, Kind.STATICMETHOD, Kind.CLASSMETHOD, Kind.NONE, ...ITERS, Kind.BYTES, Kind.BYTEARRAY, Kind.COMPLEX,
];

/** Kinds that define forward / reflected forms of each NB_* operator (CPython's types). */
function nbKinds(op: number, reflected: boolean): Kind[] {
  const ks: Kind[] = [];
  if (op !== 4) ks.push(...INTS);
  if ([0, 2, 5, 6, 8, 10, 11].includes(op)) ks.push(Kind.FLOAT);
  if ([0, 5, 8, 10, 11].includes(op)) ks.push(Kind.COMPLEX);
  if (op === 0 && !reflected) ks.push(Kind.STR, Kind.LIST, Kind.TUPLE, Kind.BYTES, Kind.BYTEARRAY);
  if (op === 5) ks.push(Kind.STR, Kind.LIST, Kind.TUPLE, Kind.BYTES, Kind.BYTEARRAY);
  if (op === 6) ks.push(Kind.STR, Kind.BYTES, Kind.BYTEARRAY);
  if ([1, 7, 10, 12].includes(op)) ks.push(...SETS, Kind.DICT_KEYS, Kind.DICT_ITEMS);
  if (op === 7) ks.push(Kind.DICT);
  return ks;
}

/** int's slots accept only ints; float's ints and floats (CPython: NotImplemented). */
function operandFits(rt: Runtime, self: Ref, other: Ref): boolean {
  const ks = kindOf(rt, self);
  const ko = kindOf(rt, other);
  if (ks === Kind.INT || ks === Kind.BOOL) return ko === Kind.INT || ko === Kind.BOOL;
  if (ks === Kind.FLOAT) return ko === Kind.INT || ko === Kind.BOOL || ko === Kind.FLOAT;
  if (ks === Kind.COMPLEX) return ko === Kind.INT || ko === Kind.BOOL || ko === Kind.FLOAT || ko === Kind.COMPLEX;
  return true;
}

/**
 * int/float __pow__ and __rpow__ take an optional modulus (CPython's wrap_ternaryfunc and
 * wrap_ternaryfunc_r): `(5).__pow__(2, 3)` is pow(5, 2, 3), `(5).__rpow__(2, 7)` is
 * pow(2, 5, 7). 'binary' when the modulus is absent or None (the binary slot answers).
 */
function ternaryPowSlot(rt: Runtime, args: number, nargs: number, kw: Ref, reflected: boolean): Ref | 'binary' {
  if (hasKeywords(rt, kw)) {
    raiseTypeError(rt, 'wrapper takes no keyword arguments');
    return NULL;
  }
  const n = nargs - 1;
  if (n < 1) return raiseTypeError(rt, ` expected at least 1 argument, got ${n}`);
  if (n > 2) return raiseTypeError(rt, ` expected at most 2 arguments, got ${n}`);
  const m = n === 2 ? rt.i32[args + 2] as Ref : rt.None;
  if (m === rt.None) return 'binary';
  const self = rt.i32[args] as Ref, other = rt.i32[args + 1] as Ref;
  const isI = (v: Ref): boolean => kindOf(rt, v) === Kind.INT || kindOf(rt, v) === Kind.BOOL;
  if (kindOf(rt, self) === Kind.FLOAT) return raiseTypeError(rt, 'pow() 3rd argument not allowed unless all arguments are integers');
  if (kindOf(rt, self) === Kind.COMPLEX) return raiseValueError(rt, 'complex modulo');
  if (!isI(self) || !isI(other) || !isI(m)) return rt.NotImplemented;
  const [a, b] = reflected ? [other, self] : [self, other];
  const r = A.numeric(rt, () => intPowMod(intToBigint(rt, a), intToBigint(rt, b), intToBigint(rt, m)));
  return r === null ? NULL : intFromBigint(rt, r);
}

/**
 * str/list/tuple/bytes' __add__ and __mul__ (__rmul__) are wrappers of sq_concat and sq_repeat
 * in CPython, which raise instead of answering NotImplemented. Other kinds and operators:
 * NotImplemented, as a number slot's wrapper gives.
 */
function seqSlotError(rt: Runtime, self: Ref, other: Ref, nm: string): Ref {
  const k = kindOf(rt, self);
  if (k === Kind.BYTES || k === Kind.BYTEARRAY) {
    const own = k === Kind.BYTES ? 'bytes' : 'bytearray';
    if (nm === 'add') return raiseTypeError(rt, `can't concat ${A.typeNameOf(rt, other)} to ${own}`);
    if (nm === 'mul') return raiseTypeError(rt, `'${A.typeNameOf(rt, other)}' object cannot be interpreted as an integer`);
    return rt.NotImplemented;
  }
  if (k !== Kind.STR && k !== Kind.LIST && k !== Kind.TUPLE) return rt.NotImplemented;
  const own = k === Kind.STR ? 'str' : k === Kind.LIST ? 'list' : 'tuple';
  if (nm === 'add') return raiseTypeError(rt, `can only concatenate ${own} (not "${A.typeNameOf(rt, other)}") to ${own}`);
  if (nm === 'mul') return raiseTypeError(rt, `'${A.typeNameOf(rt, other)}' object cannot be interpreted as an integer`);
  return rt.NotImplemented;
}

/** A sequence whose __mul__/__rmul__ is sq_repeat: CPython's wrap_indexargfunc unpacks
 * its argument with an empty function name (" expected 1 argument, got 2"). */
function isRepeatable(rt: Runtime, v: Ref): boolean {
  const k = kindOf(rt, v);
  return k === Kind.STR || k === Kind.LIST || k === Kind.TUPLE || k === Kind.BYTES || k === Kind.BYTEARRAY;
}

for (let op = 0; op < NB_NAMES.length; op++) {
  const nm = NB_NAMES[op]!;
  slot(`__${nm}__`, nbKinds(op, false), (rt, args, nargs, kw) => {
    if (nm === 'pow') {
      const t = ternaryPowSlot(rt, args, nargs, kw, false);
      if (t !== 'binary') return t;
      nargs = 2;
    }
    if (!arity(rt, nargs, kw, 1, nm === 'mul' && isRepeatable(rt, rt.i32[args] as Ref) ? ' ' : '')) return NULL;
    const a = rt.i32[args] as Ref, b = rt.i32[args + 1] as Ref;
    if (!operandFits(rt, a, b)) return rt.NotImplemented;
    const r = A.builtinBinary(rt, a, b, op, false, kindOf(rt, a), kindOf(rt, b));
    return r === rt.NotImplemented ? seqSlotError(rt, a, b, nm) : r;
  });
  slot(`__r${nm}__`, nbKinds(op, true), (rt, args, nargs, kw) => {
    if (nm === 'pow') {
      const t = ternaryPowSlot(rt, args, nargs, kw, true);
      if (t !== 'binary') return t;
      nargs = 2;
    }
    if (!arity(rt, nargs, kw, 1, nm === 'mul' && isRepeatable(rt, rt.i32[args] as Ref) ? ' ' : '')) return NULL;
    const a = rt.i32[args] as Ref, b = rt.i32[args + 1] as Ref;
    if (!operandFits(rt, a, b)) return rt.NotImplemented;
    const r = A.builtinBinary(rt, b, a, op, false, kindOf(rt, b), kindOf(rt, a));
    return r === rt.NotImplemented && nm === 'mul' ? seqSlotError(rt, a, b, nm) : r;
  });
}

function intIsZero(rt: Runtime, v: Ref): boolean {
  const x = intToNumberOrBig(rt, v);
  return x === 0 || x === 0n;
}

// int's own &, |, ^ (found on int, not bool): int.__and__(True, False) is 0, where bool's
// (the entries above, found on bool) keep two bools a bool
const INT_OWN_BITWISE = new Set(['__and__', '__or__', '__xor__', '__rand__', '__ror__', '__rxor__']);
for (const name of INT_OWN_BITWISE) {
  const reflected = name.startsWith('__r');
  const op = NB_NAMES.indexOf(name.slice(reflected ? 3 : 2, -2));
  slot(`${name}/int`, [Kind.INT], (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 1)) return NULL;
    const a = rt.i32[args] as Ref, b = rt.i32[args + 1] as Ref;
    if (!operandFits(rt, a, b)) return rt.NotImplemented;
    const ka = kindOf(rt, a) === Kind.BOOL ? Kind.INT : kindOf(rt, a);
    const kb = kindOf(rt, b) === Kind.BOOL ? Kind.INT : kindOf(rt, b);
    return reflected ? A.builtinBinary(rt, b, a, op, false, kb, ka) : A.builtinBinary(rt, a, b, op, false, ka, kb);
  });
}

function divmodOf(rt: Runtime, a: Ref, b: Ref): Ref {
  const ka = kindOf(rt, a), kb = kindOf(rt, b);
  // float_divmod's own message (the floor division's would say "float floor division")
  if ((ka === Kind.FLOAT || kb === Kind.FLOAT) && (kb === Kind.FLOAT ? floatValue(rt, b) === 0 : (kb === Kind.INT || kb === Kind.BOOL) && intIsZero(rt, b))) {
    return raiseZeroDivision(rt, 'float divmod()');
  }
  const q = A.builtinBinary(rt, a, b, 2, false, ka, kb);
  if (q === NULL || q === rt.NotImplemented) return q;
  const m = A.builtinBinary(rt, a, b, 6, false, kindOf(rt, a), kindOf(rt, b));
  if (m === NULL) {
    decref(rt, q);
    return NULL;
  }
  const t = tupleFromRefs(rt, [q, m]);
  decref(rt, q);
  decref(rt, m);
  return t;
}

slot('__divmod__', NUMS, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 1)) return NULL;
  const a = rt.i32[args] as Ref, b = rt.i32[args + 1] as Ref;
  return operandFits(rt, a, b) ? divmodOf(rt, a, b) : rt.NotImplemented;
});
slot('__rdivmod__', NUMS, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 1)) return NULL;
  const a = rt.i32[args] as Ref, b = rt.i32[args + 1] as Ref;
  return operandFits(rt, a, b) ? divmodOf(rt, b, a) : rt.NotImplemented;
});

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
for (let op = 0; op < 6; op++) {
  slot(CMP_NAMES[op]!, NOT_OBJECT, (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 1)) return NULL;
    const a = rt.i32[args] as Ref, b = rt.i32[args + 1] as Ref;
    const ka = kindOf(rt, a);
    if (ka === Kind.INT || ka === Kind.BOOL || ka === Kind.FLOAT || ka === Kind.COMPLEX) {
      if (!operandFits(rt, a, b)) return rt.NotImplemented;
      return A.builtinCompare(rt, a, b, op, ka, kindOf(rt, b));
    }
    // other kinds: the generic comparison on the built-in values (their own slots)
    if (op === 2 || op === 3) {
      if (ka !== kindOf(rt, b) && !(SETS.includes(ka) && SETS.includes(kindOf(rt, b)))) return rt.NotImplemented;
    }
    // the base type's own comparison, not richCompare: a subclass's __eq__ calling
    // dict.__eq__(self, other) must not dispatch back to itself
    return A.builtinCompare(rt, a, b, op, ka, kindOf(rt, b));
  });
}

/** v itself (new reference), or for an instance of an int or float subclass its exact value:
 * what the wrappers below compute on, so that `super().__neg__()` inside a subclass's own
 * `__neg__` does not dispatch back to it. */
function exactNumber(rt: Runtime, v: Ref): Ref {
  if (!A.isHeapTypeObj(rt, v)) return newRef(rt, v);
  const k = kindOf(rt, v);
  if (k === Kind.INT || k === Kind.BOOL) return A.exactIntCopy(rt, v);
  if (k === Kind.FLOAT) return A.exactFloatCopy(rt, v);
  return newRef(rt, v);
}

const UNARY: [string, number][] = [['__neg__', 0], ['__pos__', 1], ['__invert__', 2]];
for (const [name, op] of UNARY) {
  slot(name, op === 2 ? INTS : CNUMS, (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 0)) return NULL;
    const x = exactNumber(rt, rt.i32[args] as Ref);
    const r = A.unaryOp(rt, x, op);
    decref(rt, x);
    return r;
  });
}
slot('__abs__', CNUMS, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const v = rt.i32[args] as Ref;
  if (kindOf(rt, v) === Kind.COMPLEX) return complexAbs(rt, v);
  if (kindOf(rt, v) === Kind.FLOAT) return floatNew(rt, Math.abs(floatValue(rt, v)));
  const x = exactNumber(rt, v); // an int subclass's own __lt__ / __neg__ are not asked
  const neg = A.richCompareBool(rt, x, 1 as Ref /* small int 0 */, 0);
  const r = neg < 0 ? NULL : A.unaryOp(rt, x, neg ? 0 : 1);
  decref(rt, x);
  return r;
});
// complex's methods (objects/complex.ts): no type-dict entries, nothing made at bootstrap
slot('conjugate', [Kind.COMPLEX], complexConjugateNative);
slot('__complex__', [Kind.COMPLEX], complexComplexNative);
slot('__getnewargs__', [Kind.COMPLEX], complexGetnewargsNative);
slot('__bool__', [...CNUMS, Kind.NONE, Kind.RANGE], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const x = exactNumber(rt, rt.i32[args] as Ref);
  const b = A.isTrue(rt, x);
  decref(rt, x);
  return b < 0 ? NULL : b ? rt.True : rt.False;
});
slot('__float__', NUMS, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const v = rt.i32[args] as Ref;
  if (kindOf(rt, v) === Kind.FLOAT) return A.exactFloatCopy(rt, v);
  const e = exactNumber(rt, v); // an int subclass's own __float__ is not asked
  const x = A.toFloat(rt, e);
  decref(rt, e);
  return x === null ? NULL : floatNew(rt, x);
});
slot('__int__', NUMS, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const v = rt.i32[args] as Ref;
  if (kindOf(rt, v) === Kind.FLOAT) {
    const x = floatValue(rt, v);
    if (!Number.isFinite(x)) return raiseValueError(rt, 'cannot convert float NaN to integer');
    return intFromNumber(rt, Math.trunc(x));
  }
  const k = kindOf(rt, v);
  if (k === Kind.INT || k === Kind.BOOL) return A.exactIntCopy(rt, v);
  return A.binaryOp(rt, v, 1 as Ref, 0);
});

slot('__len__', SIZED, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const self = rt.i32[args] as Ref;
  const n = A.lengthBuiltin(rt, self);
  // a big range's length, exact above 2**53 (A.lengthObject)
  return n < 0 ? NULL : n > Number.MAX_SAFE_INTEGER ? A.lengthObject(rt, self) : intFromNumber(rt, n);
});
slot('__getitem__', [Kind.STR, Kind.TUPLE, Kind.LIST, Kind.DICT, Kind.RANGE, Kind.BYTES, Kind.BYTEARRAY], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 1)) return NULL;
  return A.getItemBuiltin(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref);
});
slot('__setitem__', [Kind.LIST, Kind.DICT, Kind.BYTEARRAY], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 2)) return NULL;
  return A.setItemBuiltin(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref, rt.i32[args + 2] as Ref) < 0 ? NULL : rt.None;
});
slot('__delitem__', [Kind.LIST, Kind.DICT, Kind.BYTEARRAY], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 1)) return NULL;
  return A.setItemBuiltin(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref, NULL) < 0 ? NULL : rt.None;
});
slot('__contains__', [Kind.STR, Kind.TUPLE, Kind.LIST, Kind.DICT, Kind.SET, Kind.FROZENSET, Kind.RANGE, Kind.DICT_KEYS, Kind.DICT_ITEMS, Kind.BYTES, Kind.BYTEARRAY], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 1)) return NULL;
  const r = A.containsBuiltin(rt, rt.i32[args] as Ref, rt.i32[args + 1] as Ref);
  return r < 0 ? NULL : r ? rt.True : rt.False;
});
// The in-place operators of the mutable containers and __reversed__, for a subclass's
// super().__iadd__(other) / super().__reversed__(): the built-in behaviour on the value
// (never the subclass's own dunders), returning self for the in-place forms.
const INPLACE: [string, number, Kind[]][] = [
  ['__iadd__', 0, [Kind.LIST]], ['__imul__', 5, [Kind.LIST]], ['__ior__', 7, [Kind.DICT, Kind.SET]],
  ['__iand__', 1, [Kind.SET]], ['__isub__', 10, [Kind.SET]], ['__ixor__', 12, [Kind.SET]],
];
for (const [name, op, kinds] of INPLACE) {
  slot(name, kinds, (rt, args, nargs, kw) => {
    if (!arity(rt, nargs, kw, 1, op === 5 ? ' ' : '')) return NULL; // __imul__: wrap_indexargfunc
    const a = rt.i32[args] as Ref, b = rt.i32[args + 1] as Ref;
    if (op === 0) return listExtend(rt, a, b) < 0 ? NULL : newRef(rt, a); // list += any iterable
    const r = A.builtinBinary(rt, a, b, op, true, kindOf(rt, a), kindOf(rt, b));
    return r === rt.NotImplemented && op === 5 ? seqSlotError(rt, a, b, 'mul') : r; // sq_inplace_repeat
  });
}
slot('__reversed__', [Kind.LIST, Kind.DICT, Kind.RANGE], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const v = rt.i32[args] as Ref;
  // the values in the built-in's own order, reversed into a list_reverseiterator
  const it = getIterBuiltin(rt, v, kindOf(rt, v));
  if (it === NULL) return NULL;
  const l = A.listFromIterable(rt, it);
  decref(rt, it);
  if (l === NULL) return NULL;
  const r = iterAlloc(rt, Kind.LIST_REVITER, l);
  rt.i32[(r + IT_INDEX) >> 2] = listSize(rt, l) - 1;
  decref(rt, l);
  return r;
});
slot('__iter__', [...SIZED, ...ITERS, Kind.GENERATOR], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const v = rt.i32[args] as Ref;
  const k = kindOf(rt, v);
  if (ITERS.includes(k) || k === Kind.GENERATOR) return newRef(rt, v);
  const r = getIterBuiltin(rt, v, k);
  if (r === NULL && !errOccurred(rt)) return raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object is not iterable`);
  return r;
});
slot('__next__', ITERS, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const it = rt.i32[args] as Ref;
  const r = A.iterNext(rt, it); // --no-gil: under the step's lock (vm/critical.ts)
  // exhausted (NULL, no error): the method form raises StopIteration, as CPython's wrapper
  if (r === NULL && !errOccurred(rt)) setRaised(rt, exceptionNewNoArgs(rt, rt.exc.StopIteration!));
  return r;
});
const SIZED_ITERS = [Kind.LIST_ITER, Kind.LIST_REVITER, Kind.TUPLE_ITER, Kind.STR_ITER, Kind.RANGE_ITER,
  Kind.DICT_KEYITER, Kind.DICT_VALUEITER, Kind.DICT_ITEMITER, Kind.SET_ITER,
  Kind.DICT_REVKEYITER, Kind.DICT_REVVALUEITER, Kind.DICT_REVITEMITER, Kind.SEQ_REVITER];
slot('__length_hint__', SIZED_ITERS, (rt, args, nargs, kw) => {
  // a plain method in CPython (listiter_len, ...), here with the slot table's lookup
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const it = rt.i32[args] as Ref;
  return intFromNumber(rt, iterLengthHint(rt, it, kindOf(rt, it)) ?? 0);
});
slot('__repr__', NOT_OBJECT, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const v = rt.i32[args] as Ref;
  const s = A.reprBuiltin(rt, v, kindOf(rt, v));
  return s === null ? NULL : strFromJS(rt, s);
});
// int.__repr__ is int's own (long_to_decimal_string), so int.__repr__(True) is '1'; bool's
// __repr__ (the entry above, found on bool) says True/False
slot('__repr__/int', [Kind.INT], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const s = A.reprBuiltin(rt, rt.i32[args] as Ref, Kind.INT);
  return s === null ? NULL : strFromJS(rt, s);
});
slot('__str__', NOT_OBJECT, (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 0)) return NULL;
  const v = rt.i32[args] as Ref;
  if (kindOf(rt, v) === Kind.STR) return A.isHeapTypeObj(rt, v) ? strFromJS(rt, strToJS(rt, v)) : newRef(rt, v); // an exact str
  // int, float, list... have no __str__ of their own in CPython: object.__str__, which is
  // repr(self) (a subclass's own __repr__ included)
  return A.repr(rt, v);
});
slot('__format__', NOT_OBJECT, (rt, args, nargs, kw) => {
  // a METH_O method in CPython, not a wrapper: its messages name the type defining it
  // (int's for bool; object's for the types without a __format__ of their own)
  if (hasKeywords(rt, kw) || nargs !== 2) {
    const k = kindOf(rt, rt.i32[args] as Ref);
    const owner = k === Kind.INT || k === Kind.BOOL ? 'int' : k === Kind.FLOAT ? 'float' : k === Kind.STR ? 'str' : k === Kind.COMPLEX ? 'complex' : 'object';
    return raiseTypeError(rt, nargs !== 2 ? `${owner}.__format__() takes exactly one argument (${nargs - 1} given)` : `${owner}.__format__() takes no keyword arguments`);
  }
  const spec = rt.i32[args + 1] as Ref;
  if (!formatSpecIsStr(rt, spec)) return NULL;
  // by the layout (float.__format__(self, spec) from a subclass's own __format__)
  return A.formatBuiltin(rt, rt.i32[args] as Ref, spec);
});
slot('__get__', [Kind.FUNCTION], (rt, args, nargs, kw) => {
  if (nargs < 2 || nargs > 3) return raiseTypeError(rt, `expected 1 or 2 arguments, got ${nargs - 1}`);
  void kw;
  const f = rt.i32[args] as Ref;
  const obj = rt.i32[args + 1] as Ref;
  if (obj === rt.None) return newRef(rt, f);
  return boundMethodNew(rt, f, obj);
});

// property, staticmethod, classmethod and the method descriptors: `d.__get__(obj, type=None)`
// (CPython's wrap_descr_get: None stands for a missing obj or type, one of them is needed)
const GET_DESCRIPTORS: ReadonlySet<Kind> = new Set([Kind.PROPERTY, Kind.STATICMETHOD, Kind.CLASSMETHOD, Kind.METHOD_DESCRIPTOR, Kind.MEMBER_DESCRIPTOR]);
slot('__get__/descriptor', [...GET_DESCRIPTORS], (rt, args, nargs) => {
  if (nargs < 2 || nargs > 3) return raiseTypeError(rt, `expected 1 or 2 arguments, got ${nargs - 1}`);
  const obj = rt.i32[args + 1] === rt.None ? NULL : rt.i32[args + 1] as Ref;
  let type = nargs > 2 && rt.i32[args + 2] !== rt.None ? rt.i32[args + 2] as Ref : NULL;
  if (obj === NULL && type === NULL) return raiseTypeError(rt, '__get__(None, None) is invalid');
  if (type === NULL) type = typeOf(rt, obj);
  const d = rt.i32[args] as Ref;
  if (obj !== NULL && kindOf(rt, d) === Kind.METHOD_DESCRIPTOR && !isSubtype(rt, typeOf(rt, obj), rt.i32[(d + MD_TYPE) >> 2] as Ref)) {
    return raiseTypeError(rt, `descriptor '${strToJS(rt, rt.i32[(d + MD_NAME) >> 2] as Ref)}' for '${typeName(rt, rt.i32[(d + MD_TYPE) >> 2] as Ref)}' objects doesn't apply to a '${A.typeNameOf(rt, obj)}' object`);
  }
  // property's own __get__, also when a subclass overriding it calls super().__get__
  if (kindOf(rt, d) === Kind.PROPERTY) return A.propertyGet(rt, d, obj, type);
  return A.bindDescriptor(rt, d, obj, type);
});
slot('__set__', [Kind.PROPERTY, Kind.MEMBER_DESCRIPTOR], (rt, args, nargs, kw) => {
  // CPython's wrap_descr_set unpacks with an empty function name: " expected 2 arguments"
  if (kw === NULL && nargs !== 3) return raiseTypeError(rt, ` expected 2 arguments, got ${nargs - 1}`);
  if (!arity(rt, nargs, kw, 2)) return NULL;
  const p = rt.i32[args] as Ref;
  if (kindOf(rt, p) === Kind.MEMBER_DESCRIPTOR) return memberSet(rt, p, rt.i32[args + 1] as Ref, rt.i32[args + 2] as Ref) < 0 ? NULL : newRef(rt, rt.None);
  const f = rt.i32[(p + PR_SET) >> 2] as Ref;
  if (f === 0 || f === rt.None) return propertyMissing(rt, p, rt.i32[args + 1] as Ref, 'setter');
  const w = [rt.i32[args + 1] as Ref, rt.i32[args + 2] as Ref];
  const r = call2(rt, f, w[0]!, w[1]!);
  if (r === NULL) return NULL;
  decref(rt, r);
  return rt.None;
});
/** CPython 3.11's property_descr_set message for a missing setter or deleter, with the
 * property's name (its getter's __name__ here: gilvm keeps no prop_name) and the qualified
 * name of obj's type. NULL, AttributeError set. */
function propertyMissing(rt: Runtime, p: Ref, obj: Ref, what: 'setter' | 'deleter'): Ref {
  const qualname = typeQualname(rt, typeOf(rt, obj));
  const fget = rt.i32[(p + PR_GET) >> 2] as Ref;
  let propName: string | null = null;
  if (fget !== NULL && fget !== rt.None) {
    const n = A.getAttrOptional(rt, fget, rt.names.__name__);
    if (n !== NULL) {
      if (kindOf(rt, n) === Kind.STR) propName = strToJS(rt, n);
      decref(rt, n);
    } else if (errOccurred(rt)) return NULL;
  }
  return raiseAttributeError(rt, propName !== null ? `property '${propName}' of '${qualname}' object has no ${what}` : `property of '${qualname}' object has no ${what}`);
}

// `f.__call__(...)`, `len.__call__(x)`, `int.__call__('5')`: the callable kinds' tp_call
// (hasattr(x, '__call__') is the old spelling of callable(x))
slot('__call__', [Kind.FUNCTION, Kind.BOUND_METHOD, Kind.BUILTIN_FUNCTION, Kind.METHOD_DESCRIPTOR, Kind.TYPE, Kind.STATICMETHOD], (rt, args, nargs, kw) => {
  return callVector(rt, rt.i32[args] as Ref, args + 1, nargs - 1, kw);
});

// property's and a __slots__ member's (objects/member.ts) deletion: one SLOTS entry per name
slot('__delete__', [Kind.PROPERTY, Kind.MEMBER_DESCRIPTOR], (rt, args, nargs, kw) => {
  if (!arity(rt, nargs, kw, 1)) return NULL;
  const p = rt.i32[args] as Ref;
  if (kindOf(rt, p) === Kind.MEMBER_DESCRIPTOR) return memberSet(rt, p, rt.i32[args + 1] as Ref, NULL) < 0 ? NULL : newRef(rt, rt.None);
  const f = rt.i32[(p + PR_DEL) >> 2] as Ref;
  if (f === 0 || f === rt.None) return propertyMissing(rt, p, rt.i32[args + 1] as Ref, 'deleter');
  const r = call1(rt, f, rt.i32[args + 1] as Ref);
  if (r === NULL) return NULL;
  decref(rt, r);
  return rt.None;
});
// property.__init__(fget=None, fset=None, fdel=None, doc=None): what a subclass's
// super().__init__(...) runs (a subclass instance is made empty, as a list's). As CPython
// 3.11's property_init, a subclass instance whose doc comes from fget.__doc__ also gets it
// as its own __dict__['__doc__'] (else the class's __doc__ would shadow it); an explicit
// doc stays in the property (and, read through such a subclass, shadowed: 3.11 does so).
slot('__init__/property', [Kind.PROPERTY], (rt, args, nargs, kw) => {
  const self = rt.i32[args] as Ref;
  const ctor = rt.i32[(rt.kindTypes[Kind.PROPERTY]! + TP_NEW_NATIVE) >> 2]!;
  const fresh = NATIVE_TABLE[ctor]!.fn(rt, args + 1, nargs - 1, kw);
  if (fresh === NULL) return NULL;
  for (const off of [PR_GET, PR_SET, PR_DEL, PR_DOC]) {
    const v = rt.i32[(fresh + off) >> 2] as Ref;
    if (v !== NULL) incref(rt, v);
    const old = rt.i32[(self + off) >> 2] as Ref;
    rt.i32[(self + off) >> 2] = v;
    if (old !== NULL) decref(rt, old);
  }
  decref(rt, fresh);
  const fget = rt.i32[(self + PR_GET) >> 2] as Ref;
  if (A.isHeapTypeObj(rt, self) && rt.i32[(self + PR_DOC) >> 2] === NULL && fget !== NULL && fget !== rt.None) {
    const doc = A.getAttrOptional(rt, fget, rt.names.__doc__);
    if (doc === NULL) return errOccurred(rt) ? NULL : rt.None;
    const r = doc === rt.None ? 0 : A.setAttr(rt, self, rt.names.__doc__, doc);
    decref(rt, doc);
    if (r < 0) return NULL;
  }
  return rt.None;
});


/** `self.__init__(*args, **kw)` of list and set: builds a fresh value with the type's
 * constructor and moves its contents into self (CPython re-initialises in place). A dict's
 * is CPython's dict_init instead: dict.update on self, which keeps what self holds
 * (`d.__init__(b=2)` adds b) and keeps the pairs stored before a bad element. */
function initFromConstructor(kind: Kind): NativeFn {
  return (rt, args, nargs, kw) => {
    const self = rt.i32[args] as Ref;
    if (kind === Kind.DICT) {
      const npos = nargs - 1 - (kw === NULL ? 0 : rt.i32[(kw >> 2) + 4]!);
      if (npos > 1) return raiseTypeError(rt, `dict expected at most 1 argument, got ${npos}`);
      const update = dictGetStr(rt, rt.i32[(rt.tDict + TP_DICT) >> 2] as Ref, A.internName(rt, 'update'));
      return NATIVE_TABLE[rt.i32[(update + MD_INDEX) >> 2]!]!.fn(rt, args, nargs, kw);
    }
    const ctor = rt.i32[(rt.kindTypes[kind]! + TP_NEW_NATIVE) >> 2]!;
    const fresh = NATIVE_TABLE[ctor]!.fn(rt, args + 1, nargs - 1, kw);
    if (fresh === NULL) return NULL;
    let rc = 0;
    if (kind === Kind.LIST) {
      listClear(rt, self);
      if (listSize(rt, fresh) > 0) rc = listExtend(rt, self, fresh);
    } else {
      rc = setTakeBody(rt, self, fresh); // CPython's set_init: its table too (objects/setops.ts)
    }
    decref(rt, fresh);
    return rc < 0 ? NULL : rt.None;
  };
}
slot('__init__', [Kind.LIST], initFromConstructor(Kind.LIST));
slot('__init__/dict', [Kind.DICT], initFromConstructor(Kind.DICT));
slot('__init__/set', [Kind.SET], initFromConstructor(Kind.SET));

// dict.fromkeys(iterable, value=None): a class method, so a subclass gets a subclass
SLOTS.set('fromkeys', {
  index: defineNative('fromkeys', (rt, args, nargs, kw) => {
    if (hasKeywords(rt, kw)) return raiseTypeError(rt, 'dict.fromkeys() takes no keyword arguments');
    if (nargs < 2 || nargs > 3) {
      return raiseTypeError(rt, nargs < 2 ? `fromkeys expected at least 1 argument, got ${nargs - 1}` : `fromkeys expected at most 2 arguments, got ${nargs - 1}`);
    }
    const cls = rt.i32[args] as Ref;
    const value = nargs > 2 ? rt.i32[args + 2] as Ref : rt.None;
    const d = callVector(rt, cls, 0, 0, NULL);
    if (d === NULL) return NULL;
    const src = rt.i32[args + 1] as Ref;
    const srcType = (src & 1) === 0 ? typeOf(rt, src) : NULL;
    if (typeOf(rt, d) === rt.tDict && (srcType === rt.tDict || srcType === rt.tSet || srcType === rt.tFrozenset)) {
      // CPython's dict_fromkeys for an exact dict from an exact dict or set: the keys'
      // stored hashes (no __hash__ call), in the source's iteration order
      if (srcType !== rt.tDict) setCanonicalOrder(rt, src);
      for (let ix = dictNextEntry(rt, src, 0); ix >= 0; ix = dictNextEntry(rt, src, ix + 1)) {
        if (dictSetItemHashed(rt, d, dictEntryKey(rt, src, ix), dictEntryHash(rt, src, ix), value) < 0) {
          decref(rt, d);
          return NULL;
        }
      }
      return d;
    }
    const it = A.getIter(rt, src);
    if (it === NULL) {
      decref(rt, d);
      return NULL;
    }
    for (;;) {
      const k = A.iterNext(rt, it);
      if (k === NULL) break;
      const r = A.setItem(rt, d, k, value);
      decref(rt, k);
      if (r < 0) break;
    }
    decref(rt, it);
    if (errOccurred(rt)) {
      decref(rt, d);
      return NULL;
    }
    return d;
  }),
  kinds: new Set([Kind.DICT]),
  classMethod: true,
});

// str.maketrans(x[, y[, z]]): a static method; the table str.translate reads
SLOTS.set('maketrans', {
  index: defineNative('maketrans', (rt, args, nargs, kw) => {
    if (hasKeywords(rt, kw)) return raiseTypeError(rt, 'maketrans() takes no keyword arguments');
    if (nargs < 1) return raiseTypeError(rt, `maketrans expected at least 1 argument, got ${nargs}`);
    if (nargs > 3) return raiseTypeError(rt, `maketrans expected at most 3 arguments, got ${nargs}`);
    // Argument Clinic order: y and z are converted (must be str) before x is looked at
    for (let i = 1; i < nargs; i++) {
      const a = rt.i32[args + i] as Ref;
      if (kindOf(rt, a) !== Kind.STR) return raiseTypeError(rt, `maketrans() argument ${i + 1} must be str, not ${A.argTypeName(rt, a)}`);
    }
    const x = rt.i32[args] as Ref;
    const d = dictNew(rt);
    const put = (k: Ref, v: Ref): boolean => {
      const r = A.setItem(rt, d, k, v);
      decref(rt, k);
      return r >= 0;
    };
    if (nargs === 1) {
      if (kindOf(rt, x) !== Kind.DICT) {
        decref(rt, d);
        return raiseTypeError(rt, 'if you give only one argument to maketrans it must be a dict');
      }
      for (let ix = dictNextEntry(rt, x, 0); ix >= 0; ix = dictNextEntry(rt, x, ix + 1)) {
        const k = dictEntryKey(rt, x, ix);
        const v = dictEntryValue(rt, x, ix);
        let key: Ref;
        if (kindOf(rt, k) === Kind.STR) {
          const ks = strToJS(rt, k);
          if ([...ks].length !== 1) {
            decref(rt, d);
            return raiseValueError(rt, 'string keys in translate table must be of length 1');
          }
          key = intFromNumber(rt, ks.codePointAt(0)!);
        } else if (kindOf(rt, k) === Kind.INT || kindOf(rt, k) === Kind.BOOL) key = newRef(rt, k);
        else {
          decref(rt, d);
          return raiseTypeError(rt, 'keys in translate table must be strings or integers');
        }
        if (!put(key, v)) { decref(rt, d); return NULL; }
      }
      return d;
    }
    const y = rt.i32[args + 1] as Ref;
    if (kindOf(rt, x) !== Kind.STR) {
      decref(rt, d);
      return raiseTypeError(rt, 'first maketrans argument must be a string if there is a second argument');
    }
    const xs = [...strToJS(rt, x)], ys = [...strToJS(rt, y)];
    if (xs.length !== ys.length) {
      decref(rt, d);
      return raiseValueError(rt, 'the first two maketrans arguments must have equal length');
    }
    for (let i = 0; i < xs.length; i++) {
      const v = intFromNumber(rt, ys[i]!.codePointAt(0)!);
      const ok = put(intFromNumber(rt, xs[i]!.codePointAt(0)!), v);
      decref(rt, v);
      if (!ok) { decref(rt, d); return NULL; }
    }
    if (nargs === 3) {
      const z = rt.i32[args + 2] as Ref;
      for (const c of strToJS(rt, z)) if (!put(intFromNumber(rt, c.codePointAt(0)!), rt.None)) { decref(rt, d); return NULL; }
    }
    return d;
  }),
  kinds: new Set([Kind.STR]),
  staticMethod: true,
});

// T.__new__(cls, *args): the built-in constructor, then the value retyped as cls. Bound to
// T (its __self__, builtinSlotAttr), which arrives first: CPython's tp_new_wrapper checks
// that cls is a type, a subtype of T, and one whose nearest built-in constructor is T's.
SLOTS.set('__new__', {
  index: defineNative('__new__', (rt, args, nargs, kw) => {
    const owner = rt.i32[args] as Ref;
    const ownerName = typeName(rt, owner);
    if (nargs < 2) return raiseTypeError(rt, `${ownerName}.__new__(): not enough arguments`);
    const cls = rt.i32[args + 1] as Ref;
    if (kindOf(rt, cls) !== Kind.TYPE) return raiseTypeError(rt, `${ownerName}.__new__(X): X is not a type object (${A.typeNameOf(rt, cls)})`);
    const clsName = typeName(rt, cls);
    if (!isSubtype(rt, cls, owner)) return raiseTypeError(rt, `${ownerName}.__new__(${clsName}): ${clsName} is not a subtype of ${ownerName}`);
    // the nearest class up cls's bases without a __new__ of its own in Python: its
    // constructor is its built-in layout's, which must be T's (int.__new__(bool) is not)
    let base = cls;
    while ((rt.i32[(base + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0 && dictGetStr(rt, rt.i32[(base + TP_DICT) >> 2] as Ref, rt.names.__new__) !== NULL) {
      base = rt.i32[(base + TP_BASE) >> 2] as Ref;
    }
    const kind = rt.i32[(cls + TP_KIND) >> 2] as Kind;
    if (rt.kindTypes[rt.i32[(base + TP_KIND) >> 2] as Kind] !== owner) {
      return raiseTypeError(rt, `${ownerName}.__new__(${clsName}) is not safe, use ${typeName(rt, base)}.__new__()`);
    }
    const ctor = rt.i32[(rt.kindTypes[kind]! + TP_NEW_NATIVE) >> 2]!;
    if (ctor < 0) return raiseTypeError(rt, `cannot create '${A.typeNameOf(rt, cls)}' instances`);
    const mutable = kind === Kind.LIST || kind === Kind.DICT || kind === Kind.SET;
    const v = NATIVE_TABLE[ctor]!.fn(rt, args + 2, mutable ? 0 : nargs - 2, mutable ? NULL : kw);
    if (v === NULL) return NULL;
    return retypeBuiltin(rt, v, cls);
  }),
  kinds: new Set([Kind.INT, Kind.BOOL, Kind.FLOAT, Kind.STR, Kind.TUPLE, Kind.LIST, Kind.DICT, Kind.SET, Kind.FROZENSET, Kind.COMPLEX]),
  staticMethod: true,
});

// float.fromhex(s): a class method
SLOTS.set('fromhex', {
  index: defineNative('fromhex', (rt, args, nargs, kw) => {
    // METH_O: CPython's messages for a keyword, a wrong count, and a non-str (PyErr_BadArgument)
    if (hasKeywords(rt, kw)) return raiseTypeError(rt, 'float.fromhex() takes no keyword arguments');
    if (nargs !== 2) return raiseTypeError(rt, `float.fromhex() takes exactly one argument (${nargs - 1} given)`);
    const a = rt.i32[args + 1] as Ref;
    if (kindOf(rt, a) !== Kind.STR) return raiseTypeError(rt, 'bad argument type for built-in operation');
    const x = floatFromHex(strToJS(rt, a));
    if (x === null) return raiseValueError(rt, 'invalid hexadecimal floating-point string');
    if (!Number.isFinite(x) && x === x && !/^\s*[+-]?(inf|infinity)\s*$/i.test(strToJS(rt, a))) {
      return raiseOverflow(rt, 'hexadecimal value too large to represent as a float');
    }
    const f = floatNew(rt, x);
    // a subclass's fromhex is cls(the float), as CPython's float_fromhex
    const cls = rt.i32[args] as Ref;
    if (cls === rt.tFloat || kindOf(rt, cls) !== Kind.TYPE) return f;
    const r = call1(rt, cls, f);
    decref(rt, f);
    return r;
  }),
  kinds: new Set([Kind.FLOAT]),
  classMethod: true,
});

/** float.fromhex's parser: [sign] [0x] hex digits [. hex digits] [p exponent], or inf/nan. */
function floatFromHex(text: string): number | null {
  const s = text.trim().toLowerCase();
  const m = /^([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/.exec(s);
  if (m === null) return null;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2] !== undefined) return m[2] === 'nan' ? NaN : sign * Infinity;
  const ip = m[3] ?? '', fp = m[4] ?? '';
  if (ip === '' && fp === '') return null;
  const mant = BigInt('0x' + (ip + fp || '0'));
  if (mant === 0n) return sign * 0;
  const exp = Number(m[5] ?? '0') - 4 * fp.length;
  return sign * roundBinary(mant, exp);
}

/**
 * mant * 2**exp (mant > 0) rounded once, half to even, to a double: 53 bits for normal
 * results, fewer for subnormal ones. Infinity when it overflows (fromhex raises then).
 */
function roundBinary(mant: bigint, exp: number): number {
  const bits = mant.toString(2).length;
  const top = bits - 1 + exp; // exponent of the leading bit
  if (top > 1023) return Infinity;
  const precision = top >= -1022 ? 53 : Math.max(0, 53 - (-1022 - top));
  let shift = bits - precision; // bits to drop
  let m = mant;
  if (shift > 0) {
    const half = 1n << BigInt(shift - 1);
    const rest = m & ((1n << BigInt(shift)) - 1n);
    m >>= BigInt(shift);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  } else {
    shift = 0;
  }
  // m has at most 54 bits: exact as a double; scale in two steps to avoid under/overflow
  const e = exp + shift;
  const half1 = Math.trunc(e / 2);
  const r = Number(m) * Math.pow(2, half1) * Math.pow(2, e - half1);
  return r;
}

/** The slot entry for `name` on a value of layout kind `kind`, or undefined. */
function findSlot(kind: Kind, name: string): SlotEntry | undefined {
  if (name === '__init__') {
    if (kind === Kind.DICT) return SLOTS.get('__init__/dict');
    if (kind === Kind.SET) return SLOTS.get('__init__/set');
    if (kind === Kind.PROPERTY) return SLOTS.get('__init__/property');
  }
  if (name === '__get__' && GET_DESCRIPTORS.has(kind)) return SLOTS.get('__get__/descriptor');
  if (kind === Kind.INT && (name === '__repr__' || INT_OWN_BITWISE.has(name))) return SLOTS.get(`${name}/int`);
  const e = SLOTS.get(name);
  return e !== undefined && e.kinds.has(kind) ? e : undefined;
}

/** True if the built-in type of layout `kind` has a slot wrapper called `name`. */
export function hasBuiltinSlot(rt: Runtime, kind: Kind, name: Ref): boolean {
  return findSlot(kind, strToJS(rt, name)) !== undefined;
}

/** The built-in types that define __str__, __format__ and __hash__ in their own dicts in
 * CPython (the __str__ and __format__ wrappers above serve every kind, as object's do). */
const OWN_STR = new Set([Kind.STR, Kind.BYTES]);
const OWN_FORMAT = new Set([Kind.INT, Kind.BOOL, Kind.FLOAT, Kind.STR, Kind.COMPLEX]);
const OWN_HASH = new Set([Kind.INT, Kind.BOOL, Kind.FLOAT, Kind.STR, Kind.TUPLE, Kind.FROZENSET, Kind.BYTES, Kind.COMPLEX, Kind.RANGE]);

// Whether a lookup along an MRO ends at this built-in base (type.ts typeLookupEntry): for
// `class C(float, Mixin)`, float's own __hash__ and __format__ win over the mixin's, its
// __str__ (object's, not float's) does not
BUILTIN_SLOT_HOOK.defines = (rt, kind, name) => {
  if (kind === Kind.OBJECT || kind === Kind.BASE_EXCEPTION) return false;
  if (name === rt.names.__str__) return OWN_STR.has(kind);
  if (name === rt.names.__format__) return OWN_FORMAT.has(kind);
  if (name === rt.names.__hash__ && OWN_HASH.has(kind)) return true;
  return hasBuiltinSlot(rt, kind, name);
};

/**
 * The slot wrapper `name` of the built-in base (layout `kind`) of type t: unbound (a method
 * descriptor) when obj is NULL, else bound to obj; a class method binds to obj's type, or
 * to `cls` (the class it was looked up on). New reference, or NULL with NO exception
 * when that built-in type has no such slot.
 */
export function builtinSlotAttr(rt: Runtime, kind: Kind, name: Ref, obj: Ref, cls: Ref = NULL): Ref {
  if (kind === Kind.OBJECT || kind === Kind.BASE_EXCEPTION) return NULL;
  const nm = strToJS(rt, name);
  const e = findSlot(kind, nm);
  if (e === undefined) return NULL;
  // the alias types of vm/interp.ts (wrapper_descriptor, method-wrapper, callable_iterator
  // ...: built-in, not the kind's own type, of that kind) share their kind's slots: they
  // own the wrappers found on them, so a wrapper accepts its own instances
  const seen = obj !== NULL ? typeOf(rt, obj) : cls;
  const kindType = rt.kindTypes[kind]!;
  const owner = seen !== NULL && seen !== kindType && (rt.i32[(seen + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0 && rt.i32[(seen + TP_KIND) >> 2] === kind ? seen : kindType;
  // __new__ is bound to its built-in type (its __self__: the wrapper checks cls against it)
  if (e.staticMethod === true) return builtinFunctionNew(rt, e.index, name, nm === '__new__' ? rt.kindTypes[kind]! : NULL);
  if (e.classMethod === true) {
    const target = obj !== NULL ? typeOf(rt, obj) : cls !== NULL ? cls : owner;
    const f = builtinFunctionNew(rt, e.index, name, NULL);
    const bm = builtinMethodBind(rt, f, target);
    decref(rt, f);
    return bm;
  }
  const md = methodDescriptorNew(rt, e.index, name, owner);
  if (obj === NULL) return md;
  const bm = A.bindMethodDescriptor(rt, md, obj);
  decref(rt, md);
  return bm;
}

void incref;
void typeOf;
