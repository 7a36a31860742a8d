/*
 * Callables that wrap others, and descriptors:
 *
 *   bound method       16 BM_FUNC  20 BM_SELF                           24 bytes
 *   builtin function   16 BF_INDEX (native table)  20 BF_NAME (str)  24 BF_SELF (0, or the
 *                      object it is bound to)  28 BF_OWNER (the type whose method it is,
 *                      borrowed as MD_TYPE is; 0 if none)                32 bytes
 *   method descriptor  16 MD_INDEX  20 MD_NAME  24 MD_TYPE (the owner type, borrowed:
 *                      built-in types are immortal)                     32 bytes
 *   staticmethod / classmethod   16 SM_FUNC                            24 bytes
 *   property           16 PR_GET  20 PR_SET  24 PR_DEL  28 PR_DOC        32 bytes
 *   module             16 MOD_DICT  20 MOD_NAME                          24 bytes
 *
 * A module's function (len, math.sqrt) has its module as BF_SELF (CPython's m_self: its
 * __self__, and the name behind __module__); calls never pass a module __self__ on.
 * A built-in method bound to an object is, as in CPython, a `builtin_function_or_method`
 * with a __self__ (`[].append`, `dict.fromkeys`): builtinMethodBind makes one from a method
 * descriptor, or from a native class method and its class. Calling it passes BF_SELF as the
 * first argument (vm/call.ts). Bound slot wrappers (`(1).__add__`, CPython's method-wrapper)
 * stay bound methods around the descriptor.
 *
 * Slot wrappers: a method descriptor for one of the dunders CPython's built-in types
 * implement as type slots (`int.__add__`, `object.__init__`) is a wrapper_descriptor there,
 * and bound (`(1).__add__`) a method-wrapper. Here they keep the METHOD_DESCRIPTOR and
 * BOUND_METHOD layouts and kinds (every call and attribute path is the same) but have those
 * two types (rt.tWrapperDescriptor, rt.tMethodWrapper), so type() and repr() tell them apart.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { dictSetItem } from './dict.js';
import { kindOf, newObject } from './object.js';
import { Kind } from './kinds.js';
import { strLen, strToJS, strUnits } from './str.js';

export const BM_FUNC = 16;
export const BM_SELF = 20;
export const BM_SIZE = 24;
export const BF_INDEX = 16;
export const BF_NAME = 20;
export const BF_SELF = 24;
export const BF_OWNER = 28;
export const BF_SIZE = 32;
export const MD_INDEX = 16;
export const MD_NAME = 20;
export const MD_TYPE = 24;
export const MD_SIZE = 32;
export const SM_FUNC = 16;
export const SM_SIZE = 24;
export const PR_GET = 16;
export const PR_SET = 20;
export const PR_DEL = 24;
export const PR_DOC = 28;
export const PR_SIZE = 32;
export const MOD_DICT = 16;
export const MOD_NAME = 20;
export const MOD_SIZE = 24;

/** The dunders CPython's built-in types implement as type slots: their descriptors are
 * `slot wrapper`s (wrapper_descriptor), except the few a type also lists as methods. */
const SLOT_WRAPPER_NAMES: ReadonlySet<string> = new Set([
  '__abs__', '__add__', '__and__', '__bool__', '__call__', '__contains__', '__delattr__', '__delete__',
  '__delitem__', '__divmod__', '__eq__', '__float__', '__floordiv__', '__ge__', '__get__', '__getattribute__',
  '__getitem__', '__gt__', '__hash__', '__iadd__', '__iand__', '__imul__', '__index__', '__init__', '__int__',
  '__invert__', '__ior__', '__isub__', '__iter__', '__ixor__', '__le__', '__len__', '__lshift__', '__lt__',
  '__mod__', '__mul__', '__ne__', '__neg__', '__next__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__',
  '__rdivmod__', '__repr__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__rpow__',
  '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__set__', '__setattr__', '__setitem__',
  '__str__', '__sub__', '__truediv__', '__xor__', '__del__', '__imod__', '__ipow__', '__ilshift__',
  '__irshift__', '__ifloordiv__', '__itruediv__',
]);
/** Slot names some built-in types list as plain methods too (CPython's `dict.__getitem__`). */
const SLOT_NAMES_AS_METHODS: ReadonlyMap<string, readonly Kind[]> = new Map([
  ['__contains__', [Kind.DICT, Kind.SET, Kind.FROZENSET]],
  ['__getitem__', [Kind.DICT, Kind.LIST]],
]);

/** True if a method `name` (a str) of built-in type `owner` is one of CPython's type slots. */
function isSlotWrapperName(rt: Runtime, name: Ref, owner: Ref): boolean {
  // every slot name is a dunder: a plain method (`lst.append`) is told by its first unit,
  // without decoding the name
  if (strLen(rt, name) < 5 || rt.u16[strUnits(name)] !== 0x5f) return false;
  const js = strToJS(rt, name);
  if (!SLOT_WRAPPER_NAMES.has(js)) return false;
  const methodOf = SLOT_NAMES_AS_METHODS.get(js);
  return methodOf === undefined || !methodOf.some((k) => rt.kindTypes[k] === owner);
}

/** True if method descriptor d stands for one of CPython's type slots (a wrapper_descriptor:
 * `object.__init__`, `int.__add__`) rather than a plain method (`list.append`). */
export function isSlotWrapper(rt: Runtime, d: Ref): boolean {
  return rt.i32[d >> 2] === rt.tWrapperDescriptor;
}

/** func and self borrowed. New reference. A slot wrapper bound is a method-wrapper. */
export function boundMethodNew(rt: Runtime, func: Ref, self: Ref): Ref {
  const wrapper = (func & 1) === 0 && rt.i32[func >> 2] === rt.tWrapperDescriptor;
  const m = newObject(rt, wrapper ? rt.tMethodWrapper : rt.kindTypes[Kind.BOUND_METHOD]!, BM_SIZE);
  incref(rt, func);
  incref(rt, self);
  rt.i32[(m + BM_FUNC) >> 2] = func;
  rt.i32[(m + BM_SELF) >> 2] = self;
  return m;
}

/** A builtin function object for native `index`, named by interned str `name`. */
export function builtinFunctionNew(rt: Runtime, index: number, name: Ref, self: Ref): Ref {
  const f = newObject(rt, rt.kindTypes[Kind.BUILTIN_FUNCTION]!, BF_SIZE);
  rt.i32[(f + BF_INDEX) >> 2] = index;
  incref(rt, name);
  rt.i32[(f + BF_NAME) >> 2] = name;
  incref(rt, self);
  rt.i32[(f + BF_SELF) >> 2] = self;
  rt.i32[(f + BF_OWNER) >> 2] = 0;
  return f;
}

/** True for a module's function (len, math.sqrt): no __self__, or a module as __self__. */
export function isModuleFunction(rt: Runtime, f: Ref): boolean {
  const self = rt.i32[(f + BF_SELF) >> 2]!;
  return self === 0 || kindOf(rt, self) === Kind.MODULE;
}

/**
 * The built-in method `native` (a method descriptor, or a builtin function used as a class
 * method) bound to `self`: a builtin function with BF_SELF. Both borrowed; new reference.
 */
export function builtinMethodBind(rt: Runtime, native: Ref, self: Ref): Ref {
  const i32 = rt.i32;
  const isDescr = kindOf(rt, native) === Kind.METHOD_DESCRIPTOR;
  const f = builtinFunctionNew(rt, i32[(native + (isDescr ? MD_INDEX : BF_INDEX)) >> 2]!, i32[(native + (isDescr ? MD_NAME : BF_NAME)) >> 2] as Ref, self);
  i32[(f + BF_OWNER) >> 2] = isDescr ? i32[(native + MD_TYPE) >> 2]! : i32[(native + BF_OWNER) >> 2]!;
  return f;
}

/** A method descriptor (a wrapper_descriptor for a type slot's name). `owner` borrowed. */
export function methodDescriptorNew(rt: Runtime, index: number, name: Ref, owner: Ref): Ref {
  const slot = rt.tWrapperDescriptor !== 0 && isSlotWrapperName(rt, name, owner);
  const f = newObject(rt, slot ? rt.tWrapperDescriptor : rt.kindTypes[Kind.METHOD_DESCRIPTOR]!, MD_SIZE);
  rt.i32[(f + MD_INDEX) >> 2] = index;
  incref(rt, name);
  rt.i32[(f + MD_NAME) >> 2] = name;
  rt.i32[(f + MD_TYPE) >> 2] = owner;
  return f;
}

export function moduleNew(rt: Runtime, name: Ref, dict: Ref): Ref {
  const m = newObject(rt, rt.kindTypes[Kind.MODULE]!, MOD_SIZE);
  incref(rt, dict);
  incref(rt, name);
  rt.i32[(m + MOD_DICT) >> 2] = dict;
  rt.i32[(m + MOD_NAME) >> 2] = name;
  return m;
}

/**
 * Stores the method descriptor f (a reference the caller gives up) in a native type's dict
 * d under nm, immortal as the type: as itself, or, when `asProperty`, as the getter of a
 * read-only property (an attribute CPython computes, as Semaphore._value or a stream's
 * closed). Used by the native classes made at start-up (modules/thread.ts, modules/sys.ts).
 */
export function storeNativeMethod(rt: Runtime, d: Ref, nm: Ref, f: Ref, asProperty: boolean): void {
  rt.rc.makeImmortal(f);
  if (asProperty) {
    const prop = newObject(rt, rt.kindTypes[Kind.PROPERTY]!, PR_SIZE);
    rt.i32[(prop + PR_GET) >> 2] = f;
    incref(rt, f);
    rt.rc.makeImmortal(prop);
    dictSetItem(rt, d, nm, prop);
    decref(rt, prop);
  } else dictSetItem(rt, d, nm, f);
  decref(rt, f);
}
