/*
 * `gilvm run --heap-report FILE`: at the end of the run (after the program finished and its
 * output was flushed, before any --check-refs teardown), the live mortal objects of the
 * heap by type: how many and how many bytes their blocks occupy, written as JSON:
 *
 *   { "kinds": [ { "type": "int", "count": 12, "bytes": 384 }, ... ],
 *     "heapBytes": 4194304 }
 *
 * sorted by bytes, largest first. An object's bytes are its block plus the raw blocks only
 * it owns: a dict's or set's keys table (DICT_KEYS) and a list's item array (LIST_ITEMS).
 * `heapBytes` is the committed heap (the part of the
 * SharedArrayBuffer the allocator has handed out pages from). Immortal objects (built-in
 * types, interned names, code constants) are left out: they are the interpreter's, not
 * the program's. The bench (bench/README.md, "Heap bytes per object kind") reads it.
 */
import { writeFileSync } from 'node:fs';
import type { Ref } from '../heap/layout.js';
import { IMMORTAL_REFCNT, OB_REF_LOCAL } from '../heap/layout.js';
import { blockSize, forEachObject, heapStats } from '../heap/alloc.js';
import { Kind } from '../objects/kinds.js';
import { DICT_KEYS } from '../objects/dict.js';
import { LIST_ITEMS } from '../objects/list.js';
import type { Runtime } from './runtime.js';
import { TP_KIND, TP_NAME } from '../objects/typelayout.js';
import { strToJS } from '../objects/str.js';

export interface HeapReport {
  kinds: { type: string; count: number; bytes: number }[];
  heapBytes: number;
}

export function heapReport(rt: Runtime): HeapReport {
  const i32 = rt.i32;
  const heap = rt.heap;
  const byType = new Map<number, { count: number; bytes: number }>();
  forEachObject(heap, (ref) => {
    const w = ref >> 2;
    if (i32[w + (OB_REF_LOCAL >> 2)]! >= IMMORTAL_REFCNT) return;
    const type = i32[w]!;
    let bytes = blockSize(heap, ref);
    const kind = i32[(type + TP_KIND) >> 2]!;
    if (kind === Kind.DICT || kind === Kind.SET || kind === Kind.FROZENSET) {
      const keys = i32[(ref + DICT_KEYS) >> 2]!;
      if (keys !== 0) bytes += blockSize(heap, keys as Ref);
    } else if (kind === Kind.LIST) {
      const items = i32[(ref + LIST_ITEMS) >> 2]!;
      if (items !== 0) bytes += blockSize(heap, items as Ref);
    }
    const entry = byType.get(type) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += bytes;
    byType.set(type, entry);
  });
  const byName = new Map<string, { count: number; bytes: number }>();
  for (const [type, usage] of byType) {
    const nameRef = i32[(type + TP_NAME) >> 2]! as Ref;
    const name = nameRef === 0 ? `<type at ${type}>` : strToJS(rt, nameRef);
    const entry = byName.get(name) ?? { count: 0, bytes: 0 };
    entry.count += usage.count;
    entry.bytes += usage.bytes;
    byName.set(name, entry);
  }
  const kinds = [...byName.entries()]
    .map(([type, u]) => ({ type, count: u.count, bytes: u.bytes }))
    .sort((a, b) => b.bytes - a.bytes || (a.type < b.type ? -1 : 1));
  return { kinds, heapBytes: heapStats(heap).committedBytes };
}

export function writeHeapReport(rt: Runtime, path: string): void {
  writeFileSync(path, JSON.stringify(heapReport(rt), null, 1) + '\n');
}
