// The scheduler (src/vm/scheduler.ts): block/wake semantics in-process, then whole runs
// on executor workers with the fake runner: --workers 1 determinism, sleep, join,
// deadlock report, daemon threads, errors, the --stats table.
import { describe, expect, it } from 'vitest';
import type { Ref } from '../../src/heap/layout.js';
import { Heap } from '../../src/heap/memory.js';
import { RunState, Scheduler } from '../../src/vm/scheduler.js';
import type { Supervisor } from '../../src/vm/supervisor.js';
import { ThreadStatus, WaitKind } from '../../src/vm/sched-record.js';
import type { TraceEvent } from '../../src/vm/stats.js';
import { fakeInstructions, OP_ACQUIRE, OP_COMPUTE, OP_FAIL, OP_RELEASE, OP_SLEEP } from './fake-runner.js';
import { runFake, traceShape } from './fake-harness.js';

function inProcess(): Scheduler {
  const heap = Heap.create({ maxBytes: 8 << 20 });
  const block = Scheduler.format(heap, { workers: 1, switchInterval: 100 });
  return new Scheduler(heap, block, 0);
}

function stateEvents(events: TraceEvent[], tid: number): string[] {
  return events.filter((e) => e.ev === 'state' && e.tid === tid).map((e) => `${e['from']}->${e['to']}`);
}

describe('scheduler in one thread', () => {
  it('runs the queue FIFO and requeues at the tail', () => {
    const s = inProcess();
    const a = s.spawn({ name: 'a', main: true });
    const b = s.spawn({ name: 'b' });
    const now = s.now();
    expect(s.popRunnable(now)).toBe(a);
    expect(s.status(a)).toBe(ThreadStatus.RUNNING);
    s.requeue(a, now, 100);
    expect(s.popRunnable(now)).toBe(b);
    expect(s.popRunnable(now)).toBe(a);
    expect(s.popRunnable(now)).toBe(0);
    expect(s.tid(a)).toBe(1);
    expect(s.threadName(b)).toBe('b');
    expect(s.mainThread).toBe(a);
  });

  it('a wake before block leaves a permit; a wake while BLOCKING requeues instead of parking', () => {
    const s = inProcess();
    const a = s.spawn({ name: 'a', main: true });
    const now = s.now();
    s.popRunnable(now);
    expect(s.wake(a)).toBe(false); // running: permit
    expect(s.block(a, WaitKind.LOCK, 64)).toBe(false); // permit consumed
    expect(s.block(a, WaitKind.LOCK, 64)).toBe(true);
    expect(s.status(a)).toBe(ThreadStatus.BLOCKING);
    expect(s.wakeWaiters(WaitKind.LOCK, 64, 1)).toBe(1); // pending wake
    s.park(a, now, 5);
    expect(s.status(a)).toBe(ThreadStatus.RUNNABLE);
    expect(s.popRunnable(now)).toBe(a);
    expect(s.block(a, WaitKind.LOCK, 64)).toBe(true);
    s.park(a, now, 1);
    expect(s.status(a)).toBe(ThreadStatus.BLOCKED);
    expect(s.wakeWaiters(WaitKind.LOCK, 72, 1)).toBe(0); // another object
    expect(s.wakeWaiters(WaitKind.LOCK, 64, 1)).toBe(1);
    expect(s.status(a)).toBe(ThreadStatus.RUNNABLE);
  });

  it('cancelBlock returns to RUNNING', () => {
    const s = inProcess();
    const a = s.spawn({ main: true });
    s.popRunnable(s.now());
    expect(s.block(a, WaitKind.LOCK, 64)).toBe(true);
    s.cancelBlock(a);
    expect(s.status(a)).toBe(ThreadStatus.RUNNING);
  });

  it('timers release expired sleepers in deadline order, flagged timed out', () => {
    const s = inProcess();
    const a = s.spawn({ name: 'a', main: true });
    const b = s.spawn({ name: 'b' });
    const t0 = s.now();
    s.popRunnable(t0);
    s.block(a, WaitKind.SLEEP, 0, t0 + 2e6);
    s.park(a, t0, 1);
    s.popRunnable(t0);
    s.block(b, WaitKind.SLEEP, 0, t0 + 1e6);
    s.park(b, t0, 1);
    expect(s.popRunnable(t0)).toBe(0);
    const idle = s.idleDecision(t0);
    expect(idle.kind).toBe('wait');
    if (idle.kind === 'wait') expect(idle.timeoutMs).toBeCloseTo(1, 0);
    s.idleWait({ timeoutMs: 0, futex: -1 }); // balance the idle count
    expect(s.popRunnable(t0 + 3e6)).toBe(b); // b's deadline is earlier
    expect(s.timedOut(b)).toBe(true);
    expect(s.popRunnable(t0 + 3e6)).toBe(a);
    expect(s.timedOut(a)).toBe(true);
  });

  it('join: block returns false when the target already finished; finish wakes joiners', () => {
    const s = inProcess();
    const main = s.spawn({ name: 'main', main: true });
    const worker = s.spawn({ name: 'w' });
    const now = s.now();
    s.popRunnable(now);
    expect(s.block(main, WaitKind.JOIN, worker)).toBe(true);
    s.park(main, now, 1);
    expect(s.popRunnable(now)).toBe(worker);
    s.finish(worker, now, 10, false);
    expect(s.status(main)).toBe(ThreadStatus.RUNNABLE);
    expect(s.popRunnable(now)).toBe(main);
    expect(s.block(main, WaitKind.JOIN, worker)).toBe(false);
    s.finish(main, now, 1, false);
    expect(s.runState).toBe(RunState.DONE);
  });

  it('idleDecision declares a deadlock when every live thread is blocked without a deadline', () => {
    const s = inProcess();
    const a = s.spawn({ name: 'a', main: true });
    const now = s.now();
    s.popRunnable(now);
    s.block(a, WaitKind.LOCK, 64);
    s.park(a, now, 1);
    expect(s.idleDecision(now).kind).toBe('stop');
    expect(s.runState).toBe(RunState.DEADLOCK);
  });

  it('a thread waiting for input is not a deadlock', () => {
    const s = inProcess();
    const a = s.spawn({ name: 'a', main: true });
    const now = s.now();
    s.popRunnable(now);
    s.block(a, WaitKind.INPUT, 0);
    s.park(a, now, 1);
    expect(s.idleDecision(now).kind).toBe('wait');
    expect(s.runState).toBe(RunState.RUNNING);
  });

  it('interruptMain flags and wakes a blocked main thread', () => {
    const s = inProcess();
    const a = s.spawn({ name: 'a', main: true });
    const now = s.now();
    s.popRunnable(now);
    s.block(a, WaitKind.SLEEP, 0, now + 1e12);
    s.park(a, now, 1);
    expect(s.interruptMain()).toBe(true);
    expect(s.status(a)).toBe(ThreadStatus.RUNNABLE);
    expect(s.interruptMain()).toBe(false); // the first one was not taken yet
    expect(s.takeInterrupt(a)).toBe(true);
    expect(s.takeInterrupt(a)).toBe(false);
  });
});

/** Three threads: two fight over a lock while computing, the main one joins both. */
function lockProgram(locks: number[]) {
  const [lock] = locks as [number];
  const worker = (n: number): [number, number][] => [
    [OP_COMPUTE, 700 * n],
    [OP_ACQUIRE, lock],
    [OP_COMPUTE, 2500],
    [OP_RELEASE, lock],
    [OP_COMPUTE, 1300],
    [OP_ACQUIRE, lock],
    [OP_COMPUTE, 900],
    [OP_RELEASE, lock],
  ];
  return [
    { name: 'MainThread', ops: [[OP_COMPUTE, 1500], { join: 1 }, { join: 2 }, [OP_COMPUTE, 10]] as never },
    { name: 'Thread-1 (worker)', ops: worker(1) },
    { name: 'Thread-2 (worker)', ops: worker(2) },
  ];
}

describe('runs on executor workers', () => {
  it('--workers 1 gives the identical trace event sequence twice', async () => {
    const first = await runFake({ workers: 1, switchInterval: 1000, trace: true, locks: 1 }, lockProgram);
    const second = await runFake({ workers: 1, switchInterval: 1000, trace: true, locks: 1 }, lockProgram);
    expect(first.outcome.state).toBe(RunState.DONE);
    expect(second.outcome.state).toBe(RunState.DONE);
    const a = traceShape(first.events);
    const b = traceShape(second.events);
    expect(a.length).toBeGreaterThan(40);
    expect(a.some((line) => line.includes('"wait":"lock"'))).toBe(true);
    expect(a.some((line) => line.includes('"wait":"join"'))).toBe(true);
    expect(b).toEqual(a);
    // Exact instruction totals: each op is one instruction, COMPUTE n is n.
    expect(fakeInstructions(first.heap, first.states[0]!)).toBe(1500 + 2 + 10);
    expect(fakeInstructions(first.heap, first.states[1]!)).toBe(700 + 2500 + 1300 + 900 + 4);
    expect(fakeInstructions(first.heap, first.states[2]!)).toBe(1400 + 2500 + 1300 + 900 + 4);
    expect(first.outcome.stats.threads.map((t) => t.instructions)).toEqual([1512, 5404, 6104]);
  });

  it('a sleeping thread lets the other run, and wakes at its deadline', async () => {
    const run = await runFake({ workers: 1, switchInterval: 1000, trace: true, workPerInstruction: 50 }, () => [
      { name: 'MainThread', ops: [[OP_SLEEP, 30], [OP_COMPUTE, 100]] },
      { name: 'Thread-1', ops: [[OP_COMPUTE, 40_000]] },
    ]);
    expect(run.outcome.state).toBe(RunState.DONE);
    const ev = run.events;
    const slept = ev.findIndex((e) => e.tid === 1 && e['to'] === 'blocked' && e['wait'] === 'sleep');
    const woke = ev.findIndex((e) => e.tid === 1 && e['from'] === 'blocked' && e['to'] === 'runnable');
    expect(slept).toBeGreaterThan(0);
    expect(woke).toBeGreaterThan(slept);
    expect(ev[woke]!['timeout']).toBe(true);
    const othersSlices = ev.slice(slept, woke).filter((e) => e.tid === 2 && e['to'] === 'running').length;
    expect(othersSlices).toBeGreaterThan(0);
    // It was not woken before its deadline, and the deadline is 30 ms after it blocked.
    expect(ev[woke]!.ts).toBeGreaterThanOrEqual(ev[slept]!['deadline_ns'] as number);
    expect(ev[slept]!["deadline_ns"] as number).toBeGreaterThan(ev[slept]!.ts + 20e6);
    expect(run.outcome.stats.threads[0]!.blockedNs).toBeGreaterThan(20e6);
    expect(run.outcome.stats.threads[0]!.instructions).toBe(101);
    expect(run.outcome.stats.threads[1]!.instructions).toBe(40_000);
  });

  it('join wakes the joiner when the thread finishes', async () => {
    const run = await runFake({ workers: 2, switchInterval: 500, trace: true }, () => [
      { name: 'MainThread', ops: [{ join: 1 }, [OP_COMPUTE, 10]] },
      { name: 'Thread-1', ops: [[OP_COMPUTE, 5000]] },
    ]);
    expect(run.outcome.state).toBe(RunState.DONE);
    expect(stateEvents(run.events, 1)).toEqual([
      'new->runnable',
      'runnable->running',
      'running->blocked',
      'blocked->runnable',
      'runnable->running',
      'running->finished',
    ]);
    const finished2 = run.events.find((e) => e.tid === 2 && e['to'] === 'finished')!;
    const woke1 = run.events.find((e) => e.tid === 1 && e['from'] === 'blocked')!;
    expect(woke1.seq).toBeGreaterThan(finished2.seq);
    expect(run.outcome.stats.threads[0]!.instructions).toBe(11);
  });

  it('reports a deadlock with every thread and what it waits on, exit 1', async () => {
    const run = await runFake({ workers: 2, switchInterval: 1000, trace: true, locks: 2 }, ([a, b]) => [
      { name: 'MainThread', ops: [[OP_ACQUIRE, a!], [OP_COMPUTE, 1500], [OP_ACQUIRE, b!]] },
      { name: 'Thread-1 (f)', ops: [[OP_ACQUIRE, b!], [OP_COMPUTE, 1500], [OP_ACQUIRE, a!]] },
      { name: 'Thread-2 (g)', ops: [{ join: 1 }] },
    ]);
    expect(run.outcome.state).toBe(RunState.DEADLOCK);
    expect(run.outcome.exitCode).toBe(1);
    expect(run.outcome.deadlocked.map((t) => t.name)).toEqual(['MainThread', 'Thread-1 (f)', 'Thread-2 (g)']);
    expect(run.stderr).toMatch(/^Fatal: deadlock/);
    expect(run.stderr).toContain('Thread MainThread (tid 1) waits for a lock (0x');
    expect(run.stderr).toContain('Thread Thread-1 (f) (tid 2) waits for a lock (0x');
    expect(run.stderr).toContain('Thread Thread-2 (g) (tid 3) waits for thread Thread-1 (f) (tid 2) to finish (join)');
    expect(run.events.some((e) => e.ev === 'deadlock')).toBe(true);
    expect(run.events.at(-1)!.ev).toBe('exit');
  });

  it('daemon threads do not keep the run alive', async () => {
    const run = await runFake({ workers: 2, switchInterval: 1000 }, () => [
      { name: 'MainThread', ops: [[OP_COMPUTE, 3000]] },
      { name: 'Daemon-1', daemon: true, ops: [[OP_COMPUTE, 2_000_000_000]] },
      { name: 'Daemon-2', daemon: true, ops: [[OP_SLEEP, 100_000]] },
    ]);
    expect(run.outcome.state).toBe(RunState.DONE);
    expect(run.outcome.exitCode).toBe(0);
    expect(run.outcome.stats.threads[0]!.status).toBe('finished');
    expect(run.outcome.stats.threads[1]!.status).not.toBe('finished');
    expect(run.outcome.stats.threads[2]!.status).toBe('blocked');
  });

  it('a non-daemon thread keeps the run alive after the main thread ends', async () => {
    const run = await runFake({ workers: 1, switchInterval: 1000 }, () => [
      { name: 'MainThread', ops: [[OP_COMPUTE, 100]] },
      { name: 'Thread-1', ops: [[OP_SLEEP, 20], [OP_COMPUTE, 5000]] },
    ]);
    expect(run.outcome.state).toBe(RunState.DONE);
    expect(run.outcome.stats.threads.map((t) => t.status)).toEqual(['finished', 'finished']);
    expect(run.outcome.stats.threads[1]!.instructions).toBe(5001);
  });

  it('a thread that dies of an error finishes; the others go on', async () => {
    const run = await runFake({ workers: 1, switchInterval: 1000, trace: true }, () => [
      { name: 'MainThread', ops: [[OP_COMPUTE, 3000]] },
      { name: 'Thread-1', ops: [[OP_COMPUTE, 10], [OP_FAIL, 0], [OP_COMPUTE, 10]] },
    ]);
    expect(run.outcome.state).toBe(RunState.DONE);
    const died = run.events.find((e) => e.tid === 2 && e['to'] === 'finished')!;
    expect(died['raised']).toBe(true);
    expect(run.outcome.stats.threads[1]!.instructions).toBe(11);
    expect(run.outcome.stats.threads[0]!.instructions).toBe(3000);
  });

  it('a runner that cannot be created is an internal error, exit 70', async () => {
    const run = await runFake({ workers: 2, switchInterval: 1000, runnerExport: 'noSuchFactory' }, () => [
      { name: 'MainThread', ops: [[OP_COMPUTE, 10]] },
    ]);
    expect(run.outcome.state).toBe(RunState.FATAL);
    expect(run.outcome.exitCode).toBe(70);
    expect(run.stderr).toMatch(/^gilvm: internal error: executor \d: .*has no runner factory 'noSuchFactory'/);
  });

  it('Ctrl-C wakes the blocked main thread; a second one before it was taken aborts (130)', async () => {
    const untilBlocked = async (supervisor: Supervisor, t: Ref): Promise<void> => {
      while (supervisor.scheduler.status(t) !== ThreadStatus.BLOCKED) await new Promise((r) => setTimeout(r, 5));
    };
    const once = await runFake(
      {
        workers: 1,
        switchInterval: 1000,
        trace: true,
        handleSignals: true,
        during: async (supervisor, [main]) => {
          await untilBlocked(supervisor, main!);
          process.emit('SIGINT');
        },
      },
      () => [{ name: 'MainThread', ops: [[OP_SLEEP, 60_000], [OP_COMPUTE, 10]] }],
    );
    // The fake runner ignores the interrupt flag: main just wakes early and finishes.
    expect(once.outcome.state).toBe(RunState.DONE);
    expect(once.events.some((e) => e.ev === 'interrupt')).toBe(true);
    expect(once.events.some((e) => e.tid === 1 && e['from'] === 'blocked' && e['interrupt'] === true)).toBe(true);
    expect(once.outcome.stats.threads[0]!.blockedNs).toBeLessThan(60e9);

    const twice = await runFake(
      {
        workers: 1,
        switchInterval: 1000,
        handleSignals: true,
        during: async (supervisor, [, other]) => {
          await untilBlocked(supervisor, other!);
          process.emit('SIGINT');
          process.emit('SIGINT');
        },
      },
      () => [
        { name: 'MainThread', ops: [{ join: 1 }] },
        { name: 'Thread-1', ops: [[OP_SLEEP, 60_000]] },
      ],
    );
    expect(twice.outcome.state).toBe(RunState.ABORTED);
    expect(twice.outcome.exitCode).toBe(130);
  });

  it('prints the --stats table', async () => {
    const run = await runFake({ workers: 2, switchInterval: 1000, stats: true }, () => [
      { name: 'MainThread', ops: [[OP_COMPUTE, 4000]] },
      { name: 'Thread-1', ops: [[OP_SLEEP, 5], [OP_COMPUTE, 4000]] },
    ]);
    expect(run.stderr).toMatch(/^gilvm stats: GIL, 2 executors, switch interval 1,000 instructions/);
    expect(run.stderr).toMatch(/tid\s+thread\s+instructions\s+slices\s+GIL acq\s+hold ms\s+wait ms\s+blocked ms\s+status/);
    expect(run.stderr).toMatch(/1\s+MainThread\s+4,000\s+4\s/);
    expect(run.stderr).toMatch(/2\s+Thread-1\s+4,001\s/);
    expect(run.stderr).toMatch(/total\s+8,001\s/);
    expect(run.stderr).toMatch(/executor\s+slices\s+GIL takes\s+hand-overs\s+GIL wait ms\s+busy ms\s+idle ms/);
    process.stderr.write(run.stderr);
  });
});
