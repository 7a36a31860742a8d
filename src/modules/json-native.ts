/*
 * `_json`: lib/json.py's per-character string steps in JS, the ones CPython's
 * Modules/_json.c accelerates (a Python loop over each character took json.dumps and
 * json.loads ~24x CPython's time):
 *
 *   encode_basestring_ascii(s)  the JSON literal of str s, quotes included, with '"', '\\',
 *       control characters and everything outside ' '..'~' escaped (\n, \uXXXX; an astral
 *       character as its surrogate pair, as CPython's).
 *   encode_basestring(s)        the same with only '"', '\\' and control characters escaped.
 *   scanstring(s, end, strict)  the str held by the JSON string literal whose opening quote
 *       is s[end - 1], and the index after its closing quote: (str, end). An error is
 *       (None, message, position) for json.py to raise JSONDecodeError with; None when s
 *       holds an astral character (its positions count code points, the heap's units
 *       differ: json.py's own loop scans it).
 *   encode_simple(obj, ...)     the whole JSON text of a one-shot json.dumps (indented or not)
 *       when obj is made of exact built-in values only (below); None leaves it to json.py.
 *   decode_simple(s)            json.loads(s) of well-formed JSON in one step, as a 1-tuple;
 *       None leaves it (and its errors) to json.py.
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { errOccurred, raiseTypeError, raiseValueError } from '../vm/errors.js';
import { kindOf, typeOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { strCodePointLen, strFromJS, strFromUnits, strLen, strToJS, strUnits } from '../objects/str.js';
import { tupleFromRefs, tupleItem, tupleSize } from '../objects/tuple.js';
import { intFromBigint, intFromNumber, intSafeValue, intToNumberOrBig } from '../objects/int.js';
import { floatNew, floatValue } from '../objects/float.js';
import { floatRepr } from '../objects/numfmt.js';
import { listAppendSteal, listItem, listNew, listSize } from '../objects/list.js';
import { dictEntryKey, dictEntryValue, dictNew, dictNextEntry, dictSetItem, dictSize } from '../objects/dict.js';
import { decref } from '../vm/refs.js';
import { checkArgs, defineFunctions, makeModule } from './math.js';
import * as A from '../objects/abstract.js';

/** The short escapes JSON has for some control characters and the two specials. */
const SHORT_ESCAPES: Readonly<Record<number, string>> = { 0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t' };

function escapeUnit(c: number): string {
  return SHORT_ESCAPES[c] ?? '\\u' + c.toString(16).padStart(4, '0');
}

const NEEDS_ESCAPE_ASCII = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;
const ESCAPED_ASCII = /[^\x20\x21\x23-\x5b\x5d-\x7e]/g;
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;
const ESCAPED = /["\\\x00-\x1f]/g;

function encodeString(rt: Runtime, args: number, nargs: number, kwnames: Ref, ascii: boolean): Ref {
  const name = ascii ? 'encode_basestring_ascii' : 'encode_basestring';
  if (!checkArgs(rt, name, nargs, kwnames, 1, 1)) return NULL;
  const s = rt.i32[args] as Ref;
  if (kindOf(rt, s) !== Kind.STR) return raiseTypeError(rt, `first argument must be a string, not ${A.typeNameOf(rt, s)}`);
  return strFromJS(rt, jsonStringLiteral(strToJS(rt, s), ascii));
}

/** The JSON literal of text, quotes included (`ascii`: everything outside ' '..'~' escaped). */
function jsonStringLiteral(text: string, ascii: boolean): string {
  if (!(ascii ? NEEDS_ESCAPE_ASCII : NEEDS_ESCAPE).test(text)) return '"' + text + '"';
  return '"' + text.replace(ascii ? ESCAPED_ASCII : ESCAPED, (ch) => escapeUnit(ch.charCodeAt(0))) + '"';
}

/** The value of the hex digit whose code unit is c, or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/** Four hex digits at unit index i of u16 (absolute), or -1. */
function hex4(u16: Uint16Array, i: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const d = hexValue(u16[i + k]!);
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

function scanError(rt: Runtime, message: string, pos: number): Ref {
  const msg = strFromJS(rt, message);
  const p = intFromNumber(rt, pos);
  const r = tupleFromRefs(rt, [rt.None, msg, p]);
  decref(rt, msg);
  decref(rt, p);
  return r;
}

/** CPython's scanstring_unicode over the heap's units (positions are code points: s holds
 * no astral character here). */
function scanString(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!checkArgs(rt, 'scanstring', nargs, kwnames, 2, 3)) return NULL;
  const s = rt.i32[args] as Ref;
  const endArg = rt.i32[args + 1] as Ref;
  if (kindOf(rt, s) !== Kind.STR || kindOf(rt, endArg) !== Kind.INT) return raiseTypeError(rt, 'scanstring(s, end, strict)');
  let strict = true;
  if (nargs === 3) {
    const t = A.isTrue(rt, rt.i32[args + 2] as Ref);
    if (t < 0) return NULL;
    strict = t === 1;
  }
  const n = strLen(rt, s);
  if (strCodePointLen(rt, s) !== n) return rt.None;
  const e = intToNumberOrBig(rt, endArg);
  if (typeof e === 'bigint' || e < 0 || e > n) return raiseTypeError(rt, 'end is out of bounds');
  let end = e;
  const u16 = rt.u16;
  const base = strUnits(s);
  const begin = end - 1;
  let chunks: string[] | null = null;
  for (;;) {
    let i = end;
    for (; i < n; i++) {
      const c = u16[base + i]!;
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) return scanError(rt, 'Invalid control character at', i);
    }
    if (i >= n) return scanError(rt, 'Unterminated string starting at', begin);
    if (u16[base + i] === 0x22) {
      if (chunks === null) {
        // no escape: the literal's text is one slice of s
        const r = strFromUnits(rt, base + end, i - end);
        const p = intFromNumber(rt, i + 1);
        const t = tupleFromRefs(rt, [r, p]);
        decref(rt, r);
        decref(rt, p);
        return t;
      }
      if (i > end) chunks.push(unitsToJS(u16, base + end, i - end));
      end = i + 1;
      break;
    }
    if (chunks === null) chunks = [];
    if (i > end) chunks.push(unitsToJS(u16, base + end, i - end));
    i++;
    if (i === n) return scanError(rt, 'Unterminated string starting at', begin);
    const esc = u16[base + i]!;
    if (esc !== 0x75 /* u */) {
      const simple = esc === 0x22 ? '"' : esc === 0x5c ? '\\' : esc === 0x2f ? '/' : esc === 0x62 ? '\b' : esc === 0x66 ? '\f'
        : esc === 0x6e ? '\n' : esc === 0x72 ? '\r' : esc === 0x74 ? '\t' : null;
      if (simple === null) return scanError(rt, 'Invalid \\escape', i - 1);
      chunks.push(simple);
      end = i + 1;
      continue;
    }
    i++;
    end = i + 4;
    if (end >= n) return scanError(rt, 'Invalid \\uXXXX escape', i - 1);
    let uni = hex4(u16, base + i);
    if (uni < 0) return scanError(rt, 'Invalid \\uXXXX escape', i - 1);
    if (uni >= 0xd800 && uni <= 0xdbff && end + 6 < n && u16[base + end] === 0x5c && u16[base + end + 1] === 0x75) {
      const uni2 = hex4(u16, base + end + 2);
      if (uni2 < 0) return scanError(rt, 'Invalid \\uXXXX escape', end + 1);
      if (uni2 >= 0xdc00 && uni2 <= 0xdfff) {
        uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00));
        end += 6;
      }
    }
    chunks.push(String.fromCodePoint(uni));
  }
  const r = strFromJS(rt, chunks.join(''));
  const p = intFromNumber(rt, end);
  const t = tupleFromRefs(rt, [r, p]);
  decref(rt, r);
  decref(rt, p);
  return t;
}

/** n units from absolute index `from` of u16 as a JS string. */
function unitsToJS(u16: Uint16Array, from: number, n: number): string {
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, u16.subarray(from + k, from + Math.min(n, k + 8192)) as unknown as number[]);
  return out;
}

/** encode_simple's answer when it meets what only lib/json.py's encoder handles. */
class NotSimple {}
const NOT_SIMPLE = new NotSimple();
/** Past this nesting encode_simple leaves the value to json.py (its RecursionError). */
const SIMPLE_MAX_DEPTH = 200;

interface SimpleEncoding {
  rt: Runtime;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ascii: boolean;
  allowNan: boolean;
  /** the indent string (json.py's `_indent`), or null for none */
  indent: string | null;
  /** the text of an out-of-range float's ValueError: its repr follows (json.py's
   * encoder, used with an indent) or not (the C encoder's) */
  nanWithRepr: boolean;
  /** the containers being encoded (check_circular), or null */
  markers: Set<number> | null;
  out: string[];
}

/** Appends the JSON text of v to e.out; NOT_SIMPLE for anything but the exact built-in
 * types with keys that are exact strs (json.py then encodes the whole value: no Python
 * code has run here). */
function encodeSimpleValue(e: SimpleEncoding, v: Ref, depth: number): NotSimple | undefined {
  const rt = e.rt;
  if ((v & 1) === 1) {
    e.out.push(String(v >> 1));
    return undefined;
  }
  if (v === rt.None) { e.out.push('null'); return undefined; }
  if (v === rt.True) { e.out.push('true'); return undefined; }
  if (v === rt.False) { e.out.push('false'); return undefined; }
  const t = typeOf(rt, v);
  if (t === rt.tStr) {
    e.out.push(jsonStringLiteral(strToJS(rt, v), e.ascii));
    return undefined;
  }
  if (t === rt.tInt) {
    const x = intSafeValue(rt, v);
    if (x !== x) return NOT_SIMPLE; // (beyond 2**53: json.py, with int's digit limit)
    e.out.push(String(x));
    return undefined;
  }
  if (t === rt.tFloat) {
    const x = floatValue(rt, v);
    if (x === x && x !== Infinity && x !== -Infinity) e.out.push(floatRepr(x));
    else if (!e.allowNan) {
      throw new JsonValueError('Out of range float values are not JSON compliant' +
        (e.nanWithRepr ? ': ' + (x !== x ? 'nan' : x > 0 ? 'inf' : '-inf') : ''));
    }
    else e.out.push(x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity');
    return undefined;
  }
  const isList = t === rt.tList;
  if (!isList && t !== rt.tTuple && t !== rt.tDict) return NOT_SIMPLE;
  if (depth >= SIMPLE_MAX_DEPTH) return NOT_SIMPLE;
  const n = isList ? listSize(rt, v) : t === rt.tTuple ? tupleSize(rt, v) : dictSize(rt, v);
  if (n === 0) {
    e.out.push(t === rt.tDict ? '{}' : '[]');
    return undefined;
  }
  if (e.markers !== null) {
    if (e.markers.has(v)) throw new JsonValueError('Circular reference detected');
    e.markers.add(v);
  }
  // with an indent: each item on its own line one level deeper, the closer back at this
  // level (json.py's _iterencode_list / _iterencode_dict)
  const newlineIndent = e.indent === null ? null : '\n' + e.indent.repeat(depth + 1);
  const separator = newlineIndent === null ? e.itemSep : e.itemSep + newlineIndent;
  if (t !== rt.tDict) {
    e.out.push('[');
    if (newlineIndent !== null) e.out.push(newlineIndent);
    for (let i = 0; i < n; i++) {
      if (i > 0) e.out.push(separator);
      const item = isList ? listItem(rt, v, i) : tupleItem(rt, v, i);
      if (encodeSimpleValue(e, item, depth + 1) === NOT_SIMPLE) return NOT_SIMPLE;
    }
    if (newlineIndent !== null) e.out.push('\n' + e.indent!.repeat(depth));
    e.out.push(']');
  } else {
    const keys: string[] = [];
    const values: Ref[] = [];
    for (let ix = dictNextEntry(rt, v, 0); ix >= 0; ix = dictNextEntry(rt, v, ix + 1)) {
      const k = dictEntryKey(rt, v, ix);
      if ((k & 1) === 1 || typeOf(rt, k) !== rt.tStr) return NOT_SIMPLE;
      keys.push(strToJS(rt, k));
      values.push(dictEntryValue(rt, v, ix));
    }
    let order: number[] | null = null;
    if (e.sortKeys) {
      // sorted(items): by the keys' code points; a surrogate unit (an astral character)
      // orders differently in UTF-16: json.py sorts those
      for (const k of keys) if (/[\ud800-\udfff]/.test(k)) return NOT_SIMPLE;
      order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    }
    e.out.push('{');
    if (newlineIndent !== null) e.out.push(newlineIndent);
    for (let j = 0; j < keys.length; j++) {
      const i = order === null ? j : order[j]!;
      if (j > 0) e.out.push(separator);
      e.out.push(jsonStringLiteral(keys[i]!, e.ascii), e.keySep);
      if (encodeSimpleValue(e, values[i]!, depth + 1) === NOT_SIMPLE) return NOT_SIMPLE;
    }
    if (newlineIndent !== null) e.out.push('\n' + e.indent!.repeat(depth));
    e.out.push('}');
  }
  e.markers?.delete(v);
  return undefined;
}

/** A ValueError of encode_simple (raised once the JS recursion has unwound). */
class JsonValueError {
  constructor(readonly message: string) {}
}

/**
 * encode_simple(obj, item_separator, key_separator, sort_keys, ensure_ascii, allow_nan,
 * check_circular, indent): the JSON text of obj as CPython's C encoder (Modules/_json.c, what a
 * one-shot json.dumps without indent uses) or, with an indent (a str), json.py's encoder makes it, when obj is built of exact dicts with
 * str keys, lists, tuples, strs, ints below 2**53, floats, bools and None; else None, and
 * lib/json.py encodes it (subclasses, default(), other keys, big ints, deep nesting). A
 * circular container is CPython's ValueError (with check_circular; without, json.py's
 * RecursionError). Under --no-gil it always answers None: the nested containers it reads
 * are not locked (json.py's encoder takes each one's lock as it goes).
 */
function encodeSimple(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!checkArgs(rt, 'encode_simple', nargs, kwnames, 8, 8)) return NULL;
  if (rt.rc.atomic) return rt.None;
  const itemSep = rt.i32[args + 1] as Ref, keySep = rt.i32[args + 2] as Ref, indent = rt.i32[args + 7] as Ref;
  if (kindOf(rt, itemSep) !== Kind.STR || kindOf(rt, keySep) !== Kind.STR) return rt.None;
  if (indent !== rt.None && kindOf(rt, indent) !== Kind.STR) return rt.None;
  const flags: boolean[] = [];
  for (let k = 3; k < 7; k++) {
    const b = A.isTrue(rt, rt.i32[args + k] as Ref);
    if (b < 0) return NULL;
    flags.push(b === 1);
  }
  const e: SimpleEncoding = {
    rt, itemSep: strToJS(rt, itemSep), keySep: strToJS(rt, keySep), sortKeys: flags[0]!, ascii: flags[1]!,
    allowNan: flags[2]!, indent: indent === rt.None ? null : strToJS(rt, indent), nanWithRepr: indent !== rt.None,
    markers: flags[3]! ? new Set<number>() : null, out: [],
  };
  try {
    if (encodeSimpleValue(e, rt.i32[args] as Ref, 0) === NOT_SIMPLE) return rt.None;
  } catch (err) {
    if (err instanceof JsonValueError) return raiseValueError(rt, err.message);
    throw err;
  }
  return strFromJS(rt, e.out.join(''));
}

/**
 * decode_simple(s): json.loads(s) with the default decoder, parsed here in one step when s
 * is well-formed JSON whose strings hold no control character and no surrogate escape and
 * whose ints have at most 4,300 digits: a 1-tuple of the value (the value may be None).
 * Anything else answers None, and lib/json.py's scanner parses s again, raising its errors
 * with their positions. Values as json.py makes them: an int for a number without fraction
 * or exponent, else a float (both correctly rounded, as float()), NaN/Infinity/-Infinity,
 * dicts in the order of the text (a repeated key keeps its last value).
 */
/** Past this nesting decode_simple leaves the text to json.py (CPython's C scanner goes to
 * the recursion limit: a 500-deep array parses there, json.py's scanner recursed out). */
const DECODE_MAX_DEPTH = 800;

class SimpleDecoder {
  pos = 0;
  constructor(readonly rt: Runtime, readonly u16: Uint16Array, readonly base: number, readonly n: number) {}

  skipWs(): void {
    const u16 = this.u16;
    while (this.pos < this.n) {
      const c = u16[this.base + this.pos]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  /** The value at pos (whitespace skipped before it), pos after it; 0 when not simple. */
  value(depth: number): Ref {
    this.skipWs();
    if (this.pos >= this.n || depth > DECODE_MAX_DEPTH) return NULL;
    const rt = this.rt;
    const c = this.u16[this.base + this.pos]!;
    if (c === 0x22) return this.string();
    if (c === 0x7b) return this.object(depth);
    if (c === 0x5b) return this.array(depth);
    if (c === 0x74 && this.word('true')) return rt.True;
    if (c === 0x66 && this.word('false')) return rt.False;
    if (c === 0x6e && this.word('null')) return rt.None;
    if (c === 0x4e && this.word('NaN')) return floatNew(rt, NaN);
    if (c === 0x49 && this.word('Infinity')) return floatNew(rt, Infinity);
    if (c === 0x2d && this.pos + 1 < this.n && this.u16[this.base + this.pos + 1] === 0x49) {
      this.pos++;
      return this.word('Infinity') ? floatNew(rt, -Infinity) : NULL;
    }
    return this.number();
  }

  word(w: string): boolean {
    if (this.pos + w.length > this.n) return false;
    for (let k = 0; k < w.length; k++) if (this.u16[this.base + this.pos + k] !== w.charCodeAt(k)) return false;
    this.pos += w.length;
    return true;
  }

  digits(): number {
    const start = this.pos;
    while (this.pos < this.n) {
      const c = this.u16[this.base + this.pos]!;
      if (c < 0x30 || c > 0x39) break;
      this.pos++;
    }
    return this.pos - start;
  }

  number(): Ref {
    const u16 = this.u16, base = this.base;
    const start = this.pos;
    if (u16[base + this.pos] === 0x2d) this.pos++;
    const first = this.pos;
    const intDigits = this.digits();
    if (intDigits === 0 || (intDigits > 1 && u16[base + first] === 0x30)) return NULL;
    let isFloat = false;
    if (this.pos < this.n && u16[base + this.pos] === 0x2e) {
      this.pos++;
      if (this.digits() === 0) return NULL;
      isFloat = true;
    }
    if (this.pos < this.n && (u16[base + this.pos] === 0x65 || u16[base + this.pos] === 0x45)) {
      this.pos++;
      if (this.pos < this.n && (u16[base + this.pos] === 0x2b || u16[base + this.pos] === 0x2d)) this.pos++;
      if (this.digits() === 0) return NULL;
      isFloat = true;
    }
    const text = unitsToJS(u16, base + start, this.pos - start);
    if (isFloat) return floatNew(this.rt, parseFloat(text));
    if (intDigits <= 15) return intFromNumber(this.rt, Number(text));
    if (intDigits > 4300) return NULL; // (int's digit limit: json.py raises)
    return intFromBigint(this.rt, BigInt(text));
  }

  string(): Ref {
    const u16 = this.u16, base = this.base;
    const start = ++this.pos;
    let chunks: string[] | null = null;
    let from = start;
    while (this.pos < this.n) {
      const c = u16[base + this.pos]!;
      if (c === 0x22) {
        let r: Ref;
        if (chunks === null) r = strFromUnits(this.rt, base + start, this.pos - start);
        else {
          if (this.pos > from) chunks.push(unitsToJS(u16, base + from, this.pos - from));
          r = strFromJS(this.rt, chunks.join(''));
        }
        this.pos++;
        return r;
      }
      if (c < 0x20) return NULL;
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      chunks ??= [];
      if (this.pos > from) chunks.push(unitsToJS(u16, base + from, this.pos - from));
      if (this.pos + 1 >= this.n) return NULL;
      const esc = u16[base + this.pos + 1]!;
      if (esc === 0x75) {
        if (this.pos + 6 > this.n) return NULL;
        const uni = hex4(u16, base + this.pos + 2);
        if (uni < 0 || (uni >= 0xd800 && uni <= 0xdfff)) return NULL;
        chunks.push(String.fromCharCode(uni));
        this.pos += 6;
      } else {
        const simple = esc === 0x22 ? '"' : esc === 0x5c ? '\\' : esc === 0x2f ? '/' : esc === 0x62 ? '\b' : esc === 0x66 ? '\f'
          : esc === 0x6e ? '\n' : esc === 0x72 ? '\r' : esc === 0x74 ? '\t' : null;
        if (simple === null) return NULL;
        chunks.push(simple);
        this.pos += 2;
      }
      from = this.pos;
    }
    return NULL;
  }

  array(depth: number): Ref {
    const rt = this.rt;
    this.pos++;
    const list = listNew(rt, 0);
    this.skipWs();
    if (this.pos < this.n && this.u16[this.base + this.pos] === 0x5d) {
      this.pos++;
      return list;
    }
    for (;;) {
      const v = this.value(depth + 1);
      if (v === NULL) {
        decref(rt, list);
        return NULL;
      }
      listAppendSteal(rt, list, v);
      this.skipWs();
      const c = this.pos < this.n ? this.u16[this.base + this.pos]! : -1;
      this.pos++;
      if (c === 0x5d) return list;
      if (c !== 0x2c) {
        decref(rt, list);
        return NULL;
      }
    }
  }

  object(depth: number): Ref {
    const rt = this.rt;
    this.pos++;
    const dict = dictNew(rt);
    this.skipWs();
    if (this.pos < this.n && this.u16[this.base + this.pos] === 0x7d) {
      this.pos++;
      return dict;
    }
    for (;;) {
      this.skipWs();
      if (this.pos >= this.n || this.u16[this.base + this.pos] !== 0x22) break;
      const key = this.string();
      if (key === NULL) break;
      this.skipWs();
      if (this.pos >= this.n || this.u16[this.base + this.pos] !== 0x3a) {
        decref(rt, key);
        break;
      }
      this.pos++;
      const v = this.value(depth + 1);
      if (v === NULL) {
        decref(rt, key);
        break;
      }
      const r = dictSetItem(rt, dict, key, v);
      decref(rt, key);
      decref(rt, v);
      if (r < 0) break; // (a str key: never; kept for the heap's MemoryError)
      this.skipWs();
      const c = this.pos < this.n ? this.u16[this.base + this.pos]! : -1;
      this.pos++;
      if (c === 0x7d) return dict;
      if (c !== 0x2c) break;
    }
    decref(rt, dict);
    return NULL;
  }
}

function decodeSimple(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref {
  if (!checkArgs(rt, 'decode_simple', nargs, kwnames, 1, 1)) return NULL;
  const s = rt.i32[args] as Ref;
  if (kindOf(rt, s) !== Kind.STR) return rt.None;
  const d = new SimpleDecoder(rt, rt.u16, strUnits(s), strLen(rt, s));
  const v = d.value(0);
  if (v === NULL) {
    if (errOccurred(rt)) return NULL;
    return rt.None;
  }
  d.skipWs();
  if (d.pos !== d.n) {
    decref(rt, v);
    return rt.None;
  }
  const t = tupleFromRefs(rt, [v]);
  decref(rt, v);
  return t;
}

const JSON_FUNCTIONS = defineFunctions([
  ['encode_basestring_ascii', (rt, args, nargs, kwnames) => encodeString(rt, args, nargs, kwnames, true)],
  ['encode_basestring', (rt, args, nargs, kwnames) => encodeString(rt, args, nargs, kwnames, false)],
  ['scanstring', scanString],
  ['encode_simple', encodeSimple],
  ['decode_simple', decodeSimple],
]);

export function createJsonNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_json', JSON_FUNCTIONS, []);
}
