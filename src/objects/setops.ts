/*
 * set algebra (& | - ^) and set comparisons (subset/superset/equality), over the
 * dict-layout sets of set.ts.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { kindOf } from './object.js';
import { Kind } from './kinds.js';
import { dictNextEntry, dictEntryKey, dictContains, dictSize, dictDelItem } from './dict.js';
import { setNew, setAdd } from './set.js';
import { setCanonicalOrder } from './setorder.js';

export function setBinary(rt: Runtime, a: Ref, b: Ref, op: number, inplace: boolean): Ref {
  const frozen = kindOf(rt, a) === Kind.FROZENSET;
  const r = inplace && !frozen ? newRef(rt, a) : setNew(rt, frozen);
  const keys = (s: Ref): Ref[] => {
    const out: Ref[] = [];
    setCanonicalOrder(rt, s);
    for (let ix = dictNextEntry(rt, s, 0); ix >= 0; ix = dictNextEntry(rt, s, ix + 1)) out.push(dictEntryKey(rt, s, ix));
    return out;
  };
  const ka = keys(a), kb = keys(b);
  const fail = (): Ref => { decref(rt, r); return NULL; };
  if (inplace && !frozen) {
    switch (op) {
      case 7: for (const k of kb) if (setAdd(rt, r, k) < 0) return fail(); break;
      case 1: for (const k of ka) { const c = dictContains(rt, b, k); if (c < 0) return fail(); if (!c) dictDelItem(rt, r, k); } break;
      case 10: for (const k of kb) if (dictDelItem(rt, r, k) < 0) return fail(); break;
      case 12: for (const k of kb) { const c = dictContains(rt, r, k); if (c < 0) return fail(); if (c) dictDelItem(rt, r, k); else setAdd(rt, r, k); } break;
    }
    return r;
  }
  switch (op) {
    case 7: for (const k of [...ka, ...kb]) if (setAdd(rt, r, k) < 0) return fail(); break;
    case 1: for (const k of ka) { const c = dictContains(rt, b, k); if (c < 0) return fail(); if (c) setAdd(rt, r, k); } break;
    case 10: for (const k of ka) { const c = dictContains(rt, b, k); if (c < 0) return fail(); if (!c) setAdd(rt, r, k); } break;
    case 12:
      for (const k of ka) { const c = dictContains(rt, b, k); if (c < 0) return fail(); if (!c) setAdd(rt, r, k); }
      for (const k of kb) { const c = dictContains(rt, a, k); if (c < 0) return fail(); if (!c) setAdd(rt, r, k); }
      break;
  }
  return r;
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
