/*
 * set algebra (& | - ^) and set comparisons (subset/superset/equality), over the
 * dict-layout sets of set.ts.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, incref, newRef } from '../vm/refs.js';
import { kindOf } from './object.js';
import { Kind } from './kinds.js';
import { dictNextEntry, dictEntryKey, dictContains, dictSize, dictDelItem, dictClear } from './dict.js';
import { setNew, setAdd } from './set.js';
import { setCanonicalOrder, setNoteMerge, setNoteMergedIntoEmpty, setNoteRemoval, setNoteCleared } from './setorder.js';

/**
 * a OP b for two sets (op: BINARY_OP's 7 |, 1 &, 10 -, 12 ^), in place into a when
 * `inplace`. The elements go in in the order CPython's algorithms add them, and the
 * table-size notes (setorder.ts) follow its resizes, so the result iterates as CPython's.
 */
export function setBinary(rt: Runtime, a: Ref, b: Ref, op: number, inplace: boolean): Ref {
  const frozen = kindOf(rt, a) === Kind.FROZENSET;
  const inPlace = inplace && !frozen;
  const r = inPlace ? newRef(rt, a) : setNew(rt, frozen);
  const keys = (s: Ref): Ref[] => {
    const out: Ref[] = [];
    setCanonicalOrder(rt, s);
    for (let ix = dictNextEntry(rt, s, 0); ix >= 0; ix = dictNextEntry(rt, s, ix + 1)) out.push(dictEntryKey(rt, s, ix));
    return out;
  };
  const ka = keys(a), kb = a === b ? ka : keys(b);
  const fail = (): Ref => { decref(rt, r); return NULL; };
  const addAll = (ks: Ref[]): boolean => { for (const k of ks) if (setAdd(rt, r, k) < 0) return false; return true; };
  if (inPlace) {
    switch (op) {
      case 7: // set_update_internal: one resize up front, then b's elements
        setNoteMerge(rt, r, kb.length);
        if (!addAll(kb)) return fail();
        break;
      case 1: { // set_intersection_update: the body of a fresh intersection
        const kept = intersectionOrder(rt, ka, kb, a, b);
        if (kept === null) return fail();
        for (const k of kept) incref(rt, k);
        dictClear(rt, r);
        setNoteCleared(rt, r);
        const ok = addAll(kept);
        for (const k of kept) decref(rt, k);
        if (!ok) return fail();
        break;
      }
      case 10: // set_difference_update: discards, the table keeps its size
        setNoteRemoval(rt, r);
        if (a === b) { dictClear(rt, r); setNoteCleared(rt, r); break; }
        for (const k of kb) if (dictDelItem(rt, r, k) < 0) return fail();
        break;
      case 12: // set_symmetric_difference_update
        setNoteRemoval(rt, r);
        if (a === b) { dictClear(rt, r); setNoteCleared(rt, r); break; }
        for (const k of kb) { const c = dictContains(rt, r, k); if (c < 0) return fail(); if (c) dictDelItem(rt, r, k); else if (setAdd(rt, r, k) < 0) return fail(); }
        break;
    }
    return r;
  }
  switch (op) {
    case 7: // set_or: a copy of a, then b merged in
      if (!addAll(ka)) return fail();
      setNoteMergedIntoEmpty(rt, r, a);
      setNoteMerge(rt, r, kb.length);
      if (!addAll(kb)) return fail();
      break;
    case 1: {
      const kept = intersectionOrder(rt, ka, kb, a, b);
      if (kept === null || !addAll(kept)) return fail();
      break;
    }
    case 10: {
      // set_difference: a copy of a less b's elements when a is much bigger than b
      for (const k of ka) { const c = dictContains(rt, b, k); if (c < 0) return fail(); if (!c && setAdd(rt, r, k) < 0) return fail(); }
      if ((ka.length >> 2) > kb.length) setNoteMergedIntoEmpty(rt, r, a, ka.length);
      break;
    }
    case 12: {
      // set_symmetric_difference: a copy of b, then a's elements toggled
      if (!addAll(kb)) return fail();
      setNoteMergedIntoEmpty(rt, r, b);
      setNoteRemoval(rt, r);
      for (const k of ka) {
        const c = dictContains(rt, b, k);
        if (c < 0) return fail();
        if (c) { if (dictDelItem(rt, r, k) < 0) return fail(); } else if (setAdd(rt, r, k) < 0) return fail();
      }
      break;
    }
  }
  return r;
}

/** set_intersection's order: the smaller set's elements (b's on a tie) found in the other.
 * Borrowed refs, or null with an exception. */
function intersectionOrder(rt: Runtime, ka: Ref[], kb: Ref[], a: Ref, b: Ref): Ref[] | null {
  const [scan, other] = kb.length > ka.length ? [ka, b] : [kb, a];
  const out: Ref[] = [];
  for (const k of scan) {
    const c = dictContains(rt, other, k);
    if (c < 0) return null;
    if (c) out.push(k);
  }
  return out;
}

function isSubset(rt: Runtime, a: Ref, b: Ref): number {
  if (dictSize(rt, a) > dictSize(rt, b)) return 0;
  for (let ix = dictNextEntry(rt, a, 0); ix >= 0; ix = dictNextEntry(rt, a, ix + 1)) {
    const c = dictContains(rt, b, dictEntryKey(rt, a, ix));
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
