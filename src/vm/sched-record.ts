/*
 * The per-thread scheduler record: one raw heap block per Python thread, holding what the
 * scheduler, the executors and the accounting need (issue 5 item 1). It is separate from
 * the thread state (threadstate.ts, the interpreter's side: frames, exceptions, data
 * stack); the two are linked by SR_THREADSTATE (record -> thread state), and the lead may
 * add the reverse pointer in the thread state.
 *
 * Layout (byte offsets from the record; a raw block from allocRaw, 8-byte aligned, never
 * walked by the collector: it holds no owned object references, only the thread-state
 * ref, which the thread state's owner keeps alive, and its own raw name block):
 *
 *   0 SR_STATUS       ThreadStatus (NEW .. FINISHED); changed only under the scheduler lock
 *   4 SR_FLAGS        SRF_* bits below (under the scheduler lock)
 *   8 SR_NEXT         run-queue link: next record in the FIFO run queue, 0 = last
 *  12 SR_LIST_NEXT    all-threads list link (HDR_THREAD_LIST is the head), creation order
 *  16 SR_TID          small sequential id (1 = the first thread created, the main thread):
 *                     the id the trace and --stats use
 *  20 SR_EXECUTOR     executor running it + 1 (0 when it is on no executor)
 *  24 SR_WAIT_KIND    WaitKind while BLOCKING/BLOCKED, else 0
 *  28 SR_WAIT_OBJ     what it waits on: a heap byte offset (lock word, joined record, ...)
 *  32 SR_THREADSTATE  the interpreter thread state (threadstate.ts) or, in tests, the fake
 *                     runner's state block
 *  36 SR_NAME         raw block: u32 byte length, then UTF-8 bytes (0 = no name)
 *  40 SR_EXIT         how it finished: 0 not yet, 1 returned, 2 raised (uncaught error)
 *  44 SR_USER         free for the threading module (e.g. the Python Thread object)
 *  48 SR_IDENT        f64: threading.get_ident() value (CPython-like large number)
 *  56 SR_NATIVE_ID    f64: threading.get_native_id() value
 *  64 SR_DEADLINE     f64: ns since the run's start when a timed block ends; +Infinity = none
 *  72 SR_STAMP        f64: ns since start of the last RUNNABLE or BLOCKED transition
 *  80 SR_INSTRUCTIONS f64: instructions executed (exact; the runner reports per slice)
 *  88 SR_SLICES       f64: slices run
 *  96 SR_GIL_ACQ      f64: times it got the GIL after another thread (or nobody) had it
 * 104 SR_HOLD_NS      f64: ns running slices (holding the GIL in GIL mode)
 * 112 SR_WAIT_NS      f64: ns runnable but not running (queued, or waiting for the GIL)
 * 120 SR_BLOCKED_NS   f64: ns blocked (sleep, lock, join, queue, input)
 * 128 SR_SIZE
 *
 * Counters are f64: exact integers up to 2**53 (104 days of ns), written only at slice
 * boundaries and state changes by whoever owns the thread at that moment (the executor
 * running it, or the waker under the scheduler lock), so plain stores suffice.
 */
import type { Ref } from '../heap/layout.js';

export const SR_STATUS = 0;
export const SR_FLAGS = 4;
export const SR_NEXT = 8;
export const SR_LIST_NEXT = 12;
export const SR_TID = 16;
export const SR_EXECUTOR = 20;
export const SR_WAIT_KIND = 24;
export const SR_WAIT_OBJ = 28;
export const SR_THREADSTATE = 32;
export const SR_NAME = 36;
export const SR_EXIT = 40;
export const SR_USER = 44;
export const SR_IDENT = 48;
export const SR_NATIVE_ID = 56;
export const SR_DEADLINE = 64;
export const SR_STAMP = 72;
export const SR_INSTRUCTIONS = 80;
export const SR_SLICES = 88;
export const SR_GIL_ACQ = 96;
export const SR_HOLD_NS = 104;
export const SR_WAIT_NS = 112;
export const SR_BLOCKED_NS = 120;
export const SR_SIZE = 128;

/** Thread status (SR_STATUS). */
export const enum ThreadStatus {
  NEW = 0, // created, not started
  RUNNABLE = 1, // in the run queue
  RUNNING = 2, // taken by an executor (running a slice, or waiting for the GIL to run one)
  BLOCKING = 3, // called block() inside its slice; the executor has not yet parked it
  BLOCKED = 4, // parked: waits for wake() or its deadline
  FINISHED = 5,
}

export const THREAD_STATUS_NAMES = ['new', 'runnable', 'running', 'blocking', 'blocked', 'finished'] as const;

/** SR_FLAGS bits. */
export const SRF_DAEMON = 1;
export const SRF_MAIN = 2;
/** A wake() arrived while the thread was RUNNING: its next block() returns at once. */
export const SRF_WAKE_PERMIT = 4;
/** The last timed block ended by its deadline, not by wake(). */
export const SRF_TIMED_OUT = 8;
/** A wake() arrived between block() and the executor parking it. */
export const SRF_WAKE_PENDING = 16;
/** A KeyboardInterrupt was delivered to this thread (main thread only). */
export const SRF_INTERRUPTED = 32;
/**
 * The thread waits inside a nested eval loop (threads.ts nestedWait): its status stays
 * BLOCKING (its JS stack cannot be unwound), but for deadlock detection it is as blocked
 * as a BLOCKED thread unless a wake is pending.
 */
export const SRF_NESTED_WAIT = 64;

/** What a blocked thread waits on (SR_WAIT_KIND). */
export const enum WaitKind {
  NONE = 0,
  SLEEP = 1, // time.sleep: only the deadline ends it
  LOCK = 2, // a lock / RLock / semaphore word (SR_WAIT_OBJ)
  JOIN = 3, // another thread's record (SR_WAIT_OBJ) finishing
  CONDITION = 4, // a Condition / Event / Barrier
  QUEUE = 5, // queue.Queue get/put
  INPUT = 6, // input() / stdin: an outside event can end it, so never a deadlock
  OTHER = 7,
}

export const WAIT_KIND_NAMES = ['none', 'sleep', 'lock', 'join', 'condition', 'queue', 'input', 'other'] as const;

/** f64 index of a field of record `rec` (byte offset) for heap.f64. */
export function srF64(rec: Ref | number, field: number): number {
  return (rec + field) >> 3;
}

/** i32 index of a field of record `rec` for heap.i32. */
export function srI32(rec: Ref | number, field: number): number {
  return (rec + field) >> 2;
}
