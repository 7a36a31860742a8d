/*
 * CPython's iteration order for sets of numbers.
 *
 * A set here is a compact, insertion-ordered dict (objects/set.ts), but CPython's set
 * iterates its open-addressing table in slot order, so `print({3, 1, 2})` shows
 * `{1, 2, 3}` there. Programs print sets of ints all the time, so before a set is iterated
 * (iter(), repr, the set operators) `setCanonicalOrder` replays CPython's table
 * (Objects/setobject.c 3.11: slot = hash & mask, 9 linear probes then perturbed probing,
 * resize when fill*5 >= mask*3 to the smallest power of two above used*4, re-inserting in
 * slot order) over the current elements in their current order, and rewrites the entries
 * in the resulting slot order (dict.ts dictPermuteEntries). The replay starts from an
 * empty table, so history CPython keeps and we do not (dummies left by removals, the
 * presized tables of set(other_set)) can still make orders differ in rare cases.
 *
 * Only sets whose elements all hash as in CPython are reordered: ints, bools, floats, complexes,
 * tuples of them (str hashes are not CPython's siphash, so their order could not match
 * anyway). The word at byte 28 (the dict layout's pad word) records the DICT_VERSION
 * the order was computed for + 1 (its low VERSION_BITS bits), so iterating an unchanged
 * set again costs one compare; its top bits hold log2 of the table size CPython presized
 * the set to when it was made from a set or frozenset of 5 or more elements (set(s),
 * s.copy(), a set display of constants, which CPython builds from a frozenset constant:
 * set_merge into an empty table resizes to the smallest power of two above twice the
 * other's size and inserts its elements in their slot order), 0 for the size-8 start.
 * Under --no-gil the reordering runs under the set's per-object lock (vm/objlock.ts),
 * which every iteration step and every mutation of a set takes too.
 *
 * Table history kept (the rest is not: dummies left by removals still go unmodelled):
 * CPython's table never shrinks as elements come and go, so a replay records the size it
 * reached as the next replay's starting size, and removals note the size the elements
 * present made the table reach (setNoteRemoval); set_merge's up-front resize for
 * a | b, a |= b, a.update(b) (setNoteMerge); clear() starts over (setNoteCleared);
 * set.pop() scans from CPython's finger (setPopKey). The presize log takes 5 bits of the
 * order word (26..30), bit 31 marks a set with a pop finger.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { Kind } from './kinds.js';
import { kindOf } from './object.js';
import { DICT_VERSION, dictNextEntry, dictEntryKey, dictSize, dictPermuteEntries, dictDelItem } from './dict.js';
import { incref, decref } from '../vm/refs.js';
import { pyHash } from './abstract.js';
import { tupleItem, tupleSize } from './tuple.js';
import { objLock, objUnlock } from '../vm/objlock.js';

const SET_ORDER_VERSION = 28;
const VERSION_BITS = 26;
const VERSION_MASK = (1 << VERSION_BITS) - 1;
/** Bit 31 of the order word: set.pop() keeps a finger for this set (popStates below). A
 * new set's word is 0, so a finger left by a dead set at the same address is not used. */
const POP_FINGER_FLAG = 1 << 31;
const presizeOf = (word: number): number => (word >>> VERSION_BITS) & 31;
/** The order word with presize log `log` and version `ver`, keeping the finger flag. */
const orderWord = (word: number, log: number, ver: number): number => (word & POP_FINGER_FLAG) | (log << VERSION_BITS) | ver;
const LINEAR_PROBES = 9;
const U64 = (1n << 64n) - 1n;

function hashExact(rt: Runtime, v: Ref, depth: number): boolean {
  if ((v & 1) === 1) return true;
  const k = kindOf(rt, v);
  if (k === Kind.INT || k === Kind.BOOL || k === Kind.FLOAT || k === Kind.COMPLEX || k === Kind.NONE) return true;
  if (k === Kind.TUPLE && depth < 4) {
    for (let i = 0; i < tupleSize(rt, v); i++) if (!hashExact(rt, tupleItem(rt, v, i), depth + 1)) return false;
    return true;
  }
  return false;
}

/** Gives set s CPython's iteration order (see the module comment). Never fails. */
export function setCanonicalOrder(rt: Runtime, s: Ref): void {
  const ver = (rt.i32[(s + DICT_VERSION) >> 2]! + 1) & VERSION_MASK;
  if ((rt.i32[(s + SET_ORDER_VERSION) >> 2]! & VERSION_MASK) === ver) return;
  if (!rt.rc.atomic) {
    reorder(rt, s);
    return;
  }
  // --no-gil: under the set's lock, as every other reader and writer of its entries
  const took = objLock(rt, s);
  try {
    reorder(rt, s);
  } finally {
    if (took) objUnlock(rt, s);
  }
}

/**
 * `s` was empty and has just received every element of `source` (CPython's set_merge into
 * an empty table: set(x), x.copy(), BUILD_SET + SET_UPDATE): when `source` is a set, a
 * frozenset or a dict big enough for CPython to presize the table, the replay starts from
 * that size. (Its elements came in `source`'s iteration order, which is its slot order.)
 * `sourceSize`: the number of elements merged when some were dropped since (a - b).
 */
export function setNoteMergedIntoEmpty(rt: Runtime, s: Ref, source: Ref, sourceSize = -1): void {
  if ((source & 1) !== 0) return;
  const k = kindOf(rt, source);
  if (k !== Kind.SET && k !== Kind.FROZENSET && k !== Kind.DICT) return;
  const n = sourceSize >= 0 ? sourceSize : dictSize(rt, s);
  if (n * 5 < 7 * 3) return; // (fill + other->used) * 5 >= mask * 3, mask 7
  let log = 3;
  while (1 << log <= n * 2) log++;
  rt.i32[(s + SET_ORDER_VERSION) >> 2] = log << VERSION_BITS; // version 0: stale, replayed on iteration
}

/** What a replay found: the table's final log2 size and, per live dict entry number (after
 * the reordering), its slot. */
interface Replay { log: number; slotOf: Map<number, number> }

function reorder(rt: Runtime, s: Ref, wantSlots = false): Replay | null {
  const i32 = rt.i32;
  const ver = (i32[(s + DICT_VERSION) >> 2]! + 1) & VERSION_MASK;
  const word = i32[(s + SET_ORDER_VERSION) >> 2]!;
  if ((word & VERSION_MASK) === ver && !wantSlots) return null;
  const presized = presizeOf(word);
  const n = dictSize(rt, s);
  if (n < 2 && !wantSlots) {
    i32[(s + SET_ORDER_VERSION) >> 2] = orderWord(word, presized, ver);
    return null;
  }
  // hashes: the CPython hash as a number when it is a safe integer, else its 64-bit
  // unsigned form as a bigint (perturbation needs every bit; computed lazily)
  const entries: number[] = [];
  const hashes: (number | bigint)[] = [];
  for (let ix = dictNextEntry(rt, s, 0); ix >= 0; ix = dictNextEntry(rt, s, ix + 1)) {
    const key = dictEntryKey(rt, s, ix);
    let h: number | bigint;
    if ((key & 1) === 1) h = key >> 1 === -1 ? -2 : key >> 1;
    else {
      if (!hashExact(rt, key, 0)) return null; // leaves the marker stale: checked again next time
      const ph = pyHash(rt, key);
      if (ph === null) return null;
      h = typeof ph === 'number' && Number.isSafeInteger(ph) ? ph : BigInt.asUintN(64, BigInt(ph));
    }
    entries.push(ix);
    hashes.push(h);
  }
  // replay CPython's table: j indexes entries/hashes
  let mask = presized > 0 ? (1 << presized) - 1 : 7;
  let table = new Int32Array(mask + 1).fill(-1);
  const insertClean = (tab: Int32Array, m: number, j: number): void => {
    const h = hashes[j]!;
    let i = typeof h === 'number' ? (h >= 0 ? h % (m + 1) : Number(BigInt.asUintN(64, BigInt(h)) & BigInt(m))) : Number(h & BigInt(m));
    if (tab[i] === -1) { tab[i] = j; return; }
    const mb = BigInt(m);
    let perturb = typeof h === 'number' ? BigInt.asUintN(64, BigInt(h)) : h;
    for (;;) {
      if (tab[i] === -1) { tab[i] = j; return; }
      if (i + LINEAR_PROBES <= m) {
        for (let p = 1; p <= LINEAR_PROBES; p++) if (tab[i + p] === -1) { tab[i + p] = j; return; }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & U64 & mb);
    }
  };
  let used = 0;
  for (let j = 0; j < entries.length; j++) {
    insertClean(table, mask, j);
    used++;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size *= 2;
      const old = table;
      mask = size - 1;
      table = new Int32Array(size).fill(-1);
      for (let t = 0; t < old.length; t++) if (old[t]! >= 0) insertClean(table, mask, old[t]!);
    }
  }
  const order: number[] = [];
  let inOrder = entries[entries.length - 1] === entries.length - 1;
  for (let t = 0; t < table.length; t++) {
    const j = table[t]!;
    if (j < 0) continue;
    if (entries[j] !== entries[order.length]) inOrder = false;
    order.push(entries[j]!);
  }
  if (!inOrder) dictPermuteEntries(rt, s, order);
  // CPython's table never shrinks as elements are added or removed: later replays start
  // from the size reached (the entries are now in its slot order)
  let log = 3;
  while ((1 << log) < table.length) log++;
  i32[(s + SET_ORDER_VERSION) >> 2] = orderWord(word, Math.max(presized, log === 3 ? 0 : log), ver);
  if (!wantSlots) return null;
  const slotOf = new Map<number, number>();
  let t = 0;
  for (let ix = dictNextEntry(rt, s, 0); ix >= 0; ix = dictNextEntry(rt, s, ix + 1)) {
    while (table[t]! < 0) t++;
    slotOf.set(ix, t++);
  }
  return { log, slotOf };
}

/** log2 of the table CPython's set reaches when `count` elements are added one by one to
 * an empty table of 2^startLog slots (8 if startLog is 0): the resizes depend only on the
 * counts (fill*5 >= mask*3 -> the smallest power of two above used*4). */
function logAfterInserts(startLog: number, count: number): number {
  let mask = startLog > 0 ? (1 << startLog) - 1 : 7;
  for (let used = 1; used <= count; used++) {
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size *= 2;
      mask = size - 1;
    }
  }
  let log = 3;
  while ((1 << log) <= mask) log++;
  return log === 3 ? 0 : log;
}

/**
 * Set s is about to lose elements (discard, remove, pop, -=, ...). CPython's table keeps
 * its size, so a later replay must start from the size the current elements made it reach
 * (not from the size the fewer survivors would): records that size. O(log n).
 */
export function setNoteRemoval(rt: Runtime, s: Ref): void {
  const i32 = rt.i32;
  const word = i32[(s + SET_ORDER_VERSION) >> 2]!;
  const presized = presizeOf(word);
  const log = logAfterInserts(presized, dictSize(rt, s));
  if (log > presized) i32[(s + SET_ORDER_VERSION) >> 2] = orderWord(word, log, word & VERSION_MASK);
}

/** set.clear() and the like: CPython's table is back to its 8 starting slots. */
export function setNoteCleared(rt: Runtime, s: Ref): void {
  rt.i32[(s + SET_ORDER_VERSION) >> 2] = 0;
}

/**
 * Set s (non-empty, `otherSize` elements) is about to receive the elements of a set,
 * frozenset or dict of `otherSize` elements (CPython's set_merge, set_update_internal for
 * a dict): when (fill + other) * 5 >= mask * 3 CPython first resizes to the smallest
 * power of two above (used + other) * 2. Records that size for the replay.
 */
export function setNoteMerge(rt: Runtime, s: Ref, otherSize: number): void {
  const i32 = rt.i32;
  const n = dictSize(rt, s);
  if (n === 0 || otherSize === 0) return;
  const word = i32[(s + SET_ORDER_VERSION) >> 2]!;
  const presized = presizeOf(word);
  const log = logAfterInserts(presized, n);
  const mask = log > 0 ? (1 << log) - 1 : 7;
  if ((n + otherSize) * 5 < mask * 3) {
    if (log > presized) i32[(s + SET_ORDER_VERSION) >> 2] = orderWord(word, log, word & VERSION_MASK);
    return;
  }
  let size = 8;
  while (size <= (n + otherSize) * 2) size *= 2;
  let newLog = 3;
  while ((1 << newLog) < size) newLog++;
  // the elements already there are re-inserted in their slot order: replay them first
  setCanonicalOrder(rt, s);
  const now = i32[(s + SET_ORDER_VERSION) >> 2]!;
  i32[(s + SET_ORDER_VERSION) >> 2] = orderWord(now, Math.max(newLog, presizeOf(now)), now & VERSION_MASK);
}

/** Where set.pop() resumes scanning (CPython's so->finger), per set, per runtime. */
interface PopState { version: number; slotOf: Map<number, number>; finger: number; cursor: number }
/** Per-runtime finger tables: CPython keeps the finger in the set object, whose layout
 * (objects/dict.ts) has no word left for it. An entry lives while its set is being popped;
 * a stale one (the set changed behind it) is replaced by a fresh replay, and one whose set
 * is dead is harmless (a new set at the same address starts from a stale entry's finger,
 * which only moves where pop starts). Emptied sets drop their entry. */
const popStates = new WeakMap<Runtime, Map<number, PopState>>();

/**
 * set.pop(): removes and returns (new reference) the element CPython's pop takes: the first
 * in slot order from the finger on, wrapping around. NULL (no exception) when s is empty;
 * NULL with an exception if the removal failed.
 */
export function setPopKey(rt: Runtime, s: Ref): Ref {
  const took = rt.rc.atomic ? objLock(rt, s) : false;
  try {
    return popUnlocked(rt, s);
  } finally {
    if (took) objUnlock(rt, s);
  }
}

function popUnlocked(rt: Runtime, s: Ref): Ref {
  if (dictSize(rt, s) === 0) return 0 as Ref;
  let states = popStates.get(rt);
  if (states === undefined) popStates.set(rt, states = new Map());
  let st = (rt.i32[(s + SET_ORDER_VERSION) >> 2]! & POP_FINGER_FLAG) !== 0 ? states.get(s) : undefined;
  const version = rt.i32[(s + DICT_VERSION) >> 2]!;
  if (st === undefined && (rt.i32[(s + SET_ORDER_VERSION) >> 2]! & VERSION_MASK) === ((version + 1) & VERSION_MASK)) {
    // iterated since its last change, so in slot order already (a second replay of a
    // slot-ordered table need not give the same slots): the first element, finger unknown;
    // the rest stays in slot order
    const key = popEntry(rt, s, dictNextEntry(rt, s, 0));
    if (key !== 0) markFresh(rt, s);
    return key;
  }
  if (st === undefined || st.version !== version) {
    setNoteRemoval(rt, s);
    const replay = reorder(rt, s, true);
    if (replay === null) {
      // elements whose order cannot be CPython's: the first one
      states.delete(s);
      return popEntry(rt, s, dictNextEntry(rt, s, 0));
    }
    st = { version, slotOf: replay.slotOf, finger: (st?.finger ?? 0) & ((1 << replay.log) - 1), cursor: 0 };
    states.set(s, st);
    rt.i32[(s + SET_ORDER_VERSION) >> 2]! |= POP_FINGER_FLAG;
  }
  let ix = dictNextEntry(rt, s, st.cursor);
  while (ix >= 0 && st.slotOf.get(ix)! < st.finger) ix = dictNextEntry(rt, s, ix + 1);
  if (ix < 0) ix = dictNextEntry(rt, s, 0);
  st.finger = st.slotOf.get(ix)! + 1;
  st.cursor = ix + 1;
  const key = popEntry(rt, s, ix);
  if (key === 0 || dictSize(rt, s) === 0) {
    states.delete(s);
    return key;
  }
  // the rest is still in slot order: keep the order marker and this state valid
  markFresh(rt, s);
  st.version = rt.i32[(s + DICT_VERSION) >> 2]!;
  return key;
}

/** Marks s's current entry order as its slot order (after removing from a slot-ordered set). */
function markFresh(rt: Runtime, s: Ref): void {
  const ver = (rt.i32[(s + DICT_VERSION) >> 2]! + 1) & VERSION_MASK;
  const word = rt.i32[(s + SET_ORDER_VERSION) >> 2]!;
  rt.i32[(s + SET_ORDER_VERSION) >> 2] = (word & ~VERSION_MASK) | ver;
}

function popEntry(rt: Runtime, s: Ref, ix: number): Ref {
  const key = dictEntryKey(rt, s, ix);
  incref(rt, key);
  if (dictDelItem(rt, s, key) < 0) {
    decref(rt, key);
    return 0 as Ref;
  }
  return key;
}
