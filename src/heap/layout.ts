/*
 * The heap's value representation and object header: the contract every module that
 * reads or writes heap objects shares (DESIGN.md "Memory").
 *
 * A value is a 32-bit Ref:
 *   - low bit 1: a tagged small int, value = ref >> 1 (31-bit signed: -2**30 .. 2**30-1).
 *     It never touches the heap and is never counted.
 *   - otherwise: the byte offset of an object in the interpreter's SharedArrayBuffer,
 *     8-byte aligned. 0 is NULL (no object; an empty slot, "unbound", an error return).
 *
 * Every object starts with a 16-byte header (four 32-bit words):
 *
 *     byte  0           4            8               12              16
 *          +-----------+------------+---------------+---------------+---------- - -
 *          | OB_TYPE   | OB_FLAGS   | OB_REF_LOCAL  | OB_REF_SHARED | type-specific
 *          +-----------+------------+---------------+---------------+---------- - -
 *
 *   OB_TYPE        ref of the object's type object (itself a heap object).
 *   OB_FLAGS       bits 0-7   owner executor id (free-threaded CPython's ob_tid)
 *                  bit  8     FLAG_GC_TRACKED (a container the cycle collector visits)
 *                  bit  9     FLAG_GC_SCRATCH (used by the collector while it runs)
 *                  bit  10    FLAG_FINALIZED (its finalizer, __del__, ran: never again, PEP 442;
 *                             set with Atomics.or, the word holds the no-GIL lock bits)
 *                  bit  11    FLAG_WEAKREFERENCED (weak references were made to it: its
 *                             deallocation clears them, modules/weakref.ts; Atomics.or)
 *                  bits 16-31 per-object lock for no-GIL mode: the holding thread's token, 0 free
 *                             (vm/objlock.ts; taken by compareExchange of the whole word)
 *   OB_REF_LOCAL   the reference count. Under the GIL the only count. Without it, the
 *                  owner executor's plain count (biased reference counting).
 *                  Immortal objects hold IMMORTAL_REFCNT or more here and are never freed:
 *                  incref/decref test `count >= IMMORTAL_REFCNT` on the value they load
 *                  anyway, so immortality costs no extra memory access.
 *   OB_REF_SHARED  the count of other executors' references, changed with Atomics
 *                  (no-GIL mode only; 0 under the GIL).
 *
 * Typed-array indexes: i32/u32 index = ref >> 2, f64 index = ref >> 3, u16 index = ref >> 1.
 */

export type Ref = number & { readonly __brand: 'Ref' };

export const NULL = 0 as Ref;

export const OB_TYPE = 0;
export const OB_FLAGS = 4;
export const OB_REF_LOCAL = 8;
export const OB_REF_SHARED = 12;
export const OB_HEADER_SIZE = 16;

export const FLAG_OWNER_MASK = 0xff;
export const FLAG_GC_TRACKED = 1 << 8;
export const FLAG_GC_SCRATCH = 1 << 9;
export const FLAG_FINALIZED = 1 << 10;
export const FLAG_WEAKREFERENCED = 1 << 11;
/** id() was asked of the object: its identity is observable, so it is never reused as
 * another value's object (vm/eval.ts BINARY_OP, the in-place path). Set with Atomics.or. */
export const FLAG_ID_TAKEN = 1 << 12;
export const FLAG_LOCK_SHIFT = 16;

/** Counts at or above this never change: the object is immortal. */
export const IMMORTAL_REFCNT = 0x3fffffff;

export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;

export function isSmallInt(ref: Ref | number): boolean {
  return (ref & 1) === 1;
}

/** The small int a tagged ref stands for. */
export function smallIntValue(ref: Ref | number): number {
  return ref >> 1;
}

/** The tagged ref of a small int; the caller checks the range (fitsSmallInt). */
export function smallIntRef(value: number): Ref {
  return ((value << 1) | 1) as Ref;
}

export function fitsSmallInt(value: number): boolean {
  return value >= SMALL_INT_MIN && value <= SMALL_INT_MAX && Number.isInteger(value);
}
