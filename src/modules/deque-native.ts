/*
 * `_deque`: the O(1) ends of lib/collections.py's deque, over two lists.
 *
 * A deque keeps its items in two built-in lists: `left` holds the items left of a split
 * point in reverse order (the leftmost item last), `right` the items from the split point
 * on, in order. Both ends are then the end of a list: append / pop act on `right`,
 * appendleft / popleft on `left`, in O(1); when the end asked for is empty, half of the
 * other list's items (those nearest the split) are moved over (reversed) in one step, so
 * pops at either end cost O(1) each amortised, as CPython's block-linked deque. (One list with pop(0) moved every item
 * at each popleft: 200,000 of them took 38 s against python3's 0.03 s.)
 *
 * Why native: each function is ONE step, as CPython's C deque methods are: under the GIL
 * no switch falls inside, and with --no-gil the call holds both lists' locks
 * (vm/critical.ts callNativeLocked locks every built-in container argument, in address
 * order), so threads appending and popping at once never lose or duplicate an item (a
 * deque is the queue people share between threads without a lock).
 *
 * The deque's four end operations, __len__ and __contains__ are native METHODS too (install_methods puts
 * them in the class's dict as method descriptors, as CPython's C methods): append,
 * appendleft, pop, popleft and __len__ read the instance's `_left` / `_data` / `_maxlen` /
 * `_state` themselves. __len__ is a slot wrapper that abstract.ts `length` calls (it calls
 * a native __len__ whose owner is a heap type), and `while d:` goes through it too (deque
 * has no __bool__, as in CPython): as Python methods both cost a frame per test.
 * As Python methods each call cost a frame and ~12 instructions around the native step:
 * a loop of d.append(d.popleft()) ran at ~30x CPython's time. With --no-gil they take the
 * instance dict's lock to read the parts, then both lists' locks (address order, as
 * callNativeLocked) for the step; the `_state` count (iteration's change check) is bumped
 * after, under the dict's lock.
 */
import { moveWords } from '../heap/move.js';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { raiseIndexError, raiseNew, raiseOverflow, raiseRuntimeError, raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { LIST_SIZE, listItemsWord, listNew, listReserve, listSize } from '../objects/list.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';
import { defineNative } from '../vm/natives.js';
import { objLock, objLock2, objUnlock, objUnlock2 } from '../vm/objlock.js';
import { raiseAttributeError } from '../vm/errors.js';
import { indexObject, indexValue, instanceDict, isHeapTypeObj, richCompareBool, typeNameOf } from '../objects/abstract.js';
import { intToBigint } from '../objects/int.js';
import { cachedDictEntry, dictGetStr, dictSetItem, dictStrValueWord } from '../objects/dict.js';
import { TP_DICT } from '../objects/typelayout.js';
import { listAppend, listAppendSteal } from '../objects/list.js';
import { methodDescriptorNew } from '../objects/method.js';
import { tupleSize } from '../objects/tuple.js';
import { internJS } from '../objects/intern.js';
import { typeLookup, typeModified } from '../objects/type.js';
import { typeOf } from '../objects/object.js';

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

/**
 * Moves the half of `from`'s items nearest the split point (its first ceil(n/2): both lists
 * start at the split) into the empty list `to`, reversed, so they end at `to`'s end
 * (references move too). Half, not all: a run alternating pop() and popleft() on a deque
 * whose items were all in one list moved every item at each call when all moved (200,000
 * items: 21 s); with half, each move of k items is followed by at least k O(1) pops.
 */
function moveHalfReversed(rt: Runtime, from: Ref, to: Ref): void {
  const n = listSize(rt, from);
  const k = (n + 1) >> 1;
  listReserve(rt, to, k);
  const i32 = rt.i32;
  const src = listItemsWord(rt, from);
  const dst = listItemsWord(rt, to);
  for (let i = 0; i < k; i++) i32[dst + i] = i32[src + k - 1 - i]!;
  moveWords(i32, src, src + k, src + n);
  i32[(from + LIST_SIZE) >> 2] = n - k;
  i32[(to + LIST_SIZE) >> 2] = k;
}

/** The item at the deque's end whose list is `near` (new reference), or NULL with IndexError. */
function popEnd(rt: Runtime, near: Ref, far: Ref): Ref {
  if (listSize(rt, near) === 0) {
    if (listSize(rt, far) === 0) return raiseIndexError(rt, 'pop from an empty deque');
    moveHalfReversed(rt, far, near);
  }
  return popLast(rt, near);
}

/** The list word of the deque's item i (0 <= i < size). */
function itemWord(rt: Runtime, left: Ref, right: Ref, i: number): number {
  const nl = listSize(rt, left);
  return i < nl ? listItemsWord(rt, left) + nl - 1 - i : listItemsWord(rt, right) + i - nl;
}

const DEQUE_FUNCTIONS = defineFunctions([
  // iter_step([deque, data, state, index]): the deque iterator's step (lib/collections.py
  // deque.__iter__ runs it in an itertools stepper): data[index] (data: the deque's items
  // gathered into one list when the iterator was made), or StopIteration at the end; the
  // deque's _state moved since then is CPython's "deque mutated during iteration"
  ['iter_step', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'iter_step', nargs, kwnames, 1, 1)) return NULL;
    const s = rt.i32[args] as Ref;
    if ((s & 1) === 1 || kindOf(rt, s) !== Kind.LIST || listSize(rt, s) !== 4) return raiseTypeError(rt, 'iter_step() needs the iterator state');
    const w = listItemsWord(rt, s);
    const i32 = rt.i32;
    const dq = i32[w] as Ref;
    const data = i32[w + 1] as Ref;
    if (instanceDict(rt, dq, false) !== NULL && stateNow(rt, dq) !== i32[w + 2]) return raiseRuntimeError(rt, 'deque mutated during iteration');
    const index = i32[w + 3]! >> 1;
    const took = rt.rc.atomic && objLock(rt, data);
    let item: Ref = NULL;
    if (index < listSize(rt, data)) {
      item = i32[listItemsWord(rt, data) + index] as Ref;
      incref(rt, item);
      i32[w + 3] = ((index + 1) << 1) | 1;
    }
    if (took) objUnlock(rt, data);
    return item !== NULL ? item : raiseNew(rt, rt.exc.StopIteration!, '');
  }],
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
  // items(left, right): a new list of every item in order, read under both locks (one
  // snapshot, for the natives that take a deque's items in one run: collections.py
  // __gilvm_items__); the two lists are left as they are
  ['items', (rt, args, nargs, kwnames) => {
    const lists = dequeLists(rt, 'items', args, nargs, kwnames);
    if (lists === null) return NULL;
    const [left, right] = lists;
    const i32 = rt.i32;
    const nl = listSize(rt, left);
    const nr = listSize(rt, right);
    const out = listNew(rt, nl + nr);
    const l = listItemsWord(rt, left);
    for (let i = nl - 1; i >= 0; i--) listAppend(rt, out, i32[l + i] as Ref);
    const r = listItemsWord(rt, right);
    for (let i = 0; i < nr; i++) listAppend(rt, out, i32[r + i] as Ref);
    return out;
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
      moveWords(i32, r + nl, r, r + nr);
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

// ---------------------------------------------------------------- the native methods

/** Positional arguments after self, or -1 with CPython's TypeError for keywords. */
function methodArgCount(rt: Runtime, name: string, nargs: number, kwnames: Ref): number {
  if (kwnames !== NULL && tupleSize(rt, kwnames) > 0) {
    raiseTypeError(rt, `deque.${name}() takes no keyword arguments`);
    return -1;
  }
  return nargs - 1;
}

/** Which of a deque's parts the methods read. */
const enum Part {
  LEFT,
  RIGHT,
  MAXLEN,
  /** The heap word of `_state`'s value, or -1 (GIL mode only; see bumpState). */
  STATE_WORD,
}

/** The entries lib/collections.py's deque.__new__ makes its parts in, in the instance
 * dict: _maxlen, _state, _left, _data (the first four keys, in that order). */
const PART_ENTRY_MAXLEN = 0;
const PART_ENTRY_STATE = 1;
const PART_ENTRY_LEFT = 2;
const PART_ENTRY_RIGHT = 3;

/** d[name] (borrowed, NULL if absent) for a part, read straight from entry `ix` when it
 * still holds the name there (as __new__ made it), else looked up. */
function partOf(rt: Runtime, d: Ref, ix: number, name: Ref): Ref {
  const e = cachedDictEntry(rt.i32, d, ix, name);
  return e >= 0 ? (rt.i32[e + 2] as Ref) : dictGetStr(rt, d, name);
}

/**
 * The instance's `_left`, `_data` and `_maxlen` (borrowed; the lists increfed: the caller
 * decrefs them) into `parts`, and the heap word holding `_state`'s value (-1 if absent),
 * or false with the AttributeError a Python method raised (a subclass whose __init__ did
 * not call deque's). Locks only with --no-gil (objlock.ts: GIL mode never calls it).
 */
function readParts(rt: Runtime, self: Ref, parts: Int32Array, needMaxlen = true): boolean {
  const d = instanceDict(rt, self, false);
  const names = rt.names;
  let left: Ref = NULL;
  let right: Ref = NULL;
  let maxlen: Ref = NULL;
  parts[Part.STATE_WORD] = -1;
  if (d !== NULL) {
    const took = rt.rc.atomic && objLock(rt, d);
    left = partOf(rt, d, PART_ENTRY_LEFT, names._left);
    right = partOf(rt, d, PART_ENTRY_RIGHT, names._data);
    maxlen = needMaxlen ? partOf(rt, d, PART_ENTRY_MAXLEN, names._maxlen) : rt.None;
    if (left !== NULL && right !== NULL) {
      incref(rt, left);
      incref(rt, right);
    }
    if (!rt.rc.atomic) {
      const e = cachedDictEntry(rt.i32, d, PART_ENTRY_STATE, names._state);
      parts[Part.STATE_WORD] = e >= 0 ? e + 2 : dictStrValueWord(rt, d, names._state);
    }
    if (took) objUnlock(rt, d);
  }
  const missing = left === NULL ? '_left' : right === NULL ? '_data' : maxlen === NULL ? '_maxlen' : null;
  if (missing !== null || (left & 1) === 1 || (right & 1) === 1 || kindOf(rt, left) !== Kind.LIST || kindOf(rt, right) !== Kind.LIST) {
    if (left !== NULL && right !== NULL) {
      decref(rt, left);
      decref(rt, right);
    }
    raiseAttributeError(rt, `'${typeNameOf(rt, self)}' object has no attribute '${missing ?? '_data'}'`);
    return false;
  }
  parts[Part.LEFT] = left;
  parts[Part.RIGHT] = right;
  parts[Part.MAXLEN] = maxlen;
  return true;
}

/**
 * self._state += 1 (lib/collections.py: iteration sees the deque changed). Under the GIL
 * the word readParts found (`stateWord`: no Python code ran in between that could move the
 * dict's entries, the step itself touches only the two lists); looked up again with
 * --no-gil (under the dict's lock) and after a maxlen trim (STATE_LOOK_UP: the dropped
 * item's __del__ may have changed the dict).
 */
function bumpState(rt: Runtime, self: Ref, stateWord: number): void {
  let w = stateWord;
  let d: Ref = NULL;
  let took = false;
  if (rt.rc.atomic || w === STATE_LOOK_UP) {
    d = instanceDict(rt, self, false);
    if (d === NULL) return;
    took = rt.rc.atomic && objLock(rt, d);
    // one lookup: a small int replaced by the next in place (no reference changes)
    const e = cachedDictEntry(rt.i32, d, PART_ENTRY_STATE, rt.names._state);
    w = e >= 0 ? e + 2 : dictStrValueWord(rt, d, rt.names._state);
  }
  if (w >= 0) {
    const s = rt.i32[w]!;
    if ((s & 1) === 1 && s >> 1 < 0x3fffffff) rt.i32[w] = (((s >> 1) + 1) << 1) | 1;
  }
  if (took) objUnlock(rt, d);
}

/** append / appendleft: one step under both lists' locks, then the maxlen trim. */
function pushMethod(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref, toLeft: boolean, parts: Int32Array): Ref {
  const n = methodArgCount(rt, name, nargs, kwnames);
  if (n < 0) return NULL;
  if (n !== 1) return raiseTypeError(rt, `deque.${name}() takes exactly one argument (${n} given)`);
  const self = rt.i32[args] as Ref;
  if (!readParts(rt, self, parts)) return NULL;
  const left = parts[Part.LEFT] as Ref;
  const right = parts[Part.RIGHT] as Ref;
  const maxlen = parts[Part.MAXLEN] as Ref;
  let stateWord = parts[Part.STATE_WORD]!;
  const taken = rt.rc.atomic ? objLock2(rt, left, right) : 0;
  try {
    listAppend(rt, toLeft ? left : right, rt.i32[args + 1] as Ref);
    if (maxlen !== rt.None && (maxlen & 1) === 1) {
      const limit = maxlen >> 1;
      while (listSize(rt, left) + listSize(rt, right) > limit) {
        stateWord = STATE_LOOK_UP;
        // the trim of lib/collections.py's _deque.trim: from the other end
        decref(rt, toLeft ? popEnd(rt, right, left) : popEnd(rt, left, right));
      }
    }
  } finally {
    objUnlock2(rt, left, right, taken);
  }
  decref(rt, left);
  decref(rt, right);
  bumpState(rt, self, stateWord);
  return rt.None;
}

/** pop / popleft: the end item (new reference) or IndexError. */
function popMethod(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref, fromLeft: boolean, parts: Int32Array): Ref {
  const n = methodArgCount(rt, name, nargs, kwnames);
  if (n < 0) return NULL;
  if (n !== 0) return raiseTypeError(rt, `deque.${name}() takes no arguments (${n} given)`);
  const self = rt.i32[args] as Ref;
  if (!readParts(rt, self, parts, false)) return NULL;
  const left = parts[Part.LEFT] as Ref;
  const right = parts[Part.RIGHT] as Ref;
  const stateWord = parts[Part.STATE_WORD]!;
  const taken = rt.rc.atomic ? objLock2(rt, left, right) : 0;
  let item: Ref;
  try {
    item = fromLeft ? popEnd(rt, left, right) : popEnd(rt, right, left);
  } finally {
    objUnlock2(rt, left, right, taken);
  }
  decref(rt, left);
  decref(rt, right);
  if (item !== NULL) bumpState(rt, self, stateWord);
  return item;
}

/** __len__: the two lists' sizes (a slot wrapper, so len(d) and `while d:` run no frame). */
function lenMethod(rt: Runtime, args: number, nargs: number, kwnames: Ref, parts: Int32Array): Ref {
  const n = methodArgCount(rt, '__len__', nargs, kwnames);
  if (n < 0) return NULL;
  if (n !== 0) return raiseTypeError(rt, `expected 0 arguments, got ${n}`);
  if (!readParts(rt, rt.i32[args] as Ref, parts, false)) return NULL;
  const left = parts[Part.LEFT] as Ref;
  const right = parts[Part.RIGHT] as Ref;
  const size = listSize(rt, left) + listSize(rt, right);
  decref(rt, left);
  decref(rt, right);
  return ((size << 1) | 1) as Ref;
}

/**
 * A subscript as an item number (negative from the end, not yet checked against the size),
 * or null with CPython's error: deque_item's PyNumber_AsSsize_t (an int, a bool or an
 * __index__ object; IndexError "cannot fit" past 64 bits) and "sequence index must be
 * integer" for anything else. May run an __index__ method, so it comes before readParts.
 */
function subscriptNumber(rt: Runtime, key: Ref): number | null {
  if ((key & 1) === 1) return key >> 1;
  const kind = kindOf(rt, key);
  if (kind !== Kind.INT && kind !== Kind.BOOL && !(isHeapTypeObj(rt, key) && typeLookup(rt, typeOf(rt, key), rt.names.__index__) !== NULL)) {
    raiseTypeError(rt, `sequence index must be integer, not '${typeNameOf(rt, key)}'`);
    return null;
  }
  return indexValue(rt, key, 'deque');
}

/** The item number i (from subscriptNumber) in range for the two lists, or -1 with IndexError. */
function itemNumber(rt: Runtime, left: Ref, right: Ref, i: number): number {
  const size = listSize(rt, left) + listSize(rt, right);
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    raiseIndexError(rt, 'deque index out of range');
    return -1;
  }
  return i;
}

/** __getitem__ (value NULL) and __setitem__: d[i], one step under both lists' locks. */
function subscriptMethod(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref, parts: Int32Array): Ref {
  const setting = name === '__setitem__';
  const n = methodArgCount(rt, name, nargs, kwnames);
  if (n < 0) return NULL;
  if (n !== (setting ? 2 : 1)) return raiseTypeError(rt, `expected ${setting ? 2 : 1} argument${setting ? 's' : ''}, got ${n}`);
  const self = rt.i32[args] as Ref;
  const number = subscriptNumber(rt, rt.i32[args + 1] as Ref);
  if (number === null || !readParts(rt, self, parts, false)) return NULL;
  const left = parts[Part.LEFT] as Ref;
  const right = parts[Part.RIGHT] as Ref;
  const taken = rt.rc.atomic ? objLock2(rt, left, right) : 0;
  let old: Ref = NULL;
  let result: Ref = NULL;
  try {
    const i = itemNumber(rt, left, right, number);
    if (i >= 0) {
      const w = itemWord(rt, left, right, i);
      if (setting) {
        const value = rt.i32[args + 2] as Ref;
        incref(rt, value);
        old = rt.i32[w] as Ref;
        rt.i32[w] = value;
        result = rt.None;
      } else {
        result = rt.i32[w] as Ref;
        incref(rt, result);
      }
    }
  } finally {
    objUnlock2(rt, left, right, taken);
  }
  decref(rt, left);
  decref(rt, right);
  if (old !== NULL) decref(rt, old); // after the locks: its __del__ may run
  return result;
}

/**
 * rotate(n=1): n steps to the right (left when negative), one step under both lists' locks.
 * n as CPython's "n" argument (an int, bool or __index__ object; OverflowError past 64 bits);
 * the iteration state moves whenever the deque has two items or more, as deque_rotate's.
 */
function rotateMethod(rt: Runtime, args: number, nargs: number, kwnames: Ref, parts: Int32Array): Ref {
  const n = methodArgCount(rt, 'rotate', nargs, kwnames);
  if (n < 0) return NULL;
  if (n > 1) return raiseTypeError(rt, `deque.rotate expected at most 1 argument, got ${n}`);
  let steps = 1;
  let bigSteps: bigint | null = null;
  if (n === 1) {
    const v = rt.i32[args + 1] as Ref;
    if ((v & 1) === 1) steps = v >> 1;
    else {
      const exact = indexObject(rt, v);
      if (exact === NULL) return NULL;
      const big = intToBigint(rt, exact);
      decref(rt, exact);
      if (big < -0x8000000000000000n || big > 0x7fffffffffffffffn) return raiseOverflow(rt, 'Python int too large to convert to C ssize_t');
      bigSteps = big; // reduced modulo the size below
    }
  }
  const self = rt.i32[args] as Ref;
  if (!readParts(rt, self, parts, false)) return NULL;
  const left = parts[Part.LEFT] as Ref;
  const right = parts[Part.RIGHT] as Ref;
  const stateWord = parts[Part.STATE_WORD]!;
  const taken = rt.rc.atomic ? objLock2(rt, left, right) : 0;
  let moved = false;
  try {
    const size = listSize(rt, left) + listSize(rt, right);
    if (size > 1) {
      moved = true;
      const r = bigSteps === null ? steps % size : Number(bigSteps % BigInt(size));
      const k = (r + size) % size;
      // O(min(k, size - k)) amortised: each step one end's item to the other end
      if (k <= size - k) {
        for (let i = 0; i < k; i++) listAppendSteal(rt, left, popEnd(rt, right, left));
      } else {
        for (let i = size - k; i > 0; i--) listAppendSteal(rt, right, popEnd(rt, left, right));
      }
    }
  } finally {
    objUnlock2(rt, left, right, taken);
  }
  decref(rt, left);
  decref(rt, right);
  if (moved) bumpState(rt, self, stateWord);
  return rt.None;
}

/** The deque's `_state` word as it stands (a tagged int), or 0 when it has none. */
function stateNow(rt: Runtime, self: Ref): number {
  const d = instanceDict(rt, self, false);
  if (d === NULL) return 0;
  const took = rt.rc.atomic && objLock(rt, d);
  const e = cachedDictEntry(rt.i32, d, PART_ENTRY_STATE, rt.names._state);
  const state = e >= 0 ? rt.i32[e + 2]! : dictGetStr(rt, d, rt.names._state);
  if (took) objUnlock(rt, d);
  return state;
}

/**
 * `value in d` (CPython's deque_contains): the items from the left compared with ==
 * (identity first), each under both lists' locks only while it is read; RuntimeError
 * "deque mutated during iteration" when a comparison (Python code) changed the deque.
 */
function containsMethod(rt: Runtime, args: number, nargs: number, kwnames: Ref, parts: Int32Array): Ref {
  const n = methodArgCount(rt, '__contains__', nargs, kwnames);
  if (n < 0) return NULL;
  if (n !== 1) return raiseTypeError(rt, `expected 1 argument, got ${n}`);
  const self = rt.i32[args] as Ref;
  const value = rt.i32[args + 1] as Ref;
  if (!readParts(rt, self, parts, false)) return NULL;
  const left = parts[Part.LEFT] as Ref;
  const right = parts[Part.RIGHT] as Ref;
  const start = stateNow(rt, self);
  let result: Ref = rt.False;
  for (let k = 0; ; k++) {
    const taken = rt.rc.atomic ? objLock2(rt, left, right) : 0;
    const nl = listSize(rt, left);
    const item = k < nl ? rt.i32[listItemsWord(rt, left) + nl - 1 - k]! as Ref
      : k - nl < listSize(rt, right) ? rt.i32[listItemsWord(rt, right) + k - nl]! as Ref : NULL;
    if (item !== NULL) incref(rt, item);
    objUnlock2(rt, left, right, taken);
    if (item === NULL) break;
    const c = item === value ? 1 : richCompareBool(rt, item, value, 2);
    decref(rt, item);
    if (c !== 0) {
      result = c > 0 ? rt.True : NULL;
      break;
    }
    if (stateNow(rt, self) !== start) {
      result = raiseRuntimeError(rt, 'deque mutated during iteration');
      break;
    }
  }
  decref(rt, left);
  decref(rt, right);
  return result;
}

/** bumpState's stateWord when the word must be looked up again. */
const STATE_LOOK_UP = -2;

/** Scratch for readParts: one per JS thread (natives run to completion on it). */
const partsScratch = new Int32Array(4);

const METHODS: readonly [string, number][] = [
  ['append', defineNative('deque.append', (rt, args, nargs, kw) => pushMethod(rt, 'append', args, nargs, kw, false, partsScratch))],
  ['appendleft', defineNative('deque.appendleft', (rt, args, nargs, kw) => pushMethod(rt, 'appendleft', args, nargs, kw, true, partsScratch))],
  ['pop', defineNative('deque.pop', (rt, args, nargs, kw) => popMethod(rt, 'pop', args, nargs, kw, false, partsScratch))],
  ['popleft', defineNative('deque.popleft', (rt, args, nargs, kw) => popMethod(rt, 'popleft', args, nargs, kw, true, partsScratch))],
  ['__len__', defineNative('deque.__len__', (rt, args, nargs, kw) => lenMethod(rt, args, nargs, kw, partsScratch))],
  ['__contains__', defineNative('deque.__contains__', (rt, args, nargs, kw) => containsMethod(rt, args, nargs, kw, partsScratch))],
  ['rotate', defineNative('deque.rotate', (rt, args, nargs, kw) => rotateMethod(rt, args, nargs, kw, partsScratch))],
  ['__getitem__', defineNative('deque.__getitem__', (rt, args, nargs, kw) => subscriptMethod(rt, '__getitem__', args, nargs, kw, partsScratch))],
  ['__setitem__', defineNative('deque.__setitem__', (rt, args, nargs, kw) => subscriptMethod(rt, '__setitem__', args, nargs, kw, partsScratch))],
];

/** install_methods(cls): the native end methods into the deque class's dict. */
const INSTALL = defineFunctions([
  ['install_methods', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'install_methods', nargs, kwnames, 1, 1)) return NULL;
    const cls = rt.i32[args] as Ref;
    if ((cls & 1) === 1 || kindOf(rt, cls) !== Kind.TYPE) return raiseTypeError(rt, 'install_methods() needs a class');
    const d = rt.i32[(cls + TP_DICT) >> 2] as Ref;
    for (const [name, index] of METHODS) {
      const nm = internJS(rt, name);
      const m = methodDescriptorNew(rt, index, nm, cls);
      const r = dictSetItem(rt, d, nm, m);
      decref(rt, m);
      if (r < 0) return NULL;
    }
    typeModified(rt);
    return rt.None;
  }],
]);

export function createDequeNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_deque', [...DEQUE_FUNCTIONS, ...INSTALL], []);
}
