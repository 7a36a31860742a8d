/*
 * The cycle collector and the leak audit (DESIGN.md "Memory"; issue 4 item 2).
 *
 * Reference counting frees everything but cycles. The collector finds unreachable cycles
 * among gc-tracked containers (FLAG_GC_TRACKED) with CPython's trial deletion:
 *
 *   1. candidates = every live tracked, non-immortal object (heap walk); FLAG_GC_SCRATCH
 *      marks them for the duration so visits test one flag before an index lookup.
 *   2. scratch[i] = its reference count (local + shared).
 *   3. for each candidate, traverse its children: a child that is a candidate loses one
 *      (the reference comes from inside the candidate set).
 *   4. candidates with scratch > 0 are referenced from outside: roots. Everything reachable
 *      from a root (through traverse) is reachable; the rest is garbage.
 *   5. garbage is freed through the normal deallocator path, CPython's way: hold a reference
 *      to every garbage object (incref); run the finalizers that have not run (PEP 442:
 *      __del__, a suspended generator's close) on the intact objects; find again, by the
 *      same trial deletion over the garbage alone (the holds subtracted), what a finalizer
 *      made reachable (resurrected: stored somewhere): those are only released; call the
 *      type's `clear` on each of the others (it drops the
 *      references the container holds, Py_CLEAR-style, which breaks the cycles), then drop
 *      the holds (decref). The holds keep every garbage object alive until all are cleared,
 *      so no object is freed while another one still points at it, and a deallocator that
 *      releases a garbage object reached from another only lowers a count that the hold
 *      keeps above zero. A type without a real `clear` (a no-op) is fine as long as each
 *      cycle contains one type that clears, as in CPython.
 *
 *   The collector returns the number of garbage objects found (gc.collect()'s answer).
 *   Scratch space is JS-local to one collection (Int32Arrays, RefIndex): the collector runs
 *   with the world stopped (all executors parked at a safe point, issue 6), and without the
 *   GIL it first merges every executor's biased-refcount queue so counts are exact.
 *   Weak references are not handled yet.
 *
 * Automatic collection: gcTrack/gcUntrack count tracked containers created minus destroyed
 * in the executor record (EXR_GC_COUNT, CPython's gen0 count); the VM calls
 * `collector.maybeCollect()` at safe points and it collects when this executor's count
 * reaches `threshold` (700, CPython's gen0 threshold). One generation only.
 *
 * The object layer registers its functions (like the deallocator in refcount.ts):
 *   traverse(ref, visit)  calls visit(child) for each ref the container holds (borrowed);
 *   clear(ref)            drops those references (slot := NULL, then decref), keeping the
 *                         object valid for its later deallocation;
 *   finalizer.needs(ref)  the object has a finalizer that has not run yet;
 *   finalizer.run(ref)    runs it (Python code: the world runs again by then without the GIL).
 */

import { blockSize, forEachObject } from './alloc.js';
import { FLAG_GC_SCRATCH, FLAG_GC_TRACKED, IMMORTAL_REFCNT, NULL, OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED, OB_TYPE, type Ref } from './layout.js';
import { DEFAULT_GC_THRESHOLDS, EXR_GC_COUNT, HDR_GC_LAST_WORK, HDR_GC_THRESHOLD, MAX_EXECUTORS, type Heap } from './memory.js';
import { mergeAllQueued, mergeQueuedFor, type RefCounter } from './refcount.js';

export type Visit = (child: Ref) => void;
export type Traverse = (ref: Ref, visit: Visit) => void;
export type Clear = (ref: Ref) => void;
export interface Finalizer {
  needs(ref: Ref): boolean;
  run(ref: Ref): void;
  /** Puts objects in the finalizers' order: creation order, as CPython runs them in the
   * order its objects were tracked (objects/finalizer.ts sortByCreation). */
  sort(refs: Ref[]): void;
}

export const DEFAULT_GC_THRESHOLD = DEFAULT_GC_THRESHOLDS[0];

const FLAGS_W = OB_FLAGS >> 2;

/**
 * Marks a container as tracked. Call it when the object is not yet visible to another
 * executor (creation): the flags word is written plainly.
 */
export function gcTrack(heap: Heap, ref: Ref, executor: number = heap.executor): void {
  const i32 = heap.i32;
  const w = (ref >> 2) + FLAGS_W;
  const flags = i32[w]!;
  if ((flags & FLAG_GC_TRACKED) !== 0) return;
  i32[w] = flags | FLAG_GC_TRACKED;
  i32[heap.execRecordWord(executor) + EXR_GC_COUNT]!++;
}

/** Unmarks a container (in its deallocator, before its children are released). */
export function gcUntrack(heap: Heap, ref: Ref, executor: number = heap.executor): void {
  const i32 = heap.i32;
  const w = (ref >> 2) + FLAGS_W;
  const flags = i32[w]!;
  if ((flags & FLAG_GC_TRACKED) === 0) return;
  i32[w] = flags & ~FLAG_GC_TRACKED;
  i32[heap.execRecordWord(executor) + EXR_GC_COUNT]!--;
}

export function isGcTracked(heap: Heap, ref: Ref): boolean {
  return (ref & 1) === 0 && ref !== NULL && (heap.i32[(ref >> 2) + FLAGS_W]! & FLAG_GC_TRACKED) !== 0;
}

/**
 * Ref -> position in an array of refs, by open addressing over two Int32Arrays (refs are
 * never 0). A JS Map in its place was most of a collection's time with a million tracked
 * containers: a program building a list of a million small lists spent 2.7 s collecting.
 */
class RefIndex {
  private readonly keys: Int32Array;
  private readonly positions: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(refs: Int32Array, n: number) {
    let log = 4;
    while (1 << log < n * 2) log++;
    this.keys = new Int32Array(1 << log);
    this.positions = new Int32Array(1 << log);
    this.shift = 32 - log;
    this.mask = (1 << log) - 1;
    for (let k = 0; k < n; k++) {
      const ref = refs[k]!;
      let i = Math.imul(ref, 0x9e3779b1) >>> this.shift;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = ref;
      this.positions[i] = k;
    }
  }

  /** The position of ref, or -1. */
  get(ref: number): number {
    let i = Math.imul(ref, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = this.keys[i]!;
      if (key === ref) return this.positions[i]!;
      if (key === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }
}

export class CycleCollector {
  readonly heap: Heap;
  readonly rc: RefCounter;
  /**
   * Collect when the tracked count reaches this (gc.set_threshold); 0 never collects
   * automatically, as in CPython. A heap word (HDR_GC_THRESHOLD), not a field: every
   * executor's collector obeys the threshold any thread set.
   */
  get threshold(): number {
    return Atomics.load(this.heap.i32, HDR_GC_THRESHOLD >> 2);
  }

  set threshold(value: number) {
    Atomics.store(this.heap.i32, HDR_GC_THRESHOLD >> 2, value);
  }

  /** gc.enable()/gc.disable(): only automatic collection obeys it. */
  enabled = true;
  /** Number of collections run (stats). */
  collections = 0;
  /**
   * What the collection just run will cost again: blocks walked (every live object of the
   * heap, containers or not) less the garbage, plus the references of the containers that
   * survived (visited by the mark pass). Garbage is not counted: a program making cyclic
   * garbage with big payloads would otherwise space its collections by the garbage's own
   * size and let it pile up. Recorded in the heap word HDR_GC_LAST_WORK for the automatic
   * collection's pacing (objects/gcsupport.ts).
   */
  private work = 0;
  /** References visited by the last mark pass (reachable()): the survivors' references. */
  private survivorEdges = 0;
  private traverse: Traverse = () => {};
  private clear: Clear = () => {};
  private finalizer: Finalizer = { needs: () => false, run: () => {}, sort: () => {} };
  private collecting = false;

  constructor(heap: Heap, rc: RefCounter) {
    this.heap = heap;
    this.rc = rc;
  }

  setTraverse(fn: Traverse): void {
    this.traverse = fn;
  }

  setClear(fn: Clear): void {
    this.clear = fn;
  }

  /**
   * The hook that says a tracked container can never be part of a cycle (an exact tuple
   * of untracked items: CPython's _PyTuple_MaybeUntrack): the candidate walk untracks it,
   * so no later collection visits it. Whoever writes a container into an object that may
   * have been untracked this way tracks it again (objects/iter.ts's recycled tuples).
   */
  setUntrackable(fn: (ref: Ref) => boolean): void {
    this.untrackable = fn;
  }

  private untrackable: (ref: Ref) => boolean = () => false;
  /** Containers the last collection untracked (setUntrackable): no longer survivors. */
  untracked = 0;

  setFinalizer(finalizer: Finalizer): void {
    this.finalizer = finalizer;
  }

  /** Tracked containers created minus destroyed since the last collection (all executors). */
  count(): number {
    let sum = 0;
    for (let e = 0; e < MAX_EXECUTORS; e++) sum += this.heap.i32[this.heap.execRecordWord(e) + EXR_GC_COUNT]!;
    return sum;
  }

  /** At a safe point: collect if enabled and the threshold is reached. Returns collect()'s count or 0. */
  maybeCollect(): number {
    const heap = this.heap;
    const threshold = this.threshold;
    if (!this.enabled || this.collecting || threshold === 0) return 0;
    if (heap.i32[heap.execRecordWord(this.rc.executor) + EXR_GC_COUNT]! < threshold) return 0;
    return this.collect();
  }

  /**
   * A full collection (world stopped). Returns the number of unreachable objects found.
   *
   * `resumeWorld` (no-GIL, vm/stw.ts): called once the garbage is found and held, before
   * it is cleared, as free-threaded CPython restarts the world before it finalizes: the
   * clearing may run Python code (__del__ of objects the garbage released) that must be
   * able to wait for other threads. The garbage is unreachable, so no other executor can
   * reach it meanwhile; biased counts it drops for other owners are merged by those owners.
   */
  collect(resumeWorld?: () => void): number {
    if (this.collecting) return 0;
    this.collecting = true;
    let resumed = false;
    const resume = resumeWorld === undefined ? undefined : (): void => {
      this.resetCounts();
      resumed = true;
      resumeWorld();
    };
    try {
      return this.collectNow(resume);
    } finally {
      this.collecting = false;
      this.collections++;
      if (resume !== undefined && !resumed) resume();
      else if (resume === undefined) this.resetCounts();
      else {
        // the world runs again: only this executor's own count (the clearing untracked)
        const w = this.heap.execRecordWord(this.rc.executor) + EXR_GC_COUNT;
        if (this.heap.i32[w]! < 0) this.heap.i32[w] = 0;
      }
    }
  }

  private resetCounts(): void {
    const i32 = this.heap.i32;
    for (let e = 0; e < MAX_EXECUTORS; e++) i32[this.heap.execRecordWord(e) + EXR_GC_COUNT] = 0;
  }

  private collectNow(resume: (() => void) | undefined): number {
    const heap = this.heap;
    const i32 = heap.i32;
    const rc = this.rc;
    if (rc.atomic) mergeAllQueued(rc, MAX_EXECUTORS);

    // 1. Candidates.
    let candidates = new Int32Array(1024);
    let n = 0;
    let walked = 0;
    this.untracked = 0;
    const untrackable = this.untrackable;
    forEachObject(heap, (ref) => {
      walked++;
      const w = ref >> 2;
      const flags = i32[w + FLAGS_W]!;
      if ((flags & FLAG_GC_TRACKED) === 0 || i32[w + (OB_REF_LOCAL >> 2)]! >= IMMORTAL_REFCNT) return;
      // a count of 0: already dead, its dealloc queued (a __del__ running meanwhile handed the
      // GIL to the thread collecting now): its dealloc frees it; held and released here
      // too, it was freed twice
      if (i32[w + (OB_REF_LOCAL >> 2)] === 0 && i32[w + (OB_REF_SHARED >> 2)] === 0) return;
      if (untrackable(ref)) {
        i32[w + FLAGS_W] = flags & ~FLAG_GC_TRACKED;
        this.untracked++;
        return;
      }
      if (n === candidates.length) {
        const bigger = new Int32Array(n * 2);
        bigger.set(candidates);
        candidates = bigger;
      }
      i32[w + FLAGS_W] = flags | FLAG_GC_SCRATCH;
      candidates[n++] = ref;
    });
    this.work = walked;
    if (n === 0) {
      this.recordWork();
      return 0;
    }
    const positions = this.positionTable();
    for (let k = 0; k < n; k++) positions[candidates[k]! >> 4] = k;

    try {
      const reachable = this.reachable(candidates, n, 0, (child) => {
        if ((child & 1) !== 0 || child === NULL) return -1;
        if ((i32[(child >> 2) + FLAGS_W]! & FLAG_GC_SCRATCH) === 0) return -1;
        return positions[child >> 4]!;
      });

      // Gather the garbage before any user-visible code runs.
      const garbage = new Int32Array(n);
      let g = 0;
      for (let k = 0; k < n; k++) if (reachable[k] === 0) garbage[g++] = candidates[k]!;
      this.unmark(candidates, n);
      n = 0;
      // what the next collection will walk and visit again: not the garbage
      this.work = walked - g + this.survivorEdges;
      this.recordWork();
      let finalizable = 0;
      for (let k = 0; k < g; k++) if (this.finalizer.needs(garbage[k]! as Ref)) finalizable++;

      // 5. Hold, finalize, clear what is still garbage, release.
      for (let k = 0; k < g; k++) rc.incref(garbage[k]! as Ref);
      if (resume !== undefined) resume();
      let dead = g;
      if (finalizable > 0) {
        const finalizer = this.finalizer;
        const pending: Ref[] = [];
        for (let k = 0; k < g; k++) if (finalizer.needs(garbage[k]! as Ref)) pending.push(garbage[k]! as Ref);
        finalizer.sort(pending);
        for (const ref of pending) if (finalizer.needs(ref)) finalizer.run(ref);
        dead = this.stillCyclic(garbage, g);
      }
      for (let k = 0; k < dead; k++) this.clear(garbage[k]! as Ref);
      for (let k = 0; k < g; k++) rc.decref(garbage[k]! as Ref);
      // Without the GIL, a hold dropped on an object another executor owns may have been
      // queued for its owner (the owner's local count held the cycle's reference): merge
      // those now, on the owners' behalf when the world is still stopped (the objects die
      // in this pass), else this executor's own queue (the owners merge theirs at their
      // next slice start).
      if (rc.atomic) {
        if (resume === undefined) mergeAllQueued(rc, MAX_EXECUTORS);
        else mergeQueuedFor(rc, rc.executor);
      }
      return dead;
    } finally {
      if (n > 0) this.unmark(candidates, n);
    }
  }

  /**
   * The candidates' positions, by ref >> 4 (objects are 16 bytes or more, so no two share
   * an entry): read only for objects flagged FLAG_GC_SCRATCH, whose entries this collection
   * wrote, so it is never cleared and is kept from one collection to the next (a quarter of
   * the committed heap's size). A hash index in its place (RefIndex) was a third of a
   * collection's time.
   */
  private positionTable(): Int32Array {
    const entries = this.heap.committedBytes >> 4;
    if (this.positions.length < entries) this.positions = new Int32Array(entries + (entries >> 2));
    return this.positions;
  }

  private positions = new Int32Array(0);

  private recordWork(): void {
    Atomics.store(this.heap.i32, HDR_GC_LAST_WORK >> 2, Math.min(this.work, 0x7fffffff));
  }

  /**
   * Trial deletion over objs[0, n) (steps 2-4): 1 for each object referenced from outside
   * the set (its count minus `holds` minus the references from inside the set is above 0)
   * or reachable from one, 0 for the rest. `indexOf` maps a child to its index or -1.
   */
  private reachable(objs: Int32Array, n: number, holds: number, indexOf: (child: Ref) => number): Uint8Array {
    const rc = this.rc;
    // 2. Copy the counts.
    const scratch = new Int32Array(n);
    for (let k = 0; k < n; k++) scratch[k] = rc.getrefcount(objs[k]! as Ref) - holds;
    // 3. Subtract internal references.
    const subtract: Visit = (child) => {
      const k = indexOf(child);
      if (k >= 0) scratch[k]!--;
    };
    for (let k = 0; k < n; k++) this.traverse(objs[k]! as Ref, subtract);
    // 4. Mark everything reachable from the roots.
    const reachable = new Uint8Array(n);
    const work = new Int32Array(n);
    let top = 0;
    for (let k = 0; k < n; k++) {
      if (scratch[k]! > 0) {
        reachable[k] = 1;
        work[top++] = k;
      }
    }
    let edges = 0;
    const mark: Visit = (child) => {
      edges++;
      const k = indexOf(child);
      if (k >= 0 && reachable[k] === 0) {
        reachable[k] = 1;
        work[top++] = k;
      }
    };
    while (top > 0) this.traverse(objs[work[--top]!]! as Ref, mark);
    this.survivorEdges = edges;
    return reachable;
  }

  /**
   * After the finalizers: what is still cyclic garbage moves to the front of `garbage`, and
   * its length is returned (what is cleared, and gc.collect()'s answer, as CPython counts
   * its final_unreachable list). Moved behind it, only released:
   *  - what a finalizer made reachable again (resurrected: stored somewhere), with
   *    everything it reaches (CPython's handle_resurrected_objects; the same trial deletion
   *    over the garbage alone, the holds subtracted);
   *  - what a finalizer cut loose (a generator's close drops its frame, which may have been
   *    the cycle's only link): objects that no other garbage object references any more,
   *    and what only they referenced. CPython finalizes each object between an incref and
   *    a decref, so these die by their counts during the finalizer pass, uncounted and not
   *    cleared; here they die when the holds are released.
   * Without the GIL the world runs again by now, so the set is looked up in an index, not
   * flagged in OB_FLAGS.
   */
  private stillCyclic(garbage: Int32Array, g: number): number {
    const index = new RefIndex(garbage, g);
    const indexOf = (child: Ref): number => ((child & 1) !== 0 || child === NULL ? -1 : index.get(child));
    const resurrected = this.reachable(garbage, g, 1, indexOf);
    // references from the still-unreachable objects to one another
    const inbound = new Int32Array(g);
    for (let k = 0; k < g; k++) {
      if (resurrected[k] !== 0) continue;
      this.traverse(garbage[k]! as Ref, (child) => {
        const c = indexOf(child);
        if (c >= 0 && resurrected[c] === 0) inbound[c]!++;
      });
    }
    // peel what nothing in the set references, then what only peeled objects referenced
    const loose = new Uint8Array(g);
    const work = new Int32Array(g);
    let top = 0;
    for (let k = 0; k < g; k++) {
      if (resurrected[k] === 0 && inbound[k] === 0) {
        loose[k] = 1;
        work[top++] = k;
      }
    }
    while (top > 0) {
      this.traverse(garbage[work[--top]!]! as Ref, (child) => {
        const c = indexOf(child);
        if (c >= 0 && resurrected[c] === 0 && loose[c] === 0 && --inbound[c]! === 0) {
          loose[c] = 1;
          work[top++] = c;
        }
      });
    }
    const order = new Int32Array(g);
    let front = 0;
    let back = g;
    for (let k = 0; k < g; k++) {
      if (resurrected[k] === 0 && loose[k] === 0) order[front++] = garbage[k]!;
      else order[--back] = garbage[k]!;
    }
    garbage.set(order);
    return front;
  }

  private unmark(candidates: Int32Array, n: number): void {
    const i32 = this.heap.i32;
    for (let k = 0; k < n; k++) {
      const w = (candidates[k]! >> 2) + FLAGS_W;
      i32[w] = i32[w]! & ~FLAG_GC_SCRATCH;
    }
  }
}

/**
 * The --check-refs audit: live non-immortal objects by type ref -> count. Run it after a
 * final collection, with the world stopped.
 */
export function liveObjects(heap: Heap): Map<Ref, number> {
  const i32 = heap.i32;
  const byType = new Map<Ref, number>();
  forEachObject(heap, (ref) => {
    const w = ref >> 2;
    if (i32[w + (OB_REF_LOCAL >> 2)]! >= IMMORTAL_REFCNT) return;
    const type = i32[w + (OB_TYPE >> 2)]! as Ref;
    byType.set(type, (byType.get(type) ?? 0) + 1);
  });
  return byType;
}

export interface TypeUsage {
  count: number;
  bytes: number;
}

/** Live non-immortal objects by type ref: count and block bytes (the bench's bytes per object kind). */
export function liveObjectStats(heap: Heap): Map<Ref, TypeUsage> {
  const i32 = heap.i32;
  const byType = new Map<Ref, TypeUsage>();
  forEachObject(heap, (ref) => {
    const w = ref >> 2;
    if (i32[w + (OB_REF_LOCAL >> 2)]! >= IMMORTAL_REFCNT) return;
    const type = i32[w + (OB_TYPE >> 2)]! as Ref;
    let usage = byType.get(type);
    if (usage === undefined) byType.set(type, (usage = { count: 0, bytes: 0 }));
    usage.count++;
    usage.bytes += blockSize(heap, ref);
  });
  return byType;
}
