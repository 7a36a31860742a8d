/*
 * fork() for multiprocessing (modules/_multiprocessing.ts `start`, vm/mp-child.ts): the
 * heap copy a child process starts from, as CPython 3.11's default start method on Linux
 * makes a child a copy of its parent.
 *
 * The whole interpreter is its heap (DESIGN.md "Memory": one SharedArrayBuffer of 32-bit
 * refs), so a byte copy of the buffer is a copy of every object at the same address:
 * sys.modules, every module, the Process object that start() was called on. The buffer is
 * fixed-length (heap/memory.ts): the copy has the same length, and only the bytes below
 * the page top (metadata and every page ever handed out) are copied; the rest is zero in
 * both. One range below the page top is left out too: the multiprocessing arena (64 MiB,
 * vm/mp-arena.ts), a raw block of the ROOT heap that every process of the tree reads and
 * writes in the root's buffer, never in its own copy. Copying it cost ~250 ms and 64 MiB of
 * page faults per Process.start(); in the copy the block stays allocated (same layout, so
 * the same offset in every heap of the tree) and zero.
 *
 *   copyHeapForFork(rt, skip)  parent: the copy, without the bytes [skip.start, skip.end),
 *                         taken where no other executor changes the heap
 *                         (the heap lock held; --no-gil with executors running in parallel:
 *                         the world stopped, vm/stw.ts). Null when the world cannot be
 *                         stopped now (the caller retries).
 *   adoptForkedHeap(...)  child: a Runtime on the copy (as an executor attaches to its
 *                         parent's heap, vm/threads.ts attachRuntime) with what belonged to
 *                         the parent's threads reset: in a forked process only the thread
 *                         that forked exists. The GIL, stop-the-world and output words, the
 *                         locks the copy may have caught held, every executor record's
 *                         slice state, and a fresh main thread state (the parent's thread
 *                         states and their frames stay in the copy, unreachable: the child
 *                         never unwinds them, as a forked CPython child ends with os._exit).
 *                         The scheduler is formatted anew if the child starts threads
 *                         (scheduler.ts Scheduler.format resets the run queue and thread list).
 *
 * Known limits: objects owned (--no-gil biased counts) by another executor than 0 are only
 * freed in the child if it starts that executor; what the parent's other threads were doing
 * is dropped with them (as under fork). Module-level state: none.
 */
import { PAGE_SIZE, Heap, HDR_GIL, HDR_GIL_DROP_REQUEST, HDR_GIL_LAST_HOLDER, HDR_EVAL_BREAKER, HDR_HEAP_LOCK, HDR_OUTPUT_LEN, HDR_OUTPUT_LOCK, HDR_STDIN_END, HDR_STDIN_LOCK, HDR_STDIN_POS, HDR_STOP_WORLD, HDR_STOP_WORLD_ACK, HDR_NOGIL_PARALLEL, HDR_RUNQ_LOCK, HDR_RUNQ_HEAD, HDR_RUNQ_TAIL, HDR_THREAD_LIST, EXR_MQ_LOCK, EXR_QSBR_SEEN, EXR_STW_STATE, MAX_EXECUTORS } from '../heap/memory.js';
import type { Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { parallelRunning, QSBR_OFFLINE } from './nogil.js';
import { resumeTheWorld, stopTheWorld, STW_DETACHED } from './stw.js';
import { attachRuntime } from './threads.js';
import { IS_MAIN_THREAD } from './interp-words.js';
import { Kind } from '../objects/kinds.js';
import { newObject } from '../objects/object.js';
import { TS_EXC_INFO, TS_ID, TS_SIZE } from './threadstate.js';

/** The parent's heap, copied; null when --no-gil's world cannot be stopped now. */
export function copyHeapForFork(rt: Runtime, skip: { start: number; end: number } | null): SharedArrayBuffer | null {
  const stopped = parallelRunning(rt.heap);
  if (stopped && !stopTheWorld(rt)) return null;
  try {
    const src = rt.heap.buffer;
    const copy = new SharedArrayBuffer(src.byteLength);
    rt.heap.lock(); // the page pool (page table, free runs, page top) consistent
    try {
      const used = rt.heap.pageTop * PAGE_SIZE;
      const to = new Uint8Array(copy);
      const from = new Uint8Array(src);
      if (skip === null || skip.start >= used) {
        to.set(from.subarray(0, used));
      } else {
        to.set(from.subarray(0, skip.start));
        if (skip.end < used) to.set(from.subarray(skip.end, used), skip.end);
      }
    } finally {
      rt.heap.unlock();
    }
    return copy;
  } finally {
    if (stopped) resumeTheWorld(rt);
  }
}

/**
 * The child's Runtime (executor 0) on `buffer`, a copy made by copyHeapForFork, from the
 * parent Runtime's snapshot (vm/threads.ts runtimeSnapshot); `noGil`: the parent's counting.
 */
export function adoptForkedHeap(buffer: SharedArrayBuffer, snapshot: Record<string, unknown>, noGil: boolean): Runtime {
  const heap = Heap.attach(buffer, 0);
  const i32 = heap.i32;
  // the copied heap lock was held by the copier itself (copyHeapForFork)
  for (const off of [HDR_HEAP_LOCK, HDR_GIL, HDR_GIL_LAST_HOLDER, HDR_GIL_DROP_REQUEST, HDR_EVAL_BREAKER, HDR_STOP_WORLD, HDR_STOP_WORLD_ACK,
    HDR_NOGIL_PARALLEL, HDR_RUNQ_LOCK, HDR_RUNQ_HEAD, HDR_RUNQ_TAIL, HDR_THREAD_LIST, HDR_OUTPUT_LOCK,
    HDR_STDIN_LOCK, HDR_STDIN_POS, HDR_STDIN_END]) {
    i32[off >> 2] = 0;
  }
  // (the stdin words: what the parent read ahead stays the parent's, as a CPython child's
  // stdin is not its parent's buffer)
  // the parent flushed its output before the copy; what its other threads wrote since is theirs
  i32[HDR_OUTPUT_LEN >> 2] = 0;
  for (let e = 0; e < MAX_EXECUTORS; e++) {
    const record = heap.execRecordWord(e);
    i32[record + EXR_STW_STATE] = STW_DETACHED;
    i32[record + EXR_QSBR_SEEN] = QSBR_OFFLINE;
    i32[record + EXR_MQ_LOCK] = 0;
  }
  const rt = attachRuntime(heap, 0, snapshot, noGil);
  // the parent's count of threads waiting in nested loops (which blocks automatic
  // collections) is not the child's: it has no other thread (ensureScheduler sets its own)
  rt.nestedWaitersWord = 0;
  // the thread that forked, as the child's main thread: a fresh thread state (the eval
  // loop pushes its frames on a new data stack)
  const ts = newObject(rt, rt.kindTypes[Kind.THREAD_STATE]!, TS_SIZE);
  rt.rc.makeImmortal(ts);
  i32[(ts + TS_EXC_INFO) >> 2] = rt.None;
  i32[(ts + TS_ID) >> 2] = 1;
  i32[(rt.interp >> 2) + IS_MAIN_THREAD] = ts;
  rt.ts = ts as Ref;
  return rt;
}
