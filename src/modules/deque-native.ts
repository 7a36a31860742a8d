/*
 * `_deque`: the O(1) ends of lib/collections.py's deque, over two lists.
 *
 * A deque keeps its items in two built-in lists: `left` holds the items left of a split
 * point in reverse order (the leftmost item last), `right` the items from the split point
 * on, in order. Both ends are then the end of a list: append / pop act on `right`,
 * appendleft / popleft on `left`, in O(1); when the end asked for is empty, the other
 * list's items are moved over (reversed) in one step, so a run of popleft() costs O(1)
 * each amortised, as CPython's block-linked deque. (One list with pop(0) moved every item
 * at each popleft: 200,000 of them took 38 s against python3's 0.03 s.)
 *
 * Why native: each function is ONE step, as CPython's C deque methods are: under the GIL
 * no switch falls inside, and with --no-gil the call holds both lists' locks
 * (vm/critical.ts callNativeLocked locks every built-in container argument, in address
 * order), so threads appending and popping at once never lose or duplicate an item (a
 * deque is the queue people share between threads without a lock).
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { raiseIndexError, raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { LIST_SIZE, listItemsWord, listReserve, listSize } from '../objects/list.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';

/** The deque's two lists, the call's first two arguments, or null with a TypeError (both
 * must be lists: a wrong call is a bug in lib/collections.py). `count`: the arguments. */
function dequeLists(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref, count = 2): [Ref, Ref] | null {
  if (!checkArgs(rt, name, nargs, kwnames, count, count)) return null;
  const a = rt.i32[args] as Ref;
  const b = rt.i32[args + 1] as Ref;
  if ((a & 1) === 1 || (b & 1) === 1 || kindOf(rt, a) !== Kind.LIST || kindOf(rt, b) !== Kind.LIST) {
    raiseTypeError(rt, `${name}() arguments must be lists`);
    return null;
  }
  return [a, b];
}

/** Removes and returns (the list's reference) the last item of a non-empty list. */
function popLast(rt: Runtime, l: Ref): Ref {
  const n = listSize(rt, l);
  const last = rt.i32[listItemsWord(rt, l) + n - 1] as Ref;
  rt.i32[(l + LIST_SIZE) >> 2] = n - 1;
  return last;
}

/** Moves every item of `from` into the empty list `to`, reversed (references move too). */
function moveReversed(rt: Runtime, from: Ref, to: Ref): void {
  const n = listSize(rt, from);
  listReserve(rt, to, n);
  const i32 = rt.i32;
  const src = listItemsWord(rt, from);
  const dst = listItemsWord(rt, to);
  for (let i = 0; i < n; i++) i32[dst + i] = i32[src + n - 1 - i]!;
  i32[(from + LIST_SIZE) >> 2] = 0;
  i32[(to + LIST_SIZE) >> 2] = n;
}

/** The item at the deque's end whose list is `near` (new reference), or NULL with IndexError. */
function popEnd(rt: Runtime, near: Ref, far: Ref): Ref {
  if (listSize(rt, near) === 0) {
    if (listSize(rt, far) === 0) return raiseIndexError(rt, 'pop from an empty deque');
    moveReversed(rt, far, near);
  }
  return popLast(rt, near);
}

/** The list word of the deque's item i (0 <= i < size). */
function itemWord(rt: Runtime, left: Ref, right: Ref, i: number): number {
  const nl = listSize(rt, left);
  return i < nl ? listItemsWord(rt, left) + nl - 1 - i : listItemsWord(rt, right) + i - nl;
}

/** The index argument as the deque's item number, or -1 with CPython's error. */
function indexArg(rt: Runtime, left: Ref, right: Ref, index: Ref): number {
  if ((index & 1) !== 1) {
    raiseIndexError(rt, 'deque index out of range'); // lib/collections.py passes small ints only
    return -1;
  }
  const size = listSize(rt, left) + listSize(rt, right);
  let i = index >> 1;
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    raiseIndexError(rt, 'deque index out of range');
    return -1;
  }
  return i;
}

const DEQUE_FUNCTIONS = defineFunctions([
  // popleft(left, right) / pop(left, right): the end item, or IndexError for an empty deque
  ['popleft', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'popleft', args, nargs, kwnames);
    return lists === null ? NULL : popEnd(rt, lists[0], lists[1]);
  }],
  ['pop', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'pop', args, nargs, kwnames);
    return lists === null ? NULL : popEnd(rt, lists[1], lists[0]);
  }],
  // size(left, right): the number of items, read under both locks (one snapshot)
  ['size', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'size', args, nargs, kwnames);
    return lists === null ? NULL : ((((listSize(rt, lists[0]) + listSize(rt, lists[1])) << 1) | 1) as Ref);
  }],
  // getitem(left, right, i): item i (negative from the end), IndexError out of range
  ['getitem', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'getitem', args, nargs, kwnames, 3);
    if (lists === null) return NULL;
    const [left, right] = lists;
    const i = indexArg(rt, left, right, rt.i32[args + 2] as Ref);
    if (i < 0) return NULL;
    const v = rt.i32[itemWord(rt, left, right, i)] as Ref;
    incref(rt, v);
    return v;
  }],
  // setitem(left, right, i, value): replaces item i
  ['setitem', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'setitem', args, nargs, kwnames, 4);
    if (lists === null) return NULL;
    const [left, right] = lists;
    const i = indexArg(rt, left, right, rt.i32[args + 2] as Ref);
    if (i < 0) return NULL;
    const value = rt.i32[args + 3] as Ref;
    const w = itemWord(rt, left, right, i);
    const old = rt.i32[w] as Ref;
    incref(rt, value);
    rt.i32[w] = value;
    decref(rt, old);
    return rt.None;
  }],
  // gather(left, right): every item into `right` in order, `left` emptied; returns right
  ['gather', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'gather', args, nargs, kwnames);
    if (lists === null) return NULL;
    const [left, right] = lists;
    const nl = listSize(rt, left);
    if (nl > 0) {
      const nr = listSize(rt, right);
      listReserve(rt, right, nl + nr);
      const i32 = rt.i32;
      const r = listItemsWord(rt, right);
      const l = listItemsWord(rt, left);
      i32.copyWithin(r + nl, r, r + nr);
      for (let i = 0; i < nl; i++) i32[r + i] = i32[l + nl - 1 - i]!;
      i32[(left + LIST_SIZE) >> 2] = 0;
      i32[(right + LIST_SIZE) >> 2] = nl + nr;
    }
    incref(rt, right);
    return right;
  }],
  // trim(left, right, maxlen, fromleft): drops items from one end until at most maxlen
  // are left (idempotent: threads appending at once never trim below maxlen)
  ['trim', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'trim', args, nargs, kwnames, 4);
    if (lists === null) return NULL;
    const [left, right] = lists;
    const maxlen = rt.i32[args + 2]! >> 1;
    const fromLeft = rt.i32[args + 3] === rt.True;
    while (listSize(rt, left) + listSize(rt, right) > maxlen) {
      // each drop leaves the deque consistent before the item's release (a __del__ may run)
      decref(rt, fromLeft ? popEnd(rt, left, right) : popEnd(rt, right, left));
    }
    return rt.None;
  }],
]);

export function createDequeNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_deque', DEQUE_FUNCTIONS, []);
}
