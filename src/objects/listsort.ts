/*
 * The sort engine of list.sort() and sorted() (modules/builtins.ts listSortImpl): the
 * stable order of positions 0..n-1 by their keys, comparing with `<` only, as CPython's
 * Objects/listobject.c. `reverse` keeps equal keys in their original order, which is what
 * CPython's reverse-sort-reverse gives.
 *
 * Two paths:
 *  - Keys the VM can compare itself, all of one family: numbers (small ints, bools, floats
 *    other than NaN, mixed freely: each is an exact JS number) or strs without surrogate
 *    code units (then UTF-16 code-unit order is code-point order, Python's). They are read
 *    once into JS values and sorted by V8's stable Array.prototype.sort, ties broken by
 *    position. Integer keys in a range that fits are packed with their positions into
 *    doubles and sorted by Float64Array's native sort (no comparator calls: sorted(words,
 *    key=len) took ~12x CPython's time). Exact tuples whose columns each hold one of those
 *    families are read as rows of JS values and compared lexicographically (tupleKeys). No
 *    Python code runs, nothing can fail, so the order of the comparisons is unobservable.
 *  - Everything else: a port of CPython 3.11's timsort (class TimSort: count_run,
 *    binarysort, merge_compute_minrun, the powersort run stack of found_new_run /
 *    merge_force_collapse, merge_at, merge_lo / merge_hi with gallop_left / gallop_right
 *    and the adaptive min_gallop) over an Int32Array of positions, calling the keys' `<`
 *    through A.richCompareBool. It makes the same comparisons in the same order with the
 *    same operand on each side as CPython, which a `__lt__` that prints, counts or raises
 *    observes; reverse=True reverses the positions first and the result after, as
 *    list_sort_impl. Merges go through one scratch array of n/2 positions and the run
 *    stack is three Int32Arrays; below 64 keys (one run, binary insertion) neither is
 *    made. A comparison that raises stops the sort: null is returned with the exception
 *    set, and the permutation the sort had reached (CPython leaves the list in it) is
 *    handed back through `failed`.
 *
 * Module state: packedIntegerOrder's scratch array (per isolate, never in use across a call
 * into Python) and NO_RUNS, an empty array nothing writes.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { FLOAT_VALUE } from './float.js';
import { intSafeValue } from './int.js';
import { strLen, strToJS, strUnits } from './str.js';
import { tupleItem, tupleSize } from './tuple.js';
import { typeOf } from './object.js';
import * as A from './abstract.js';

/** sortOrder's report of a failed sort. */
export interface SortFailure {
  order: ArrayLike<number> | null;
}

/**
 * The sorted order of positions (a permutation of 0..n-1), or null when a comparison raised
 * (the exception set); then `failed.order`, when `failed` is given, is the permutation of the
 * positions CPython leaves the list in after the failed sort.
 */
export function sortOrder(rt: Runtime, keys: ArrayLike<Ref>, reverse: boolean, failed?: SortFailure): ArrayLike<number> | null {
  const n = keys.length;
  if (n < 2) return n === 0 ? [] : [0];
  const nums = numericKeys(rt, keys);
  if (nums !== null) {
    const run = monotonicOrder(nums, reverse);
    if (run !== null) return run;
    const packed = packedIntegerOrder(nums, reverse);
    if (packed !== null) return packed;
    const order = identityOrder(n);
    order.sort(reverse ? (a, b) => nums[b]! - nums[a]! || a - b : (a, b) => nums[a]! - nums[b]! || a - b);
    return order;
  }
  const strs = stringKeys(rt, keys);
  if (strs !== null) {
    const run = monotonicOrder(strs, reverse);
    if (run !== null) return run;
    const order = identityOrder(n);
    order.sort(reverse
      ? (a, b) => { const x = strs[b]!, y = strs[a]!; return x < y ? -1 : x > y ? 1 : a - b; }
      : (a, b) => { const x = strs[a]!, y = strs[b]!; return x < y ? -1 : x > y ? 1 : a - b; });
    return order;
  }
  const rows = tupleKeys(rt, keys);
  if (rows !== null) {
    const order = identityOrder(n);
    order.sort(reverse ? (a, b) => compareRows(rows[b]!, rows[a]!) || a - b : (a, b) => compareRows(rows[a]!, rows[b]!) || a - b);
    return order;
  }
  return timsortOrder(rt, keys, reverse, failed);
}

/**
 * Tuple keys (`key=lambda kv: (-kv[1], kv[0])`, a list of pairs) as rows of JS values, when
 * every key is an exact tuple and each column holds one family only: numbers as
 * numericKeys reads them, or strs without surrogates. Such tuples compare as their rows
 * do, lexicographically and a shorter prefix first, with no Python code and no possible
 * error, so a stable sort of the rows is the order timsort gives (sorting such keys spent
 * ~80% of sorted()'s time in tuple comparisons). A column that mixes the families (a
 * TypeError, or not, depending on which pairs get compared), or holds anything else: null.
 */
function tupleKeys(rt: Runtime, keys: ArrayLike<Ref>): (number | string)[][] | null {
  const n = keys.length;
  const i32 = rt.i32;
  const rows: (number | string)[][] = new Array<(number | string)[]>(n);
  /** each column's family so far: 1 numbers, 2 strs */
  const families: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = keys[i]!;
    if ((t & 1) === 1 || i32[t >> 2] !== rt.tTuple) return null;
    const size = tupleSize(rt, t);
    const row = new Array<number | string>(size);
    for (let j = 0; j < size; j++) {
      const k = tupleItem(rt, t, j);
      const num = numericKey(rt, k);
      let family: number;
      if (num === num) {
        row[j] = num;
        family = 1;
      } else {
        const str = surrogateFreeStr(rt, k);
        if (str === null) return null;
        row[j] = str;
        family = 2;
      }
      if (j === families.length) families.push(family);
      else if (families[j] !== family) return null;
    }
    rows[i] = row;
  }
  return rows;
}

/** Two rows of tupleKeys in tuple order: negative, 0 (equal), positive. */
function compareRows(x: (number | string)[], y: (number | string)[]): number {
  const common = Math.min(x.length, y.length);
  for (let j = 0; j < common; j++) {
    const a = x[j]!;
    const b = y[j]!;
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return x.length - y.length;
}

/**
 * The order of keys that are already in order (identity) or strictly against it (the
 * positions reversed: no two keys equal, so stability has nothing to keep), else null:
 * one pass, as CPython's count_run finds such a list to be one run. Sorting what is
 * already sorted is common, and both ways are O(n) in CPython.
 */
function monotonicOrder<T extends number | string>(keys: ArrayLike<T>, reverse: boolean): number[] | null {
  const n = keys.length;
  let inOrder = true; // each key after the previous one in the sort's order, or equal
  let against = true; // each key strictly before the previous one in the sort's order
  for (let i = 1; i < n && (inOrder || against); i++) {
    const prev = keys[i - 1]!;
    const cur = keys[i]!;
    if (reverse ? cur > prev : cur < prev) inOrder = false;
    if (reverse ? !(cur > prev) : !(cur < prev)) against = false;
  }
  if (!inOrder && !against) return null;
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = inOrder ? i : n - 1 - i;
  return order;
}

/**
 * The general path: CPython's timsort calling the keys' `<` (see the module comment). As
 * list_sort_impl, reverse=True reverses the positions first and the result after, also
 * after a failure.
 */
function timsortOrder(rt: Runtime, keys: ArrayLike<Ref>, reverse: boolean, failed: SortFailure | undefined): Int32Array | null {
  const n = keys.length;
  const ts = new TimSort(rt, keys, n);
  const a = ts.a;
  for (let i = 0; i < n; i++) a[i] = reverse ? n - 1 - i : i;
  const r = ts.sort();
  if (reverse) reverseRange(a, 0, n);
  if (r === 0) return a;
  if (failed !== undefined) failed.order = a;
  return null;
}

function identityOrder(n: number): number[] {
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * packedIntegerOrder's array, reused (grown to a power of two): a new typed array per sort
 * is a backing store allocated outside V8's heap, ~1 us each, which made sorted() of a
 * 100-item list ~8x CPython's time. Nothing that can run Python code, and so a nested
 * sort, happens while it is in use. One per JS thread (module state is per isolate).
 */
let packScratch = new Float64Array(64);

/**
 * The order when every key is an integer value (small ints, bools, integral floats) and
 * (max - min + 1) * n < 2**53: each key packed with its position into one exact double,
 * (key - min) * n + position (reverse: (max - key) * n + position), sorted by the typed
 * array's native numeric sort, no comparator call. Equal keys keep their positions' order
 * either way, as the stable sort (and CPython's reverse) do.
 */
function packedIntegerOrder(nums: ArrayLike<number>, reverse: boolean): number[] | null {
  const n = nums.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = nums[i]!;
    if (!Number.isInteger(v)) return null;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if ((hi - lo + 1) * n >= 2 ** 53) return null;
  if (packScratch.length < n) packScratch = new Float64Array(2 ** Math.ceil(Math.log2(n)));
  const packed = packScratch.subarray(0, n);
  for (let i = 0; i < n; i++) packed[i] = (reverse ? hi - nums[i]! : nums[i]! - lo) * n + i;
  packed.sort();
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = packed[i]! % n;
  return order;
}

/** The keys as JS numbers when every one is a small int, a bool or a float that is not NaN. */
function numericKeys(rt: Runtime, keys: ArrayLike<Ref>): number[] | null {
  const n = keys.length;
  const out: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = numericKey(rt, keys[i]!);
    if (v !== v) return null;
    out[i] = v;
  }
  return out;
}

/** An int (exact, below 2**53), bool or float key as the exact JS number it is; NaN for any
 * other key (and a NaN float, and a bigger int). */
function numericKey(rt: Runtime, k: Ref): number {
  if ((k & 1) === 1) return k >> 1;
  if (k === rt.True) return 1;
  if (k === rt.False) return 0;
  const t = rt.i32[k >> 2];
  if (t === rt.tFloat) return rt.f64[(k + FLOAT_VALUE) >> 3]!;
  if (t === rt.tInt) return intSafeValue(rt, k);
  return NaN;
}

/** An exact str key without surrogate code units as a JS string (whose order is then Python's); else null. */
function surrogateFreeStr(rt: Runtime, k: Ref): string | null {
  if ((k & 1) === 1 || rt.i32[k >> 2] !== rt.tStr) return null;
  const u16 = rt.u16;
  const base = strUnits(k);
  const len = strLen(rt, k);
  for (let j = 0; j < len; j++) {
    const c = u16[base + j]!;
    if (c >= 0xd800 && c <= 0xdfff) return null;
  }
  return strToJS(rt, k);
}

/** The keys as JS strings when every one is an exact str without surrogate code units. */
function stringKeys(rt: Runtime, keys: ArrayLike<Ref>): string[] | null {
  const n = keys.length;
  const out: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const str = surrogateFreeStr(rt, keys[i]!);
    if (str === null) return null;
    out[i] = str;
  }
  return out;
}

/** Timsort's constants (Objects/listobject.c). */
const MIN_GALLOP = 7;
/** Enough pending runs for any list: powersort keeps at most floor(log2(n)) + 1 of them. */
const MAX_MERGE_PENDING = 64;
/** Below this many keys merge_compute_minrun gives n: a single run, no merging. */
const MIN_MERGE = 64;
/** The (never written) scratch and run stack of a sort without merges. */
const NO_RUNS = new Int32Array(0);

/**
 * CPython 3.11's timsort (Objects/listobject.c, Objects/listsort.txt) over an array of
 * positions, comparing keys[p] < keys[q] with A.richCompareBool in the same order, with
 * the same operands on each side, as CPython's list_sort_impl does. One instance per sort;
 * each comparison's result is -1 (raised), 0 or 1, checked by the caller as CPython's IFLT
 * does (`goto fail`). On failure `a` still holds a permutation of the positions, the state
 * CPython leaves the list in.
 */
class TimSort {
  /** positions being sorted (CPython's lo.keys, with keys[] looked up through them) */
  readonly a: Int32Array;
  /**
   * merge_lo / merge_hi scratch (CPython's ms->a): at most half the list is copied out.
   * It and the run stack are left empty below 64 keys (one run, binary insertion only).
   */
  readonly tmp: Int32Array;
  minGallop = MIN_GALLOP;
  /** the pending-runs stack: start, length and powersort power of run i < n */
  readonly runBase: Int32Array;
  readonly runLen: Int32Array;
  readonly runPower: Int32Array;
  n = 0;
  /** count_run's second result */
  descending = false;
  /**
   * The class of every key when they all have one (else 0): CPython's list_sort_impl then
   * compares with unsafe_object_compare, the class's comparison without
   * PyObject_RichCompare's level of recursion (a recursion through a key's __lt__ goes as
   * deep as there)
   */
  readonly keyClass: number;

  constructor(
    readonly rt: Runtime,
    readonly keys: ArrayLike<Ref>,
    readonly listlen: number,
  ) {
    this.a = new Int32Array(listlen);
    const merges = listlen >= MIN_MERGE;
    this.tmp = merges ? new Int32Array((listlen + 1) >> 1) : NO_RUNS;
    this.runBase = merges ? new Int32Array(MAX_MERGE_PENDING) : NO_RUNS;
    this.runLen = merges ? new Int32Array(MAX_MERGE_PENDING) : NO_RUNS;
    this.runPower = merges ? new Int32Array(MAX_MERGE_PENDING) : NO_RUNS;
    let keyClass = listlen > 0 ? typeOf(rt, keys[0]!) : 0;
    for (let i = 1; i < listlen && keyClass !== 0; i++) if (typeOf(rt, keys[i]!) !== keyClass) keyClass = 0;
    this.keyClass = keyClass;
  }

  /** keys[x] < keys[y]: 1, 0, or -1 with the exception set (CPython's ISLT). */
  lt(x: number, y: number): number {
    if (this.keyClass !== 0) return A.sameClassCompareBool(this.rt, this.keys[x]!, this.keys[y]!, 0, this.keyClass as Ref);
    return A.richCompareBool(this.rt, this.keys[x]!, this.keys[y]!, 0);
  }

  /** Binary insertion sort of a[lo, hi), a[lo, start) being sorted already (binarysort). */
  binarySort(lo: number, hi: number, start: number): number {
    const a = this.a;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = a[r]!;
      // pivot >= all in [lo, l), pivot < all in [r, start)
      do {
        const p = l + ((r - l) >> 1);
        const c = this.lt(pivot, a[p]!);
        if (c < 0) return -1;
        if (c !== 0) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) a[p] = a[p - 1]!;
      a[l] = pivot;
    }
    return 0;
  }

  /**
   * The length of the run at a[lo, hi) (lo < hi): the longest non-descending prefix, or
   * the longest strictly descending one (this.descending set), as count_run; -1 if `<` raised.
   */
  countRun(lo: number, hi: number): number {
    const a = this.a;
    this.descending = false;
    lo++;
    if (lo === hi) return 1;
    let n = 2;
    let c = this.lt(a[lo]!, a[lo - 1]!);
    if (c < 0) return -1;
    if (c !== 0) {
      this.descending = true;
      for (lo = lo + 1; lo < hi; lo++, n++) {
        c = this.lt(a[lo]!, a[lo - 1]!);
        if (c < 0) return -1;
        if (c === 0) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; lo++, n++) {
        c = this.lt(a[lo]!, a[lo - 1]!);
        if (c < 0) return -1;
        if (c !== 0) break;
      }
    }
    return n;
  }

  /**
   * gallop_left: the k in 0..n with arr[base+k-1] < key <= arr[base+k] (the sorted
   * arr[base, base+n) searched from base+hint, hint < n), or -1 if `<` raised.
   */
  gallopLeft(key: number, arr: Int32Array, base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    let c = this.lt(arr[base + hint]!, key);
    if (c < 0) return -1;
    if (c !== 0) {
      // arr[hint] < key: gallop right until arr[hint+lastofs] < key <= arr[hint+ofs]
      const maxofs = n - hint;
      while (ofs < maxofs) {
        c = this.lt(arr[base + hint + ofs]!, key);
        if (c < 0) return -1;
        if (c === 0) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= arr[hint]: gallop left until arr[hint-ofs] < key <= arr[hint-lastofs]
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        c = this.lt(arr[base + hint - ofs]!, key);
        if (c < 0) return -1;
        if (c !== 0) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    // arr[lastofs] < key <= arr[ofs]: binary search in between
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      c = this.lt(arr[base + m]!, key);
      if (c < 0) return -1;
      if (c !== 0) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** gallop_right: as gallopLeft, but the k with arr[base+k-1] <= key < arr[base+k]. */
  gallopRight(key: number, arr: Int32Array, base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    let c = this.lt(key, arr[base + hint]!);
    if (c < 0) return -1;
    if (c !== 0) {
      // key < arr[hint]: gallop left until arr[hint-ofs] <= key < arr[hint-lastofs]
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        c = this.lt(key, arr[base + hint - ofs]!);
        if (c < 0) return -1;
        if (c === 0) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // arr[hint] <= key: gallop right until arr[hint+lastofs] <= key < arr[hint+ofs]
      const maxofs = n - hint;
      while (ofs < maxofs) {
        c = this.lt(key, arr[base + hint + ofs]!);
        if (c < 0) return -1;
        if (c !== 0) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      c = this.lt(key, arr[base + m]!);
      if (c < 0) return -1;
      if (c !== 0) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /**
   * merge_lo: merges a[pa, pa+na) with a[pb, pb+nb) (pb = pa + na, na <= nb, a[pa+na-1]
   * belongs at the end of the merge) in place, the A run copied out to tmp. 0, or -1 if
   * `<` raised (the elements of A not yet placed are copied back, as CPython's Fail).
   */
  mergeLo(pa: number, na: number, pb: number, nb: number): number {
    const a = this.a;
    const tmp = this.tmp;
    for (let i = 0; i < na; i++) tmp[i] = a[pa + i]!;
    let dest = pa;
    let ia = 0;
    let ib = pb;
    // result: 0 Succeed, -1 Fail, 1 CopyB
    let result = 0;
    a[dest++] = a[ib++]!;
    nb--;
    if (nb === 0) result = 0;
    else if (na === 1) result = 1;
    else {
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0; // times A won in a row
        let bcount = 0; // times B won in a row
        // one pair at a time until one run wins consistently
        for (;;) {
          const c = this.lt(a[ib]!, tmp[ia]!);
          if (c !== 0) {
            if (c < 0) { result = -1; break outer; }
            a[dest++] = a[ib++]!;
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) { result = 0; break outer; }
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = tmp[ia++]!;
            acount++;
            bcount = 0;
            na--;
            if (na === 1) { result = 1; break outer; }
            if (acount >= minGallop) break;
          }
        }
        // galloping until neither run wins consistently
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = this.gallopRight(a[ib]!, tmp, ia, na, 0);
          acount = k;
          if (k !== 0) {
            if (k < 0) { result = -1; break outer; }
            for (let i = 0; i < k; i++) a[dest + i] = tmp[ia + i]!;
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) { result = 1; break outer; }
            // na == 0 only with an inconsistent `<`
            if (na === 0) { result = 0; break outer; }
          }
          a[dest++] = a[ib++]!;
          nb--;
          if (nb === 0) { result = 0; break outer; }
          k = this.gallopLeft(tmp[ia]!, a, ib, nb, 0);
          bcount = k;
          if (k !== 0) {
            if (k < 0) { result = -1; break outer; }
            a.copyWithin(dest, ib, ib + k);
            dest += k;
            ib += k;
            nb -= k;
            if (nb === 0) { result = 0; break outer; }
          }
          a[dest++] = tmp[ia++]!;
          na--;
          if (na === 1) { result = 1; break outer; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // penalty for leaving galloping mode
        this.minGallop = minGallop;
      }
    }
    if (result === 1) {
      // CopyB: the last element of A belongs at the end of the merge
      a.copyWithin(dest, ib, ib + nb);
      a[dest + nb] = tmp[ia]!;
      return 0;
    }
    for (let i = 0; i < na; i++) a[dest + i] = tmp[ia + i]!;
    return result;
  }

  /**
   * merge_hi: as mergeLo for na >= nb, merging from the right end, the B run copied out to
   * tmp.
   */
  mergeHi(pa: number, na: number, pb: number, nb: number): number {
    const a = this.a;
    const tmp = this.tmp;
    for (let i = 0; i < nb; i++) tmp[i] = a[pb + i]!;
    const basea = pa;
    let dest = pb + nb - 1;
    let ia = pa + na - 1;
    let ib = nb - 1;
    // result: 0 Succeed, -1 Fail, 1 CopyA
    let result = 0;
    a[dest--] = a[ia--]!;
    na--;
    if (na === 0) result = 0;
    else if (nb === 1) result = 1;
    else {
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          const c = this.lt(tmp[ib]!, a[ia]!);
          if (c !== 0) {
            if (c < 0) { result = -1; break outer; }
            a[dest--] = a[ia--]!;
            acount++;
            bcount = 0;
            na--;
            if (na === 0) { result = 0; break outer; }
            if (acount >= minGallop) break;
          } else {
            a[dest--] = tmp[ib--]!;
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) { result = 1; break outer; }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          this.minGallop = minGallop;
          let k = this.gallopRight(tmp[ib]!, a, basea, na, na - 1);
          if (k < 0) { result = -1; break outer; }
          k = na - k;
          acount = k;
          if (k !== 0) {
            dest -= k;
            ia -= k;
            a.copyWithin(dest + 1, ia + 1, ia + 1 + k);
            na -= k;
            if (na === 0) { result = 0; break outer; }
          }
          a[dest--] = tmp[ib--]!;
          nb--;
          if (nb === 1) { result = 1; break outer; }
          k = this.gallopLeft(a[ia]!, tmp, 0, nb, nb - 1);
          if (k < 0) { result = -1; break outer; }
          k = nb - k;
          bcount = k;
          if (k !== 0) {
            dest -= k;
            ib -= k;
            for (let i = 1; i <= k; i++) a[dest + i] = tmp[ib + i]!;
            nb -= k;
            if (nb === 1) { result = 1; break outer; }
            // nb == 0 only with an inconsistent `<`
            if (nb === 0) { result = 0; break outer; }
          }
          a[dest--] = a[ia--]!;
          na--;
          if (na === 0) { result = 0; break outer; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    }
    if (result === 1) {
      // CopyA: the first element of B belongs at the front of the merge
      a.copyWithin(dest + 1 - na, ia + 1 - na, ia + 1);
      a[dest - na] = tmp[ib]!;
      return 0;
    }
    for (let i = 0; i < nb; i++) a[dest - (nb - 1) + i] = tmp[i]!;
    return result;
  }

  /** merge_at: merges the pending runs i and i + 1 (i is n - 2 or n - 3). */
  mergeAt(i: number): number {
    const a = this.a;
    let pa = this.runBase[i]!;
    let na = this.runLen[i]!;
    const pb = this.runBase[i + 1]!;
    let nb = this.runLen[i + 1]!;
    this.runLen[i] = na + nb;
    if (i === this.n - 3) {
      this.runBase[i + 1] = this.runBase[i + 2]!;
      this.runLen[i + 1] = this.runLen[i + 2]!;
      this.runPower[i + 1] = this.runPower[i + 2]!;
    }
    this.n--;
    // where B's first element goes in A: the elements of A before it are in place
    const k = this.gallopRight(a[pb]!, a, pa, na, 0);
    if (k < 0) return -1;
    pa += k;
    na -= k;
    if (na === 0) return 0;
    // where A's last element goes in B: the elements of B after it are in place
    nb = this.gallopLeft(a[pa + na - 1]!, a, pb, nb, nb - 1);
    if (nb <= 0) return nb;
    return na <= nb ? this.mergeLo(pa, na, pb, nb) : this.mergeHi(pa, na, pb, nb);
  }

  /**
   * found_new_run: a run of n2 follows the top one; merges the runs below whose powersort
   * power is greater than the top run's, then records that power.
   */
  foundNewRun(n2: number): number {
    if (this.n > 0) {
      const power = powerloop(this.runBase[this.n - 1]!, this.runLen[this.n - 1]!, n2, this.listlen);
      while (this.n > 1 && this.runPower[this.n - 2]! > power) {
        if (this.mergeAt(this.n - 2) < 0) return -1;
      }
      this.runPower[this.n - 1] = power;
    }
    return 0;
  }

  /** merge_force_collapse: merges the pending runs until one is left. */
  forceCollapse(): number {
    const len = this.runLen;
    while (this.n > 1) {
      let m = this.n - 2;
      if (m > 0 && len[m - 1]! < len[m + 1]!) m--;
      if (this.mergeAt(m) < 0) return -1;
    }
    return 0;
  }

  /** list_sort_impl's loop over a (already reversed for reverse=True): 0, or -1 if `<` raised. */
  sort(): number {
    const a = this.a;
    let lo = 0;
    let nremaining = this.listlen;
    if (nremaining < MIN_MERGE) {
      // minrun is n: one run, extended by binary insertion to the whole list; nothing to
      // merge (the run stack holds that one run only)
      const n = this.countRun(0, nremaining);
      if (n < 0) return -1;
      if (this.descending) reverseRange(a, 0, n);
      return n < nremaining ? this.binarySort(0, nremaining, n) : 0;
    }
    const minrun = computeMinrun(nremaining);
    do {
      let n = this.countRun(lo, lo + nremaining);
      if (n < 0) return -1;
      if (this.descending) reverseRange(a, lo, lo + n);
      // a short run is extended to min(minrun, nremaining) by binary insertion
      if (n < minrun) {
        const force = nremaining <= minrun ? nremaining : minrun;
        if (this.binarySort(lo, lo + force, lo + n) < 0) return -1;
        n = force;
      }
      if (this.foundNewRun(n) < 0) return -1;
      this.runBase[this.n] = lo;
      this.runLen[this.n] = n;
      this.n++;
      lo += n;
      nremaining -= n;
    } while (nremaining > 0);
    return this.forceCollapse();
  }
}

/**
 * powerloop: the powersort "power" of the run at [s1, s1+n1) followed by one of n2 in a
 * list of n: the first bit where the binary fractions of the runs' midpoints (as 2*mid/n)
 * differ. Doubles: 2 * a stays exact far beyond list sizes.
 */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** merge_compute_minrun: n below 64, else a k in 32..64 with n/k just below a power of 2. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>>= 1;
  }
  return n + r;
}

function reverseRange(a: Int32Array, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
