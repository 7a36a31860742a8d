/*
 * Test harness: runs fake threads (fake-runner.ts) on real executor workers through the
 * Supervisor, with an optional trace, and hands back everything the tests check.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Ref } from '../../src/heap/layout.js';
import { allocRaw } from '../../src/heap/alloc.js';
import { Heap } from '../../src/heap/memory.js';
import { Supervisor, type RunOutcome } from '../../src/vm/supervisor.js';
import { readTrace, type TraceEvent } from '../../src/vm/stats.js';
import { makeFakeThreadState, type FakeOp } from './fake-runner.js';

export interface FakeThreadSpec {
  name: string;
  daemon?: boolean;
  /** JOIN args may be written as { join: index } (resolved to that thread's record). */
  ops: (FakeOp | { join: number })[];
}

export interface FakeRun {
  heap: Heap;
  outcome: RunOutcome;
  threads: Ref[];
  states: Ref[];
  events: TraceEvent[];
  /** Highest number of executors seen inside a slice at once. */
  maxInside: number;
  stderr: string;
  supervisor: Supervisor;
}

export interface FakeRunOptions {
  workers: number;
  noGil?: boolean;
  switchInterval: number;
  trace?: boolean;
  stats?: boolean;
  workPerInstruction?: number;
  /** Number of lock words to allocate (byte offsets passed to build). */
  locks?: number;
  gilSpin?: number;
  /** Runner factory export (default createSliceRunner). */
  runnerExport?: string;
  /** Install the supervisor's SIGINT handler (default false). */
  handleSignals?: boolean;
  /** Called once the run started (the supervisor's event loop is free meanwhile). */
  during?: (supervisor: Supervisor, threads: Ref[]) => Promise<void>;
}

export const FAKE_RUNNER_URL = new URL('./fake-runner.ts', import.meta.url).href;

/** `build(locks)` returns the thread specs; locks are byte offsets of zeroed lock words. */
export async function runFake(options: FakeRunOptions, build: (locks: number[]) => FakeThreadSpec[]): Promise<FakeRun> {
  const heap = Heap.create({ maxBytes: 64 << 20 });
  const check = allocRaw(heap, 16);
  heap.i32.fill(0, check >> 2, (check >> 2) + 4);
  const locks: number[] = [];
  for (let k = 0; k < (options.locks ?? 0); k++) {
    const lock = allocRaw(heap, 8);
    heap.i32[lock >> 2] = 0;
    locks.push(lock);
  }
  const tracePath = options.trace
    ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gilvm-trace-')), 'trace.jsonl')
    : null;
  let stderr = '';
  const supervisor = new Supervisor(heap, {
    workers: options.workers,
    noGil: options.noGil,
    switchInterval: options.switchInterval,
    runnerModule: FAKE_RUNNER_URL,
    runnerExport: options.runnerExport,
    runnerOptions: {
      checkWord: check >> 2,
      maxWord: (check >> 2) + 1,
      workPerInstruction: options.workPerInstruction ?? 1,
    },
    tracePath,
    stats: options.stats,
    gilSpin: options.gilSpin,
    handleSignals: options.handleSignals === true,
    writeStderr: (text) => {
      stderr += text;
    },
  });
  const sched = supervisor.scheduler;
  const specs = build(locks);
  const threads = specs.map((spec, k) =>
    sched.createThread({ name: spec.name, daemon: spec.daemon === true, main: k === 0 }),
  );
  const states = specs.map((spec) => {
    const ops: FakeOp[] = spec.ops.map((op) => (Array.isArray(op) ? op : [5 /* OP_JOIN */, threads[op.join]!]));
    return makeFakeThreadState(heap, ops);
  });
  threads.forEach((t, k) => sched.setThreadState(t, states[k]!));
  for (const t of threads) sched.startThread(t);
  const running = supervisor.run();
  if (options.during) await options.during(supervisor, threads);
  const outcome = await running;
  const events = tracePath === null ? [] : readTrace(tracePath);
  return {
    heap,
    outcome,
    threads,
    states,
    events,
    maxInside: heap.i32[(check >> 2) + 1]!,
    stderr,
    supervisor,
  };
}

/** The trace without its timing fields: what must be identical between --workers 1 runs. */
export function traceShape(events: TraceEvent[]): string[] {
  return events.map((e) => {
    const { seq: _seq, ts: _ts, wait_ns: _wait, ...rest } = e;
    return JSON.stringify(rest);
  });
}
