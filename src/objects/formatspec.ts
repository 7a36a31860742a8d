/*
 * formatspec.ts: Python's format-spec mini-language (format(), str.format, f-strings)
 * for int, float and str, printf-style `str % args`, and round() for floats.
 *
 * Ports of CPython 3.11 Python/formatter_unicode.c (parse_internal_render_format_spec,
 * calc_number_widths, fill_number, format_long_internal, format_float_internal,
 * format_string_internal) and of PyUnicode_Format's argument handling
 * (Objects/unicodeobject.c), with CPython's error messages.
 *
 * Errors: these are pure functions on JS values; a Python exception is thrown as a
 * `NumericError` (pyType + message, from intmath.ts). The object layer catches it at its
 * boundary and raises the heap exception. Callbacks given to `percentFormat` may throw
 * whatever the object layer uses; it passes through untouched.
 *
 * Lengths: Python counts code points. Widths, precisions and fill characters here count
 * code points too (a fill may be an astral character, i.e. two UTF-16 units).
 *
 * Locale: 'n' behaves as in the C locale (no grouping, '.' decimal point), which is
 * what CPython does unless a program calls locale.setlocale.
 */

import { NumericError, bigintToFloat } from './intmath.js';
import { formatFloatShort, floatDigits, intToDecimal, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from './numfmt.js';

const limitError = (msg: string): NumericError => new NumericError('ValueError', msg);

/** A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type] */
export interface FormatSpec {
  fill: string;
  align: string; // '' when not given
  sign: string; // '', '+', '-', ' '
  noNeg0: boolean;
  alternate: boolean;
  width: number; // -1 when not given
  thousands: '' | ',' | '_' | '_4';
  precision: number; // -1 when not given
  type: string; // '' when not given (int: 'd', str: 's' by default)
}

const MAX_SSIZE = 9223372036854775807n;

function valueError(msg: string): NumericError {
  return new NumericError('ValueError', msg);
}

function isAlign(c: string): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function codeRepr(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp > 32 && cp < 128) return `'${ch}'`;
  return `'\\x${cp.toString(16)}'`;
}

function unknownCode(type: string, typeName: string): NumericError {
  return valueError(`Unknown format code ${codeRepr(type)} for object of type '${typeName}'`);
}

/** Reads a run of decimal digits at pos; returns [value, newPos]; value -1 if none. */
function readInteger(spec: string, pos: number): [number, number] {
  const start = pos;
  while (pos < spec.length) {
    const c = spec.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    pos++;
  }
  if (pos === start) return [-1, pos];
  const text = spec.slice(start, pos);
  if (text.length > 15) {
    const big = BigInt(text);
    if (big > MAX_SSIZE) throw valueError('Too many decimal digits in format string');
    return [Number(big), pos];
  }
  return [+text, pos];
}

/**
 * Parses a non-empty format spec as CPython does. defaultType: 'd' for int, '' for
 * float, 's' for str. defaultAlign: '>' for numbers, '<' for str.
 */
/** Parsed specs of the three common callers (formatInt, formatFloat, formatStr for their own
 * type names), by spec text: an f-string's spec is parsed once. Read-only once made. */
const parsedIntSpecs = new Map<string, FormatSpec>();
const parsedFloatSpecs = new Map<string, FormatSpec>();
const parsedStrSpecs = new Map<string, FormatSpec>();
const PARSED_SPECS_MAX = 1024;

/** parseFormatSpec through `memo` (a spec that raises is not remembered). */
function parseFormatSpecMemo(memo: Map<string, FormatSpec>, spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  let f = memo.get(spec);
  if (f === undefined) {
    f = parseFormatSpec(spec, defaultType, defaultAlign, typeName);
    if (memo.size >= PARSED_SPECS_MAX) memo.clear();
    memo.set(spec, f);
  }
  return f;
}

export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  const f: FormatSpec = {
    fill: ' ', align: '', sign: '', noNeg0: false, alternate: false,
    width: -1, thousands: '', precision: -1, type: defaultType,
  };
  let pos = 0;
  const end = spec.length;
  let fillSpecified = false;
  let alignSpecified = false;
  // fill may be an astral character (surrogate pair)
  const c0 = spec.charCodeAt(0);
  const fillLen = c0 >= 0xd800 && c0 <= 0xdbff && end >= 2 ? 2 : 1;
  if (end - pos >= fillLen + 1 && isAlign(spec[fillLen]!)) {
    f.fill = spec.slice(0, fillLen);
    f.align = spec[fillLen]!;
    fillSpecified = alignSpecified = true;
    pos = fillLen + 1;
  } else if (end - pos >= 1 && isAlign(spec[pos]!)) {
    f.align = spec[pos]!;
    alignSpecified = true;
    pos++;
  }
  if (pos < end) {
    const c = spec[pos];
    if (c === '+' || c === '-' || c === ' ') { f.sign = c; pos++; }
  }
  if (pos < end && spec[pos] === 'z') { f.noNeg0 = true; pos++; }
  if (pos < end && spec[pos] === '#') { f.alternate = true; pos++; }
  if (!fillSpecified && pos < end && spec[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const [width, p1] = readInteger(spec, pos);
  f.width = width;
  pos = p1;
  if (pos < end && spec[pos] === ',') { f.thousands = ','; pos++; }
  if (pos < end && spec[pos] === '_') {
    if (f.thousands !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (pos < end && spec[pos] === ',' && f.thousands === '_') {
    throw valueError("Cannot specify both ',' and '_'.");
  }
  if (pos < end && spec[pos] === '.') {
    pos++;
    const [prec, p2] = readInteger(spec, pos);
    if (prec < 0) throw valueError('Format specifier missing precision');
    f.precision = prec;
    pos = p2;
  }
  // remaining: at most one (code point) type character
  const rest = spec.slice(pos);
  if (rest.length > 0) {
    const cp = rest.codePointAt(0)!;
    const cpLen = cp > 0xffff ? 2 : 1;
    if (rest.length > cpLen) {
      throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
    f.type = rest;
  }
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands === '_') { f.thousands = '_4'; break; }
        throw valueError(`Cannot specify '${f.thousands}' with ${codeRepr(f.type)}.`);
      default:
        throw valueError(`Cannot specify '${f.thousands}' with ${codeRepr(f.type)}.`);
    }
  }
  return f;
}

/** Python len(): code points. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

function codePointSlice(s: string, count: number): string {
  if (count >= s.length) return s;
  let units = 0;
  for (let i = 0; i < count && units < s.length; i++) {
    const c = s.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < s.length ? 2 : 1;
  }
  return s.slice(0, units);
}

/**
 * Digit grouping as _PyUnicode_InsertThousandsGrouping: group digits from the right
 * in groups of `group` (0: no grouping) with `sep`, left-padding with '0' (grouped too)
 * to at least minWidth characters.
 */
function groupDigits(digits: string, group: number, sep: string, minWidth: number): string {
  let remaining = digits.length;
  let out = '';
  let useSep = false;
  let loopBroken = false;
  if (group > 0) {
    for (;;) {
      let l = Math.min(group, Math.max(Math.max(remaining, minWidth), 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      const piece = '0'.repeat(nZeros) + digits.slice(remaining - nChars, remaining);
      out = piece + (useSep ? sep : '') + out;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) { loopBroken = true; break; }
      minWidth -= sep.length;
    }
  }
  if (!loopBroken) {
    const l = Math.max(Math.max(remaining, minWidth), 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(nZeros) + digits.slice(remaining - nChars, remaining) + (useSep ? sep : '') + out;
  }
  return out;
}

/**
 * calc_number_widths + fill_number. `digits`: integer-part digits (may be empty);
 * `remainder`: text after the decimal point (or the whole text for 'c', inf, nan);
 * hasDecimal: a '.' between them.
 */
export function renderNumber(
  f: FormatSpec, signChar: string, prefix: string, digits: string, hasDecimal: boolean,
  remainder: string, upper: boolean, useLocaleN: boolean,
): string {
  let sign = '';
  if (signChar === '-') sign = '-';
  else if (f.sign === '+') sign = '+';
  else if (f.sign === ' ') sign = ' ';
  let group = 0;
  let sep = '';
  if (!useLocaleN) {
    if (f.thousands === ',') { group = 3; sep = ','; }
    else if (f.thousands === '_') { group = 3; sep = '_'; }
    else if (f.thousands === '_4') { group = 4; sep = '_'; }
  }
  const align = f.align === '' ? '>' : f.align;
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + codePointLength(remainder);
  const minWidth = f.fill === '0' && align === '=' ? f.width - nonDigit : 0;
  let grouped: string;
  if (digits.length === 0) grouped = ''; // only 'c', inf and nan: CPython groups nothing
  else if (group === 0 && minWidth <= digits.length) grouped = digits;
  else grouped = groupDigits(digits, group, sep, minWidth);
  const nPadding = f.width - (nonDigit + grouped.length);
  let lpad = 0, spad = 0, rpad = 0;
  if (nPadding > 0) {
    switch (align) {
      case '<': rpad = nPadding; break;
      case '^': lpad = nPadding >> 1; rpad = nPadding - lpad; break;
      case '=': spad = nPadding; break;
      default: lpad = nPadding; break;
    }
  }
  let pre = prefix;
  if (upper) { pre = pre.toUpperCase(); grouped = grouped.toUpperCase(); }
  let s = '';
  if (lpad) s += f.fill.repeat(lpad);
  s += sign + pre;
  if (spad) s += f.fill.repeat(spad);
  s += grouped;
  if (hasDecimal) s += '.';
  s += remainder;
  if (rpad) s += f.fill.repeat(rpad);
  return s;
}

/** format(int, spec). typeName is used in messages ('int', 'bool', or a subclass). */
export function formatInt(v: bigint | number, spec: string, typeName = 'int', maxStrDigits = 4300): string {
  const big = typeof v === 'bigint';
  if (spec === '') return intToDecimal(v, maxStrDigits, limitError);
  const f = typeName === 'int' ? parseFormatSpecMemo(parsedIntSpecs, spec, 'd', '>', typeName) : parseFormatSpec(spec, 'd', '>', typeName);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatParsed(big ? bigintToFloat(v as bigint) : (v as number), f);
    default:
      throw unknownCode(f.type, typeName);
  }
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    const x = big ? (v as bigint) : BigInt(v);
    checkCLong(x);
    if (x < 0n || x > 0x10ffffn) throw new NumericError('OverflowError', '%c arg not in range(0x110000)');
    return renderNumber(f, '', '', '', false, String.fromCodePoint(Number(x)), false, false);
  }
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': case 'X': base = 16; prefix = '0x'; break;
  }
  let text = base === 10 ? intToDecimal(v, maxStrDigits, limitError) : v.toString(base);
  let signChar = '';
  if (text.charCodeAt(0) === 45) { signChar = '-'; text = text.slice(1); }
  return renderNumber(f, signChar, f.alternate ? prefix : '', text, false, '', f.type === 'X', f.type === 'n');
}

function checkCLong(x: bigint): void {
  if (x >= 9223372036854775808n || x < -9223372036854775808n) {
    throw new NumericError('OverflowError', 'Python int too large to convert to C long');
  }
}

function formatFloatParsed(x: number, f: FormatSpec): string {
  let type = f.type;
  let flags = 0;
  let defaultPrecision = 6;
  if (f.precision > 2147483647) throw valueError('precision too big');
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') { flags |= DTSF_ADD_DOT_0; type = 'r'; defaultPrecision = 0; }
  if (type === 'n') type = 'g';
  let addPct = false;
  if (type === '%') { type = 'f'; x *= 100; addPct = true; }
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = formatFloatShort(x, type, precision, flags);
  if (addPct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.thousands === '') return buf;
  let signChar = '';
  let i = 0;
  if (buf.charCodeAt(0) === 45) { signChar = '-'; i = 1; }
  let j = i;
  while (j < buf.length) {
    const c = buf.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  const digits = buf.slice(i, j);
  const hasDecimal = j < buf.length && buf.charCodeAt(j) === 46;
  const remainder = buf.slice(hasDecimal ? j + 1 : j);
  return renderNumber(f, signChar, '', digits, hasDecimal, remainder, false, f.type === 'n');
}

/** format(float, spec). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return formatFloatShort(x, 'r', 0, DTSF_ADD_DOT_0);
  const f = typeName === 'float' ? parseFormatSpecMemo(parsedFloatSpecs, spec, '', '>', typeName) : parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatParsed(x, f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

/** format(str, spec). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = typeName === 'str' ? parseFormatSpecMemo(parsedStrSpecs, spec, 's', '<', typeName) : parseFormatSpec(spec, 's', '<', typeName);
  if (f.type !== 's') throw unknownCode(f.type, typeName);
  if (f.sign !== '') {
    throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = codePointLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  let body = s;
  if (f.precision >= 0 && len >= f.precision) { body = codePointSlice(s, f.precision); len = f.precision; }
  return padAligned(body, len, f.width, f.align === '' ? '<' : f.align, f.fill);
}

function padAligned(body: string, len: number, width: number, align: string, fill: string): string {
  const total = width > len ? width : len;
  let lpad: number;
  if (align === '>') lpad = total - len;
  else if (align === '^') lpad = (total - len) >> 1;
  else lpad = 0;
  const rpad = total - len - lpad;
  return (lpad ? fill.repeat(lpad) : '') + body + (rpad ? fill.repeat(rpad) : '');
}

// ---------------------------------------------------------------------------------------
// round()

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for a float x (ndigits given): correctly rounded, half-even on the
 * exact binary value, as CPython's double_round. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  if (x === 0) return x;
  const d = floatDigits(x, 3, ndigits);
  const text = (d.negative ? '-' : '') + '0' + d.digits + 'e' + (d.decpt - d.digits.length);
  const r = Number(text);
  if (!Number.isFinite(r)) throw new NumericError('OverflowError', 'rounded value too large to represent');
  return r;
}

/** round(x) for a float x: the nearest integer, ties to even, as a bigint. */
export function roundFloatToInt(x: number): bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new NumericError('OverflowError', 'cannot convert float infinity to integer');
  let r = Math.trunc(x);
  const frac = x - r;
  const af = frac < 0 ? -frac : frac;
  if (af > 0.5 || (af === 0.5 && r % 2 !== 0)) r += x < 0 ? -1 : 1;
  return BigInt(r);
}

// ---------------------------------------------------------------------------------------
// printf-style formatting: str % args

/** How `percentFormat` reaches arbitrary Python values. V is the object layer's value. */
export interface PercentCallbacks<V> {
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** type(v).__name__ for messages. */
  typeName(v: V): string;
  /** For %d %i %u (indexOnly false: int(v) semantics, floats truncate) and %o %x %X
   * (indexOnly true: __index__ only). Return null when v is not acceptable. */
  toInt(v: V, indexOnly: boolean): bigint | number | null;
  /** float(v) for %e %f %g; null when v is not a real number. */
  toFloat(v: V): number | null;
  /** For %c: a str value (any length: checked here), an int code point, or null. */
  charArg(v: V): string | bigint | number | null;
  /** mapping[key] for %(key)s; throws the object layer's KeyError itself. */
  getItem(mapping: V, key: string): V;
  /** sys.get_int_max_str_digits() (0 = no limit) for %d/%i/%u; 4300 when absent. */
  maxStrDigits?(): number;
  /** bytes % args (PyBytes_Format): the format and the result are latin-1 text, str()
   * means the bytes of a bytes-like / __bytes__ value (%s and %b), %r is %a, %c takes an
   * int in range(256) or one byte, messages say "bytes formatting". */
  bytesMode?: boolean;
}

/** The right operand of %: a tuple's items, or one value. isMapping follows CPython's
 * PyMapping_Check(v) && !tuple && !str: true when the type defines __getitem__ (dict, but
 * also list), which enables %(key)s and silences "not all arguments converted". */
export type PercentArgs<V> =
  | { kind: 'tuple'; items: readonly V[] }
  | { kind: 'single'; value: V; isMapping: boolean };

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

function typeError(msg: string): NumericError {
  return new NumericError('TypeError', msg);
}

/** The F_* bit of a printf conversion flag character (- + space # 0), 0 for any other. */
function percentFlag(c: number): number {
  switch (c) {
    case 45: return F_LJUST; // -
    case 43: return F_SIGN; // +
    case 32: return F_BLANK; // space
    case 35: return F_ALT; // #
    case 48: return F_ZERO; // 0
    default: return 0;
  }
}

/** `format % args` exactly as CPython's PyUnicode_Format. */
export function percentFormat<V>(format: string, args: PercentArgs<V>, cb: PercentCallbacks<V>): string {
  // CPython's ctx->args / arglen / argidx: a non-tuple is one argument with
  // arglen -1, argidx -2; a %(key) lookup makes the looked-up value the only argument.
  let items: readonly V[] = args.kind === 'tuple' ? args.items : [];
  let single: V | undefined = args.kind === 'single' ? args.value : undefined;
  let argLen = args.kind === 'tuple' ? items.length : -1;
  let argIndex = args.kind === 'tuple' ? 0 : -2;
  const mapping = args.kind === 'single' && args.isMapping ? args.value : undefined;
  const nextArg = (): V => {
    if (argIndex < argLen) {
      const i = argIndex++;
      return argLen < 0 ? (single as V) : items[i]!;
    }
    throw typeError('not enough arguments for format string');
  };
  let out = '';
  let pos = 0;
  const n = format.length;
  while (pos < n) {
    const pct = format.indexOf('%', pos);
    if (pct < 0) { out += format.slice(pos); break; }
    out += format.slice(pos, pct);
    pos = pct + 1;
    if (pos >= n) throw valueError('incomplete format');
    if (format.charCodeAt(pos) === 37) { out += '%'; pos++; continue; }
    if (format[pos] === '(') {
      if (mapping === undefined) throw typeError('format requires a mapping');
      pos++;
      let depth = 1;
      const keyStart = pos;
      while (pos < n && depth > 0) {
        const c = format[pos];
        if (c === ')') depth--;
        else if (c === '(') depth++;
        pos++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      const key = format.slice(keyStart, pos - 1);
      single = cb.getItem(mapping, key);
      items = [];
      argLen = -1;
      argIndex = -2;
    }
    let flags = 0;
    for (let f = 0; pos < n && (f = percentFlag(format.charCodeAt(pos))) !== 0; pos++) flags |= f;
    let width = -1;
    if (pos < n && format[pos] === '*') {
      const w = cb.toInt(nextArg(), true);
      if (w === null || typeof w === 'bigint' && (w > 2147483647n || w < -2147483647n)) {
        if (w === null) throw typeError('* wants int');
        // PyLong_AsSsize_t in CPython 3.11
        if (w > MAX_SSIZE || w < -MAX_SSIZE - 1n) throw new NumericError('OverflowError', 'Python int too large to convert to C ssize_t');
        throw new NumericError('OverflowError', 'Python int too large to convert to C int');
      }
      let wn = Number(w);
      if (wn < 0) { flags |= F_LJUST; wn = -wn; }
      width = wn;
      pos++;
    } else {
      const start = pos;
      while (pos < n && format.charCodeAt(pos) >= 48 && format.charCodeAt(pos) <= 57) pos++;
      if (pos > start) {
        const w = +format.slice(start, pos);
        if (w > 2147483647) throw valueError('width too big');
        width = w;
      }
    }
    let prec = -1;
    if (pos < n && format[pos] === '.') {
      pos++;
      if (pos < n && format[pos] === '*') {
        const p = cb.toInt(nextArg(), true);
        if (p === null) throw typeError('* wants int');
        // _PyLong_AsInt in CPython 3.11
        if (p > 2147483647 || p < -2147483648) throw new NumericError('OverflowError', 'Python int too large to convert to C int');
        prec = Number(p);
        if (prec < 0) prec = 0;
        pos++;
      } else {
        const start = pos;
        while (pos < n && format.charCodeAt(pos) >= 48 && format.charCodeAt(pos) <= 57) pos++;
        const p = pos > start ? +format.slice(start, pos) : 0;
        if (p > 2147483647) throw valueError('precision too big');
        prec = p;
      }
    }
    if (pos >= n) throw valueError('incomplete format');
    // length modifiers are accepted and ignored (as CPython does)
    while (pos < n && (format[pos] === 'h' || format[pos] === 'l' || format[pos] === 'L')) pos++;
    if (pos >= n) throw valueError('incomplete format');
    const cp = format.codePointAt(pos)!;
    const ch = String.fromCodePoint(cp);
    const chIndex = pos;
    pos += ch.length;
    if (ch === '%') {
      // '%%' after flags/width: CPython reports it as unsupported (after taking an arg)
      nextArg();
      throw valueError(`unsupported format character '%' (0x25) at index ${chIndex}`);
    }
    const arg = nextArg();
    out += formatOneArg(ch, cp, chIndex, arg, flags, width, prec, cb);
  }
  if (argIndex < argLen && mapping === undefined) {
    throw typeError(`not all arguments converted during ${cb.bytesMode === true ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

/**
 * A printf-style format whose conversions are all plain (flags, a width and a precision
 * written as digits; no %(key), no `*`, no length modifier), parsed once: str % args in a
 * loop re-parsed the same format at every call. `literals[i]` is the text before conversion
 * i (%% already folded), `literals[n]` the text after the last; the rest are per conversion.
 * Rendering one conversion is formatOneArg, exactly as percentFormat does it.
 */
export interface PercentTemplate {
  literals: string[];
  chars: string[];
  indexes: number[];
  flags: number[];
  widths: number[];
  precs: number[];
}

const TEMPLATE_CONVERSIONS = 'sradiuoxXeEfFgGc';

/** The template of `format`, or null when it has anything but plain conversions or is
 * malformed (percentFormat then handles it, with its errors in CPython's order). */
export function percentTemplate(format: string): PercentTemplate | null {
  const t: PercentTemplate = { literals: [], chars: [], indexes: [], flags: [], widths: [], precs: [] };
  let lit = '';
  let pos = 0;
  const n = format.length;
  while (pos < n) {
    const pct = format.indexOf('%', pos);
    if (pct < 0) { lit += format.slice(pos); break; }
    lit += format.slice(pos, pct);
    pos = pct + 1;
    if (pos >= n) return null;
    if (format.charCodeAt(pos) === 37) { lit += '%'; pos++; continue; }
    let flags = 0;
    for (let f = 0; pos < n && (f = percentFlag(format.charCodeAt(pos))) !== 0; pos++) flags |= f;
    let width = -1;
    let start = pos;
    while (pos < n && format.charCodeAt(pos) >= 48 && format.charCodeAt(pos) <= 57) pos++;
    if (pos > start) {
      if (pos - start > 9) return null;
      width = +format.slice(start, pos);
    }
    let prec = -1;
    if (pos < n && format[pos] === '.') {
      pos++;
      start = pos;
      while (pos < n && format.charCodeAt(pos) >= 48 && format.charCodeAt(pos) <= 57) pos++;
      if (pos - start > 9) return null;
      prec = pos > start ? +format.slice(start, pos) : 0;
    }
    if (pos >= n || !TEMPLATE_CONVERSIONS.includes(format[pos]!)) return null;
    t.literals.push(lit);
    lit = '';
    t.chars.push(format[pos]!);
    t.indexes.push(pos);
    t.flags.push(flags);
    t.widths.push(width);
    t.precs.push(prec);
    pos++;
  }
  t.literals.push(lit);
  return t;
}

/** Conversion i of template t applied to v (one step of percentFormat's loop). */
export function percentTemplateConversion<V>(t: PercentTemplate, i: number, v: V, cb: PercentCallbacks<V>): string {
  const ch = t.chars[i]!;
  return formatOneArg(ch, ch.charCodeAt(0), t.indexes[i]!, v, t.flags[i]!, t.widths[i]!, t.precs[i]!, cb);
}

function formatOneArg<V>(ch: string, cp: number, index: number, v: V, flags: number, width: number, prec: number, cb: PercentCallbacks<V>): string {
  let body: string;
  if (cb.bytesMode === true) {
    if (ch === 'b') ch = 's';
    else if (ch === 'r') ch = 'a';
    else if (ch === 'c') {
      const c = cb.charArg(v);
      const message = '%c requires an integer in range(256) or a single byte';
      if (c === null || typeof c === 'string' && c.length !== 1) throw typeError(message);
      if (typeof c === 'string') body = c;
      else {
        const x = typeof c === 'bigint' ? c : BigInt(c);
        // PyLong_AsLongAndOverflow: an overflow is reported as out of range
        if (x < 0n || x > 255n) throw new NumericError('OverflowError', '%c arg not in range(256)');
        body = String.fromCharCode(Number(x));
      }
      return padPercent(body, width, flags & F_LJUST ? '<' : '>');
    }
  }
  switch (ch) {
    case 's': case 'r': case 'a': {
      body = ch === 's' ? cb.str(v) : ch === 'r' ? cb.repr(v) : cb.ascii(v);
      if (prec >= 0) body = codePointSlice(body, prec);
      return padPercent(body, width, flags & F_LJUST ? '<' : '>');
    }
    case 'c': {
      const c = cb.charArg(v);
      if (c === null) throw typeError('%c requires int or char');
      if (typeof c === 'string') {
        if (codePointLength(c) !== 1) throw typeError('%c requires int or char');
        body = c;
      } else {
        const x = typeof c === 'bigint' ? c : BigInt(c);
        // PyLong_AsLongAndOverflow: an overflow is reported as out of range
        if (x < 0n || x > 0x10ffffn) throw new NumericError('OverflowError', '%c arg not in range(0x110000)');
        body = String.fromCodePoint(Number(x));
      }
      return padPercent(body, width, flags & F_LJUST ? '<' : '>');
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      const indexOnly = ch === 'o' || ch === 'x' || ch === 'X';
      const iv = cb.toInt(v, indexOnly);
      if (iv === null) {
        throw typeError(`%${ch} format: ${indexOnly ? 'an integer' : 'a real number'} is required, not ${cb.typeName(v)}`);
      }
      const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10;
      let digits = base === 10 ? intToDecimal(iv, cb.maxStrDigits === undefined ? 4300 : cb.maxStrDigits(), limitError) : iv.toString(base);
      let neg = false;
      if (digits.charCodeAt(0) === 45) { neg = true; digits = digits.slice(1); }
      if (ch === 'X') digits = digits.toUpperCase();
      if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
      let prefix = '';
      if (flags & F_ALT) {
        if (ch === 'o') prefix = '0o';
        else if (ch === 'x') prefix = '0x';
        else if (ch === 'X') prefix = '0X';
      }
      return padNumberPercent(neg, prefix, digits, flags, width);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = cb.toFloat(v);
      // bytes formatting (PyBytes_Format's formatfloat) words it as a float argument
      if (x === null) throw typeError(cb.bytesMode === true ? `float argument required, not ${cb.typeName(v)}` : `must be real number, not ${cb.typeName(v)}`);
      let fl = 0;
      if (flags & F_ALT) fl |= DTSF_ALT;
      const text = formatFloatShort(x, ch, prec < 0 ? 6 : prec, fl);
      const neg = text.charCodeAt(0) === 45;
      return padNumberPercent(neg, '', neg ? text.slice(1) : text, flags, width);
    }
    default: {
      const shown = cp >= 31 && cp <= 126 ? ch : '?';
      throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
    }
  }
}

function padPercent(body: string, width: number, align: string): string {
  const len = codePointLength(body);
  if (width <= len) return body;
  return padAligned(body, len, width, align, ' ');
}

function padNumberPercent(neg: boolean, prefix: string, digits: string, flags: number, width: number): string {
  let sign = '';
  if (neg) sign = '-';
  else if (flags & F_SIGN) sign = '+';
  else if (flags & F_BLANK) sign = ' ';
  const len = sign.length + prefix.length + digits.length;
  if (width <= len) return sign + prefix + digits;
  const pad = width - len;
  if (flags & F_LJUST) return sign + prefix + digits + ' '.repeat(pad);
  if (flags & F_ZERO) return sign + prefix + '0'.repeat(pad) + digits;
  return ' '.repeat(pad) + sign + prefix + digits;
}

