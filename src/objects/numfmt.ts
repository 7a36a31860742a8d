/*
 * numfmt.ts: number -> text, exactly as CPython 3.11 prints numbers.
 *
 * Owns:
 *   - the decimal digit engine for doubles (`floatDigits`), the equivalent of CPython's
 *     _Py_dg_dtoa in modes 0 (shortest round-trip), 2 (n significant digits) and
 *     3 (n digits after the point), always correctly rounded, ties to even on the
 *     exact binary value;
 *   - `formatFloatShort`, a line-by-line port of CPython's format_float_short
 *     (Python/pystrtod.c), which lays those digits out for the codes e f g r and the
 *     flags ADD_DOT_0 / ALT / SIGN / NO_NEG_0;
 *   - `floatRepr` (repr(float) == str(float)), `intToString`, and bin/oct/hex.
 *
 * Choices:
 *   - Mode 0 uses Number#toString, which ECMAScript defines as the shortest round-trip
 *     digit string (closest to the value, ties even), the same digits as dtoa mode 0.
 *   - Modes 2 and 3 use toPrecision/toFixed (correctly rounded, but ties go up) when
 *     an exact tie is impossible, and exact bigint arithmetic on the float's
 *     mantissa/exponent otherwise (ties, > 100 digits, |x| >= 1e21 for toFixed).
 *     A tie at 10^s scale needs v2(mantissa) + exp2 + s == -1, which is cheap to test.
 *   - No module-level mutable state; the cached powers of ten are a read-only table
 *     filled lazily (pure memoisation, results never change).
 */

/** Digits as _Py_dg_dtoa returns them: no leading zeros, no trailing zeros,
 * value = 0.DIGITS * 10^decpt. Zero is digits '0', decpt 1 (or '' when mode 3 rounds
 * a nonzero value to zero, decpt = -ndigits, as dtoa does). */
export interface FloatDigits {
  digits: string;
  decpt: number;
  negative: boolean;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** |x| = mantissa * 2^exp2 exactly, mantissa a non-negative integer < 2^53 (as number).
 * Written into `out` to avoid allocation. x must be finite. */
function decompose(x: number, out: { m: number; e: number }): void {
  f64[0] = x;
  const lo = u32[0]!;
  const hi = u32[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  const hiMant = hi & 0xfffff;
  if (biased === 0) {
    out.m = hiMant * 4294967296 + lo;
    out.e = -1074;
  } else {
    out.m = (hiMant + 0x100000) * 4294967296 + lo;
    out.e = biased - 1075;
  }
}

/** Number of trailing zero bits of a positive integer-valued number < 2^53. */
function trailingZeros(m: number): number {
  if (m === 0) return 0;
  let n = 0;
  let lo = m % 4294967296;
  if (lo === 0) {
    n = 32;
    lo = Math.floor(m / 4294967296);
  }
  // lowest set bit of lo (lo fits 32 bits unsigned)
  lo = lo >>> 0;
  return n + (31 - Math.clz32(lo & -lo));
}

const POW10_CACHE: bigint[] = [];
function pow10n(k: number): bigint {
  if (k < 64) {
    let v = POW10_CACHE[k];
    if (v === undefined) {
      v = 10n ** BigInt(k);
      POW10_CACHE[k] = v;
    }
    return v;
  }
  return 10n ** BigInt(k);
}

/** round_half_even(m * 2^e * 10^s) as a bigint (m >= 0). */
function roundScaled(m: number, e: number, s: number): bigint {
  let num = BigInt(m);
  let den = 1n;
  if (e > 0) num <<= BigInt(e);
  else if (e < 0) den <<= BigInt(-e);
  if (s > 0) num *= pow10n(s);
  else if (s < 0) den *= pow10n(-s);
  if (den === 1n) return num;
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Parse a JS toString/toPrecision/toExponential/toFixed result of a non-negative
 * finite number into dtoa-style digits/decpt. */
function parseJsNumberText(t: string, out: FloatDigits): void {
  let mant = t;
  let exp = 0;
  const ei = t.indexOf('e');
  if (ei >= 0) {
    mant = t.slice(0, ei);
    exp = +t.slice(ei + 1);
  }
  const dot = mant.indexOf('.');
  let intPart = mant;
  let frac = '';
  if (dot >= 0) {
    intPart = mant.slice(0, dot);
    frac = mant.slice(dot + 1);
  }
  let all = intPart + frac;
  let decpt = intPart.length + exp;
  // strip leading zeros
  let i = 0;
  while (i < all.length - 1 && all.charCodeAt(i) === 48) i++;
  if (i > 0) {
    all = all.slice(i);
    decpt -= i;
  }
  all = stripTrailingZeros(all);
  if (all === '0') decpt = 1;
  out.digits = all;
  out.decpt = decpt;
}

/**
 * dtoa-equivalent digit generation for a finite x.
 *   mode 0: shortest round-trip digits (ndigits ignored)
 *   mode 2: max(ndigits, 1) significant digits
 *   mode 3: ndigits digits after the decimal point (ndigits may be negative)
 */
export function floatDigits(x: number, mode: 0 | 2 | 3, ndigits: number): FloatDigits {
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = Math.abs(x);
  const out: FloatDigits = { digits: '0', decpt: 1, negative };
  if (ax === 0) return out;
  if (mode === 0) {
    parseJsNumberText(ax.toString(), out);
    return out;
  }
  const me = { m: 0, e: 0 };
  decompose(ax, me);
  const tz = trailingZeros(me.m);
  if (mode === 2) {
    const p = ndigits < 1 ? 1 : ndigits;
    let k = Math.floor(Math.log10(ax)); // estimate of the decimal exponent
    if (p <= 100) {
      // a tie is possible only if v2(m) + e + s == -1 for s = p-1-k'
      const sBase = p - 1 - k + tz + me.e;
      if (sBase + 1 !== -1 && sBase !== -1 && sBase - 1 !== -1 && sBase + 2 !== -1 && sBase - 2 !== -1) {
        parseJsNumberText(ax.toExponential(p - 1), out);
        return out;
      }
    }
    const lo = pow10n(p - 1);
    const hi = lo * 10n;
    for (;;) {
      const q = roundScaled(me.m, me.e, p - 1 - k);
      if (q >= hi) { k++; continue; }
      if (q < lo) { k--; continue; }
      out.digits = stripTrailingZeros(q.toString());
      out.decpt = k + 1;
      return out;
    }
  }
  // mode 3
  if (ndigits <= 100 && ndigits >= 0 && ax < 1e21 && tz + me.e + ndigits !== -1) {
    parseJsNumberText(ax.toFixed(ndigits), out);
    if (out.digits === '0') {
      out.digits = '';
      out.decpt = 0 - ndigits;
    }
    return out;
  }
  const q = roundScaled(me.m, me.e, ndigits);
  if (q === 0n) {
    out.digits = '';
    out.decpt = 0 - ndigits;
    return out;
  }
  const s = q.toString();
  const stripped = stripTrailingZeros(s);
  out.digits = stripped;
  out.decpt = s.length - ndigits;
  return out;
}

/** Flags of format_float_short (Py_DTSF_*). */
export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/** The largest precision fixedFromScaled takes: 10 ** 15 scales a value below 4.5 into
 * the integers it can count exactly. */
const FIXED_FAST_MAX_PRECISION = 15;
const FIXED_POW10: readonly number[] = Array.from({ length: FIXED_FAST_MAX_PRECISION + 1 }, (_, k) => 10 ** k);

/**
 * ax (positive, finite) in fixed notation with `precision` digits after the point, when
 * the product ax * 10 ** precision decides the rounding alone, else null (the caller uses
 * toFixed: V8's runtime call costs ~100-200 ns, most of a '{:.2f}'). The product is
 * correctly rounded: within half an ulp of the exact scaled value, so when its fraction is
 * further than an ulp from one half, the exact value rounds to the same integer (no tie is
 * that far from one half, so round-half-even never enters). Below 2 ** 52 the integer
 * and fraction parts are exact, and so are n % 10 ** p and the division after it.
 */
function fixedFromScaled(ax: number, precision: number): string | null {
  const scale = FIXED_POW10[precision]!;
  const scaled = ax * scale;
  if (!(scaled < 4503599627370496)) return null;
  const whole = Math.floor(scaled);
  const frac = scaled - whole;
  if (Math.abs(frac - 0.5) <= scaled * 4.5e-16) return null;
  const n = frac > 0.5 ? whole + 1 : whole;
  if (precision === 0) return String(n);
  const fracPart = n % scale;
  const digits = String(fracPart);
  return String((n - fracPart) / scale) + '.' + (digits.length < precision ? '0'.repeat(precision - digits.length) + digits : digits);
}

/**
 * Port of CPython's PyOS_double_to_string / format_float_short.
 * code: 'e' 'E' 'f' 'F' 'g' 'G' 'r'; precision as CPython's (ignored for 'r').
 * Infinities and NaN print as inf/nan (INF/NAN for upper-case codes), with the sign
 * rules of CPython (nan never negative).
 */
export function formatFloatShort(x: number, code: string, precision: number, flags: number): string {
  if (code === 'f' && flags === 0 && precision <= 100 && Number.isFinite(x)) {
    // Hot path ('%.2f', '{:.3f}'): toFixed has the same layout; only exact ties differ.
    const ax = x < 0 ? -x : x;
    if (ax < 1e21) {
      if (ax === 0) return (1 / x < 0 ? '-' : '') + ax.toFixed(precision);
      if (precision <= FIXED_FAST_MAX_PRECISION) {
        const fast = fixedFromScaled(ax, precision);
        if (fast !== null) return x < 0 ? '-' + fast : fast;
      }
      const me = { m: 0, e: 0 };
      decompose(ax, me);
      if (trailingZeros(me.m) + me.e + precision !== -1) return x.toFixed(precision);
    }
  }
  let upper = false;
  let fc = code;
  let mode: 0 | 2 | 3;
  switch (code) {
    case 'E': upper = true; fc = 'e'; mode = 2; precision++; break;
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; fc = 'f'; mode = 3; break;
    case 'f': mode = 3; break;
    case 'G': upper = true; fc = 'g'; mode = 2; if (precision === 0) precision = 1; break;
    case 'g': mode = 2; if (precision === 0) precision = 1; break;
    case 'r': mode = 0; precision = 0; break;
    default: throw new Error(`formatFloatShort: bad code ${code}`);
  }
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  if (!Number.isFinite(x)) {
    let body: string;
    let neg = false;
    if (Number.isNaN(x)) body = 'nan';
    else { body = 'inf'; neg = x < 0; }
    if (upper) body = body.toUpperCase();
    if (neg) return '-' + body;
    return alwaysSign ? '+' + body : body;
  }
  const useAlt = (flags & DTSF_ALT) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const d = floatDigits(x, mode, precision);
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let negative = d.negative;
  if (negative && (flags & DTSF_NO_NEG_0) !== 0 && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) {
    negative = false;
  }

  let vdigitsEnd = digitsLen;
  let useExp = false;
  switch (fc) {
    case 'e': useExp = true; vdigitsEnd = precision; break;
    case 'f': vdigitsEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (useAlt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let s = negative ? '-' : alwaysSign ? '+' : '';
  if (decpt <= 0) {
    s += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else if (vdigitsStart < 0) {
    s += '0'.repeat(-vdigitsStart);
  }
  if (0 < decpt && decpt <= digitsLen) {
    s += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    s += digits;
  }
  if (digitsLen < decpt) {
    s += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else if (vdigitsEnd > digitsLen) {
    s += '0'.repeat(vdigitsEnd - digitsLen);
  }
  if (s.charCodeAt(s.length - 1) === 46 /* . */ && !useAlt) s = s.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    s += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return s;
}

/** repr(float) and str(float), exactly as CPython 3.11. Hot path. */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // JS prints plain decimal in this range with the same shortest digits.
    const t = String(x);
    if (Number.isInteger(x)) return t + '.0';
    return t;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x < 0 ? '-inf' : 'inf';
  // Exponent form. JS's text has the same shortest digits: "d.ddde-7" below 1e-6,
  // "0.0000ddd" in [1e-6, 1e-4), plain "ddd000" in [1e16, 1e21), "d.ddde+21" above.
  const t = String(ax);
  const sign = x < 0 ? '-' : '';
  const ei = t.indexOf('e');
  if (ei >= 0) {
    const exp = +t.slice(ei + 1);
    const ae = exp < 0 ? -exp : exp;
    return sign + t.slice(0, ei) + (exp < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' + ae : String(ae));
  }
  let digits: string;
  let exp: number;
  if (ax < 1) {
    let i = 2; // skip "0."
    while (t.charCodeAt(i) === 48) i++;
    digits = t.slice(i);
    exp = 1 - i;
  } else {
    digits = stripTrailingZeros(t);
    exp = t.length - 1;
  }
  const mant = digits.length === 1 ? digits : digits[0] + '.' + digits.slice(1);
  return sign + mant + (exp < 0 ? 'e-0' : 'e+') + (exp < 0 ? -exp : exp);
}


/**
 * str(int) with CPython 3.11's int_max_str_digits limit (sys.set_int_max_str_digits;
 * default 4300, 0 = unlimited): beyond it throws makeError(message) (pass a function
 * building the ValueError; formatspec passes NumericError), else a RangeError.
 * Used by str()/repr(), format 'd'/'n'/'' and '%d'.
 */
export function intToDecimal(v: bigint | number, maxStrDigits = 4300, makeError?: (msg: string) => Error): string {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : BigInt(v).toString();
  const s = v.toString();
  // The limit can be as low as 640 digits: compare the text's length (less its sign) itself.
  if (maxStrDigits > 0 && s.length > maxStrDigits) {
    const digits = s.length - (v < 0n ? 1 : 0);
    if (digits > maxStrDigits) {
      const msg = `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
      throw makeError ? makeError(msg) : new RangeError(msg);
    }
  }
  return s;
}

/** Digits of an integer in base 2..36, lower-case, '-' for negatives, no prefix. */
export function intToString(v: bigint | number, base = 10): string {
  if (base < 2 || base > 36) throw new RangeError('base must be in 2..36');
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return v.toString(base);
    return BigInt(v).toString(base);
  }
  return v.toString(base);
}

/** Python's bin()/oct()/hex(): sign before the prefix ('-0b101'). */
function prefixed(v: bigint | number, base: number, prefix: string): string {
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  if (neg) {
    const abs = typeof v === 'number' ? -v : -v;
    return '-' + prefix + intToString(abs, base);
  }
  return prefix + intToString(v, base);
}

export function intToBin(v: bigint | number): string { return prefixed(v, 2, '0b'); }
export function intToOct(v: bigint | number): string { return prefixed(v, 8, '0o'); }
export function intToHex(v: bigint | number): string { return prefixed(v, 16, '0x'); }

