/*
 * Scheduler slice boundaries inside nested eval loops (issue 5: a thread inside
 * `sum(x*x for x in ...)`, sorted(key=...), f(*args), a class body... must not starve the
 * others).
 *
 * A nested eval loop (native code calling back into Python: vm/call.ts runFrameNested,
 * objects/generator.ts generatorResume) asks `nestedSliceBudget` for the budget of every
 * evalLoop call it makes. In a worker executor that is `NestedSlices.hook`: while the
 * thread's scheduler slice has instructions left it returns them (capped at NESTED_SLICE);
 * when the slice is used up it ends the slice right there, on the native's JS stack:
 *
 *   - the slice so far is accounted as one slice (exact instruction count from the thread
 *     state's counter, hold time from the segment's start), as the executor would;
 *   - GIL mode and another executor waits for the GIL: a forced switch (drop, wait until
 *     someone else took it, take it back), exactly as the executor loop does at a slice end;
 *   - else, with one executor (--workers 1, GIL) and threads in the run queue: it asks
 *     the spare executor (executor.ts runSpareLoop: a second JS stack) to run one slice
 *     of the queue's head and hands it the GIL the same way;
 *   - else, with several executors and threads in the run queue: it wakes an idle
 *     executor (the others leave the queue to the GIL's holder, scheduler.ts) and hands
 *     the GIL over the same way; the woken executor pops the queue's head; likewise on
 *     the spare (--workers 1), whose executor went idle when the thread it had pinned
 *     finished while the spare held the GIL;
 *   - else (nobody else to run): the thread goes on with a fresh slice.
 * Either way this executor stays announced as a GIL waiter while it waits (Gil.handOver),
 * so the other side's slice ends at exactly the switch interval: --workers 1 stays
 * deterministic.
 * The thread never goes through the run queue meanwhile (its JS activation cannot move to
 * another executor): its record stays RUNNING ("pinned"), so no executor can take it and
 * the deadlock check counts it as running. The trace shows the logical states
 * (running -> runnable -> running, with "nested":true) and the GIL events.
 *
 * Accounting: the executor accounts a runSlice as one slice; when this module split it,
 * the runner reports `lastSegmentStart` and counts `lastInstructions` from the last
 * boundary only, so every instruction and every ns of hold time is counted exactly once.
 * The outer eval loop's own count reaches the thread state only when it returns, so a
 * segment can be a little longer than the switch interval (by at most what the outer loop
 * ran before the native call); totals stay exact.
 *
 * Limits: a pinned thread needs its own JS stack. With W executors (W >= 2) or one
 * executor and its spare, as many threads inside nested loops alternate on the GIL as
 * there are stacks; further threads wait in the queue until one of the nested calls
 * returns. threads.ts nestedWait (a blocking call inside a nested loop) hands the queue to
 * another stack (an idle executor, a spare, one more spare started for it) and runs other
 * threads re-entrantly on its own stack only where there is none.
 *
 * While a thread is pinned here and others run, natives of the pinned thread hold borrowed
 * references on this JS stack: the shared "nested waiters" word (threads.ts) is raised so
 * that no automatic cycle collection runs meanwhile.
 *
 * `RunEnded` is thrown when the run ended while the thread was pinned (a daemon thread
 * abandoned at exit, a deadlock elsewhere, a fatal error): it unwinds the JS stack to
 * runSlice, which returns, and the executor stops; the thread is never continued.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from './runtime.js';
import { NESTED_SLICE } from './call.js';
import {
  RunState, SCE_BUSY_NS, SCE_GIL_TAKES, SCE_GIL_WAIT_NS, SCE_HANDOVERS, SCE_SLICES, type Scheduler,
} from './scheduler.js';
import type { Gil } from './gil.js';
import { TS_INSTR_HI, TS_INSTR_LO } from './threadstate.js';
import { stwNestedBoundary } from './stw.js';

/** The run ended while a thread was pinned at a nested slice boundary (see above). */
export class RunEnded extends Error {
  constructor() {
    super('the run ended');
  }
}

/** The segment state of the running slice (saved around re-entrant slices). */
export type SegmentState = [startInstr: number, startNs: number, sliceEnd: number, splitAt: number];

function instructionsOf(rt: Runtime): number {
  const ts = rt.ts;
  return (rt.i32[(ts + TS_INSTR_HI) >> 2]! >>> 0) * 4294967296 + (rt.i32[(ts + TS_INSTR_LO) >> 2]! >>> 0);
}

export class NestedSlices {
  /** The thread's instruction count where the current segment started. */
  startInstr = 0;
  /** Scheduler time where it started. */
  startNs = 0;
  /** The instruction count at which the thread's slice is used up. */
  sliceEnd = 0;
  /** Its low 32 bits (ToInt32): the hook compares them with the counter's low word. */
  private sliceEndLo = 0;
  /** Non-zero when the current runSlice was split: the start of its last segment. */
  splitAt = 0;

  /**
   * `sharedWord`: i32 index of the nested-waiters count (no automatic collection while
   * non-zero).
   */
  constructor(
    private readonly rt: Runtime,
    private readonly sched: Scheduler,
    private readonly gil: Gil,
    private readonly sharedWord: number,
  ) {}

  /** runSlice starts a slice of `budget` instructions. */
  begin(budget: number): void {
    const instr = instructionsOf(this.rt);
    this.startInstr = instr;
    this.startNs = this.sched.now();
    this.sliceEnd = instr + budget;
    this.sliceEndLo = this.sliceEnd | 0;
    this.splitAt = 0;
  }

  save(): SegmentState {
    return [this.startInstr, this.startNs, this.sliceEnd, this.splitAt];
  }

  restore(s: SegmentState): void {
    [this.startInstr, this.startNs, this.sliceEnd, this.splitAt] = s;
    this.sliceEndLo = this.sliceEnd | 0;
  }

  /** The budget hook (vm/call.ts registerNestedSliceHook). */
  readonly hook = (rt: Runtime): number => {
    // int32 arithmetic on the counter's low word, wrapping (a slice is < 2^31
    // instructions): one load and a subtraction per nested call, no double math; the
    // result is a small integer (a heap-number budget would deoptimise evalLoop)
    const left = (this.sliceEndLo - rt.i32[(rt.ts + TS_INSTR_LO) >> 2]!) | 0;
    if (left > 0) return left < NESTED_SLICE ? left : NESTED_SLICE;
    this.boundary();
    const s = this.sched.switchInterval;
    this.sliceEnd = this.startInstr + s;
    this.sliceEndLo = this.sliceEnd | 0;
    return s < NESTED_SLICE ? s | 0 : NESTED_SLICE;
  };

  /**
   * Ends the current segment here: accounts it as a slice of the running thread. The next
   * segment starts at `restart` (threads.ts nestedWait: the time blocked is not hold time).
   */
  split(t: Ref, now: number): void {
    const sched = this.sched;
    sched.accountSlice(t, this.startNs, now, instructionsOf(this.rt) - this.startInstr, false);
    sched.addExecStat(SCE_SLICES, 1);
    sched.addExecStat(SCE_BUSY_NS, now - this.startNs);
  }

  restart(now: number): void {
    this.startInstr = instructionsOf(this.rt);
    this.startNs = now;
    this.splitAt = now;
  }

  private boundary(): void {
    const sched = this.sched;
    const gil = this.gil;
    const rt = this.rt;
    const t = sched.current;
    const ts = rt.ts;
    let now = sched.now();
    const instr = instructionsOf(rt) - this.startInstr;
    this.split(t, now);
    // Another stack waits for the GIL; or threads are queued and (on the spare) the
    // executor's loop will pop them, or (on the executor, one worker) the spare can run
    // the queue's head, or (several regular executors) an idle one is woken to run it:
    // while this executor held the GIL the others left the queue to it (scheduler.ts).
    const queued = sched.hasQueued(now); // (a due timer that releases nobody is no reason to hand over)
    const onSpare = sched.executor >= sched.executorCount;
    // --no-gil: a collector waiting to stop the world cannot have this executor (vm/stw.ts)
    if (gil.disabled) stwNestedBoundary(rt);
    const waiters = !gil.disabled && gil.hasWaiters();
    // on the spare, the regular executor may have gone idle meanwhile (the thread it had
    // pinned finished while the spare held the GIL): it is woken to run the queue, else
    // nobody would take the GIL this hands over
    const wakeOther = !gil.disabled && !waiters && queued && (onSpare || sched.executorCount > 1);
    const handOver = waiters || wakeOther;
    const spare = !handOver && !gil.disabled && queued && sched.spares > 0;
    if (handOver || spare) {
      const tracer = sched.tracer;
      const tid = sched.tid(t);
      sched.traceState(now, t, 'running', 'runnable', `,"instr":${instr},"nested":true`);
      sched.stampPinned(t, now);
      Atomics.add(rt.i32, this.sharedWord, 1);
      try {
        tracer?.event(now, 'gil_drop', tid, ',"why":"switch","nested":true');
        if (spare) sched.requestSpare();
        const before = sched.now();
        if (!gil.handOver(wakeOther ? () => sched.wakeIdleExecutor() : undefined)) throw new RunEnded();
        now = sched.now();
        sched.addExecStat(SCE_GIL_TAKES, 1);
        sched.addExecStat(SCE_GIL_WAIT_NS, now - before);
        if (gil.lastTakeWasHandover) sched.addExecStat(SCE_HANDOVERS, 1);
        tracer?.event(
          now,
          'gil_take',
          tid,
          `,"wait_ns":${Math.round(now - before)}${gil.lastTakeWasHandover ? ',"handover":true' : ''},"nested":true`,
        );
      } finally {
        Atomics.sub(rt.i32, this.sharedWord, 1);
        sched.current = t;
        rt.ts = ts;
      }
      if (sched.runState !== RunState.RUNNING) throw new RunEnded();
      sched.accountWait(t, now);
      sched.traceState(now, t, 'runnable', 'running', ',"nested":true');
      if (!gil.disabled && sched.noteGilThread(t)) sched.countGilAcquisition(t);
    }
    this.restart(now);
  }
}
