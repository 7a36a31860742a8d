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
 */
import { NULL, type Ref } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { raiseTypeError } from '../vm/errors.js';
import { kindOf } from '../objects/object.js';
import { Kind } from '../objects/kinds.js';
import { strCodePointLen, strFromJS, strFromUnits, strLen, strToJS, strUnits } from '../objects/str.js';
import { tupleFromRefs } from '../objects/tuple.js';
import { intFromNumber, intToNumberOrBig } from '../objects/int.js';
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
  const text = strToJS(rt, s);
  if (!(ascii ? NEEDS_ESCAPE_ASCII : NEEDS_ESCAPE).test(text)) return strFromJS(rt, '"' + text + '"');
  return strFromJS(rt, '"' + text.replace(ascii ? ESCAPED_ASCII : ESCAPED, (ch) => escapeUnit(ch.charCodeAt(0))) + '"');
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

const JSON_FUNCTIONS = defineFunctions([
  ['encode_basestring_ascii', (rt, args, nargs, kwnames) => encodeString(rt, args, nargs, kwnames, true)],
  ['encode_basestring', (rt, args, nargs, kwnames) => encodeString(rt, args, nargs, kwnames, false)],
  ['scanstring', scanString],
]);

export function createJsonNativeModule(rt: Runtime): Ref {
  return makeModule(rt, '_json', JSON_FUNCTIONS, []);
}
