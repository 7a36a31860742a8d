/*
 * The random module: a `Random` type whose instances hold a Mersenne Twister, and a
 * module whose functions are bound methods of one hidden instance (`random._inst`), as
 * Lib/random.py does. The algorithms are modules/mt19937.ts's (CPython 3.11 bit for bit);
 * this file only converts arguments and results and walks heap sequences.
 *
 * Where the generator state lives: IN THE HEAP, inside the Random instance, so every
 * executor attached to the heap (worker threads included) shares the one module-level
 * generator exactly as CPython's threads share `random._inst`:
 *
 *   byte 16 RND_DICT (the instance dict, 0 until an attribute is set: Random is a Python
 *                     class in CPython; Kind.OBJECT's dealloc releases it)
 *        20 RND_INDEX (MT position, 0..625)   24 RND_HAS_GAUSS (0/1)
 *        32 RND_GAUSS (f64: gauss()'s cached second value)
 *        40 RND_STATE (624 u32 words)          2536 RND_SIZE
 *
 * JS side: a MersenneTwister object whose `state` array is a VIEW onto RND_STATE in the
 * heap; index and gaussNext are loaded from the heap before each call and stored back
 * after it (`withGenerator`, which holds the instance's object lock under --no-gil, so
 * threads drawing at once never get one number twice). The views are cached per heap
 * buffer and ref (a WeakMap with a one-entry memo of the last lookup in front, the
 * module-level mutable structures here): a cache of views, not state. A view
 * stays correct even if the instance dies and its memory is reused for another Random
 * (same offset, same layout), and the heap buffer is fixed-length so views never go stale.
 *
 * A subclass that overrides random(), getrandbits() or _randbelow() gets Lib/random.py's
 * methods over its overrides (OverriddenSource below).
 *
 * seed(None) / Random() draw from the OS entropy source (crypto.getRandomValues), like
 * CPython's urandom seeding. seed(int) uses |n|; str via sha512 (version 2); float and
 * other hashables via hash(), as CPython.
 */
import { NULL, type Ref, smallIntRef } from '../heap/layout.js';
import type { Runtime } from '../vm/runtime.js';
import { decref, newRef } from '../vm/refs.js';
import { raiseTypeError, raiseValueError, raiseNew, errOccurred, errorMatches, clearError } from '../vm/errors.js';
import { call0, call1 } from '../vm/call.js';
import { warnDeprecatedFromMain } from '../vm/traceback.js';
import { defineNative, type NativeFn } from '../vm/natives.js';
import { Kind } from '../objects/kinds.js';
import { kindOf, newObject } from '../objects/object.js';
import * as A from '../objects/abstract.js';
import { dictNew, dictSetItem, dictGetItem, dictGetStr } from '../objects/dict.js';
import { internJS } from '../objects/intern.js';
import { strToJS } from '../objects/str.js';
import { bytesData, bytesNew, latin1 } from '../objects/bytes.js';
import { intFromNumber, intFromNumberOrBig } from '../objects/int.js';
import { floatNew, floatValue } from '../objects/float.js';
import { tupleFromRefs, tupleItem, tupleSize } from '../objects/tuple.js';
import { strFromJS } from '../objects/str.js';
import { listNew, listAppendSteal, listSize, listItem, listItemsWord } from '../objects/list.js';
import { boundMethodNew, builtinMethodBind, methodDescriptorNew, MOD_DICT } from '../objects/method.js';
import { typeAlloc, typeLookup, TP_NAME, TP_DICT, TP_BASE, TP_BASES, TP_MRO, TP_NEW_NATIVE, TP_QUALNAME, TPF_BASETYPE } from '../objects/type.js';
import { NumericError } from '../objects/intmath.js';
import { MersenneTwister, type PyIntValue } from './mt19937.js';
import { objLock, objUnlock } from '../vm/objlock.js';
import { TP_FLAGS, TPF_HEAPTYPE } from '../objects/typelayout.js';
import { lazyModuleGetattr } from './importer.js';
import { registerLazyModuleNames } from './lazy-names.js';
import { makeModule, defineFunctions, floatArg, intArgBig, parseArgs, checkArgs, nkwOf } from './math.js';

/** The instance dict word (Kind.OBJECT's: its dealloc releases the dict). */
const RND_DICT = 16;
const RND_INDEX = 20;
const RND_HAS_GAUSS = 24;
const RND_GAUSS = 32;
const RND_STATE = 40;
const RND_SIZE = RND_STATE + 624 * 4;

/** The generators' views per heap, keyed by the heap's Uint32Array view (its `.buffer`
 * getter is a call into V8's runtime on a SharedArrayBuffer's view, ~3% of a loop of
 * random() calls; one Heap, one view, one buffer). */
const viewCache = new WeakMap<Uint32Array, Map<number, MersenneTwister>>();
/** The last lookup of viewCache, in front of it (the same cache of views, one entry; it
 * keeps the last heap used reachable until another heap's generator is looked up). */
const lastView: { heap: Uint32Array | null; self: number; mt: MersenneTwister | null } = { heap: null, self: 0, mt: null };

/** The generator of Random instance `self`, its JS fields loaded from the heap. */
function generatorOf(rt: Runtime, self: Ref): MersenneTwister {
  if (lastView.self === self && lastView.heap === rt.u32) {
    const mt = lastView.mt!;
    mt.index = rt.i32[(self + RND_INDEX) >> 2]!;
    mt.gaussNext = rt.i32[(self + RND_HAS_GAUSS) >> 2] ? rt.f64[(self + RND_GAUSS) >> 3]! : null;
    return mt;
  }
  let perHeap = viewCache.get(rt.u32);
  if (perHeap === undefined) {
    perHeap = new Map();
    viewCache.set(rt.u32, perHeap);
  }
  let mt = perHeap.get(self);
  if (mt === undefined) {
    mt = new MersenneTwister(0);
    const w = (self + RND_STATE) >> 2;
    mt.useState(rt.u32.subarray(w, w + 624), rt.i32.subarray(w, w + 624));
    perHeap.set(self, mt);
  }
  lastView.heap = rt.u32;
  lastView.self = self;
  lastView.mt = mt;
  mt.index = rt.i32[(self + RND_INDEX) >> 2]!;
  mt.gaussNext = rt.i32[(self + RND_HAS_GAUSS) >> 2] ? rt.f64[(self + RND_GAUSS) >> 3]! : null;
  // an instance of a subclass whose __init__ never called Random.__init__ (made by the
  // type call of a heap type, zeroed): seeded from entropy, as CPython's random_new does.
  // A seeded state never has position 0 with word 0 (seeding sets word 0 non-zero; a
  // draw leaves the position at 1 or more).
  if (mt.index === 0 && mt.state[0] === 0) {
    mt.seedFromEntropy();
    storeGenerator(rt, self, mt);
  }
  return mt;
}

function storeGenerator(rt: Runtime, self: Ref, mt: MersenneTwister): void {
  rt.i32[(self + RND_INDEX) >> 2] = mt.index;
  rt.i32[(self + RND_HAS_GAUSS) >> 2] = mt.gaussNext === null ? 0 : 1;
  rt.f64[(self + RND_GAUSS) >> 3] = mt.gaussNext ?? 0;
}

/**
 * Runs f on self's generator; state written back even when f raises. With --no-gil the
 * whole step holds the instance's lock (vm/objlock.ts), as CPython's C Random methods are
 * one step under the GIL (and a critical section in free-threaded 3.13): threads drawing
 * from the shared generator at once got the same numbers twice (the position loaded by
 * two executors before either stored it back), so 4 threads x 2,000 random() held
 * duplicates instead of the 8,000 numbers of the seeded sequence.
 */
function withGenerator(rt: Runtime, self: Ref, f: (mt: MersenneTwister) => Ref, derived = false): Ref {
  if (derived) {
    const overrides = subclassOverrides(rt, self);
    if (overrides !== 0) return withOverrides(rt, self, overrides, f);
  }
  const took = rt.rc.atomic && objLock(rt, self);
  try {
    const mt = generatorOf(rt, self);
    try {
      return f(mt);
    } catch (e) {
      if (e instanceof NumericError) return A.raiseNumericError(rt, e);
      throw e;
    } finally {
      storeGenerator(rt, self, mt);
    }
  } finally {
    if (took) objUnlock(rt, self);
  }
}

// ---------------------------------------------------------------- subclasses

/*
 * A subclass of Random that overrides random(), getrandbits() or _randbelow(): Lib/random.py
 * writes every other method in Python on top of those three, so an override changes what
 * uniform(), randint(), choice(), shuffle(), sample(), choices() and the distributions
 * return (a common way to make a deterministic or instrumented generator). Here those
 * methods are native, so a subclass instance with overrides runs them on an
 * OverriddenSource: a MersenneTwister whose primitives call the Python methods, with the
 * same derived algorithms (mt19937.ts). Which _randbelow applies is Random.__init_subclass__'s
 * choice: the first class of the MRO that defines _randbelow (called as is), getrandbits
 * (_randbelow_with_getrandbits: getrandbits(k) until below n) or random()
 * (_randbelow_without_getrandbits). Without overrides (and for Random itself), nothing
 * changes. The instance's lock is not held while Python code runs (an override calling
 * super().random() takes it again), as CPython runs these methods in Python.
 */
const OVR_RANDOM = 1;
const OVR_BITS = 2;
/** _randbelow: Random's own (getrandbits until below n), or one of: */
const OVR_BELOW_CALL = 4; // a class's own _randbelow, called
const OVR_BELOW_RANDOM = 8; // _randbelow_without_getrandbits

/** The OVR_* flags of self's type (0 for Random and for subclasses that override none). */
function subclassOverrides(rt: Runtime, self: Ref): number {
  const t = rt.i32[self >> 2]! as Ref;
  // Random itself (the module's functions' instance): the only non-heap type here
  if ((rt.i32[(t + TP_FLAGS) >> 2]! & TPF_HEAPTYPE) === 0) return 0;
  const tRandom = randomTypeOf(rt);
  if (tRandom === NULL) return 0;
  const mro = rt.i32[(t + TP_MRO) >> 2] as Ref;
  const nRandom = overrideName(rt, 0), nBits = overrideName(rt, 1), nBelow = overrideName(rt, 2);
  let flags = 0;
  let belowChosen = false;
  for (let i = 0; i < tupleSize(rt, mro); i++) {
    const c = tupleItem(rt, mro, i);
    if (c === tRandom) break;
    const d = rt.i32[(c + TP_DICT) >> 2] as Ref;
    if (d === NULL) continue;
    const hasRandom = dictGetStr(rt, d, nRandom) !== NULL;
    const hasBits = dictGetStr(rt, d, nBits) !== NULL;
    if (!belowChosen) {
      if (dictGetStr(rt, d, nBelow) !== NULL) { flags |= OVR_BELOW_CALL; belowChosen = true; }
      else if (hasBits) belowChosen = true;
      else if (hasRandom) { flags |= OVR_BELOW_RANDOM; belowChosen = true; }
    }
    if (hasRandom) flags |= OVR_RANDOM;
    if (hasBits) flags |= OVR_BITS;
  }
  return flags;
}

/** The name of override `which`: 0 random, 1 getrandbits, 2 _randbelow (interned). */
function overrideName(rt: Runtime, which: number): Ref {
  return internJS(rt, which === 0 ? 'random' : which === 1 ? 'getrandbits' : '_randbelow');
}

/** Thrown by an OverriddenSource when the Python method it called raised (the exception
 * is the thread's current one). */
const PYTHON_RAISED = { pythonRaised: true };

/** A MersenneTwister whose primitives are self's Python overrides (see above); the ones
 * not overridden draw from `real`, self's own generator. */
class OverriddenSource extends MersenneTwister {
  constructor(private readonly rt: Runtime, private readonly self: Ref, private readonly flags: number, private readonly real: MersenneTwister) {
    super(null);
    this.gaussNext = real.gaussNext;
  }

  /** self.<name>(arg or no argument): a new reference, or throws PYTHON_RAISED. */
  private callMethod(which: number, arg: PyIntValue | null): Ref {
    const rt = this.rt;
    const m = A.getAttr(rt, this.self, overrideName(rt, which));
    if (m === NULL) throw PYTHON_RAISED;
    let r: Ref;
    if (arg === null) r = call0(rt, m);
    else {
      const a = intFromNumberOrBig(rt, arg);
      r = call1(rt, m, a);
      decref(rt, a);
    }
    decref(rt, m);
    if (r === NULL) throw PYTHON_RAISED;
    return r;
  }

  private intResult(r: Ref): PyIntValue {
    const v = intArgBig(this.rt, r);
    decref(this.rt, r);
    if (v === null) throw PYTHON_RAISED;
    return toPyInt(v);
  }

  override random(): number {
    if ((this.flags & OVR_RANDOM) === 0) return this.real.random();
    const r = this.callMethod(0, null);
    const x = floatArg(this.rt, r);
    decref(this.rt, r);
    if (x === null) throw PYTHON_RAISED;
    return x;
  }

  override getrandbits(k: number): PyIntValue {
    if ((this.flags & OVR_BITS) === 0) return this.real.getrandbits(k);
    return this.intResult(this.callMethod(1, k));
  }

  override getrandbitsBig(k: number): bigint {
    if ((this.flags & OVR_BITS) === 0) return this.real.getrandbitsBig(k);
    return BigInt(this.intResult(this.callMethod(1, k)));
  }

  override randbelow(n: number): number {
    if ((this.flags & (OVR_BELOW_CALL | OVR_BELOW_RANDOM | OVR_BITS)) === 0) return this.real.randbelow(n);
    return Number(this.randbelowBig(BigInt(n)));
  }

  override randbelowBig(n: bigint): bigint {
    if ((this.flags & OVR_BELOW_CALL) !== 0) return BigInt(this.intResult(this.callMethod(2, toPyInt(n))));
    if ((this.flags & OVR_BELOW_RANDOM) !== 0) return BigInt(this.randbelowWithoutBits(n));
    if ((this.flags & OVR_BITS) === 0) return this.real.randbelowBig(n);
    // _randbelow_with_getrandbits over the overridden getrandbits
    const k = n.toString(2).length;
    let r = this.getrandbitsBig(k);
    while (r >= n) r = this.getrandbitsBig(k);
    return r;
  }

  /** Lib/random.py's _randbelow_without_getrandbits(n) (maxsize 2**53; beyond, its
   * floor(random() * n) without the UserWarning it prints). */
  private randbelowWithoutBits(n: bigint): number | bigint {
    const maxsize = 9007199254740992;
    if (n >= BigInt(maxsize)) return BigInt(Math.floor(this.random() * Number(n)));
    const nn = Number(n);
    if (nn === 0) throw new NumericError('ValueError', 'Boundary cannot be zero');
    const rem = maxsize % nn;
    const limit = (maxsize - rem) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * maxsize) % nn;
  }
}

/** withGenerator for a subclass instance with overrides: f runs on an OverriddenSource. */
function withOverrides(rt: Runtime, self: Ref, flags: number, f: (mt: MersenneTwister) => Ref): Ref {
  const real = generatorOf(rt, self);
  storeGenerator(rt, self, real);
  const src = new OverriddenSource(rt, self, flags, real);
  try {
    return f(src);
  } catch (e) {
    if (e === PYTHON_RAISED) return NULL;
    if (e instanceof NumericError) return A.raiseNumericError(rt, e);
    throw e;
  } finally {
    // gauss()'s cached value is the instance's (Lib/random.py's self.gauss_next)
    const now = generatorOf(rt, self);
    now.gaussNext = src.gaussNext;
    storeGenerator(rt, self, now);
  }
}

/** Random.random(): withGenerator's step without its closure and try blocks (the hottest
 * method: a closure per call was JS garbage; mt.random() cannot throw). */
function randomFloat(rt: Runtime, self: Ref): Ref {
  const took = rt.rc.atomic && objLock(rt, self);
  const mt = generatorOf(rt, self);
  const x = mt.random();
  storeGenerator(rt, self, mt);
  if (took) objUnlock(rt, self);
  return floatNew(rt, x);
}

const intRef = (rt: Runtime, v: PyIntValue): Ref => intFromNumberOrBig(rt, v);

function toPyInt(b: bigint): PyIntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/**
 * randrange's integer arguments: ints (or __index__), or floats as 3.11's random.py takes
 * them: int(x), with its DeprecationWarning (warned at the caller's line when that is
 * __main__; not for randint, whose warning names random.py's frame), and ValueError
 * "non-integer ..." when x is not integral.
 */
function rangeArg(rt: Runtime, v: Ref, which: number, warn = true): PyIntValue | null {
  if ((v & 1) === 0 && kindOf(rt, v) === Kind.FLOAT) {
    const x = floatValue(rt, v);
    if (Number.isNaN(x)) return raiseValueError(rt, 'cannot convert float NaN to integer'), null;
    if (!Number.isFinite(x)) return raiseNew(rt, rt.exc.OverflowError!, 'cannot convert float infinity to integer'), null;
    if (!Number.isInteger(x)) {
      if (warn && !warnDeprecatedFromMain(rt, 'randrange() will raise TypeError in the future', 0)) return null;
      raiseValueError(rt, `non-integer ${which === 1 ? 'arg 1' : which === 2 ? 'stop' : 'step'} for randrange()`);
      return null;
    }
    const msg = 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version';
    if (warn && !warnDeprecatedFromMain(rt, msg, 0)) return null;
    return toPyInt(BigInt(x));
  }
  const b = intArgBig(rt, v);
  if (b !== null) return toPyInt(b);
  // no __index__: 3.11's random.py falls back on int(v), which must equal v ('5' parses but
  // is not 5: ValueError; 'a' and None fail in int() with its own message)
  if (!errorMatches(rt, rt.exc.TypeError!)) return null;
  clearError(rt);
  const iv = call1(rt, rt.tInt, v);
  if (iv === NULL) return null;
  const differs = A.richCompareBool(rt, iv, v, 3);
  if (differs !== 0) {
    decref(rt, iv);
    if (differs < 0) return null;
    if (warn && !warnDeprecatedFromMain(rt, 'randrange() will raise TypeError in the future', 0)) return null;
    raiseValueError(rt, `non-integer ${which === 1 ? 'arg 1' : which === 2 ? 'stop' : 'step'} for randrange()`);
    return null;
  }
  const big = intArgBig(rt, iv);
  decref(rt, iv);
  if (big === null) return null;
  const msg = 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version';
  if (warn && !warnDeprecatedFromMain(rt, msg, 0)) return null;
  return toPyInt(big);
}

/** methodArgs's answer for an all-positional call: read it at once (a later call reuses it). */
const GIVEN: Ref[] = [NULL, NULL];
/** The parameter lists methodArgs checks (module constants: a literal is an array per call). */
const PARAMS_RANDBYTES = ['n'] as const;
const PARAMS_RANDINT = ['a', 'b'] as const;
const PARAMS_CHOICE = ['seq'] as const;
const PARAMS_SHUFFLE = ['x'] as const;

/**
 * The arguments of a method Lib/random.py writes in Python (getstate, setstate, randbytes,
 * randint, choice, shuffle): every parameter in `params` required, given by position or
 * by name, with the TypeErrors of a Python function's binding (named "Random.choice()").
 * `args` holds self then the arguments. The values in parameter order (borrowed), or null.
 */
function methodArgs(rt: Runtime, name: string, args: number, nargs: number, kwnames: Ref, params: readonly string[]): Ref[] | null {
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - 1 - nkw;
  if (nkw === 0 && npos === params.length) {
    // every argument by position (the common call): into the shared GIVEN, no allocation
    for (let i = 0; i < npos; i++) GIVEN[i] = rt.i32[args + 1 + i] as Ref;
    return GIVEN;
  }
  const fn = `Random.${name}()`;
  if (npos > params.length) {
    const n = params.length + 1;
    raiseTypeError(rt, `${fn} takes ${n} positional argument${n === 1 ? '' : 's'} but ${npos + 1} ${npos + 1 === 1 ? 'was' : 'were'} given`);
    return null;
  }
  const values: Ref[] = [];
  for (let i = 0; i < npos; i++) values.push(rt.i32[args + 1 + i] as Ref);
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    const at = params.indexOf(kn);
    if (at < 0) {
      raiseTypeError(rt, `${fn} got an unexpected keyword argument '${kn}'`);
      return null;
    }
    if (values[at] !== undefined) {
      raiseTypeError(rt, `${fn} got multiple values for argument '${kn}'`);
      return null;
    }
    values[at] = rt.i32[args + 1 + npos + k] as Ref;
  }
  const missing = params.filter((_, i) => values[i] === undefined).map((p) => `'${p}'`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    raiseTypeError(rt, `${fn} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    return null;
  }
  return values;
}

/**
 * The arguments of Lib/random.py's `Random.__init__(self, x=None)` (`args` without self):
 * x (borrowed), NULL when not given, or null with a Python function's binding TypeError
 * (Random(...) reports them too: _random.Random.__new__ accepts anything for the
 * Python-level subclass, its __init__ then refuses).
 */
function initArgs(rt: Runtime, args: number, nargs: number, kwnames: Ref): Ref | null {
  const nkw = nkwOf(rt, kwnames);
  const npos = nargs - nkw;
  if (npos > 1) {
    raiseTypeError(rt, `Random.__init__() takes from 1 to 2 positional arguments but ${npos + 1} were given`);
    return null;
  }
  let x: Ref = npos === 1 ? (rt.i32[args] as Ref) : NULL;
  for (let k = 0; k < nkw; k++) {
    const kn = strToJS(rt, tupleItem(rt, kwnames, k));
    if (kn !== 'x') {
      raiseTypeError(rt, `Random.__init__() got an unexpected keyword argument '${kn}'`);
      return null;
    }
    if (x !== NULL) {
      raiseTypeError(rt, "Random.__init__() got multiple values for argument 'x'");
      return null;
    }
    x = rt.i32[args + npos + k] as Ref;
  }
  return x;
}

/** Seeds mt from a Python value (None, int, str, other hashable). 0 / -1. */
function seedFrom(rt: Runtime, mt: MersenneTwister, a: Ref): number {
  if (a === NULL || a === rt.None) {
    mt.seedFromEntropy();
    return 0;
  }
  const k = (a & 1) === 1 ? Kind.INT : kindOf(rt, a);
  if (k === Kind.INT || k === Kind.BOOL) {
    const b = intArgBig(rt, a);
    if (b === null) return -1;
    mt.seed(b);
    return 0;
  }
  if (k === Kind.STR) {
    mt.seed(strToJS(rt, a));
    return 0;
  }
  if (k === Kind.BYTES || k === Kind.BYTEARRAY) {
    mt.seed(bytesData(rt, a));
    return 0;
  }
  if (k === Kind.FLOAT || k === Kind.NONE || k === Kind.TUPLE || k === Kind.FROZENSET) {
    if (k !== Kind.FLOAT) {
      raiseTypeError(rt, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
      return -1;
    }
    const h = A.pyHash(rt, a);
    if (h === null) return -1;
    mt.seedFromHash(h);
    return 0;
  }
  raiseTypeError(rt, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  return -1;
}

/** Lib/random.py's seed(a, version=1) of a str (or bytes, decoded as latin-1): Python 2's
 * string hash, to 64 bits, as the int seed. */
function version1StrSeed(a: string): bigint {
  const codes = Array.from(a, (ch) => BigInt(ch.codePointAt(0)!));
  let x = codes.length > 0 ? codes[0]! << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
  x ^= BigInt(codes.length);
  return x;
}

/** population[i] for a sequence (fast path for lists). New reference or NULL. */
function itemAt(rt: Runtime, seq: Ref, i: number): Ref {
  if (kindOf(rt, seq) === Kind.LIST) return newRef(rt, rt.i32[listItemsWord(rt, seq) + i] as Ref);
  const ix = intFromNumber(rt, i);
  const r = A.getItem(rt, seq, ix);
  decref(rt, ix);
  return r;
}

function floatsFrom(rt: Runtime, v: Ref): number[] | null {
  const it = A.getIter(rt, v);
  if (it === NULL) return null;
  const out: number[] = [];
  for (;;) {
    const x = A.iterNext(rt, it);
    if (x === NULL) break;
    const f = floatArg(rt, x);
    decref(rt, x);
    if (f === null) {
      decref(rt, it);
      return null;
    }
    out.push(f);
  }
  decref(rt, it);
  return errOccurred(rt) ? null : out;
}

function listOfIndices(rt: Runtime, population: Ref, indices: readonly number[]): Ref {
  const out = listNew(rt, indices.length);
  for (const i of indices) {
    const v = itemAt(rt, population, i);
    if (v === NULL) {
      decref(rt, out);
      return NULL;
    }
    listAppendSteal(rt, out, v);
  }
  return out;
}

/** A float-returning method with optional float parameters (defaults given). */
function floatMethod(name: string, params: readonly [string, number | null][], f: (mt: MersenneTwister, xs: number[]) => number): [string, NativeFn] {
  return [name, (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    const p = parseArgs(rt, name, args + 1, nargs - 1, kwnames, params.length, params.map(([n]) => n), false, true);
    if (p === null) return NULL;
    // the required parameters not given: CPython's message for a Python method
    const missing = params.filter(([pname, dflt], i) => dflt === null && (p.pos[i] ?? p.kw.get(pname)) === undefined).map(([pname]) => `'${pname}'`);
    if (missing.length > 0) {
      const list = missing.length === 1 ? missing[0] : missing.slice(0, -1).join(', ') + (missing.length > 2 ? ',' : '') + ' and ' + missing[missing.length - 1];
      return raiseTypeError(rt, `Random.${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
    const xs: number[] = [];
    for (let i = 0; i < params.length; i++) {
      const [pname, dflt] = params[i]!;
      const v = p.pos[i] ?? p.kw.get(pname);
      if (v === undefined || v === rt.None) {
        xs.push(dflt ?? NaN);
        continue;
      }
      const x = floatArg(rt, v);
      if (x === null) return NULL;
      xs.push(x);
    }
    return withGenerator(rt, self, (mt) => floatNew(rt, f(mt, xs)), true);
  }];
}

const METHODS: [string, NativeFn][] = [
  ['__init__', (rt, args, nargs, kwnames) => {
    // Random.__init__(self, x=None): self.seed(x), as Lib/random.py (a subclass's own seed
    // included)
    const self = rt.i32[args] as Ref;
    const given = initArgs(rt, args + 1, nargs - 1, kwnames);
    if (given === null) return NULL;
    const x = given === NULL ? rt.None : given;
    const seed = A.getAttr(rt, self, internJS(rt, 'seed'));
    if (seed === NULL) return NULL;
    const r = call1(rt, seed, x);
    decref(rt, seed);
    if (r === NULL) return NULL;
    decref(rt, r);
    return rt.None;
  }],
  ['seed', (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    const npos = nargs - nkwOf(rt, kwnames);
    if (npos > 3) return raiseTypeError(rt, `Random.seed() takes from 1 to 3 positional arguments but ${npos} were given`);
    const p = parseArgs(rt, 'Random.seed', args + 1, nargs - 1, kwnames, 2, ['a', 'version'], false, true);
    if (p === null) return NULL;
    const a = p.pos[0] ?? p.kw.get('a') ?? NULL;
    const version = p.pos[1] ?? p.kw.get('version') ?? NULL;
    if (version !== NULL && a !== NULL) {
      const v1 = A.richCompareBool(rt, version, intFromNumber(rt, 1), 2);
      if (v1 < 0) return NULL;
      const k = (a & 1) === 1 ? Kind.INT : kindOf(rt, a);
      if (v1 === 1 && (k === Kind.STR || k === Kind.BYTES)) {
        const x = version1StrSeed(k === Kind.STR ? strToJS(rt, a) : latin1(bytesData(rt, a)));
        return withGenerator(rt, self, (mt) => {
          mt.seed(x);
          return rt.None;
        });
      }
    }
    return withGenerator(rt, self, (mt) => (seedFrom(rt, mt, a) < 0 ? NULL : rt.None));
  }],
  ['getstate', (rt, args, nargs, kwnames) => {
    // (VERSION 3, the 624 state words + the position, gauss_next), as Lib/random.py
    if (methodArgs(rt, 'getstate', args, nargs, kwnames, []) === null) return NULL;
    const self = rt.i32[args] as Ref;
    const took = rt.rc.atomic && objLock(rt, self); // a state no other thread is half-way through
    const mt = generatorOf(rt, self);
    const words: Ref[] = [];
    for (let i = 0; i < 624; i++) words.push(intFromNumber(rt, mt.state[i]!));
    words.push(intFromNumber(rt, Math.min(mt.index, 624)));
    const gaussNext = mt.gaussNext;
    if (took) objUnlock(rt, self);
    const inner = tupleFromRefs(rt, words);
    for (const w of words) decref(rt, w);
    const version = intFromNumber(rt, 3);
    const gauss = gaussNext === null ? rt.None : floatNew(rt, gaussNext);
    const t = tupleFromRefs(rt, [version, inner, gauss]);
    decref(rt, version); decref(rt, inner); decref(rt, gauss);
    return t;
  }],
  ['setstate', (rt, args, nargs, kwnames) => {
    const given = methodArgs(rt, 'setstate', args, nargs, kwnames, ['state']);
    if (given === null) return NULL;
    const self = rt.i32[args] as Ref;
    const st = given[0]!;
    // Lib/random.py's unpacking, then _random.Random.setstate's checks
    const items = A.listFromIterable(rt, st);
    if (items === NULL) return NULL;
    const n = listSize(rt, items);
    const w = listItemsWord(rt, items);
    const item = (i: number): Ref => rt.i32[w + i] as Ref;
    try {
      if (n === 0) return raiseNew(rt, rt.exc.IndexError!, 'tuple index out of range');
      const version = item(0);
      // version 2 (Python 2's pickles): the same, its words taken modulo 2**32
      const v3 = A.richCompareBool(rt, version, intFromNumber(rt, 3), 2);
      const v2 = v3 === 1 ? 0 : A.richCompareBool(rt, version, intFromNumber(rt, 2), 2);
      if (v3 < 0 || v2 < 0) return NULL;
      if (v3 !== 1 && v2 !== 1) {
        const vs = A.strJS(rt, version);
        return vs === null ? NULL : raiseValueError(rt, `state with version ${vs} passed to Random.setstate() of version 3`);
      }
      if (n !== 3) return raiseValueError(rt, `${n > 3 ? 'too many values to unpack (expected 3)' : `not enough values to unpack (expected 3, got ${n})`}`);
      const inner = item(1);
      const gauss = item(2);
      if (v3 === 1 && kindOf(rt, inner) !== Kind.TUPLE) return raiseTypeError(rt, 'state vector must be a tuple');
      const words = A.listFromIterable(rt, inner);
      if (words === NULL) return NULL;
      try {
        if (listSize(rt, words) !== 625) return raiseValueError(rt, 'state vector is the wrong size');
        const ww = listItemsWord(rt, words);
        const vals: bigint[] = [];
        for (let i = 0; i < 625; i++) {
          const b = intArgBig(rt, rt.i32[ww + i] as Ref);
          if (b === null) return NULL;
          vals.push(v2 === 1 ? BigInt.asUintN(32, b) : b);
        }
        const index = vals[624]!;
        if (index < 0n || index > 624n) return raiseValueError(rt, 'invalid state');
        let g: number | null = null;
        if (gauss !== rt.None) {
          const x = floatArg(rt, gauss);
          if (x === null) return NULL;
          g = x;
        }
        return withGenerator(rt, self, (mt) => {
          for (let i = 0; i < 624; i++) mt.state[i] = Number(BigInt.asUintN(32, vals[i]!));
          mt.index = Number(index);
          mt.gaussNext = g;
          return rt.None;
        });
      } finally {
        decref(rt, words);
      }
    } finally {
      decref(rt, items);
    }
  }],
  ['random', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'Random.random', nargs - 1, kwnames, 0, 0)) return NULL;
    return randomFloat(rt, rt.i32[args] as Ref);
  }],
  ['getrandbits', (rt, args, nargs, kwnames) => {
    if (!checkArgs(rt, 'Random.getrandbits', nargs - 1, kwnames, 1, 1)) return NULL;
    const k = intArgBig(rt, rt.i32[args + 1] as Ref);
    if (k === null) return NULL;
    if (k < 0n) return raiseValueError(rt, 'number of bits must be non-negative');
    return withGenerator(rt, rt.i32[args] as Ref, (mt) => intRef(rt, mt.getrandbits(Number(k))));
  }],
  // randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'), as Lib/random.py
  ['randbytes', (rt, args, nargs, kwnames) => {
    const given = methodArgs(rt, 'randbytes', args, nargs, kwnames, PARAMS_RANDBYTES);
    if (given === null) return NULL;
    const n = intArgBig(rt, given[0]!);
    if (n === null) return NULL;
    if (n < 0n) return raiseValueError(rt, 'number of bits must be non-negative');
    return withGenerator(rt, rt.i32[args] as Ref, (mt) => {
      let v = n === 0n ? 0n : mt.getrandbitsBig(Number(n) * 8);
      const out = new Uint8Array(Number(n));
      for (let i = 0; i < out.length; i++) {
        out[i] = Number(v & 0xffn);
        v >>= 8n;
      }
      return bytesNew(rt, out);
    }, true);
  }],
  ['randrange', (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    const p = parseArgs(rt, 'Random.randrange', args + 1, nargs - 1, kwnames, 3, ['start', 'stop', 'step'], false, true);
    if (p === null) return NULL;
    const sv = p.pos[0] ?? p.kw.get('start');
    if (sv === undefined) return raiseTypeError(rt, "randrange() missing 1 required positional argument: 'start'");
    const start = rangeArg(rt, sv, 1);
    if (start === null) return NULL;
    const stopv = p.pos[1] ?? p.kw.get('stop');
    let stop: PyIntValue | null = null;
    if (stopv !== undefined && stopv !== rt.None) {
      stop = rangeArg(rt, stopv, 2);
      if (stop === null) return NULL;
    }
    const stepv = p.pos[2] ?? p.kw.get('step');
    let step: PyIntValue = 1;
    if (stepv !== undefined) {
      const s = rangeArg(rt, stepv, 3);
      if (s === null) return NULL;
      step = s;
    }
    return withGenerator(rt, self, (mt) => intRef(rt, mt.randrange(start, stop, step)), true);
  }],
  ['randint', (rt, args, nargs, kwnames) => {
    if (nargs === 3 && kwnames === NULL) {
      // two small ints a <= b on Random itself or a subclass that overrides none of the
      // three primitives: a + _randbelow(b - a + 1) here (the draws Lib/random.py makes),
      // without the general path's + protocol, argument objects and closure
      const self = rt.i32[args] as Ref;
      const a = rt.i32[args + 1]!;
      const b = rt.i32[args + 2]!;
      if ((a & b & 1) === 1 && (a >> 1) <= (b >> 1) && subclassOverrides(rt, self) === 0) {
        const took = rt.rc.atomic && objLock(rt, self);
        const mt = generatorOf(rt, self);
        const r = mt.randbelow((b >> 1) - (a >> 1) + 1);
        storeGenerator(rt, self, mt);
        if (took) objUnlock(rt, self);
        return smallIntRef((a >> 1) + r);
      }
    }
    const given = methodArgs(rt, 'randint', args, nargs, kwnames, PARAMS_RANDINT);
    if (given === null) return NULL;
    // randint(a, b) is randrange(a, b + 1): b + 1 first, with the + protocol's errors
    const aRef = given[0]!; // both read before b + 1 can run Python code
    const bRef = given[1]!;
    const stopRef = A.binaryOp(rt, bRef, smallIntRef(1), 0);
    if (stopRef === NULL) return NULL;
    const a = rangeArg(rt, aRef, 1, false);
    const stop = a === null ? null : rangeArg(rt, stopRef, 2, false);
    decref(rt, stopRef);
    if (a === null || stop === null) return NULL;
    return withGenerator(rt, rt.i32[args] as Ref, (mt) => intRef(rt, mt.randrange(a, stop)), true);
  }],
  ['choice', (rt, args, nargs, kwnames) => {
    const given = methodArgs(rt, 'choice', args, nargs, kwnames, PARAMS_CHOICE);
    if (given === null) return NULL;
    const seq = given[0]!;
    const n = A.length(rt, seq);
    if (n < 0) return NULL;
    let i = 0;
    const r = withGenerator(rt, rt.i32[args] as Ref, (mt) => {
      i = mt.choiceIndex(n);
      return rt.None;
    }, true);
    if (r === NULL) return NULL;
    return itemAt(rt, seq, i);
  }],
  ['shuffle', (rt, args, nargs, kwnames) => {
    const given = methodArgs(rt, 'shuffle', args, nargs, kwnames, PARAMS_SHUFFLE);
    if (given === null) return NULL;
    const x = given[0]!;
    const n = A.length(rt, x);
    if (n < 0) return NULL;
    const isList = kindOf(rt, x) === Kind.LIST;
    let failed = false;
    const r = withGenerator(rt, rt.i32[args] as Ref, (mt) => {
      mt.shuffleBy(n, (i, j) => {
        if (isList && listSize(rt, x) === n) {
          const w = listItemsWord(rt, x);
          const t = rt.i32[w + i]!;
          rt.i32[w + i] = rt.i32[w + j]!;
          rt.i32[w + j] = t;
          return;
        }
        const a = itemAt(rt, x, i);
        const b = a === NULL ? NULL : itemAt(rt, x, j);
        if (b === NULL) {
          if (a !== NULL) decref(rt, a);
          failed = true;
          return false;
        }
        const ii = intFromNumber(rt, i);
        const jj = intFromNumber(rt, j);
        if (A.setItem(rt, x, ii, b) < 0 || A.setItem(rt, x, jj, a) < 0) failed = true;
        decref(rt, ii); decref(rt, jj); decref(rt, a); decref(rt, b);
        // Lib/random.py's loop ends at the first failing swap: no further draws
        return !failed;
      });
      return rt.None;
    }, true);
    return failed ? NULL : r;
  }],
  ['sample', (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    const p = parseArgs(rt, 'Random.sample', args + 1, nargs - 1, kwnames, 2, ['population', 'k', 'counts'], false, true);
    if (p === null) return NULL;
    const population = p.pos[0] ?? p.kw.get('population');
    const kv = p.pos[1] ?? p.kw.get('k');
    if (population === undefined || kv === undefined) return raiseTypeError(rt, `Random.sample() missing 1 required positional argument: '${population === undefined ? 'population' : 'k'}'`);
    const counts = p.kw.get('counts');
    // random.py's isinstance(population, Sequence): the built-in sequences (and, leniently,
    // any class instance: a deque or a Sequence subclass); an int, a set, an iterator is not
    const pk = (population & 1) === 1 ? Kind.INT : kindOf(rt, population);
    const sequence = pk === Kind.LIST || pk === Kind.TUPLE || pk === Kind.STR || pk === Kind.RANGE || pk === Kind.BYTES || pk === Kind.BYTEARRAY;
    if (!sequence && (pk === Kind.SET || pk === Kind.FROZENSET || pk === Kind.DICT || !A.isHeapTypeObj(rt, population))) {
      return raiseTypeError(rt, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    }
    const n = A.length(rt, population);
    if (n < 0) return NULL;
    // counts=: Lib/random.py samples range(total) and maps each pick back through the
    // cumulative counts (bisect_right)
    let cumCounts: number[] | null = null;
    let size = n;
    if (counts !== undefined && counts !== rt.None) {
      const items = A.listFromIterable(rt, counts);
      if (items === NULL) return NULL;
      const values: number[] = [];
      let integral = true;
      for (let i = 0; i < listSize(rt, items); i++) {
        const c = listItem(rt, items, i);
        const ck = (c & 1) === 1 ? Kind.INT : kindOf(rt, c);
        if (ck !== Kind.INT && ck !== Kind.BOOL) integral = false;
        const x = ck === Kind.INT || ck === Kind.BOOL ? Number(intArgBig(rt, c)) : A.toFloat(rt, c);
        if (x === null) {
          decref(rt, items);
          return NULL;
        }
        values.push(x);
      }
      decref(rt, items);
      let total = 0;
      cumCounts = values.map((x) => (total += x));
      if (cumCounts.length !== n) return raiseValueError(rt, 'The number of counts does not match the population');
      if (n === 0) return raiseNew(rt, rt.exc.IndexError!, 'pop from empty list');
      cumCounts.pop();
      if (!integral) return raiseTypeError(rt, 'Counts must be integers');
      if (total <= 0) return raiseValueError(rt, 'Total of counts must be greater than zero');
      size = total;
    }
    const kk = (kv & 1) === 1 ? Kind.INT : kindOf(rt, kv);
    if (kk !== Kind.INT && kk !== Kind.BOOL && !(A.isHeapTypeObj(rt, kv) && A.lookupSpecial(rt, kv, rt.names.__index__) !== NULL)) {
      // Lib/random.py's `if not 0 <= k <= n` (the comparisons' own errors), then
      // `[None] * k`: a float k in range fails there
      const sizeRef = intFromNumber(rt, size);
      let inRange = A.richCompareBool(rt, smallIntRef(0), kv, 1);
      if (inRange === 1) inRange = A.richCompareBool(rt, kv, sizeRef, 1);
      decref(rt, sizeRef);
      if (inRange < 0) return NULL;
      if (inRange === 0) return raiseValueError(rt, 'Sample larger than population or is negative');
      return raiseTypeError(rt, `can't multiply sequence by non-int of type '${A.typeNameOf(rt, kv)}'`);
    }
    const k = intArgBig(rt, kv);
    if (k === null) return NULL;
    if (k < 0n || k > BigInt(size)) return raiseValueError(rt, 'Sample larger than population or is negative');
    let indices: number[] = [];
    const r = withGenerator(rt, self, (mt) => {
      indices = mt.sampleIndices(size, Number(k));
      return rt.None;
    }, true);
    if (r === NULL) return NULL;
    if (cumCounts !== null) {
      const cum = cumCounts;
      // bisect_right(cum, pick): the population item whose run of counts holds the pick
      indices = indices.map((pick) => {
        let lo = 0;
        let hi = cum.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (pick < cum[mid]!) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      });
    }
    return listOfIndices(rt, population, indices);
  }],
  ['choices', (rt, args, nargs, kwnames) => {
    const self = rt.i32[args] as Ref;
    const p = parseArgs(rt, 'Random.choices', args + 1, nargs - 1, kwnames, 2, ['population', 'weights', 'cum_weights', 'k'], false, true);
    if (p === null) return NULL;
    const population = p.pos[0] ?? p.kw.get('population');
    if (population === undefined) return raiseTypeError(rt, "Random.choices() missing 1 required positional argument: 'population'");
    const n = A.length(rt, population);
    if (n < 0) return NULL;
    let k = 1;
    const kv = p.kw.get('k');
    if (kv !== undefined) {
      const kb = intArgBig(rt, kv);
      if (kb === null) return NULL;
      k = Number(kb);
    }
    let weights: number[] | null = null;
    let cum: number[] | null = null;
    const wv = p.pos[1] ?? p.kw.get('weights');
    if (wv !== undefined && wv !== rt.None) {
      weights = floatsFrom(rt, wv);
      if (weights === null) return NULL;
    }
    const cv = p.kw.get('cum_weights');
    if (cv !== undefined && cv !== rt.None) {
      cum = floatsFrom(rt, cv);
      if (cum === null) return NULL;
    }
    let indices: number[] = [];
    const r = withGenerator(rt, self, (mt) => {
      indices = mt.choicesIndices(n, k, weights, cum);
      return rt.None;
    }, true);
    if (r === NULL) return NULL;
    return listOfIndices(rt, population, indices);
  }],
  floatMethod('uniform', [['a', null], ['b', null]], (mt, [a, b]) => mt.uniform(a!, b!)),
  floatMethod('triangular', [['low', 0.0], ['high', 1.0], ['mode', NaN]], (mt, [lo, hi, mode]) => mt.triangular(lo!, hi!, mode !== mode ? null : mode!)),
  floatMethod('gauss', [['mu', 0.0], ['sigma', 1.0]], (mt, [mu, sigma]) => mt.gauss(mu!, sigma!)),
  floatMethod('normalvariate', [['mu', 0.0], ['sigma', 1.0]], (mt, [mu, sigma]) => mt.normalvariate(mu!, sigma!)),
  floatMethod('expovariate', [['lambd', null]], (mt, [l]) => mt.expovariate(l!)),
  floatMethod('lognormvariate', [['mu', null], ['sigma', null]], (mt, [mu, sigma]) => mt.lognormvariate(mu!, sigma!)),
  floatMethod('vonmisesvariate', [['mu', null], ['kappa', null]], (mt, [mu, kappa]) => mt.vonmisesvariate(mu!, kappa!)),
  floatMethod('gammavariate', [['alpha', null], ['beta', null]], (mt, [a, b]) => mt.gammavariate(a!, b!)),
  floatMethod('betavariate', [['alpha', null], ['beta', null]], (mt, [a, b]) => mt.betavariate(a!, b!)),
  floatMethod('paretovariate', [['alpha', null]], (mt, [a]) => mt.paretovariate(a!)),
  floatMethod('weibullvariate', [['alpha', null], ['beta', null]], (mt, [a, b]) => mt.weibullvariate(a!, b!)),
];

const METHOD_INDICES: [string, number][] = METHODS.map(([name, fn]) => [name, defineNative(name, fn)]);

/** Random(seed=None): TP_NEW_NATIVE of the Random type (args exclude the type). */
const NEW_RANDOM = defineNative('Random', (rt, args, nargs, kwnames) => {
  const given = initArgs(rt, args, nargs, kwnames);
  if (given === null) return NULL;
  const tRandom = randomTypeOf(rt);
  if (tRandom === NULL) return raiseTypeError(rt, 'random module not initialised');
  return newRandom(rt, tRandom, given);
});

/** The Random type of this interpreter: sys.modules['random'].__dict__['Random'] (the
 * type is immortal; the module is imported before any Random() call can happen). */
function randomTypeOf(rt: Runtime): Ref {
  const mod = dictGetItem(rt, rt.modules, internJS(rt, 'random'));
  if (mod === NULL || kindOf(rt, mod) !== Kind.MODULE) return NULL;
  const t = dictGetStr(rt, rt.i32[(mod + MOD_DICT) >> 2] as Ref, internJS(rt, 'Random'));
  return t !== NULL && kindOf(rt, t) === Kind.TYPE ? t : NULL;
}

function newRandom(rt: Runtime, tRandom: Ref, seed: Ref): Ref {
  const self = newObject(rt, tRandom, RND_SIZE);
  const r = withGenerator(rt, self, (mt) => (seedFrom(rt, mt, seed) < 0 ? NULL : rt.None));
  if (r === NULL) {
    decref(rt, self);
    return NULL;
  }
  return self;
}

function makeRandomType(rt: Runtime): Ref {
  const t = typeAlloc(rt, Kind.OBJECT, TPF_BASETYPE, RND_SIZE, RND_DICT); // subclassable, instances with a __dict__, as CPython's (a Python class)
  rt.rc.makeImmortal(t);
  const i32 = rt.i32;
  const name = internJS(rt, 'Random');
  i32[(t + TP_NAME) >> 2] = name;
  i32[(t + TP_QUALNAME) >> 2] = name;
  const d = dictNew(rt);
  rt.rc.makeImmortal(d);
  i32[(t + TP_DICT) >> 2] = d;
  i32[(t + TP_BASE) >> 2] = rt.tObject;
  // like a built-in type, the type and everything it holds is immortal
  i32[(t + TP_BASES) >> 2] = tupleFromRefs(rt, [rt.tObject]);
  i32[(t + TP_MRO) >> 2] = tupleFromRefs(rt, [t, rt.tObject]);
  rt.rc.makeImmortal(i32[(t + TP_BASES) >> 2] as Ref);
  rt.rc.makeImmortal(i32[(t + TP_MRO) >> 2] as Ref);
  i32[(t + TP_NEW_NATIVE) >> 2] = NEW_RANDOM;
  dictSetItem(rt, d, rt.names.__module__, internJS(rt, 'random'));
  for (const [mname, idx] of METHOD_INDICES) {
    const nm = internJS(rt, mname);
    const f = methodDescriptorNew(rt, idx, nm, t);
    rt.rc.makeImmortal(f);
    dictSetItem(rt, d, nm, f);
  }
  return t;
}

export function createRandomModule(rt: Runtime): Ref {
  const tRandom = makeRandomType(rt);
  const inst = newRandom(rt, tRandom, NULL);
  rt.rc.makeImmortal(inst);
  const values: [string, Ref][] = [['Random', tRandom], ['_inst', inst]];
  // Lib/random.py's module constants (the doubles CPython computes them as, on glibc)
  values.push(['BPF', intFromNumber(rt, 53)], ['LOG4', floatNew(rt, 1.3862943611198906)],
    ['NV_MAGICCONST', floatNew(rt, 1.7155277699214135)], ['RECIP_BPF', floatNew(rt, 1.1102230246251565e-16)],
    ['SG_MAGICCONST', floatNew(rt, 2.504077396776274)], ['TWOPI', floatNew(rt, 6.283185307179586)]);
  for (const [mname] of METHOD_INDICES) {
    if (mname === '__init__') continue; // a method of instances only
    const descr = typeLookup(rt, tRandom, internJS(rt, mname));
    // CPython's random.random and getrandbits are _random.Random's C methods (bound:
    // builtin_function_or_method); the others are Lib/random.py's (bound: method)
    const native = mname === 'random' || mname === 'getrandbits';
    values.push([mname, native ? builtinMethodBind(rt, descr, inst) : boundMethodNew(rt, descr, inst)]);
  }
  // Lib/random.py's __all__: `from random import *` takes these (not the constants)
  const all = listNew(rt, 0);
  for (const name of RANDOM_ALL) listAppendSteal(rt, all, strFromJS(rt, name));
  values.push(['__all__', all]);
  return makeModule(rt, 'random', RANDOM_FUNCTIONS, values);
}

const RANDOM_ALL = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss',
  'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random',
  'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate'];

const RANDOM_FUNCTIONS = defineFunctions([['__getattr__', lazyModuleGetattr('random', '_sysrandom')]]);
registerLazyModuleNames('random', ['SystemRandom']);
