// The cycle collector and the leak audit (src/heap/gc.ts) on a toy container type.
import { describe, expect, it } from 'vitest';
import { allocObject, forEachObject, free } from '../../src/heap/alloc.js';
import { BiasedRefCounter } from '../../src/heap/refcount.js';
import { CycleCollector, gcTrack, gcUntrack, isGcTracked, liveObjectStats, liveObjects } from '../../src/heap/gc.js';
import { Heap } from '../../src/heap/memory.js';
import { NULL, smallIntRef, type Ref } from '../../src/heap/layout.js';
import { createRefCounter } from '../../src/heap/refcount.js';

const NODE = 0x3000 as Ref; // container: header + 3 slots (words 4..6)
const LEAF = 0x4000 as Ref; // not a container
const SLOTS = 3;

function setup(noGil = false) {
  const heap = Heap.create({ maxBytes: 16 << 20 });
  const rc = createRefCounter(heap, 0, noGil);
  const gc = new CycleCollector(heap, rc);
  const i32 = heap.i32;
  const deallocated: number[] = [];
  rc.setDeallocator((ref) => {
    const w = ref >> 2;
    if (i32[w] === NODE) {
      gcUntrack(heap, ref);
      for (let s = 0; s < SLOTS; s++) rc.clear(w + 4 + s);
    }
    deallocated.push(ref);
    free(heap, ref);
  });
  gc.setTraverse((ref, visit) => {
    const w = ref >> 2;
    for (let s = 0; s < SLOTS; s++) visit(i32[w + 4 + s]! as Ref);
  });
  gc.setClear((ref) => {
    const w = ref >> 2;
    for (let s = 0; s < SLOTS; s++) rc.clear(w + 4 + s);
  });
  const node = (): Ref => {
    const ref = allocObject(heap, 16 + 4 * SLOTS, NODE, 0);
    for (let s = 0; s < SLOTS; s++) i32[(ref >> 2) + 4 + s] = NULL;
    gcTrack(heap, ref);
    return ref;
  };
  const leaf = (): Ref => allocObject(heap, 16, LEAF, 0);
  /** container[slot] = value (a new reference: increfs value). */
  const link = (container: Ref, slot: number, value: Ref) => {
    rc.incref(value);
    rc.setref((container >> 2) + 4 + slot, value);
  };
  const live = () => {
    let n = 0;
    forEachObject(heap, () => n++);
    return n;
  };
  return { heap, rc, gc, node, leaf, link, live, deallocated };
}

for (const noGil of [false, true]) {
  describe(`cycle collector (${noGil ? 'biased' : 'plain'} counts)`, () => {
    it('collects a self cycle and a two-node cycle with a leaf, and counts them', () => {
      const { rc, gc, node, leaf, link, live, deallocated } = setup(noGil);
      const a = node();
      link(a, 0, a); // a = []; a.append(a)
      rc.decref(a);
      const b = node();
      const c = node();
      const l = leaf();
      link(b, 0, c);
      link(c, 0, b);
      link(c, 1, l);
      rc.decref(l);
      rc.decref(b);
      rc.decref(c);
      expect(live()).toBe(4);
      expect(gc.collect()).toBe(3); // containers only, as gc.collect()
      expect(live()).toBe(0);
      expect(new Set(deallocated)).toEqual(new Set([a, b, c, l]));
      expect(deallocated.length).toBe(4);
      expect(gc.collect()).toBe(0);
    });

    it('keeps structures reachable from outside, including cycles hanging off them', () => {
      const { rc, gc, node, leaf, link, live } = setup(noGil);
      const root = node(); // held by "the program"
      const x = node();
      const y = node();
      link(root, 0, x);
      link(x, 0, y);
      link(y, 0, x); // x <-> y cycle, reachable from root
      link(y, 1, smallIntRef(42));
      const l = leaf();
      link(y, 2, l);
      rc.decref(x);
      rc.decref(y);
      rc.decref(l);
      const garbage = node();
      link(garbage, 0, garbage);
      rc.decref(garbage);
      expect(gc.collect()).toBe(1);
      expect(live()).toBe(4);
      expect(rc.getrefcount(x)).toBe(2);
      expect(rc.getrefcount(y)).toBe(1);
      // Dropping the root makes the x<->y cycle garbage.
      rc.decref(root);
      expect(live()).toBe(3);
      expect(gc.collect()).toBe(2);
      expect(live()).toBe(0);
    });

    it('collects a long cyclic chain and a dense clique', () => {
      const { rc, gc, node, link, live } = setup(noGil);
      const first = node();
      let prev = first;
      for (let i = 0; i < 10_000; i++) {
        const n = node();
        link(prev, 0, n);
        rc.decref(n);
        prev = n;
      }
      link(prev, 0, first);
      rc.decref(first);
      const clique = [node(), node(), node()];
      for (const p of clique) for (let s = 0; s < 3; s++) link(p, s, clique[s]!);
      for (const p of clique) rc.decref(p);
      expect(gc.collect()).toBe(10_004);
      expect(live()).toBe(0);
    });

    it('runs automatically at the threshold', () => {
      const { rc, gc, node, link, live } = setup(noGil);
      gc.threshold = 100;
      let collected = 0;
      for (let i = 0; i < 250; i++) {
        const a = node();
        link(a, 0, a);
        rc.decref(a);
        collected += gc.maybeCollect();
      }
      expect(gc.collections).toBe(2);
      expect(collected).toBe(200);
      expect(live()).toBe(50);
      gc.enabled = false;
      for (let i = 0; i < 200; i++) gc.maybeCollect();
      expect(gc.collections).toBe(2);
    });
  });
}

describe('cycle collector without the GIL, objects owned by other executors', () => {
  it('collects cycles whose members another executor owns (its merge queue is drained)', () => {
    const { heap, gc, rc, deallocated } = setup(true);
    const owner = new BiasedRefCounter(heap, 2);
    owner.setDeallocator((ref) => deallocOther(ref));
    // executor 2 builds a <-> b and a self cycle c, then drops its variables
    const make = (): Ref => {
      const ref = allocObject(heap, 16 + 4 * 3, 0x3000 as Ref, 0, 2);
      for (let s = 0; s < 3; s++) heap.i32[(ref >> 2) + 4 + s] = NULL;
      gcTrack(heap, ref, 2);
      return ref;
    };
    const deallocOther = (ref: Ref) => {
      for (let s = 0; s < 3; s++) owner.clear((ref >> 2) + 4 + s);
      deallocated.push(ref);
      free(heap, ref, 2);
    };
    const a = make();
    const b = make();
    const c = make();
    const set = (x: Ref, slot: number, y: Ref) => {
      owner.incref(y);
      owner.setref((x >> 2) + 4 + slot, y);
    };
    set(a, 0, b);
    set(b, 0, a);
    set(c, 0, c);
    owner.decref(a);
    owner.decref(b);
    owner.decref(c);
    expect(liveObjects(heap).get(0x3000 as Ref)).toBe(3);
    // executor 0 collects with the world stopped
    expect(gc.collect()).toBe(3);
    expect(liveObjects(heap).size).toBe(0);
    expect(new Set(deallocated)).toEqual(new Set([a, b, c]));
  });
});

describe('tracking and the leak audit', () => {
  it('gcTrack/gcUntrack set the flag and the count', () => {
    const { heap, gc, node, rc } = setup();
    const a = node();
    expect(isGcTracked(heap, a)).toBe(true);
    expect(gc.count()).toBe(1);
    gcUntrack(heap, a);
    expect(isGcTracked(heap, a)).toBe(false);
    expect(gc.count()).toBe(0);
    gcTrack(heap, a);
    rc.decref(a);
    expect(gc.count()).toBe(0);
  });

  it('liveObjects counts non-immortal live objects by type', () => {
    const { rc, node, leaf, link, heap } = setup();
    const a = node();
    const b = node();
    const l = leaf();
    const immortal = leaf();
    rc.makeImmortal(immortal);
    link(a, 0, l);
    expect(liveObjects(heap)).toEqual(
      new Map([
        [NODE, 2],
        [LEAF, 1],
      ]),
    );
    expect(liveObjectStats(heap).get(NODE)).toEqual({ count: 2, bytes: 2 * 32 });
    expect(liveObjectStats(heap).get(LEAF)).toEqual({ count: 1, bytes: 16 });
    rc.decref(l);
    rc.decref(a);
    rc.decref(b);
    expect(liveObjects(heap).size).toBe(0);
  });
});
