/*
 * __slots__ storage and its member descriptors (CPython's PyMemberDescr / Objects/descrobject.c
 * member_get / member_set, and the slot part of typeobject.c's type_new).
 *
 * Choice: per-slot storage in the instance, as CPython. Each name a class declares in
 * __slots__ (not '__dict__' / '__weakref__') gets one word of the instance, appended after
 * its primary base's layout (typecall.ts layoutSlots writes TP_BASICSIZE / TP_DICTOFFSET),
 * and a `member_descriptor` (Kind.MEMBER_DESCRIPTOR) in the class dict under the mangled
 * name, holding the word's byte offset. A slot word is 0 while the slot is empty, else a
 * strong reference. Values never live in the instance __dict__ (a subclass that has a
 * __dict__ shows only its own attributes there), so nothing special is needed to hide them,
 * and the eval loop's attribute caches (vm/evalhelpers.ts attrCacheFill), which only cache
 * values found in an instance dict, never cache a slot (one gap there: attrCacheFill does
 * not know a member descriptor is a data descriptor, so an entry put into a subclass
 * instance's dict under a slot's name, `q.__dict__['x'] = v`, can be cached and shadow the
 * slot on later loads). The alternative (member descriptors
 * over the instance dict) would have needed a filtered view of a dict that Python code can
 * also hold and mutate directly: rejected.
 *
 *   member descriptor:  16 MB_NAME   str, the (mangled) attribute name (owned)
 *                       20 MB_TYPE   the class that declared the slot (owned: __objclass__)
 *                       24 MB_OFFSET byte offset of the slot word in an instance (plain int)
 *
 * Which words hold slots: every heap class whose MRO declares a non-empty __slots__ carries
 * TPF_HAS_MEMBERS. Its instances' words from the native (non-heap) base's basic size up to
 * TP_BASICSIZE are slot words, except the __dict__ word when it falls in that range (a
 * class without slots whose base has slots: the dict word is appended after them); words
 * newObject zero-filled and nobody wrote are 0 (padding). The deallocator
 * (objects/dealloc.ts) releases them, the cycle collector (objects/gcsupport.ts) visits and
 * clears them (`slotWordsRange`).
 *
 * --no-gil: a store is an Atomics.exchange of the word and the old value is released after
 * the grace period (vm/nogil.ts releaseValue), as cellSwap does for closure cells; a load
 * is an atomic read then an incref, safe because nothing a reader can have loaded in its
 * current slice dies before that slice ends. Two threads storing the same slot each release
 * exactly the value they replaced. No lock is taken: the slot is one word, so the exchange
 * is the whole critical section (free-threaded CPython takes the object's critical section
 * around the same one-word store).
 *
 * No module-level mutable state.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, newRef } from '../vm/refs.js';
import { raiseAttributeError, raiseTypeError } from '../vm/errors.js';
import { releaseValue } from '../vm/nogil.js';
import { Kind } from './kinds.js';
import { newObject, typeOf } from './object.js';
import { isSubtype, typeName } from './type.js';
import { strToJS, strFromJS } from './str.js';
import { TP_BASE, TP_BASICSIZE, TP_FLAGS, TP_QUALNAME, TP_NAME, TPF_HEAPTYPE, TPF_HAS_MEMBERS } from './typelayout.js';

export const MB_NAME = 16;
export const MB_TYPE = 20;
export const MB_OFFSET = 24;
export const MB_SIZE = 32;

/** A new member descriptor for the slot word at byte `offset` of `owner`'s instances
 * (name and owner borrowed). New reference. */
export function memberNew(rt: Runtime, name: Ref, owner: Ref, offset: number): Ref {
  const d = newObject(rt, rt.kindTypes[Kind.MEMBER_DESCRIPTOR]!, MB_SIZE);
  const i32 = rt.i32;
  incref(rt, name);
  i32[(d + MB_NAME) >> 2] = name;
  incref(rt, owner);
  i32[(d + MB_TYPE) >> 2] = owner;
  i32[(d + MB_OFFSET) >> 2] = offset;
  return d;
}

export function memberName(rt: Runtime, d: Ref): string {
  return strToJS(rt, rt.i32[(d + MB_NAME) >> 2] as Ref);
}

/** `<member 'x' of 'P' objects>` */
export function memberRepr(rt: Runtime, d: Ref): string {
  return `<member '${memberName(rt, d)}' of '${typeName(rt, rt.i32[(d + MB_TYPE) >> 2] as Ref)}' objects>`;
}

/** The descriptor's read-only attributes (__name__, __qualname__, __objclass__, __doc__):
 * new reference, or NULL with no exception for another name. */
export function memberAttr(rt: Runtime, d: Ref, name: string): Ref {
  const i32 = rt.i32;
  const owner = i32[(d + MB_TYPE) >> 2] as Ref;
  switch (name) {
    case '__name__': return newRef(rt, i32[(d + MB_NAME) >> 2] as Ref);
    case '__objclass__': return newRef(rt, owner);
    case '__doc__': return newRef(rt, rt.None);
    case '__qualname__': {
      const q = (i32[(owner + TP_QUALNAME) >> 2] as Ref) || (i32[(owner + TP_NAME) >> 2] as Ref);
      return strFromJS(rt, `${strToJS(rt, q)}.${memberName(rt, d)}`);
    }
    default: return NULL;
  }
}

/** CPython's descr_check: obj must be an instance of the declaring class. */
function applies(rt: Runtime, d: Ref, obj: Ref): boolean {
  const owner = rt.i32[(d + MB_TYPE) >> 2] as Ref;
  if ((obj & 1) === 0 && (rt.i32[obj >> 2] === owner || isSubtype(rt, typeOf(rt, obj), owner))) return true;
  raiseTypeError(rt, `descriptor '${memberName(rt, d)}' for '${typeName(rt, owner)}' objects doesn't apply to a '${typeName(rt, typeOf(rt, obj))}' object`);
  return false;
}

/** d.__get__(obj): the slot's value (new reference), or NULL with AttributeError when the
 * slot is empty (TypeError when obj is not an instance of the declaring class). */
export function memberGet(rt: Runtime, d: Ref, obj: Ref): Ref {
  if (!applies(rt, d, obj)) return NULL;
  const w = (obj + rt.i32[(d + MB_OFFSET) >> 2]!) >> 2;
  const v = rt.rc.atomic ? Atomics.load(rt.i32, w) : rt.i32[w]!;
  if (v === 0) return raiseAttributeError(rt, `'${typeName(rt, typeOf(rt, obj))}' object has no attribute '${memberName(rt, d)}'`);
  incref(rt, v);
  return v as Ref;
}

/** d.__set__(obj, value) (value borrowed) or, value NULL, d.__delete__(obj). 0 or -1. */
export function memberSet(rt: Runtime, d: Ref, obj: Ref, value: Ref): number {
  if (!applies(rt, d, obj)) return -1;
  const i32 = rt.i32;
  const w = (obj + i32[(d + MB_OFFSET) >> 2]!) >> 2;
  if (value !== NULL) incref(rt, value);
  let old: number;
  if (rt.rc.atomic) old = Atomics.exchange(i32, w, value);
  else {
    old = i32[w]!;
    i32[w] = value;
  }
  if (value === NULL && old === 0) {
    // CPython 3.11's member_set: the bare name
    raiseAttributeError(rt, memberName(rt, d));
    return -1;
  }
  if (old !== 0) releaseValue(rt, old as Ref);
  return 0;
}

/**
 * The byte range [from, to) of an instance of heap type t that holds slot words (and
 * possibly its __dict__ word and zero padding), or null when t's layout has no slots.
 */
export function slotWordsRange(rt: Runtime, t: Ref): [number, number] | null {
  const i32 = rt.i32;
  if ((i32[(t + TP_FLAGS) >> 2]! & TPF_HAS_MEMBERS) === 0) return null;
  let b = t;
  while ((i32[(b + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) !== 0) b = i32[(b + TP_BASE) >> 2] as Ref;
  return [i32[(b + TP_BASICSIZE) >> 2]!, i32[(t + TP_BASICSIZE) >> 2]!];
}
