/*
 * A fake SliceRunner for the scheduler / GIL tests and the bench: threads that "execute"
 * a tiny program of ops stored in a raw heap block (their "thread state"), counting
 * instructions exactly. It stands in for the interpreter loop (src/vm/eval.ts) behind the
 * SliceRunner interface, and is loaded inside executor workers through the runner-module
 * hook (workerData.runnerModule = this file's URL).
 *
 * Fake thread state block (raw, 8-byte aligned):
 *   0  FK_PC       index of the current op
 *   4  FK_REMAIN   instructions left in the current COMPUTE op (-1: not started)
 *   8  FK_NOPS     number of ops
 *  16  FK_INSTR    f64: instructions executed (exact, for cross-checking the accounting)
 *  24  ops: FK_NOPS pairs of words (op, arg)
 * Ops (each counts as one instruction, COMPUTE n as n):
 *   COMPUTE n    n instructions of arithmetic (runnerOptions.workPerInstruction inner rounds)
 *   SLEEP ms     scheduler.sleep (blocks; a deadline)
 *   ACQUIRE lk   take the lock word at byte offset lk (0 free, else holder tid), blocking
 *                with WaitKind.LOCK while another thread holds it
 *   RELEASE lk   free it and wake one waiter
 *   JOIN rec     wait for the thread with sched record rec to finish
 *   FAIL 0       finish with SliceStatus.ERROR
 * runnerOptions: { checkWord?: i32 index of a word counting executors inside a slice,
 *   maxWord?: i32 index of the highest count seen (1 under the GIL), workPerInstruction? }
 */
import type { Ref } from '../../src/heap/layout.js';
import { allocRaw } from '../../src/heap/alloc.js';
import type { Heap } from '../../src/heap/memory.js';
import { SliceStatus, type RunnerContext, type SliceRunner } from '../../src/vm/executor.js';
import { WaitKind } from '../../src/vm/sched-record.js';
import type { Scheduler } from '../../src/vm/scheduler.js';

export const FK_PC = 0;
export const FK_REMAIN = 4;
export const FK_NOPS = 8;
export const FK_INSTR = 16;
export const FK_OPS = 24;

export const OP_COMPUTE = 1;
export const OP_SLEEP = 2;
export const OP_ACQUIRE = 3;
export const OP_RELEASE = 4;
export const OP_JOIN = 5;
export const OP_FAIL = 6;

export type FakeOp = [op: number, arg: number];

/** A fake thread state holding `ops`. */
export function makeFakeThreadState(heap: Heap, ops: FakeOp[]): Ref {
  const bytes = FK_OPS + ops.length * 8;
  const block = allocRaw(heap, bytes);
  heap.u8.fill(0, block, block + bytes);
  const i32 = heap.i32;
  i32[(block + FK_REMAIN) >> 2] = -1;
  i32[(block + FK_NOPS) >> 2] = ops.length;
  ops.forEach(([op, arg], k) => {
    i32[((block + FK_OPS) >> 2) + 2 * k] = op;
    i32[((block + FK_OPS) >> 2) + 2 * k + 1] = arg;
  });
  return block;
}

/** Instructions a fake thread has executed (its own count). */
export function fakeInstructions(heap: Heap, state: Ref | number): number {
  return heap.f64[(state + FK_INSTR) >> 3]!;
}

export interface FakeRunnerOptions {
  checkWord?: number;
  maxWord?: number;
  workPerInstruction?: number;
}

export class FakeRunner implements SliceRunner {
  lastInstructions = 0;
  private readonly i32: Int32Array;
  private readonly f64: Float64Array;
  private readonly checkWord: number;
  private readonly maxWord: number;
  private readonly work: number;
  sink = 0;

  constructor(
    heap: Heap,
    private readonly sched: Scheduler,
    options: FakeRunnerOptions = {},
  ) {
    this.i32 = heap.i32;
    this.f64 = heap.f64;
    this.checkWord = options.checkWord ?? -1;
    this.maxWord = options.maxWord ?? -1;
    this.work = options.workPerInstruction ?? 1;
  }

  runSlice(thread: Ref, budget: number): SliceStatus {
    const i32 = this.i32;
    if (this.checkWord >= 0) {
      const inside = Atomics.add(i32, this.checkWord, 1) + 1;
      for (let seen = Atomics.load(i32, this.maxWord); inside > seen; seen = Atomics.load(i32, this.maxWord)) {
        if (Atomics.compareExchange(i32, this.maxWord, seen, inside) === seen) break;
      }
    }
    try {
      return this.run(thread, budget);
    } finally {
      if (this.checkWord >= 0) Atomics.sub(i32, this.checkWord, 1);
    }
  }

  private run(thread: Ref, budget: number): SliceStatus {
    const i32 = this.i32;
    const sched = this.sched;
    const st = sched.threadState(thread);
    const pcWord = (st + FK_PC) >> 2;
    const remainWord = (st + FK_REMAIN) >> 2;
    const nops = i32[(st + FK_NOPS) >> 2]!;
    const ops = (st + FK_OPS) >> 2;
    const tid = sched.tid(thread);
    let executed = 0;
    let status: SliceStatus = SliceStatus.YIELDED;
    let x = this.sink | 0;
    loop: while (executed < budget) {
      const pc = i32[pcWord]!;
      if (pc >= nops) {
        status = SliceStatus.FINISHED;
        break;
      }
      const op = i32[ops + 2 * pc]!;
      const arg = i32[ops + 2 * pc + 1]!;
      switch (op) {
        case OP_COMPUTE: {
          let remain = i32[remainWord]!;
          if (remain < 0) remain = arg;
          const n = Math.min(remain, budget - executed);
          const work = this.work;
          for (let k = 0; k < n; k++) for (let w = 0; w < work; w++) x = (Math.imul(x, 1103515245) + 12345) | 0;
          executed += n;
          remain -= n;
          if (remain === 0) {
            i32[remainWord] = -1;
            i32[pcWord] = pc + 1;
          } else {
            i32[remainWord] = remain;
          }
          break;
        }
        case OP_SLEEP:
          executed++;
          i32[pcWord] = pc + 1;
          if (sched.sleep(thread, arg / 1000)) {
            status = SliceStatus.BLOCKED;
            break loop;
          }
          break;
        case OP_ACQUIRE: {
          const word = arg >> 2;
          if (Atomics.compareExchange(i32, word, 0, tid) === 0) {
            executed++;
            i32[pcWord] = pc + 1;
            break;
          }
          // Register as a waiter first, then re-check: no lost wake-up in no-GIL mode.
          if (sched.block(thread, WaitKind.LOCK, arg)) {
            if (Atomics.compareExchange(i32, word, 0, tid) === 0) {
              sched.cancelBlock(thread);
              executed++;
              i32[pcWord] = pc + 1;
              break;
            }
            status = SliceStatus.BLOCKED; // pc stays: retry the acquire when woken
            break loop;
          }
          break; // a wake permit: retry
        }
        case OP_RELEASE:
          executed++;
          Atomics.store(i32, arg >> 2, 0);
          sched.wakeWaiters(WaitKind.LOCK, arg, 1);
          i32[pcWord] = pc + 1;
          break;
        case OP_JOIN:
          executed++;
          i32[pcWord] = pc + 1;
          if (sched.block(thread, WaitKind.JOIN, arg)) {
            status = SliceStatus.BLOCKED;
            break loop;
          }
          break;
        case OP_FAIL:
          executed++;
          i32[pcWord] = pc + 1;
          status = SliceStatus.ERROR;
          break loop;
        default:
          throw new Error(`fake runner: bad op ${op}`);
      }
    }
    if (status === SliceStatus.YIELDED && i32[pcWord]! >= nops) status = SliceStatus.FINISHED;
    this.sink = x;
    this.f64[(st + FK_INSTR) >> 3] = this.f64[(st + FK_INSTR) >> 3]! + executed;
    this.lastInstructions = executed;
    return status;
  }
}

/** The runner factory the executor workers call (workerData.runnerExport). */
export function createSliceRunner(context: RunnerContext): SliceRunner {
  return new FakeRunner(context.heap, context.scheduler, (context.options ?? {}) as FakeRunnerOptions);
}
