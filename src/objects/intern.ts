/*
 * The intern table: one dict in the heap (interpreter state) mapping each interned str to
 * itself. Interned strs are immortal and unique, so identifier comparisons in dict
 * lookups usually hit the identity test. `internJS` is how natives get the ref of a name
 * given as a JS string: it builds a temporary str, looks it up, and keeps either the
 * existing one or the new one (then immortal).
 * --no-gil: the lookup and the insertion run under the table's per-object lock
 * (vm/objlock.ts), so two threads interning the same new name get the same str.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { dictGetStr, dictSetItem } from './dict.js';
import { strFromJS, strIsInterned, strMarkInterned } from './str.js';
import { objLock, objUnlock } from '../vm/objlock.js';

/** Interns a str (borrowed); returns the canonical interned str (borrowed, immortal). */
export function internStr(rt: Runtime, s: Ref): Ref {
  if (strIsInterned(rt, s)) return s;
  if (rt.rc.atomic) return internStrLocked(rt, s);
  const existing = dictGetStr(rt, rt.internTable, s);
  if (existing !== 0) return existing;
  dictSetItem(rt, rt.internTable, s, s);
  strMarkInterned(rt, s);
  return s;
}

/**
 * The interned str of a JS string (borrowed, immortal). Memoised per Runtime
 * (Runtime.internCache): natives look names up by JS string on hot paths (a Condition's
 * `_lock`, the _thread types by name), and building, hashing and looking up the str each
 * time was a quarter of a queue.Queue ping-pong's time.
 */
export function internJS(rt: Runtime, js: string): Ref {
  const cached = rt.internCache.get(js);
  if (cached !== undefined) return cached as Ref;
  const s = strFromJS(rt, js);
  const r = internStr(rt, s);
  if (r !== s) decref(rt, s);
  rt.internCache.set(js, r);
  return r;
}

function internStrLocked(rt: Runtime, s: Ref): Ref {
  const table = rt.internTable;
  const took = objLock(rt, table);
  try {
    const existing = dictGetStr(rt, table, s);
    if (existing !== 0) return existing;
    dictSetItem(rt, table, s, s);
    strMarkInterned(rt, s);
    return s;
  } finally {
    if (took) objUnlock(rt, table);
  }
}
