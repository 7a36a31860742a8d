// The allocator (src/heap/alloc.ts) over the heap buffer (src/heap/memory.ts).
import { describe, expect, it } from 'vitest';
import {
  MAX_SMALL_BYTES,
  SIZE_CLASS_BYTES,
  alloc,
  allocObject,
  allocRaw,
  blockSize,
  forEachObject,
  free,
  freeListLength,
  heapStats,
  pageOwner,
  reallocRaw,
  sizeClassOf,
  trimHeap,
} from '../../src/heap/alloc.js';
import { Heap, HDR_GIL, PAGE_SIZE, parseHeapSize } from '../../src/heap/memory.js';
import { NULL, OB_TYPE, type Ref } from '../../src/heap/layout.js';

const TYPE = 0x1000 as Ref; // any nonzero word marks a live object for the walker

function newObject(heap: Heap, bytes: number, executor = 0): Ref {
  const ref = allocObject(heap, bytes, TYPE, 0, executor);
  expect(ref).not.toBe(NULL);
  return ref;
}

describe('heap buffer', () => {
  it('formats a header that attach() accepts, and keeps ref 0 out of the data pages', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const other = Heap.attach(heap.buffer, 3);
    expect(other.executor).toBe(3);
    expect(other.firstPage).toBe(heap.firstPage);
    expect(heap.firstPage).toBeGreaterThan(0);
    heap.i32[HDR_GIL >> 2] = 7;
    expect(other.i32[HDR_GIL >> 2]).toBe(7);
    const ref = newObject(heap, 16);
    expect(ref).toBeGreaterThanOrEqual(heap.firstPage * PAGE_SIZE);
    expect(() => Heap.attach(new SharedArrayBuffer(1 << 20), 0)).toThrow();
  });
});

describe('--max-heap sizes', () => {
  it('parses bytes and K/M/G suffixes', () => {
    expect(parseHeapSize('65536')).toBe(65536);
    expect(parseHeapSize('64k')).toBe(65536);
    expect(parseHeapSize('512M')).toBe(512 * 2 ** 20);
    expect(parseHeapSize('1GiB')).toBe(2 ** 30);
    expect(parseHeapSize('1.5g')).toBe(1.5 * 2 ** 30);
    expect(parseHeapSize('lots')).toBeNaN();
    expect(parseHeapSize('12Q')).toBeNaN();
  });

  it('rejects a limit beyond 2 GiB or too small for the metadata', () => {
    expect(() => Heap.create({ maxBytes: 4 * 2 ** 30 })).toThrow(RangeError);
    expect(() => Heap.create({ maxBytes: 64 << 10 })).toThrow(RangeError);
  });
});

describe('small blocks', () => {
  it('reuses a freed block of the same class', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const a = alloc(heap, 40, 0);
    const b = alloc(heap, 40, 0);
    expect(b).not.toBe(a);
    free(heap, a, 0);
    expect(alloc(heap, 33, 0)).toBe(a); // 33 rounds up to the 40-byte class
  });

  it('serves every size class with non-overlapping, 8-aligned blocks of the class size', () => {
    const heap = Heap.create({ maxBytes: 64 << 20 });
    const seen: { ref: number; size: number; tag: number }[] = [];
    let tag = 1;
    for (let c = 0; c < SIZE_CLASS_BYTES.length; c++) {
      const size = SIZE_CLASS_BYTES[c]!;
      expect(sizeClassOf(size)).toBe(c);
      if (c > 0) expect(sizeClassOf(SIZE_CLASS_BYTES[c - 1]! + 1)).toBe(c);
      for (let k = 0; k < 3; k++) {
        const ref = allocRaw(heap, size, 0);
        expect(ref).not.toBe(NULL);
        expect(ref % 8).toBe(0);
        expect(blockSize(heap, ref)).toBe(size);
        heap.u8.fill(tag & 0xff, ref, ref + size);
        seen.push({ ref, size, tag: tag & 0xff });
        tag++;
      }
    }
    for (const { ref, size, tag: t } of seen) {
      expect(heap.u8[ref]).toBe(t);
      expect(heap.u8[ref + size - 1]).toBe(t);
    }
    expect(SIZE_CLASS_BYTES[SIZE_CLASS_BYTES.length - 1]).toBe(MAX_SMALL_BYTES);
  });

  it('keeps object and raw blocks in different pages', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const obj = alloc(heap, 24, 0);
    const raw = allocRaw(heap, 24, 0);
    expect(Math.floor(obj / PAGE_SIZE)).not.toBe(Math.floor(raw / PAGE_SIZE));
  });

  it('reallocRaw keeps the contents', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const a = allocRaw(heap, 16, 0);
    heap.i32[a >> 2] = 11;
    heap.i32[(a >> 2) + 3] = 44;
    expect(reallocRaw(heap, a, 12, 0)).toBe(a);
    const b = reallocRaw(heap, a, 200, 0);
    expect(b).not.toBe(a);
    expect(heap.i32[b >> 2]).toBe(11);
    expect(heap.i32[(b >> 2) + 3]).toBe(44);
    expect(blockSize(heap, b)).toBeGreaterThanOrEqual(200);
  });
});

describe('large objects', () => {
  it('are page-aligned runs that are reused and coalesced', () => {
    const heap = Heap.create({ maxBytes: 16 << 20 });
    const a = alloc(heap, 100_000, 0); // 2 pages
    const b = alloc(heap, 2 * PAGE_SIZE, 0); // 2 pages
    const c = alloc(heap, MAX_SMALL_BYTES + 1, 0); // 1 page
    for (const r of [a, b, c]) {
      expect(r).not.toBe(NULL);
      expect(r % PAGE_SIZE).toBe(0);
    }
    expect(blockSize(heap, a)).toBe(2 * PAGE_SIZE);
    expect(blockSize(heap, c)).toBe(PAGE_SIZE);
    expect(b).toBe(a + 2 * PAGE_SIZE);
    expect(heapStats(heap).largeBytes).toBe(5 * PAGE_SIZE);
    free(heap, a, 0);
    free(heap, b, 0);
    // a and b coalesced into one free run of 4 pages: a 4-page object fits there.
    const d = alloc(heap, 4 * PAGE_SIZE, 0);
    expect(d).toBe(a);
    expect(heapStats(heap).largeBytes).toBe(5 * PAGE_SIZE);
    free(heap, d, 0);
    // A small page comes from the free run before the wilderness.
    const small = alloc(heap, 64, 0);
    expect(Math.floor(small / PAGE_SIZE) * PAGE_SIZE).toBe(a);
    // c ends at the wilderness: freeing it coalesces it with the free pages before it
    // (a's run minus the small page) and gives them all back to the wilderness.
    expect(heap.pageTop).toBe(c / PAGE_SIZE + 1);
    free(heap, c, 0);
    expect(heap.pageTop).toBe(a / PAGE_SIZE + 1);
    expect(alloc(heap, 3 * PAGE_SIZE, 0)).toBe(a + PAGE_SIZE);
  });
});

describe('growth and the limit', () => {
  it('commits more of the buffer in chunks; views stay the same objects', () => {
    const heap = Heap.create({ initialBytes: 256 << 10, maxBytes: 32 << 20, growChunk: 1 << 20 });
    const i32 = heap.i32;
    const before = heap.committedBytes;
    const refs: Ref[] = [];
    while (heap.committedBytes === before) refs.push(allocRaw(heap, 4096, 0));
    expect(heap.committedBytes).toBeGreaterThan(before);
    expect(heap.committedBytes % PAGE_SIZE).toBe(0);
    const last = refs[refs.length - 1]!;
    expect(last).toBeGreaterThanOrEqual(before);
    expect(heap.i32).toBe(i32);
    heap.i32[(last >> 2) + 1023] = 123456;
    expect(i32[(last >> 2) + 1023]).toBe(123456);
  });

  it('returns NULL at the max size, and works again after a free', () => {
    const heap = Heap.create({ maxBytes: 1 << 20 });
    const refs: Ref[] = [];
    for (;;) {
      const r = alloc(heap, 1000, 0);
      if (r === NULL) break;
      refs.push(r);
    }
    expect(refs.length).toBeGreaterThan(100);
    expect(heap.committedBytes).toBe(1 << 20);
    expect(alloc(heap, 200_000, 0)).toBe(NULL);
    expect(alloc(heap, 2 << 20, 0)).toBe(NULL);
    free(heap, refs[5]!, 0);
    expect(alloc(heap, 1000, 0)).toBe(refs[5]);
  });
});

describe('executors', () => {
  it('allocates from per-executor pages', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const a = alloc(heap, 48, 0);
    const b = alloc(heap, 48, 1);
    expect(pageOwner(heap, a)).toBe(0);
    expect(pageOwner(heap, b)).toBe(1);
    expect(Math.floor(a / PAGE_SIZE)).not.toBe(Math.floor(b / PAGE_SIZE));
  });

  it('a block freed by another executor goes to the owner remote list and is drained when the local list is empty', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const first = alloc(heap, 96, 0);
    const taken: Ref[] = [first];
    while (freeListLength(heap, 0, 96) > 0) taken.push(alloc(heap, 96, 0));
    const victim = taken[7]!;
    free(heap, victim, 2); // executor 2 frees executor 0's block
    expect(freeListLength(heap, 0, 96)).toBe(0);
    expect(freeListLength(heap, 0, 96, { remote: true })).toBe(1);
    expect(freeListLength(heap, 2, 96)).toBe(0);
    const again = alloc(heap, 96, 0);
    expect(again).toBe(victim);
    expect(freeListLength(heap, 0, 96, { remote: true })).toBe(0);
    // the owner's own free goes on its local list
    free(heap, taken[3]!, 0);
    expect(freeListLength(heap, 0, 96)).toBe(1);
  });

  it('free uses heap.executor by default (a worker view)', () => {
    const heap = Heap.create({ maxBytes: 4 << 20 });
    const worker = Heap.attach(heap.buffer, 5);
    const a = alloc(heap, 16, 0);
    free(worker, a);
    expect(freeListLength(heap, 0, 16, { remote: true })).toBe(1);
  });
});

describe('forEachObject', () => {
  it('visits exactly the live object blocks', () => {
    const heap = Heap.create({ maxBytes: 16 << 20 });
    const live = new Set<number>();
    const all: Ref[] = [];
    for (let i = 0; i < 3000; i++) {
      const size = 16 + ((i * 53) % 700);
      all.push(newObject(heap, size, i % 3));
    }
    all.push(newObject(heap, 200_000));
    all.push(newObject(heap, 40_000));
    allocRaw(heap, 64, 0); // raw blocks are never visited
    allocRaw(heap, 100_000, 0);
    alloc(heap, 64, 0); // allocated but no type written yet: not an object yet
    for (let i = 0; i < all.length; i++) {
      if (i % 3 === 1) free(heap, all[i]!, 0);
      else live.add(all[i]!);
    }
    const visited: number[] = [];
    forEachObject(heap, (ref) => {
      expect(heap.i32[(ref + OB_TYPE) >> 2]).toBe(TYPE);
      visited.push(ref);
    });
    expect(visited.length).toBe(live.size);
    expect(new Set(visited)).toEqual(live);
  });
});

describe('random workload against a model', () => {
  it('never hands out overlapping blocks and keeps contents intact', () => {
    const heap = Heap.create({ initialBytes: 256 << 10, maxBytes: 64 << 20, growChunk: 256 << 10 });
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const live = new Map<number, { size: number; stamp: number; executor: number; object: boolean }>();
    const keys: number[] = [];
    const u32 = heap.u32;
    for (let step = 0; step < 40_000; step++) {
      if (live.size > 0 && random() < 0.45) {
        // free a random live block, from a random executor (remote frees included)
        const pick = Math.floor(random() * keys.length);
        const ref = keys[pick]!;
        keys[pick] = keys[keys.length - 1]!;
        keys.pop();
        const block = live.get(ref)!;
        // contents intact: first and last word still carry the stamp
        if (u32[(ref >> 2) + 1] !== block.stamp || u32[((ref + block.size) >> 2) - 1] !== block.stamp) {
          expect.fail(`block ${ref} overwritten at step ${step}`);
        }
        free(heap, ref as Ref, Math.floor(random() * 3));
        live.delete(ref);
      } else {
        const r = random();
        const size = r < 0.8 ? 16 + Math.floor(random() * 240) : r < 0.97 ? 256 + Math.floor(random() * 30_000) : 40_000 + Math.floor(random() * 200_000);
        const executor = Math.floor(random() * 3);
        const object = random() < 0.7;
        const ref = object ? alloc(heap, size, executor) : allocRaw(heap, size, executor);
        if (ref === NULL || blockSize(heap, ref) < size) expect.fail(`bad block ${ref} for ${size} bytes`);
        const stamp = (step * 2654435761) >>> 0 || 1;
        const rounded = size & ~3;
        u32[ref >> 2] = object ? 0x1000 : stamp; // a type word for objects
        u32[(ref >> 2) + 1] = stamp;
        u32[((ref + rounded) >> 2) - 1] = stamp;
        live.set(ref, { size: rounded, stamp, executor, object });
        keys.push(ref);
      }
    }
    // no two live blocks overlap
    const sorted = [...live.entries()].sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < sorted.length; k++) {
      expect(sorted[k]![0]).toBeGreaterThanOrEqual(sorted[k - 1]![0] + sorted[k - 1]![1].size);
    }
    for (const [ref, block] of live) expect(u32[(ref >> 2) + 1]).toBe(block.stamp);
    // the walker sees exactly the live object blocks
    const objects = new Set(sorted.filter(([, b]) => b.object).map(([ref]) => ref));
    const visited = new Set<number>();
    forEachObject(heap, (ref) => visited.add(ref));
    expect(visited).toEqual(objects);
    // free everything: every large run goes back, the heap still serves a big object
    for (const ref of live.keys()) free(heap, ref as Ref, 0);
    expect(heapStats(heap).largeBytes).toBe(0);
    const big = alloc(heap, 8 << 20, 0);
    expect(big).not.toBe(NULL);
  });
});

describe('trimHeap', () => {
  it('returns empty small pages to the pool so another size class can use them', () => {
    const heap = Heap.create({ maxBytes: 2 << 20 });
    const small: Ref[] = [];
    for (;;) {
      const r = alloc(heap, 24, small.length % 2); // two executors' pages
      if (r === NULL) break;
      small.push(r);
    }
    expect(alloc(heap, 500, 0)).toBe(NULL); // full of 24-byte blocks
    const keep = small[small.length - 1]!; // one live block keeps its page
    for (const r of small) if (r !== keep) free(heap, r, 1); // many remote frees
    const pagesBefore = heapStats(heap).smallPages;
    const released = trimHeap(heap);
    expect(released).toBe(pagesBefore - 1);
    expect(heapStats(heap).smallPages).toBe(1);
    const big: Ref[] = [];
    for (let r = alloc(heap, 500, 0); r !== NULL; r = alloc(heap, 500, 0)) big.push(r);
    expect(big.length).toBeGreaterThan(1000);
    // the surviving page's free blocks are still on the lists and still serve 24 bytes
    expect(freeListLength(heap, 1, 24) + freeListLength(heap, 0, 24, { remote: true }) +
      freeListLength(heap, 1, 24, { remote: true }) + freeListLength(heap, 0, 24)).toBe(
      Math.floor(PAGE_SIZE / 24) - 1,
    );
    const again = alloc(heap, 24, pageOwner(heap, keep));
    expect(Math.floor(again / PAGE_SIZE)).toBe(Math.floor(keep / PAGE_SIZE));
    expect(trimHeap(heap)).toBe(0);
  });

  it('runs when the heap is full: blocks freed in one class serve another class and large blocks', () => {
    const heap = Heap.create({ maxBytes: 2 << 20 });
    const small: Ref[] = [];
    for (let r = alloc(heap, 24, 0); r !== NULL; r = alloc(heap, 24, 0)) small.push(r);
    expect(allocRaw(heap, 3 * PAGE_SIZE)).toBe(NULL);
    const pagesFull = heapStats(heap).smallPages;
    for (const r of small) free(heap, r, 0);
    const large = allocRaw(heap, 3 * PAGE_SIZE); // the full heap gives its empty pages back first
    expect(large).not.toBe(NULL);
    expect(heapStats(heap).smallPages).toBeLessThan(pagesFull);
    const other: Ref[] = [];
    for (let r = alloc(heap, 500, 0); r !== NULL; r = alloc(heap, 500, 0)) other.push(r);
    expect(other.length).toBeGreaterThan(1000);
    for (const r of other) expect(blockSize(heap, r)).toBeGreaterThanOrEqual(500);
  });

  it('counts the never-handed-out blocks of a page as free (pages are threaded in batches)', () => {
    const heap = Heap.create({ maxBytes: 2 << 20 });
    const one = alloc(heap, 16, 0); // a 4,096-block page, threaded 64 at a time
    expect(freeListLength(heap, 0, 16)).toBeLessThan(100);
    free(heap, one, 0);
    expect(trimHeap(heap)).toBe(1);
    let count = 0;
    forEachObject(heap, () => count++);
    expect(count).toBe(0);
    const seen = new Set<number>();
    for (let i = 0; i < Math.floor(PAGE_SIZE / 16) + 10; i++) {
      const r = alloc(heap, 16, 0);
      expect(r).not.toBe(NULL);
      expect(seen.has(r)).toBe(false);
      seen.add(r);
    }
  });
});
