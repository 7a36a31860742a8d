/*
 * The sort engine of list.sort() and sorted() (modules/builtins.ts listSortImpl): the
 * stable order of positions 0..n-1 by their keys, comparing with `<` only, as CPython's
 * Objects/listobject.c. `reverse` sorts by the reversed comparison and keeps equal keys in
 * their original order, which is what CPython's reverse-sort-reverse gives.
 *
 * Two paths:
 *  - Keys the VM can compare itself, all of one family: numbers (small ints, bools, floats
 *    other than NaN, mixed freely: each is an exact JS number) or strs without surrogate
 *    code units (then UTF-16 code-unit order is code-point order, Python's). They are read
 *    once into JS values and sorted by V8's stable Array.prototype.sort, ties broken by
 *    position. Integer keys in a range that fits are packed with their positions into
 *    doubles and sorted by Float64Array's native sort (no comparator calls: sorted(words,
 *    key=len) took ~12x CPython's time). No Python code runs, nothing can fail.
 *  - Everything else: a natural merge sort calling the objects' `<` (A.richCompareBool).
 *    The input is cut into maximal runs, non-descending or strictly descending (reversed in
 *    place, which keeps stability: timsort's count_run), and the runs are merged pairwise,
 *    a stable merge taking from the right run only when it is strictly less. Sorted and
 *    reverse-sorted input costs n - 1 comparisons. A comparison that raises stops the sort
 *    (null is returned with the exception set); the order of the comparisons differs from
 *    timsort's, which only a `__lt__` with side effects could observe.
 *
 * No module-level state.
 */
import type { Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { FLOAT_VALUE } from './float.js';
import { strLen, strToJS, strUnits } from './str.js';
import * as A from './abstract.js';

/** The sorted order of positions (a permutation of 0..n-1), or null when a comparison raised. */
export function sortOrder(rt: Runtime, keys: ArrayLike<Ref>, reverse: boolean): ArrayLike<number> | null {
  const n = keys.length;
  const nums = n < 2 ? null : numericKeys(rt, keys);
  if (nums !== null) {
    const packed = packedIntegerOrder(nums, reverse);
    if (packed !== null) return packed;
  }
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  if (nums !== null) {
    order.sort(reverse ? (a, b) => nums[b]! - nums[a]! || a - b : (a, b) => nums[a]! - nums[b]! || a - b);
    return order;
  }
  const strs = stringKeys(rt, keys);
  if (strs !== null) {
    const cmp = (a: number, b: number): number => (strs[a]! < strs[b]! ? -1 : strs[a]! > strs[b]! ? 1 : 0);
    order.sort(reverse ? (a, b) => cmp(b, a) || a - b : (a, b) => cmp(a, b) || a - b);
    return order;
  }
  return mergeSortOrder(rt, keys, order, reverse);
}

/**
 * The order when every key is an integer value (small ints, bools, integral floats) and
 * (max - min + 1) * n < 2**53: each key packed with its position into one exact double,
 * (key - min) * n + position (reverse: (max - key) * n + position), sorted by the typed
 * array's native numeric sort, no comparator call. Equal keys keep their positions' order
 * either way, as the stable sort (and CPython's reverse) do.
 */
function packedIntegerOrder(nums: Float64Array, reverse: boolean): Int32Array | null {
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
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (reverse ? hi - nums[i]! : nums[i]! - lo) * n + i;
  packed.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = packed[i]! % n;
  return order;
}

/** The keys as JS numbers when every one is a small int, a bool or a float that is not NaN. */
function numericKeys(rt: Runtime, keys: ArrayLike<Ref>): Float64Array | null {
  const n = keys.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if ((k & 1) === 1) {
      out[i] = k >> 1;
      continue;
    }
    if (k === rt.True) out[i] = 1;
    else if (k === rt.False) out[i] = 0;
    else if (rt.i32[k >> 2] === rt.tFloat) {
      const v = rt.f64[(k + FLOAT_VALUE) >> 3]!;
      if (v !== v) return null;
      out[i] = v;
    } else return null;
  }
  return out;
}

/** The keys as JS strings when every one is an exact str without surrogate code units. */
function stringKeys(rt: Runtime, keys: ArrayLike<Ref>): string[] | null {
  const n = keys.length;
  const out: string[] = new Array<string>(n);
  const u16 = rt.u16;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if ((k & 1) === 1 || rt.i32[k >> 2] !== rt.tStr) return null;
    const base = strUnits(k);
    const len = strLen(rt, k);
    for (let j = 0; j < len; j++) {
      const c = u16[base + j]!;
      if (c >= 0xd800 && c <= 0xdfff) return null;
    }
    out[i] = strToJS(rt, k);
  }
  return out;
}

/** The general path: natural merge sort with the objects' `<` (see the module comment). */
function mergeSortOrder(rt: Runtime, keys: ArrayLike<Ref>, order: number[], reverse: boolean): number[] | null {
  const n = order.length;
  let failed = false;
  // less(a, b): key a sorts strictly before key b
  const less = (a: number, b: number): boolean => {
    if (failed) return false;
    const c = reverse ? A.richCompareBool(rt, keys[b]!, keys[a]!, 0) : A.richCompareBool(rt, keys[a]!, keys[b]!, 0);
    if (c < 0) failed = true;
    return c === 1;
  };
  // 1. runs: [start, end) boundaries
  const bounds: number[] = [0];
  let lo = 0;
  while (lo < n) {
    let hi = lo + 1;
    if (hi < n) {
      if (less(order[hi]!, order[lo]!)) {
        while (hi + 1 < n && less(order[hi + 1]!, order[hi]!)) hi++;
        hi++;
        for (let i = lo, j = hi - 1; i < j; i++, j--) {
          const t = order[i]!;
          order[i] = order[j]!;
          order[j] = t;
        }
      } else {
        while (hi + 1 < n && !less(order[hi + 1]!, order[hi]!)) hi++;
        hi++;
      }
      if (failed) return null;
    }
    bounds.push(hi);
    lo = hi;
  }
  // 2. merge neighbouring runs until one is left
  let tmp: number[] = new Array<number>(n);
  let src = order;
  let runs = bounds;
  while (runs.length > 2) {
    const next: number[] = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const start = runs[r]!;
      const mid = runs[r + 1]!;
      const end = r + 2 < runs.length ? runs[r + 2]! : mid;
      let i = start;
      let j = mid;
      let k = start;
      while (i < mid && j < end) tmp[k++] = less(src[j]!, src[i]!) ? src[j++]! : src[i++]!;
      while (i < mid) tmp[k++] = src[i++]!;
      while (j < end) tmp[k++] = src[j++]!;
      if (failed) return null;
      next.push(end);
    }
    const t = src;
    src = tmp;
    tmp = t;
    runs = next;
  }
  return src;
}
