/*
 * `_heapq`: CPython's C heap functions (Modules/_heapqmodule.c), which lib/heapq.py
 * imports over its Python versions as CPython's Lib/heapq.py does. Why native: each call
 * is then ONE step, as in CPython, where heappush / heappop on a list shared by threads
 * need no lock (the GIL is not dropped inside them unless an item's __lt__ is Python
 * code). In Python they are many loads and stores that threads interleave (at a switch
 * under the GIL, at any moment with --no-gil, where a native holds the list's lock:
 * vm/critical.ts callNativeLocked), leaving a broken heap.
 *
 * The sift loops are _heapqmodule.c's: items are swapped inside the list (a permutation:
 * no count changes), both items of a comparison are held (incref) while __lt__ runs,
 * and a list whose size changed during a comparison raises CPython's RuntimeError.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { raiseIndexError, raiseRuntimeError, raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { richCompareBool, typeNameOf } from '../objects/abstract.js';
import { LIST_SIZE, listAppend, listItemsWord, listSize } from '../objects/list.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

/** richCompareBool's op for < (CMP_OPS index 0). */
const CMP_LT = 0;

/** a < b with both held while a Python __lt__ may run: 1, 0 or -1. */
export function itemLess(rt: Runtime, a: Ref, b: Ref): number {
  incref(rt, a);
  incref(rt, b);
  const r = richCompareBool(rt, a, b, CMP_LT);
  decref(rt, a);
  decref(rt, b);
  return r;
}

function raiseSizeChanged(rt: Runtime): number {
  raiseRuntimeError(rt, 'list changed size during iteration');
  return -1;
}

/** _heapqmodule.c siftdown: moves the item at pos up towards startpos. 0 or -1. */
function siftDown(rt: Runtime, heap: Ref, startpos: number, pos: number): number {
  const size = listSize(rt, heap);
  const i32 = rt.i32;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    let items = listItemsWord(rt, heap);
    const cmp = itemLess(rt, i32[items + pos] as Ref, i32[items + parentpos] as Ref);
    if (cmp < 0) return -1;
    if (size !== listSize(rt, heap)) return raiseSizeChanged(rt);
    if (cmp === 0) break;
    items = listItemsWord(rt, heap); // __lt__ may have moved the item array
    const parent = i32[items + parentpos]!;
    i32[items + parentpos] = i32[items + pos]!;
    i32[items + pos] = parent;
    pos = parentpos;
  }
  return 0;
}

/** _heapqmodule.c siftup: moves the smaller child up from pos to a leaf, then siftDown. */
function siftUp(rt: Runtime, heap: Ref, pos: number): number {
  const endpos = listSize(rt, heap);
  const startpos = pos;
  const limit = endpos >> 1;
  const i32 = rt.i32;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const items = listItemsWord(rt, heap);
      const cmp = itemLess(rt, i32[items + childpos] as Ref, i32[items + childpos + 1] as Ref);
      if (cmp < 0) return -1;
      childpos += cmp ^ 1; // the right child when the left is not smaller
      if (endpos !== listSize(rt, heap)) return raiseSizeChanged(rt);
    }
    const items = listItemsWord(rt, heap);
    const child = i32[items + childpos]!;
    i32[items + childpos] = i32[items + pos]!;
    i32[items + pos] = child;
    pos = childpos;
  }
  return siftDown(rt, heap, startpos, pos);
}

/** The list argument, or NULL with CPython's TypeError ("heappush() argument 1 must be
 * list, not int"; `argument` is "argument" for the one-argument functions). */
function heapArg(rt: Runtime, name: string, heap: Ref, argument: string): Ref {
  if ((heap & 1) === 1 || kindOf(rt, heap) !== Kind.LIST) return raiseTypeError(rt, `${name}() ${argument} must be list, not ${heap === rt.None ? 'None' : typeNameOf(rt, heap)}`); // _PyArg_BadArgument names None as 'None'
  return heap;
}

/** Removes and returns (new reference) the last item of a non-empty list. */
function popLast(rt: Runtime, heap: Ref): Ref {
  const n = listSize(rt, heap);
  const last = rt.i32[listItemsWord(rt, heap) + n - 1] as Ref;
  rt.i32[(heap + LIST_SIZE) >> 2] = n - 1; // the list's reference passes to the caller
  return last;
}

/** heappop / heapreplace: the root (new reference), replaced by `item` (stolen) and sifted. */
function replaceRoot(rt: Runtime, heap: Ref, item: Ref): Ref {
  const items = listItemsWord(rt, heap);
  const root = rt.i32[items] as Ref;
  rt.i32[items] = item;
  if (siftUp(rt, heap, 0) < 0) {
    decref(rt, root);
    return NULL;
  }
  return root;
}

const HEAPQ_FUNCTIONS = defineFunctions([
  ['heappush', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'heappush', nargs, kwnames, 2, 2)) return NULL;
    const heap = heapArg(rt, 'heappush', rt.i32[args] as Ref, 'argument 1');
    if (heap === NULL) return NULL;
    listAppend(rt, heap, rt.i32[args + 1] as Ref);
    return siftDown(rt, heap, 0, listSize(rt, heap) - 1) < 0 ? NULL : rt.None;
  }],
  ['heappop', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'heappop', nargs, kwnames, 1, 1)) return NULL;
    const heap = heapArg(rt, 'heappop', rt.i32[args] as Ref, 'argument');
    if (heap === NULL) return NULL;
    if (listSize(rt, heap) === 0) return raiseIndexError(rt, 'index out of range');
    const last = popLast(rt, heap);
    if (listSize(rt, heap) === 0) return last;
    return replaceRoot(rt, heap, last);
  }],
  ['heapreplace', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'heapreplace', nargs, kwnames, 2, 2)) return NULL;
    const heap = heapArg(rt, 'heapreplace', rt.i32[args] as Ref, 'argument 1');
    if (heap === NULL) return NULL;
    if (listSize(rt, heap) === 0) return raiseIndexError(rt, 'index out of range');
    const item = rt.i32[args + 1] as Ref;
    incref(rt, item);
    return replaceRoot(rt, heap, item);
  }],
  ['heappushpop', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'heappushpop', nargs, kwnames, 2, 2)) return NULL;
    const heap = heapArg(rt, 'heappushpop', rt.i32[args] as Ref, 'argument 1');
    if (heap === NULL) return NULL;
    const item = rt.i32[args + 1] as Ref;
    if (listSize(rt, heap) === 0) {
      incref(rt, item);
      return item;
    }
    const cmp = itemLess(rt, rt.i32[listItemsWord(rt, heap)] as Ref, item);
    if (cmp < 0) return NULL;
    if (cmp === 0) {
      incref(rt, item);
      return item;
    }
    if (listSize(rt, heap) === 0) return raiseIndexError(rt, 'index out of range');
    incref(rt, item);
    return replaceRoot(rt, heap, item);
  }],
  ['heapify', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'heapify', nargs, kwnames, 1, 1)) return NULL;
    const heap = heapArg(rt, 'heapify', rt.i32[args] as Ref, 'argument');
    if (heap === NULL) return NULL;
    for (let i = (listSize(rt, heap) >> 1) - 1; i >= 0; i--) if (siftUp(rt, heap, i) < 0) return NULL;
    return rt.None;
  }],
]);

export function createHeapqNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_heapq', HEAPQ_FUNCTIONS, []);
}
