/*
 * numhash.ts: hash() of ints, floats, tuples and strings, as CPython 3.11 computes
 * them (Python/pyhash.c, Objects/longobject.c, Objects/tupleobject.c).
 *
 * Representation (PyHash): a Py_hash_t is a signed 64-bit value. We return it as a JS
 * `number` whenever it is a safe integer (|h| <= 2^53 - 1) and as a `bigint` otherwise,
 * so hash(n) == n costs nothing for every small int and string hashes (always numbers,
 * see below) never allocate. Two hashes are equal iff `hashEquals` says so (a number
 * and a bigint never represent the same value: the bigint form is only used beyond the
 * safe range). A hash is never -1.
 *
 * Numeric hashes are exact: hash(n) = sign(n) * (|n| mod (2^61 - 1)), floats hash as the
 * rational they are (so hash(1.0) == hash(1), hash(0.5) == 2^60), inf -> +-314159, and
 * NaN hashes by identity (3.10+: _Py_HashPointer of the object; pass the object's id).
 * Tuple hashes use CPython 3.8+'s xxHash-based tuplehash over the item hashes.
 *
 * Strings: CPython hashes str with SipHash-1-3 keyed by PYTHONHASHSEED (random per run).
 * We do not reproduce it: `hashString` is a fast 53-bit mix (two 32-bit multiply-xorshift
 * lanes), folded into the signed range [-2^52, 2^52), with hash('') == 0 as CPython.
 * str hashes therefore differ from CPython's, just as they differ between CPython runs.
 *
 * Dict/set slots: `hashToSlot` gives the low 32 bits of the 64-bit two's-complement
 * hash (what CPython's `hash & mask` uses), and `hashHighBits` the value CPython's probe
 * perturbation starts from, truncated to a safe integer.
 */

export type PyHash = number | bigint;

const MODULUS = (1n << 61n) - 1n; // _PyHASH_MODULUS
export const HASH_BITS = 61;
export const HASH_INF = 314159;
const MASK64 = (1n << 64n) - 1n;

/** Normalises a signed 64-bit bigint into the PyHash representation, -1 -> -2. */
function fromSigned(h: bigint): PyHash {
  if (h === -1n) return -2;
  if (h >= -9007199254740991n && h <= 9007199254740991n) return Number(h);
  return h;
}

function toBigHash(h: PyHash): bigint {
  return typeof h === 'bigint' ? h : BigInt(h);
}

export function hashEquals(a: PyHash, b: PyHash): boolean {
  return a === b;
}

/** hash(int) */
export function hashInt(v: number | bigint): PyHash {
  if (typeof v === 'number') {
    // |v| < 2^53 < 2^61 - 1: the value is its own hash
    return v === -1 ? -2 : v;
  }
  if (v >= -9007199254740991n && v <= 9007199254740991n) {
    const n = Number(v);
    return n === -1 ? -2 : n;
  }
  const neg = v < 0n;
  let r = (neg ? -v : v) % MODULUS;
  if (neg) r = -r;
  return fromSigned(r);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** hash(float). `id` is the object's identity, used only for NaN (3.10+). */
export function hashFloat(x: number, id = 0): PyHash {
  if (x !== x) return hashPointer(id);
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (Number.isInteger(x) && x >= -9007199254740991 && x <= 9007199254740991) {
    return x === -1 ? -2 : x === 0 ? 0 : x;
  }
  f64[0] = x;
  const lo = u32[0]!;
  const hi = u32[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  let m = BigInt((hi & 0xfffff) * 4294967296 + lo);
  let e: number;
  if (biased === 0) e = -1074;
  else { m += 1n << 52n; e = biased - 1075; }
  // |x| = m * 2^e; 2^61 == 1 (mod P), so 2^e == 2^(e mod 61)
  const shift = ((e % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = (m << BigInt(shift)) % MODULUS;
  if (x < 0) h = -h;
  return fromSigned(h);
}

/** _Py_HashPointer: rotate the 64-bit address right by 4 bits. */
export function hashPointer(id: number | bigint): PyHash {
  const y = BigInt.asUintN(64, BigInt(id));
  const r = ((y >> 4n) | (y << 60n)) & MASK64;
  return fromSigned(BigInt.asIntN(64, r));
}

// xxHash primes as (high, low) 32-bit halves: the tuple hash runs on 32-bit integer
// arithmetic (no bigint allocation per item).
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87; // 11400714785074694791
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f; // 14029467366897019727
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5; // 2870177450012600261
const LEN_MIX_HI = P5_HI, LEN_MIX_LO = (P5_LO ^ 3527539) >>> 0;

/** High 32-bit word of the 64-bit product a*b (a, b uint32); the low word is Math.imul. */
function mul32Hi(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
}

/** hash(tuple) from the hashes of its items (CPython 3.8+ tuplehash, mod 2^64). */
export function hashTuple(itemHashes: readonly PyHash[]): PyHash {
  let hi = P5_HI, lo = P5_LO;
  const len = itemHashes.length;
  for (let i = 0; i < len; i++) {
    const h = itemHashes[i]!;
    let laneHi: number, laneLo: number;
    if (typeof h === 'number') {
      laneLo = h >>> 0;
      laneHi = Math.floor(h / 4294967296) >>> 0;
    } else {
      const u = BigInt.asUintN(64, h);
      laneLo = Number(u & 0xffffffffn);
      laneHi = Number(u >> 32n);
    }
    // acc += lane * P2
    let mLo = Math.imul(laneLo, P2_LO) >>> 0;
    let mHi = (mul32Hi(laneLo, P2_LO) + Math.imul(laneLo, P2_HI) + Math.imul(laneHi, P2_LO)) >>> 0;
    const sumLo = lo + mLo;
    hi = (hi + mHi + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
    lo = sumLo >>> 0;
    // acc = rotl(acc, 31)
    const rHi = ((hi << 31) | (lo >>> 1)) >>> 0;
    const rLo = ((lo << 31) | (hi >>> 1)) >>> 0;
    // acc *= P1
    mLo = Math.imul(rLo, P1_LO) >>> 0;
    mHi = (mul32Hi(rLo, P1_LO) + Math.imul(rLo, P1_HI) + Math.imul(rHi, P1_LO)) >>> 0;
    hi = mHi;
    lo = mLo;
  }
  const addLo = (LEN_MIX_LO ^ len) >>> 0;
  const sumLo = lo + addLo;
  hi = (hi + LEN_MIX_HI + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
  lo = sumLo >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  const signedHi = hi | 0;
  if (signedHi >= -2097152 && signedHi < 2097152) {
    const v = signedHi * 4294967296 + lo;
    if (Number.isSafeInteger(v)) return v;
  }
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/** hash(str): NOT CPython's SipHash (see file comment). Always a number in
 * [-2^52, 2^52), never -1; hash('') == 0. */
export function hashString(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let h1 = 0xdeadbeef ^ n;
  let h2 = 0x41c6ce57 ^ n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // 53 bits: 21 from h2, 32 from h1; then centre on zero
  const h = 4294967296 * (2097151 & h2) + (h1 >>> 0) - 4503599627370496;
  return h === -1 ? -2 : h;
}

/** Low 32 bits (unsigned) of the 64-bit two's-complement hash: the slot index source. */
export function hashToSlot(h: PyHash): number {
  if (typeof h === 'number') return (h | 0) >>> 0; // ToInt32 is modulo 2^32, exact for safe ints
  return Number(BigInt.asUintN(32, h));
}

/** The hash as an unsigned 64-bit value reduced to 53 bits (for probe perturbation). */
export function hashHighBits(h: PyHash): number {
  if (typeof h === 'number') return h >= 0 ? h : Number(BigInt.asUintN(53, BigInt(h)));
  return Number(BigInt.asUintN(53, h));
}
