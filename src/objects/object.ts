/*
 * The object header helpers every type module uses, and the layout of plain instances.
 *
 *   byte 0        16          20                                       (heap/layout.ts header)
 *        +--------+-----------+
 *        | header | INST_DICT |   an instance of a user class deriving from `object`
 *        +--------+-----------+   (INST_DICT: its __dict__, a dict ref, created lazily;
 *                                  0 until the first attribute store)
 *
 * A class declaring __slots__ lays its instances out differently: one word per slot after
 * its base's layout, and a __dict__ word only when asked for (objects/member.ts,
 * typecall.ts layoutSlots); `class C: __slots__ = ()` instances are 16 bytes, as object().
 *
 * Every object that has a __dict__ keeps it at the offset its type records in
 * TP_DICTOFFSET (16 for plain instances and exceptions: they share that word on purpose,
 * so the common attribute path reads the same place), or, for subclasses of int, str and
 * tuple (DICT_AFTER_VALUE), in the word after the value (dictWordOffset).
 *
 * Objects are created with `newObject`, which writes the header (type last, so the heap
 * walker only sees initialised objects), zero-fills the body and, when the type is a heap
 * type (a user class), takes a reference to it: an instance keeps its class alive, as in
 * CPython; built-in types are immortal, so that reference costs nothing for them.
 *
 * Leaf objects (floats, ints: a built-in immortal type, no references inside, every body
 * word written by the creator) take `newLeafObject`: the size-class free-list pop inline,
 * no zero fill, no type reference, no cycle-collector check; `freeLeafObject` gives such a
 * block back without a trip through the deallocator (objects/dealloc.ts has the same fast
 * case for leaves reaching a zero count).
 */
import { NULL, OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED, OB_TYPE, type Ref } from '../heap/layout.js';
import { alloc, free, sizeClassOf, MAX_SMALL_BYTES } from '../heap/alloc.js';
import { EXEC_RECORD_WORDS, EXR_LOCAL_HEADS } from '../heap/memory.js';
import { HeapExhausted, type Runtime } from '../vm/runtime.js';
import { incref } from '../vm/refs.js';
import { Kind } from './kinds.js';
import { TP_FLAGS, TP_KIND, TPF_HAS_DEL } from './typelayout.js';
import { gcTrackNew } from './gcsupport.js';

export const INST_DICT = 16;
export const INST_SIZE = 24;

/**
 * TP_DICTOFFSET of a subclass of a variable-size built-in (int, str, tuple: digits, units
 * or items follow the header, so no fixed word is free): the instance's __dict__ word
 * follows the value's variable part (CPython's negative tp_dictoffset). typecall.ts
 * retypeBuiltin allocates that word.
 */
export const DICT_AFTER_VALUE = -1;

/** The byte offset in obj of its __dict__ word, for its type's non-zero TP_DICTOFFSET `off`. */
export function dictWordOffset(rt: Runtime, obj: Ref, off: number): number {
  if (off > 0) return off;
  const i32 = rt.i32;
  switch (i32[(i32[obj >> 2]! + TP_KIND) >> 2]) {
    case Kind.TUPLE:
      return (5 /* TUPLE_ITEMS_WORD */ + i32[(obj >> 2) + 4]!) * 4;
    case Kind.STR:
      return (28 /* STR_DATA */ + 2 * i32[(obj + 16 /* STR_LEN */) >> 2]! + 3) & ~3;
    default: {
      const nd = i32[(obj + 16 /* INT_NDIGITS */) >> 2]!; // int
      return 20 /* INT_DIGITS */ + 4 * (nd < 0 ? -nd : nd);
    }
  }
}

/** The type of any value (small ints are ints). Borrowed. */
export function typeOf(rt: Runtime, v: Ref | number): Ref {
  return (v & 1) === 1 ? rt.tInt : (rt.i32[v >> 2] as Ref);
}

/** The layout kind of any value. */
export function kindOf(rt: Runtime, v: Ref | number): Kind {
  if ((v & 1) === 1) return Kind.INT;
  return rt.i32[(rt.i32[v >> 2] + TP_KIND) >> 2] as Kind;
}

/**
 * A block of `bytes` bytes for a new object, contents undefined: the inline pop of this
 * executor's local free list for the size class, else the allocator. Throws HeapExhausted.
 */
function allocBlock(rt: Runtime, bytes: number): Ref {
  const heap = rt.heap;
  const i32 = rt.i32;
  if (bytes <= MAX_SMALL_BYTES) {
    const slot = heap.execTableWord + heap.executor * EXEC_RECORD_WORDS + EXR_LOCAL_HEADS + sizeClassOf(bytes);
    const ref = i32[slot]! as Ref;
    if (ref !== NULL) {
      i32[slot] = i32[(ref >> 2) + 1]!;
      return ref;
    }
  }
  const ref = alloc(heap, bytes, heap.executor);
  if (ref === NULL) throw new HeapExhausted(bytes);
  return ref;
}

/** A new object of `type` with `bytes` bytes (header included), body zeroed. New reference. */
export function newObject(rt: Runtime, type: Ref, bytes: number): Ref {
  const i32 = rt.i32;
  const executor = rt.heap.executor;
  const ref = allocBlock(rt, bytes);
  const w = ref >> 2;
  // body zeroed before the type word makes the object visible to the heap walker
  const end = (ref + bytes + 3) >> 2;
  if (end - w <= 20) {
    for (let i = w + 4; i < end; i++) i32[i] = 0;
  } else {
    i32.fill(0, w + 4, end);
  }
  i32[w + (OB_FLAGS >> 2)] = executor;
  i32[w + (OB_REF_LOCAL >> 2)] = 1;
  i32[w + (OB_REF_SHARED >> 2)] = 0;
  i32[w] = type;
  if (type !== NULL) {
    incref(rt, type);
    gcTrackNew(rt, ref, type);
    // the finalizers' order (Runtime.finalizerOrder)
    if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HAS_DEL) !== 0) rt.finalizerOrder.set(ref, rt.finalizerSeq++);
  }
  return ref;
}

/**
 * A new leaf object (see the module comment): `type` is a built-in, immortal, non-container
 * type and the caller writes every body word. Header written, refcount 1. New reference.
 */
export function newLeafObject(rt: Runtime, type: Ref, bytes: number): Ref {
  const i32 = rt.i32;
  const executor = rt.heap.executor;
  const ref = allocBlock(rt, bytes);
  const w = ref >> 2;
  i32[w + (OB_FLAGS >> 2)] = executor;
  i32[w + (OB_REF_LOCAL >> 2)] = 1;
  i32[w + (OB_REF_SHARED >> 2)] = 0;
  i32[w] = type;
  return ref;
}

/** Frees a leaf object nothing else references (a result computed and then not needed). */
export function freeLeafObject(rt: Runtime, ref: Ref): void {
  rt.i32[ref >> 2] = 0;
  free(rt.heap, ref);
}

/** Sets OB_TYPE (used while bootstrapping `type` itself). */
export function setType(rt: Runtime, ref: Ref, type: Ref): void {
  rt.i32[(ref + OB_TYPE) >> 2] = type;
}
