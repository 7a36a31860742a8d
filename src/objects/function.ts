/*
 * function (Python functions) and cell.
 *
 *   function  16 FN_CODE  20 FN_GLOBALS  24 FN_BUILTINS  28 FN_NAME  32 FN_QUALNAME
 *             36 FN_DEFAULTS (tuple|0)  40 FN_KWDEFAULTS (dict|0)  44 FN_CLOSURE (tuple|0)
 *             48 FN_DICT (dict|0)  52 FN_MODULE (str|0)  56 FN_DOC  60 FN_ANNOTATIONS
 *             64 bytes. All owned references (code is immortal).
 *   cell      16 CELL_REF (owned, 0 = empty)   24 bytes
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref } from '../vm/refs.js';
import { newObject } from './object.js';
import { CO_NAME, CO_QUALNAME } from './code.js';
import { dictGetStr } from './dict.js';

export const FN_CODE = 16;
export const FN_GLOBALS = 20;
export const FN_BUILTINS = 24;
export const FN_NAME = 28;
export const FN_QUALNAME = 32;
export const FN_DEFAULTS = 36;
export const FN_KWDEFAULTS = 40;
export const FN_CLOSURE = 44;
export const FN_DICT = 48;
export const FN_MODULE = 52;
export const FN_DOC = 56;
export const FN_ANNOTATIONS = 60;
export const FN_SIZE = 64;

export const CELL_REF = 16;
export const CELL_SIZE = 24;

/** A new function for `code` (immortal) in `globals` (borrowed). New reference. */
export function functionNew(rt: Runtime, code: Ref, globals: Ref, builtins: Ref): Ref {
  const f = newObject(rt, rt.tFunction, FN_SIZE);
  const i32 = rt.i32;
  const w = f >> 2;
  i32[w + (FN_CODE >> 2)] = code;
  incref(rt, globals);
  i32[w + (FN_GLOBALS >> 2)] = globals;
  incref(rt, builtins);
  i32[w + (FN_BUILTINS >> 2)] = builtins;
  i32[w + (FN_NAME >> 2)] = i32[(code + CO_NAME) >> 2]!;
  i32[w + (FN_QUALNAME >> 2)] = i32[(code + CO_QUALNAME) >> 2]!;
  const mod = dictGetStr(rt, globals, rt.names.__name__);
  if (mod !== 0) {
    incref(rt, mod);
    i32[w + (FN_MODULE >> 2)] = mod;
  }
  return f;
}

export function cellNew(rt: Runtime, value: Ref): Ref {
  const c = newObject(rt, rt.kindTypes[17 /* Kind.CELL */]!, CELL_SIZE);
  rt.i32[(c + CELL_REF) >> 2] = value; // stolen
  return c;
}
