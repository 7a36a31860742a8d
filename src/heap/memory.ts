/*
 * The interpreter's memory: ONE SharedArrayBuffer, its typed-array views, and the fixed
 * metadata region at its start (DESIGN.md "Memory"). Everything Python-visible and every
 * piece of shared VM state lives in this buffer, so a worker_thread that receives the buffer
 * (`Heap.attach(sab, executor)`) sees the same heap through its own views.
 *
 * Buffer layout (byte offsets; PAGE_SIZE = 64 KiB):
 *
 *   0          1024                          pageTable            firstPage*PAGE_SIZE   committed    maxBytes
 *   +----------+-----------------------------+--------------------+-----+---------------+- - - - - - - -+
 *   | global   | executor table              | page table         | pad | data pages    | not yet       |
 *   | header   | MAX_EXECUTORS records of    | 2 words per page   |     | (small-class  | committed     |
 *   | 256 words| EXEC_RECORD_WORDS words     | of the whole       |     |  pages, large | (untouched,   |
 *   |          | (free-list heads, merge     | buffer             |     |  runs, free   |  no RSS)      |
 *   |          |  queue, gc count)           |                    |     |  runs)        |               |
 *   +----------+-----------------------------+--------------------+-----+---------------+- - - - - - - -+
 *
 *   Ref 0 (NULL) and every offset below firstPage*PAGE_SIZE are metadata: never an object.
 *
 * Global header (word index = byte offset >> 2), HDR_* are BYTE offsets:
 *
 *   0 MAGIC  4 VERSION  8 MAX_BYTES  12 COMMITTED  16 HEAP_LOCK  20 PAGE_TOP  24 FREE_RUNS
 *   28 PAGE_TABLE  32 PAGE_TABLE_PAGES  36 EXEC_TABLE  40 FIRST_PAGE  44 GROW_CHUNK
 *   48 LARGE_BYTES (bytes in live large runs)  52 SMALL_PAGES (pages given to size classes)
 *   56-63 spare allocator words
 *   64-255 (words 16-63): named slots reserved for the threads / no-GIL issues (GIL word,
 *          run queue, stop-the-world, output buffer, ...): see HDR_GIL .. HDR_INTERP below.
 *   256-1023 (words 64-255): HDR_RESERVED_START..: unnamed, reserved for later issues;
 *          name a slot here (additively) before using it.
 *
 * Executor record (EXEC_RECORD_WORDS words per executor, executor e at
 * EXEC_TABLE + e * EXEC_RECORD_BYTES); EXR_* are word indexes inside a record:
 *   EXR_MQ_LOCK, EXR_MQ_BUF, EXR_MQ_LEN, EXR_MQ_CAP  biased-refcount merge queue (refcount.ts)
 *   EXR_GC_COUNT    tracked-container allocations minus deallocations since the last collection
 *   EXR_LOCAL_HEADS + kc   free-list head of size class kc (owner only, plain access)
 *   EXR_REMOTE_HEADS + kc  remote-free list head of size class kc (Atomics: other executors push)
 *   EXR_UNTHREADED + kc    the first never-handed-out block of the owner's newest page of
 *                          class kc, 0 if none (owner only; the page is threaded in batches)
 *   Local and remote heads are in separate blocks so the owner's hot words do not share a
 *   cache line with the words other executors CAS.
 *
 * Page table: entry p (2 words at PAGE_TABLE + 8p) describes page p (bytes p*64K ..):
 *   word 0 PT_INFO: kind (bits 0-7) | size-class slot (bits 8-15) | owner executor (bits 16-23)
 *   word 1 PT_AUX:  small page: block size in bytes; run head (large or free): run length in
 *                   pages; free-run tail / large continuation: the run's head page index.
 *
 * Choices:
 *   - The buffer is a FIXED-LENGTH SharedArrayBuffer of maxBytes, and "growth" moves the
 *     committed limit (HDR_COMMITTED) in chunks under the heap lock. Measured on Node 20.20
 *     (V8 11.3): length-tracking typed arrays over a growable SharedArrayBuffer run
 *     sequential read-modify-writes at 34-39 M/s and random ones at 6-17 M/s, against
 *     550-790 M/s and 138 M/s for fixed-length views: V8 11 does not optimize them, which
 *     would sink the interpreter. Fixed-length views over a growable buffer are fast but
 *     would have to be recreated after every growth in every executor mid-slice. A
 *     fixed-length buffer costs only address space: Linux commits its pages on first
 *     touch (a 2 GiB buffer: 0.1 ms, +1 MiB RSS), exactly what a growable buffer does.
 *     So the views are created once, never go stale, and workers share them safely.
 *   - maxBytes <= MAX_HEAP_BYTES (2 GiB - 64 KiB): refs are positive int32 byte offsets.
 *   - The heap lock (HDR_HEAP_LOCK) is a spin lock (Atomics.compareExchange 0 -> executor+1).
 *     It guards only the page pool (wilderness, free runs, committed limit, page table
 *     writes), which is touched once per 64 KiB page or per large object: short sections,
 *     uncontended under the GIL.
 *   - A Heap object is per JS thread: it carries `executor`, the id of the executor that
 *     thread runs, used by free() and the refcount module to tell local from remote.
 */

import { NULL, type Ref } from './layout.js';

export const HEAP_MAGIC = 0x564c4947; // 'GILV' little-endian
export const HEAP_VERSION = 1;

export const PAGE_SHIFT = 16;
export const PAGE_SIZE = 1 << PAGE_SHIFT;
export const PAGE_MASK = PAGE_SIZE - 1;

/** Refs are positive int32 offsets; the buffer never exceeds this. */
export const MAX_HEAP_BYTES = 2 ** 31 - PAGE_SIZE;
export const DEFAULT_MAX_HEAP_BYTES = 1 << 30;
export const DEFAULT_INITIAL_HEAP_BYTES = 1 << 20;
export const DEFAULT_GROW_CHUNK = 1 << 20;

// ---- global header (byte offsets) ----
export const HDR_MAGIC = 0;
export const HDR_VERSION = 4;
export const HDR_MAX_BYTES = 8;
export const HDR_COMMITTED = 12;
export const HDR_HEAP_LOCK = 16;
export const HDR_PAGE_TOP = 20;
export const HDR_FREE_RUNS = 24;
export const HDR_PAGE_TABLE = 28;
export const HDR_PAGE_TABLE_PAGES = 32;
export const HDR_EXEC_TABLE = 36;
export const HDR_FIRST_PAGE = 40;
export const HDR_GROW_CHUNK = 44;
export const HDR_LARGE_BYTES = 48;
export const HDR_SMALL_PAGES = 52;
// Reserved named slots for the threads / no-GIL issues (unused by the heap itself).
export const HDR_GIL = 64; // GIL word: 0 free, else holder executor + 1 (futex-style wait/notify)
export const HDR_GIL_LAST_HOLDER = 68;
export const HDR_GIL_DROP_REQUEST = 72;
export const HDR_EVAL_BREAKER = 76;
export const HDR_RUNQ_LOCK = 80;
export const HDR_RUNQ_HEAD = 84;
export const HDR_RUNQ_TAIL = 88;
export const HDR_THREAD_LIST = 92;
export const HDR_NEXT_THREAD_ID = 96;
export const HDR_SWITCH_INTERVAL = 100;
export const HDR_STOP_WORLD = 104; // no-GIL: stop-the-world request, 0 or the collecting executor + 1 (vm/stw.ts)
export const HDR_STOP_WORLD_ACK = 108; // no-GIL: bumped and notified when an executor parks for a stop (vm/stw.ts)
export const HDR_EXECUTOR_COUNT = 112;
export const HDR_NO_GIL = 116; // 1 when running without the GIL
export const HDR_OUTPUT_LOCK = 120;
export const HDR_OUTPUT_BUF = 124;
export const HDR_OUTPUT_LEN = 128;
export const HDR_INTERN_TABLE = 132;
export const HDR_MODULE_TABLE = 136;
export const HDR_GC_SURVIVORS = 140; // containers that survived the collections so far (objects/gcsupport.ts)
export const HDR_GC_THRESHOLD = 144; // gc.set_threshold's threshold0: the automatic collection's trigger (heap/gc.ts), 0 = never
export const HDR_INTERP = 148; // interpreter state object
export const HDR_TYPE_EPOCH = 152; // bumped on every change of a type's namespace or a type's creation (objects/type.ts lookup cache)
export const HDR_QSBR_EPOCH = 156; // no-GIL: the retire epoch of raw blocks awaiting a safe free (vm/nogil.ts)
export const HDR_NOGIL_PARALLEL = 160; // no-GIL: 1 while executors run in parallel (collections stop the world then; vm/nogil.ts)
export const HDR_WEAKREF_REGISTRY = 164; // the weak reference registry dict (modules/weakref.ts), 0 until _weakref is imported
export const HDR_GC_THRESHOLD1 = 168; // gc.set_threshold's threshold1 and threshold2: kept for gc.get_threshold only
export const HDR_GC_THRESHOLD2 = 172; // (one generation here: they schedule nothing)
export const HDR_QSBR_EXECUTORS = 176; // no-GIL: executor records the QSBR scans: the executors at the start (parallelRunStarting), then every spare started (vm/nogil.ts)
export const HDR_STDIN_LOCK = 180; // standard input's read-ahead buffer (vm/stdin.ts): its lock word (--no-gil),
export const HDR_STDIN_BUF = 184; // the raw block (0 until the first read),
export const HDR_STDIN_POS = 188; // the next unread byte's offset in it
export const HDR_STDIN_END = 192; // and the end of the bytes read
export const HDR_GC_LAST_WORK = 196; // the last collection's work: blocks walked + references visited (heap/gc.ts, objects/gcsupport.ts)
export const HDR_RESERVED_START = 256; // words 64..255: unnamed, reserved for later issues
export const HDR_SIZE = 1024;

/** CPython's gc thresholds (gc.get_threshold() of a fresh interpreter). */
export const DEFAULT_GC_THRESHOLDS: readonly [number, number, number] = [700, 10, 10];

// ---- executor table ----
export const MAX_EXECUTORS = 64;
/** Size-class slots per executor: 64 classes x 2 kinds (object pages, raw pages). */
export const CLASS_SLOTS = 128;
export const EXR_MQ_LOCK = 0;
export const EXR_MQ_BUF = 1;
export const EXR_MQ_LEN = 2;
export const EXR_MQ_CAP = 3;
export const EXR_GC_COUNT = 4;
export const EXR_QSBR_SEEN = 5; // no-GIL: the retire epoch this executor saw at its slice start, or QSBR_OFFLINE (vm/nogil.ts)
export const EXR_RETIRE_BUF = 6; // no-GIL: raw block of [entry, goal epoch] pairs awaiting a safe free / decref (vm/nogil.ts)
export const EXR_RETIRE_LEN = 7; // pairs in it
export const EXR_RETIRE_CAP = 8; // pairs it holds
export const EXR_STW_STATE = 9; // no-GIL: detached / attached / nested, for a stop of the world (vm/stw.ts)
export const EXR_LOCAL_HEADS = 16;
export const EXR_REMOTE_HEADS = EXR_LOCAL_HEADS + CLASS_SLOTS;
/** + kc: the next block not yet put on the local free list in this executor's newest page
 * of class kc (0: none); the page's blocks from there on are zero (heap/alloc.ts allocSlow). */
export const EXR_UNTHREADED = EXR_REMOTE_HEADS + CLASS_SLOTS;
export const EXEC_RECORD_WORDS = EXR_UNTHREADED + CLASS_SLOTS;
export const EXEC_RECORD_BYTES = EXEC_RECORD_WORDS * 4;
export const EXEC_TABLE_OFFSET = HDR_SIZE;
/** Where the page table starts: after the header and the executor table. */
const PAGE_TABLE_OFFSET = EXEC_TABLE_OFFSET + MAX_EXECUTORS * EXEC_RECORD_BYTES;

// ---- page table ----
export const PT_ENTRY_BYTES = 8;
export const PT_INFO = 0;
export const PT_AUX = 1;
export const PK_UNUSED = 0; // beyond PAGE_TOP, or metadata
export const PK_SMALL_OBJ = 1; // blocks of one size class, each an object (walked)
export const PK_SMALL_RAW = 2; // blocks of one size class, raw storage (not walked)
export const PK_LARGE_OBJ = 3; // head of a large object's run
export const PK_LARGE_RAW = 4; // head of a large raw block's run
export const PK_LARGE_CONT = 5; // later page of a large run; AUX = head page
export const PK_FREE_RUN = 6; // head of a free run; AUX = length in pages
export const PK_FREE_TAIL = 7; // last page of a free run of length >= 2; AUX = head page

export interface HeapOptions {
  /** Bytes committed at creation (rounded up to pages, at least the metadata + 1 page). */
  initialBytes?: number;
  /** The --max-heap limit: the buffer's size; allocation beyond it returns NULL. */
  maxBytes?: number;
  /** Bytes added to the committed limit per growth step (at least). */
  growChunk?: number;
  /** The executor id of the creating thread (default 0). */
  executor?: number;
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

export class Heap {
  readonly buffer: SharedArrayBuffer;
  readonly i32: Int32Array;
  readonly u32: Uint32Array;
  readonly u16: Uint16Array;
  readonly u8: Uint8Array;
  readonly f64: Float64Array;
  readonly maxBytes: number;
  /** Word index of the page table (i32[pageTableWord + 2*page + PT_INFO]). */
  readonly pageTableWord: number;
  /** Word index of executor 0's record. */
  readonly execTableWord: number;
  /** The executor this JS thread runs (set once when the executor is set up). */
  executor: number;

  private constructor(buffer: SharedArrayBuffer, executor: number) {
    this.buffer = buffer;
    this.i32 = new Int32Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.u8 = new Uint8Array(buffer);
    this.f64 = new Float64Array(buffer);
    this.maxBytes = buffer.byteLength;
    this.pageTableWord = this.i32[HDR_PAGE_TABLE >> 2] >> 2;
    this.execTableWord = EXEC_TABLE_OFFSET >> 2;
    this.executor = executor;
  }

  /** A new, formatted heap. */
  static create(options: HeapOptions = {}): Heap {
    const maxBytes = roundUp(options.maxBytes ?? DEFAULT_MAX_HEAP_BYTES, PAGE_SIZE);
    const problem = heapSizeProblem(maxBytes);
    if (problem !== null) throw new RangeError(problem);
    const pages = maxBytes >>> PAGE_SHIFT;
    const firstPage = firstPageOf(pages);
    const growChunk = roundUp(Math.max(options.growChunk ?? DEFAULT_GROW_CHUNK, PAGE_SIZE), PAGE_SIZE);
    const initial = Math.min(
      maxBytes,
      roundUp(Math.max(options.initialBytes ?? DEFAULT_INITIAL_HEAP_BYTES, (firstPage + 1) * PAGE_SIZE), PAGE_SIZE),
    );
    const buffer = new SharedArrayBuffer(maxBytes);
    const i32 = new Int32Array(buffer);
    i32[HDR_MAGIC >> 2] = HEAP_MAGIC;
    i32[HDR_VERSION >> 2] = HEAP_VERSION;
    i32[HDR_MAX_BYTES >> 2] = maxBytes;
    i32[HDR_COMMITTED >> 2] = initial;
    i32[HDR_PAGE_TOP >> 2] = firstPage;
    i32[HDR_FREE_RUNS >> 2] = 0;
    i32[HDR_PAGE_TABLE >> 2] = PAGE_TABLE_OFFSET;
    i32[HDR_PAGE_TABLE_PAGES >> 2] = pages;
    i32[HDR_EXEC_TABLE >> 2] = EXEC_TABLE_OFFSET;
    i32[HDR_FIRST_PAGE >> 2] = firstPage;
    i32[HDR_GROW_CHUNK >> 2] = growChunk;
    // CPython's default thresholds (700, 10, 10); gc.set_threshold changes them for every executor
    i32[HDR_GC_THRESHOLD >> 2] = DEFAULT_GC_THRESHOLDS[0];
    i32[HDR_GC_THRESHOLD1 >> 2] = DEFAULT_GC_THRESHOLDS[1];
    i32[HDR_GC_THRESHOLD2 >> 2] = DEFAULT_GC_THRESHOLDS[2];
    return new Heap(buffer, options.executor ?? 0);
  }

  /**
   * A view of a heap another thread created (a worker receives the buffer). `executor` is
   * the id of the executor this thread runs; two threads that may run at the same time
   * (no-GIL mode) must use different ids.
   */
  static attach(buffer: SharedArrayBuffer, executor = 0): Heap {
    const i32 = new Int32Array(buffer, 0, HDR_SIZE >> 2);
    if (i32[HDR_MAGIC >> 2] !== HEAP_MAGIC || i32[HDR_VERSION >> 2] !== HEAP_VERSION) {
      throw new Error('not a gilvm heap buffer');
    }
    if (i32[HDR_MAX_BYTES >> 2] !== buffer.byteLength) throw new Error('heap buffer size mismatch');
    if (executor < 0 || executor >= MAX_EXECUTORS) throw new RangeError(`bad executor id ${executor}`);
    return new Heap(buffer, executor);
  }

  /** Bytes currently committed (the allocator hands out pages only below this). */
  get committedBytes(): number {
    return Atomics.load(this.i32, HDR_COMMITTED >> 2);
  }

  /** First data page index (pages below hold metadata). */
  get firstPage(): number {
    return this.i32[HDR_FIRST_PAGE >> 2];
  }

  /** One past the highest page ever handed out. */
  get pageTop(): number {
    return Atomics.load(this.i32, HDR_PAGE_TOP >> 2);
  }

  /** Word index of executor e's record. */
  execRecordWord(executor: number): number {
    return this.execTableWord + executor * EXEC_RECORD_WORDS;
  }

  /** Takes the heap lock (spin; the sections it guards are short). */
  lock(): void {
    const i32 = this.i32;
    const word = HDR_HEAP_LOCK >> 2;
    const me = this.executor + 1;
    let spins = 0;
    while (Atomics.compareExchange(i32, word, 0, me) !== 0) {
      if (++spins > 1000) {
        Atomics.wait(i32, word, Atomics.load(i32, word), 1);
        spins = 0;
      }
    }
  }

  unlock(): void {
    Atomics.store(this.i32, HDR_HEAP_LOCK >> 2, 0);
    Atomics.notify(this.i32, HDR_HEAP_LOCK >> 2, 1);
  }

  /**
   * Moves the committed limit up so that at least `minBytes` are committed, in chunks of
   * HDR_GROW_CHUNK (or a quarter of the current size if larger). Returns false when that
   * would pass maxBytes. Caller holds the heap lock.
   */
  growLocked(minBytes: number): boolean {
    const i32 = this.i32;
    const committed = i32[HDR_COMMITTED >> 2];
    if (minBytes <= committed) return true;
    if (minBytes > this.maxBytes) return false;
    const step = Math.max(i32[HDR_GROW_CHUNK >> 2], roundUp(committed >>> 2, PAGE_SIZE));
    const target = Math.min(this.maxBytes, Math.max(roundUp(minBytes, PAGE_SIZE), committed + step));
    Atomics.store(i32, HDR_COMMITTED >> 2, target);
    return true;
  }

  /** grow under the lock. */
  grow(minBytes: number): boolean {
    this.lock();
    try {
      return this.growLocked(minBytes);
    } finally {
      this.unlock();
    }
  }
}

/**
 * Parses a --max-heap SIZE: bytes, or a number with K, M or G (powers of 1024, optional
 * trailing B or iB, any case): "512M", "1g", "65536". Returns NaN when malformed.
 */
export function parseHeapSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(text);
  if (match === null) return NaN;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(match[1]) * scale);
}

/** The first allocatable page of a heap of `pages` pages (after its header, executor table
 * and page table). */
function firstPageOf(pages: number): number {
  return Math.ceil((PAGE_TABLE_OFFSET + pages * PT_ENTRY_BYTES) / PAGE_SIZE);
}

/** Why a heap limit of `bytes` cannot be (too large, too small for the heap's own tables),
 * or null when it can: Heap.create's check, and --max-heap's (a usage error there). */
export function heapSizeProblem(bytes: number): string | null {
  if (!Number.isFinite(bytes) || bytes <= 0) return `max heap must be a positive size, got ${bytes}`;
  const maxBytes = roundUp(bytes, PAGE_SIZE);
  if (maxBytes > MAX_HEAP_BYTES) return `max heap too large: ${maxBytes} > ${MAX_HEAP_BYTES}`;
  const pages = maxBytes >>> PAGE_SHIFT;
  if (firstPageOf(pages) + 1 > pages) return `max heap too small: ${maxBytes} bytes`;
  return null;
}

/** True if `ref` could be an object ref in this heap (not NULL, not a small int, in bounds). */
export function isHeapRef(heap: Heap, ref: Ref | number): boolean {
  return ref !== NULL && (ref & 7) === 0 && ref >= heap.firstPage * PAGE_SIZE && ref < heap.pageTop * PAGE_SIZE;
}
