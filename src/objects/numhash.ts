/*
 * numhash.ts: hash() of ints, floats, tuples and strings, as CPython 3.11 computes
 * them (Python/pyhash.c, Objects/longobject.c, Objects/tupleobject.c).
 *
 * Representation (PyHash): a Py_hash_t is a signed 64-bit value. We return it as a JS
 * `number` whenever it is a safe integer (|h| <= 2^53 - 1) and as a `bigint` otherwise,
 * so hash(n) == n costs nothing for every small int (dict slots of strings use only the
 * low word, computed without allocating: sipHashUnits). Two hashes are equal iff
 * `hashEquals` says so (a number and a bigint never represent the same value: the bigint
 * form is only used beyond the safe range). A hash is never -1.
 *
 * Numeric hashes are exact: hash(n) = sign(n) * (|n| mod (2^61 - 1)), floats hash as the
 * rational they are (so hash(1.0) == hash(1), hash(0.5) == 2^60), inf -> +-314159, and
 * NaN hashes by identity (3.10+: _Py_HashPointer of the object; pass the object's id).
 * Tuple hashes use CPython 3.8+'s xxHash-based tuplehash over the item hashes.
 *
 * Strings and bytes: CPython's SipHash-1-3 (pyhash.c) with the all-zero key that
 * PYTHONHASHSEED=0 gives (the expected outputs are made with that seed), over the bytes
 * (see sipHashUnits below), so str hashes and the order sets of strings iterate in match
 * CPython run with PYTHONHASHSEED=0.
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
export function mul32Hi(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
}

/**
 * A 64-bit hash as two 32-bit halves (`hi` the top word, both as uint32), the result of
 * tupleHashEnd and of int.ts's intHashWords: the hot paths (a set of tuples, __hash__
 * returning hash((self.x, self.y))) take a dict slot or an int from them without a bigint.
 * One per thread (each isolate has its own module instance); read right after the call.
 */
export const HASH_WORDS = { hi: 0, lo: 0 };

/**
 * The last object whose Python __hash__ a dict operation ran (abstract.ts hashOf) and its
 * 64-bit hash, for the set shadow of CPython's table (setorder.ts), which needs the full
 * hash and must not run __hash__ a second time: a set of frozen dataclasses iterates in
 * CPython's order. Taken (key set to 0) by the shadow hook of the same insertion or
 * deletion; another object there (an __eq__ in between hashed one) untracks the set.
 */
export const USER_HASH = { key: 0, hi: 0, lo: 0 };

/** Records USER_HASH for `key`: its hash as the two words of HASH_WORDS (no bigint: a
 * __hash__ returning hash(tuple) takes this path). */
export function recordUserHashWords(key: number): void {
  USER_HASH.key = key;
  USER_HASH.lo = HASH_WORDS.lo;
  USER_HASH.hi = HASH_WORDS.hi;
}

/** Records USER_HASH for `key`: hash h as a PyHash. */
export function recordUserHash(key: number, h: PyHash): void {
  USER_HASH.key = key;
  if (typeof h === 'number') {
    USER_HASH.lo = h >>> 0;
    USER_HASH.hi = Math.floor(h / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    USER_HASH.lo = Number(u & 0xffffffffn);
    USER_HASH.hi = Number(u >> 32n);
  }
}

/** hash(tuple) from the hashes of its items (CPython 3.8+ tuplehash, mod 2^64). */
export function hashTuple(itemHashes: readonly PyHash[]): PyHash {
  tupleHashStart();
  for (const h of itemHashes) tupleHashItem(h);
  tupleHashEnd(itemHashes.length);
  return wordsToPyHash(HASH_WORDS.hi, HASH_WORDS.lo);
}

/** The signed 64-bit value hi * 2**32 + lo (halves as uint32) as a PyHash; -1 becomes -2. */
export function wordsToPyHash(hi: number, lo: number): PyHash {
  if (hi === 0xffffffff && lo === 0xffffffff) return -2;
  const signedHi = hi | 0;
  if (signedHi >= -2097152 && signedHi < 2097152) {
    const v = signedHi * 4294967296 + lo;
    if (Number.isSafeInteger(v)) return v;
  }
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/**
 * The tuple hash's accumulator, item by item: tupleHashStart, tupleHashLane (or
 * tupleHashItem) per item, tupleHashEnd(length) leaves the hash in HASH_WORDS. An item's
 * own hash may be a tuple's: a caller that computes it between two steps saves and restores
 * TUPLE_ACC around it (abstract.ts tupleHashWords).
 */
export const TUPLE_ACC = { hi: 0, lo: 0 };

export function tupleHashStart(): void {
  TUPLE_ACC.hi = P5_HI;
  TUPLE_ACC.lo = P5_LO;
}

/** One item whose hash is the signed 64-bit value laneHi * 2**32 + laneLo (halves as uint32). */
export function tupleHashLane(laneHi: number, laneLo: number): void {
  let hi = TUPLE_ACC.hi, lo = TUPLE_ACC.lo;
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
  TUPLE_ACC.hi = mHi;
  TUPLE_ACC.lo = mLo;
}

/** One item of hash h. */
export function tupleHashItem(h: PyHash): void {
  if (typeof h === 'number') tupleHashLane(Math.floor(h / 4294967296) >>> 0, h >>> 0);
  else {
    const u = BigInt.asUintN(64, h);
    tupleHashLane(Number(u >> 32n), Number(u & 0xffffffffn));
  }
}

/** The tuple of `len` items is hashed: its hash into HASH_WORDS. */
export function tupleHashEnd(len: number): void {
  let hi = TUPLE_ACC.hi, lo = TUPLE_ACC.lo;
  const addLo = (LEN_MIX_LO ^ len) >>> 0;
  const sumLo = lo + addLo;
  hi = (hi + LEN_MIX_HI + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
  lo = sumLo >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) {
    hi = 0;
    lo = 1546275796;
  }
  HASH_WORDS.hi = hi;
  HASH_WORDS.lo = lo;
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

// ------------------------------------------------------------ str / bytes: SipHash-1-3

/**
 * CPython 3.11 hashes str and bytes with SipHash-1-3 (Python/pyhash.c) over the object's
 * bytes: bytes as they are; str in its compact form, 1 byte per character when all are
 * below U+0100, 2 (UTF-16 LE) when all are below U+10000, else 4 (UTF-32 LE). The key is
 * _Py_HashSecret, all zeros when PYTHONHASHSEED=0, which is how the expected outputs are
 * made (scripts/gen_expected.py): with that key hash('a') and the order a set of strings
 * iterates in are CPython's. hash('') and hash(b'') are 0; -1 becomes -2.
 *
 * The 64-bit lanes are (hi, lo) pairs of uint32 locals; `sipHashBytes` leaves its result
 * in SIP (no allocation per call: strings are hashed on every new dict key). Module state
 * (SIP, the scratch buffer) is per JS thread, as each executor loads its own instance.
 */
export const SIP = { lo: 0, hi: 0 };

/** SipHash-1-3 with k0 = k1 = 0 over buf[0..n): result in SIP (CPython's siphash13). One
 * function with the state in locals (the round is written once, driven by `stage`).
 *
 * The lanes' halves are kept as int32 (the results of `|`, `^`, `<<` and `| 0`), not as
 * uint32 (`>>> 0`): a uint32 at or above 2^31 is not a small integer for V8, and until
 * TurboFan has compiled this function every such value was a heap number, ~600 KB of
 * garbage per start and more per hashed string. A 64-bit add carries out of the low half
 * when the sum's top bit is clear while an addend's is set (both set, or one set and the
 * sum's clear): ((a & b) | ((a | b) & ~s)) >>> 31. */
export function sipHashBytes(buf: Uint8Array, n: number): void {
  // v0..v3 = k ^ "somepseudorandomlygeneratedbytes"
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let i = 0;
  let mh = 0, ml = 0;
  let s = 0, h = 0, l = 0;
  // stage 0: one round per 8-byte block; 1: the tail's round; 2-4: the finalization rounds
  let stage = 0;
  for (;;) {
    if (stage === 0) {
      if (i + 8 <= n) {
        ml = buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24);
        mh = buf[i + 4]! | (buf[i + 5]! << 8) | (buf[i + 6]! << 16) | (buf[i + 7]! << 24);
        i += 8;
      } else {
        // the last 0..7 bytes, with the length (mod 256) in the top byte
        ml = 0;
        mh = (n & 0xff) << 24;
        for (let k = 0; i + k < n; k++) {
          if (k < 4) ml |= buf[i + k]! << (8 * k);
          else mh |= buf[i + k]! << (8 * (k - 4));
        }
        stage = 1;
      }
      v3h ^= mh; v3l ^= ml;
    } else if (stage === 2) {
      v2l ^= 0xff;
    }
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    s = (v0l + v1l) | 0; v0h = (v0h + v1h + (((v0l & v1l) | ((v0l | v1l) & ~s)) >>> 31)) | 0; v0l = s;
    s = (v2l + v3l) | 0; v2h = (v2h + v3h + (((v2l & v3l) | ((v2l | v3l) & ~s)) >>> 31)) | 0; v2l = s;
    h = (v1h << 13) | (v1l >>> 19); l = (v1l << 13) | (v1h >>> 19);
    v1h = h ^ v0h; v1l = l ^ v0l;
    h = (v3h << 16) | (v3l >>> 16); l = (v3l << 16) | (v3h >>> 16);
    v3h = h ^ v2h; v3l = l ^ v2l;
    h = v0h; v0h = v0l; v0l = h; // rotl(v0, 32)
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    s = (v2l + v1l) | 0; v2h = (v2h + v1h + (((v2l & v1l) | ((v2l | v1l) & ~s)) >>> 31)) | 0; v2l = s;
    s = (v0l + v3l) | 0; v0h = (v0h + v3h + (((v0l & v3l) | ((v0l | v3l) & ~s)) >>> 31)) | 0; v0l = s;
    h = (v1h << 17) | (v1l >>> 15); l = (v1l << 17) | (v1h >>> 15);
    v1h = h ^ v2h; v1l = l ^ v2l;
    h = (v3h << 21) | (v3l >>> 11); l = (v3l << 21) | (v3h >>> 11);
    v3h = h ^ v0h; v3l = l ^ v0l;
    h = v2h; v2h = v2l; v2l = h; // rotl(v2, 32)
    if (stage <= 1) {
      v0h ^= mh; v0l ^= ml;
      if (stage === 1) stage = 2;
      continue;
    }
    if (++stage === 5) break;
  }
  SIP.hi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  SIP.lo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
}

/** SIP as a PyHash (the signed 64-bit value; -1 -> -2). */
export function sipResult(): PyHash {
  const hi = SIP.hi | 0, lo = SIP.lo;
  if (hi === -1 && lo === 0xffffffff) return -2;
  if (hi >= -2097152 && hi < 2097152) return hi * 4294967296 + lo;
  return BigInt.asIntN(64, (BigInt(SIP.hi) << 32n) | BigInt(lo));
}

let scratch = new Uint8Array(256);

/** The scratch buffer, at least n bytes (grown, never shrunk; one per executor). */
export function sipScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/**
 * hash() of a str held as UTF-16 units u16[base .. base + n), CPython's: the characters
 * are laid out in the compact kind's bytes first. Result in SIP; n === 0 gives 0.
 */
export function sipHashUnits(u16: Uint16Array, base: number, n: number): void {
  if (n === 0) { SIP.hi = 0; SIP.lo = 0; return; }
  let max = 0, pairs = false;
  for (let i = 0; i < n; i++) {
    const c = u16[base + i]!;
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = u16[base + i + 1]!;
      if (d >= 0xdc00 && d < 0xe000) pairs = true;
    }
  }
  if (pairs) {
    // UCS-4: one 4-byte code point per character (a surrogate pair is one character)
    const buf = sipScratch(n * 4);
    let len = 0;
    for (let i = 0; i < n; i++) {
      let c = u16[base + i]!;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = u16[base + i + 1]!;
        if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      }
      buf[len] = c & 0xff; buf[len + 1] = (c >>> 8) & 0xff; buf[len + 2] = c >>> 16; buf[len + 3] = 0;
      len += 4;
    }
    sipHashBytes(buf, len);
  } else if (max < 0x100) {
    const buf = sipScratch(n);
    for (let i = 0; i < n; i++) buf[i] = u16[base + i]!;
    sipHashBytes(buf, n);
  } else {
    const buf = sipScratch(n * 2);
    for (let i = 0; i < n; i++) { const c = u16[base + i]!; buf[2 * i] = c & 0xff; buf[2 * i + 1] = c >>> 8; }
    sipHashBytes(buf, n * 2);
  }
}
