/*
 * mt19937.ts: the `random` module's generator, bit-for-bit as CPython 3.11.
 *
 * Owns: the Mersenne Twister of Modules/_randommodule.c (init_genrand, init_by_array,
 * genrand_uint32, random(), getrandbits(), seeding from ints and, as Lib/random.py's
 * version 2 does, from str/bytes via sha512), and the Python-level algorithms of
 * Lib/random.py 3.11 on top of it (_randbelow, randrange, randint, choice, shuffle,
 * sample with both of its branches, uniform, triangular, gauss, normalvariate,
 * expovariate, gammavariate, betavariate, paretovariate, weibullvariate, lognormvariate,
 * vonmisesvariate, choices).
 * Same seed -> same draws, in the same order, as CPython.
 *
 * Values: ints are `number` when safe, `bigint` otherwise (getrandbits/randrange return
 * a bigint only when the result can exceed 2^53). Sequences are JS arrays; index-based
 * forms (`choiceIndex`, `shuffleBy`, `sampleIndices`) let the object layer work on its
 * own lists.
 *
 * State: one `MersenneTwister` instance per Random object (the module-level instance
 * belongs to the object layer). Errors are NumericError from objects/intmath.ts.
 *
 * Floating point: the math module's functions, as Lib/random.py calls math's: exp and acos
 * sin, cos and ** glibc's (objects/libm.ts), log the correctly rounded crLog of intmath.ts
 * (V8's Math.log etc. differ from glibc's in the last bit for some inputs, which changed
 * gauss/expovariate outputs); sqrt is Math.sqrt (exact).
 * Constants (NV_MAGICCONST, ...) are CPython's values, not recomputed.
 */

import { createHash } from 'node:crypto';
import { NumericError, crLog, floatMod, floatPow } from '../objects/intmath.js';
import { exp as glibcExp, acos as glibcAcos, sin as glibcSin, cos as glibcCos } from '../objects/libm.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
/** The masks above 2^31 as int32 (the twist's and the tempering's arithmetic is int32). */
const MATRIX_A_I32 = MATRIX_A | 0;
const UPPER_MASK_I32 = UPPER_MASK | 0;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;

const NV_MAGICCONST = 1.7155277699214135;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274;
const TWOPI = 6.283185307179586;

export type PyIntValue = number | bigint;

function valueError(msg: string): NumericError {
  return new NumericError('ValueError', msg);
}

function bitLengthBig(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

export class MersenneTwister {
  /** The 624 words of the state, and the same memory as Int32Array: the draws and the twist
   *  read and write `words`, whose elements are int32 in V8 (a Uint32Array's elements at or
   *  above 2^31 are doubles: the twist took ~6 ns per word, ~1.5 as int32). */
  state: Uint32Array<ArrayBufferLike> = new Uint32Array(N);
  words: Int32Array<ArrayBufferLike> = new Int32Array(this.state.buffer, this.state.byteOffset, N);
  index = N + 1;
  gaussNext: number | null = null;

  /** `null`: no seeding (a subclass whose draws come from elsewhere: random.ts). */
  constructor(seed?: PyIntValue | string | Uint8Array | null) {
    if (seed === null) return;
    if (seed === undefined) this.seedFromEntropy();
    else this.seed(seed);
  }

  // ---- core generator (Modules/_randommodule.c)

  private initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: Uint32Array | number[]): void {
    this.initGenrand(19650218);
    const mt = this.state;
    const keyLength = key.length;
    let i = 1;
    let j = 0;
    for (let k = N > keyLength ? N : keyLength; k; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** genrand_uint32: the next 32-bit output. Small, so that V8 inlines it into random() and
   * the other draws: a call returns a uint32 at or above 2**30 as a heap number, an allocation
   * per draw (the twist of the whole state, every 624 draws, is the call below). */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.words[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & TEMPER_B;
    y ^= (y << 15) & TEMPER_C;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Points the generator at 624 words of other memory (random.ts: a Random object's state
   *  in the heap), seen both ways. */
  useState(state: Uint32Array, words: Int32Array): void {
    this.state = state;
    this.words = words;
  }

  /** The next 624 words of the state (genrand_uint32's refill), in int32 arithmetic: the
   *  same bits, `(y & 1 ? MATRIX_A : 0)` as the mask -(y & 1). */
  private twist(): void {
    const mt = this.words;
    let kk = 0;
    let y = 0;
    for (; kk < N - M; kk++) {
      y = (mt[kk]! & UPPER_MASK_I32) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A_I32);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk]! & UPPER_MASK_I32) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A_I32);
    }
    y = (mt[N - 1]! & UPPER_MASK_I32) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A_I32);
    this.index = 0;
  }

  /** random(): a float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k): a number for k <= 53, a bigint above. */
  getrandbits(k: number): PyIntValue {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.nextUint32();
      const hi = this.nextUint32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    return this.getrandbitsBig(k);
  }

  /** getrandbits(k) as a bigint, any k >= 0. */
  getrandbitsBig(k: number): bigint {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.nextUint32() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let rem = k; rem > 0; rem -= 32) {
      let r = this.nextUint32();
      if (rem < 32) r >>>= 32 - rem;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  // ---- seeding

  /** seed(a) for an int (all bits of |a|, 32-bit words, least significant first),
   * a str or bytes (version 2: a + sha512(a) as a big-endian int). */
  seed(a: PyIntValue | string | Uint8Array): void {
    if (typeof a === 'string') a = new TextEncoder().encode(a);
    if (a instanceof Uint8Array) {
      const digest = createHash('sha512').update(a).digest();
      let hex = '';
      for (const b of a) hex += b.toString(16).padStart(2, '0');
      hex += digest.toString('hex');
      a = BigInt('0x' + hex);
    }
    let n = typeof a === 'bigint' ? a : BigInt(a);
    if (n < 0n) n = -n;
    const key: number[] = [];
    if (n === 0n) key.push(0);
    while (n > 0n) {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** seed(x) for any other hashable x (float, ...): CPython uses (size_t)hash(x), the
   * hash reinterpreted as unsigned 64-bit, not its absolute value. */
  seedFromHash(hash: number | bigint): void {
    this.seed(BigInt.asUintN(64, BigInt(hash)));
  }

  /** seed(None): from the OS entropy source. */
  seedFromEntropy(): void {
    const bytes = new Uint8Array(2496);
    globalThis.crypto.getRandomValues(bytes);
    const key = new Uint32Array(bytes.buffer);
    this.initByArray(key);
    this.gaussNext = null;
  }

  // ---- Lib/random.py

  /** _randbelow(n) for 0 < n (safe integer): getrandbits(n.bit_length()) until < n. */
  randbelow(n: number): number {
    if (n < 0x100000000) {
      const k = 32 - Math.clz32(n);
      let r = this.nextUint32() >>> (32 - k);
      while (r >= n) r = this.nextUint32() >>> (32 - k);
      return r;
    }
    let k = 32;
    while (2 ** k <= n) k++;
    let r = this.getrandbits(k) as number;
    while (r >= n) r = this.getrandbits(k) as number;
    return r;
  }

  /** _randbelow(n) for a bigint n > 0. */
  randbelowBig(n: bigint): bigint {
    if (n <= 9007199254740991n) return BigInt(this.randbelow(Number(n)));
    const k = bitLengthBig(n);
    let r = this.getrandbitsBig(k);
    while (r >= n) r = this.getrandbitsBig(k);
    return r;
  }

  /** randrange(start[, stop[, step]]) with CPython's checks (args already integers). */
  randrange(start: PyIntValue, stop?: PyIntValue | null, step: PyIntValue = 1): PyIntValue {
    const big = typeof start === 'bigint' || typeof stop === 'bigint' || typeof step === 'bigint';
    if (!big) return this.randrangeSmall(start as number, stop as number | null | undefined, step as number);
    const istart = BigInt(start);
    if (stop === undefined || stop === null) {
      if (BigInt(step) !== 1n) throw new NumericError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0n) return normInt(this.randbelowBig(istart));
      throw valueError('empty range for randrange()');
    }
    const istop = BigInt(stop);
    const width = istop - istart;
    const istep = BigInt(step);
    if (istep === 1n) {
      if (width > 0n) return normInt(istart + this.randbelowBig(width));
      throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDivBig(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDivBig(width + istep + 1n, istep);
    else throw valueError('zero step for randrange()');
    if (n <= 0n) throw valueError('empty range for randrange()');
    return normInt(istart + istep * this.randbelowBig(n));
  }

  private randrangeSmall(istart: number, stop: number | null | undefined, istep: number): PyIntValue {
    if (stop === undefined || stop === null) {
      if (istep !== 1) throw new NumericError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0) return this.randbelow(istart);
      throw valueError('empty range for randrange()');
    }
    const width = stop - istart;
    if (!Number.isSafeInteger(width)) return this.randrange(BigInt(istart), BigInt(stop), BigInt(istep));
    if (istep === 1) {
      if (width > 0) return istart + this.randbelow(width);
      throw valueError(`empty range for randrange() (${istart}, ${stop}, ${width})`);
    }
    let n: number;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw valueError('zero step for randrange()');
    if (n <= 0) throw valueError('empty range for randrange()');
    const j = this.randbelow(n);
    const r = istart + istep * j;
    return Number.isSafeInteger(r) ? r : normInt(BigInt(istart) + BigInt(istep) * BigInt(j));
  }

  randint(a: PyIntValue, b: PyIntValue): PyIntValue {
    if (typeof a === 'bigint' || typeof b === 'bigint') return this.randrange(BigInt(a), BigInt(b) + 1n);
    return this.randrange(a, b + 1);
  }

  /** The index choice() picks for a sequence of length n. */
  choiceIndex(n: number): number {
    if (!n) throw new NumericError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(n);
  }

  choice<T>(seq: readonly T[]): T {
    return seq[this.choiceIndex(seq.length)]!;
  }

  /** shuffle() on an abstract sequence: calls swap(i, j) exactly as CPython does. */
  /** swap returns false to stop (a failed item assignment: Lib/random.py's loop raises
   * there, drawing no more numbers). */
  shuffleBy(length: number, swap: (i: number, j: number) => boolean | void): void {
    for (let i = length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      if (swap(i, j) === false) return;
    }
  }

  shuffle<T>(x: T[]): void {
    this.shuffleBy(x.length, (i, j) => {
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    });
  }

  /** Indices into a population of size n that sample(population, k) picks, in order. */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw valueError('Sample larger than population or is negative');
    const result: number[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(crLog(k * 3) / crLog(4));
    if (n <= setsize) {
      const pool: number[] = new Array(n);
      for (let i = 0; i < n; i++) pool[i] = i;
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  sample<T>(population: readonly T[], k: number): T[] {
    return this.sampleIndices(population.length, k).map((i) => population[i]!);
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else {
      if (high - low === 0) return low; // ZeroDivisionError path in CPython
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      const zz = z * z / 4.0;
      if (zz <= -crLog(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * crLog(1.0 - this.random()));
      z = glibcCos(x2pi) * g2rad;
      this.gaussNext = glibcSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    const x = this.normalvariate(mu, sigma);
    const r = glibcExp(x);
    if (!Number.isFinite(r) && Number.isFinite(x)) throw new NumericError('OverflowError', 'math range error');
    return r;
  }

  /** CPython 3.11's vonmisesvariate. */
  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = glibcCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * glibcExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? floatMod(mu + glibcAcos(f), TWOPI) : floatMod(mu - glibcAcos(f), TWOPI);
  }

  expovariate(lambd: number): number {
    const u = -crLog(1.0 - this.random());
    if (lambd === 0) throw new NumericError('ZeroDivisionError', 'float division by zero');
    return u / lambd;
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw valueError('gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = crLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * glibcExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
      }
    } else if (alpha === 1.0) {
      return -crLog(1.0 - this.random()) * beta;
    }
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      if (p <= 1.0) x = pyPow(p, 1.0 / alpha);
      else x = -crLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pyPow(x, alpha - 1.0)) break;
      } else if (u1 <= glibcExp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return pyPow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * pyPow(-crLog(u), 1.0 / beta);
  }

  /** Indices that choices() picks. weights/cumWeights as numbers (at most one given). */
  choicesIndices(n: number, k: number, weights?: readonly number[] | null, cumWeights?: readonly number[] | null): number[] {
    const out: number[] = new Array(Math.max(k, 0));
    if (cumWeights == null) {
      if (weights == null) {
        for (let i = 0; i < k; i++) {
          out[i] = Math.floor(this.random() * n);
          // CPython's population[floor(random() * n)]: an empty population fails on the
          // first item, after its random() was drawn
          if (n === 0) throw new NumericError('IndexError', 'list index out of range');
        }
        return out;
      }
      const acc: number[] = new Array(weights.length);
      let s = 0;
      for (let i = 0; i < weights.length; i++) { s += weights[i]!; acc[i] = s; }
      cumWeights = acc;
    } else if (weights != null) {
      throw new NumericError('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw valueError('The number of weights does not match the population');
    if (n === 0) throw new NumericError('IndexError', 'list index out of range'); // cum_weights[-1]
    const total = cumWeights[n - 1]! + 0.0;
    if (!(total > 0.0)) {
      if (total !== total) throw valueError('Total of weights must be finite');
      throw valueError('Total of weights must be greater than zero');
    }
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) out[i] = bisectRight(cumWeights, this.random() * total, 0, hi);
    return out;
  }

  choices<T>(population: readonly T[], k = 1, weights?: readonly number[] | null, cumWeights?: readonly number[] | null): T[] {
    return this.choicesIndices(population.length, k, weights, cumWeights).map((i) => population[i]!);
  }
}

/** float ** float as Python evaluates it (complex results cannot arise here). */
function pyPow(x: number, y: number): number {
  const r = floatPow(x, y);
  return r === null ? NaN : r;
}

function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function normInt(v: bigint): PyIntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
