/*
 * `_itertools`: the per-item steps of lib/itertools.py's tools (permutations, combinations,
 * combinations_with_replacement, product, islice, accumulate, zip_longest, count, groupby's
 * groups, cycle, repeat, chain, compress, pairwise, starmap, dropwhile, takewhile,
 * filterfalse). As Python generators they were 50-300x slower than CPython's C, and an
 * iterator that threads share (ids from a shared count, items from a shared cycle or chain)
 * raised "generator already executing" when a thread switch (GIL) or a second executor
 * (--no-gil) reached it while another thread was inside it.
 *
 * A tool keeps its state in one built-in list (heap data, so any executor resumes it) and
 * `stepper(step, state)` makes its iterator: a callable iterator (iter(f, sentinel)'s
 * kind) over the built-in `step` bound to `state`, with no sentinel: each next() is one
 * native call with the state as its first argument (no Python frame per item, no
 * comparison), and the step ends the iteration by raising StopIteration (the callable
 * iterator's end, objects/iter.ts), or returns NULL with another error.
 *
 * Why native and one step: under the GIL no switch falls inside a step; with --no-gil the
 * bound call runs under the state list's lock (vm/critical.ts callNativeLocked locks the
 * built-in container arguments), so threads sharing one iterator never see half an update
 * (CPython's C tools are atomic under the GIL the same way).
 *
 * State layouts (word k of the list; small ints tagged):
 *   permutations   [pool, n, r, phase, indices[n], cycles[r]]
 *   combinations   [pool, n, r, phase, indices[r]]
 *   cwr            [pool, n, r, phase, indices[r]]
 *   product        [pools (tuple of tuples), k, 0, phase, indices[k]]
 *   islice         [iterator (None once ended), next index to yield, stop (-1: None), step, items read, phase]
 *   accumulate     [iterator, func (None: +), total (or the initial value), phase]
 *   zip_longest    [iterators (list, None when exhausted), fillvalue, active, phase]
 *   count          [value, step]
 *   cycle          [iterator (None once exhausted), saved items (list), phase, next saved index]
 *   repeat         [object, times left (-1: endless)]
 *   chain          [iterator of the iterables (None at the end), active iterator (None: none)]
 *   compress       [data iterator, selectors iterator]
 *   pairwise       [iterator (None once ended), previous item, phase]
 *   starmap        [function, iterator]
 *   dropwhile      [predicate, iterator, 1 once an item failed the predicate]
 *   takewhile      [predicate, iterator, phase]
 *   filterfalse    [predicate (None: truth), iterator]
 *   groupby        see GB_* below; a group's iterator: [groupby state, token, its key]
 * phase: 0 before the first item, 1 running, 2 exhausted.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { incref, decref } from '../vm/refs.js';
import { raiseTypeError, errOccurred, setRaised } from '../vm/errors.js';
import { exceptionNewNoArgs } from '../objects/exceptions.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { listItemsWord, listSize } from '../objects/list.js';
import { tupleItem, tupleNew, tupleSetItemSteal, tupleSize } from '../objects/tuple.js';
import { binaryOp, getIterStepwise, isTrue, iterNext, richCompareBool, tupleFromIterable } from '../objects/abstract.js';
import { call1, call2, callWithTupleDict } from '../vm/call.js';
import { listAppend, listItem, listNew } from '../objects/list.js';
import { BF_INDEX, BF_NAME, builtinFunctionNew } from '../objects/method.js';
import { iterAlloc, IT_AUX, IT_INDEX, CALLABLE_ITER } from '../objects/iter.js';
import { checkArgs, defineFunctions, makeModule, type FunctionSpec } from './math.js';

const PHASE_START = 0;
const PHASE_RUNNING = 1;
const PHASE_DONE = 2;
/** cycle's phase once its iterator is exhausted and it repeats the saved items. */
const CYCLE_SAVED = 3;
const ADD = 0; // binaryOp's operator numbers (CPython's BINARY_OP opargs): +
const SUBTRACT = 10; // -

/** The word index of the items of a step's state list (its bound first argument), or -1
 * with a TypeError. */
function stateOf(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref): number {
  if (!checkArgs(rt, name, nargs, kwnames, 1, 1)) return -1;
  const s = rt.i32[args] as Ref;
  if ((s & 1) === 1 || kindOf(rt, s) !== Kind.LIST) {
    raiseTypeError(rt, `${name}() state must be a list`);
    return -1;
  }
  return listItemsWord(rt, s);
}

function small(i32: Int32Array, w: number): number {
  return i32[w]! >> 1;
}

function setSmall(i32: Int32Array, w: number, v: number): void {
  i32[w] = (v << 1) | 1;
}

/** A new tuple of pool[indices[0..r)] (the index words from `at`). */
function pick(rt: Runtime, pool: Ref, at: number, r: number): Ref {
  const t = tupleNew(rt, r);
  for (let i = 0; i < r; i++) {
    const v = tupleItem(rt, pool, small(rt.i32, at + i));
    incref(rt, v);
    tupleSetItemSteal(rt, t, i, v);
  }
  return t;
}

/** Marks the state exhausted (its phase word at `phaseWord`) and ends the iteration. */
function done(rt: Runtime, w: number, phaseWord = 3): Ref {
  setSmall(rt.i32, w + phaseWord, PHASE_DONE);
  return stop(rt);
}

/** islice's end (its stop reached, its iterator exhausted or raising): CPython's
 * islice_next lets go of the iterator at once (`empty: Py_CLEAR(lz->it)`); later steps
 * stop. StopIteration unless an error is set; NULL. */
function isliceEnd(rt: Runtime, w: number): Ref {
  setSmall(rt.i32, w + 5, PHASE_DONE);
  replace(rt, w, held(rt, rt.None));
  return errOccurred(rt) ? NULL : stop(rt);
}

/** The end of the iteration: StopIteration, NULL. */
function stop(rt: Runtime): Ref {
  setRaised(rt, exceptionNewNoArgs(rt, rt.exc.StopIteration!));
  return NULL;
}

/** A value read from a state word, as a new reference. */
function held(rt: Runtime, v: Ref): Ref {
  incref(rt, v);
  return v;
}

/** Replaces the reference in state word w (the old one released last). */
function replace(rt: Runtime, w: number, v: Ref): void {
  const old = rt.i32[w] as Ref;
  rt.i32[w] = v;
  decref(rt, old);
}

/** groupby's state words: [iterator, keyfunc, tgtkey, currkey, currvalue, token, marker,
 * grouper_step (the built-in each group's stepper calls)];
 * the marker object stands for CPython's NULL in the key and value slots. */
const GB_IT = 0;
const GB_KEYFUNC = 1;
const GB_TGTKEY = 2;
const GB_CURRKEY = 3;
const GB_CURRVALUE = 4;
const GB_TOKEN = 5;
const GB_MARKER = 6;
const GB_GROUPER_STEP = 7;
const CMP_EQ = 2; // richCompareBool's op for ==

/** CPython's groupby_step: the source's next value and its key into the state. 1, 0 at
 * the end of the source, -1 with an error. */
function groupbyAdvance(rt: Runtime, w: number): number {
  const v = iterNext(rt, rt.i32[w + GB_IT] as Ref);
  if (v === NULL) return errOccurred(rt) ? -1 : 0;
  const keyfunc = rt.i32[w + GB_KEYFUNC] as Ref;
  let key: Ref;
  if (keyfunc === rt.None) key = held(rt, v);
  else {
    key = call1(rt, keyfunc, v);
    if (key === NULL) {
      decref(rt, v);
      return -1;
    }
  }
  replace(rt, w + GB_CURRVALUE, v);
  replace(rt, w + GB_CURRKEY, key);
  return 1;
}

/**
 * The step of permutations, combinations and combinations_with_replacement, whose states
 * are [pool, n, r, phase, indices...]: the first item is pool[indices[:r]] as the tool
 * built them unless `empty(n, r)` (no item at all); each later one after `advance` moved
 * the index words (false: the end). CPython's algorithms (the itertools documentation's
 * pure-Python equivalents) on the state's words.
 */
function combinatoricStep(
  name: string, empty: (n: number, r: number) => boolean,
  advance: (i32: Int32Array, indices: number, n: number, r: number) => boolean,
): FunctionSpec {
  return [name, (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, name, args, nargs, kwnames);
    if (w < 0) return NULL;
    const i32 = rt.i32;
    const n = small(i32, w + 1);
    const r = small(i32, w + 2);
    const phase = small(i32, w + 3);
    if (phase === PHASE_DONE) return stop(rt);
    if (phase === PHASE_START) {
      if (empty(n, r)) return done(rt, w);
      setSmall(i32, w + 3, PHASE_RUNNING);
    } else if (!advance(i32, w + 4, n, r)) return done(rt, w);
    return pick(rt, i32[w] as Ref, w + 4, r);
  }];
}

/** The iterator calling built-in `step` bound to `state` (borrowed) until it raises
 * StopIteration: a callable iterator with no sentinel. New reference. */
function stepperNew(rt: Runtime, step: Ref, state: Ref): Ref {
  const i32 = rt.i32;
  const bound = builtinFunctionNew(rt, i32[(step + BF_INDEX) >> 2]!, i32[(step + BF_NAME) >> 2] as Ref, state);
  const it = iterAlloc(rt, Kind.MAP, bound);
  decref(rt, bound);
  rt.i32[(it + IT_INDEX) >> 2] = CALLABLE_ITER;
  rt.i32[(it + IT_AUX) >> 2] = NULL; // no sentinel
  return it;
}

const ITERTOOLS_FUNCTIONS = defineFunctions([
  // stepper(step, state): the iterator calling step(state) until it raises StopIteration
  ['stepper', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'stepper', nargs, kwnames, 2, 2)) return NULL;
    const step = rt.i32[args] as Ref;
    if ((step & 1) === 1 || kindOf(rt, step) !== Kind.BUILTIN_FUNCTION) return raiseTypeError(rt, 'stepper() needs a built-in step');
    return stepperNew(rt, step, rt.i32[args + 1] as Ref);
  }],
  combinatoricStep('permutations_step', (n, r) => r > n, (i32, indices, n, r) => {
    if (n === 0) return false;
    const cycles = indices + n;
    for (let i = r - 1; i >= 0; i--) {
      const c = small(i32, cycles + i) - 1;
      if (c === 0) {
        // indices[i:] = indices[i+1:] + indices[i:i+1]
        const first = i32[indices + i]!;
        for (let k = i; k < n - 1; k++) i32[indices + k] = i32[indices + k + 1]!;
        i32[indices + n - 1] = first;
        setSmall(i32, cycles + i, n - i);
      } else {
        setSmall(i32, cycles + i, c);
        const a = indices + i;
        const b = indices + n - c;
        const t = i32[a]!;
        i32[a] = i32[b]!;
        i32[b] = t;
        return true;
      }
    }
    return false;
  }),
  combinatoricStep('combinations_step', (n, r) => r > n, (i32, indices, n, r) => {
    let i = r - 1;
    while (i >= 0 && small(i32, indices + i) === i + n - r) i--;
    if (i < 0) return false;
    setSmall(i32, indices + i, small(i32, indices + i) + 1);
    for (let j = i + 1; j < r; j++) setSmall(i32, indices + j, small(i32, indices + j - 1) + 1);
    return true;
  }),
  combinatoricStep('cwr_step', (n, r) => n === 0 && r > 0, (i32, indices, n, r) => {
    let i = r - 1;
    while (i >= 0 && small(i32, indices + i) === n - 1) i--;
    if (i < 0) return false;
    const next = small(i32, indices + i) + 1;
    for (let j = i; j < r; j++) setSmall(i32, indices + j, next);
    return true;
  }),
  ['product_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'product_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    const i32 = rt.i32;
    const pools = i32[w] as Ref;
    const k = small(i32, w + 1);
    const phase = small(i32, w + 3);
    const indices = w + 4;
    if (phase === PHASE_DONE) return stop(rt);
    if (phase === PHASE_START) {
      for (let i = 0; i < k; i++) if (tupleSize(rt, tupleItem(rt, pools, i)) === 0) return done(rt, w);
      setSmall(i32, w + 3, PHASE_RUNNING);
    } else {
      let i = k - 1;
      for (; i >= 0; i--) {
        const next = small(i32, indices + i) + 1;
        if (next < tupleSize(rt, tupleItem(rt, pools, i))) {
          setSmall(i32, indices + i, next);
          break;
        }
        setSmall(i32, indices + i, 0);
      }
      if (i < 0) return done(rt, w);
    }
    const t = tupleNew(rt, k);
    for (let i = 0; i < k; i++) {
      const v = tupleItem(rt, tupleItem(rt, pools, i), small(rt.i32, indices + i));
      incref(rt, v);
      tupleSetItemSteal(rt, t, i, v);
    }
    return t;
  }],
  // islice: the items numbered start, start + step, ... below stop, of the iterator;
  // CPython's islice_next step by step (what it consumes from the iterator is visible)
  ['islice_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'islice_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    if (small(rt.i32, w + 5) === PHASE_DONE) return stop(rt);
    const it = rt.i32[w] as Ref;
    const end = small(rt.i32, w + 2);
    let count = small(rt.i32, w + 4);
    const next = small(rt.i32, w + 1);
    while (count < next) {
      const skipped = iterNext(rt, it);
      if (skipped === NULL) return isliceEnd(rt, w);
      decref(rt, skipped);
      setSmall(rt.i32, w + 4, ++count);
    }
    if (end >= 0 && count >= end) return isliceEnd(rt, w);
    const v = iterNext(rt, it);
    if (v === NULL) return isliceEnd(rt, w);
    setSmall(rt.i32, w + 4, count + 1);
    let after = next + small(rt.i32, w + 3);
    if (end >= 0 && after > end) after = end;
    setSmall(rt.i32, w + 1, after);
    return v;
  }],
  // accumulate: running totals (func(total, x), or total + x), after the initial value
  ['accumulate_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'accumulate_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    let i32 = rt.i32;
    const phase = small(i32, w + 3);
    if (phase === PHASE_DONE) return stop(rt);
    if (phase === PHASE_START && i32[w + 2] !== rt.None) {
      setSmall(i32, w + 3, PHASE_RUNNING);
      return held(rt, i32[w + 2] as Ref);
    }
    const v = iterNext(rt, i32[w] as Ref);
    i32 = rt.i32;
    if (v === NULL) {
      setSmall(i32, w + 3, PHASE_DONE);
      return errOccurred(rt) ? NULL : stop(rt);
    }
    let total: Ref;
    if (small(i32, w + 3) === PHASE_START) {
      setSmall(i32, w + 3, PHASE_RUNNING);
      total = v;
    } else {
      const func = i32[w + 1] as Ref;
      const prev = i32[w + 2] as Ref;
      total = func === rt.None ? binaryOp(rt, prev, v, ADD) : call2(rt, func, prev, v);
      decref(rt, v);
      if (total === NULL) return NULL;
    }
    replace(rt, w + 2, held(rt, total));
    return total;
  }],
  // zip_longest: a tuple of one item per iterator, fillvalue for the exhausted ones
  ['zip_longest_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'zip_longest_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    let i32 = rt.i32;
    if (small(i32, w + 3) === PHASE_DONE) return stop(rt);
    const iterators = i32[w] as Ref;
    const n = listSize(rt, iterators);
    if (n === 0 || small(i32, w + 2) === 0) return done(rt, w);
    const t = tupleNew(rt, n);
    for (let i = 0; i < n; i++) {
      i32 = rt.i32;
      const itw = listItemsWord(rt, iterators) + i;
      const it = i32[itw] as Ref;
      let v: Ref = NULL;
      if (it !== rt.None) {
        v = iterNext(rt, it);
        i32 = rt.i32;
        if (v === NULL) {
          if (errOccurred(rt)) {
            decref(rt, t);
            return NULL;
          }
          const active = small(i32, w + 2) - 1;
          setSmall(i32, w + 2, active);
          if (active === 0) {
            decref(rt, t);
            return done(rt, w);
          }
          replace(rt, listItemsWord(rt, iterators) + i, rt.None);
        }
      }
      tupleSetItemSteal(rt, t, i, v !== NULL ? v : held(rt, rt.i32[w + 1] as Ref));
    }
    return t;
  }],
  // groupby_step(state): the next group's (key, group), where the group is the stepper of
  // grouper_step (GB_GROUPER_STEP) over [state, token, key] (CPython's groupby_next; a
  // generator around it and a Python class per group cost ~2.5 us a group)
  ['groupby_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'groupby_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    const token = small(rt.i32, w + GB_TOKEN) + 1;
    setSmall(rt.i32, w + GB_TOKEN, token); // the groups handed out before end here
    const marker = rt.i32[w + GB_MARKER] as Ref;
    for (;;) {
      const currkey = rt.i32[w + GB_CURRKEY] as Ref;
      const tgtkey = rt.i32[w + GB_TGTKEY] as Ref;
      if (currkey !== marker) {
        if (tgtkey === marker) break;
        const same = richCompareBool(rt, tgtkey, currkey, CMP_EQ);
        if (same < 0) return NULL;
        if (same === 0) break;
      }
      const stepped = groupbyAdvance(rt, w);
      if (stepped <= 0) return stepped < 0 ? NULL : stop(rt);
    }
    const key = rt.i32[w + GB_CURRKEY] as Ref;
    replace(rt, w + GB_TGTKEY, held(rt, key));
    const groupState = listNew(rt, 3);
    listAppend(rt, groupState, rt.i32[args] as Ref);
    listAppend(rt, groupState, ((token << 1) | 1) as Ref);
    listAppend(rt, groupState, key);
    const group = stepperNew(rt, rt.i32[w + GB_GROUPER_STEP] as Ref, groupState);
    decref(rt, groupState);
    const t = tupleNew(rt, 2);
    tupleSetItemSteal(rt, t, 0, held(rt, key));
    tupleSetItemSteal(rt, t, 1, group);
    return t;
  }],
  // grouper_step([state, token, tgtkey]): the group's next value (CPython's _grouper_next)
  ['grouper_step', (rt, args, nargs, kwnames) => {
    const g = stateOf(rt, 'grouper_step', args, nargs, kwnames);
    if (g < 0) return NULL;
    const state = rt.i32[g] as Ref;
    const w = listItemsWord(rt, state);
    if (rt.i32[w + GB_TOKEN] !== rt.i32[g + 1]) return stop(rt); // a later group began
    const marker = rt.i32[w + GB_MARKER] as Ref;
    if (rt.i32[w + GB_CURRVALUE] === marker) {
      const stepped = groupbyAdvance(rt, w);
      if (stepped <= 0) return stepped < 0 ? NULL : stop(rt);
    }
    const same = richCompareBool(rt, rt.i32[g + 2] as Ref, rt.i32[w + GB_CURRKEY] as Ref, CMP_EQ);
    if (same <= 0) return same < 0 ? NULL : stop(rt);
    const value = rt.i32[w + GB_CURRVALUE] as Ref;
    rt.i32[w + GB_CURRVALUE] = held(rt, marker); // the state's reference moves to the caller
    replace(rt, w + GB_CURRKEY, held(rt, marker));
    return value;
  }],
  // count: the value, then value += step (one step: threads sharing a count never get
  // the same number twice)
  ['count_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'count_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    const i32 = rt.i32;
    const value = i32[w] as Ref;
    const next = binaryOp(rt, value, i32[w + 1] as Ref, ADD);
    if (next === NULL) return NULL;
    rt.i32[w] = next; // the state's reference to the old value moves to the caller
    return value;
  }],
  // cycle: the iterator's items (saved as they pass), then the saved items over and over
  ['cycle_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'cycle_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    const phase = small(rt.i32, w + 2);
    if (phase === PHASE_DONE) return stop(rt);
    const saved = rt.i32[w + 1] as Ref;
    if (phase !== CYCLE_SAVED) {
      const v = iterNext(rt, rt.i32[w] as Ref);
      if (v !== NULL) {
        listAppend(rt, saved, v);
        return v;
      }
      if (errOccurred(rt)) return NULL;
      replace(rt, w, held(rt, rt.None)); // CPython lets go of the exhausted iterator
      if (listSize(rt, saved) === 0) return done(rt, w, 2);
      setSmall(rt.i32, w + 2, CYCLE_SAVED);
      setSmall(rt.i32, w + 3, 0);
    }
    const n = listSize(rt, saved);
    const index = small(rt.i32, w + 3);
    setSmall(rt.i32, w + 3, index + 1 < n ? index + 1 : 0);
    return held(rt, listItem(rt, saved, index));
  }],
  // repeat: the object, `times left` times (or forever)
  ['repeat_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'repeat_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    const count = rt.i32[w + 1] as Ref;
    if ((count & 1) === 0) {
      // beyond the small ints: an int object, counted down with int arithmetic
      const less = binaryOp(rt, count, ((1 << 1) | 1) as Ref, SUBTRACT);
      if (less === NULL) return NULL;
      replace(rt, w + 1, less);
      return held(rt, rt.i32[w] as Ref);
    }
    const left = small(rt.i32, w + 1);
    if (left === 0) return stop(rt);
    if (left > 0) setSmall(rt.i32, w + 1, left - 1);
    return held(rt, rt.i32[w] as Ref);
  }],
  // chain: each iterable's items in turn (CPython's chain_next)
  ['chain_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'chain_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    for (;;) {
      const source = rt.i32[w] as Ref;
      if (source === rt.None) return stop(rt);
      let active = rt.i32[w + 1] as Ref;
      if (active === rt.None) {
        // no more iterables, or an error from the source or from iter(): the chain is over
        const iterable = iterNext(rt, source);
        if (iterable === NULL) {
          replace(rt, w, held(rt, rt.None));
          return errOccurred(rt) ? NULL : stop(rt);
        }
        active = getIterStepwise(rt, iterable);
        decref(rt, iterable);
        if (active === NULL) {
          replace(rt, w, held(rt, rt.None));
          return NULL;
        }
        replace(rt, w + 1, active);
      }
      const v = iterNext(rt, active);
      if (v !== NULL) return v;
      if (errOccurred(rt)) return NULL;
      if (rt.i32[w + 1] === active) replace(rt, w + 1, held(rt, rt.None));
    }
  }],
  // compress: the data items whose selector is true (no end state, as CPython's: a next()
  // after the end reads the data iterator again)
  ['compress_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'compress_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    for (;;) {
      const datum = iterNext(rt, rt.i32[w] as Ref);
      if (datum === NULL) return errOccurred(rt) ? NULL : stop(rt);
      const selector = iterNext(rt, rt.i32[w + 1] as Ref);
      if (selector === NULL) {
        decref(rt, datum);
        return errOccurred(rt) ? NULL : stop(rt);
      }
      const ok = isTrue(rt, selector);
      decref(rt, selector);
      if (ok === 1) return datum;
      decref(rt, datum);
      if (ok < 0) return NULL;
    }
  }],
  // pairwise: (previous, next) pairs of overlapping items
  ['pairwise_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'pairwise_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    const phase = small(rt.i32, w + 2);
    if (phase === PHASE_DONE) return stop(rt);
    // an error ends it too (CPython's pairwise_next lets go of its iterator either way)
    if (phase === PHASE_START) {
      const first = iterNext(rt, rt.i32[w] as Ref);
      if (first === NULL) {
        setSmall(rt.i32, w + 2, PHASE_DONE);
        replace(rt, w, held(rt, rt.None));
        return errOccurred(rt) ? NULL : stop(rt);
      }
      replace(rt, w + 1, first);
      setSmall(rt.i32, w + 2, PHASE_RUNNING);
    }
    const next = iterNext(rt, rt.i32[w] as Ref);
    if (next === NULL) {
      replace(rt, w + 1, held(rt, rt.None));
      replace(rt, w, held(rt, rt.None));
      setSmall(rt.i32, w + 2, PHASE_DONE);
      return errOccurred(rt) ? NULL : stop(rt);
    }
    const t = tupleNew(rt, 2);
    tupleSetItemSteal(rt, t, 0, held(rt, rt.i32[w + 1] as Ref));
    tupleSetItemSteal(rt, t, 1, held(rt, next));
    replace(rt, w + 1, next);
    return t;
  }],
  // starmap: function(*item) for each item
  ['starmap_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'starmap_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    const item = iterNext(rt, rt.i32[w + 1] as Ref);
    if (item === NULL) return errOccurred(rt) ? NULL : stop(rt);
    const argsTuple = tupleFromIterable(rt, item);
    decref(rt, item);
    if (argsTuple === NULL) return NULL;
    const r = callWithTupleDict(rt, rt.i32[w] as Ref, NULL, argsTuple, NULL);
    decref(rt, argsTuple);
    return r;
  }],
  // dropwhile: the items from the first one the predicate rejects on
  ['dropwhile_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'dropwhile_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    for (;;) {
      const item = iterNext(rt, rt.i32[w + 1] as Ref);
      if (item === NULL) return errOccurred(rt) ? NULL : stop(rt);
      if (small(rt.i32, w + 2) === 1) return item;
      const ok = predicateHolds(rt, rt.i32[w] as Ref, item);
      if (ok === 0) {
        setSmall(rt.i32, w + 2, 1);
        return item;
      }
      decref(rt, item);
      if (ok < 0) return NULL;
    }
  }],
  // takewhile: the items up to the first one the predicate rejects
  ['takewhile_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'takewhile_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    if (small(rt.i32, w + 2) === PHASE_DONE) return stop(rt);
    const item = iterNext(rt, rt.i32[w + 1] as Ref);
    if (item === NULL) return errOccurred(rt) ? NULL : stop(rt);
    const ok = predicateHolds(rt, rt.i32[w] as Ref, item);
    if (ok === 1) return item;
    decref(rt, item);
    if (ok < 0) return NULL;
    return done(rt, w, 2);
  }],
  // filterfalse: the items for which the predicate (None: the item itself) is false
  ['filterfalse_step', (rt, args, nargs, kwnames) => {
    const w = stateOf(rt, 'filterfalse_step', args, nargs, kwnames);
    if (w < 0) return NULL;
    for (;;) {
      const item = iterNext(rt, rt.i32[w + 1] as Ref);
      if (item === NULL) return errOccurred(rt) ? NULL : stop(rt);
      const predicate = rt.i32[w] as Ref;
      const ok = predicate === rt.None ? isTrue(rt, item) : predicateHolds(rt, predicate, item);
      if (ok === 0) return item;
      decref(rt, item);
      if (ok < 0) return NULL;
    }
  }],
]);


/** The truth of predicate(item): 1, 0, or -1 with an error. */
function predicateHolds(rt: Runtime, predicate: Ref, item: Ref): number {
  const r = call1(rt, predicate, item);
  if (r === NULL) return -1;
  const ok = isTrue(rt, r);
  decref(rt, r);
  return ok;
}

export function createItertoolsNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_itertools', ITERTOOLS_FUNCTIONS, []);
}
