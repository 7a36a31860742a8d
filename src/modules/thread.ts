/*
 * `_thread`: the native core of threads (issue 5). The threading and queue modules are
 * Python source on top of it (modules/threading.ts).
 *
 * Functions: start_new_thread, allocate_lock, get_ident, get_native_id, and the private
 * ones threading.py uses: _start (a Thread object's thread: returns the handle, the sched
 * record's address as an int), _wait_started (start() returns once it runs), _join, _is_alive, _main_handle, _ident, _native_id, _current (the Thread
 * object of the running thread), _alive_objects, _print_exception, _print_hook_exception,
 * _handle_of (a Thread object's handle before start() stored it), _warn_deprecated (the
 * DeprecationWarning of CPython's camelCase aliases, printed as warnings.py's default
 * filters do); also exit/exit_thread, _count and the old aliases start_new, allocate.
 *
 * Types (native; instances are Kind.OBJECT of 32 bytes; word 16 is the one owned slot
 * that the generic deallocator releases, words 20..28 plain state):
 *   lock       20: 1 locked / 0 free
 *   RLock      20: owner tid (0 free), 24: recursion count
 *   Condition  16: the instance __dict__; its lock (lock or RLock) is the `_lock` entry,
 *              as in CPython's threading.py
 *   Semaphore / BoundedSemaphore  20: value, 24: initial value, 28: 1 = bounded
 *   Event      20: flag, 24: how many times set() ran (wait: a set() since it began)
 * Condition, Semaphore, BoundedSemaphore and Event can be subclassed from Python (they are
 * Python classes in CPython; lock and RLock are factory functions there, so not): their
 * word 16 is an instance __dict__ (TP_DICTOFFSET 16, 0 until used), so a subclass keeps
 * the 32-byte layout and the generic deallocator releases the dict; an __init__ method
 * (re)initialises the state words for a subclass's instances, which typecall creates
 * zeroed without calling the constructor.
 * A thread that waits on one of them blocks with (WaitKind, the object's address) and is
 * woken by wakeWaiters on the same pair, so the scheduler's deadlock report names it.
 *
 * Every blocking method follows vm/threads.ts's protocol: parked with retry when called
 * directly by the outermost eval loop (CALL, or BEFORE_WITH for __enter__), otherwise the
 * nested fallback. On a retry the method first re-checks its condition (a woken thread may
 * find the lock taken again: no hand-off, as CPython's locks), then its deadline.
 * A successful acquire / wait / join is a synchronization point: --no-gil, it drains the
 * biased-refcount merge queues (`synchronized`), so the objects other threads dropped
 * before releasing die before this thread goes on.
 *
 * Messages as CPython 3.11's. No module-level mutable state.
 */
import { NULL, type Ref, smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { raiseNew, raiseTypeError, raiseValueError, setRaised } from '../vm/errors.js';
import { exceptionNewNoArgs } from '../objects/exceptions.js';
import { defineNative } from '../vm/natives.js';
import { outputFlush } from '../vm/output.js';
import { formatException, warnDeprecatedFromMain, writeStderr } from '../vm/traceback.js';
import { RETRY_CALL } from '../vm/blocking.js';
import {
  currentRecord, deadlineFor, ensureScheduler, EX_FLAGS, EX_OBJ, EXF_STARTED, extOf, MAIN_IDENT, threadsPending, nowNs, retryableCall, schedulerOf,
  startThread, takeRetryState, PARKED, RESTORE_ON_INTERRUPT, INTERRUPTED, waitOn, waitTimedOut, wakeWaiters, WaitResult, type RetryState,
  orphanThread, reapFinishedThreads, withThreadRecords, interruptMainThread,
} from '../vm/threads.js';
import { qsbrSyncPoint } from '../vm/nogil.js';
import { ThreadStatus, WaitKind } from '../vm/sched-record.js';
import { HDR_NEXT_THREAD_ID } from '../heap/memory.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, newObject, typeOf } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { dictGetStr, dictNew, dictSetItem } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { strFromJS, strToJS } from '../objects/str.js';
import { intFromNumber, intToBigint } from '../objects/int.js';
import { floatNew } from '../objects/float.js';
import { listNew, listAppendSteal } from '../objects/list.js';
import { tupleFromRefs, tupleItem, tupleSize } from '../objects/tuple.js';
import { methodDescriptorNew, moduleNew, builtinFunctionNew, MOD_DICT, storeNativeMethod } from '../objects/method.js';
import { typeAlloc, typeLookup, TP_NAME, TP_QUALNAME, TP_DICT, TP_BASE, TP_BASES, TP_MRO, TP_BASICSIZE } from '../objects/type.js';
import { TP_NEW_NATIVE, TPF_BASETYPE, TPF_HAS_DEL, TPF_WEAKREFABLE } from '../objects/typelayout.js';
import { call0, callWithSelf0 } from '../vm/call.js';
import { parseArgs, floatArg } from './math.js';

const OBJ_SIZE = 32;
const W_SLOT = 16;
const W_A = 20;
const W_B = 24;
const W_C = 28;

type Native = (rt: Runtime, args: number, nargs: number, kwnames: Ref) => Ref;

// ---------------------------------------------------------------- helpers

function threadModuleDict(rt: Runtime): Ref {
  const m = dictGetStr(rt, rt.modules, internJS(rt, '_thread'));
  return m === NULL ? NULL : (rt.i32[(m + MOD_DICT) >> 2] as Ref);
}

/** Per Runtime (executor): the _thread types by name, found once. Types are never freed, and
 * a Python rebinding of `_thread.lock` must not change what the natives accept (CPython's C
 * code checks its own types). Module-level: Runtime has no slot for it; nothing in it is
 * Python-visible. */
const typesByRuntime = new WeakMap<Runtime, Map<string, Ref>>();

function typeByName(rt: Runtime, name: string): Ref {
  let types = typesByRuntime.get(rt);
  if (types === undefined) typesByRuntime.set(rt, (types = new Map()));
  let t = types.get(name);
  if (t === undefined) {
    t = dictGetStr(rt, threadModuleDict(rt), internJS(rt, name));
    if (t !== NULL) types.set(name, t);
  }
  return t;
}

/** callable(v), as builtins.callable decides it. */
function isCallable(rt: Runtime, v: Ref): boolean {
  if ((v & 1) === 1) return false;
  const k = kindOf(rt, v);
  if (k === Kind.FUNCTION || k === Kind.BUILTIN_FUNCTION || k === Kind.METHOD_DESCRIPTOR || k === Kind.BOUND_METHOD || k === Kind.TYPE || k === Kind.STATICMETHOD) return true;
  return A.isHeapTypeObj(rt, v) && typeLookup(rt, typeOf(rt, v), rt.names.__call__) !== NULL;
}

function isInstance(rt: Runtime, v: Ref, typeName: string): boolean {
  return (v & 1) === 0 && typeOf(rt, v) === typeByName(rt, typeName);
}

// The state words are read and written with Atomics and changed with compareExchange
// (issue 6): with --no-gil two executors may acquire the same lock at the same moment.
function word(rt: Runtime, obj: Ref, off: number): number {
  return Atomics.load(rt.i32, (obj + off) >> 2);
}

function setWord(rt: Runtime, obj: Ref, off: number, v: number): void {
  Atomics.store(rt.i32, (obj + off) >> 2, v);
}

/** compareExchange of a state word: true if it held `expected` and now holds `v`. */
function casWord(rt: Runtime, obj: Ref, off: number, expected: number, v: number): boolean {
  return Atomics.compareExchange(rt.i32, (obj + off) >> 2, expected, v) === expected;
}

/** The running thread's small id (1 = the main thread, also before the scheduler exists). */
function myTid(rt: Runtime): number {
  const sched = schedulerOf(rt);
  const t = currentRecord(rt);
  return sched === null || t === 0 ? 1 : sched.tid(t);
}

function bool(rt: Runtime, b: boolean): Ref {
  return b ? rt.True : rt.False;
}

/** An int, bool or float (or a subclass of one). */
function isRealNumber(rt: Runtime, v: Ref): boolean {
  if ((v & 1) === 1) return true;
  const k = kindOf(rt, v);
  return k === Kind.INT || k === Kind.BOOL || k === Kind.FLOAT;
}

/** Seconds from a timeout argument: None -> -1; a number otherwise (null: error set). */
function timeoutArg(rt: Runtime, v: Ref | undefined, noneIs: number): number | null {
  if (v === undefined || v === rt.None) return noneIs;
  const x = floatArg(rt, v);
  return x;
}

/** pyArgs's keywords when none were given (shared: never written). */
const NO_KEYWORDS: ReadonlyMap<string, Ref> = new Map();
/** pyArgs's answer for a call without arguments (shared: never written). */
const NO_ARGS: { pos: Ref[]; kw: ReadonlyMap<string, Ref> } = { pos: [], kw: NO_KEYWORDS };
/** pyArgs's parameter lists (module constants: a literal is an array per call). */
const PARAMS_NONE: readonly string[] = [];
const PARAMS_N = ['n'] as const;
const PARAMS_TIMEOUT = ['timeout'] as const;
const PARAMS_BLOCKING_TIMEOUT = ['blocking', 'timeout'] as const;
const PARAMS_PREDICATE_TIMEOUT = ['predicate', 'timeout'] as const;
const PARAMS_EXIT = ['t', 'v', 'tb'] as const;

/**
 * Arguments checked as a Python-level function of CPython's threading.py takes them
 * (`self` counted in the messages: "Condition.wait() takes from 1 to 2 positional
 * arguments but 3 were given"). `params` are the parameters after self, the first
 * `required` of them without default. Same result shape as math.ts parseArgs.
 */
function pyArgs(rt: Runtime, qualname: string, args: number, nargs: number, kwnames: Ref, params: readonly string[], required: number): { pos: Ref[]; kw: ReadonlyMap<string, Ref> } | null {
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  const npos = nargs - nkw;
  if (npos > params.length) {
    const most = params.length + 1;
    const takes = required === params.length ? `${most} positional argument${most === 1 ? '' : 's'}` : `from ${required + 1} to ${most} positional arguments`;
    raiseTypeError(rt, `${qualname}() takes ${takes} but ${npos + 1} were given`);
    return null;
  }
  const pos: Ref[] = [];
  for (let i = 0; i < npos; i++) pos.push(rt.i32[args + i] as Ref);
  if (nkw === 0 && npos >= required) return { pos, kw: NO_KEYWORDS }; // the usual call: no Map
  const kw = new Map<string, Ref>();
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    const at = params.indexOf(kn);
    if (at < 0) {
      raiseTypeError(rt, `${qualname}() got an unexpected keyword argument '${kn}'`);
      return null;
    }
    if (at < npos) {
      raiseTypeError(rt, `${qualname}() got multiple values for argument '${kn}'`);
      return null;
    }
    kw.set(kn, rt.i32[args + npos + k] as Ref);
  }
  const missing = params.slice(0, required).filter((name, i) => i >= npos && !kw.has(name));
  if (missing.length > 0) {
    const quoted = missing.map((m) => `'${m}'`);
    // ceval.c's format_missing: "'a' and 'b'", "'a', 'b', and 'c'"
    const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
    raiseTypeError(rt, `${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    return null;
  }
  return { pos, kw };
}

/**
 * A wait's timeout as Condition.wait, Event.wait and Semaphore.acquire take it (Python
 * code in CPython): None -> -1 (no deadline); a negative number waits not at all, as 0.
 */
function waitTimeoutArg(rt: Runtime, v: Ref | undefined, compareOp = '>'): number | null {
  // CPython's Python code compares the timeout first (`if timeout > 0`): its TypeError
  if (v !== undefined && !isRealNumber(rt, v) && v !== rt.None) {
    raiseTypeError(rt, `'${compareOp}' not supported between instances of '${A.typeNameOf(rt, v)}' and 'int'`);
    return null;
  }
  const t = timeoutArg(rt, v, -1);
  if (t === null) return null;
  if (v === undefined || v === rt.None) return -1;
  // `timeout > 0` is false for NaN: CPython's Condition.wait then polls once (acquire(False))
  if (t !== t || t <= 0) return 0;
  const overflow = timeoutOverflow(rt, v, t);
  // the OverflowError comes only once the call really waits (the lock's acquire(True, t))
  return overflow === null ? t : overflow;
}

/** waitTimeoutArg's encodings of a timeout too large for CPython's _PyTime_t (float, int). */
const TIMEOUT_OVERFLOW_FLOAT = -2;
const TIMEOUT_OVERFLOW_INT = -3;

/**
 * A timeout of `seconds` (from `v`) out of _PyTime_t's range (nanoseconds in an int64):
 * the TIMEOUT_OVERFLOW_* code for it, or null when it is in range.
 */
function timeoutOverflow(rt: Runtime, v: Ref, seconds: number): number | null {
  const isFloat = (v & 1) !== 1 && kindOf(rt, v) === Kind.FLOAT;
  if (isFloat) return Math.abs(seconds * 1e9) >= 9223372036854775808 ? TIMEOUT_OVERFLOW_FLOAT : null;
  return Math.abs(seconds) > 9223372036 ? TIMEOUT_OVERFLOW_INT : null;
}

/** Raises CPython's OverflowError for a TIMEOUT_OVERFLOW_* code; returns NULL. */
function raiseTimeoutOverflow(rt: Runtime, code: number): Ref {
  return raiseNew(rt, rt.exc.OverflowError!, code === TIMEOUT_OVERFLOW_FLOAT
    ? 'timestamp out of range for platform time_t'
    : 'timestamp too large to convert to C _PyTime_t');
}

/**
 * acquire(blocking=True, timeout=-1) arguments as the lock types take them, with the
 * messages of CPython's PyArg_ParseTupleAndKeywords and lock_acquire_parse_args.
 */
function lockAcquireArgs(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref, first: number): { blocking: boolean; timeout: number } | null {
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  const total = nargs - first;
  const npos = total - nkw;
  if (total > 2) {
    raiseTypeError(rt, `${name}() takes at most 2 arguments (${total} given)`);
    return null;
  }
  let b: Ref | undefined = npos > 0 ? (rt.i32[args + first] as Ref) : undefined;
  let t: Ref | undefined = npos > 1 ? (rt.i32[args + first + 1] as Ref) : undefined;
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    const v = rt.i32[args + first + npos + k] as Ref;
    const pos = kn === 'blocking' ? 0 : kn === 'timeout' ? 1 : -1;
    if (pos < 0) {
      raiseTypeError(rt, `'${kn}' is an invalid keyword argument for ${name}()`);
      return null;
    }
    if (pos < npos) {
      raiseTypeError(rt, `argument for ${name}() given by name ('${kn}') and position (${pos + 1})`);
      return null;
    }
    if (pos === 0) b = v;
    else t = v;
  }
  let blocking = true;
  if (b !== undefined) {
    // CPython 3.11 parses blocking as a C int ("i"): any int, nothing else
    const i = A.indexObject(rt, b);
    if (i === NULL) return null;
    const v = intToBigint(rt, i);
    decref(rt, i);
    if (v > 2147483647n || v < -2147483648n) {
      raiseNew(rt, rt.exc.OverflowError!, `signed integer is ${v > 0n ? 'greater than maximum' : 'less than minimum'}`);
      return null;
    }
    blocking = v !== 0n;
  }
  let timeout = -1;
  if (t !== undefined) {
    const k = (t & 1) === 1 ? Kind.INT : kindOf(rt, t);
    if (k !== Kind.INT && k !== Kind.BOOL && k !== Kind.FLOAT) {
      raiseTypeError(rt, `'${A.typeNameOf(rt, t)}' object cannot be interpreted as an integer`);
      return null;
    }
    const x = floatArg(rt, t);
    if (x === null) return null;
    if (x !== x) {
      raiseValueError(rt, 'Invalid value NaN (not a number)');
      return null;
    }
    const overflow = timeoutOverflow(rt, t, x);
    if (overflow !== null) {
      raiseTimeoutOverflow(rt, overflow);
      return null;
    }
    timeout = x;
  }
  if (!blocking && timeout !== -1) {
    raiseValueError(rt, "can't specify a timeout for a non-blocking call");
    return null;
  }
  if (timeout < 0 && timeout !== -1) {
    raiseValueError(rt, 'timeout value must be positive');
    return null;
  }
  if (timeout > 9223372036.854775) {
    raiseNew(rt, rt.exc.OverflowError!, 'timeout value is too large');
    return null;
  }
  return { blocking, timeout };
}

/**
 * The common blocking loop: `tryTake` until it succeeds, the deadline passes, or (direct)
 * the thread is parked and the call must be retried. Returns True/False/RETRY_CALL.
 * `available` (no side effect) is re-checked right after the thread registered as a
 * waiter (waitOn's afterBlock): with --no-gil a release on another executor between the
 * failed tryTake and the registration would otherwise wake nobody (a lost wake-up).
 */
function blockingTake(rt: Runtime, direct: boolean, kind: WaitKind, obj: Ref, blocking: boolean, timeout: number,
  tryTake: (saved: number) => boolean, available?: () => boolean, initSaved?: () => number): Ref {
  const st = takeRetryState(rt, direct);
  // a word the wait keeps from its first call across retries (Event.wait: the set() count)
  const saved = st !== null ? st.saved : initSaved !== undefined ? initSaved() : 0;
  if (tryTake(saved)) return synchronized(rt);
  if (!blocking) return rt.False;
  if (st === null && timeout < -1) return raiseTimeoutOverflow(rt, timeout);
  const state: RetryState = st ?? { phase: 0, deadline: deadlineFor(rt, timeout), saved };
  if (st !== null && (st.phase & PARKED) !== 0 && waitTimedOut(rt, st.deadline)) return rt.False;
  const check = available ?? ((): boolean => tryTake(saved));
  for (;;) {
    state.phase = 0;
    const w = waitOn(rt, kind, obj, state, direct, state.deadline, check);
    if (w === WaitResult.RETRY) return RETRY_CALL;
    if (tryTake(saved)) return synchronized(rt);
    if (w === WaitResult.TIMEOUT || nowNs(rt) >= state.deadline) return rt.False;
  }
}

/**
 * A lock, semaphore or join() was just acquired / returned: this thread now sees what
 * other threads did before they released it, and that should include the deaths of the
 * objects they dropped. --no-gil: an object this executor owns that another executor
 * dropped waits in this executor's merge queue (heap/refcount.ts), which is otherwise
 * drained only at the next slice start; drain it now (and those of idle executors), so
 * that after `t.join()` the objects `t` dropped have run their __del__, closed their
 * files, called their weakref callbacks (free-threaded CPython's owner thread merges at
 * its next eval-breaker check, right after such a call). Returns True.
 */
function synchronized(rt: Runtime): Ref {
  if (rt.rc.atomic) {
    qsbrSyncPoint(rt); // values deleted from dicts, released after the QSBR grace period
    rt.rc.mergeQueued();
  }
  return rt.True;
}


// ---------------------------------------------------------------- lock

function lockTryTake(rt: Runtime, lock: Ref): boolean {
  return casWord(rt, lock, W_A, 0, 1);
}

function lockRelease(rt: Runtime, lock: Ref): boolean {
  if (Atomics.exchange(rt.i32, (lock + W_A) >> 2, 0) === 0) return false;
  wakeWaiters(rt, WaitKind.LOCK, lock, 1);
  return true;
}

/** A lock (or RLock) looks free: no side effect (blockingTake's re-check). */
function lockLooksFree(rt: Runtime, lock: Ref): boolean {
  return word(rt, lock, W_A) === 0;
}

function rlockTryTake(rt: Runtime, lock: Ref, count = 1): boolean {
  const me = myTid(rt);
  const owner = word(rt, lock, W_A);
  if (owner === me) {
    setWord(rt, lock, W_B, word(rt, lock, W_B) + count);
    return true;
  }
  if (owner !== 0 || !casWord(rt, lock, W_A, 0, me)) return false;
  setWord(rt, lock, W_B, count);
  return true;
}

function newLock(rt: Runtime, typeName: string): Ref {
  const o = newObject(rt, typeByName(rt, typeName), OBJ_SIZE);
  setWord(rt, o, W_SLOT, smallIntRef(0));
  return o;
}

/**
 * A METH_NOARGS native as CPython's method_vectorcall_NOARGS / cfunction_vectorcall_NOARGS
 * check its call: keywords first ("lock.locked() takes no keyword arguments"), then
 * positionals ("lock.release() takes no arguments (1 given)"). `selfWords` is 1 for a
 * method (its self is args[0]), 0 for a module function; `qualname` names it.
 */
function noArgsNative(qualname: string, selfWords: 0 | 1, fn: Native): Native {
  return (rt, args, nargs, kwnames) => {
    if (nargs === selfWords && kwnames === NULL) return fn(rt, args, nargs, kwnames);
    if (kwnames !== NULL && tupleSize(rt, kwnames) > 0) return raiseTypeError(rt, `${qualname}() takes no keyword arguments`);
    return raiseTypeError(rt, `${qualname}() takes no arguments (${nargs - selfWords} given)`);
  };
}

function lockMethods(rlock: boolean): Record<string, Native> {
  const name = rlock ? 'RLock' : 'lock';
  const tryTake = rlock ? (rt: Runtime, l: Ref) => rlockTryTake(rt, l) : lockTryTake;
  const acquire = (enter: boolean): Native => (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    const direct = retryableCall(rt, args, enter);
    let blocking = true;
    let timeout = -1;
    if (!enter) {
      const a = lockAcquireArgs(rt, 'acquire', args, nargs, kwnames, 1);
      if (a === null) return NULL;
      ({ blocking, timeout } = a);
    }
    // uncontended: taken at once, without blockingTake's two closures (a retry's saved
    // state, if any, is dropped as blockingTake drops it when its first try succeeds)
    if (tryTake(rt, self)) {
      takeRetryState(rt, direct);
      return synchronized(rt);
    }
    return acquireBlocking(rt, direct, self, blocking, timeout);
  };
  // the closures in a function of their own: V8 gives a function whose locals closures
  // capture a context object at every call, the uncontended one included
  const acquireBlocking = (rt: Runtime, direct: boolean, self: Ref, blocking: boolean, timeout: number): Ref =>
    blockingTake(rt, direct, WaitKind.LOCK, self, blocking, timeout, () => tryTake(rt, self), () => lockLooksFree(rt, self));
  const release: Native = (rt, args) => {
    const self = rt.i32[args] as Ref;
    if (!rlock) {
      if (!lockRelease(rt, self)) return raiseNew(rt, rt.exc.RuntimeError!, 'release unlocked lock');
      return rt.None;
    }
    if (word(rt, self, W_A) !== myTid(rt)) return raiseNew(rt, rt.exc.RuntimeError!, 'cannot release un-acquired lock');
    const n = word(rt, self, W_B) - 1;
    setWord(rt, self, W_B, n);
    if (n === 0) {
      setWord(rt, self, W_A, 0); // the count first, the owner last: the next owner sets its count
      wakeWaiters(rt, WaitKind.LOCK, self, 1);
    }
    return rt.None;
  };
  const methods: Record<string, Native> = {
    acquire: acquire(false),
    __enter__: acquire(true),
    release: noArgsNative(`${name}.release`, 1, release),
    __exit__: (rt, args, nargs, kwnames) => {
      const r = release(rt, args, nargs, kwnames);
      return r === NULL ? NULL : rt.None;
    },
  };
  if (!rlock) {
    const locked: Native = (rt, args) => bool(rt, word(rt, rt.i32[args] as Ref, W_A) !== 0);
    methods['locked'] = noArgsNative('lock.locked', 1, locked);
    methods['acquire_lock'] = methods['acquire']!;
    methods['release_lock'] = noArgsNative('lock.release_lock', 1, release);
    methods['locked_lock'] = noArgsNative('lock.locked_lock', 1, locked);
  } else {
    methods['_is_owned'] = noArgsNative('RLock._is_owned', 1, (rt, args) => bool(rt, word(rt, rt.i32[args] as Ref, W_A) === myTid(rt)));
    // CPython 3.11's rlock_recursion_count: the count when this thread owns it, else 0
    methods['_recursion_count'] = noArgsNative('RLock._recursion_count', 1, (rt, args) => {
      const self = rt.i32[args] as Ref;
      return intFromNumber(rt, word(rt, self, W_A) === myTid(rt) ? word(rt, self, W_B) : 0);
    });
  }
  // CPython's reprs; repr() reaches them once the object model consults a native type's
  // __repr__ (see the module comment), lock.__repr__() now
  methods['__repr__'] = (rt, args) => strFromJS(rt, lockRepr(rt, rt.i32[args] as Ref));
  return methods;
}

/** CPython's repr of a lock or RLock. */
function lockRepr(rt: Runtime, lock: Ref): string {
  const owner = word(rt, lock, W_A);
  const state = owner !== 0 ? 'locked' : 'unlocked';
  const at = `at 0x${A.hexId(lock)}>`;
  if (!isRLock(rt, lock)) return `<${state} _thread.lock object ${at}`;
  const ownerIdent = owner === 0 ? 0 : identOfTid(owner);
  return `<${state} _thread.RLock object owner=${ownerIdent} count=${owner === 0 ? 0 : word(rt, lock, W_B)} ${at}`;
}

/** How many threads wait on Condition `cond` (its repr shows len(_waiters)). */
function conditionWaiters(rt: Runtime, cond: Ref): number {
  const sched = schedulerOf(rt);
  if (sched === null) return 0;
  let n = 0;
  withThreadRecords(rt, () => {
    for (const t of sched.threads()) {
      const info = sched.describeThread(t);
      if ((info.status === 'blocked' || info.status === 'blocking') && info.waitKind === 'condition' && info.waitObject === cond) n++;
    }
  });
  return n;
}

// ---------------------------------------------------------------- Condition

/** The condition's lock (borrowed), or NULL with AttributeError (a subclass that did not
 * call Condition.__init__). */
function condLock(rt: Runtime, cond: Ref): Ref {
  const d = word(rt, cond, W_SLOT);
  const lock = d === 0 ? NULL : dictGetStr(rt, d as Ref, internJS(rt, '_lock'));
  if (lock === NULL || !(isInstance(rt, lock, 'lock') || isInstance(rt, lock, 'RLock'))) {
    return raiseNew(rt, rt.exc.AttributeError!, `'${A.typeNameOf(rt, cond)}' object has no attribute '_lock'`);
  }
  return lock;
}

function isRLock(rt: Runtime, lock: Ref): boolean {
  return isInstance(rt, lock, 'RLock');
}

function lockOwned(rt: Runtime, lock: Ref): boolean {
  return isRLock(rt, lock) ? word(rt, lock, W_A) === myTid(rt) : word(rt, lock, W_A) !== 0;
}

/** Releases the lock completely; returns what reacquiring must restore (an RLock's count). */
function releaseSave(rt: Runtime, lock: Ref): number {
  if (isRLock(rt, lock)) {
    const n = word(rt, lock, W_B);
    // the count first, the owner last (as release): once the owner word is 0 another
    // thread may take the RLock and set its count, which a later count store here would
    // overwrite with 0 (its release then left the RLock owned forever: a false
    // "Fatal: deadlock" in a --no-gil Condition ping-pong, h45_condition_rlock_handoff)
    setWord(rt, lock, W_B, 0);
    setWord(rt, lock, W_A, 0);
    wakeWaiters(rt, WaitKind.LOCK, lock, 1);
    return n;
  }
  lockRelease(rt, lock);
  return 1;
}

function acquireRestore(rt: Runtime, lock: Ref, saved: number): boolean {
  return isRLock(rt, lock) ? rlockTryTake(rt, lock, saved) : lockTryTake(rt, lock);
}

const PHASE_WAIT = 1;
const PHASE_REACQUIRE_NOTIFIED = 2;
const PHASE_REACQUIRE_TIMEOUT = 3;

/**
 * Condition.wait(timeout) and wait_for(predicate, timeout) as one state machine:
 *   predicate check (wait_for) -> release the lock, wait for notify (PHASE_WAIT) ->
 *   reacquire the lock (PHASE_REACQUIRE_*) -> result (wait_for: the predicate again,
 *   looping while it is false and time is left).
 */
function conditionWait(rt: Runtime, args: number, direct: boolean, cond: Ref, predicate: Ref, timeout: number): Ref {
  const lock = condLock(rt, cond);
  if (lock === NULL) return NULL;
  const st = takeRetryState(rt, direct);
  let state: RetryState;
  let notified = false;
  let interrupted = false;
  let phase: number;
  // The lock is released by waitOn's afterBlock, once this thread is registered as a
  // waiter: a notify (which needs the lock) can then never come before the registration
  // (issue 6: with --no-gil the notifier may run on another executor at that moment).
  let mustRelease = false;
  const releaseOnce = (): boolean => {
    if (mustRelease) {
      mustRelease = false;
      state.saved = releaseSave(rt, lock);
    }
    return false;
  };
  if (st === null) {
    // wait_for checks its predicate before it needs the lock (CPython's threading.py)
    if (predicate !== NULL) {
      const r = call0(rt, predicate);
      if (r === NULL) return NULL;
      if (A.isTrue(rt, r) === 1) return r;
      decref(rt, r);
    }
    if (!lockOwned(rt, lock)) return raiseNew(rt, rt.exc.RuntimeError!, 'cannot wait on un-acquired lock');
    // a zero wait returns at once (wait_for: with the predicate's second result)
    if (timeout < -1) return raiseTimeoutOverflow(rt, timeout);
    if (timeout === 0) return predicate === NULL ? rt.False : call0(rt, predicate);
    state = { phase: PHASE_WAIT, deadline: deadlineFor(rt, timeout), saved: 0 };
    mustRelease = true;
    phase = PHASE_WAIT;
  } else {
    state = st;
    phase = st.phase & 0xff;
    interrupted = (st.phase & INTERRUPTED) !== 0;
    if (interrupted) {
      // Ctrl-C while the lock was released: re-acquire it, then raise (below)
      if (phase === PHASE_WAIT) phase = PHASE_REACQUIRE_TIMEOUT;
    } else if (phase === PHASE_WAIT) {
      if ((st.phase & PARKED) !== 0) {
        notified = !waitTimedOut(rt, st.deadline);
        phase = notified ? PHASE_REACQUIRE_NOTIFIED : PHASE_REACQUIRE_TIMEOUT;
      }
    } else notified = phase === PHASE_REACQUIRE_NOTIFIED;
  }
  for (;;) {
    if (phase === PHASE_WAIT) {
      state.phase = PHASE_WAIT | RESTORE_ON_INTERRUPT;
      const w = waitOn(rt, WaitKind.CONDITION, cond, state, direct, state.deadline, releaseOnce);
      if (w === WaitResult.RETRY) return RETRY_CALL;
      notified = w === WaitResult.WOKEN;
      phase = notified ? PHASE_REACQUIRE_NOTIFIED : PHASE_REACQUIRE_TIMEOUT;
    }
    // reacquire the lock (no deadline: a timed-out wait still returns holding the lock)
    while (!acquireRestore(rt, lock, state.saved)) {
      // the retry state keeps the wait's deadline (wait_for's next round); the lock
      // itself is waited for without one
      const again: RetryState = { phase: phase | RESTORE_ON_INTERRUPT | (interrupted ? INTERRUPTED : 0), deadline: state.deadline, saved: state.saved };
      const w = waitOn(rt, WaitKind.LOCK, lock, again, direct, Infinity, () => lockLooksFree(rt, lock));
      if (w === WaitResult.RETRY) return RETRY_CALL;
    }
    synchronized(rt);
    if (interrupted) {
      setRaised(rt, exceptionNewNoArgs(rt, rt.exc.KeyboardInterrupt!));
      return NULL;
    }
    if (predicate === NULL) return bool(rt, notified);
    const r = call0(rt, predicate);
    if (r === NULL) return NULL;
    if (A.isTrue(rt, r) === 1) return r;
    if (!notified || (state.deadline !== Infinity && nowNs(rt) >= state.deadline)) return r;
    decref(rt, r);
    // wait again with the same overall deadline
    mustRelease = true;
    phase = PHASE_WAIT;
    void args;
  }
}

/** threading.py's `_time() + timeout` with a timeout that is not a number: its TypeError
 * (Condition.wait_for, Semaphore.acquire, once they have to wait). */
function timeoutSumError(rt: Runtime, timeout: Ref): Ref {
  return raiseTypeError(rt, `unsupported operand type(s) for +: 'float' and '${A.typeNameOf(rt, timeout)}'`);
}

function conditionMethods(): Record<string, Native> {
  const lockOp = (op: 'acquire' | '__enter__' | 'release' | '__exit__'): Native => (rt, args, nargs, kwnames) => {
    const cond = rt.i32[args] as Ref;
    // threading.py's `def __enter__(self)` (acquire and release are the lock's own methods)
    if (op === '__enter__' && (nargs !== 1 || kwnames !== NULL) && pyArgs(rt, 'Condition.__enter__', args + 1, nargs - 1, kwnames, PARAMS_NONE, 0) === null) return NULL;
    const lock = condLock(rt, cond);
    if (lock === NULL) return NULL;
    const m = isRLock(rt, lock) ? RLOCK_METHODS : LOCK_METHODS;
    // the lock's method, with the condition's call as the retry site
    const saved = rt.i32[args];
    rt.i32[args] = lock;
    try {
      return m[op]!(rt, args, nargs, kwnames);
    } finally {
      rt.i32[args] = saved!;
    }
  };
  const notify = (all: boolean): Native => (rt, args, nargs, kwnames) => {
    const cond = rt.i32[args] as Ref;
    // notify() / notify_all() without arguments (the usual call): nothing to parse
    const p = nargs === 1 && kwnames === 0 ? NO_ARGS
      : all ? pyArgs(rt, 'Condition.notify_all', args + 1, nargs - 1, kwnames, PARAMS_NONE, 0) : pyArgs(rt, 'Condition.notify', args + 1, nargs - 1, kwnames, PARAMS_N, 0);
    if (p === null) return NULL;
    const lock = condLock(rt, cond);
    if (lock === NULL) return NULL;
    if (!lockOwned(rt, lock)) return raiseNew(rt, rt.exc.RuntimeError!, 'cannot notify on un-acquired lock');
    let n = 1;
    if (!all) {
      const v = p.pos[0] ?? p.kw.get('n');
      if (v !== undefined && !isRealNumber(rt, v)) {
        // threading.py's notify: `while waiters and n > 0`, n compared only when a
        // thread waits
        if (conditionWaiters(rt, cond) === 0) return rt.None;
        return raiseTypeError(rt, `'>' not supported between instances of '${A.typeNameOf(rt, v)}' and 'int'`);
      }
      if (v !== undefined) {
        const x = floatArg(rt, v);
        if (x === null) return NULL;
        n = x;
      }
    }
    wakeWaiters(rt, WaitKind.CONDITION, cond, all ? Infinity : Math.max(0, n));
    return rt.None;
  };
  return {
    __repr__: (rt, args) => {
      const cond = rt.i32[args] as Ref;
      const lock = condLock(rt, cond);
      if (lock === NULL) return NULL;
      return strFromJS(rt, `<Condition(${lockRepr(rt, lock)}, ${conditionWaiters(rt, cond)})>`);
    },
    acquire: lockOp('acquire'),
    __enter__: lockOp('__enter__'),
    release: lockOp('release'),
    __exit__: lockOp('__exit__'),
    wait: (rt, args, nargs, kwnames) => {
      const direct = retryableCall(rt, args, false);
      const p = pyArgs(rt, 'Condition.wait', args + 1, nargs - 1, kwnames, PARAMS_TIMEOUT, 0);
      if (p === null) return NULL;
      const tv = p.pos[0] ?? p.kw.get('timeout');
      if (tv !== undefined && tv !== rt.None && !isRealNumber(rt, tv)) {
        // threading.py's wait checks the lock before it compares the timeout
        const lock = condLock(rt, rt.i32[args] as Ref);
        if (lock === NULL) return NULL;
        if (!lockOwned(rt, lock)) return raiseNew(rt, rt.exc.RuntimeError!, 'cannot wait on un-acquired lock');
      }
      const timeout = waitTimeoutArg(rt, tv);
      if (timeout === null) return NULL;
      return conditionWait(rt, args, direct, rt.i32[args] as Ref, NULL, timeout);
    },
    wait_for: (rt, args, nargs, kwnames) => {
      const direct = retryableCall(rt, args, false);
      const p = pyArgs(rt, 'Condition.wait_for', args + 1, nargs - 1, kwnames, PARAMS_PREDICATE_TIMEOUT, 1);
      if (p === null) return NULL;
      const pred = p.pos[0] ?? p.kw.get('predicate');
      if (pred === undefined) return raiseTypeError(rt, "wait_for() missing 1 required positional argument: 'predicate'");
      const tv = p.pos[1] ?? p.kw.get('timeout');
      if (tv !== undefined && tv !== rt.None && !isRealNumber(rt, tv)) {
        // threading.py's wait_for calls the predicate, then (while it is false) computes
        // `_time() + timeout` before it waits
        const r = call0(rt, pred);
        if (r === NULL) return NULL;
        if (A.isTrue(rt, r) === 1) return r;
        decref(rt, r);
        return timeoutSumError(rt, tv);
      }
      const timeout = waitTimeoutArg(rt, tv);
      if (timeout === null) return NULL;
      return conditionWait(rt, args, direct, rt.i32[args] as Ref, pred, timeout);
    },
    notify: notify(false),
    notify_all: notify(true),
    notifyAll: deprecated('notifyAll() is deprecated, use notify_all() instead', notify(true)),
    _is_owned: (rt, args) => {
      const lock = condLock(rt, rt.i32[args] as Ref);
      return lock === NULL ? NULL : bool(rt, lockOwned(rt, lock));
    },
  };
}

// ---------------------------------------------------------------- Semaphore, Event

function semaphoreRepr(rt: Runtime, self: Ref): string {
  const bounded = word(rt, self, W_C) === 1;
  const value = word(rt, self, W_A);
  const shown = bounded ? `${value}/${word(rt, self, W_B)}` : `${value}`;
  return `<threading.${bounded ? 'BoundedSemaphore' : 'Semaphore'} at 0x${A.hexId(self)}: value=${shown}>`;
}

function semaphoreMethods(): Record<string, Native> {
  const tryTake = (rt: Runtime, s: Ref): boolean => {
    for (;;) {
      const v = word(rt, s, W_A);
      if (v <= 0) return false;
      if (casWord(rt, s, W_A, v, v - 1)) return true;
    }
  };
  const acquire = (enter: boolean): Native => (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    const direct = retryableCall(rt, args, enter);
    let blocking = true;
    let timeout = -1;
    if (!enter) {
      const p = pyArgs(rt, 'Semaphore.acquire', args + 1, nargs - 1, kwnames, PARAMS_BLOCKING_TIMEOUT, 0);
      if (p === null) return NULL;
      const b = p.pos[0] ?? p.kw.get('blocking');
      blocking = b === undefined ? true : A.isTrue(rt, b) === 1;
      const tv = p.pos[1] ?? p.kw.get('timeout');
      const given = tv !== undefined && tv !== rt.None;
      if (!blocking && given) return raiseValueError(rt, "can't specify timeout for non-blocking acquire");
      if (given && !isRealNumber(rt, tv)) {
        // threading.py's acquire uses the timeout only when it has to wait, computing
        // `_time() + timeout` first
        if (tryTake(rt, self)) {
          takeRetryState(rt, direct);
          return synchronized(rt);
        }
        return timeoutSumError(rt, tv);
      }
      const t = waitTimeoutArg(rt, tv);
      if (t === null) return NULL;
      timeout = t;
    }
    if (tryTake(rt, self)) { // uncontended, as the lock's acquire
      takeRetryState(rt, direct);
      return synchronized(rt);
    }
    return acquireBlocking(rt, direct, self, blocking, timeout);
  };
  const acquireBlocking = (rt: Runtime, direct: boolean, self: Ref, blocking: boolean, timeout: number): Ref =>
    blockingTake(rt, direct, WaitKind.LOCK, self, blocking, timeout, () => tryTake(rt, self), () => word(rt, self, W_A) > 0);
  const release: Native = (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    let n = 1;
    if (nargs > 1 || (kwnames !== 0 && nargs > 0)) {
      const p = pyArgs(rt, word(rt, self, W_C) === 1 ? 'BoundedSemaphore.release' : 'Semaphore.release', args + 1, nargs - 1, kwnames, PARAMS_N, 0);
      if (p === null) return NULL;
      const v = p.pos[0] ?? p.kw.get('n');
      if (v !== undefined) {
        // threading.py: `if n < 1: raise ValueError(...)`, then `for i in range(n)` (Semaphore)
        if (!isRealNumber(rt, v)) return raiseTypeError(rt, `'<' not supported between instances of '${A.typeNameOf(rt, v)}' and 'int'`);
        const x = floatArg(rt, v);
        if (x === null) return NULL;
        n = x;
        if (n >= 1 && word(rt, self, W_C) !== 1 && (v & 1) !== 1 && kindOf(rt, v) === Kind.FLOAT) {
          return raiseTypeError(rt, "'float' object cannot be interpreted as an integer");
        }
      }
    }
    if (n < 1) return raiseValueError(rt, 'n must be one or more');
    for (;;) {
      const v = word(rt, self, W_A);
      if (word(rt, self, W_C) === 1 && v + n > word(rt, self, W_B)) return raiseValueError(rt, 'Semaphore released too many times');
      if (casWord(rt, self, W_A, v, v + n)) break;
    }
    wakeWaiters(rt, WaitKind.LOCK, self, n);
    return rt.None;
  };
  return {
    __repr__: (rt, args) => strFromJS(rt, semaphoreRepr(rt, rt.i32[args] as Ref)),
    acquire: acquire(false),
    __enter__: acquire(true),
    release,
    __exit__: (rt, args, nargs, kwnames) => {
      // threading.py's `def __exit__(self, t, v, tb)` (a with statement passes all three)
      if ((nargs !== 4 || kwnames !== NULL) && pyArgs(rt, 'Semaphore.__exit__', args + 1, nargs - 1, kwnames, PARAMS_EXIT, 3) === null) return NULL;
      const self = rt.i32[args] as Ref;
      if (A.isHeapTypeObj(rt, self)) {
        // threading.py's __exit__ calls self.release(): a subclass's own release runs
        const d = typeLookup(rt, typeOf(rt, self), A.internName(rt, 'release'));
        if (d !== NULL && kindOf(rt, d) === Kind.FUNCTION) {
          const r = callWithSelf0(rt, d, self);
          if (r === NULL) return NULL;
          decref(rt, r);
          return rt.None;
        }
      }
      return release(rt, args, 1, NULL as Ref) === NULL ? NULL : rt.None;
    },
    _value: (rt, args) => intFromNumber(rt, word(rt, rt.i32[args] as Ref, W_A)), // a property: makeType
  };
}

function eventMethods(): Record<string, Native> {
  return {
    __repr__: (rt, args) => {
      const self = rt.i32[args] as Ref;
      return strFromJS(rt, `<threading.Event at 0x${A.hexId(self)}: ${word(rt, self, W_A) !== 0 ? 'set' : 'unset'}>`);
    },
    is_set: (rt, args, nargs, kwnames) => (pyArgs(rt, 'Event.is_set', args + 1, nargs - 1, kwnames, PARAMS_NONE, 0) === null ? NULL : bool(rt, word(rt, rt.i32[args] as Ref, W_A) !== 0)),
    isSet: deprecated('isSet() is deprecated, use is_set() instead', (rt, args) => bool(rt, word(rt, rt.i32[args] as Ref, W_A) !== 0)),
    set: (rt, args, nargs, kwnames) => {
      const self = rt.i32[args] as Ref;
      if (pyArgs(rt, 'Event.set', args + 1, nargs - 1, kwnames, PARAMS_NONE, 0) === null) return NULL;
      setWord(rt, self, W_A, 1);
      Atomics.add(rt.i32, (self + W_B) >> 2, 1);
      wakeWaiters(rt, WaitKind.CONDITION, self);
      return rt.None;
    },
    clear: (rt, args, nargs, kwnames) => {
      if (pyArgs(rt, 'Event.clear', args + 1, nargs - 1, kwnames, PARAMS_NONE, 0) === null) return NULL;
      setWord(rt, rt.i32[args] as Ref, W_A, 0);
      return rt.None;
    },
    wait: (rt, args, nargs, kwnames) => {
      const self = rt.i32[args] as Ref;
      const direct = retryableCall(rt, args, false);
      const p = pyArgs(rt, 'Event.wait', args + 1, nargs - 1, kwnames, PARAMS_TIMEOUT, 0);
      if (p === null) return NULL;
      const tv = p.pos[0] ?? p.kw.get('timeout');
      // threading.py's wait passes the timeout on (to Condition.wait) only when the flag is unset
      if (tv !== undefined && !isRealNumber(rt, tv) && word(rt, self, W_A) !== 0) {
        takeRetryState(rt, direct);
        return synchronized(rt);
      }
      const timeout = waitTimeoutArg(rt, tv);
      if (timeout === null) return NULL;
      // True once the flag is set, or once set() ran since the wait began even if clear()
      // followed before this thread ran again (CPython's Event.wait returns Condition.wait's
      // "notified": the auto-reset pattern `ev.wait(); ev.clear()` wakes every waiter)
      return blockingTake(rt, direct, WaitKind.CONDITION, self, true, timeout,
        (setCount) => word(rt, self, W_A) !== 0 || word(rt, self, W_B) !== setCount, undefined, () => word(rt, self, W_B));
    },
  };
}

// ---------------------------------------------------------------- deprecation warnings

/** A native method that warns as deprecated, then runs `fn`. */
function deprecated(msg: string, fn: Native): Native {
  return (rt, args, nargs, kwnames) => (warnDeprecatedFromMain(rt, msg, 0) ? fn(rt, args, nargs, kwnames) : NULL);
}

// ---------------------------------------------------------------- thread functions

function recordArg(rt: Runtime, v: Ref): Ref {
  if ((v & 1) === 0 && isInstance(rt, v, '_ThreadHandle')) return word(rt, v, W_A) as Ref;
  const x = (v & 1) === 1 ? v >> 1 : Number(A.toFloat(rt, v) ?? 0);
  return x as Ref;
}

/**
 * A new handle for thread record t (what _start returns; threading's Thread keeps it as
 * _handle): word 20 holds the record.
 * When the handle dies, the record may be freed (vm/threads.ts orphanThread).
 */
function newHandle(rt: Runtime, t: Ref): Ref {
  const h = newObject(rt, typeByName(rt, '_ThreadHandle'), OBJ_SIZE);
  setWord(rt, h, W_SLOT, smallIntRef(0));
  setWord(rt, h, W_A, t);
  return h;
}

/** The get_ident() value of the thread with small id `tid` (scheduler.ts: every record's
 * ident is derived from its tid; MAIN_IDENT is tid 1's). */
function identOfTid(tid: number): number {
  return MAIN_IDENT + (tid - 1) * 0x800000;
}

function identOf(rt: Runtime): number {
  const sched = schedulerOf(rt);
  const t = currentRecord(rt);
  return sched === null || t === 0 ? MAIN_IDENT : sched.ident(t);
}

/**
 * _thread.stack_size's setting (set by every call, to 0 without an argument), per interpreter (a JS thread per executor needs no stack
 * size of its own: gilvm's Python frames live in the heap). Only remembered and returned,
 * as CPython's is for threads started later.
 */
const stackSizes = new WeakMap<Runtime, number>();

const F: Record<string, Native> = {
  stack_size: (rt, args, nargs, kwnames) => {
    if (kwnames !== 0) return raiseTypeError(rt, 'stack_size() takes no keyword arguments');
    if (nargs > 1) return raiseTypeError(rt, `stack_size() takes at most 1 argument (${nargs} given)`);
    const old = stackSizes.get(rt) ?? 0;
    if (nargs === 1) {
      const i = A.indexObject(rt, rt.i32[args] as Ref);
      if (i === 0) return NULL;
      const big = intToBigint(rt, i);
      decref(rt, i);
      if (big > 9223372036854775807n || big < -9223372036854775808n) return raiseNew(rt, rt.exc.OverflowError!, 'Python int too large to convert to C ssize_t');
      if (big < 0n) return raiseValueError(rt, 'size must be 0 or a positive value');
      // CPython on Linux: 0 (the default) or at least 32 KiB
      if (big !== 0n && big < 32768n) return raiseValueError(rt, `size not valid: ${big} bytes`);
      stackSizes.set(rt, Number(big));
    } else stackSizes.set(rt, 0); // stack_size() is stack_size(0), as CPython's "|n"
    return intFromNumber(rt, old);
  },
  allocate_lock: (rt, _args, nargs) => {
    if (nargs !== 0) return raiseTypeError(rt, `_thread.allocate_lock() takes no arguments (${nargs} given)`);
    return newLock(rt, 'lock');
  },
  exit: (rt, _args, nargs) => {
    if (nargs !== 0) return raiseTypeError(rt, `_thread.exit() takes no arguments (${nargs} given)`);
    setRaised(rt, exceptionNewNoArgs(rt, rt.exc.SystemExit!));
    return NULL;
  },
  _count: noArgsNative('_thread._count', 0, (rt) => {
    // threads started by start_new_thread or Thread.start that are still running
    const sched = schedulerOf(rt);
    if (sched === null) return intFromNumber(rt, 0);
    let n = 0;
    withThreadRecords(rt, () => {
      for (const t of sched.threads()) if (t !== sched.mainThread && sched.isAlive(t)) n++;
    });
    return intFromNumber(rt, n);
  }),
  _handle_of: (rt, args) => {
    // the handle of a started Thread object's thread while it runs (start() has not
    // stored it yet when the new thread already asks for its ident), else None
    const obj = rt.i32[args] as Ref;
    const sched = schedulerOf(rt);
    if (sched === null) return rt.None;
    // the record's address: the caller uses it at once, while the thread runs or while
    // start() holds the handle (so the record is not freed meanwhile)
    const t = withThreadRecords(rt, () => {
      for (const r of sched.threads()) if (rt.i32[(extOf(sched, r) + EX_OBJ) >> 2] === obj) return r;
      return 0 as Ref;
    });
    return t === 0 ? rt.None : intFromNumber(rt, t);
  },
  _warn_deprecated: (rt, args) => (warnDeprecatedFromMain(rt, strToJS(rt, rt.i32[args] as Ref), 1) ? rt.None : NULL),
  _print_hook_exception: (rt, args) => {
    outputFlush(rt);
    writeStderr(rt, 'Exception in threading.excepthook:\n' + formatException(rt, rt.i32[args] as Ref, new Set(), 'py'));
    return rt.None;
  },
  // interrupt_main(signum=signal.SIGINT, /): SIGINT's default handler raises
  // KeyboardInterrupt in the main thread (vm/threads.ts interruptMainThread); the other
  // signals' handlers are the default or ignore ones, for which CPython does nothing
  interrupt_main: (rt, args, nargs, kwnames) => {
    if (kwnames !== 0) return raiseTypeError(rt, 'interrupt_main() takes no keyword arguments');
    if (nargs > 1) return raiseTypeError(rt, `interrupt_main expected at most 1 argument, got ${nargs}`);
    let signum = 2;
    if (nargs === 1) {
      const v = A.indexObject(rt, rt.i32[args] as Ref);
      if (v === NULL) return NULL;
      signum = (v & 1) === 1 ? v >> 1 : -1; // a big int: out of range
      decref(rt, v);
    }
    if (signum < 1 || signum >= 65) return raiseValueError(rt, 'signal number out of range');
    if (signum === 2) interruptMainThread(rt);
    return rt.None;
  },
  get_ident: noArgsNative('_thread.get_ident', 0, (rt) => intFromNumber(rt, identOf(rt))),
  // CPython 3.12's: the main thread's get_ident() (asyncio keys its loops by thread without
  // importing threading)
  _get_main_thread_ident: (rt) => intFromNumber(rt, MAIN_IDENT),
  get_native_id: noArgsNative('_thread.get_native_id', 0, (rt) => {
    const sched = schedulerOf(rt);
    const t = currentRecord(rt);
    return intFromNumber(rt, sched === null || t === 0 ? process.pid + 1 : sched.nativeId(t));
  }),
  start_new_thread: (rt, args, nargs, kwnames) => {
    if (kwnames !== 0) return raiseTypeError(rt, 'start_new_thread() takes no keyword arguments');
    if (nargs < 2 || nargs > 3) return raiseTypeError(rt, `start_new_thread expected at ${nargs < 2 ? 'least 2' : 'most 3'} arguments, got ${nargs}`);
    const func = rt.i32[args] as Ref;
    const fargs = rt.i32[args + 1] as Ref;
    const kw = nargs === 3 ? (rt.i32[args + 2] as Ref) : NULL;
    if (!isCallable(rt, func)) return raiseTypeError(rt, 'first arg must be callable');
    if (kindOf(rt, fargs) !== Kind.TUPLE) return raiseTypeError(rt, '2nd arg must be a tuple');
    if (kw !== NULL && kindOf(rt, kw) !== Kind.DICT) return raiseTypeError(rt, 'optional 3rd arg must be a dictionary');
    const sched = ensureScheduler(rt);
    reapFinishedThreads(rt);
    // named after the count of threads created so far (the next tid - 1)
    const nextTid = Atomics.load(rt.i32, HDR_NEXT_THREAD_ID >> 2);
    const t = startThread(rt, NULL, func, fargs, kw, `Dummy-${nextTid - 1}`, true);
    const ident = sched.ident(t);
    orphanThread(rt, t); // no handle: freed once it finishes
    return intFromNumber(rt, ident);
  },
  _start: (rt, args, nargs) => {
    if (nargs !== 6 && nargs !== 7) return raiseTypeError(rt, '_start expects 6 or 7 arguments');
    const i32 = rt.i32;
    const obj = i32[args] as Ref;
    const func = i32[args + 1] as Ref;
    const fargs = i32[args + 2] as Ref;
    const kw = i32[args + 3] as Ref;
    const name = strToJS(rt, i32[args + 4] as Ref);
    const daemon = A.isTrue(rt, i32[args + 5] as Ref) === 1;
    reapFinishedThreads(rt);
    // the 7th: frames threading.py's thread has below func (see startThread)
    const hidden = nargs === 7 ? rt.i32[args + 6]! >> 1 : 0;
    const t = startThread(rt, obj, func, fargs, kw === rt.None ? NULL : kw, name, daemon, hidden);
    return newHandle(rt, t);
  },
  _join: (rt, args, nargs) => {
    if (nargs !== 2) return raiseTypeError(rt, '_join expects 2 arguments');
    const direct = retryableCall(rt, args, false);
    const t = recordArg(rt, rt.i32[args] as Ref);
    const timeout = floatArg(rt, rt.i32[args + 1] as Ref);
    if (timeout === null) return NULL;
    const sched = ensureScheduler(rt);
    const r = blockingTake(rt, direct, WaitKind.JOIN, t, true, timeout, () => sched.status(t) === ThreadStatus.FINISHED);
    return r === RETRY_CALL ? r : rt.None;
  },
  _wait_started: (rt, args, nargs) => {
    // Thread.start() returns once the new thread runs (CPython waits on its _started
    // Event). Before the executors run, only a direct call can wait (by retry on them).
    if (nargs !== 1) return raiseTypeError(rt, '_wait_started expects 1 argument');
    const direct = retryableCall(rt, args, false);
    const sched = schedulerOf(rt);
    if (sched === null || (!direct && threadsPending(rt))) return rt.None;
    const t = recordArg(rt, rt.i32[args] as Ref);
    const started = (): boolean =>
      (rt.i32[(extOf(sched, t) + EX_FLAGS) >> 2]! & EXF_STARTED) !== 0 || sched.status(t) === ThreadStatus.FINISHED;
    const r = blockingTake(rt, direct, WaitKind.OTHER, t, true, -1, started);
    return r === RETRY_CALL ? r : rt.None;
  },
  _abandon: (rt, args) => {
    // threading.Thread.join interrupted while the thread runs (scheduler.ts abandon)
    schedulerOf(rt)?.abandon(recordArg(rt, rt.i32[args] as Ref));
    return rt.None;
  },
  _is_alive: (rt, args) => {
    const sched = schedulerOf(rt);
    if (sched === null) return rt.False;
    return bool(rt, sched.isAlive(recordArg(rt, rt.i32[args] as Ref)));
  },
  _main_handle: (rt) => {
    // the main thread's handle for threading's _MainThread (join() from another thread,
    // is_alive(): False once the main thread's code has ended, as CPython's threading
    // marks it stopped in _shutdown); None while no other thread ever ran
    const sched = schedulerOf(rt);
    return sched === null ? rt.None : newHandle(rt, sched.mainThread);
  },
  _ident: (rt, args) => intFromNumber(rt, schedulerOf(rt)!.ident(recordArg(rt, rt.i32[args] as Ref))),
  _native_id: (rt, args) => intFromNumber(rt, schedulerOf(rt)!.nativeId(recordArg(rt, rt.i32[args] as Ref))),
  _current: (rt) => {
    const sched = schedulerOf(rt);
    const t = currentRecord(rt);
    if (sched === null || t === 0) return rt.None;
    const obj = rt.i32[(extOf(sched, t) + EX_OBJ) >> 2]!;
    return obj === 0 ? rt.None : newRef(rt, obj as Ref);
  },
  _alive_objects: (rt) => {
    const out = listNew(rt, 0);
    const sched = schedulerOf(rt);
    if (sched === null) return out;
    const objs = withThreadRecords(rt, () => {
      const found: Ref[] = [];
      for (const t of sched.threads()) {
        if (!sched.isAlive(t)) continue;
        const obj = rt.i32[(extOf(sched, t) + EX_OBJ) >> 2]!;
        if (obj !== 0) found.push(newRef(rt, obj as Ref));
      }
      return found;
    });
    for (const obj of objs) listAppendSteal(rt, out, obj);
    return out;
  },
  _print_exception: (rt, args, nargs) => {
    // (exc, thread name[, thread_run]): thread_run when a Thread's run raised it, where
    // CPython's report always has threading.py's frames (formatException's hiddenFrames)
    const exc = rt.i32[args] as Ref;
    const name = A.strJS(rt, rt.i32[args + 1] as Ref) ?? '?';
    const threadRun = nargs > 2 && rt.i32[args + 2] === rt.True;
    outputFlush(rt);
    if ((exc & 1) === 1 || kindOf(rt, exc) !== Kind.BASE_EXCEPTION) {
      // the hook called with a value that is no exception (CPython's PyErr_Display refuses it)
      writeStderr(rt, `Exception in thread ${name}:\nTypeError: print_exception(): Exception expected for value, ${A.typeNameOf(rt, exc)} found\n`);
      return rt.None;
    }
    writeStderr(rt, `Exception in thread ${name}:\n` + formatException(rt, exc, new Set(), 'py', threadRun));
    return rt.None;
  },
};

function ctor(typeName: string, init: (rt: Runtime, o: Ref, args: number, nargs: number, kwnames: Ref) => boolean): Native {
  return (rt, args, nargs, kwnames) => {
    const o = newObject(rt, typeByName(rt, typeName), OBJ_SIZE);
    setWord(rt, o, W_SLOT, SUBCLASSABLE.has(typeName) ? 0 : smallIntRef(0)); // a dict, or no owned slot
    if (!init(rt, o, args, nargs, kwnames)) {
      decref(rt, o);
      return NULL;
    }
    return o;
  };
}

const semaphoreInit = (bounded: boolean) => (rt: Runtime, o: Ref, args: number, nargs: number, kwnames: Ref): boolean => {
  const p = pyArgs(rt, bounded ? 'BoundedSemaphore.__init__' : 'Semaphore.__init__', args, nargs, kwnames, ['value'], 0);
  if (p === null) return false;
  const v = p.pos[0] ?? p.kw.get('value');
  let n = 1;
  if (v !== undefined) {
    if (!isRealNumber(rt, v)) {
      // threading.py's `if value < 0`
      raiseTypeError(rt, `'<' not supported between instances of '${A.typeNameOf(rt, v)}' and 'int'`);
      return false;
    }
    const x = floatArg(rt, v);
    if (x === null) return false;
    n = x;
  }
  if (n < 0) {
    raiseValueError(rt, 'semaphore initial value must be >= 0');
    return false;
  }
  setWord(rt, o, W_A, n);
  setWord(rt, o, W_B, n);
  setWord(rt, o, W_C, bounded ? 1 : 0);
  return true;
};

const conditionInit = (rt: Runtime, o: Ref, args: number, nargs: number, kwnames: Ref): boolean => {
  const p = pyArgs(rt, 'Condition.__init__', args, nargs, kwnames, ['lock'], 0);
  if (p === null) return false;
  let lock = p.pos[0] ?? p.kw.get('lock') ?? rt.None;
  if (lock === rt.None) lock = newLock(rt, 'RLock');
  else if (isInstance(rt, lock, 'lock') || isInstance(rt, lock, 'RLock')) lock = newRef(rt, lock);
  else {
    // CPython's Condition takes any lock-like object; its first use is lock.acquire
    raiseNew(rt, rt.exc.AttributeError!, `'${A.typeNameOf(rt, lock)}' object has no attribute 'acquire'`);
    return false;
  }
  const d = A.instanceDict(rt, o, true);
  const r = dictSetItem(rt, d, internJS(rt, '_lock'), lock);
  decref(rt, lock);
  return r >= 0;
};

const eventInit = (rt: Runtime, o: Ref, args: number, nargs: number, kwnames: Ref): boolean => {
  void args;
  if (nargs > 0) {
    const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
    if (nkw > 0) raiseTypeError(rt, `Event.__init__() got an unexpected keyword argument '${strToJS(rt, tupleItem(rt, kwnames, 0))}'`);
    else raiseTypeError(rt, `Event.__init__() takes 1 positional argument but ${nargs + 1} were given`);
    return false;
  }
  setWord(rt, o, W_A, 0);
  return true;
};

/** __init__ of a subclassable type: (re)initialises self's state (see the module comment). */
function initMethod(init: (rt: Runtime, o: Ref, args: number, nargs: number, kwnames: Ref) => boolean): Native {
  return (rt, args, nargs, kwnames) => (init(rt, rt.i32[args] as Ref, args + 1, nargs - 1, kwnames) ? rt.None : NULL);
}

/** Native methods that makeType exposes as read-only properties. A constant set. */
const PROPERTIES: ReadonlySet<string> = new Set(['_value']);

/**
 * How the native types are shown: CPython's static lock types have the module-qualified
 * name `_thread.lock`, which `<class '_thread.lock'>` and the default repr show, and
 * __name__ `lock`; its Condition, Event, Semaphore are classes of `threading`. The object model shows a built-in type by its TP_QUALNAME (falling back to
 * TP_NAME), so the dotted name goes in TP_QUALNAME; a `_thread` type has it in TP_NAME too,
 * as error messages word it (`'_thread.lock' object`), and __name__ drops the module part.
 * A constant map.
 */
const TYPE_NAMES: ReadonlyMap<string, string> = new Map([
  ['lock', '_thread.lock'],
  ['RLock', '_thread.RLock'],
  ['_ThreadHandle', '_thread._ThreadHandle'],
  ['Condition', 'threading.Condition'],
  ['Semaphore', 'threading.Semaphore'],
  ['BoundedSemaphore', 'threading.BoundedSemaphore'],
  ['Event', 'threading.Event'],
]);

/** The types Python code may subclass (see the module comment). A constant set. */
const SUBCLASSABLE: ReadonlySet<string> = new Set(['Condition', 'Semaphore', 'BoundedSemaphore', 'Event']);

const TYPES: [string, Record<string, Native>, Native][] = [
  // CPython 3.11's lock type has no tp_new (3.13 added one): locks come from allocate_lock
  ['lock', lockMethods(false), (rt) => raiseTypeError(rt, "cannot create '_thread.lock' instances")],
  ['RLock', lockMethods(true), ctor('RLock', () => true)], // CPython's rlock_new ignores its arguments
  ['Condition', { ...conditionMethods(), __init__: initMethod(conditionInit) }, ctor('Condition', conditionInit)],
  ['Semaphore', { ...semaphoreMethods(), __init__: initMethod(semaphoreInit(false)) }, ctor('Semaphore', semaphoreInit(false))],
  [
    'BoundedSemaphore',
    { ...semaphoreMethods(), __init__: initMethod(semaphoreInit(true)) },
    ctor('BoundedSemaphore', semaphoreInit(true)),
  ],
  ['Event', { ...eventMethods(), __init__: initMethod(eventInit) }, ctor('Event', eventInit)],
  [
    '_ThreadHandle',
    {
      __del__: (rt, args) => {
        const h = rt.i32[args] as Ref;
        const t = word(rt, h, W_A) as Ref;
        setWord(rt, h, W_A, 0);
        if (t !== 0) orphanThread(rt, t);
        return rt.None;
      },
    },
    (rt) => raiseTypeError(rt, "cannot create '_thread._ThreadHandle' instances"),
  ],
];

const LOCK_METHODS = TYPES[0]![1];
const RLOCK_METHODS = TYPES[1]![1];

// every native gets its table index once, at import (natives.ts)
const TYPE_INDEXES: [string, [string, number][], number][] = TYPES.map(([name, methods, c]) => [
  name,
  Object.entries(methods).map(([m, fn]) => [m, defineNative(m, fn)] as [string, number]),
  defineNative(name, c),
]);
const FUNCTION_INDEXES: [string, number][] = Object.entries(F).map(([name, fn]) => [name, defineNative(name, fn)]);

function makeType(rt: Runtime, name: string, methods: [string, number][], ctorIndex: number, base: Ref = rt.tObject): Ref {
  const i32 = rt.i32;
  const sub = SUBCLASSABLE.has(name);
  // a handle's death may free its thread's record: its __del__ (a native) says so
  // weakly referenceable as in CPython: all but the handle
  const flags = (sub ? TPF_BASETYPE : 0) | (name === '_ThreadHandle' ? TPF_HAS_DEL : TPF_WEAKREFABLE);
  const t = typeAlloc(rt, Kind.OBJECT, flags, OBJ_SIZE, sub ? W_SLOT : 0);
  rt.rc.makeImmortal(t);
  const shown = TYPE_NAMES.get(name);
  // _thread's C types have the dotted tp_name in CPython's error messages too
  // ("'_thread.lock' object has no attribute 'aquire'"); threading's classes do not
  i32[(t + TP_NAME) >> 2] = internJS(rt, shown?.startsWith('_thread.') ? shown : name);
  if (shown !== undefined) i32[(t + TP_QUALNAME) >> 2] = internJS(rt, shown);
  const d = dictNew(rt);
  rt.rc.makeImmortal(d);
  i32[(t + TP_DICT) >> 2] = d;
  // BoundedSemaphore's base is Semaphore, as in threading.py (same layout, own methods)
  i32[(t + TP_BASE) >> 2] = base;
  const bases = tupleFromRefs(rt, [base]);
  const mro = tupleFromRefs(rt, base === rt.tObject ? [t, rt.tObject] : [t, base, rt.tObject]);
  rt.rc.makeImmortal(bases);
  rt.rc.makeImmortal(mro);
  i32[(t + TP_BASES) >> 2] = bases;
  i32[(t + TP_MRO) >> 2] = mro;
  i32[(t + TP_BASICSIZE) >> 2] = OBJ_SIZE;
  i32[(t + TP_NEW_NATIVE) >> 2] = ctorIndex;
  // __module__ as CPython's (threading.Semaphore.__module__ is 'threading')
  dictSetItem(rt, d, rt.names.__module__, internJS(rt, shown?.startsWith('threading.') ? 'threading' : '_thread'));
  for (const [m, idx] of methods) {
    const nm = internJS(rt, m);
    // a read-only property's getter where CPython has an attribute (Semaphore._value)
    storeNativeMethod(rt, d, nm, methodDescriptorNew(rt, idx, nm, t), PROPERTIES.has(m));
  }
  return t;
}

export function createThreadModule(rt: Runtime): Ref {
  const d = dictNew(rt);
  rt.rc.makeImmortal(d);
  const nameRef = internJS(rt, '_thread');
  dictSetItem(rt, d, rt.names.__name__, nameRef);
  dictSetItem(rt, d, rt.names.__doc__, rt.None);
  const mod = moduleNew(rt, nameRef, d);
  // registered before the types are made: the constructors find their type through it
  dictSetItem(rt, rt.modules, nameRef, mod);
  for (const [name, methods, c] of TYPE_INDEXES) {
    const t = makeType(rt, name, methods, c, name === 'BoundedSemaphore' ? typeByName(rt, 'Semaphore') : rt.tObject);
    dictSetItem(rt, d, internJS(rt, name), t);
  }
  dictSetItem(rt, d, internJS(rt, 'LockType'), typeByName(rt, 'lock'));
  for (const [fname, idx] of FUNCTION_INDEXES) {
    const nm = internJS(rt, fname);
    const f = builtinFunctionNew(rt, idx, nm, mod); // __self__: the module, as CPython's
    dictSetItem(rt, d, nm, f);
    decref(rt, f);
  }
  dictSetItem(rt, d, internJS(rt, 'error'), rt.exc.RuntimeError!);
  // CPython's old aliases
  for (const [alias, target] of [['start_new', 'start_new_thread'], ['allocate', 'allocate_lock'], ['exit_thread', 'exit']]) {
    dictSetItem(rt, d, internJS(rt, alias), dictGetStr(rt, d, internJS(rt, target!)));
  }
  const tm = floatNew(rt, 9223372036.0);
  dictSetItem(rt, d, internJS(rt, 'TIMEOUT_MAX'), tm);
  decref(rt, tm);
  return mod;
}
