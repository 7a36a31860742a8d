// Reference counting (src/heap/refcount.ts): plain and biased counters, the deallocator
// path without JS recursion, and real worker_threads sharing one object.
import { describe, expect, it } from 'vitest';
import { allocObject, forEachObject, free } from '../../src/heap/alloc.js';
import { EXR_STW_STATE, Heap } from '../../src/heap/memory.js';
import { IMMORTAL_REFCNT, NULL, OB_REF_LOCAL, OB_REF_SHARED, smallIntRef, type Ref } from '../../src/heap/layout.js';
import {
  BiasedRefCounter,
  PlainRefCounter,
  SHARED_MERGED,
  SHARED_QUEUED,
  UNOWNED,
  createRefCounter,
  type RefCounter,
} from '../../src/heap/refcount.js';
import { buildWorkerScript, runWorker } from './heap-workers.js';

/** Marks executor `e` as running a slice (vm/stw.ts ATTACHED): its counts are its own. */
function attach(heap: Heap, e: number): void {
  Atomics.store(heap.i32, heap.execRecordWord(e) + EXR_STW_STATE, 1);
}

const PAIR = 0x2000 as Ref; // the toy type: header + two child slots (words 4 and 5)
const PAIR_BYTES = 24;

/** The toy object layer: a pair type whose deallocator releases both children. */
function pairLayer(heap: Heap, rc: RefCounter) {
  const freed: number[] = [];
  rc.setDeallocator((ref) => {
    const w = ref >> 2;
    rc.clear(w + 4);
    rc.clear(w + 5);
    freed.push(ref);
    free(heap, ref, rc.executor);
  });
  /** New pair holding `a` and `b` (stolen). */
  const pair = (a: Ref, b: Ref): Ref => {
    const ref = allocObject(heap, PAIR_BYTES, PAIR, 0, rc.executor);
    heap.i32[(ref >> 2) + 4] = a;
    heap.i32[(ref >> 2) + 5] = b;
    return ref;
  };
  return { pair, freed };
}

function liveCount(heap: Heap): number {
  let n = 0;
  forEachObject(heap, () => n++);
  return n;
}

for (const noGil of [false, true]) {
  describe(noGil ? 'biased counter (owner executor)' : 'plain counter', () => {
    it('counts, and skips small ints and NULL', () => {
      const heap = Heap.create({ maxBytes: 4 << 20 });
      const rc = createRefCounter(heap, 0, noGil);
      expect(rc.atomic).toBe(noGil);
      const { pair } = pairLayer(heap, rc);
      const p = pair(NULL, NULL);
      expect(rc.getrefcount(p)).toBe(1);
      rc.incref(p);
      rc.incref(p);
      expect(rc.getrefcount(p)).toBe(3);
      rc.decref(p);
      expect(rc.getrefcount(p)).toBe(2);
      rc.incref(smallIntRef(5));
      rc.decref(smallIntRef(-5));
      rc.xincref(NULL);
      rc.xdecref(NULL);
      rc.decref(NULL);
      expect(rc.getrefcount(p)).toBe(2);
    });

    it('frees an object of a leaf type without the deallocator', () => {
      const heap = Heap.create({ maxBytes: 4 << 20 });
      const rc = createRefCounter(heap, 0, noGil);
      const { pair, freed } = pairLayer(heap, rc);
      const LEAF = 0x3000 as Ref;
      rc.setLeafTypes([LEAF]);
      const leaf = allocObject(heap, 16, LEAF, 0, rc.executor);
      const p = pair(NULL, NULL);
      expect(liveCount(heap)).toBe(2);
      rc.decref(leaf);
      expect(freed).toEqual([]);
      expect(liveCount(heap)).toBe(1);
      rc.decref(p);
      expect(freed).toEqual([p]);
      expect(liveCount(heap)).toBe(0);
    });

    it('never changes an immortal object', () => {
      const heap = Heap.create({ maxBytes: 4 << 20 });
      const rc = createRefCounter(heap, 0, noGil);
      const { pair, freed } = pairLayer(heap, rc);
      const p = pair(NULL, NULL);
      rc.makeImmortal(p);
      for (let i = 0; i < 10; i++) rc.decref(p);
      rc.incref(p);
      expect(heap.i32[(p + OB_REF_LOCAL) >> 2]).toBe(IMMORTAL_REFCNT);
      expect(freed).toEqual([]);
      const other = createRefCounter(heap, 1, noGil); // a non-owner too
      other.decref(p);
      other.incref(p);
      expect(heap.i32[(p + OB_REF_SHARED) >> 2]).toBe(0);
    });

    it('frees at zero and releases the children through the deallocator', () => {
      const heap = Heap.create({ maxBytes: 4 << 20 });
      const rc = createRefCounter(heap, 0, noGil);
      const { pair, freed } = pairLayer(heap, rc);
      const leaf = pair(NULL, NULL);
      const shared = pair(NULL, NULL);
      rc.incref(shared); // held by the root too
      const root = pair(leaf, shared);
      expect(liveCount(heap)).toBe(3);
      rc.decref(root);
      expect(freed).toEqual([root, leaf]);
      expect(rc.getrefcount(shared)).toBe(1);
      expect(liveCount(heap)).toBe(1);
      rc.decref(shared);
      expect(liveCount(heap)).toBe(0);
    });

    it('setref and clear empty the slot before the decref (Py_SETREF order)', () => {
      const heap = Heap.create({ maxBytes: 4 << 20 });
      const rc = createRefCounter(heap, 0, noGil);
      const { pair } = pairLayer(heap, rc);
      const holder = pair(NULL, NULL);
      const slot = (holder >> 2) + 4;
      const a = pair(NULL, NULL);
      heap.i32[slot] = a;
      const b = pair(NULL, NULL);
      let seenInSlot = -1;
      rc.setDeallocator((ref) => {
        seenInSlot = heap.i32[slot]!;
        free(heap, ref, 0);
      });
      rc.setref(slot, b);
      expect(seenInSlot).toBe(b); // a's deallocator already saw the new value
      rc.clear(slot);
      expect(seenInSlot).toBe(NULL);
      expect(heap.i32[slot]).toBe(NULL);
    });

    it('frees a 1,000,000-long chain without a JS stack overflow', () => {
      const heap = Heap.create({ maxBytes: 64 << 20 });
      const rc = createRefCounter(heap, 0, noGil);
      const { pair, freed } = pairLayer(heap, rc);
      let head: Ref = NULL;
      for (let i = 0; i < 1_000_000; i++) head = pair(head, NULL);
      expect(liveCount(heap)).toBe(1_000_000);
      rc.decref(head);
      expect(freed.length).toBe(1_000_000);
      expect(liveCount(heap)).toBe(0);
    });
  });
}

describe('biased counting across executors (one thread, simulated)', () => {
  it('a non-owner counts on the shared field; the total is exact', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const owner = new BiasedRefCounter(heap, 0);
    const other = new BiasedRefCounter(heap, 1);
    const { pair, freed } = pairLayer(heap, owner);
    const otherLayer = pairLayer(heap, other);
    otherLayer.freed.push = (...refs: number[]) => freed.push(...refs); // one log for both
    const p = pair(NULL, NULL);
    other.incref(p);
    other.incref(p);
    expect(heap.i32[(p + OB_REF_LOCAL) >> 2]).toBe(1);
    expect(heap.i32[(p + OB_REF_SHARED) >> 2]).toBe(2 << 2);
    expect(owner.getrefcount(p)).toBe(3);
    owner.decref(p); // local reaches 0: merged, given up
    expect(heap.i32[(p + 4) >> 2]! & 0xff).toBe(UNOWNED);
    expect(heap.i32[(p + OB_REF_SHARED) >> 2]).toBe((2 << 2) | SHARED_MERGED);
    other.decref(p);
    expect(freed).toEqual([]);
    other.decref(p);
    expect(freed).toEqual([p]);
  });

  it('a reference released by a non-owner is queued and merged by the owner', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const owner = new BiasedRefCounter(heap, 0);
    const other = new BiasedRefCounter(heap, 1);
    const freed: number[] = [];
    for (const rc of [owner, other]) rc.setDeallocator((ref) => (freed.push(ref), free(heap, ref, rc.executor)));
    const p = allocObject(heap, 16, PAIR, 0, 0);
    attach(heap, 0); // the owner is running: it merges its queue itself
    owner.incref(p); // a reference handed to executor 1 (counted in the owner's local)
    other.decref(p); // executor 1 drops it: shared would go negative -> queued
    expect(heap.i32[(p + OB_REF_SHARED) >> 2]).toBe(SHARED_QUEUED);
    expect(owner.getrefcount(p)).toBe(2); // the queue holds one
    owner.mergeQueued();
    expect(heap.i32[(p + 4) >> 2]! & 0xff).toBe(UNOWNED);
    expect(owner.getrefcount(p)).toBe(1);
    expect(freed).toEqual([]);
    owner.decref(p);
    expect(freed).toEqual([p]);
  });

  it('a queued object whose last reference was the queue dies at the merge', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const owner = new BiasedRefCounter(heap, 0);
    const other = new BiasedRefCounter(heap, 1);
    const freed: number[] = [];
    for (const rc of [owner, other]) rc.setDeallocator((ref) => (freed.push(ref), free(heap, ref, rc.executor)));
    const p = allocObject(heap, 16, PAIR, 0, 0); // created by 0, handed (stolen) to 1
    attach(heap, 0);
    other.decref(p);
    expect(freed).toEqual([]);
    owner.mergeQueued();
    expect(freed).toEqual([p]);
  });

  it('an owner between slices is borrowed: the non-owner merges its queue at once', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const owner = new BiasedRefCounter(heap, 0);
    const other = new BiasedRefCounter(heap, 1);
    const freed: number[] = [];
    for (const rc of [owner, other]) rc.setDeallocator((ref) => (freed.push(ref), free(heap, ref, rc.executor)));
    const p = allocObject(heap, 16, PAIR, 0, 0); // created by 0, handed (stolen) to 1
    const q = allocObject(heap, 16, PAIR, 0, 0);
    owner.incref(q); // q: one reference kept by the owner, one handed to 1
    // executor 0 is DETACHED (idle): its local counts cannot change until it attaches
    other.decref(p);
    expect(freed).toEqual([p]); // died at once, on executor 1
    other.decref(q);
    expect(freed).toEqual([p]);
    expect(heap.i32[(q + 4) >> 2]! & 0xff).toBe(UNOWNED); // merged: counted on the shared word
    expect(owner.getrefcount(q)).toBe(1);
    expect(heap.i32[heap.execRecordWord(0) + EXR_STW_STATE]).toBe(0); // given back
    owner.decref(q);
    expect(freed).toEqual([p, q]);
  });
});

const WORKER_SOURCE = `
import { workerData, parentPort } from 'node:worker_threads';
import { EXR_STW_STATE, Heap } from './heap/memory.js';
import { createRefCounter } from './heap/refcount.js';
import { free } from './heap/alloc.js';
const { buffer, executor, ref, iterations, task, owner } = workerData;
const heap = Heap.attach(buffer, executor);
const rc = createRefCounter(heap, executor, true);
Atomics.store(heap.i32, heap.execRecordWord(executor) + EXR_STW_STATE, 1); // running a slice (vm/stw.ts ATTACHED)
const go = new Int32Array(buffer, 64, 1); // HDR_GIL word as a start barrier
Atomics.add(go, 0, 1);
while (Atomics.load(go, 0) < 2) {}
if (task === 'hammer') {
  for (let i = 0; i < iterations; i++) { rc.incref(ref); rc.incref(ref); rc.decref(ref); }
  for (let i = 0; i < iterations; i++) rc.decref(ref);
} else if (task === 'release') {
  for (let i = 0; i < iterations; i++) rc.decref(ref);
} else if (task === 'race') {
  // Both take references, meet, then drop them all; the owner drops one more (its own).
  const deaths = new Int32Array(buffer, 256, 2); // HDR_RESERVED_START words: death count, barrier
  rc.setDeallocator((dead) => { Atomics.add(deaths, 0, 1); free(heap, dead, executor); });
  for (let i = 0; i < iterations; i++) rc.incref(ref);
  Atomics.add(deaths, 1, 1);
  while (Atomics.load(deaths, 1) < 2) {}
  const drops = iterations + (owner ? 1 : 0);
  for (let i = 0; i < drops; i++) rc.decref(ref);
}
parentPort.postMessage('done');
`;

describe('biased counting with real worker_threads', () => {
  const script = buildWorkerScript(WORKER_SOURCE);

  it('the owner (plain) and a non-owner (atomic) hammer one object: the count is exact', async () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const p = allocObject(heap, 16, PAIR, 0, 1); // owned by executor 1
    const n = 300_000;
    await Promise.all([
      runWorker(script, { buffer: heap.buffer, executor: 1, ref: p, iterations: n, task: 'hammer' }),
      runWorker(script, { buffer: heap.buffer, executor: 2, ref: p, iterations: n, task: 'hammer' }),
    ]);
    expect(heap.i32[(p + OB_REF_LOCAL) >> 2]).toBe(1);
    expect(heap.i32[(p + OB_REF_SHARED) >> 2]).toBe(0);
    expect(new PlainRefCounter(heap, 0).getrefcount(p)).toBe(1);
  }, 60_000);

  it('the owner drops its last local reference while a non-owner drops shared ones: freed exactly once', async () => {
    for (let round = 0; round < 6; round++) {
      const heap = Heap.create({ maxBytes: 4 << 20 });
      const p = allocObject(heap, 16, PAIR, 0, 1); // owned by executor 1, count 1
      const n = 50_000 + round * 20_000;
      await Promise.all([
        runWorker(script, { buffer: heap.buffer, executor: 1, ref: p, iterations: n, task: 'race', owner: true }),
        runWorker(script, { buffer: heap.buffer, executor: 2, ref: p, iterations: n, task: 'race', owner: false }),
      ]);
      expect(heap.i32[256 >> 2]).toBe(1); // deallocated once
      expect(heap.i32[p >> 2]).toBe(0); // its block is free (OB_TYPE 0)
    }
  }, 60_000);

  it('two non-owners release references the owner handed out: queued, merged, freed exactly once', async () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const owner = new BiasedRefCounter(heap, 0);
    const freed: number[] = [];
    owner.setDeallocator((ref) => (freed.push(ref), free(heap, ref, 0)));
    const p = allocObject(heap, 16, PAIR, 0, 0);
    attach(heap, 0);
    const n = 100_000;
    for (let i = 0; i < 2 * n; i++) owner.incref(p); // 2n references handed to the workers
    await Promise.all([
      runWorker(script, { buffer: heap.buffer, executor: 1, ref: p, iterations: n, task: 'release' }),
      runWorker(script, { buffer: heap.buffer, executor: 2, ref: p, iterations: n, task: 'release' }),
    ]);
    expect(heap.i32[(p + OB_REF_SHARED) >> 2]! & 3).toBe(SHARED_QUEUED);
    expect(owner.getrefcount(p)).toBe(2); // the owner's own + the queue's
    owner.mergeQueued();
    expect(owner.getrefcount(p)).toBe(1);
    expect(freed).toEqual([]);
    owner.decref(p);
    expect(freed).toEqual([p]);
  }, 60_000);
});

describe('faults', () => {
  for (const noGil of [false, true]) {
    it(`a decref of an already-dead object is reported, not a silent double free (${noGil ? 'biased' : 'plain'})`, () => {
      const heap = Heap.create({ maxBytes: 4 << 20 });
      const rc = createRefCounter(heap, 0, noGil);
      rc.setDeallocator(() => {}); // keep the block so the stale count stays readable
      const p = allocObject(heap, 16, PAIR, 0, 0);
      rc.decref(p);
      expect(() => rc.decref(p)).toThrow(/released twice/);
      expect(rc.getrefcount(smallIntRef(3))).toBe(IMMORTAL_REFCNT);
    });
  }
});
