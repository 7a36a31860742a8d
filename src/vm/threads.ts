/*
 * Python threads on the scheduler (issue 5): the interpreter's SliceRunner, the switch from
 * single-threaded mode to scheduler mode, the blocking protocol of the natives, and the
 * per-thread extension block.
 *
 * Modes (per Runtime, in the ThreadContext below):
 *   single      no thread was ever started: run.ts runs the main thread on the main JS
 *               thread, no worker exists (no start-up cost for the usual program).
 *   pending     the program started a thread (or a blocking call needs the scheduler): the
 *               scheduler is formatted (Supervisor constructor), the main thread has its
 *               sched record (RUNNABLE, first in the queue) and the new threads are queued;
 *               the main JS thread keeps running the main thread until its current
 *               OUTERMOST slice ends (run.ts checks `threadsPending` after every evalLoop
 *               call, where no native frame is on the JS stack), then `runScheduled` starts
 *               the workers and the main JS thread becomes the supervisor. A blocking call
 *               made in this window is answered RETRY_CALL at once, so the slice ends there
 *               and the call is re-executed by an executor.
 *   workers     inside an executor (worker_thread): runSlice runs the thread whose record
 *               the executor popped.
 *
 * Blocking (vm/blocking.ts): a native that must wait calls `waitOn`. When the native was
 * called directly by the outermost eval loop (retryableCall: TS_NESTED == 0 and the frame's
 * current instruction is the CALL / CALL_KW whose arguments are the native's, or a
 * BEFORE_WITH for an __enter__), the thread is parked with Scheduler.block and the native
 * returns RETRY_CALL: evalLoop returns EVAL_BLOCKED with the CALL still to execute, runSlice
 * returns BLOCKED, the executor parks the record and drops the GIL, and when the thread is
 * woken (or its deadline passes) the CALL runs again. The native then finds its retry
 * state in the extension block (same frame and instruction = the same call): the phase of
 * a multi-step wait (Condition.wait: waiting for notify, then re-acquiring the lock) and the
 * absolute deadline, so a retried timed wait keeps its original timer.
 * When the native runs inside a nested eval loop (called from a generator, from a Python
 * __enter__, from f(*args)...) its JS caller cannot be unwound: `nestedWait` keeps the
 * record BLOCKING and waits on this JS stack while other stacks run the queue (an idle
 * executor, a spare executor, or one more spare started for it: a thread run on the
 * waiter's own stack that waited nested too could not return before it, nor it before that
 * one), letting the GIL go when another executor asks for it or nothing is runnable; only
 * with no other stack (the main thread before the workers run, the debugger, MAX_SPARES
 * reached) does it run the other threads' slices on its own stack.
 *
 * Preemption inside nested eval loops (a thread in sum(<genexpr>), sorted(key=...)...):
 * vm/nested-slices.ts, whose hook the runner registers with call.ts; the runner's slice
 * may then be split in several accounted slices (lastSegmentStart). With --workers 1 the
 * supervisor adds a spare executor (executor.ts runSpareLoop) for those threads.
 *
 * Extension block (raw, EX_SIZE bytes, pointed to by the record's SR_USER word):
 *   0 EX_OBJ       the Python Thread object (owned) or 0 (main thread, _thread threads)
 *   4 EX_FUNC      entry callable when it is not a Python function (owned) or 0
 *   8 EX_ARGS      its argument tuple (owned) or 0
 *  12 EX_KWARGS    its keyword dict (owned) or 0
 *  16 EX_RETRY_FP  frame (word index) of the call to retry, 0 = none
 *  20 EX_RETRY_IP  FR_IP of that call
 *  24 EX_PHASE     the native's phase at the retry
 *  28 EX_SAVED     a native's saved word (an RLock's count across Condition.wait)
 *  32 EX_DEADLINE  f64: absolute deadline (scheduler ns) of the wait being retried
 *  40 EX_EXIT      main thread: exit code; others: unused
 *  44 EX_FLAGS     EXF_* below (EXF_STARTED: set, and WaitKind.OTHER waiters on the record
 *                  woken, when the thread's first slice begins: Thread.start() waits for it)
 *  48 EX_ERROR     exception to raise at the thread's start (bad arguments), owned, or 0
 *  52             unused
 *  56 EX_REAP      REAP_* below: who may free the record once the thread has finished
 *  60 EX_STARTED_BY _thread.start_new_thread's function (owned) or 0: an uncaught
 *                  exception is reported as "Exception ignored in thread started by: f"
 *  64 EX_CPU_BASE  f64: ns of CPU the thread used before its first slice: the main
 *                  thread's time on the main JS thread (runScheduled), else 0; see
 *                  threadCpuNs
 *
 * Freeing finished threads (issue: records were never freed, and every wake, timer scan
 * and finish walks the all-threads list). A record is referenced by address from Python
 * through its handle object (and, while the thread runs, _handle_of): when the handle dies (the Thread object died) and the
 * thread has FINISHED, the record, its name and this block are freed (releaseRecord).
 * If the thread has not finished yet (the Thread object dies as the thread ends and drops
 * EX_OBJ) or has no handle (_thread.start_new_thread), EX_REAP says REAP_ORPHAN and the
 * next thread start frees it (reapFinishedThreads), once FINISHED: scheduler.finish sets
 * FINISHED as its last use of the record, under the scheduler lock that releaseThread
 * takes. EX_REAP goes ORPHAN -> FREED by compareExchange, so two executors (--no-gil)
 * never free one record twice. Records are kept (never freed) when --stats, --stats-json
 * or --trace report them at exit and under the debugger, which lists finished threads:
 * word 1 of the shared block (KEEP_RECORDS_WORD).
 *
 * Module-level state: `contexts`, a WeakMap from Runtime to its ThreadContext (the
 * Runtime class belongs to vm/runtime.ts and has no slot for it, as gcsupport.ts does for
 * its collector). It holds JS handles only (scheduler, GIL, supervisor); all thread state
 * is in the heap.
 */
import { NULL, type Ref } from '../heap/layout.js';
import { allocRaw, free } from '../heap/alloc.js';
import { HDR_NO_GIL, HDR_SWITCH_INTERVAL, type Heap } from '../heap/memory.js';
import { HeapExhausted, Runtime } from './runtime.js';
import { DEFAULT_SWITCH_INTERVAL, IS_SWITCH_INTERVAL_WORD } from './switch-interval.js';
import { Scheduler, RunState, SCE_BUSY_NS, SCE_SLICES, type ThreadInfo } from './scheduler.js';
import { defaultWorkers, prestartExecutors, Supervisor, writeAllSync, type RunOutcome } from './supervisor.js';
import { osThreadCpuNs } from './cpuclock.js';
import { SliceStatus, type ExecutorMessage, type RunnerContext, type SliceRunner } from './executor.js';
import { parentPort } from 'node:worker_threads';
import { Gil, DEFAULT_GIL_SPIN } from './gil.js';
import { SR_FLAGS, SR_HOLD_NS, SRF_INTERRUPTED, SRF_WAKE_PENDING, ThreadStatus, WaitKind } from './sched-record.js';
import { evalLoop, EVAL_ERROR, EVAL_FINISHED, EVAL_YIELDED } from './eval.js';
import { EVAL_BLOCKED, RETRY_CALL } from './blocking.js';
import { parallelRunEnded, parallelRunning, parallelRunStarting, qsbrSliceEnd, qsbrSliceStart } from './nogil.js';
import { stwAttach, stwDetach, stwRequested } from './stw.js';
import { callVector, callWithTupleDict, frameForCall, frameDiscardContents, registerNestedSliceHook } from './call.js';
import { NestedSlices, RunEnded } from './nested-slices.js';
import { dataStackPush, dataStackPop } from './datastack.js';
import { atexitInRunFunction } from '../modules/atexit-native.js';
import { noteUnhandledKeyboardInterrupt } from './exit-codes.js';
import {
  TS_CUREXC, TS_DEPTH, TS_DS_CHUNK, TS_EXC_INFO, TS_FRAME, TS_ID, TS_INSTR_HI, TS_INSTR_LO, TS_NESTED, TS_RESULT, TS_SIZE,
} from './threadstate.js';
import { FR_BACK, FR_CODE, FR_FLAGS, FR_IP, FR_SP, FRF_ENTRY, FRF_GEN } from './frame.js';
import { currentError, fetchError, setRaised } from './errors.js';
import { exceptionNewNoArgs } from '../objects/exceptions.js';
import { exitCodeOfSystemExit, formatException, reportUncaughtException, writeStderr } from './traceback.js';
import { outputWrite, outputFlush } from './output.js';
import { NATIVE_TABLE } from './natives.js';
import { deallocObject } from '../objects/dealloc.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, newObject, typeOf } from '../objects/object.js';
import { isSubtype } from '../objects/type.js';
import { reprJS, typeNameOf } from '../objects/abstract.js';
import { BM_FUNC, BM_SELF } from '../objects/method.js';
import { tupleFromRefs, tupleItem, tupleSize } from '../objects/tuple.js';
import { dictDelItem, dictGetStr, dictNextEntry, dictEntryKey, dictEntryValue } from '../objects/dict.js';
import { intFromNumber } from '../objects/int.js';
import { internJS } from '../objects/intern.js';
import { strToJS } from '../objects/str.js';
import { codeLineAt, CO_FILENAME, CO_NAME } from '../objects/code.js';
import { MOD_DICT } from '../objects/method.js';
import { gcCollect, gcCollectParallel, gcDue, gcSafePoint } from '../objects/gcsupport.js';
import { gcIsEnabled } from '../modules/gc.js';
import { Op } from '../compiler/opcode-enum.generated.js';
import { CO_INSNS_WORD } from '../objects/code.js';

// ---------------------------------------------------------------- extension block

export const EX_OBJ = 0;
export const EX_FUNC = 4;
export const EX_ARGS = 8;
export const EX_KWARGS = 12;
export const EX_RETRY_FP = 16;
export const EX_RETRY_IP = 20;
export const EX_PHASE = 24;
export const EX_SAVED = 28;
export const EX_DEADLINE = 32;
export const EX_EXIT = 40;
export const EX_FLAGS = 44;
export const EX_ERROR = 48;
export const EX_REAP = 56;
export const EX_STARTED_BY = 60;
export const EX_CPU_BASE = 64;
export const EX_SIZE = 72;
/** EX_REAP: a handle (or the running thread) still refers to the record. */
export const REAP_REFERENCED = 0;
/** EX_REAP: nothing refers to the record: free it once the thread has finished. */
export const REAP_ORPHAN = 1;
/** EX_REAP: freed (or being freed) by whoever moved it from ORPHAN. */
export const REAP_FREED = 2;
/** The entry callable is not a Python function: the first slice calls it (nested). */
export const EXF_CALL_ENTRY = 1;
/** The thread's first slice began: Thread.start() (threading's _wait_started) was woken. */
export const EXF_STARTED = 2;
/** Main thread only: a thread called os._exit (exitFromExecutor); EX_EXIT is its status. */
export const EXF_OS_EXIT = 4;
/** Main thread only: its code has ended and it runs the atexit callbacks (startMainEpilogue). */
export const EXF_EPILOGUE = 8;
/** Main thread only: it ended by an uncaught KeyboardInterrupt (exit_codes.ts endsBySigint). */
export const EXF_INTERRUPT_EXIT = 16;

/** Options of a threaded run (from the CLI through run.ts). */
export interface ThreadRunOptions {
  workers?: number;
  switchInterval?: number;
  stats?: boolean;
  tracePath?: string | null;
  noGil?: boolean;
  /** Start the executors' workers when the program imports threading (prestartForThreading). */
  prestart?: boolean;
  /** --stats-json FILE: the --stats figures plus wall and CPU time as JSON (gilvm compare reads it). */
  statsJsonPath?: string | null;
  /** A raised recursion limit moves the run onto the executors (recursionLimitRaised). */
  deepRecursionOnExecutors?: boolean;
}

interface ThreadContext {
  mode: 'single' | 'pending' | 'workers';
  sched: Scheduler | null;
  gil: Gil | null;
  /** Workers: this executor's runner (nestedWait runs other threads' slices with it). */
  runner: InterpreterRunner | null;
  /**
   * Raw block (shared by every executor) whose word 0 counts threads waiting inside a
   * nested eval loop: their natives hold borrowed refs on a JS stack, so no automatic
   * collection runs while it is non-zero.
   */
  shared: number;
  supervisor: Supervisor | null;
  options: ThreadRunOptions;
  /**
   * True while the main JS thread runs the threads itself (pendingNestedWait, the
   * debugger's enterDebugExecutor): no worker runs, so nestedWait has no other JS stack
   * to hand the queue to.
   */
  onlyStack?: boolean;
}

const contexts = new WeakMap<Runtime, ThreadContext>();

function context(rt: Runtime): ThreadContext {
  let c = contexts.get(rt);
  if (c === undefined) {
    c = { mode: 'single', sched: null, gil: null, runner: null, shared: 0, supervisor: null, options: {} };
    contexts.set(rt, c);
  }
  return c;
}

/** run.ts: the options a later switch to scheduler mode uses. */
export function setThreadRunOptions(rt: Runtime, options: ThreadRunOptions): void {
  context(rt).options = options;
  if (options.switchInterval !== undefined) {
    // sys.getswitchinterval() answers in seconds (switch-interval.ts)
    rt.i32[(rt.interp >> 2) + IS_SWITCH_INTERVAL_WORD] = options.switchInterval;
  }
}

/**
 * The program imported threading (modules/threading.ts; not _thread alone, which
 * collections imports): start the executors' workers now, in the background, so that the first Thread.start does not wait ~0.2-0.4 s for them (their
 * module loading overlaps the single-threaded part of the program; supervisor.ts). Only
 * for runs from run.ts (the CLI), once, and not inside an executor.
 */
export function prestartForThreading(rt: Runtime): void {
  const c = contexts.get(rt);
  if (c === undefined || c.mode !== 'single' || c.sched !== null || c.options.prestart !== true) return;
  c.options = { ...c.options, prestart: false };
  prestartWorkersFor(c.options);
}

/**
 * The recursion limit up to which the main JS thread's stack (V8's ~984 KB, which a
 * running Node process cannot raise) is left to carry recursion through natives: ~2 KB a
 * level (vm/stackguard.ts) ends it at ~450 levels, below CPython's default limit already.
 */
const MAIN_STACK_RECURSION_LIMIT = 1000;

/**
 * sys.setrecursionlimit(limit): a program that raises the limit means to recurse deeply,
 * and recursion that passes through a native (`1 + sum(f(c) for c in kids)`, a property or
 * __getitem__ calling itself, map, sorted's key) nests JS calls, which the main JS thread's
 * small stack ends at ~450 levels. Above MAIN_STACK_RECURSION_LIMIT, a CLI run moves onto
 * the executors, as at a first Thread.start (ensureScheduler: after the current slice),
 * whose workers have 256 MB stacks (executor.ts EXECUTOR_STACK_MB): ~10,000s of levels,
 * as CPython's C stack allows. Plain Python calls never needed it (frames are heap data).
 */
export function recursionLimitRaised(rt: Runtime, limit: number): void {
  const c = contexts.get(rt);
  if (limit <= MAIN_STACK_RECURSION_LIMIT || c === undefined || c.mode !== 'single' || c.sched !== null) return;
  if (c.options.deepRecursionOnExecutors !== true) return;
  ensureScheduler(rt);
}

/**
 * Starts the executors' workers a run with these options will use (supervisor.ts
 * prestartExecutors: a second call starts no more). The CLI calls it before it compiles a
 * script whose import lines name threading (cli/run-command.ts), ~0.1 s before the import
 * itself would: the time a first Thread.start right after `import threading` waited for
 * the workers (five threads each sleeping 0.1 s took ~0.3 s instead of ~0.1 s).
 */
export function prestartWorkersFor(options: ThreadRunOptions): void {
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), 63));
  const spares = workers === 1 && options.noGil !== true ? 1 : 0;
  prestartExecutors(workers + spares, runnerModuleUrl(), options.noGil === true);
}

function runnerModuleUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './runner-entry.ts' : './runner-entry.js', import.meta.url);
}

/** True once a thread was started and the workers are not running yet (run.ts polls it). */
export function threadsPending(rt: Runtime): boolean {
  return contexts.get(rt)?.mode === 'pending';
}

/** The scheduler of this executor (null in single-threaded mode). */
export function schedulerOf(rt: Runtime): Scheduler | null {
  return contexts.get(rt)?.sched ?? null;
}

/**
 * _thread.interrupt_main(): KeyboardInterrupt in the main thread, as a SIGINT (Ctrl-C)
 * gives it. With threads, the scheduler flags the main thread (raised when its next slice
 * starts; woken if blocked), and a main thread interrupting itself ends its slice after
 * the call (Runtime.switchPending), as CPython checks its eval breaker after a call.
 * Single-threaded, the run's hook does the same (Runtime.onInterruptMain).
 */
export function interruptMainThread(rt: Runtime): void {
  const c = contexts.get(rt);
  if (c !== undefined && c.sched !== null) {
    c.sched.interruptMain();
    if (c.mode === 'workers' && c.sched.current === c.sched.mainThread) rt.switchPending = true;
    return;
  }
  rt.onInterruptMain?.();
}

/** The running thread's sched record (0 in single-threaded mode). */
export function currentRecord(rt: Runtime): Ref {
  const c = contexts.get(rt);
  if (c === undefined || c.sched === null) return 0 as Ref;
  return c.mode === 'workers' ? c.sched.current : c.sched.mainThread;
}

export function extOf(sched: Scheduler, t: Ref): number {
  return sched.userWord(t);
}

function newExt(rt: Runtime): number {
  const ext = allocRaw(rt.heap, EX_SIZE);
  if (ext === 0) throw new HeapExhausted(EX_SIZE);
  rt.u8.fill(0, ext, ext + EX_SIZE);
  return ext;
}

/** Word of the shared block (ensureScheduler): 1 = never free finished threads' records. */
const KEEP_RECORDS_WORD = 1;
/**
 * Word of the shared block: a spin lock (0 free, 1 held) around every freeing of a record,
 * so that a reaper's snapshot of the thread list never holds a record another executor
 * frees meanwhile (--no-gil; under the GIL the holder alone runs these).
 */
const REAP_LOCK_WORD = 2;

function withReapLock(rt: Runtime, shared: number, fn: () => void): void {
  const w = (shared >> 2) + REAP_LOCK_WORD;
  while (Atomics.compareExchange(rt.i32, w, 0, 1) !== 0) {
    // held for a few frees at most
  }
  try {
    fn();
  } finally {
    Atomics.store(rt.i32, w, 0);
  }
}

/**
 * Frees finished thread `t`'s record, name and extension block (see "Freeing finished
 * threads" above). The caller moved EX_REAP to REAP_FREED or is the handle's deallocator
 * that found the thread FINISHED; nothing refers to `t` afterwards.
 */
function releaseRecord(rt: Runtime, sched: Scheduler, t: Ref, leftovers: Ref[]): void {
  const ext = extOf(sched, t);
  if (ext !== 0) {
    // all 0 once the thread has ended; any other is dropped by the caller after the reap
    // lock (a death there may run a handle's __del__, which takes the lock)
    const i32 = rt.i32;
    for (const off of [EX_OBJ, EX_FUNC, EX_ARGS, EX_KWARGS, EX_ERROR, EX_STARTED_BY]) {
      const v = i32[(ext + off) >> 2]!;
      i32[(ext + off) >> 2] = 0;
      if (v !== 0) leftovers.push(v as Ref);
    }
  }
  sched.releaseThread(t);
  if (ext !== 0) free(rt.heap, ext as Ref);
}

function keepRecords(rt: Runtime): boolean {
  const c = contexts.get(rt);
  return c === undefined || c.shared === 0 || Atomics.load(rt.i32, (c.shared >> 2) + KEEP_RECORDS_WORD) !== 0;
}

/** Frees `t` if it is FINISHED and orphaned (the claim makes one caller the freer). */
function reapIfFinished(rt: Runtime, sched: Scheduler, t: Ref, leftovers: Ref[]): void {
  if (t === sched.mainThread || sched.status(t) !== ThreadStatus.FINISHED) return;
  const ext = extOf(sched, t);
  if (ext === 0) return;
  if (Atomics.compareExchange(rt.i32, (ext + EX_REAP) >> 2, REAP_ORPHAN, REAP_FREED) !== REAP_ORPHAN) return;
  releaseRecord(rt, sched, t, leftovers);
}

/**
 * Nothing refers to thread `t` any more (its handle died, or it has none): frees it now if
 * it has finished, else marks it for reapFinishedThreads.
 */
export function orphanThread(rt: Runtime, t: Ref): void {
  const c = contexts.get(rt);
  const sched = c?.sched ?? null;
  if (sched === null || t === 0 || t === sched.mainThread) return;
  const ext = extOf(sched, t);
  if (ext === 0) return;
  if (keepRecords(rt)) return;
  const leftovers: Ref[] = [];
  withReapLock(rt, c!.shared, () => {
    Atomics.store(rt.i32, (ext + EX_REAP) >> 2, REAP_ORPHAN);
    reapIfFinished(rt, sched, t, leftovers);
  });
  for (const v of leftovers) rt.rc.decref(v);
}

/**
 * Runs fn (which walks sched.threads() and reads the records) where no record is freed
 * meanwhile (--no-gil: another executor may free a finished thread's record).
 */
export function withThreadRecords<T>(rt: Runtime, fn: () => T): T {
  const c = contexts.get(rt);
  if (c === undefined || c.shared === 0) return fn();
  let r: T | undefined;
  withReapLock(rt, c.shared, () => {
    r = fn();
  });
  return r as T;
}

/** Frees every finished orphaned thread (called when a thread starts). */
export function reapFinishedThreads(rt: Runtime): void {
  const c = contexts.get(rt);
  const sched = c?.sched ?? null;
  if (sched === null || keepRecords(rt)) return;
  const leftovers: Ref[] = [];
  withReapLock(rt, c!.shared, () => {
    for (const t of sched.threads()) {
      const ext = extOf(sched, t);
      if (ext !== 0 && Atomics.load(rt.i32, (ext + EX_REAP) >> 2) === REAP_ORPHAN) reapIfFinished(rt, sched, t, leftovers);
    }
  });
  for (const v of leftovers) rt.rc.decref(v);
}


/**
 * time.thread_time() in ns: the CPU time of the calling Python thread. On an executor,
 * Python threads are green threads sharing OS threads, so an OS clock would count the
 * other threads run there: a thread's time is its hold time (the scheduler's SR_HOLD_NS,
 * ns running slices; a blocked thread runs none) plus its current segment's (the slice
 * split at nested-loop boundaries: vm/nested-slices.ts), from its EX_CPU_BASE. On the main
 * JS thread (single mode, or before the workers start) it is that OS thread's CPU time.
 */
export function threadCpuNs(rt: Runtime): number {
  const c = context(rt);
  const sched = c.sched;
  if (sched === null || c.runner === null || sched.current === 0) return osThreadCpuNs();
  const t = sched.current;
  const f64 = sched.f64;
  const running = sched.now() - c.runner.nested!.startNs;
  const ext = extOf(sched, t);
  const base = ext === 0 ? 0 : f64[(ext + EX_CPU_BASE) >> 3]!;
  return base + f64[(t + SR_HOLD_NS) >> 3]! + Math.max(0, running);
}

/** The ident get_ident() answers in single-threaded mode (= the main record's, tid 1). */
export const MAIN_IDENT = 0x7f3a00000000 + 0x800000;

/**
 * Formats the scheduler (first call only) and registers the main thread: the switch to
 * `pending` mode. Called by the first Thread.start() (and by a blocking call that needs the
 * scheduler) on the main JS thread.
 */
export function ensureScheduler(rt: Runtime): Scheduler {
  const c = context(rt);
  if (c.sched !== null) return c.sched;
  const o = c.options;
  // the interpreter-state word: --switch-interval, or the last sys.setswitchinterval
  const switchInterval = rt.i32[(rt.interp >> 2) + IS_SWITCH_INTERVAL_WORD]! || DEFAULT_SWITCH_INTERVAL;
  const sharedBlock = allocRaw(rt.heap, 16);
  if (sharedBlock === 0) throw new Error('heap exhausted creating the scheduler');
  rt.i32[sharedBlock >> 2] = 0;
  rt.i32[(sharedBlock >> 2) + REAP_LOCK_WORD] = 0;
  // finished threads' records stay for the reports that list every thread at exit
  const keep = o.stats === true || (o.tracePath ?? null) !== null || (o.statsJsonPath ?? null) !== null;
  rt.i32[(sharedBlock >> 2) + KEEP_RECORDS_WORD] = keep ? 1 : 0;
  const supervisor: Supervisor = new Supervisor(rt.heap, {
    workers: o.workers,
    noGil: o.noGil,
    switchInterval,
    runnerModule: runnerModuleUrl(),
    runnerOptions: runnerOptionsFor(rt, sharedBlock),
    tracePath: o.tracePath ?? null,
    stats: o.stats === true,
    describeThread: (heap, info) => describeThreadStack(rt, info),
    mainExitCode: (): number => rt.i32[(extOf(supervisor.scheduler, supervisor.scheduler.mainThread) + EX_EXIT) >> 2]!,
    // reports go after the program's buffered stdout, as the program would have printed it
    writeStderr: (text) => {
      outputFlush(rt);
      writeAllSync(2, text);
    },
  });
  const sched = supervisor.scheduler;
  const main = supervisor.createMainThread(rt.ts);
  c.shared = sharedBlock;
  rt.nestedWaitersWord = sharedBlock >> 2;
  sched.setUserWord(main, newExt(rt));
  c.sched = sched;
  c.supervisor = supervisor;
  c.mode = 'pending';
  rt.switchPending = true; // the outermost slice ends after the current call (vm/eval.ts)
  return sched;
}

// ---------------------------------------------------------------- creating threads

/**
 * Creates and starts a thread running func(*args, **kwargs); `obj` is the Python Thread
 * object (borrowed; the thread keeps a reference until it ends) or 0. Returns the record.
 * `hiddenFrames`: the frames CPython's thread has below func that gilvm's does not
 * (threading.py's _bootstrap, _bootstrap_inner and run below a target called directly):
 * they count towards the recursion limit, as there.
 */
export function startThread(rt: Runtime, obj: Ref, func: Ref, args: Ref, kwargs: Ref, name: string, daemon: boolean, hiddenFrames = 0): Ref {
  const sched = ensureScheduler(rt);
  const i32 = rt.i32;
  const ts = newObject(rt, rt.kindTypes[Kind.THREAD_STATE]!, TS_SIZE);
  rt.rc.makeImmortal(ts);
  i32[(ts + TS_EXC_INFO) >> 2] = rt.None;
  const t = sched.createThread({ name, daemon, threadState: ts });
  i32[(ts + TS_ID) >> 2] = sched.tid(t);
  const ext = newExt(rt);
  sched.setUserWord(t, ext);
  if (obj !== 0) {
    rt.rc.incref(obj);
    i32[(ext + EX_OBJ) >> 2] = obj;
  } else {
    rt.rc.incref(func);
    i32[(ext + EX_STARTED_BY) >> 2] = func;
  }
  // Build the entry frame now, on the new thread's data stack.
  const saved = rt.ts;
  rt.ts = ts;
  try {
    let f = func;
    let self: Ref = 0 as Ref;
    if (kindOf(rt, f) === Kind.BOUND_METHOD && kindOf(rt, i32[(f + BM_FUNC) >> 2] as Ref) === Kind.FUNCTION) {
      self = i32[(f + BM_SELF) >> 2] as Ref;
      f = i32[(f + BM_FUNC) >> 2] as Ref;
    }
    if (kindOf(rt, f) === Kind.FUNCTION) {
      const npos = tupleSize(rt, args);
      const kwn: Ref[] = [];
      const kwv: Ref[] = [];
      if (kwargs !== NULL) {
        for (let ix = dictNextEntry(rt, kwargs, 0); ix >= 0; ix = dictNextEntry(rt, kwargs, ix + 1)) {
          kwn.push(dictEntryKey(rt, kwargs, ix));
          kwv.push(dictEntryValue(rt, kwargs, ix));
        }
      }
      const n = (self !== 0 ? 1 : 0) + npos + kwv.length;
      const w = dataStackPush(rt, Math.max(1, n));
      let k = 0;
      if (self !== 0) i32[w + k++] = self;
      for (let a = 0; a < npos; a++) i32[w + k++] = tupleItem(rt, args, a);
      for (const v of kwv) i32[w + k++] = v;
      const kwnames = kwn.length === 0 ? NULL : tupleFromRefs(rt, kwn);
      const fp = frameForCall(rt, f, w, n, kwnames);
      if (kwnames !== NULL) rt.rc.decref(kwnames);
      if (fp === 0) {
        // wrong arguments: the TypeError is raised in the new thread, as CPython does
        i32[(ext + EX_ERROR) >> 2] = fetchError(rt);
        dataStackPop(rt, w);
      } else {
        i32[fp + FR_FLAGS]! |= FRF_ENTRY;
        i32[fp + FR_BACK] = 0;
        i32[(ts + TS_FRAME) >> 2] = fp;
        i32[(ts + TS_DEPTH) >> 2] = 1 + hiddenFrames;
      }
    } else {
      i32[(ts + TS_DEPTH) >> 2] = hiddenFrames;
      rt.rc.incref(func);
      rt.rc.incref(args);
      i32[(ext + EX_FUNC) >> 2] = func;
      i32[(ext + EX_ARGS) >> 2] = args;
      if (kwargs !== NULL) {
        rt.rc.incref(kwargs);
        i32[(ext + EX_KWARGS) >> 2] = kwargs;
      }
      i32[(ext + EX_FLAGS) >> 2] = EXF_CALL_ENTRY;
    }
  } finally {
    rt.ts = saved;
  }
  sched.startThread(t);
  return t;
}

// ---------------------------------------------------------------- blocking protocol

/**
 * True when the running native was called directly by the outermost eval loop (see the
 * module comment): only then may it return RETRY_CALL. `args` is the native's argument
 * vector; `enter` is true for an __enter__ (called by BEFORE_WITH).
 */
export function retryableCall(rt: Runtime, args: number, enter: boolean): boolean {
  const i32 = rt.i32;
  const ts = rt.ts >> 2;
  if (i32[ts + (TS_NESTED >> 2)] !== 0) return false;
  const fp = i32[ts + (TS_FRAME >> 2)]!;
  if (fp === 0) return false;
  const ip = i32[fp + FR_IP]!;
  const codeRef = i32[fp + FR_CODE]!;
  const op = i32[(codeRef >> 2) + CO_INSNS_WORD + ip - 1]! & 0xff;
  if (enter) return op === Op.BEFORE_WITH;
  // f(*args, **kwargs) of a built-in: its vector, published by evalhelpers.ts callFunctionEx
  if (op === Op.CALL_FUNCTION_EX) return args !== 0 && args === rt.exCallArgs;
  if (op !== Op.CALL && op !== Op.CALL_KW) return false;
  const oparg = i32[(codeRef >> 2) + CO_INSNS_WORD + ip - 1]! >>> 8;
  const base = fp + i32[fp + FR_SP]! - oparg - 2;
  return args === base + 1 || args === base + 2;
}

export interface RetryState {
  phase: number;
  deadline: number;
  saved: number;
}

/**
 * The retry state of the call being executed, when it is the re-execution of a call that
 * returned RETRY_CALL (same frame and instruction); null for a fresh call. Consumes it.
 */
export function takeRetryState(rt: Runtime, direct: boolean): RetryState | null {
  if (!direct) return null;
  const t = currentRecord(rt);
  if (t === 0) return null;
  const sched = schedulerOf(rt)!;
  const ext = extOf(sched, t);
  const i32 = rt.i32;
  const fp = i32[(rt.ts + TS_FRAME) >> 2]!;
  if (i32[(ext + EX_RETRY_FP) >> 2] !== fp || fp === 0 || i32[(ext + EX_RETRY_IP) >> 2] !== i32[fp + FR_IP]!) return null;
  i32[(ext + EX_RETRY_FP) >> 2] = 0;
  return { phase: i32[(ext + EX_PHASE) >> 2]!, deadline: rt.f64[(ext + EX_DEADLINE) >> 3]!, saved: i32[(ext + EX_SAVED) >> 2]! };
}

function saveRetryState(rt: Runtime, sched: Scheduler, t: Ref, state: RetryState): void {
  const ext = extOf(sched, t);
  const i32 = rt.i32;
  const fp = i32[(rt.ts + TS_FRAME) >> 2]!;
  i32[(ext + EX_RETRY_FP) >> 2] = fp;
  i32[(ext + EX_RETRY_IP) >> 2] = i32[fp + FR_IP]!;
  i32[(ext + EX_PHASE) >> 2] = state.phase;
  i32[(ext + EX_SAVED) >> 2] = state.saved;
  rt.f64[(ext + EX_DEADLINE) >> 3] = state.deadline;
}

/** Absolute deadline for a timeout in seconds (negative / Infinity: none). */
export function deadlineFor(rt: Runtime, seconds: number): number {
  if (!(seconds >= 0) || seconds === Infinity) return Infinity;
  const sched = schedulerOf(rt);
  const now = sched !== null ? sched.now() : Number(process.hrtime.bigint());
  return now + seconds * 1e9;
}

export function nowNs(rt: Runtime): number {
  const sched = schedulerOf(rt);
  return sched !== null ? sched.now() : Number(process.hrtime.bigint());
}

/**
 * Phase bit waitOn adds to the saved phase when the thread was really parked (a retry
 * without it was only the switch to scheduler mode: the wait has not happened yet).
 */
export const PARKED = 0x100;
/**
 * Phase bits of a wait that must finish its own way when Ctrl-C comes: Condition.wait has
 * released the condition's lock, and a KeyboardInterrupt raised in the caller would leave
 * it released (CPython's wait re-acquires it in a `finally`). With RESTORE_ON_INTERRUPT in
 * the saved phase, the interrupt is handed to the retried call (INTERRUPTED), which
 * re-acquires the lock and then raises KeyboardInterrupt (modules/thread.ts conditionWait).
 */
export const RESTORE_ON_INTERRUPT = 0x200;
export const INTERRUPTED = 0x400;

export const enum WaitResult {
  WOKEN = 0,
  TIMEOUT = 1,
  /** The native must return RETRY_CALL now (its state was saved). */
  RETRY = 2,
}

/**
 * Waits until woken (by a wakeWaiters(kind, obj) / wake) or `state.deadline`. `direct`:
 * from retryableCall. With RETRY the caller returns RETRY_CALL and is re-executed later
 * with `state` (phase, deadline, saved word) given back by takeRetryState.
 * `afterBlock` (issue 6, needed without the GIL) runs once the thread is registered as a
 * waiter (or at once where no other thread can run yet), before it sleeps: a lock's
 * "is it free now?" re-check (true: the wait is cancelled and WOKEN returned, so a release
 * that slipped in between the failed attempt and the registration is not lost), or
 * Condition.wait's release of its lock (a notify can then only come after the waiter is
 * registered). It may update `state.saved` (saved with the retry state afterwards).
 */
export function waitOn(rt: Runtime, kind: WaitKind, obj: number, state: RetryState, direct: boolean, blockDeadline = state.deadline, afterBlock?: () => boolean): WaitResult {
  let c = context(rt);
  if (c.mode === 'single') {
    if (direct) {
      // the scheduler knows timers and deadlocks: switch to it and retry there
      // the deadline was taken on the process clock: move it onto the scheduler's
      const left = state.deadline - Number(process.hrtime.bigint());
      afterBlock?.(); // no other thread runs yet: the retry re-checks the condition
      ensureScheduler(rt);
      c = context(rt);
      const deadline = state.deadline === Infinity ? Infinity : c.sched!.now() + Math.max(0, left);
      state.deadline = deadline;
      saveRetryState(rt, c.sched!, c.sched!.mainThread, { ...state, deadline, phase: state.phase & ~PARKED });
      return WaitResult.RETRY;
    }
    if (afterBlock?.() === true) return WaitResult.WOKEN;
    return lonelyWait(rt, blockDeadline);
  }
  const sched = c.sched!;
  if (c.mode === 'pending') {
    if (direct) {
      afterBlock?.();
      saveRetryState(rt, sched, sched.mainThread, { ...state, phase: state.phase & ~PARKED });
      return WaitResult.RETRY;
    }
    return pendingNestedWait(rt, c, kind, obj, blockDeadline, afterBlock);
  }
  const t = sched.current;
  if (direct) {
    const blocked = sched.block(t, kind, obj, blockDeadline);
    if (afterBlock?.() === true) {
      if (blocked) sched.cancelBlock(t);
      return WaitResult.WOKEN;
    }
    if (!blocked) return WaitResult.WOKEN; // a pending wake permit
    saveRetryState(rt, sched, t, { ...state, phase: state.phase | PARKED });
    return WaitResult.RETRY;
  }
  return nestedWait(rt, c, t, kind, obj, blockDeadline, afterBlock);
}

/** After a RETRY wait, on re-execution: did the wait end by its deadline? */
export function waitTimedOut(rt: Runtime, deadline: number): boolean {
  const c = context(rt);
  if (c.mode === 'workers' && c.sched!.timedOut(c.sched!.current)) return true;
  return deadline !== Infinity && nowNs(rt) >= deadline;
}

/**
 * No other thread can run (single-threaded, not started yet, or no longer running: the
 * threads' run has ended and the main thread tears down): only a timeout ends it.
 */
function lonelyWait(rt: Runtime, deadline: number): WaitResult {
  if (deadline === Infinity) {
    outputFlush(rt);
    const why = context(rt).sched !== null
      ? 'at exit: a lock or event that only a thread no longer running could release'
      : 'a blocking call inside a nested call before the threads started';
    outputWrite(rt, 2, `Fatal: deadlock: the only running thread waits forever (${why})\n`);
    process.exit(1);
  }
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (let left = deadline - nowNs(rt); left > 0; left = deadline - nowNs(rt)) Atomics.wait(cell, 0, 0, Math.ceil(left / 1e6));
  return WaitResult.TIMEOUT;
}

/**
 * A blocking call inside a nested eval loop (a module body run by import, exec(), a
 * generator, a Python __enter__, sorted(key=...)) in `pending` mode: threads were started
 * but the workers are not running yet, and this JS stack cannot be unwound to let them
 * start. The main JS thread becomes executor 0 for the time of the wait, as the debugger
 * does (enterDebugExecutor): the main thread is taken off the head of the run queue and
 * waits in nestedWait, which runs the other threads' slices right here (no nested-slice
 * hook: a nested loop of theirs runs on to its end). Afterwards the main thread goes back
 * to the head of the run queue, the others after it in their order, and the mode is
 * `pending` again, so run.ts starts the workers when the main thread's outermost slice
 * ends, as before. A deadlock found meanwhile is reported as the supervisor reports one.
 */
function pendingNestedWait(rt: Runtime, c: ThreadContext, kind: WaitKind, obj: number, deadline: number, afterBlock?: () => boolean): WaitResult {
  const pendingSched = c.sched!;
  const sched = new Scheduler(rt.heap, pendingSched.controlBlock, 0, null);
  const gil = new Gil(rt.heap, 0, DEFAULT_GIL_SPIN, sched.stateWord);
  const runner = new InterpreterRunner(rt, sched, c.shared);
  runner.nested = new NestedSlices(rt, sched, gil, c.shared >> 2);
  const main = sched.mainThread;
  const popped = sched.popRunnable(sched.now());
  if (popped !== main) throw new Error('pending mode: the main thread is not first in the run queue');
  gil.take();
  sched.current = main;
  runner.nested.begin(sched.switchInterval);
  const saved = { sched: c.sched, gil: c.gil, runner: c.runner, switchPending: rt.switchPending };
  c.mode = 'workers';
  c.sched = sched;
  c.gil = gil;
  c.runner = runner;
  rt.switchPending = false; // else every slice run here would end at its first call
  c.onlyStack = true;
  try {
    return nestedWait(rt, c, main, kind, obj, deadline, afterBlock);
  } catch (e) {
    if (!(e instanceof RunEnded) || sched.runState !== RunState.DEADLOCK) throw e;
    const supervisor = c.supervisor!;
    const deadlocked = sched
      .threads()
      .map((t) => sched.describeThread(t))
      .filter((i) => i.status === 'blocked' || i.status === 'blocking');
    outputFlush(rt);
    outputWrite(rt, 2, supervisor.deadlockReport(deadlocked));
    outputFlush(rt);
    process.exit(1);
    throw e; // not reached
  } finally {
    const now = sched.now();
    const others: Ref[] = [];
    for (let u = sched.popRunnable(now); u !== 0; u = sched.popRunnable(now)) others.push(u);
    sched.requeue(main, now, 0);
    for (const u of others) sched.requeue(u, now, 0);
    sched.current = 0 as Ref;
    gil.drop();
    c.mode = 'pending';
    c.onlyStack = false;
    c.sched = saved.sched;
    c.gil = saved.gil;
    c.runner = saved.runner;
    rt.switchPending = saved.switchPending;
    rt.ts = sched.threadState(main) as Ref;
  }
}

/**
 * The nested-loop fallback (see the module comment): the record stays BLOCKING (so no
 * executor takes it) while this JS stack waits. Meanwhile this executor runs the other
 * runnable threads' slices right here (it holds the GIL; when another executor asks for
 * the GIL it hands it over for one slice of that executor, a forced switch, and when
 * nothing is runnable it lets the GIL go for a moment), so a single executor
 * does not hang on it. For deadlock detection such a thread counts as blocked (its record
 * carries SRF_NESTED_WAIT): an idle executor, or this one when nothing is runnable, declares
 * the deadlock when every live thread is blocked for good. Limit: when an inner slice also
 * waits nested, the outer wait can only return after the inner one did.
 */
function nestedWait(rt: Runtime, c: ThreadContext, t: Ref, kind: WaitKind, obj: number, deadline: number, afterBlock?: () => boolean): WaitResult {
  // afterBlock is a side-effect-free "available?" check except for a Condition's wait
  // (it releases the condition's lock there): only the others are polled below
  const pollAvailable = kind !== WaitKind.CONDITION;
  const sched = c.sched!;
  const gil = c.gil!;
  const blocked = sched.block(t, kind, obj, deadline);
  if (afterBlock?.() === true) {
    if (blocked) sched.cancelBlock(t);
    return WaitResult.WOKEN;
  }
  if (!blocked) return WaitResult.WOKEN;
  const i32 = rt.i32;
  const ts = rt.ts;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.add(i32, c.shared >> 2, 1);
  sched.setNestedWait(t, true); // counts as blocked for deadlock detection
  const waitStart = sched.now();
  c.runner!.nested!.split(t, waitStart); // the slice so far; the wait is blocked time
  let holding = true;
  let handedOver = false;
  let result = WaitResult.TIMEOUT;
  // a forced switch: another executor runs a slice, then this one has the GIL back
  const handOverAndBack = (): void => {
    if (!gil.handOver()) {
      holding = false;
      throw new RunEnded(); // the run ended: never continued
    }
    sched.current = t;
    rt.ts = ts;
  };
  try {
    for (;;) {
      if ((Atomics.load(i32, (t + SR_FLAGS) >> 2) & SRF_WAKE_PENDING) !== 0) {
        result = WaitResult.WOKEN;
        break;
      }
      // the wake of a release may have gone to a waiter whose JS activation is below this
      // one on this stack (it cannot return before this wait does): a lock, semaphore or
      // event that looks available ends this wait too (the caller retries its take)
      if (pollAvailable && afterBlock !== undefined && afterBlock()) {
        result = WaitResult.WOKEN;
        break;
      }
      const now = sched.now();
      if (sched.runState !== RunState.RUNNING) throw new RunEnded(); // never continued
      if (now >= deadline) break;
      let wakeIdle = false;
      let spareAsked = false;
      if (holding && sched.hasQueued(now)) {
        // threads are queued. Another executor asks for the GIL: a forced switch (it runs
        // a slice, this one waits announced and takes the GIL back at that slice's end),
        // then this executor runs the queue's head. Dropping the GIL for a polling interval
        // instead starved the queue when the asker was a thread pinned in a nested loop
        // handing over for it to run (nested-slices.ts, --workers 1 and the spare): each
        // wanted the other to run the queue, and it advanced by one switch interval per
        // poll. Not twice in a row: the asker may be another nested wait, which hands the
        // GIL straight back (two of them handed it to and fro and nobody ran the queue).
        if (gil.hasWaiters() && !handedOver) {
          handedOver = true;
          handOverAndBack();
          continue;
        }
        handedOver = false;
        // Another JS stack runs the queue's head, not this one. A thread run on this
        // stack that waits in a nested loop too sits on top of this wait, and neither can
        // return before the other does: a producer blocked in put() inside map(lambda) run
        // on the stack of a consumer blocked in get() inside sum(<genexpr>) hung for good.
        // An idle executor is woken once the GIL is free (below), and this wait polls as
        // when nothing is runnable; else a free spare executor takes a slice (the GIL
        // comes back at its end: --workers 1 stays deterministic); else, when every stack
        // is taken, one more spare is started (the request waits for it). Only past
        // MAX_SPARES does the queue's head run here, on top of this wait.
        // (no other stack yet while the main thread runs the threads: pendingNestedWait)
        // --no-gil: the spare runs in parallel, so this wait polls meanwhile instead of
        // handing the GIL over, and asks for no further spare while a request is not
        // taken yet (a spare being started takes it once it runs)
        const otherStacks = c.onlyStack !== true;
        if (otherStacks && sched.idleExecutors() > 0) {
          wakeIdle = true;
        } else if (otherStacks && gil.disabled && sched.spareRequested()) {
          spareAsked = true;
        } else if (otherStacks && (sched.spareIsFree() || startSpare(sched))) {
          sched.requestSpare();
          if (gil.disabled) {
            spareAsked = true;
          } else {
            handOverAndBack();
            continue;
          }
        } else {
          const u = sched.popRunnable(now);
          if (u !== 0) {
            runNestedSlice(c, u, now);
            sched.current = t;
            rt.ts = ts;
            continue;
          }
        }
      }
      // nothing to run here: every live thread may be blocked for good (this one included)
      // (the thread is never continued: its record stays BLOCKING for the report)
      if (deadline === Infinity && !wakeIdle && !spareAsked && sched.nestedDeadlockCheck(now)) throw new RunEnded();
      if (holding) {
        gil.drop();
        holding = false;
      }
      // after the drop: an executor woken while the GIL is held leaves the queue to its holder
      if (wakeIdle) sched.wakeIdleExecutor();
      Atomics.wait(cell, 0, 0, Math.max(0, Math.min(2, (deadline - now) / 1e6)));
      if (!gil.take()) throw new RunEnded(); // the run ended: never continued
      holding = true;
    }
  } finally {
    sched.setNestedWait(t, false);
    if (!holding) gil.take();
    Atomics.sub(i32, c.shared >> 2, 1);
    sched.current = t;
    rt.ts = ts;
    const waitEnd = sched.now();
    sched.addBlockedTime(t, waitEnd - waitStart);
    c.runner!.nested!.restart(waitEnd);
  }
  sched.cancelBlock(t);
  return result;
}

/**
 * Has the supervisor start one more spare executor (nestedWait: every JS stack is taken);
 * false when the run has as many as it may, or this is not a worker (the main thread's
 * pendingNestedWait).
 */
function startSpare(sched: Scheduler): boolean {
  if (parentPort === null) return false;
  const executor = sched.addSpare();
  if (executor < 0) return false;
  parentPort.postMessage({ type: 'spare', executor } satisfies ExecutorMessage);
  return true;
}

/** One slice of thread u on this executor, inside a nested wait (the executor loop's steps). */
function runNestedSlice(c: ThreadContext, u: Ref, start: number): void {
  const sched = c.sched!;
  const runner = c.runner!;
  sched.accountWait(u, start);
  sched.traceState(start, u, 'runnable', 'running', ',"nested":true');
  sched.current = u;
  const segment = runner.nested!.save(); // the slice of the thread under u on this JS stack
  let status: SliceStatus;
  try {
    status = runner.runSlice(u, sched.switchInterval);
  } finally {
    runner.nested!.restore(segment);
  }
  const end = sched.now();
  const instructions = runner.lastInstructions;
  const segmentStart = runner.lastSegmentStart || start;
  sched.accountSlice(u, segmentStart, end, instructions, sched.noteGilThread(u));
  sched.addExecStat(SCE_SLICES, 1);
  sched.addExecStat(SCE_BUSY_NS, end - segmentStart);
  switch (status) {
    case SliceStatus.YIELDED:
      if (sched.runState === RunState.RUNNING) sched.requeue(u, end, instructions); // (as runExecutorLoop)
      break;
    case SliceStatus.BLOCKED:
      sched.park(u, end, instructions);
      break;
    default:
      sched.finish(u, end, instructions, status === SliceStatus.ERROR);
  }
}

/** Wakes up to `max` threads waiting on (kind, obj) (no-op in single-threaded mode). */
export function wakeWaiters(rt: Runtime, kind: WaitKind, obj: number, max = Infinity): number {
  const sched = schedulerOf(rt);
  if (sched === null) return 0;
  return sched.wakeWaiters(kind, obj, max);
}

/** time.sleep: releases the GIL (blocks the thread, not the executor) when it can. */
export function sleepNative(rt: Runtime, args: number, seconds: number): Ref {
  const direct = retryableCall(rt, args, false);
  const c = context(rt);
  if (c.mode === 'single') return NULL; // the caller sleeps in place (no other thread)
  const st = takeRetryState(rt, direct) ?? { phase: 0, deadline: deadlineFor(rt, seconds), saved: 0 };
  if (nowNs(rt) >= st.deadline) {
    // time.sleep(0): nothing to wait for, but the slice ends after the call, as CPython's
    // sleep lets the GIL go to a thread waiting for it (vm/eval.ts Runtime.switchPending).
    // A thread polling with sleep(0) for another's progress spun through whole slices.
    if (direct && c.mode === 'workers') rt.switchPending = true;
    return rt.None;
  }
  for (;;) {
    const w = waitOn(rt, WaitKind.SLEEP, 0, st, direct);
    if (w === WaitResult.RETRY) return RETRY_CALL;
    if (nowNs(rt) >= st.deadline) return rt.None;
  }
}

// ---------------------------------------------------------------- the runner (workers)

interface RunnerOptions {
  shared: number;
  runtime: Record<string, unknown>;
  natives: { count: number; names: string };
}

const RUNTIME_SKIP = new Set(['heap', 'i32', 'u32', 'u16', 'u8', 'f64', 'executor', 'execRecord', 'rc', 'capture', 'sourceCache', 'ts']);

/** The immutable caches of the main Runtime, as plain data a worker rebuilds its Runtime from. */
function runnerOptionsFor(rt: Runtime, shared: number): RunnerOptions {
  return { shared, runtime: runtimeSnapshot(rt), natives: nativesFingerprint() };
}

/** A Runtime's caches as plain data (attachRuntime's input; also a forked child's, vm/fork.ts). */
export function runtimeSnapshot(rt: Runtime): Record<string, unknown> {
  const snap: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rt)) {
    if (RUNTIME_SKIP.has(k)) continue;
    if (typeof v === 'number' || Array.isArray(v) || (typeof v === 'object' && v !== null && !(v instanceof Map))) {
      snap[k] = structuredClone(v);
    }
  }
  return snap;
}

export function nativesFingerprint(): { count: number; names: string } {
  return { count: NATIVE_TABLE.length, names: NATIVE_TABLE.map((e) => e.name).join(',') };
}

/** A Runtime on `heap` from a snapshot; `noGil` (default: the heap's HDR_NO_GIL) picks the counter. */
export function attachRuntime(heap: Heap, executor: number, snap: Record<string, unknown>, noGil?: boolean): Runtime {
  // --no-gil (the scheduler formatted HDR_NO_GIL before any worker started): biased counts
  const rt = new Runtime(heap, executor, noGil ?? Atomics.load(heap.i32, HDR_NO_GIL >> 2) === 1);
  rt.rc.setDeallocator((ref) => deallocObject(rt, ref));
  const target = rt as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(snap)) {
    const cur = target[k];
    if (Array.isArray(cur) && Array.isArray(v)) cur.splice(0, cur.length, ...(v as unknown[]));
    else if (typeof cur === 'object' && cur !== null && typeof v === 'object' && v !== null && !Array.isArray(v)) Object.assign(cur, v);
    else target[k] = v;
  }
  // (the types come with the snapshot)
  rt.rc.setLeafTypes([rt.tInt, rt.tFloat, rt.tStr]);
  return rt;
}

/** The runner factory the executor calls (through runner-entry.ts). */
export function createSliceRunner(context0: RunnerContext): SliceRunner {
  const options = context0.options as RunnerOptions;
  const mine = nativesFingerprint();
  if (mine.count !== options.natives.count || mine.names !== options.natives.names) {
    throw new Error(`the worker's native function table differs from the main thread's (${mine.count} vs ${options.natives.count})`);
  }
  const rt = attachRuntime(context0.heap, context0.executor, options.runtime);
  const gil = new Gil(context0.heap, context0.executor, DEFAULT_GIL_SPIN, context0.scheduler.stateWord);
  const runner = new InterpreterRunner(rt, context0.scheduler, options.shared);
  const c: ThreadContext = { mode: 'workers', sched: context0.scheduler, gil, runner, shared: options.shared, supervisor: null, options: {} };
  contexts.set(rt, c);
  runner.nested = new NestedSlices(rt, context0.scheduler, gil, options.shared >> 2);
  rt.nestedWaitersWord = options.shared >> 2;
  registerNestedSliceHook(runner.nested.hook);
  return runner;
}

/** The longest run of instructions between two safe points of a slice (evalWithSafePoints). */
const SAFE_POINT_INSTRUCTIONS = 20_000;

function instructionsOf(rt: Runtime, ts: Ref): number {
  return (rt.i32[(ts + TS_INSTR_HI) >> 2]! >>> 0) * 4294967296 + (rt.i32[(ts + TS_INSTR_LO) >> 2]! >>> 0);
}

class InterpreterRunner implements SliceRunner {
  lastInstructions = 0;
  /** Slice boundaries inside nested eval loops (vm/nested-slices.ts); set at creation. */
  nested: NestedSlices | null = null;

  get lastSegmentStart(): number {
    return this.nested!.splitAt;
  }

  constructor(
    private readonly rt: Runtime,
    private readonly sched: Scheduler,
    private readonly shared: number,
  ) {}

  /** Nesting of runSlice on this JS stack (nestedWait runs slices inside a slice). */
  private sliceDepth = 0;

  runSlice(t: Ref, budget: number): SliceStatus {
    if (!this.rt.rc.atomic) return this.runSliceInner(t, budget);
    // --no-gil: the outermost slice start / end are this executor's quiescent states
    // (vm/nogil.ts) and where it attaches to / detaches from the heap for a stop of the
    // world (vm/stw.ts)
    if (this.sliceDepth++ === 0) {
      stwAttach(this.rt);
      // the releases qsbrSliceStart makes may run __del__ or a weakref callback: Python
      // code, on the data stack of rt.ts, which must be this thread's (it was the previous
      // slice's thread, whose thread state is freed once that thread finished)
      this.rt.ts = this.sched.threadState(t) as Ref;
      qsbrSliceStart(this.rt);
    }
    try {
      return this.runSliceInner(t, budget);
    } finally {
      if (--this.sliceDepth === 0) {
        qsbrSliceEnd(this.rt);
        stwDetach(this.rt);
      }
    }
  }

  /** Slices to wait before the next automatic collection after the world could not be stopped. */
  private gcBackoff = 0;

  /** --no-gil, at the end of a slice: the automatic collection, world stopped (vm/stw.ts). */
  private gcSafePointNoGil(): void {
    const rt = this.rt;
    if (!parallelRunning(rt.heap)) {
      gcSafePoint(rt);
      return;
    }
    if (this.gcBackoff > 0) {
      this.gcBackoff--;
      return;
    }
    if (gcCollectParallel(rt, true) < 0) this.gcBackoff = 16;
  }

  private runSliceInner(t: Ref, budget: number): SliceStatus {
    const rt = this.rt;
    const sched = this.sched;
    const i32 = rt.i32;
    const ts = sched.threadState(t) as Ref;
    rt.ts = ts;
    // --no-gil: a slice start is a safe point; merge the biased counts other executors
    // queued for this owner (heap/refcount.ts)
    if (rt.rc.atomic) rt.rc.mergeQueued();
    const ext = extOf(sched, t);
    if ((i32[(ext + EX_FLAGS) >> 2]! & EXF_STARTED) === 0) {
      i32[(ext + EX_FLAGS) >> 2]! |= EXF_STARTED;
      sched.wakeWaiters(WaitKind.OTHER, t); // Thread.start() returns once the thread started
    }
    this.nested!.begin(budget);
    let status: number;
    try {
    if (i32[(ext + EX_ERROR) >> 2] !== 0) {
      i32[(ts + TS_CUREXC) >> 2] = i32[(ext + EX_ERROR) >> 2]!;
      i32[(ext + EX_ERROR) >> 2] = 0;
      status = EVAL_ERROR;
    } else if ((i32[(ext + EX_FLAGS) >> 2]! & EXF_CALL_ENTRY) !== 0) {
      i32[(ext + EX_FLAGS) >> 2]! &= ~EXF_CALL_ENTRY;
      status = this.callEntry(ext);
    } else if (i32[(ts + TS_FRAME) >> 2] === 0) {
      status = EVAL_FINISHED; // nothing to run (target None)
      i32[(ts + TS_RESULT) >> 2] = rt.None;
    } else if (t === sched.mainThread && sched.takeInterrupt(t) && this.raiseInterrupt(ts, ext)) {
      status = evalLoop(rt, budget, true);
    } else if (!rt.rc.atomic || this.sliceDepth === 1) {
      status = this.evalWithSafePoints(budget);
    } else {
      status = evalLoop(rt, budget);
    }
    } catch (e) {
      if (!(e instanceof RunEnded)) throw e;
      // the run ended while the thread was pinned in a nested loop: it is never continued
      this.lastInstructions = instructionsOf(rt, ts) - this.nested!.startInstr;
      return SliceStatus.YIELDED;
    } finally {
      rt.switchPending = false; // a time.sleep(0) ended the slice (sleepNative)
    }
    this.lastInstructions = instructionsOf(rt, ts) - this.nested!.startInstr;
    switch (status) {
      case EVAL_YIELDED:
        // --no-gil: no automatic collection while executors run in parallel (vm/nogil.ts)
        if (gcIsEnabled(rt) && Atomics.load(i32, this.shared >> 2) === 0) {
          if (!rt.rc.atomic) gcSafePoint(rt);
          else if (this.sliceDepth === 1) this.gcSafePointNoGil();
        }
        return SliceStatus.YIELDED;
      case EVAL_BLOCKED:
        if (t === sched.mainThread && (Atomics.load(i32, (t + SR_FLAGS) >> 2) & SRF_INTERRUPTED) !== 0) {
          // Ctrl-C came while the main thread was still running: do not park it, raise
          sched.cancelBlock(t);
          return SliceStatus.YIELDED;
        }
        return SliceStatus.BLOCKED;
      case EVAL_FINISHED:
        rt.rc.decref(i32[(ts + TS_RESULT) >> 2] as Ref);
        i32[(ts + TS_RESULT) >> 2] = 0;
        if (t === sched.mainThread && startMainEpilogue(rt)) return SliceStatus.YIELDED;
        this.threadEnded(t, ext, false);
        return SliceStatus.FINISHED;
      default:
        if (t === sched.mainThread && epilogueDue(rt, ext)) {
          // its traceback or exit code first, then the callbacks, as CPython's Py_RunMain
          const died = this.reportMainError(ext);
          if (startMainEpilogue(rt)) return SliceStatus.YIELDED;
          this.threadEnded(t, ext, false);
          return died ? SliceStatus.ERROR : SliceStatus.FINISHED;
        }
        return this.threadEnded(t, ext, true) ? SliceStatus.ERROR : SliceStatus.FINISHED;
    }
  }

  /**
   * Runs the slice's budget in pieces of at most SAFE_POINT_INSTRUCTIONS. Between two pieces
   * the thread is at a safe point, as between the single-threaded run's slices (vm/run.ts):
   * under the GIL the automatic collection runs there when due (the slice goes on); without
   * the GIL, where only a slice end is this executor's safe point (vm/stw.ts), the slice
   * ends early when a collector waits for the world to stop or the collection is due
   * (runSliceInner collects then). So the garbage made before a collection, and the time a
   * collector waits for the others, do not grow with the switch interval, which exists for
   * the GIL's hand-overs: measured, test/programs/nogil_gc_cycles.py (3 threads making
   * ~70 MB of cycles) in a 10 MB heap under the GIL ran out of memory in every run with
   * 200,000-instruction slices collected only at slice ends, and in a 32 MB heap without the
   * GIL in 4 of 16; in none with this. A piece costs one evalLoop call (~0.1 us).
   */
  /**
   * Ctrl-C (the supervisor flagged and woke the main thread): KeyboardInterrupt raised where
   * the thread stands, true; a call parked for retry raises as if the call itself raised.
   * False when the parked call must raise it itself, once it has restored its state (a
   * Condition's lock, RESTORE_ON_INTERRUPT): it is retried with INTERRUPTED, and the slice
   * runs as any other.
   */
  private raiseInterrupt(ts: number, ext: number): boolean {
    const rt = this.rt;
    const i32 = rt.i32;
    const fp = i32[(ts + TS_FRAME) >> 2]!;
    // (a parked call's frame is back ON the call, its retry record past it: the ip of the call)
    const parkedHere = i32[(ext + EX_RETRY_FP) >> 2] === fp && i32[(ext + EX_RETRY_IP) >> 2] === i32[fp + FR_IP]! + 1;
    if (parkedHere && (i32[(ext + EX_PHASE) >> 2]! & RESTORE_ON_INTERRUPT) !== 0) {
      i32[(ext + EX_PHASE) >> 2]! |= INTERRUPTED;
      return false;
    }
    if (parkedHere) i32[fp + FR_IP]!++;
    i32[(ext + EX_RETRY_FP) >> 2] = 0;
    setRaised(rt, exceptionNewNoArgs(rt, rt.exc.KeyboardInterrupt!));
    return true;
  }

  private evalWithSafePoints(budget: number): number {
    const rt = this.rt;
    let left = budget;
    for (;;) {
      const before = instructionsOf(rt, rt.ts);
      const status = evalLoop(rt, left < SAFE_POINT_INSTRUCTIONS ? left : SAFE_POINT_INSTRUCTIONS);
      if (status !== EVAL_YIELDED || rt.switchPending) return status;
      const ran = instructionsOf(rt, rt.ts) - before;
      left = (left - ran) | 0; // a small integer, never a heap number (nested-slices.ts hook)
      if (left <= 0 || ran === 0) return status;
      if (rt.rc.atomic) {
        if (stwRequested(rt) || (gcIsEnabled(rt) && gcDue(rt))) return status;
      } else if (gcIsEnabled(rt) && Atomics.load(rt.i32, this.shared >> 2) === 0) {
        gcSafePoint(rt);
      }
    }
  }

  /** A non-function entry (builtin, class, callable object): one nested call. */
  private callEntry(ext: number): number {
    const rt = this.rt;
    const i32 = rt.i32;
    const func = i32[(ext + EX_FUNC) >> 2] as Ref;
    const args = i32[(ext + EX_ARGS) >> 2] as Ref;
    const kwargs = i32[(ext + EX_KWARGS) >> 2] as Ref;
    i32[(rt.ts + TS_NESTED) >> 2]!++;
    const r = callWithTupleDict(rt, func, NULL, args, kwargs);
    i32[(rt.ts + TS_NESTED) >> 2]!--;
    for (const off of [EX_FUNC, EX_ARGS, EX_KWARGS]) {
      const v = i32[(ext + off) >> 2]!;
      i32[(ext + off) >> 2] = 0;
      if (v !== 0) rt.rc.decref(v as Ref);
    }
    if (r === NULL) return EVAL_ERROR;
    i32[(rt.ts + TS_RESULT) >> 2] = r;
    return EVAL_FINISHED;
  }

  /**
   * The thread's code returned or raised: report an uncaught exception (threading's
   * excepthook for a Thread, the main thread's traceback / SystemExit code), release what
   * the thread owns. Returns true when it died of an exception.
   */
  private threadEnded(t: Ref, ext: number, raised: boolean): boolean {
    const rt = this.rt;
    const sched = this.sched;
    const i32 = rt.i32;
    const main = t === sched.mainThread;
    let died = false;
    if (raised) {
      if (main) died = this.reportMainError(ext);
      else {
        const isExit = isSubtype(rt, typeOf(rt, currentError(rt)), rt.exc.SystemExit!);
        const error = fetchError(rt);
        if (!isExit) {
          died = true;
          this.reportThreadException(t, ext, error);
        } else if (i32[(ext + EX_OBJ) >> 2] !== 0) {
          // SystemExit goes to threading.excepthook too (the default hook ignores it, a
          // custom one sees it, as CPython's); it does not count as dying of an error
          this.reportThreadException(t, ext, error);
        }
        rt.rc.decref(error);
      }
    }
    if (!main) this.dropThreadLocals(t);
    // cleared under the reap lock: threading.enumerate() (_thread._alive_objects) takes its
    // reference to EX_OBJ under that lock, so it never increfs a Thread this drop freed
    const dropped: number[] = [];
    withThreadRecords(rt, () => {
      for (const off of [EX_OBJ, EX_STARTED_BY]) {
        dropped.push(i32[(ext + off) >> 2]!);
        i32[(ext + off) >> 2] = 0;
      }
    });
    for (const v of dropped) if (v !== 0) rt.rc.decref(v as Ref);
    if (!main) releaseThreadState(rt, sched, t);
    return died;
  }

  /**
   * The main thread's code raised: its exit code into EX_EXIT (SystemExit's, 130 for a
   * KeyboardInterrupt, else 1 or sys.excepthook's) and the exception reported and
   * cleared. True when it died of an error (not SystemExit or KeyboardInterrupt).
   */
  private reportMainError(ext: number): boolean {
    const rt = this.rt;
    const i32 = rt.i32;
    const exc = currentError(rt);
    const isExit = isSubtype(rt, typeOf(rt, exc), rt.exc.SystemExit!);
    // the exact type, as CPython's run_eval_code_obj (a subclass exits with 1)
    const interrupted = typeOf(rt, exc) === rt.exc.KeyboardInterrupt!;
    if (isExit) i32[(ext + EX_EXIT) >> 2] = exitCodeOfSystemExit(rt, exc);
    else if (interrupted) {
      outputFlush(rt);
      writeStderr(rt, formatException(rt, exc));
      i32[(ext + EX_EXIT) >> 2] = 130;
      i32[(ext + EX_FLAGS) >> 2]! |= EXF_INTERRUPT_EXIT;
    } else {
      const owned = fetchError(rt);
      const hookExit = reportUncaughtException(rt, owned); // through sys.excepthook (vm/traceback.ts)
      rt.rc.decref(owned);
      i32[(ext + EX_EXIT) >> 2] = hookExit ?? 1;
      return true;
    }
    rt.rc.decref(fetchError(rt));
    return false;
  }

  /**
   * The ending thread's threading.local attributes die with it, as CPython clears a thread
   * state's dict: threading's `_local_threads` maps a thread ident to that thread's dicts
   * of every local; its entry is deleted here (no Python code runs but finalizers of what
   * dies). Nothing to do when threading was never imported.
   */
  private dropThreadLocals(t: Ref): void {
    try {
      this.dropThreadLocalsOf(t);
    } catch (e) {
      // out of heap (the thread died of MemoryError): its entry stays until exit
      if (!(e instanceof HeapExhausted)) throw e;
    }
  }

  private dropThreadLocalsOf(t: Ref): void {
    const rt = this.rt;
    const threading = dictGetStr(rt, rt.modules, internJS(rt, 'threading'));
    if (threading === NULL || kindOf(rt, threading) !== Kind.MODULE) return;
    const registry = dictGetStr(rt, rt.i32[(threading + MOD_DICT) >> 2] as Ref, internJS(rt, '_local_threads'));
    if (registry === NULL || kindOf(rt, registry) !== Kind.DICT) return;
    const key = intFromNumber(rt, this.sched.ident(t));
    if (dictDelItem(rt, registry, key) < 0) rt.rc.decref(fetchError(rt));
    rt.rc.decref(key);
  }

  /**
   * Reports a thread's uncaught exception. Out of heap memory while doing so (typically the
   * thread died of MemoryError and the heap is still full of its cyclic garbage): one cycle
   * collection and a retry, then a report built without the heap (name and exception type)
   * rather than an internal error.
   */
  private reportThreadException(t: Ref, ext: number, error: Ref): void {
    for (let attempt = 0; ; attempt++) {
      try {
        this.reportThreadExceptionOnce(t, ext, error);
        return;
      } catch (e) {
        if (!(e instanceof HeapExhausted)) throw e;
        const rt = this.rt;
        if (currentError(rt) !== NULL) rt.rc.decref(fetchError(rt));
        if (attempt === 0 && gcIsEnabled(rt)) {
          if (!parallelRunning(rt.heap)) gcCollect(rt);
          else gcCollectParallel(rt, false);
          continue;
        }
        outputWrite(rt, 2, `Exception in thread ${sched_name(this.sched, t)}:\n${typeNameOf(rt, error)}\n`);
        return;
      }
    }
  }

  private reportThreadExceptionOnce(t: Ref, ext: number, error: Ref): void {
    const rt = this.rt;
    const obj = rt.i32[(ext + EX_OBJ) >> 2] as Ref;
    const threading = dictGetStr(rt, rt.modules, internJS(rt, 'threading'));
    if (obj !== 0 && threading !== NULL && kindOf(rt, threading) === Kind.MODULE) {
      const hook = dictGetStr(rt, rt.i32[(threading + MOD_DICT) >> 2] as Ref, internJS(rt, '_invoke_excepthook'));
      if (hook !== NULL) {
        const w = dataStackPush(rt, 2);
        rt.i32[w] = obj;
        rt.i32[w + 1] = error;
        const r = callVector(rt, hook, w, 2, NULL);
        dataStackPop(rt, w);
        if (r !== NULL) {
          rt.rc.decref(r);
          return;
        }
        const e2 = fetchError(rt);
        if (isSubtype(rt, typeOf(rt, e2), rt.exc.SystemExit!)) {
          // sys.exit() in the hook: it ends the thread quietly, as CPython's thread_run
          rt.rc.decref(e2);
          return;
        }
        writeStderr(rt, 'Exception in threading.excepthook:\n' + formatException(rt, e2));
        rt.rc.decref(e2);
      }
    }
    outputFlush(rt);
    const startedBy = rt.i32[(ext + EX_STARTED_BY) >> 2] as Ref;
    if (obj === 0 && startedBy !== 0) {
      // _thread.start_new_thread's thread: CPython's thread_run reports it as unraisable
      const what = reprJS(rt, startedBy);
      if (what === null) rt.rc.decref(fetchError(rt));
      writeStderr(rt, `Exception ignored in thread started by: ${what ?? '<object repr() failed>'}\n` + formatException(rt, error));
      return;
    }
    writeStderr(rt, `Exception in thread ${sched_name(this.sched, t)}:\n` + formatException(rt, error));
  }
}

function sched_name(sched: Scheduler, t: Ref): string {
  return sched.threadName(t);
}

/** A finished thread's data stack and thread state go back to the heap. */
function releaseThreadState(rt: Runtime, sched: Scheduler, t: Ref): void {
  const ts = sched.threadState(t) as Ref;
  if (ts === 0) return;
  const i32 = rt.i32;
  rt.rc.decref(i32[(ts + TS_EXC_INFO) >> 2] as Ref);
  i32[(ts + TS_EXC_INFO) >> 2] = 0;
  for (let chunk = i32[(ts + TS_DS_CHUNK) >> 2]!; chunk !== 0; ) {
    const prev = i32[chunk >> 2]!;
    free(rt.heap, chunk as Ref);
    chunk = prev;
  }
  sched.setThreadState(t, 0);
  free(rt.heap, ts);
  if (rt.ts === ts) rt.ts = 0 as Ref;
}



// ---------------------------------------------------------------- the threaded run

/** The Python stack of a thread for the deadlock report (innermost last). */
function describeThreadStack(rt: Runtime, info: ThreadInfo): string[] {
  const ts = info.threadState;
  if (ts === 0) return [];
  const i32 = rt.i32;
  const lines: string[] = [];
  // at most 1000 frames: the SIGUSR2 dump reads the chain while its thread may be changing it
  for (let fp = i32[(ts + TS_FRAME) >> 2]!; fp !== 0 && lines.length < 1000; fp = i32[fp + FR_BACK]!) {
    const code = i32[fp + FR_CODE] as Ref;
    const line = codeLineAt(rt, code, i32[fp + FR_IP]! - 1);
    lines.push(`File "${strToJS(rt, i32[(code + CO_FILENAME) >> 2] as Ref)}", line ${line}, in ${strToJS(rt, i32[(code + CO_NAME) >> 2] as Ref)}`);
  }
  return lines.reverse();
}

export interface ThreadedOutcome {
  outcome: RunOutcome;
  /** The main thread's exit code (SystemExit, uncaught exception) when the run ended normally. */
  mainExit: number;
  /** A thread called os._exit(mainExit): the process ends with no teardown (no __del__, no --check-refs). */
  osExit: boolean;
}

/**
 * os._exit(code) called on an executor (modules/os.ts; Node's process.exit would end that
 * worker_thread only): the run stops with `code` as the program's status and the calling
 * thread never continues (RunEnded unwinds its JS stack; no finally block runs, as
 * CPython's _exit runs none). False when this is not an executor running a thread.
 */
export function exitFromExecutor(rt: Runtime, code: number): boolean {
  const c = context(rt);
  const sched = c.sched;
  if (c.mode !== 'workers' || sched === null || sched.current === 0) return false;
  const ext = extOf(sched, sched.mainThread);
  rt.i32[(ext + EX_EXIT) >> 2] = code;
  rt.i32[(ext + EX_FLAGS) >> 2]! |= EXF_OS_EXIT;
  outputFlush(rt);
  sched.stopRun(RunState.DONE);
  throw new RunEnded();
}

/**
 * Whether the main thread, whose code has just ended, has the atexit callbacks still to
 * run (startMainEpilogue): a callback is registered and they have not run yet.
 */
export function epilogueDue(rt: Runtime, ext: number): boolean {
  if ((rt.i32[(ext + EX_FLAGS) >> 2]! & EXF_EPILOGUE) !== 0) return false;
  const func = atexitInRunFunction(rt);
  if (func === NULL) return false;
  rt.rc.decref(func);
  return true;
}

/**
 * The main thread's code has ended (returned, or raised and reported: EX_EXIT or run.ts
 * holds its exit code) in a program that started threads, with atexit callbacks
 * registered: instead of finishing, the main thread goes on with lib/atexit.py's
 * `_run_exitfuncs_in_run()`, which waits for the non-daemon threads and runs the callbacks,
 * as CPython's Py_FinalizeEx does, while daemon threads still run (a callback may signal
 * one and join it). Without this the run ended with its last non-daemon thread and the
 * callbacks ran afterwards on a frozen run: such a join was a deadlock at exit. Its end
 * finishes the main thread as usual; its result does not change the exit code. False when
 * there is nothing to run (no callback, or they ran already).
 */
export function startMainEpilogue(rt: Runtime): boolean {
  const sched = context(rt).sched;
  if (sched === null) return false;
  const main = sched.mainThread;
  const ext = extOf(sched, main);
  const i32 = rt.i32;
  if ((i32[(ext + EX_FLAGS) >> 2]! & EXF_EPILOGUE) !== 0) return false;
  const func = atexitInRunFunction(rt);
  if (func === NULL) return false;
  i32[(ext + EX_FLAGS) >> 2]! |= EXF_EPILOGUE;
  const ts = sched.threadState(main) as Ref;
  const saved = rt.ts;
  rt.ts = ts;
  try {
    const fp = frameForCall(rt, func, 0, 0, NULL); // (no arguments: the vector is never read)
    if (fp === 0) {
      rt.rc.decref(fetchError(rt));
      return false;
    }
    i32[fp + FR_FLAGS]! |= FRF_ENTRY;
    i32[fp + FR_BACK] = 0;
    i32[(ts + TS_FRAME) >> 2] = fp;
    i32[(ts + TS_DEPTH) >> 2] = 1;
    return true;
  } finally {
    rt.ts = saved;
    rt.rc.decref(func);
  }
}

/**
 * run.ts, once `threadsPending`: the main thread's outermost slice ended (`mainDone`: its
 * code finished; run.ts already reported its result, `mainExit`). Starts the workers, waits
 * for the end of the run, and afterwards releases the frames of abandoned (daemon)
 * threads so that --check-refs audits only real leaks.
 */
export async function runScheduled(rt: Runtime, mainDone: boolean, mainExit: number): Promise<ThreadedOutcome> {
  const c = context(rt);
  rt.switchPending = false;
  const sched = c.sched!;
  const supervisor = c.supervisor!;
  const main = sched.mainThread;
  const ext = extOf(sched, main);
  rt.i32[(ext + EX_EXIT) >> 2] = mainExit;
  if (mainDone) {
    const now = sched.now();
    const popped = sched.popRunnable(now);
    if (popped !== main) throw new Error('main thread is not first in the run queue');
    sched.finish(main, now, 0, mainExit !== 0);
  }
  // time.thread_time of the main thread continues from what it used on the main JS thread
  sched.f64[(ext + EX_CPU_BASE) >> 3] = osThreadCpuNs() - sched.f64[(main + SR_HOLD_NS) >> 3]!;
  outputFlush(rt);
  parallelRunStarting(rt, supervisor.workers + supervisor.spares); // (spares: the QSBR scans their records too)
  const outcome = await supervisor.run();
  // The main JS thread is alone from here, before any finalizer runs: parallelRunEnded
  // releases what the threads retired, and a __del__ among it may block (on a lock a
  // deadlocked or abandoned thread holds: then lonelyWait ends the process)
  c.mode = 'single';
  parallelRunEnded(rt); // --no-gil: biased counts folded back, merge queues drained (vm/nogil.ts)
  const exit = rt.i32[(ext + EX_EXIT) >> 2]!;
  if ((rt.i32[(ext + EX_FLAGS) >> 2]! & EXF_INTERRUPT_EXIT) !== 0) noteUnhandledKeyboardInterrupt();
  // Threads still alive (daemon threads abandoned at exit, or a deadlock): drop their frames.
  for (const t of sched.threads()) {
    const s = sched.status(t);
    if (s === ThreadStatus.FINISHED || s === ThreadStatus.NEW) continue;
    const ts = sched.threadState(t) as Ref;
    if (ts === 0) continue;
    const saved = rt.ts;
    rt.ts = ts;
    const i32 = rt.i32;
    for (let fp = i32[(ts + TS_FRAME) >> 2]!; fp !== 0; ) {
      const back = i32[fp + FR_BACK]!;
      if ((i32[fp + FR_FLAGS]! & FRF_GEN) === 0) frameDiscardContents(rt, fp);
      fp = back;
    }
    i32[(ts + TS_FRAME) >> 2] = 0;
    rt.ts = saved;
    const e = extOf(sched, t);
    for (const off of [EX_OBJ, EX_FUNC, EX_ARGS, EX_KWARGS, EX_ERROR, EX_STARTED_BY]) {
      const v = i32[(e + off) >> 2]!;
      i32[(e + off) >> 2] = 0;
      if (v !== 0) rt.rc.decref(v as Ref);
    }
    if (t !== main) releaseThreadState(rt, sched, t);
  }
  return { outcome, mainExit: exit, osExit: (rt.i32[(ext + EX_FLAGS) >> 2]! & EXF_OS_EXIT) !== 0 };
}

/** sys.setswitchinterval: the scheduler reads the heap word at every slice start. */
export function setSwitchIntervalWord(rt: Runtime, instructions: number): void {
  Atomics.store(rt.i32, HDR_SWITCH_INTERVAL >> 2, Math.max(1, Math.floor(instructions)));
}

// ---------------------------------------------------------------- gilvm debug (issue 7)

/** What `gilvm debug` (vm/debugger.ts) drives the threads with once the program started one. */
export interface DebugExecutor {
  /** A handle on the run's scheduler as executor 0 (the debugger pops, requeues, parks). */
  sched: Scheduler;
  /** The interpreter's slice runner, running on the main JS thread. */
  runner: SliceRunner;
  /** The deadlock report (its paragraph per blocked thread, with their Python stacks). */
  deadlockReport: (threads: ThreadInfo[]) => string;
}

/**
 * Hook for the debugger (issue 7): instead of `runScheduled` (workers + supervisor), the
 * main JS thread itself becomes the run's only executor, so the debugger can run any
 * thread one instruction at a time, deterministically. Call once `threadsPending(rt)`.
 * The GIL word is taken by executor 0 for good (the debugger shows the Python-level holder
 * itself); no nested-slice hook is registered, so a nested eval loop runs to its end.
 */
export function enterDebugExecutor(rt: Runtime): DebugExecutor {
  const c = context(rt);
  if (c.mode !== 'pending' || c.sched === null || c.supervisor === null) throw new Error('enterDebugExecutor: no thread was started');
  const supervisor = c.supervisor;
  const sched = new Scheduler(rt.heap, c.sched.controlBlock, 0, null);
  const gil = new Gil(rt.heap, 0, DEFAULT_GIL_SPIN, sched.stateWord);
  gil.take();
  const runner = new InterpreterRunner(rt, sched, c.shared);
  runner.nested = new NestedSlices(rt, sched, gil, c.shared >> 2);
  Atomics.store(rt.i32, (c.shared >> 2) + KEEP_RECORDS_WORD, 1); // the debugger lists finished threads
  rt.switchPending = false;
  c.mode = 'workers';
  c.onlyStack = true; // no worker runs: nestedWait runs the others here
  c.sched = sched;
  c.gil = gil;
  c.runner = runner;
  return { sched, runner, deadlockReport: (threads) => supervisor.deadlockReport(threads) };
}
