/*
 * `_multiprocessing`: the native half of multiprocessing (lib/multiprocessing.py is the
 * Python half: Process, Pool, Queue, Pipe, Lock, Value, Array ...). "The other way around
 * the GIL": each process is a separate interpreter with its own heap and its own GIL.
 *
 * How a process starts: by fork, as CPython 3.11's default on Linux. `start(process,
 * daemon)` copies this interpreter's heap (vm/fork.ts copyHeapForFork: the whole interpreter
 * is that one buffer, so the copy has every object at the same address) and starts a Node
 * worker_thread (vm/mp-child.ts) that attaches a Runtime to the copy, keeps only the
 * thread that forked, and calls the same Process object's _bootstrap() (lib/multiprocessing.py
 * _fork_child_main). Nothing is pickled on the way in: a lambda, a closure, a function
 * defined under the `__main__` guard are targets, and the child sees the globals as they
 * were at start(). The copy is taken with the heap lock held, and --no-gil with the world
 * stopped (vm/stw.ts); it costs the parent's used heap bytes (~10 ms for 8 MiB, ~60 ms for
 * 40 MiB measured here), paid at every start (no copy-on-write in a SharedArrayBuffer).
 * Worker threads, not child processes: they share SharedArrayBuffers, which the heap copy,
 * queues, locks, Event and Value/Array need with no event loop (the parent's JS thread
 * never returns to it while Python runs); a child *process* would also boot gilvm (~0.5 s)
 * before anything. Measured on this 2-core machine (shared, load average 12-14, runs of
 * both builds interleaved): Process().start() + join() of an empty target took 0.25-2.0 s
 * wall (0.44-0.79 s after the first) when the child re-ran the main script on a fresh heap
 * (the spawn emulation this replaced), 0.15-0.68 s as a fork, either mode; with a parent
 * holding 300,000 strs, 1.1-1.2 s before, 0.25-0.28 s as a fork. Most of what is left is
 * the new isolate loading gilvm's code (the same graph as the CLI's, so that the native
 * function table matches).
 * Consequence of threads: children share the OS pid, so a child's `process.pid` is
 * overridden in its isolate (root pid + n).
 *
 * What crosses between interpreters (vm/mp-arena.ts, shared by the whole process tree):
 * bytes. `dumps(obj, reducer)` serializes plain data natively (None, bool, int incl. big,
 * float, str, bytes, bytearray, tuple, list, dict, set, frozenset, Ellipsis) and asks the
 * Python `reducer` for anything else (functions and classes by module + qualified name,
 * instances by class + state, exceptions by class + args; it raises the pickling errors);
 * `loads(data, rebuild)` is the inverse (rebuild(reduced_tuple) in Python). A memo, as
 * pickle's, keeps a sub-object shared within one message shared after it (containers and
 * reduced objects: Tag.MEMO names the n-th one met). Containers take their memo slot when
 * they start (so a list or dict containing itself comes back cyclic), plain instances once
 * their class is read (Tag.INST: made empty, then filled, so obj.me = obj comes back
 * cyclic), other reduced objects when they end (they exist only once rebuilt: a cycle
 * through one, as through a __reduce__ result, stays a RecursionError).
 * Both sides hold a reference to every memoized object until the message is done, so an
 * address cannot be freed and reused under the memo.
 *
 * Blocking (join, queue get, lock acquire, Event.wait): the condition lives in the arena
 * and is changed by another interpreter, which cannot wake this one's scheduler. With no
 * scheduler (single-threaded program) the call sleeps on the arena's event word
 * (Atomics.wait: nothing else could run anyway). With the scheduler it follows
 * vm/threads.ts's protocol, parking the Python thread (WaitKind.SLEEP) with a deadline of
 * POLL_MS and re-checking on each retry: only the calling Python thread blocks.
 *
 * Exit: a child writes its exit code into its process record (join reads it there); a
 * daemon child's Worker is unref'd (the parent's exit kills it, as CPython terminates
 * daemonic children), a non-daemon one keeps the process alive until it ends (as CPython
 * joins them at exit). Children print through their own heap's output buffer, flushed at
 * their exit or on flush=True (as CPython's children writing to a pipe); `start` flushes
 * the parent's buffer first (as CPython's Popen does before forking).
 *
 * Module-level state (JS handles only, per isolate): `arenas` (Runtime -> Arena view),
 * `workers` (process record -> the Worker handle, which only its creating isolate can
 * terminate), `childInfo` (set by vm/mp-child.ts in a child's isolate: its record, pid,
 * options and, in its own isolate, the fork it starts from), cliOptions() (the root's
 * gilvm options, parsed once from process.argv: worker isolates have no argv).
 */
import { Worker, isMainThread } from 'node:worker_threads';
import { NULL, type Ref } from '../heap/layout.js';
import { allocRaw } from '../heap/alloc.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { raiseNew, raiseTypeError, raiseValueError } from '../vm/errors.js';
import { outputFlush, outputWrite } from '../vm/output.js';
import { formatException } from '../vm/traceback.js';
import { RETRY_CALL } from '../vm/blocking.js';
import { currentRecord, deadlineFor, nativesFingerprint, nowNs, retryableCall, runtimeSnapshot, schedulerOf, takeRetryState, waitOn, WaitResult, type RetryState } from '../vm/threads.js';
import { WaitKind } from '../vm/sched-record.js';
import { Arena, ARENA_BYTES } from '../vm/mp-arena.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, typeOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { dictGetStr, dictNew, dictSetItem, dictNextEntry, dictEntryKey, dictEntryValue, dictSize } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { strFromJS, strToJS } from '../objects/str.js';
import { intFromBigint, intFromNumber, intToBigint } from '../objects/int.js';
import { floatNew, floatValue } from '../objects/float.js';
import { tupleFromRefs, tupleItem, tupleNew, tupleSetItemSteal, tupleSize } from '../objects/tuple.js';
import { listAppendSteal, listItem, listNew, listSize } from '../objects/list.js';
import { setAdd, setNew } from '../objects/set.js';
import { bytesData, bytesNew } from '../objects/bytes.js';
import { MOD_DICT } from '../objects/method.js';
import { call1 } from '../vm/call.js';
import { makeModule, defineFunctions, checkArgs, floatArg } from './math.js';
import { importModule } from './importer.js';
import { moduleNew } from '../objects/method.js';
import { copyHeapForFork } from '../vm/fork.js';

const POLL_MS = 2;

/** gilvm options a child inherits. */
export interface ChildRunOptions {
  noGil?: boolean;
  workers?: number;
  switchInterval?: number;
  checkRefs?: boolean;
  maxHeap?: number;
}

/** What a child's isolate runs (vm/mp-child.ts fills it from its workerData). */
export interface ChildInfo {
  /** The arena's buffer (the root process's heap) and its offset there. */
  sab: SharedArrayBuffer;
  base: number;
  record: number;
  pid: number;
  options: ChildRunOptions;
  /** The root process's real pid (children's pids are rootPid + n). */
  rootPid: number;
  /** The parent's pid (os.getppid() in the child). */
  ppid: number;
  /** The fork (vm/fork.ts): the copy of the parent's heap, the parent Runtime's snapshot,
   * its counting (--no-gil), and the Process object start() was called on (its address,
   * the same in the copy). Only in the child's own isolate (dropped from mpChildInfo). */
  fork?: { heap: SharedArrayBuffer; runtime: Record<string, unknown>; noGil: boolean; process: number; natives: { count: number; names: string } };
}

let childInfo: ChildInfo | null = null;

export function setChildInfo(info: ChildInfo): void {
  childInfo = info;
}

/**
 * This process's ChildInfo, also in the executors a child starts for its threads: their
 * isolates get it with the Runtime's snapshot (vm/threads.ts runnerOptionsFor), from the
 * `mpChildInfo` field vm/mp-child.ts sets on the child's Runtime (without the fork).
 */
function childOf(rt: Runtime): ChildInfo | null {
  return childInfo ?? (rt as unknown as { mpChildInfo?: ChildInfo }).mpChildInfo ?? null;
}

/** The gilvm options on the root's command line (the worker isolates have no argv). */
function parseCliOptions(argv: readonly string[]): ChildRunOptions {
  const o: ChildRunOptions = {};
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--no-gil') o.noGil = true;
    else if (flag === '--check-refs') o.checkRefs = true;
    else if (flag === '--workers') o.workers = Number(value());
    else if (flag === '--switch-interval') o.switchInterval = Number(value());
    else if (flag === '--max-heap') void value();
    else if (flag === '-c' || (!a.startsWith('-') && a !== 'run')) break;
  }
  return o;
}

let cliOptionsParsed: ChildRunOptions | undefined;

/** The root process's options (parsed on first use: reading isMainThread loads worker_threads). */
function cliOptions(): ChildRunOptions {
  return (cliOptionsParsed ??= isMainThread ? parseCliOptions(process.argv) : {});
}

const arenas = new WeakMap<Runtime, Arena>();
const workers = new Map<number, Worker>();
/** The records of the daemonic children this isolate started (terminateDaemonChildren). */
const daemonRecords = new Set<number>();

/**
 * The main program ended (vm/run.ts finishRun): daemonic children still running are
 * terminated, as CPython's multiprocessing exit handler does before it joins the others
 * (Node then keeps the process alive until the non-daemonic children end). Before this, a
 * daemon kept running (and printing) while the parent waited for a non-daemon child.
 */
export function terminateDaemonChildren(rt: Runtime): void {
  if (daemonRecords.size === 0) return;
  const arena = arenas.get(rt);
  for (const p of daemonRecords) {
    const w = workers.get(p);
    if (arena === undefined || w === undefined || arena.exitCode(p) !== null) continue;
    workers.delete(p);
    arena.setExited(p, -15);
    arena.prepareKill(p);
    void w.terminate();
  }
  daemonRecords.clear();
}

function moduleDict(rt: Runtime): Ref {
  const m = dictGetStr(rt, rt.modules, internJS(rt, '_multiprocessing'));
  return m === NULL ? NULL : (rt.i32[(m + MOD_DICT) >> 2] as Ref);
}

function arenaOf(rt: Runtime): Arena {
  let a = arenas.get(rt);
  if (a !== undefined) return a;
  const root = (rt as unknown as { mpRoot?: { sab: SharedArrayBuffer; base: number } }).mpRoot;
  // a child's own record: its arena sections stop when it is being killed (Arena.lock)
  const self = childOf(rt)?.record ?? 0;
  if (root !== undefined) a = new Arena(root.sab, root.base, self);
  else if (childInfo !== null) a = new Arena(childInfo.sab, childInfo.base, self);
  else {
    const base = dictGetStr(rt, moduleDict(rt), internJS(rt, '_arena'));
    a = new Arena(rt.i32.buffer as SharedArrayBuffer, Number(intToBigint(rt, base)));
  }
  arenas.set(rt, a);
  return a;
}

function inheritedOptions(rt: Runtime): ChildRunOptions {
  const o = { ...(childInfo?.options ?? cliOptions()) };
  const s = dictGetStr(rt, moduleDict(rt), internJS(rt, '_options'));
  if (s !== NULL) Object.assign(o, JSON.parse(strToJS(rt, s)) as ChildRunOptions);
  if (rt.rc.atomic) o.noGil = true;
  return o;
}

// ---------------------------------------------------------------- serialization

const enum Tag { NONE, TRUE, FALSE, INT32, BIGINT, FLOAT, STR, BYTES, TUPLE, LIST, DICT, SET, FROZENSET, REDUCE, ELLIPSIS, BYTEARRAY, MEMO, INST }

class Writer {
  /** memoized object -> its index (each holds a reference until release()) */
  memo = new Map<Ref, number>();
  memoCount = 0;
  buf = new Uint8Array(256);
  view = new DataView(this.buf.buffer);
  n = 0;
  need(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
    this.view = new DataView(b.buffer);
  }
  u8(v: number): void {
    this.need(1);
    this.buf[this.n++] = v;
  }
  u32(v: number): void {
    this.need(4);
    this.view.setUint32(this.n, v, true);
    this.n += 4;
  }
  i32(v: number): void {
    this.need(4);
    this.view.setInt32(this.n, v, true);
    this.n += 4;
  }
  f64(v: number): void {
    this.need(8);
    this.view.setFloat64(this.n, v, true);
    this.n += 8;
  }
  bytes(d: Uint8Array): void {
    this.u32(d.length);
    this.need(d.length);
    this.buf.set(d, this.n);
    this.n += d.length;
  }
  /** Gives v the next memo index (a new reference held until release). */
  remember(rt: Runtime, v: Ref): void {
    this.memo.set(newRef(rt, v), this.memoCount++);
  }
  release(rt: Runtime): void {
    for (const v of this.memo.keys()) decref(rt, v);
    this.memo.clear();
  }
  str(s: string): void {
    this.u32(s.length);
    this.need(2 * s.length);
    for (let i = 0; i < s.length; i++) this.view.setUint16(this.n + 2 * i, s.charCodeAt(i), true);
    this.n += 2 * s.length;
  }
}

function exactKind(rt: Runtime, v: Ref): Kind | -1 {
  const k = kindOf(rt, v);
  return typeOf(rt, v) === rt.kindTypes[k] ? k : -1;
}

/** Encodes v; false with an exception set. */
function encode(rt: Runtime, w: Writer, v: Ref, reducer: Ref, depth: number): boolean {
  if ((v & 1) === 1) {
    w.u8(Tag.INT32);
    w.i32(v >> 1);
    return true;
  }
  if (v === rt.None) return (w.u8(Tag.NONE), true);
  if (v === rt.True) return (w.u8(Tag.TRUE), true);
  if (v === rt.False) return (w.u8(Tag.FALSE), true);
  if (depth > 900) {
    raiseNew(rt, rt.exc.RecursionError!, 'maximum recursion depth exceeded while pickling an object');
    return false;
  }
  const seen = w.memo.get(v);
  if (seen !== undefined) {
    w.u8(Tag.MEMO);
    w.u32(seen);
    return true;
  }
  const k = exactKind(rt, v);
  switch (k) {
    case Kind.INT: {
      const b = intToBigint(rt, v);
      if (b >= -(2n ** 31n) && b < 2n ** 31n) {
        w.u8(Tag.INT32);
        w.i32(Number(b));
      } else {
        w.u8(Tag.BIGINT);
        w.str(b.toString(16));
      }
      return true;
    }
    case Kind.FLOAT:
      w.u8(Tag.FLOAT);
      w.f64(floatValue(rt, v));
      return true;
    case Kind.STR:
      w.u8(Tag.STR);
      w.str(strToJS(rt, v));
      return true;
    case Kind.BYTES:
    case Kind.BYTEARRAY:
      if (k === Kind.BYTEARRAY) w.remember(rt, v);
      w.u8(k === Kind.BYTES ? Tag.BYTES : Tag.BYTEARRAY);
      w.bytes(bytesData(rt, v));
      return true;
    case Kind.ELLIPSIS:
      w.u8(Tag.ELLIPSIS);
      return true;
    case Kind.TUPLE: {
      const n = tupleSize(rt, v);
      w.remember(rt, v);
      w.u8(Tag.TUPLE);
      w.u32(n);
      for (let i = 0; i < n; i++) if (!encode(rt, w, tupleItem(rt, v, i), reducer, depth + 1)) return false;
      return true;
    }
    case Kind.LIST: {
      const n = listSize(rt, v);
      w.remember(rt, v);
      w.u8(Tag.LIST);
      w.u32(n);
      for (let i = 0; i < n && i < listSize(rt, v); i++) {
        const item = newRef(rt, listItem(rt, v, i));
        const ok = encode(rt, w, item, reducer, depth + 1);
        decref(rt, item);
        if (!ok) return false;
      }
      return true;
    }
    case Kind.DICT:
    case Kind.SET:
    case Kind.FROZENSET: {
      const isDict = k === Kind.DICT;
      const keys: Ref[] = [];
      for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
        keys.push(newRef(rt, dictEntryKey(rt, v, ix)));
        if (isDict) keys.push(newRef(rt, dictEntryValue(rt, v, ix)));
      }
      w.remember(rt, v);
      w.u8(isDict ? Tag.DICT : k === Kind.SET ? Tag.SET : Tag.FROZENSET);
      w.u32(isDict ? keys.length / 2 : keys.length);
      let ok = true;
      for (const x of keys) {
        if (ok) ok = encode(rt, w, x, reducer, depth + 1);
        decref(rt, x);
      }
      return ok;
    }
    default: {
      const r = call1(rt, reducer, v);
      if (r === NULL) return false;
      if (kindOf(rt, r) !== Kind.TUPLE) {
        decref(rt, r);
        raiseTypeError(rt, 'reducer must return a tuple');
        return false;
      }
      if (isInstanceReduction(rt, r)) {
        // an instance ('o'/'O', class, state...): its class, then its memo slot, then the
        // reduction; the reader makes the empty instance before the state, which may refer
        // to it (obj.parent.child is obj)
        w.u8(Tag.INST);
        let ok = encode(rt, w, tupleItem(rt, r, 1), reducer, depth + 1);
        if (ok) {
          w.remember(rt, v);
          ok = encode(rt, w, r, reducer, depth + 1);
        }
        decref(rt, r);
        return ok;
      }
      w.u8(Tag.REDUCE);
      const ok = encode(rt, w, r, reducer, depth + 1);
      decref(rt, r);
      if (ok) w.remember(rt, v);   // after its parts, as the reader rebuilds it then
      return ok;
    }
  }
}

/** A reduction of a plain instance (lib/multiprocessing.py's ('o', cls, state) or
 * ('O', cls, dict, slots)): sent in two halves (Tag.INST). */
function isInstanceReduction(rt: Runtime, r: Ref): boolean {
  if (tupleSize(rt, r) < 2) return false;
  const tag = tupleItem(rt, r, 0);
  if ((tag & 1) === 1 || kindOf(rt, tag) !== Kind.STR) return false;
  const t = strToJS(rt, tag);
  return t === 'o' || t === 'O';
}

class Reader {
  /** the memoized objects by index (each a reference held until release()) */
  memo: Ref[] = [];
  view: DataView;
  n = 0;
  constructor(readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  u8(): number {
    return this.buf[this.n++]!;
  }
  u32(): number {
    const v = this.view.getUint32(this.n, true);
    this.n += 4;
    return v;
  }
  remember(rt: Runtime, v: Ref): Ref {
    this.memo.push(newRef(rt, v));
    return v;
  }
  release(rt: Runtime): void {
    for (const v of this.memo) decref(rt, v);
    this.memo.length = 0;
  }
  i32(): number {
    const v = this.view.getInt32(this.n, true);
    this.n += 4;
    return v;
  }
  f64(): number {
    const v = this.view.getFloat64(this.n, true);
    this.n += 8;
    return v;
  }
  bytes(): Uint8Array {
    const len = this.u32();
    const d = this.buf.slice(this.n, this.n + len);
    this.n += len;
    return d;
  }
  str(): string {
    const len = this.u32();
    let s = '';
    for (let i = 0; i < len; i += 4096) {
      const units: number[] = [];
      for (let j = i; j < Math.min(len, i + 4096); j++) units.push(this.view.getUint16(this.n + 2 * j, true));
      s += String.fromCharCode(...units);
    }
    this.n += 2 * len;
    return s;
  }
}

/** rebuild((tag, *items)): new reference or NULL. */
function callRebuild(rt: Runtime, rebuild: Ref, tag: string, ...items: Ref[]): Ref {
  const tagRef = strFromJS(rt, tag);
  const t = tupleFromRefs(rt, [tagRef, ...items]);
  decref(rt, tagRef);
  const v = call1(rt, rebuild, t);
  decref(rt, t);
  return v;
}

/** Decodes one value: new reference or NULL (exception set). */
function decode(rt: Runtime, r: Reader, rebuild: Ref): Ref {
  const tag = r.u8() as Tag;
  switch (tag) {
    case Tag.NONE: return rt.None;
    case Tag.TRUE: return rt.True;
    case Tag.FALSE: return rt.False;
    case Tag.ELLIPSIS: return rt.Ellipsis;
    case Tag.INT32: return intFromNumber(rt, r.i32());
    case Tag.BIGINT: {
      const s = r.str();
      return intFromBigint(rt, s.startsWith('-') ? -BigInt('0x' + s.slice(1)) : BigInt('0x' + s));
    }
    case Tag.FLOAT: return floatNew(rt, r.f64());
    case Tag.STR: return strFromJS(rt, r.str());
    case Tag.BYTES: return bytesNew(rt, r.bytes());
    case Tag.BYTEARRAY: return r.remember(rt, bytesNew(rt, r.bytes(), true));
    case Tag.MEMO: {
      const ix = r.u32();
      if (ix >= r.memo.length) return raiseValueError(rt, 'corrupt multiprocessing message');
      return newRef(rt, r.memo[ix]!);
    }
    case Tag.TUPLE: {
      const n = r.u32();
      const t = tupleNew(rt, n);
      for (let i = 0; i < n; i++) tupleSetItemSteal(rt, t, i, rt.None);   // filled below
      r.remember(rt, t);
      for (let i = 0; i < n; i++) {
        const x = decode(rt, r, rebuild);
        if (x === NULL) {
          decref(rt, t);
          return NULL;
        }
        tupleSetItemSteal(rt, t, i, x);
      }
      return t;
    }
    case Tag.LIST: {
      const n = r.u32();
      const l = r.remember(rt, listNew(rt, n));
      for (let i = 0; i < n; i++) {
        const x = decode(rt, r, rebuild);
        if (x === NULL) return (decref(rt, l), NULL);
        listAppendSteal(rt, l, x);
      }
      return l;
    }
    case Tag.DICT: {
      const n = r.u32();
      const d = r.remember(rt, dictNew(rt));
      for (let i = 0; i < n; i++) {
        const key = decode(rt, r, rebuild);
        if (key === NULL) return (decref(rt, d), NULL);
        const val = decode(rt, r, rebuild);
        if (val === NULL) return (decref(rt, key), decref(rt, d), NULL);
        const rc = dictSetItem(rt, d, key, val);
        decref(rt, key);
        decref(rt, val);
        if (rc < 0) return (decref(rt, d), NULL);
      }
      return d;
    }
    case Tag.SET:
    case Tag.FROZENSET: {
      const n = r.u32();
      const s = r.remember(rt, setNew(rt, tag === Tag.FROZENSET));
      for (let i = 0; i < n; i++) {
        const key = decode(rt, r, rebuild);
        if (key === NULL) return (decref(rt, s), NULL);
        const rc = setAdd(rt, s, key);
        decref(rt, key);
        if (rc < 0) return (decref(rt, s), NULL);
      }
      return s;
    }
    case Tag.REDUCE: {
      const t = decode(rt, r, rebuild);
      if (t === NULL) return NULL;
      const v = call1(rt, rebuild, t);
      decref(rt, t);
      if (v !== NULL) r.remember(rt, v);
      return v;
    }
    case Tag.INST: {
      // rebuild(('n', cls)) makes the empty instance, rebuild(('st', obj, reduction)) fills it
      const cls = decode(rt, r, rebuild);
      if (cls === NULL) return NULL;
      const obj = callRebuild(rt, rebuild, 'n', cls);
      decref(rt, cls);
      if (obj === NULL) return NULL;
      r.remember(rt, obj);
      const red = decode(rt, r, rebuild);
      if (red === NULL) return (decref(rt, obj), NULL);
      const done = callRebuild(rt, rebuild, 'st', obj, red);
      decref(rt, red);
      if (done === NULL) return (decref(rt, obj), NULL);
      decref(rt, done);
      return obj;
    }
    default:
      return raiseValueError(rt, 'corrupt multiprocessing message');
  }
}

/**
 * os._exit(code) in a child process's own isolate (modules/os.ts; not in one of its
 * executors, where vm/threads.ts exitFromExecutor stops the run): records the status and
 * ends the isolate now, as vm/mp-child.ts finish does. False when this is not a child.
 */
export function exitChildIsolate(rt: Runtime, code: number): boolean {
  if (childInfo === null) return false;
  arenaOf(rt).setExited(childInfo.record, code);
  process.exit(code);
}

// ---------------------------------------------------------------- blocking

/** In a child whose parent asked for its end (see `terminate`): ends this isolate now.
 * Only in the child's own isolate (`childInfo`), not in its executors, where process.exit
 * would end one executor: there the child's isolate polls for the request (vm/mp-child.ts). */
function checkTerminated(arena: Arena): void {
  if (childInfo !== null && arena.terminateRequested(childInfo.record)) process.exit(-15);
}

/**
 * Waits until `poll` answers (not undefined) or `timeout` seconds pass (negative: none).
 * Returns poll's answer, undefined on timeout, or RETRY_CALL (the native returns it).
 * RETRY_CALL is the number 4: `poll` must not answer a bare number (box it).
 */
function blockUntil<T>(rt: Runtime, args: number, timeout: number, poll: () => T | undefined): T | undefined | typeof RETRY_CALL {
  const direct = retryableCall(rt, args, false);
  const arena = arenaOf(rt);
  // consumed first, even when the poll succeeds at once: a stale state would be taken for
  // the retry of the next call made at the same instruction (a loop)
  const st = schedulerOf(rt) === null ? null : takeRetryState(rt, direct);
  const first = poll();
  if (first !== undefined) return first;
  checkTerminated(arena);
  if (timeout === 0) return undefined;
  if (schedulerOf(rt) === null) {
    // single-threaded: nothing else can run in this interpreter; sleep on the arena
    const deadline = timeout < 0 ? Infinity : Number(process.hrtime.bigint()) + timeout * 1e9;
    for (;;) {
      const seen = arena.eventCount();
      const v = poll();
      if (v !== undefined) return v;
      const left = deadline - Number(process.hrtime.bigint());
      if (left <= 0) return undefined;
      arena.sleep(seen, Math.min(100, Math.ceil(left / 1e6)));
      checkTerminated(arena);
    }
  }
  const state: RetryState = st ?? { phase: 0, deadline: deadlineFor(rt, timeout < 0 ? -1 : timeout), saved: 0 };
  for (;;) {
    const now = nowNs(rt);
    if (now >= state.deadline) return undefined;
    const w = waitOn(rt, WaitKind.SLEEP, 0, state, direct, Math.min(state.deadline, now + POLL_MS * 1e6));
    if (w === WaitResult.RETRY) return RETRY_CALL;
    checkTerminated(arena);
    const v = poll();
    if (v !== undefined) return v;
  }
}

/** A timeout argument: None -> -1 (forever), else seconds >= 0. null: error set. */
function timeoutArg(rt: Runtime, v: Ref): number | null {
  if (v === rt.None) return -1;
  const x = floatArg(rt, v);
  if (x === null) return null;
  return Math.max(0, x);
}

function addrArg(rt: Runtime, v: Ref): number | null {
  const x = A.indexValue(rt, v, 'int');
  return x === null ? null : Number(x);
}

function arg(rt: Runtime, args: number, i: number): Ref {
  return rt.i32[args + i] as Ref;
}

// ---------------------------------------------------------------- shared memory access

const TYPECODES: Record<string, { size: number; get: (d: DataView, o: number) => number | bigint; set: (d: DataView, o: number, v: number | bigint) => void; float?: boolean }> = {
  b: { size: 1, get: (d, o) => d.getInt8(o), set: (d, o, v) => d.setInt8(o, Number(v)) },
  B: { size: 1, get: (d, o) => d.getUint8(o), set: (d, o, v) => d.setUint8(o, Number(v)) },
  h: { size: 2, get: (d, o) => d.getInt16(o, true), set: (d, o, v) => d.setInt16(o, Number(v), true) },
  H: { size: 2, get: (d, o) => d.getUint16(o, true), set: (d, o, v) => d.setUint16(o, Number(v), true) },
  i: { size: 4, get: (d, o) => d.getInt32(o, true), set: (d, o, v) => d.setInt32(o, Number(v), true) },
  I: { size: 4, get: (d, o) => d.getUint32(o, true), set: (d, o, v) => d.setUint32(o, Number(v), true) },
  l: { size: 8, get: (d, o) => d.getBigInt64(o, true), set: (d, o, v) => d.setBigInt64(o, BigInt.asIntN(64, BigInt(v)), true) },
  L: { size: 8, get: (d, o) => d.getBigUint64(o, true), set: (d, o, v) => d.setBigUint64(o, BigInt.asUintN(64, BigInt(v)), true) },
  q: { size: 8, get: (d, o) => d.getBigInt64(o, true), set: (d, o, v) => d.setBigInt64(o, BigInt.asIntN(64, BigInt(v)), true) },
  Q: { size: 8, get: (d, o) => d.getBigUint64(o, true), set: (d, o, v) => d.setBigUint64(o, BigInt.asUintN(64, BigInt(v)), true) },
  f: { size: 4, get: (d, o) => d.getFloat32(o, true), set: (d, o, v) => d.setFloat32(o, Number(v), true), float: true },
  d: { size: 8, get: (d, o) => d.getFloat64(o, true), set: (d, o, v) => d.setFloat64(o, Number(v), true), float: true },
};

function typecodeArg(rt: Runtime, v: Ref): (typeof TYPECODES)[string] | null {
  const s = kindOf(rt, v) === Kind.STR ? strToJS(rt, v) : '';
  const tc = Object.hasOwn(TYPECODES, s) ? TYPECODES[s] : undefined;
  if (tc === undefined) {
    raiseTypeError(rt, `bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)`);
    return null;
  }
  return tc;
}

// ---------------------------------------------------------------- forking

/** Tries of copyHeapForFork (each waits up to ~1 ms for a stop of the world, --no-gil) before start() fails. */
const FORK_TRIES = 2000;
const forkRetrySleep = new Int32Array(new SharedArrayBuffer(4));

/** The parent's heap copy (vm/fork.ts), retried while --no-gil's world cannot be stopped. */
function copyHeapWhenConsistent(rt: Runtime): SharedArrayBuffer | null {
  for (let attempt = 0; attempt < FORK_TRIES; attempt++) {
    const arena = arenaOf(rt);
    const heap = copyHeapForFork(rt, { start: arena.base, end: arena.base + ARENA_BYTES });
    if (heap !== null) return heap;
    Atomics.wait(forkRetrySleep, 0, 0, 1);
  }
  return null;
}

// ---------------------------------------------------------------- natives

function bytesArg(rt: Runtime, v: Ref): Uint8Array | null {
  const k = kindOf(rt, v);
  if (k !== Kind.BYTES && k !== Kind.BYTEARRAY) {
    raiseTypeError(rt, `a bytes-like object is required, not '${A.typeNameOf(rt, v)}'`);
    return null;
  }
  return bytesData(rt, v);
}

const MP_FUNCTIONS = defineFunctions([
  ['dumps', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'dumps', nargs, kwnames, 2, 2)) return NULL;
    const w = new Writer();
    const ok = encode(rt, w, arg(rt, args, 0), arg(rt, args, 1), 0);
    w.release(rt);
    return ok ? bytesNew(rt, w.buf.subarray(0, w.n)) : NULL;
  }],
  ['loads', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'loads', nargs, kwnames, 2, 2)) return NULL;
    const data = bytesArg(rt, arg(rt, args, 0));
    if (data === null) return NULL;
    const r = new Reader(data);
    const v = decode(rt, r, arg(rt, args, 1));
    r.release(rt);
    return v;
  }],
  ['start', (rt, args, nargs, kwnames) => {
    // start(process, daemon) -> (record, pid): forks (vm/fork.ts); the child runs
    // process._bootstrap() (lib/multiprocessing.py _fork_child_main)
    if (!checkArgs(rt, 'start', nargs, kwnames, 2, 2)) return NULL;
    const proc = arg(rt, args, 0);
    const daemon = A.isTrue(rt, arg(rt, args, 1)) === 1;
    const arena = arenaOf(rt);
    // as CPython's Popen before os.fork(): what the parent printed is not the child's too
    outputFlush(rt);
    const heap = copyHeapWhenConsistent(rt);
    if (heap === null) return raiseNew(rt, rt.exc.OSError!, 'cannot fork: other threads stay inside nested calls (--no-gil)');
    const rootPid = childOf(rt)?.rootPid ?? process.pid;
    const pid = rootPid + arena.nextPid();
    const record = arena.newProcess(pid);
    if (record === 0) return raiseNew(rt, rt.exc.MemoryError!, 'multiprocessing arena full');
    const runtime = runtimeSnapshot(rt);
    delete runtime.mpChildInfo; // the child's own is set from its ChildInfo
    const info: ChildInfo = {
      sab: arena.sab, base: arena.base, record, pid, options: inheritedOptions(rt), rootPid, ppid: process.pid,
      fork: { heap, runtime, noGil: rt.rc.atomic, process: proc, natives: nativesFingerprint() },
    };
    let worker: Worker;
    try {
      // from the bundle (dist/bundle/gilvm.cjs, scripts/bundle.mjs), the bundle's child entry
      const here = import.meta.url;
      const url = new URL(here.endsWith('.ts') ? '../vm/mp-child.ts' : here.endsWith('.cjs') ? './mp-child.cjs' : '../vm/mp-child.js', here);
      worker = new Worker(url, { workerData: info, stdout: false, stderr: false });
    } catch (e) {
      arena.setExited(record, 1);
      return raiseNew(rt, rt.exc.OSError!, `cannot start a process: ${e instanceof Error ? e.message : String(e)}`);
    }
    // a daemon child must not keep the process alive after the parent's end (it is killed,
    // as CPython terminates daemonic children at exit); a non-daemon one keeps it running
    if (daemon) {
      worker.unref();
      daemonRecords.add(record);
    }
    worker.on('error', () => arena.setExited(record, 1));
    worker.on('exit', () => {
      workers.delete(record);
      daemonRecords.delete(record);
      arena.setExited(record, 1);
    });
    workers.set(record, worker);
    const items = [intFromNumber(rt, record), intFromNumber(rt, pid)];
    const t = tupleFromRefs(rt, items);
    for (const x of items) decref(rt, x);
    return t;
  }],
  ['exitcode', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'exitcode', nargs, kwnames, 1, 1)) return NULL;
    const p = addrArg(rt, arg(rt, args, 0));
    if (p === null) return NULL;
    const c = arenaOf(rt).exitCode(p);
    return c === null ? rt.None : intFromNumber(rt, c);
  }],
  ['join', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'join', nargs, kwnames, 2, 2)) return NULL;
    const p = addrArg(rt, arg(rt, args, 0));
    if (p === null) return NULL;
    const timeout = timeoutArg(rt, arg(rt, args, 1));
    if (timeout === null) return NULL;
    const arena = arenaOf(rt);
    // boxed: a bare exit code 4 would be taken for RETRY_CALL (also 4)
    const r = blockUntil(rt, args, timeout, () => {
      const code = arena.exitCode(p);
      return code === null ? undefined : { code };
    });
    if (r === RETRY_CALL) return RETRY_CALL;
    return r === undefined ? rt.None : intFromNumber(rt, (r as { code: number }).code);
  }],
  ['terminate', (rt, args, nargs, kwnames) => {
    // terminate(record[, signum]): signum 15 (SIGTERM, terminate()) or 9 (SIGKILL, kill());
    // the exit code is -signum, as CPython's for a child ended by that signal
    if (!checkArgs(rt, 'terminate', nargs, kwnames, 1, 2)) return NULL;
    const p = addrArg(rt, arg(rt, args, 0));
    if (p === null) return NULL;
    const signum = nargs > 1 ? addrArg(rt, arg(rt, args, 1)) : 15;
    if (signum === null) return NULL;
    const arena = arenaOf(rt);
    if (arena.exitCode(p) !== null) return rt.None;
    const w = workers.get(p);
    arena.setExited(p, -signum);
    if (w === undefined) {
      // started by another isolate (a Python thread that ran on another executor): only a
      // request the child honours at its next blocking call
      arena.requestTerminate(p);
      return rt.False;
    }
    workers.delete(p);
    arena.prepareKill(p);
    void w.terminate();
    return rt.True;
  }],
  ['chan_new', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, 'chan_new', nargs, kwnames, 0, 0)) return NULL;
    const ch = arenaOf(rt).newChannel();
    if (ch === 0) return raiseNew(rt, rt.exc.MemoryError!, 'multiprocessing arena full');
    return intFromNumber(rt, ch);
  }],
  ['chan_put', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'chan_put', nargs, kwnames, 2, 2)) return NULL;
    const ch = addrArg(rt, arg(rt, args, 0));
    if (ch === null) return NULL;
    const data = bytesArg(rt, arg(rt, args, 1));
    if (data === null) return NULL;
    if (!arenaOf(rt).put(ch, data)) return raiseNew(rt, rt.exc.MemoryError!, 'multiprocessing arena full');
    return rt.None;
  }],
  ['chan_get', (rt, args, nargs, kwnames) => {
    // chan_get(ch, timeout[, writers]) -> bytes, or None when the timeout passed (0: do not
    // wait). `writers`: the address of a word counting the channel's open write ends in
    // every process (a Pipe's, lib/multiprocessing.py): False once it is 0 and the channel
    // is empty (end of file, as a pipe whose write ends are all closed)
    if (!checkArgs(rt, 'chan_get', nargs, kwnames, 2, 3)) return NULL;
    const ch = addrArg(rt, arg(rt, args, 0));
    if (ch === null) return NULL;
    const timeout = timeoutArg(rt, arg(rt, args, 1));
    if (timeout === null) return NULL;
    const writers = nargs < 3 || arg(rt, args, 2) === rt.None ? 0 : addrArg(rt, arg(rt, args, 2));
    if (writers === null) return NULL;
    const arena = arenaOf(rt);
    const r = blockUntil(rt, args, timeout, () =>
      arena.take(ch) ?? (writers !== 0 && Atomics.load(arena.i32, writers >> 2) <= 0 ? (arena.take(ch) ?? false) : undefined));
    if (r === RETRY_CALL) return RETRY_CALL;
    if (r === false) return rt.False;
    return r === undefined ? rt.None : bytesNew(rt, r as Uint8Array);
  }],
  ['word_add', (rt, args, nargs, kwnames) => {
    // word_add(addr, delta) -> the int32 at addr after adding delta (atomically)
    if (!checkArgs(rt, 'word_add', nargs, kwnames, 2, 2)) return NULL;
    const a = addrArg(rt, arg(rt, args, 0));
    if (a === null) return NULL;
    const d = arg(rt, args, 1);
    if ((d & 1) !== 1) return raiseTypeError(rt, 'word_add() delta must be a small int');
    const arena = arenaOf(rt);
    const after = Atomics.add(arena.i32, a >> 2, d >> 1) + (d >> 1);
    arena.signal(); // a reader waiting in chan_get sees the count now
    return intFromNumber(rt, after);
  }],
  ['chan_wait_room', (rt, args, nargs, kwnames) => {
    // chan_wait_room(ch, maxsize, timeout): waits until fewer than maxsize messages; bool
    if (!checkArgs(rt, 'chan_wait_room', nargs, kwnames, 3, 3)) return NULL;
    const ch = addrArg(rt, arg(rt, args, 0));
    const max = ch === null ? null : addrArg(rt, arg(rt, args, 1));
    const timeout = max === null ? null : timeoutArg(rt, arg(rt, args, 2));
    if (ch === null || max === null || timeout === null) return NULL;
    const arena = arenaOf(rt);
    const r = blockUntil(rt, args, timeout, () => (arena.count(ch) < max ? true : undefined));
    if (r === RETRY_CALL) return RETRY_CALL;
    return r === true ? rt.True : rt.False;
  }],
  ['chan_count', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'chan_count', nargs, kwnames, 1, 1)) return NULL;
    const ch = addrArg(rt, arg(rt, args, 0));
    if (ch === null) return NULL;
    return intFromNumber(rt, arenaOf(rt).count(ch));
  }],
  ['shm_new', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'shm_new', nargs, kwnames, 1, 1)) return NULL;
    const n = addrArg(rt, arg(rt, args, 0));
    if (n === null) return NULL;
    const a = arenaOf(rt).alloc(Math.max(8, n));
    if (a === 0) return raiseNew(rt, rt.exc.MemoryError!, 'multiprocessing arena full');
    return intFromNumber(rt, a);
  }],
  ['shm_free', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'shm_free', nargs, kwnames, 1, 1)) return NULL;
    const a = addrArg(rt, arg(rt, args, 0));
    if (a === null) return NULL;
    arenaOf(rt).free(a);
    return rt.None;
  }],
  ['itemsize', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'itemsize', nargs, kwnames, 1, 1)) return NULL;
    const tc = typecodeArg(rt, arg(rt, args, 0));
    return tc === null ? NULL : intFromNumber(rt, tc.size);
  }],
  ['shm_get', (rt, args, nargs, kwnames) => {
    // shm_get(addr, typecode, index)
    if (!checkArgs(rt, 'shm_get', nargs, kwnames, 3, 3)) return NULL;
    const a = addrArg(rt, arg(rt, args, 0));
    const tc = a === null ? null : typecodeArg(rt, arg(rt, args, 1));
    const i = tc === null ? null : addrArg(rt, arg(rt, args, 2));
    if (a === null || tc === null || i === null) return NULL;
    const arena = arenaOf(rt);
    const v = tc.get(new DataView(arena.sab, arena.base + a + i * tc.size, tc.size), 0);
    if (tc.float) return floatNew(rt, v as number);
    return typeof v === 'bigint' ? intFromBigint(rt, v) : intFromNumber(rt, v);
  }],
  ['shm_set', (rt, args, nargs, kwnames) => {
    // shm_set(addr, typecode, index, value)
    if (!checkArgs(rt, 'shm_set', nargs, kwnames, 4, 4)) return NULL;
    const a = addrArg(rt, arg(rt, args, 0));
    const tc = a === null ? null : typecodeArg(rt, arg(rt, args, 1));
    const i = tc === null ? null : addrArg(rt, arg(rt, args, 2));
    if (a === null || tc === null || i === null) return NULL;
    const v = arg(rt, args, 3);
    let x: number | bigint;
    if (tc.float) {
      const f = floatArg(rt, v);
      if (f === null) return NULL;
      x = f;
    } else {
      // the whole int (beyond 2**53 too), stored modulo 2**(8 * size) as ctypes does
      const n = A.indexObject(rt, v);
      if (n === NULL) return NULL;
      const b = intToBigint(rt, n);
      decref(rt, n);
      x = tc.size === 8 ? b : Number(BigInt.asIntN(32, b));
    }
    const arena = arenaOf(rt);
    tc.set(new DataView(arena.sab, arena.base + a + i * tc.size, tc.size), 0, x);
    arena.signal();
    return rt.None;
  }],
  ['lock_acquire', (rt, args, nargs, kwnames) => {
    // lock_acquire(addr, timeout): True / False (timeout 0: try once)
    if (!checkArgs(rt, 'lock_acquire', nargs, kwnames, 2, 2)) return NULL;
    const l = addrArg(rt, arg(rt, args, 0));
    if (l === null) return NULL;
    const timeout = timeoutArg(rt, arg(rt, args, 1));
    if (timeout === null) return NULL;
    const arena = arenaOf(rt);
    const r = blockUntil(rt, args, timeout, () => (arena.tryLock(l) ? true : undefined));
    if (r === RETRY_CALL) return RETRY_CALL;
    return r === true ? rt.True : rt.False;
  }],
  ['lock_release', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'lock_release', nargs, kwnames, 1, 1)) return NULL;
    const l = addrArg(rt, arg(rt, args, 0));
    if (l === null) return NULL;
    return arenaOf(rt).release(l) ? rt.True : rt.False;
  }],
  ['wait_word', (rt, args, nargs, kwnames) => {
    // wait_word(addr, timeout): waits until the int32 at addr is non-zero; True / False
    if (!checkArgs(rt, 'wait_word', nargs, kwnames, 2, 2)) return NULL;
    const a = addrArg(rt, arg(rt, args, 0));
    if (a === null) return NULL;
    const timeout = timeoutArg(rt, arg(rt, args, 1));
    if (timeout === null) return NULL;
    const arena = arenaOf(rt);
    const r = blockUntil(rt, args, timeout, () => (Atomics.load(arena.i32, a >> 2) !== 0 ? true : undefined));
    if (r === RETRY_CALL) return RETRY_CALL;
    return r === true ? rt.True : rt.False;
  }],
  ['forked_process', (rt, _args, nargs, kwnames) => {
    // in a forked child: the Process object whose start() forked it (None elsewhere)
    if (!checkArgs(rt, 'forked_process', nargs, kwnames, 0, 0)) return NULL;
    const proc = childInfo?.fork?.process;
    return proc === undefined ? rt.None : newRef(rt, proc as Ref);
  }],
  ['print_process_exception', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'print_process_exception', nargs, kwnames, 2, 2)) return NULL;
    const name = A.strJS(rt, arg(rt, args, 0)) ?? '?';
    outputFlush(rt);
    outputWrite(rt, 2, `Process ${name}:\n` + formatException(rt, arg(rt, args, 1), new Set(), 'py'));
    return rt.None;
  }],
  ['format_exception', (rt, args, nargs, kwnames) => {
    // format_exception(exc) -> str: its report as an uncaught exception prints it (a pool
    // worker's error travels to the parent as this text: multiprocessing.RemoteTraceback)
    if (!checkArgs(rt, 'format_exception', nargs, kwnames, 1, 1)) return NULL;
    return strFromJS(rt, formatException(rt, arg(rt, args, 0), new Set(), 'py'));
  }],
  ['import_module', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'import_module', nargs, kwnames, 1, 1)) return NULL;
    const name = arg(rt, args, 0);
    if (kindOf(rt, name) !== Kind.STR) return raiseTypeError(rt, 'module name must be str');
    const m = importModule(rt, name, internJS(rt, '__name__'), 1 as Ref, NULL);
    return m;
  }],
  ['new_module', (rt, args, nargs, kwnames) => {
    // a module object (multiprocessing.pool, multiprocessing.context: submodule names)
    if (!checkArgs(rt, 'new_module', nargs, kwnames, 1, 1)) return NULL;
    const name = arg(rt, args, 0);
    if (kindOf(rt, name) !== Kind.STR) return raiseTypeError(rt, 'module name must be str');
    const d = dictNew(rt);
    dictSetItem(rt, d, rt.names.__name__, name);
    dictSetItem(rt, d, rt.names.__doc__, rt.None);
    const m = moduleNew(rt, name, d);
    decref(rt, d);
    return m;
  }],
  ['owner_id', (rt, _args, nargs, kwnames) => {
    // who holds an RLock: this process and Python thread (pid * 2^31 + sched record)
    if (!checkArgs(rt, 'owner_id', nargs, kwnames, 0, 0)) return NULL;
    return intFromBigint(rt, BigInt(process.pid) * 2n ** 31n + BigInt(currentRecord(rt)));
  }],
  ['flush', (rt, _args, nargs, kwnames) => {
    if (!checkArgs(rt, 'flush', nargs, kwnames, 0, 0)) return NULL;
    outputFlush(rt);
    return rt.None;
  }],
]);

export function createMultiprocessingModule(rt: Runtime): Ref {
  const values: [string, Ref][] = [];
  const root = (rt as unknown as { mpRoot?: unknown }).mpRoot;
  // the root process makes the arena; a forked child's Runtime has mpRoot from the start
  // (vm/mp-child.ts) and its executors get it with the Runtime's snapshot
  if (childInfo === null && root === undefined) {
    const base = allocRaw(rt.heap, ARENA_BYTES);
    if (base === 0) return raiseNew(rt, rt.exc.MemoryError!, 'cannot allocate the multiprocessing arena');
    rt.u8.fill(0, base, base + 256);
    new Arena(rt.i32.buffer as SharedArrayBuffer, base).format();
    values.push(['_arena', intFromNumber(rt, base)]);
  }
  values.push(['_options', strFromJS(rt, JSON.stringify(childInfo?.options ?? cliOptions()))]);
  void dictSize;
  return makeModule(rt, '_multiprocessing', MP_FUNCTIONS, values);
}
