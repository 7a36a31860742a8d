/*
 * The math module (CPython 3.11's Modules/mathmodule.c, the functions gilvm scripts use),
 * plus the small helpers every built-in module of src/modules shares: defining a module's
 * natives at import time (`defineFunctions`: the native table must be identical in every
 * executor, so natives are never defined per interpreter), building the module object
 * (`makeModule`), argument conversion (`floatArg`, `intArgBig`, `intArgNumber`) and
 * argument-count / keyword checks.
 *
 * Numerics reuse objects/intmath.ts: factorial, gcd, lcm, isqrt, comb, perm, the
 * correctly rounded crExp/crLog (glibc-compatible: V8's Math.exp/log differ from glibc in
 * the last bit for some inputs), floatPow; and objects/libm.ts: glibc's algorithms where
 * they are not correctly rounded (sin, cos, pow, ...). Error rules follow
 * CPython's math_1/math_2: a NaN result from a non-NaN argument is ValueError('math
 * domain error'); an infinite result from a finite argument is OverflowError('math range
 * error') for functions that can overflow, a domain error otherwise.
 *
 * fsum is exact (Shewchuk's partials with CPython's final half-way correction). log of an
 * int too large for a float uses frexp (log(m) + e*log(2)) as CPython's loghelper. erf and
 * erfc are CPython's former portable implementations (series below 1.5, continued fraction
 * above), which may differ from glibc in the last bit. gamma/lgamma are CPython's own
 * Lanczos implementations (m_tgamma, m_lgamma), on the glibc-compatible exp/log/sin/cos.
 *
 * No mutable state, except frexp's scratch view of one double: written and read within one
 * call (each JS thread has its own module instance), so nothing survives between calls.
 */
import { NULL, type Ref } from '../heap/layout.js';
import * as L from '../objects/libm.js';
import type { Runtime } from '../vm/runtime.js';
import { decref } from '../vm/refs.js';
import { raiseTypeError, raiseValueError, raiseOverflow, raiseZeroDivision, raiseNew, errOccurred } from '../vm/errors.js';
import { defineNative, type NativeFn } from '../vm/natives.js';
import { callWithSelf0 } from '../vm/call.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, typeOf } from '../objects/object.js';
import { warnDeprecatedFromMain } from '../vm/traceback.js';
import * as A from '../objects/abstract.js';
import { dictNew, dictSetItem } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { strToJS } from '../objects/str.js';
import { intFromNumber, intFromBigint, intToBigint } from '../objects/int.js';
import { FLOAT_VALUE, floatNew, floatValue } from '../objects/float.js';
import { tupleFromRefs, tupleSize, tupleItem } from '../objects/tuple.js';
import { builtinFunctionNew, moduleNew } from '../objects/method.js';
import {
  NumericError, factorial, gcd, lcm, isqrt, comb, perm, crExp, crLog, floatPow,
  floatToBigint, bitLength,
} from '../objects/intmath.js';

// ============================================================ shared module helpers

export type FunctionSpec = readonly [string, NativeFn];

/** Defines natives at import time; returns [python name, native index] pairs. */
export function defineFunctions(specs: readonly FunctionSpec[]): [string, number][] {
  return specs.map(([name, fn]) => [name, defineNative(name, fn)]);
}

/** A module object named `name` with builtin functions `funcs` and `values` (stolen). */
export function makeModule(rt: Runtime, name: string, funcs: readonly [string, number][], values: readonly [string, Ref][]): Ref {
  const d = dictNew(rt);
  rt.rc.makeImmortal(d);
  const nameRef = internJS(rt, name);
  dictSetItem(rt, d, rt.names.__name__, nameRef);
  dictSetItem(rt, d, rt.names.__doc__, rt.None);
  // made first: the functions' __self__ is their module, as CPython's (objects/method.ts)
  const mod = moduleNew(rt, nameRef, d);
  for (const [fname, idx] of funcs) {
    const nm = internJS(rt, fname);
    const f = builtinFunctionNew(rt, idx, nm, mod);
    dictSetItem(rt, d, nm, f);
    decref(rt, f);
  }
  for (const [vname, v] of values) {
    dictSetItem(rt, d, internJS(rt, vname), v);
    decref(rt, v);
  }
  return mod;
}

export function nkwOf(rt: Runtime, kwnames: Ref): number {
  return kwnames === 0 ? 0 : tupleSize(rt, kwnames);
}

/**
 * No keywords and min <= nargs <= max, else TypeError as CPython words it. `name` is the
 * function's qualified name as CPython's METH_O / METH_NOARGS checks print it ('math.sqrt',
 * 'posix.getpid', 'Random.random'; a bare name for builtins): "takes no keyword
 * arguments", "takes no arguments", "takes exactly one argument" name it whole, Argument
 * Clinic's "expected at most N arguments" only by its last component.
 */
export function checkArgs(rt: Runtime, name: string, nargs: number, kwnames: Ref, min: number, max: number): boolean {
  if (nkwOf(rt, kwnames) > 0) {
    raiseTypeError(rt, `${name}() takes no keyword arguments`);
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  const bare = name.slice(name.lastIndexOf('.') + 1);
  if (min === max) {
    if (min === 0) raiseTypeError(rt, `${name}() takes no arguments (${nargs} given)`);
    else if (min === 1) raiseTypeError(rt, `${name}() takes exactly one argument (${nargs} given)`);
    else raiseTypeError(rt, `${bare} expected ${min} arguments, got ${nargs}`);
  } else if (nargs < min) raiseTypeError(rt, `${bare} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
  else raiseTypeError(rt, `${bare} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
  return false;
}

/**
 * Splits positional and keyword arguments; keywords must be in `allowed`.
 * Returns null (TypeError set) for an unknown keyword or too many positionals. An unknown
 * keyword is reported as CPython's C functions do ("'k' is an invalid keyword argument for
 * f()"), or with `pythonDef`, as a function written in Python ("f() got an unexpected
 * keyword argument 'k'": random's, which CPython implements in random.py).
 */
export function parseArgs(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref, maxPos: number, allowed: readonly string[], exact = false, pythonDef = false): { pos: Ref[]; kw: Map<string, Ref> } | null {
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - nkw;
  if (npos > maxPos) {
    // Argument Clinic says "exactly" when every positional parameter is required
    raiseTypeError(rt, `${name}() takes ${exact ? 'exactly' : 'at most'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
    return null;
  }
  const pos: Ref[] = [];
  for (let i = 0; i < npos; i++) pos.push(rt.i32[args + i] as Ref);
  const kw = new Map<string, Ref>();
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    if (!allowed.includes(kn)) {
      raiseTypeError(rt, pythonDef ? `${name}() got an unexpected keyword argument '${kn}'` : `'${kn}' is an invalid keyword argument for ${name}()`);
      return null;
    }
    kw.set(kn, rt.i32[args + npos + k] as Ref);
  }
  return { pos, kw };
}

function isHeapInstance(rt: Runtime, v: Ref): boolean {
  return (v & 1) === 0 && A.isHeapTypeObj(rt, v);
}

/** A float argument: float, int, bool, or an object with __float__ / __index__. */
export function floatArg(rt: Runtime, v: Ref): number | null {
  // an exact float or a small int here, small enough for V8 to compile into the caller: a
  // double returned from a call that is not compiled in is boxed (a heap number per call)
  if ((v & 1) === 1) return v >> 1;
  if (rt.i32[v >> 2] === rt.tFloat) return rt.f64[(v + FLOAT_VALUE) >> 3]!;
  return floatArgSlow(rt, v);
}

/** floatArg of anything but a small int or an exact float. */
function floatArgSlow(rt: Runtime, v: Ref): number | null {
  const k = kindOf(rt, v);
  if (k === Kind.FLOAT) return floatValue(rt, v);
  if (k === Kind.INT || k === Kind.BOOL) return A.toFloat(rt, v);
  if (isHeapInstance(rt, v)) {
    // CPython's PyFloat_AsDouble: __float__ must return a float (a float subclass is a
    // DeprecationWarning), else __index__ through PyNumber_Index (its own checks)
    const d = A.lookupSpecial(rt, v, rt.names.__float__);
    if (d !== NULL) {
      const r = callWithSelf0(rt, d, v);
      if (r === NULL) return null;
      if (kindOf(rt, r) !== Kind.FLOAT) {
        const msg = `${A.typeNameOf(rt, v)}.__float__ returned non-float (type ${A.typeNameOf(rt, r)})`;
        decref(rt, r);
        raiseTypeError(rt, msg);
        return null;
      }
      if (typeOf(rt, r) !== rt.tFloat && !warnDeprecatedFromMain(rt, `${A.typeNameOf(rt, v)}.__float__ returned non-float (type ${A.typeNameOf(rt, r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`, 0)) {
        decref(rt, r);
        return null;
      }
      const x = floatValue(rt, r);
      decref(rt, r);
      return x;
    }
    if (A.lookupSpecial(rt, v, rt.names.__index__) !== NULL) {
      const r = A.indexObject(rt, v);
      if (r === NULL) return null;
      const x = A.toFloat(rt, r);
      decref(rt, r);
      return x;
    }
  }
  raiseTypeError(rt, `must be real number, not ${A.typeNameOf(rt, v)}`);
  return null;
}

/** An integer argument (int, bool, __index__) as a bigint. */
export function intArgBig(rt: Runtime, v: Ref): bigint | null {
  if ((v & 1) === 1) return BigInt(v >> 1);
  const k = kindOf(rt, v);
  if (k === Kind.INT || k === Kind.BOOL) return intToBigint(rt, v);
  if (isHeapInstance(rt, v)) {
    if (A.lookupSpecial(rt, v, rt.names.__index__) !== NULL) {
      // PyNumber_Index: its TypeError for a non-int, its DeprecationWarning for a bool
      const r = A.indexObject(rt, v);
      if (r === NULL) return null;
      const x = intToBigint(rt, r);
      decref(rt, r);
      return x;
    }
  }
  raiseTypeError(rt, `'${A.typeNameOf(rt, v)}' object cannot be interpreted as an integer`);
  return null;
}

/** An integer argument as a JS number (clamped to +-MAX_SAFE_INTEGER). */
export function intArgNumber(rt: Runtime, v: Ref): number | null {
  if ((v & 1) === 1) return v >> 1;
  const b = intArgBig(rt, v);
  if (b === null) return null;
  if (b > 9007199254740991n) return Number.MAX_SAFE_INTEGER;
  if (b < -9007199254740991n) return -Number.MAX_SAFE_INTEGER;
  return Number(b);
}

export function intResult(rt: Runtime, b: bigint): Ref {
  return intFromBigint(rt, b);
}

/** Runs a leaf computation, turning NumericError into a raised exception (NULL). */
function numericRef(rt: Runtime, f: () => Ref): Ref {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumericError) return A.raiseNumericError(rt, e);
    throw e;
  }
}

// ============================================================ math

const domainError = (rt: Runtime): Ref => raiseValueError(rt, 'math domain error');
const rangeError = (rt: Runtime): Ref => raiseOverflow(rt, 'math range error');

/** math_1: one float argument, CPython's NaN/inf error rules. */
function math1(name: string, fn: (x: number) => number, canOverflow: boolean): FunctionSpec {
  const qual = `math.${name}`; // once per function, not per call: a string built per call was most of the JS garbage of a math loop
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qual, nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    const r = fn(x);
    if (r !== r && x === x) return domainError(rt);
    if (!Number.isFinite(r) && r === r && Number.isFinite(x)) return canOverflow ? rangeError(rt) : domainError(rt);
    return floatNew(rt, r);
  }];
}

/** One float argument and no error check: CPython's degrees/radians return the product
 *  as is (math.degrees(1e308) is inf, not an OverflowError). */
function math1Unchecked(name: string, fn: (x: number) => number): FunctionSpec {
  const qual = `math.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qual, nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    return floatNew(rt, fn(x));
  }];
}

/** math_2: two float arguments. */
function math2(name: string, fn: (x: number, y: number) => number): FunctionSpec {
  const qual = `math.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qual, nargs, kwnames, 2, 2)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    const y = floatArg(rt, rt.i32[args + 1] as Ref);
    if (y === null) return NULL;
    const r = fn(x, y);
    if (r !== r && x === x && y === y) return domainError(rt);
    if (!Number.isFinite(r) && r === r && Number.isFinite(x) && Number.isFinite(y)) return rangeError(rt);
    return floatNew(rt, r);
  }];
}

/** floor/ceil/trunc of a float as an int object (bigint beyond 2^53). */
function floatToIntRef(rt: Runtime, x: number): Ref {
  if (Number.isSafeInteger(x)) return intFromNumber(rt, x);
  return numericRef(rt, () => intFromBigint(rt, floatToBigint(x)));
}

/** floor / ceil / trunc: int -> itself, float -> rounded, else the dunder. */
function rounding(name: string, dunder: '__floor__' | '__ceil__' | '__trunc__', fn: (x: number) => number): FunctionSpec {
  const qual = `math.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qual, nargs, kwnames, 1, 1)) return NULL;
    const v = rt.i32[args] as Ref;
    if ((v & 1) === 1) return v;
    const k = kindOf(rt, v);
    // a class's own __floor__ first (an int or float subclass's too: CPython takes the
    // value directly only for an exact float)
    if (isHeapInstance(rt, v)) {
      const d = A.lookupSpecial(rt, v, rt.names[dunder]);
      if (d !== NULL && kindOf(rt, d) !== Kind.METHOD_DESCRIPTOR) return callWithSelf0(rt, d, v);
    }
    if (k === Kind.FLOAT) return floatToIntRef(rt, fn(floatValue(rt, v)));
    if (k === Kind.INT || k === Kind.BOOL) return intFromBigint(rt, intToBigint(rt, v));
    if (dunder === '__trunc__') return raiseTypeError(rt, `type ${A.typeNameOf(rt, v)} doesn't define __trunc__ method`);
    const x = floatArg(rt, v);
    if (x === null) return NULL;
    return floatToIntRef(rt, fn(x));
  }];
}

/** log of an int-or-float argument via `fn`, as CPython's loghelper (huge ints by frexp). */
function logArg(rt: Runtime, v: Ref, fn: (x: number) => number): number | null {
  const k = (v & 1) === 1 ? Kind.INT : kindOf(rt, v);
  if (k === Kind.INT || k === Kind.BOOL) {
    const b = intArgBig(rt, v);
    if (b === null) return null;
    if (b <= 0n) {
      domainError(rt);
      return null;
    }
    const asFloat = Number(b);
    if (Number.isFinite(asFloat)) return fn(asFloat);
    const e = bitLength(b);
    const shift = e - 64;
    const m = Number(b >> BigInt(shift)) / 18446744073709551616; // in [0.5, 1)
    return fn(m) + fn(2.0) * e;
  }
  const x = floatArg(rt, v);
  if (x === null) return null;
  if (x !== x) return x;
  if (!(x > 0)) {
    domainError(rt);
    return null;
  }
  return fn(x);
}

const LOG10_WORDS = new Float64Array(1);
const LOG10_HI_LO = new Int32Array(LOG10_WORDS.buffer); // [low word, high word] (little-endian)

/**
 * log10 as glibc computes it (sysdeps/ieee754/dbl-64/e_log10.c, fdlibm's algorithm over the
 * C library's log): the exponent's part in two pieces plus ivln10 * log(mantissa), with
 * the correctly rounded crLog for glibc's log. V8's Math.log10 (a newer fdlibm) gave
 * another last digit for ~5% of arguments; this one matched python3's math.log10 on
 * 200,000 random arguments (checked with a Python model of the same steps).
 */
function glibcLog10(x: number): number {
  LOG10_WORDS[0] = x;
  let hx = LOG10_HI_LO[1]!;
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | LOG10_HI_LO[0]!) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    LOG10_WORDS[0] = x * 18014398509481984; // 2^54: a subnormal scaled up
    hx = LOG10_HI_LO[1]!;
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  LOG10_HI_LO[1] = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * crLog(LOG10_WORDS[0]!);
  return z + y * 3.01029995663611771306e-01;
}

function log1Spec(name: string, fn: (x: number) => number): FunctionSpec {
  const qual = `math.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qual, nargs, kwnames, 1, 1)) return NULL;
    const r = logArg(rt, rt.i32[args] as Ref, fn);
    return r === null ? NULL : floatNew(rt, r);
  }];
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const exp = frexpExponent(x);
  // the mantissa: the (scaled) x that frexpExponent left in FREXP_BITS, exponent set to -1
  FREXP_WORDS[1] = (FREXP_WORDS[1]! & 0x800fffff) | (1022 << 20);
  return [FREXP_BITS[0]!, exp];
}

/** frexp(x)[1] for a finite x != 0, without an array; leaves x (times 2^54 when
 * subnormal) in FREXP_BITS. */
function frexpExponent(x: number): number {
  let adjust = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    adjust = -54;
  }
  FREXP_BITS[0] = x;
  return ((FREXP_WORDS[1]! >>> 20) & 0x7ff) - 1022 + adjust;
}

/** frexp's scratch view of one double (little-endian words; see the module comment). */
const FREXP_BITS = new Float64Array(1);
const FREXP_WORDS = new Uint32Array(FREXP_BITS.buffer);

/** 2^e for an integer e in [-1022, 1023] (a normal double), from its bits: `2 ** e` is a
 *  Math.pow call (hypot's scaling spent ~80 ns per call in it). */
function pow2Normal(e: number): number {
  FREXP_WORDS[0] = 0;
  FREXP_WORDS[1] = (e + 1023) << 20;
  return FREXP_BITS[0]!;
}

function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // one rounding, as C's ldexp: 2^e is exact, so x * 2^e rounds once
  if (e >= -1022 && e <= 1023) return x * pow2Normal(e);
  if (e > 2200) e = 2200;
  if (e < -2200) e = -2200;
  // split so no intermediate over/underflows before the final step
  let r = x;
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; }
  while (e < -1000) {
    if (e < -2000) { r *= 2 ** -1000; e += 1000; continue; }
    // final two steps: scale into the normal range first, then once to the result
    r *= 2 ** (e + 1000 > -1000 ? -1000 : e + 1000);
    e -= e + 1000 > -1000 ? -1000 : e + 1000;
  }
  return r * 2 ** e;
}

/** One double and its high word: a NaN's sign bit read through a typed array. (Not through an
 * array literal `[y]`: optimised code keeps such an array's doubles unboxed and stores every
 * NaN as the canonical positive one, so copysign(2.5, -nan) gave 2.5 once TurboFan had it.) */
const signScratch = new Float64Array(1);
const signScratchHigh = new Int32Array(signScratch.buffer, 4, 1);

function copysign(x: number, y: number): number {
  // a NaN's sign is its sign bit (float('-nan'), -nan, inf * 0 set it), which no comparison sees
  let neg = y < 0 || (y === 0 && 1 / y < 0);
  if (y !== y) {
    signScratch[0] = y;
    neg = signScratchHigh[0]! < 0;
  }
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

function remainder(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
  return copysign(1.0, x) * r;
}

/** CPython's math.fsum: exact sum of floats, correctly rounded. */
function fsumValues(rt: Runtime, iterable: Ref): number | null {
  const it = A.getIter(rt, iterable);
  if (it === NULL) return null;
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (;;) {
    const item = A.iterNext(rt, it);
    if (item === NULL) break;
    const xv = floatArg(rt, item);
    decref(rt, item);
    if (xv === null) {
      decref(rt, it);
      return null;
    }
    let x: number = xv;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) {
          decref(rt, it);
          raiseOverflow(rt, 'intermediate overflow in fsum');
          return null;
        }
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  decref(rt, it);
  if (errOccurred(rt)) return null;
  if (specialSum !== 0.0) {
    if (infSum !== infSum) {
      raiseValueError(rt, '-inf + inf in fsum');
      return null;
    }
    return specialSum;
  }
  let n = p.length;
  let hi = 0.0;
  if (n > 0) {
    let lo = 0.0;
    hi = p[--n]!;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1]! < 0.0) || (lo > 0.0 && p[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** The floats of a sequence argument (dist, hypot). */
function floatsOf(rt: Runtime, seq: Ref): number[] | null {
  const it = A.getIter(rt, seq);
  if (it === NULL) return null;
  const out: number[] = [];
  for (;;) {
    const item = A.iterNext(rt, it);
    if (item === NULL) break;
    const x = floatArg(rt, item);
    decref(rt, item);
    if (x === null) {
      decref(rt, it);
      return null;
    }
    out.push(x);
  }
  decref(rt, it);
  return errOccurred(rt) ? null : out;
}

/** vectorNorm's working array (hypot fills it with its arguments): no JS array per call. */
let normScratch = new Float64Array(8);

/** normScratch, grown to hold n values. */
function normScratchFor(n: number): Float64Array {
  if (normScratch.length < n) normScratch = new Float64Array(n * 2);
  return normScratch;
}

/** CPython 3.11's vector_norm (hypot, dist) of xs[0:n]: extended-precision sum of squares
 * with a final correction, so results match CPython's last bit (Math.hypot does not). */
function vectorNorm(xs: ArrayLike<number>, n: number): number {
  const vec = normScratchFor(n); // may be xs itself: each item is read before it is written
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(xs[i]!);
    vec[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNormScaled(vec, n, max, foundNan);
}


function vectorNormScaled(vec: Float64Array, n: number, max: number, foundNan: boolean): number {
  const T27 = 134217729.0;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexpExponent(max);
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    for (let i = 0; i < n; i++) vec[i] = vec[i]! / DBL_MIN;
    return DBL_MIN * vectorNormScaled(vec, n, max / DBL_MIN, false);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  let x: number, t: number, hi: number, lo: number, oldcsum: number;
  for (let i = 0; i < n; i++) {
    x = vec[i]! * scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), whose last bit CPython shows. */
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const CBRT2 = 1.2599210498948731648;
  const SQR_CBRT2 = 1.5874010519681994748;
  const factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + (xe % 3)]!;
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

// ------------------------------------------------ gamma, lgamma (CPython's m_tgamma, m_lgamma)

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const LOG_PI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi * x) for finite x, exact at integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = L.sin(Math.PI * y); break;
    case 1: r = L.cos(Math.PI * (y - 0.5)); break;
    case 2: r = L.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -L.cos(Math.PI * (y - 1.5)); break;
    default: r = L.sin(Math.PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

function powPositive(x: number, y: number): number {
  try {
    return floatPow(x, y) ?? NaN;
  } catch {
    return Infinity;
  }
}

/** A result with C's errno: 'dom' (ValueError) or 'range' (OverflowError unless tiny). */
type Errno = { r: number; errno: '' | 'dom' | 'range' };

function tgamma(x: number): Errno {
  if (!Number.isFinite(x)) return x !== x || x > 0 ? { r: x, errno: '' } : { r: NaN, errno: 'dom' };
  if (x === 0) return { r: copysign(Infinity, x), errno: 'dom' };
  if (x === Math.floor(x)) {
    if (x < 0) return { r: NaN, errno: 'dom' };
    if (x <= GAMMA_INTEGRAL.length) return { r: GAMMA_INTEGRAL[x - 1]!, errno: '' };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return { r, errno: Number.isFinite(r) ? '' : 'range' };
  }
  if (absx > 200.0) return x < 0 ? { r: 0.0 / sinpi(x), errno: '' } : { r: Infinity, errno: 'range' };
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * crExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= powPositive(y, absx - 0.5);
    else {
      const sqrtpow = powPositive(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) r *= powPositive(y, absx - 0.5);
    else {
      const sqrtpow = powPositive(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return { r, errno: Number.isFinite(r) ? '' : 'range' };
}

function lgamma(x: number): Errno {
  if (!Number.isFinite(x)) return { r: x !== x ? x : Infinity, errno: '' };
  if (x === Math.floor(x) && x <= 2.0) return x <= 0.0 ? { r: Infinity, errno: 'dom' } : { r: 0.0, errno: '' };
  const absx = Math.abs(x);
  if (absx < 1e-20) return { r: -crLog(absx), errno: '' };
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  return { r, errno: Number.isFinite(r) ? '' : 'range' };
}

/** math_1a: one float argument, errors from the errno the function reports. */
function math1Errno(name: string, fn: (x: number) => Errno): FunctionSpec {
  const qual = `math.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qual, nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    const { r, errno } = fn(x);
    if (errno === 'dom') return domainError(rt);
    if (errno === 'range' && Math.abs(r) >= 1.5) return rangeError(rt);
    return floatNew(rt, r);
  }];
}

/** C's nextafter: the next double after x in the direction of y. */
function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const up = nextafter(x, Infinity);
  if (up === Infinity) return x - nextafter(x, -Infinity);
  return up - x;
}

/** 2 ** x; an overflow is inf here (math1 raises 'math range error' for it). */
function exp2(x: number): number {
  try {
    return floatPow(2.0, x) ?? NaN;
  } catch (e) {
    if (e instanceof NumericError && e.pyType === 'OverflowError') return Infinity;
    throw e;
  }
}

function intFn(name: string, min: number, max: number, fn: (vals: bigint[]) => bigint): FunctionSpec {
  const qual = `math.${name}`;
  return [name, (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, qual, nargs, kwnames, min, max)) return NULL;
    const vals: bigint[] = [];
    for (let i = 0; i < nargs; i++) {
      const b = intArgBig(rt, rt.i32[args + i] as Ref);
      if (b === null) return NULL;
      vals.push(b);
    }
    return numericRef(rt, () => intFromBigint(rt, fn(vals)));
  }];
}

const MATH_FUNCTIONS = defineFunctions([
  math1('sqrt', Math.sqrt, false),
  math1('exp', L.exp, true),
  math1('exp2', exp2, true),
  math1('expm1', L.expm1, true),
  math1('log1p', L.log1p, false),
  math1('sin', L.sin, false),
  math1('cos', L.cos, false),
  math1('tan', L.tan, false),
  math1('asin', L.asin, false),
  math1('acos', L.acos, false),
  math1('atan', L.atan, false),
  math1('sinh', L.sinh, true),
  math1('cosh', L.cosh, true),
  math1('tanh', L.tanh, false),
  math1('asinh', L.asinh, false),
  math1('acosh', L.acosh, false),
  math1('atanh', L.atanh, false),
  math1('erf', L.erf, false),
  math1('erfc', L.erfc, false),
  math1('cbrt', cbrt, false),
  math1Errno('gamma', tgamma),
  math1Errno('lgamma', lgamma),
  math1('ulp', ulp, false),
  [
    'nextafter', (rt, args, nargs, kwnames) => {
      if (!checkArgs(rt, 'math.nextafter', nargs, kwnames, 2, 2)) return NULL;
      const x = floatArg(rt, rt.i32[args] as Ref);
      if (x === null) return NULL;
      const y = floatArg(rt, rt.i32[args + 1] as Ref);
      if (y === null) return NULL;
      return floatNew(rt, nextafter(x, y));
    },
  ],
  math1('fabs', Math.abs, false),
  math1Unchecked('degrees', (x) => x * (180.0 / Math.PI)),
  math1Unchecked('radians', (x) => x * (Math.PI / 180.0)),
  math2('atan2', L.atan2),
  math2('copysign', copysign),
  math2('fmod', (x, y) => {
    if (!Number.isFinite(y) && Number.isFinite(x) && y === y) return x;
    return x % y;
  }),
  math2('remainder', remainder),
  rounding('floor', '__floor__', Math.floor),
  rounding('ceil', '__ceil__', Math.ceil),
  rounding('trunc', '__trunc__', Math.trunc),
  log1Spec('log2', L.log2),
  log1Spec('log10', glibcLog10),
  ['log', (rt, args, nargs, kwnames) => {
    if (nkwOf(rt, kwnames) > 0) return raiseTypeError(rt, 'log() takes no keyword arguments');
    if (nargs < 1 || nargs > 2) return raiseTypeError(rt, 'math.log requires 1 to 2 arguments');
    const num = logArg(rt, rt.i32[args] as Ref, crLog);
    if (num === null) return NULL;
    if (nargs === 1) return floatNew(rt, num);
    const den = logArg(rt, rt.i32[args + 1] as Ref, crLog);
    if (den === null) return NULL;
    if (den === 0) return raiseZeroDivision(rt, 'float division by zero');
    return floatNew(rt, num / den);
  }],
  ['pow', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.pow', nargs, kwnames, 2, 2)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    const y = floatArg(rt, rt.i32[args + 1] as Ref);
    if (y === null) return NULL;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (x === 0 && y < 0) return domainError(rt);
      if (x < 0 && !Number.isInteger(y)) return domainError(rt);
    }
    try {
      const r = floatPow(x, y);
      return r === null ? domainError(rt) : floatNew(rt, r);
    } catch (e) {
      if (e instanceof NumericError && e.pyType === 'OverflowError') return rangeError(rt);
      if (e instanceof NumericError) return domainError(rt);
      throw e;
    }
  }],
  ['isfinite', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.isfinite', nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    return x === null ? NULL : Number.isFinite(x) ? rt.True : rt.False;
  }],
  ['isinf', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.isinf', nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    return x === null ? NULL : x === Infinity || x === -Infinity ? rt.True : rt.False;
  }],
  ['isnan', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.isnan', nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    return x === null ? NULL : x !== x ? rt.True : rt.False;
  }],
  ['isclose', (rt, args, nargs, kwnames) => {
    const p = parseArgs(rt, 'isclose', args, nargs, kwnames, 2, ['a', 'b', 'rel_tol', 'abs_tol'], true);
    if (p === null) return NULL;
    const av = p.pos[0] ?? p.kw.get('a');
    const bv = p.pos[1] ?? p.kw.get('b');
    if (av === undefined || bv === undefined) return raiseTypeError(rt, `isclose() missing required argument '${av === undefined ? 'a' : 'b'}' (pos ${av === undefined ? 1 : 2})`);
    const a = floatArg(rt, av);
    if (a === null) return NULL;
    const b = floatArg(rt, bv);
    if (b === null) return NULL;
    let relTol = 1e-9;
    let absTol = 0.0;
    const rv = p.kw.get('rel_tol');
    if (rv !== undefined) { const t = floatArg(rt, rv); if (t === null) return NULL; relTol = t; }
    const abv = p.kw.get('abs_tol');
    if (abv !== undefined) { const t = floatArg(rt, abv); if (t === null) return NULL; absTol = t; }
    if (relTol < 0.0 || absTol < 0.0) return raiseValueError(rt, 'tolerances must be non-negative');
    if (a === b) return rt.True;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return rt.False;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol ? rt.True : rt.False;
  }],
  ['modf', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.modf', nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    let frac: number, whole: number;
    if (x !== x) { frac = x; whole = x; }
    else if (!Number.isFinite(x)) { frac = copysign(0.0, x); whole = x; }
    else { whole = Math.trunc(x); frac = copysign(x - whole, x); }
    return tupleSteal(rt, [floatNew(rt, frac), floatNew(rt, whole)]);
  }],
  ['frexp', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.frexp', nargs, kwnames, 1, 1)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    const [m, e] = frexp(x);
    return tupleSteal(rt, [floatNew(rt, m), intFromNumber(rt, e)]);
  }],
  ['ldexp', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.ldexp', nargs, kwnames, 2, 2)) return NULL;
    const x = floatArg(rt, rt.i32[args] as Ref);
    if (x === null) return NULL;
    const ev = rt.i32[args + 1] as Ref;
    if ((ev & 1) === 0 && kindOf(rt, ev) !== Kind.INT && kindOf(rt, ev) !== Kind.BOOL) return raiseTypeError(rt, 'Expected an int as second argument to ldexp.');
    const e = intArgNumber(rt, ev);
    if (e === null) return NULL;
    const r = ldexp(x, e);
    if (!Number.isFinite(r) && Number.isFinite(x)) return rangeError(rt);
    return floatNew(rt, r);
  }],
  ['hypot', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.hypot', nargs, kwnames, 0, 1 << 30)) return NULL;
    const xs = normScratchFor(nargs); // vectorNorm's own array: no copy
    for (let i = 0; i < nargs; i++) {
      const x = floatArg(rt, rt.i32[args + i] as Ref);
      if (x === null) return NULL;
      xs[i] = x;
    }
    return floatNew(rt, vectorNorm(xs, nargs));
  }],
  ['dist', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.dist', nargs, kwnames, 2, 2)) return NULL;
    const p = floatsOf(rt, rt.i32[args] as Ref);
    if (p === null) return NULL;
    const q = floatsOf(rt, rt.i32[args + 1] as Ref);
    if (q === null) return NULL;
    if (p.length !== q.length) return raiseValueError(rt, 'both points must have the same number of dimensions');
    return floatNew(rt, vectorNorm(p.map((x, i) => x - q[i]!), p.length));
  }],
  ['fsum', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.fsum', nargs, kwnames, 1, 1)) return NULL;
    const r = fsumValues(rt, rt.i32[args] as Ref);
    return r === null ? NULL : floatNew(rt, r);
  }],
  ['prod', (rt, args, nargs, kwnames) => {
    const p = parseArgs(rt, 'prod', args, nargs, kwnames, 1, ['start'], true);
    if (p === null) return NULL;
    if (p.pos.length !== 1) return raiseTypeError(rt, `prod() takes exactly 1 positional argument (${p.pos.length} given)`);
    const it = A.getIter(rt, p.pos[0]!);
    if (it === NULL) return NULL;
    const start = p.kw.get('start');
    let acc: Ref = start === undefined ? intFromNumber(rt, 1) : start;
    if (start !== undefined) rt.rc.incref(start);
    for (;;) {
      const item = A.iterNext(rt, it);
      if (item === NULL) break;
      const r = A.binaryOp(rt, acc, item, 5 /* NB_MULTIPLY */);
      decref(rt, item);
      decref(rt, acc);
      if (r === NULL) {
        decref(rt, it);
        return NULL;
      }
      acc = r;
    }
    decref(rt, it);
    if (errOccurred(rt)) {
      decref(rt, acc);
      return NULL;
    }
    return acc;
  }],
  intFn('factorial', 1, 1, ([n]) => factorial(n!)),
  intFn('isqrt', 1, 1, ([n]) => isqrt(n!)),
  intFn('gcd', 0, 1 << 30, (vals) => vals.reduce((a, b) => gcd(a, b), 0n)),
  intFn('lcm', 0, 1 << 30, (vals) => vals.reduce((a, b) => lcm(a, b), 1n)),
  intFn('comb', 2, 2, ([n, k]) => comb(n!, k!)),
  ['perm', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'math.perm', nargs, kwnames, 1, 2)) return NULL;
    const n = intArgBig(rt, rt.i32[args] as Ref);
    if (n === null) return NULL;
    let k: bigint | undefined;
    if (nargs === 2 && rt.i32[args + 1] !== rt.None) {
      const kv = intArgBig(rt, rt.i32[args + 1] as Ref);
      if (kv === null) return NULL;
      k = kv;
    }
    return numericRef(rt, () => intFromBigint(rt, perm(n, k)));
  }],
]);

function tupleSteal(rt: Runtime, items: Ref[]): Ref {
  const t = tupleFromRefs(rt, items);
  for (const v of items) decref(rt, v);
  return t;
}

export function createMathModule(rt: Runtime): Ref {
  return makeModule(rt, 'math', MATH_FUNCTIONS, [
    ['pi', floatNew(rt, Math.PI)],
    ['e', floatNew(rt, Math.E)],
    ['tau', floatNew(rt, 2 * Math.PI)],
    ['inf', floatNew(rt, Infinity)],
    ['nan', floatNew(rt, NaN)],
  ]);
}
