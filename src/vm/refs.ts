/*
 * The VM's door to reference counting. Every count change in src/vm, src/objects and
 * src/modules goes through these three functions, which forward to the refcount module
 * (src/heap/refcount.ts: the executor's RefCounter, rt.rc, chosen once per executor:
 * plain under the GIL, biased/atomic without it). The hot loop calls rt.rc directly.
 *
 * incref/decref accept any Ref: tagged small ints and NULL are ignored, immortal objects
 * are never counted (the refcount module tests `count >= IMMORTAL_REFCNT`).
 * When a count reaches zero the refcount module calls the deallocator the VM registered
 * (objects/dealloc.ts), which releases the children and frees the block.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';

/** Counts a new reference to v. */
export function incref(rt: Runtime, v: Ref | number): void {
  rt.rc.incref(v as Ref);
}

/** Drops a reference to v (may free it and, transitively, its children). */
export function decref(rt: Runtime, v: Ref | number): void {
  rt.rc.decref(v as Ref);
}

/** incref and return v (for `return newRef(rt, x)`). */
export function newRef(rt: Runtime, v: Ref): Ref {
  rt.rc.incref(v);
  return v;
}
