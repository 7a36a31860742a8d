/*
 * The allocator: size-class blocks in per-executor pages, large objects as runs of whole
 * pages, all state in the heap (memory.ts draws the metadata layout). mimalloc's scheme, as
 * free-threaded CPython uses it (DESIGN.md "Memory", issue 6 item 4).
 *
 * Size classes: 8..256 bytes in steps of 8 (32 classes), then steps of ~1.25x up to 8 KiB,
 * then PAGE_SIZE/n for n = 8..2 so the big classes fill a page exactly (9360, 10920, 13104,
 * 16384, 21840, 32768): 54 classes. A request above MAX_SMALL_BYTES (32 KiB) is a large
 * object: a run of ceil(bytes / 64 KiB) whole pages.
 *
 * Two kinds of blocks, each with its own pages and free lists (slot kc = class, or
 * class + RAW_SLOT_BASE):
 *   - objects (`alloc`, `allocObject`): start with the 16-byte header (layout.ts). The heap
 *     walker visits them: a block is a live object iff its OB_TYPE word is not 0. Freed and
 *     never-used blocks have OB_TYPE 0; `alloc` returns a block whose OB_TYPE is still 0,
 *     so an object is "live" for the walker once its creator writes the type.
 *   - raw storage (`allocRaw`): item arrays, hash tables, value stacks... no header, never
 *     walked (the owning object's traverse reaches through them).
 *
 * A small page (64 KiB) holds blocks of one size class and has one owner executor, both
 * recorded in the page table. When an executor's free list for a class is empty it (1)
 * takes its whole remote-free list (Atomics.exchange), else (2) takes a page from the pool
 * (free runs first fit, else the wilderness above HDR_PAGE_TOP, committing more of the buffer
 * if needed, all under the heap lock) and threads all its blocks onto the list.
 *
 * Free block format: word 0 = 0 (free marker), word 1 = next free block (0 ends the list).
 *
 * free(heap, ref, executor): if the page's owner is the freeing executor, push on its local
 * list (plain stores: only the owner touches it). Otherwise push on the OWNER's remote list
 * for that class with an Atomics.compareExchange loop (lock-free Treiber push; the owner
 * only ever takes the whole list with Atomics.exchange, so there is no ABA problem). Under
 * the GIL only one executor runs at a time and the same code is correct.
 *
 * Large runs are not per executor: they are allocated and freed under the heap lock. Free
 * runs are a doubly linked list whose links live in the run's first page (word 0 = next
 * head page, word 1 = prev head page); runs coalesce with free neighbours on free (page
 * table: the head entry says FREE_RUN + length, the tail entry FREE_TAIL + head), and a run
 * that ends at the wilderness is given back to it.
 *
 * A small page whose blocks are all free is not returned to the pool on the fly (that would
 * need a per-page live count on the hot path); `trimHeap` does it with the world stopped
 * (after a collection, or before giving up with MemoryError).
 *
 * Fast path (alloc): one table load for the class, one load of the list head, one load of
 * its next, one store. No allocation of JS objects, no closures. The class tables below are
 * module constants computed once at load (immutable afterwards).
 */

import { NULL, OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED, OB_TYPE, type Ref } from './layout.js';
import {
  EXEC_RECORD_WORDS,
  EXR_LOCAL_HEADS,
  EXR_REMOTE_HEADS,
  EXR_UNTHREADED,
  HDR_FIRST_PAGE,
  HDR_FREE_RUNS,
  HDR_LARGE_BYTES,
  HDR_NOGIL_PARALLEL,
  HDR_PAGE_TOP,
  HDR_SMALL_PAGES,
  Heap,
  PAGE_SHIFT,
  PAGE_SIZE,
  PK_FREE_RUN,
  PK_FREE_TAIL,
  PK_LARGE_CONT,
  PK_LARGE_OBJ,
  PK_LARGE_RAW,
  PK_SMALL_OBJ,
  PK_SMALL_RAW,
  PK_UNUSED,
  CLASS_SLOTS,
  HDR_COMMITTED,
  MAX_EXECUTORS,
} from './memory.js';

export const MAX_SMALL_BYTES = 32768;
/** Slot offset of the raw-storage classes (object class c -> slot c, raw class c -> slot 64 + c). */
export const RAW_SLOT_BASE = CLASS_SLOTS >> 1;

function buildClasses(): number[] {
  const sizes: number[] = [];
  for (let s = 8; s <= 256; s += 8) sizes.push(s);
  let s = 256;
  for (;;) {
    s = Math.ceil((s * 1.25) / 8) * 8;
    if (s >= 8192) break;
    sizes.push(s);
  }
  for (let n = 8; n >= 2; n--) sizes.push(Math.floor(PAGE_SIZE / n / 8) * 8);
  return sizes;
}

/** Block size in bytes of each size class. */
export const SIZE_CLASS_BYTES: Int32Array = Int32Array.from(buildClasses());
export const NUM_SIZE_CLASSES = SIZE_CLASS_BYTES.length;
if (NUM_SIZE_CLASSES > RAW_SLOT_BASE) throw new Error('too many size classes for the executor record');

/** SIZE_CLASS_OF[(bytes + 7) >> 3] = the smallest class that holds `bytes`. */
const SIZE_CLASS_OF: Uint8Array = (() => {
  const table = new Uint8Array((MAX_SMALL_BYTES >> 3) + 1);
  let c = 0;
  for (let q = 0; q < table.length; q++) {
    while (SIZE_CLASS_BYTES[c]! < q * 8) c++;
    table[q] = c;
  }
  return table;
})();

/** The size class of a small request (bytes <= MAX_SMALL_BYTES). */
export function sizeClassOf(bytes: number): number {
  return SIZE_CLASS_OF[(bytes + 7) >> 3]!;
}

// ---------------------------------------------------------------- small blocks

/**
 * A block of at least `bytes` bytes for an OBJECT (it must start with the 16-byte header;
 * OB_TYPE is 0 until the caller writes it). NULL when the heap cannot grow: the VM then
 * stops the world, calls trimHeap, retries once, and raises MemoryError if it is still
 * NULL. Contents other than OB_TYPE are undefined (not zeroed).
 */
export function alloc(heap: Heap, bytes: number, executor: number = heap.executor): Ref {
  if (bytes > MAX_SMALL_BYTES) return allocLarge(heap, bytes, PK_LARGE_OBJ);
  const kc = SIZE_CLASS_OF[(bytes + 7) >> 3]!;
  const i32 = heap.i32;
  const slot = heap.execTableWord + executor * EXEC_RECORD_WORDS + EXR_LOCAL_HEADS + kc;
  const head = i32[slot]!;
  if (head !== 0) {
    i32[slot] = i32[(head >> 2) + 1]!;
    return head as Ref;
  }
  return allocSlow(heap, kc, executor);
}

/** A raw block (no header, never walked) of at least `bytes` bytes; NULL when out of memory. */
export function allocRaw(heap: Heap, bytes: number, executor: number = heap.executor): Ref {
  if (bytes > MAX_SMALL_BYTES) return allocLarge(heap, bytes, PK_LARGE_RAW);
  const kc = SIZE_CLASS_OF[(bytes + 7) >> 3]! + RAW_SLOT_BASE;
  const i32 = heap.i32;
  const slot = heap.execTableWord + executor * EXEC_RECORD_WORDS + EXR_LOCAL_HEADS + kc;
  const head = i32[slot]!;
  if (head !== 0) {
    i32[slot] = i32[(head >> 2) + 1]!;
    return head as Ref;
  }
  return allocSlow(heap, kc, executor);
}

/**
 * An object block with its header written: type, flags | owner executor, refcount 1
 * (a new reference), shared count 0. NULL when out of memory.
 */
export function allocObject(
  heap: Heap,
  bytes: number,
  type: Ref,
  flags: number,
  executor: number = heap.executor,
): Ref {
  const ref = alloc(heap, bytes, executor);
  if (ref === NULL) return NULL;
  const i32 = heap.i32;
  const w = ref >> 2;
  i32[w + (OB_FLAGS >> 2)] = (flags & ~0xff) | executor;
  i32[w + (OB_REF_LOCAL >> 2)] = 1;
  i32[w + (OB_REF_SHARED >> 2)] = 0;
  i32[w + (OB_TYPE >> 2)] = type;
  return ref;
}

/**
 * Blocks threaded onto the local free list per step of a new page. A page holds up to
 * 4,096 blocks; threading them all at once was a loop of that length per size class at
 * every start (~1.5 ms of `gilvm -c pass`, run before V8 optimises it). The rest of the
 * page waits, zeroed (free blocks to forEachObject), at EXR_UNTHREADED.
 */
const THREAD_BATCH = 64;

function allocSlow(heap: Heap, kc: number, executor: number): Ref {
  const i32 = heap.i32;
  const record = heap.execTableWord + executor * EXEC_RECORD_WORDS;
  const localSlot = record + EXR_LOCAL_HEADS + kc;
  // 1. Blocks other executors freed for us.
  const remote = Atomics.exchange(i32, record + EXR_REMOTE_HEADS + kc, 0);
  if (remote !== 0) {
    i32[localSlot] = i32[(remote >> 2) + 1]!;
    return remote as Ref;
  }
  const raw = kc >= RAW_SLOT_BASE;
  const size = SIZE_CLASS_BYTES[raw ? kc - RAW_SLOT_BASE : kc]!;
  const unthreadedSlot = record + EXR_UNTHREADED + kc;
  let start = i32[unthreadedSlot]!;
  if (start === 0) {
    // 2. A fresh page for this class, zeroed (a reused run holds old data).
    const page = acquireRunOrTrim(heap, 1);
    if (page === 0) return NULL;
    const pt = heap.pageTableWord + (page << 1);
    heap.i32[pt + 1] = size;
    heap.i32[pt] = (raw ? PK_SMALL_RAW : PK_SMALL_OBJ) | (kc << 8) | (executor << 16);
    Atomics.add(heap.i32, HDR_SMALL_PAGES >> 2, 1);
    start = page << PAGE_SHIFT;
    heap.i32.fill(0, start >> 2, (start + PAGE_SIZE) >> 2);
  }
  // 3. The next batch of the page: block `start` is handed out, the others threaded onto
  //    the (empty) local list in address order (the heap may have grown: fresh views).
  const words = heap.i32;
  const pageEnd = (start & ~(PAGE_SIZE - 1)) + Math.floor(PAGE_SIZE / size) * size;
  const batchEnd = Math.min(pageEnd, start + THREAD_BATCH * size);
  const sizeWords = size >> 2;
  const endWord = batchEnd >> 2;
  for (let w = (start + size) >> 2; w < endWord; w += sizeWords) words[w + 1] = w + sizeWords < endWord ? (w + sizeWords) << 2 : 0;
  words[localSlot] = start + size < batchEnd ? start + size : 0;
  words[unthreadedSlot] = batchEnd < pageEnd ? batchEnd : 0;
  return start as Ref;
}

// ---------------------------------------------------------------- free

/**
 * Gives a block back. `executor` is the executor running the free (default: this thread's).
 * A foreign block goes onto its owner's remote-free list. Large runs go back to the pool.
 */
export function free(heap: Heap, ref: Ref, executor: number = heap.executor): void {
  const i32 = heap.i32;
  const info = i32[heap.pageTableWord + ((ref >>> PAGE_SHIFT) << 1)]!;
  const kind = info & 0xff;
  if (kind !== PK_SMALL_OBJ && kind !== PK_SMALL_RAW) {
    freeLarge(heap, ref);
    return;
  }
  const w = ref >> 2;
  const owner = info >>> 16;
  const kc = (info >>> 8) & 0xff;
  i32[w] = 0;
  if (owner === executor) {
    const slot = heap.execTableWord + executor * EXEC_RECORD_WORDS + EXR_LOCAL_HEADS + kc;
    i32[w + 1] = i32[slot]!;
    i32[slot] = ref;
    return;
  }
  const slot = heap.execTableWord + owner * EXEC_RECORD_WORDS + EXR_REMOTE_HEADS + kc;
  let head = Atomics.load(i32, slot);
  for (;;) {
    i32[w + 1] = head;
    const seen = Atomics.compareExchange(i32, slot, head, ref);
    if (seen === head) return;
    head = seen;
  }
}

/** Usable bytes of the block at `ref` (from the page table); 0 if `ref` is not a block start. */
export function blockSize(heap: Heap, ref: Ref): number {
  const pt = heap.pageTableWord + ((ref >>> PAGE_SHIFT) << 1);
  const info = heap.i32[pt]!;
  const kind = info & 0xff;
  if (kind === PK_SMALL_OBJ || kind === PK_SMALL_RAW) return heap.i32[pt + 1]!;
  if ((kind === PK_LARGE_OBJ || kind === PK_LARGE_RAW) && (ref & (PAGE_SIZE - 1)) === 0) {
    return heap.i32[pt + 1]! << PAGE_SHIFT;
  }
  return 0;
}

/**
 * Resizes a RAW block: returns `ref` if it is already big enough, else a new raw block with
 * the first min(old, bytes) bytes copied and the old one freed. NULL (old block untouched)
 * when out of memory. `ref` may be NULL (then it is allocRaw).
 */
export function reallocRaw(heap: Heap, ref: Ref, bytes: number, executor: number = heap.executor): Ref {
  if (ref === NULL) return allocRaw(heap, bytes, executor);
  const old = blockSize(heap, ref);
  if (old >= bytes) return ref;
  const moved = allocRaw(heap, bytes, executor);
  if (moved === NULL) return NULL;
  heap.u8.copyWithin(moved, ref, ref + old);
  free(heap, ref, executor);
  return moved;
}

// ---------------------------------------------------------------- page runs

function ptInfo(heap: Heap, page: number): number {
  return heap.i32[heap.pageTableWord + (page << 1)]!;
}

function setPt(heap: Heap, page: number, info: number, aux: number): void {
  const pt = heap.pageTableWord + (page << 1);
  heap.i32[pt] = info;
  heap.i32[pt + 1] = aux;
}

/** Links a free run [head, head+len) into the free-run list and marks its head and tail. */
function insertFreeRun(heap: Heap, head: number, len: number): void {
  const i32 = heap.i32;
  const first = i32[HDR_FREE_RUNS >> 2]!;
  const w = (head << PAGE_SHIFT) >> 2;
  i32[w] = first;
  i32[w + 1] = 0;
  if (first !== 0) i32[((first << PAGE_SHIFT) >> 2) + 1] = head;
  i32[HDR_FREE_RUNS >> 2] = head;
  setPt(heap, head, PK_FREE_RUN, len);
  if (len > 1) setPt(heap, head + len - 1, PK_FREE_TAIL, head);
}

function removeFreeRun(heap: Heap, head: number): void {
  const i32 = heap.i32;
  const w = (head << PAGE_SHIFT) >> 2;
  const next = i32[w]!;
  const prev = i32[w + 1]!;
  if (prev !== 0) i32[(prev << PAGE_SHIFT) >> 2] = next;
  else i32[HDR_FREE_RUNS >> 2] = next;
  if (next !== 0) i32[((next << PAGE_SHIFT) >> 2) + 1] = prev;
}

/**
 * Takes `n` contiguous pages from the pool under the heap lock: first fit over free runs,
 * else the wilderness (committing more of the buffer). Returns the first page index, or 0
 * when the heap is full. The caller sets the page-table entries of the pages it got.
 */
function acquireRun(heap: Heap, n: number): number {
  const i32 = heap.i32;
  heap.lock();
  try {
    for (let head = i32[HDR_FREE_RUNS >> 2]!; head !== 0; head = i32[(head << PAGE_SHIFT) >> 2]!) {
      const len = i32[heap.pageTableWord + (head << 1) + 1]!;
      if (len < n) continue;
      removeFreeRun(heap, head);
      if (len > n) insertFreeRun(heap, head + n, len - n);
      for (let p = head; p < head + n; p++) setPt(heap, p, PK_UNUSED, 0);
      return head;
    }
    const top = i32[HDR_PAGE_TOP >> 2]!;
    const end = (top + n) * PAGE_SIZE;
    if (end > i32[HDR_COMMITTED >> 2]! && !heap.growLocked(end)) return 0;
    Atomics.store(i32, HDR_PAGE_TOP >> 2, top + n);
    return top;
  } finally {
    heap.unlock();
  }
}

/**
 * acquireRun, and when the heap cannot grow: the small pages whose blocks are all free go
 * back to the pool (trimHeap) and the run is tried again. Memory a program freed in one
 * size class (a million small lists dropped) then serves another or a large block;
 * without it a program that caught MemoryError and dropped its data kept failing. Not
 * while executors run in parallel (--no-gil): trimHeap rewrites every executor's free
 * lists, which needs the world stopped.
 */
function acquireRunOrTrim(heap: Heap, n: number): number {
  const head = acquireRun(heap, n);
  if (head !== 0 || Atomics.load(heap.i32, HDR_NOGIL_PARALLEL >> 2) !== 0) return head;
  return trimHeap(heap) > 0 ? acquireRun(heap, n) : 0;
}

function allocLarge(heap: Heap, bytes: number, kind: number): Ref {
  if (!(bytes <= heap.maxBytes)) return NULL;
  const n = Math.ceil(bytes / PAGE_SIZE);
  const head = acquireRunOrTrim(heap, n);
  if (head === 0) return NULL;
  for (let p = head + 1; p < head + n; p++) setPt(heap, p, PK_LARGE_CONT, head);
  const ref = head << PAGE_SHIFT;
  heap.i32[ref >> 2] = 0; // OB_TYPE 0 until the creator writes it (the run's links were here)
  setPt(heap, head, kind, n);
  Atomics.add(heap.i32, HDR_LARGE_BYTES >> 2, n << PAGE_SHIFT);
  return ref as Ref;
}

function freeLarge(heap: Heap, ref: Ref): void {
  const i32 = heap.i32;
  const head = ref >>> PAGE_SHIFT;
  const info = ptInfo(heap, head) & 0xff;
  if ((info !== PK_LARGE_OBJ && info !== PK_LARGE_RAW) || (ref & (PAGE_SIZE - 1)) !== 0) {
    throw new Error(`gilvm heap: free of a non-block ${ref}`);
  }
  heap.lock();
  try {
    const len = i32[heap.pageTableWord + (head << 1) + 1]!;
    Atomics.sub(i32, HDR_LARGE_BYTES >> 2, len << PAGE_SHIFT);
    i32[ref >> 2] = 0;
    releaseRunLocked(heap, head, len);
  } finally {
    heap.unlock();
  }
}

/**
 * Puts pages [head, head+len) back in the pool, coalesced with the free runs around them;
 * a run that reaches the wilderness lowers HDR_PAGE_TOP instead. Caller holds the heap lock.
 */
function releaseRunLocked(heap: Heap, head: number, len: number): void {
  const i32 = heap.i32;
  const top = i32[HDR_PAGE_TOP >> 2]!;
  const after = head + len;
  if (after < top && (ptInfo(heap, after) & 0xff) === PK_FREE_RUN) {
    len += i32[heap.pageTableWord + (after << 1) + 1]!;
    removeFreeRun(heap, after);
  }
  if (head - 1 >= i32[HDR_FIRST_PAGE >> 2]!) {
    const before = ptInfo(heap, head - 1) & 0xff;
    let prevHead = 0;
    if (before === PK_FREE_RUN) prevHead = head - 1;
    else if (before === PK_FREE_TAIL) prevHead = i32[heap.pageTableWord + ((head - 1) << 1) + 1]!;
    if (prevHead !== 0) {
      removeFreeRun(heap, prevHead);
      len += head - prevHead;
      head = prevHead;
    }
  }
  if (head + len === top) {
    for (let p = head; p < top; p++) setPt(heap, p, PK_UNUSED, 0);
    Atomics.store(i32, HDR_PAGE_TOP >> 2, head);
  } else {
    // Interior entries keep stale kinds: only the head and tail entries of a free run are
    // ever read, and acquireRun rewrites the entries of every page it hands out.
    insertFreeRun(heap, head, len);
  }
}

/**
 * Gives the pool back every small page whose blocks are all free, so that memory freed in
 * one size class can serve another (malloc_trim). Blocks on the free lists (local and
 * remote, every executor) are the truth: a page is empty when all its blocks are on them.
 * The lists are rebuilt without those blocks. Returns the number of pages released.
 * Run it with the world stopped (after a collection, or before raising MemoryError).
 */
export function trimHeap(heap: Heap): number {
  const i32 = heap.i32;
  const top = heap.pageTop;
  const freeBlocks = new Int32Array(top);
  const heads: number[] = [];
  for (let e = 0; e < MAX_EXECUTORS; e++) {
    const record = heap.execRecordWord(e);
    for (let kc = 0; kc < CLASS_SLOTS; kc++) {
      for (const slot of [record + EXR_LOCAL_HEADS + kc, record + EXR_REMOTE_HEADS + kc]) {
        if (i32[slot] === 0) continue;
        heads.push(slot);
        for (let b = i32[slot]!; b !== 0; b = i32[(b >> 2) + 1]!) freeBlocks[b >>> PAGE_SHIFT]!++;
      }
      // the blocks of the newest page that were never threaded (allocSlow) are free too
      const unthreaded = i32[record + EXR_UNTHREADED + kc]!;
      if (unthreaded !== 0) {
        const page = unthreaded >>> PAGE_SHIFT;
        const size = i32[heap.pageTableWord + (page << 1) + 1]!;
        freeBlocks[page]! += Math.floor(PAGE_SIZE / size) - ((unthreaded - (page << PAGE_SHIFT)) / size);
      }
    }
  }
  const empty = new Uint8Array(top);
  let released = 0;
  for (let p = heap.firstPage; p < top; p++) {
    const info = ptInfo(heap, p);
    const kind = info & 0xff;
    if (kind !== PK_SMALL_OBJ && kind !== PK_SMALL_RAW) continue;
    const size = i32[heap.pageTableWord + (p << 1) + 1]!;
    if (freeBlocks[p] === Math.floor(PAGE_SIZE / size)) {
      empty[p] = 1;
      released++;
    }
  }
  if (released === 0) return 0;
  for (let e = 0; e < MAX_EXECUTORS; e++) {
    const base = heap.execRecordWord(e) + EXR_UNTHREADED;
    for (let kc = 0; kc < CLASS_SLOTS; kc++) {
      const unthreaded = i32[base + kc]!;
      if (unthreaded !== 0 && empty[unthreaded >>> PAGE_SHIFT] === 1) i32[base + kc] = 0;
    }
  }
  for (const slot of heads) {
    let tail = slot; // relink in order, skipping blocks of empty pages (slot acts as the first "next" field)
    let first = true;
    for (let b = i32[slot]!; b !== 0; b = i32[(b >> 2) + 1]!) {
      if (empty[b >>> PAGE_SHIFT] === 1) continue;
      if (first) i32[slot] = b;
      else i32[(tail >> 2) + 1] = b;
      tail = b;
      first = false;
    }
    if (first) i32[slot] = 0;
    else i32[(tail >> 2) + 1] = 0;
  }
  heap.lock();
  try {
    for (let p = top - 1; p >= heap.firstPage; p--) {
      if (empty[p] !== 1) continue;
      setPt(heap, p, PK_UNUSED, 0);
      Atomics.sub(i32, HDR_SMALL_PAGES >> 2, 1);
      releaseRunLocked(heap, p, 1);
    }
  } finally {
    heap.unlock();
  }
  return released;
}

// ---------------------------------------------------------------- walking and introspection

/**
 * Calls fn(ref) for every live OBJECT block (OB_TYPE != 0), small and large, in address
 * order. Raw blocks are not visited. Run it when no executor allocates concurrently (under
 * the GIL, or with the world stopped). fn may free the visited block (or others).
 */
export function forEachObject(heap: Heap, fn: (ref: Ref) => void): void {
  const i32 = heap.i32;
  const pt0 = heap.pageTableWord;
  for (let page = heap.firstPage; page < heap.pageTop; ) {
    const info = i32[pt0 + (page << 1)]!;
    const aux = i32[pt0 + (page << 1) + 1]!;
    const kind = info & 0xff;
    if (kind === PK_SMALL_OBJ) {
      const start = page << PAGE_SHIFT;
      const end = start + Math.floor(PAGE_SIZE / aux) * aux;
      for (let b = start; b < end; b += aux) if (i32[b >> 2] !== 0) fn(b as Ref);
      page++;
    } else if (kind === PK_LARGE_OBJ) {
      const ref = page << PAGE_SHIFT;
      if (i32[ref >> 2] !== 0) fn(ref as Ref);
      page += aux;
    } else if (kind === PK_LARGE_RAW || kind === PK_FREE_RUN) {
      page += aux;
    } else {
      page++;
    }
  }
}

/** Length of executor's local (or remote) free list for the class of `bytes` (tests, stats). */
export function freeListLength(
  heap: Heap,
  executor: number,
  bytes: number,
  options: { raw?: boolean; remote?: boolean } = {},
): number {
  const kc = sizeClassOf(bytes) + (options.raw ? RAW_SLOT_BASE : 0);
  const record = heap.execTableWord + executor * EXEC_RECORD_WORDS;
  let node = Atomics.load(heap.i32, record + (options.remote ? EXR_REMOTE_HEADS : EXR_LOCAL_HEADS) + kc);
  let n = 0;
  while (node !== 0) {
    n++;
    node = heap.i32[(node >> 2) + 1]!;
  }
  return n;
}

/** The owner executor of the page holding `ref` (small blocks), or -1 for large/other. */
export function pageOwner(heap: Heap, ref: Ref): number {
  const info = ptInfo(heap, ref >>> PAGE_SHIFT);
  const kind = info & 0xff;
  return kind === PK_SMALL_OBJ || kind === PK_SMALL_RAW ? info >>> 16 : -1;
}

export interface HeapStats {
  committedBytes: number;
  maxBytes: number;
  pagesInUse: number;
  smallPages: number;
  largeBytes: number;
}

export function heapStats(heap: Heap): HeapStats {
  return {
    committedBytes: heap.committedBytes,
    maxBytes: heap.maxBytes,
    pagesInUse: heap.pageTop - heap.firstPage,
    smallPages: Atomics.load(heap.i32, HDR_SMALL_PAGES >> 2),
    largeBytes: Atomics.load(heap.i32, HDR_LARGE_BYTES >> 2),
  };
}
