/*
 * str operations beyond the layout: indexing, `in`, repetition, %-formatting, and the
 * str methods (natives registered in STR_METHODS). Most methods convert to a JS string,
 * use JS's string functions with Python's semantics, and convert back: simple and
 * correct; the hot ones can get unit-level versions later.
 */
import { storeBytes } from '../heap/move.js';
import { intMaxStrDigits } from './numparse.js';
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../vm/stackguard.js';
import { incref, decref, newRef } from '../vm/refs.js';
import { raiseIndexError, raiseTypeError, raiseValueError, raiseNew, errorMatches, clearError, errOccurred, raiseOverflow } from '../vm/errors.js';
import { dictGetItem } from './dict.js';

/**
 * What str.translate's table maps character c (code point cp) to: '' when it maps to None,
 * c itself when the table has no entry (an exact dict is read without raising KeyError,
 * another mapping's LookupError is caught); null with the Python error set.
 */
function translateChar(rt: Runtime, table: Ref, exactDict: boolean, cp: number, c: string): string | null {
  const key = intFromNumber(rt, cp);
  let v: Ref;
  if (exactDict) {
    v = dictGetItem(rt, table, key);
    if (v !== NULL) incref(rt, v);
  } else {
    v = getItem(rt, table, key);
  }
  decref(rt, key);
  if (v === NULL) {
    if (exactDict) return errOccurred(rt) ? null : c;
    return errorMatchesLookup(rt) ? c : null;
  }
  let mapped: string | null;
  const vk = kindOf(rt, v);
  if (v === rt.None) mapped = '';
  else if (vk === Kind.STR) mapped = strToJS(rt, v);
  else if (vk === Kind.INT || vk === Kind.BOOL) {
    const to = intToNumberOrBig(rt, v);
    if (to < 0 || to > 0x10ffff) {
      raiseValueError(rt, 'character mapping must be in range(0x110000)');
      mapped = null;
    } else mapped = String.fromCodePoint(Number(to));
  } else {
    raiseTypeError(rt, 'character mapping must return integer, None or str');
    mapped = null;
  }
  decref(rt, v);
  return mapped;
}

/** str.translate's output units (kept between calls up to TRANSLATE_SCRATCH_KEEP units). */
let translateScratch = new Uint16Array(4096);
const TRANSLATE_SCRATCH_KEEP = 1 << 20;

/** A LookupError from the translate table: the character maps to itself. */
function errorMatchesLookup(rt: Runtime): boolean {
  if (!errorMatches(rt, rt.exc.LookupError!)) return false;
  clearError(rt);
  return true;
}
import { kindOf, typeOf } from './object.js';
import { typeLookup } from './type.js';
import { call1 } from '../vm/call.js';
import { NumericError, bigintToFloat } from './intmath.js';
import { Kind } from './kinds.js';
import { iteratesAsBuiltin } from './seqops.js';
import { strFromJS, strToJS, strToJSImmortal, strLen, strUnits, strAlloc, strCodePointLen, strUnitOffset, strCodePointIndex, pairAt, strFromUnits, copyUnits, STR_LEN } from './str.js';
import { SLICE_OUT, sliceIndices, sliceIndicesInto } from './slice.js';
import { argTypeName, indexValue, indexObject, isHeapTypeObj, mappingCheck, reprJS, strJS, typeNameOf, numeric, raiseNumericError, getItem, getIter, iterNext, format, formatJS, getAttr as getAttrFn } from './abstract.js';
import { intToNumberOrBig, intFromNumber, intFromNumberOrBig } from './int.js';
import { floatValue } from './float.js';
import { formatStr, percentFormat, percentTemplate, percentTemplateConversion, type PercentArgs, type PercentCallbacks, type PercentTemplate } from './formatspec.js';
import { tupleSize, tupleItem, tupleNew, tupleSetItemSteal, TUPLE_ITEMS_WORD } from './tuple.js';
import { listNew, listAppendSteal, listSize, listItemsWord } from './list.js';
import { defineNative, type NativeFn } from '../vm/natives.js';
import { caseMapped14, hasPost14, titleCased14, withoutPost14 } from './unicode14.js';

export function strGetItem(rt: Runtime, s: Ref, key: Ref): Ref {
  const n = strLen(rt, s);
  if (strCodePointLen(rt, s) !== n) return strGetItemCodePoints(rt, s, key);
  if (kindOf(rt, key) === Kind.SLICE) {
    const len = sliceIndicesInto(rt, key, n);
    if (len < 0) return NULL;
    const start = SLICE_OUT[0]!, step = SLICE_OUT[2]!;
    // step 1: CPython's shortcuts (s[:] of an exact str is s, one latin-1 character is the
    // shared one, an empty slice the empty str) and one block copy; s[:] copied the whole
    // string, and `s == s[:]` then compared it unit by unit
    if (step === 1 || len <= 1) return strUnitSlice(rt, s, start, start + len);
    const r = strAlloc(rt, len);
    const src = strUnits(s), dst = strUnits(r);
    for (let i = 0, j = start; i < len; i++, j += step) rt.u16[dst + i] = rt.u16[src + j]!;
    return r;
  }
  let i = indexValue(rt, key, 'string');
  if (i === null) return NULL;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseIndexError(rt, 'string index out of range');
  const c = rt.u16[strUnits(s) + i]!;
  if (c < 256) return rt.latin1Chars[c]!;
  return strFromJS(rt, String.fromCharCode(c));
}

/**
 * s[key] for a string holding astral characters: indices count code points, as Python's.
 * An index and a step-1 slice scan the units up to the position (no JS copy of the whole
 * string, which made each `s[i]` allocate one string per character of s).
 */
function strGetItemCodePoints(rt: Runtime, s: Ref, key: Ref): Ref {
  const n = strCodePointLen(rt, s);
  if (kindOf(rt, key) === Kind.SLICE) {
    const sl = sliceIndices(rt, key, n);
    if (sl === null) return NULL;
    const [start, , step, len] = sl;
    if (step === 1) {
      return strUnitSlice(rt, s, strUnitOffset(rt, s, start), strUnitOffset(rt, s, start + len));
    }
    return strStepSlice(rt, s, n, start, step, len);
  }
  let i = indexValue(rt, key, 'string');
  if (i === null) return NULL;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raiseIndexError(rt, 'string index out of range');
  const a = strUnitOffset(rt, s, i);
  const c = rt.u16[strUnits(s) + a]!;
  if (c < 256) return rt.latin1Chars[c]!;
  const pair = c >= 0xd800 && c < 0xdc00 && a + 1 < strLen(rt, s) && (rt.u16[strUnits(s) + a + 1]! & 0xfc00) === 0xdc00;
  return strUnitSlice(rt, s, a, a + (pair ? 2 : 1));
}

/** s[start::step] (len code points, step not 1) of a string holding astral characters: the
 * unit offset of every code point once, then the picked ones copied into a str of their
 * total length (no JS string of the whole). */
function strStepSlice(rt: Runtime, s: Ref, n: number, start: number, step: number, len: number): Ref {
  if (len <= 0) return newRef(rt, rt.emptyStr);
  const units = strLen(rt, s);
  const base = strUnits(s);
  const offs = new Int32Array(n + 1);
  let u16 = rt.u16;
  for (let k = 0, i = 0; k < n; k++) {
    offs[k] = i;
    i += pairAt(u16, base + i, base + units) ? 2 : 1;
  }
  offs[n] = units;
  let total = 0;
  for (let c = 0, j = start; c < len; c++, j += step) total += offs[j + 1]! - offs[j]!;
  const r = strAlloc(rt, total);
  u16 = rt.u16;
  let o = strUnits(r);
  const from = strUnits(s);
  for (let c = 0, j = start; c < len; c++, j += step) {
    for (let k = offs[j]!; k < offs[j + 1]!; k++) u16[o++] = u16[from + k]!;
  }
  return r;
}

/** `sub in s`, on the units (a JS copy of s at each test made `ch in text` O(len(text)) even
 * when ch was near the start). */
export function strContains(rt: Runtime, s: Ref, sub: Ref): boolean {
  const n = strLen(rt, s);
  const m = strLen(rt, sub);
  const u16 = rt.u16;
  const h = strUnits(s);
  let i = unitIndexOf(rt, s, sub, false);
  // a match must not start or end inside a surrogate pair ('\ud83d' is not in '😀')
  while (i >= 0 && m > 0 && (
    (i > 0 && (u16[h + i]! & 0xfc00) === 0xdc00 && (u16[h + i - 1]! & 0xfc00) === 0xd800) ||
    (i + m < n && (u16[h + i + m - 1]! & 0xfc00) === 0xd800 && (u16[h + i + m]! & 0xfc00) === 0xdc00))) {
    i = unitIndexOf(rt, s, sub, false, i + 1);
  }
  return i >= 0;
}

/** A method's result that is its receiver unchanged: the same object for an exact str, an
 *  exact copy for a subclass's instance (CPython's unicode_result_unchanged). */
function strUnchanged(rt: Runtime, s: Ref): Ref {
  return typeOf(rt, s) === rt.tStr ? newRef(rt, s) : strFromJS(rt, strToJS(rt, s));
}

export function strMul(rt: Runtime, s: Ref, n: Ref): Ref {
  const k = intToNumberOrBig(rt, n);
  // CPython: the count is a Py_ssize_t (PyNumber_AsSsize_t with OverflowError), the result
  // length must fit one too; past that it is a failed allocation (MemoryError)
  if (typeof k === 'bigint' && (k > 9223372036854775807n || k < -9223372036854775808n)) {
    return raiseNew(rt, rt.exc.OverflowError!, "cannot fit 'int' into an index-sized integer");
  }
  const count = Number(k);
  if (count <= 0) return newRef(rt, rt.emptyStr);
  if (count === 1) return strUnchanged(rt, s);
  const len = strCodePointLen(rt, s);
  if (len === 0) return newRef(rt, rt.emptyStr);
  if (BigInt(len) * BigInt(k) > 9223372036854775807n) return raiseNew(rt, rt.exc.OverflowError!, 'repeated string is too long');
  if (strLen(rt, s) * count > STR_REPEAT_LIMIT) return raiseNew(rt, rt.exc.MemoryError!, '');
  return strFromJS(rt, strToJS(rt, s).repeat(count));
}

/** The longest string a repeat builds (UTF-16 units): beyond it, MemoryError (V8's own
 *  string limit is ~2**29 units). */
const STR_REPEAT_LIMIT = 1 << 28;

/** The right operand of `%` (str or bytes formatting): a tuple's items, or one value (a
 * dict also serves %(key) lookups). */
export function percentArgsOf(rt: Runtime, args: Ref, bytesMode = false): PercentArgs<Ref> {
  const k = kindOf(rt, args);
  if (k === Kind.TUPLE) {
    const items: Ref[] = [];
    for (let i = 0; i < tupleSize(rt, args); i++) items.push(tupleItem(rt, args, i));
    return { kind: 'tuple', items };
  }
  // str % x: PyMapping_Check && !tuple && !str, so bytes and bytearray are mappings;
  // bytes % x: mp_subscript && !tuple && !bytes && !str && !bytearray
  const notMapping = k === Kind.STR || (bytesMode && (k === Kind.BYTES || k === Kind.BYTEARRAY));
  const isMapping = !notMapping && mappingCheck(rt, args);
  return { kind: 'single', value: args, isMapping };
}

/** int(x) of a float for %d: CPython's errors for nan and the infinities. */
function truncForPercent(x: number): number | bigint {
  if (x !== x) throw new NumericError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new NumericError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** Thrown out of a percent hook when the Python error is set (the caller returns NULL). */
export class PercentFail extends Error {}

/** str % args's hooks into the object model, made once per Runtime (they only close over it:
 * a class and eight closures made at every `%` were most of its time, in V8's collector). */
const percentHooksByRuntime = new WeakMap<Runtime, StrPercentHooks>();

/** The hooks plus the values %(key) lookups returned, owned until their `%` finishes: a
 * mapping's __getitem__ may return a fresh object that nothing else keeps alive. A nested
 * `%` (inside a __getitem__, __str__ or __format__) runs to completion on the JS stack
 * before the outer one continues, so each strMod releases exactly what it pushed. */
type StrPercentHooks = PercentCallbacks<Ref> & { held: Ref[] };

function strPercentHooks(rt: Runtime): StrPercentHooks {
  let hooks = percentHooksByRuntime.get(rt);
  if (hooks === undefined) {
    const held: Ref[] = [];
    hooks = {
      held,
      str: (v) => { const r = strJS(rt, v); if (r === null) throw new PercentFail(); return r; },
      repr: (v) => { const r = reprJS(rt, v); if (r === null) throw new PercentFail(); return r; },
      ascii: (v) => { const r = reprJS(rt, v); if (r === null) throw new PercentFail(); return asciiEscaped(r); },
      typeName: (v) => typeNameOf(rt, v),
      maxStrDigits: () => intMaxStrDigits(rt),
      toInt: (v, indexOnly) => {
        const vk = kindOf(rt, v);
        if (vk === Kind.INT || vk === Kind.BOOL) return intToNumberOrBig(rt, v);
        // (a float subclass's own __int__ answers, as CPython's PyNumber_Long)
        if (vk === Kind.FLOAT && !indexOnly && (!isHeapTypeObj(rt, v) || typeLookup(rt, typeOf(rt, v), rt.names.__int__) === NULL)) return truncForPercent(floatValue(rt, v));
        // PyNumber_Index for %o %x %X, PyNumber_Long (int(v)) for %d %i %u
        if (!isHeapTypeObj(rt, v)) return null;
        const t = typeOf(rt, v);
        if (typeLookup(rt, t, rt.names.__index__) === NULL && (indexOnly || typeLookup(rt, t, rt.names.__int__) === NULL)) return null;
        const r = indexOnly ? indexObject(rt, v) : call1(rt, rt.tInt, v);
        if (r === NULL) {
          // mainformatlong: a TypeError of the conversion is reported as the wrong type
          if (errorMatches(rt, rt.exc.TypeError!)) { clearError(rt); return null; }
          throw new PercentFail();
        }
        const x = intToNumberOrBig(rt, r);
        decref(rt, r);
        return x;
      },
      toFloat: (v) => {
        const vk = kindOf(rt, v);
        if (vk === Kind.FLOAT) return floatValue(rt, v);
        if (vk === Kind.INT || vk === Kind.BOOL) {
          // float(int): OverflowError beyond the float range (was inf)
          const n = intToNumberOrBig(rt, v);
          return typeof n === 'bigint' ? bigintToFloat(n) : n;
        }
        // PyFloat_AsDouble: __float__, else __index__
        if (!isHeapTypeObj(rt, v)) return null;
        const t = typeOf(rt, v);
        if (typeLookup(rt, t, rt.names.__float__) === NULL && typeLookup(rt, t, rt.names.__index__) === NULL) return null;
        const r = call1(rt, rt.tFloat, v);
        if (r === NULL) throw new PercentFail();
        const x = floatValue(rt, r);
        decref(rt, r);
        return x;
      },
      charArg: (v) => {
        const vk = kindOf(rt, v);
        if (vk === Kind.STR) return strToJS(rt, v);
        if (vk === Kind.INT || vk === Kind.BOOL) return intToNumberOrBig(rt, v);
        // PyLong_AsLong: an object with __index__
        if (!isHeapTypeObj(rt, v) || typeLookup(rt, typeOf(rt, v), rt.names.__index__) === NULL) return null;
        const r = indexObject(rt, v);
        if (r === NULL) throw new PercentFail();
        const x = intToNumberOrBig(rt, r);
        decref(rt, r);
        return x;
      },
      getItem: (m, key) => {
        const kr = strFromJS(rt, key);
        const r = getItem(rt, m, kr);
        decref(rt, kr);
        if (r === NULL) throw new PercentFail();
        held.push(r); // released when this `%` finishes (strMod)
        return r;
      },
    };
    percentHooksByRuntime.set(rt, hooks);
  }
  return hooks;
}

/** Parsed formats by text (formatspec.ts percentTemplate; null: not templatable). */
const percentTemplates = new Map<string, PercentTemplate | null>();
const PERCENT_TEMPLATES_MAX = 512;

/**
 * str % args from a cached template, when the format has plain conversions only and args
 * gives exactly one value per conversion (every other case, errors included, is
 * percentFormat's). %s of an exact str and %s / %d / %i of a small int without flags, width
 * or precision are written directly; the rest go through the same conversion code as
 * percentFormat. Returns undefined when the template does not apply.
 */
function strModTemplate(rt: Runtime, format: string, args: Ref, hooks: StrPercentHooks): string | undefined {
  let t = percentTemplates.get(format);
  if (t === undefined) {
    t = percentTemplate(format);
    if (percentTemplates.size >= PERCENT_TEMPLATES_MAX) percentTemplates.clear();
    percentTemplates.set(format, t);
  }
  if (t === null) return undefined;
  const n = t.chars.length;
  const isTuple = kindOf(rt, args) === Kind.TUPLE;
  if (n === 0 || (isTuple ? tupleSize(rt, args) !== n : n !== 1)) return undefined;
  let out = t.literals[0]!;
  for (let i = 0; i < n; i++) {
    const v = isTuple ? tupleItem(rt, args, i) : args;
    const ch = t.chars[i]!;
    if (t.flags[i] === 0 && t.widths[i] === -1 && t.precs[i] === -1) {
      if ((v & 1) === 1 && (ch === 's' || ch === 'd' || ch === 'i')) {
        out += String(v >> 1);
        out += t.literals[i + 1]!;
        continue;
      }
      if (ch === 's' && typeOf(rt, v) === rt.tStr) {
        out += strToJS(rt, v);
        out += t.literals[i + 1]!;
        continue;
      }
    }
    out += percentTemplateConversion(t, i, v, hooks);
    out += t.literals[i + 1]!;
  }
  return out;
}

export function strMod(rt: Runtime, s: Ref, args: Ref): Ref {
  const hooks = strPercentHooks(rt);
  const mark = hooks.held.length;
  try {
    const format = strToJSImmortal(rt, s); // a constant format is read once
    const templated = strModTemplate(rt, format, args, hooks);
    if (templated !== undefined) return strFromJS(rt, templated);
    return strFromJS(rt, percentFormat(format, percentArgsOf(rt, args), hooks));
  } catch (e) {
    if (e instanceof PercentFail) return NULL;
    if (e instanceof NumericError) return raiseNumericError(rt, e);
    throw e;
  } finally {
    while (hooks.held.length > mark) decref(rt, hooks.held.pop()!);
  }
}

// ------------------------------------------------------------------ methods

function js(rt: Runtime, args: number, i: number): string {
  return strToJS(rt, rt.i32[args + i] as Ref);
}

function argIsStr(rt: Runtime, v: Ref): boolean {
  return kindOf(rt, v) === Kind.STR;
}

function optStrArg(rt: Runtime, args: number, nargs: number, i: number, method: string): string | null | undefined {
  if (i >= nargs) return undefined;
  const v = rt.i32[args + i] as Ref;
  if (v === rt.None) return undefined;
  if (!argIsStr(rt, v)) {
    raiseTypeError(rt, `${method} arg must be None or str`);
    return null;
  }
  return strToJS(rt, v);
}

/** Python's whitespace (str.isspace, split(), strip()): the Unicode White_Space characters
 * plus \x1c-\x1f, without U+FEFF (which JS's \s includes). */
function isPyWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || c >= 28;
  return c >= 0x85 && (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000);
}

function pyStrip(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  let a = 0, b = s.length;
  if (chars === undefined) {
    if (left) while (a < b && isPyWhitespace(s.charCodeAt(a))) a++;
    if (right) while (b > a && isPyWhitespace(s.charCodeAt(b - 1))) b--;
  } else {
    // by code point: an astral character is two units here, and a unit of one is never
    // stripped alone (one half of an emoji matched a half of another in `chars`)
    const set = new Set(Array.from(chars));
    const pairAt = (i: number): boolean => (s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (left) {
      while (a < b) {
        const w = a + 1 < b && pairAt(a) ? 2 : 1;
        if (!set.has(s.slice(a, a + w))) break;
        a += w;
      }
    }
    if (right) {
      while (b > a) {
        const w = b - 2 >= a && pairAt(b - 2) ? 2 : 1;
        if (!set.has(s.slice(b - w, b))) break;
        b -= w;
      }
    }
  }
  return s.slice(a, b);
}

function pySplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPyWhitespace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i)); // the rest, its trailing whitespace kept (as CPython)
      return out;
    }
    let j = i;
    while (j < n && !isPyWhitespace(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function listOfStrings(rt: Runtime, parts: string[]): Ref {
  const l = listNew(rt, parts.length);
  for (const p of parts) listAppendSteal(rt, l, strFromJS(rt, p));
  return l;
}

/** Methods whose CPython arguments are parsed by PyArg_ParseTuple / keyword clinic ("takes at
 * least N arguments (G given)"), not by the positional clinic ("expected at least N arguments, got G"). */
const PARSE_TUPLE_STYLE: ReadonlySet<string> = new Set(['count', 'startswith', 'endswith', 'find', 'rfind', 'index', 'rindex', 'expandtabs', 'splitlines']);

function checkArgs(rt: Runtime, name: string, nargs: number, min: number, max: number): boolean {
  const given = nargs - 1;
  if (given < min || given > max) {
    if (min === max) raiseTypeError(rt, `str.${name}() takes exactly ${min === 1 ? 'one argument' : `${min} arguments`} (${given} given)`);
    else if (PARSE_TUPLE_STYLE.has(name)) {
      const n = given < min ? min : max;
      raiseTypeError(rt, `${name}() takes at ${given < min ? 'least' : 'most'} ${n} argument${n === 1 ? '' : 's'} (${given} given)`);
    } else if (given < min) raiseTypeError(rt, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${given}`);
    else raiseTypeError(rt, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${given}`);
    return false;
  }
  return true;
}

function intArg(rt: Runtime, args: number, nargs: number, i: number, dflt: number, width: IntWidth = 'ssize_t'): number | null {
  if (i >= nargs) return dflt;
  const v = rt.i32[args + i] as Ref;
  if (v === rt.None && width === 'clamp') return dflt; // only a slice index may be None
  return intOfIndex(rt, v, width);
}

/** The C type an int argument converts to: out of its range is CPython's OverflowError
 *  ('clamp': a slice index, which saturates instead). */
type IntWidth = 'ssize_t' | 'int' | 'clamp';

/** An int argument, or an object with __index__ (operator.index), as a number; null with
 * CPython's TypeError otherwise, or its OverflowError past the C type's range. */
export function intOfIndex(rt: Runtime, v: Ref, width: IntWidth = 'ssize_t'): number | null {
  if ((v & 1) === 1) return v >> 1; // a tagged int is in every width's range
  const k = kindOf(rt, v);
  let x: number | bigint;
  if (k === Kind.INT || k === Kind.BOOL) x = intToNumberOrBig(rt, v);
  else {
    const r = indexObject(rt, v);
    if (r === NULL) return null;
    x = intToNumberOrBig(rt, r);
    decref(rt, r);
  }
  if (width !== 'clamp') {
    const hi = width === 'int' ? 2147483647n : 9223372036854775807n;
    if (typeof x === 'bigint' ? (x > hi || x < -hi - 1n) : (x > Number(hi) || x < -Number(hi) - 1)) {
      raiseNew(rt, rt.exc.OverflowError!, `Python int too large to convert to C ${width}`);
      return null;
    }
  }
  return Number(x);
}

function kwArgIndex(rt: Runtime, kwnames: Ref, name: string): number {
  if (kwnames === 0) return -1;
  for (let i = 0; i < tupleSize(rt, kwnames); i++) if (strToJS(rt, tupleItem(rt, kwnames, i)) === name) return i;
  return -1;
}

/** Methods that take no arguments: a wrapper checks the count (CPython's message). */
const NO_ARG_METHODS = new Set([
  'upper', 'lower', 'isdigit', 'isnumeric', 'isdecimal', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower',
  'isidentifier', 'title', 'capitalize', 'swapcase', 'casefold', 'isascii', 'isprintable', 'istitle',
]);
/** Methods whose parameters are all positional-only in CPython 3.11: any keyword is refused. */
const POSITIONAL_ONLY_METHODS = new Set([
  'join', 'replace', 'startswith', 'endswith', 'find', 'rfind', 'index', 'rindex', 'count', 'center', 'ljust',
  'rjust', 'zfill', 'partition', 'rpartition', 'strip', 'lstrip', 'rstrip', 'translate', 'removeprefix',
  'removesuffix',
]);
/** Methods taking some keywords: any other name is refused (argument clinic's message). */
const KEYWORD_METHODS = new Map<string, string[]>([
  ['split', ['sep', 'maxsplit']], ['rsplit', ['sep', 'maxsplit']], ['splitlines', ['keepends']], ['expandtabs', ['tabsize']],
]);
const m = (name: string, fn: NativeFn): [string, number] => [name, defineNative(name, POSITIONAL_ONLY_METHODS.has(name)
  ? (rt, args, nargs, kw) => {
    if (kw !== 0 && tupleSize(rt, kw) > 0) return raiseTypeError(rt, `str.${name}() takes no keyword arguments`);
    return fn(rt, args, nargs, kw);
  }
  : KEYWORD_METHODS.has(name) ? (rt, args, nargs, kw) => {
    if (kw !== 0) {
      const allowed = KEYWORD_METHODS.get(name)!;
      // _PyArg_UnpackKeywords: the total count is checked before the names
      const nkw = tupleSize(rt, kw), total = nargs - 1;
      if (total > allowed.length) {
        const np = allowed.length;
        return raiseTypeError(rt, `${name}() takes at most ${np} ${total - nkw === 0 ? 'keyword ' : ''}argument${np === 1 ? '' : 's'} (${total} given)`);
      }
      for (let i = 0; i < nkw; i++) {
        const key = strToJS(rt, tupleItem(rt, kw, i));
        if (!allowed.includes(key)) return raiseTypeError(rt, `'${key}' is an invalid keyword argument for ${name}()`);
      }
    }
    return fn(rt, args, nargs, kw);
  }
  : !NO_ARG_METHODS.has(name) ? fn
  : (rt, args, nargs, kw) => {
    if (nargs !== 1 || (kw !== 0 && tupleSize(rt, kw) > 0)) {
      return raiseTypeError(rt, kw !== 0 && tupleSize(rt, kw) > 0 ? `str.${name}() takes no keyword arguments`
        : `str.${name}() takes no arguments (${nargs - 1} given)`);
    }
    return fn(rt, args, nargs, kw);
  })];

/**
 * s.replace(a, b, count) for a non-empty `a`, on the heap's units (no JS strings): the
 * occurrences left to right, at most `count` of them (all when negative), in a result of
 * the final length. An exact str with nothing to replace is returned itself, as CPython's.
 */
function replaceUnits(rt: Runtime, s: Ref, a: Ref, b: Ref, count: number): Ref {
  const sn = strLen(rt, s), an = strLen(rt, a), bn = strLen(rt, b);
  if (an === 1) return replaceUnit(rt, s, sn, a, b, bn, count);
  let found = 0;
  for (let i = unitIndexOf(rt, s, a, false); i >= 0 && found !== count; i = unitIndexOf(rt, s, a, false, i + an)) found++;
  if (found === 0) return typeOf(rt, s) === rt.tStr ? newRef(rt, s) : strFromJS(rt, strToJS(rt, s));
  const r = strAlloc(rt, sn + found * (bn - an));
  const u16 = rt.u16;
  const sb = strUnits(s), bb = strUnits(b), rb = strUnits(r);
  let o = 0, from = 0;
  for (let k = 0; k < found; k++) {
    const i = unitIndexOf(rt, s, a, false, from);
    copyUnits(u16, rb + o, sb + from, i - from);
    o += i - from;
    copyUnits(u16, rb + o, bb, bn);
    o += bn;
    from = i + an;
  }
  copyUnits(u16, rb + o, sb + from, sn - from);
  return r;
}

/** replaceUnits for a one-unit `a` (s.replace('o', '0')): one counting pass and one copying
 * pass over the units, instead of a search call per occurrence in each. */
function replaceUnit(rt: Runtime, s: Ref, sn: number, a: Ref, b: Ref, bn: number, count: number): Ref {
  const sb = strUnits(s);
  const c = rt.u16[strUnits(a)]!;
  let found = 0;
  let u16 = rt.u16;
  for (let i = 0; i < sn && found !== count; i++) if (u16[sb + i] === c) found++;
  if (found === 0) return typeOf(rt, s) === rt.tStr ? newRef(rt, s) : strFromJS(rt, strToJS(rt, s));
  const r = strAlloc(rt, sn + found * (bn - 1));
  u16 = rt.u16; // the allocation may have grown the heap
  const bb = strUnits(b);
  let o = strUnits(r), left = found;
  for (let i = 0; i < sn; i++) {
    const x = u16[sb + i]!;
    if (x === c && left > 0) {
      left--;
      for (let j = 0; j < bn; j++) u16[o++] = u16[bb + j]!;
    } else u16[o++] = x;
  }
  return r;
}

/**
 * s.split(sep, maxsplit) on the heap's units (sep NULL: runs of whitespace, CPython's
 * split()), at most maxsplit splits when it is >= 0 (the rest one piece: after whitespace
 * runs, with its trailing whitespace). A piece that is the whole of an exact str is that
 * str, as CPython's.
 */
function splitUnits(rt: Runtime, s: Ref, sep: Ref, maxsplit: number): Ref {
  const n = strLen(rt, s);
  const sb = strUnits(s);
  const exact = typeOf(rt, s) === rt.tStr;
  // room for 12 pieces first, as CPython's split (MAX_PREALLOC)
  const l = listNew(rt, maxsplit >= 0 && maxsplit < 11 ? maxsplit + 1 : 12);
  let found = 0;
  if (sep === NULL) {
    let i = 0;
    for (;;) {
      const u16 = rt.u16;
      while (i < n && isPyWhitespace(u16[sb + i]!)) i++;
      if (i >= n) break;
      if (maxsplit >= 0 && found >= maxsplit) {
        splitPiece(rt, l, s, sb, i, n - i, n, exact);
        break;
      }
      let j = i;
      while (j < n && !isPyWhitespace(u16[sb + j]!)) j++;
      splitPiece(rt, l, s, sb, i, j - i, n, exact);
      found++;
      i = j;
    }
    return l;
  }
  const pn = strLen(rt, sep);
  let start = 0;
  for (let i = 0; found !== maxsplit && (i = unitIndexOf(rt, s, sep, false, start)) >= 0; found++) {
    splitPiece(rt, l, s, sb, start, i - start, n, exact);
    start = i + pn;
  }
  splitPiece(rt, l, s, sb, start, n - start, n, exact);
  return l;
}

/** One piece of splitUnits (a function, not a closure: one allocation less per split). */
function splitPiece(rt: Runtime, l: Ref, s: Ref, sb: number, from: number, len: number, n: number, exact: boolean): void {
  listAppendSteal(rt, l, len === n && exact ? newRef(rt, s) : strFromUnits(rt, sb + from, len));
}

function strArgRequired(rt: Runtime, args: number, i: number, what: string): string | null {
  const v = rt.i32[args + i] as Ref;
  if (!argIsStr(rt, v)) {
    raiseTypeError(rt, `${what === '' ? '' : what + ' '}must be str, not ${what === '' ? typeNameOf(rt, v) : argTypeName(rt, v)}`);
    return null;
  }
  return strToJS(rt, v);
}

/** A start/end argument of find & co. (CPython's _PyEval_SliceIndex): None, an int or an
 * object with __index__, else the slice-index TypeError. */
function sliceIntArg(rt: Runtime, args: number, nargs: number, i: number, dflt: number): number | null {
  if (i < nargs) {
    const v = rt.i32[args + i] as Ref;
    const k = kindOf(rt, v);
    if (v !== rt.None && k !== Kind.INT && k !== Kind.BOOL && (!isHeapTypeObj(rt, v) || typeLookup(rt, typeOf(rt, v), rt.names.__index__) === NULL)) {
      raiseTypeError(rt, 'slice indices must be integers or None or have an __index__ method');
      return null;
    }
  }
  return intArg(rt, args, nargs, i, dflt, 'clamp');
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** The unit offset in s of code point index cp (an index past the end keeps its excess). */
function unitOffset(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp; k++) {
    if (u >= s.length) return s.length + (cp - k);
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** The code point index of unit offset u in s. */
function codePointIndex(s: string, u: number): number {
  let cp = 0;
  for (let k = 0; k < u; k++, cp++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < u && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) k++;
  }
  return cp;
}

/**
 * The optional start/end arguments (code point indices, as Python's) at `from`, as unit
 * offsets [a, b) into the JS string s; `astral` tells whether s holds surrogate pairs (the
 * caller then maps a found unit offset back with codePointIndex).
 */
function sliceArgs(rt: Runtime, args: number, nargs: number, s: string, from: number): [number, number, boolean] | null {
  const astral = SURROGATE_PAIR.test(s);
  const n = astral ? strCodePointCount(s) : s.length;
  let a = sliceIntArg(rt, args, nargs, from, 0);
  if (a === null) return null;
  let b = sliceIntArg(rt, args, nargs, from + 1, n);
  if (b === null) return null;
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  b = Math.min(b, n);
  // start is not clamped to len (CPython's ADJUST_INDICES): callers test b - a < len(sub)
  return astral ? [unitOffset(s, a), unitOffset(s, b), true] : [a, b, false];
}

function strCodePointCount(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++, n++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) k++;
  }
  return n;
}

function findImpl(rt: Runtime, args: number, nargs: number, name: string, rev: boolean): number | null {
  if (!checkArgs(rt, name, nargs, 1, 3)) return null;
  const s = js(rt, args, 0);
  // start and end first, then the substring (stringlib_parse_args_finds, then the str check:
  // "must be str, not int" for find/rfind/index/rindex)
  const r = sliceArgs(rt, args, nargs, s, 2);
  if (r === null) return null;
  const sub = strArgRequired(rt, args, 1, '');
  if (sub === null) return null;
  const [a, b, astral] = r;
  if (b - a < sub.length) return -1;
  const seg = s.slice(a, b);
  const i = rev ? seg.lastIndexOf(sub) : seg.indexOf(sub);
  if (i < 0) return -1;
  return astral ? codePointIndex(s, i + a) : i + a;
}

// ------------------------------------------------------------------ unit-level fast paths
//
// The common calls (`line.strip()`, `s.find(sub)`, `s.count(sub)`, `s.startswith(p)`,
// `w.lower()`) work on the heap units directly instead of converting the receiver to a JS
// string first (strToJS was the largest single cost of string-heavy programs). Each fast
// path covers only the plain forms (str arguments, start/end given as small ints or None,
// ASCII where case or whitespace matter) and returns UNHANDLED otherwise, so the general
// JS-string path below stays the one definition of the semantics. The heap holds UTF-16
// units; indices returned to Python count code points (findFast subtracts the surrogate
// pairs before a match, unitRangeArgs maps code-point start/end to units; the general path
// maps start/end and results through sliceArgs / codePointIndex).

// -1 is the tagged small int -1, which none of these methods can return
const UNHANDLED = -1 as Ref;

/** Python's str.isspace for units < 128 (\t \n \v \f \r, \x1c-\x1f, space). */
function asciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
}

/** A new str holding units [a, b) of s (s itself when that is all of an exact str). */
export function strUnitSlice(rt: Runtime, s: Ref, a: number, b: number): Ref {
  const n = strLen(rt, s);
  if (a === 0 && b === n && rt.i32[s >> 2] === rt.tStr) return newRef(rt, s);
  if (b - a === 1) {
    const c = rt.u16[strUnits(s) + a]!;
    if (c < 256) return rt.latin1Chars[c]!;
  }
  if (b <= a) return rt.emptyStr;
  const r = strAlloc(rt, b - a);
  copyUnits(rt.u16, strUnits(r), strUnits(s) + a, b - a);
  return r;
}

/** strip()/lstrip()/rstrip() with no argument; UNHANDLED if a non-ASCII unit is at an edge. */
function stripFast(rt: Runtime, args: number, nargs: number, left: boolean, right: boolean): Ref {
  if (nargs === 2) return stripCharsFast(rt, args, left, right);
  if (nargs !== 1) return UNHANDLED;
  const s = rt.i32[args] as Ref;
  const u16 = rt.u16;
  const base = strUnits(s);
  let a = 0;
  let b = strLen(rt, s);
  if (left) {
    while (a < b && u16[base + a]! < 128 && asciiSpace(u16[base + a]!)) a++;
    if (a < b && u16[base + a]! >= 128) return UNHANDLED;
  }
  if (right) {
    while (b > a && u16[base + b - 1]! < 128 && asciiSpace(u16[base + b - 1]!)) b--;
    if (b > a && u16[base + b - 1]! >= 128) return UNHANDLED;
  }
  return strUnitSlice(rt, s, a, b);
}

/**
 * strip(chars)/lstrip(chars)/rstrip(chars) for a str `chars` without surrogate units, on
 * the units (a surrogate of the receiver is then never in chars); UNHANDLED for None, a
 * non-str (the general path's whitespace default and TypeError) or surrogates in chars.
 */
function stripCharsFast(rt: Runtime, args: number, left: boolean, right: boolean): Ref {
  const chars = rt.i32[args + 1] as Ref;
  if ((chars & 1) !== 0 || kindOf(rt, chars) !== Kind.STR) return UNHANDLED;
  const u16 = rt.u16;
  const cb = strUnits(chars);
  const cn = strLen(rt, chars);
  for (let k = 0; k < cn; k++) {
    const u = u16[cb + k]!;
    if (u >= 0xd800 && u < 0xe000) return UNHANDLED;
  }
  const s = rt.i32[args] as Ref;
  const base = strUnits(s);
  let a = 0;
  let b = strLen(rt, s);
  if (left) while (a < b && unitAmong(u16, cb, cn, u16[base + a]!)) a++;
  if (right) while (b > a && unitAmong(u16, cb, cn, u16[base + b - 1]!)) b--;
  return strUnitSlice(rt, s, a, b);
}

/** Whether unit u is one of the n units at u16 index `at`. */
function unitAmong(u16: Uint16Array, at: number, n: number, u: number): boolean {
  for (let k = 0; k < n; k++) if (u16[at + k] === u) return true;
  return false;
}

/** Units scanned inline before unitIndexOf hands the rest of a forward search to indexOf. */
const SCAN_INLINE = 32;

/** First (or last) unit index of needle in haystack, -1 if absent. */
/**
 * CPython's fastsearch (stringlib/fastsearch.h, default_find: Horspool with a bloom mask of
 * the needle's units) over units [start, end) of the text at unit index h for the m >= 2
 * units at nd: the first match's unit index, or -1. Linear on the texts that made the
 * plain scan O(n*m) (('a' * 100000).find('a' * 2000 + 'b'): 4 s in count(), 0.3 ms here).
 */
function fastSearch(u16: Uint16Array, h: number, start: number, end: number, nd: number, m: number): number {
  const mlast = m - 1;
  const lastUnit = u16[nd + mlast]!;
  let skip = mlast - 1;
  let mask = 0;
  for (let j = 0; j < mlast; j++) {
    const c = u16[nd + j]!;
    mask |= 1 << (c & 31);
    if (c === lastUnit) skip = mlast - j - 1;
  }
  mask |= 1 << (lastUnit & 31);
  const w = end - m;
  for (let i = start; i <= w; i++) {
    const at = h + i;
    if (u16[at + mlast] === lastUnit) {
      let j = 0;
      while (j < mlast && u16[at + j] === u16[nd + j]) j++;
      if (j === mlast) return i;
      // the unit after the window is not in the needle: the window jumps past it
      if (i < w && (mask & (1 << (u16[at + m]! & 31))) === 0) i += m;
      else i += skip;
    } else if (i < w && (mask & (1 << (u16[at + m]! & 31))) === 0) {
      i += m;
    }
  }
  return -1;
}

function unitIndexOf(rt: Runtime, hay: Ref, needle: Ref, rev: boolean, start = 0, end = strLen(rt, hay)): number {
  const u16 = rt.u16;
  const h = strUnits(hay);
  const nd = strUnits(needle);
  const m = strLen(rt, needle);
  if (end - start < m) return -1;
  if (m === 0) return rev ? end : start;
  if (!rev && m > 2) return fastSearch(u16, h, start, end, nd, m);
  const first = u16[nd]!;
  if (!rev) {
    const last = end - m;
    let misses = 0;
    outer: for (let i = start; i <= last; i++) {
      if (u16[h + i] !== first) {
        // after SCAN_INLINE units in a row without the first unit, the rest of the range is
        // searched by the native TypedArray indexOf (`ch in text` over a long text ran ~100x
        // slower than CPython's memchr in this loop); the view it needs costs about as much
        // as the units scanned before it
        if (++misses < SCAN_INLINE || last - i < SCAN_INLINE) continue;
        const k = u16.subarray(h + i, h + last + 1).indexOf(first);
        if (k < 0) return -1;
        i += k;
      }
      misses = 0;
      for (let j = 1; j < m; j++) if (u16[h + i + j] !== u16[nd + j]) continue outer;
      return i;
    }
  } else {
    outer: for (let i = end - m; i >= start; i--) {
      if (u16[h + i] !== first) continue;
      for (let j = 1; j < m; j++) if (u16[h + i + j] !== u16[nd + j]) continue outer;
      return i;
    }
  }
  return -1;
}

/** An optional start/end argument of the unit fast paths: its int value, null for None,
 * undefined when absent, or false when it is anything else (the general path handles it). */
function smallIndexArg(rt: Runtime, args: number, nargs: number, k: number): number | null | undefined | false {
  if (k >= nargs) return undefined;
  const v = rt.i32[args + k]!;
  if (v === rt.None) return null;
  return (v & 1) === 1 ? v >> 1 : false;
}

/**
 * s.find(sub[, start[, end]]) / rfind on the units: the index, -1, or -2 when the general
 * path must run (another argument form, or start/end given for a string holding surrogate
 * pairs, where unit and code-point offsets differ). A loop of `s.find(sub, i)` over a long
 * string made the general path convert the whole string at each call (O(n) per step:
 * 5,000 finds in 340,000 characters took 0.46 s, python3 0.0004 s).
 */
function findFast(rt: Runtime, args: number, nargs: number, kwnames: Ref, rev: boolean): number {
  if (kwnames !== 0 || nargs < 2 || nargs > 4) return -2;
  const sub = rt.i32[args + 1] as Ref;
  if ((sub & 1) !== 0 || kindOf(rt, sub) !== Kind.STR) return -2;
  const hay = rt.i32[args] as Ref;
  const range = unitRangeArgs(rt, args, nargs, 2, hay);
  if (range === null) return -2;
  const i = unitIndexOf(rt, hay, sub, rev, range[0], range[1]);
  if (i <= 0 || strCodePointLen(rt, hay) === strLen(rt, hay)) return i;
  // indices count code points: one less for every surrogate pair before the match
  return strCodePointIndex(rt, hay, i);
}

/** find / rfind (-1 when absent) and index / rindex (`mustFind`: ValueError instead):
 * the unit fast path, else the general one. */
function findMethod(name: string, rev: boolean, mustFind: boolean): NativeFn {
  return (rt, args, nargs, kwnames) => {
    let r: number | null = findFast(rt, args, nargs, kwnames, rev);
    if (r === -2) r = findImpl(rt, args, nargs, name, rev);
    if (r === null) return NULL;
    return r < 0 && mustFind ? raiseValueError(rt, 'substring not found') : intFromNumber(rt, r);
  };
}

/**
 * The optional start/end arguments at args[first] and args[first + 1] of a unit fast path
 * on `s`, adjusted as CPython's ADJUST_INDICES does (negative offsets count from the end,
 * then clip at 0; end clipped at the length, start not), as unit offsets: [start, end], or
 * null when the general path must run (an argument that is not a small int or None). In a
 * string holding surrogate pairs the code-point offsets are mapped to unit offsets (a start
 * past the end stays past it by as much).
 */
function unitRangeArgs(rt: Runtime, args: number, nargs: number, first: number, s: Ref): [number, number] | null {
  const units = strLen(rt, s);
  if (nargs <= first) return [0, units];
  const startArg = smallIndexArg(rt, args, nargs, first);
  const endArg = smallIndexArg(rt, args, nargs, first + 1);
  if (startArg === false || endArg === false) return null;
  const n = strCodePointLen(rt, s);
  let start = startArg ?? 0;
  let end = endArg ?? n;
  if (end > n) end = n;
  else if (end < 0) end = Math.max(0, end + n);
  if (start < 0) start = Math.max(0, start + n);
  if (n === units) return [start, end];
  return [start > n ? units + (start - n) : strUnitOffset(rt, s, start), end === n ? units : strUnitOffset(rt, s, end)];
}

/**
 * s.count(sub[, start[, end]]) on the units. With start/end too: a tokenizer's
 * `text.count("\n", 0, pos)` or `s.startswith(op, i)` in a loop converted the whole
 * string at each call in the general path (O(n) per step).
 */
function countFast(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (kwnames !== 0 || nargs < 2 || nargs > 4) return UNHANDLED;
  const sub = rt.i32[args + 1] as Ref;
  if ((sub & 1) !== 0 || kindOf(rt, sub) !== Kind.STR) return UNHANDLED;
  const s = rt.i32[args] as Ref;
  const m = strLen(rt, sub);
  if (m === 0) return UNHANDLED; // n + 1 code points: the general path counts them
  const range = unitRangeArgs(rt, args, nargs, 2, s);
  if (range === null) return UNHANDLED;
  const [start, end] = range;
  const u16 = rt.u16;
  const h = strUnits(s);
  const nd = strUnits(sub);
  let count = 0;
  if (m === 1) {
    // one unit (`text.count("\n", 0, pos)`): a plain scan, several times the nested loop's speed
    const c = u16[nd]!;
    for (let i = h + start, stop = h + end; i < stop; i++) if (u16[i] === c) count++;
    return intFromNumber(rt, count);
  }
  for (let i = start; ; ) {
    const k = fastSearch(u16, h, i, end, nd, m);
    if (k < 0) break;
    count++;
    i = k + m;
  }
  return intFromNumber(rt, count);
}

/** CPython's tailmatch on units: whether `p` is at the start (or end, `suffix`) of s[start:end]. */
function unitTailMatch(rt: Runtime, s: Ref, p: Ref, start: number, end: number, suffix: boolean): boolean {
  const m = strLen(rt, p);
  if (end - m < start) return false;
  const u16 = rt.u16;
  const h = strUnits(s) + (suffix ? end - m : start);
  const q = strUnits(p);
  for (let j = 0; j < m; j++) if (u16[h + j] !== u16[q + j]) return false;
  return true;
}

/** startswith / endswith with a str or a tuple of str and optional start/end, on the units. */
function affixFast(rt: Runtime, args: number, nargs: number, kwnames: Ref, suffix: boolean): Ref {
  if (kwnames !== 0 || nargs < 2 || nargs > 4) return UNHANDLED;
  const s = rt.i32[args] as Ref;
  const p = rt.i32[args + 1] as Ref;
  if ((p & 1) !== 0) return UNHANDLED;
  const kind = kindOf(rt, p);
  if (kind !== Kind.STR && kind !== Kind.TUPLE) return UNHANDLED;
  const range = unitRangeArgs(rt, args, nargs, 2, s);
  if (range === null) return UNHANDLED;
  if (kind === Kind.STR) return unitTailMatch(rt, s, p, range[0], range[1], suffix) ? rt.True : rt.False;
  for (let i = 0; i < tupleSize(rt, p); i++) {
    const item = tupleItem(rt, p, i);
    // a non-str item before any match: the general path raises CPython's TypeError
    if ((item & 1) !== 0 || kindOf(rt, item) !== Kind.STR) return UNHANDLED;
    if (unitTailMatch(rt, s, item, range[0], range[1], suffix)) return rt.True;
  }
  return rt.False;
}

/**
 * partition / rpartition on the units: the parts are unit copies of the receiver (no JS
 * string of the whole receiver, which made `head, _, rest = rest.partition(sep)` over a
 * long text cost several full conversions per call).
 */
function partitionUnits(rt: Runtime, args: number, nargs: number, name: string, rev: boolean): Ref {
  if (!checkArgs(rt, name, nargs, 1, 1)) return NULL;
  const s = rt.i32[args] as Ref;
  const sep = rt.i32[args + 1] as Ref;
  if (strArgRequired(rt, args, 1, '') === null) return NULL;
  if (strLen(rt, sep) === 0) return raiseValueError(rt, 'empty separator');
  const i = unitIndexOf(rt, s, sep, rev);
  const t = tupleNew(rt, 3);
  if (i < 0) {
    // not found: the receiver itself (a subclass's instance too), as CPython
    tupleSetItemSteal(rt, t, rev ? 2 : 0, newRef(rt, s));
    tupleSetItemSteal(rt, t, 1, rt.emptyStr);
    tupleSetItemSteal(rt, t, rev ? 0 : 2, rt.emptyStr);
    return t;
  }
  const m = strLen(rt, sep);
  tupleSetItemSteal(rt, t, 0, strUnitSlice(rt, s, 0, i));
  tupleSetItemSteal(rt, t, 1, newRef(rt, sep)); // the separator object itself, as CPython
  tupleSetItemSteal(rt, t, 2, strUnitSlice(rt, s, i + m, strLen(rt, s)));
  return t;
}

/** lower()/upper() of an all-ASCII string; UNHANDLED otherwise. */
function caseFast(rt: Runtime, args: number, nargs: number, upper: boolean): Ref {
  if (nargs !== 1) return UNHANDLED;
  const s = rt.i32[args] as Ref;
  const n = strLen(rt, s);
  const u16 = rt.u16;
  const base = strUnits(s);
  for (let i = 0; i < n; i++) if (u16[base + i]! >= 128) return UNHANDLED;
  if (n === 0) return rt.emptyStr;
  if (n === 1) {
    const c = u16[base]!;
    return rt.latin1Chars[upper ? (c >= 97 && c <= 122 ? c - 32 : c) : (c >= 65 && c <= 90 ? c + 32 : c)]!;
  }
  const r = strAlloc(rt, n);
  const out = strUnits(r);
  const src = strUnits(s); // re-read after the allocation (the views never move, the offsets do not either)
  for (let i = 0; i < n; i++) {
    const c = u16[src + i]!;
    u16[out + i] = upper ? (c >= 97 && c <= 122 ? c - 32 : c) : (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return r;
}

/**
 * str.casefold(): Unicode full case folding (CaseFolding.txt, statuses C and F) of the
 * Unicode 14 database CPython 3.11 ships. Most code points fold to their lowercase mapping;
 * CASEFOLD_MAP holds every one that does not (generated from CPython 3.11: the code points
 * whose casefold() differs from lower()), as hex `cp:folded cps` entries. Casefolding is
 * per code point: no final-sigma context ('ΣΑΣ' folds to 'σασ').
 */
let casefoldMap: ReadonlyMap<number, string> | null = null;
/** CASEFOLD_MAP, built on first use (~0.4 ms at load, for every start). */
function casefoldMapOf(): ReadonlyMap<number, string> {
  if (casefoldMap !== null) return casefoldMap;
  const m = new Map<number, string>();
  const table =
  'B5:3BC,DF:73 73,149:2BC 6E,17F:73,1F0:6A 30C,345:3B9,390:3B9 308 301,3B0:3C5 308 301,3C2:3C3,' +
  '3D0:3B2,3D1:3B8,3D5:3C6,3D6:3C0,3F0:3BA,3F1:3C1,3F5:3B5,587:565 582,13A0:13A0,13A1:13A1,' +
  '13A2:13A2,13A3:13A3,13A4:13A4,13A5:13A5,13A6:13A6,13A7:13A7,13A8:13A8,13A9:13A9,13AA:13AA,' +
  '13AB:13AB,13AC:13AC,13AD:13AD,13AE:13AE,13AF:13AF,13B0:13B0,13B1:13B1,13B2:13B2,13B3:13B3,' +
  '13B4:13B4,13B5:13B5,13B6:13B6,13B7:13B7,13B8:13B8,13B9:13B9,13BA:13BA,13BB:13BB,13BC:13BC,' +
  '13BD:13BD,13BE:13BE,13BF:13BF,13C0:13C0,13C1:13C1,13C2:13C2,13C3:13C3,13C4:13C4,13C5:13C5,' +
  '13C6:13C6,13C7:13C7,13C8:13C8,13C9:13C9,13CA:13CA,13CB:13CB,13CC:13CC,13CD:13CD,13CE:13CE,' +
  '13CF:13CF,13D0:13D0,13D1:13D1,13D2:13D2,13D3:13D3,13D4:13D4,13D5:13D5,13D6:13D6,13D7:13D7,' +
  '13D8:13D8,13D9:13D9,13DA:13DA,13DB:13DB,13DC:13DC,13DD:13DD,13DE:13DE,13DF:13DF,13E0:13E0,' +
  '13E1:13E1,13E2:13E2,13E3:13E3,13E4:13E4,13E5:13E5,13E6:13E6,13E7:13E7,13E8:13E8,13E9:13E9,' +
  '13EA:13EA,13EB:13EB,13EC:13EC,13ED:13ED,13EE:13EE,13EF:13EF,13F0:13F0,13F1:13F1,13F2:13F2,' +
  '13F3:13F3,13F4:13F4,13F5:13F5,13F8:13F0,13F9:13F1,13FA:13F2,13FB:13F3,13FC:13F4,13FD:13F5,' +
  '1C80:432,1C81:434,1C82:43E,1C83:441,1C84:442,1C85:442,1C86:44A,1C87:463,1C88:A64B,1E96:68 331,' +
  '1E97:74 308,1E98:77 30A,1E99:79 30A,1E9A:61 2BE,1E9B:1E61,1E9E:73 73,1F50:3C5 313,' +
  '1F52:3C5 313 300,1F54:3C5 313 301,1F56:3C5 313 342,1F80:1F00 3B9,1F81:1F01 3B9,1F82:1F02 3B9,' +
  '1F83:1F03 3B9,1F84:1F04 3B9,1F85:1F05 3B9,1F86:1F06 3B9,1F87:1F07 3B9,1F88:1F00 3B9,' +
  '1F89:1F01 3B9,1F8A:1F02 3B9,1F8B:1F03 3B9,1F8C:1F04 3B9,1F8D:1F05 3B9,1F8E:1F06 3B9,' +
  '1F8F:1F07 3B9,1F90:1F20 3B9,1F91:1F21 3B9,1F92:1F22 3B9,1F93:1F23 3B9,1F94:1F24 3B9,' +
  '1F95:1F25 3B9,1F96:1F26 3B9,1F97:1F27 3B9,1F98:1F20 3B9,1F99:1F21 3B9,1F9A:1F22 3B9,' +
  '1F9B:1F23 3B9,1F9C:1F24 3B9,1F9D:1F25 3B9,1F9E:1F26 3B9,1F9F:1F27 3B9,1FA0:1F60 3B9,' +
  '1FA1:1F61 3B9,1FA2:1F62 3B9,1FA3:1F63 3B9,1FA4:1F64 3B9,1FA5:1F65 3B9,1FA6:1F66 3B9,' +
  '1FA7:1F67 3B9,1FA8:1F60 3B9,1FA9:1F61 3B9,1FAA:1F62 3B9,1FAB:1F63 3B9,1FAC:1F64 3B9,' +
  '1FAD:1F65 3B9,1FAE:1F66 3B9,1FAF:1F67 3B9,1FB2:1F70 3B9,1FB3:3B1 3B9,1FB4:3AC 3B9,1FB6:3B1 342,' +
  '1FB7:3B1 342 3B9,1FBC:3B1 3B9,1FBE:3B9,1FC2:1F74 3B9,1FC3:3B7 3B9,1FC4:3AE 3B9,1FC6:3B7 342,' +
  '1FC7:3B7 342 3B9,1FCC:3B7 3B9,1FD2:3B9 308 300,1FD3:3B9 308 301,1FD6:3B9 342,1FD7:3B9 308 342,' +
  '1FE2:3C5 308 300,1FE3:3C5 308 301,1FE4:3C1 313,1FE6:3C5 342,1FE7:3C5 308 342,1FF2:1F7C 3B9,' +
  '1FF3:3C9 3B9,1FF4:3CE 3B9,1FF6:3C9 342,1FF7:3C9 342 3B9,1FFC:3C9 3B9,AB70:13A0,AB71:13A1,' +
  'AB72:13A2,AB73:13A3,AB74:13A4,AB75:13A5,AB76:13A6,AB77:13A7,AB78:13A8,AB79:13A9,AB7A:13AA,' +
  'AB7B:13AB,AB7C:13AC,AB7D:13AD,AB7E:13AE,AB7F:13AF,AB80:13B0,AB81:13B1,AB82:13B2,AB83:13B3,' +
  'AB84:13B4,AB85:13B5,AB86:13B6,AB87:13B7,AB88:13B8,AB89:13B9,AB8A:13BA,AB8B:13BB,AB8C:13BC,' +
  'AB8D:13BD,AB8E:13BE,AB8F:13BF,AB90:13C0,AB91:13C1,AB92:13C2,AB93:13C3,AB94:13C4,AB95:13C5,' +
  'AB96:13C6,AB97:13C7,AB98:13C8,AB99:13C9,AB9A:13CA,AB9B:13CB,AB9C:13CC,AB9D:13CD,AB9E:13CE,' +
  'AB9F:13CF,ABA0:13D0,ABA1:13D1,ABA2:13D2,ABA3:13D3,ABA4:13D4,ABA5:13D5,ABA6:13D6,ABA7:13D7,' +
  'ABA8:13D8,ABA9:13D9,ABAA:13DA,ABAB:13DB,ABAC:13DC,ABAD:13DD,ABAE:13DE,ABAF:13DF,ABB0:13E0,' +
  'ABB1:13E1,ABB2:13E2,ABB3:13E3,ABB4:13E4,ABB5:13E5,ABB6:13E6,ABB7:13E7,ABB8:13E8,ABB9:13E9,' +
  'ABBA:13EA,ABBB:13EB,ABBC:13EC,ABBD:13ED,ABBE:13EE,ABBF:13EF,FB00:66 66,FB01:66 69,FB02:66 6C,' +
  'FB03:66 66 69,FB04:66 66 6C,FB05:73 74,FB06:73 74,FB13:574 576,FB14:574 565,FB15:574 56B,' +
  'FB16:57E 576,FB17:574 56D';
  for (const e of table.split(',')) {
    const [k, v] = e.split(':') as [string, string];
    m.set(parseInt(k, 16), String.fromCodePoint(...v.split(' ').map((h) => parseInt(h, 16))));
  }
  return (casefoldMap = m);
}

function casefold(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  const map = casefoldMapOf();
  let out = '';
  for (const ch of s) {
    const f = map.get(ch.codePointAt(0)!);
    out += f !== undefined ? f : ch.toLowerCase();
  }
  return out;
}

/** str.isnumeric(): Numeric_Type Digit, Decimal or Numeric. \\p{N} covers the Number
 *  categories; the Han ideographs with a numeric value (Unihan kPrimaryNumeric,
 *  kAccountingNumeric, kOtherNumeric: 一, 二, 万, 億 ...) are letters (Lo) and listed here,
 *  as Unicode 14 (CPython 3.11) has them. */
let numericRe: RegExp | null = null;
/** Built on first use (a Unicode property class costs V8 ~0.3 ms to build, every start if at load). */
const numericRegex = (): RegExp => (numericRe ??= /^[\p{N}\u{3405}\u{3483}\u{382a}\u{3b4d}\u{4e00}\u{4e03}\u{4e07}\u{4e09}\u{4e5d}\u{4e8c}\u{4e94}\u{4e96}\u{4ebf}\u{4ec0}\u{4edf}\u{4ee8}\u{4f0d}\u{4f70}\u{5104}\u{5146}\u{5169}\u{516b}\u{516d}\u{5341}\u{5343}\u{5344}\u{5345}\u{534c}\u{53c1}\u{53c2}\u{53c3}\u{53c4}\u{56db}\u{58f1}\u{58f9}\u{5e7a}\u{5efe}\u{5eff}\u{5f0c}\u{5f0d}\u{5f0e}\u{5f10}\u{62fe}\u{634c}\u{67d2}\u{6f06}\u{7396}\u{767e}\u{8086}\u{842c}\u{8cae}\u{8cb3}\u{8d30}\u{9621}\u{9646}\u{964c}\u{9678}\u{96f6}\u{f96b}\u{f973}\u{f978}\u{f9b2}\u{f9d1}\u{f9d3}\u{f9fd}\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]+$/u);

/** ASCII character classes for the is* predicates (bit set per unit 0..127). */
const CC_ALPHA = 1, CC_DIGIT = 2, CC_SPACE = 4, CC_UPPER = 8, CC_LOWER = 16;
const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 65; c <= 90; c++) t[c] = CC_ALPHA | CC_UPPER;
  for (let c = 97; c <= 122; c++) t[c] = CC_ALPHA | CC_LOWER;
  for (let c = 48; c <= 57; c++) t[c] = CC_DIGIT;
  for (const c of [9, 10, 11, 12, 13, 28, 29, 30, 31, 32]) t[c] = CC_SPACE;
  return t;
})();

/**
 * str.isalpha() and kin on an all-ASCII string, read in place (no JS string): `every` is
 * the class every unit must have (non-empty string), or 0 for isupper/islower, which need
 * a cased unit of class `cased` and none of the other case. UNHANDLED past ASCII.
 */
function asciiPredicate(rt: Runtime, args: number, every: number, cased = 0): Ref {
  const s = rt.i32[args] as Ref;
  const n = strLen(rt, s);
  const u16 = rt.u16;
  const base = strUnits(s);
  let everyUnit = n > 0;
  let any = 0;
  for (let i = 0; i < n; i++) {
    const c = u16[base + i]!;
    if (c >= 128) return UNHANDLED;
    const k = ASCII_CLASS[c]!;
    if ((k & every) === 0) everyUnit = false;
    any |= k;
  }
  if (every !== 0) return everyUnit ? rt.True : rt.False;
  const other = cased === CC_UPPER ? CC_LOWER : CC_UPPER;
  return (any & cased) !== 0 && (any & other) === 0 ? rt.True : rt.False;
}

/** split/rsplit's (sep, maxsplit) from positional or keyword arguments (defaults None, -1). */
/** splitArgs's answer: sep and maxsplit (borrowed; read them at once, the next call reuses this). */
const SPLIT_ARGS = new Int32Array(2);

/** split/rsplit's (sep, maxsplit) into SPLIT_ARGS (sep None, maxsplit -1 when not given): true, or false with a TypeError. */
function splitArgs(rt: Runtime, args: number, nargs: number, kwnames: Ref, name: string): boolean {
  if (kwnames === 0 && nargs <= 3) { // all by position (the usual call): nothing to look up
    SPLIT_ARGS[0] = nargs > 1 ? rt.i32[args + 1]! : rt.None;
    SPLIT_ARGS[1] = nargs > 2 ? rt.i32[args + 2]! : (-1 << 1 | 1);
    return true;
  }
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  const npos = nargs - nkw;
  // Argument Clinic's checks (sep, maxsplit)
  if (nargs - 1 > 2) {
    raiseTypeError(rt, `${name}() takes at most 2 arguments (${nargs - 1} given)`);
    return false;
  }
  for (let i = 0; i < nkw; i++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, i));
    if (kn !== 'sep' && kn !== 'maxsplit') {
      raiseTypeError(rt, `${name}() got an unexpected keyword argument '${kn}'`);
      return false;
    }
    if ((kn === 'sep' && npos > 1) || (kn === 'maxsplit' && npos > 2)) {
      raiseTypeError(rt, `argument for ${name}() given by name ('${kn}') and position (${kn === 'sep' ? 1 : 2})`);
      return false;
    }
  }
  let sepV: Ref = npos > 1 ? (rt.i32[args + 1] as Ref) : rt.None;
  let maxV: Ref = npos > 2 ? (rt.i32[args + 2] as Ref) : (-1 << 1 | 1) as Ref;
  const si = kwArgIndex(rt, kwnames, 'sep');
  if (si >= 0) sepV = rt.i32[args + npos + si] as Ref;
  const mi = kwArgIndex(rt, kwnames, 'maxsplit');
  if (mi >= 0) maxV = rt.i32[args + npos + mi] as Ref;
  SPLIT_ARGS[0] = sepV;
  SPLIT_ARGS[1] = maxV;
  return true;
}

/** maxsplit as a number, or null with CPython's TypeError for a non-integer. */
function maxsplitOf(rt: Runtime, maxV: Ref): number | null {
  return intOfIndex(rt, maxV);
}

/**
 * sep.join(seq) for a list or tuple whose items are all exact strs (the common case):
 * their units copied straight into the result, no iterator, no JS strings. undefined when
 * an item is not an exact str (the general path then raises, or joins a str subclass).
 * No Python code runs, so the items cannot change under it (with --no-gil the call holds
 * the list's lock: vm/critical.ts callNativeLocked).
 */
function joinItems(rt: Runtime, sepRef: Ref, seq: Ref, isList: boolean): Ref | undefined {
  const i32 = rt.i32;
  const n = isList ? listSize(rt, seq) : tupleSize(rt, seq);
  const base = isList ? listItemsWord(rt, seq) : (seq >> 2) + TUPLE_ITEMS_WORD;
  const tStr = rt.tStr;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = i32[base + i]!;
    if ((x & 1) === 1 || i32[x >> 2] !== tStr) return undefined;
    total += i32[(x + STR_LEN) >> 2]!;
  }
  if (n === 0) return rt.emptyStr;
  if (n === 1) return newRef(rt, i32[base] as Ref);
  const sepLen = strLen(rt, sepRef);
  total += sepLen * (n - 1);
  if (total > 0x3fffffff) return raiseOverflow(rt, 'join() result is too long for a Python string');
  if (total === 0) return rt.emptyStr;
  if (total === 1) {
    const one = joinedChar(rt, sepRef, i32, base, n);
    if (one !== NULL) return one;
  }
  const out = strAlloc(rt, total);
  // the list's items block is read again after the allocation (it cannot move, but the
  // views of a grown heap can be new)
  copyJoined(rt, out, sepRef, sepLen, rt.i32, isList ? listItemsWord(rt, seq) : base, n);
  return out;
}

/** A join of total length 1 (one item or the separator is that character): the
 * preallocated one-character str, borrowed as it is immortal, or NULL beyond latin-1.
 * refs[from .. from + n) are the items. */
function joinedChar(rt: Runtime, sepRef: Ref, refs: Int32Array, from: number, n: number): Ref {
  let one = sepRef;
  for (let i = 0; i < n; i++) if (strLen(rt, refs[from + i] as Ref) === 1) one = refs[from + i] as Ref;
  const c = rt.u16[strUnits(one)]!;
  return c < 256 ? rt.latin1Chars[c]! : NULL;
}

/** Writes the items refs[from .. from + n) (strs), sepRef between them, into out's units. */
function copyJoined(rt: Runtime, out: Ref, sepRef: Ref, sepLen: number, refs: Int32Array, from: number, n: number): void {
  const u16 = rt.u16;
  const i32 = rt.i32;
  const sepAt = strUnits(sepRef);
  let w = strUnits(out);
  for (let i = 0; i < n; i++) {
    if (i > 0 && sepLen > 0) {
      if (sepLen === 1) u16[w] = u16[sepAt]!;
      else copyUnits(u16, w, sepAt, sepLen);
      w += sepLen;
    }
    const x = refs[from + i]! as Ref;
    const len = i32[(x + STR_LEN) >> 2]!;
    const at = strUnits(x);
    if (len === 1) u16[w] = u16[at]!;
    else if (len > 0) copyUnits(u16, w, at, len);
    w += len;
  }
}

/** str.join over an iterable that is not an exact list or tuple: its items gathered, then
 * copied once into the result. */
function joinIterable(rt: Runtime, sepRef: Ref, seq: Ref): Ref {
  const it = getIter(rt, seq);
  if (it === NULL) {
    // CPython's PySequence_Fast message replaces the TypeError of a non-iterable
    if (!errorMatches(rt, rt.exc.TypeError!)) return NULL;
    clearError(rt);
    return raiseTypeError(rt, 'can only join an iterable');
  }
  // the items held, in a typed array (a JS array's push cost more than the copy)
  let items = new Int32Array(64);
  let n = 0;
  const release = (): void => {
    for (let i = 0; i < n; i++) decref(rt, items[i] as Ref);
  };
  let total = 0;
  for (let i = 0; ; i++) {
    const x = iterNext(rt, it);
    if (x === NULL) break;
    if (!argIsStr(rt, x)) {
      const msg = `sequence item ${i}: expected str instance, ${typeNameOf(rt, x)} found`;
      decref(rt, x);
      decref(rt, it);
      release();
      return raiseTypeError(rt, msg);
    }
    if (n === items.length) {
      const grown = new Int32Array(n * 2);
      grown.set(items);
      items = grown;
    }
    items[n++] = x;
    total += strLen(rt, x);
  }
  decref(rt, it);
  if (rt.i32[(rt.ts + 16) >> 2] !== 0) {
    release();
    return NULL;
  }
  if (n === 0) return rt.emptyStr;
  // one exact str: itself, as CPython's PyUnicode_Join
  if (n === 1 && (items[0]! & 1) === 0 && rt.i32[items[0]! >> 2] === rt.tStr) return items[0] as Ref;
  const sepLen = strLen(rt, sepRef);
  total += sepLen * (n - 1);
  if (total > 0x3fffffff) {
    release();
    return raiseOverflow(rt, 'join() result is too long for a Python string');
  }
  if (total === 0) {
    release();
    return rt.emptyStr;
  }
  let out: Ref;
  if (total === 1) {
    // the preallocated one-character strings stay the only ones
    const one = joinedChar(rt, sepRef, items, 0, n);
    if (one !== NULL) {
      release();
      return one;
    }
  }
  try {
    out = strAlloc(rt, total);
  } catch (e) {
    release();
    throw e;
  }
  copyJoined(rt, out, sepRef, sepLen, items, 0, n);
  release();
  return out;
}

export const STR_METHODS: [string, number][] = [
  m('join', (rt, args, nargs) => {
    // The items are held (not converted to JS strings) and their units copied once into
    // the result: a JS string per item and Array.join cost ~35x CPython's time on a list
    // of characters.
    if (!checkArgs(rt, 'join', nargs, 1, 1)) return NULL;
    const sepRef = rt.i32[args] as Ref;
    const seq = rt.i32[args + 1] as Ref;
    const seqKind = (seq & 1) === 1 ? Kind.INT : kindOf(rt, seq);
    if ((seqKind === Kind.LIST || seqKind === Kind.TUPLE) && iteratesAsBuiltin(rt, seq, seqKind)) {
      const r = joinItems(rt, sepRef, seq, seqKind === Kind.LIST);
      if (r !== undefined) return r;
    }
    // CPython calls join through method_vectorcall_O, which charges a level of recursion:
    // a recursion through ''.join(f(c) for c in kids) meets the limit where CPython's does
    // (charged here, where iterating may run Python code; a list's or tuple's join cannot)
    if (!enterRecursiveCall(rt, ' while calling a Python object')) return NULL;
    try {
      return joinIterable(rt, sepRef, seq);
    } finally {
      leaveRecursiveCall(rt);
    }
  }),
  m('split', (rt, args, nargs, kwnames) => {
    if (!splitArgs(rt, args, nargs, kwnames, 'split')) return NULL;
    const sepV = SPLIT_ARGS[0]! as Ref, maxV = SPLIT_ARGS[1]! as Ref;
    const maxsplit = maxsplitOf(rt, maxV);
    if (maxsplit === null) return NULL;
    const s = rt.i32[args] as Ref;
    if (sepV === rt.None) return splitUnits(rt, s, NULL, maxsplit);
    if (!argIsStr(rt, sepV)) return raiseTypeError(rt, `must be str or None, not ${typeNameOf(rt, sepV)}`);
    if (strLen(rt, sepV) === 0) return raiseValueError(rt, 'empty separator');
    return splitUnits(rt, s, sepV, maxsplit);
  }),
  m('strip', (rt, args, nargs) => { if (nargs > 2 && !checkArgs(rt, 'strip', nargs, 0, 1)) return NULL; const f = stripFast(rt, args, nargs, true, true); if (f !== UNHANDLED) return f; const c = optStrArg(rt, args, nargs, 1, 'strip'); return c === null ? NULL : strFromJS(rt, pyStrip(js(rt, args, 0), c, true, true)); }),
  m('lstrip', (rt, args, nargs) => { if (nargs > 2 && !checkArgs(rt, 'lstrip', nargs, 0, 1)) return NULL; const f = stripFast(rt, args, nargs, true, false); if (f !== UNHANDLED) return f; const c = optStrArg(rt, args, nargs, 1, 'lstrip'); return c === null ? NULL : strFromJS(rt, pyStrip(js(rt, args, 0), c, true, false)); }),
  m('rstrip', (rt, args, nargs) => { if (nargs > 2 && !checkArgs(rt, 'rstrip', nargs, 0, 1)) return NULL; const f = stripFast(rt, args, nargs, false, true); if (f !== UNHANDLED) return f; const c = optStrArg(rt, args, nargs, 1, 'rstrip'); return c === null ? NULL : strFromJS(rt, pyStrip(js(rt, args, 0), c, false, true)); }),
  m('upper', (rt, args, nargs) => { const f = caseFast(rt, args, nargs, true); if (f !== UNHANDLED) return f; const s = js(rt, args, 0); return strFromJS(rt, caseMapped14(s, s.toUpperCase(), (c) => c.toUpperCase())); }),
  m('lower', (rt, args, nargs) => { const f = caseFast(rt, args, nargs, false); if (f !== UNHANDLED) return f; const s = js(rt, args, 0); return strFromJS(rt, caseMapped14(s, s.toLowerCase(), (c) => c.toLowerCase())); }),
  m('replace', (rt, args, nargs) => {
    if (!checkArgs(rt, 'replace', nargs, 2, 3)) return NULL;
    for (let i = 1; i <= 2; i++) {
      const v = rt.i32[args + i] as Ref;
      if (!argIsStr(rt, v)) return raiseTypeError(rt, `replace() argument ${i} must be str, not ${argTypeName(rt, v)}`);
    }
    const count = intArg(rt, args, nargs, 3, -1);
    if (count === null) return NULL;
    const a = rt.i32[args + 1] as Ref;
    if (strLen(rt, a) !== 0) return replaceUnits(rt, rt.i32[args] as Ref, a, rt.i32[args + 2] as Ref, count);
    // b before each code point and at the end, the first `count` insertions only
    const b = js(rt, args, 2);
    const cps = [...js(rt, args, 0)];
    let out = '';
    for (let i = 0; i <= cps.length; i++) out += (count < 0 || i < count ? b : '') + (cps[i] ?? '');
    return strFromJS(rt, out);
  }),
  m('startswith', (rt, args, nargs, kwnames) => {
    const f = affixFast(rt, args, nargs, kwnames, false);
    if (f !== UNHANDLED) return f;
    if (!checkArgs(rt, 'startswith', nargs, 1, 3)) return NULL;
    const s = js(rt, args, 0);
    const p = rt.i32[args + 1] as Ref;
    const r = sliceArgs(rt, args, nargs, s, 2);
    if (r === null) return NULL;
    const seg = s.slice(r[0], r[1]);
    const room = r[1] - r[0];
    if (kindOf(rt, p) === Kind.TUPLE) {
      for (let i = 0; i < tupleSize(rt, p); i++) {
        const item = tupleItem(rt, p, i);
        if (!argIsStr(rt, item)) return raiseTypeError(rt, `tuple for startswith must only contain str, not ${typeNameOf(rt, item)}`);
        const x = strToJS(rt, item);
        if (room >= x.length && seg.startsWith(x)) return rt.True;
      }
      return rt.False;
    }
    if (argIsStr(rt, p) && room < strToJS(rt, p).length) return rt.False;
    if (!argIsStr(rt, p)) return raiseTypeError(rt, `startswith first arg must be str or a tuple of str, not ${typeNameOf(rt, p)}`);
    return seg.startsWith(strToJS(rt, p)) ? rt.True : rt.False;
  }),
  m('endswith', (rt, args, nargs, kwnames) => {
    const f = affixFast(rt, args, nargs, kwnames, true);
    if (f !== UNHANDLED) return f;
    if (!checkArgs(rt, 'endswith', nargs, 1, 3)) return NULL;
    const s = js(rt, args, 0);
    const p = rt.i32[args + 1] as Ref;
    const r = sliceArgs(rt, args, nargs, s, 2);
    if (r === null) return NULL;
    const seg = s.slice(r[0], r[1]);
    const room = r[1] - r[0];
    if (kindOf(rt, p) === Kind.TUPLE) {
      for (let i = 0; i < tupleSize(rt, p); i++) {
        const item = tupleItem(rt, p, i);
        if (!argIsStr(rt, item)) return raiseTypeError(rt, `tuple for endswith must only contain str, not ${typeNameOf(rt, item)}`);
        const x = strToJS(rt, item);
        if (room >= x.length && seg.endsWith(x)) return rt.True;
      }
      return rt.False;
    }
    if (argIsStr(rt, p) && room < strToJS(rt, p).length) return rt.False;
    if (!argIsStr(rt, p)) return raiseTypeError(rt, `endswith first arg must be str or a tuple of str, not ${typeNameOf(rt, p)}`);
    return seg.endsWith(strToJS(rt, p)) ? rt.True : rt.False;
  }),
  m('find', findMethod('find', false, false)),
  m('rfind', findMethod('rfind', true, false)),
  m('index', findMethod('index', false, true)),
  m('count', (rt, args, nargs, kwnames) => {
    const f = countFast(rt, args, nargs, kwnames);
    if (f !== UNHANDLED) return f;
    if (!checkArgs(rt, 'count', nargs, 1, 3)) return NULL;
    const s = js(rt, args, 0);
    const r = sliceArgs(rt, args, nargs, s, 2);
    if (r === null) return NULL;
    const sub = strArgRequired(rt, args, 1, '');
    if (sub === null) return NULL;
    if (r[1] - r[0] < sub.length) return intFromNumber(rt, 0);
    const seg = s.slice(r[0], r[1]);
    if (sub === '') return intFromNumber(rt, (r[2] ? strCodePointCount(seg) : seg.length) + 1);
    return intFromNumber(rt, seg.split(sub).length - 1);
  }),
  m('isdigit', (rt, args) => { const f = asciiPredicate(rt, args, CC_DIGIT); if (f !== UNHANDLED) return f; const s = js(rt, args, 0); return s !== '' && !hasPost14(s) && /^[\p{Nd}\u00B2\u00B3\u00B9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247C\u2488-\u2490\u24EA\u24F5-\u24FD\u24FF\u2776-\u277E\u2780-\u2788\u278A-\u2792\u1369-\u1371\u19DA\u{10A40}-\u{10A43}\u{10E60}-\u{10E68}\u{11052}-\u{1105A}\u{1F100}-\u{1F10A}]+$/u.test(s) ? rt.True : rt.False; }),
  m('isnumeric', (rt, args) => { const f = asciiPredicate(rt, args, CC_DIGIT); if (f !== UNHANDLED) return f; const s = js(rt, args, 0); return s !== '' && !hasPost14(s) && numericRegex().test(s) ? rt.True : rt.False; }),
  m('isdecimal', (rt, args) => { const f = asciiPredicate(rt, args, CC_DIGIT); if (f !== UNHANDLED) return f; const s = js(rt, args, 0); return s !== '' && !hasPost14(s) && /^\p{Nd}+$/u.test(s) ? rt.True : rt.False; }),
  m('isalpha', (rt, args) => { const f = asciiPredicate(rt, args, CC_ALPHA); if (f !== UNHANDLED) return f; const s = js(rt, args, 0); return s !== '' && !hasPost14(s) && /^\p{L}+$/u.test(s) ? rt.True : rt.False; }),
  m('isalnum', (rt, args) => { const f = asciiPredicate(rt, args, CC_ALPHA | CC_DIGIT); if (f !== UNHANDLED) return f; const s = js(rt, args, 0); return s !== '' && !hasPost14(s) && /^[\p{L}\p{N}]+$/u.test(s) ? rt.True : rt.False; }),
  m('isspace', (rt, args) => {
    const f = asciiPredicate(rt, args, CC_SPACE);
    if (f !== UNHANDLED) return f;
    const s = js(rt, args, 0);
    for (let k = 0; k < s.length; k++) if (!isPyWhitespace(s.charCodeAt(k))) return rt.False;
    return s !== '' ? rt.True : rt.False;
  }),
  m('isupper', (rt, args) => { const f = asciiPredicate(rt, args, 0, CC_UPPER); if (f !== UNHANDLED) return f; const s = withoutPost14(js(rt, args, 0)); return /\p{Uppercase}/u.test(s) && !/[\p{Lowercase}\p{Lt}]/u.test(s) ? rt.True : rt.False; }),
  m('islower', (rt, args) => { const f = asciiPredicate(rt, args, 0, CC_LOWER); if (f !== UNHANDLED) return f; const s = withoutPost14(js(rt, args, 0)); return /\p{Lowercase}/u.test(s) && !/[\p{Uppercase}\p{Lt}]/u.test(s) ? rt.True : rt.False; }),
  m('isidentifier', (rt, args) => { const s = js(rt, args, 0); return !hasPost14(s) && /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(s) ? rt.True : rt.False; }),
  m('title', (rt, args) => { const s = js(rt, args, 0); return strFromJS(rt, titleCased14(s, titleCased)); }),
  m('capitalize', (rt, args) => {
    const s = js(rt, args, 0);
    const first = s.length > 0 ? String.fromCodePoint(s.codePointAt(0)!) : '';
    // the rest lowercased in the context of the whole string: a final capital sigma after
    // the first letter ('AΣ') becomes ς, as CPython's handle_capital_sigma decides
    return strFromJS(rt, caseMapped14(s, titleChar(first) + s.toLowerCase().slice(first.toLowerCase().length), (c, at) => at === 0 ? titleChar(c) : c.toLowerCase()));
  }),
  // upper case to lower, lower to upper, anything else (titlecase letters too) unchanged
  // (a capital sigma ending a word becomes the final form ς, as in lower())
  m('swapcase', (rt, args) => {
    const chars = [...js(rt, args, 0)];
    return strFromJS(rt, chars.map((c, i) => {
      if (c === 'Σ') return lowerSigma(chars, i);
      const m = /\p{Uppercase}/u.test(c) ? c.toLowerCase() : /\p{Lowercase}/u.test(c) ? c.toUpperCase() : c;
      return m !== c && (hasPost14(c) || hasPost14(m)) ? c : m; // (Unicode 14.0's mappings)
    }).join(''));
  }),
  m('zfill', (rt, args, nargs) => {
    if (!checkArgs(rt, 'zfill', nargs, 1, 1)) return NULL;
    const w = intArg(rt, args, nargs, 1, 0);
    if (w === null) return NULL;
    const s = js(rt, args, 0);
    const n = strCodePointLen(rt, rt.i32[args] as Ref);
    if (n >= w) return strUnchanged(rt, rt.i32[args] as Ref);
    if (w > STR_REPEAT_LIMIT) return raiseNew(rt, rt.exc.MemoryError!, '');
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return strFromJS(rt, sign + '0'.repeat(w - n) + s.slice(sign.length));
  }),
  ...(['center', 'ljust', 'rjust'] as const).map((name) => m(name, (rt, args, nargs) => {
    if (!checkArgs(rt, name, nargs, 1, 2)) return NULL;
    const w = intArg(rt, args, nargs, 1, 0);
    if (w === null) return NULL;
    let fill = ' ';
    if (nargs > 2) {
      if (!argIsStr(rt, rt.i32[args + 2] as Ref)) return raiseTypeError(rt, `The fill character must be a unicode character, not ${typeNameOf(rt, rt.i32[args + 2] as Ref)}`);
      const f = strToJS(rt, rt.i32[args + 2] as Ref);
      if (strCodePointLen(rt, rt.i32[args + 2] as Ref) !== 1) return raiseTypeError(rt, 'The fill character must be exactly one character long');
      fill = f;
    }
    // widths count code points (an astral character is one)
    const s = js(rt, args, 0);
    const n = strCodePointLen(rt, rt.i32[args] as Ref);
    if (n >= w) return strUnchanged(rt, rt.i32[args] as Ref);
    if (w > STR_REPEAT_LIMIT) return raiseNew(rt, rt.exc.MemoryError!, '');
    const pad = w - n;
    if (name === 'ljust') return strFromJS(rt, s + fill.repeat(pad));
    if (name === 'rjust') return strFromJS(rt, fill.repeat(pad) + s);
    const left = Math.floor(pad / 2) + (pad & w & 1);
    return strFromJS(rt, fill.repeat(left) + s + fill.repeat(pad - left));
  })),
  m('partition', (rt, args, nargs) => partitionUnits(rt, args, nargs, 'partition', false)),
  m('rpartition', (rt, args, nargs) => partitionUnits(rt, args, nargs, 'rpartition', true)),
  m('splitlines', (rt, args, nargs) => {
    if (!checkArgs(rt, 'splitlines', nargs, 0, 1)) return NULL;
    // keepends is bool(accept={int}) in CPython: any int (or __index__) counts by its truth
    let keep = false;
    if (nargs > 1) {
      const k = intOfIndex(rt, rt.i32[args + 1] as Ref, 'int');
      if (k === null) return NULL;
      keep = k !== 0;
    }
    const s = js(rt, args, 0);
    const out: string[] = [];
    const re = /\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]/g;
    let last = 0;
    for (let mm = re.exec(s); mm; mm = re.exec(s)) {
      out.push(s.slice(last, keep ? mm.index + mm[0].length : mm.index));
      last = mm.index + mm[0].length;
    }
    if (last < s.length) out.push(s.slice(last));
    return listOfStrings(rt, out);
  }),
  m('rsplit', (rt, args, nargs, kwnames) => {
    if (!splitArgs(rt, args, nargs, kwnames, 'rsplit')) return NULL;
    const sepV = SPLIT_ARGS[0]! as Ref, maxV = SPLIT_ARGS[1]! as Ref;
    const s = js(rt, args, 0);
    const maxsplit = maxsplitOf(rt, maxV);
    if (maxsplit === null) return NULL;
    if (sepV === rt.None) {
      // split from the right: reverse, split from the left, reverse back
      const rev = [...s].reverse().join('');
      return listOfStrings(rt, pySplitWhitespace(rev, maxsplit).map((p) => [...p].reverse().join('')).reverse());
    }
    if (!argIsStr(rt, sepV)) return raiseTypeError(rt, `must be str or None, not ${typeNameOf(rt, sepV)}`);
    const sep = strToJS(rt, sepV);
    if (sep === '') return raiseValueError(rt, 'empty separator');
    // scan from the right ("aaa".rsplit("aa") is ['a', ''])
    const parts: string[] = [];
    let end = s.length;
    while ((maxsplit < 0 || parts.length < maxsplit) && end - sep.length >= 0) {
      const i = s.lastIndexOf(sep, end - sep.length);
      if (i < 0) break;
      parts.push(s.slice(i + sep.length, end));
      end = i;
    }
    parts.push(s.slice(0, end));
    return listOfStrings(rt, parts.reverse());
  }),
  m('rindex', findMethod('rindex', true, true)),
  // lower() plus Unicode's full case foldings that lower() does not do (CaseFolding.txt's
  // F and C entries outside lower(): ß, ligatures, final sigma, long s, micro sign...)
  m('casefold', (rt, args) => { const s = js(rt, args, 0); return strFromJS(rt, caseMapped14(s, casefold(s), casefold)); }),
  m('isascii', (rt, args) => (/^[\x00-\x7f]*$/.test(js(rt, args, 0)) ? rt.True : rt.False)),
  m('isprintable', (rt, args) => { const s = js(rt, args, 0); return !hasPost14(s) && /^[^\p{C}\p{Z}]*$/u.test(s.replace(/ /g, '')) ? rt.True : rt.False; }),
  m('istitle', (rt, args) => {
    const s = withoutPost14(js(rt, args, 0));
    let cased = false, prevCased = false;
    for (const c of s) {
      const up = /\p{Uppercase}|\p{Lt}/u.test(c), low = /\p{Lowercase}/u.test(c);
      if (up) { if (prevCased) return rt.False; prevCased = true; cased = true; }
      else if (low) { if (!prevCased) return rt.False; prevCased = true; cased = true; }
      else prevCased = false;
    }
    return cased ? rt.True : rt.False;
  }),
  m('expandtabs', (rt, args, nargs) => {
    if (!checkArgs(rt, 'expandtabs', nargs, 0, 1)) return NULL;
    const size = nargs > 1 ? intArg(rt, args, nargs, 1, 8, 'int') : 8;
    if (size === null) return NULL;
    let out = '', col = 0;
    for (const c of js(rt, args, 0)) {
      if (c === '\t') {
        if (size > 0) {
          const n = size - (col % size);
          if (out.length + n > STR_REPEAT_LIMIT) return raiseNew(rt, rt.exc.MemoryError!, '');
          out += ' '.repeat(n);
          col += n;
        }
      } else if (c === '\n' || c === '\r') { out += c; col = 0; }
      else { out += c; col++; }
    }
    return strFromJS(rt, out);
  }),
  ...(['removeprefix', 'removesuffix'] as const).map((name) => m(name, (rt, args, nargs) => {
    if (!checkArgs(rt, name, nargs, 1, 1)) return NULL;
    const a = strArgRequired(rt, args, 1, `${name}() argument`);
    if (a === null) return NULL;
    const s = js(rt, args, 0);
    if (a === '') return strUnchanged(rt, rt.i32[args] as Ref);
    if (name === 'removeprefix') return s.startsWith(a) ? strFromJS(rt, s.slice(a.length)) : strUnchanged(rt, rt.i32[args] as Ref);
    return s.endsWith(a) ? strFromJS(rt, s.slice(0, s.length - a.length)) : strUnchanged(rt, rt.i32[args] as Ref);
  })),
  m('translate', (rt, args, nargs) => {
    if (!checkArgs(rt, 'translate', nargs, 1, 1)) return NULL;
    const self = rt.i32[args] as Ref;
    const table = rt.i32[args + 1] as Ref;
    const exactDict = typeOf(rt, table) === rt.tDict;
    // what each ASCII character maps to, looked up once per call (CPython's fast path for
    // ASCII keeps the same cache); a missing key used to raise and clear a KeyError per
    // character (text.translate(str.maketrans('', '', string.punctuation)): 180x python3).
    // The UTF-16 units are read from the heap and written to a scratch array.
    const asciiMemo: (string | undefined)[] = new Array<string | undefined>(128);
    const n = strLen(rt, self);
    const src = strUnits(self);
    let out = translateScratch;
    translateScratch = new Uint16Array(0); // claimed: a mapping's __getitem__ may translate too
    let o = 0;
    for (let i = 0; i < n; i++) {
      const u16 = rt.u16;
      let cp = u16[src + i]!;
      let units = 1;
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
        const low = u16[src + i + 1]!;
        if (low >= 0xdc00 && low < 0xe000) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          units = 2;
        }
      }
      let mapped = cp < 128 ? asciiMemo[cp] : undefined;
      if (mapped === undefined) {
        const same = units === 1 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
        const m = translateChar(rt, table, exactDict, cp, same);
        if (m === null) return NULL;
        if (cp < 128) asciiMemo[cp] = m;
        mapped = m;
      }
      if (o + mapped.length > out.length) {
        const bigger = new Uint16Array(Math.max(out.length * 2, o + mapped.length));
        bigger.set(out.subarray(0, o));
        out = bigger;
      }
      for (let k = 0; k < mapped.length; k++) out[o++] = mapped.charCodeAt(k);
      i += units - 1;
    }
    if (out.length <= TRANSLATE_SCRATCH_KEEP) translateScratch = out; // handed back
    if (o < 2) return strFromJS(rt, String.fromCharCode(...out.subarray(0, o)));
    const r = strAlloc(rt, o);
    storeBytes(rt.u8, strUnits(r) * 2, new Uint8Array(out.buffer, out.byteOffset, o * 2));
    return r;
  }),
  // METH_VARARGS | METH_KEYWORDS: CPython charges a level of recursion for the call
  m('format', (rt, args, nargs, kwnames) => {
    if (!enterRecursiveCall(rt, ' while calling a Python object')) return NULL;
    try {
      return strFormatMethod(rt, args, nargs, kwnames);
    } finally {
      leaveRecursiveCall(rt);
    }
  }),
  m('format_map', (rt, args, nargs, kwnames) => {
    if (kwnames !== NULL) return raiseTypeError(rt, 'str.format_map() takes no keyword arguments');
    if (nargs !== 2) return raiseTypeError(rt, `str.format_map() takes exactly one argument (${nargs - 1} given)`);
    return strFormatMethod(rt, args, 1, NULL, rt.i32[args + 1] as Ref);
  }),
];

/** One replacement field of a format string: CPython's parse_field. */
interface FormatField {
  /** The field name: a head (empty: the next automatic index; digits: an index; else a
   * keyword) and its .attr / [key] accessors. */
  name: string;
  conversion?: string;
  spec?: string;
  /** The index after the field's '}'. */
  end: number;
}

/** A str.format string parsed once. */
interface FormatTemplate {
  /** literals[i] comes before fields[i], literals[fields.length] after the last field. */
  literals: string[];
  fields: FormatField[];
  /** The ValueError met after the last field: parsing stops there, and CPython's
   * MarkupIterator raises it after rendering the fields before it. */
  error: string | null;
  /** Every field's name is a bare head (no accessors) and no spec holds a replacement
   * field: formatSimple renders it. */
  simple: boolean;
  /** Per field of a simple template: the positional index, AUTO_FIELD or NAMED_FIELD. */
  heads: number[];
}

const AUTO_FIELD = -1;
const NAMED_FIELD = -2;

/**
 * Parsed format strings by their text: format strings are nearly always literals, used
 * again and again, and parsing (CPython re-parses at every call) was most of the time of
 * a str.format call. Module-level state: pure JS data derived from the text (no heap
 * refs), per JS thread; emptied when it reaches FORMAT_TEMPLATES_MAX entries.
 */
const formatTemplates = new Map<string, FormatTemplate>();
const FORMAT_TEMPLATES_MAX = 512;
const FORMAT_TEMPLATE_MAX_LENGTH = 2048;

function formatTemplate(fmt: string): FormatTemplate {
  let t = formatTemplates.get(fmt);
  if (t !== undefined) return t;
  t = parseFormatTemplate(fmt);
  if (fmt.length <= FORMAT_TEMPLATE_MAX_LENGTH) {
    if (formatTemplates.size >= FORMAT_TEMPLATES_MAX) formatTemplates.clear();
    formatTemplates.set(fmt, t);
  }
  return t;
}

/** The literal text and replacement fields of fmt, as CPython's MarkupIterator reads them
 * ('{{' and '}}' are literal braces). */
function parseFormatTemplate(fmt: string): FormatTemplate {
  const literals: string[] = [];
  const fields: FormatField[] = [];
  const heads: number[] = [];
  let error: string | null = null;
  let simple = true;
  let literal = '';
  let runStart = 0;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt.charCodeAt(i);
    if (c !== 123 && c !== 125) continue;
    if (fmt.charCodeAt(i + 1) === c) { // '{{' or '}}'
      literal += fmt.slice(runStart, i + 1);
      i++;
      runStart = i + 1;
      continue;
    }
    literal += fmt.slice(runStart, i);
    if (c === 125) {
      error = "Single '}' encountered in format string";
      break;
    }
    if (i + 1 >= fmt.length) {
      error = "Single '{' encountered in format string";
      break;
    }
    const field = parseFormatField(fmt, i + 1);
    if (typeof field === 'string') {
      error = field;
      break;
    }
    literals.push(literal);
    literal = '';
    fields.push(field);
    const name = field.name;
    // (a field number past 2**53 is the general renderer's: its message or ValueError)
    if (/[.[]/.test(name) || (field.spec !== undefined && field.spec.includes('{')) || (name.length > 15 && /^\d+$/.test(name))) simple = false;
    heads.push(name === '' ? AUTO_FIELD : /^\d+$/.test(name) ? Number(name) : NAMED_FIELD);
    i = field.end - 1;
    runStart = field.end;
  }
  if (error === null) literal += fmt.slice(runStart);
  literals.push(literal);
  return { literals, fields, error, simple, heads };
}

/** A field number or [index] of digits only beyond Py_ssize_t (CPython's get_integer
 * refuses it: "Too many decimal digits in format string"). */
function isTooBigFieldNumber(text: string): boolean {
  return text.length > 18 && /^\d+$/.test(text) && BigInt(text) > 9223372036854775807n;
}

/** !r, !s or !a. */
function isConversion(c: string): boolean {
  return c === 'r' || c === 's' || c === 'a';
}

/** str.format's ValueError for a conversion other than r, s, a. Returns NULL. */
function raiseUnknownConversion(rt: Runtime, conversion: string): Ref {
  const cc = conversion.codePointAt(0)!;
  return raiseValueError(rt, `Unknown conversion specifier ${cc > 32 && cc < 127 ? conversion : '\\x' + cc.toString(16)}`);
}

/** str.format's ValueError for a field numbered the other way than those before it
 * (CPython: all automatic or all manual). Returns NULL. */
function raiseNumberingSwitch(rt: Runtime, toAutomatic: boolean): Ref {
  return raiseValueError(rt, toAutomatic ? 'cannot switch from manual field specification to automatic field numbering'
    : 'cannot switch from automatic field numbering to manual field specification');
}

/** str.format's KeyError for a named field no keyword argument gives. Returns NULL. */
function raiseMissingField(rt: Runtime, name: string): Ref {
  const kr = strFromJS(rt, name);
  raiseKeyErrorStr(rt, kr);
  decref(rt, kr);
  return NULL;
}

/** str.format(*args, **kwargs) of a simple template: the general renderer's rules (its
 * errors, in its order) without its closures, and the values borrowed from the call's
 * arguments. */
function formatSimple(rt: Runtime, t: FormatTemplate, args: number, npos: number, kwnames: Ref): Ref {
  let out = t.literals[0]!;
  let auto = 0;
  let numbering = 0; // 1: automatic, 2: manual (CPython's rule: all one or all the other)
  for (let i = 0; i < t.fields.length; i++) {
    const field = t.fields[i]!;
    const conversion = field.conversion;
    const head = t.heads[i]!;
    let v: Ref;
    if (head === NAMED_FIELD) {
      const ki = kwArgIndex(rt, kwnames, field.name);
      if (ki < 0) return raiseMissingField(rt, field.name);
      v = rt.i32[args + 1 + npos + ki] as Ref;
    } else {
      if (head === AUTO_FIELD ? numbering === 2 : numbering === 1) return raiseNumberingSwitch(rt, head === AUTO_FIELD);
      numbering = head === AUTO_FIELD ? 1 : 2;
      const idx = head === AUTO_FIELD ? auto++ : head;
      if (idx >= npos) return raiseIndexError(rt, `Replacement index ${idx} out of range for positional args tuple`);
      v = rt.i32[args + 1 + idx] as Ref;
    }
    // the field's object first, then its conversion (CPython's render_field order)
    if (conversion !== undefined && !isConversion(conversion)) return raiseUnknownConversion(rt, conversion);
    const spec = field.spec ?? '';
    let text: string | null;
    if (conversion === undefined) text = formatJS(rt, v, spec);
    else {
      const converted = conversion === 's' ? strJS(rt, v) : reprJS(rt, v);
      if (converted === null) return NULL;
      const s = conversion === 'a' ? asciiEscaped(converted) : converted;
      text = spec === '' ? s : numeric(rt, () => formatStr(s, spec));
    }
    if (text === null) return NULL;
    out += text;
    out += t.literals[i + 1]!;
  }
  if (t.error !== null) return raiseValueError(rt, t.error);
  return strFromJS(rt, out);
}

/** str.format(*args, **kwargs), or str.format_map(mapping) when `mapping` is given (named
 * fields are then looked up with mapping[name], so a dict subclass's __missing__ answers). */
function strFormatMethod(rt: Runtime, args: number, nargs: number, kwnames: Ref, mapping: Ref = NULL): Ref {
  // a constant format ('{} {}'.format(...)) is read into JS once (str.ts strToJSImmortal),
  // and its template is then found by a string whose hash V8 has already computed
  const template = formatTemplate(strToJSImmortal(rt, rt.i32[args] as Ref));
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  const npos = nargs - nkw - 1;
  if (template.simple && mapping === NULL) return formatSimple(rt, template, args, npos, kwnames);
  let auto = 0;
  let out = '';
  const lookup = (field: string): Ref => {
    const m2 = /^([^.[]*)(.*)$/s.exec(field)!;
    const head = m2[1]!;
    const v0 = lookupHead(head);
    if (v0 === NULL) return NULL;
    // .attr and [key] accessors
    let v = v0;
    let rest = m2[2]!;
    while (rest !== '') {
      const acc = /^\.([^.[]+)|^\[([^\]]+)\]/.exec(rest);
      if (!acc) {
        decref(rt, v);
        return raiseValueError(rt, fieldNameError(rest));
      }
      rest = rest.slice(acc[0].length);
      let next: Ref;
      if (acc[1] !== undefined) {
        const nm = strFromJS(rt, acc[1]);
        next = getAttrFn(rt, v, nm);
        decref(rt, nm);
      } else {
        const key = acc[2]!;
        if (isTooBigFieldNumber(key)) {
          decref(rt, v);
          return raiseValueError(rt, 'Too many decimal digits in format string');
        }
        const k = /^\d+$/.test(key) ? intFromNumberOrBig(rt, key.length > 15 ? BigInt(key) : Number(key)) : strFromJS(rt, key);
        next = getItem(rt, v, k);
        decref(rt, k);
      }
      decref(rt, v);
      if (next === NULL) return NULL;
      v = next;
    }
    return v;
  };
  let numbering: 'none' | 'auto' | 'manual' = 'none';
  const lookupHead = (head: string): Ref => {
    let v: Ref;
    if (isTooBigFieldNumber(head)) return raiseValueError(rt, 'Too many decimal digits in format string');
    if (mapping !== NULL && (head === '' || /^\d+$/.test(head))) return raiseValueError(rt, 'Format string contains positional fields');
    if (mapping !== NULL) {
      const k = strFromJS(rt, head);
      v = getItem(rt, mapping, k);
      decref(rt, k);
      return v;
    }
    if (head === '' || /^\d+$/.test(head)) {
      // CPython's field numbering is all automatic or all manual within one format string
      if (head === '' ? numbering === 'manual' : numbering === 'auto') return raiseNumberingSwitch(rt, head === '');
      numbering = head === '' ? 'auto' : 'manual';
      const idx = head === '' ? auto++ : Number(head);
      if (idx >= npos) return raiseIndexError(rt, `Replacement index ${head.length > 15 ? BigInt(head) : idx} out of range for positional args tuple`);
      v = rt.i32[args + 1 + idx] as Ref;
      incref(rt, v);
    } else {
      const ki = kwArgIndex(rt, kwnames, head);
      if (ki < 0) return raiseMissingField(rt, head);
      v = rt.i32[args + 1 + npos + ki] as Ref;
      incref(rt, v);
    }
    return v;
  };
  // The general renderer (a template with .attr / [key] accessors or nested fields in a
  // spec, or format_map). One replacement field rendered: lookup, conversion, then its format spec, whose own
  // replacement fields are rendered the same way one level down (CPython's recursion_depth
  // of 2: a field inside a field inside a spec is "Max string recursion exceeded").
  const renderField = (field: FormatField, depth: number): string | null => {
    const v = lookup(field.name);
    if (v === NULL) return null;
    if (field.conversion !== undefined && !isConversion(field.conversion)) {
      decref(rt, v);
      raiseUnknownConversion(rt, field.conversion);
      return null;
    }
    let val = v;
    if (field.conversion === 'r' || field.conversion === 'a') {
      const r = reprJS(rt, v);
      decref(rt, v);
      if (r === null) return null;
      val = strFromJS(rt, field.conversion === 'a' ? asciiEscaped(r) : r);
    } else if (field.conversion === 's') {
      const r = strJS(rt, v);
      decref(rt, v);
      if (r === null) return null;
      val = strFromJS(rt, r);
    }
    let specText = field.spec ?? '';
    if (specText.includes('{')) {
      if (depth <= 1) { decref(rt, val); raiseValueError(rt, 'Max string recursion exceeded'); return null; }
      let expanded = '';
      for (let p = 0; p < specText.length; p++) {
        if (specText[p] !== '{') { expanded += specText[p]; continue; }
        const inner = parseFormatField(specText, p + 1);
        if (typeof inner === 'string') { decref(rt, val); raiseValueError(rt, inner === "expected '}' before end of string" ? "unmatched '{' in format spec" : inner); return null; }
        const t = renderField(inner, depth - 1);
        if (t === null) { decref(rt, val); return null; }
        expanded += t;
        p = inner.end - 1;
      }
      specText = expanded;
    }
    const spec = strFromJS(rt, specText);
    const f = format(rt, val, spec);
    decref(rt, spec);
    decref(rt, val);
    if (f === NULL) return null;
    const text = strToJS(rt, f);
    decref(rt, f);
    return text;
  };
  for (let i = 0; i < template.fields.length; i++) {
    out += template.literals[i]!;
    const r = renderField(template.fields[i]!, 2);
    if (r === null) return NULL;
    out += r;
  }
  if (template.error !== null) return raiseValueError(rt, template.error);
  out += template.literals[template.fields.length]!;
  return strFromJS(rt, out);
}

/** ascii(): a repr with every non-ASCII code point escaped (\\xhh, \\uhhhh, \\Uhhhhhhhh). */
export function asciiEscaped(repr: string): string {
  return repr.replace(/[^\x00-\x7f]/gu, (ch) => {
    const n = ch.codePointAt(0)!;
    if (n > 0xffff) return '\\U' + n.toString(16).padStart(8, '0');
    return n < 0x100 ? '\\x' + n.toString(16).padStart(2, '0') : '\\u' + n.toString(16).padStart(4, '0');
  });
}

/** One replacement field of a format string from just after its '{' (CPython's
 * unicode_format.h parse_field): its parts and the index after its '}', or the message of
 * the ValueError. */
function parseFormatField(fmt: string, start: number): FormatField | string {
  let i = start;
  let c = '';
  while (i < fmt.length) {
    c = fmt[i++]!;
    if (c === '{') return "unexpected '{' in field name";
    if (c === '[') {
      while (i < fmt.length && fmt[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  if (c !== '}' && c !== ':' && c !== '!') return "expected '}' before end of string";
  if (i > fmt.length || (i === fmt.length && c !== '}' && c !== ':' && c !== '!')) return "expected '}' before end of string";
  const name = fmt.slice(start, i - 1);
  if (c === '}') return { name, end: i };
  let conversion: string | undefined;
  if (c === '!') {
    if (i >= fmt.length) return 'end of string while looking for conversion specifier';
    conversion = String.fromCodePoint(fmt.codePointAt(i)!);
    i += conversion.length;
    if (i < fmt.length) {
      const d = fmt[i++]!;
      if (d === '}') return { name, conversion, end: i };
      if (d !== ':') return "expected ':' after conversion specifier";
    }
  }
  const specStart = i;
  let count = 1;
  while (i < fmt.length) {
    const d = fmt[i++]!;
    if (d === '{') count++;
    else if (d === '}' && --count === 0) return { name, conversion, spec: fmt.slice(specStart, i - 1), end: i };
  }
  return "unmatched '{' in format spec";
}

/** The ValueError of CPython's field name iterator for the unparsable rest of a field name. */
function fieldNameError(rest: string): string {
  if (rest[0] === '.' || rest.startsWith('[]')) return 'Empty attribute in format string';
  if (rest[0] === '[' && !rest.includes(']')) return "Missing ']' in format string";
  return "Only '.' or '[' may follow ']' in format field specifier";
}

/** Titlecase mappings that differ from the uppercase one (Unicode's SpecialCasing and the
 * digraphs with a titlecase form); every other character titlecases as it uppercases. */
const TITLE_CASE: Record<string, string> = {
  'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ',
  'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ', 'ß': 'Ss', 'ﬀ': 'Ff', 'ﬁ': 'Fi', 'ﬂ': 'Fl', 'ﬃ': 'Ffi', 'ﬄ': 'Ffl',
  'ﬅ': 'St', 'ﬆ': 'St', 'և': 'Եւ',
  // Greek with ypogegrammeni beyond the regular blocks, and the Armenian ligatures
  '\u1fb2': '\u1fba\u0345', '\u1fb4': '\u0386\u0345', '\u1fb7': '\u0391\u0342\u0345', '\u1fbc': '\u1fbc',
  '\u1fc2': '\u1fca\u0345', '\u1fc4': '\u0389\u0345', '\u1fc7': '\u0397\u0342\u0345', '\u1fcc': '\u1fcc',
  '\u1ff2': '\u1ffa\u0345', '\u1ff4': '\u038f\u0345', '\u1ff7': '\u03a9\u0342\u0345', '\u1ffc': '\u1ffc',
  '\ufb13': '\u0544\u0576', '\ufb14': '\u0544\u0565', '\ufb15': '\u0544\u056b', '\ufb16': '\u054e\u0576',
  '\ufb17': '\u0544\u056d',
};

function titleChar(ch: string): string {
  const c0 = ch.charCodeAt(0);
  // ASCII: the uppercase letter (TITLE_CASE, keyed by non-ASCII characters, is a slow lookup)
  if (c0 < 0x80) return c0 >= 0x61 && c0 <= 0x7a ? String.fromCharCode(c0 - 0x20) : ch;
  const t = TITLE_CASE[ch];
  if (t !== undefined) return t;
  // Greek with ypogegrammeni: the titlecase form keeps it as prosgegrammeni
  const c = ch.charCodeAt(0);
  if (c >= 0x1f80 && c <= 0x1faf) return String.fromCharCode(c | 8);
  if (c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3) return String.fromCharCode(c + 9);
  // Georgian Mkhedruli letters are their own titlecase (their uppercase is Mtavruli)
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return ch;
  return ch.toUpperCase();
}

/**
 * The lowercase of the capital sigma at chars[i] (code points), CPython's
 * handle_capital_sigma: the final form ς in the Final_Sigma context, a cased character
 * before it and none after it, case-ignorable characters (' . and the like) skipped both
 * ways; else σ. 'AΣ'.swapcase() is 'aς', "aΣ'σ".title() keeps σ.
 */
function lowerSigma(chars: readonly string[], i: number): string {
  let j = i - 1;
  while (j >= 0 && /\p{Case_Ignorable}/u.test(chars[j]!)) j--;
  if (j < 0 || !/\p{Cased}/u.test(chars[j]!)) return 'σ';
  j = i + 1;
  while (j < chars.length && /\p{Case_Ignorable}/u.test(chars[j]!)) j++;
  return j < chars.length && /\p{Cased}/u.test(chars[j]!) ? 'σ' : 'ς';
}

/** str.title(): a character after a cased one (CPython's _PyUnicode_IsCased: Cased, 'ª'
 * too) is lowercased, others titlecased. */
function titleCased(s: string): string {
  let out = '';
  let previousCased = false;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (previousCased && ch === 'Σ') out += lowerSigma(chars, i);
    else out += previousCased ? ch.toLowerCase() : titleChar(ch);
    previousCased = /\p{Cased}/u.test(ch);
  }
  return out;
}

import { raiseKeyError } from '../vm/errors.js';
function raiseKeyErrorStr(rt: Runtime, k: Ref): Ref {
  return raiseKeyError(rt, k);
}
