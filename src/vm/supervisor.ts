/*
 * The supervisor: the main JS thread's role while Python threads run (issue 5 item 4).
 *
 * Choice: the main thread is a SUPERVISOR, not executor 0. Every executor is a
 * worker_thread; the main thread formats the scheduler, starts the workers, and then only
 * sits in its event loop. Why (DESIGN.md "Node facts"):
 *   - Signal handlers (Ctrl-C) and Node timers run only when the main event loop turns,
 *     never while it runs bytecode or sleeps in Atomics.wait. An executor spends its life
 *     in one or the other, so a main-thread executor would see Ctrl-C only between slices
 *     and only if it went back to the event loop between them (an `await` per slice:
 *     ~µs per slice, and it breaks the tight executor loop). A supervisor receives SIGINT
 *     at once, sets the interrupt request (the main Python thread's flag + the eval
 *     breaker bit) and wakes the main thread if it is blocked (KeyboardInterrupt as in
 *     CPython); a second Ctrl-C before the first was taken aborts the run (exit 130).
 *   - process.stdout.write from a worker is relayed through the main thread's event loop:
 *     a supervisor that stays in its loop keeps any such relaying alive (the VM's own
 *     output uses fs.writeSync from the executors, so it does not depend on this).
 *   - The exit decision, the deadlock report, the --stats table and the trace file are
 *     one thread's job after all executors stopped: no races with running slices.
 *   - Symmetry: all executors run the same loop on the same kind of thread, so GIL
 *     hand-overs are between equals (a main-thread executor would also be the only one
 *     that could not sleep in Atomics.wait without starving signals).
 * The cost: one worker start (~25 ms) more than executor-0-on-main, and the supervisor
 * uses no core while the program runs.
 *
 * Spare executor: under the GIL with --workers 1, one more worker (id 1) starts beside
 * executor 0 and runs executor.ts runSpareLoop: a second JS stack for a thread pinned
 * inside a nested eval loop (vm/nested-slices.ts). The run does not wait for it to be
 * ready; its --stats row appears only if it ran a slice. With any worker count, with or
 * without the GIL, more spares start during the run when an executor asks for one (a
 * 'spare' message: threads waiting inside nested calls took every JS stack, threads.ts
 * nestedWait).
 *
 * Lifecycle: `new Supervisor(heap, options)` formats the scheduler in the heap (executor
 * id 0's allocator is used until the workers start; the supervisor allocates nothing
 * afterwards). The caller creates the main thread (createMainThread) and any setup, then
 * `await run()`: workers start (ids 0..W-1), the supervisor waits for the run state to
 * leave RUNNING (Atomics.waitAsync on it: DONE when the last non-daemon thread finished,
 * DEADLOCK, FATAL, ABORTED), gives the executors a moment to finish their slices (daemon
 * threads are abandoned mid-run, as CPython does at exit), terminates stragglers, prints
 * the deadlock report / internal error / --stats table to stderr, closes the trace and
 * returns the outcome. Exit codes: DONE 0 (the caller overrides with the main thread's
 * result: SystemExit, uncaught exception), DEADLOCK 1, FATAL 1, ABORTED 130.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { setV8Flags } from './v8flags.js';
import { Worker } from 'node:worker_threads';
import type { Ref } from '../heap/layout.js';
import type { Heap } from '../heap/memory.js';
import {
  DEFAULT_GIL_SPIN,
  EXECUTOR_WORKER_KIND,
  executorWorkerSpec,
  type ExecutorMessage,
  type ExecutorWorkerData,
  type PrestartWorkerData,
} from './executor.js';
import { RunState, SC_FATAL_EXECUTOR, Scheduler, type ThreadInfo } from './scheduler.js';
import { ThreadStatus } from './sched-record.js';
import { formatStatsTable, jsonString, Tracer, type RunStats } from './stats.js';
import { startupCpuBuffer } from './cpuclock.js';
import { EXIT_INTERNAL_ERROR, noteUnhandledKeyboardInterrupt } from './exit-codes.js';

export interface SupervisorOptions {
  /** Executors (worker_threads); default: the number of cores. */
  workers?: number;
  noGil?: boolean;
  /** Instructions per slice. */
  switchInterval?: number;
  /** URL of the module that exports the runner factory (imported inside each worker). */
  runnerModule: string | URL;
  /** The factory's export name; default 'createSliceRunner'. */
  runnerExport?: string;
  /** Passed (structured clone) to the factory in every worker. */
  runnerOptions?: unknown;
  /** --trace FILE. */
  tracePath?: string | null;
  /** --stats: print the table to stderr at exit. */
  stats?: boolean;
  /** GIL spin rounds before Atomics.wait. */
  gilSpin?: number;
  /** Install a SIGINT handler while running (default true). */
  handleSignals?: boolean;
  /** Extra lines under a thread in the deadlock report (the lead: its Python stack). */
  describeThread?: (heap: Heap, thread: ThreadInfo) => string[];
  /** The main thread's exit code (sys.exit's, 1 for an uncaught exception) once it has
   * finished: the --trace 'exit' event of a run that ended normally reports it. */
  mainExitCode?: () => number;
  /** Where reports go; default writeAllSync(2, ...). */
  writeStderr?: (text: string) => void;
  /** ms to let executors finish their slices after the run ended, before terminate(). */
  stopGraceMs?: number;
}

export interface RunOutcome {
  state: RunState;
  exitCode: number;
  wallNs: number;
  stats: RunStats;
  /** Live threads at a deadlock (empty otherwise). */
  deadlocked: ThreadInfo[];
  /** The internal error message when state is FATAL. */
  fatal: string | null;
}

// ---------------------------------------------------------------- pre-started executors

/**
 * Workers started before the run needs them (prestartExecutors), taken by the next
 * Supervisor.run in order. Module-level: they belong to this JS thread's process, not to a
 * heap (a pre-started worker has not attached any heap yet). Unreferenced until taken, so
 * a program that imports threading but never starts a thread exits as if they did not
 * exist.
 */
const prestarted: { worker: Worker; runnerModule: string; failed: boolean }[] = adoptEarlyExecutors();

/**
 * The executor workers bin/gilvm.js started before it loaded the bundle (a script whose
 * import lines name threading: ~40 ms earlier than prestartWorkersFor can, the main thread's
 * own loading of the bundle), handed over on globalThis.__gilvmEarlyExecutors: entries as
 * prestarted's, their workerData's startupCpu null (the start message brings it).
 */
function adoptEarlyExecutors(): { worker: Worker; runnerModule: string; failed: boolean }[] {
  const g = globalThis as { __gilvmEarlyExecutors?: { worker: Worker; runnerModule: string; failed: boolean }[] };
  const early = g.__gilvmEarlyExecutors ?? [];
  delete g.__gilvmEarlyExecutors;
  return early;
}

/**
 * Without the GIL, executors' isolates compile with TurboFan on their own thread
 * (--no-concurrent-recompilation), not on a background one. V8 reads the flag when an
 * isolate starts, so setting it (process-wide) before the executors' workers are created
 * changes theirs only; the main thread's isolate keeps compiling in the background. Why: no-GIL
 * executors keep every core busy, so a background compile (70-150 ms each time this
 * isolate's eval loop is optimised again after a deopt) competes with them for a core while
 * the executor limps on unoptimised code (~14x slower). Measured on the classic demo
 * (bench/gil/classic.py, 2 workers, 2 cores): each thread's first three 1,000,000-iteration
 * loops 250+185+183 ms -> 152+116+112 ms; `gilvm --no-gil examples/gil_classic.py` ratio
 * threads/sequential 0.76 -> 0.65 in its 3 rounds. Under the GIL one executor runs at a time,
 * a core is free, and the background compile wins (the first threaded round of the classic
 * demo 0.33 s -> 0.50 s with the flag): it is left on. The flag does not enter V8's code
 * cache check (a cache written by either kind of run is accepted by the other).
 */
function setExecutorJitPolicy(noGil: boolean): void {
  if (noGil) setV8Flags('--no-concurrent-recompilation');
}

/**
 * Starts `count` executor workers now (module loading only, ~100-200 ms each of a core),
 * overlapping the program's single-threaded part. Rejected: also warming each worker's
 * eval loop up with a small Python program while it waits (its JIT feedback is its own
 * isolate's): measured on the classic demo, the warm-up's CPU slowed the main thread's
 * single-threaded part by ~2x on 2 cores, for no visible gain in the threaded part. vm/threads.ts calls this when the
 * program imports threading: the classic demo's first Thread.start then finds
 * its executors loaded instead of paying their start-up inside its timed region.
 */
export function prestartExecutors(count: number, runnerModule: string | URL, noGil: boolean): void {
  setExecutorJitPolicy(noGil);
  const module = runnerModule instanceof URL ? runnerModule.href : runnerModule;
  const spec = executorWorkerSpec();
  for (let i = prestarted.length; i < count; i++) {
    const data: PrestartWorkerData = { kind: EXECUTOR_WORKER_KIND, prestart: true, runnerModule: module, startupCpu: startupCpuBuffer() };
    const worker = new Worker(spec.filename, { ...spec.options, workerData: data, stdout: false, stderr: false });
    const entry = { worker, runnerModule: module, failed: false };
    worker.on('error', () => void (entry.failed = true));
    worker.on('exit', () => void (entry.failed = true));
    worker.unref();
    prestarted.push(entry);
  }
}

/** Ends the pre-started workers no run took (a host that runs programs one after another
 * in one process, scripts/corpus-runner.ts, between two of them). */
export function discardPrestartedExecutors(): Promise<void> {
  const entries = prestarted.splice(0);
  return Promise.all(entries.map((entry) => entry.worker.terminate())).then(() => undefined);
}

/** A pre-started worker for `runnerModule` (started, given `data`), or null. */
function takePrestarted(runnerModule: string, data: ExecutorWorkerData): Worker | null {
  while (prestarted.length > 0) {
    const entry = prestarted.shift()!;
    if (entry.failed || entry.runnerModule !== runnerModule) {
      void entry.worker.terminate();
      continue;
    }
    entry.worker.removeAllListeners();
    entry.worker.ref();
    entry.worker.postMessage({ type: 'start', data });
    return entry.worker;
  }
  return null;
}

/** --workers default: the number of cores. */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

export class Supervisor {
  readonly scheduler: Scheduler;
  readonly workers: number;
  /**
   * Spare executors started with the run (executor.ts runSpareLoop): 1 under the GIL with
   * one worker. More start when threads waiting inside nested calls take every JS stack.
   */
  readonly spares: number;
  /** ns from format to the executors' release (worker start-up); 0 until then. */
  startupNs = 0;
  private readonly tracer: Tracer | null;
  private readonly write: (text: string) => void;

  constructor(
    readonly heap: Heap,
    private readonly options: SupervisorOptions,
  ) {
    this.workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), 63));
    this.spares = this.workers === 1 && options.noGil !== true ? 1 : 0;
    const block = Scheduler.format(heap, {
      workers: this.workers,
      spares: this.spares,
      noGil: options.noGil === true,
      switchInterval: options.switchInterval,
    });
    const tracePath = options.tracePath ?? null;
    this.tracer = tracePath === null ? null : new Tracer(tracePath, -1, heap.i32, Scheduler.traceSeqWord(block), true);
    this.scheduler = new Scheduler(heap, block, -1, this.tracer);
    this.write = options.writeStderr ?? ((text) => writeAllSync(2, text));
    this.tracer?.event(
      0,
      'start',
      0,
      `,"workers":${this.workers},"gil":${options.noGil !== true},"switch_interval":${this.scheduler.switchInterval}`,
    );
  }

  /** Creates and starts the main Python thread (tid 1 if it is the first thread). */
  createMainThread(threadState: Ref | number, name = 'MainThread'): Ref {
    const t = this.scheduler.createThread({ name, main: true, threadState });
    this.scheduler.startThread(t);
    return t;
  }

  /** Starts the executors and resolves when the run is over (see the module comment). */
  async run(): Promise<RunOutcome> {
    const sched = this.scheduler;
    const heap = this.heap;
    const options = this.options;
    this.tracer?.flush();
    const spec = executorWorkerSpec();
    setExecutorJitPolicy(options.noGil === true);
    const runnerModule = options.runnerModule instanceof URL ? options.runnerModule.href : options.runnerModule;
    const fatalMessages: string[] = [];
    const workers: Worker[] = [];
    let ready = 0;
    const exited: Promise<void>[] = [];
    const startWorker = (e: number): void => {
      const data: ExecutorWorkerData = {
        spare: e >= this.workers,
        kind: EXECUTOR_WORKER_KIND,
        buffer: heap.buffer,
        controlBlock: sched.controlBlock,
        executor: e,
        runnerModule,
        runnerExport: options.runnerExport ?? 'createSliceRunner',
        runnerOptions: options.runnerOptions ?? null,
        tracePath: options.tracePath ?? null,
        gilSpin: options.gilSpin ?? DEFAULT_GIL_SPIN,
        startupCpu: startupCpuBuffer(),
      };
      const worker =
        takePrestarted(runnerModule, data) ?? new Worker(spec.filename, { ...spec.options, workerData: data, stdout: false, stderr: false });
      worker.on('message', (message: ExecutorMessage) => {
        if (message.type === 'ready') {
          // the spare is not waited for: it is needed only once a thread is pinned. Under the
          // GIL the first executor is enough to start (one thread runs at a time; the others
          // join as they come, ~10-15 ms later on 2 cores: that much less of a first
          // Thread.start's wait). Without it every executor is waited for: the QSBR
          // reclamation counts the executors present at the start (vm/nogil.ts).
          if (message.executor < this.workers) ready++;
          const enough = options.noGil === true ? this.workers : 1;
          if (ready === enough && message.executor < this.workers) {
            this.startupNs = sched.now();
            this.tracer?.event(this.startupNs, 'go', 0, '');
            sched.releaseExecutors();
          }
        } else if (message.type === 'spare') {
          // every JS stack is taken by a thread waiting inside a nested call: one more
          // (threads.ts nestedWait); the request that asked for it waits until it runs
          if (sched.runState === RunState.RUNNING) startWorker(message.executor);
        } else if (message.type === 'fatal') {
          fatalMessages.push(`executor ${message.executor}: ${message.message}`);
          if (process.env['GILVM_DEBUG']) this.write(message.stack + '\n');
        }
      });
      exited.push(
        new Promise<void>((resolve) => {
          worker.on('error', (error) => {
            fatalMessages.push(`executor ${e}: ${error instanceof Error ? error.message : String(error)}`);
            sched.markFatal(e);
            resolve();
          });
          worker.on('exit', (code) => {
            if (code !== 0 && sched.runState === RunState.RUNNING) {
              fatalMessages.push(`executor ${e} exited with code ${code}`);
              sched.markFatal(e);
            }
            resolve();
          });
        }),
      );
      workers.push(worker);
    };
    for (let e = 0; e < this.workers + this.spares; e++) startWorker(e);

    const onSigint = (): void => {
      this.tracer?.event(sched.now(), 'interrupt', 0, '');
      // the main thread's code has ended and the run waits for the non-daemon threads
      // (CPython's threading._shutdown): Ctrl-C there ends the run (finishRun's message)
      if (!sched.interruptMain()) sched.stopRun(RunState.ABORTED);
    };
    // SIGUSR2 (`kill -USR2 PID`): every live thread's state and Python stack to stderr, the
    // run goes on (CPython's faulthandler.register for a hung program). Frames are read while
    // their threads may be running on other executors: a snapshot, best effort.
    const onDumpSignal = (why = 'SIGUSR2'): void => {
      try {
        let out = `gilvm: thread dump (${why})\n${sched.describeExecutors()}\n`;
        for (const t of sched.threads()) {
          const info = sched.describeThread(t);
          if (info.status === 'finished') continue;
          out += `Thread ${info.name || '?'} (tid ${info.tid}) ${info.status}\n`;
          for (const line of this.options.describeThread?.(this.heap, info) ?? []) out += `  ${line}\n`;
        }
        this.write(out);
      } catch (error) {
        this.write(`gilvm: thread dump failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    };
    const handleSignals = options.handleSignals !== false;
    if (handleSignals) {
      process.on('SIGINT', onSigint);
      process.on('SIGUSR2', onDumpSignal);
    }
    // GILVM_DUMP_AFTER_MS=N: the same dump once, N ms into the run (the test corpus sets it
    // below its timeout, so a run that hangs leaves its threads' states in its stderr)
    const dumpAfter = Number(process.env['GILVM_DUMP_AFTER_MS'] ?? '');
    const dumpTimer = dumpAfter > 0 ? setTimeout(() => onDumpSignal(`after ${dumpAfter} ms`), dumpAfter) : undefined;
    dumpTimer?.unref();
    try {
      // Wait until the run state leaves RUNNING (or every worker is gone).
      const allExited = Promise.all(exited); // the workers started with the run
      while (sched.runState === RunState.RUNNING) {
        const waiter = waitAsync(heap.i32, sched.stateWord, RunState.RUNNING);
        const changed = waiter.async ? waiter.value.then(() => undefined) : Promise.resolve();
        const finished = await Promise.race([changed.then(() => false), allExited.then(() => true)]);
        if (finished) break;
      }
      if (sched.runState === RunState.RUNNING) sched.markFatal(-1);
      // Executors stop after their current slice; terminate any that does not.
      const grace = options.stopGraceMs ?? 5000;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), grace);
      });
      const clean = await Promise.race([Promise.all(exited).then(() => false), timedOut]);
      clearTimeout(timer);
      if (clean) await Promise.all(workers.map((w) => w.terminate()));
    } finally {
      clearTimeout(dumpTimer);
      if (handleSignals) {
        process.off('SIGINT', onSigint);
        process.off('SIGUSR2', onDumpSignal);
      }
    }
    return this.finishRun(fatalMessages);
  }

  private finishRun(fatalMessages: string[]): RunOutcome {
    const sched = this.scheduler;
    const state = sched.runState;
    const wallNs = (sched.endNs > 0 ? sched.endNs : sched.now()) - sched.goNs;
    const threads = sched.threads();
    const stats: RunStats = {
      gil: this.options.noGil !== true,
      workers: this.workers,
      switchInterval: sched.switchInterval,
      wallNs,
      startupNs: this.startupNs,
      threads: threads.map((t) => sched.threadStats(t)),
      // the spare executor's row only when it ran something
      executors: Array.from({ length: this.workers + sched.spares }, (_, e) => sched.executorStats(e)).filter(
        (x) => x.executor < this.workers || x.slices > 0,
      ),
    };
    let deadlocked: ThreadInfo[] = [];
    let fatal: string | null = null;
    let exitCode = state === RunState.DONE ? (this.options.mainExitCode?.() ?? 0) : 0;
    if (state === RunState.DEADLOCK) {
      // BLOCKING: waiting inside a nested eval loop (threads.ts nestedWait)
      deadlocked = threads.map((t) => sched.describeThread(t)).filter((i) => i.status === 'blocked' || i.status === 'blocking');
      this.write(this.deadlockReport(deadlocked));
      exitCode = 1;
    } else if (state === RunState.FATAL) {
      const who = sched.i32[(sched.controlBlock >> 2) + SC_FATAL_EXECUTOR]! - 1;
      fatal = fatalMessages.join('; ') || `executor ${who} stopped`;
      this.write(`gilvm: internal error: ${fatal}\n`);
      exitCode = EXIT_INTERNAL_ERROR;
    } else if (state === RunState.ABORTED) {
      // stopped in the wait for the non-daemon threads after the main thread's end: what
      // CPython prints for the KeyboardInterrupt out of threading._shutdown (gilvm's wait
      // has no Python frames)
      const main = sched.mainThread;
      if (main !== 0 && sched.status(main) === ThreadStatus.FINISHED) this.write("Exception ignored in: <module 'threading' (built-in)>\nKeyboardInterrupt: \n");
      exitCode = 130;
      noteUnhandledKeyboardInterrupt();
    }
    if (this.options.stats) this.write(formatStatsTable(stats));
    if (this.tracer !== null) {
      this.tracer.event(sched.now(), 'exit', 0, `,"code":${exitCode},"state":${jsonString(RUN_STATE_NAMES[state] ?? '?')}`);
      this.tracer.close();
    }
    return { state, exitCode, wallNs, stats, deadlocked, fatal };
  }

  /**
   * "Fatal: deadlock", then one paragraph per blocked thread: its name and what it waits
   * on, then the lines of the describeThread callback (the Python stack), indented.
   */
  deadlockReport(threads: ThreadInfo[]): string {
    const sched = this.scheduler;
    const nameOf = new Map<number, ThreadInfo>();
    for (const t of sched.threads()) nameOf.set(t, sched.describeThread(t));
    let out = `Fatal: deadlock: all ${threads.length} live thread${threads.length === 1 ? ' is' : 's are'} blocked and none can wake the others\n`;
    for (const info of threads) {
      out += `Thread ${info.name || '?'} (tid ${info.tid}${info.daemon ? ', daemon' : ''}) waits for ${describeWait(info, nameOf)}\n`;
      const extra = this.options.describeThread?.(this.heap, info) ?? [];
      for (const line of extra) out += `  ${line}\n`;
    }
    return out;
  }
}

/**
 * Writes all of `text` to fd: writeSync may write part of a long text (the --stats table of
 * thousands of threads) to a pipe, or fail with EAGAIN when the pipe is full.
 */
export function writeAllSync(fd: number, text: string): void {
  const bytes = new TextEncoder().encode(text);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE' || code === 'ECONNRESET') return; // the reader has gone (output.ts writeAll)
      throw e;
    }
  }
}

const RUN_STATE_NAMES = ['running', 'done', 'deadlock', 'fatal', 'aborted'];

/** Atomics.waitAsync (Node 16+; not in the ES2022 lib the project compiles against). */
function waitAsync(
  array: Int32Array,
  index: number,
  value: number,
): { async: false; value: string } | { async: true; value: Promise<string> } {
  return (Atomics as unknown as { waitAsync: typeof waitAsync }).waitAsync(array, index, value);
}

function describeWait(info: ThreadInfo, threads: Map<number, ThreadInfo>): string {
  const hex = `0x${info.waitObject.toString(16)}`;
  switch (info.waitKind) {
    case 'join': {
      const other = threads.get(info.waitObject);
      return other ? `thread ${other.name || '?'} (tid ${other.tid}) to finish (join)` : `a thread to finish (join)`;
    }
    case 'lock':
      return `a lock (${hex})`;
    case 'condition':
      return `a condition (${hex})`;
    case 'queue':
      return `a queue (${hex})`;
    case 'sleep':
      return 'the end of a sleep';
    default:
      return `${info.waitKind} (${hex})`;
  }
}
