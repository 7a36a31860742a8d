/*
 * The GIL: one Atomics word in the heap header with futex-style wait/notify (DESIGN.md
 * "Threads, executors, the GIL"; CPython's Python/ceval_gil.c, STYLE.md). One Gil object
 * per executor (JS thread); all of its state is in the heap:
 *
 *   HDR_GIL               0 = free, else the holding executor + 1
 *   HDR_GIL_LAST_HOLDER   executor + 1 of the last executor that took it (ceval_gil.c's
 *                         last_holder); droppers in a forced switch wait on this word
 *   HDR_GIL_DROP_REQUEST  the number of executors waiting for the GIL. Non-zero IS the drop
 *                         request: at the end of a slice the holder drops the GIL only when
 *                         it is non-zero (CPython's gil_drop_request, set by a waiter).
 *   HDR_NO_GIL            1: take/drop are no-ops (no-GIL mode, executors run in parallel)
 *
 * take(): one compareExchange 0 -> me (uncontended: ~30 ns); else register as a waiter,
 * spin SPIN rounds re-trying, then Atomics.wait on the GIL word (re-checking a stop word
 * every STOP_POLL_MS so an executor never hangs at shutdown). A waiter registers BEFORE it
 * spins, so the holder sees the request at its next slice end even while we spin. The
 * executor registers even earlier: in the same locked step that takes a thread off the
 * run queue (take(announced = true)), so a holder that finds the queue empty cannot also
 * miss the request and run its own thread again while the other executor, descheduled
 * between pop and take, holds a runnable thread.
 *
 * drop(): store 0, then notify one waiter only if the waiter count is non-zero (a notify
 * with nobody waiting still costs ~190 ns here). The store and the load of the count are
 * sequentially consistent Atomics, and a waiter increments the count before it loads the
 * GIL word, so a drop can never miss a waiter that is about to sleep (and Atomics.wait
 * itself re-checks the word's value atomically).
 *
 * dropForSwitch() is CPython's FORCE_SWITCHING: drop, then wait (spin, then Atomics.wait
 * on HDR_GIL_LAST_HOLDER) until another executor has taken the GIL, so the dropper cannot
 * win it straight back. A taker that was not the last holder notifies that word.
 *
 * The spin count: measured here (Node 20.20, loaded 2-core EPYC): one spin round (an
 * Atomics.load and a compare) ~40 ns; a wait/notify hand-over between two workers
 * ~10-14 µs one way (~25-50 µs round trip, the issue says ~47 µs). Spinning pays when the
 * holder lets go within about one futex wake: SPIN = 256 rounds is ~10 µs here (less on
 * an idle, faster machine). Under the GIL holders keep it for a whole slice (~ms), so most
 * contended takes end in Atomics.wait, and the spin costs the waiting core ~10 µs per
 * slice; the spin wins for short holds (a thread that blocks right after taking it).
 */
import {
  HDR_GIL,
  HDR_GIL_DROP_REQUEST,
  HDR_GIL_LAST_HOLDER,
  HDR_NO_GIL,
  type Heap,
} from '../heap/memory.js';

export const GIL_WORD = HDR_GIL >> 2;
export const GIL_LAST_HOLDER_WORD = HDR_GIL_LAST_HOLDER >> 2;
export const GIL_WAITERS_WORD = HDR_GIL_DROP_REQUEST >> 2;
export const NO_GIL_WORD = HDR_NO_GIL >> 2;

export const DEFAULT_GIL_SPIN = 256;
const STOP_POLL_MS = 50;

/** Sets up the GIL words of a new heap (the supervisor calls it once). */
export function gilFormat(heap: Heap, noGil: boolean): void {
  const i32 = heap.i32;
  Atomics.store(i32, GIL_WORD, 0);
  Atomics.store(i32, GIL_LAST_HOLDER_WORD, 0);
  Atomics.store(i32, GIL_WAITERS_WORD, 0);
  Atomics.store(i32, NO_GIL_WORD, noGil ? 1 : 0);
}

export class Gil {
  private readonly i32: Int32Array;
  private readonly me: number;
  /** True in no-GIL mode (read once: the mode never changes during a run). */
  readonly disabled: boolean;
  /** After take(): whether another executor held the GIL last (a hand-over). */
  lastTakeWasHandover = false;
  /** After take(): whether it had to wait at all (spin or sleep). */
  lastTakeContended = false;

  /**
   * `stopWord`: i32 index of a word that becomes non-zero when the run is over; waits
   * give up then (take returns false). -1: never.
   */
  constructor(
    heap: Heap,
    executor: number,
    private readonly spin: number = DEFAULT_GIL_SPIN,
    private readonly stopWord: number = -1,
  ) {
    this.i32 = heap.i32;
    this.me = executor + 1;
    this.disabled = Atomics.load(heap.i32, NO_GIL_WORD) === 1;
  }

  /** True when this executor holds the GIL (always true in no-GIL mode). */
  held(): boolean {
    return this.disabled || Atomics.load(this.i32, GIL_WORD) === this.me;
  }

  /** Executor + 1 holding the GIL now, 0 when free. */
  holder(): number {
    return Atomics.load(this.i32, GIL_WORD);
  }

  /** Another executor waits for the GIL: the drop request. */
  hasWaiters(): boolean {
    return !this.disabled && Atomics.load(this.i32, GIL_WAITERS_WORD) !== 0;
  }

  /**
   * Takes the GIL; false only if the stop word was set while waiting. `announced`: the
   * caller already counted itself in the waiter word (the executor does so atomically with
   * taking a thread off the run queue, see Scheduler.popRunnable), so the holder cannot
   * miss the request in the window between the pop and this call.
   */
  take(announced = false): boolean {
    if (this.disabled) return true;
    const i32 = this.i32;
    const me = this.me;
    if (Atomics.compareExchange(i32, GIL_WORD, 0, me) === 0) {
      if (announced) Atomics.sub(i32, GIL_WAITERS_WORD, 1);
      this.lastTakeContended = false;
      this.acquired();
      return true;
    }
    this.lastTakeContended = true;
    if (!announced) Atomics.add(i32, GIL_WAITERS_WORD, 1);
    let got = false;
    for (let n = 0; n < this.spin; n++) {
      if (Atomics.load(i32, GIL_WORD) === 0 && Atomics.compareExchange(i32, GIL_WORD, 0, me) === 0) {
        got = true;
        break;
      }
    }
    while (!got) {
      const seen = Atomics.load(i32, GIL_WORD);
      if (seen === 0) {
        if (Atomics.compareExchange(i32, GIL_WORD, 0, me) === 0) break;
        continue;
      }
      if (this.stopWord >= 0 && Atomics.load(i32, this.stopWord) !== 0) {
        Atomics.sub(i32, GIL_WAITERS_WORD, 1);
        return false;
      }
      Atomics.wait(i32, GIL_WORD, seen, STOP_POLL_MS);
    }
    Atomics.sub(i32, GIL_WAITERS_WORD, 1);
    this.acquired();
    return true;
  }

  private acquired(): void {
    const previous = Atomics.exchange(this.i32, GIL_LAST_HOLDER_WORD, this.me);
    this.lastTakeWasHandover = previous !== this.me && previous !== 0;
    // A forced-switch dropper may be waiting for last_holder to change.
    if (previous !== this.me && previous !== 0) Atomics.notify(this.i32, GIL_LAST_HOLDER_WORD);
  }

  /** Releases the GIL; wakes one waiter if there is one. */
  drop(): void {
    if (this.disabled) return;
    const i32 = this.i32;
    Atomics.store(i32, GIL_WORD, 0);
    if (Atomics.load(i32, GIL_WAITERS_WORD) !== 0) Atomics.notify(i32, GIL_WORD, 1);
  }

  /**
   * A forced switch that keeps this executor's claim: announces this executor as a waiter
   * BEFORE dropping (so the next holder sees the request at its first slice end, whatever
   * the timing: deterministic with one running executor), drops, waits until another
   * executor has taken the GIL (the last holder changes), then takes it back when that one
   * drops it. For a thread pinned on this executor inside a nested eval loop
   * (vm/nested-slices.ts). False when the run ended meanwhile (the GIL is not held then).
   * `afterDrop` runs once the GIL is free (to wake an idle executor that will take it).
   */
  handOver(afterDrop?: () => void): boolean {
    if (this.disabled) return true;
    const i32 = this.i32;
    const me = this.me;
    Atomics.add(i32, GIL_WAITERS_WORD, 1);
    Atomics.store(i32, GIL_WORD, 0);
    Atomics.notify(i32, GIL_WORD, 1);
    afterDrop?.();
    let n = 0;
    while (Atomics.load(i32, GIL_LAST_HOLDER_WORD) === me) {
      if (n < this.spin) {
        n++;
        continue;
      }
      if (this.stopWord >= 0 && Atomics.load(i32, this.stopWord) !== 0) {
        Atomics.sub(i32, GIL_WAITERS_WORD, 1);
        return false;
      }
      Atomics.wait(i32, GIL_LAST_HOLDER_WORD, me, STOP_POLL_MS);
    }
    return this.take(true);
  }

  /**
   * FORCE_SWITCHING: releases the GIL and waits until another executor has taken it (the
   * last holder changes), so this executor cannot win it straight back. Returns at once
   * if nobody waits. Gives up when the stop word is set.
   */
  dropForSwitch(): void {
    if (this.disabled) return;
    const i32 = this.i32;
    const me = this.me;
    Atomics.store(i32, GIL_WORD, 0);
    if (Atomics.load(i32, GIL_WAITERS_WORD) === 0) return;
    Atomics.notify(i32, GIL_WORD, 1);
    for (let n = 0; n < this.spin; n++) if (Atomics.load(i32, GIL_LAST_HOLDER_WORD) !== me) return;
    while (Atomics.load(i32, GIL_LAST_HOLDER_WORD) === me) {
      // Nobody is waiting any more (a waiter gave up at shutdown): nothing to wait for.
      if (Atomics.load(i32, GIL_WAITERS_WORD) === 0 && Atomics.load(i32, GIL_WORD) === 0) return;
      if (this.stopWord >= 0 && Atomics.load(i32, this.stopWord) !== 0) return;
      Atomics.wait(i32, GIL_LAST_HOLDER_WORD, me, STOP_POLL_MS);
    }
  }
}
