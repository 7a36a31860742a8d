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
 * A built-in method bound to an object is, as in CPython, a `builtin_function_or_method`
 * with a __self__ (`[].append`, `dict.fromkeys`): builtinMethodBind makes one from a method
 * descriptor, or from a native class method and its class. Calling it passes BF_SELF as the
 * first argument (vm/call.ts). Bound slot wrappers (`(1).__add__`, CPython's method-wrapper)
 * stay bound methods around the descriptor.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref } from '../vm/refs.js';
import { kindOf, newObject } from './object.js';
import { Kind } from './kinds.js';

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

/** func and self borrowed. New reference. */
export function boundMethodNew(rt: Runtime, func: Ref, self: Ref): Ref {
  const m = newObject(rt, rt.kindTypes[Kind.BOUND_METHOD]!, BM_SIZE);
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

export function methodDescriptorNew(rt: Runtime, index: number, name: Ref, owner: Ref): Ref {
  const f = newObject(rt, rt.kindTypes[Kind.METHOD_DESCRIPTOR]!, MD_SIZE);
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
