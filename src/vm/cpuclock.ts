/*
 * CPU clocks: the calling OS thread's CPU time, and the process's CPU time as
 * time.process_time() answers it.
 *
 * process_time is the CPU time of the threads that run Python: the main JS thread, plus
 * each executor worker's OS thread after it started. A CPython process has no other threads;
 * a Node process has V8's helpers (compiling, collecting) and libuv's, and each executor's
 * worker first loads the VM into its own JS engine, which CPython never does. Importing
 * threading pre-starts those workers (threads.ts prestartForThreading) while the program
 * goes on, so with the whole process's time (process.cpuUsage) `p = time.process_time();
 * time.sleep(0.3)` after `import threading` measured 0.10-0.21 s of "CPU" (CPython: 0.0),
 * two threads taking turns under the GIL 1.4-1.6 s of CPU per second (V8 compiling each
 * executor's interpreter loop on its helper threads), and the classic demos' CPU figures
 * lied.
 *
 * The threads are found through a SharedArrayBuffer of the main thread's (startupCpuBuffer),
 * given to every executor worker in its workerData: the main thread's id, then a slot per
 * worker, taken as soon as its code runs (adoptStartupCpuBuffer): its OS thread id
 * (/proc/thread-self names it) and, once it has loaded the VM, the CPU time that took
 * (recordExecutorStartup, executor.ts workerMain: a pre-started worker before it waits for
 * its run, plus what attaching to the run cost). process_time reads each thread's
 * /proc/self/task/TID/schedstat and counts a worker's time beyond its start-up. Where there
 * is no procfs, the whole process's time.
 *
 * process_time never goes back (as CPython's): the answer is at least the largest one given
 * so far (a word of the same buffer, shared by every executor).
 *
 * Module-level state: `threadStatReadable`, a cache of whether this machine has
 * /proc/thread-self/schedstat (false once a read failed), not program state; and
 * `startup`, this JS thread's view of the process's buffer (made by the main thread on
 * first use, adopted by a worker from its workerData); `schedstatFds`, this JS thread's
 * open files of the threads' clocks.
 */
import { closeSync, openSync, readFileSync, readlinkSync, readSync } from 'node:fs';

let threadStatReadable = true;

/**
 * Brings the calling OS thread's schedstat up to date. The kernel adds a running thread's
 * time to the figure schedstat shows at scheduler ticks (4 ms here) and context switches
 * only, so two readings inside one tick were equal: a loop of a few ms measured 0 s of
 * CPU, where CPython's clock_gettime(CLOCK_PROCESS_CPUTIME_ID) has ns. getrusage
 * (process.cpuUsage) first accounts the caller's pending run time (thread_group_cputime
 * calls task_sched_runtime on `current`), which makes the next schedstat reading exact to
 * the µs (measured: consecutive readings 18-36 µs apart, the reads' own cost, instead of
 * 4 ms steps). Other threads' figures stay at their last tick.
 */
function settleOwnClock(): void {
  process.cpuUsage();
}

/** The calling OS thread's CPU ns from /proc/thread-self/schedstat (Linux: time on a
 * CPU), or null where there is no such file. */
export function exactThreadCpuNs(): number | null {
  if (!threadStatReadable) return null;
  try {
    settleOwnClock();
    const text = readFileSync('/proc/thread-self/schedstat', 'latin1');
    const ns = Number(text.slice(0, text.indexOf(' ')));
    if (Number.isFinite(ns)) return ns;
  } catch {
    // no procfs here: null from now on
  }
  threadStatReadable = false;
  return null;
}

/**
 * CPU ns of the calling OS thread: exactThreadCpuNs, else the whole process's
 * (process.cpuUsage). Not the process's where possible: it counts the executors' start-up
 * and V8's compiler and GC threads too.
 */
export function osThreadCpuNs(): number {
  const exact = exactThreadCpuNs();
  if (exact !== null) return exact;
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

/** The buffer: the main JS thread's OS thread id, the number of worker slots taken, the
 * largest process_time answered (BigInt64 ns at byte FLOOR_BYTE), then per worker a slot
 * of SLOT_WORDS Int32 words: its OS thread id, 1 once it has started, and the CPU its
 * start took (microseconds). */
const MAIN_TID_WORD = 0;
const SLOTS_USED_WORD = 1;
const FLOOR_BYTE = 8;
const SLOTS_WORD = 4;
const SLOT_WORDS = 3;
const MAX_SLOTS = 128;
const STARTUP_BUFFER_BYTES = (SLOTS_WORD + MAX_SLOTS * SLOT_WORDS) * 4;

let startup: Int32Array | null = null;

/** This OS thread's id, 0 where procfs does not name it. */
function ownTid(): number {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : 0;
  } catch {
    return 0;
  }
}

function startupWords(): Int32Array {
  if (startup === null) {
    startup = new Int32Array(new SharedArrayBuffer(STARTUP_BUFFER_BYTES));
    if (exactThreadCpuNs() !== null) startup[MAIN_TID_WORD] = ownTid(); // (made on the main thread)
  }
  return startup;
}

/**
 * Forgets the process's buffer: the next run makes a new one. For a host that runs programs
 * one after another in one process (scripts/corpus-runner.ts), between two of them, when
 * no executor of the last one is left: each run's workers take slots of their own (the
 * buffer has MAX_SLOTS; a run that found them taken left its executors' CPU out of
 * process_time), and its floor starts again. The main thread's figure still counts
 * everything that thread ran before.
 */
export function resetProcessClock(): void {
  startup = null;
}

/** The process's buffer, for an executor worker's workerData. */
export function startupCpuBuffer(): SharedArrayBuffer {
  return startupWords().buffer as SharedArrayBuffer;
}

/** A worker takes the main thread's buffer (its workerData's) and a slot in it with its OS
 * thread id; returns the slot, -1 where there is none (no procfs, or all taken). */
export function adoptStartupCpuBuffer(buffer: SharedArrayBuffer): number {
  startup = new Int32Array(buffer);
  const tid = exactThreadCpuNs() === null ? 0 : ownTid();
  if (tid === 0) return -1;
  const slot = Atomics.add(startup, SLOTS_USED_WORD, 1);
  if (slot >= MAX_SLOTS) return -1;
  Atomics.store(startup, SLOTS_WORD + slot * SLOT_WORDS, tid);
  return slot;
}

/**
 * Called by an executor's worker when it has loaded the VM (`slot` its adoptStartupCpuBuffer
 * slot, -1 if none), and by a pre-started one again when it is ready to run Python: adds
 * the CPU its OS thread spent since `sinceNs` (0 at the first call) to its start-up time,
 * marks the slot started, and returns the thread's CPU ns now.
 */
export function recordExecutorStartup(slot: number, sinceNs: number): number {
  const ns = exactThreadCpuNs();
  if (ns === null || slot < 0) return 0;
  const words = startupWords();
  const at = SLOTS_WORD + slot * SLOT_WORDS;
  Atomics.add(words, at + 2, Math.round((ns - sinceNs) / 1000));
  Atomics.store(words, at + 1, 1);
  return ns;
}

/** Open /proc/self/task/TID/schedstat files by thread id: each reading is one pread (an
 * open and close per reading made process_time cost ~75 µs a call). */
const schedstatFds = new Map<number, number>();
const schedstatBytes = Buffer.alloc(128);

/** CPU ns of this process's thread `tid`, null if it cannot be read (gone). */
function taskCpuNs(tid: number): number | null {
  let fd = schedstatFds.get(tid);
  try {
    if (fd === undefined) {
      fd = openSync(`/proc/self/task/${tid}/schedstat`, 'r');
      schedstatFds.set(tid, fd);
    }
    const n = readSync(fd, schedstatBytes, 0, schedstatBytes.length, 0);
    const text = schedstatBytes.toString('latin1', 0, n);
    const ns = Number(text.slice(0, text.indexOf(' ')));
    return Number.isFinite(ns) ? ns : null;
  } catch {
    if (fd !== undefined) {
      schedstatFds.delete(tid);
      try {
        closeSync(fd);
      } catch {
        // already gone
      }
    }
    return null;
  }
}

/** time.process_time() in ns (see the module comment). */
export function processTimeNs(): bigint {
  const words = startupWords();
  const mainTid = Atomics.load(words, MAIN_TID_WORD);
  if (mainTid !== 0) settleOwnClock();
  const mainNs = mainTid === 0 ? null : taskCpuNs(mainTid);
  let ns: number;
  if (mainNs === null) {
    const u = process.cpuUsage();
    ns = (u.user + u.system) * 1000;
  } else {
    ns = mainNs;
    const used = Math.min(Atomics.load(words, SLOTS_USED_WORD), MAX_SLOTS);
    for (let slot = 0; slot < used; slot++) {
      const at = SLOTS_WORD + slot * SLOT_WORDS;
      const tid = Atomics.load(words, at);
      if (tid === 0 || Atomics.load(words, at + 1) === 0) continue; // still starting
      const cpu = taskCpuNs(tid);
      if (cpu !== null) ns += Math.max(0, cpu - Atomics.load(words, at + 2) * 1000);
    }
  }
  const raw = BigInt(Math.round(ns));
  const floor = new BigInt64Array(words.buffer, FLOOR_BYTE, 1);
  for (;;) {
    const last = Atomics.load(floor, 0);
    if (raw <= last) return last;
    if (Atomics.compareExchange(floor, 0, last, raw) === last) return raw;
  }
}
