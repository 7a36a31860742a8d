/*
 * Per-object locks for no-GIL mode (issue 6 item 3): free-threaded CPython's critical
 * sections (Include/internal/pycore_critical_section.h), one lock per container in the
 * object header, used only when the executor counts references with the biased counter
 * (`rt.rc.atomic`, i.e. --no-gil). Under the GIL nothing here is ever called: every call
 * site tests `rt.rc.atomic` (a field of the executor's counter, fixed for the whole run)
 * first, so GIL mode pays one predictable branch and no atomic operation.
 *
 * The lock word: OB_FLAGS bits 16-31 (heap/layout.ts reserves them) hold the TOKEN of the
 * Python thread that holds the lock, 0 when free. The token is the thread's tid (the
 * scheduler's thread id, TS_ID of its thread state) folded into 1..65535. Bits 0-15 of the
 * same word belong to others (owner executor, changed by the biased counter with
 * Atomics.or; gc flags, written only while an object is not shared: at creation, at
 * deallocation, and by the collector, which never runs while executors run in parallel),
 * so the lock is taken with a compareExchange of the whole word that keeps the low half as
 * it was read, and released with Atomics.and(0xffff).
 *
 * Before the first thread starts (and after the parallel run) one executor runs alone and
 * `objLock` takes nothing (returns false): a single-threaded program under --no-gil pays
 * one atomic load per container operation, not a compareExchange and a release.
 *
 * Reentrant: `objLock` returns false when the calling thread already holds the lock (a
 * list method calling __eq__ that touches the same list, a dict method calling a dict
 * function), and the caller releases only what it took:
 *     const took = objLock(rt, o); try { ... } finally { if (took) objUnlock(rt, o); }
 * Two objects (`objLock2`): taken in address order, so two threads locking the same pair
 * can never deadlock (CPython's Py_BEGIN_CRITICAL_SECTION2 orders by address too).
 *
 * Waiting: spin (each round one Atomics.load; ~40 ns), then Atomics.wait with a 0 ms
 * timeout on a private cell (gives the core away, ~µs) between rounds. Sections are short
 * (one container operation), so a waiter normally gets the lock within the spin.
 *
 * Limits (documented in the issue note): a lock is held across the Python code that a
 * container operation calls back (__eq__ of a dict key or list item; not a sort's key or
 * __lt__: list.sort and sorted lock only around taking the items out and putting them
 * back, modules/builtins.ts listSortImpl). If that code blocks (a lock, a queue) while
 * another thread needs the container, or takes a second container's lock that a thread in
 * the same situation holds (two dicts whose keys' __eq__ read each other), the threads
 * wait forever. Free-threaded CPython avoids this by suspending critical sections when a
 * thread blocks; here it is left as a known gap (rare: blocking or cross-reading in __eq__).
 *
 * Module-level state: `sleepCell`, a private 4-byte SharedArrayBuffer view per JS thread
 * to Atomics.wait on (never notified: the wait is a timed yield). Nothing Python-visible.
 */
import type { Ref } from '../heap/layout.js';
import { OB_FLAGS } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { TS_ID } from './threadstate.js';
import { qsbrCheckpoint } from './nogil.js';
import { HDR_NOGIL_PARALLEL } from '../heap/memory.js';

const FLAGS_W = OB_FLAGS >> 2;
const SPIN_ROUNDS = 200;
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** The lock token of the running Python thread (1..65535). */
export function lockToken(rt: Runtime): number {
  const tid = rt.ts === 0 ? 1 : rt.i32[(rt.ts + TS_ID) >> 2]!;
  return ((tid - 1) % 65535) + 1;
}

/**
 * Takes o's lock for the running thread. Returns true if it was taken now, false if this
 * thread already held it (then the caller must NOT unlock). `o` is a heap object.
 */
export function objLock(rt: Runtime, o: Ref): boolean {
  const i32 = rt.i32;
  // One executor runs (no thread started yet, or after the parallel run): nobody to exclude.
  // The flag changes only at outermost slice boundaries, never inside an operation.
  if (Atomics.load(i32, HDR_NOGIL_PARALLEL >> 2) === 0) return false;
  const w = (o >> 2) + FLAGS_W;
  const token = lockToken(rt);
  for (let round = 0; ; round++) {
    const flags = Atomics.load(i32, w);
    const holder = flags >>> 16;
    if (holder === 0) {
      if (Atomics.compareExchange(i32, w, flags, (flags & 0xffff) | (token << 16)) === flags) return true;
      continue; // the low half changed (owner given up) or someone else won: retry
    }
    if (holder === token) return false;
    if (round >= SPIN_ROUNDS) {
      qsbrCheckpoint(rt); // waiting is a quiescent point (vm/nogil.ts)
      Atomics.wait(sleepCell, 0, 0, 0);
      round = 0;
    }
  }
}

/** Releases o's lock (taken by objLock returning true). */
export function objUnlock(rt: Runtime, o: Ref): void {
  Atomics.and(rt.i32, (o >> 2) + FLAGS_W, 0xffff);
}

/** The token of the thread holding o's lock, 0 when free (tests, assertions). */
export function objLockHolder(rt: Runtime, o: Ref): number {
  return Atomics.load(rt.i32, (o >> 2) + FLAGS_W) >>> 16;
}

/**
 * Locks two objects in address order (no deadlock between threads locking the same pair
 * in opposite orders). Returns a bit mask of what was taken now: 1 = the lower address,
 * 2 = the higher; pass it to objUnlock2.
 */
export function objLock2(rt: Runtime, a: Ref, b: Ref): number {
  if (a === b) return objLock(rt, a) ? 1 : 0;
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  let taken = objLock(rt, lo) ? 1 : 0;
  if (objLock(rt, hi)) taken |= 2;
  return taken;
}

export function objUnlock2(rt: Runtime, a: Ref, b: Ref, taken: number): void {
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  if ((taken & 2) !== 0) objUnlock(rt, hi);
  if ((taken & 1) !== 0) objUnlock(rt, lo);
}
