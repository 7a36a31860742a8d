/*
 * numparse.ts: int(str, base) and float(str) parsing with CPython 3.11's rules and
 * messages (Objects/longobject.c PyLong_FromUnicodeObject, Python/pystrtod.c).
 *
 * Accepted as CPython does: surrounding whitespace (str.isspace's set), a sign, single
 * underscores between digits (and after a base prefix), base 0 with 0x/0o/0b prefixes
 * (and "0"-only leading zeros), bases 2..36, non-ASCII decimal digits (category Nd,
 * e.g. '٣'), inf/infinity/nan in any case for float. Hex floats are not accepted.
 *
 * int() of a string with more than `maxStrDigits` (sys.get_int_max_str_digits(),
 * 4300 by default, 0 = no limit) digits in a base that is not a power of two raises
 * CPython 3.11's ValueError.
 *
 * Errors are NumericError (intmath.ts). Messages quote the original string with
 * Python's str repr; pass `repr` to use the object layer's exact one (the built-in
 * `pyStrRepr` covers ASCII and printable non-ASCII text).
 */

import { NumericError } from './intmath.js';
import type { Runtime } from '../vm/runtime.js';
import { post14ClassBody } from './unicode14.js';

const WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const NON_ASCII_NEEDS_MAP = /[^\x00-\x7f]/;
// Built on first use (V8 builds a Unicode property class when the literal is evaluated,
// ~0.2 ms each at every start if done at load).
let ndRe: RegExp | null = null;
let printableRe: RegExp | null = null;
// (Unicode 14.0's: the characters assigned since are neither, objects/unicode14.ts)
const ndRegex = (): RegExp => (ndRe ??= new RegExp(`(?![${post14ClassBody()}])\\p{Nd}`, 'u'));
const printableRegex = (): RegExp => (printableRe ??= new RegExp(`(?![${post14ClassBody()}])[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]`, 'u'));

export const DEFAULT_MAX_STR_DIGITS = 4300;

/** The interpreter-state word (vm/interp.ts's block) holding sys.set_int_max_str_digits()'s
 * limit + 1; 0 (the block's initial value) stands for the default. */
export const IS_INT_MAX_STR_DIGITS = 18;

/** sys.get_int_max_str_digits(): the limit in force (0 = none). */
export function intMaxStrDigits(rt: Runtime): number {
  const w = rt.i32[(rt.interp >> 2) + IS_INT_MAX_STR_DIGITS]!;
  return w === 0 ? DEFAULT_MAX_STR_DIGITS : w - 1;
}

export function setIntMaxStrDigits(rt: Runtime, limit: number): void {
  rt.i32[(rt.interp >> 2) + IS_INT_MAX_STR_DIGITS] = limit + 1;
}

/** Python repr() of a str: quotes and escapes as CPython (printable non-ASCII kept). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (printableRegex().test(ch)) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Value of a Unicode decimal digit (category Nd), or -1. Nd characters come in
 * contiguous runs of ten (Unicode stability policy), so count back to the run start. */
function unicodeDigitValue(cp: number): number {
  if (!ndRegex().test(String.fromCodePoint(cp))) return -1;
  let k = 0;
  while (ndRegex().test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

/** Maps Unicode whitespace to ' ' and Nd digits to ASCII, as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII; other non-ASCII chars become '?'. */
export function toAsciiForm(s: string): string {
  if (!NON_ASCII_NEEDS_MAP.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) { out += ch; continue; }
    if (WHITESPACE.test(ch)) { out += ' '; continue; }
    const d = unicodeDigitValue(cp);
    out += d >= 0 ? String.fromCharCode(48 + d) : '?';
  }
  return out;
}

/** C's isspace (CPython's Py_ISSPACE), what int()/float() strip after toAsciiForm: ASCII
 * \x1c-\x1f are str whitespace but not number padding. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function trimPySpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * int(text, base). Returns a bigint. Throws NumericError ValueError on bad input.
 */
export function parseIntLiteral(
  text: string, base = 10, repr: (s: string) => string = pyStrRepr, maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): bigint {
  if ((base !== 0 && base < 2) || base > 36) {
    throw new NumericError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const fail = (): NumericError => {
    let r = repr(text);
    if (r.length > 200) r = r.slice(0, 200);
    return new NumericError('ValueError', `invalid literal for int() with base ${base}: ${r}`);
  };
  const s = trimPySpace(toAsciiForm(text));
  let pos = 0;
  const n = s.length;
  let negative = false;
  if (pos < n && (s[pos] === '+' || s[pos] === '-')) { negative = s[pos] === '-'; pos++; }
  let b = base;
  let prefixed = false;
  if (pos + 1 < n && s[pos] === '0') {
    const p = s[pos + 1]!.toLowerCase();
    if ((p === 'x' && (b === 16 || b === 0)) || (p === 'o' && (b === 8 || b === 0)) || (p === 'b' && (b === 2 || b === 0))) {
      b = p === 'x' ? 16 : p === 'o' ? 8 : 2;
      pos += 2;
      prefixed = true;
    }
  }
  if (b === 0) b = 10;
  const zeroOnlyCheck = base === 0 && !prefixed;
  // digits with single underscores between them (one allowed right after a prefix)
  let digits = '';
  let lastWasDigit = false;
  let start = pos;
  if (prefixed && pos < n && s[pos] === '_') { pos++; start = pos; }
  for (; pos < n; pos++) {
    const c = s.charCodeAt(pos);
    if (c === 95) {
      if (!lastWasDigit) throw fail();
      lastWasDigit = false;
      continue;
    }
    if (digitValue(c) >= b) throw fail();
    lastWasDigit = true;
  }
  if (!lastWasDigit) throw fail();
  digits = s.slice(start).replace(/_/g, '');
  if (digits.length === 0) throw fail();
  if (zeroOnlyCheck && digits.length > 1 && digits.charCodeAt(0) === 48) {
    // base 0: leading zeros only for zero itself
    if (/[^0]/.test(digits)) throw fail();
  }
  if (maxStrDigits > 0 && (b & (b - 1)) !== 0 && digits.length > maxStrDigits) {
    throw new NumericError('ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v: bigint;
  if (b === 10) v = digits.length < 16 ? BigInt(+digits) : BigInt(digits);
  else if (b === 16) v = BigInt('0x' + digits);
  else if (b === 8) v = BigInt('0o' + digits);
  else if (b === 2) v = BigInt('0b' + digits);
  else v = parseBaseDigits(digits, b);
  return negative ? -v : v;
}

function parseBaseDigits(digits: string, base: number): bigint {
  // chunks of k digits fit a safe integer: base^k < 2^53
  const k = Math.floor(53 / Math.log2(base)) - 1;
  const chunkBase = BigInt(base) ** BigInt(k);
  let v = 0n;
  let i = 0;
  const first = digits.length % k || k;
  while (i < digits.length) {
    const len = i === 0 ? first : k;
    let acc = 0;
    for (let j = i; j < i + len; j++) acc = acc * base + digitValue(digits.charCodeAt(j));
    v = i === 0 ? BigInt(acc) : v * chunkBase + BigInt(acc);
    i += len;
  }
  return v;
}

const FLOAT_BODY = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** float(text). Throws NumericError ValueError "could not convert string to float: ...". */
export function parseFloat(text: string, repr: (s: string) => string = pyStrRepr): number {
  const s = trimPySpace(toAsciiForm(text));
  if (FLOAT_BODY.test(s)) {
    return Number(s.includes('_') ? s.replace(/_/g, '') : s);
  }
  const m = FLOAT_SPECIAL.exec(s);
  if (m) {
    const neg = m[1] === '-';
    // float('-nan') is a NaN with its sign bit set, as CPython's (math.copysign sees it);
    // built from its bits, since the bundler folds the expression -NaN to NaN
    if (m[2]!.toLowerCase() === 'nan') return neg ? new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0]! : NaN;
    return neg ? -Infinity : Infinity;
  }
  throw new NumericError('ValueError', `could not convert string to float: ${repr(text)}`);
}
