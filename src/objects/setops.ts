/*
 * set algebra (& | - ^, their in-place forms and the set methods that take iterables) and
 * set comparisons (subset/superset/equality), over the dict-layout sets of set.ts.
 *
 * The algorithms are CPython 3.11's (Objects/setobject.c: set_merge, set_update_internal,
 * set_intersection, set_difference, set_difference_update_internal, set_symmetric_difference
 * _update, set_swap_bodies...): which set is scanned, in which order (a set's slot order),
 * into which fresh set, with which up-front resizes and slot copies, so that the shadow
 * tables of objects/setorder.ts end up as CPython's and results iterate and pop as there.
 * A set operand is scanned over a snapshot of its elements (each incref'd), so Python code
 * run by an element's __eq__ cannot pull them from under the loop.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, incref, newRef } from '../vm/refs.js';
import { kindOf, typeOf } from './object.js';
import { Kind } from './kinds.js';
import { dictCopySetEntries, dictNextEntry, dictEntryKey, dictEntryHash, dictContains, dictContainsHashed, dictSetItemHashed, dictDelItemHashed, dictSize, dictDelItem, dictClear } from './dict.js';
import { setNew, setAdd } from './set.js';
import { KNOWN_HASH, setCanonicalOrder, setShadowFillClean, setShadowFillIsZero, setShadowPresize, setShadowAdoptSlots, setShadowPurgeDummies, setShadowClear, shadowHashesInSlotOrder } from './setorder.js';
import { USER_HASH } from './numhash.js';
import { TP_FLAGS, TPF_HEAPTYPE } from './typelayout.js';
import { getIter, iterNext } from './abstract.js';
import { errOccurred } from '../vm/errors.js';
import { objLock, objLock2, objUnlock, objUnlock2 } from '../vm/objlock.js';

/** Runs `fn` on each item of `iterable` (borrowed for the call): fn < 0 is an error (set),
 * 1 stops early, 0 goes on. -1 on error (iter(), next() or fn), else 0. */
function eachItem(rt: Runtime, iterable: Ref, fn: (x: Ref) => number): number {
  const it = getIter(rt, iterable);
  if (it === NULL) return -1;
  for (;;) {
    const x = iterNext(rt, it);
    if (x === NULL) break;
    const r = fn(x);
    decref(rt, x);
    if (r < 0) { decref(rt, it); return -1; }
    if (r > 0) break;
  }
  decref(rt, it);
  return errOccurred(rt) ? -1 : 0;
}

/** A set or frozenset (or an instance of a subclass): CPython's PyAnySet_Check. */
export function isAnySet(rt: Runtime, o: Ref): boolean {
  if ((o & 1) !== 0) return false;
  const k = kindOf(rt, o);
  return k === Kind.SET || k === Kind.FROZENSET;
}

function isExactDict(rt: Runtime, o: Ref): boolean {
  return (o & 1) === 0 && typeOf(rt, o) === rt.tDict;
}

/** A set's (in its CPython slot order) or a dict's (its order) keys, each incref'd, and the
 * hashes its table stores for them: inserting or finding the keys elsewhere by those hashes
 * (addAll, dictContainsHashed) does not call __hash__ again, as CPython's set operations. */
interface Snapshot {
  keys: Ref[];
  hashes: number[];
  /** A set's 64-bit hashes, lo and hi per key (setorder.ts shadowHashesInSlotOrder), or null. */
  full: number[] | null;
}

/** s's keys and their stored hashes: give the keys back with releaseAll. */
function snapshot(rt: Runtime, s: Ref): Snapshot {
  const keys: Ref[] = [];
  const hashes: number[] = [];
  let full: number[] | null = null;
  const took = rt.rc.atomic ? objLock(rt, s) : false;
  try {
    const isSet = kindOf(rt, s) !== Kind.DICT;
    if (isSet) setCanonicalOrder(rt, s);
    let heapKeys = false;
    for (let ix = dictNextEntry(rt, s, 0); ix >= 0; ix = dictNextEntry(rt, s, ix + 1)) {
      const k = dictEntryKey(rt, s, ix);
      incref(rt, k);
      keys.push(k);
      hashes.push(dictEntryHash(rt, s, ix));
      if ((k & 1) === 0) heapKeys = true;
    }
    // the shadow's full hashes: instances of classes may hash by a Python __hash__, which
    // must not run again, and a str's or tuple's is costly to make again (a small int's is itself)
    if (isSet && heapKeys) full = shadowHashesInSlotOrder(rt, s);
  } finally {
    if (took) objUnlock(rt, s);
  }
  if (full !== null && full.length !== keys.length * 2) full = null; // never expected: stay safe
  return { keys, hashes, full };
}

function releaseAll(rt: Runtime, snap: Snapshot): void {
  for (const k of snap.keys) decref(rt, k);
}

/** Adds every key of the snapshot to s. 0 / -1. */
function addAll(rt: Runtime, s: Ref, snap: Snapshot): number {
  const { keys, hashes } = snap;
  for (let i = 0; i < keys.length; i++) {
    passFullHash(rt, snap, i);
    const r = dictSetItemHashed(rt, s, keys[i]!, hashes[i]!, rt.None);
    KNOWN_HASH.key = 0;
    if (r < 0) return -1;
  }
  return 0;
}

/**
 * Gives snapshot key i's full hash, as the source set's shadow holds it, to the set shadow
 * of the insertion or deletion that comes next (setorder.ts KNOWN_HASH: set right before
 * it, after any lookup that may run __eq__; the caller clears it right after): no element
 * is hashed again, and an instance with a Python __hash__ keeps CPython's slot order.
 */
function passFullHash(rt: Runtime, snap: Snapshot, i: number): void {
  const full = snap.full;
  if (full === null) return;
  const key = snap.keys[i]!;
  const lo = full[2 * i]!, hi = full[2 * i + 1]!;
  KNOWN_HASH.key = key;
  KNOWN_HASH.lo = lo;
  KNOWN_HASH.hi = hi;
  if ((key & 1) === 0 && (rt.i32[(rt.i32[key >> 2]! + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) {
    // an instance: also as the record of its __hash__, which dict.ts moves to an equal
    // entry's own key for a deletion (userHashToEntry)
    USER_HASH.key = key;
    USER_HASH.lo = lo;
    USER_HASH.hi = hi;
  }
}

/**
 * set_merge into an empty set whose table has no slot used (so.copy(), set(other), the
 * first operand of a union): other's elements, distinct and in its slot order, go in
 * without lookups, and so's table becomes other's (same size, no dummies: copied) or is
 * filled by set_insert_clean with the stored hashes, as CPython does. No Python code runs,
 * and both locks are held throughout. False, with nothing done, when so is not such a set.
 */
function mergeIntoEmpty(rt: Runtime, so: Ref, other: Ref): boolean {
  const taken = rt.rc.atomic ? objLock2(rt, so, other) : 0;
  try {
    if (dictSize(rt, so) !== 0 || !setShadowFillIsZero(rt, so)) return false;
    setCanonicalOrder(rt, other);
    const copySlots = setShadowPresize(rt, so, dictSize(rt, other), other);
    dictCopySetEntries(rt, so, other);
    if (copySlots) setShadowAdoptSlots(rt, so, other, true);
    else setShadowFillClean(rt, so, other, true);
    return true;
  } finally {
    if (taken !== 0) objUnlock2(rt, so, other, taken);
  }
}

/** set_merge(so, other): other's elements in its slot order, one resize up front. */
function setMerge(rt: Runtime, so: Ref, other: Ref): number {
  if (other === so || dictSize(rt, other) === 0) return 0;
  if (mergeIntoEmpty(rt, so, other)) return 0;
  const snap = snapshot(rt, other);
  const copySlots = setShadowPresize(rt, so, snap.keys.length, other);
  const r = addAll(rt, so, snap);
  if (r === 0 && copySlots) setShadowAdoptSlots(rt, so, other);
  releaseAll(rt, snap);
  return r;
}

/** set_update_internal(so, other): so |= the elements of any iterable. 0 / -1. */
export function setUpdateInternal(rt: Runtime, so: Ref, other: Ref): number {
  if (isAnySet(rt, other)) return setMerge(rt, so, other);
  if (isExactDict(rt, other)) {
    const n = dictSize(rt, other);
    setShadowPresize(rt, so, n);
    const snap = snapshot(rt, other);
    const r = addAll(rt, so, snap);
    releaseAll(rt, snap);
    return r;
  }
  return eachItem(rt, other, (x) => (setAdd(rt, so, x) < 0 ? -1 : 0));
}

/** make_new_set: a new set (frozenset if `frozen`) of the elements of `iterable` (NULL: empty). */
export function setMakeNew(rt: Runtime, frozen: boolean, iterable: Ref): Ref {
  const s = setNew(rt, frozen);
  if (iterable !== NULL && setUpdateInternal(rt, s, iterable) < 0) {
    decref(rt, s);
    return NULL;
  }
  return s;
}

const isFrozen = (rt: Runtime, s: Ref): boolean => kindOf(rt, s) === Kind.FROZENSET;

/** set_copy: make_new_set_basetype(type(so), so). */
export function setCopy(rt: Runtime, so: Ref): Ref {
  return setMakeNew(rt, isFrozen(rt, so), so);
}

/** set.copy / frozenset.copy (an exact frozenset is its own copy). */
export function setCopyMethod(rt: Runtime, so: Ref): Ref {
  if (typeOf(rt, so) === rt.tFrozenset) return newRef(rt, so);
  return setCopy(rt, so);
}

/** set_clear_internal. */
export function setClearInternal(rt: Runtime, so: Ref): void {
  setShadowClear(rt, so, () => dictClear(rt, so));
}

/** set_union(so, *others). */
export function setUnionMulti(rt: Runtime, so: Ref, others: Ref[]): Ref {
  const result = setCopy(rt, so);
  if (result === NULL) return NULL;
  for (const other of others) {
    if (other === so) continue;
    if (setUpdateInternal(rt, result, other) < 0) { decref(rt, result); return NULL; }
  }
  return result;
}

/** set_intersection(so, other). */
export function setIntersection(rt: Runtime, so: Ref, other: Ref): Ref {
  if (so === other) return setCopy(rt, so);
  const result = setNew(rt, isFrozen(rt, so));
  if (isAnySet(rt, other)) {
    let big = so, small = other;
    if (dictSize(rt, other) > dictSize(rt, so)) { big = other; small = so; }
    const snap = snapshot(rt, small);
    const { keys, hashes } = snap;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!, h = hashes[i]!;
      const c = dictContainsHashed(rt, big, k, h);
      if (c > 0) passFullHash(rt, snap, i);
      const failed = c < 0 || (c > 0 && dictSetItemHashed(rt, result, k, h, rt.None) < 0);
      KNOWN_HASH.key = 0;
      if (failed) { releaseAll(rt, snap); decref(rt, result); return NULL; }
    }
    releaseAll(rt, snap);
    return result;
  }
  const r = eachItem(rt, other, (x) => {
    const c = dictContains(rt, so, x);
    if (c <= 0) return c;
    if (setAdd(rt, result, x) < 0) return -1;
    return dictSize(rt, result) >= dictSize(rt, so) ? 1 : 0;
  });
  if (r < 0) { decref(rt, result); return NULL; }
  return result;
}

/** set_intersection_multi(so, *others). */
export function setIntersectionMulti(rt: Runtime, so: Ref, others: Ref[]): Ref {
  if (others.length === 0) return setCopy(rt, so);
  let result = newRef(rt, so);
  for (const other of others) {
    const next = setIntersection(rt, result, other);
    decref(rt, result);
    if (next === NULL) return NULL;
    result = next;
  }
  return result;
}

/** set_swap_bodies(so, tmp) for the in-place updates: so takes tmp's elements and table
 * (its own finger kept). Also set.__init__(x) with tmp = set(x): set_init clears a set
 * and runs set_update_internal, which into an empty table gives set(x)'s. 0 / -1. */
export function setTakeBody(rt: Runtime, so: Ref, tmp: Ref): number {
  const snap = snapshot(rt, tmp);
  setClearInternal(rt, so);
  const r = addAll(rt, so, snap);
  releaseAll(rt, snap);
  if (r === 0) setShadowAdoptSlots(rt, so, tmp);
  return r;
}

/** set_intersection_update_multi(so, *others) (set_intersection_update, &=, for one). 0 / -1. */
export function setIntersectionUpdateMulti(rt: Runtime, so: Ref, others: Ref[]): number {
  const tmp = setIntersectionMulti(rt, so, others);
  if (tmp === NULL) return -1;
  const r = setTakeBody(rt, so, tmp);
  decref(rt, tmp);
  return r;
}

/** set_difference_update_internal(so, other). 0 / -1. */
export function setDifferenceUpdateInternal(rt: Runtime, so: Ref, other: Ref): number {
  if (so === other) { setClearInternal(rt, so); return 0; }
  if (isAnySet(rt, other)) {
    let src = newRef(rt, other);
    if ((dictSize(rt, other) >> 3) > dictSize(rt, so)) {
      decref(rt, src);
      src = setIntersection(rt, so, other);
      if (src === NULL) return -1;
    }
    const snap = snapshot(rt, src);
    decref(rt, src);
    const { keys, hashes } = snap;
    for (let i = 0; i < keys.length; i++) {
      passFullHash(rt, snap, i);
      const r = dictDelItemHashed(rt, so, keys[i]!, hashes[i]!);
      KNOWN_HASH.key = 0;
      if (r < 0) { releaseAll(rt, snap); return -1; }
    }
    releaseAll(rt, snap);
  } else {
    if (eachItem(rt, other, (x) => (dictDelItem(rt, so, x) < 0 ? -1 : 0)) < 0) return -1;
  }
  setShadowPurgeDummies(rt, so);
  return 0;
}

/** set_copy_and_difference. */
function copyAndDifference(rt: Runtime, so: Ref, other: Ref): Ref {
  const result = setCopy(rt, so);
  if (result === NULL) return NULL;
  if (setDifferenceUpdateInternal(rt, result, other) < 0) { decref(rt, result); return NULL; }
  return result;
}

/** set_difference(so, other). */
export function setDifference(rt: Runtime, so: Ref, other: Ref): Ref {
  let otherSize: number;
  if (isAnySet(rt, other) || isExactDict(rt, other)) otherSize = dictSize(rt, other);
  else return copyAndDifference(rt, so, other);
  if ((dictSize(rt, so) >> 2) > otherSize) return copyAndDifference(rt, so, other);
  const result = setNew(rt, isFrozen(rt, so));
  const snap = snapshot(rt, so);
  const { keys, hashes } = snap;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!, h = hashes[i]!;
    const c = dictContainsHashed(rt, other, k, h);
    if (c === 0) passFullHash(rt, snap, i);
    const failed = c < 0 || (c === 0 && dictSetItemHashed(rt, result, k, h, rt.None) < 0);
    KNOWN_HASH.key = 0;
    if (failed) { releaseAll(rt, snap); decref(rt, result); return NULL; }
  }
  releaseAll(rt, snap);
  return result;
}

/** set_difference_multi(so, *others). */
export function setDifferenceMulti(rt: Runtime, so: Ref, others: Ref[]): Ref {
  if (others.length === 0) return setCopy(rt, so);
  const result = setDifference(rt, so, others[0]!);
  if (result === NULL) return NULL;
  for (let i = 1; i < others.length; i++) {
    if (setDifferenceUpdateInternal(rt, result, others[i]!) < 0) { decref(rt, result); return NULL; }
  }
  return result;
}

/** set_isdisjoint for two sets: the smaller set's elements looked up in the other by their
 * stored hashes (no __hash__ call). 1 disjoint, 0 not, -1 on error. */
export function setsDisjoint(rt: Runtime, a: Ref, b: Ref): number {
  let small = a, big = b;
  if (dictSize(rt, a) > dictSize(rt, b)) { small = b; big = a; }
  for (let ix = dictNextEntry(rt, small, 0); ix >= 0; ix = dictNextEntry(rt, small, ix + 1)) {
    const k = dictEntryKey(rt, small, ix);
    incref(rt, k);
    const c = dictContainsHashed(rt, big, k, dictEntryHash(rt, small, ix));
    decref(rt, k);
    if (c !== 0) return c < 0 ? -1 : 0;
  }
  return 1;
}

/** Discards k (whose hash is h) from so if there, else adds it. 0 / -1. */
function toggle(rt: Runtime, so: Ref, k: Ref, h: number): number {
  const r = dictDelItemHashed(rt, so, k, h);
  if (r < 0) return -1;
  return r === 0 ? dictSetItemHashed(rt, so, k, h, rt.None) : 0;
}

/** set_symmetric_difference_update(so, other). 0 / -1. */
export function setSymmetricDifferenceUpdate(rt: Runtime, so: Ref, other: Ref): number {
  if (so === other) { setClearInternal(rt, so); return 0; }
  let src: Ref;
  if (isExactDict(rt, other) || isAnySet(rt, other)) src = newRef(rt, other);
  else {
    src = setMakeNew(rt, isFrozen(rt, so), other);
    if (src === NULL) return -1;
  }
  const snap = snapshot(rt, src);
  decref(rt, src);
  const { keys, hashes } = snap;
  for (let i = 0; i < keys.length; i++) {
    passFullHash(rt, snap, i);
    const r = toggle(rt, so, keys[i]!, hashes[i]!);
    KNOWN_HASH.key = 0;
    if (r < 0) { releaseAll(rt, snap); return -1; }
  }
  releaseAll(rt, snap);
  return 0;
}

/** set_symmetric_difference(so, other): a new set of other's elements, toggled by so's. */
export function setSymmetricDifference(rt: Runtime, so: Ref, other: Ref): Ref {
  const result = setMakeNew(rt, isFrozen(rt, so), other);
  if (result === NULL) return NULL;
  if (setSymmetricDifferenceUpdate(rt, result, so) < 0) { decref(rt, result); return NULL; }
  return result;
}

/**
 * a OP b for two sets (op: BINARY_OP's 7 |, 1 &, 10 -, 12 ^), in place into a when
 * `inplace` (a frozenset's in-place op makes a new one, as CPython falls back to OP).
 */
export function setBinary(rt: Runtime, a: Ref, b: Ref, op: number, inplace: boolean): Ref {
  if (inplace && !isFrozen(rt, a)) {
    let r: number;
    switch (op) {
      case 7: r = setUpdateInternal(rt, a, b); break;
      case 1: r = setIntersectionUpdateMulti(rt, a, [b]); break;
      case 10: r = setDifferenceUpdateInternal(rt, a, b); break;
      default: r = setSymmetricDifferenceUpdate(rt, a, b); break;
    }
    return r < 0 ? NULL : newRef(rt, a);
  }
  switch (op) {
    case 7: {
      const result = setCopy(rt, a);
      if (result === NULL || a === b) return result;
      if (setUpdateInternal(rt, result, b) < 0) { decref(rt, result); return NULL; }
      return result;
    }
    case 1: return setIntersection(rt, a, b);
    case 10: return setDifference(rt, a, b);
    default: return setSymmetricDifference(rt, a, b);
  }
}

function isSubset(rt: Runtime, a: Ref, b: Ref): number {
  if (dictSize(rt, a) > dictSize(rt, b)) return 0;
  for (let ix = dictNextEntry(rt, a, 0); ix >= 0; ix = dictNextEntry(rt, a, ix + 1)) {
    const c = dictContainsHashed(rt, b, dictEntryKey(rt, a, ix), dictEntryHash(rt, a, ix));
    if (c <= 0) return c;
  }
  return 1;
}

export function setCompare(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const na = dictSize(rt, a), nb = dictSize(rt, b);
  let r: number;
  switch (op) {
    case 2: r = na === nb ? isSubset(rt, a, b) : 0; break;
    case 3: r = na === nb ? isSubset(rt, a, b) : 0; if (r >= 0) r = r ? 0 : 1; break;
    case 1: r = isSubset(rt, a, b); break;
    case 0: r = na < nb ? isSubset(rt, a, b) : 0; break;
    case 5: r = isSubset(rt, b, a); break;
    default: r = na > nb ? isSubset(rt, b, a) : 0; break;
  }
  if (r < 0) return NULL;
  return r ? rt.True : rt.False;
}
