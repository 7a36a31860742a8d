/*
 * dict: CPython's compact, insertion-ordered hash table (Objects/dictobject.c).
 *
 *   object   byte 16 DICT_USED     live entries
 *                 20 DICT_KEYS     raw keys block, 0 while the dict has never held an item
 *                 24 DICT_VERSION  bumped on every insertion/deletion (iteration checks,
 *                                  future attribute caches)
 *                 28 (pad)         0 in a dict; in a set, its shadow of CPython's set table
 *                                  (objects/setorder.ts), which the insertion, deletion and
 *                                  clear paths below keep in step when it is non-zero
 *
 *   keys block (raw, words):
 *     0 K_LOG       log2 of the number of index slots
 *     1 K_NENTRIES  entries used so far (deleted ones included)
 *     2 K_USABLE    entry capacity = 2/3 of the slots
 *     3 K_FIRST     no entry below this one holds a key: iteration starts here, so taking
 *                   items from the front (OrderedDict.popitem(last=False), a FIFO of
 *                   `del d[next(iter(d))]`) does not rescan the deleted entries each time
 *                   (it was O(n) per step); only grows within a keys block
 *     4 ...         index table: one word per slot: -1 empty, -2 deleted (dummy), else the
 *                   entry number
 *     then          entries, 3 words each: hash (the 32-bit slot hash), key, value;
 *                   key 0 marks a deleted entry. Order of entries = insertion order.
 *
 * Probing is CPython's: i = (i*5 + perturb + 1) & mask, perturb >>= 5, starting from the
 * slot hash (32 bits here). Keys are compared by identity first, then hash, then
 * `==` (which may call Python __eq__, and may fail: lookups then return -2 with the
 * exception set). str keys have a fast path that cannot fail (dictGetStr); the general
 * d[key] / d[key] = v entry points leave it for the full lookup when an entry with the
 * same hash holds a key that is not an exact str ({Sym('a'): 1}['a'] with Sym's __eq__
 * answering True must find it, as CPython's non-unicode-keys lookup does).
 */
import { NULL, type Ref } from '../heap/layout.js';
import { allocRaw } from '../heap/alloc.js';
import { HeapExhausted, type Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { newObject } from './object.js';
import { Kind } from './kinds.js';
import { TP_KIND } from './typelayout.js';
import { strEq, strHash, STR_FLAGS, STR_HASH, STRF_HASHED } from './str.js';
import { hashOf, eqForDict } from './abstract.js';
import { objLock, objLock2, objUnlock, objUnlock2 } from '../vm/objlock.js';
import { releaseValue, retireBlock } from '../vm/nogil.js';
import { setShadowInserted, setShadowDeleted, setShadowCleared } from './setorder.js';
import { USER_HASH } from './numhash.js';

export const DICT_USED = 16;
export const DICT_KEYS = 20;
export const DICT_VERSION = 24;
/** A display's dict ({k: v, ...}: evalhelpers.ts buildMap) starts its DICT_VERSION here,
 * a bit no dict reaches by its own changes for 2**30 of them: made after its values, it is
 * tracked after them in CPython too (objects/exitorder.ts). The version is only ever
 * compared for equality, so its starting value is free. */
export const DICT_DISPLAY_VERSION = 0x40000000;
export const DICT_OBJ_SIZE = 32;
/** Byte offset of the pad word: 0 in a dict; a set's shadow table (objects/setorder.ts). */
export const SET_SHADOW = 28;

export const K_LOG = 0;
export const K_NENTRIES = 1;
const K_USABLE = 2;
const K_FIRST = 3;
export const K_INDEX = 4;
const EMPTY = -1;
const DUMMY = -2;
const MIN_LOG = 3;

export function dictNew(rt: Runtime): Ref {
  return newObject(rt, rt.tDict, DICT_OBJ_SIZE);
}

/** An empty dict whose keys block already holds `n` entries without a resize (an instance
 * dict sized by its class's TP_DICT_HINT). */
export function dictNewSized(rt: Runtime, n: number): Ref {
  const d = newObject(rt, rt.tDict, DICT_OBJ_SIZE);
  if (n > 5) {
    let log = MIN_LOG;
    while (((1 << log) * 2) / 3 < n) log++;
    rt.i32[(d + DICT_KEYS) >> 2] = newKeys(rt, log);
  }
  return d;
}

/**
 * The attribute inline caches' check (evalhelpers.ts "Attribute inline caches"): the i32
 * index of entry `ix` of dict `d` (0 = no dict) when that entry still holds `name`, else -1.
 * Keys block layout: above (word 0 log2 slots, word 1 entries used, index table
 * from word 4, then 3-word entries).
 */
export function cachedDictEntry(i32: Int32Array, d: number, ix: number, name: number): number {
  if (d === 0) return -1;
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  if (k === 0 || ix >= i32[k + K_NENTRIES]!) return -1;
  const e = k + K_INDEX + (1 << i32[k + K_LOG]!) + ix * 3;
  return i32[e + 1] === name ? e : -1;
}

/**
 * The value word of the entry that cachedDictEntry(i32, d, ix, name) finds, else `fallback`:
 * STORE_NAME / STORE_GLOBAL's cache (vm/eval.ts), which loads and stores the word it gets
 * back on a hit and on a miss alike (a miss gives the stack slot of the value stored).
 */
export function cachedDictValueWord(i32: Int32Array, d: number, ix: number, name: number, fallback: number): number {
  const e = cachedDictEntry(i32, d, ix, name);
  const valueWord = e + 2; // computed on a miss too: V8's type feedback for the first hit
  return e >= 0 ? valueWord : fallback;
}

/**
 * Whether exact str `name` (interned: a code object's name) is certainly not a key of
 * dict `d` (nonzero): a probe of d's table by name's cached hash that compares keys by
 * identity; false when it is a key, and when unsure (name not hashed yet, an equal-hash
 * entry of another key object), where the caller asks dictFindStrEntry. LOAD_METHOD's test
 * that an instance dict does not shadow a method: one small function instead of the
 * seven-call chain of a general lookup (vm/eval.ts).
 */
export function dictLacksInternedStr(i32: Int32Array, d: number, name: number): boolean {
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  if (k === 0) return true;
  if ((i32[(name + STR_FLAGS) >> 2]! & STRF_HASHED) === 0) return false;
  const hash = i32[(name + STR_HASH) >> 2]!;
  const mask = (1 << i32[k + K_LOG]!) - 1;
  const ent = k + K_INDEX + mask + 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (;;) {
    const ix = i32[k + K_INDEX + i]!;
    if (ix === EMPTY) return true;
    if (ix >= 0) {
      const e = ent + ix * 3;
      if (i32[e + 1] === name || i32[e] === hash) return false;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

export function dictSize(rt: Runtime, d: Ref): number {
  return rt.i32[(d + DICT_USED) >> 2]!;
}

function newKeys(rt: Runtime, log: number): number {
  const nslots = 1 << log;
  const usable = (nslots * 2) / 3 | 0;
  const words = K_INDEX + nslots + usable * 3;
  const ref = allocRaw(rt.heap, words * 4);
  if (ref === 0) throw new HeapExhausted(words * 4);
  const w = ref >> 2;
  const i32 = rt.i32;
  i32[w + K_LOG] = log;
  i32[w + K_NENTRIES] = 0;
  i32[w + K_USABLE] = usable;
  i32[w + K_FIRST] = 0;
  if (nslots <= 32) {
    for (let i = w + K_INDEX; i < w + K_INDEX + nslots; i++) i32[i] = EMPTY;
  } else i32.fill(EMPTY, w + K_INDEX, w + K_INDEX + nslots);
  return ref;
}

/** Word index of entry 0 of keys block k (word index). */
function entriesWord(i32: Int32Array, k: number): number {
  return k + K_INDEX + (1 << i32[k + K_LOG]!);
}

/** The first EMPTY index slot of slot hash h's probe sequence in keys block k (a table
 * being filled with distinct keys: no lookup, no dummies to reuse). */
function emptySlotFor(i32: Int32Array, k: number, mask: number, h: number): number {
  let i = h & mask;
  let perturb = h >>> 0;
  while (i32[k + K_INDEX + i] !== EMPTY) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/**
 * Finds key: returns the entry number, -1 if absent, -2 on error (exception set).
 */
export function dictLookup(rt: Runtime, d: Ref, key: Ref, hash: number): number {
  const i32 = rt.i32;
  let kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return -1;
  for (;;) {
    const k = kref >> 2;
    const mask = (1 << i32[k + K_LOG]!) - 1;
    const ent = entriesWord(i32, k);
    let i = hash & mask;
    let perturb = hash >>> 0;
    for (;;) {
      const ix = i32[k + K_INDEX + i]!;
      if (ix === EMPTY) return -1;
      if (ix >= 0) {
        const e = ent + ix * 3;
        const ek = i32[e + 1]!;
        if (ek === key) return ix;
        if (i32[e]! === hash && ek !== 0) {
          incref(rt, ek);
          const r = eqForDict(rt, ek as Ref, key);
          decref(rt, ek);
          if (r < 0) return -2;
          // The table may have changed under a Python __eq__: restart if so.
          if (i32[(d + DICT_KEYS) >> 2] !== kref || i32[e + 1] !== ek) break;
          if (r > 0) return ix;
        }
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    kref = i32[(d + DICT_KEYS) >> 2]!;
    if (kref === 0) return -1;
  }
}

/** Lookup of a str key (no Python code runs, cannot fail). Entry number or -1. */
function lookupStr(rt: Runtime, d: Ref, key: Ref, hash: number): number {
  const kref = rt.i32[(d + DICT_KEYS) >> 2]!;
  return kref === 0 ? -1 : lookupStrInKeys(rt, kref >> 2, key, hash);
}

/** Returned by lookupStrInKeys(..., deferOthers) when an entry with the key's hash holds a
 * key that is not an exact str: only the general lookup (its Python __eq__) can decide. */
const NEEDS_GENERAL_LOOKUP = -3;

/** lookupStr in keys block `k` (word index): callers that read the value from the same
 * block cannot mix two blocks when a --no-gil writer resizes the dict in between.
 * deferOthers: return NEEDS_GENERAL_LOOKUP at a same-hash entry whose key is not an exact
 * str ({K('a'): 1}['a'] with K's __eq__ comparing equal to 'a', a str subclass with its own
 * __eq__), instead of passing it by (a str-subclass key then compares by value). */
function lookupStrInKeys(rt: Runtime, k: number, key: Ref, hash: number, deferOthers = false): number {
  const i32 = rt.i32;
  const mask = (1 << i32[k + K_LOG]!) - 1;
  const ent = entriesWord(i32, k);
  let i = hash & mask;
  let perturb = hash >>> 0;
  const tStr = rt.tStr;
  for (;;) {
    const ix = i32[k + K_INDEX + i]!;
    if (ix === EMPTY) return -1;
    if (ix >= 0) {
      const e = ent + ix * 3;
      const ek = i32[e + 1]!;
      if (ek === key) return ix;
      if (i32[e] === hash && ek !== 0) {
        if (deferOthers && ((ek & 1) === 1 || i32[ek >> 2] !== tStr)) return NEEDS_GENERAL_LOOKUP;
        if ((ek & 1) === 0) {
          // An entry whose key is a str subclass instance (same layout) compares by value
          // too: {Str('a'): 1}['a'] finds it. (A subclass __eq__ is not consulted here.)
          const et = i32[ek >> 2]!;
          if ((et === tStr || i32[(et + TP_KIND) >> 2] === Kind.STR) && strEq(rt, ek as Ref, key)) return ix;
        }
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** The entry number of an exact-str key, -1 if absent. Never fails. */
export function dictFindStrEntry(rt: Runtime, d: Ref, key: Ref): number {
  return lookupStr(rt, d, key, strHash(rt, key));
}

/**
 * The heap word of an exact-str key's entry (its value is at word + 2), 0 if absent. Never
 * fails. The word stays the key's entry until the dict's keys block is replaced (a
 * resize, on inserting a new key) or the key is deleted.
 */
export function dictStrEntryWord(rt: Runtime, d: Ref, key: Ref): number {
  const ix = lookupStr(rt, d, key, strHash(rt, key));
  if (ix < 0) return 0;
  const i32 = rt.i32;
  return entriesWord(i32, i32[(d + DICT_KEYS) >> 2]! >> 2) + ix * 3;
}

/** d[key] for an exact-str key, borrowed, NULL if absent. Never fails. */
export function dictGetStr(rt: Runtime, d: Ref, key: Ref): Ref {
  const i32 = rt.i32;
  // the keys block is read once: a lock-free reader (--no-gil) looks up and reads the value
  // in the same block even if another thread's insertion replaces it meanwhile (the old one
  // is retired, not freed, until every executor passed a safe point)
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return NULL;
  const k = kref >> 2;
  const ix = lookupStrInKeys(rt, k, key, strHash(rt, key));
  if (ix < 0) return NULL;
  return i32[entriesWord(i32, k) + ix * 3 + 2] as Ref;
}

/**
 * d[key] for an exact-str key, borrowed; NULL if absent; -1 when an entry with the key's
 * hash holds a key that is not an exact str (a str subclass, an object equal to str keys),
 * whose __eq__ only the general lookup calls. Never fails, runs no Python code: the eval
 * loop's `d[k]` and `k in d`, and dict.get (with the GIL).
 */
export function dictGetExactStr(rt: Runtime, d: Ref, key: Ref): number {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return NULL;
  const k = kref >> 2;
  const ix = lookupStrInKeys(rt, k, key, strHash(rt, key), true);
  if (ix === NEEDS_GENERAL_LOOKUP) return -1;
  if (ix < 0) return NULL;
  return i32[entriesWord(i32, k) + ix * 3 + 2]!;
}

/**
 * The entry index of exact-str `key` in keys block `kref` (a dict's DICT_KEYS word), -1 if
 * absent; with keysEntryValue, LOAD_GLOBAL's miss path (vm/evalhelpers.ts loadGlobalMiss)
 * finds the entry and reads its value in the same block, and caches that block, even when a
 * --no-gil writer resizes the dict in between.
 */
export function dictStrIndexInKeys(rt: Runtime, kref: number, key: Ref): number {
  return kref === 0 ? -1 : lookupStrInKeys(rt, kref >> 2, key, strHash(rt, key));
}

/** The value word of entry ix of keys block `kref` (0 once a --no-gil writer deleted it). */
export function keysEntryValue(i32: Int32Array, kref: number, ix: number): Ref {
  return i32[entriesWord(i32, kref >> 2) + ix * 3 + 2] as Ref;
}

/**
 * The i32 word index holding d[key]'s value (`key` an exact str), -1 if absent: for a
 * caller that replaces a tagged small int by another in place (no reference changes), as
 * deque's `_state` count (modules/deque-native.ts), with one lookup instead of a get and a
 * set. The caller holds the dict's lock with --no-gil (the keys block may be replaced).
 */
export function dictStrValueWord(rt: Runtime, d: Ref, key: Ref): number {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return -1;
  const k = kref >> 2;
  const ix = lookupStrInKeys(rt, k, key, strHash(rt, key));
  return ix < 0 ? -1 : entriesWord(i32, k) + ix * 3 + 2;
}

/** d[key], borrowed; NULL if absent or on error (check errOccurred). */
function dictGetItemUnlocked(rt: Runtime, d: Ref, key: Ref): Ref {
  if ((key & 1) === 0 && rt.i32[key >> 2] === rt.tStr) {
    const i32 = rt.i32;
    const kref = i32[(d + DICT_KEYS) >> 2]!;
    if (kref === 0) return NULL;
    const k = kref >> 2;
    const h = strHash(rt, key);
    const ix = lookupStrInKeys(rt, k, key, h, true);
    if (ix !== NEEDS_GENERAL_LOOKUP) return ix < 0 ? NULL : i32[entriesWord(i32, k) + ix * 3 + 2] as Ref;
    const gx = dictLookup(rt, d, key, h);
    if (gx < 0) return NULL;
    return i32[entriesWord(i32, i32[(d + DICT_KEYS) >> 2]! >> 2) + gx * 3 + 2] as Ref;
  }
  const h = hashOf(rt, key);
  if (h === -1) return NULL;
  const ix = dictLookup(rt, d, key, h);
  if (ix < 0) return NULL;
  const i32 = rt.i32;
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  return i32[entriesWord(i32, k) + ix * 3 + 2] as Ref;
}

/** 1 if key in d, 0 if not, -1 on error. */
function dictContainsUnlocked(rt: Runtime, d: Ref, key: Ref): number {
  const h = hashOf(rt, key);
  if (h === -1) return -1;
  const ix = dictLookup(rt, d, key, h);
  return ix === -2 ? -1 : ix >= 0 ? 1 : 0;
}

/** A new keys block for d, with usable room for `minUsed` items and at least `minSlots`
 * slots, d's entries moved into it in order. */
function resize(rt: Runtime, d: Ref, minUsed: number, minSlots = 0): void {
  const i32 = rt.i32;
  let log = MIN_LOG;
  while (((1 << log) * 2) / 3 < minUsed || (1 << log) < minSlots) log++;
  const nk = newKeys(rt, log);
  const oldRef = i32[(d + DICT_KEYS) >> 2]!;
  const n = nk >> 2;
  const mask = (1 << log) - 1;
  const nent = entriesWord(i32, n);
  let count = 0;
  if (oldRef !== 0) {
    const o = oldRef >> 2;
    const oent = entriesWord(i32, o);
    const on = i32[o + K_NENTRIES]!;
    for (let j = 0; j < on; j++) {
      const e = oent + j * 3;
      const key = i32[e + 1]!;
      if (key === 0) continue;
      const h = i32[e]!;
      const ne = nent + count * 3;
      i32[ne] = h;
      i32[ne + 1] = key;
      i32[ne + 2] = i32[e + 2]!;
      i32[n + K_INDEX + emptySlotFor(i32, n, mask, h)] = count;
      count++;
    }
    retireBlock(rt, oldRef as Ref); // --no-gil: lock-free str lookups may still read it (vm/nogil.ts)
  }
  i32[n + K_NENTRIES] = count;
  i32[(d + DICT_KEYS) >> 2] = nk;
}

/** Inserts a key known to be absent (hash computed). Increfs key and value. */
function insertNew(rt: Runtime, d: Ref, key: Ref, hash: number, value: Ref): void {
  const i32 = rt.i32;
  let kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) {
    // the first item: the smallest keys block, nothing to move (resize's loop skipped)
    kref = newKeys(rt, MIN_LOG);
    i32[(d + DICT_KEYS) >> 2] = kref;
  } else if (i32[(kref >> 2) + K_NENTRIES]! >= i32[(kref >> 2) + K_USABLE]!) {
    // CPython 3.11's GROWTH_RATE: a table of at least 3 slots per item in use
    const used = i32[(d + DICT_USED) >> 2]!;
    resize(rt, d, used + 1, used * 3);
    kref = i32[(d + DICT_KEYS) >> 2]!;
  }
  const k = kref >> 2;
  const mask = (1 << i32[k + K_LOG]!) - 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  while (i32[k + K_INDEX + i]! >= 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  const ix = i32[k + K_NENTRIES]!;
  i32[k + K_INDEX + i] = ix;
  const e = entriesWord(i32, k) + ix * 3;
  incref(rt, key);
  incref(rt, value);
  i32[e] = hash;
  i32[e + 1] = key;
  i32[e + 2] = value;
  i32[k + K_NENTRIES] = ix + 1;
  i32[(d + DICT_USED) >> 2]!++;
  i32[(d + DICT_VERSION) >> 2]!++;
  // a set's shadow of CPython's table (objects/setorder.ts); 0 for dicts
  if (i32[(d + SET_SHADOW) >> 2] !== 0) setShadowInserted(rt, d, key as Ref);
}

/**
 * The attribute store cache's insertion (vm/evalhelpers.ts storeAttrAppend): the exact-str
 * key `name`, absent from d, becomes entry `ix` when that is d's next entry (instances of
 * a class mostly set their attributes in the same order, so the entry the cache recorded
 * for the name on one instance is the next free one on the next). The value's reference
 * moves in. False, with nothing done, when ix is not the next entry or the name is there
 * (or a non-str key with its hash is: only the general lookup can tell). GIL mode only.
 */
export function dictAppendStrEntry(rt: Runtime, d: Ref, ix: number, name: Ref, v: Ref): boolean {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  const h = strHash(rt, name);
  const k = kref >> 2;
  if (kref === 0 || i32[k + K_NENTRIES]! >= i32[k + K_USABLE]!) {
    // the first key, or a resize on the way: the general insertion
    if (kref === 0 ? ix !== 0 : i32[k + K_NENTRIES] !== ix || lookupStrInKeys(rt, k, name, h, true) !== -1) return false;
    insertNew(rt, d, name, h, v);
    decref(rt, v); // insertNew took its own reference: the caller's moved in
    return true;
  }
  if (i32[k + K_NENTRIES] !== ix) return false;
  // one probe sequence both shows the name absent and finds its slot (the first free one,
  // as insertNew's)
  const mask = (1 << i32[k + K_LOG]!) - 1;
  const ent = entriesWord(i32, k);
  const tStr = rt.tStr;
  let i = h & mask;
  let perturb = h >>> 0;
  let slot = -1;
  for (;;) {
    const x = i32[k + K_INDEX + i]!;
    if (x === EMPTY) {
      if (slot < 0) slot = i;
      break;
    }
    if (x === DUMMY) {
      if (slot < 0) slot = i;
    } else {
      const ek = i32[ent + x * 3 + 1]!;
      if (ek === name) return false;
      // an equal hash: present if an equal exact str; any other key only the general
      // lookup can compare
      if (i32[ent + x * 3] === h && ek !== 0 && ((ek & 1) === 1 || i32[ek >> 2] !== tStr || strEq(rt, ek as Ref, name))) return false;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  i32[k + K_INDEX + slot] = ix;
  const e = ent + ix * 3;
  incref(rt, name);
  i32[e] = h;
  i32[e + 1] = name;
  i32[e + 2] = v; // the caller's reference moves in
  i32[k + K_NENTRIES] = ix + 1;
  i32[(d + DICT_USED) >> 2]!++;
  i32[(d + DICT_VERSION) >> 2]!++;
  return true;
}

/** 1 if key (whose hash is known: a set's or dict's stored entry hash) is in d, 0 if not,
 * -1 on error. CPython's set operations reuse the hashes their tables store, so an
 * element's __hash__ is not called again. */
export function dictContainsHashed(rt: Runtime, d: Ref, key: Ref, hash: number): number {
  const took = rt.rc.atomic ? objLock(rt, d) : false;
  try {
    const ix = dictLookup(rt, d, key, hash);
    return ix === -2 ? -1 : ix >= 0 ? 1 : 0;
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** d[key] (key's hash known), borrowed; NULL if absent or on error (check errOccurred). */
export function dictGetItemHashed(rt: Runtime, d: Ref, key: Ref, hash: number): Ref {
  const took = rt.rc.atomic ? objLock(rt, d) : false;
  try {
    const ix = dictLookup(rt, d, key, hash);
    if (ix < 0) return NULL;
    const i32 = rt.i32;
    return i32[entriesWord(i32, i32[(d + DICT_KEYS) >> 2]! >> 2) + ix * 3 + 2] as Ref;
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** del d[key] (key's hash known): 1 deleted, 0 absent, -1 error. */
export function dictDelItemHashed(rt: Runtime, d: Ref, key: Ref, hash: number): number {
  const took = rt.rc.atomic ? objLock(rt, d) : false;
  try {
    const ix = dictLookup(rt, d, key, hash);
    if (ix === -2) return -1;
    if (ix === -1) return 0;
    userHashToEntry(rt, d, key, ix);
    dictDelEntry(rt, d, ix, hash);
    return 1;
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** d[key] = value with the hash already known. 0 ok, -1 error. */
function dictSetItemHashedUnlocked(rt: Runtime, d: Ref, key: Ref, hash: number, value: Ref): number {
  const ix = dictLookup(rt, d, key, hash);
  if (ix === -2) return -1;
  if (ix >= 0) {
    const i32 = rt.i32;
    const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
    const slot = entriesWord(i32, k) + ix * 3 + 2;
    const old = i32[slot]!;
    incref(rt, value);
    i32[slot] = value;
    releaseValue(rt, old as Ref); // --no-gil: deferred past lock-free readers (vm/nogil.ts)
    return 0;
  }
  insertNew(rt, d, key, hash, value);
  return 0;
}

/** d[key] = value (both borrowed). 0 ok, -1 error (unhashable key...). */
function dictSetItemUnlocked(rt: Runtime, d: Ref, key: Ref, value: Ref): number {
  let h: number;
  if ((key & 1) === 0 && rt.i32[key >> 2] === rt.tStr) {
    h = strHash(rt, key);
    const kref = rt.i32[(d + DICT_KEYS) >> 2]!;
    const ix = kref === 0 ? -1 : lookupStrInKeys(rt, kref >> 2, key, h, true);
    if (ix === NEEDS_GENERAL_LOOKUP) return dictSetItemHashedUnlocked(rt, d, key, h, value);
    if (ix >= 0) {
      const i32 = rt.i32;
      const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
      const slot = entriesWord(i32, k) + ix * 3 + 2;
      const old = i32[slot]!;
      incref(rt, value);
      i32[slot] = value;
      releaseValue(rt, old as Ref);
      return 0;
    }
    insertNew(rt, d, key, h, value);
    return 0;
  }
  h = hashOf(rt, key);
  if (h === -1) return -1;
  return dictSetItemHashed(rt, d, key, h, value);
}

/** del d[key]: 1 deleted, 0 absent (nothing raised), -1 error. */
function dictDelItemUnlocked(rt: Runtime, d: Ref, key: Ref): number {
  const h = hashOf(rt, key);
  if (h === -1) return -1;
  const ix = dictLookup(rt, d, key, h);
  if (ix === -2) return -1;
  if (ix === -1) return 0;
  userHashToEntry(rt, d, key, ix);
  dictDelEntry(rt, d, ix, h);
  return 1;
}

/**
 * Before a set's entry ix, found by `key`, is deleted: its shadow (setorder.ts) takes the
 * full hash key's __hash__ gave (numhash.ts USER_HASH) as the entry's own key's, an equal
 * object's (equal objects hash alike: the lookup found it by that hash).
 */
function userHashToEntry(rt: Runtime, d: Ref, key: Ref, ix: number): void {
  if (rt.i32[(d + SET_SHADOW) >> 2] !== 0 && USER_HASH.key === key) USER_HASH.key = dictEntryKey(rt, d, ix);
}

function dictDelEntry(rt: Runtime, d: Ref, ix: number, hash: number): void {
  const i32 = rt.i32;
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  const mask = (1 << i32[k + K_LOG]!) - 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  while (i32[k + K_INDEX + i] !== ix) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  const e = entriesWord(i32, k) + ix * 3;
  const key = i32[e + 1]!;
  if (i32[(d + SET_SHADOW) >> 2] !== 0) setShadowDeleted(rt, d, key as Ref);
  i32[k + K_INDEX + i] = DUMMY;
  const value = i32[e + 2]!;
  i32[e + 1] = 0;
  i32[e + 2] = 0;
  if (ix === i32[k + K_FIRST]) {
    // the first live entry went: move K_FIRST past the deleted run (each entry once)
    const n = i32[k + K_NENTRIES]!;
    const ent = entriesWord(i32, k);
    let first = ix + 1;
    while (first < n && i32[ent + first * 3 + 1] === 0) first++;
    i32[k + K_FIRST] = first;
  }
  i32[(d + DICT_USED) >> 2]!--;
  i32[(d + DICT_VERSION) >> 2]!++;
  releaseValue(rt, key as Ref);
  releaseValue(rt, value as Ref);
}

/** Removes and returns (new reference) d[key], NULL if absent (no exception) or error. */
function dictPopUnlocked(rt: Runtime, d: Ref, key: Ref): Ref {
  const h = hashOf(rt, key);
  if (h === -1) return NULL;
  const ix = dictLookup(rt, d, key, h);
  if (ix < 0) return NULL;
  const i32 = rt.i32;
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  const v = i32[entriesWord(i32, k) + ix * 3 + 2] as Ref;
  incref(rt, v);
  dictDelEntry(rt, d, ix, h);
  return v;
}

/**
 * dict.popitem(): removes the last entry and returns its [key, value] (references move to
 * the caller), or null when the dict is empty. As CPython's, the entries count then drops
 * past the deleted entries at the end, so that a run of popitem() does not rescan them
 * (100,000 of them took 27 s, O(n) each, against python3's 0.01 s). No key is compared:
 * no Python __eq__ runs.
 */
export function dictPopLast(rt: Runtime, d: Ref): [Ref, Ref] | null {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0 || i32[(d + DICT_USED) >> 2] === 0) return null;
  const k = kref >> 2;
  const ent = entriesWord(i32, k);
  let ix = i32[k + K_NENTRIES]! - 1;
  while (ix >= 0 && i32[ent + ix * 3 + 1] === 0) ix--;
  if (ix < 0) return null;
  const e = ent + ix * 3;
  const key = i32[e + 1]! as Ref;
  const value = i32[e + 2]! as Ref;
  incref(rt, key);
  incref(rt, value);
  dictDelEntry(rt, d, ix, i32[e]!);
  // entries ix.. are all deleted now: the next insertion reuses ix (no index slot refers to
  // them: dictDelEntry left DUMMY), and iteration must still see it (K_FIRST <= count).
  // The index keeps the dummies, so the entries given back are taken off the usable count
  // (CPython's popitem leaves dk_usable as it is): the table still fills up and is rebuilt.
  // Without it, insert-then-popitem cycles filled every index slot with dummies and the
  // next lookup probed forever.
  i32[k + K_USABLE] = i32[k + K_USABLE]! - (i32[k + K_NENTRIES]! - ix);
  i32[k + K_NENTRIES] = ix;
  if (i32[k + K_FIRST]! > ix) i32[k + K_FIRST] = ix;
  return [key, value];
}

/** Iteration: the next entry number >= pos holding a key, or -1. */
export function dictNextEntry(rt: Runtime, d: Ref, pos: number): number {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return -1;
  const k = kref >> 2;
  const n = i32[k + K_NENTRIES]!;
  const ent = entriesWord(i32, k);
  if (pos < i32[k + K_FIRST]!) pos = i32[k + K_FIRST]!;
  while (pos < n) {
    if (i32[ent + pos * 3 + 1] !== 0) return pos;
    pos++;
  }
  return -1;
}

/** The last live entry at or before `pos` (clamped to the entries used), or -1: reversed()'s
 * step (CPython's dictreviter_iternext). */
export function dictPrevEntry(rt: Runtime, d: Ref, pos: number): number {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return -1;
  const k = kref >> 2;
  const n = i32[k + K_NENTRIES]!;
  const ent = entriesWord(i32, k);
  const first = i32[k + K_FIRST]!;
  if (pos >= n) pos = n - 1;
  while (pos >= first) {
    if (i32[ent + pos * 3 + 1] !== 0) return pos;
    pos--;
  }
  return -1;
}

/** The number of entry slots used so far (deleted ones included): where reversed() starts. */
export function dictEntriesUsed(rt: Runtime, d: Ref): number {
  const kref = rt.i32[(d + DICT_KEYS) >> 2]!;
  return kref === 0 ? 0 : rt.i32[(kref >> 2) + K_NENTRIES]!;
}

/** Borrowed key of entry ix. */
export function dictEntryKey(rt: Runtime, d: Ref, ix: number): Ref {
  const i32 = rt.i32;
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  return i32[entriesWord(i32, k) + ix * 3 + 1] as Ref;
}

/** The i32 index of entry ix's value word (valid until the dict's next resize). */
export function dictEntryValueWord(rt: Runtime, d: Ref, ix: number): number {
  return entriesWord(rt.i32, rt.i32[(d + DICT_KEYS) >> 2]! >> 2) + ix * 3 + 2;
}

/** Borrowed value of entry ix. */
export function dictEntryValue(rt: Runtime, d: Ref, ix: number): Ref {
  const i32 = rt.i32;
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  return i32[entriesWord(i32, k) + ix * 3 + 2] as Ref;
}

export function dictEntryHash(rt: Runtime, d: Ref, ix: number): number {
  const i32 = rt.i32;
  const k = i32[(d + DICT_KEYS) >> 2]! >> 2;
  return i32[entriesWord(i32, k) + ix * 3]!;
}

/** Removes everything (keys and values decref'd after the dict is empty; `dead`: the dict
 * is being deallocated, see dictClearDead). */
function dictClearUnlocked(rt: Runtime, d: Ref, dead = false): void {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (i32[(d + SET_SHADOW) >> 2] !== 0) setShadowCleared(rt, d);
  i32[(d + DICT_KEYS) >> 2] = 0;
  i32[(d + DICT_USED) >> 2] = 0;
  i32[(d + DICT_VERSION) >> 2]!++;
  if (kref === 0) return;
  const k = kref >> 2;
  const n = i32[k + K_NENTRIES]!;
  const ent = entriesWord(i32, k);
  for (let j = 0; j < n; j++) {
    const key = i32[ent + j * 3 + 1]!;
    if (key === 0) continue;
    if (dead) {
      rt.rc.decref(key as Ref);
      rt.rc.decref(i32[ent + j * 3 + 2]! as Ref);
      continue;
    }
    releaseValue(rt, key as Ref);
    releaseValue(rt, i32[ent + j * 3 + 2]! as Ref);
  }
  retireBlock(rt, kref as Ref);
}

/**
 * Set d (empty) receives src's elements as its entries, in src's entry order, with one keys
 * block sized for them and no lookups: they are distinct (src is a set), so none can equal
 * another. Keys incref'd, values None. No set shadow hook runs: the caller gives d its
 * shadow (setops.ts mergeIntoEmpty, as CPython's set_merge fills an empty table) and
 * holds both locks. The version is bumped.
 */
export function dictCopySetEntries(rt: Runtime, d: Ref, src: Ref): void {
  copyEntriesIntoEmpty(rt, d, src, false);
}

/**
 * Empty dict or set d receives src's entries in src's order with one keys block sized for
 * them and no lookups: src's keys are distinct, so none can equal another (CPython's
 * dict_merge into an empty dict, dict(a), a.copy(): an insertion per item with its lookup
 * and the resizes cost ~13x CPython's). Keys incref'd, and the values (`withValues`) or
 * None; the version bumped. Runs no Python code. The caller holds the locks.
 */
function copyEntriesIntoEmpty(rt: Runtime, d: Ref, src: Ref, withValues: boolean): void {
  const i32 = rt.i32;
  const n = i32[(src + DICT_USED) >> 2]!;
  if (i32[(d + DICT_USED) >> 2] !== 0) throw new Error('copyEntriesIntoEmpty: the target is not empty');
  const srcRef = i32[(src + DICT_KEYS) >> 2]!;
  if (n === 0 || srcRef === 0) return;
  let log = MIN_LOG;
  while (((1 << log) * 2) / 3 < n) log++;
  const old = i32[(d + DICT_KEYS) >> 2]!;
  const kref = newKeys(rt, log);
  i32[(d + DICT_KEYS) >> 2] = kref;
  if (old !== 0) retireBlock(rt, old as Ref);
  const k = kref >> 2;
  const mask = (1 << log) - 1;
  const ent = entriesWord(i32, k);
  const none = rt.None;
  const s = srcRef >> 2;
  const sent = entriesWord(i32, s);
  const sn = i32[s + K_NENTRIES]!;
  let j = 0;
  for (let x = i32[s + K_FIRST]!; x < sn; x++) {
    const se = sent + x * 3;
    const key = i32[se + 1]!;
    if (key === 0) continue;
    const h = i32[se]!;
    i32[k + K_INDEX + emptySlotFor(i32, k, mask, h)] = j;
    const e = ent + j * 3;
    incref(rt, key as Ref);
    i32[e] = h;
    i32[e + 1] = key;
    if (withValues) {
      const v = i32[se + 2]!;
      incref(rt, v as Ref);
      i32[e + 2] = v;
    } else i32[e + 2] = none;
    j++;
  }
  i32[k + K_NENTRIES] = j;
  i32[(d + DICT_USED) >> 2] = j;
  i32[(d + DICT_VERSION) >> 2]!++;
}

/** A shallow copy. */
export function dictCopy(rt: Runtime, d: Ref): Ref {
  const c = dictNew(rt);
  const took = rt.rc.atomic ? objLock(rt, d) : false;
  try {
    copyEntriesIntoEmpty(rt, c, d, true);
  } finally {
    if (took) objUnlock(rt, d);
  }
  return c;
}

/** dict.update from another dict. 0 / -1. */
export function dictMergeDict(rt: Runtime, d: Ref, other: Ref): number {
  if (rt.i32[(d + DICT_USED) >> 2] === 0 && d !== other) {
    // into an empty dict (dict(a), {**a}, d.update(a) of a new d): a's items as they are
    const taken = rt.rc.atomic ? objLock2(rt, d, other) : 0;
    try {
      if (rt.i32[(d + DICT_USED) >> 2] === 0 && rt.i32[(d + SET_SHADOW) >> 2] === 0) {
        copyEntriesIntoEmpty(rt, d, other, true);
        return 0;
      }
    } finally {
      if (taken !== 0) objUnlock2(rt, d, other, taken);
    }
  }
  for (let ix = dictNextEntry(rt, other, 0); ix >= 0; ix = dictNextEntry(rt, other, ix + 1)) {
    if (dictSetItemHashed(rt, d, dictEntryKey(rt, other, ix), dictEntryHash(rt, other, ix), dictEntryValue(rt, other, ix)) < 0) return -1;
  }
  return 0;
}

/** d[key] for a JS string key (interned lookup not needed: compares units). */
export function dictSetStrJS(rt: Runtime, d: Ref, key: Ref, value: Ref): void {
  dictSetItem(rt, d, key, value);
}

// ---- no-GIL critical sections (vm/objlock.ts, vm/nogil.ts): under the GIL (rt.rc.atomic
// false) each wrapper is one branch and a direct call; without it the operation runs
// holding the dict's per-object lock (reentrant: a dict operation calling another one, or
// an __eq__ touching the same dict, keeps it).

/** d[key], borrowed; NULL if absent or on error (check errOccurred). */
export function dictGetItem(rt: Runtime, d: Ref, key: Ref): Ref {
  if (!rt.rc.atomic) return dictGetItemUnlocked(rt, d, key);
  const took = objLock(rt, d);
  try {
    return dictGetItemUnlocked(rt, d, key);
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** 1 if key in d, 0 if not, -1 on error. */
export function dictContains(rt: Runtime, d: Ref, key: Ref): number {
  if (!rt.rc.atomic) return dictContainsUnlocked(rt, d, key);
  const took = objLock(rt, d);
  try {
    return dictContainsUnlocked(rt, d, key);
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** d[key] = value with the hash already known. 0 ok, -1 error. */
export function dictSetItemHashed(rt: Runtime, d: Ref, key: Ref, hash: number, value: Ref): number {
  if (!rt.rc.atomic) return dictSetItemHashedUnlocked(rt, d, key, hash, value);
  const took = objLock(rt, d);
  try {
    return dictSetItemHashedUnlocked(rt, d, key, hash, value);
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** d[key] = value (both borrowed). 0 ok, -1 error (unhashable key...). */
export function dictSetItem(rt: Runtime, d: Ref, key: Ref, value: Ref): number {
  if (!rt.rc.atomic) return dictSetItemUnlocked(rt, d, key, value);
  const took = objLock(rt, d);
  try {
    return dictSetItemUnlocked(rt, d, key, value);
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** del d[key]: 1 deleted, 0 absent (nothing raised), -1 error. */
export function dictDelItem(rt: Runtime, d: Ref, key: Ref): number {
  if (!rt.rc.atomic) return dictDelItemUnlocked(rt, d, key);
  const took = objLock(rt, d);
  try {
    return dictDelItemUnlocked(rt, d, key);
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** Removes and returns (new reference) d[key], NULL if absent (no exception) or error. */
export function dictPop(rt: Runtime, d: Ref, key: Ref): Ref {
  if (!rt.rc.atomic) return dictPopUnlocked(rt, d, key);
  const took = objLock(rt, d);
  try {
    return dictPopUnlocked(rt, d, key);
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/** Removes everything (keys and values decref'd after the dict is empty). */
export function dictClear(rt: Runtime, d: Ref): void {
  if (!rt.rc.atomic) {
    dictClearUnlocked(rt, d);
    return;
  }
  const took = objLock(rt, d);
  try {
    dictClearUnlocked(rt, d);
  } finally {
    if (took) objUnlock(rt, d);
  }
}

/**
 * dictClear for a dict (or set) being deallocated: its keys and values are dropped at once,
 * not after the --no-gil grace period (vm/nogil.ts releaseValue). The grace period protects
 * a lock-free reader that loaded a value from a LIVE dict; a reader of this dict would hold
 * a reference to it or to its owner (an instance, a function's globals, a class), and the
 * count reached zero. Deferring here cost a whole slice per level of a dropped structure:
 * a linked list of instances (each node's __dict__ holding the next) built by one thread
 * and dropped by another was freed one node per slice start, its __del__ calls with it.
 * The keys block is still retired (its memory may be read by a stale lookup).
 */
export function dictClearDead(rt: Runtime, d: Ref): void {
  dictClearUnlocked(rt, d, true);
}

/**
 * Rewrites set d's entries as keys[j] (slot hash hashes[j], value None) in that order: the
 * same elements, reordered into CPython's slot order (objects/setorder.ts), deleted entries
 * compacted away, the index table rebuilt. No count change, no version bump. Runs under the
 * set's lock (sets have no lock-free readers).
 */
export function dictSetSetEntries(rt: Runtime, d: Ref, keys: readonly number[], hashes: readonly number[]): void {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return;
  const k = kref >> 2;
  const ent = entriesWord(i32, k);
  const n = keys.length;
  const oldN = i32[k + K_NENTRIES]!;
  const none = rt.None;
  i32.fill(0, ent, ent + oldN * 3);
  for (let j = 0; j < n; j++) {
    const e = ent + j * 3;
    i32[e] = hashes[j]!;
    i32[e + 1] = keys[j]!;
    i32[e + 2] = none;
  }
  i32[k + K_NENTRIES] = n;
  i32[k + K_FIRST] = 0;
  const mask = (1 << i32[k + K_LOG]!) - 1;
  i32.fill(EMPTY, k + K_INDEX, k + K_INDEX + mask + 1);
  for (let j = 0; j < n; j++) i32[k + K_INDEX + emptySlotFor(i32, k, mask, hashes[j]!)] = j;
}

/** True when this very object `key` (identity) is a key of d, found through its slot hash.
 * Runs no Python code (objects/setorder.ts checks a copied set table against the entries). */
export function dictHasIdenticalKey(rt: Runtime, d: Ref, key: Ref, hash: number): boolean {
  const i32 = rt.i32;
  const kref = i32[(d + DICT_KEYS) >> 2]!;
  if (kref === 0) return false;
  const k = kref >> 2;
  const mask = (1 << i32[k + K_LOG]!) - 1;
  const ent = entriesWord(i32, k);
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (;;) {
    const ix = i32[k + K_INDEX + i]!;
    if (ix === EMPTY) return false;
    if (ix >= 0 && i32[ent + ix * 3 + 1] === key) return true;
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}
