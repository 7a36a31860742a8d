/*
 * Stop-the-world for the cycle collector without the GIL (issue 6 item 4; free-threaded
 * CPython's _PyEval_StopTheWorld in Python/pystate.c, reduced to what gilvm needs).
 *
 * While executors run slices in parallel (vm/nogil.ts HDR_NOGIL_PARALLEL = 1), the cycle
 * collector may run only when no other executor touches the heap. Each executor publishes
 * its state in its executor record (EXR_STW_STATE):
 *
 *   DETACHED  between two slices (idle, popping a thread, parked): it holds no pointer into
 *             the heap that the collector could invalidate, and no object lock;
 *   ATTACHED  inside a slice (set at the outermost slice start, cleared at its end);
 *   BORROWED  between two slices, while another executor merges this one's biased counts
 *             on its behalf (heap/refcount.ts mergeForIdleOwner): it is DETACHED to the
 *             collector; stwAttach waits (spins: a few folds, no Python code) until it is
 *             given back, because a slice changes local counts;
 *   NESTED    inside a slice AND inside a nested eval loop (a native calling Python:
 *             sorted(key=...), sum(generator)...) when it saw a stop request: its natives
 *             hold borrowed references on the JS stack, the reason the GIL mode never
 *             collects inside nested loops either. The collector gives up (below).
 *
 * The request word HDR_STOP_WORLD holds 0 or the collecting executor + 1 (claimed with a
 * compareExchange, so two collectors never run at once). The handshake is Dekker's, on
 * sequentially consistent Atomics: an executor attaching stores ATTACHED and then loads the
 * request; the collector stores the request and then loads every state. Either the
 * collector sees ATTACHED (and waits for that slice to end), or the executor sees the
 * request (and goes back to DETACHED and waits until the world resumes): never both
 * missed. Executors that leave a slice while a stop is requested bump HDR_STOP_WORLD_ACK
 * and notify it, which wakes the waiting collector.
 *
 * The collector gives up (returns false; the automatic collection tries again later) when
 * an executor is NESTED, or when threads wait inside nested eval loops (the shared
 * "nested waiters" word, Runtime.nestedWaitersWord: such an executor stays attached while
 * it blocks). It never waits for something that waits for it: a parked executor holds no
 * object lock (locks are taken and released within an operation), and the collector holds
 * none while it waits.
 *
 * Module-level state: none (everything is in the heap).
 */
import { EXR_STW_STATE, HDR_STOP_WORLD, HDR_STOP_WORLD_ACK, MAX_EXECUTORS } from '../heap/memory.js';
import { OWNER_BORROWED, OWNER_DETACHED } from '../heap/refcount.js';
import type { Runtime } from './runtime.js';

export const STW_DETACHED = OWNER_DETACHED;
export const STW_ATTACHED = 1;
export const STW_NESTED = 2;
export const STW_BORROWED = OWNER_BORROWED;

const REQUEST_W = HDR_STOP_WORLD >> 2;
const ACK_W = HDR_STOP_WORLD_ACK >> 2;
/** Polls of the executors' states before the collector sleeps between polls. */
const SPIN_POLLS = 64;
/** The collector's sleep between polls (ms): a missed notify costs at most this. */
const POLL_SLEEP_MS = 1;

function stateWord(rt: Runtime, executor: number): number {
  return rt.heap.execRecordWord(executor) + EXR_STW_STATE;
}

function signalCollector(i32: Int32Array): void {
  Atomics.add(i32, ACK_W, 1);
  Atomics.notify(i32, ACK_W);
}

/** Sleeps until no stop of the world is requested. */
function waitWorldResumed(i32: Int32Array): void {
  for (;;) {
    const req = Atomics.load(i32, REQUEST_W);
    if (req === 0) return;
    Atomics.wait(i32, REQUEST_W, req, 50);
  }
}

/** A collector asks the executors to stop (they should reach a slice end soon). */
export function stwRequested(rt: Runtime): boolean {
  return Atomics.load(rt.i32, REQUEST_W) !== 0;
}

/** The outermost slice starts on this executor: attach, first waiting out a stopped world. */
export function stwAttach(rt: Runtime): void {
  const i32 = rt.i32;
  const me = stateWord(rt, rt.executor);
  for (;;) {
    // DETACHED -> ATTACHED; BORROWED means another executor is merging this one's biased
    // counts (heap/refcount.ts mergeForIdleOwner: a few folds, no Python code): spin
    for (;;) {
      const was = Atomics.compareExchange(i32, me, STW_DETACHED, STW_ATTACHED);
      if (was === STW_DETACHED) break;
      if (was !== STW_BORROWED) {
        Atomics.store(i32, me, STW_ATTACHED);
        break;
      }
    }
    if (Atomics.load(i32, REQUEST_W) === 0) return;
    Atomics.store(i32, me, STW_DETACHED);
    signalCollector(i32);
    waitWorldResumed(i32);
  }
}

/** The outermost slice ended on this executor. */
export function stwDetach(rt: Runtime): void {
  const i32 = rt.i32;
  Atomics.store(i32, stateWord(rt, rt.executor), STW_DETACHED);
  if (Atomics.load(i32, REQUEST_W) !== 0) signalCollector(i32);
}

/**
 * A slice boundary inside a nested eval loop: if a collector waits for this executor,
 * tell it that it cannot park here (it gives up instead of waiting for the slice's end).
 */
export function stwNestedBoundary(rt: Runtime): void {
  const i32 = rt.i32;
  if (Atomics.load(i32, REQUEST_W) === 0) return;
  Atomics.store(i32, stateWord(rt, rt.executor), STW_NESTED);
  signalCollector(i32);
}

/**
 * Inside a slice, on this executor (attached): stops every other executor at a slice
 * boundary. Returns true with the world stopped (call `resumeTheWorld` after), or false
 * when it is not possible now: another executor is collecting (this one waited until it
 * finished), an executor is inside a nested eval loop, or threads wait inside one.
 */
export function stopTheWorld(rt: Runtime): boolean {
  const i32 = rt.i32;
  if (Atomics.compareExchange(i32, REQUEST_W, 0, rt.executor + 1) !== 0) {
    // Someone else collects: step aside as a slice end would, then go on.
    const me = stateWord(rt, rt.executor);
    const state = Atomics.load(i32, me);
    Atomics.store(i32, me, STW_DETACHED);
    signalCollector(i32);
    waitWorldResumed(i32);
    stwAttach(rt);
    if (state === STW_NESTED) Atomics.store(i32, me, STW_NESTED);
    return false;
  }
  const nestedWord = rt.nestedWaitersWord;
  for (let poll = 0; ; poll++) {
    const ack = Atomics.load(i32, ACK_W);
    if (nestedWord !== 0 && Atomics.load(i32, nestedWord) !== 0) break;
    let running = false;
    let nested = false;
    for (let e = 0; e < MAX_EXECUTORS; e++) {
      if (e === rt.executor) continue;
      const s = Atomics.load(i32, stateWord(rt, e));
      if (s === STW_ATTACHED) running = true;
      else if (s === STW_NESTED) nested = true;
    }
    if (nested) break;
    if (!running) return true;
    if (poll >= SPIN_POLLS) Atomics.wait(i32, ACK_W, ack, POLL_SLEEP_MS);
  }
  resumeTheWorld(rt);
  return false;
}

/** Lets the executors parked by stopTheWorld go on. */
export function resumeTheWorld(rt: Runtime): void {
  Atomics.store(rt.i32, REQUEST_W, 0);
  Atomics.notify(rt.i32, REQUEST_W);
}
