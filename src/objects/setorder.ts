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
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { Kind } from './kinds.js';
import { kindOf } from './object.js';
import { DICT_VERSION, dictNextEntry, dictEntryKey, dictSize, dictPermuteEntries } from './dict.js';
import { pyHash } from './abstract.js';
import { tupleItem, tupleSize } from './tuple.js';
import { objLock, objUnlock } from '../vm/objlock.js';

const SET_ORDER_VERSION = 28;
const VERSION_BITS = 26;
const VERSION_MASK = (1 << VERSION_BITS) - 1;
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
 * an empty table: set(x), x.copy(), BUILD_SET + SET_UPDATE): when `source` is a set or a
 * frozenset big enough for CPython to presize the table, the replay starts from that size.
 * (Its elements came in `source`'s iteration order, which is its slot order.)
 */
export function setNoteMergedIntoEmpty(rt: Runtime, s: Ref, source: Ref): void {
  if ((source & 1) !== 0) return;
  const k = kindOf(rt, source);
  if (k !== Kind.SET && k !== Kind.FROZENSET) return;
  const n = dictSize(rt, s);
  if (n * 5 < 7 * 3) return; // (fill + other->used) * 5 >= mask * 3, mask 7
  let log = 3;
  while (1 << log <= n * 2) log++;
  rt.i32[(s + SET_ORDER_VERSION) >> 2] = log << VERSION_BITS; // version 0: stale, replayed on iteration
}

function reorder(rt: Runtime, s: Ref): void {
  const i32 = rt.i32;
  const ver = (i32[(s + DICT_VERSION) >> 2]! + 1) & VERSION_MASK;
  const word = i32[(s + SET_ORDER_VERSION) >> 2]!;
  if ((word & VERSION_MASK) === ver) return;
  const presized = word >>> VERSION_BITS;
  const n = dictSize(rt, s);
  if (n < 2) {
    i32[(s + SET_ORDER_VERSION) >> 2] = (presized << VERSION_BITS) | ver;
    return;
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
      if (!hashExact(rt, key, 0)) return; // leaves the marker stale: checked again next time
      const ph = pyHash(rt, key);
      if (ph === null) return;
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
  i32[(s + SET_ORDER_VERSION) >> 2] = (presized << VERSION_BITS) | ver;
}
