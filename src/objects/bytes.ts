/*
 * bytes and bytearray: one layout, two kinds (Kind.BYTES immutable, Kind.BYTEARRAY
 * mutable).
 *
 *   byte 16 BY_SIZE   number of bytes
 *        20 BY_DATA   raw block holding the bytes (0 when the capacity is 0)
 *        24 BY_CAP    capacity of the block in bytes
 *        28 (pad)                                        32 bytes
 *
 * The data lives in a separate raw block (as list items do) so a bytearray can grow
 * without moving the object; a bytes object never resizes. Neither holds references, so
 * the cycle collector ignores them and dealloc only frees the block (bytesFreeData).
 *
 * Owns: construction (bytes(...)/bytearray(...) and the b'' constants), repr, hash (the
 * str hash of the latin-1 text, so hash(b'abc') == hash('abc') as in CPython), indexing
 * and slicing, item assignment (bytearray), comparison, concatenation, repetition,
 * `in`, `%`-formatting, the methods (BYTES_METHODS, BYTEARRAY_METHODS), str.encode and
 * bytes.decode (utf-8, ascii, latin-1 with errors strict/ignore/replace and CPython's
 * UnicodeDecodeError/UnicodeEncodeError messages), int.from_bytes / int.to_bytes.
 * Iteration uses the generic sequence iterator (getItem with an int index).
 *
 * Choices: methods work on JS copies (Uint8Array / latin-1 strings): bytes in the
 * scripts of the subset are small. The per-item paths do not copy: indexing reads the heap
 * bytes in place and append/extend/`+=` grow a bytearray's block geometrically
 * (bytearrayReserve), so a loop over or onto a buffer stays linear. Not supported: the buffer protocol, memoryview,
 * bytearray slice assignment with a step, encodings other than utf-8/ascii/latin-1.
 *
 * No module-level mutable state.
 */
import { moveBytes } from '../heap/move.js';
import { intMaxStrDigits } from './numparse.js';
import { NULL, type Ref } from '../heap/layout.js';
import { allocRaw, free } from '../heap/alloc.js';
import { HeapExhausted, type Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raiseNew, raiseOverflow, errOccurred, errorMatches, clearError, setRaised } from '../vm/errors.js';
import { defineNative, type NativeFn } from '../vm/natives.js';
import { newObject } from './object.js';
import { kindOf, typeOf } from './object.js';
import { Kind } from './kinds.js';
import { STR_DATA, STR_LEN, strAlloc, strCodePointLen, strFromJS, strToJS } from './str.js';
import { internJS } from './intern.js';
import { dictSetItem } from './dict.js';
import { builtinFunctionNew, SM_FUNC, SM_SIZE } from './method.js';
import { TP_DICT } from './typelayout.js';
import { sliceIndices } from './slice.js';
import { tupleSize, tupleItem, tupleFromRefs, tupleNew, tupleSetItemSteal } from './tuple.js';
import { exceptionNew } from './exceptions.js';
import { listNew, listAppendSteal } from './list.js';
import { intFromBigint, intFromNumber, intSafeValue, intToBigint, intToNumberOrBig } from './int.js';
import { sipHashBytes, sipResult, type PyHash } from './numhash.js';
import * as A from './abstract.js';
import { typeLookup } from './type.js';
import { callWithSelf0, call1 } from '../vm/call.js';
import { percentFormat, type PercentArgs } from './formatspec.js';
import { asciiEscaped, intOfIndex, PercentFail, percentArgsOf } from './strmethods.js';
import { floatValue } from './float.js';

export const BY_SIZE = 16;
export const BY_DATA = 20;
export const BY_CAP = 24;
export const BY_OBJ_SIZE = 32;

export function isBytesKind(k: Kind): boolean {
  return k === Kind.BYTES || k === Kind.BYTEARRAY;
}

function isBytesLike(rt: Runtime, v: Ref): boolean {
  return (v & 1) === 0 && isBytesKind(kindOf(rt, v));
}

/** A new bytes (or bytearray) holding a copy of `data`. New reference. */
export function bytesNew(rt: Runtime, data: Uint8Array, mutable = false): Ref {
  const ref = newObject(rt, rt.kindTypes[mutable ? Kind.BYTEARRAY : Kind.BYTES]!, BY_OBJ_SIZE);
  if (data.length > 0) bytesSetData(rt, ref, data);
  return ref;
}

function bytesSetData(rt: Runtime, ref: Ref, data: Uint8Array): void {
  const i32 = rt.i32;
  const old = i32[(ref + BY_DATA) >> 2] as Ref;
  let block = old;
  if (data.length > i32[(ref + BY_CAP) >> 2]!) {
    const cap = data.length + (data.length >> 3) + 8;
    block = allocRaw(rt.heap, cap);
    if (block === 0) throw new HeapExhausted(cap);
    if (old !== 0) free(rt.heap, old);
    i32[(ref + BY_DATA) >> 2] = block;
    i32[(ref + BY_CAP) >> 2] = cap;
  }
  rt.u8.set(data, block);
  i32[(ref + BY_SIZE) >> 2] = data.length;
}

/**
 * Makes room for `extra` more bytes after the `n` bytes of bytearray `ref` and returns the
 * data block (size unchanged, old bytes kept). Growth is geometric, so append/extend/`+=`
 * in a loop are amortised O(1) per byte as in CPython (a full copy at each call was
 * quadratic).
 */
function bytearrayReserve(rt: Runtime, ref: Ref, extra: number): number {
  const i32 = rt.i32;
  const n = i32[(ref + BY_SIZE) >> 2]!;
  const old = i32[(ref + BY_DATA) >> 2] as Ref;
  const need = n + extra;
  if (need <= i32[(ref + BY_CAP) >> 2]!) return old;
  const cap = need + (need >> 3) + 8;
  const block = allocRaw(rt.heap, cap);
  if (block === 0) throw new HeapExhausted(cap);
  if (old !== 0) {
    rt.u8.copyWithin(block, old, old + n);
    free(rt.heap, old);
  }
  i32[(ref + BY_DATA) >> 2] = block;
  i32[(ref + BY_CAP) >> 2] = cap;
  return block;
}

/** Appends `more` (not a view of `ref`'s own block) to bytearray `ref`. */
function bytearrayAppendData(rt: Runtime, ref: Ref, more: Uint8Array): void {
  const n = rt.i32[(ref + BY_SIZE) >> 2]!;
  const block = bytearrayReserve(rt, ref, more.length);
  rt.u8.set(more, block + n);
  rt.i32[(ref + BY_SIZE) >> 2] = n + more.length;
}

/** dealloc: frees the data block. */
export function bytesFreeData(rt: Runtime, ref: Ref): void {
  const block = rt.i32[(ref + BY_DATA) >> 2] as Ref;
  if (block !== 0) free(rt.heap, block);
  rt.i32[(ref + BY_DATA) >> 2] = 0;
  rt.i32[(ref + BY_CAP) >> 2] = 0;
  rt.i32[(ref + BY_SIZE) >> 2] = 0;
}

export function bytesSize(rt: Runtime, ref: Ref): number {
  return rt.i32[(ref + BY_SIZE) >> 2]!;
}

/** A copy of the bytes of `ref`. */
export function bytesData(rt: Runtime, ref: Ref): Uint8Array {
  const n = rt.i32[(ref + BY_SIZE) >> 2]!;
  const block = rt.i32[(ref + BY_DATA) >> 2]!;
  return rt.u8.slice(block, block + n);
}

/** The bytes as a str of code points 0-255 (latin-1). */
export function latin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function newLike(rt: Runtime, like: Ref, data: Uint8Array): Ref {
  return bytesNew(rt, data, kindOf(rt, like) === Kind.BYTEARRAY);
}

// ------------------------------------------------------------------ repr, hash

/** CPython's bytes repr: b'...' (double quotes if only ' occurs). */
export function bytesReprJS(data: Uint8Array, bytearrayQuirk = false): string {
  let hasSingle = false, hasDouble = false;
  for (const c of data) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of data) {
    // bytearray_repr escapes ' even inside "..." (CPython's quirk)
    if (c === quote.charCodeAt(0) || c === 0x5c || (bytearrayQuirk && c === 0x27)) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

export function bytesRepr(rt: Runtime, v: Ref): string {
  const r = bytesReprJS(bytesData(rt, v), kindOf(rt, v) === Kind.BYTEARRAY);
  return kindOf(rt, v) === Kind.BYTEARRAY ? `${A.typeNameOf(rt, v)}(${r})` : r;
}

/** hash(b): CPython's SipHash-1-3 over the bytes (numhash.ts); hash(b'') is 0. */
export function bytesHash(rt: Runtime, v: Ref): PyHash {
  const n = rt.i32[(v + BY_SIZE) >> 2]!;
  if (n === 0) return 0;
  const block = rt.i32[(v + BY_DATA) >> 2]!;
  sipHashBytes(rt.u8.subarray(block, block + n), n);
  return sipResult();
}

// ------------------------------------------------------------------ sequence operations

export function bytesGetItem(rt: Runtime, b: Ref, key: Ref): Ref {
  // reads the heap bytes in place: a copy of the whole data per index made iterating
  // (the generic sequence iterator indexes) quadratic
  const n = bytesSize(rt, b);
  if ((key & 1) === 0 && kindOf(rt, key) === Kind.SLICE) {
    const sl = sliceIndices(rt, key, n);
    if (sl === null) return NULL;
    const [start, , step, len] = sl;
    // straight from heap block to heap block (a JS copy and a subarray view per slice
    // made b[i:i+3] in a loop ~40x CPython's time)
    const r = bytesNewSized(rt, kindOf(rt, b) === Kind.BYTEARRAY, len);
    if (len === 0) return r;
    const block = rt.i32[(r + BY_DATA) >> 2]!;
    const u8 = rt.u8;
    const src = rt.i32[(b + BY_DATA) >> 2]!;
    if (step === 1) moveBytes(u8, block, src + start, len);
    else for (let i = 0, j = src + start; i < len; i++, j += step) u8[block + i] = u8[j]!;
    return r;
  }
  let i = A.indexValue(rt, key, kindOf(rt, b) === Kind.BYTEARRAY ? 'bytearray' : 'byte');
  if (i === null) return NULL;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseIndexError(rt, kindOf(rt, b) === Kind.BYTEARRAY ? 'bytearray index out of range' : 'index out of range');
  return (rt.u8[rt.i32[(b + BY_DATA) >> 2]! + i]! << 1 | 1) as Ref;
}

function byteValue(rt: Runtime, v: Ref, what = 'byte'): number | null {
  const k = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
  let x: bigint;
  if (k === Kind.INT || k === Kind.BOOL) x = intToBigint(rt, v);
  else if (A.isHeapTypeObj(rt, v) && A.lookupSpecial(rt, v, rt.names.__index__) !== NULL) {
    // an __index__ object, as CPython's PyNumber_AsSsize_t
    const r = A.indexObject(rt, v);
    if (r === NULL) return null;
    x = intToBigint(rt, r);
    decref(rt, r);
  } else {
    raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object cannot be interpreted as an integer`);
    return null;
  }
  if (x < 0n || x > 255n) {
    raiseValueError(rt, `${what} must be in range(0, 256)`);
    return null;
  }
  return Number(x);
}

/** bytearray[key] = value; 0 / -1. */
export function bytearraySetItem(rt: Runtime, b: Ref, key: Ref, value: Ref): number {
  const n = bytesSize(rt, b);
  if ((key & 1) === 0 && kindOf(rt, key) === Kind.SLICE) {
    // a copy of the data before the value's conversion, which may run Python code (an
    // iterable's) that resizes b; a bytes-like value runs none, and is written in place
    const before = isBytesLike(rt, value) ? null : bytesData(rt, b);
    const sl = sliceIndices(rt, key, n);
    if (sl === null) return -1;
    const [start, stop, step, len] = sl;
    const repl = bytesFromObject(rt, value, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    if (repl === null) return -1;
    const inPlace = bytesSize(rt, b) === n;
    if (step === 1) {
      const end = Math.max(start, stop);
      if (inPlace && repl.length === end - start) {
        rt.u8.set(repl, rt.i32[(b + BY_DATA) >> 2]! + start);
        return 0;
      }
      const data = before ?? bytesData(rt, b);
      const out = new Uint8Array(n - (end - start) + repl.length);
      out.set(data.subarray(0, start), 0);
      out.set(repl, start);
      out.set(data.subarray(end), start + repl.length);
      bytesSetData(rt, b, out);
      return 0;
    }
    if (repl.length === 0) return bytearrayDelItem(rt, b, key); // CPython: an empty value deletes the extended slice
    if (repl.length !== len) {
      raiseValueError(rt, `attempt to assign bytes of size ${repl.length} to extended slice of size ${len}`);
      return -1;
    }
    if (inPlace) {
      // in the heap block: a sieve's `flags[i*i::i] = bytes(k)` copied the whole array twice
      const u8 = rt.u8;
      const block = rt.i32[(b + BY_DATA) >> 2]!;
      for (let i = 0, j = block + start; i < len; i++, j += step) u8[j] = repl[i]!;
      return 0;
    }
    const data = before ?? bytesData(rt, b);
    for (let i = 0, j = start; i < len; i++, j += step) data[j] = repl[i]!;
    bytesSetData(rt, b, data);
    return 0;
  }
  let i = A.indexValue(rt, key, 'bytearray');
  if (i === null) return -1;
  // the value before the range check, as CPython (gh-91153: its __index__ may resize b)
  const x = byteValue(rt, value);
  if (x === null) return -1;
  const size = bytesSize(rt, b);
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    raiseIndexError(rt, 'bytearray index out of range');
    return -1;
  }
  const block = rt.i32[(b + BY_DATA) >> 2]!;
  rt.u8[block + i] = x;
  return 0;
}

/** del bytearray[key]; 0 / -1. */
export function bytearrayDelItem(rt: Runtime, b: Ref, key: Ref): number {
  const data = bytesData(rt, b);
  const n = data.length;
  const keep = new Array<boolean>(n).fill(true);
  if ((key & 1) === 0 && kindOf(rt, key) === Kind.SLICE) {
    const sl = sliceIndices(rt, key, n);
    if (sl === null) return -1;
    const [start, , step, len] = sl;
    for (let i = 0, j = start; i < len; i++, j += step) keep[j] = false;
  } else {
    let i = A.indexValue(rt, key, 'bytearray');
    if (i === null) return -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      raiseIndexError(rt, 'bytearray index out of range');
      return -1;
    }
    keep[i] = false;
  }
  bytesSetData(rt, b, data.filter((_, j) => keep[j]));
  return 0;
}

export function bytesContains(rt: Runtime, b: Ref, item: Ref): number {
  const data = bytesData(rt, b);
  if (isBytesLike(rt, item)) return latin1(data).includes(latin1(bytesData(rt, item))) ? 1 : 0;
  if ((item & 1) === 0 && kindOf(rt, item) !== Kind.INT && kindOf(rt, item) !== Kind.BOOL) {
    if (typeLookup(rt, typeOf(rt, item), rt.names.__index__) !== NULL) {
      const s = subArg(rt, item); // the byte an object with __index__ stands for
      return s === null ? -1 : latin1(data).includes(s) ? 1 : 0;
    }
    raiseTypeError(rt, `a bytes-like object is required, not '${A.typeNameOf(rt, item)}'`);
    return -1;
  }
  const x = byteValue(rt, item);
  if (x === null) return -1;
  return data.includes(x) ? 1 : 0;
}

/** Comparison of two bytes-likes; NotImplemented (borrowed) otherwise. */
export function bytesCompare(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  if (!isBytesLike(rt, a) || !isBytesLike(rt, b)) return rt.NotImplemented;
  const x = bytesData(rt, a), y = bytesData(rt, b);
  let c = 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n && c === 0; i++) c = x[i]! - y[i]!;
  if (c === 0) c = x.length - y.length;
  return A.cmpResult(rt, c, op);
}

/** a + b for bytes-likes (the result has a's type; `ba += b` extends ba in place). */
export function bytesConcat(rt: Runtime, a: Ref, b: Ref, inplace = false): Ref {
  if (!isBytesLike(rt, b)) {
    return raiseTypeError(rt, `can't concat ${A.typeNameOf(rt, b)} to ${A.typeNameOf(rt, a)}`);
  }
  if (inplace && kindOf(rt, a) === Kind.BYTEARRAY) {
    bytearrayAppendData(rt, a, bytesData(rt, b));
    return newRef(rt, a);
  }
  // heap block to heap block (three JS copies before: `b += chunk` in a loop ~17x CPython)
  const na = bytesSize(rt, a), nb = bytesSize(rt, b);
  const r = bytesNewSized(rt, kindOf(rt, a) === Kind.BYTEARRAY, na + nb);
  if (na + nb === 0) return r;
  const block = rt.i32[(r + BY_DATA) >> 2]!;
  const u8 = rt.u8;
  moveBytes(u8, block, rt.i32[(a + BY_DATA) >> 2]!, na);
  moveBytes(u8, block + na, rt.i32[(b + BY_DATA) >> 2]!, nb);
  return r;
}

/** Fills `total` bytes of `out` from index `at` (a whole number of copies of x) with copies of x: one fill for one
 * byte, else by doubling (log2 native copies, not one per copy: b'x' * 23000 made 23,000
 * calls, ~1 ms). */
function repeatInto(out: Uint8Array, at: number, x: Uint8Array, total: number): void {
  if (total === 0) return;
  if (x.length === 1) {
    out.fill(x[0]!, at, at + total);
    return;
  }
  out.set(x, at);
  for (let filled = x.length; filled < total; filled *= 2) out.copyWithin(at + filled, at, at + Math.min(filled, total - filled));
}

const EMPTY_BYTES = new Uint8Array(0);

/** Sizes bytes object ref (empty, just made) to n bytes and returns its data block's byte
 * index, for the caller to fill. When the heap is exhausted, ref is released first. */
function bytesReserveData(rt: Runtime, ref: Ref, n: number): number {
  if (n === 0) return 0;
  const block = allocRaw(rt.heap, n);
  if (block === 0) {
    decref(rt, ref);
    throw new HeapExhausted(n);
  }
  rt.i32[(ref + BY_DATA) >> 2] = block;
  rt.i32[(ref + BY_CAP) >> 2] = n;
  rt.i32[(ref + BY_SIZE) >> 2] = n;
  return block;
}

/** A new bytes (or bytearray: `mutable`) of n bytes for the caller to fill (its block:
 * the BY_DATA word; not zeroed). New reference. */
function bytesNewSized(rt: Runtime, mutable: boolean, n: number): Ref {
  const r = newObject(rt, rt.kindTypes[mutable ? Kind.BYTEARRAY : Kind.BYTES]!, BY_OBJ_SIZE);
  bytesReserveData(rt, r, n);
  return r;
}

/** a * n for a bytes-like (the result has a's type; `ba *= n` repeats ba in place, as
 * CPython's bytearray_irepeat). */
export function bytesRepeat(rt: Runtime, a: Ref, n: Ref, inplace = false): Ref {
  const big = intToBigint(rt, n);
  // the count is a Py_ssize_t (PyNumber_AsSsize_t with OverflowError), even for b''
  if (big > 9223372036854775807n || big < -9223372036854775808n) return raiseOverflow(rt, "cannot fit 'int' into an index-sized integer");
  const count = Number(big);
  const x = bytesData(rt, a);
  const inPlace = inplace && kindOf(rt, a) === Kind.BYTEARRAY;
  if (!inPlace && (count <= 0 || x.length === 0)) return newLike(rt, a, new Uint8Array(0));
  if (x.length * count > 1 << 28) return raiseNew(rt, rt.exc.MemoryError ?? rt.exc.OverflowError!, '');
  if (!inPlace) {
    // straight into the new object's block: no JS buffer of the result
    const r = newLike(rt, a, EMPTY_BYTES);
    repeatInto(rt.u8, bytesReserveData(rt, r, x.length * count), x, x.length * count);
    return r;
  }
  const out = new Uint8Array(count <= 0 ? 0 : x.length * count);
  repeatInto(out, 0, x, out.length);
  rt.i32[(a + BY_SIZE) >> 2] = 0;
  bytearrayAppendData(rt, a, out);
  return newRef(rt, a);
}

/** The bytes of a bytes-like value or of v.__bytes__() (bytes(x), b'%s' % x), or
 * undefined when v has neither (nothing raised); null with an exception set. */
function bytesOfValue(rt: Runtime, v: Ref): Uint8Array | null | undefined {
  if (isBytesLike(rt, v)) return bytesData(rt, v);
  if ((v & 1) === 1) return undefined;
  const method = typeLookup(rt, typeOf(rt, v), internJS(rt, '__bytes__'));
  if (method === NULL) return undefined;
  const r = callWithSelf0(rt, method, v);
  if (r === NULL) return null;
  if ((r & 1) === 1 || kindOf(rt, r) !== Kind.BYTES) {
    raiseTypeError(rt, `__bytes__ returned non-bytes (type ${A.typeNameOf(rt, r)})`);
    decref(rt, r);
    return null;
  }
  const data = bytesData(rt, r).slice();
  decref(rt, r);
  return data;
}

/** b % args as CPython's PyBytes_Format: formats.ts's percentFormat in bytes mode on the
 * latin-1 text of the format (%s/%b take bytes-like or __bytes__ values, %r/%a give the
 * ASCII repr, %(key) looks up a bytes key). The `_strMod` parameter is unused (kept for
 * the caller's signature). */
export function bytesMod(rt: Runtime, a: Ref, args: Ref, _strMod?: (rt: Runtime, s: Ref, args: Ref) => Ref): Ref {
  const pa = percentArgsOf(rt, args, true);
  const fail = (): never => { throw new PercentFail(); };
  // the values %(key) lookups returned: a __getitem__ may return a fresh object that
  // nothing else keeps alive, so they are owned until the format is done
  const held: Ref[] = [];
  try {
    const out = A.numeric(rt, () => percentFormat(latin1(bytesData(rt, a)), pa, {
      bytesMode: true,
      str: (v) => {
        const data = bytesOfValue(rt, v);
        if (data === null) return fail();
        if (data === undefined) {
          raiseTypeError(rt, `%b requires a bytes-like object, or an object that implements __bytes__, not '${A.typeNameOf(rt, v)}'`);
          return fail();
        }
        return latin1(data);
      },
      repr: (v) => { const r = A.reprJS(rt, v); return r === null ? fail() : asciiEscaped(r); },
      ascii: (v) => { const r = A.reprJS(rt, v); return r === null ? fail() : asciiEscaped(r); },
      typeName: (v) => A.typeNameOf(rt, v),
      maxStrDigits: () => intMaxStrDigits(rt),
      toInt: (v, indexOnly) => {
        const vk = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
        if (vk === Kind.INT || vk === Kind.BOOL) return intToNumberOrBig(rt, v);
        if (vk === Kind.FLOAT && !indexOnly) return Math.trunc(floatValue(rt, v));
        return null;
      },
      toFloat: (v) => {
        const vk = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
        if (vk === Kind.FLOAT) return floatValue(rt, v);
        if (vk === Kind.INT || vk === Kind.BOOL) {
          // beyond the float range: formatfloat turns PyFloat_AsDouble's OverflowError into
          // "float argument required" (null here)
          const n = intToNumberOrBig(rt, v);
          if (typeof n !== 'bigint') return n;
          const x = Number(n);
          return x === Infinity || x === -Infinity ? null : x;
        }
        return null;
      },
      charArg: (v) => {
        if (isBytesLike(rt, v)) return latin1(bytesData(rt, v));
        const vk = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
        if (vk === Kind.INT || vk === Kind.BOOL) return intToNumberOrBig(rt, v);
        return null;
      },
      getItem: (m, key) => {
        const kr = bytesNew(rt, fromLatin1(key));
        const r = A.getItem(rt, m, kr);
        decref(rt, kr);
        if (r === NULL) return fail();
        held.push(r);
        return r;
      },
    }));
    return out === null ? NULL : newLike(rt, a, fromLatin1(out));
  } catch (e) {
    if (e instanceof PercentFail) return NULL;
    throw e;
  } finally {
    for (const r of held) decref(rt, r);
  }
}

// ------------------------------------------------------------------ codecs

function normEncoding(e: string): string | null {
  const n = e.toLowerCase().replace(/[-_ ]/g, '');
  if (n === 'utf8' || n === 'u8' || n === 'utf') return 'utf-8';
  if (n === 'ascii' || n === 'usascii') return 'ascii';
  if (n === 'latin1' || n === 'latin' || n === 'l1' || n === 'iso88591' || n === '8859' || n === 'cp819') return 'latin-1';
  if (n === 'utf8sig') return 'utf-8-sig';
  if (n === 'utf16' || n === 'u16') return 'utf-16';
  if (n === 'utf16le' || n === 'utf16be' || n === 'utf32le' || n === 'utf32be') return `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`;
  if (n === 'utf32' || n === 'u32') return 'utf-32';
  return null;
}

/** The UTF-16 and UTF-32 codecs: unit size in bytes, and big-endian or not (utf-16 and
 * utf-32 without a suffix write little-endian after a BOM, as CPython on x86). */
function wideCodec(enc: string): { unit: 2 | 4; bigEndian: boolean; bom: boolean } | null {
  if (!enc.startsWith('utf-16') && !enc.startsWith('utf-32')) return null;
  return { unit: enc.startsWith('utf-16') ? 2 : 4, bigEndian: enc.endsWith('-be'), bom: enc.length === 6 };
}

/** Appends one UTF-16 or UTF-32 unit (a surrogate pair for an astral code point in UTF-16). */
function pushWide(out: number[], cp: number, unit: 2 | 4, bigEndian: boolean): void {
  if (unit === 2 && cp > 0xffff) {
    pushWide(out, 0xd800 + ((cp - 0x10000) >> 10), 2, bigEndian);
    pushWide(out, 0xdc00 + ((cp - 0x10000) & 0x3ff), 2, bigEndian);
    return;
  }
  for (let k = 0; k < unit; k++) out.push((cp >>> (8 * (bigEndian ? unit - 1 - k : k))) & 0xff);
}

/** str.encode for the UTF-16 and UTF-32 codecs: lone surrogates are the errors
 * ("surrogates not allowed"; surrogatepass writes them as units). */
function encodeWide(rt: Runtime, s: string, enc: string, errors: string): Uint8Array | null {
  const { unit, bigEndian, bom } = wideCodec(enc)!;
  const out: number[] = [];
  if (bom) pushWide(out, 0xfeff, unit, bigEndian);
  for (let i = 0; i < s.length;) {
    const c = s.codePointAt(i)!;
    if (c < 0xd800 || c >= 0xe000) {
      pushWide(out, c, unit, bigEndian);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    let end = i + 1;
    while (end < s.length && (s.codePointAt(end)! & 0xfff800) === 0xd800) end++;
    if (errors !== 'strict' && !knownHandler(rt, errors)) return null;
    if (errors === 'strict' || errors === 'surrogateescape') {
      const pos = [...s.slice(0, i)].length;
      raiseUnicodeError(rt, 'UnicodeEncodeError', enc, strFromJS(rt, s), pos, pos + end - i, 'surrogates not allowed');
      return null;
    }
    for (let k = i; k < end; k++) {
      const cp = s.charCodeAt(k);
      const text = errors === 'replace' ? '?' : errors === 'xmlcharrefreplace' ? `&#${cp};` : errors === 'backslashreplace' ? backslashEscape(cp) : '';
      if (errors === 'surrogatepass') pushWide(out, cp, unit, bigEndian);
      else for (const ch of text) pushWide(out, ch.charCodeAt(0), unit, bigEndian);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** bytes.decode for the UTF-16 and UTF-32 codecs: a BOM picks the byte order of utf-16 and
 * utf-32 (and is dropped; little-endian without one); CPython's reasons and positions, the
 * error naming the codec with its byte order ('utf-16-le'). */
function decodeWide(rt: Runtime, d: Uint8Array, enc: string, errors: string): string | null {
  const { unit, bom } = wideCodec(enc)!;
  let bigEndian = wideCodec(enc)!.bigEndian;
  let i = 0;
  if (bom) {
    if (unit === 2 && d[0] === 0xfe && d[1] === 0xff) { bigEndian = true; i = 2; }
    else if (unit === 2 && d[0] === 0xff && d[1] === 0xfe) i = 2;
    else if (unit === 4 && d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff) { bigEndian = true; i = 4; }
    else if (unit === 4 && d[0] === 0xff && d[1] === 0xfe && d[2] === 0 && d[3] === 0) i = 4;
  }
  const name = `utf-${unit * 8}-${bigEndian ? 'be' : 'le'}`;
  const read = (at: number): number => {
    let v = 0;
    for (let k = 0; k < unit; k++) v = v * 256 + d[at + (bigEndian ? k : unit - 1 - k)]!;
    return v;
  };
  const parts: string[] = [];
  while (i < d.length) {
    let reason = '';
    let end = i + unit;
    if (d.length - i < unit) {
      reason = 'truncated data';
      end = d.length;
    } else if (unit === 4) {
      const cp = read(i);
      if (cp > 0x10ffff) reason = 'code point not in range(0x110000)';
      else if (cp >= 0xd800 && cp < 0xe000) reason = 'code point in surrogate code point range(0xd800, 0xe000)';
      else parts.push(String.fromCodePoint(cp));
    } else {
      const u = read(i);
      if (u < 0xd800 || u >= 0xe000) parts.push(String.fromCharCode(u));
      else if (u >= 0xdc00) reason = 'illegal encoding';
      else if (d.length - i < 4) {
        reason = 'unexpected end of data'; // the error covers the rest of the input
        end = d.length;
      }
      else {
        const lo = read(i + 2);
        if (lo >= 0xdc00 && lo < 0xe000) {
          parts.push(String.fromCharCode(u, lo));
          end = i + 4;
        } else reason = 'illegal UTF-16 surrogate';
      }
    }
    if (reason !== '') {
      // CPython's utf-16 'truncated data' names the one byte left when only one is
      const badEnd = unit === 2 && reason === 'truncated data' ? i + 1 : end;
      const r = decodeError(rt, d, i, end, errors);
      if (r === null) {
        if (errOccurred(rt)) return null;
        raiseUnicodeError(rt, 'UnicodeDecodeError', name, bytesNew(rt, d), i, badEnd, reason);
        return null;
      }
      parts.push(r);
    }
    i = end;
  }
  return parts.join('');
}

/**
 * Raises UnicodeEncodeError / UnicodeDecodeError as CPython's codecs make them: args
 * (encoding, object, start, end, reason), the str or bytes being converted, start and end
 * in its code points or bytes; the message is the exception's str() of those
 * (objects/abstract.ts unicodeErrorMessage), and .encoding, .object, .start, .end and
 * .reason read them.
 */
function raiseUnicodeError(rt: Runtime, typeName: 'UnicodeEncodeError' | 'UnicodeDecodeError', encoding: string, object: Ref, start: number, end: number, reason: string): Ref {
  const args = tupleNew(rt, 5);
  tupleSetItemSteal(rt, args, 0, strFromJS(rt, encoding));
  tupleSetItemSteal(rt, args, 1, object); // the caller's new reference moves in
  tupleSetItemSteal(rt, args, 2, intFromNumber(rt, start));
  tupleSetItemSteal(rt, args, 3, intFromNumber(rt, end));
  tupleSetItemSteal(rt, args, 4, strFromJS(rt, reason));
  setRaised(rt, exceptionNew(rt, rt.exc[typeName]!, args)); // the tuple's reference moves in
  return NULL;
}

/** The error handlers gilvm's codecs know (CPython's, less namereplace). */
const ERROR_HANDLERS = new Set(['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'surrogateescape', 'surrogatepass']);

/** LookupError for an unknown handler, raised when an error actually needs it (as CPython). */
function knownHandler(rt: Runtime, errors: string): boolean {
  if (ERROR_HANDLERS.has(errors)) return true;
  raiseNew(rt, rt.exc.LookupError!, `unknown error handler name '${errors}'`);
  return false;
}

/** \xNN, \uNNNN or \UNNNNNNNN: backslashreplace's text for code point cp (and the
 * character a UnicodeEncodeError's message names). */
export function backslashEscape(cp: number): string {
  return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : cp > 0xff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\x${cp.toString(16).padStart(2, '0')}`;
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

function pushAscii(out: number[], text: string): void {
  for (let k = 0; k < text.length; k++) out.push(text.charCodeAt(k));
}

/**
 * Whether text encodes as strict UTF-8, as the interpreter's stdout and stderr need (print,
 * sys.stdout.write): false with CPython's UnicodeEncodeError raised when it holds a lone
 * surrogate ('\ud800': "surrogates not allowed").
 */
export function utf8Encodable(rt: Runtime, text: string): boolean {
  // String.prototype.isWellFormed (V8 11.3, Node 20): no lone surrogate (~8 ns for a short
  // string, a regex test ~20)
  if ((text as unknown as WellFormedString).isWellFormed()) return true;
  return encode(rt, text, 'utf-8', 'strict') !== null;
}

/** ES2024's String.prototype.isWellFormed, which TypeScript's ES2022 library leaves out. */
interface WellFormedString {
  isWellFormed(): boolean;
}

/**
 * str -> bytes; null with an exception set. Characters the codec cannot encode (beyond
 * ascii's or latin-1's range, or lone surrogates in UTF-8) are taken as CPython's encoders
 * do, a maximal run at a time, by the `errors` handler: strict raises UnicodeEncodeError
 * naming the run; ignore, replace ('?'), xmlcharrefreplace (&#N;), backslashreplace,
 * surrogateescape (U+DC80..U+DCFF back to the bytes 0x80..0xff, else the strict error)
 * and, in UTF-8, surrogatepass.
 */
function encode(rt: Runtime, s: string, encoding: string, errors: string): Uint8Array | null {
  const enc = normEncoding(encoding);
  if (enc === null) {
    raiseNew(rt, rt.exc.LookupError!, `unknown encoding: ${encoding}`);
    return null;
  }
  if (wideCodec(enc) !== null) return encodeWide(rt, s, enc, errors);
  if (enc === 'utf-8-sig') {
    const body = encode(rt, s, 'utf-8', errors);
    if (body === null) return null;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const utf8 = enc === 'utf-8';
  const limit = enc === 'ascii' ? 128 : enc === 'latin-1' ? 256 : 0x110000;
  const bad = (cp: number): boolean => (utf8 ? cp >= 0xd800 && cp < 0xe000 : cp >= limit);
  if (utf8) {
    let clean = true;
    for (let i = 0; i < s.length && clean; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      else if (bad(cp)) clean = false;
    }
    if (clean) return new TextEncoder().encode(s);
  }
  const out: number[] = [];
  for (let i = 0; i < s.length;) {
    const c = s.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    if (!bad(c)) {
      if (utf8) pushUtf8(out, c);
      else out.push(c);
      i += width;
      continue;
    }
    // the run of characters the codec cannot encode
    let end = i + width;
    while (end < s.length && bad(s.codePointAt(end)!)) end += s.codePointAt(end)! > 0xffff ? 2 : 1;
    const run: number[] = [];
    for (let k = i; k < end; k += s.codePointAt(k)! > 0xffff ? 2 : 1) run.push(s.codePointAt(k)!);
    let handled = errors !== 'strict' && knownHandler(rt, errors);
    if (errors !== 'strict' && !handled) return null;
    if (errors === 'surrogateescape') handled = run.every((cp) => cp >= 0xdc80 && cp <= 0xdcff);
    else if (errors === 'surrogatepass') handled = utf8;
    if (!handled) {
      // positions in code points, as Python counts them
      const pos = [...s.slice(0, i)].length;
      const reason = utf8 ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      raiseUnicodeError(rt, 'UnicodeEncodeError', enc, strFromJS(rt, s), pos, pos + run.length, reason);
      return null;
    }
    for (const cp of run) {
      if (errors === 'replace') out.push(0x3f);
      else if (errors === 'xmlcharrefreplace') pushAscii(out, `&#${cp};`);
      else if (errors === 'backslashreplace') pushAscii(out, backslashEscape(cp));
      else if (errors === 'surrogateescape') out.push(cp - 0xdc00);
      else if (errors === 'surrogatepass') pushUtf8(out, cp);
      // ignore: nothing
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** The length of the valid UTF-8 sequence at i, or [-1, reason, badEnd]. */
function utf8Check(d: Uint8Array, i: number): [number, string, number] {
  const c = d[i]!;
  if (c < 0x80) return [1, '', 0];
  let need: number, min: number;
  if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
  else return [-1, 'invalid start byte', i + 1];
  let cp = c & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    if (i + k >= d.length) return [-1, 'unexpected end of data', d.length];
    const b = d[i + k]!;
    // the second byte's range depends on the first (CPython's table)
    let lo = 0x80, hi = 0xbf;
    if (k === 1) {
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
      else if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    }
    if (b < lo || b > hi) return [-1, 'invalid continuation byte', i + k];
    cp = (cp << 6) | (b & 0x3f);
  }
  void min;
  return [need + 1, '', 0];
}

/** A UTF-8 decoder that keeps a leading U+FEFF as CPython's utf-8 codec does (the WHATWG
 * default drops it: b'\xef\xbb\xbfx'.decode() was 'x'); utf-8-sig is the codec that drops it. */
const UTF8_KEEPING_BOM = new TextDecoder('utf-8', { ignoreBOM: true });

/** bytes -> str; null with an exception set. */
function decode(rt: Runtime, d: Uint8Array, encoding: string, errors: string): string | null {
  const enc = normEncoding(encoding);
  if (enc === null) {
    raiseNew(rt, rt.exc.LookupError!, `unknown encoding: ${encoding}`);
    return null;
  }
  if (enc === 'latin-1') return latin1(d);
  if (wideCodec(enc) !== null) return decodeWide(rt, d, enc, errors);
  // utf-8-sig: a leading BOM dropped, the rest utf-8 (errors counted after it, as CPython's)
  if (enc === 'utf-8-sig') return decode(rt, d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf ? d.subarray(3) : d, 'utf-8', errors);
  if (enc === 'ascii') {
    let out = '';
    for (let i = 0; i < d.length; i++) {
      const c = d[i]!;
      if (c < 128) out += String.fromCharCode(c);
      else {
        const r = decodeError(rt, d, i, i + 1, errors);
        if (r === null) {
          if (!errOccurred(rt)) raiseUnicodeError(rt, 'UnicodeDecodeError', 'ascii', bytesNew(rt, d), i, i + 1, 'ordinal not in range(128)');
          return null;
        }
        out += r;
      }
    }
    return out;
  }
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < d.length;) {
    const [len, reason, badEnd] = utf8Check(d, i);
    if (len > 0) { i += len; continue; }
    const end = reason === 'invalid start byte' ? i + 1 : Math.max(badEnd, i + 1);
    const r = decodeError(rt, d, i, end, errors);
    if (r === null) {
      if (errOccurred(rt)) return null;
      raiseUnicodeError(rt, 'UnicodeDecodeError', 'utf-8', bytesNew(rt, d), i, Math.max(badEnd, i + 1), reason);
      return null;
    }
    parts.push(UTF8_KEEPING_BOM.decode(d.subarray(start, i)), r);
    i = end;
    start = i;
  }
  parts.push(UTF8_KEEPING_BOM.decode(d.subarray(start)));
  return parts.join('');
}

/**
 * The text a decoding error handler puts for the bytes d[start:end] that do not decode;
 * null when the handler raises (strict, surrogatepass, surrogateescape of an ASCII byte:
 * the caller raises the codec's UnicodeDecodeError) or is unknown (LookupError set).
 */
function decodeError(rt: Runtime, d: Uint8Array, start: number, end: number, errors: string): string | null {
  if (errors === 'strict' || !knownHandler(rt, errors)) return null;
  let out = '';
  for (let k = start; k < end; k++) {
    const b = d[k]!;
    if (errors === 'replace') return '\ufffd';
    if (errors === 'ignore') return '';
    if (errors === 'backslashreplace') out += `\\x${b.toString(16).padStart(2, '0')}`;
    else if (errors === 'surrogateescape' && b >= 0x80) out += String.fromCharCode(0xdc00 + b);
    else return null;
  }
  return out;
}

// ------------------------------------------------------------------ construction

/** The bytes of a bytes-like or an iterable of ints; null (error set) otherwise. An item
 * out of range is "`what` must be in range(0, 256)": CPython's bytes() says "bytes", every
 * bytearray path "byte". */
function bytesFromObject(rt: Runtime, v: Ref, typeErrorMessage: string, what = 'byte'): Uint8Array | null {
  if (isBytesLike(rt, v)) return bytesData(rt, v);
  if ((v & 1) === 0 && kindOf(rt, v) === Kind.STR) {
    raiseTypeError(rt, typeErrorMessage.replace('{}', A.typeNameOf(rt, v)));
    return null;
  }
  const it = A.getIter(rt, v);
  if (it === NULL) {
    // not iterable: the TypeError names the conversion; an __iter__'s own error stays
    if (!errorMatches(rt, rt.exc.TypeError!)) return null;
    clearError(rt);
    raiseTypeError(rt, typeErrorMessage.replace('{}', A.typeNameOf(rt, v)));
    return null;
  }
  const out: number[] = [];
  for (;;) {
    const x = A.iterNext(rt, it);
    if (x === NULL) break;
    const b = byteValue(rt, x, what);
    decref(rt, x);
    if (b === null) {
      decref(rt, it);
      return null;
    }
    out.push(b);
  }
  decref(rt, it);
  if (errOccurred(rt)) return null;
  return Uint8Array.from(out);
}

/** Positional + keyword arguments by name; null (TypeError set) on a bad keyword. */
function argMap(rt: Runtime, fname: string, args: number, nargs: number, kwnames: Ref, names: readonly string[], first: number, maxPos = -1): (Ref | undefined)[] | null {
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  const npos = nargs - nkw - first;
  if (npos + nkw > names.length) {
    // _PyArg_UnpackKeywords counts positional and keyword arguments together first
    raiseTypeError(rt, `${fname}() takes at most ${names.length} ${npos === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${npos + nkw} given)`);
    return null;
  }
  // the names past maxPos are keyword-only (Argument Clinic's message)
  if (maxPos >= 0 && npos > maxPos) {
    raiseTypeError(rt, `${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
    return null;
  }
  const out: (Ref | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = rt.i32[args + first + i] as Ref;
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    const ix = names.indexOf(kn);
    if (ix < 0) {
      raiseTypeError(rt, `'${kn}' is an invalid keyword argument for ${fname}()`);
      return null;
    }
    if (out[ix] !== undefined) {
      raiseTypeError(rt, `argument for ${fname}() given by name ('${kn}') and position (${ix + 1})`);
      return null;
    }
    out[ix] = rt.i32[args + nargs - nkw + k] as Ref;
  }
  return out;
}

function strArg(rt: Runtime, fname: string, what: string, v: Ref | undefined, dflt: string): string | null {
  if (v === undefined) return dflt;
  if ((v & 1) === 0 && kindOf(rt, v) === Kind.STR) return strToJS(rt, v);
  raiseTypeError(rt, `${fname}() argument '${what}' must be str, not ${A.argTypeName(rt, v)}`);
  return null;
}

/** bytes(...) / bytearray(...): the constructor natives (the arguments only). */
function makeConstructor(mutable: boolean): NativeFn {
  const name = mutable ? 'bytearray' : 'bytes';
  return (rt, args, nargs, kwnames) => {
    if (nargs === 1 && kwnames === 0) {
      // bytes(n) / bytearray(n) of a small count: zeroed in the heap block, no JS array
      const source = rt.i32[args] as Ref;
      if ((source & 1) === 1 && source >= 1 && source >> 1 <= 1 << 28) {
        const n = source >> 1;
        const r = bytesNewSized(rt, mutable, n);
        const block = rt.i32[(r + BY_DATA) >> 2]!;
        rt.u8.fill(0, block, block + n);
        return r;
      }
    }
    const a = argMap(rt, name, args, nargs, kwnames, ['source', 'encoding', 'errors'], 0);
    if (a === null) return NULL;
    const [source, encodingRef, errorsRef] = a;
    let data: Uint8Array | null;
    if (source === undefined) {
      if (encodingRef !== undefined || errorsRef !== undefined) {
        return raiseTypeError(rt, encodingRef !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
      }
      data = new Uint8Array(0);
    } else if ((source & 1) === 0 && kindOf(rt, source) === Kind.STR) {
      if (encodingRef === undefined) return raiseTypeError(rt, 'string argument without an encoding');
      const enc = strArg(rt, name, 'encoding', encodingRef, 'utf-8');
      if (enc === null) return NULL; // (the first bad argument is the one named)
      const errs = strArg(rt, name, 'errors', errorsRef, 'strict');
      if (errs === null) return NULL;
      data = encode(rt, strToJS(rt, source), enc, errs);
    } else if (encodingRef !== undefined || errorsRef !== undefined) {
      return raiseTypeError(rt, encodingRef !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    } else if ((source & 1) === 1 || kindOf(rt, source) === Kind.INT || kindOf(rt, source) === Kind.BOOL) {
      const n = intToBigint(rt, source);
      if (n < 0n) return raiseValueError(rt, 'negative count');
      if (n > 1n << 28n) return raiseOverflow(rt, 'cannot fit \'int\' into an index-sized integer');
      data = new Uint8Array(Number(n));
    } else {
      const special = mutable || isBytesLike(rt, source) ? undefined : bytesOfValue(rt, source);
      if (special === null) return NULL;
      data = special ?? null;
      if (data === null && A.isHeapTypeObj(rt, source) && typeLookup(rt, typeOf(rt, source), rt.names.__index__) !== NULL) {
        // an object with __index__ is a count (CPython's bytes_new / bytearray_init), unless
        // its __index__ raises TypeError: then it is taken as an iterable
        const ix = A.indexObject(rt, source);
        if (ix === NULL) {
          if (!errorMatches(rt, rt.exc.TypeError!)) return NULL;
          clearError(rt);
        } else {
          const n = intToBigint(rt, ix);
          decref(rt, ix);
          if (n < 0n) return raiseValueError(rt, 'negative count');
          if (n > 1n << 28n) return raiseOverflow(rt, 'cannot fit \'int\' into an index-sized integer');
          data = new Uint8Array(Number(n));
        }
      }
      data ??= bytesFromObject(rt, source, `cannot convert '{}' object to ${name}`, mutable ? 'byte' : 'bytes');
    }
    if (data === null) return NULL;
    return bytesNew(rt, data, mutable);
  };
}

export const BYTES_CONSTRUCTOR = defineNative('bytes', makeConstructor(false));
export const BYTEARRAY_CONSTRUCTOR = defineNative('bytearray', makeConstructor(true));

// ------------------------------------------------------------------ methods

const self = (rt: Runtime, args: number): Ref => rt.i32[args] as Ref;
const selfData = (rt: Runtime, args: number): Uint8Array => bytesData(rt, self(rt, args));

function noArgs(rt: Runtime, args: number, fname: string, nargs: number, kwnames: Ref): boolean {
  if (nargs - 1 !== 0 || kwnames !== 0) {
    const owner = kindOf(rt, rt.i32[args] as Ref) === Kind.BYTEARRAY ? 'bytearray' : 'bytes';
    raiseTypeError(rt, `${owner}.${fname}() takes no arguments (${nargs - 1} given)`);
    return false;
  }
  return true;
}

/** A bytes-like argument as data (TypeError naming the type otherwise). */
function bytesArg(rt: Runtime, v: Ref): Uint8Array | null {
  if (isBytesLike(rt, v)) return bytesData(rt, v);
  raiseTypeError(rt, `a bytes-like object is required, not '${A.typeNameOf(rt, v)}'`);
  return null;
}

/** An integer argument (CPython's PyNumber_AsSsize_t message for a non-integer). */
function intArg(rt: Runtime, v: Ref): number | null {
  // PyNumber_AsSsize_t(x, PyExc_OverflowError), which every caller's C argument is
  return intOfIndex(rt, v);
}

/** The longest bytes object made here: past it, MemoryError (a Uint8Array's limit is near). */
const BYTES_MAX_LENGTH = 0x7fffffff;

/** A start/end argument of find/count/startswith (CPython's _PyEval_SliceIndex message). */
function sliceBoundArg(rt: Runtime, v: Ref): number | null {
  const isInt = (v & 1) === 1 || kindOf(rt, v) === Kind.INT || kindOf(rt, v) === Kind.BOOL;
  if (!isInt && !(A.isHeapTypeObj(rt, v) && typeLookup(rt, typeOf(rt, v), rt.names.__index__) !== NULL)) {
    raiseTypeError(rt, 'slice indices must be integers or None or have an __index__ method');
    return null;
  }
  return intArg(rt, v);
}

const m = (name: string, fn: NativeFn): [string, number] => [name, defineNative(name, fn)];

/** A method computed on the latin-1 text, returning bytes of the same type. */
function textMethod(name: string, fn: (s: string) => string): [string, number] {
  return m(name, (rt, args, nargs, kwnames) => {
    if (!noArgs(rt, args, name, nargs, kwnames)) return NULL;
    return newLike(rt, self(rt, args), fromLatin1(fn(latin1(selfData(rt, args)))));
  });
}

function predicate(name: string, test: (c: number) => boolean): [string, number] {
  return m(name, (rt, args, nargs, kwnames) => {
    if (!noArgs(rt, args, name, nargs, kwnames)) return NULL;
    const d = selfData(rt, args);
    return d.length > 0 && d.every(test) ? rt.True : rt.False;
  });
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (x) => x.toLowerCase());
const asciiUpper = (s: string) => s.replace(/[a-z]+/g, (x) => x.toUpperCase());

function stripMethod(name: string, left: boolean, right: boolean): [string, number] {
  return m(name, (rt, args, nargs, kwnames) => {
    if (kwnames !== 0) return raiseTypeError(rt, `${bytesTypeName(rt, args)}.${name}() takes no keyword arguments`);
    if (nargs > 2) return raiseTypeError(rt, `${name} expected at most 1 argument, got ${nargs - 1}`);
    const d = selfData(rt, args);
    let chars: Uint8Array | null = null;
    if (nargs === 2 && rt.i32[args + 1] !== rt.None) {
      chars = bytesArg(rt, rt.i32[args + 1] as Ref);
      if (chars === null) return NULL;
    }
    const strip = (c: number) => (chars === null ? isSpace(c) : chars.includes(c));
    let i = 0, j = d.length;
    if (left) while (i < j && strip(d[i]!)) i++;
    if (right) while (j > i && strip(d[j - 1]!)) j--;
    return newLike(rt, self(rt, args), d.slice(i, j));
  });
}

/** The sub-bytes argument of find/count/...: bytes-like or an int. */
function subArg(rt: Runtime, v: Ref): string | null {
  if (isBytesLike(rt, v)) return latin1(bytesData(rt, v));
  if ((v & 1) === 1 || kindOf(rt, v) === Kind.INT || kindOf(rt, v) === Kind.BOOL) {
    const b = byteValue(rt, v);
    return b === null ? null : String.fromCharCode(b);
  }
  if (typeLookup(rt, typeOf(rt, v), rt.names.__index__) !== NULL) {
    // an object with __index__ is the byte it stands for (CPython's PyNumber_AsSsize_t)
    const n = A.indexObject(rt, v);
    if (n === NULL) return null;
    const b = byteValue(rt, n);
    decref(rt, n);
    return b === null ? null : String.fromCharCode(b);
  }
  raiseTypeError(rt, `argument should be integer or bytes-like object, not '${A.typeNameOf(rt, v)}'`);
  return null;
}

function rangeArgs(rt: Runtime, args: number, nargs: number, n: number): [number, number] | null {
  let start = 0, end = n;
  for (const [ix, set] of [[2, (x: number) => { start = x; }], [3, (x: number) => { end = x; }]] as const) {
    if (nargs > ix && rt.i32[args + ix] !== rt.None) {
      const x = sliceBoundArg(rt, rt.i32[args + ix] as Ref);
      if (x === null) return null;
      set(x < 0 ? Math.max(0, x + n) : ix === 2 ? x : Math.min(x, n));
    }
  }
  // start is not clamped to the length (CPython's ADJUST_INDICES): past the end, even an
  // empty pattern is not found
  return [start, end];
}

/** find/count/index/startswith's argument count: 1 to 3 (after self), CPython's words. */
function findArgCount(rt: Runtime, name: string, nargs: number): boolean {
  if (nargs < 2) raiseTypeError(rt, `${name}() takes at least 1 argument (${nargs - 1} given)`);
  else if (nargs > 4) raiseTypeError(rt, `${name}() takes at most 3 arguments (${nargs - 1} given)`);
  else return true;
  return false;
}

function findMethod(name: string, reverse: boolean, raise: boolean): [string, number] {
  return m(name, (rt, args, nargs) => {
    if (!findArgCount(rt, name, nargs)) return NULL;
    const s = latin1(selfData(rt, args));
    // start and end are converted before the substring is looked at (stringlib_parse_args_finds)
    const r = rangeArgs(rt, args, nargs, s.length);
    if (r === null) return NULL;
    const sub = subArg(rt, rt.i32[args + 1] as Ref);
    if (sub === null) return NULL;
    const [start, end] = r;
    let pos = -1;
    if (end - start >= sub.length) {
      const window = s.slice(start, end);
      const p = reverse ? window.lastIndexOf(sub) : window.indexOf(sub);
      pos = p < 0 ? -1 : p + start;
    }
    if (pos < 0 && raise) return raiseValueError(rt, 'subsection not found');
    return (pos << 1 | 1) as Ref;
  });
}

function affixMethod(name: string, atEnd: boolean): [string, number] {
  return m(name, (rt, args, nargs) => {
    if (!findArgCount(rt, name, nargs)) return NULL;
    const s = latin1(selfData(rt, args));
    const r = rangeArgs(rt, args, nargs, s.length);
    if (r === null) return NULL;
    const window = s.slice(r[0], Math.max(r[0], r[1]));
    const arg = rt.i32[args + 1] as Ref;
    const candidates: Ref[] = [];
    const isTuple = (arg & 1) === 0 && kindOf(rt, arg) === Kind.TUPLE;
    if (isTuple) for (let i = 0; i < tupleSize(rt, arg); i++) candidates.push(tupleItem(rt, arg, i));
    else candidates.push(arg);
    for (const c of candidates) {
      if (!isBytesLike(rt, c)) {
        // a tuple's item goes through _getbuffer's message
        if (isTuple) return raiseTypeError(rt, `a bytes-like object is required, not '${A.typeNameOf(rt, c)}'`);
        return raiseTypeError(rt, `${name} first arg must be bytes or a tuple of bytes, not ${A.typeNameOf(rt, c)}`);
      }
      const affix = latin1(bytesData(rt, c));
      if (r[1] - r[0] < affix.length) continue;
      if (atEnd ? window.endsWith(affix) : window.startsWith(affix)) return rt.True;
    }
    return rt.False;
  });
}

function splitWhitespace(s: string, maxsplit: number, reverse: boolean): string[] {
  const words: string[] = [];
  const isWs = (ch: string) => isSpace(ch.charCodeAt(0));
  if (!reverse) {
    let i = 0;
    while (i < s.length) {
      while (i < s.length && isWs(s[i]!)) i++;
      if (i >= s.length) break;
      if (maxsplit >= 0 && words.length === maxsplit) {
        words.push(s.slice(i)); // the remainder keeps its trailing whitespace, as in CPython
        return words;
      }
      let j = i;
      while (j < s.length && !isWs(s[j]!)) j++;
      words.push(s.slice(i, j));
      i = j;
    }
    return words;
  }
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isWs(s[i - 1]!)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && words.length === maxsplit) {
      words.unshift(s.slice(0, i)); // the remainder keeps its leading whitespace
      return words;
    }
    let j = i;
    while (j > 0 && !isWs(s[j - 1]!)) j--;
    words.unshift(s.slice(j, i));
    i = j;
  }
  return words;
}

function splitMethod(name: string, reverse: boolean): [string, number] {
  return m(name, (rt, args, nargs, kwnames) => {
    const a = argMap(rt, name, args, nargs, kwnames, ['sep', 'maxsplit'], 1);
    if (a === null) return NULL;
    const s = latin1(selfData(rt, args));
    let maxsplit = -1;
    if (a[1] !== undefined) {
      const x = intArg(rt, a[1]);
      if (x === null) return NULL;
      maxsplit = x;
    }
    let parts: string[];
    if (a[0] === undefined || a[0] === rt.None) parts = splitWhitespace(s, maxsplit, reverse);
    else {
      const sepData = bytesArg(rt, a[0]);
      if (sepData === null) return NULL;
      const sep = latin1(sepData);
      if (sep.length === 0) return raiseValueError(rt, 'empty separator');
      parts = s.split(sep);
      if (maxsplit >= 0 && parts.length > maxsplit + 1) {
        parts = reverse
          ? [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)]
          : [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
      }
    }
    const l = listNew(rt, parts.length);
    for (const p of parts) listAppendSteal(rt, l, newLike(rt, self(rt, args), fromLatin1(p)));
    return l;
  });
}

function commonMethods(mutable: boolean): [string, number][] {
  return [
    m('decode', (rt, args, nargs, kwnames) => {
      const a = argMap(rt, 'decode', args, nargs, kwnames, ['encoding', 'errors'], 1);
      if (a === null) return NULL;
      const enc = strArg(rt, 'decode', 'encoding', a[0], 'utf-8');
      if (enc === null) return NULL; // (the first bad argument is the one named)
      const errs = strArg(rt, 'decode', 'errors', a[1], 'strict');
      if (errs === null) return NULL;
      // empty bytes decode to '' before any codec is looked up (PyUnicode_FromEncodedObject)
      if (selfData(rt, args).length === 0) return newRef(rt, rt.emptyStr);
      if (ASCII_COMPATIBLE.has(normEncoding(enc) ?? '')) {
        const r = strFromAsciiBytes(rt, self(rt, args));
        if (r !== NULL) return r;
      }
      const s = decode(rt, selfData(rt, args), enc, errs);
      return s === null ? NULL : strFromJS(rt, s);
    }),
    m('hex', (rt, args, nargs, kwnames) => {
      const a = argMap(rt, 'hex', args, nargs, kwnames, ['sep', 'bytes_per_sep'], 1);
      if (a === null) return NULL;
      const d = selfData(rt, args);
      // Buffer's hex encoder: one pass (a JS string per byte cost ~40x CPython's time)
      const hex = Buffer.from(d.buffer, d.byteOffset, d.length).toString('hex');
      if (a[0] === undefined) return strFromJS(rt, hex);
      const sep = a[0] !== undefined && (a[0] & 1) === 0 && kindOf(rt, a[0]) === Kind.STR ? strToJS(rt, a[0]) : isBytesLike(rt, a[0]) ? latin1(bytesData(rt, a[0])) : null;
      if (sep === null || sep.length !== 1) return raiseValueError(rt, 'sep must be length 1.');
      let per = 1;
      if (a[1] !== undefined) {
        const x = intArg(rt, a[1]);
        if (x === null) return NULL;
        per = x;
      }
      if (per === 0) return strFromJS(rt, hex);
      // groups of k bytes (2k hex digits), counted from the right when per > 0; built
      // right to left and reversed once (unshift per group was quadratic)
      const groups: string[] = [];
      const k = Math.abs(per);
      const bytes = d.length;
      if (per > 0) {
        for (let end = bytes; end > 0; end -= k) groups.push(hex.slice(2 * Math.max(0, end - k), 2 * end));
        groups.reverse();
      } else for (let start = 0; start < bytes; start += k) groups.push(hex.slice(2 * start, 2 * (start + k)));
      return strFromJS(rt, groups.join(sep));
    }),
    m('count', (rt, args, nargs) => {
      if (!findArgCount(rt, 'count', nargs)) return NULL;
      const s = latin1(selfData(rt, args));
      const r = rangeArgs(rt, args, nargs, s.length);
      if (r === null) return NULL;
      const sub = subArg(rt, rt.i32[args + 1] as Ref);
      if (sub === null) return NULL;
      if (r[1] < r[0]) return 1 as Ref; // 0
      const window = s.slice(r[0], r[1]);
      const n = sub.length === 0 ? window.length + 1 : window.split(sub).length - 1;
      return (n << 1 | 1) as Ref;
    }),
    findMethod('find', false, false),
    findMethod('rfind', true, false),
    findMethod('index', false, true),
    findMethod('rindex', true, true),
    affixMethod('startswith', false),
    affixMethod('endswith', true),
    splitMethod('split', false),
    splitMethod('rsplit', true),
    stripMethod('strip', true, true),
    stripMethod('lstrip', true, false),
    stripMethod('rstrip', false, true),
    textMethod('upper', asciiUpper),
    textMethod('lower', asciiLower),
    textMethod('swapcase', (s) => s.replace(/[A-Za-z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase()))),
    textMethod('capitalize', (s) => asciiUpper(s.slice(0, 1)) + asciiLower(s.slice(1))),
    textMethod('title', (s) => s.replace(/[A-Za-z]+/g, (w) => asciiUpper(w[0]!) + asciiLower(w.slice(1)))),
    predicate('isdigit', isDigit),
    predicate('isalpha', isAlpha),
    predicate('isalnum', (c) => isAlpha(c) || isDigit(c)),
    predicate('isspace', isSpace),
    m('isascii', (rt, args, nargs, kwnames) => {
      if (!noArgs(rt, args, 'isascii', nargs, kwnames)) return NULL;
      return selfData(rt, args).every((c) => c < 128) ? rt.True : rt.False; // b'' too
    }),
    m('islower', (rt, args, nargs, kwnames) => {
      if (!noArgs(rt, args, 'islower', nargs, kwnames)) return NULL;
      const d = selfData(rt, args);
      return d.some(isLower) && !d.some(isUpper) ? rt.True : rt.False;
    }),
    m('isupper', (rt, args, nargs, kwnames) => {
      if (!noArgs(rt, args, 'isupper', nargs, kwnames)) return NULL;
      const d = selfData(rt, args);
      return d.some(isUpper) && !d.some(isLower) ? rt.True : rt.False;
    }),
    m('replace', (rt, args, nargs) => {
      if (nargs < 3) return raiseTypeError(rt, `replace expected at least 2 arguments, got ${nargs - 1}`);
      if (nargs > 4) return raiseTypeError(rt, `replace expected at most 3 arguments, got ${nargs - 1}`);
      const s = latin1(selfData(rt, args));
      const old = bytesArg(rt, rt.i32[args + 1] as Ref);
      if (old === null) return NULL;
      const rep = bytesArg(rt, rt.i32[args + 2] as Ref);
      if (rep === null) return NULL;
      let count = -1;
      if (nargs === 4) {
        const x = intArg(rt, rt.i32[args + 3] as Ref);
        if (x === null) return NULL;
        count = x;
      }
      const o = latin1(old), r = latin1(rep);
      let out: string;
      if (o.length === 0) {
        // an empty pattern matches before every byte and at the end: the first `count` of
        // those len + 1 places get the replacement
        const places = count < 0 ? s.length + 1 : Math.min(count, s.length + 1);
        out = '';
        for (let i = 0; i < places; i++) out += r + s.charAt(i);
        out += s.slice(places);
      } else if (count < 0) out = s.split(o).join(r);
      else {
        const parts = s.split(o);
        out = parts.slice(0, count + 1).join(r) + (parts.length > count + 1 ? o + parts.slice(count + 1).join(o) : '');
      }
      return newLike(rt, self(rt, args), fromLatin1(out));
    }),
    m('join', (rt, args, nargs) => {
      if (nargs !== 2) return raiseTypeError(rt, `${bytesTypeName(rt, args)}.join() takes exactly one argument (${nargs - 1} given)`);
      const sep = latin1(selfData(rt, args));
      const it = A.getIter(rt, rt.i32[args + 1] as Ref);
      if (it === NULL) {
        if (!errorMatches(rt, rt.exc.TypeError!)) return NULL;
        clearError(rt);
        return raiseTypeError(rt, 'can only join an iterable');
      }
      const parts: string[] = [];
      for (let i = 0; ; i++) {
        const x = A.iterNext(rt, it);
        if (x === NULL) break;
        if (!isBytesLike(rt, x)) {
          const msg = `sequence item ${i}: expected a bytes-like object, ${A.typeNameOf(rt, x)} found`;
          decref(rt, x);
          decref(rt, it);
          return raiseTypeError(rt, msg);
        }
        parts.push(latin1(bytesData(rt, x)));
        decref(rt, x);
      }
      decref(rt, it);
      if (errOccurred(rt)) return NULL;
      return newLike(rt, self(rt, args), fromLatin1(parts.join(sep)));
    }),
    m('partition', (rt, args, nargs) => {
      if (nargs !== 2) return raiseTypeError(rt, `${bytesTypeName(rt, args)}.partition() takes exactly one argument (${nargs - 1} given)`);
      const s = latin1(selfData(rt, args));
      const sepData = bytesArg(rt, rt.i32[args + 1] as Ref);
      if (sepData === null) return NULL;
      const sep = latin1(sepData);
      if (sep.length === 0) return raiseValueError(rt, 'empty separator');
      const i = s.indexOf(sep);
      const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
      const refs = parts.map((p, k) => (k === 1 && i >= 0 ? sepOfPartition(rt, args) : newLike(rt, self(rt, args), fromLatin1(p))));
      const t = tupleFromRefs(rt, refs);
      for (const r of refs) decref(rt, r);
      return t;
    }),
    m('zfill', (rt, args, nargs) => {
      if (nargs !== 2) return raiseTypeError(rt, `${bytesTypeName(rt, args)}.zfill() takes exactly one argument (${nargs - 1} given)`);
      const w = intArg(rt, rt.i32[args + 1] as Ref);
      if (w === null) return NULL;
      const s = latin1(selfData(rt, args));
      if (s.length >= w) return newLike(rt, self(rt, args), fromLatin1(s));
      if (w > BYTES_MAX_LENGTH) return raiseNew(rt, rt.exc.MemoryError!, '');
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return newLike(rt, self(rt, args), fromLatin1(sign + '0'.repeat(w - s.length) + s.slice(sign.length)));
    }),
  ];
}

/** center/ljust/rjust(width, fillchar=b' '): `left` is how much of the padding goes left. */
function padMethod(name: string, left: (pad: number, width: number) => number): [string, number] {
  return m(name, (rt, args, nargs, kwnames) => {
    if (kwnames !== 0) return raiseTypeError(rt, `${bytesTypeName(rt, args)}.${name}() takes no keyword arguments`);
    if (nargs < 2) return raiseTypeError(rt, `${name} expected at least 1 argument, got ${nargs - 1}`);
    if (nargs > 3) return raiseTypeError(rt, `${name} expected at most 2 arguments, got ${nargs - 1}`);
    const width = intArg(rt, rt.i32[args + 1] as Ref);
    if (width === null) return NULL;
    let fill = 32;
    if (nargs === 3) {
      const f = rt.i32[args + 2] as Ref;
      if (!isBytesLike(rt, f) || bytesData(rt, f).length !== 1) {
        return raiseTypeError(rt, `${name}() argument 2 must be a byte string of length 1, not ${A.typeNameOf(rt, f)}`);
      }
      fill = bytesData(rt, f)[0]!;
    }
    const d = selfData(rt, args);
    if (width <= d.length) return newLike(rt, self(rt, args), d);
    if (width > BYTES_MAX_LENGTH) return raiseNew(rt, rt.exc.MemoryError!, '');
    const pad = width - d.length;
    const l = left(pad, width);
    const out = new Uint8Array(width).fill(fill);
    out.set(d, l);
    return newLike(rt, self(rt, args), out);
  });
}

/** partition's found separator: bytes gives back the argument object itself (stringlib's
 * sep_obj, a bytearray stays one), bytearray a new bytearray of it. New reference. */
function sepOfPartition(rt: Runtime, args: number): Ref {
  const sep = rt.i32[args + 1] as Ref;
  if (kindOf(rt, self(rt, args)) === Kind.BYTES) return newRef(rt, sep);
  return newLike(rt, self(rt, args), bytesData(rt, sep).slice());
}

/** 'bytes' or 'bytearray': the method's own type, as CPython's argument errors name it. */
function bytesTypeName(rt: Runtime, args: number): string {
  return kindOf(rt, self(rt, args)) === Kind.BYTEARRAY ? 'bytearray' : 'bytes';
}

/** removeprefix/removesuffix(affix). */
function removeAffixMethod(name: string, atEnd: boolean): [string, number] {
  return m(name, (rt, args, nargs, kwnames) => {
    if (nargs !== 2 || kwnames !== 0) return raiseTypeError(rt, `${bytesTypeName(rt, args)}.${name}() takes exactly one argument (${nargs - 1} given)`);
    const affix = bytesArg(rt, rt.i32[args + 1] as Ref);
    if (affix === null) return NULL;
    const s = latin1(selfData(rt, args)), a = latin1(affix);
    let out = s;
    if (a.length > 0 && (atEnd ? s.endsWith(a) : s.startsWith(a))) out = atEnd ? s.slice(0, s.length - a.length) : s.slice(a.length);
    return newLike(rt, self(rt, args), fromLatin1(out));
  });
}

/** The methods bytes and bytearray share beyond commonMethods: padding, splitlines,
 * rpartition, translate, the affix removers, expandtabs, istitle. */
function moreMethods(): [string, number][] {
  return [
    padMethod('center', (pad, width) => (pad >> 1) + (pad & width & 1)),
    padMethod('ljust', () => 0),
    padMethod('rjust', (pad) => pad),
    removeAffixMethod('removeprefix', false),
    removeAffixMethod('removesuffix', true),
    m('rpartition', (rt, args, nargs) => {
      if (nargs !== 2) return raiseTypeError(rt, `${bytesTypeName(rt, args)}.rpartition() takes exactly one argument (${nargs - 1} given)`);
      const s = latin1(selfData(rt, args));
      const sepData = bytesArg(rt, rt.i32[args + 1] as Ref);
      if (sepData === null) return NULL;
      const sep = latin1(sepData);
      if (sep.length === 0) return raiseValueError(rt, 'empty separator');
      const i = s.lastIndexOf(sep);
      const parts = i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
      const refs = parts.map((p, k) => (k === 1 && i >= 0 ? sepOfPartition(rt, args) : newLike(rt, self(rt, args), fromLatin1(p))));
      const t = tupleFromRefs(rt, refs);
      for (const r of refs) decref(rt, r);
      return t;
    }),
    m('splitlines', (rt, args, nargs, kwnames) => {
      const a = argMap(rt, 'splitlines', args, nargs, kwnames, ['keepends'], 1);
      if (a === null) return NULL;
      let keep = false;
      if (a[0] !== undefined) {
        // an int (CPython's _PyLong_AsInt), not any truth value
        const t = intArg(rt, a[0]);
        if (t === null) return NULL;
        keep = t !== 0;
      }
      const d = selfData(rt, args);
      const l = listNew(rt, 0);
      let i = 0;
      while (i < d.length) {
        let j = i;
        while (j < d.length && d[j] !== 10 && d[j] !== 13) j++;
        let eol = j;
        if (j < d.length) eol = d[j] === 13 && d[j + 1] === 10 ? j + 2 : j + 1;
        listAppendSteal(rt, l, newLike(rt, self(rt, args), d.slice(i, keep ? eol : j)));
        i = eol;
      }
      return l;
    }),
    m('translate', (rt, args, nargs, kwnames) => {
      const a = argMap(rt, 'translate', args, nargs, kwnames, ['table', 'delete'], 1);
      if (a === null) return NULL;
      if (a[0] === undefined) return raiseTypeError(rt, 'translate() takes at least 1 positional argument (0 given)');
      let table: Uint8Array | null = null;
      if (a[0] !== rt.None) {
        table = bytesArg(rt, a[0]);
        if (table === null) return NULL;
        if (table.length !== 256) return raiseValueError(rt, 'translation table must be 256 characters long');
      }
      let del: Uint8Array = new Uint8Array(0);
      if (a[1] !== undefined) {
        const x = bytesArg(rt, a[1]);
        if (x === null) return NULL;
        del = x;
      }
      const out: number[] = [];
      for (const c of selfData(rt, args)) {
        if (del.includes(c)) continue;
        out.push(table === null ? c : table[c]!);
      }
      return newLike(rt, self(rt, args), Uint8Array.from(out));
    }),
    m('expandtabs', (rt, args, nargs, kwnames) => {
      const a = argMap(rt, 'expandtabs', args, nargs, kwnames, ['tabsize'], 1);
      if (a === null) return NULL;
      let tab = 8;
      if (a[0] !== undefined) {
        const x = intArg(rt, a[0]);
        if (x === null) return NULL;
        tab = x;
      }
      const out: number[] = [];
      let col = 0;
      for (const c of selfData(rt, args)) {
        if (c === 9) {
          if (tab > 0) {
            const n = tab - (col % tab);
            for (let k = 0; k < n; k++) out.push(32);
            col += n;
          }
        } else {
          out.push(c);
          col = c === 10 || c === 13 ? 0 : col + 1;
        }
      }
      return newLike(rt, self(rt, args), Uint8Array.from(out));
    }),
    m('istitle', (rt, args, nargs, kwnames) => {
      if (!noArgs(rt, args, 'istitle', nargs, kwnames)) return NULL;
      // CPython's _Py_bytes_istitle: uppercase only after uncased, lowercase only after cased
      let cased = false, previousCased = false;
      for (const c of selfData(rt, args)) {
        if (isUpper(c)) {
          if (previousCased) return rt.False;
          previousCased = true;
          cased = true;
        } else if (isLower(c)) {
          if (!previousCased) return rt.False;
          previousCased = true;
          cased = true;
        } else previousCased = false;
      }
      return cased ? rt.True : rt.False;
    }),
  ];
}

export const BYTES_METHODS: [string, number][] = [...commonMethods(false), ...moreMethods()];

function mutableSelf(rt: Runtime, args: number): Ref {
  return self(rt, args);
}

export const BYTEARRAY_METHODS: [string, number][] = [
  ...commonMethods(true),
  ...moreMethods(),
  m('append', (rt, args, nargs) => {
    if (nargs !== 2) return raiseTypeError(rt, `bytearray.append() takes exactly one argument (${nargs - 1} given)`);
    const x = byteValue(rt, rt.i32[args + 1] as Ref);
    if (x === null) return NULL;
    bytearrayAppendData(rt, mutableSelf(rt, args), Uint8Array.of(x));
    return rt.None;
  }),
  m('extend', (rt, args, nargs) => {
    if (nargs !== 2) return raiseTypeError(rt, `bytearray.extend() takes exactly one argument (${nargs - 1} given)`);
    const arg = rt.i32[args + 1] as Ref;
    if ((arg & 1) === 0 && kindOf(rt, arg) === Kind.STR) {
      // a str is iterated here, unlike bytearray(str): its first item is not an int
      if (strCodePointLen(rt, arg) === 0) return rt.None;
      return raiseTypeError(rt, "'str' object cannot be interpreted as an integer");
    }
    const more = bytesFromObject(rt, arg, "can't extend bytearray with {}");
    if (more === null) return NULL;
    bytearrayAppendData(rt, mutableSelf(rt, args), more);
    return rt.None;
  }),
  m('pop', (rt, args, nargs) => {
    const d = selfData(rt, args);
    if (d.length === 0) return raiseIndexError(rt, 'pop from empty bytearray');
    let i = d.length - 1;
    if (nargs > 1) {
      const x = intArg(rt, rt.i32[args + 1] as Ref);
      if (x === null) return NULL;
      i = x < 0 ? x + d.length : x;
      if (i < 0 || i >= d.length) return raiseIndexError(rt, 'pop index out of range');
    }
    const v = d[i]!;
    const out = new Uint8Array(d.length - 1);
    out.set(d.subarray(0, i));
    out.set(d.subarray(i + 1), i);
    bytesSetData(rt, mutableSelf(rt, args), out);
    return (v << 1 | 1) as Ref;
  }),
  m('insert', (rt, args, nargs) => {
    if (nargs !== 3) return raiseTypeError(rt, `insert expected 2 arguments, got ${nargs - 1}`);
    const d = selfData(rt, args);
    let i = intArg(rt, rt.i32[args + 1] as Ref);
    if (i === null) return NULL;
    const x = byteValue(rt, rt.i32[args + 2] as Ref);
    if (x === null) return NULL;
    if (i < 0) i = Math.max(0, i + d.length);
    i = Math.min(i, d.length);
    const out = new Uint8Array(d.length + 1);
    out.set(d.subarray(0, i));
    out[i] = x;
    out.set(d.subarray(i), i + 1);
    bytesSetData(rt, mutableSelf(rt, args), out);
    return rt.None;
  }),
  m('remove', (rt, args, nargs) => {
    if (nargs !== 2) return raiseTypeError(rt, `bytearray.remove() takes exactly one argument (${nargs - 1} given)`);
    const x = byteValue(rt, rt.i32[args + 1] as Ref);
    if (x === null) return NULL;
    const d = selfData(rt, args);
    const i = d.indexOf(x);
    if (i < 0) return raiseValueError(rt, 'value not found in bytearray');
    const out = new Uint8Array(d.length - 1);
    out.set(d.subarray(0, i));
    out.set(d.subarray(i + 1), i);
    bytesSetData(rt, mutableSelf(rt, args), out);
    return rt.None;
  }),
  m('clear', (rt, args) => {
    bytesSetData(rt, mutableSelf(rt, args), new Uint8Array(0));
    return rt.None;
  }),
  m('reverse', (rt, args) => {
    bytesSetData(rt, mutableSelf(rt, args), selfData(rt, args).reverse());
    return rt.None;
  }),
  m('copy', (rt, args) => bytesNew(rt, selfData(rt, args), true)),
];

// ------------------------------------------------------------------ str.encode, int

/** The codecs that encode and decode ASCII text as itself, byte for byte. */
const ASCII_COMPATIBLE: ReadonlySet<string> = new Set(['utf-8', 'ascii', 'latin-1']);

/**
 * ASCII text's fast paths of str.encode and bytes.decode in the codecs of ASCII_COMPATIBLE:
 * the units or bytes copied straight between the heap objects, no JS string, no
 * TextEncoder (the general path cost ~17 ns a character: ~160x CPython's memcpy). NULL,
 * with nothing done, when the text holds anything else (the general path then).
 */
function bytesFromAsciiStr(rt: Runtime, s: Ref): Ref {
  const n = rt.i32[(s + STR_LEN) >> 2]!;
  const u16 = rt.u16;
  const base = (s + STR_DATA) >> 1;
  for (let i = 0; i < n; i++) if (u16[base + i]! >= 0x80) return NULL;
  const ref = bytesNewSized(rt, false, n);
  const block = rt.i32[(ref + BY_DATA) >> 2]!;
  const u8 = rt.u8;
  for (let i = 0; i < n; i++) u8[block + i] = u16[base + i]!;
  return ref;
}

function strFromAsciiBytes(rt: Runtime, b: Ref): Ref {
  const n = rt.i32[(b + BY_SIZE) >> 2]!;
  const block = rt.i32[(b + BY_DATA) >> 2]!;
  const u8 = rt.u8;
  for (let i = 0; i < n; i++) if (u8[block + i]! >= 0x80) return NULL;
  if (n === 0) return newRef(rt, rt.emptyStr);
  if (n === 1) return newRef(rt, rt.latin1Chars[u8[block]!]!);
  const ref = strAlloc(rt, n);
  const u16 = rt.u16;
  const base = (ref + STR_DATA) >> 1;
  for (let i = 0; i < n; i++) u16[base + i] = u8[block + i]!;
  return ref;
}

/** str.encode(encoding='utf-8', errors='strict'). */
export const STR_ENCODE: [string, number] = m('encode', (rt, args, nargs, kwnames) => {
  const a = argMap(rt, 'encode', args, nargs, kwnames, ['encoding', 'errors'], 1);
  if (a === null) return NULL;
  const enc = strArg(rt, 'encode', 'encoding', a[0], 'utf-8');
  if (enc === null) return NULL; // (the first bad argument is the one named)
  const errs = strArg(rt, 'encode', 'errors', a[1], 'strict');
  if (errs === null) return NULL;
  if (ASCII_COMPATIBLE.has(normEncoding(enc) ?? '') && typeOf(rt, self(rt, args)) === rt.tStr) {
    const r = bytesFromAsciiStr(rt, self(rt, args));
    if (r !== NULL) return r;
  }
  const d = encode(rt, strToJS(rt, self(rt, args)), enc, errs);
  return d === null ? NULL : bytesNew(rt, d);
});

function byteorderArg(rt: Runtime, fname: string, v: Ref | undefined): boolean | null {
  if (v === undefined) return true;
  if ((v & 1) === 0 && kindOf(rt, v) === Kind.STR) {
    const s = strToJS(rt, v);
    if (s === 'big') return true;
    if (s === 'little') return false;
    raiseValueError(rt, "byteorder must be either 'little' or 'big'");
    return null;
  }
  raiseTypeError(rt, `${fname}() argument 'byteorder' must be str, not ${A.argTypeName(rt, v)}`);
  return null;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False), called on the class. */
export const INT_FROM_BYTES: [string, number] = m('from_bytes', (rt, args, nargs, kwnames) => {
  // a class method: args[0] is the class
  const a = argMap(rt, 'from_bytes', args, nargs, kwnames, ['bytes', 'byteorder', 'signed'], 1, 2);
  if (a === null) return NULL;
  if (a[0] === undefined) return raiseTypeError(rt, "from_bytes() missing required argument 'bytes' (pos 1)");
  // the byteorder before the bytes (int_from_bytes_impl)
  const big = byteorderArg(rt, 'from_bytes', a[1]);
  if (big === null) return NULL;
  const data = bytesFromObject(rt, a[0], "cannot convert '{}' object to bytes", 'bytes');
  if (data === null) return NULL;
  const signed = a[2] !== undefined && A.isTrue(rt, a[2]) === 1;
  const ordered = big ? data : data.slice().reverse();
  let r: Ref;
  if (ordered.length <= 6) {
    // up to 48 bits: in a double (a BigInt step per byte was most of a small call)
    let x = 0;
    for (let i = 0; i < ordered.length; i++) x = x * 256 + ordered[i]!;
    if (signed && ordered.length > 0 && ordered[0]! >= 0x80) x -= 2 ** (8 * ordered.length);
    r = intFromNumber(rt, x);
  } else {
    // hex text: linear in the length (a shift per byte was quadratic)
    let v = BigInt('0x' + Buffer.from(ordered.buffer, ordered.byteOffset, ordered.length).toString('hex'));
    if (signed && ordered[0]! >= 0x80) v -= 1n << BigInt(8 * ordered.length);
    r = intFromBigint(rt, v);
  }
  // cls.from_bytes for a subclass (bool too) is cls(the int), as CPython's int_from_bytes_impl
  const cls = rt.i32[args] as Ref;
  if (cls === rt.tInt) return r;
  const out = call1(rt, cls, r);
  decref(rt, r);
  return out;
});

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
export const INT_TO_BYTES: [string, number] = m('to_bytes', (rt, args, nargs, kwnames) => {
  const a = argMap(rt, 'to_bytes', args, nargs, kwnames, ['length', 'byteorder', 'signed'], 1, 2);
  if (a === null) return NULL;
  let length = 1;
  if (a[0] !== undefined) {
    const x = intArg(rt, a[0]);
    if (x === null) return NULL;
    length = x;
  }
  // the length's conversion, the byteorder, then the length's sign (int_to_bytes_impl)
  const big = byteorderArg(rt, 'to_bytes', a[1]);
  if (big === null) return NULL;
  if (length < 0) return raiseValueError(rt, 'length argument must be non-negative');
  const signed = a[2] !== undefined && A.isTrue(rt, a[2]) === 1;
  const safe = intSafeValue(rt, self(rt, args));
  if (safe === safe && length <= 4096) {
    // a value below 2**53: its bytes by floor division in doubles, exact (no BigInt)
    if (safe < 0 && !signed) return raiseOverflow(rt, "can't convert negative int to unsigned");
    if (length < 7) {
      const limit = 2 ** (8 * length);
      // (CPython: (-1).to_bytes(0, signed=True) is b'', as _PyLong_AsByteArray leaves it)
      const fits = signed ? (length === 0 ? safe === 0 || safe === -1 : safe >= -limit / 2 && safe < limit / 2) : safe < limit;
      if (!fits) return raiseOverflow(rt, 'int too big to convert');
    }
    const out = new Uint8Array(length);
    let x = safe;
    for (let i = 0; i < length; i++) {
      const q = Math.floor(x / 256);
      out[big ? length - 1 - i : i] = x - q * 256;
      x = q;
    }
    return bytesNew(rt, out);
  }
  let v = intToBigint(rt, self(rt, args));
  if (v < 0n && !signed) return raiseOverflow(rt, "can't convert negative int to unsigned");
  // the range test only where the length is near the value's size (1n << 8 * length for a
  // huge length is no BigInt JS can make)
  const magnitudeBits = (v < 0n ? -v - 1n : v).toString(2).length;
  if (8 * length <= magnitudeBits + 8) {
    const bits = BigInt(8 * length);
    const fits = signed ? v >= -(1n << (bits - 1n)) && v < (1n << (bits - 1n)) || (length === 0 && v === 0n) : v < (1n << bits);
    if (!fits) return raiseOverflow(rt, 'int too big to convert');
  }
  if (length > 0x7fffffff) return raiseNew(rt, rt.exc.MemoryError!, '');
  if (v < 0n) v += 1n << BigInt(8 * length); // (a negative value fits: length is near its size)
  // hex text: linear in the length (a shift per byte was quadratic)
  const hex = v.toString(16);
  const out = new Uint8Array(length);
  const digits = Buffer.from(hex.length & 1 ? '0' + hex : hex, 'hex');
  out.set(digits, length - digits.length);
  return bytesNew(rt, big ? out : out.reverse());
});

/** The b'...' constant of a code object (immortalised by the caller). */
export function bytesConstant(rt: Runtime, value: Uint8Array): Ref {
  return bytesNew(rt, value);
}

/** The bytes-related methods of the built-in types, installed by vm/interp.ts at bootstrap
 * (not through modules/builtins.ts's tables: that module is evaluated inside this one's
 * import cycle). */
export const BYTES_TYPE_METHODS: [Kind, [string, number][]][] = [
  [Kind.BYTES, BYTES_METHODS],
  [Kind.BYTEARRAY, BYTEARRAY_METHODS],
  [Kind.STR, [STR_ENCODE]],
  [Kind.INT, [INT_TO_BYTES]],
];

/** bytes.fromhex(s) / bytearray.fromhex(s): a class method, args[0] is the class. */
function fromhexFor(mutable: boolean): NativeFn {
  return (rt, args, nargs, kwnames) => {
    if (nargs !== 2 || kwnames !== 0) return raiseTypeError(rt, `fromhex() takes exactly one argument (${nargs - 1} given)`);
    const s = rt.i32[args + 1] as Ref;
    if ((s & 1) === 1 || kindOf(rt, s) !== Kind.STR) return raiseTypeError(rt, `fromhex() argument must be str, not ${A.argTypeName(rt, s)}`);
    const text = strToJS(rt, s);
    const out: number[] = [];
    for (let i = 0; i < text.length;) {
      if (isSpace(text.charCodeAt(i))) { i++; continue; }
      const pair = text.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
        const bad = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i;
        return raiseValueError(rt, `non-hexadecimal number found in fromhex() arg at position ${bad}`);
      }
      out.push(parseInt(pair, 16));
      i += 2;
    }
    return bytesNew(rt, Uint8Array.from(out), mutable);
  };
}

/** bytes.maketrans(frm, to) / bytearray.maketrans: the 256-byte table mapping frm[i] to
 * to[i] (a static method in CPython; installed as a class method, args[0] is the class). */
const MAKETRANS: NativeFn = (rt, args, nargs, kwnames) => {
  if (kwnames !== 0 || nargs !== 3) return raiseTypeError(rt, `maketrans expected 2 arguments, got ${nargs - 1}`);
  const frm = bytesArg(rt, rt.i32[args + 1] as Ref);
  if (frm === null) return NULL;
  const to = bytesArg(rt, rt.i32[args + 2] as Ref);
  if (to === null) return NULL;
  if (frm.length !== to.length) return raiseValueError(rt, 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < frm.length; i++) table[frm[i]!] = to[i]!;
  return bytesNew(rt, table);
};

const CLASS_METHODS: [Kind, string, number][] = [
  [Kind.BYTES, 'maketrans', defineNative('maketrans', MAKETRANS)],
  [Kind.BYTEARRAY, 'maketrans', defineNative('maketrans', MAKETRANS)],
  [Kind.BYTES, 'fromhex', defineNative('fromhex', fromhexFor(false))],
  [Kind.BYTEARRAY, 'fromhex', defineNative('fromhex', fromhexFor(true))],
  [Kind.INT, 'from_bytes', INT_FROM_BYTES[1]],
];

/** Bootstrap (vm/interp.ts): the class methods above as classmethod objects in their
 * types' dicts, so `int.from_bytes(...)` passes the class first (as dict.fromkeys). */
export function installBytesClassMethods(rt: Runtime): void {
  for (const [kind, name, index] of CLASS_METHODS) {
    const nm = internJS(rt, name);
    const f = builtinFunctionNew(rt, index, nm, NULL);
    const cm = newObject(rt, rt.kindTypes[Kind.CLASSMETHOD]!, SM_SIZE);
    rt.i32[(cm + SM_FUNC) >> 2] = f; // stolen
    rt.rc.makeImmortal(f);
    rt.rc.makeImmortal(cm);
    dictSetItem(rt, rt.i32[(rt.kindTypes[kind]! + TP_DICT) >> 2] as Ref, nm, cm);
  }
}

export const BYTES_TYPE_CONSTRUCTORS: [Kind, number][] = [
  [Kind.BYTES, BYTES_CONSTRUCTOR],
  [Kind.BYTEARRAY, BYTEARRAY_CONSTRUCTOR],
];
