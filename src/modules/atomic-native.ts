/*
 * `_atomic`: natives that give lib/'s read-modify-write steps the atomicity CPython's C
 * code has. Under the GIL a native runs without a switch (unless it calls Python code:
 * an element's __hash__ / __eq__, an iterable's __next__, an __add__, as in CPython), and
 * with --no-gil a native holds the lock of each built-in container among its arguments
 * (vm/critical.ts callNativeLocked; count_elements locks its Counter itself). The
 * same steps written in Python are a load and a store that two threads interleave (at a
 * switch under the GIL, at any moment without it) and lose an update.
 *
 *   count_elements(mapping, iterable)  CPython's _collections._count_elements:
 *       Counter(iterable) and Counter.update(iterable) count every element into mapping
 *       (a dict, or a subclass whose get and __setitem__ are dict's: lib/collections.py
 *       checks that and keeps a Python loop otherwise, as the C function calls them), so
 *       threads updating one shared Counter lose no counts.
 *   fetch_add(box, step)  box[0] += step, returning the old box[0] (box: a 1-item list):
 *       next() of itertools.count, which threads share to hand out unique ids
 *       ("next(counter) is atomic" is a GIL lesson); a generator shared by threads would
 *       instead raise "generator already executing".
 */
import { NULL, smallIntRef, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { errOccurred, raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { binaryOp, getIter, iterNext } from '../objects/abstract.js';
import { dictGetItem, dictSetItem } from '../objects/dict.js';
import { LIST_ITEMS, LIST_SIZE } from '../objects/list.js';
import { NB_OPS } from '../compiler/opcodes.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

/** BINARY_OP's oparg for + (compiler/opcodes.ts NB_OPS). */
const NB_ADD = NB_OPS.indexOf('+');

/** mapping[elem] = mapping.get(elem, 0) + 1 on the dict layout: 0, or -1 with the error set. */
function countOne(rt: Runtime, mapping: Ref, elem: Ref): number {
  const old = dictGetItem(rt, mapping, elem); // borrowed
  if (old === NULL && errOccurred(rt)) return -1;
  const one = smallIntRef(1);
  const count = old === NULL ? one : binaryOp(rt, old, one, NB_ADD);
  if (count === NULL) return -1;
  const r = dictSetItem(rt, mapping, elem, count);
  decref(rt, count);
  return r;
}

/** Counts every element of `iterable` into `mapping` (dict layout): None or NULL. */
function countElements(rt: Runtime, mapping: Ref, iterable: Ref): Ref {
  const it = getIter(rt, iterable);
  if (it === NULL) return NULL;
  for (;;) {
    const elem = iterNext(rt, it);
    if (elem === NULL) break;
    const r = countOne(rt, mapping, elem);
    decref(rt, elem);
    if (r < 0) break;
  }
  decref(rt, it);
  return errOccurred(rt) ? NULL : rt.None;
}

const ATOMIC_FUNCTIONS = defineFunctions([
  ['count_elements', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'count_elements', nargs, kwnames, 2, 2)) return NULL;
    const mapping = rt.i32[args] as Ref;
    if ((mapping & 1) === 1 || kindOf(rt, mapping) !== Kind.DICT) return raiseTypeError(rt, 'count_elements(dict, iterable)');
    // --no-gil: the mapping is a Counter, a dict subclass, which vm/critical.ts does not
    // lock for natives (exact containers only): the whole count is one critical section
    const took = rt.rc.atomic && objLock(rt, mapping);
    try {
      return countElements(rt, mapping, rt.i32[args + 1] as Ref);
    } finally {
      if (took) objUnlock(rt, mapping);
    }
  }],
  ['fetch_add', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'fetch_add', nargs, kwnames, 2, 2)) return NULL;
    const i32 = rt.i32;
    const box = i32[args] as Ref;
    if ((box & 1) === 1 || kindOf(rt, box) !== Kind.LIST || i32[(box + LIST_SIZE) >> 2]! < 1) return raiseTypeError(rt, 'fetch_add(list of 1 item, step)');
    const slot = i32[(box + LIST_ITEMS) >> 2]! >> 2;
    const old = i32[slot]! as Ref;
    const next = binaryOp(rt, old, i32[args + 1] as Ref, NB_ADD);
    if (next === NULL) return NULL;
    i32[slot] = next; // the box's reference to the old value passes to the caller
    return old;
  }],
]);

export function createAtomicNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_atomic', ATOMIC_FUNCTIONS, []);
}
