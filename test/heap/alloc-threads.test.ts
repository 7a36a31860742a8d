// The allocator under real parallelism (issue 6): two worker_threads allocate from their
// own pages, hand blocks to each other and free foreign blocks (remote-free lists), with
// large objects and heap growth (heap lock) in the mix.
import { describe, expect, it } from 'vitest';
import { allocRaw, forEachObject, heapStats } from '../../src/heap/alloc.js';
import { HDR_RESERVED_START, Heap } from '../../src/heap/memory.js';
import { NULL } from '../../src/heap/layout.js';
import { buildWorkerScript, runWorker } from './heap-workers.js';

const ERRORS_WORD = HDR_RESERVED_START >> 2;
const DONE_WORD = ERRORS_WORD + 1;
const SLOTS = 256;

const CHURN = `
import { workerData, parentPort } from 'node:worker_threads';
import { Heap } from './heap/memory.js';
import { alloc, free } from './heap/alloc.js';
const { buffer, executor, rounds, mailboxes, slots, errorsWord, doneWord } = workerData;
const heap = Heap.attach(buffer, executor);
const i32 = heap.i32;
const mine = mailboxes[executor - 1];
const theirs = mailboxes[2 - executor];
let seed = executor * 7919;
const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
const MARK = 0x5a5a5a5a;
function stamp(ref, size) {
  i32[(ref >> 2) + 1] = ref ^ MARK;
  i32[(ref >> 2) + 2] = size;
  i32[((ref + size) >> 2) - 1] = ref ^ MARK;
  i32[ref >> 2] = 0x1000; // the type word: a live object for the walker
}
function check(ref) {
  const size = i32[(ref >> 2) + 2];
  if (i32[ref >> 2] !== 0x1000 || i32[(ref >> 2) + 1] !== (ref ^ MARK) || i32[((ref + size) >> 2) - 1] !== (ref ^ MARK)) {
    Atomics.add(i32, errorsWord, 1);
  }
}
function drain() {
  for (let s = 0; s < slots; s++) {
    const ref = Atomics.exchange(i32, mine + s, 0);
    if (ref !== 0) { check(ref); free(heap, ref, executor); }
  }
}
Atomics.add(i32, doneWord + 1, 1); // start barrier: both run at the same time
while (Atomics.load(i32, doneWord + 1) < 2) {}
const held = [];
let handed = 0;
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < 64; k++) {
    const size = rnd() < 0.995 ? 16 + (Math.floor(rnd() * 500) & ~3) : 40000 + (Math.floor(rnd() * 60000) & ~3);
    const ref = alloc(heap, size, executor);
    if (ref === 0) { Atomics.add(i32, errorsWord, 1000000); continue; }
    stamp(ref, size);
    held.push(ref);
  }
  while (held.length > 0) {
    const ref = held.pop();
    if (rnd() < 0.5 && Atomics.compareExchange(i32, theirs + Math.floor(rnd() * slots), 0, ref) === 0) { handed++; continue; }
    check(ref);
    free(heap, ref, executor);
  }
  drain();
}
Atomics.add(i32, doneWord, 1);
while (Atomics.load(i32, doneWord) < 2) {}
drain();
parentPort.postMessage(handed);
`;

describe('allocator with two parallel executors', () => {
  const script = buildWorkerScript(CHURN);

  it('cross-frees through remote lists without losing or overlapping a block', async () => {
    const heap = Heap.create({ initialBytes: 256 << 10, maxBytes: 256 << 20, growChunk: 256 << 10 });
    const committedBefore = heap.committedBytes;
    const mailboxes = [allocRaw(heap, SLOTS * 4, 0), allocRaw(heap, SLOTS * 4, 0)];
    for (const m of mailboxes) {
      expect(m).not.toBe(NULL);
      heap.i32.fill(0, m >> 2, (m >> 2) + SLOTS);
    }
    const common = {
      buffer: heap.buffer,
      rounds: 3000,
      mailboxes: mailboxes.map((m) => m >> 2),
      slots: SLOTS,
      errorsWord: ERRORS_WORD,
      doneWord: DONE_WORD,
    };
    const handed = await Promise.all([
      runWorker(script, { ...common, executor: 1 }),
      runWorker(script, { ...common, executor: 2 }),
    ]);
    expect(heap.i32[ERRORS_WORD]).toBe(0);
    expect(handed[0]).toBeGreaterThan(0); // cross-executor frees happened
    expect(handed[1]).toBeGreaterThan(0);
    let live = 0;
    forEachObject(heap, () => live++);
    expect(live).toBe(0);
    expect(heapStats(heap).largeBytes).toBe(0);
    expect(heap.committedBytes).toBeGreaterThan(committedBefore);
  }, 60_000);
});
