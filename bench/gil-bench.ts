/*
 * GIL benchmarks (issue 5 "Speed"): numbers only; bench/run.ts formats them.
 *
 * runGilBench() returns:
 *   handover[]  GIL hand-over latency between two executors (worker_threads), in ns: the
 *               time from the holder's drop (it stores the drop time, then dropForSwitch)
 *               to the moment the waiting executor owns the GIL, read on the shared
 *               monotonic clock. Two regimes: `holdUs` 0 (the waiter is still spinning
 *               when the GIL comes free) and a hold longer than the spin window (the
 *               waiter sleeps in Atomics.wait and must be woken by notify), each with the
 *               default spin and with spin 0 (pure futex), so the spin's effect shows.
 *   checks      single-thread cost of the GIL machinery around slices: one CPU-bound
 *               fake thread run (a) by calling runSlice in a bare loop, (b) through the
 *               executor loop with the GIL (clock reads, accounting, the waiter check,
 *               the run-queue peek), (c) the same in no-GIL mode. Reported as ns per
 *               slice boundary and as % of the run time at each switch interval. The
 *               fake "instruction" is ~1-3 ns of arithmetic, much cheaper than a real
 *               bytecode, so that % is an upper bound for the interpreter:
 *               `percentAtInterpreterSpeed` rescales it to `interpreterNsPerInstruction`.
 *               The per-instruction part of the checks (the loop's budget counter) is
 *               the interpreter's and is measured by the VM bench.
 *
 *   classic     the classic demo's shape with fake instructions: two CPU-bound threads on
 *               two executors under the GIL vs one thread doing both (wall time from the
 *               executors' release; worker start-up excluded), and the hand-overs.
 *
 * The module is also the hand-over workers' entry (workerData.kind === 'gil-bench') and
 * the runner module of the classic run's executors (createSliceRunner).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Ref } from '../src/heap/layout.js';
import { allocRaw } from '../src/heap/alloc.js';
import { Heap } from '../src/heap/memory.js';
import { DEFAULT_GIL_SPIN, Gil, gilFormat } from '../src/vm/gil.js';
import { runExecutorLoop, SliceStatus, workerSpecFor, type RunnerContext, type SliceRunner } from '../src/vm/executor.js';
import { DEFAULT_SWITCH_INTERVAL, Scheduler } from '../src/vm/scheduler.js';
import { Supervisor, type RunOutcome } from '../src/vm/supervisor.js';
import { Clock } from '../src/vm/stats.js';

export interface HandoverResult {
  spin: number;
  holdUs: number;
  handovers: number;
  /** Mean ns from drop to the other executor owning the GIL. */
  meanNs: number;
  /** Median. */
  medianNs: number;
}

export interface CheckCostResult {
  switchInterval: number;
  /** Slices of the boundary measurement (at interval 100). */
  slices: number;
  /** ns per slice boundary: executor loop with the GIL minus the bare loop. */
  gilBoundaryNs: number;
  /** Same in no-GIL mode. */
  noGilBoundaryNs: number;
  /** Overhead of the GIL executor loop over the bare loop, % (fake instructions). */
  gilPercent: number;
  noGilPercent: number;
  fakeNsPerInstruction: number;
  interpreterNsPerInstruction: number;
  /** gilBoundaryNs as a % of a slice of real interpreter instructions. */
  percentAtInterpreterSpeed: number;
}

export interface ClassicResult {
  workers: number;
  switchInterval: number;
  instructionsPerThread: number;
  /** Wall ns (executors released -> run done) of two threads of N instructions each. */
  threadedNs: number;
  /** One thread of 2N instructions, same executors. */
  sequentialNs: number;
  /** threadedNs / sequentialNs (CPython 3.11: about 1.0; the target <= 1.10). */
  ratio: number;
  /** GIL hand-overs between executors in the threaded run. */
  handovers: number;
}

export interface GilBenchResult {
  handover: HandoverResult[];
  checks: CheckCostResult[];
  classic: ClassicResult;
}

// ---------------------------------------------------------------- hand-over workers

interface HandoverWorkerData {
  kind: 'gil-bench';
  buffer: SharedArrayBuffer;
  executor: number;
  rounds: number;
  holdUs: number;
  spin: number;
  /** f64 index of the shared "dropped at" slot. */
  dropSlot: number;
  /** i32 index of the start barrier. */
  barrier: number;
  startNs: string;
}

function handoverWorker(data: HandoverWorkerData): void {
  const heap = Heap.attach(data.buffer, data.executor);
  const clock = new Clock(BigInt(data.startNs));
  const gil = new Gil(heap, data.executor, data.spin);
  const f64 = heap.f64;
  const latencies: number[] = [];
  const i32 = heap.i32;
  Atomics.add(i32, data.barrier, 1);
  while (Atomics.load(i32, data.barrier) < 2);
  const holdNs = data.holdUs * 1000;
  for (let r = 0; r < data.rounds; r++) {
    gil.take();
    const got = clock.now();
    if (gil.lastTakeWasHandover) latencies.push(got - f64[data.dropSlot]!);
    if (holdNs > 0) while (clock.now() - got < holdNs);
    // Drop only once the other executor waits (as the executor loop does at a slice end),
    // so every round is a hand-over; stop waiting once the other one has finished.
    while (!gil.hasWaiters() && Atomics.load(i32, data.barrier + 1) === 0);
    f64[data.dropSlot] = clock.now();
    gil.dropForSwitch();
  }
  Atomics.store(i32, data.barrier + 1, 1);
  parentPort!.postMessage(latencies);
}

async function measureHandover(spin: number, holdUs: number, rounds: number): Promise<HandoverResult> {
  const heap = Heap.create({ maxBytes: 4 << 20 });
  gilFormat(heap, false);
  const slot = allocRaw(heap, 16);
  const startNs = process.hrtime.bigint();
  const spec = workerSpecFor(import.meta.url);
  const barrier = (slot >> 2) + 2;
  heap.i32[barrier] = 0;
  heap.i32[barrier + 1] = 0; // set by the first worker to finish
  const results = await Promise.all(
    [0, 1].map(
      (executor) =>
        new Promise<number[]>((resolve, reject) => {
          const data: HandoverWorkerData = {
            kind: 'gil-bench',
            buffer: heap.buffer,
            executor,
            rounds,
            holdUs,
            spin,
            dropSlot: slot >> 3,
            barrier,
            startNs: startNs.toString(),
          };
          const worker = new Worker(spec.filename, { ...spec.options, workerData: data });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const all = results.flat().sort((a, b) => a - b);
  const mean = all.reduce((s, x) => s + x, 0) / Math.max(1, all.length);
  return { spin, holdUs, handovers: all.length, meanNs: Math.round(mean), medianNs: Math.round(all[all.length >> 1] ?? 0) };
}

// ---------------------------------------------------------------- single-thread check cost

const BR_REMAIN = 0;

/** A compute-only runner: the thread state block holds the instructions left. */
class ComputeRunner implements SliceRunner {
  lastInstructions = 0;
  sink = 0;
  constructor(
    private readonly i32: Int32Array,
    private readonly stateOf: (t: Ref) => number,
  ) {}

  runSlice(thread: Ref, budget: number): SliceStatus {
    const w = (this.stateOf(thread) + BR_REMAIN) >> 2;
    const remain = this.i32[w]!;
    const n = remain < budget ? remain : budget;
    let x = this.sink | 0;
    for (let k = 0; k < n; k++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    this.sink = x;
    this.i32[w] = remain - n;
    this.lastInstructions = n;
    return remain - n === 0 ? SliceStatus.FINISHED : SliceStatus.YIELDED;
  }
}

function timeBare(total: number, interval: number): number {
  const heap = Heap.create({ maxBytes: 4 << 20 });
  const state = allocRaw(heap, 8);
  heap.i32[state >> 2] = total;
  const runner = new ComputeRunner(heap.i32, () => state);
  const t0 = process.hrtime.bigint();
  while (runner.runSlice(0 as Ref, interval) === SliceStatus.YIELDED);
  return Number(process.hrtime.bigint() - t0);
}

function timeLoop(total: number, interval: number, noGil: boolean): number {
  const heap = Heap.create({ maxBytes: 4 << 20 });
  const block = Scheduler.format(heap, { workers: 1, switchInterval: interval, noGil });
  const sched = new Scheduler(heap, block, 0);
  const state = allocRaw(heap, 8);
  heap.i32[state >> 2] = total;
  sched.spawn({ name: 'MainThread', main: true, threadState: state });
  const runner = new ComputeRunner(heap.i32, (t) => sched.threadState(t));
  const gil = new Gil(heap, 0, DEFAULT_GIL_SPIN, sched.stateWord);
  const t0 = process.hrtime.bigint();
  runExecutorLoop(sched, gil, runner);
  return Number(process.hrtime.bigint() - t0);
}

/**
 * The boundary cost is measured with short slices (so it dominates and the difference is
 * well above the noise), the three variants interleaved and the best of 7 kept; the %
 * at each switch interval is then boundary / (interval x ns per instruction).
 */
function measureBoundary(): { bareNsPerInstruction: number; gilBoundaryNs: number; noGilBoundaryNs: number } {
  const interval = 100;
  const slices = 100_000;
  const total = interval * slices;
  let bare = Infinity;
  let gil = Infinity;
  let noGil = Infinity;
  for (let rep = 0; rep < 7; rep++) {
    bare = Math.min(bare, timeBare(total, interval));
    gil = Math.min(gil, timeLoop(total, interval, false));
    noGil = Math.min(noGil, timeLoop(total, interval, true));
  }
  // The bare loop at a long interval gives the pure per-instruction cost.
  let perInstruction = Infinity;
  for (let rep = 0; rep < 5; rep++) perInstruction = Math.min(perInstruction, timeBare(total, total) / total);
  const bareBoundary = Math.max(0, bare / slices - interval * perInstruction);
  return {
    bareNsPerInstruction: perInstruction,
    gilBoundaryNs: Math.max(0, gil / slices - interval * perInstruction - bareBoundary),
    noGilBoundaryNs: Math.max(0, noGil / slices - interval * perInstruction - bareBoundary),
  };
}

function checkCosts(intervals: number[], interpreterNsPerInstruction: number): CheckCostResult[] {
  const m = measureBoundary();
  return intervals.map((interval) => ({
    switchInterval: interval,
    slices: 100_000,
    gilBoundaryNs: Math.round(m.gilBoundaryNs),
    noGilBoundaryNs: Math.round(m.noGilBoundaryNs),
    gilPercent: (m.gilBoundaryNs / (interval * m.bareNsPerInstruction)) * 100,
    noGilPercent: (m.noGilBoundaryNs / (interval * m.bareNsPerInstruction)) * 100,
    fakeNsPerInstruction: m.bareNsPerInstruction,
    interpreterNsPerInstruction,
    percentAtInterpreterSpeed: (m.gilBoundaryNs / (interval * interpreterNsPerInstruction)) * 100,
  }));
}

// ---------------------------------------------------------------- the classic demo, fake

/** Runner factory for the executor workers of the classic-demo bench (this module). */
export function createSliceRunner(context: RunnerContext): SliceRunner {
  return new ComputeRunner(context.heap.i32, (t) => context.scheduler.threadState(t));
}

async function timeFakeRun(workers: number, switchInterval: number, perThread: number[]): Promise<RunOutcome> {
  const heap = Heap.create({ maxBytes: 16 << 20 });
  const supervisor = new Supervisor(heap, {
    workers,
    switchInterval,
    runnerModule: import.meta.url,
    handleSignals: false,
  });
  perThread.forEach((instructions, k) => {
    const state = allocRaw(heap, 8);
    heap.i32[state >> 2] = instructions;
    const t = supervisor.scheduler.createThread({ name: k === 0 ? 'MainThread' : `Thread-${k}`, main: k === 0, threadState: state });
    supervisor.scheduler.startThread(t);
  });
  return supervisor.run();
}

/**
 * The classic demo's shape with fake instructions: two CPU-bound threads under the GIL
 * on two executors against one thread doing both halves. The best of 3 of each.
 */
async function measureClassic(workers: number, switchInterval: number, perThread: number): Promise<ClassicResult> {
  let threaded = Infinity;
  let sequential = Infinity;
  let handovers = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t = await timeFakeRun(workers, switchInterval, [perThread, perThread]);
    if (t.stats.wallNs < threaded) {
      threaded = t.stats.wallNs;
      handovers = t.stats.executors.reduce((n, e) => n + e.handovers, 0);
    }
    const s = await timeFakeRun(workers, switchInterval, [2 * perThread]);
    sequential = Math.min(sequential, s.stats.wallNs);
  }
  return {
    workers,
    switchInterval,
    instructionsPerThread: perThread,
    threadedNs: Math.round(threaded),
    sequentialNs: Math.round(sequential),
    ratio: threaded / sequential,
    handovers,
  };
}

export interface GilBenchOptions {
  handoverRounds?: number;
  /** Switch intervals to measure the check cost at. */
  intervals?: number[];
  /** The real loop's ns per bytecode, for percentAtInterpreterSpeed (the lead measures it). */
  interpreterNsPerInstruction?: number;
  /** Fake instructions per thread in the classic-demo run (default 50M, ~0.1 s). */
  classicInstructions?: number;
  classicSwitchInterval?: number;
}

export async function runGilBench(options: GilBenchOptions = {}): Promise<GilBenchResult> {
  const rounds = options.handoverRounds ?? 2000;
  const handover: HandoverResult[] = [];
  for (const spin of [DEFAULT_GIL_SPIN, 0]) {
    handover.push(await measureHandover(spin, 0, rounds));
    handover.push(await measureHandover(spin, 200, Math.max(200, rounds >> 2)));
  }
  const checks = checkCosts(options.intervals ?? [1000, 10_000, 100_000], options.interpreterNsPerInstruction ?? 10);
  const classic = await measureClassic(2, options.classicSwitchInterval ?? DEFAULT_SWITCH_INTERVAL, options.classicInstructions ?? 50_000_000);
  return { handover, checks, classic };
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === 'gil-bench') {
  handoverWorker(workerData as HandoverWorkerData);
}
