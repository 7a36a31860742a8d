/*
 * Reference counting: EVERY change of a count goes through this module (DESIGN.md "Memory").
 * Two implementations with one API, chosen once when an executor is set up:
 *
 *   PlainRefCounter   under the GIL. Plain load/add/store on OB_REF_LOCAL.
 *   BiasedRefCounter  without the GIL: free-threaded CPython's biased reference counting.
 *
 * Both: small ints (low bit 1) and NULL are skipped; an object whose OB_REF_LOCAL is
 * >= IMMORTAL_REFCNT never changes (the test is on the value loaded anyway). When a count
 * reaches zero the registered deallocator runs (the object layer's: it releases the
 * object's children through this module and frees the block). Deallocation never recurses
 * in JS: a count that reaches zero while a deallocator runs pushes the ref on a pending
 * worklist (an Int32Array owned by the counter) that the outermost release drains, like
 * CPython's trashcan, so freeing a 1,000,000-long chain uses constant JS stack. It drains
 * depth first in the order each deallocator released things (`release` reverses the
 * segment one deallocator pushed): CPython's recursive order, which __del__ output shows.
 *
 * Biased counting (BiasedRefCounter), after CPython's Objects/object.c and Python/brc.c:
 *   OB_FLAGS bits 0-7 = owner executor (UNOWNED = 0xff after a merge).
 *   OB_REF_LOCAL      = owner's count, changed with plain stores by the owner only.
 *   OB_REF_SHARED     = (count << SHARED_SHIFT) | state, changed with Atomics by everyone
 *                       else; state 0 (normal), SHARED_QUEUED, or SHARED_MERGED. The count
 *                       part may be negative (another executor released a reference the
 *                       owner's local count holds). The object's true count = local + shared.
 *   incref: owner: local += 1. Others: Atomics.add(shared, 1 << SHARED_SHIFT).
 *   decref by the owner: local -= 1; at 0, "merge": if shared == 0 the object is dead;
 *     otherwise the owner gives the object up (owner := UNOWNED, Atomics.or) and CASes the
 *     state to MERGED; if the shared count is then 0 the object is dead. From then on every
 *     executor counts on the shared field.
 *   decref by another executor (CAS loop on shared):
 *     - shared == 0 (count 0, not queued, not merged): the count would go negative while the
 *       owner may still hold the matching local count. Set QUEUED WITHOUT subtracting (the
 *       owner's merge queue now holds that reference) and push the ref on the owner's merge
 *       queue (per executor, in the heap: a raw block array under a small spin lock).
 *     - otherwise subtract; if the result is exactly MERGED (merged, count 0) it is dead.
 *   The owner drains its queue with mergeQueued() at a safe point: for each ref it merges
 *     local + shared - 1 (the queue's reference) into shared with state MERGED, zeroes local,
 *     gives the object up, and deallocates it if the total is 0.
 *   Simplifications against CPython: no weakref state bit, and no per-thread "deferred"
 *   counts. Code objects and their constants, built-in types, builtin functions, interned
 *   strs and imported modules are immortal; user functions and classes are counted (see
 *   vm/nogil.ts for why). A queue whose owner executor has exited is drained by the main
 *   thread after the parallel run (vm/nogil.ts parallelRunEnded, mergeQueuedFor).
 *
 * How the interpreter loop should call it: build one counter per executor when the
 * executor starts (`createRefCounter(heap, executor, noGil)`), keep it in a local
 * (`const rc = this.rc`) and call `rc.incref(v)` / `rc.decref(v)`. Only one class is ever
 * instantiated in a process run, so the call sites stay monomorphic and V8 inlines the small
 * methods; they allocate nothing and use the views captured in the counter.
 * Measured (Node 20.20, 2 cores, machine otherwise idle; a loop over 1000 objects doing
 * incref then decref on each, warm, several runs; not a timed test. Under a load average
 * of 7 the same runs give 66-88 / 38-53 / 8-13 M/s, same ordering):
 *   PlainRefCounter                    180-270 M incref-or-decref/s (the same loop with
 *                                      inline `i32[k] = i32[k] + 1` and no checks: 190-250 M/s)
 *   BiasedRefCounter, owner (plain)    170-225 M/s
 *   BiasedRefCounter, non-owner        36-45 M/s (Atomics.add up, CAS loop down)
 *   whole object life (allocObject, incref+decref, decref to 0, deallocator, free):
 *                                      13-23 M objects/s plain, 8-13 M/s biased
 * So the owner path of biased counting costs about what plain counting does; only
 * references taken by other executors pay the Atomics price.
 */

import { allocRaw, free } from './alloc.js';
import { EXR_MQ_BUF, EXR_MQ_CAP, EXR_MQ_LEN, EXR_MQ_LOCK, EXR_STW_STATE, HDR_QSBR_EXECUTORS, MAX_EXECUTORS, type Heap } from './memory.js';
import { IMMORTAL_REFCNT, NULL, OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED, type Ref } from './layout.js';

export const SHARED_SHIFT = 2;
export const SHARED_QUEUED = 1;
export const SHARED_MERGED = 2;
export const SHARED_STATE_MASK = 3;
export const UNOWNED = 0xff;
/** An executor's EXR_STW_STATE between slices (vm/stw.ts STW_DETACHED). */
export const OWNER_DETACHED = 0;
/**
 * EXR_STW_STATE of an executor between slices whose merge queue another executor is
 * draining on its behalf (mergeForIdleOwner): it must not start a slice meanwhile (vm/stw.ts
 * stwAttach waits), as it would change local counts being folded.
 */
export const OWNER_BORROWED = 3;

const FLAGS_W = OB_FLAGS >> 2;
const LOCAL_W = OB_REF_LOCAL >> 2;
const SHARED_W = OB_REF_SHARED >> 2;

/** Releases a dead object's children (through the counter) and frees its block. */
export type Deallocator = (ref: Ref) => void;

/** The API both implementations share. */
export interface RefCounter {
  readonly heap: Heap;
  readonly executor: number;
  readonly atomic: boolean;
  /** New reference: count + 1. NULL and small ints are skipped. */
  incref(ref: Ref): void;
  /** Drops a reference: count - 1, deallocating at zero. NULL and small ints are skipped. */
  decref(ref: Ref): void;
  /** Same as incref (NULL allowed everywhere); CPython's spelling. */
  xincref(ref: Ref): void;
  /** Same as decref (NULL allowed everywhere); CPython's spelling. */
  xdecref(ref: Ref): void;
  /** Py_SETREF on the i32 slot `word`: stores `value` (stolen), THEN decrefs the old value. */
  setref(word: number, value: Ref): void;
  /** Py_CLEAR on the i32 slot `word`: stores NULL, THEN decrefs the old value. */
  clear(word: number): void;
  /**
   * sys.getrefcount's answer (without its argument's extra reference): local + shared.
   * Small ints and NULL answer IMMORTAL_REFCNT (they are never counted).
   */
  getrefcount(ref: Ref): number;
  /** Installs the object layer's deallocator (default: free the block, no children). */
  setDeallocator(fn: Deallocator): void;
  /** Runs a finalizer that runs Python code from inside a deallocation with releases
   * immediate (RefCounterBase.runReleasingNow). */
  runReleasingNow(finalizer: () => void): void;
  /** The types (at most three) whose objects are freed without the deallocator (leaves:
   * no children, no finalizer). Called once those types exist. */
  setLeafTypes(leafTypes: readonly Ref[]): void;
  /** Biased mode: merges the objects other executors queued for this owner, and for the
   * owners that are between slices (a slice start). Plain: no-op. */
  mergeQueued(): void;
  /** Makes an object immortal (its count never changes again). */
  makeImmortal(ref: Ref): void;
}

abstract class RefCounterBase {
  // Declared, not defined: each is stored once, in the constructor, so V8 tracks the field as
  // constant, and the interpreter loop, whose counter is a constant of its closure (vm/eval.ts
  // "Constant views"), reads the inlined incref/decref's views as constants. A defined field
  // (`i32;` in the emitted class) is stored twice, first as undefined, and is mutable.
  declare readonly heap: Heap;
  declare readonly executor: number;
  protected declare readonly i32: Int32Array;
  private dealloc: Deallocator;
  private pending: Int32Array = new Int32Array(256);
  /**
   * Types whose dead objects are only a block to free (no children, no finalizer, no
   * weak references: the object layer's int, float and str; -1 = none): release() frees
   * them itself instead of calling the deallocator. Most deaths are of these temporaries.
   */
  private leafType0 = -1;
  private leafType1 = -1;
  private leafType2 = -1;
  private pendingLength = 0;
  private draining = false;

  constructor(heap: Heap, executor: number) {
    this.heap = heap;
    this.executor = executor;
    this.i32 = heap.i32;
    this.dealloc = (ref: Ref) => free(heap, ref, executor);
    // The worklist's fields are stored a second time so that V8 tracks them as mutable from
    // the start: their first change (a release during a release, or growing the worklist)
    // would otherwise deoptimize all optimized code that inlined decref, the interpreter
    // loop included (measured: node --trace-generalization).
    this.pending = new Int32Array(256);
    this.pendingLength = 1;
    this.pendingLength = 0;
  }

  setDeallocator(fn: Deallocator): void {
    this.dealloc = fn;
  }

  setLeafTypes(leafTypes: readonly Ref[]): void {
    this.leafType0 = leafTypes[0] ?? -1;
    this.leafType1 = leafTypes[1] ?? -1;
    this.leafType2 = leafTypes[2] ?? -1;
  }

  makeImmortal(ref: Ref): void {
    if ((ref & 1) !== 0 || ref === NULL) return;
    const w = ref >> 2;
    this.i32[w + LOCAL_W] = IMMORTAL_REFCNT;
    Atomics.store(this.i32, w + SHARED_W, 0);
  }

  /**
   * A count reached zero: run the deallocator, and the deallocators of everything that dies
   * meanwhile, iteratively (the outermost call drains the worklist).
   */
  protected release(ref: Ref): void {
    const type = this.i32[ref >> 2]!;
    if (type === this.leafType0 || type === this.leafType1 || type === this.leafType2) {
      this.i32[ref >> 2] = 0;
      free(this.heap, ref, this.executor);
      return;
    }
    if (this.draining) {
      if (this.pendingLength === this.pending.length) {
        const bigger = new Int32Array(this.pending.length * 2);
        bigger.set(this.pending);
        this.pending = bigger;
      }
      this.pending[this.pendingLength++] = ref;
      return;
    }
    // No try/finally on this hot path: a deallocator that throws is an internal fault that
    // ends the run (the VM's one catch reports it), so `draining` need not be restored.
    this.draining = true;
    this.dealloc(ref);
    this.reversePendingFrom(0);
    while (this.pendingLength !== 0) {
      const base = --this.pendingLength;
      this.dealloc(this.pending[base]! as Ref);
      if (this.pendingLength - base > 1) this.reversePendingFrom(base);
    }
    this.draining = false;
  }

  /** How many runReleasingNow calls are running inside one another. */
  private releasingNowDepth = 0;

  /**
   * Runs `finalizer`, Python code run from inside a deallocation (a suspended generator's
   * close), with its releases immediate again, as CPython's recursive deallocation has them:
   * a generator dropped while suspended in `for x in inner(): yield x` inside a try/finally
   * finalizes `inner` when the loop's iterator is popped, before its own finally runs (with
   * the worklist, the finally ran first). What the worklist held stays queued below. Nested
   * more than FINALIZERS_NOW_MAX deep (a long chain of such generators dropped at once) the
   * worklist takes over again, so the JS stack does not grow with the chain.
   */
  runReleasingNow(finalizer: () => void): void {
    if (!this.draining || this.releasingNowDepth >= FINALIZERS_NOW_MAX) {
      finalizer();
      return;
    }
    const queued = this.pending.slice(0, this.pendingLength);
    this.pendingLength = 0;
    this.draining = false;
    this.releasingNowDepth++;
    try {
      finalizer();
    } finally {
      this.releasingNowDepth--;
      this.draining = true;
      if (this.pending.length < queued.length) this.pending = new Int32Array(queued.length * 2);
      this.pending.set(queued);
      this.pendingLength = queued.length;
    }
  }

  /**
   * The objects one deallocator released were pushed in the order it released them; the
   * worklist pops from the end, so that segment is reversed: the first released dies first,
   * with everything it releases in turn before the next one (depth first). That is the
   * order of CPython's recursive deallocation, which __del__ output, weakref callbacks and
   * generators' finally blocks show: a dict's values die in insertion order, a list's from
   * the last item (list_dealloc releases them backwards, and so does objects/list.ts).
   */
  private reversePendingFrom(base: number): void {
    const pending = this.pending;
    for (let lo = base, hi = this.pendingLength - 1; lo < hi; lo++, hi--) {
      const t = pending[lo]!;
      pending[lo] = pending[hi]!;
      pending[hi] = t;
    }
  }
}

/** runReleasingNow's nesting bound (each level is a nested eval loop on the JS stack). */
const FINALIZERS_NOW_MAX = 32;

/** GIL mode: one plain count per object (OB_REF_LOCAL). */
export class PlainRefCounter extends RefCounterBase implements RefCounter {
  readonly atomic = false;

  // incref and decref are written for V8's inliner: it inlines a callee until the caller's
  // budget of inlined bytecode is spent (the interpreter loop spends it long before its last
  // call site), so the smaller they are, the more of the loop's ~200 call sites count in
  // place. decref's last-reference path is the call it was anyway.
  incref(ref: Ref): void {
    if ((ref & 1) === 0 && ref !== NULL) {
      const i = (ref >> 2) + LOCAL_W;
      const count = this.i32[i]!;
      if (count < IMMORTAL_REFCNT) this.i32[i] = count + 1;
    }
  }

  decref(ref: Ref): void {
    if ((ref & 1) === 0 && ref !== NULL) {
      const i = (ref >> 2) + LOCAL_W;
      const count = this.i32[i]!;
      if (count > 1) {
        if (count < IMMORTAL_REFCNT) this.i32[i] = count - 1;
      } else this.releaseLast(ref, count);
    }
  }

  /** decref of an object's last reference (count 1; anything less is a VM bug). */
  private releaseLast(ref: Ref, count: number): void {
    if (count !== 1) overReleased(ref, count);
    this.i32[(ref >> 2) + LOCAL_W] = 0;
    this.release(ref);
  }

  xincref(ref: Ref): void {
    this.incref(ref);
  }

  xdecref(ref: Ref): void {
    this.decref(ref);
  }

  setref(word: number, value: Ref): void {
    const old = this.i32[word]! as Ref;
    this.i32[word] = value;
    this.decref(old);
  }

  clear(word: number): void {
    const old = this.i32[word]! as Ref;
    this.i32[word] = NULL;
    this.decref(old);
  }

  getrefcount(ref: Ref): number {
    if ((ref & 1) !== 0 || ref === NULL) return IMMORTAL_REFCNT;
    return this.i32[(ref >> 2) + LOCAL_W]!;
  }

  mergeQueued(): void {}
}

/** No-GIL mode: biased reference counting (see the module comment). */
export class BiasedRefCounter extends RefCounterBase implements RefCounter {
  readonly atomic = true;

  // incref and decref keep only the owner's common cases inline: its counting, and the
  // death of an object only it counted (they are inlined at every call site of the
  // interpreter loop, and V8 inlines less into a function whose inlined callees are
  // bigger); the rest is in increfOther / decrefSlow.

  incref(ref: Ref): void {
    if ((ref & 1) !== 0 || ref === NULL) return;
    const i32 = this.i32;
    const w = ref >> 2;
    const local = i32[w + LOCAL_W]!;
    if (local < IMMORTAL_REFCNT && (i32[w + FLAGS_W]! & 0xff) === this.executor) i32[w + LOCAL_W] = local + 1;
    else this.increfOther(ref);
  }

  /** incref of an immortal object or of one this executor does not own. */
  private increfOther(ref: Ref): void {
    const w = ref >> 2;
    if (this.i32[w + LOCAL_W]! < IMMORTAL_REFCNT) Atomics.add(this.i32, w + SHARED_W, 1 << SHARED_SHIFT);
  }

  decref(ref: Ref): void {
    if ((ref & 1) !== 0 || ref === NULL) return;
    const i32 = this.i32;
    const w = ref >> 2;
    const local = i32[w + LOCAL_W]!;
    if (local < IMMORTAL_REFCNT && (i32[w + FLAGS_W]! & 0xff) === this.executor) {
      if (local > 1) {
        i32[w + LOCAL_W] = local - 1;
        return;
      }
      // the common death (a temporary only its owner counted) without the call to
      // decrefSlow, as PlainRefCounter's; a plain read of the shared count, as
      // mergeZeroLocal's. Measured: the classic demo's loop (`total += n * n`: two heap
      // ints die per iteration) 8,000,000 times in one --no-gil thread, 5 alternating
      // runs: 1.28-1.45 s with the call, 1.01-1.26 s without (GIL mode: 1.07-1.25 s).
      if (local === 1 && i32[w + SHARED_W] === 0) {
        i32[w + LOCAL_W] = 0;
        this.release(ref);
        return;
      }
    }
    this.decrefSlow(ref);
  }

  /** decref of an immortal object, of the owner's last local reference while other
   * executors count it too (decref frees the one only it counted), or by another executor. */
  private decrefSlow(ref: Ref): void {
    const i32 = this.i32;
    const w = ref >> 2;
    const local = i32[w + LOCAL_W]!;
    if (local >= IMMORTAL_REFCNT) return;
    if ((i32[w + FLAGS_W]! & 0xff) === this.executor) {
      if (local !== 1) overReleased(ref, local);
      i32[w + LOCAL_W] = 0;
      this.mergeZeroLocal(ref);
      return;
    }
    this.decrefShared(ref);
  }

  xincref(ref: Ref): void {
    this.incref(ref);
  }

  xdecref(ref: Ref): void {
    this.decref(ref);
  }

  setref(word: number, value: Ref): void {
    const old = this.i32[word]! as Ref;
    this.i32[word] = value;
    this.decref(old);
  }

  clear(word: number): void {
    const old = this.i32[word]! as Ref;
    this.i32[word] = NULL;
    this.decref(old);
  }

  getrefcount(ref: Ref): number {
    if ((ref & 1) !== 0 || ref === NULL) return IMMORTAL_REFCNT;
    const w = ref >> 2;
    return this.i32[w + LOCAL_W]! + (Atomics.load(this.i32, w + SHARED_W) >> SHARED_SHIFT);
  }

  /** The owner's local count reached 0 (CPython's _Py_MergeZeroLocalRefcount). */
  private mergeZeroLocal(ref: Ref): void {
    const i32 = this.i32;
    const w = ref >> 2;
    // A plain read, as CPython's relaxed load: Atomics.load costs 5-11 ns in V8 against
    // ~1 ns (measured, a fixed SharedArrayBuffer), and this runs at every death of an
    // object the owner alone counted (most temporaries). A 0 read here cannot be stale in
    // a way that matters: the local count is 0, so a shared count of 0 means no reference
    // exists anywhere and no other executor can be adding one; a nonzero value (or a
    // concurrent change) is re-read by the compare-exchange loop below.
    let shared = i32[w + SHARED_W]!;
    if (shared === 0) {
      this.release(ref);
      return;
    }
    Atomics.or(i32, w + FLAGS_W, UNOWNED);
    let merged: number;
    for (;;) {
      merged = (shared & ~SHARED_STATE_MASK) | SHARED_MERGED;
      const seen = Atomics.compareExchange(i32, w + SHARED_W, shared, merged);
      if (seen === shared) break;
      shared = seen;
    }
    if (merged === SHARED_MERGED) this.release(ref);
  }

  /** A decref by a non-owner (CPython's _Py_DecRefShared). */
  private decrefShared(ref: Ref): void {
    const i32 = this.i32;
    const w = ref >> 2;
    let shared = Atomics.load(i32, w + SHARED_W);
    let queue: boolean;
    let dead: boolean;
    for (;;) {
      let next = shared - (1 << SHARED_SHIFT);
      queue = shared === 0;
      dead = false;
      if (queue) next = SHARED_QUEUED;
      else if (next === SHARED_MERGED) dead = true;
      const seen = Atomics.compareExchange(i32, w + SHARED_W, shared, next);
      if (seen === shared) break;
      shared = seen;
    }
    if (queue) {
      const owner = this.queueForOwner(ref);
      this.mergeForIdleOwner(owner);
    } else if (dead) this.release(ref);
  }

  /**
   * The owner of an object just queued is between slices (idle, or every thread it ran is
   * blocked: vm/stw.ts DETACHED): it touches no count until its next slice start, which may
   * be long in coming (an executor whose threads all wait sleeps), and until then the
   * object cannot die: a `del` by another thread would not run its __del__, close its file
   * or call its weakref callbacks (free-threaded CPython's owner is a thread, which merges
   * as soon as it runs again; here the owner is an executor, and the thread that dropped
   * the object may itself be the one to run next, on another executor). So borrow the
   * owner (its state word DETACHED -> BORROWED: stwAttach waits while it is borrowed) and
   * merge its queue on its behalf, the arithmetic only; the objects that died are released
   * once the owner is given back, on this thread, as a death by a last reference is.
   */
  private mergeForIdleOwner(owner: number): void {
    if (owner === this.executor || owner === UNOWNED) return;
    const i32 = this.i32;
    const state = this.heap.execRecordWord(owner) + EXR_STW_STATE;
    if (Atomics.load(i32, state) !== OWNER_DETACHED) return;
    if (Atomics.compareExchange(i32, state, OWNER_DETACHED, OWNER_BORROWED) !== OWNER_DETACHED) return;
    let dead: Ref[];
    try {
      dead = this.takeQueueMerged(owner);
    } finally {
      Atomics.store(i32, state, OWNER_DETACHED);
    }
    for (const ref of dead) {
      if ((ref & 1) !== 0) this.decrefShared((ref & ~1) as Ref);
      else this.release(ref);
    }
  }

  /**
   * Drains `owner`'s merge queue, merging each object as mergeOne does but returning the
   * ones whose count reached zero instead of releasing them (the caller holds the owner
   * borrowed, and a deallocator may run Python code); an object no longer owned by `owner`
   * is returned tagged (ref | 1) for a shared decref.
   */
  private takeQueueMerged(owner: number): Ref[] {
    const heap = this.heap;
    const i32 = this.i32;
    const record = heap.execRecordWord(owner);
    const dead: Ref[] = [];
    if (Atomics.load(i32, record + EXR_MQ_LEN) === 0) return dead;
    const [buffer, length] = detachMergeQueue(i32, record);
    for (let k = 0; k < length; k++) {
      const ref = i32[(buffer >> 2) + k]! as Ref;
      const w = ref >> 2;
      // already given up (should not happen while queued, as in mergeOne): tagged with bit 0
      // (refs are 8-aligned), its queue reference is dropped on the shared count afterwards
      if ((i32[w + FLAGS_W]! & 0xff) !== owner) dead.push((ref | 1) as Ref);
      else if (this.mergeCounts(ref)) dead.push(ref);
    }
    if (buffer !== 0) free(heap, buffer as Ref, this.executor);
    return dead;
  }

  /**
   * Folds an owned, queued object's local count into its shared count, minus the queue's
   * reference, and gives it up (UNOWNED, MERGED). True when its count is now zero.
   */
  private mergeCounts(ref: Ref): boolean {
    const i32 = this.i32;
    const w = ref >> 2;
    const local = i32[w + LOCAL_W]!;
    Atomics.or(i32, w + FLAGS_W, UNOWNED);
    let shared = Atomics.load(i32, w + SHARED_W);
    let merged: number;
    for (;;) {
      merged = (((shared >> SHARED_SHIFT) + local - 1) << SHARED_SHIFT) | SHARED_MERGED;
      const seen = Atomics.compareExchange(i32, w + SHARED_W, shared, merged);
      if (seen === shared) break;
      shared = seen;
    }
    i32[w + LOCAL_W] = 0;
    return merged === SHARED_MERGED;
  }

  /** Pushes `ref` (whose reference the queue now holds) on its owner's merge queue; returns the owner. */
  private queueForOwner(ref: Ref): number {
    const heap = this.heap;
    const i32 = this.i32;
    const owner = i32[(ref >> 2) + FLAGS_W]! & 0xff;
    const record = heap.execRecordWord(owner);
    lockWord(i32, record + EXR_MQ_LOCK);
    try {
      let buffer = i32[record + EXR_MQ_BUF]!;
      const length = i32[record + EXR_MQ_LEN]!;
      const capacity = i32[record + EXR_MQ_CAP]!;
      if (length === capacity) {
        const newCapacity = Math.max(16, capacity * 2);
        const grown = allocRaw(heap, newCapacity * 4, this.executor);
        if (grown === NULL) throw new Error('gilvm heap: out of memory growing a merge queue');
        if (buffer !== 0) {
          i32.copyWithin(grown >> 2, buffer >> 2, (buffer >> 2) + length);
          free(heap, buffer as Ref, this.executor);
        }
        buffer = grown;
        i32[record + EXR_MQ_BUF] = grown;
        i32[record + EXR_MQ_CAP] = newCapacity;
      }
      i32[(buffer >> 2) + length] = ref;
      i32[record + EXR_MQ_LEN] = length + 1;
    } finally {
      Atomics.store(i32, record + EXR_MQ_LOCK, 0);
    }
    return owner;
  }

  mergeQueued(): void {
    mergeQueuedFor(this, this.executor);
    // and the queues of executors between slices (mergeForIdleOwner): objects queued while
    // their owner still ran, which then went idle (its thread blocked in join() while the
    // thread that dropped them finished), die when the next slice starts anywhere
    const i32 = this.i32;
    const n = Math.min(Atomics.load(i32, HDR_QSBR_EXECUTORS >> 2), MAX_EXECUTORS);
    for (let e = 0; e < n; e++) {
      if (e !== this.executor && Atomics.load(i32, this.heap.execRecordWord(e) + EXR_MQ_LEN) !== 0) this.mergeForIdleOwner(e);
    }
  }

  /** Merges one queued object on behalf of its owner (CPython's _Py_ExplicitMergeRefcount(op, -1)). */
  mergeOne(ref: Ref, owner: number): void {
    const i32 = this.i32;
    const w = ref >> 2;
    if ((i32[w + FLAGS_W]! & 0xff) !== owner) {
      // Already given up (should not happen while queued): just drop the queue's reference.
      this.decrefShared(ref);
      return;
    }
    if (this.mergeCounts(ref)) this.release(ref);
  }
}

/**
 * Drains executor `owner`'s merge queue using counter `rc`: by the owner at a safe point,
 * or by anyone with the world stopped (an exited owner, before a collection or the leak
 * audit). Plain counters have no queue.
 */
/** Takes an executor's merge queue (its buffer block and length) off its record, under the
 * queue's lock: the caller merges the entries and frees the buffer (0 when empty). */
function detachMergeQueue(i32: Int32Array, record: number): [number, number] {
  lockWord(i32, record + EXR_MQ_LOCK);
  const buffer = i32[record + EXR_MQ_BUF]!;
  const length = i32[record + EXR_MQ_LEN]!;
  i32[record + EXR_MQ_BUF] = 0;
  i32[record + EXR_MQ_LEN] = 0;
  i32[record + EXR_MQ_CAP] = 0;
  Atomics.store(i32, record + EXR_MQ_LOCK, 0);
  return [buffer, length];
}

export function mergeQueuedFor(rc: RefCounter, owner: number): number {
  if (!(rc instanceof BiasedRefCounter)) return 0;
  const heap = rc.heap;
  const i32 = heap.i32;
  const record = heap.execRecordWord(owner);
  if (Atomics.load(i32, record + EXR_MQ_LEN) === 0) return 0;
  const [buffer, length] = detachMergeQueue(i32, record);
  for (let k = 0; k < length; k++) rc.mergeOne(i32[(buffer >> 2) + k]! as Ref, owner);
  if (buffer !== 0) free(heap, buffer as Ref, rc.executor);
  return length;
}

/**
 * Merges every executor's queue until all are empty (the world stopped): an object that
 * dies in a merge releases its children, which may queue them for other owners.
 */
export function mergeAllQueued(rc: RefCounter, executors: number): void {
  for (let merged = 1; merged > 0;) {
    merged = 0;
    for (let e = 0; e < executors; e++) merged += mergeQueuedFor(rc, e);
  }
}

/**
 * Brings a dead object back for its finalizer (a __del__, a suspended generator's finally):
 * the deallocator runs because its count reached zero, so no reference to it exists anywhere
 * and no other executor can touch it, whoever owned it before. It becomes this executor's,
 * with one local reference (biased counts: owner := this executor, shared := 0), so the
 * finalizer can run on any executor. `finalizerLeftDead` tells afterwards whether the
 * finalizer stored it somewhere.
 */
export function resurrectForFinalizer(rc: RefCounter, ref: Ref): void {
  const i32 = rc.heap.i32;
  const w = ref >> 2;
  if (rc instanceof BiasedRefCounter) {
    Atomics.store(i32, w + SHARED_W, 0);
    Atomics.store(i32, w + FLAGS_W, (Atomics.load(i32, w + FLAGS_W) & ~0xff) | rc.executor);
  }
  i32[w + LOCAL_W] = 1;
}

/**
 * After the finalizer of a resurrected object: true when only the resurrection's reference
 * is left (the count is set back to 0 and the deallocation goes on), false when the
 * finalizer stored the object somewhere (the caller drops its reference with decref).
 */
export function finalizerLeftDead(rc: RefCounter, ref: Ref): boolean {
  const i32 = rc.heap.i32;
  const w = ref >> 2;
  if (i32[w + LOCAL_W] !== 1) return false;
  if (rc instanceof BiasedRefCounter && Atomics.load(i32, w + SHARED_W) !== 0) return false;
  i32[w + LOCAL_W] = 0;
  return true;
}

/** A decref found a count already at 0: a double release in the object layer (a VM bug). */
function overReleased(ref: Ref, count: number): never {
  throw new Error(`gilvm heap: decref of object ${ref} whose count is ${count} (released twice)`);
}

function lockWord(i32: Int32Array, word: number): void {
  while (Atomics.compareExchange(i32, word, 0, 1) !== 0) {
    // Short critical sections: spin.
  }
}

/** The counter for an executor: biased (atomic) without the GIL, plain under it. */
export function createRefCounter(heap: Heap, executor: number, noGil: boolean): RefCounter {
  return noGil ? new BiasedRefCounter(heap, executor) : new PlainRefCounter(heap, executor);
}
