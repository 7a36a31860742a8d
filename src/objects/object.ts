/*
 * The object header helpers every type module uses, and the layout of plain instances.
 *
 *   byte 0        16          20                                       (heap/layout.ts header)
 *        +--------+-----------+
 *        | header | INST_DICT |   an instance of a user class deriving from `object`
 *        +--------+-----------+   (INST_DICT: its __dict__, a dict ref, created lazily;
 *                                  0 until the first attribute store)
 *
 * Every object that has a __dict__ keeps it at the offset its type records in
 * TP_DICTOFFSET (16 for plain instances and exceptions: they share that word on purpose,
 * so the common attribute path reads the same place).
 *
 * Objects are created with `newObject`, which writes the header (type last, so the heap
 * walker only sees initialised objects), zero-fills the body and, when the type is a heap
 * type (a user class), takes a reference to it: an instance keeps its class alive, as in
 * CPython; built-in types are immortal, so that reference costs nothing for them.
 */
import { NULL, OB_TYPE, type Ref } from '../heap/layout.js';
import { allocObject } from '../heap/alloc.js';
import { HeapExhausted, type Runtime } from '../vm/runtime.js';
import { incref } from '../vm/refs.js';
import { Kind } from './kinds.js';
import { TP_KIND } from './typelayout.js';
import { gcTrackNew } from './gcsupport.js';

export const INST_DICT = 16;
export const INST_SIZE = 24;

/** The type of any value (small ints are ints). Borrowed. */
export function typeOf(rt: Runtime, v: Ref | number): Ref {
  return (v & 1) === 1 ? rt.tInt : (rt.i32[v >> 2] as Ref);
}

/** The layout kind of any value. */
export function kindOf(rt: Runtime, v: Ref | number): Kind {
  if ((v & 1) === 1) return Kind.INT;
  return rt.i32[(rt.i32[v >> 2] + TP_KIND) >> 2] as Kind;
}

/** A new object of `type` with `bytes` bytes (header included), body zeroed. New reference. */
export function newObject(rt: Runtime, type: Ref, bytes: number): Ref {
  const ref = allocObject(rt.heap, bytes, type, 0);
  if (ref === NULL) throw new HeapExhausted(bytes);
  if (bytes > 16) rt.i32.fill(0, (ref >> 2) + 4, (ref + bytes + 3) >> 2);
  incref(rt, type);
  gcTrackNew(rt, ref, type);
  return ref;
}

/** Sets OB_TYPE (used while bootstrapping `type` itself). */
export function setType(rt: Runtime, ref: Ref, type: Ref): void {
  rt.i32[(ref + OB_TYPE) >> 2] = type;
}
