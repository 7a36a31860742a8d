/*
 * The object layer's side of the cycle collector (heap/gc.ts): which objects are
 * containers, how to visit the references each container holds (traverse), how to drop
 * them to break a cycle (clear), and the VM's entry points: gc.collect(), the automatic
 * collection at safe points, and the final collection and leak audit of --check-refs.
 *
 * Tracking. Every object is created by objects/object.ts `newObject`, which calls
 * `gcTrackNew`: an object is tracked when its kind can hold references that may form a
 * cycle (GC_KINDS below), or when its type is a heap type (a user class: its instances
 * hold the class and may have a __dict__, whatever their solid base). The deallocator
 * (objects/dealloc.ts) untracks before releasing the children. Tracking at creation means
 * an object is tracked while its creator is still filling it in; that is safe because the
 * collector only runs at safe points (between eval-loop slices, or from gc.collect()
 * called by Python code), never while a native is half-way through building an object.
 *
 * Traverse visits every OWNED reference exactly once (visiting a borrowed one, or one
 * twice, would make trial deletion subtract references the object does not hold and free
 * live objects). Per kind, after CPython's tp_traverse functions:
 *   heap-type instance  its type, its __dict__ (at TP_DICTOFFSET), its __slots__ words
 *                       (objects/member.ts slotWordsRange), then the kind's part
 *   tuple, list          the items
 *   dict, set, frozenset keys and values of the compact table (objects/dict.ts layout)
 *   function             globals .. annotations (the code is immortal)
 *   cell, staticmethod, classmethod  the one slot;  traceback: the next entry (its code
 *                        is immortal; it names no frame)
 *   bound method         function, self;   builtin function: name, self
 *   property             get, set, del, doc;   module: dict, name;   super: type, obj
 *   member descriptor    name, declaring class (objects/member.ts)
 *   slice                start, stop, step
 *   built-in iterators   the iterated object (and enumerate's count / map's function)
 *   exception            __dict__, args, __traceback__, __context__, __cause__, name, obj
 *   generator            its frame: function, locals mapping, locals and the value stack
 *                        up to the saved FR_SP (the words above are stale), and the
 *                        return value. A RUNNING generator's stack is skipped: its saved
 *                        FR_SP may be stale while the loop runs it; skipping only makes
 *                        more objects roots (safe).
 *   type (heap type)     name, base, bases, mro, dict, qualname
 * Clear drops references as CPython's tp_clear does (lists, dicts, sets, instances'
 * __dict__, exceptions, functions, cells, modules, classes' dict contents and mro); a
 * generator is cleared by releasing its frame as close() would, without running it (no
 * finalizers yet). Tuples, bound methods, iterators, super and slices are not cleared, as
 * in CPython: every cycle through them also goes through a clearing container.
 *
 * gc.collect()'s answer: CPython 3.11 stores a plain instance's attributes inline (the
 * __dict__ is only materialised on demand), so a cycle of instances counts one object per
 * instance there, while here every instance with attributes has a real dict. `collect`
 * discounts a garbage instance's dict when that dict is referenced by nothing but its
 * instance, so `gc.collect()` answers what CPython answers for the usual programs.
 *
 * Automatic collection: `gcSafePoint(rt)` (run.ts calls it between eval-loop slices)
 * collects when the tracked containers created minus destroyed since the last collection
 * reach the threshold (700, gc.set_threshold; 0 disables it) AND a quarter of the containers that
 * survived the previous collections (CPython 3.12's long-lived ratio): each collection
 * walks the whole heap (one generation), so without the ratio a program that keeps many
 * containers would collect a quadratic number of times. And, since a collection's cost is
 * the whole heap's (every block walked, every reference of every container visited), not
 * its containers' number, at least one new container per 8 units of the last collection's
 * work (HDR_GC_LAST_WORK, GC_WORK_PER_CONTAINER_LOG2): with a million floats in one list,
 * building a list of 300,000 tuples collected ~27 times, each visiting the million (1.3 s;
 * python3 0.12 s, whose young collections never look at the old list).
 * The survivor count is a heap word (HDR_GC_SURVIVORS), shared by every executor's
 * collector. Without the GIL, while executors run in parallel, `gcCollectParallel` runs
 * the same collection with the world stopped (vm/stw.ts), at the end of a slice (the
 * automatic collection) or from gc.collect().
 *
 * State: one CycleCollector per interpreter Runtime, kept in a WeakMap keyed by the
 * Runtime (module-level, because the Runtime class belongs to vm/runtime.ts and has no
 * slot for it; the collector's own state is only counters and the two hooks).
 */
import { finalizeGarbage, garbageNeedsFinalizer, sortByCreation } from './finalizer.js';
import { FLAG_GC_TRACKED, IMMORTAL_REFCNT, NULL, OB_FLAGS, OB_REF_LOCAL, OB_TYPE, type Ref } from '../heap/layout.js';
import { forEachObject } from '../heap/alloc.js';
import { CycleCollector, gcTrack, gcUntrack, liveObjects, type Visit } from '../heap/gc.js';
import { mergeAllQueued } from '../heap/refcount.js';
import { HDR_GC_LAST_WORK, HDR_GC_SURVIVORS, MAX_EXECUTORS } from '../heap/memory.js';
import { resumeTheWorld, stopTheWorld } from '../vm/stw.js';
import { processAllRetiredStopped } from '../vm/nogil.js';
import type { Runtime } from '../vm/runtime.js';
import { Kind } from './kinds.js';
import { TP_DICTOFFSET, TP_FLAGS, TP_KIND, TP_NAME, TPF_HEAPTYPE, TP_DICT, TP_MRO, TP_QUALNAME } from './typelayout.js';
import { TUPLE_ITEMS_WORD } from './tuple.js';
import { LIST_ITEMS, LIST_SIZE, listClear } from './list.js';
import { DICT_KEYS, dictClear } from './dict.js';
import { FN_ANNOTATIONS, FN_CLOSURE, FN_DEFAULTS, FN_DICT, FN_DOC, FN_GLOBALS, FN_BUILTINS, FN_KWDEFAULTS, FN_MODULE, CELL_REF } from './function.js';
import { EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_DICT, EXC_NAME, EXC_OBJ, EXC_TRACEBACK } from './exceptions.js';
import { GEN_FINISHED, GEN_RETVAL, GEN_RUNNING, GEN_STATE, GEN_EXC_STATE, generatorFrame, generatorReleaseFrame } from './generator.js';
import { FR_CODE, FR_FUNC, FR_LOCALS, FR_SP, FR_INIT_SELF, FRAME_HEADER_WORDS } from '../vm/frame.js';
import { CO_NLOCALSPLUS } from './code.js';
import { INST_DICT, dictWordOffset } from './object.js';
import { strToJS } from './str.js';
import { slotWordsRange } from './member.js';

const FLAGS_W = OB_FLAGS >> 2;

/** Kinds whose instances are tracked (besides every instance of a heap type). */
const GC_KINDS: Uint8Array = (() => {
  const t = new Uint8Array(Kind.COUNT);
  for (const k of [
    Kind.TYPE, Kind.TUPLE, Kind.LIST, Kind.DICT, Kind.SET, Kind.FROZENSET, Kind.SLICE,
    Kind.FUNCTION, Kind.CELL, Kind.BOUND_METHOD, Kind.BUILTIN_FUNCTION, Kind.BASE_EXCEPTION, Kind.TRACEBACK,
    Kind.GENERATOR, Kind.MODULE, Kind.PROPERTY, Kind.STATICMETHOD, Kind.CLASSMETHOD, Kind.SUPER,
    Kind.LIST_ITER, Kind.TUPLE_ITER, Kind.DICT_KEYITER, Kind.DICT_VALUEITER, Kind.DICT_ITEMITER,
    Kind.SET_ITER, Kind.SEQ_ITER, Kind.SEQ_REVITER, Kind.ENUMERATE, Kind.ZIP, Kind.MAP, Kind.FILTER,
    Kind.LIST_REVITER, Kind.DICT_KEYS, Kind.DICT_VALUES, Kind.DICT_ITEMS,
    Kind.DICT_REVKEYITER, Kind.DICT_REVVALUEITER, Kind.DICT_REVITEMITER,
    Kind.COROUTINE, Kind.ASYNC_GENERATOR, Kind.ASYNC_GEN_ASEND, Kind.ASYNC_GEN_ATHROW, Kind.CORO_WRAPPER,
    Kind.MEMBER_DESCRIPTOR,
  ]) t[k] = 1;
  return t;
})();

/** Called by newObject for every new object: tracks containers. */
export function gcTrackNew(rt: Runtime, ref: Ref, type: Ref): void {
  if (type === NULL) return; // `type` itself, while bootstrapping
  const i32 = rt.i32;
  const tw = type >> 2;
  if (GC_KINDS[i32[tw + (TP_KIND >> 2)]!] === 1 || (i32[tw + (TP_FLAGS >> 2)]! & TPF_HEAPTYPE) !== 0) {
    gcTrack(rt.heap, ref, rt.executor);
  }
}

/** Called by the deallocator before it releases the children. */
export function gcUntrackDead(rt: Runtime, ref: Ref): void {
  if ((rt.i32[(ref >> 2) + FLAGS_W]! & FLAG_GC_TRACKED) !== 0) gcUntrack(rt.heap, ref, rt.executor);
}

function visitWords(i32: Int32Array, ref: Ref, from: number, to: number, visit: Visit): void {
  for (let off = from; off < to; off += 4) {
    const v = i32[(ref + off) >> 2]!;
    if (v !== 0) visit(v as Ref);
  }
}

function visitDictEntries(i32: Int32Array, d: Ref, visit: Visit): void {
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return;
  const k = kref >> 2;
  const n = i32[k + 1]!; // K_NENTRIES
  const ent = k + 4 + (1 << i32[k]!); // K_INDEX + slots
  for (let j = 0; j < n; j++) {
    const key = i32[ent + j * 3 + 1]!;
    if (key === 0) continue;
    visit(key as Ref);
    const v = i32[ent + j * 3 + 2]!;
    if (v !== 0) visit(v as Ref);
  }
}

/** Visits the owned refs of a heap frame (word index fp): function, locals mapping, init self, locals, stack. */
function visitFrame(i32: Int32Array, fp: number, withStack: boolean, visit: Visit): void {
  const f = i32[fp + FR_FUNC]!;
  if (f !== 0) visit(f as Ref);
  const l = i32[fp + FR_LOCALS]!;
  if (l !== 0) visit(l as Ref);
  void FR_INIT_SELF; // only set for __init__ frames on the data stack, never in a generator
  const code = i32[fp + FR_CODE]!;
  const nlp = i32[(code + CO_NLOCALSPLUS) >> 2]!;
  const end = withStack ? fp + i32[fp + FR_SP]! : fp + FRAME_HEADER_WORDS + nlp;
  for (let p = fp + FRAME_HEADER_WORDS; p < end; p++) {
    const v = i32[p]!;
    if (v !== 0) visit(v as Ref);
  }
}

/** tp_traverse for every kind: calls visit(child) for each reference `ref` owns. */
/**
 * An exact tuple whose items are all filled and untracked (ints, strs, floats, None, tuples
 * untracked before): it can never be part of a cycle, so the collector untracks it
 * (CPython's _PyTuple_MaybeUntrack, at the start of each collection). An empty slot (a
 * tuple still being filled) keeps it tracked.
 */
function tupleOfAtoms(rt: Runtime, ref: Ref): boolean {
  const i32 = rt.i32;
  if (i32[ref >> 2] !== rt.tTuple) return false;
  const n = i32[(ref >> 2) + 4]!;
  const base = (ref >> 2) + TUPLE_ITEMS_WORD;
  for (let i = 0; i < n; i++) {
    const v = i32[base + i]!;
    if (v === 0) return false;
    if ((v & 1) === 0 && (i32[(v >> 2) + FLAGS_W]! & FLAG_GC_TRACKED) !== 0) return false;
  }
  return true;
}

export function gcTraverse(rt: Runtime, ref: Ref, visit: Visit): void {
  const i32 = rt.i32;
  const type = i32[ref >> 2]! as Ref;
  const kind = i32[(type + TP_KIND) >> 2] as Kind;
  if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    visit(type);
    const off = i32[(type + TP_DICTOFFSET) >> 2]!;
    if (off !== 0 && !(kind === Kind.BASE_EXCEPTION && off === EXC_DICT)) {
      const d = i32[(ref + dictWordOffset(rt, ref, off)) >> 2]!;
      if (d !== 0) visit(d as Ref);
    }
    // __slots__ words (objects/member.ts), the __dict__ word among them visited above
    const slots = slotWordsRange(rt, type);
    if (slots !== null) {
      for (let at = slots[0]; at < slots[1]; at += 4) {
        const v = i32[(ref + at) >> 2]!;
        if (v !== 0 && at !== off) visit(v as Ref);
      }
    }
  }
  switch (kind) {
    case Kind.TUPLE: {
      const n = i32[(ref >> 2) + 4]!;
      const base = (ref >> 2) + TUPLE_ITEMS_WORD;
      for (let i = 0; i < n; i++) {
        const v = i32[base + i]!;
        if (v !== 0) visit(v as Ref);
      }
      break;
    }
    case Kind.LIST: {
      const n = i32[(ref + LIST_SIZE) >> 2]!;
      const items = i32[(ref + LIST_ITEMS) >> 2]! >> 2;
      for (let i = 0; i < n; i++) {
        const v = i32[items + i]!;
        if (v !== 0) visit(v as Ref);
      }
      break;
    }
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET:
      visitDictEntries(i32, ref, visit);
      break;
    case Kind.FUNCTION:
      visitWords(i32, ref, 20, 64, visit);
      break;
    case Kind.CELL: case Kind.STATICMETHOD: case Kind.CLASSMETHOD:
      visitWords(i32, ref, 16, 20, visit);
      break;
    case Kind.TRACEBACK:
      visitWords(i32, ref, 16, 20, visit); // TB_NEXT
      visitWords(i32, ref, 32, 36, visit); // TB_LOCALS
      break;
    case Kind.BOUND_METHOD:
      visitWords(i32, ref, 16, 24, visit);
      break;
    case Kind.BUILTIN_FUNCTION:
      visitWords(i32, ref, 20, 28, visit);
      break;
    case Kind.MEMBER_DESCRIPTOR:
      visitWords(i32, ref, 16, 24, visit); // name, declaring class (objects/member.ts)
      break;
    case Kind.PROPERTY:
      visitWords(i32, ref, 16, 32, visit);
      break;
    case Kind.MODULE: case Kind.SUPER:
      visitWords(i32, ref, 16, 24, visit);
      break;
    case Kind.SLICE:
      visitWords(i32, ref, 16, 28, visit);
      break;
    case Kind.BASE_EXCEPTION:
      visitWords(i32, ref, EXC_DICT, EXC_CAUSE + 4, visit);
      visitWords(i32, ref, EXC_NAME, EXC_OBJ + 4, visit); // name, obj (NameError / AttributeError / ImportError)
      break;
    case Kind.LIST_ITER: case Kind.TUPLE_ITER: case Kind.DICT_KEYITER: case Kind.DICT_VALUEITER:
    case Kind.DICT_ITEMITER: case Kind.SET_ITER: case Kind.SEQ_ITER: case Kind.SEQ_REVITER: case Kind.ZIP:
    case Kind.LIST_REVITER: case Kind.DICT_KEYS: case Kind.DICT_VALUES: case Kind.DICT_ITEMS:
    case Kind.DICT_REVKEYITER: case Kind.DICT_REVVALUEITER: case Kind.DICT_REVITEMITER:
      visitWords(i32, ref, 16, 20, visit);
      break;
    case Kind.ENUMERATE: case Kind.MAP: case Kind.FILTER:
      visitWords(i32, ref, 16, 20, visit);
      visitWords(i32, ref, 24, 28, visit);
      break;
    case Kind.ASYNC_GEN_ASEND: case Kind.ASYNC_GEN_ATHROW: case Kind.CORO_WRAPPER:
      visitWords(i32, ref, 16, 24, visit); // objects/coroutine.ts: target, value
      break;
    case Kind.GENERATOR: case Kind.COROUTINE: case Kind.ASYNC_GENERATOR: {
      const state = i32[(ref + GEN_STATE) >> 2]!;
      if (state !== GEN_FINISHED) visitFrame(i32, generatorFrame(ref), state !== GEN_RUNNING, visit);
      visitWords(i32, ref, GEN_RETVAL, GEN_RETVAL + 4, visit);
      visitWords(i32, ref, GEN_EXC_STATE, GEN_EXC_STATE + 4, visit); // a suspended generator's handled exception
      break;
    }
    case Kind.TYPE:
      if ((i32[(ref + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
        visitWords(i32, ref, TP_NAME, TP_DICT + 4, visit);
        visitWords(i32, ref, TP_QUALNAME, TP_QUALNAME + 4, visit);
      }
      break;
    default:
      break;
  }
}

/** Py_CLEAR on the word at byte offset `off` of `ref`. */
function clearWord(rt: Runtime, ref: Ref, off: number): void {
  rt.rc.clear((ref + off) >> 2);
}

/** Per-collection scratch: instance dicts discounted from gc.collect()'s answer. */
interface GcState {
  collector: CycleCollector;
  /** Instance dicts cleared in this collection that only their instance referenced. */
  inlineDicts: number;
}

const states = new WeakMap<Runtime, GcState>();

/** tp_clear for every kind (see the module comment). */
export function gcClear(rt: Runtime, ref: Ref, state?: GcState): void {
  const i32 = rt.i32;
  const type = i32[ref >> 2]! as Ref;
  const kind = i32[(type + TP_KIND) >> 2] as Kind;
  if ((i32[(type + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    const off = i32[(type + TP_DICTOFFSET) >> 2]!;
    if (off !== 0) {
      const at = dictWordOffset(rt, ref, off);
      const d = i32[(ref + at) >> 2]!;
      // the collector holds one reference to every garbage object: 2 = the instance's only
      if (state !== undefined && d !== 0 && kind === Kind.OBJECT && off === INST_DICT && rt.rc.getrefcount(d as Ref) === 2) {
        state.inlineDicts++;
      }
      clearWord(rt, ref, at);
    }
    const slots = slotWordsRange(rt, type);
    if (slots !== null) for (let at = slots[0]; at < slots[1]; at += 4) if (i32[(ref + at) >> 2] !== 0) clearWord(rt, ref, at);
  }
  switch (kind) {
    case Kind.LIST:
      listClear(rt, ref);
      break;
    case Kind.DICT: case Kind.SET: case Kind.FROZENSET:
      dictClear(rt, ref);
      break;
    case Kind.FUNCTION:
      for (const off of [FN_GLOBALS, FN_BUILTINS, FN_DEFAULTS, FN_KWDEFAULTS, FN_CLOSURE, FN_DICT, FN_MODULE, FN_DOC, FN_ANNOTATIONS]) clearWord(rt, ref, off);
      break;
    case Kind.CELL: case Kind.STATICMETHOD: case Kind.CLASSMETHOD:
      clearWord(rt, ref, CELL_REF);
      break;
    case Kind.TRACEBACK:
      clearWord(rt, ref, 32); // TB_LOCALS: a cycle through a frame's locals (CPython's tb_clear)
      clearWord(rt, ref, 16);
      break;
    case Kind.MODULE:
      clearWord(rt, ref, 16);
      break;
    case Kind.BASE_EXCEPTION:
      for (const off of [EXC_DICT, EXC_ARGS, EXC_TRACEBACK, EXC_CONTEXT, EXC_CAUSE, EXC_NAME, EXC_OBJ]) clearWord(rt, ref, off);
      break;
    case Kind.ASYNC_GEN_ASEND: case Kind.ASYNC_GEN_ATHROW: case Kind.CORO_WRAPPER:
      clearWord(rt, ref, 16);
      clearWord(rt, ref, 20);
      break;
    case Kind.GENERATOR: case Kind.COROUTINE: case Kind.ASYNC_GENERATOR:
      if (i32[(ref + GEN_STATE) >> 2] !== GEN_FINISHED && i32[(ref + GEN_STATE) >> 2] !== GEN_RUNNING) {
        i32[(ref + GEN_STATE) >> 2] = GEN_FINISHED;
        generatorReleaseFrame(rt, generatorFrame(ref));
      }
      clearWord(rt, ref, GEN_RETVAL);
      break;
    case Kind.TYPE:
      if ((i32[(ref + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
        const d = i32[(ref + TP_DICT) >> 2]!;
        if (d !== 0) dictClear(rt, d as Ref);
        clearWord(rt, ref, TP_MRO);
      }
      break;
    default:
      break;
  }
}

/** The interpreter's collector (created on first use, hooks installed). */
export function gcCollector(rt: Runtime): CycleCollector {
  return gcState(rt).collector;
}

function gcState(rt: Runtime): GcState {
  let state = states.get(rt);
  if (state === undefined) {
    const collector = new CycleCollector(rt.heap, rt.rc);
    const s: GcState = { collector, inlineDicts: 0 };
    collector.setTraverse((ref, visit) => gcTraverse(rt, ref, visit));
    collector.setClear((ref) => gcClear(rt, ref, s));
    collector.setUntrackable((ref) => tupleOfAtoms(rt, ref));
    collector.setFinalizer({
      needs: (ref) => garbageNeedsFinalizer(rt, ref),
      run: (ref) => finalizeGarbage(rt, ref),
      sort: (refs) => sortByCreation(rt, refs),
    });
    states.set(rt, s);
    state = s;
  }
  return state;
}

/**
 * A full collection: gc.collect()'s answer (unreachable objects found, as CPython counts
 * them). The hook src/modules/gc.ts calls.
 */
export function gcCollect(rt: Runtime, resumeWorld?: () => void): number {
  const state = gcState(rt);
  const before = state.collector.count();
  state.inlineDicts = 0;
  const found = state.collector.collect(resumeWorld);
  // the survivors estimate is shared by every executor's collector (a heap word)
  const survivors = rt.i32[HDR_GC_SURVIVORS >> 2]!;
  rt.i32[HDR_GC_SURVIVORS >> 2] = Math.max(0, survivors + before - found - state.collector.untracked);
  const answer = found - state.inlineDicts;
  state.inlineDicts = 0;
  return answer;
}

/** True when the automatic collection is due (enabled, threshold and survivor ratio reached). */
export function gcDue(rt: Runtime): boolean {
  const collector = (states.get(rt) ?? gcState(rt)).collector;
  const threshold = collector.threshold;
  if (!collector.enabled || threshold === 0) return false; // gc.set_threshold(0): never automatic
  const pending = collector.count();
  return pending >= threshold && pending >= Atomics.load(rt.i32, HDR_GC_SURVIVORS >> 2) >> 2
    && pending >= Atomics.load(rt.i32, HDR_GC_LAST_WORK >> 2) >> GC_WORK_PER_CONTAINER_LOG2;
}

/**
 * The automatic collection's pacing by cost: it waits for 1 new container per 2**this units
 * of the last collection's work (heap/gc.ts: live blocks walked + the survivors' references), so the
 * collections cost at most that per container created, whatever the heap holds besides.
 * (8: a program of containers only visits ~3 units per container, so the survivors' ratio
 * above still decides there.)
 */
const GC_WORK_PER_CONTAINER_LOG2 = 3;

/** gc.callbacks' caller around an automatic collection (modules/gc.ts registers it). */
type CallbacksHook = (rt: Runtime, phase: 'start' | 'stop', generation: number, collected: number) => void;
let callbacksHook: CallbacksHook | null = null;

export function setGcCallbacksHook(hook: CallbacksHook | null): void {
  callbacksHook = hook;
}

/** At a safe point (no native half-way through its work): collect if the threshold is
 * reached, gc.callbacks called around it (as generation 0's: CPython's automatic
 * collections are mostly young ones). */
export function gcSafePoint(rt: Runtime): void {
  if (!gcDue(rt)) return;
  callbacksHook?.(rt, 'start', 0, 0);
  const collected = gcCollect(rt);
  callbacksHook?.(rt, 'stop', 0, collected);
}

/**
 * gc.collect() or the automatic collection while executors run in parallel without the GIL:
 * stops the world (vm/stw.ts), finds the garbage, resumes the world, clears the garbage. `automatic`: only if due. Returns the
 * collection's answer, or -1 when the world could not be stopped now (an executor is
 * inside a nested eval loop, or another executor collected meanwhile).
 */
export function gcCollectParallel(rt: Runtime, automatic: boolean): number {
  if (automatic && !gcDue(rt)) return 0;
  if (!stopTheWorld(rt)) return -1;
  let resumed = false;
  const resume = (): void => {
    resumed = true;
    resumeTheWorld(rt);
  };
  try {
    if (automatic && !gcDue(rt)) return 0; // another executor collected before we claimed the stop
    processAllRetiredStopped(rt); // values awaiting their grace period: released now (vm/nogil.ts)
    // the world resumes once the garbage is found, before it is cleared (heap/gc.ts)
    return gcCollect(rt, resume);
  } finally {
    if (!resumed) resumeTheWorld(rt);
  }
}

/** gc.get_count()'s first number: tracked containers created minus destroyed since the last collection. */
export function gcPending(rt: Runtime): number {
  return gcCollector(rt).count();
}

/** The --check-refs audit: live non-immortal objects as [type name, count], sorted by name.
 * Leaked classes are named too (`type (Node)`): a leaked class says more than its count. */
export function leakReport(rt: Runtime): { total: number; byType: [string, number][] } {
  if (rt.rc.atomic) mergeAllQueued(rt.rc, MAX_EXECUTORS);
  const byName = new Map<string, number>();
  let total = 0;
  const nameOf = (type: Ref): string => {
    try {
      const n = rt.i32[(type + TP_NAME) >> 2]! as Ref;
      return n === NULL ? `<type at ${type}>` : strToJS(rt, n);
    } catch {
      return `<type at ${type}>`;
    }
  };
  for (const [type, count] of liveObjects(rt.heap)) {
    const name = nameOf(type);
    byName.set(name, (byName.get(name) ?? 0) + count);
    total += count;
  }
  const typeType = rt.tType;
  if (byName.has(nameOf(typeType))) {
    const classes: string[] = [];
    forEachObject(rt.heap, (ref) => {
      const w = ref >> 2;
      if (rt.i32[w + (OB_REF_LOCAL >> 2)]! < IMMORTAL_REFCNT && rt.i32[w + (OB_TYPE >> 2)] === typeType) {
        classes.push(`${nameOf(ref)} refcount ${rt.rc.getrefcount(ref)}`);
      }
    });
    const key = nameOf(typeType);
    const count = byName.get(key)!;
    byName.delete(key);
    byName.set(`${key} (${classes.sort().join(', ')})`, count);
  }
  const byType = [...byName.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { total, byType };
}

