/*
 * Executors: the worker_thread entry point and the executor loop (issue 5 items 1-2).
 *
 * An executor is an OS thread (a worker_thread) that attaches the heap
 * (`Heap.attach(buffer, executor)`) and loops:
 *
 *   pop a runnable thread (timers that expired are released first)
 *     none: drop the GIL if held, check for the end of the run / a deadlock, and sleep on
 *           the scheduler's idle futex until work appears or the nearest deadline
 *   take the GIL unless already held (spin, then Atomics.wait: gil.ts)
 *   runSlice(thread, switch interval)   <- the SliceRunner (the interpreter loop)
 *   account the slice (exact instruction count, slice, GIL acquisition, hold/wait ns)
 *   YIELDED  -> requeue at the tail; if another executor waits for the GIL, drop it with
 *               a forced switch (we do not win it back until someone else took it).
 *               Fast path: when the queue is empty, no timer is due and nobody waits
 *               for the GIL, the same thread just runs its next slice (no lock, no
 *               state change: a lone thread pays ~2 clock reads per slice)
 *   BLOCKED  -> park the thread (scheduler.park), ALWAYS drop the GIL
 *   FINISHED / ERROR -> finish (wake joiners; maybe end the run); drop if someone waits
 *
 * A thread that blocks never blocks its executor: the executor goes on with the next
 * runnable thread (or sleeps if there is none). In no-GIL mode the same loop runs with
 * take/drop as no-ops, so executors run slices in parallel.
 *
 * The GIL is held across consecutive slices of different threads on one executor when
 * nobody waits: with `--workers 1` it is taken once and dropped only when a thread blocks,
 * and thread switches come from the run queue order alone (deterministic). Python
 * threads are not bound to executors, so fairness between THREADS comes from the FIFO
 * queue (every slice end puts the thread at the tail), and hand-overs between EXECUTORS
 * (OS threads, ~100-200 µs each through the futex on these VMs) happen only when another
 * executor has announced itself as a waiter. An executor without the GIL takes no thread
 * off the queue while another holds it (scheduler.ts popRunnable): the holder runs the
 * queued threads itself, so the classic demo's two threads alternate on one executor
 * while the other sleeps, which costs nothing.
 *
 * An executor that does not hold the GIL announces itself as a GIL waiter in the same
 * locked step as it takes a thread off the queue (Scheduler.popRunnable, gil.take(true)).
 * Without that, a holder finding the queue empty could keep running its own thread slice
 * after slice while the other executor, descheduled between its pop and its take, sat on
 * a runnable thread.
 *
 * Pluggable runner: the worker imports `workerData.runnerModule` (a module URL) and calls
 * its export `workerData.runnerExport` (default `createSliceRunner`) with a RunnerContext
 * (the attached heap, this executor's Scheduler, the executor id and the structured-clone
 * `runnerOptions`). The lead plugs the interpreter in there; the tests plug a fake.
 *
 * Running from sources (vitest imports the .ts files, so import.meta.url ends in .ts):
 * Node 20 cannot load TypeScript in a worker, so `executorWorkerSpec` starts the worker
 * from a small eval'd bootstrap that registers a module loader hook (module.register with
 * a data: URL) which maps `./x.js` imports to `./x.ts` when only the .ts exists and
 * strips types with rolldown's native transformSync (installed with vitest; typescript's
 * transpileModule as a fallback; ~0.5 s per worker start against ~4 s with typescript).
 * Built code (dist/) starts `executor.js` directly.
 *
 * Module-level code: the last statement starts the worker main when this module is a
 * worker's entry (workerData carries EXECUTOR_WORKER_KIND); it does nothing on import.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData, type WorkerOptions } from 'node:worker_threads';
import type { Ref } from '../heap/layout.js';
import { Heap } from '../heap/memory.js';
import { DEFAULT_GIL_SPIN, Gil, GIL_WAITERS_WORD } from './gil.js';
import {
  RunState, SCE_BUSY_NS, SCE_GIL_TAKES, SCE_GIL_WAIT_NS, SCE_HANDOVERS, SCE_IDLE_NS, SCE_SLICES, Scheduler,
} from './scheduler.js';
import { Tracer } from './stats.js';
import { adoptStartupCpuBuffer, recordExecutorStartup } from './cpuclock.js';

/** What runSlice reports. */
export const enum SliceStatus {
  YIELDED = 0, // the budget ran out; the thread continues next time exactly where it stopped
  BLOCKED = 1, // the thread called scheduler.block() (which returned true) and saved its state
  FINISHED = 2, // the thread's function returned
  ERROR = 3, // the thread died of an uncaught exception (already reported by the runner)
}

/** The interpreter as the executor sees it. */
export interface SliceRunner {
  /**
   * Runs `thread` (a sched record; scheduler.threadState(thread) is its thread state) for
   * at most `budget` instructions.
   */
  runSlice(thread: Ref, budget: number): SliceStatus;
  /** Instructions the last runSlice executed (exact; the accounting reads it once per slice). */
  readonly lastInstructions: number;
  /**
   * Optional: non-zero when the runner split the last runSlice into several slices (at
   * nested eval-loop boundaries, vm/threads.ts) and accounted all but the last itself:
   * the scheduler time the last one started; lastInstructions then counts only it.
   */
  readonly lastSegmentStart?: number;
}

export interface RunnerContext {
  heap: Heap;
  scheduler: Scheduler;
  executor: number;
  /** `runnerOptions` from the supervisor (structured clone). */
  options: unknown;
}

export type RunnerFactory = (context: RunnerContext) => SliceRunner | Promise<SliceRunner>;

export const EXECUTOR_WORKER_KIND = 'gilvm-executor';

export interface ExecutorWorkerData {
  kind: typeof EXECUTOR_WORKER_KIND;
  buffer: SharedArrayBuffer;
  controlBlock: number;
  executor: number;
  runnerModule: string;
  runnerExport: string;
  runnerOptions: unknown;
  tracePath: string | null;
  gilSpin: number;
  /** A spare executor (runSpareLoop) rather than a regular one. */
  spare?: boolean;
  /** The process's start-up CPU counter (cpuclock.ts startupCpuBuffer). */
  startupCpu: SharedArrayBuffer;
}

/**
 * workerData of a PRE-STARTED executor (supervisor.ts prestartExecutors): the worker loads
 * its modules at once (the runner module's optional `prepareRunner` export) and then waits
 * for one `{ type: 'start', data: ExecutorWorkerData }` message from the supervisor.
 */
export interface PrestartWorkerData {
  kind: typeof EXECUTOR_WORKER_KIND;
  prestart: true;
  runnerModule: string;
  /** null for a worker bin/gilvm.js started before the bundle was loaded: the buffer comes
   * with the start message (its CPU so far, the loading, is counted as start-up then). */
  startupCpu: SharedArrayBuffer | null;
}

/** Messages a worker posts to the supervisor. */
export type ExecutorMessage =
  | { type: 'ready'; executor: number }
  /** Start spare executor `executor` (Scheduler.addSpare counted it: threads.ts nestedWait). */
  | { type: 'spare'; executor: number }
  | { type: 'stopped'; executor: number; state: RunState }
  | { type: 'fatal'; executor: number; message: string; stack: string };

/** Why runExecutorLoop returned. */
export interface LoopOutcome {
  state: RunState;
}

/**
 * The executor loop (see the module comment). Returns when the run state leaves
 * RUNNING (every non-daemon thread finished, a deadlock, a fatal error, an abort).
 * Runner exceptions propagate (the caller marks the run FATAL).
 */
export function runExecutorLoop(sched: Scheduler, gil: Gil, runner: SliceRunner): LoopOutcome {
  const tracer = sched.tracer;
  const useGil = !gil.disabled;
  const spares = sched.spares;
  let holding = false;
  let lastThread = 0;
  /** The thread to run again without going through the queue (the fast path below). */
  let carried = 0 as Ref;
  let now = sched.now();
  try {
    while (sched.runState === RunState.RUNNING) {
      const t = carried !== 0 ? carried : sched.popRunnable(now, useGil && !holding ? GIL_WAITERS_WORD : -1);
      if (t === 0) {
        if (holding && useGil) {
          tracer?.event(now, 'gil_drop', sched.tid(lastThread as Ref), ',"why":"idle"');
          gil.drop();
          holding = false;
        }
        const decision = sched.idleDecision(now);
        if (decision.kind === 'stop') break;
        if (decision.kind === 'wait') {
          tracer?.flush(); // idle: a good moment to write the trace out
          sched.idleWait(decision);
          const woke = sched.now();
          sched.addExecStat(SCE_IDLE_NS, woke - now);
          now = woke;
        } else {
          now = sched.now();
        }
        continue;
      }
      if (!holding) {
        if (useGil) {
          const before = sched.now();
          if (!gil.take(true)) break; // the run ended while we waited (announced by the pop)
          const after = sched.now();
          sched.addExecStat(SCE_GIL_TAKES, 1);
          sched.addExecStat(SCE_GIL_WAIT_NS, after - before);
          if (gil.lastTakeWasHandover) sched.addExecStat(SCE_HANDOVERS, 1);
          tracer?.event(
            after,
            'gil_take',
            sched.tid(t),
            `,"wait_ns":${Math.round(after - before)}${gil.lastTakeWasHandover ? ',"handover":true' : ''}`,
          );
          now = after;
          if (sched.runState !== RunState.RUNNING) {
            holding = true;
            break;
          }
        }
        holding = true;
      }
      const gilSwitch = useGil && sched.noteGilThread(t);
      if (carried === 0) {
        sched.accountWait(t, now);
        sched.traceState(now, t, 'runnable', 'running', '');
      }
      carried = 0 as Ref;
      sched.current = t;
      lastThread = t;
      const start = now;
      const status = runner.runSlice(t, sched.switchInterval);
      sched.current = 0 as Ref;
      const end = sched.now();
      const instructions = runner.lastInstructions;
      const segmentStart = runner.lastSegmentStart || start;
      sched.accountSlice(t, segmentStart, end, instructions, gilSwitch); // the slice's GIL acquisition, counted once
      sched.addExecStat(SCE_SLICES, 1);
      sched.addExecStat(SCE_BUSY_NS, end - segmentStart);
      now = end;
      switch (status) {
        case SliceStatus.YIELDED:
          // the run ended during the slice: the thread stays as it is (one abandoned inside
          // a nested wait keeps its BLOCKING record: requeued, a deadlock found there was
          // reported as "all 0 live threads are blocked")
          if (sched.runState !== RunState.RUNNING) break;
          if (sched.nothingElseToRun(end) && !(useGil && gil.hasWaiters())) {
            // Fast path: the only runnable thread keeps running (still one slice each
            // time: accounting, the switch interval and sys.setswitchinterval apply).
            carried = t;
            break;
          }
          sched.requeue(t, end, instructions);
          if (useGil && gil.hasWaiters()) {
            tracer?.event(end, 'gil_drop', sched.tid(t), ',"why":"switch"');
            gil.dropForSwitch();
            holding = false;
            now = sched.now();
          }
          break;
        case SliceStatus.BLOCKED:
          sched.park(t, end, instructions);
          if (useGil) {
            tracer?.event(end, 'gil_drop', sched.tid(t), ',"why":"block"');
            // with a spare (one worker), a thread pinned on it goes first (determinism)
            if (spares > 0) gil.dropForSwitch();
            else gil.drop();
            holding = false;
          }
          break;
        case SliceStatus.FINISHED:
        case SliceStatus.ERROR:
          sched.finish(t, end, instructions, status === SliceStatus.ERROR);
          if (useGil && gil.hasWaiters()) {
            tracer?.event(end, 'gil_drop', sched.tid(t), ',"why":"finish"');
            if (spares > 0) gil.dropForSwitch();
            else gil.drop();
            holding = false;
          }
          break;
        default:
          throw new Error(`runSlice returned an unknown status ${String(status)}`);
      }
    }
  } finally {
    if (holding && useGil && gil.held()) {
      tracer?.event(sched.now(), 'gil_drop', lastThread === 0 ? 0 : sched.tid(lastThread as Ref), ',"why":"exit"');
      gil.drop();
    }
    tracer?.flush();
  }
  return { state: sched.runState };
}

/**
 * The spare executor (GIL mode, --workers 1): a second JS stack for the one executor's
 * threads. A thread inside a nested eval loop (native code calling back into Python) is
 * pinned to its executor's JS stack; at a nested slice boundary with other threads in the
 * queue (vm/nested-slices.ts) its executor asks the spare for one slice and hands the GIL
 * over (Gil.handOver: it stays announced as a waiter, so the spare's slice ends exactly at
 * the switch interval, as the executor loop's would). The spare never pops on its own:
 * only on a request, one thread, one slice, then it drops the GIL back. The spare's
 * thread may itself be pinned in a nested loop; then the two executors alternate on the
 * GIL at their threads' slice boundaries. Every decision is taken by the GIL holder from
 * the queue order and instruction counts, so --workers 1 stays deterministic.
 * A thread waiting inside a nested loop (threads.ts nestedWait) asks a spare too, with any
 * worker count: it keeps its JS stack, and a thread run on top of it that waits as well
 * could never return. When every spare is busy it has the supervisor start one more
 * (Scheduler.addSpare, up to MAX_SPARES; ids after the regular executors'), so each
 * waiting thread has a stack of its own. Without the GIL the same (gil.take is a no-op):
 * the spare's slice runs in parallel with the others, and the waiter polls meanwhile.
 */
export function runSpareLoop(sched: Scheduler, gil: Gil, runner: SliceRunner): LoopOutcome {
  const tracer = sched.tracer;
  try {
    while (sched.awaitSpareRequest()) {
      const before = sched.now();
      if (!gil.take()) break;
      let now = sched.now();
      sched.addExecStat(SCE_GIL_TAKES, 1);
      sched.addExecStat(SCE_GIL_WAIT_NS, now - before);
      if (gil.lastTakeWasHandover) sched.addExecStat(SCE_HANDOVERS, 1);
      const t = sched.popRunnable(now);
      let timerAdded = false;
      if (t !== 0) {
        tracer?.event(now, 'gil_take', sched.tid(t), `,"wait_ns":${Math.round(now - before)}${gil.lastTakeWasHandover ? ',"handover":true' : ''}`);
        const gilSwitch = sched.noteGilThread(t);
        sched.accountWait(t, now);
        sched.traceState(now, t, 'runnable', 'running', '');
        sched.current = t;
        const start = now;
        const status = runner.runSlice(t, sched.switchInterval);
        sched.current = 0 as Ref;
        const end = sched.now();
        const instructions = runner.lastInstructions;
        const segmentStart = runner.lastSegmentStart || start;
        sched.accountSlice(t, segmentStart, end, instructions, gilSwitch);
        sched.addExecStat(SCE_SLICES, 1);
        sched.addExecStat(SCE_BUSY_NS, end - segmentStart);
        now = end;
        if (status === SliceStatus.YIELDED) {
          if (sched.runState === RunState.RUNNING) sched.requeue(t, end, instructions); // (as runExecutorLoop)
        } else if (status === SliceStatus.BLOCKED) {
          sched.park(t, end, instructions);
          // a timed wait (sleep, a lock or queue timeout): the regular executors that went
          // idle while this thread ran here timed their sleep without its deadline (a
          // regular executor that parks a thread goes idle itself and sees it; the spare
          // waits for requests): wake one to take the timer, or the thread sleeps forever
          timerAdded = sched.deadlineOf(t) !== Infinity;
        } else sched.finish(t, end, instructions, status === SliceStatus.ERROR);
        tracer?.event(now, 'gil_drop', sched.tid(t), `,"why":"spare"`);
      }
      // free again before the GIL is: its next holder must not find the spare busy and
      // run the queue on its own stack instead (threads.ts nestedWait)
      sched.spareDone();
      if (gil.held()) gil.drop();
      // a thread made runnable while the spare held the GIL (the one it ran finished and
      // woke a joiner) was left to the GIL's holder by the regular executor, which may be
      // idle now: wake it, as a regular executor looks at the queue before it goes idle
      if (timerAdded || !sched.nothingElseToRun(sched.now())) sched.wakeIdleExecutor();
    }
  } finally {
    tracer?.flush();
  }
  return { state: sched.runState };
}

// ---------------------------------------------------------------- worker side

async function workerMain(data: ExecutorWorkerData): Promise<void> {
  let startupSlot = data.startupCpu === null ? -1 : adoptStartupCpuBuffer(data.startupCpu);
  let loadedNs = 0;
  if ((data as unknown as Partial<PrestartWorkerData>).prestart === true) {
    // pre-started: load the VM now, while the program still runs single-threaded
    const prestart = data as unknown as PrestartWorkerData;
    const module = (await import(prestart.runnerModule)) as Record<string, unknown>;
    if (typeof module['prepareRunner'] === 'function') await (module['prepareRunner'] as () => Promise<void>)();
    const early = prestart.startupCpu === null;
    if (!early) loadedNs = recordExecutorStartup(startupSlot, 0);
    data = await new Promise<ExecutorWorkerData>((resolve) => {
      parentPort!.once('message', (message: { type: 'start'; data: ExecutorWorkerData }) => resolve(message.data));
    });
    if (early) {
      // started by bin/gilvm.js (supervisor.ts adoptEarlyExecutors): the buffer came now;
      // the thread's CPU time so far is its loading, as recorded above for the others
      startupSlot = adoptStartupCpuBuffer(data.startupCpu);
      loadedNs = recordExecutorStartup(startupSlot, 0);
    }
  }
  const heap = Heap.attach(data.buffer, data.executor);
  const tracer =
    data.tracePath === null
      ? null
      : new Tracer(data.tracePath, data.executor, heap.i32, Scheduler.traceSeqWord(data.controlBlock as Ref));
  const sched = new Scheduler(heap, data.controlBlock as Ref, data.executor, tracer);
  try {
    const module = (await import(data.runnerModule)) as Record<string, unknown>;
    const factory = module[data.runnerExport];
    if (typeof factory !== 'function') {
      throw new Error(`${data.runnerModule} has no runner factory '${data.runnerExport}'`);
    }
    const runner = await (factory as RunnerFactory)({ heap, scheduler: sched, executor: data.executor, options: data.runnerOptions });
    const gil = new Gil(heap, data.executor, data.gilSpin, sched.stateWord);
    recordExecutorStartup(startupSlot, loadedNs); // time.process_time() leaves it out (cpuclock.ts)
    parentPort!.postMessage({ type: 'ready', executor: data.executor } satisfies ExecutorMessage);
    sched.awaitRelease();
    const outcome = data.spare === true ? runSpareLoop(sched, gil, runner) : runExecutorLoop(sched, gil, runner);
    parentPort!.postMessage({ type: 'stopped', executor: data.executor, state: outcome.state } satisfies ExecutorMessage);
  } catch (error) {
    sched.markFatal(data.executor);
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({
      type: 'fatal',
      executor: data.executor,
      message: e.message,
      stack: e.stack ?? '',
    } satisfies ExecutorMessage);
  } finally {
    tracer?.close();
  }
}

// ---------------------------------------------------------------- starting workers

/** Module-loader hook source for running workers from .ts sources (see the module comment). */
function sourceLoaderSource(transformerUrl: string, useRolldown: boolean): string {
  return `
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const transformer = await import(${JSON.stringify(transformerUrl)});
function strip(path, source) {
  ${
    useRolldown
      ? `const out = transformer.transformSync(path, source, { lang: 'ts' });
  if (out.errors && out.errors.length) throw new Error(path + ': ' + out.errors.map((e) => e.message).join('; '));
  return out.code;`
      : `const ts = transformer.default ?? transformer;
  return ts.transpileModule(source, { fileName: path, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;`
  }
}
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && context.parentURL && context.parentURL.startsWith('file:') &&
      (specifier.startsWith('.') || specifier.startsWith('file:'))) {
    const url = new URL(specifier, context.parentURL);
    if (!existsSync(fileURLToPath(url))) {
      const ts = new URL(url.href.slice(0, -3) + '.ts');
      if (existsSync(fileURLToPath(ts))) return { url: ts.href, format: 'module', shortCircuit: true };
    }
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.ts')) {
    const path = fileURLToPath(url);
    return { format: 'module', source: strip(path, await readFile(path, 'utf8')), shortCircuit: true };
  }
  return next(url, context);
}
`;
}

/**
 * How to start a worker whose entry module is `moduleUrl`: directly when it is built
 * JavaScript, or (a .ts source, under vitest) through an eval'd bootstrap that installs
 * the TypeScript loader hook first.
 */
export function workerSpecFor(moduleUrl: string): { filename: string | URL; options: WorkerOptions } {
  if (!moduleUrl.endsWith('.ts')) return { filename: new URL(moduleUrl), options: {} };
  const require = createRequire(import.meta.url);
  let transformerUrl: string;
  let useRolldown = true;
  try {
    transformerUrl = pathToFileURL(require.resolve('rolldown/utils')).href;
  } catch {
    transformerUrl = pathToFileURL(require.resolve('typescript')).href;
    useRolldown = false;
  }
  const loaderUrl = 'data:text/javascript,' + encodeURIComponent(sourceLoaderSource(transformerUrl, useRolldown));
  const bootstrap =
    `const { register } = require('node:module');\n` +
    `register(${JSON.stringify(loaderUrl)});\n` +
    `import(${JSON.stringify(moduleUrl)}).catch((e) => { require('node:fs').writeSync(2, 'gilvm: worker failed to load: ' + (e && e.message) + '\\n'); process.exit(70); });\n`;
  return { filename: bootstrap, options: { eval: true } };
}

/** How to start an executor worker (this module as the entry). */
export function executorWorkerSpec(): { filename: string | URL; options: WorkerOptions } {
  // from the bundle (dist/bundle/gilvm.cjs, scripts/bundle.mjs): its worker entry, which loads it
  const spec = workerSpecFor(import.meta.url.endsWith('.cjs') ? new URL('./executor-worker.cjs', import.meta.url).href : import.meta.url);
  return { filename: spec.filename, options: { ...spec.options, resourceLimits: { stackSizeMb: EXECUTOR_STACK_MB } } };
}

/**
 * The JS stack of an executor's thread, MB. Python calls never use it, but a native calling
 * back into Python does (a __repr__ / property / __getitem__ called by a native, a
 * generator consumed by sum(): vm/stackguard.ts), a few KB per level: Node's default 4 MB
 * gave ~2,000 such levels where CPython's 8 MB C stack gives ~10,000-20,000 (a recursion
 * through `1 + sum(f(c) for c in kids)` of depth 10,000 under sys.setrecursionlimit). Only
 * touched pages of it cost memory.
 */
const EXECUTOR_STACK_MB = 256;

/** Default spin rounds (re-exported for the CLI's help and the bench). */
export { DEFAULT_GIL_SPIN };

// In the bundle, its worker entry (executor-worker.cjs, scripts/bundle.mjs) marks the isolate
// first, so that the main thread's start does not load worker_threads to ask (~1 ms).
const IN_BUNDLE = import.meta.url.endsWith('.cjs');
if (IN_BUNDLE
  ? (globalThis as { __gilvmExecutorWorker?: boolean }).__gilvmExecutorWorker === true
  : !isMainThread && (workerData as { kind?: string } | null)?.kind === EXECUTOR_WORKER_KIND) {
  void workerMain(workerData as ExecutorWorkerData);
}
