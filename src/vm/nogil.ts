/*
 * No-GIL mode (issue 6): what changes when `gilvm run --no-gil` runs Python threads in
 * parallel on the executors, and the table of every shared runtime structure with its
 * protection.
 *
 * The mode is chosen once: run.ts creates executor 0's Runtime with the biased counter
 * (interp.ts createInterpreter({ noGil })), the scheduler formats HDR_NO_GIL = 1 (gil.ts:
 * take/drop become no-ops, executor.ts runs slices in parallel), and every worker builds its
 * Runtime with the biased counter when it reads HDR_NO_GIL (threads.ts attachRuntime).
 * `rt.rc.atomic` is THE mode flag every other module tests (sys._is_gil_enabled,
 * vm/objlock.ts callers); it never changes during a run.
 *
 * Shared structures and their protection (no-GIL mode):
 *   reference counts       biased counting (heap/refcount.ts): owner plain, others Atomics;
 *                          merge queues drained by their owner at every slice start
 *                          (threads.ts runSlice), by the executor that queues an object
 *                          while its owner is between slices (the owner borrowed:
 *                          refcount.ts mergeForIdleOwner, vm/stw.ts BORROWED), and by
 *                          `parallelRunEnded` below.
 *   immortal objects       built-in types, their dicts / MROs, builtin functions and method
 *                          descriptors, code objects and their constants, interned strs,
 *                          imported modules, None/True/False...: never counted, so the
 *                          hottest shared objects cost no atomic operation. User functions,
 *                          classes and the __main__ module are NOT immortal: they are
 *                          counted like everything else (biased). Measured: two threads
 *                          each calling a module-level function and instantiating a
 *                          module-level class 150,000 times (--no-gil --workers 2, 3 runs
 *                          each), once as is and once with CPython 3.13's "immortalize the
 *                          deferred objects when the first thread starts" emulated by a heap
 *                          walk over functions, types and modules: user CPU 3.07-3.97 s vs
 *                          3.32-3.85 s, executor busy time 5.3-7.3 s either way, i.e. no
 *                          difference measurable here (2 cores, load average ~13 while
 *                          measuring). Immortalizing would also keep what those objects hold
 *                          (globals dicts, defaults, class dicts) alive past the
 *                          --check-refs teardown, which would report it as leaked; CPython
 *                          3.14's deferred counting (stack references not counted) would need
 *                          the eval loop's LOAD_GLOBAL / CALL paths changed. Left counted.
 *   list / dict / set      per-object lock in OB_FLAGS bits 16-31 (vm/objlock.ts): dict
 *   instance __dict__      mutations and generic lookups (objects/dict.ts), list appends,
 *                          growth and clear (objects/list.ts), every list iterator step
 *                          (objects/iter.ts), subscripts and `in` in the eval loop, a
 *                          list extended from a container (seqops.ts), every call of a built-in
 *                          method on a list / dict / set (eval.ts CALL, call.ts callVector)
 *                          run as one critical section on the container (CPython's
 *                          per-method critical sections). Str-key lookups (attributes,
 *                          globals, type dicts) are lock-free; the raw blocks they read
 *                          (dict keys blocks, list item arrays) are not freed while another
 *                          executor may read them: `retireBlock` below (QSBR), and a dict
 *                          value or key replaced or deleted, or a closure cell's old content
 *                          (STORE_DEREF), is released only after the same grace period
 *                          (`releaseValue`), so a lock-free reader that loaded it in its
 *                          current slice has incref'd it first. Not covered (known gaps):
 *                          natives that read a list or dict given as an ARGUMENT by index
 *                          (sum, str.join, dict(d), set(d)...) without its lock, and items
 *                          removed from a list are released at once (list readers are
 *                          locked: subscripts, iteration, methods).
 *   raw block reclamation  `retireBlock`: a dict keys block replaced by a resize, a list's
 *                          item array replaced by growth, is freed only when every executor
 *                          has passed a slice boundary since (free-threaded CPython's QSBR,
 *                          Python/qsbr.c, with slice starts as the quiescent states):
 *                          HDR_QSBR_EPOCH is the global epoch, EXR_QSBR_SEEN the epoch each
 *                          executor saw at its slice start (QSBR_OFFLINE between slices), for
 *                          the HDR_QSBR_EXECUTORS executors (the workers, then the spares).
 *                          When every other executor is between slices (or started its
 *                          slice after the change) nothing waits: freed / released at once
 *                          (`othersPassed`), so a `del` while the other threads wait
 *                          finalizes at once, as under the GIL. Idle executors' lists are
 *                          processed by the others (borrowed, `processIdleRetired`) at
 *                          slice starts and synchronization points (`qsbrSyncPoint`).
 *   intern table           a dict: internStr's lookup-then-insert runs under its lock
 *                          (objects/intern.ts), so a name is interned once.
 *   sys.modules            a dict (locked mutations).
 *   class creation / type  HDR_TYPE_EPOCH bumped with Atomics.add AFTER the namespace
 *   lookup cache           changed (objects/type.ts); each executor's cache (Runtime
 *                          typeCache) is its own and is cleared when it sees a new epoch, and
 *                          a lookup reads the epoch BEFORE it looks, so a stale answer is
 *                          filed under the old epoch and never used again.
 *   attribute inline       code objects are shared. Under no-GIL a store cache's hit
 *   caches (code objects)  replaces the value under the dict's lock (critical.ts
 *                          storeCachedLocked); caches are
 *                          claimed with a compareExchange of their first word and bound to
 *                          the first type that fills them (a refill is only for the same type,
 *                          whose dict offset is a constant), and a hit re-checks the entry's
 *                          key, so a torn entry can only miss (evalhelpers.ts).
 *                          LOAD_GLOBAL's cache: every hit re-checks the keys block and the
 *                          entry's key, so a torn entry can only miss.
 *   allocator              per-executor pages and atomic remote-free lists (heap/alloc.ts);
 *                          page pool under the heap lock.
 *   scheduler, GIL words   the scheduler lock (scheduler.ts), Atomics (gil.ts).
 *   output buffer          HDR_OUTPUT_LOCK spin lock around append and flush (vm/output.ts).
 *   cycle collector        stop-the-world (vm/stw.ts): the collecting executor waits until
 *                          every other executor is between two slices (parked at its next
 *                          slice start), collects, resumes them. It gives up and tries again
 *                          later while an executor runs, or a thread waits, inside a nested
 *                          eval loop (natives holding borrowed refs on a JS stack).
 *
 * After the parallel run (`parallelRunEnded`, on the main JS thread, every worker gone):
 * every executor's merge queue is drained, the retired blocks are freed, and every object's
 * count is folded back into OB_REF_LOCAL with executor 0 as owner, so the main thread's
 * teardown and --check-refs see plain counts.
 *
 * Retire lists live in the heap (EXR_RETIRE_BUF/LEN/CAP of each executor record: pairs
 * [entry, goal epoch]; entry = a raw block to free, or an object ref | 1 to decref), so the
 * main thread can process the lists of workers that are gone. Only the owner executor
 * touches its list during the run. Epochs are 32-bit: a run would need 2**31 retires for
 * the comparison to wrap.
 *
 * Module-level state: none.
 */
import { allocRaw, free, forEachObject } from '../heap/alloc.js';
import { IMMORTAL_REFCNT, OB_FLAGS, OB_REF_LOCAL, OB_REF_SHARED, type Ref } from '../heap/layout.js';
import {
  EXR_MQ_LEN, EXR_QSBR_SEEN, EXR_RETIRE_BUF, EXR_RETIRE_CAP, EXR_RETIRE_LEN, EXR_STW_STATE, HDR_NOGIL_PARALLEL, HDR_QSBR_EXECUTORS,
  HDR_QSBR_EPOCH, MAX_EXECUTORS, type Heap,
} from '../heap/memory.js';
import { mergeQueuedFor, SHARED_SHIFT } from '../heap/refcount.js';
import { STW_BORROWED, STW_DETACHED } from './stw.js';
import { HeapExhausted, type Runtime } from './runtime.js';

/** EXR_QSBR_SEEN of an executor that is between slices (holds no pointer into a container). */
export const QSBR_OFFLINE = 0x7fffffff;

/** True while executors run in parallel without the GIL (the collector must stop the world). */
export function parallelRunning(heap: Heap): boolean {
  return Atomics.load(heap.i32, HDR_NOGIL_PARALLEL >> 2) !== 0;
}

/** Appends [entry, goal] to this executor's retire list (a raw block in the heap). */
function pushRetired(rt: Runtime, entry: number, goal: number): void {
  const i32 = rt.i32;
  const record = rt.heap.execRecordWord(rt.executor);
  let buf = i32[record + EXR_RETIRE_BUF]!;
  const len = i32[record + EXR_RETIRE_LEN]!;
  const cap = i32[record + EXR_RETIRE_CAP]!;
  if (len === cap) {
    const grown = Math.max(64, cap * 2);
    const nb = allocRaw(rt.heap, grown * 8, rt.executor);
    if (nb === 0) throw new HeapExhausted(grown * 8);
    if (buf !== 0) {
      i32.copyWithin(nb >> 2, buf >> 2, (buf >> 2) + len * 2);
      free(rt.heap, buf as Ref, rt.executor);
    }
    buf = nb;
    i32[record + EXR_RETIRE_BUF] = nb;
    i32[record + EXR_RETIRE_CAP] = grown;
  }
  i32[(buf >> 2) + len * 2] = entry;
  i32[(buf >> 2) + len * 2 + 1] = goal;
  i32[record + EXR_RETIRE_LEN] = len + 1;
}

/** The goal epoch of something retired now: every executor must see it at a slice start. */
function retireGoal(rt: Runtime): number {
  return Atomics.add(rt.i32, HDR_QSBR_EPOCH >> 2, 1) + 1;
}

/**
 * Frees a raw block (an old dict keys block, a list item array) that lock-free readers on
 * other executors may still be reading: at once under the GIL or outside the parallel run,
 * else once every executor has passed a slice start (QSBR).
 */
export function retireBlock(rt: Runtime, block: Ref): void {
  if (!rt.rc.atomic || !parallelRunning(rt.heap)) {
    free(rt.heap, block, rt.executor);
    return;
  }
  const goal = retireGoal(rt);
  if (othersPassed(rt, goal)) {
    free(rt.heap, block, rt.executor);
    return;
  }
  pushRetired(rt, block, goal);
  retirePressure(rt);
}

/**
 * True when every OTHER executor is between slices or started its current slice after
 * epoch `goal` was published: none can hold a pointer it read, without a lock, before the
 * change that retired something at `goal`, so it can go at once. This executor counts as
 * quiescent for what it retires itself (retirePressure says why). The common case it
 * serves: one thread runs while the others wait (the main thread after join()): a `del`
 * of a global, an attribute or a dict item then runs __del__, closes a file, calls weakref
 * callbacks right away, as with the GIL, instead of at this executor's next slice start
 * (a whole switch interval later, or when the parallel run ends).
 * The handshake is the QSBR scan's (processRetired): the epoch was bumped with Atomics.add
 * after the container changed, and an executor stores the epoch it saw before it reads.
 */
function othersPassed(rt: Runtime, goal: number): boolean {
  const i32 = rt.i32;
  const n = Math.min(Atomics.load(i32, HDR_QSBR_EXECUTORS >> 2), MAX_EXECUTORS);
  for (let e = 0; e < n; e++) {
    if (e === rt.executor) continue;
    if (Atomics.load(i32, rt.heap.execRecordWord(e) + EXR_QSBR_SEEN) < goal) return false;
  }
  return true;
}

/**
 * Drops a container's reference to a value it no longer holds (a dict value replaced or
 * deleted): at once under the GIL; in the parallel run, once every executor has passed a
 * slice start, so that a lock-free reader (LOAD_ATTR / LOAD_GLOBAL cache hits, str-key
 * lookups) that loaded the value in its current slice has incref'd it before it can die.
 */
export function releaseValue(rt: Runtime, v: Ref): void {
  if ((v & 1) !== 0 || v === 0) return;
  if (!rt.rc.atomic || !parallelRunning(rt.heap)) {
    rt.rc.decref(v);
    return;
  }
  if (rt.i32[(v + OB_REF_LOCAL) >> 2]! >= IMMORTAL_REFCNT) return;
  const goal = retireGoal(rt);
  if (othersPassed(rt, goal)) {
    rt.rc.decref(v);
    return;
  }
  pushRetired(rt, v | 1, goal);
  retirePressure(rt);
}

/**
 * A thread that retires a lot within one slice (copying a big dict or set again and again:
 * each copy's growth retires its old keys blocks) would otherwise hold all of it until its
 * next slice start and can exhaust the heap. Every RETIRE_POLL entries it frees what every
 * OTHER executor has already passed: its own executor counts as quiescent for what it
 * retired itself, because the running thread is done with an old block once the operation
 * that replaced it returns (under the GIL such blocks are freed at that very moment).
 */
const RETIRE_POLL = 256;

function retirePressure(rt: Runtime): void {
  const len = rt.i32[rt.heap.execRecordWord(rt.executor) + EXR_RETIRE_LEN]!;
  if (len < RETIRE_POLL || len % RETIRE_POLL !== 0) return;
  let min = QSBR_OFFLINE;
  const n = Math.min(Atomics.load(rt.i32, HDR_QSBR_EXECUTORS >> 2), MAX_EXECUTORS);
  for (let e = 0; e < n; e++) {
    if (e === rt.executor) continue;
    const seen = Atomics.load(rt.i32, rt.heap.execRecordWord(e) + EXR_QSBR_SEEN);
    if (seen < min) min = seen;
  }
  // another executor stalled mid-slice (descheduled on a loaded machine): nothing more is
  // due than at the last poll, and scanning the growing list every RETIRE_POLL entries
  // would cost time quadratic in its length
  if (min === rt.retirePolledUpTo) return;
  rt.retirePolledUpTo = min;
  processRetired(rt, rt.executor, min);
}

/**
 * A quiescent point inside a slice: the running thread is about to sleep waiting for an
 * object lock (vm/objlock.ts), at the start of a container operation, holding no pointer it
 * read without a lock (free-threaded CPython detaches the thread state, a QSBR quiescent
 * state, when it blocks on a critical section). Without it, a thread spinning on a lock that
 * another thread holds for long would keep every executor's retired blocks from being freed.
 */
export function qsbrCheckpoint(rt: Runtime): void {
  const record = rt.heap.execRecordWord(rt.executor) + EXR_QSBR_SEEN;
  if (Atomics.load(rt.i32, record) === QSBR_OFFLINE) return;
  Atomics.store(rt.i32, record, Atomics.load(rt.i32, HDR_QSBR_EPOCH >> 2));
}

/** Processes retired entries of executor `owner` with goal <= `upTo` (all: Infinity). The
 * entries kept move down in place (no second buffer: a list of 100,000 entries held back by a
 * stalled executor must not need twice its size to be processed); the list is shortened
 * before any entry is released, so the deallocators that run may retire more onto it. */
function processRetired(rt: Runtime, owner: number, upTo: number): void {
  releaseDue(rt, takeDue(rt, owner, upTo));
}

/** Frees / releases entries taken off a retire list. */
function releaseDue(rt: Runtime, due: number[]): void {
  for (const entry of due) {
    if ((entry & 1) !== 0) rt.rc.decref((entry & ~1) as Ref);
    else free(rt.heap, entry as Ref, rt.executor);
  }
}

/** Takes the entries of executor `owner`'s retire list with goal <= `upTo` off it. */
function takeDue(rt: Runtime, owner: number, upTo: number): number[] {
  const i32 = rt.i32;
  const record = rt.heap.execRecordWord(owner);
  const len = i32[record + EXR_RETIRE_LEN]!;
  if (len === 0) return [];
  const base = i32[record + EXR_RETIRE_BUF]! >> 2;
  const due: number[] = [];
  let kept = 0;
  for (let k = 0; k < len; k++) {
    const entry = i32[base + k * 2]!;
    const goal = i32[base + k * 2 + 1]!;
    if (goal <= upTo) {
      due.push(entry);
    } else {
      if (kept !== k) {
        i32[base + kept * 2] = entry;
        i32[base + kept * 2 + 1] = goal;
      }
      kept++;
    }
  }
  if (due.length === 0) return due;
  i32[record + EXR_RETIRE_LEN] = kept;
  if (kept === 0 && i32[record + EXR_RETIRE_CAP]! > RETIRE_KEEP_CAP) {
    // a list that grew large while an executor stalled gives its block back once empty
    free(rt.heap, (base << 2) as Ref, rt.executor);
    i32[record + EXR_RETIRE_BUF] = 0;
    i32[record + EXR_RETIRE_CAP] = 0;
  }
  return due;
}

/** The smallest epoch any executor saw at its slice start (QSBR_OFFLINE: none running). */
function minSeen(rt: Runtime): number {
  const i32 = rt.i32;
  let min = QSBR_OFFLINE;
  const n = Math.min(Atomics.load(i32, HDR_QSBR_EXECUTORS >> 2), MAX_EXECUTORS);
  for (let e = 0; e < n; e++) {
    const seen = Atomics.load(i32, rt.heap.execRecordWord(e) + EXR_QSBR_SEEN);
    if (seen < min) min = seen;
  }
  return min;
}

/**
 * The retire lists of executors that are between slices: what they retired while another
 * executor still ran waits for THEIR next slice start, which may never come before the
 * program looks (the thread that deleted a dict entry finished; its executor sleeps). Each
 * such executor is borrowed as heap/refcount.ts mergeForIdleOwner does (EXR_STW_STATE
 * DETACHED -> BORROWED: it cannot start a slice meanwhile), its due entries taken off,
 * and released here once it is given back.
 */
function processIdleRetired(rt: Runtime, upTo: number): void {
  const i32 = rt.i32;
  const n = Math.min(Atomics.load(i32, HDR_QSBR_EXECUTORS >> 2), MAX_EXECUTORS);
  for (let e = 0; e < n; e++) {
    if (e === rt.executor) continue;
    const record = rt.heap.execRecordWord(e);
    if (Atomics.load(i32, record + EXR_RETIRE_LEN) === 0) continue;
    const state = record + EXR_STW_STATE;
    if (Atomics.compareExchange(i32, state, STW_DETACHED, STW_BORROWED) !== STW_DETACHED) continue;
    let due: number[];
    try {
      due = takeDue(rt, e, upTo);
    } finally {
      Atomics.store(i32, state, STW_DETACHED);
    }
    releaseDue(rt, due);
  }
}

/**
 * A synchronization point of the running thread (a lock acquired, a join returned:
 * modules/thread.ts `synchronized`), called from a native at an instruction boundary of
 * its caller, where it holds no pointer read without a lock (a quiescent state): what
 * this and the idle executors retired and every executor has passed is released now, so
 * that a value another thread deleted from a dict before releasing the lock (or ending)
 * is gone when this thread goes on, as under the GIL.
 */
export function qsbrSyncPoint(rt: Runtime): void {
  if (!rt.rc.atomic || !parallelRunning(rt.heap)) return;
  qsbrCheckpoint(rt);
  const min = minSeen(rt);
  processRetired(rt, rt.executor, min);
  processIdleRetired(rt, min);
}

/** Capacity (entries) up to which an emptied retire list keeps its block for reuse. */
const RETIRE_KEEP_CAP = 4096;

/** A slice starts on this executor (a quiescent state): publish the epoch, free what is safe. */
export function qsbrSliceStart(rt: Runtime): void {
  const i32 = rt.i32;
  const record = rt.heap.execRecordWord(rt.executor);
  Atomics.store(i32, record + EXR_QSBR_SEEN, Atomics.load(i32, HDR_QSBR_EPOCH >> 2));
  const min = minSeen(rt);
  if (i32[record + EXR_RETIRE_LEN] !== 0) processRetired(rt, rt.executor, min);
  processIdleRetired(rt, min);
}

/** The slice ended: this executor holds no pointer into a container any more. */
export function qsbrSliceEnd(rt: Runtime): void {
  Atomics.store(rt.i32, rt.heap.execRecordWord(rt.executor) + EXR_QSBR_SEEN, QSBR_OFFLINE);
}

/**
 * With the world stopped (vm/stw.ts), every executor is quiescent: everything retired so
 * far is safe to free or release, on every executor's list. The cycle collector runs this
 * first, so that a value a thread dropped a moment ago (a global set to None, its old value
 * held by a retire list) counts as what it is, garbage, not as referenced from outside.
 */
export function processAllRetiredStopped(rt: Runtime): void {
  const i32 = rt.i32;
  for (let pass = 0; pass < 4; pass++) {
    let pending = 0;
    for (let e = 0; e < MAX_EXECUTORS; e++) {
      if (i32[rt.heap.execRecordWord(e) + EXR_RETIRE_LEN] === 0) continue;
      pending++;
      processRetired(rt, e, Infinity);
    }
    if (pending === 0) break;
  }
}

/** runScheduled, before the workers start: executors are about to run in parallel. */
export function parallelRunStarting(rt: Runtime, executors: number): void {
  if (!rt.rc.atomic) return;
  const i32 = rt.i32;
  // every record, not only the workers': a spare executor started during the run
  // (threads.ts nestedWait) is counted in HDR_QSBR_EXECUTORS (Scheduler.addSpare) before
  // its first slice
  for (let e = 0; e < MAX_EXECUTORS; e++) {
    Atomics.store(i32, rt.heap.execRecordWord(e) + EXR_QSBR_SEEN, QSBR_OFFLINE);
  }
  Atomics.store(i32, HDR_QSBR_EXECUTORS >> 2, Math.min(executors, MAX_EXECUTORS));
  Atomics.store(i32, HDR_NOGIL_PARALLEL >> 2, 1);
}

/**
 * runScheduled, after every worker is gone (see the module comment): merge queues drained,
 * every executor's retire list processed, counts folded into OB_REF_LOCAL owned by
 * executor 0 (the main thread's executor id).
 */
export function parallelRunEnded(rt: Runtime): void {
  if (!rt.rc.atomic) return;
  const heap = rt.heap;
  const i32 = rt.i32;
  Atomics.store(i32, HDR_NOGIL_PARALLEL >> 2, 0);
  for (let pass = 0; pass < 16; pass++) {
    let pending = 0;
    for (let e = 0; e < MAX_EXECUTORS; e++) {
      if (Atomics.load(i32, heap.execRecordWord(e) + EXR_MQ_LEN) === 0) continue;
      pending++;
      mergeQueuedFor(rt.rc, e);
    }
    if (pending === 0) break;
  }
  for (let pass = 0; pass < 16; pass++) {
    let pending = 0;
    for (let e = 0; e < MAX_EXECUTORS; e++) {
      if (i32[heap.execRecordWord(e) + EXR_RETIRE_LEN] === 0) continue;
      pending++;
      processRetired(rt, e, Infinity);
    }
    for (let e = 0; e < MAX_EXECUTORS; e++) {
      if (Atomics.load(i32, heap.execRecordWord(e) + EXR_MQ_LEN) === 0) continue;
      pending++;
      mergeQueuedFor(rt.rc, e);
    }
    if (pending === 0) break;
  }
  forEachObject(heap, (ref) => {
    const w = ref >> 2;
    const local = i32[w + (OB_REF_LOCAL >> 2)]!;
    if (local >= IMMORTAL_REFCNT) return;
    const shared = i32[w + (OB_REF_SHARED >> 2)]!;
    i32[w + (OB_REF_LOCAL >> 2)] = local + (shared >> SHARED_SHIFT);
    i32[w + (OB_REF_SHARED >> 2)] = 0;
    i32[w + (OB_FLAGS >> 2)] = i32[w + (OB_FLAGS >> 2)]! & ~0xff & 0xffff; // owner 0, lock free
  });
}
