/*
 * The time module: time, time_ns, perf_counter(_ns), monotonic(_ns), process_time(_ns),
 * thread_time(_ns), sleep.
 *
 * Clocks: wall time from performance.timeOrigin + performance.now() (sub-millisecond);
 * perf_counter and monotonic from process.hrtime (monotonic, nanoseconds); process_time
 * from process.cpuUsage (user + system). thread_time is process_time for now: Node has
 * no per-thread CPU clock, and the interpreter is single-threaded until the threads issue
 * lands (a worker can then report its own time through worker-local accounting).
 *
 * sleep blocks the executor with Atomics.wait on a private Int32Array (nobody ever
 * notifies it, so it waits out the timeout). It does not release the GIL yet: the threads
 * issue will wrap it in release/reacquire. Argument rules as CPython's
 * _PyTime_FromSecondsObject: int or float, NaN -> ValueError('Invalid value NaN (not a
 * number)'), negative -> ValueError('sleep length must be non-negative'), anything else
 * TypeError("'T' object cannot be interpreted as an integer").
 *
 * No mutable state.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { raiseTypeError, raiseValueError, raiseOverflow } from '../vm/errors.js';
import { Kind } from '../objects/kinds.js';
import { kindOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { floatNew, floatValue } from '../objects/float.js';
import { intFromBigint } from '../objects/int.js';
import { makeModule, defineFunctions, checkArgs, type FunctionSpec } from './math.js';
import { sleepNative } from '../vm/threads.js';

function wallNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.round(ms * 1e6));
}

function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

/** A clock as two natives: NAME() -> float seconds, NAME_ns() -> int nanoseconds. */
function clockPair(name: string, ns: () => bigint): FunctionSpec[] {
  return [
    [name, (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'time.' + name, nargs, kwnames, 0, 0)) return NULL;
      return floatNew(rt, Number(ns()) / 1e9);
    }],
    [name + '_ns', (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'time.' + name + '_ns', nargs, kwnames, 0, 0)) return NULL;
      return intFromBigint(rt, ns());
    }],
  ];
}

function sleepImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!checkArgs(rt, 'time.sleep', nargs, kwnames, 1, 1)) return NULL;
  const v = rt.i32[args] as Ref;
  let secs: number;
  const k = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
  if (k === Kind.FLOAT) {
    secs = floatValue(rt, v);
    if (secs !== secs) return raiseValueError(rt, 'Invalid value NaN (not a number)');
  } else if (k === Kind.INT || k === Kind.BOOL) {
    const x = A.toFloat(rt, v);
    if (x === null) return NULL;
    secs = x;
  } else return raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object cannot be interpreted as an integer`);
  if (secs < 0) return raiseValueError(rt, 'sleep length must be non-negative');
  if (!Number.isFinite(secs) || secs > 9.2e9) return raiseOverflow(rt, 'timestamp too large to convert to C _PyTime_t');
  // threads (issue 5): the thread sleeps, its executor and the GIL go to other threads
  const parked = sleepNative(rt, args, secs);
  if (parked !== NULL) return parked;
  if (secs > 0) {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    const deadline = performance.now() + secs * 1000;
    for (let left = secs * 1000; left > 0; left = deadline - performance.now()) Atomics.wait(cell, 0, 0, left);
  }
  return rt.None;
}

const TIME_FUNCTIONS = defineFunctions([
  ...clockPair('time', wallNs),
  ...clockPair('perf_counter', () => process.hrtime.bigint()),
  ...clockPair('monotonic', () => process.hrtime.bigint()),
  ...clockPair('process_time', cpuNs),
  ...clockPair('thread_time', cpuNs),
  ['sleep', sleepImpl],
]);

export function createTimeModule(rt: Runtime): Ref {
  return makeModule(rt, 'time', TIME_FUNCTIONS, []);
}
