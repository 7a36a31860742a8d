/*
 * The time module: time, time_ns, perf_counter(_ns), monotonic(_ns), process_time(_ns),
 * thread_time(_ns), sleep. The calendar names (struct_time, gmtime, localtime, mktime,
 * strftime, asctime, ctime, timezone, altzone, daylight, tzname) and get_clock_info live in gilvm's Python
 * library, lib/_time.py, imported by this module's __getattr__ on first use (no start-up
 * cost for the clocks); `_tzinfo(seconds)` -> (offset east of UTC in seconds, is_dst, zone
 * name) is the native part they need, from the JS Date of the process's TZ.
 *
 * Clocks: wall time from performance.timeOrigin + performance.now() (sub-millisecond);
 * perf_counter and monotonic from process.hrtime (monotonic, nanoseconds); process_time
 * from process.cpuUsage (user + system) less the executors' start-up (vm/cpuclock.ts). thread_time is the calling Python thread's CPU
 * time (vm/threads.ts threadCpuNs: its OS thread's, or its scheduler hold time on an
 * executor, where Python threads share OS threads).
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
import { registerLazyModuleNames } from './lazy-names.js';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { raiseTypeError, raiseValueError, raiseOverflow } from '../vm/errors.js';
import { Kind } from '../objects/kinds.js';
import { kindOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { floatNew, floatValue } from '../objects/float.js';
import { intFromBigint } from '../objects/int.js';
import { makeModule, defineFunctions, checkArgs, type FunctionSpec } from './math.js';
import { retryableCall, sleepNative, threadCpuNs } from '../vm/threads.js';
import { RETRY_CALL } from '../vm/blocking.js';
import { TS_FRAME } from '../vm/threadstate.js';
import { FR_IP } from '../vm/frame.js';
import { processTimeNs } from '../vm/cpuclock.js';
import { lazyModuleGetattr } from './importer.js';
import { smallIntRef } from '../heap/layout.js';
import { strFromJS } from '../objects/str.js';
import { tupleNew, tupleSetItemSteal } from '../objects/tuple.js';

function wallNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.round(ms * 1e6));
}



/** A clock as two natives: NAME() -> float seconds, NAME_ns() -> int nanoseconds. */
function clockPair(name: string, ns: (rt: Runtime) => bigint): FunctionSpec[] {
  return [
    [name, (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'time.' + name, nargs, kwnames, 0, 0)) return NULL;
      return floatNew(rt, Number(ns(rt)) / 1e9);
    }],
    [name + '_ns', (rt, _args, nargs, kwnames) => {
      if (!checkArgs(rt, 'time.' + name + '_ns', nargs, kwnames, 0, 0)) return NULL;
      return intFromBigint(rt, ns(rt));
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
  // CPython converts to nanoseconds in an int64: a float beyond it is "out of range for
  // platform time_t" (_PyTime_FromDouble), an int "too large" (_PyLong_AsTime_t)
  if (k === Kind.FLOAT ? !(secs * 1e9 < 9223372036854775808) : secs > 9223372036) {
    return raiseOverflow(rt, k === Kind.FLOAT ? 'timestamp out of range for platform time_t' : 'timestamp too large to convert to C _PyTime_t');
  }
  // threads (issue 5): the thread sleeps, its executor and the GIL go to other threads
  const parked = sleepNative(rt, args, secs);
  if (parked !== NULL) return parked;
  // the CLI's single-threaded run: the wait happens on the event loop, where a Ctrl-C can
  // interrupt it (Runtime.eventLoopSleeps; vm/run.ts runInterruptible): "call me again when
  // the deadline has passed", the deadline kept for the retry of this very CALL
  if (secs > 0 && rt.eventLoopSleeps && retryableCall(rt, args, false)) {
    const fp = rt.i32[(rt.ts + TS_FRAME) >> 2]!;
    const ip = rt.i32[fp + FR_IP]!;
    const now = Number(process.hrtime.bigint());
    if (rt.sleepFrame === fp && rt.sleepIp === ip) {
      if (now >= rt.sleepUntil) {
        rt.sleepFrame = 0;
        return rt.None;
      }
    } else {
      rt.sleepUntil = now + secs * 1e9;
      rt.sleepFrame = fp;
      rt.sleepIp = ip;
    }
    return RETRY_CALL;
  }
  if (secs > 0) {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    const deadline = performance.now() + secs * 1000;
    for (let left = secs * 1000; left > 0; left = deadline - performance.now()) Atomics.wait(cell, 0, 0, left);
  }
  return rt.None;
}

/** The local zone at an instant (seconds since the epoch): offset east of UTC, DST flag, name. */
function tzinfoImpl(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!checkArgs(rt, 'time._tzinfo', nargs, kwnames, 1, 1)) return NULL;
  const secs = A.toFloat(rt, rt.i32[args] as Ref);
  if (secs === null) return NULL;
  // a JS Date spans +-8.64e15 ms: an instant beyond takes the zone rule at that limit
  const when = new Date(Math.min(Math.max(secs, -8.64e12), 8.64e12) * 1000);
  const offset = -when.getTimezoneOffset() * 60;
  const year = when.getFullYear();
  const january = -new Date(year, 0, 1).getTimezoneOffset() * 60;
  const july = -new Date(year, 6, 1).getTimezoneOffset() * 60;
  const isDst = january !== july && offset === Math.max(january, july) ? 1 : 0;
  let zone = 'UTC';
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(when).find((p) => p.type === 'timeZoneName');
    if (part !== undefined) zone = part.value;
  } catch {
    // no Intl data: keep UTC
  }
  const r = tupleNew(rt, 3);
  tupleSetItemSteal(rt, r, 0, intFromBigint(rt, BigInt(offset)));
  tupleSetItemSteal(rt, r, 1, smallIntRef(isDst));
  tupleSetItemSteal(rt, r, 2, strFromJS(rt, zone));
  return r;
}

const TIME_FUNCTIONS = defineFunctions([
  ...clockPair('time', wallNs),
  ...clockPair('perf_counter', () => process.hrtime.bigint()),
  ...clockPair('monotonic', () => process.hrtime.bigint()),
  ...clockPair('process_time', () => processTimeNs()),
  ...clockPair('thread_time', (rt) => BigInt(Math.round(threadCpuNs(rt)))),
  ['sleep', sleepImpl],
  ['_tzinfo', tzinfoImpl],
  ['__getattr__', lazyModuleGetattr('time', '_time')],
]);

registerLazyModuleNames('time', ['struct_time', 'gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'strftime',
  'get_clock_info', 'timezone', 'altzone', 'daylight', 'tzname']);

export function createTimeModule(rt: Runtime): Ref {
  return makeModule(rt, 'time', TIME_FUNCTIONS, []);
}
