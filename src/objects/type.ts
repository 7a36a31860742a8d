/*
 * type: type objects (layout in typelayout.ts), attribute lookup along the MRO, C3
 * linearisation, subtype tests, and creation of classes by the class statement.
 *
 * Built-in types are immortal and created at bootstrap (vm/interp.ts) from the kind
 * table; their methods live in their dict as method descriptors (objects/method.ts)
 * pointing into the native table. A class statement creates a heap type: mortal,
 * counted, kind = the kind of its solid base, TPF_HEAPTYPE set so that the generic
 * operations (objects/abstract.ts) look dunder methods up in its MRO.
 *
 * Lookups walk TP_MRO and probe each class dict with the str fast path (no Python code
 * runs). In front of that walk sits a lookup cache (CPython's type attribute cache): per
 * executor (Runtime.typeCache, a direct-mapped Int32Array of [type, name, entry]
 * triples, where entry is the heap word of the class dict entry the lookup found, or 0:
 * misses are cached too), valid for one value of the heap-wide type epoch
 * (HDR_TYPE_EPOCH). A hit reads the entry's current value. Anything that changes where a
 * lookup finds a name, or whether a cached answer may still be used, bumps the epoch
 * (typeModified): a type's creation (a new type may reuse a dead one's address),
 * setattr/delattr on a class, the end of class creation and of bootstrap. One store does
 * not: replacing a plain (non-descriptor) value of a name already in the class's own
 * namespace with another (typeStoreKeepsCaches): the entry stays where it was.
 * Only immortal (interned) names are cached, so a cached name ref can never be freed and
 * reused for another string. `C.__dict__` is a read-only
 * mappingproxy (abstract.ts mappingProxyNew), so no Python code writes a class dict
 * behind the epoch's back.
 */
import { NULL, type Ref, IMMORTAL_REFCNT, OB_REF_LOCAL } from '../heap/layout.js';
import { HDR_TYPE_EPOCH } from '../heap/memory.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { raiseTypeError } from '../vm/errors.js';
import { newObject, kindOf, DICT_AFTER_VALUE } from './object.js';
import { dictGetStr, dictNew, dictStrEntryWord } from './dict.js';
import { tupleFromRefs, tupleItem, tupleSize, TUPLE_ITEMS_WORD } from './tuple.js';
import { strToJS } from './str.js';
import { Kind } from './kinds.js';
import { BUILTIN_SLOT_HOOK } from './slothook.js';
import { listNew, listAppend } from './list.js';
import { forEachObject } from '../heap/alloc.js';
import { parallelRunning } from '../vm/nogil.js';
import { stopTheWorld, resumeTheWorld } from '../vm/stw.js';
import {
  TP_BASE, TP_BASES, TP_BASICSIZE, TP_DICT, TP_DICTOFFSET, TP_FLAGS, TP_KIND, TP_MRO,
  TP_NAME, TP_NEW_NATIVE, TP_QUALNAME, TP_SIZE, TP_VERSION, TPF_BASETYPE, TPF_EXCEPTION, TPF_HEAPTYPE,
  TPF_C_TYPE_NAME, TPF_ADDS_SLOTS,
} from './typelayout.js';

export * from './typelayout.js';

/** Allocates a type object (fields zero except kind, flags, sizes). New reference. */
export function typeAlloc(rt: Runtime, kind: Kind, flags: number, basicsize: number, dictoffset: number): Ref {
  const t = newObject(rt, rt.tType, TP_SIZE);
  const i32 = rt.i32;
  i32[(t + TP_KIND) >> 2] = kind;
  i32[(t + TP_FLAGS) >> 2] = flags;
  i32[(t + TP_BASICSIZE) >> 2] = basicsize;
  i32[(t + TP_DICTOFFSET) >> 2] = dictoffset;
  i32[(t + TP_NEW_NATIVE) >> 2] = -1;
  typeModified(rt);
  return t;
}

/** Invalidates every executor's type lookup cache (see the module comment). */
export function typeModified(rt: Runtime): void {
  Atomics.add(rt.i32, HDR_TYPE_EPOCH >> 2, 1);
}

export function typeFlags(rt: Runtime, t: Ref): number {
  return rt.i32[(t + TP_FLAGS) >> 2]!;
}

export function typeKind(rt: Runtime, t: Ref): Kind {
  return rt.i32[(t + TP_KIND) >> 2] as Kind;
}

export function typeDict(rt: Runtime, t: Ref): Ref {
  return rt.i32[(t + TP_DICT) >> 2] as Ref;
}

export function typeMro(rt: Runtime, t: Ref): Ref {
  return rt.i32[(t + TP_MRO) >> 2] as Ref;
}

/** The name error messages give the type: __name__, or for a lib class standing for a C
 * type (TPF_C_TYPE_NAME) CPython's tp_name, `module.name` ('collections.deque'). */
export function typeName(rt: Runtime, t: Ref): string {
  const name = strToJS(rt, rt.i32[(t + TP_NAME) >> 2] as Ref);
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_C_TYPE_NAME) === 0) return name;
  const module = dictGetStr(rt, rt.i32[(t + TP_DICT) >> 2] as Ref, rt.names.__module__);
  if (module === NULL || kindOf(rt, module) !== Kind.STR) return name;
  const moduleName = strToJS(rt, module);
  return moduleName === 'builtins' ? name : `${moduleName}.${name}`; // odict_keys: a builtins type
}

export function typeQualname(rt: Runtime, t: Ref): string {
  const q = rt.i32[(t + TP_QUALNAME) >> 2] as Ref;
  return q !== 0 ? strToJS(rt, q) : typeName(rt, t);
}

export function isHeapType(rt: Runtime, t: Ref): boolean {
  return (rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
}

/** Looks `name` (a str) up in t's MRO. Borrowed, NULL if absent. Never fails. */
export function typeLookup(rt: Runtime, t: Ref, name: Ref): Ref {
  const i32 = rt.i32;
  if ((name & 1) === 0 && i32[(name + OB_REF_LOCAL) >> 2]! >= IMMORTAL_REFCNT) {
    const cache = rt.typeCache;
    const epoch = i32[HDR_TYPE_EPOCH >> 2]!;
    if (rt.typeCacheEpoch !== epoch) {
      cache.fill(0);
      rt.typeCacheEpoch = epoch;
    }
    const h = (Math.imul(t ^ Math.imul(name, 0x85ebca6b), 0x9e3779b1) >>> 20) * 3; // 4096 entries: top 12 bits
    let entry: number;
    if (cache[h] === t && cache[h + 1] === name) entry = cache[h + 2]!;
    else {
      entry = typeLookupEntry(rt, t, name);
      cache[h] = t;
      cache[h + 1] = name;
      cache[h + 2] = entry;
    }
    return entry === 0 ? NULL : (i32[entry + 2] as Ref);
  }
  return typeLookupUncached(rt, t, name);
}

/** The dict entry (heap word, value at + 2) that a lookup of `name` along t's MRO finds, 0 if none. */
export function typeLookupEntry(rt: Runtime, t: Ref, name: Ref): number {
  const i32 = rt.i32;
  const mro = i32[(t + TP_MRO) >> 2]!;
  if (mro === 0) {
    const d = i32[(t + TP_DICT) >> 2] as Ref;
    return d === 0 ? 0 : dictStrEntryWord(rt, d, name);
  }
  const n = i32[(mro >> 2) + 4]!;
  const items = (mro >> 2) + TUPLE_ITEMS_WORD;
  const heap = (i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0;
  for (let i = 0; i < n; i++) {
    const base = i32[items + i]!;
    const e = dictStrEntryWord(rt, i32[(base + TP_DICT) >> 2] as Ref, name);
    if (e !== 0) return e;
    // A built-in base (other than object) whose slot wrapper for this dunder CPython keeps
    // in its dict, as it does every slot: the lookup ends in that base's own MRO, so that
    // a mixin after it does not win (`class Stack(list, ReprMixin)`: list's __repr__,
    // __len__, __init__). gilvm's built-in types hold no wrappers in their dicts
    // (objects/slotwrappers.ts), so the rest of the search is the base's own lookup, which
    // is what a subclass of the base alone finds.
    if (heap && i > 0 && i < n - 1 && (i32[(base + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0 && base !== rt.tObject &&
        BUILTIN_SLOT_HOOK.defines(rt, i32[(base + TP_KIND) >> 2] as Kind, name)) {
      return typeLookupEntry(rt, base as Ref, name);
    }
  }
  return 0;
}

function typeLookupUncached(rt: Runtime, t: Ref, name: Ref): Ref {
  const e = typeLookupEntry(rt, t, name);
  return e === 0 ? NULL : (rt.i32[e + 2] as Ref);
}

/**
 * Whether `C.name = value` (d = C's namespace, nm = name's text) can replace the value in
 * place without invalidating any lookup cache, so without bumping the type epoch: the name
 * is already in C's own namespace (no lookup along any MRO changes where it finds the
 * name, and the dict is not resized, so the entry words the type cache holds stay valid),
 * it is not a dunder (slots and TPF_HAS_* flags derive from those), and neither the old
 * value nor the new one is a descriptor (their types define none of __get__, __set__,
 * __delete__: the inline caches of eval.ts assume "no data descriptor for the name", and
 * LOAD_METHOD's cache holds a function, which has __get__). A class counter such as
 * `Shape.count += 1` in __init__ is this case; with a bump per store every attribute and
 * method cache of the program missed after each instance creation (bench/programs/
 * objects.py). CPython bumps the type's own version tag and its subclasses' instead. Not
 * while executors run in parallel (--no-gil): there a store bumps as before (readers of
 * the entry read it without the dict's lock).
 */
export function typeStoreKeepsCaches(rt: Runtime, d: Ref, name: Ref, nm: string, value: Ref): boolean {
  if (nm.startsWith('__') || parallelRunning(rt.heap) || d === NULL) return false;
  const e = dictStrEntryWord(rt, d, name);
  if (e === 0) return false;
  return !isDescriptorValue(rt, rt.i32[e + 2] as Ref) && !isDescriptorValue(rt, value);
}

/** True if v would act as a descriptor in a class's namespace (a store replacing it, or
 * storing it, must bump the epoch: typeStoreKeepsCaches). */
export function isDescriptorValue(rt: Runtime, v: Ref): boolean {
  if ((v & 1) === 1) return false; // a small int
  const t = rt.i32[v >> 2] as Ref;
  // built-in descriptors whose __get__ / __set__ are slot wrappers, not type-dict entries
  const k = rt.i32[(t + TP_KIND) >> 2] as Kind;
  // functions and the method wrappers are descriptors too (their __get__ is not in their
  // type's dict here): LOAD_METHOD's inline cache holds the function itself, so replacing
  // one must bump the epoch (a stale cache called the freed function)
  if (k === Kind.PROPERTY || k === Kind.MEMBER_DESCRIPTOR || k === Kind.FUNCTION || k === Kind.METHOD_DESCRIPTOR ||
      k === Kind.STATICMETHOD || k === Kind.CLASSMETHOD) return true;
  const names = rt.names;
  return typeLookup(rt, t, names.__get__) !== NULL || typeLookup(rt, t, names.__set__) !== NULL ||
    typeLookup(rt, t, names.__delete__) !== NULL;
}

/** True if a is b or a subclass of b (MRO membership). */
export function isSubtype(rt: Runtime, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const i32 = rt.i32;
  const mro = i32[(a + TP_MRO) >> 2]!;
  if (mro === 0) {
    for (let t = i32[(a + TP_BASE) >> 2]!; t !== 0; t = i32[(t + TP_BASE) >> 2]!) if (t === b) return true;
    return b === rt.tObject;
  }
  const n = i32[(mro >> 2) + 4]!;
  const items = (mro >> 2) + TUPLE_ITEMS_WORD;
  for (let i = 0; i < n; i++) if (i32[items + i] === b) return true;
  return false;
}

/** C3 linearisation of t over its bases (TP_BASES set). NULL + TypeError if impossible. */
export function computeMro(rt: Runtime, t: Ref): Ref {
  const bases = rt.i32[(t + TP_BASES) >> 2] as Ref;
  const nb = tupleSize(rt, bases);
  const seqs: Ref[][] = [];
  for (let i = 0; i < nb; i++) {
    const b = tupleItem(rt, bases, i);
    const mro = typeMro(rt, b);
    const s: Ref[] = [];
    for (let j = 0; j < tupleSize(rt, mro); j++) s.push(tupleItem(rt, mro, j));
    seqs.push(s);
  }
  const baseList: Ref[] = [];
  for (let i = 0; i < nb; i++) baseList.push(tupleItem(rt, bases, i));
  for (let i = 0; i < nb; i++) {
    if (baseList.indexOf(baseList[i]!) !== i) {
      raiseTypeError(rt, `duplicate base class ${typeName(rt, baseList[i]!)}`);
      return NULL;
    }
  }
  seqs.push(baseList);
  const result: Ref[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) break;
    let found: Ref | null = null;
    for (const s of live) {
      const cand = s[0]!;
      if (!live.some((o) => o.indexOf(cand) > 0)) {
        found = cand;
        break;
      }
    }
    if (found === null) {
      // CPython's set_mro_error: the heads of the sequences left to merge, each once
      const heads: Ref[] = [];
      for (const q of live) if (!heads.includes(q[0]!)) heads.push(q[0]!);
      const names = heads.map((b) => typeName(rt, b)).join(', ');
      raiseTypeError(rt, `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
      return NULL;
    }
    result.push(found);
    for (const s of live) if (s[0] === found) s.shift();
  }
  return tupleFromRefs(rt, result);
}

/** The solid base of a class (the base whose layout instances must have). */
export function solidBase(rt: Runtime, t: Ref): Ref {
  let b = t;
  // built-in exceptions all share BaseException's layout (class E(OSError, ValueError) is fine);
  // a class declaring non-empty __slots__ adds words to its base's layout (typecall.ts layoutSlots)
  for (;;) {
    const heap = isHeapType(rt, b);
    if (heap && (typeFlags(rt, b) & TPF_ADDS_SLOTS) !== 0) break;
    if (!heap && (b === rt.tBaseException || rt.i32[(b + TP_KIND) >> 2] !== Kind.BASE_EXCEPTION)) break;
    b = rt.i32[(b + TP_BASE) >> 2] as Ref;
  }
  return b;
}

/**
 * The primary base of a class with these bases (a non-empty tuple of classes, borrowed):
 * the one whose solid base is the most derived (CPython's best_base), or NULL with
 * TypeError when two solid bases are unrelated.
 */
export function bestBase(rt: Runtime, bases: Ref): Ref {
  let primary = tupleItem(rt, bases, 0);
  for (let i = 1; i < tupleSize(rt, bases); i++) {
    const b = tupleItem(rt, bases, i);
    const sb = solidBase(rt, b);
    const sp = solidBase(rt, primary);
    if (sb === sp) continue;
    if (isSubtype(rt, sb, sp)) primary = b;
    else if (!isSubtype(rt, sp, sb)) return raiseTypeError(rt, 'multiple bases have instance lay-out conflict');
  }
  return primary;
}

/**
 * Creates a class: type(name, bases, dict). `bases` a tuple (may be empty: object),
 * `dict` the namespace (copied). New reference, or NULL with an exception.
 */
export function typeNewHeap(rt: Runtime, name: Ref, bases: Ref, ns: Ref, qualname: Ref): Ref {
  const i32 = rt.i32;
  let nb = tupleSize(rt, bases);
  let ownBases = bases;
  if (nb === 0) {
    ownBases = tupleFromRefs(rt, [rt.tObject]);
    nb = 1;
  } else incref(rt, bases);
  for (let i = 0; i < nb; i++) {
    const b = tupleItem(rt, ownBases, i);
    if ((rt.i32[b >> 2]) !== rt.tType && !isSubtype(rt, rt.i32[b >> 2] as Ref, rt.tType)) {
      decref(rt, ownBases);
      // CPython computes the metaclass first: a base whose type is not a type's base conflicts
      return raiseTypeError(rt, isSubtype(rt, rt.tType, rt.i32[b >> 2] as Ref) ? 'bases must be types'
        : 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
    if ((typeFlags(rt, b) & TPF_BASETYPE) === 0) {
      decref(rt, ownBases);
      return raiseTypeError(rt, `type '${typeName(rt, b)}' is not an acceptable base type`);
    }
  }
  // the primary base: the one with the most derived solid base
  const primary = bestBase(rt, ownBases);
  if (primary === NULL) {
    decref(rt, ownBases);
    return NULL;
  }
  const kind = typeKind(rt, primary);
  const baseSize = i32[(primary + TP_BASICSIZE) >> 2]!;
  let dictoffset = i32[(primary + TP_DICTOFFSET) >> 2]!;
  let basicsize = baseSize;
  // variable-size values (int digits, str units, tuple items follow the header) have no
  // fixed place for a __dict__ word: it follows the value (objects/object.ts dictWordOffset)
  const varSized = kind === Kind.INT || kind === Kind.STR || kind === Kind.TUPLE;
  if (dictoffset === 0) {
    if (varSized) dictoffset = DICT_AFTER_VALUE;
    else {
      dictoffset = baseSize;
      basicsize = baseSize + 8;
    }
  }
  const flags = TPF_HEAPTYPE | TPF_BASETYPE | (typeFlags(rt, primary) & TPF_EXCEPTION);
  const t = typeAlloc(rt, kind, flags, basicsize, dictoffset);
  i32[(t + TP_VERSION) >> 2] = Atomics.load(i32, HDR_TYPE_EPOCH >> 2); // creation stamp (typeSubclasses)
  incref(rt, name);
  i32[(t + TP_NAME) >> 2] = name;
  incref(rt, qualname);
  i32[(t + TP_QUALNAME) >> 2] = qualname;
  incref(rt, primary);
  i32[(t + TP_BASE) >> 2] = primary;
  i32[(t + TP_BASES) >> 2] = ownBases;
  i32[(t + TP_NEW_NATIVE) >> 2] = i32[(primary + TP_NEW_NATIVE) >> 2]!;
  const d = dictNew(rt);
  i32[(t + TP_DICT) >> 2] = d;
  const mro = computeMro(rt, t);
  if (mro === NULL) {
    decref(rt, t);
    return NULL;
  }
  i32[(t + TP_MRO) >> 2] = mro;
  if (ns !== NULL) {
    // copy the namespace
    return t;
  }
  return t;
}

const subclassesRetrySleep = new Int32Array(new SharedArrayBuffer(4));

/**
 * Calls `visit` for every live type object. A type keeps no list of its subclasses
 * (CPython's tp_subclasses), so its subclasses are found by this heap walk: under the GIL
 * nothing allocates meanwhile; without it the world is stopped for the walk (vm/stw.ts;
 * retried for ~100 ms, then the walk runs anyway, reading only).
 */
export function forEachLiveType(rt: Runtime, visit: (type: Ref) => void): void {
  const i32 = rt.i32;
  let stopped = false;
  if (parallelRunning(rt.heap)) {
    for (let attempt = 0; attempt < 100 && !stopped; attempt++) {
      stopped = stopTheWorld(rt);
      if (!stopped) Atomics.wait(subclassesRetrySleep, 0, 0, 1);
    }
  }
  try {
    forEachObject(rt.heap, (ref) => {
      const meta = i32[ref >> 2] as Ref;
      if (meta !== rt.tType && (meta === NULL || i32[(meta + TP_KIND) >> 2] !== Kind.TYPE)) return;
      visit(ref as Ref);
    });
  } finally {
    if (stopped) resumeTheWorld(rt);
  }
}

/**
 * Sets a hook flag (TPF_HAS_GETATTR, TPF_HAS_SETATTR, TPF_HAS_DEL ...) on `t` and on every
 * class that inherits from it: a hook assigned to a base after its subclasses were made
 * applies to them too, as the MRO lookup finds it (rare: class-level assignment of these
 * dunders, so the heap walk is affordable).
 */
export function typeSetFlagWithSubclasses(rt: Runtime, t: Ref, flag: number): void {
  const i32 = rt.i32;
  i32[(t + TP_FLAGS) >> 2]! |= flag;
  forEachLiveType(rt, (type) => {
    if (type !== t && i32[(type + TP_MRO) >> 2] !== 0 && isSubtype(rt, type, t)) i32[(type + TP_FLAGS) >> 2]! |= flag;
  });
}

/**
 * C.__subclasses__(): the live types whose __bases__ name `t`, in creation order (the
 * TP_VERSION stamp typeNewHeap writes; built-in types have 0, then address order, which is
 * bootstrap order). New reference: a list, or NULL with an exception.
 */
export function typeSubclasses(rt: Runtime, t: Ref): Ref {
  const i32 = rt.i32;
  const found: Ref[] = [];
  forEachLiveType(rt, (type) => {
    const bases = i32[(type + TP_BASES) >> 2] as Ref;
    if (bases === NULL || type === t) return;
    const n = tupleSize(rt, bases);
    for (let i = 0; i < n; i++) {
      if (tupleItem(rt, bases, i) === t) {
        incref(rt, type);
        found.push(type);
        return;
      }
    }
  });
  const stamp = (x: Ref): number => i32[(x + TP_VERSION) >> 2]!;
  found.sort((a, b) => stamp(a) - stamp(b) || a - b);
  const list = listNew(rt, found.length);
  for (const sub of found) {
    listAppend(rt, list, sub);
    decref(rt, sub);
  }
  return list;
}

/** Names in the `builtins` module print unqualified; others as module.qualname. */
export function typeReprName(rt: Runtime, t: Ref, moduleName: string | null): string {
  const q = typeQualname(rt, t);
  if (moduleName === null || moduleName === 'builtins') return q;
  return `${moduleName}.${q}`;
}
