/*
 * The intern table: one dict in the heap (interpreter state) mapping each interned str to
 * itself. Interned strs are immortal and unique, so identifier comparisons in dict
 * lookups usually hit the identity test. `internJS` is how natives get the ref of a name
 * given as a JS string: it builds a temporary str, looks it up, and keeps either the
 * existing one or the new one (then immortal).
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { dictGetStr, dictSetItem } from './dict.js';
import { strFromJS, strIsInterned, strMarkInterned } from './str.js';

/** Interns a str (borrowed); returns the canonical interned str (borrowed, immortal). */
export function internStr(rt: Runtime, s: Ref): Ref {
  if (strIsInterned(rt, s)) return s;
  const existing = dictGetStr(rt, rt.internTable, s);
  if (existing !== 0) return existing;
  dictSetItem(rt, rt.internTable, s, s);
  strMarkInterned(rt, s);
  return s;
}

export function internJS(rt: Runtime, js: string): Ref {
  const s = strFromJS(rt, js);
  const r = internStr(rt, s);
  if (r !== s) decref(rt, s);
  return r;
}
