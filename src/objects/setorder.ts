/*
 * CPython's iteration order for sets of numbers: an exact shadow of CPython's set table.
 *
 * A set here is a compact, insertion-ordered dict (objects/set.ts), but CPython's set
 * iterates its open-addressing table in slot order, so `print({3, 1, 2})` shows
 * `{1, 2, 3}` there, and what a set shows, and what set.pop() takes, depends on its whole
 * history (dummy slots left by removals, the table size, pop's finger). So every set whose
 * elements all hash as in CPython (ints, bools, floats but NaN, complexes, strs: CPython's
 * SipHash under PYTHONHASHSEED=0, tuples of them, of exact built-in types: no Python code
 * runs to hash them; None, NotImplemented, Ellipsis and the built-in types, whose CPython
 * hashes are addresses with low bits fixed by its build (abstract.ts staticIdentityHash);
 * NaN's is an address that moves: such sets keep insertion order)
 * carries a SHADOW of CPython 3.11's table (Objects/setobject.c), kept in step with every
 * change of its elements:
 *
 *   set word 28 (the dict layout's pad word)  0: no shadow (untracked: an element whose
 *       hash is not CPython's, or a set made behind set.ts's back), 1: tracked and empty
 *       with CPython's 8-slot start table and finger 0 (no block yet), else the byte ref of
 *       a raw heap block (so it is shared by the --no-gil executors):
 *   block words  0 mask, 1 fill (active + dummy), 2 used, 3 finger (set.pop), 4 the
 *       DICT_VERSION + 1 the dict's entries were last put in slot order for, then from word
 *       8 one slot per 3 words: key (0 empty, DUMMY, else the element, borrowed: the dict's
 *       entry owns the reference) and its 64-bit CPython hash (low, high word).
 *
 * Maintenance is incremental and mirrors setobject.c: objects/dict.ts calls the hooks
 * below from its insertion, deletion and clear paths when word 28 is non-zero (one load and
 * compare for plain dicts), so BUILD_SET, SET_ADD, add/discard/remove and everything built
 * on them follow set_add_entry (probe: hash & mask, 9 linear probes, then perturbed; a new
 * key takes the LAST dummy met before the first empty slot, else the empty slot, and only
 * then may the table grow: fill*5 >= mask*3 -> the smallest power of two above used*4,
 * used*2 past 50000, re-inserted in slot order, dummies dropped) and set_discard_entry
 * (the slot becomes a dummy, the table keeps its size). Bulk operations decide resizes and
 * slot copies as CPython does through setShadowPresize / setShadowAdoptSlots /
 * setShadowPurgeDummies (objects/setops.ts mirrors set_merge, set_intersection, ...).
 * set.pop() scans from the finger (setPopKey). Iteration (setCanonicalOrder) rewrites the
 * dict's entries in the shadow's slot order when they changed since (O(n), once per change;
 * a removal keeps a slot-ordered entry array slot-ordered, so pop/discard loops stay cheap).
 *
 * An untracked set that is iterated while all its elements hash as CPython's gets a shadow
 * replayed from its current entry order (best effort: its history is lost).
 * Under --no-gil the hooks run under the set's per-object lock (vm/objlock.ts), taken by
 * the dict operations that call them; the other entry points here take it themselves.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { HeapExhausted } from '../vm/runtime.js';
import { allocRaw, free } from '../heap/alloc.js';
import { Kind } from './kinds.js';
import { kindOf } from './object.js';
import { DICT_VERSION, SET_SHADOW, dictNextEntry, dictEntryKey, dictSize, dictDelItem, dictSetSetEntries, dictHasIdenticalKey } from './dict.js';
import { incref, decref } from '../vm/refs.js';
import { isBuiltinDescrOf, pyHash, staticIdentityHash } from './abstract.js';
import { typeLookup } from './type.js';
import { NULL } from '../heap/layout.js';
import { tupleItem, tupleSize } from './tuple.js';
import { floatValue } from './float.js';
import { hashFloat, SIP, USER_HASH, type PyHash } from './numhash.js';
import { strSipHash } from './str.js';
import { TP_FLAGS, TPF_HEAPTYPE } from './typelayout.js';
import { objLock, objUnlock, objLock2, objUnlock2 } from '../vm/objlock.js';

const TRACKED_EMPTY = 1;
const B_MASK = 0;
const B_FILL = 1;
const B_USED = 2;
const B_FINGER = 3;
const B_ORDER = 4;
const B_SLOTS = 8;
/** The key word of a dummy slot (never a ref: heap refs are 8-aligned and far above 0,
 * tagged ints are odd). */
const DUMMY = 2;
const LINEAR_PROBES = 9;
const MIN_SIZE = 8;

/** The 64-bit hash of the element being handled (exactHash's result). Module state only to
 * keep the per-element path allocation-free; read right after the call that sets it. */
const H = { lo: 0, hi: 0 };

function hashIsExact(rt: Runtime, v: Ref, depth: number): boolean {
  if ((v & 1) === 1) return true;
  const i32 = rt.i32;
  // a subclass of a built-in (a namedtuple, a str or int subclass) hashes as its base
  // unless a class on its MRO defines __hash__ (abstract.ts userHash: object's counts as none)
  if ((i32[(i32[v >> 2]! + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0 && !hashIsInherited(rt, i32[v >> 2]! as Ref)) return false;
  switch (kindOf(rt, v)) {
    case Kind.INT: case Kind.BOOL: case Kind.STR: return true;
    // CPython's are addresses whose low 16 bits are its build's (abstract.ts staticIdentityHash)
    case Kind.NONE: case Kind.NOTIMPLEMENTED: case Kind.ELLIPSIS: case Kind.TYPE:
      return staticIdentityHash(rt, v) !== null;
    case Kind.FLOAT: return !Number.isNaN(floatValue(rt, v));
    case Kind.COMPLEX: return !Number.isNaN(rt.f64[(v + 16) >> 3]!) && !Number.isNaN(rt.f64[(v + 24) >> 3]!);
    case Kind.FROZENSET: {
      if (depth >= 8) return false;
      for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
        if (!hashIsExact(rt, dictEntryKey(rt, v, ix), depth + 1)) return false;
      }
      return true;
    }
    case Kind.TUPLE: {
      if (depth >= 8) return false;
      const n = tupleSize(rt, v);
      for (let i = 0; i < n; i++) if (!hashIsExact(rt, tupleItem(rt, v, i), depth + 1)) return false;
      return true;
    }
    default: return false;
  }
}

/** A heap type whose instances hash by their layout (its __hash__ is object's or none on
 * the MRO), so that no Python code runs to hash them. */
function hashIsInherited(rt: Runtime, t: Ref): boolean {
  const descr = typeLookup(rt, t, rt.names.__hash__);
  return descr === NULL || isBuiltinDescrOf(rt, descr, rt.tObject);
}

/**
 * The full hash of the element a bulk set operation inserts next (setops.ts addAll: set
 * right before the insertion, cleared right after it, so it never outlives its element),
 * read from the source set's shadow: the insertion's hook takes it instead of hashing the
 * element again (CPython's set_merge reuses the stored hashes; a str's SipHash is ~100 ns).
 */
export const KNOWN_HASH = { key: 0, lo: 0, hi: 0 };

/** Sets H to key's CPython hash and returns true when key hashes as in CPython (no Python
 * code runs), else false. */
function exactHash(rt: Runtime, key: Ref): boolean {
  if ((key & 1) === 1) {
    const n = key >> 1;
    const h = n === -1 ? -2 : n;
    H.lo = h >>> 0;
    H.hi = h < 0 ? 0xffffffff : 0;
    return true;
  }
  if (key === KNOWN_HASH.key) {
    KNOWN_HASH.key = 0;
    H.lo = KNOWN_HASH.lo;
    H.hi = KNOWN_HASH.hi;
    return true;
  }
  let ph: PyHash | null;
  if (rt.i32[key >> 2] === rt.tStr) {
    // CPython's SipHash, read as two words without allocating (numhash.SIP)
    strSipHash(rt, key);
    if (SIP.hi === 0xffffffff && SIP.lo === 0xffffffff) { H.hi = 0xffffffff; H.lo = 0xfffffffe; } // -1 -> -2
    else { H.hi = SIP.hi; H.lo = SIP.lo; }
    return true;
  }
  if (rt.i32[key >> 2] === rt.tFloat) {
    // the common heap case first: no kind dispatch
    const x = floatValue(rt, key);
    if (Number.isNaN(x)) return false;
    ph = hashFloat(x);
  } else if (hashIsExact(rt, key, 0)) {
    ph = pyHash(rt, key);
  } else {
    // an instance whose __hash__ this insertion or deletion just ran (abstract.ts hashOf,
    // which clears the record for every instance it hashes: a stale one never matches)
    if (key !== USER_HASH.key) return false;
    USER_HASH.key = 0;
    H.lo = USER_HASH.lo;
    H.hi = USER_HASH.hi;
    return true;
  }
  if (ph === null) return false;
  if (typeof ph === 'number' && Number.isSafeInteger(ph)) {
    H.lo = ph >>> 0;
    H.hi = Math.floor(ph / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, BigInt(ph));
    H.lo = Number(u & 0xffffffffn);
    H.hi = Number(u >> 32n);
  }
  return true;
}

function newBlock(rt: Runtime, size: number): number {
  const words = B_SLOTS + size * 3;
  const b = allocRaw(rt.heap, words * 4);
  if (b === 0) throw new HeapExhausted(words * 4);
  rt.i32.fill(0, b >> 2, (b >> 2) + words);
  rt.i32[(b >> 2) + B_MASK] = size - 1;
  return b;
}

function freeBlock(rt: Runtime, b: number): void {
  // only ever read under the set's lock: nobody can be reading it lock-free
  free(rt.heap, b as Ref, rt.executor);
}

/** Drops s's shadow: its order is insertion order from now on. */
function untrack(rt: Runtime, s: Ref): void {
  const w = rt.i32[(s + SET_SHADOW) >> 2]!;
  if (w > TRACKED_EMPTY) freeBlock(rt, w);
  rt.i32[(s + SET_SHADOW) >> 2] = 0;
}

/** set_insert_clean: key (hash in lo/hi) into the first empty slot of its probe sequence. */
function insertClean(i32: Int32Array, bw: number, key: number, lo: number, hi: number): void {
  const mask = i32[bw + B_MASK]!;
  const base = bw + B_SLOTS;
  let i = lo & mask;
  let plo = lo >>> 0, phi = hi >>> 0;
  for (;;) {
    if (i32[base + i * 3] === 0) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = 1;
      for (; j <= LINEAR_PROBES; j++) if (i32[base + (i + j) * 3] === 0) break;
      if (j <= LINEAR_PROBES) { i += j; break; }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  const e = base + i * 3;
  i32[e] = key;
  i32[e + 1] = lo;
  i32[e + 2] = hi;
}

/** set_table_resize(so, minused) on the shadow of s (tracked). */
function resize(rt: Runtime, s: Ref, minused: number): void {
  const i32 = rt.i32;
  const w = i32[(s + SET_SHADOW) >> 2]!;
  let size = MIN_SIZE;
  while (size <= minused) size *= 2;
  if (w === TRACKED_EMPTY) {
    if (size === MIN_SIZE) return;
    i32[(s + SET_SHADOW) >> 2] = newBlock(rt, size);
    return;
  }
  const ow = w >> 2;
  const oldMask = i32[ow + B_MASK]!;
  const used = i32[ow + B_USED]!;
  if (size === MIN_SIZE && oldMask === MIN_SIZE - 1 && i32[ow + B_FILL] === used) return; // no dummies
  const nb = newBlock(rt, size);
  const nw = nb >> 2;
  for (let j = 0; j <= oldMask; j++) {
    const e = ow + B_SLOTS + j * 3;
    const k = i32[e]!;
    if (k !== 0 && k !== DUMMY) insertClean(i32, nw, k, i32[e + 1]!, i32[e + 2]!);
  }
  i32[nw + B_FILL] = used;
  i32[nw + B_USED] = used;
  i32[nw + B_FINGER] = i32[ow + B_FINGER]!;
  freeBlock(rt, w);
  i32[(s + SET_SHADOW) >> 2] = nb;
}

/** set_add_entry for a key known to be absent, hash in H. */
function shadowAdd(rt: Runtime, s: Ref, key: number): void {
  const i32 = rt.i32;
  let w = i32[(s + SET_SHADOW) >> 2]!;
  if (w === TRACKED_EMPTY) i32[(s + SET_SHADOW) >> 2] = w = newBlock(rt, MIN_SIZE);
  const bw = w >> 2;
  const mask = i32[bw + B_MASK]!;
  const base = bw + B_SLOTS;
  const lo = H.lo, hi = H.hi;
  let i = lo & mask;
  let plo = lo, phi = hi;
  let freeslot = -1;
  let slot: number;
  outer: for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = i; ; j++) {
      const k = i32[base + j * 3]!;
      if (k === 0) { slot = j; break outer; }
      if (k === DUMMY) freeslot = j;
      if (probes-- === 0) break;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  const used = i32[bw + B_USED]! + 1;
  i32[bw + B_USED] = used;
  if (freeslot >= 0) slot = freeslot;
  const e = base + slot * 3;
  i32[e] = key;
  i32[e + 1] = lo;
  i32[e + 2] = hi;
  if (freeslot >= 0) return;
  const fill = i32[bw + B_FILL]! + 1;
  i32[bw + B_FILL] = fill;
  if (fill * 5 >= mask * 3) resize(rt, s, used > 50000 ? used * 2 : used * 4);
}

/** The slot of key (hash in H) in block word bw, -1 if absent. */
function findSlot(i32: Int32Array, bw: number, key: number): number {
  const mask = i32[bw + B_MASK]!;
  const base = bw + B_SLOTS;
  let i = H.lo & mask;
  let plo = H.lo, phi = H.hi;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = i; ; j++) {
      const k = i32[base + j * 3]!;
      if (k === key) return j;
      if (k === 0) return -1;
      if (probes-- === 0) break;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

// ---- hooks called by objects/dict.ts (under the set's lock), word 28 non-zero ----

/** Set s received a new element `key` (dict.ts insertNew, after the insertion). */
export function setShadowInserted(rt: Runtime, s: Ref, key: Ref): void {
  if (!exactHash(rt, key)) { untrack(rt, s); return; }
  shadowAdd(rt, s, key);
}

/** Set s is losing element `key` (the entry's own key; dict.ts, before the deletion and its
 * version bump). */
export function setShadowDeleted(rt: Runtime, s: Ref, key: Ref): void {
  const i32 = rt.i32;
  const w = i32[(s + SET_SHADOW) >> 2]!;
  if (w === TRACKED_EMPTY || !exactHash(rt, key)) { untrack(rt, s); return; }
  const bw = w >> 2;
  const slot = findSlot(i32, bw, key);
  if (slot < 0) { untrack(rt, s); return; }
  const e = bw + B_SLOTS + slot * 3;
  i32[e] = DUMMY;
  i32[e + 1] = -1;
  i32[e + 2] = -1;
  i32[bw + B_USED]!--;
  // the survivors keep their slots: an entry array in slot order stays so
  const ver = i32[(s + DICT_VERSION) >> 2]!;
  if (i32[bw + B_ORDER] === ((ver + 1) | 0)) i32[bw + B_ORDER] = (ver + 2) | 0;
}

/** Set s was emptied (dict.ts clear): back to the 8-slot start table (finger 0: set.clear
 * restores it, setShadowClear). */
export function setShadowCleared(rt: Runtime, s: Ref): void {
  const w = rt.i32[(s + SET_SHADOW) >> 2]!;
  if (w > TRACKED_EMPTY) freeBlock(rt, w);
  rt.i32[(s + SET_SHADOW) >> 2] = TRACKED_EMPTY;
}

/**
 * The 64-bit hashes of set s's elements in its shadow's slot order, which is its entries'
 * order after setCanonicalOrder, as lo, hi pairs (setops.ts snapshot: a bulk insertion of
 * instances with a Python __hash__ passes them on through USER_HASH, running no __hash__,
 * as CPython's set_merge reuses the stored hashes); null when s has no shadow.
 */
export function shadowHashesInSlotOrder(rt: Runtime, s: Ref): number[] | null {
  const i32 = rt.i32;
  const w = i32[(s + SET_SHADOW) >> 2]!;
  if (w === 0) return null;
  const out: number[] = [];
  if (w === TRACKED_EMPTY) return out;
  const bw = w >> 2;
  const mask = i32[bw + B_MASK]!;
  for (let i = 0; i <= mask; i++) {
    const e = bw + B_SLOTS + i * 3;
    const k = i32[e]!;
    if (k === 0 || k === DUMMY) continue;
    out.push(i32[e + 1]!, i32[e + 2]!);
  }
  return out;
}

// ---- entry points for objects/setops.ts (CPython's bulk operations) ----

function withLock<T>(rt: Runtime, s: Ref, fn: () => T): T {
  if (!rt.rc.atomic) return fn();
  const took = objLock(rt, s);
  try {
    return fn();
  } finally {
    if (took) objUnlock(rt, s);
  }
}

/** A new set (set.ts setNew) starts tracked. */
export function setShadowInit(rt: Runtime, s: Ref): void {
  rt.i32[(s + SET_SHADOW) >> 2] = TRACKED_EMPTY;
}

/** The shadow's fill, used and mask, or null when s is untracked. */
export function setShadowStats(rt: Runtime, s: Ref): { fill: number; used: number; mask: number } | null {
  const w = rt.i32[(s + SET_SHADOW) >> 2]!;
  if (w === 0) return null;
  if (w === TRACKED_EMPTY) return { fill: 0, used: 0, mask: MIN_SIZE - 1 };
  const bw = w >> 2;
  return { fill: rt.i32[bw + B_FILL]!, used: rt.i32[bw + B_USED]!, mask: rt.i32[bw + B_MASK]! };
}

/**
 * The up-front resize of set_merge / set_update_internal before `otherUsed` elements come
 * in: when (fill + otherUsed)*5 >= mask*3, to the smallest power of two above
 * (used + otherUsed)*2. Returns true when CPython would then copy the other set's slots
 * verbatim (set_merge: s empty, same mask, no dummies in the other): pass `other` for that.
 */
export function setShadowPresize(rt: Runtime, s: Ref, otherUsed: number, other: Ref = 0 as Ref): boolean {
  return withLock(rt, s, () => {
    const st = setShadowStats(rt, s);
    if (st === null) return false;
    if ((st.fill + otherUsed) * 5 >= st.mask * 3) resize(rt, s, (st.used + otherUsed) * 2);
    if (other === 0) return false;
    const now = setShadowStats(rt, s)!;
    const os = setShadowStats(rt, other);
    return os !== null && now.fill === 0 && now.mask === os.mask && os.fill === os.used;
  });
}

/**
 * s now holds exactly the elements of `src` (set_merge's slot copy, set_swap_bodies of
 * intersection_update, an exact frozenset copy): its table becomes a copy of src's, with
 * fill, used and mask; s keeps its own finger. Untracks s if src is untracked.
 */
export function setShadowAdoptSlots(rt: Runtime, s: Ref, src: Ref, entriesFromSlots = false): void {
  const taken = rt.rc.atomic ? objLock2(rt, s, src) : 0;
  try {
    adoptSlots(rt, s, src, entriesFromSlots);
  } finally {
    if (taken !== 0) objUnlock2(rt, s, src, taken);
  }
}

/**
 * set_merge into an empty table (fill 0): s, whose entries were just made from src's
 * elements (setops.ts, dict.ts dictFillDistinct, no hook run), gets them in its shadow by
 * set_insert_clean in src's slot order, with their stored hashes. `trusted`: nothing ran
 * since they were read from src (under the GIL, no Python code), so src's table needs no
 * check against s's entries. Untracks s if src is untracked.
 */
export function setShadowFillClean(rt: Runtime, s: Ref, src: Ref, trusted: boolean): void {
  const taken = rt.rc.atomic ? objLock2(rt, s, src) : 0;
  try {
    const i32 = rt.i32;
    let w = i32[(s + SET_SHADOW) >> 2]!;
    if (w === 0) return;
    const sw = i32[(src + SET_SHADOW) >> 2]!;
    if (sw === 0 || dictSize(rt, s) !== dictSize(rt, src) || (!trusted && !sameElements(rt, s, sw))) { untrack(rt, s); return; }
    if (sw === TRACKED_EMPTY) return;
    if (w === TRACKED_EMPTY) i32[(s + SET_SHADOW) >> 2] = w = newBlock(rt, MIN_SIZE);
    const bw = w >> 2;
    const srcw = sw >> 2;
    const srcMask = i32[srcw + B_MASK]!;
    let n = 0;
    for (let j = 0, e = srcw + B_SLOTS; j <= srcMask; j++, e += 3) {
      const k = i32[e]!;
      if (k === 0 || k === DUMMY) continue;
      insertClean(i32, bw, k, i32[e + 1]!, i32[e + 2]!);
      n++;
    }
    i32[bw + B_FILL] = n;
    i32[bw + B_USED] = n;
  } finally {
    if (taken !== 0) objUnlock2(rt, s, src, taken);
  }
}

/** Whether s's shadow is a table with no slot used (fill 0), or s is untracked: an empty
 * set CPython's set_merge fills by set_insert_clean. */
export function setShadowFillIsZero(rt: Runtime, s: Ref): boolean {
  const w = rt.i32[(s + SET_SHADOW) >> 2]!;
  return w <= TRACKED_EMPTY || rt.i32[(w >> 2) + B_FILL] === 0;
}

/** adoptSlots; `entriesFromSlots`: s's entries were just made from src's in its slot order
 * with nothing run since (setops.ts setMerge under the GIL), so they need no check against
 * the table and are already in the order s iterates in. */
function adoptSlots(rt: Runtime, s: Ref, src: Ref, entriesFromSlots: boolean): void {
  const i32 = rt.i32;
  const w = i32[(s + SET_SHADOW) >> 2]!;
  if (w === 0) return;
  const sw = i32[(src + SET_SHADOW) >> 2]!;
  if (sw === 0 || dictSize(rt, s) !== dictSize(rt, src) || (!entriesFromSlots && !sameElements(rt, s, sw))) { untrack(rt, s); return; }
  const finger = w > TRACKED_EMPTY ? i32[(w >> 2) + B_FINGER]! : 0;
  if (w > TRACKED_EMPTY) freeBlock(rt, w);
  if (sw === TRACKED_EMPTY) {
    i32[(s + SET_SHADOW) >> 2] = TRACKED_EMPTY;
    if (finger !== 0) i32[((i32[(s + SET_SHADOW) >> 2] = newBlock(rt, MIN_SIZE)) >> 2) + B_FINGER] = finger;
    return;
  }
  const size = i32[(sw >> 2) + B_MASK]! + 1;
  const nb = newBlock(rt, size);
  i32.copyWithin(nb >> 2, sw >> 2, (sw >> 2) + B_SLOTS + size * 3);
  i32[(nb >> 2) + B_FINGER] = finger;
  i32[(nb >> 2) + B_ORDER] = entriesFromSlots ? (i32[(s + DICT_VERSION) >> 2]! + 1) | 0 : 0;
  i32[(s + SET_SHADOW) >> 2] = nb;
}

/** Every element in the table of block w is (the very object) an element of set s: what
 * another thread did between the steps of a bulk operation cannot make s's shadow lie. */
function sameElements(rt: Runtime, s: Ref, w: number): boolean {
  if (w === TRACKED_EMPTY) return true;
  const i32 = rt.i32;
  const bw = w >> 2;
  const mask = i32[bw + B_MASK]!;
  for (let j = 0, e = bw + B_SLOTS; j <= mask; j++, e += 3) {
    const k = i32[e]!;
    if (k === 0 || k === DUMMY) continue;
    const h = i32[e + 1]!;
    if (!dictHasIdenticalKey(rt, s, k as Ref, h === -1 ? -2 : h)) return false;
  }
  return true;
}

/** set_difference_update_internal's tail: more than mask/4 dummies -> resized away. */
export function setShadowPurgeDummies(rt: Runtime, s: Ref): void {
  withLock(rt, s, () => {
    const st = setShadowStats(rt, s);
    if (st === null || st.fill - st.used <= Math.floor(st.mask / 4)) return;
    resize(rt, s, st.used > 50000 ? st.used * 2 : st.used * 4);
  });
}

/** set.clear() (set_clear_internal): empty, the 8-slot start table, the finger kept. */
export function setShadowClear(rt: Runtime, s: Ref, clear: () => void): void {
  withLock(rt, s, () => {
    const i32 = rt.i32;
    const w = i32[(s + SET_SHADOW) >> 2]!;
    const finger = w > TRACKED_EMPTY ? i32[(w >> 2) + B_FINGER]! : 0;
    clear();
    const now = i32[(s + SET_SHADOW) >> 2]!;
    if (now > TRACKED_EMPTY) freeBlock(rt, now);
    i32[(s + SET_SHADOW) >> 2] = TRACKED_EMPTY;
    if (finger !== 0) i32[((i32[(s + SET_SHADOW) >> 2] = newBlock(rt, MIN_SIZE)) >> 2) + B_FINGER] = finger;
  });
}

// ---- iteration order ----

/** An untracked set whose elements all hash as CPython's gets a shadow replayed from its
 * entry order. True if s is tracked afterwards. */
function retrack(rt: Runtime, s: Ref): boolean {
  const i32 = rt.i32;
  for (let ix = dictNextEntry(rt, s, 0); ix >= 0; ix = dictNextEntry(rt, s, ix + 1)) {
    if (!hashIsExact(rt, dictEntryKey(rt, s, ix), 0)) return false;
  }
  i32[(s + SET_SHADOW) >> 2] = TRACKED_EMPTY;
  for (let ix = dictNextEntry(rt, s, 0); ix >= 0; ix = dictNextEntry(rt, s, ix + 1)) {
    const key = dictEntryKey(rt, s, ix);
    if (!exactHash(rt, key)) { untrack(rt, s); return false; }
    shadowAdd(rt, s, key);
  }
  return true;
}

function reorder(rt: Runtime, s: Ref): void {
  const i32 = rt.i32;
  let w = i32[(s + SET_SHADOW) >> 2]!;
  if (w === TRACKED_EMPTY) return;
  if (w === 0) {
    if (dictSize(rt, s) < 2 || !retrack(rt, s)) return;
    w = i32[(s + SET_SHADOW) >> 2]!;
    if (w === TRACKED_EMPTY) return;
  }
  const bw = w >> 2;
  const want = (i32[(s + DICT_VERSION) >> 2]! + 1) | 0;
  if (i32[bw + B_ORDER] === want) return;
  const used = i32[bw + B_USED]!;
  if (used !== dictSize(rt, s)) { untrack(rt, s); return; } // never expected: stay safe
  const keys = new Array<number>(used);
  const hashes = new Array<number>(used);
  const mask = i32[bw + B_MASK]!;
  let n = 0;
  for (let j = 0, e = bw + B_SLOTS; j <= mask; j++, e += 3) {
    const k = i32[e]!;
    if (k === 0 || k === DUMMY) continue;
    const h = i32[e + 1]!;
    keys[n] = k;
    hashes[n++] = h === -1 ? -2 : h;
  }
  if (n !== used) { untrack(rt, s); return; }
  dictSetSetEntries(rt, s, keys, hashes);
  i32[bw + B_ORDER] = want;
}

/** Gives set s CPython's iteration order (see the module comment). Never fails. */
export function setCanonicalOrder(rt: Runtime, s: Ref): void {
  const w = rt.i32[(s + SET_SHADOW) >> 2]!;
  if (w === TRACKED_EMPTY) return;
  if (w > TRACKED_EMPTY && rt.i32[(w >> 2) + B_ORDER] === ((rt.i32[(s + DICT_VERSION) >> 2]! + 1) | 0)) return;
  if (!rt.rc.atomic) {
    reorder(rt, s);
    return;
  }
  withLock(rt, s, () => reorder(rt, s));
}

/**
 * set.pop(): removes and returns (new reference) the element CPython's set_pop takes: the
 * first active slot from the finger on, wrapping around; the finger moves past it. NULL
 * (no exception) when s is empty; NULL with an exception if the removal failed.
 */
export function setPopKey(rt: Runtime, s: Ref): Ref {
  return withLock(rt, s, () => {
    const i32 = rt.i32;
    if (dictSize(rt, s) === 0) return 0 as Ref;
    if (i32[(s + SET_SHADOW) >> 2] === 0) reorder(rt, s);
    const w = i32[(s + SET_SHADOW) >> 2]!;
    if (w <= TRACKED_EMPTY) return popEntry(rt, s, dictNextEntry(rt, s, 0)); // untracked: the first
    const bw = w >> 2;
    const mask = i32[bw + B_MASK]!;
    let j = i32[bw + B_FINGER]! & mask;
    for (;;) {
      const k = i32[bw + B_SLOTS + j * 3]!;
      if (k !== 0 && k !== DUMMY) break;
      j = j === mask ? 0 : j + 1;
    }
    const key = i32[bw + B_SLOTS + j * 3]! as Ref;
    incref(rt, key);
    if (dictDelItem(rt, s, key) < 0) {
      decref(rt, key);
      return 0 as Ref;
    }
    const now = i32[(s + SET_SHADOW) >> 2]!;
    if (now > TRACKED_EMPTY) i32[(now >> 2) + B_FINGER] = j + 1;
    return key;
  });
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
