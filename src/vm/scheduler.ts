/*
 * The scheduler: thread lifecycle, the run queue, blocking and waking, timers, join and
 * deadlock detection (issue 5 items 1, 4; DESIGN.md "Threads, executors, the GIL").
 *
 * All scheduler state is in the heap, so every executor (worker_thread) and the
 * supervisor (main JS thread) see the same thing; a `Scheduler` object is one JS thread's
 * handle on it (views, its executor id, its trace writer, the thread it is running).
 *
 * Heap state:
 *   HDR_RUNQ_LOCK        the scheduler lock (Drepper's futex mutex: 0 free, 1 held,
 *                        2 held with sleepers). It guards the run queue, every thread's
 *                        SR_STATUS/SR_FLAGS/wait fields, the thread list and the timers.
 *                        Sections are short (a few list operations, or one walk of the
 *                        thread list when an executor goes idle or a timer fires).
 *   HDR_RUNQ_HEAD/TAIL   FIFO run queue of RUNNABLE sched records, linked by SR_NEXT
 *   HDR_THREAD_LIST      every created thread, newest first, linked by SR_LIST_NEXT
 *   HDR_NEXT_THREAD_ID   the next tid (1 = the first thread: the main thread)
 *   HDR_SWITCH_INTERVAL  instructions per slice (read at every slice start, so
 *                        sys.setswitchinterval takes effect at the next slice)
 *   HDR_EXECUTOR_COUNT   executors (workers) of the run
 *   control block        a raw block (offset given to every executor) of SC_* words:
 *                        idle futex and count, run state, live counts, trace sequence,
 *                        interrupt count, nearest timer deadline, start time, and each
 *                        executor's counters (SCE_*).
 *
 * Thread states (sched-record.ts ThreadStatus):
 *   NEW --start--> RUNNABLE --pop--> RUNNING --slice ends--> RUNNABLE (tail of the queue)
 *   RUNNING --block()--> BLOCKING --executor parks it--> BLOCKED --wake/deadline--> RUNNABLE
 *   RUNNING --returns/raises--> FINISHED (joiners are woken)
 * BLOCKING exists because in no-GIL mode a wake() can come from another executor while
 * the blocking thread's executor is still finishing its slice: the wake is then recorded
 * (SRF_WAKE_PENDING) and the executor requeues the thread instead of parking it, so the
 * thread never runs on two executors at once. A wake() that arrives before block() (the
 * thread registered as a waiter, then was released before it could park) leaves a permit
 * (SRF_WAKE_PERMIT) and the next block() returns false at once: lost wake-ups are
 * impossible whatever the order (java.util.concurrent's park/unpark).
 *
 * Timers: a block() may carry a deadline (ns since start). The control block keeps the
 * nearest deadline (a lower bound: it may be stale-early, which only costs a scan). An
 * executor compares it with the time it reads anyway at every slice boundary and, when
 * due, walks the thread list and makes every expired thread RUNNABLE in (deadline, tid)
 * order, flagged SRF_TIMED_OUT. An idle executor sleeps on the idle futex with the time
 * to the nearest deadline as its Atomics.wait timeout.
 *
 * Determinism with one executor: the only inputs to a scheduling decision are the queue
 * order and instruction counts (a slice is exactly `switch interval` instructions unless
 * the thread blocks or ends), never the clock; so `--workers 1` gives the same interleaving
 * and the same trace event sequence on every run. Timers are the one time input, and they
 * stay "deterministic enough": expiry is only checked at slice boundaries (so a wake-up
 * lands on a slice boundary, quantised), threads whose deadlines have passed are released
 * in (deadline, tid) order whatever the check time, and when every thread is asleep the
 * executor sleeps until exactly the nearest deadline, so sleep-ordered programs (A sleeps
 * 0.1 s, B 0.2 s) always wake in deadline order. How many slices a CPU-bound thread runs
 * while another sleeps does depend on machine speed, exactly as under CPython.
 *
 * Under the GIL the holder runs the queue: an executor that does not hold the GIL takes no
 * thread off the queue while another executor holds it (popRunnable returns 0, idleDecision
 * says wait, and a thread made runnable does not wake idle executors then). The holder
 * takes the next thread itself at its slice end (executor.ts) or before it lets the GIL
 * go idle, so CPU-bound threads alternate on one executor with no hand-over between OS
 * threads (each costs ~100-200 us of futex wake-up on these 2-core VMs: measured from
 * --trace, the classic demo ran 1.15-1.2x its sequential time with the threads ping-ponging
 * between two executors, 1.01-1.06x on one). The GIL still passes from thread to thread
 * at every slice end (noteGilThread counts each acquisition; the trace shows the state
 * changes). A pinned thread (inside a nested eval loop, vm/nested-slices.ts) cannot leave
 * its executor's JS stack: at its slice end, with threads queued, it wakes an idle
 * executor (wakeIdleExecutor) and hands the GIL over. The holder always looks at the queue
 * (under the lock) after dropping the GIL to go idle, so a thread queued while another
 * executor held the GIL is never stranded.
 *
 * Deadlock: when an executor finds the queue empty it checks, under the lock, whether
 * every live (started, unfinished) thread is BLOCKED, none with a deadline and none
 * waiting for input (an outside event). If so nothing can ever wake them: the run state
 * becomes DEADLOCK, every executor stops, and the supervisor prints the report (each
 * thread's name and what it waits on; the lead's callback adds the Python stacks) and
 * exits 1. When the last non-daemon thread finishes the run state becomes DONE: executors
 * stop after their current slice (daemon threads are abandoned, as CPython does at exit).
 */
import type { Ref } from '../heap/layout.js';
import { allocRaw, free } from '../heap/alloc.js';
import {
  HDR_EVAL_BREAKER,
  HDR_EXECUTOR_COUNT,
  HDR_QSBR_EXECUTORS,
  HDR_NEXT_THREAD_ID,
  HDR_RUNQ_HEAD,
  HDR_RUNQ_LOCK,
  HDR_RUNQ_TAIL,
  HDR_SWITCH_INTERVAL,
  HDR_THREAD_LIST,
  MAX_EXECUTORS,
  type Heap,
} from '../heap/memory.js';
import { gilFormat, GIL_WORD, NO_GIL_WORD } from './gil.js';
import { HeapExhausted } from '../heap/exhausted.js';
import {
  SR_BLOCKED_NS, SR_DEADLINE, SR_EXECUTOR, SR_EXIT, SR_FLAGS, SR_GIL_ACQ, SR_HOLD_NS, SR_IDENT,
  SR_INSTRUCTIONS, SR_LIST_NEXT, SR_NAME, SR_NATIVE_ID, SR_NEXT, SR_SIZE, SR_SLICES, SR_STAMP,
  SR_STATUS, SR_THREADSTATE, SR_TID, SR_USER, SR_WAIT_KIND, SR_WAIT_NS, SR_WAIT_OBJ, SRF_DAEMON,
  SRF_INTERRUPTED, SRF_MAIN, SRF_NESTED_WAIT, SRF_TIMED_OUT, SRF_WAKE_PENDING, SRF_WAKE_PERMIT, ThreadStatus,
  THREAD_STATUS_NAMES, WAIT_KIND_NAMES, WaitKind,
} from './sched-record.js';
import { Clock, jsonString, type ExecutorStats, type ThreadStats, type Tracer } from './stats.js';

import { DEFAULT_SWITCH_INTERVAL } from './switch-interval.js';
export { DEFAULT_SWITCH_INTERVAL };

// ---- control block (word indexes from the block's first word) ----
export const SC_IDLE_FUTEX = 0; // bumped when work appears or the run stops; idle executors wait on it
export const SC_IDLE_COUNT = 1; // executors asleep on the idle futex
export const SC_STATE = 2; // RunState: non-zero = the run is over (the GIL's stop word)
export const SC_LIVE = 3; // started, unfinished threads
export const SC_LIVE_NONDAEMON = 4;
export const SC_TRACE_SEQ = 5;
export const SC_SIGINT = 6; // KeyboardInterrupts requested, not yet taken
export const SC_MAIN = 7; // the main thread's record
export const SC_LAST_THREAD = 8; // record that last ran under the GIL (per-thread GIL acquisitions)
export const SC_START_HI = 9; // run start, process.hrtime.bigint(), high and low 32 bits
export const SC_START_LO = 10;
export const SC_FATAL_EXECUTOR = 11; // executor + 1 that hit an internal error
export const SC_GO = 12; // 1 once every executor is ready: they wait for it before their first slice
export const SC_SPARE_REQUEST = 13; // non-zero: a spare executor is asked to run one slice (executor.ts)
export const SC_SPARES = 14; // spare executors of the run (1 with --workers 1 under the GIL, more by addSpare)
export const SC_SPARE_FREE = 15; // spare executors not busy with a request (a free JS stack: threads.ts nestedWait)
export const SC_SPARES_MAX = 22; // (byte 88, after the f64 words) how many spares the run may have (addSpare), both modes
/** f64 index offsets (from block >> 3). */
export const SCF_NEAREST_DEADLINE = 8; // byte 64
export const SCF_END_NS = 9; // byte 72: when the run state left RUNNING
export const SCF_GO_NS = 10; // byte 80: when the executors were released (the run's t0 for --stats)
export const SC_EXEC_STATS_BYTE = 128;
export const SCE_SLICES = 0;
export const SCE_GIL_TAKES = 1;
export const SCE_HANDOVERS = 2;
export const SCE_GIL_WAIT_NS = 3;
export const SCE_BUSY_NS = 4;
export const SCE_IDLE_NS = 5;
export const SCE_FIELDS = 8;
export const SC_SIZE = SC_EXEC_STATS_BYTE + MAX_EXECUTORS * SCE_FIELDS * 8;

/**
 * At most this many spare executors per run (each a worker_thread with its own V8 isolate):
 * a program with more threads waiting inside nested calls at once runs the rest on the
 * waiters' stacks (threads.ts nestedWait).
 */
export const MAX_SPARES = 24;

/** SC_STATE values. */
export const enum RunState {
  RUNNING = 0,
  DONE = 1, // every non-daemon thread finished
  DEADLOCK = 2,
  FATAL = 3, // an internal error in an executor
  ABORTED = 4, // the supervisor stopped the run (second Ctrl-C, error)
}

/** HDR_EVAL_BREAKER bits (the loop may poll the word; slices end by budget regardless). */
export const BREAKER_INTERRUPT = 1;

export interface SchedulerFormatOptions {
  switchInterval?: number;
  workers: number;
  /** Spare executors (executor.ts runSpareLoop): 1 with --workers 1 under the GIL. */
  spares?: number;
  noGil?: boolean;
}

export interface CreateThreadOptions {
  name?: string;
  daemon?: boolean;
  main?: boolean;
  /** Thread state (threadstate.ts) or the fake runner's state block. */
  threadState?: Ref | number;
  ident?: number;
  nativeId?: number;
}

/** One thread, as the deadlock report and the debugger show it. */
export interface ThreadInfo {
  record: Ref;
  tid: number;
  name: string;
  daemon: boolean;
  main: boolean;
  status: string;
  waitKind: string;
  waitObject: number;
  /** ns since start; Infinity when none. */
  deadline: number;
  threadState: number;
}

export type IdleDecision = { kind: 'wait'; timeoutMs: number; futex: number } | { kind: 'stop' } | { kind: 'retry' };

const LOCK_WORD = HDR_RUNQ_LOCK >> 2;
const HEAD_WORD = HDR_RUNQ_HEAD >> 2;
const TAIL_WORD = HDR_RUNQ_TAIL >> 2;
const LIST_WORD = HDR_THREAD_LIST >> 2;

export class Scheduler {
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  /** First i32 index of the control block. */
  private readonly sc: number;
  private readonly scF: number;
  readonly clock: Clock;
  /** The record this executor is running now (0 between slices). Natives read it. */
  current: Ref = 0 as Ref;

  /**
   * `controlBlock`: from Scheduler.format. `executor`: this JS thread's
   * executor id, -1 for the supervisor. `tracer`: the --trace writer, or null.
   */
  constructor(
    readonly heap: Heap,
    readonly controlBlock: Ref,
    readonly executor: number,
    readonly tracer: Tracer | null = null,
  ) {
    this.i32 = heap.i32;
    this.f64 = heap.f64;
    this.sc = controlBlock >> 2;
    this.scF = controlBlock >> 3;
    const hi = BigInt(this.i32[this.sc + SC_START_HI]! >>> 0);
    const lo = BigInt(this.i32[this.sc + SC_START_LO]! >>> 0);
    this.clock = new Clock((hi << 32n) | lo);
  }

  /**
   * Sets up the scheduler state of a new heap and returns the control block. The
   * supervisor calls it once, before any executor starts.
   */
  static format(heap: Heap, options: SchedulerFormatOptions): Ref {
    const block = allocRaw(heap, SC_SIZE);
    if (block === 0) throw new Error('heap exhausted creating the scheduler');
    heap.u8.fill(0, block, block + SC_SIZE);
    const i32 = heap.i32;
    const sc = block >> 2;
    const start = process.hrtime.bigint();
    i32[sc + SC_START_HI] = Number(start >> 32n) | 0;
    i32[sc + SC_START_LO] = Number(start & 0xffffffffn) | 0;
    heap.f64[(block >> 3) + SCF_NEAREST_DEADLINE] = Infinity;
    i32[LOCK_WORD] = 0;
    i32[HEAD_WORD] = 0;
    i32[TAIL_WORD] = 0;
    i32[LIST_WORD] = 0;
    i32[HDR_NEXT_THREAD_ID >> 2] = 1;
    i32[HDR_SWITCH_INTERVAL >> 2] = options.switchInterval ?? DEFAULT_SWITCH_INTERVAL;
    i32[HDR_EXECUTOR_COUNT >> 2] = options.workers;
    i32[sc + SC_SPARES] = options.spares ?? 0;
    i32[sc + SC_SPARE_FREE] = options.spares ?? 0;
    // both modes: without the GIL a thread waiting inside a nested call holds its
    // executor just the same (threads.ts nestedWait)
    i32[sc + SC_SPARES_MAX] = Math.min(MAX_SPARES, MAX_EXECUTORS - options.workers);
    i32[HDR_EVAL_BREAKER >> 2] = 0;
    gilFormat(heap, options.noGil === true);
    return block;
  }

  // ------------------------------------------------------------ small accessors

  now(): number {
    return this.clock.now();
  }

  /** The ns deadline `seconds` from now (Infinity for a negative / infinite timeout). */
  deadlineAfter(seconds: number): number {
    if (!(seconds >= 0) || seconds === Infinity) return Infinity;
    return this.now() + seconds * 1e9;
  }

  get switchInterval(): number {
    return Atomics.load(this.i32, HDR_SWITCH_INTERVAL >> 2);
  }

  set switchInterval(instructions: number) {
    Atomics.store(this.i32, HDR_SWITCH_INTERVAL >> 2, Math.max(1, Math.floor(instructions)));
  }

  get runState(): RunState {
    return Atomics.load(this.i32, this.sc + SC_STATE) as RunState;
  }

  /** i32 index of the run-state word (the GIL's stop word). */
  get stateWord(): number {
    return this.sc + SC_STATE;
  }

  get mainThread(): Ref {
    return this.i32[this.sc + SC_MAIN]! as Ref;
  }

  status(t: Ref): ThreadStatus {
    return Atomics.load(this.i32, (t + SR_STATUS) >> 2) as ThreadStatus;
  }

  tid(t: Ref): number {
    return this.i32[(t + SR_TID) >> 2]!;
  }

  threadState(t: Ref): number {
    return this.i32[(t + SR_THREADSTATE) >> 2]!;
  }

  setThreadState(t: Ref, ts: Ref | number): void {
    this.i32[(t + SR_THREADSTATE) >> 2] = ts;
  }

  userWord(t: Ref): number {
    return this.i32[(t + SR_USER) >> 2]!;
  }

  setUserWord(t: Ref, value: number): void {
    this.i32[(t + SR_USER) >> 2] = value;
  }

  isDaemon(t: Ref): boolean {
    return (this.i32[(t + SR_FLAGS) >> 2]! & SRF_DAEMON) !== 0;
  }

  /** Set before start() (threading.Thread.daemon). */
  setDaemon(t: Ref, daemon: boolean): void {
    this.withLock(() => {
      const w = (t + SR_FLAGS) >> 2;
      this.i32[w] = daemon ? this.i32[w]! | SRF_DAEMON : this.i32[w]! & ~SRF_DAEMON;
    });
  }

  /**
   * A join of t interrupted (Ctrl-C) while t runs: the end of the run no longer waits for
   * t, as if it were a daemon (CPython 3.11's Thread._wait_for_tstate_lock releases the
   * thread's lock and marks it stopped when acquire() is interrupted, so _shutdown does not
   * wait for it). The run is DONE if t was the last non-daemon thread alive.
   */
  abandon(t: Ref, now = this.now()): void {
    const i32 = this.i32;
    let done = false;
    this.withLock(() => {
      const w = (t + SR_FLAGS) >> 2;
      const s = i32[(t + SR_STATUS) >> 2];
      if ((i32[w]! & SRF_DAEMON) !== 0 || s === ThreadStatus.NEW || s === ThreadStatus.FINISHED) return;
      i32[w] = i32[w]! | SRF_DAEMON;
      done = Atomics.sub(i32, this.sc + SC_LIVE_NONDAEMON, 1) === 1;
    });
    if (done) this.stopRun(RunState.DONE, now);
  }

  ident(t: Ref): number {
    return this.f64[(t + SR_IDENT) >> 3]!;
  }

  nativeId(t: Ref): number {
    return this.f64[(t + SR_NATIVE_ID) >> 3]!;
  }

  isAlive(t: Ref): boolean {
    const s = this.status(t);
    return s !== ThreadStatus.NEW && s !== ThreadStatus.FINISHED;
  }

  /** 1 returned, 2 raised, 0 not finished. */
  exitKind(t: Ref): number {
    return this.i32[(t + SR_EXIT) >> 2]!;
  }

  /** The ns deadline of t's current (or last) block; Infinity for none. */
  deadlineOf(t: Ref): number {
    return this.f64[(t + SR_DEADLINE) >> 3]!;
  }

  /** True when the last timed block of t ended by its deadline. */
  timedOut(t: Ref): boolean {
    return (Atomics.load(this.i32, (t + SR_FLAGS) >> 2) & SRF_TIMED_OUT) !== 0;
  }

  threadName(t: Ref): string {
    const block = this.i32[(t + SR_NAME) >> 2]!;
    if (block === 0) return '';
    const length = this.i32[block >> 2]!;
    return Buffer.from(this.heap.u8.subarray(block + 4, block + 4 + length)).toString('utf8');
  }

  setThreadName(t: Ref, name: string): void {
    const bytes = Buffer.from(name, 'utf8');
    const block = allocRaw(this.heap, 4 + bytes.length);
    if (block === 0) throw new HeapExhausted(4 + bytes.length);
    this.i32[block >> 2] = bytes.length;
    this.heap.u8.set(bytes, block + 4);
    const w = (t + SR_NAME) >> 2;
    const old = this.i32[w]!;
    this.i32[w] = block;
    if (old !== 0) free(this.heap, old as Ref);
  }

  /** Every created thread, in creation order. */
  threads(): Ref[] {
    const out: Ref[] = [];
    this.withLock(() => {
      for (let t = this.i32[LIST_WORD]!; t !== 0; t = this.i32[(t + SR_LIST_NEXT) >> 2]!) out.push(t as Ref);
    });
    return out.reverse();
  }

  threadByTid(tid: number): Ref {
    for (const t of this.threads()) if (this.tid(t) === tid) return t;
    return 0 as Ref;
  }

  // ------------------------------------------------------------ the lock

  lock(): void {
    const i32 = this.i32;
    if (Atomics.compareExchange(i32, LOCK_WORD, 0, 1) === 0) return;
    for (let n = 0; n < 100; n++) {
      if (Atomics.load(i32, LOCK_WORD) === 0 && Atomics.compareExchange(i32, LOCK_WORD, 0, 1) === 0) return;
    }
    while (Atomics.exchange(i32, LOCK_WORD, 2) !== 0) Atomics.wait(i32, LOCK_WORD, 2, 10);
  }

  unlock(): void {
    if (Atomics.exchange(this.i32, LOCK_WORD, 0) === 2) Atomics.notify(this.i32, LOCK_WORD, 1);
  }

  private withLock<T>(fn: () => T): T {
    this.lock();
    try {
      return fn();
    } finally {
      this.unlock();
    }
  }

  // ------------------------------------------------------------ lifecycle

  /** A NEW thread (not started: no ident yet in Python terms, not live). */
  createThread(options: CreateThreadOptions = {}): Ref {
    const heap = this.heap;
    const t = allocRaw(heap, SR_SIZE);
    if (t === 0) throw new HeapExhausted(SR_SIZE);
    heap.u8.fill(0, t, t + SR_SIZE);
    const i32 = this.i32;
    const tid = Atomics.add(i32, HDR_NEXT_THREAD_ID >> 2, 1);
    i32[(t + SR_TID) >> 2] = tid;
    i32[(t + SR_FLAGS) >> 2] = (options.daemon ? SRF_DAEMON : 0) | (options.main ? SRF_MAIN : 0);
    i32[(t + SR_THREADSTATE) >> 2] = options.threadState ?? 0;
    const f64 = this.f64;
    // CPython's idents are pthread_t values (~0x7f.. addresses) and native ids are OS tids.
    f64[(t + SR_IDENT) >> 3] = options.ident ?? 0x7f3a00000000 + tid * 0x800000;
    f64[(t + SR_NATIVE_ID) >> 3] = options.nativeId ?? process.pid + tid;
    f64[(t + SR_DEADLINE) >> 3] = Infinity;
    if (options.name !== undefined) this.setThreadName(t, options.name);
    const name = options.name ?? '';
    this.withLock(() => {
      i32[(t + SR_LIST_NEXT) >> 2] = i32[LIST_WORD]!;
      i32[LIST_WORD] = t;
      if (options.main) i32[this.sc + SC_MAIN] = t;
    });
    this.tracer?.event(this.now(), 'thread', tid, `,"name":${jsonString(name)},"daemon":${options.daemon === true}`);
    return t;
  }

  /** NEW -> RUNNABLE (threading.Thread.start). */
  startThread(t: Ref): void {
    const now = this.now();
    this.withLock(() => {
      const i32 = this.i32;
      if (i32[(t + SR_STATUS) >> 2] !== ThreadStatus.NEW) throw new Error('thread already started');
      Atomics.add(i32, this.sc + SC_LIVE, 1);
      if ((i32[(t + SR_FLAGS) >> 2]! & SRF_DAEMON) === 0) Atomics.add(i32, this.sc + SC_LIVE_NONDAEMON, 1);
      this.makeRunnableLocked(t, now);
      this.traceState(now, t, 'new', 'runnable', '');
    });
  }

  /** createThread + startThread. */
  spawn(options: CreateThreadOptions = {}): Ref {
    const t = this.createThread(options);
    this.startThread(t);
    return t;
  }

  /**
   * Frees a FINISHED (or never started) thread's record and name (when the Python Thread
   * object dies). The record must not be used afterwards.
   */
  releaseThread(t: Ref): void {
    this.withLock(() => {
      const s = this.i32[(t + SR_STATUS) >> 2];
      if (s !== ThreadStatus.FINISHED && s !== ThreadStatus.NEW) throw new Error('releaseThread: thread is alive');
      let link = LIST_WORD;
      for (let c = this.i32[link]!; c !== 0; link = (c + SR_LIST_NEXT) >> 2, c = this.i32[link]!) {
        if (c === t) {
          this.i32[link] = this.i32[(t + SR_LIST_NEXT) >> 2]!;
          break;
        }
      }
    });
    const name = this.i32[(t + SR_NAME) >> 2]!;
    if (name !== 0) free(this.heap, name as Ref);
    free(this.heap, t);
  }

  // ------------------------------------------------------------ blocking (thread side)

  /**
   * Called by the running thread's own code inside its slice (a lock acquire, sleep,
   * join...). Returns true: the thread is now BLOCKING and the runner must save its state
   * and return BLOCKED from runSlice; when it runs again, the wait is over (woken, or
   * timedOut(t) if the deadline passed, or interrupted). Returns false: no need to block
   * (a wake permit was pending, or the joined thread already finished): continue.
   * `deadline`: ns since start (deadlineAfter), Infinity for none.
   *
   * Wake-ups can be spurious (a permit left by an earlier wake, a KeyboardInterrupt
   * delivered to the main thread): when the thread runs again its code re-checks what it
   * waited for (takeInterrupt, timedOut, the lock word) and blocks again if needed, as
   * with a condition variable. A lock waits like this, so no wake-up is lost in no-GIL
   * mode:   if (!tryAcquire()) { if (block(t, LOCK, w)) { if (tryAcquire()) cancelBlock(t);
   *         else return BLOCKED (retry on resume) } }
   * and release() stores the word, then wakeWaiters(LOCK, w, 1).
   */
  block(t: Ref, kind: WaitKind, waitObject: number, deadline = Infinity): boolean {
    const i32 = this.i32;
    return this.withLock(() => {
      const flagsWord = (t + SR_FLAGS) >> 2;
      const flags = i32[flagsWord]!;
      if ((flags & SRF_WAKE_PERMIT) !== 0) {
        i32[flagsWord] = flags & ~SRF_WAKE_PERMIT;
        return false;
      }
      if (kind === WaitKind.JOIN && i32[(waitObject + SR_STATUS) >> 2] === ThreadStatus.FINISHED) return false;
      i32[flagsWord] = flags & ~(SRF_TIMED_OUT | SRF_WAKE_PENDING);
      i32[(t + SR_WAIT_KIND) >> 2] = kind;
      i32[(t + SR_WAIT_OBJ) >> 2] = waitObject;
      this.f64[(t + SR_DEADLINE) >> 3] = deadline;
      if (deadline < this.f64[this.scF + SCF_NEAREST_DEADLINE]!) this.f64[this.scF + SCF_NEAREST_DEADLINE] = deadline;
      Atomics.store(i32, (t + SR_STATUS) >> 2, ThreadStatus.BLOCKING);
      return true;
    });
  }

  /**
   * Undoes a block() that returned true, while still inside the slice (the waiter
   * re-checked its condition after registering and found it satisfied). A wake that
   * arrived meanwhile is dropped: the caller got what it waited for.
   */
  cancelBlock(t: Ref): void {
    this.withLock(() => {
      const i32 = this.i32;
      if (i32[(t + SR_STATUS) >> 2] !== ThreadStatus.BLOCKING) return;
      const w = (t + SR_FLAGS) >> 2;
      i32[w] = i32[w]! & ~SRF_WAKE_PENDING;
      i32[(t + SR_WAIT_KIND) >> 2] = 0;
      i32[(t + SR_WAIT_OBJ) >> 2] = 0;
      this.f64[(t + SR_DEADLINE) >> 3] = Infinity;
      Atomics.store(i32, (t + SR_STATUS) >> 2, ThreadStatus.RUNNING);
    });
  }

  /** block(t, SLEEP) for `seconds` (time.sleep). */
  sleep(t: Ref, seconds: number): boolean {
    return this.block(t, WaitKind.SLEEP, 0, this.now() + Math.max(0, seconds) * 1e9);
  }

  /**
   * Makes t runnable if it is blocked (or about to block). Returns true if this call ended
   * a block. On a running thread it leaves a permit for its next block(). Callable from
   * any executor or the supervisor.
   */
  wake(t: Ref): boolean {
    const now = this.now();
    let woke = false;
    this.withLock(() => {
      woke = this.wakeLocked(t, now, false);
      if (woke) this.traceState(now, t, 'blocked', 'runnable', '');
    });
    return woke;
  }

  /**
   * Wakes up to `max` threads blocked on (kind, waitObject), oldest tid first (a simple
   * wait queue for locks, conditions and queues). Returns how many were woken.
   */
  wakeWaiters(kind: WaitKind, waitObject: number, max = Infinity): number {
    const now = this.now();
    let count = 0;
    this.withLock(() => {
      const candidates: Ref[] = [];
      const i32 = this.i32;
      for (let t = i32[LIST_WORD]!; t !== 0; t = i32[(t + SR_LIST_NEXT) >> 2]!) {
        const s = i32[(t + SR_STATUS) >> 2];
        if (
          (s === ThreadStatus.BLOCKED || s === ThreadStatus.BLOCKING) &&
          i32[(t + SR_WAIT_KIND) >> 2] === kind &&
          i32[(t + SR_WAIT_OBJ) >> 2] === waitObject &&
          (i32[(t + SR_FLAGS) >> 2]! & SRF_WAKE_PENDING) === 0
        ) {
          candidates.push(t as Ref);
        }
      }
      candidates.sort((a, b) => i32[(a + SR_TID) >> 2]! - i32[(b + SR_TID) >> 2]!);
      for (const t of candidates.slice(0, max)) {
        // A BLOCKING candidate gets a pending wake (wakeLocked returns false): it counts.
        if (this.wakeLocked(t, now, false)) this.traceState(now, t, 'blocked', 'runnable', '');
        count++;
      }
    });
    return count;
  }

  /** True (and clears the flag) if a KeyboardInterrupt was delivered to t. */
  takeInterrupt(t: Ref): boolean {
    return this.withLock(() => {
      const w = (t + SR_FLAGS) >> 2;
      if ((this.i32[w]! & SRF_INTERRUPTED) === 0) return false;
      this.i32[w] = this.i32[w]! & ~SRF_INTERRUPTED;
      if (Atomics.sub(this.i32, this.sc + SC_SIGINT, 1) <= 1) {
        Atomics.and(this.i32, HDR_EVAL_BREAKER >> 2, ~BREAKER_INTERRUPT);
      }
      return true;
    });
  }

  /**
   * Ctrl-C (the supervisor's SIGINT handler): flags the main thread, sets the eval
   * breaker bit and wakes the main thread if it is blocked, so the runner can raise
   * KeyboardInterrupt in it. Returns false if an earlier interrupt is still pending, or if
   * the main thread has finished (nothing flagged then: the supervisor ends the run). The
   * status is read under the lock that finish() holds while it marks the thread FINISHED and
   * looks for the flag, so a Ctrl-C that comes as the main thread ends is seen by one side
   * (read before the lock, a Ctrl-C could flag a thread that finish() had just passed: lost).
   */
  interruptMain(): boolean {
    const main = this.mainThread;
    if (main === 0) return false;
    const now = this.now();
    let first = false;
    this.withLock(() => {
      if (this.i32[(main + SR_STATUS) >> 2] === ThreadStatus.FINISHED) return;
      first = Atomics.add(this.i32, this.sc + SC_SIGINT, 1) === 0;
      const w = (main + SR_FLAGS) >> 2;
      this.i32[w] = this.i32[w]! | SRF_INTERRUPTED;
      Atomics.or(this.i32, HDR_EVAL_BREAKER >> 2, BREAKER_INTERRUPT);
      if (this.wakeLocked(main, now, false)) this.traceState(now, main, 'blocked', 'runnable', ',"interrupt":true');
    });
    return first;
  }

  private wakeLocked(t: Ref, now: number, timeout: boolean): boolean {
    const i32 = this.i32;
    const flagsWord = (t + SR_FLAGS) >> 2;
    switch (i32[(t + SR_STATUS) >> 2]) {
      case ThreadStatus.BLOCKED: {
        const f64 = this.f64;
        f64[(t + SR_BLOCKED_NS) >> 3] = f64[(t + SR_BLOCKED_NS) >> 3]! + (now - f64[(t + SR_STAMP) >> 3]!);
        if (timeout) i32[flagsWord] = i32[flagsWord]! | SRF_TIMED_OUT;
        this.makeRunnableLocked(t, now);
        return true;
      }
      case ThreadStatus.BLOCKING:
        i32[flagsWord] = i32[flagsWord]! | SRF_WAKE_PENDING;
        return false;
      case ThreadStatus.RUNNING:
      case ThreadStatus.RUNNABLE:
        i32[flagsWord] = i32[flagsWord]! | SRF_WAKE_PERMIT;
        return false;
      default:
        return false;
    }
  }

  /** Status RUNNABLE, stamp, tail of the run queue, wake an idle executor. Lock held. */
  private makeRunnableLocked(t: Ref, now: number): void {
    const i32 = this.i32;
    i32[(t + SR_WAIT_KIND) >> 2] = 0;
    i32[(t + SR_WAIT_OBJ) >> 2] = 0;
    i32[(t + SR_EXECUTOR) >> 2] = 0;
    this.f64[(t + SR_DEADLINE) >> 3] = Infinity;
    this.f64[(t + SR_STAMP) >> 3] = now;
    Atomics.store(i32, (t + SR_STATUS) >> 2, ThreadStatus.RUNNABLE);
    i32[(t + SR_NEXT) >> 2] = 0;
    const tail = i32[TAIL_WORD]!;
    if (tail !== 0) i32[(tail + SR_NEXT) >> 2] = t;
    else i32[HEAD_WORD] = t;
    i32[TAIL_WORD] = t;
    if (Atomics.load(i32, this.sc + SC_IDLE_COUNT) > 0 && !this.gilHolderRunsQueue()) {
      Atomics.add(i32, this.sc + SC_IDLE_FUTEX, 1);
      Atomics.notify(i32, this.sc + SC_IDLE_FUTEX, 1);
    }
  }

  // ------------------------------------------------------------ executor side

  /**
   * Releases expired timers (if due at `now`), then takes the head of the run queue: it
   * becomes RUNNING on this executor. 0 when the queue is empty. `announceWord` (the
   * GIL's waiter count, when this executor does not hold the GIL): incremented BEFORE the
   * head is unlinked, so a holder that sees the queue empty (nothingElseToRun) also sees
   * the request and switches instead of running its thread again.
   */
  popRunnable(now: number, announceWord = -1): Ref {
    const i32 = this.i32;
    this.lock();
    let t: number;
    try {
      if (now >= this.f64[this.scF + SCF_NEAREST_DEADLINE]!) {
        for (const e of this.runTimersLocked(now)) this.traceState(now, e, 'blocked', 'runnable', ',"timeout":true');
      }
      t = i32[HEAD_WORD]!;
      // announceWord >= 0: GIL mode, this executor does not hold the GIL
      if (t !== 0 && announceWord >= 0 && this.gilHolderRunsQueue()) t = 0;
      if (t !== 0) {
        if (announceWord >= 0) Atomics.add(i32, announceWord, 1);
        const next = i32[(t + SR_NEXT) >> 2]!;
        i32[HEAD_WORD] = next;
        if (next === 0) i32[TAIL_WORD] = 0;
        i32[(t + SR_NEXT) >> 2] = 0;
        i32[(t + SR_EXECUTOR) >> 2] = this.executor + 1;
        Atomics.store(i32, (t + SR_STATUS) >> 2, ThreadStatus.RUNNING);
      }
    } finally {
      this.unlock();
    }
    return t as Ref;
  }

  /**
   * GIL mode and another executor holds the GIL: that holder runs the queued threads (see
   * the module comment), so an executor without the GIL leaves them alone.
   */
  private gilHolderRunsQueue(): boolean {
    const i32 = this.i32;
    return Atomics.load(i32, NO_GIL_WORD) === 0 && Atomics.load(i32, GIL_WORD) !== 0;
  }

  /**
   * Wakes one idle executor (a pinned thread's executor is about to hand the GIL over with
   * threads queued: vm/nested-slices.ts). With the GIL free it pops the queue's head.
   */
  wakeIdleExecutor(): void {
    const i32 = this.i32;
    if (Atomics.load(i32, this.sc + SC_IDLE_COUNT) > 0) {
      Atomics.add(i32, this.sc + SC_IDLE_FUTEX, 1);
      Atomics.notify(i32, this.sc + SC_IDLE_FUTEX, 1);
    }
  }

  /** Makes every thread whose deadline passed RUNNABLE, in (deadline, tid) order. Lock held. */
  private runTimersLocked(now: number): Ref[] {
    const i32 = this.i32;
    const f64 = this.f64;
    const expired: Ref[] = [];
    let nearest = Infinity;
    for (let t = i32[LIST_WORD]!; t !== 0; t = i32[(t + SR_LIST_NEXT) >> 2]!) {
      const s = i32[(t + SR_STATUS) >> 2];
      if (s !== ThreadStatus.BLOCKED && s !== ThreadStatus.BLOCKING) continue;
      const deadline = f64[(t + SR_DEADLINE) >> 3]!;
      if (deadline <= now) {
        if (s === ThreadStatus.BLOCKED) expired.push(t as Ref);
        // a thread waiting inside a nested call (BLOCKING) polls its own deadline
        // (threads.ts nestedWait); kept as the nearest one, a deadline in the past made
        // every later peek (nothingElseToRun) see a due timer that releases nobody
      } else if (deadline < nearest) nearest = deadline;
    }
    expired.sort(
      (a, b) => f64[(a + SR_DEADLINE) >> 3]! - f64[(b + SR_DEADLINE) >> 3]! || i32[(a + SR_TID) >> 2]! - i32[(b + SR_TID) >> 2]!,
    );
    for (const t of expired) this.wakeLocked(t, now, true);
    f64[this.scF + SCF_NEAREST_DEADLINE] = nearest;
    return expired;
  }

  /**
   * Lock-free peek for the executor's fast path: nothing else is runnable and no timer is
   * due, so the thread whose slice just ended may simply run another slice (no requeue,
   * no state change, no event). A racy read: a thread enqueued just after it is picked up
   * by an idle executor, or by this one at the next slice end.
   */
  nothingElseToRun(now: number): boolean {
    return Atomics.load(this.i32, HEAD_WORD) === 0 && now < this.f64[this.scF + SCF_NEAREST_DEADLINE]!;
  }

  /**
   * Threads are in the run queue now, due timers released first: nothingElseToRun's peek
   * also says false when a timer is due, which may release nobody (the deadline of a
   * nested wait that has ended, or that polls it itself). A pinned thread that handed the
   * GIL over on that peek (nested-slices.ts) waited forever for a taker: the woken idle
   * executor found the queue empty.
   */
  hasQueued(now: number): boolean {
    if (this.nothingElseToRun(now)) return false;
    return this.withLock(() => {
      if (now >= this.f64[this.scF + SCF_NEAREST_DEADLINE]!) {
        for (const e of this.runTimersLocked(now)) this.traceState(now, e, 'blocked', 'runnable', ',"timeout":true');
      }
      return this.i32[HEAD_WORD] !== 0;
    });
  }

  /** Threads in the run queue now (a nested slice boundary runs one round of them). */
  runnableCount(): number {
    return this.withLock(() => {
      let n = 0;
      for (let t = this.i32[HEAD_WORD]!; t !== 0; t = this.i32[(t + SR_NEXT) >> 2]!) n++;
      return n;
    });
  }

  /**
   * One line of the scheduler's words for a thread dump (supervisor.ts): run state, queue,
   * idle executors, spares (started, free, a request not taken yet).
   */
  describeExecutors(): string {
    const i32 = this.i32;
    return (
      `scheduler: state ${this.runState}, queued ${this.runnableCount()}, idle executors ${this.idleExecutors()}` +
      `, workers ${this.executorCount}, spares ${Atomics.load(i32, this.sc + SC_SPARES)}` +
      ` (free ${Atomics.load(i32, this.sc + SC_SPARE_FREE)}, request ${Atomics.load(i32, this.sc + SC_SPARE_REQUEST)})`
    );
  }

  /** Executors of the run (--workers). */
  get executorCount(): number {
    return this.i32[HDR_EXECUTOR_COUNT >> 2]!;
  }

  /** Spare executors of the run so far (executor.ts runSpareLoop; addSpare adds more). */
  get spares(): number {
    return this.i32[this.sc + SC_SPARES]!;
  }

  /**
   * Asks a spare executor to run one slice of the run queue's head (nested-slices.ts,
   * threads.ts nestedWait). A flag, not a count: the first spare to look takes it.
   */
  requestSpare(): void {
    Atomics.store(this.i32, this.sc + SC_SPARE_REQUEST, 1);
    Atomics.notify(this.i32, this.sc + SC_SPARE_REQUEST);
  }

  /**
   * A spare executor: waits for a request (true: it is busy now) or the end of the run
   * (false). It counts itself busy BEFORE it clears the request: whoever sees the request
   * taken also sees one free spare fewer. In the other order, a waiter that looked between
   * the two steps saw no request and a free spare that was not, made a request no spare
   * was left to take, and every nested waiter then waited for it while the queue's head
   * never ran (h39_nogil_nested_waiters --no-gil hung once in CI; a delay put between the
   * two steps hangs it every time). Two spares that look at once may both count themselves
   * busy for a moment: a waiter may then start one spare more than needed, never fewer.
   */
  awaitSpareRequest(): boolean {
    const i32 = this.i32;
    const w = this.sc + SC_SPARE_REQUEST;
    const free = this.sc + SC_SPARE_FREE;
    for (;;) {
      if (this.runState !== RunState.RUNNING) return false;
      if (Atomics.load(i32, w) !== 0) {
        Atomics.sub(i32, free, 1);
        if (Atomics.exchange(i32, w, 0) !== 0) return true;
        Atomics.add(i32, free, 1); // another spare took it
      }
      Atomics.wait(i32, w, 0, 50);
    }
  }

  /**
   * Counts one more spare executor (either mode), free from now on (a request waits for it to
   * start): its executor id, or -1 when the run has as many as it may. The caller has the
   * supervisor start it (threads.ts nestedWait: every JS stack is taken).
   */
  addSpare(): number {
    const i32 = this.i32;
    for (;;) {
      const n = Atomics.load(i32, this.sc + SC_SPARES);
      if (n >= Atomics.load(i32, this.sc + SC_SPARES_MAX)) return -1;
      if (Atomics.compareExchange(i32, this.sc + SC_SPARES, n, n + 1) === n) {
        Atomics.add(i32, this.sc + SC_SPARE_FREE, 1);
        // no-GIL: its quiescent states count from now on (its record is QSBR_OFFLINE until
        // its first slice: vm/nogil.ts parallelRunStarting, which set the word to the
        // workers; under the GIL nothing reads it)
        Atomics.add(i32, HDR_QSBR_EXECUTORS >> 2, 1);
        return this.executorCount + n;
      }
    }
  }

  /** A request for a spare executor is not taken yet (no-GIL nestedWait waits for it). */
  spareRequested(): boolean {
    return Atomics.load(this.i32, this.sc + SC_SPARE_REQUEST) !== 0;
  }

  /** A spare executor is done with a request (its JS stack is free again). */
  spareDone(): void {
    Atomics.add(this.i32, this.sc + SC_SPARE_FREE, 1);
  }

  /**
   * A spare executor is not busy with a request (it waits for one, or has not started
   * yet: a request waits for it), besides the one a pending request will take: its JS
   * stack is free to run the queue's head (threads.ts nestedWait).
   */
  spareIsFree(): boolean {
    const pending = Atomics.load(this.i32, this.sc + SC_SPARE_REQUEST) !== 0 ? 1 : 0;
    return Atomics.load(this.i32, this.sc + SC_SPARE_FREE) > pending;
  }

  /** Executors asleep on the idle futex (each a free JS stack: threads.ts nestedWait). */
  idleExecutors(): number {
    return Atomics.load(this.i32, this.sc + SC_IDLE_COUNT);
  }

  /**
   * A thread kept on its executor (inside a nested eval loop) stops running for a while
   * without going through the queue: its wait time counts from `now` (accountWait).
   */
  stampPinned(t: Ref, now: number): void {
    this.f64[(t + SR_STAMP) >> 3] = now;
  }

  /** Blocked time of a wait that did not go through park/wake (threads.ts nestedWait). */
  addBlockedTime(t: Ref, ns: number): void {
    this.f64[(t + SR_BLOCKED_NS) >> 3] = this.f64[(t + SR_BLOCKED_NS) >> 3]! + ns;
  }

  /** One more GIL acquisition for t (it got the GIL back after another thread had it). */
  countGilAcquisition(t: Ref): void {
    this.f64[(t + SR_GIL_ACQ) >> 3] = this.f64[(t + SR_GIL_ACQ) >> 3]! + 1;
  }

  /** The slice of t ended by budget: back to the tail of the run queue. */
  requeue(t: Ref, now: number, instructions: number): void {
    this.withLock(() => {
      this.makeRunnableLocked(t, now);
      this.traceState(now, t, 'running', 'runnable', `,"instr":${instructions}`);
    });
  }

  /** runSlice returned BLOCKED: park t (or requeue it if a wake came meanwhile). */
  park(t: Ref, now: number, instructions: number): void {
    const i32 = this.i32;
    this.withLock(() => {
      const s = i32[(t + SR_STATUS) >> 2];
      if (s !== ThreadStatus.BLOCKING) throw new Error(`runner returned BLOCKED but thread ${this.tid(t)} did not block`);
      const flagsWord = (t + SR_FLAGS) >> 2;
      if ((i32[flagsWord]! & SRF_WAKE_PENDING) !== 0) {
        i32[flagsWord] = i32[flagsWord]! & ~SRF_WAKE_PENDING;
        this.makeRunnableLocked(t, now);
        this.traceState(now, t, 'running', 'runnable', `,"instr":${instructions},"woken":true`);
        return;
      }
      const kind = i32[(t + SR_WAIT_KIND) >> 2]!;
      const obj = i32[(t + SR_WAIT_OBJ) >> 2]!;
      const deadline = this.f64[(t + SR_DEADLINE) >> 3]!;
      i32[(t + SR_EXECUTOR) >> 2] = 0;
      this.f64[(t + SR_STAMP) >> 3] = now;
      Atomics.store(i32, (t + SR_STATUS) >> 2, ThreadStatus.BLOCKED);
      // the nearest deadline again: another executor's timer scan between block() and here
      // passed this thread by while it was BLOCKING (runTimersLocked) and may have set a
      // later one, and a timer nobody looks for is a wake-up lost (a thread parked forever)
      if (deadline < this.f64[this.scF + SCF_NEAREST_DEADLINE]!) this.f64[this.scF + SCF_NEAREST_DEADLINE] = deadline;
      if (this.tracer !== null) {
        const timed = deadline === Infinity ? '' : `,"deadline_ns":${Math.round(deadline)}`;
        this.traceState(now, t, 'running', 'blocked', `,"instr":${instructions},"wait":"${WAIT_KIND_NAMES[kind]}","obj":${obj}${timed}`);
      }
    });
  }

  /**
   * t returned (`raised` false) or died of an uncaught exception: FINISHED, joiners woken.
   * When the last non-daemon thread finishes, the run is DONE.
   */
  finish(t: Ref, now: number, instructions: number, raised: boolean): void {
    const i32 = this.i32;
    let done = false;
    let interrupted = false;
    this.withLock(() => {
      i32[(t + SR_EXIT) >> 2] = raised ? 2 : 1;
      i32[(t + SR_EXECUTOR) >> 2] = 0;
      Atomics.store(i32, (t + SR_STATUS) >> 2, ThreadStatus.FINISHED);
      this.traceState(now, t, 'running', 'finished', `,"instr":${instructions}${raised ? ',"raised":true' : ''}`);
      Atomics.sub(i32, this.sc + SC_LIVE, 1);
      if ((i32[(t + SR_FLAGS) >> 2]! & SRF_DAEMON) === 0) {
        done = Atomics.sub(i32, this.sc + SC_LIVE_NONDAEMON, 1) === 1;
      }
      // the main thread ends with a Ctrl-C it did not take (it came as its code ended):
      // CPython's would interrupt the wait for the other threads (threading._shutdown)
      interrupted = !done && t === i32[this.sc + SC_MAIN] && (i32[(t + SR_FLAGS) >> 2]! & SRF_INTERRUPTED) !== 0;
      const joiners: Ref[] = [];
      for (let j = i32[LIST_WORD]!; j !== 0; j = i32[(j + SR_LIST_NEXT) >> 2]!) {
        const s = i32[(j + SR_STATUS) >> 2];
        if (
          (s === ThreadStatus.BLOCKED || s === ThreadStatus.BLOCKING) &&
          i32[(j + SR_WAIT_KIND) >> 2] === WaitKind.JOIN &&
          i32[(j + SR_WAIT_OBJ) >> 2] === t
        ) {
          joiners.push(j as Ref);
        }
      }
      joiners.sort((a, b) => i32[(a + SR_TID) >> 2]! - i32[(b + SR_TID) >> 2]!);
      for (const j of joiners) if (this.wakeLocked(j, now, false)) this.traceState(now, j, 'blocked', 'runnable', '');
    });
    if (done) this.stopRun(RunState.DONE, now);
    else if (interrupted) this.stopRun(RunState.ABORTED, now);
  }

  /** Ends the run (first caller wins): every executor stops at its next check. */
  stopRun(state: RunState, now = this.now()): boolean {
    const i32 = this.i32;
    if (Atomics.compareExchange(i32, this.sc + SC_STATE, RunState.RUNNING, state) !== RunState.RUNNING) return false;
    this.f64[this.scF + SCF_END_NS] = now;
    Atomics.add(i32, this.sc + SC_IDLE_FUTEX, 1);
    Atomics.notify(i32, this.sc + SC_IDLE_FUTEX);
    Atomics.notify(i32, this.sc + SC_STATE); // the supervisor waits on it (Atomics.waitAsync)
    return true;
  }

  /** When the run left RUNNING (ns since start); 0 while it runs. */
  get endNs(): number {
    return this.f64[this.scF + SCF_END_NS]!;
  }

  /** When the executors were released (ns since format); 0 before. */
  get goNs(): number {
    return this.f64[this.scF + SCF_GO_NS]!;
  }

  /**
   * Supervisor: every executor is ready; restamp the runnable threads (so their wait time
   * does not include the workers' start-up) and release the executors.
   */
  releaseExecutors(): void {
    const now = this.now();
    this.withLock(() => {
      for (let t = this.i32[HEAD_WORD]!; t !== 0; t = this.i32[(t + SR_NEXT) >> 2]!) this.f64[(t + SR_STAMP) >> 3] = now;
      this.f64[this.scF + SCF_GO_NS] = now;
    });
    Atomics.store(this.i32, this.sc + SC_GO, 1);
    Atomics.notify(this.i32, this.sc + SC_GO);
  }

  /** Executor: waits until releaseExecutors (or the end of the run). */
  awaitRelease(): void {
    while (Atomics.load(this.i32, this.sc + SC_GO) === 0 && this.runState === RunState.RUNNING) {
      Atomics.wait(this.i32, this.sc + SC_GO, 0, 50);
    }
  }

  markFatal(executor: number): void {
    Atomics.compareExchange(this.i32, this.sc + SC_FATAL_EXECUTOR, 0, executor + 1);
    this.stopRun(RunState.FATAL);
  }

  /**
   * The queue was empty: decides what an executor does next. `wait`: sleep on the idle
   * futex (value `futex`) for at most timeoutMs (time to the nearest deadline); `stop`: the
   * run is over (or a deadlock was just declared); `retry`: work appeared.
   */
  idleDecision(now: number): IdleDecision {
    const i32 = this.i32;
    const f64 = this.f64;
    let deadlock = false;
    const decision = this.withLock((): IdleDecision => {
      // announced as idle (and the wake count read) BEFORE the checks: a holder that drops
      // the GIL after our check below saw it held then sees this count in its
      // wakeIdleExecutor and moves the futex past the value read here, so the wait below
      // returns at once (checked first, a drop and wake between the check and the count
      // was lost, and the executor slept with a thread queued: nested-slices.ts hand-overs)
      const futex = Atomics.load(i32, this.sc + SC_IDLE_FUTEX);
      Atomics.add(i32, this.sc + SC_IDLE_COUNT, 1);
      const notIdle = (d: IdleDecision): IdleDecision => {
        Atomics.sub(i32, this.sc + SC_IDLE_COUNT, 1);
        return d;
      };
      if (Atomics.load(i32, this.sc + SC_STATE) !== RunState.RUNNING) return notIdle({ kind: 'stop' });
      // a queued thread: take it, unless the GIL's holder will (then sleep like an idle
      // executor: no deadlock is possible with a runnable thread)
      if (i32[HEAD_WORD] !== 0 && !this.gilHolderRunsQueue()) return notIdle({ kind: 'retry' });
      const { live, onExecutor, external, nearest } = this.scanLiveThreads();
      f64[this.scF + SCF_NEAREST_DEADLINE] = nearest;
      if (nearest <= now) return notIdle({ kind: 'retry' });
      if (live > 0 && onExecutor === 0 && external === 0 && nearest === Infinity) {
        deadlock = true;
        return notIdle({ kind: 'stop' });
      }
      const timeoutMs = nearest === Infinity ? Infinity : Math.max(0, (nearest - now) / 1e6);
      return { kind: 'wait', timeoutMs, futex };
    });
    if (deadlock && this.stopRun(RunState.DEADLOCK, now)) this.tracer?.event(now, 'deadlock', 0, '');
    return decision;
  }

  /**
   * Under the lock: live threads, how many are on an executor (running, runnable, or about
   * to be parked), how many wait for an outside event (input), and the nearest deadline.
   * A thread waiting inside a nested eval loop (SRF_NESTED_WAIT, no wake pending) counts
   * as blocked, not as on an executor.
   */
  private scanLiveThreads(): { live: number; onExecutor: number; external: number; nearest: number } {
    const i32 = this.i32;
    const f64 = this.f64;
    let onExecutor = 0;
    let external = 0;
    let nearest = Infinity;
    let live = 0;
    for (let t = i32[LIST_WORD]!; t !== 0; t = i32[(t + SR_LIST_NEXT) >> 2]!) {
      const s = i32[(t + SR_STATUS) >> 2];
      if (s === ThreadStatus.NEW || s === ThreadStatus.FINISHED) continue;
      live++;
      const flags = i32[(t + SR_FLAGS) >> 2]!;
      const nestedBlocked =
        s === ThreadStatus.BLOCKING && (flags & SRF_NESTED_WAIT) !== 0 && (flags & SRF_WAKE_PENDING) === 0;
      if (!nestedBlocked && (s === ThreadStatus.RUNNING || s === ThreadStatus.BLOCKING || s === ThreadStatus.RUNNABLE)) onExecutor++;
      else if (s === ThreadStatus.BLOCKED || nestedBlocked) {
        const d = f64[(t + SR_DEADLINE) >> 3]!;
        if (d < nearest) nearest = d;
        if (i32[(t + SR_WAIT_KIND) >> 2] === WaitKind.INPUT) external++;
      }
    }
    return { live, onExecutor, external, nearest };
  }

  /**
   * threads.ts nestedWait, with nothing runnable: declares DEADLOCK when every live thread
   * is blocked for good (the same rule as idleDecision; the caller is one of them). Returns
   * true when it did.
   */
  nestedDeadlockCheck(now: number): boolean {
    let deadlock = false;
    this.withLock(() => {
      if (Atomics.load(this.i32, this.sc + SC_STATE) !== RunState.RUNNING) return;
      if (this.i32[HEAD_WORD] !== 0) return;
      const { live, onExecutor, external, nearest } = this.scanLiveThreads();
      deadlock = live > 0 && onExecutor === 0 && external === 0 && nearest === Infinity;
    });
    if (deadlock && this.stopRun(RunState.DEADLOCK, now)) this.tracer?.event(now, 'deadlock', 0, '');
    return deadlock;
  }

  /** Marks or unmarks t as waiting inside a nested eval loop (SRF_NESTED_WAIT). */
  setNestedWait(t: Ref, on: boolean): void {
    this.withLock(() => {
      const w = (t + SR_FLAGS) >> 2;
      this.i32[w] = on ? this.i32[w]! | SRF_NESTED_WAIT : this.i32[w]! & ~SRF_NESTED_WAIT;
    });
  }

  /** Sleeps after idleDecision returned `wait`. */
  idleWait(decision: { timeoutMs: number; futex: number }): void {
    const i32 = this.i32;
    // Deadlines are checked against `now` in ns; round the timeout up so we wake after it.
    const timeout = decision.timeoutMs === Infinity ? Infinity : Math.ceil(decision.timeoutMs);
    Atomics.wait(i32, this.sc + SC_IDLE_FUTEX, decision.futex, timeout);
    Atomics.sub(i32, this.sc + SC_IDLE_COUNT, 1);
  }

  // ------------------------------------------------------------ accounting

  /**
   * Slice accounting: the thread ran from `start` to `end` with `instructions` executed;
   * `runnableSince` was its stamp when it was popped (wait time = start - stamp).
   */
  accountSlice(t: Ref, start: number, end: number, instructions: number, gilSwitch: boolean): void {
    const f64 = this.f64;
    f64[(t + SR_INSTRUCTIONS) >> 3] = f64[(t + SR_INSTRUCTIONS) >> 3]! + instructions;
    f64[(t + SR_SLICES) >> 3] = f64[(t + SR_SLICES) >> 3]! + 1;
    f64[(t + SR_HOLD_NS) >> 3] = f64[(t + SR_HOLD_NS) >> 3]! + (end - start);
    if (gilSwitch) f64[(t + SR_GIL_ACQ) >> 3] = f64[(t + SR_GIL_ACQ) >> 3]! + 1;
  }

  /** Wait accounting at slice start: ns since it became runnable. */
  accountWait(t: Ref, start: number): void {
    const f64 = this.f64;
    f64[(t + SR_WAIT_NS) >> 3] = f64[(t + SR_WAIT_NS) >> 3]! + (start - f64[(t + SR_STAMP) >> 3]!);
  }

  /**
   * Under the GIL: records that t is about to run; true when the GIL passes to t from
   * another thread (a per-thread GIL acquisition).
   */
  noteGilThread(t: Ref): boolean {
    return Atomics.exchange(this.i32, this.sc + SC_LAST_THREAD, t) !== t;
  }

  /** f64 index of executor e's counter `field` (SCE_*). */
  execStat(executor: number, field: number): number {
    return this.scF + (SC_EXEC_STATS_BYTE >> 3) + executor * SCE_FIELDS + field;
  }

  addExecStat(field: number, amount: number): void {
    const i = this.execStat(this.executor, field);
    this.f64[i] = this.f64[i]! + amount;
  }

  threadStats(t: Ref): ThreadStats {
    const f64 = this.f64;
    return {
      tid: this.tid(t),
      name: this.threadName(t),
      daemon: this.isDaemon(t),
      status: THREAD_STATUS_NAMES[this.status(t)]!,
      instructions: f64[(t + SR_INSTRUCTIONS) >> 3]!,
      slices: f64[(t + SR_SLICES) >> 3]!,
      gilAcquisitions: f64[(t + SR_GIL_ACQ) >> 3]!,
      holdNs: f64[(t + SR_HOLD_NS) >> 3]!,
      waitNs: f64[(t + SR_WAIT_NS) >> 3]!,
      blockedNs: f64[(t + SR_BLOCKED_NS) >> 3]!,
    };
  }

  executorStats(executor: number): ExecutorStats {
    const f64 = this.f64;
    return {
      executor,
      slices: f64[this.execStat(executor, SCE_SLICES)]!,
      gilTakes: f64[this.execStat(executor, SCE_GIL_TAKES)]!,
      handovers: f64[this.execStat(executor, SCE_HANDOVERS)]!,
      gilWaitNs: f64[this.execStat(executor, SCE_GIL_WAIT_NS)]!,
      busyNs: f64[this.execStat(executor, SCE_BUSY_NS)]!,
      idleNs: f64[this.execStat(executor, SCE_IDLE_NS)]!,
    };
  }

  describeThread(t: Ref): ThreadInfo {
    const flags = this.i32[(t + SR_FLAGS) >> 2]!;
    return {
      record: t,
      tid: this.tid(t),
      name: this.threadName(t),
      daemon: (flags & SRF_DAEMON) !== 0,
      main: (flags & SRF_MAIN) !== 0,
      status: THREAD_STATUS_NAMES[this.status(t)]!,
      waitKind: WAIT_KIND_NAMES[this.i32[(t + SR_WAIT_KIND) >> 2]!]!,
      waitObject: this.i32[(t + SR_WAIT_OBJ) >> 2]!,
      deadline: this.f64[(t + SR_DEADLINE) >> 3]!,
      threadState: this.threadState(t),
    };
  }

  /** i32 index of the trace sequence counter of the control block `block` (for Tracer). */
  static traceSeqWord(block: Ref): number {
    return (block >> 2) + SC_TRACE_SEQ;
  }

  /**
   * A state-change event. Callers that change state under the lock emit it under the lock,
   * so the event's seq orders it correctly against the next owner's events.
   */
  traceState(now: number, t: Ref, from: string, to: string, fields: string): void {
    this.tracer?.event(now, 'state', this.tid(t), `,"from":"${from}","to":"${to}"${fields}`);
  }
}
