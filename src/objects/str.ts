/*
 * str: immutable sequences of UTF-16 code units with a cached hash.
 *
 *   byte 16 STR_LEN    number of UTF-16 units
 *        20 STR_HASH   low 32 bits of hash(s) (numhash.sipHashUnits), valid if STRF_HASHED
 *        24 STR_FLAGS  STRF_HASHED | STRF_INTERNED
 *        28 ...        the units (u16 index (ref + 28) >> 1)
 *
 * Choices:
 *  - UTF-16 units, as JS strings: conversion to and from JS is a copy, no re-encoding.
 *    len(), iteration, indexing and slicing count code points as CPython does (a
 *    surrogate pair is one character; strings without pairs, the common case, take the
 *    unit fast paths); the positions the search methods (find, index...) return and
 *    padding widths still count units (a known difference, rarely met).
 *  - The hash is CPython's (SipHash-1-3 with PYTHONHASHSEED=0's zero key, over the compact
 *    representation's bytes: numhash.ts), so hash(s) and the order of a set of strings are
 *    CPython's; only the low 32 bits are cached (what dict slots use); hash() recomputes
 *    the full value.
 *  - Interned strings (identifiers, attribute names, code constants) are immortal and
 *    unique per heap: the intern table is a dict in the heap (interpreter state), so all
 *    executors share it. Equality tests identity first, then length and units.
 *  - One-character strings for units 0..255 are preallocated immortal (rt.latin1Chars).
 */
import { moveUnits } from '../heap/move.js';
import { IMMORTAL_REFCNT, OB_REF_LOCAL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { newLeafObject } from './object.js';
import { SIP, sipHashUnits, sipResult, type PyHash } from './numhash.js';
import { post14ClassBody } from './unicode14.js';

export const STR_LEN = 16;
export const STR_HASH = 20;
export const STR_FLAGS = 24;
export const STR_DATA = 28;
export const STRF_HASHED = 1;
export const STRF_INTERNED = 2;
/** Set once the units were scanned for surrogate pairs (strCodePointLen's cache). */
export const STRF_PAIRS_SCANNED = 4;
/** With STRF_PAIRS_SCANNED: the string holds at least one surrogate pair. */
export const STRF_HAS_PAIRS = 8;

/** With STRF_HAS_PAIRS: bits 5.. hold the code-point count (when below STR_CP_COUNT_LIMIT). */
const STR_CP_COUNT_SHIFT = 5;
const STR_CP_COUNT_LIMIT = 1 << (31 - STR_CP_COUNT_SHIFT);

/**
 * len() as Python counts it: code points, so a surrogate pair (an astral character) counts
 * once. The scan runs once per string; its result is cached in STR_FLAGS (immutable value:
 * the flag write is idempotent, like the hash cache): whether the string holds pairs and,
 * if it does, the code-point count, so len() and the "any pairs?" tests of the unit fast
 * paths stay O(1) on a string holding emoji (a count at every call made `for i in
 * range(len(s)): s[i]` quadratic). Indexing and slicing of a string with pairs count code
 * points too (strmethods.ts strGetItem).
 */
export function strCodePointLen(rt: Runtime, ref: Ref): number {
  const i32 = rt.i32;
  const n = i32[(ref + STR_LEN) >> 2]!;
  const flags = i32[(ref + STR_FLAGS) >> 2]!;
  if ((flags & STRF_PAIRS_SCANNED) !== 0) {
    if ((flags & STRF_HAS_PAIRS) === 0) return n;
    const cached = flags >>> STR_CP_COUNT_SHIFT;
    if (cached !== 0) return cached;
  }
  const u16 = rt.u16;
  const base = (ref + STR_DATA) >> 1;
  let count = n;
  for (let i = 0; i + 1 < n; i++) {
    const c = u16[base + i]!;
    if (c >= 0xd800 && c < 0xdc00) {
      const d = u16[base + i + 1]!;
      if (d >= 0xdc00 && d < 0xe000) { count--; i++; }
    }
  }
  let scanned = STRF_PAIRS_SCANNED;
  if (count !== n) scanned |= STRF_HAS_PAIRS | (count < STR_CP_COUNT_LIMIT ? count << STR_CP_COUNT_SHIFT : 0);
  // re-read: only the cache bits are added to whatever the word holds now
  i32[(ref + STR_FLAGS) >> 2] = (i32[(ref + STR_FLAGS) >> 2]! & (STRF_HASHED | STRF_INTERNED)) | scanned;
  return count;
}

/**
 * The unit offset of code point `cp` (0 <= cp <= its code-point length) of a string: a
 * scan of the units before it, with no JS string built.
 */
export function strUnitOffset(rt: Runtime, ref: Ref, cp: number): number {
  const n = rt.i32[(ref + STR_LEN) >> 2]!;
  const u16 = rt.u16;
  const base = (ref + STR_DATA) >> 1;
  let i = 0;
  let k = 0;
  // a long scan of an exact str under the GIL starts from the memo of the last one when
  // that is nearer (Runtime.offsetMemoStr)
  const memo = cp >= OFFSET_MEMO_MIN && !rt.rc.atomic && rt.i32[ref >> 2] === rt.tStr;
  if (memo && rt.offsetMemoStr === ref) {
    const mcp = rt.offsetMemoCp;
    if (mcp <= cp) {
      k = mcp;
      i = rt.offsetMemoUnit;
    } else if (mcp - cp < cp) {
      // backwards from the memo: a step back over a pair is two units
      i = rt.offsetMemoUnit;
      for (k = mcp; k > cp; k--) i -= i >= 2 && pairAt(u16, base + i - 2, base + i) ? 2 : 1;
    }
  }
  for (; k < cp && i < n; k++) i += pairAt(u16, base + i, base + n) ? 2 : 1;
  if (memo) {
    if (rt.offsetMemoStr !== ref) {
      const old = rt.offsetMemoStr;
      rt.rc.incref(ref);
      rt.offsetMemoStr = ref;
      if (old !== 0) rt.rc.decref(old);
    }
    rt.offsetMemoCp = k;
    rt.offsetMemoUnit = i;
  }
  return i;
}

/**
 * The code-point index of unit offset `unit` of a string (the inverse of strUnitOffset: a
 * search's unit result as the index Python gives), from strUnitOffset's memo when it lies
 * before `unit` (a find(sub, start) in a loop counts from its start, not from 0).
 */
export function strCodePointIndex(rt: Runtime, ref: Ref, unit: number): number {
  const u16 = rt.u16;
  const base = (ref + STR_DATA) >> 1;
  let i = 0;
  let k = 0;
  const memo = unit >= OFFSET_MEMO_MIN && !rt.rc.atomic && rt.i32[ref >> 2] === rt.tStr;
  if (memo && rt.offsetMemoStr === ref && rt.offsetMemoUnit <= unit) {
    i = rt.offsetMemoUnit;
    k = rt.offsetMemoCp;
  }
  for (; i < unit; i++, k++) {
    if (pairAt(u16, base + i, base + unit)) i++;
  }
  // (remembered only at a character boundary: not between the halves of a pair)
  if (memo && rt.offsetMemoStr === ref && !(i > 0 && pairAt(u16, base + i - 1, base + i + 1))) {
    rt.offsetMemoCp = k;
    rt.offsetMemoUnit = i;
  }
  return k;
}

/** Whether the units at u16 index `at` and `at + 1` (before `end`) are a surrogate pair. */
export function pairAt(u16: Uint16Array, at: number, end: number): boolean {
  return at + 1 < end && (u16[at]! & 0xfc00) === 0xd800 && (u16[at + 1]! & 0xfc00) === 0xdc00;
}

/** The shortest scan strUnitOffset memoizes (code points). */
const OFFSET_MEMO_MIN = 256;

/*
 * Copies between JS strings and heap units. Below NATIVE_COPY_MIN units a charCodeAt /
 * fromCharCode loop; from there on Node's native UTF-16LE codec (Buffer.prototype's
 * ucs2Write / ucs2Slice, which take any Uint8Array, the heap's included). Measured on
 * Node 20 over the heap's SharedArrayBuffer: 64 units 2.9 us by the loop against 0.38 us
 * natively, 90,000 units 4.4 ms (loop) or 3.3 ms (fromCharCode.apply in chunks) against
 * 9 us (write) and 94 us (slice). The heap is little-endian as UTF-16LE on every platform
 * Node runs on (x64, arm64).
 */
const NATIVE_COPY_MIN = 8;
/** Writing (strFromJS), the loop stays faster longer: measured warm on Node 20, 8 units 21
 * ns by the loop against 57 natively, 16 units 35 against 40, 24 units 79 against 45. */
const NATIVE_WRITE_MIN = 16;
const ucs2Write = (Buffer.prototype as unknown as { ucs2Write(this: Uint8Array, s: string, offset: number, length: number): number }).ucs2Write;
const ucs2Slice = (Buffer.prototype as unknown as { ucs2Slice(this: Uint8Array, start: number, end: number): string }).ucs2Slice;

export function strSizeBytes(len: number): number {
  return STR_DATA + len * 2;
}

/** A new str of `len` units, contents to be filled by the caller. New reference. */
/** A new str of `len` UTF-16 units whose characters the caller writes (every one of them:
 * the data is not zeroed, which for a long result was a fill as costly as the copy). */
export function strAlloc(rt: Runtime, len: number): Ref {
  const ref = newLeafObject(rt, rt.tStr, strSizeBytes(len));
  const w = ref >> 2;
  rt.i32[w + (STR_LEN >> 2)] = len;
  rt.i32[w + (STR_HASH >> 2)] = 0;
  rt.i32[w + (STR_FLAGS >> 2)] = 0;
  return ref;
}

export function strFromJS(rt: Runtime, s: string): Ref {
  const n = s.length;
  if (n === 0) return rt.emptyStr;
  if (n === 1) {
    const c = s.charCodeAt(0);
    if (c < 256) return rt.latin1Chars[c]!;
  }
  const ref = strAlloc(rt, n);
  if (n >= NATIVE_WRITE_MIN) {
    ucs2Write.call(rt.u8, s, ref + STR_DATA, n * 2);
    return ref;
  }
  const u16 = rt.u16;
  const base = (ref + STR_DATA) >> 1;
  for (let i = 0; i < n; i++) u16[base + i] = s.charCodeAt(i);
  return ref;
}

/** A str of Latin-1 (or ASCII) bytes, one unit per byte, widened by one native copy (a
 * file's text, a decoded ASCII bytes object). New reference. */
export function strFromLatin1Bytes(rt: Runtime, bytes: Uint8Array): Ref {
  const n = bytes.length;
  if (n === 0) return rt.emptyStr;
  if (n === 1) return rt.latin1Chars[bytes[0]!]!;
  const ref = strAlloc(rt, n);
  rt.u16.set(bytes, (ref + STR_DATA) >> 1);
  return ref;
}

/** A str of the n units at rt.u16 index `base` (of another str). New reference. */
export function strFromUnits(rt: Runtime, base: number, n: number): Ref {
  if (n === 0) return rt.emptyStr;
  if (n === 1) {
    const c = rt.u16[base]!;
    if (c < 256) return rt.latin1Chars[c]!;
  }
  const ref = strAlloc(rt, n);
  copyUnits(rt.u16, (ref + STR_DATA) >> 1, base, n);
  return ref;
}

/**
 * Copies n units from u16 index `from` to `to` (not overlapping): a loop for short runs,
 * where copyWithin's native call costs more than the copy (~100 ns for a word).
 */
export function copyUnits(u16: Uint16Array, to: number, from: number, n: number): void {
  if (n < 24) for (let i = 0; i < n; i++) u16[to + i] = u16[from + i]!;
  else moveUnits(u16, to, from, from + n);
}

export function strLen(rt: Runtime, ref: Ref): number {
  return rt.i32[(ref + STR_LEN) >> 2]!;
}

/** Index in rt.u16 of the first unit. */
export function strUnits(ref: Ref): number {
  return (ref + STR_DATA) >> 1;
}

/** Entries rt.immortalText keeps before it starts again (code constants: a program has few). */
const IMMORTAL_TEXT_MAX = 4096;

/**
 * strToJS for a str read again and again (a format spec, a `%` format): an immortal one's
 * text is copied once per Runtime and found by its ref afterwards (Runtime.immortalText).
 */
export function strToJSImmortal(rt: Runtime, ref: Ref): string {
  if (rt.i32[(ref + OB_REF_LOCAL) >> 2]! < IMMORTAL_REFCNT) return strToJS(rt, ref);
  let text = rt.immortalText.get(ref);
  if (text === undefined) {
    text = strToJS(rt, ref);
    if (rt.immortalText.size >= IMMORTAL_TEXT_MAX) rt.immortalText.clear();
    rt.immortalText.set(ref, text);
  }
  return text;
}

export function strToJS(rt: Runtime, ref: Ref): string {
  const n = rt.i32[(ref + STR_LEN) >> 2]!;
  const base = (ref + STR_DATA) >> 1;
  const u16 = rt.u16;
  if (n < NATIVE_COPY_MIN) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(u16[base + i]!);
    return s;
  }
  return ucs2Slice.call(rt.u8, ref + STR_DATA, ref + STR_DATA + n * 2);
}

/** CPython's hash of the str (numhash.sipHashUnits over its units): left in numhash.SIP. */
export function strSipHash(rt: Runtime, ref: Ref): void {
  sipHashUnits(rt.u16, (ref + STR_DATA) >> 1, rt.i32[(ref + STR_LEN) >> 2]!);
}

/** hash(s) as Python sees it: CPython's value (PYTHONHASHSEED=0), never -1. */
export function strHashFull(rt: Runtime, ref: Ref): PyHash {
  strSipHash(rt, ref);
  return sipResult();
}

/**
 * The 32-bit slot hash (cached): the low word of strHashFull, -1 (the error value of
 * abstract.hashOf) taken as -2 as hashOf does for every other type. Leaves the full hash
 * in numhash.SIP when it computed it (setorder.ts reads it there).
 */
export function strHash(rt: Runtime, ref: Ref): number {
  const i32 = rt.i32;
  const w = ref >> 2;
  if ((i32[w + (STR_FLAGS >> 2)]! & STRF_HASHED) !== 0) return i32[w + (STR_HASH >> 2)]!;
  strSipHash(rt, ref);
  let h = SIP.lo | 0;
  if (h === -1) h = -2; // also the full hash -1, which CPython makes -2 (low word ...fffe)
  i32[w + (STR_HASH >> 2)] = h;
  i32[w + (STR_FLAGS >> 2)]! |= STRF_HASHED;
  return h;
}

export function strEq(rt: Runtime, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const i32 = rt.i32;
  const n = i32[(a + STR_LEN) >> 2]!;
  if (n !== i32[(b + STR_LEN) >> 2]) return false;
  // both hashed (dict keys, set items): different hashes, different strings
  const w = STR_FLAGS >> 2;
  if ((i32[(a >> 2) + w]! & i32[(b >> 2) + w]! & STRF_HASHED) !== 0 && i32[(a + STR_HASH) >> 2] !== i32[(b + STR_HASH) >> 2]) return false;
  if (n >= STR_EQ_NATIVE_UNITS) return strDataEqualNative(rt, a, b, n);
  const u16 = rt.u16;
  const pa = (a + STR_DATA) >> 1;
  const pb = (b + STR_DATA) >> 1;
  for (let i = 0; i < n; i++) if (u16[pa + i] !== u16[pb + i]) return false;
  return true;
}

/** From this many units two strings' data are compared by Buffer.compare (memcmp), not a JS
 * loop: an equal 2,000-character dict key took ~2 us to compare unit by unit. */
const STR_EQ_NATIVE_UNITS = 64;

/** Whether the `n` units of a's and b's data are the same bytes (Buffer.compare over views
 * of the heap: no copy). */
function strDataEqualNative(rt: Runtime, a: Ref, b: Ref, n: number): boolean {
  const buffer = rt.i32.buffer;
  const va = new Uint8Array(buffer, a + STR_DATA, 2 * n);
  const vb = new Uint8Array(buffer, b + STR_DATA, 2 * n);
  return Buffer.compare(va, vb) === 0;
}

/**
 * Three-way comparison in code point order, Python's. UTF-16 unit order is the same except
 * for astral characters (surrogate pairs) against U+E000..U+FFFF: at the first differing
 * unit, a unit that belongs to a surrogate pair weighs above every BMP code point.
 */
export function strCompare(rt: Runtime, a: Ref, b: Ref): number {
  const i32 = rt.i32;
  const na = i32[(a + STR_LEN) >> 2]!;
  const nb = i32[(b + STR_LEN) >> 2]!;
  const u16 = rt.u16;
  const pa = (a + STR_DATA) >> 1;
  const pb = (b + STR_DATA) >> 1;
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const x = u16[pa + i]!;
    const y = u16[pb + i]!;
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    return unitWeight(u16, pa, na, i) - unitWeight(u16, pb, nb, i);
  }
  return na - nb;
}

/** The code unit at index i of the str at unit offset p (length n), above 0xFFFF when it
 * is one half of a surrogate pair (strCompare). */
function unitWeight(u16: Uint16Array, p: number, n: number, i: number): number {
  const c = u16[p + i]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const next = u16[p + i + 1]!;
    if (next >= 0xdc00 && next <= 0xdfff) return c + 0x10000;
  } else if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const prev = u16[p + i - 1]!;
    if (prev >= 0xd800 && prev <= 0xdbff) return c + 0x10000;
  }
  return c;
}

export function strConcat(rt: Runtime, a: Ref, b: Ref): Ref {
  const na = strLen(rt, a);
  const nb = strLen(rt, b);
  const r = strAlloc(rt, na + nb);
  const u16 = rt.u16;
  const d = strUnits(r);
  copyUnits(u16, d, strUnits(a), na);
  copyUnits(u16, d + na, strUnits(b), nb);
  return r;
}

export function strIsInterned(rt: Runtime, ref: Ref): boolean {
  return (rt.i32[(ref + STR_FLAGS) >> 2]! & STRF_INTERNED) !== 0;
}

/** Marks a str immortal and interned (the caller has put it in the intern table). */
export function strMarkInterned(rt: Runtime, ref: Ref): void {
  rt.i32[(ref + STR_FLAGS) >> 2]! |= STRF_INTERNED;
  rt.i32[(ref + OB_REF_LOCAL) >> 2] = IMMORTAL_REFCNT;
}

/** Python's repr of a str (quote choice and escapes as CPython's unicode_repr). */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0xad) out += '\\xad';
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        // an astral code point: \U escape when not printable (tags, private use, unassigned)
        const pair = s.slice(i, i + 2);
        out += nonPrintable().test(pair) ? '\\U' + pair.codePointAt(0)!.toString(16).padStart(8, '0') : pair;
        i++;
      } else out += '\\ud' + c.toString(16).slice(1);
    } else if (c >= 0xd800 && c < 0xe000) out += '\\u' + c.toString(16);
    else if (!isPrintable(c)) out += c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

let nonPrintableRe: RegExp | null = null;
/** Built on first use (a Unicode property class costs V8 ~0.2 ms to build, every start if at load). */
const nonPrintable = (): RegExp => (nonPrintableRe ??= new RegExp(`[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\\p{Zs}${post14ClassBody()}]`, 'u'));

function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  return !nonPrintable().test(String.fromCharCode(c));
}
