/*
 * glibc-compatible libm functions for the math module: results bit-identical to what
 * CPython prints on glibc 2.36 / x86-64 (whose math module calls the C libm), where V8's
 * Math.* (other fdlibm versions, or other algorithms) differ in the last bit.
 *
 * What this file owns, and where each algorithm comes from (re-implemented here in
 * TypeScript from the published algorithms and their published constants):
 *  - exp: glibc 2.28+'s exp (ARM optimized-routines, sysdeps/ieee754/dbl-64/e_exp.c):
 *    exp(x) = 2^(k/128) * exp(r), a 128-entry table of 2^(k/128) as scale*(1+tail) (EXP_TAB,
 *    regenerated from its definition: H = RN(2^(k/128)), T = RN((2^(k/128)-H)/H)) and a
 *    degree-5 polynomial. On x86-64 glibc runs the copy compiled with -mfma (ifunc), where
 *    GCC contracts a*b+c into fused multiply-adds: those steps use fma() below (an exact
 *    software fused multiply-add), so the roundings are the same.
 *  - pow: glibc 2.28+'s (ARM optimized-routines, e_pow.c): log(x) in double-double from a
 *    128-entry table (POW_LOG_TAB, printed by scripts/gen_pow_log_table.py from its
 *    definition) and a polynomial, times y, then exp's algorithm with the product's tail;
 *    the FMA build's contractions.
 *  - sin, cos: glibc 2.28+'s (IBM Accurate Mathematical Library, s_sin.c without its slow
 *    paths): a 110-row table of sin/cos(k/128) (SINCOS_TAB, printed by
 *    scripts/gen_sincos_table.py from its definition) and short series, a four-piece
 *    reduction by pi/2 below 105414350, glibc's Payne-Hanek reduction beyond (branred.c,
 *    built without FMA); the FMA build's contractions in the rest.
 *  - erf, erfc: Sun fdlibm's s_erf.c as in glibc (sysdeps/ieee754/dbl-64/s_erf.c): rational
 *    approximations on [0, 0.84375), [0.84375, 1.25), and exp(-z*z-0.5625)*exp(...) with
 *    glibc's exp above beyond.
 *  - log2: glibc 2.28+'s (ARM optimized-routines, e_log2.c), its table, the FMA build's
 *    contractions.
 *  - expm1, log1p, sinh, cosh, tanh, asinh, acosh, atanh: fdlibm as in glibc (expm1 and
 *    sinh with the FMA build's contractions), calling the exp/expm1/log1p here.
 *  - atan, atan2, asin, acos, tan: correctly rounded (about 104 bits in double-double, one
 *    rounding at the end), which glibc's IBM implementations are nearly always; tan's
 *    reduction by pi/2 is exact (BigInt) for |x| >= 2^20 (the only allocating path).
 * Measured (20,000 inputs per function against CPython 3.11 on glibc 2.36, x86-64 with FMA):
 * erf, erfc, exp, log2, expm1, sinh, cosh, tanh identical on every input (pow: 240,000,
 * sin and cos: 80,000 each from 1e-300 to 1e300, identical); atan 18, atan2
 * 12, tan 58, asin 17, acos 6, log1p 5, asinh 5, acosh 8, atanh 4 differ in the last bit
 * (glibc's fast paths are not correctly rounded there).
 * fma is the cost of exp, pow, sin and cos: its inlined shortcut decides nearly every call
 * (measured in-process, ns per call from gilvm, best of runs: sin 160 -> 117, cos 168 -> 116,
 * exp 160 -> 117; python3 ~40).
 * Everything works on plain doubles; words of a double are read and written through one
 * shared Float64Array/Int32Array pair (W, WI: WI[0] low word, WI[1] high word, little-endian
 * as every platform Node runs on), so no call allocates.
 */

import { crLog, DDR as D, productError, roundedIfSure, ZIV_BOUND_62, sTwoProd as dTwoProd, sAdd as dAdd, sMul as dMul } from './intmath.js';

const W = new Float64Array(1);
const WI = new Int32Array(W.buffer);
const WU = new Uint32Array(W.buffer);

function highWord(x: number): number {
  W[0] = x;
  return WI[1]!;
}

function lowWord(x: number): number {
  W[0] = x;
  return WI[0]!;
}

/** x with its low word set to lo. */
function withLowWord(x: number, lo: number): number {
  W[0] = x;
  WI[0] = lo;
  return W[0]!;
}

/** The double of the words hi:lo. */
function fromWords(hi: number, lo: number): number {
  WI[1] = hi;
  WI[0] = lo;
  return W[0]!;
}

/**
 * a*b + c with one rounding (C's fma) for finite a, b, c whose product and sum stay in the
 * normal range: first a shortcut without the exact product (below), else (fmaExactProduct,
 * fmaRoundToOdd) the exact product as p + pe (Dekker's split), p + c as th + tl (2Sum),
 * then th + RO(tl + pe), RO being rounding to odd (Boldo and Melquiond, "Emulation of FMA and
 * correctly rounded sums: proved algorithms using rounding to odd", 2008).
 */
export function fma(a: number, b: number, c: number): number {
  // the exact product lies strictly between p's neighbours (p normal), so between
  // p * (1 -+ 2^-52): when c plus either end rounds to the same double, so does c plus the
  // exact product (rounding is monotonic). Small, so that V8 inlines it (a call passes and
  // returns doubles as heap numbers); this test fails when the product's rounding error
  // may matter, mostly where the product outweighs or cancels c: those call sites call
  // fmaExactProduct directly.
  const p = a * b;
  const r = p * 0.9999999999999998 + c;
  if (r === p * 1.0000000000000002 + c) return r;
  return c === 0 ? p + c : fmaExactProduct(a, b, c);
}

/** fma by the exact product (Dekker's split) and 2Sum: for a product that outweighs or
 *  cancels c, where fma's shortcut would fail. */
function fmaExactProduct(a: number, b: number, c: number): number {
  const p = a * b;
  // the exact product is p + pe; c + p is th + tl exactly (2Sum)
  const pe = productError(a, b, p);
  const th = c + p;
  const bb = th - c;
  const tl = (c - (th - bb)) + (p - bb);
  const s = tl + pe;
  // fmaRoundToOdd adds to th either s or its neighbour toward the exact tail; d is at least
  // an ulp of s, so both lie in [RN(s - d), RN(s + d)], and rounding is monotonic: when
  // th plus either end rounds to the same double, that is the fused result
  const d = Math.abs(s) * 2.220446049250313e-16 + 5e-324; // 2^-52 |s| + the least subnormal
  const r = th + (s - d);
  return r === th + (s + d) ? r : fmaRoundToOdd(th, tl, pe);
}

/** fma's last step, when th + s lies near a rounding boundary: th + RO(tl + pe), RO the
 *  rounding to odd (fmaExactProduct's exact sum th + tl + pe). */
function fmaRoundToOdd(th: number, tl: number, pe: number): number {
  const s = tl + pe;
  const bb = s - tl;
  const e = (tl - (s - bb)) + (pe - bb);
  if (e === 0 || s === 0) return th + s;
  W[0] = s;
  if ((WU[0]! & 1) !== 0) return th + s;
  // s is even and inexact: step one ulp toward the exact value (to odd)
  const away = (s > 0) === (e > 0);
  if (away) {
    WU[0] = WU[0]! + 1; // even, so no carry
  } else if (WU[0] === 0) {
    WU[0] = 0xffffffff;
    WU[1] = WU[1]! - 1;
  } else {
    WU[0] = WU[0]! - 1;
  }
  return th + W[0]!;
}

// ------------------------------------------------------------------ exp

/** 2^(k/128) ~= H[k] * (1 + T[k]): EXP_TAB words, per k: T's low, T's high, then
 *  H's low word and H's high word minus k << 13 (asuint64(H) - (k << 52)/128). */
const EXP_TAB = new Int32Array([
  0x00000000, 0x00000000, 0x00000000, 0x3ff00000, 0x1a88bf6e, 0x3c9b3b4f, 0xa9fb3335, 0x3feff63d,
  0x9cd8dc5d, 0xbc716013, 0x3e778061, 0x3fefec9a, 0x108766d1, 0xbc905e7a, 0xe86e7f85, 0x3fefe315,
  0x3567f613, 0x3c8cd252, 0xd3158574, 0x3fefd9b0, 0x23f98efa, 0xbc8bce80, 0x29ddf6de, 0x3fefd06b,
  0x61e6c861, 0x3c60f74e, 0x18759bc8, 0x3fefc745, 0x5b33d399, 0x3c90a3e4, 0xcac6f383, 0x3fefbe3e,
  0x5d837b6d, 0x3c979aa6, 0x6cf9890f, 0x3fefb558, 0x92fdeffc, 0x3c8eb51a, 0x2b7247f7, 0x3fefac92,
  0x702f9cd1, 0x3c3ebe3d, 0x32d3d1a2, 0x3fefa3ec, 0x89906e0b, 0xbc6a0334, 0xaffed31b, 0x3fef9b66,
  0x2a2fbd0e, 0xbc955652, 0xd0125b51, 0x3fef9301, 0x8c4eea55, 0xbc5080ef, 0xc06c31cc, 0x3fef8abd,
  0xb9d5f416, 0xbc91c923, 0xaea92de0, 0x3fef829a, 0xe95c55af, 0x3c80d3e3, 0xc8a58e51, 0x3fef7a98,
  0xeaa59348, 0xbc801b15, 0x3c7d517b, 0x3fef72b8, 0x55de323d, 0xbc8f1ff0, 0x388c8dea, 0x3fef6af9,
  0x3f1353bf, 0x3c8b898c, 0xeb6fcb75, 0x3fef635b, 0x7611eb26, 0xbc96d99c, 0x84045cd4, 0x3fef5be0,
  0x3e3a2f60, 0x3c9aecf7, 0x3168b9aa, 0x3fef5487, 0xcb86389d, 0xbc8fe782, 0x22fcd91d, 0x3fef4d50,
  0x44a6c38d, 0x3c8a6f41, 0x88628cd6, 0x3fef463b, 0xb0e4047d, 0x3c807a05, 0x917ddc96, 0x3fef3f49,
  0xe3a8a894, 0x3c968efd, 0x6e756238, 0x3fef387a, 0xf274487d, 0x3c875e18, 0x4fb2a63f, 0x3fef31ce,
  0x981fe7f2, 0x3c80472b, 0x65e27cdd, 0x3fef2b45, 0x3f71085e, 0xbc96b87b, 0xe1f56381, 0x3fef24df,
  0x6d09ab31, 0x3c82f7e1, 0xf51fdee1, 0x3fef1e9d, 0x1a6fbffa, 0xbc3d219b, 0xd0dad990, 0x3fef187f,
  0x720c0ab4, 0x3c8b3782, 0xa6e4030b, 0x3fef1285, 0x89cecb8f, 0x3c6e1492, 0xa93e2f56, 0x3fef0caf,
  0x4db0abb6, 0x3c834d75, 0x0a31b715, 0x3fef06fe, 0xe2ac744c, 0x3c864201, 0xfc4cd831, 0x3fef0170,
  0x5dd3f84a, 0x3c8fdd39, 0xb26416ff, 0x3feefc08, 0x3b8e5b04, 0xbc86a380, 0x5f929ff1, 0x3feef6c5,
  0xcc4b5068, 0xbc924aed, 0x373aa9cb, 0x3feef1a7, 0x1b512d8e, 0xbc9907f8, 0x6d05d866, 0x3feeecae,
  0x3e9436d2, 0xbc71d1e8, 0x34e59ff7, 0x3feee7db, 0xb3ce1b15, 0xbc991919, 0xc313a8e5, 0x3feee32d,
  0xa72a4c6d, 0x3c859f48, 0x4c123422, 0x3feedea6, 0x7a28698a, 0xbc931260, 0x04ac801c, 0x3feeda45,
  0x4817895b, 0xbc58a78f, 0x21f72e2a, 0x3feed60a, 0x67499a1b, 0xbc7c2c9b, 0xd950a897, 0x3feed1f5,
  0x60c2ac11, 0x3c4363ed, 0x6061892d, 0x3feece08, 0x3b0664ef, 0x3c966609, 0xed1d0057, 0x3feeca41,
  0xdaa10379, 0x3c6ecce1, 0xb5c13cd0, 0x3feec6a2, 0x3f0f1230, 0x3c93ff8e, 0xf0d7d3de, 0x3feec32a,
  0xbb7aafb0, 0x3c7690ce, 0xd5362a27, 0x3feebfda, 0xeb54e077, 0x3c931dbd, 0x99fddd0d, 0x3feebcb2,
  0x0071a38e, 0xbc8f9434, 0x769d2ca7, 0x3feeb9b2, 0xdc93a349, 0xbc87decc, 0xa2cf6642, 0x3feeb6da,
  0xbd0f385f, 0xbc78dec6, 0x569d4f82, 0x3feeb42b, 0xec7b5cf6, 0xbc861246, 0xca5d920f, 0x3feeb1a4,
  0x18fdd78e, 0x3c933505, 0x36b527da, 0x3feeaf47, 0x2f8a9b05, 0x3c7b98b7, 0xd497c7fd, 0x3feead12,
  0xe21c5409, 0x3c9063e1, 0xdd485429, 0x3feeab07, 0x5019c6ea, 0x3c34c785, 0x8a5946b7, 0x3feea926,
  0x2b64c035, 0x3c9432e6, 0x15ad2148, 0x3feea76f, 0x6199769f, 0xbc8ce44a, 0xb976dc09, 0x3feea5e1,
  0x3bef4da8, 0xbc8c33c5, 0xb03a5585, 0x3feea47e, 0x892be9ae, 0xbc845378, 0x34ccc320, 0x3feea346,
  0x78565858, 0xbc93cedd, 0x82552225, 0x3feea238, 0x807e1964, 0x3c5710aa, 0xd44ca973, 0x3feea155,
  0xbf5e2228, 0xbc93b3ef, 0x667f3bcd, 0x3feea09e, 0x8734b982, 0xbc6a12ad, 0x750bdabf, 0x3feea012,
  0xb86da9ee, 0xbc6367ef, 0x3c651a2f, 0x3fee9fb2, 0x54e08851, 0xbc80dc3d, 0xf9519484, 0x3fee9f7d,
  0x7e5a3ecf, 0xbc781f64, 0xe8ec5f74, 0x3fee9f75, 0xc08b7db0, 0xbc86ee4a, 0x48a58174, 0x3fee9f9a,
  0x1e55e68a, 0xbc861932, 0x564267c9, 0x3fee9feb, 0x5e09d4d3, 0x3c909ccb, 0x4fde5d3f, 0x3feea069,
  0xb94da51d, 0xbc7b32dc, 0x73eb0187, 0x3feea114, 0x5467c06b, 0x3c94ecfd, 0x0130c132, 0x3feea1ed,
  0xabd66c55, 0x3c65ebe1, 0x36cf4e62, 0x3feea2f3, 0x2fb3cf42, 0xbc88a1c5, 0x543e1a12, 0x3feea427,
  0xf13b3734, 0xbc9369b6, 0x994cce13, 0x3feea589, 0x3a19ff1e, 0xbc805e84, 0x4623c7ad, 0x3feea71a,
  0xd872576e, 0xbc94d450, 0x9b4492ed, 0x3feea8d9, 0x5b0e8a00, 0x3c90ad67, 0xd98a6699, 0x3feeaac7,
  0xc1f0eab4, 0x3c8db72f, 0x422aa0db, 0x3feeace5, 0x9cc5e7ff, 0xbc65b660, 0x16b5448c, 0x3feeaf32,
  0x59f35f44, 0x3c7bf683, 0x99157736, 0x3feeb1ae, 0xa71e3d83, 0xbc93091f, 0x0b91ffc6, 0x3feeb45b,
  0x8b6c1e29, 0xbc5da9b8, 0xb0cdc5e5, 0x3feeb737, 0x7c90b959, 0xbc6c23f9, 0xcbc8520f, 0x3feeba44,
  0x22f4f9aa, 0xbc924343, 0x9fde4e50, 0x3feebd82, 0xd7668e4b, 0xbc85ca6c, 0x70ca07ba, 0x3feec0f1,
  0x2b91ce27, 0x3c71affc, 0x82a3f090, 0x3feec491, 0xe10a73bb, 0x3c6dd235, 0x19e32323, 0x3feec863,
  0x22622263, 0xbc87c504, 0x7b5de565, 0x3feecc66, 0xe3e231d5, 0x3c8b1c86, 0xec4a2d33, 0x3feed09b,
  0xd3bcbb15, 0xbc91bbd1, 0xb23e255d, 0x3feed503, 0x9cee31d2, 0x3c90cc31, 0x1330b358, 0x3feed99e,
  0x6e735ab3, 0x3c846984, 0x5579fdbf, 0x3feede6b, 0x978e9db4, 0xbc82dfcd, 0xbfd3f37a, 0x3feee36b,
  0x92cb3387, 0x3c8c1a77, 0x995ad3ad, 0x3feee89f, 0x4ad1d9fa, 0xbc907b8f, 0x298db666, 0x3feeee07,
  0x56dcaeba, 0xbc55c3d9, 0xb84f15fb, 0x3feef3a2, 0x3da6f640, 0xbc90a40e, 0x8de5593a, 0x3feef972,
  0x38ad9334, 0xbc68d6f4, 0xf2fb5e47, 0x3feeff76, 0x6b588a35, 0xbc91eee2, 0x30a1064a, 0x3fef05b0,
  0x0a5fddcd, 0x3c74ffd7, 0x904bc1d2, 0x3fef0c1e, 0xfa9298ac, 0xbc91bdfb, 0x5bd71e09, 0x3fef12c2,
  0x30af0cb3, 0x3c736eae, 0xdd85529c, 0x3fef199b, 0x5c9ffd94, 0x3c8ee332, 0x5fffd07a, 0x3fef20ab,
  0xd10959ac, 0x3c84e08f, 0x2e57d14b, 0x3fef27f1, 0x384e1a67, 0x3c63cdaf, 0x9406e7b5, 0x3fef2f6d,
  0x6c921968, 0x3c676b2c, 0xdcef9069, 0x3fef3720, 0x83ccb5d2, 0xbc808a18, 0x555dc3fa, 0x3fef3f0b,
  0x3ffffa6f, 0xbc8fad5d, 0x4a07897c, 0x3fef472d, 0x3875a949, 0xbc900dae, 0x080d89f2, 0x3fef4f87,
  0xa63d07a7, 0x3c74a385, 0xdcfba487, 0x3fef5818, 0x2040220f, 0xbc82919e, 0x16c98398, 0x3fef60e3,
  0xd5c192ac, 0x3c8e5a50, 0x03db3285, 0x3fef69e6, 0xac016b4b, 0x3c843a59, 0xf301b460, 0x3fef7321,
  0x07b43e1f, 0xbc82d521, 0x337b9b5f, 0x3fef7c97, 0x3b470dc9, 0xbc892ab9, 0x14f5a129, 0x3fef8646,
  0x603a88d3, 0x3c74b604, 0xe78b3ff6, 0x3fef902e, 0x519d7271, 0x3c83c5ec, 0xfbc74c83, 0x3fef9a51,
  0x8fd391f0, 0xbc8ff712, 0xa2a490da, 0x3fefa4af, 0xe223747d, 0xbc8dae98, 0x2d8e67f1, 0x3fefaf48,
  0x41aa2008, 0x3c8ec3bc, 0xee615a27, 0x3fefba1b, 0xc3a9eb32, 0x3c842b94, 0x376bba97, 0x3fefc52b,
  0x31d185ee, 0x3c8a64a9, 0x5b6e4540, 0x3fefd076, 0xe43be3ed, 0xbc8e37ba, 0xad9cbe14, 0x3fefdbfd,
  0x4d91cd9d, 0x3c77893b, 0x819e90d8, 0x3fefe7c1, 0x4160cc89, 0x3c5305c1, 0x2b8f71f1, 0x3feff3c2,
]);
const EXP_INVLN2N = 1.4426950408889634 * 128; // 0x1.71547652b82fep0 * 128
const EXP_NEGLN2HIN = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const EXP_NEGLN2LON = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const EXP_SHIFT = 6755399441055744; // 0x1.8p52
const EXP_C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const EXP_C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const EXP_C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const EXP_C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7

/** glibc's exp (see the header): NaN for NaN, inf on overflow, 0 on underflow. */
export function exp(x: number): number {
  W[0] = x;
  let abstop = (WU[1]! >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) { // |x| < 2^-54 or |x| >= 512 or nan
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0.0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0.0 : Infinity;
    }
    abstop = 0; // large |x|: special-cased below
  }
  return expReduced(x, 0, abstop === 0);
}

/**
 * exp(x + xtail) for |x| in [2^-54, 1024) (exp's and pow's common part): x = k ln2/128 + r,
 * exp(x) = 2^(k/128) * exp(r + xtail) from EXP_TAB and the polynomial. `large`: |x| >= 512,
 * where the scale may overflow or underflow (expSpecial).
 */
function expReduced(x: number, xtail: number, large: boolean): number {
  let kd = fma(EXP_INVLN2N, x, EXP_SHIFT);
  kd -= EXP_SHIFT;
  const k = kd | 0;
  let r = fma(kd, EXP_NEGLN2LON, fmaExactProduct(kd, EXP_NEGLN2HIN, x));
  if (xtail !== 0) r += xtail;
  const idx = 4 * (k & 127);
  const tail = fromWords(EXP_TAB[idx + 1]!, EXP_TAB[idx]!);
  const shi = (EXP_TAB[idx + 3]! + (k << 13)) | 0;
  const slo = EXP_TAB[idx + 2]!;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_C5, EXP_C4), fma(r2, fma(r, EXP_C3, EXP_C2), tail + r));
  if (large) return expSpecial(tmp, shi, slo, k);
  const scale = fromWords(shi, slo);
  return fma(scale, tmp, scale);
}

/** exp's results that may overflow or underflow: scale*(1+tmp) scaled in two steps. */
function expSpecial(tmp: number, shi: number, slo: number, k: number): number {
  if (k >= 0) {
    const scale = fromWords((shi - (1009 << 20)) | 0, slo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  const scale = fromWords((shi + (1022 << 20)) | 0, slo);
  // not fused here: GCC computes scale * tmp once for both sums below, and does not contract
  // a product used in another basic block (measured: exp(-549.8786220064751) and pow's
  // results below ~1e-222 differed from CPython's in the last bit with fma here)
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1.0) {
    let lo = scale - y + product;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y === 0) y = 0.0;
  }
  return 2.2250738585072014e-308 * y;
}

// ------------------------------------------------------------------ pow

/** pow's log table (gen_pow_log_table.py prints it from its definition): per subinterval i
 * of z, 1/c, log(c) rounded to a multiple of 2^-43, and the rest of log(c). */
const POW_LOG_TAB = new Float64Array([
  1.4140625, -0.3464667673462145, 5.929407345889625e-15,
  1.40625, -0.34092658697056777, -2.544157440035963e-14,
  1.3984375, -0.3353555419211034, -3.443525940775045e-14,
  1.390625, -0.3297532863724655, -2.500123826022799e-15,
  1.3828125, -0.32411946865420305, -8.929337133850617e-15,
  1.375, -0.31845373111855224, 1.7625431312172662e-14,
  1.3671875, -0.31275571000389846, 1.5688303180062087e-15,
  1.359375, -0.3070250352949415, 2.9655274673691784e-14,
  1.3515625, -0.3012613305781997, 3.7923164802093147e-14,
  1.34375, -0.2954642128938758, 3.993416384387844e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.328125, -0.28376817313062475, -1.9852665484979036e-14,
  1.3203125, -0.27786845100342816, -2.814323765595281e-14,
  1.3125, -0.2719337154836694, 2.7643769993528702e-14,
  1.3046875, -0.2659635484970977, -4.025092402293806e-14,
  1.296875, -0.25995752443691345, -1.2621729398885316e-14,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.28125, -0.2478361639045943, 1.3029797173308663e-14,
  1.2734375, -0.2417199368871934, 4.8230289429940886e-14,
  1.265625, -0.23556607131274632, -2.0592242769647135e-14,
  1.2578125, -0.22937410106487732, 3.149265065191484e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.2421875, -0.21687393830063684, 2.2477465222466186e-14,
  1.234375, -0.21056476910735, 3.6507188831790577e-16,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.21875, -0.19782574332987224, -4.7641388950792196e-14,
  1.2109375, -0.19139485299967873, 4.9278276214647115e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.1953125, -0.1784076574728033, -1.5003333854266542e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1796875, -0.1652495728952772, -2.99659267292569e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.1640625, -0.15191604202584585, 3.879296723063646e-15,
  1.15625, -0.1451820098444614, -3.6506824353335045e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.1328125, -0.12470347850091912, -3.811763084710266e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.1171875, -0.11081436634026431, -2.5799991283069902e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.09375, -0.089612158689647, -4.012913552726574e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.0703125, -0.06795066190852594, 1.8195060030168815e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.0234375, -0.023167059281490765, -4.361324067851568e-14,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0, 0.0, 0.0,
  1.0, 0.0, 0.0,
  0.9921875, 0.007843177461040796, -1.4902732911301337e-14,
  0.984375, 0.01574835696817445, -3.527980389655325e-14,
  0.9765625, 0.023716526617363343, -4.730054772033249e-14,
  0.96875, 0.03174869831457272, 7.580310369375161e-15,
  0.9609375, 0.039845908547249564, -4.9893776716773285e-14,
  0.953125, 0.048009219186383234, -2.262629393030674e-14,
  0.9453125, 0.056239718322899535, -2.345674491018699e-14,
  0.94140625, 0.06038051098892083, -1.3352588834854848e-14,
  0.93359375, 0.06871389254808946, -3.765296820388875e-14,
  0.92578125, 0.07711730334438016, 5.1128335719851986e-14,
  0.91796875, 0.08559193033545398, -5.046674438470119e-14,
  0.9140625, 0.08985632912185793, 3.1218748807418837e-15,
  0.90625, 0.09844007281321865, 3.3871241029241416e-14,
  0.8984375, 0.10709813555638448, -1.7376727386423858e-14,
  0.89453125, 0.11145544092528326, 3.957125899799804e-14,
  0.88671875, 0.12022742699821265, -5.2849453521890294e-14,
  0.8828125, 0.12464244520731427, -3.767012502308738e-14,
  0.875, 0.13353139262449076, 3.1859736349078334e-14,
  0.87109375, 0.13800567301939282, 5.0900642926060466e-14,
  0.86328125, 0.14701474296180095, 8.710783796122478e-15,
  0.859375, 0.15154989812720032, 6.157896229122976e-16,
  0.8515625, 0.16068238169043525, 3.821577743916796e-14,
  0.84765625, 0.16528009093906348, 3.9440046718453496e-14,
  0.83984375, 0.17453941635187675, 2.2924522154618074e-14,
  0.8359375, 0.17920142945774842, -3.742530094732263e-14,
  0.83203125, 0.18388527877016259, -2.5223102140407338e-14,
  0.82421875, 0.1933193110035063, -1.0320443688698849e-14,
  0.8203125, 0.19806991376208316, 1.0634128304268335e-14,
  0.8125, 0.20763936477828793, -4.3425422595242564e-14,
  0.80859375, 0.21245865121420593, -1.2527395755711364e-14,
  0.8046875, 0.21730127569003344, -5.204008743405884e-14,
  0.80078125, 0.22216746534115828, -3.979844515951702e-15,
  0.79296875, 0.2319714654378231, -4.7955860343296286e-14,
  0.7890625, 0.2369097470783572, 5.015686013791602e-16,
  0.78515625, 0.24187253642048745, -7.252318953240293e-16,
  0.78125, 0.2468600779315011, 2.4688324156011588e-14,
  0.7734375, 0.2569104137850218, 5.465121253624792e-15,
  0.76953125, 0.26197371574153294, 4.102651071698446e-14,
  0.765625, 0.2670627852490952, -4.996736502345936e-14,
  0.76171875, 0.27217788591576664, 4.903580708156347e-14,
  0.7578125, 0.27731928541618345, 5.089628039500759e-14,
  0.75390625, 0.28248725557466514, 1.1782016386565151e-14,
  0.74609375, 0.29290401643288533, 4.727452940514406e-14,
  0.7421875, 0.29815337231912054, -4.4204083338755686e-14,
  0.73828125, 0.3034304294199046, 1.548345993498083e-14,
  0.734375, 0.30873548164959175, 2.1522127491642888e-14,
  0.73046875, 0.3140688276249648, 1.1054030169005386e-14,
  0.7265625, 0.31943077076641657, -5.534326352070679e-14,
  0.72265625, 0.3248216194012912, -5.351646604259541e-14,
  0.71875, 0.33024168687052224, 5.4612144489920215e-14,
  0.71484375, 0.3356912916381134, 2.8136969901227338e-14,
  0.7109375, 0.3411707574027787, -1.156568624616423e-14,
]);
const POW_LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const POW_LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
// log1p(r) ~ r - r^2/2 + r^3 * (A1 + r*A2 + ...): the published coefficients, pre-scaled
const POW_A1 = -0.6666666666666679; // 0x1.555555555556p-2 * -2
const POW_A2 = 0.5000000000000007; // -0x1.0000000000006p-2 * -2
const POW_A3 = 0.7999999995323976; // 0x1.999999959554ep-3 * 4
const POW_A4 = -0.6666666663487739; // -0x1.555555529a47ap-3 * 4
const POW_A5 = -1.142909628459501; // 0x1.2495b9b4845e9p-3 * -8
const POW_A6 = 1.0000415263675542; // -0x1.0002b8b263fc3p-3 * -8
/** log_inline's result: hi + lo ~ log(x) to about 2^-68 relative. */
const POW_LOG = new Float64Array(2);

/**
 * glibc's pow(x, y) for finite x > 0 (x != 1) and finite y != 0 (CPython's float_pow has
 * taken the other cases): log(x) in double-double (logInline) times y, then exp of that
 * with its tail (expInline). Accuracy ~0.52 ulp, so not always correctly rounded: these are
 * the same operations, in the same order with the same fused multiply-adds, as glibc's
 * FMA build, and so the same result in the last bit (`x ** 2` is not always x * x there).
 * Overflow gives inf, underflow 0 (the caller raises).
 */
export function pow(x: number, y: number): number {
  W[0] = y;
  const topy = (WU[1]! >>> 20) & 0x7ff;
  if (topy - 0x3be >= 0x43e - 0x3be || topy < 0x3be) {
    // |y| < 2^-65: x^y ~= 1 + y*log(x); |y| >= 2^63: overflow or underflow
    if (topy < 0x3be) return x > 1 ? 1.0 + y : 1.0 - y;
    return (x > 1) === (y > 0) ? Infinity : 0.0;
  }
  W[0] = x;
  let hi = WI[1]!;
  let lo = WI[0]!;
  if (hi >>> 20 === 0) {
    // subnormal x: normalise, the exponent becomes negative
    W[0] = x * 4503599627370496; // 2^52
    hi = (WI[1]! - (52 << 20)) | 0;
    lo = WI[0]!;
  }
  logInline(hi, lo);
  const lhi = POW_LOG[0]!, llo = POW_LOG[1]!;
  const ehi = y * lhi;
  const elo = fma(y, llo, fma(y, lhi, -ehi));
  return expInline(ehi, elo);
}

/** log(x) as POW_LOG[0] + POW_LOG[1], x > 0 normal given as its high and low words. */
function logInline(hi: number, lo: number): void {
  // tmp = ix - 0x3fe6955500000000: i = its bits 45..51, k = its top 12 bits (signed)
  const tmpHi = (hi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords((hi - (k << 20)) | 0, lo);
  const kd = k;
  const invc = POW_LOG_TAB[3 * i]!, logc = POW_LOG_TAB[3 * i + 1]!, logctail = POW_LOG_TAB[3 * i + 2]!;
  const r = fma(z, invc, -1.0);
  const t1 = fma(kd, POW_LN2HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(kd, POW_LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = -0.5 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const h = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - h + ar2;
  const q = fma(ar2, fma(ar2, fma(r, POW_A6, POW_A5), fma(r, POW_A4, POW_A3)), fma(r, POW_A2, POW_A1));
  const l = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const yv = h + l;
  POW_LOG[0] = yv;
  POW_LOG[1] = h - yv + l;
}

/** exp(x + xtail) as glibc's pow computes it (exp's steps, the tail added to r). */
function expInline(x: number, xtail: number): number {
  W[0] = x;
  let abstop = (WU[1]! >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0; // |x| < 2^-54
    if (abstop >= 0x409) return x < 0 ? 0.0 : Infinity;
    abstop = 0; // large |x|: special-cased below
  }
  return expReduced(x, xtail, abstop === 0);
}

// ------------------------------------------------------------------ erf, erfc

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP0 = 1.28379167095512558561e-01, PP1 = -3.25042107247001499370e-01, PP2 = -2.84817495755985104766e-02,
  PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05;
const QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02, QQ3 = 5.08130628187576562776e-03,
  QQ4 = 1.32494738004321644526e-04, QQ5 = -3.96022827877536812320e-06;
const PA0 = -2.36211856075265944077e-03, PA1 = 4.14856118683748331666e-01, PA2 = -3.72207876035701323847e-01,
  PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01, PA5 = 3.54783043256182359371e-02,
  PA6 = -2.16637559486879084300e-03;
const QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01, QA3 = 7.18286544141962662868e-02,
  QA4 = 1.26171219808761642112e-01, QA5 = 1.36370839120290507362e-02, QA6 = 1.19844998467991074170e-02;
const RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01, RA2 = -1.05586262253232909814e+01,
  RA3 = -6.23753324503260060396e+01, RA4 = -1.62396669462573470355e+02, RA5 = -1.84605092906711035994e+02,
  RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00;
const SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02, SA3 = 4.34565877475229228821e+02,
  SA4 = 6.45387271733267880336e+02, SA5 = 4.29008140027567833386e+02, SA6 = 1.08635005541779435134e+02,
  SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02;
const RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01, RB2 = -1.77579549177547519889e+01,
  RB3 = -1.60636384855821916062e+02, RB4 = -6.37566443368389627722e+02, RB5 = -1.02509513161107724954e+03,
  RB6 = -4.83519191608651397019e+02;
const SB1 = 3.03380607434824582924e+01, SB2 = 3.25792512996573918826e+02, SB3 = 1.53672958608443695994e+03,
  SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03, SB6 = 4.74528541206955367215e+02,
  SB7 = -2.24409524465858183362e+01;

/** erf(x)/x - 1 on |x| < 0.84375 (the rational R(x^2) of fdlibm's step 1). */
function erfSmallRatio(x: number): number {
  const z = x * x;
  const r1 = PP0 + z * PP1, z2 = z * z;
  const r2 = PP2 + z * PP3, z4 = z2 * z2;
  const s1 = 1.0 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q on 0.84375 <= |x| < 1.25: erf(|x|) - ERX. */
function erfNearOne(x: number): number {
  const s = Math.abs(x) - 1.0;
  const p1 = PA0 + s * PA1, s2 = s * s;
  const q1 = 1.0 + s * QA1, s4 = s2 * s2;
  const p2 = PA2 + s * PA3, s6 = s4 * s2;
  const q2 = QA2 + s * QA3;
  const p3 = PA4 + s * PA5;
  const q3 = QA4 + s * QA5;
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
  return p / q;
}

/** x * erfc(x) for 1.25 <= x < 28 (x = |x|; `ix` its high word). */
function erfcTail(x: number, ix: number, cut: number): number {
  const s = 1.0 / (x * x);
  let R: number, S: number;
  if (ix < cut) { // |x| < 1/0.35
    const r1 = RA0 + s * RA1, s2 = s * s;
    const t1 = 1.0 + s * SA1, s4 = s2 * s2;
    const r2 = RA2 + s * RA3, s6 = s4 * s2;
    const t2 = SA2 + s * SA3, s8 = s4 * s4;
    const r3 = RA4 + s * RA5;
    const t3 = SA4 + s * SA5;
    const r4 = RA6 + s * RA7;
    const t4 = SA6 + s * SA7;
    R = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    S = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA8;
  } else {
    const r1 = RB0 + s * RB1, s2 = s * s;
    const t1 = 1.0 + s * SB1, s4 = s2 * s2;
    const r2 = RB2 + s * RB3, s6 = s4 * s2;
    const t2 = SB2 + s * SB3;
    const r3 = RB4 + s * RB5;
    const t3 = SB4 + s * SB5;
    const t4 = SB6 + s * SB7;
    R = r1 + s2 * r2 + s4 * r3 + s6 * RB6;
    S = t1 + s2 * t2 + s4 * t3 + s6 * t4;
  }
  const z = withLowWord(x, 0);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : (hx < 0 ? -1.0 : 1.0);
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3e300000) { // |x| < 2^-28
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x);
  }
  if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
    const pq = erfNearOne(x);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0; // |x| >= 6
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : (hx < 0 ? 2.0 : 0.0);
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3c700000) return 1.0 - x; // |x| < 2^-56
    const y = erfSmallRatio(x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y); // x < 1/4
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
    const pq = erfNearOne(x);
    if (hx >= 0) return (1.0 - ERX) - pq;
    return 1.0 + (ERX + pq);
  }
  if (ix < 0x403c0000) { // |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300; // x < -6
    const ax = Math.abs(x);
    const r = erfcTail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0.0 : 2.0 - 1e-300;
}

// ------------------------------------------------------------------ double-double kit
// atan, atan2, asin, acos and tan evaluate in double-double arithmetic (~104 bits) and
// round once: correctly rounded except for arguments within ~2^-100 relative of a rounding
// boundary, which is what IBM's Accurate Mathematical Library in glibc returns in practice.
// Each helper leaves its result in D[0] (high) and D[1] (low), read right after the call:
// intmath.ts's scalar double-double kit (DDR, sTwoProd, sAdd, sMul, shared with crSin/crExp),
// plus a division and a square root here.

function dDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  dMul(bh, bl, q1, 0);
  dAdd(ah, al, -D[0]!, -D[1]!);
  let rh = D[0]!, rl = D[1]!;
  const q2 = rh / bh;
  dMul(bh, bl, q2, 0);
  dAdd(rh, rl, -D[0]!, -D[1]!);
  rh = D[0]!;
  rl = D[1]!;
  const q3 = rh / bh;
  const s = q1 + q2;
  dAdd(s, q2 - (s - q1), q3, 0);
}

/** sqrt of a positive double-double (one Newton step from the double sqrt). */
function dSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  dTwoProd(s, s);
  dAdd(ah, al, -D[0]!, -D[1]!);
  const c = D[0]! / (2 * s);
  const h = s + c;
  D[0] = h;
  D[1] = c - (h - s);
}

const PIO2_HI = 1.5707963267948966, PIO2_LO = 6.123233995736766e-17;
const PI_HI = 3.141592653589793, PI_LO = 1.2246467991473532e-16;

/** atan(i/32) for i = 0..32 as (hi, lo) pairs. */
const ATAN_TAB = new Float64Array([
  0.0, 0.0, 0.031239833430268277, -1.188442711587748e-18, 0.06241880999595735, -1.5490756308295046e-18,
  0.09347678115858947, -6.2844725995420954e-18, 0.12435499454676144, -3.1253241424539383e-18,
  0.15499674192394097, 9.585415594114324e-18, 0.18534794999569476, 4.180692268843079e-18, 0.21535769969773805,
  4.738160130078733e-19, 0.24497866312686414, 1.0698755618734451e-17, 0.2741674511196588,
  8.261353575163773e-18, 0.3028848683749714, -1.1010827903001369e-17, 0.3310960767041321,
  -7.952610375793799e-18, 0.35877067027057225, -2.4623815582638635e-17, 0.38588266939807375,
  2.378822732491941e-17, 0.4124104415973873, -1.587652227770689e-17, 0.43833655985795783,
  -2.494277030626541e-17, 0.4636476090008061, 2.2698777452961687e-17, 0.48833395105640554,
  -1.1373236189329585e-17, 0.5123894603107377, -2.5462781472855804e-17, 0.5358112379604637,
  -4.0637956834825575e-18, 0.5585993153435624, -5.4556305485916264e-18, 0.5807563535676704,
  -1.441464378193067e-17, 0.6022873461349642, 2.950430737228402e-17, 0.6231993299340659, 2.672403885140095e-17,
  0.6435011087932844, 1.5834785051444286e-17, 0.6632029927060933, -3.076054864429649e-17, 0.6823165548747481,
  6.943223671560008e-18, 0.7008544078844502, -1.987626234335816e-17, 0.7188299996216245,
  -2.1478388444456983e-17, 0.7362574289814281, 3.473937648299457e-17, 0.7531512809621944,
  -2.4256934659182068e-17, 0.7695264804056583, -3.704991905602721e-17, 0.7853981633974483,
  3.061616997868383e-17,
]);

/** 1/(2k+1) as double-doubles, k = 0..3 (literal: intmath.ts imports this module, so its
 * double-double kit is not there yet while this one loads). */
const INV_ODD = new Float64Array([1, 0, 0.3333333333333333, 1.850371707708594e-17, 0.2, -1.1102230246251566e-17,
  0.14285714285714285, 7.93016446160826e-18]);

/** atan of a double-double in [0, 1], in D: atan(c) + atan((u-c)/(1+uc)), c = i/32 nearest u,
 *  and the odd series of the reduced |v| <= 1/64 (terms from v^9 on in plain doubles). */
function atanCore(uh: number, ul: number): void {
  const i = Math.round(uh * 32);
  const c = i / 32;
  let vh = uh, vl = ul;
  if (i !== 0) {
    dMul(uh, ul, c, 0);
    dAdd(1, 0, D[0]!, D[1]!);
    const dh = D[0]!, dl = D[1]!;
    dAdd(uh, ul, -c, 0);
    dDiv(D[0]!, D[1]!, dh, dl);
    vh = D[0]!;
    vl = D[1]!;
  }
  dMul(vh, vl, vh, vl);
  const v2h = D[0]!, v2l = D[1]!;
  let t = 1 / 19;
  for (let k = 8; k >= 4; k--) t = 1 / (2 * k + 1) - v2h * t;
  let th = t, tl = 0;
  for (let k = 3; k >= 0; k--) {
    dMul(v2h, v2l, th, tl);
    dAdd(INV_ODD[2 * k]!, INV_ODD[2 * k + 1]!, -D[0]!, -D[1]!);
    th = D[0]!;
    tl = D[1]!;
  }
  dMul(vh, vl, th, tl);
  if (i !== 0) dAdd(ATAN_TAB[2 * i]!, ATAN_TAB[2 * i + 1]!, D[0]!, D[1]!);
}

/** atan of a double-double (any finite value, or +-inf in uh), in D. */
function atanDD(uh: number, ul: number): void {
  const neg = uh < 0;
  if (neg) { uh = -uh; ul = -ul; }
  if (uh > 1) {
    if (uh > 1.2379400392853803e27) { // 2^90: pi/2 - 1/u (the dropped terms are below 2^-270)
      const inv = 1 / uh;
      D[0] = PIO2_HI - inv;
      D[1] = PIO2_LO - (inv - (PIO2_HI - D[0]!));
    } else {
      dDiv(1, 0, uh, ul);
      atanCore(D[0]!, D[1]!);
      dAdd(PIO2_HI, PIO2_LO, -D[0]!, -D[1]!);
    }
  } else {
    atanCore(uh, ul);
  }
  if (neg) { D[0] = -D[0]!; D[1] = -D[1]!; }
}

// ------------------------------------------------------------------ atan's fast step
// Ziv's strategy, as crLog's logFast: atan in about 70 bits at a fraction of the
// double-double evaluation's cost, then a rounding test. When the test passes, the result
// is the correctly rounded one (the double-double evaluation's too); when it fails (about
// one argument in a thousand), the caller runs that evaluation.
//  - u = uh + ul in [0, 1] (|ul| <= ulp(uh) / 2). c = i/32 nearest uh, and
//    atan(u) = atan(c) + atan(v), v = (u - c) / (1 + uc), |v| <= 1/64.
//  - v as a double-double: uh - c is exact (Sterbenz: c/2 <= uh <= 2c) and at least
//    ulp(uh) when non-zero, so the numerator (uh - c) + ul has no cancellation; c has six
//    bits, so c * uh splits exactly over uh's 26-bit halves; one correction of the quotient
//    (its residual's cancelling terms are exact by Sterbenz). Relative error ~2^-100.
//  - atan(v) = v + v * poly(v^2), poly to v^10/11 in plain doubles: truncation < 2^-72 of v,
//    rounding < 2^-70 absolute. With atan(c) from ATAN_TAB (double-double), the error is
//    below 2^-64 of the result (the result is >= 1/64 when i >= 1; when i = 0, the error
//    is below |u|^2 2^-52 <= 2^-64 of it).
//  - The rounding test allows 2^-62 of the result. atan2's and atan's compositions (pi +-,
//    pi/2 -) only add terms at least as large as atan(u)'s.
const ATAN_FAST = new Float64Array(2);

/** atan(uh + ul) for uh in [0, 1] as ATAN_FAST[0] + ATAN_FAST[1] (unrounded). */
function atanFastCore(uh: number, ul: number): void {
  const i = Math.round(uh * 32);
  let vh = uh, vl = ul;
  if (i !== 0) {
    const c = i / 32;
    const nh = uh - c;
    const t = 134217729 * uh;
    const uhh = t - (t - uh);
    const uhl = uh - uhh;
    const p = c * uh;
    const pe = (c * uhh - p) + c * uhl;
    const dh = 1 + p;
    const dl = (((1 - dh) + p) + pe) + c * ul;
    vh = (nh + ul) / dh;
    const qd = vh * dh;
    vl = ((((nh - qd) + ul) - productError(vh, dh, qd)) - vh * dl) / dh;
  }
  const v2 = vh * vh;
  const poly = v2 * (-0.3333333333333333 + v2 * (0.2 + v2 * (-0.14285714285714285 + v2 * (0.1111111111111111 - v2 * 0.09090909090909091))));
  if (i === 0) {
    ATAN_FAST[0] = vh;
    ATAN_FAST[1] = vl + vh * poly;
    return;
  }
  const ah = ATAN_TAB[2 * i]!;
  const s = ah + vh;
  const bb = s - ah;
  const e = (ah - (s - bb)) + (vh - bb);
  ATAN_FAST[0] = s;
  ATAN_FAST[1] = e + ATAN_TAB[2 * i + 1]! + vl + vh * poly;
}

/** k + sign * (ATAN_FAST[0] + ATAN_FAST[1]), k = kh + kl, rounded if the test passes, else NaN. */
function atanFastRound(kh: number, kl: number, sign: number): number {
  let s = sign * ATAN_FAST[0]!;
  let tail = sign * ATAN_FAST[1]!;
  if (kh !== 0) {
    const h = kh + s;
    const bb = h - kh;
    tail = ((kh - (h - bb)) + (s - bb)) + kl + tail;
    s = h;
  }
  return roundedIfSure(s, tail, ZIV_BOUND_62);
}

/** atan2's fast step for finite non-zero y, x with |y|, |x| within the rescaled range and
 *  |y| >= |x| 2^-27 (atan2's guards): the result, or NaN when the rounding test fails. */
function atan2Fast(y: number, x: number, ay: number, ax: number): number {
  // u = (smaller / larger) as a double-double: the quotient and its exact residual
  const num = ay <= ax ? ay : ax;
  const den = ay <= ax ? ax : ay;
  const uh = num / den;
  const p = uh * den;
  atanFastCore(uh, ((num - p) - productError(uh, den, p)) / den);
  const sy = y > 0 ? 1 : -1;
  if (ay <= ax) {
    // atan(|y/x|), from pi for x < 0; the sign of y
    return x > 0 ? sy * atanFastRound(0, 0, 1) : sy * atanFastRound(PI_HI, PI_LO, -1);
  }
  // pi/2 -+ atan(|x/y|); the sign of y
  return sy * atanFastRound(PIO2_HI, PIO2_LO, x > 0 ? -1 : 1);
}

export function atan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 7.450580596923828e-9) return x; // 2^-27: x - x^3/3 rounds to x
  if (ax <= 1) {
    atanFastCore(ax, 0);
    const r = atanFastRound(0, 0, 1);
    if (r === r) return x > 0 ? r : -r;
  } else if (ax < 1e30) {
    // pi/2 - atan(1/|x|), 1/|x| as a double-double (beyond 1e30, the double-double
    // evaluation's own shortcuts)
    const qh = 1 / ax;
    const p = qh * ax;
    atanFastCore(qh, ((1 - p) - productError(qh, ax, p)) / ax);
    const r = atanFastRound(PIO2_HI, PIO2_LO, -1);
    if (r === r) return x > 0 ? r : -r;
  }
  atanDD(x, 0);
  return D[0]! + D[1]!;
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y || !Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  let ay = Math.abs(y), ax = Math.abs(x);
  if (ax > 1e290 || ay > 1e290) { // keep the double-double division's products finite
    y *= 2 ** -128; x *= 2 ** -128; ay *= 2 ** -128; ax *= 2 ** -128;
  } else if (ax < 1e-290 && ay < 1e-290) {
    y *= 2 ** 128; x *= 2 ** 128; ay *= 2 ** 128; ax *= 2 ** 128;
  }
  if (ay === 0) return x > 0 ? 0 * y : (y > 0 || (y === 0 && 1 / y > 0) ? PI_HI : -PI_HI);
  if (ay <= ax && ay < ax * 7.450580596923828e-9 && x > 0) return y / x; // atan(t) rounds as t
  if (ay >= ax * 7.450580596923828e-9 && ax >= ay * 7.450580596923828e-9) {
    const fast = atan2Fast(y, x, ay, ax);
    if (fast === fast) return fast;
  }
  if (ay <= ax) {
    dDiv(y, 0, x, 0);
    atanDD(D[0]!, D[1]!);
    if (x < 0) {
      if (y > 0) dAdd(PI_HI, PI_LO, D[0]!, D[1]!);
      else dAdd(-PI_HI, -PI_LO, D[0]!, D[1]!);
    }
  } else {
    dDiv(x, 0, y, 0);
    atanDD(D[0]!, D[1]!);
    if (y > 0) dAdd(PIO2_HI, PIO2_LO, -D[0]!, -D[1]!);
    else dAdd(-PIO2_HI, -PIO2_LO, -D[0]!, -D[1]!);
  }
  return D[0]! + D[1]!;
}

export function asin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 7.450580596923828e-9) return x; // x + x^3/6 rounds to x
  if (ax === 1) return x > 0 ? PIO2_HI : -PIO2_HI;
  // t = x / sqrt((1 - x)(1 + x)), the factors exact double-doubles
  let mh = 1 - x;
  let bb = mh - 1;
  const ml = (1 - (mh - bb)) + (-x - bb);
  const ph = 1 + x;
  bb = ph - 1;
  const pl = (1 - (ph - bb)) + (x - bb);
  dMul(mh, ml, ph, pl);
  dSqrt(D[0]!, D[1]!);
  dDiv(x, 0, D[0]!, D[1]!);
  atanDD(D[0]!, D[1]!);
  return D[0]! + D[1]!;
}

export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_HI;
  // 2 atan(sqrt((1 - x)/(1 + x)))
  const mh = 1 - x;
  let bb = mh - 1;
  const ml = (1 - (mh - bb)) + (-x - bb);
  const ph = 1 + x;
  bb = ph - 1;
  const pl = (1 - (ph - bb)) + (x - bb);
  dDiv(mh, ml, ph, pl);
  dSqrt(D[0]!, D[1]!);
  atanDD(D[0]!, D[1]!);
  return 2 * D[0]! + 2 * D[1]!;
}

// ------------------------------------------------------------------ sin, cos

/** sin(k/128) and cos(k/128) as double-doubles (sn, ssn, cs, ccs), k = 0..109: glibc's
 * __sincostab, printed by scripts/gen_sincos_table.py from its definition. */
const SINCOS_TAB = new Float64Array([
  0.0, 0.0, 1.0, 0.0,
  0.0078124205273828315, -4.102755709382617e-19, 0.9999694825770951, 5.427791428371788e-17,
  0.015624364224883372, -1.2650937552759816e-19, 0.9998779321710066, 3.216122229972341e-17,
  0.02343535429172257, 1.0500785515068913e-19, 0.9997253543694995, 4.666714544113391e-17,
  0.03124491398532608, -1.562781562225433e-18, 0.9995117584851364, -3.418806487972947e-17,
  0.03905256665042215, 1.1342467037138512e-18, 0.999237157554709, 1.1089280858439994e-17,
  0.04685783574813424, -2.3419368365610254e-18, 0.9989015683384429, -2.1425557800399754e-17,
  0.05466024488506646, 3.373831935351774e-19, 0.9985050113189741, 1.779930870620664e-17,
  0.0624593178423802, -2.040259504585711e-18, 0.9980475107000991, 3.3232291674141346e-17,
  0.07025457860486005, -6.773890900301373e-18, 0.9975290944052978, 5.112086057887235e-18,
  0.07804555138996731, -5.449443782005793e-18, 0.9969497940760287, -1.2467075728553626e-17,
  0.08583176067687935, -3.490037167231825e-18, 0.996309645069798, -1.1743657041590172e-18,
  0.09361273123551289, 1.4628632005878733e-18, 0.9956086864580017, 3.312922430932991e-17,
  0.10138798815552964, 3.99242856835807e-18, 0.9948469610235406, -8.198278333258706e-18,
  0.10915705687532236, 6.6284699502736666e-18, 0.9940245152582091, 1.3287985046260087e-17,
  0.11691946321097965, -2.283412536970096e-18, 0.9931413993598577, 2.8553964189785565e-17,
  0.12467473338522769, -2.925947496057858e-18, 0.992197667229329, 4.754870575189364e-17,
  0.13242239405634718, 1.2801053067990684e-17, 0.9911933764671682, 3.1426138811726996e-17,
  0.1401619723470637, -9.946847113883478e-18, 0.9901285883701071, -4.589906353553811e-18,
  0.14789299587340962, -1.3140968557128452e-17, 0.9890033679273229, 1.7676104005868335e-18,
  0.15561499277355603, 8.886053372342288e-18, 0.9878177838164719, 4.91917302237681e-17,
  0.16332749173661285, 5.483569430347159e-18, 0.9865719083994976, -1.0327444588275446e-17,
  0.17103002203139503, -9.954774726452923e-18, 0.9852658177182139, -4.925721262944555e-17,
  0.17872211353515366, -1.624040590107388e-20, 0.983899591489664, -2.1647988531644275e-17,
  0.18640329676226988, 2.3493796901281573e-18, 0.9824733131012553, -3.919920375420088e-17,
  0.1940731028929098, -7.832741210198615e-18, 0.9809870696056692, 1.967841180870303e-17,
  0.2017310638016388, 5.587232815460113e-18, 0.9794409517155483, 1.3108769521526758e-17,
  0.20937671208599365, -5.536403693172163e-18, 0.9778350537979598, 2.9910028492769484e-17,
  0.21700958109501015, 1.1170071073364376e-17, 0.9761694738686353, -7.850690609285027e-18,
  0.2246292049577053, -1.058590416432903e-17, 0.9744443135859889, 4.990128834921396e-17,
  0.23223511861151147, -8.318080852687206e-18, 0.9726596782449127, 2.3920264546490165e-17,
  0.23982685783066157, -7.260810660979712e-18, 0.9708156767703494, 5.1285792532153653e-17,
  0.24740395925452294, -7.53102495590706e-18, 0.9689124217106447, 5.071436662403936e-17,
  0.2549659604158785, -2.2310035435425954e-17, 0.9669500292306779, -3.237770297707692e-17,
  0.2625123997691533, -2.2534597527902125e-17, 0.964928619104771, -3.0345542681018625e-18,
  0.27004281671858504, -1.2103265097887777e-17, 0.9628483147093797, -4.646009771724241e-18,
  0.2775567516463363, 1.7674070262791822e-17, 0.9607092430155619, -2.807827063516729e-17,
  0.28505374594054744, -1.8162083107618118e-17, 0.9585115345812286, 8.134621492946255e-18,
  0.29253334202332754, 7.516944930327352e-18, 0.9562553235431753, -3.148450868841629e-17,
  0.299995083378683, 2.606392777930734e-17, 0.9539407476088947, 4.3757589471734985e-17,
  0.30743851458038085, 1.1004366442765296e-19, 0.9515679480481722, -3.8614834675674123e-17,
  0.3148631813197453, -2.6921345305772252e-17, 0.949137069684463, 4.149148046099445e-17,
  0.3222686304333866, 2.093773358126606e-17, 0.9466482608860534, -3.911683334934152e-17,
  0.32965440993086015, 2.35998378957031e-17, 0.9441016735570044, -1.6017653284545848e-17,
  0.33702006902225307, 1.0312279860787216e-17, 0.9414974631278811, -4.8523830236797095e-18,
  0.3443651581456984, 5.881664587517989e-18, 0.9388357885462655, 6.919329459921788e-18,
  0.3516892289948141, -2.5616208736069942e-17, 0.9361168122670553, -5.2350302039683216e-17,
  0.35899183454606504, 1.7495482840158848e-17, 0.9333407002425484, -1.322859547778088e-17,
  0.36627252908604757, -9.938814562106524e-18, 0.9305076219123143, 4.488760003328074e-18,
  0.37353086823869297, -2.375669144106189e-17, 0.9276177501928519, 4.5350942573591974e-17,
  0.38076640899239017, 2.1372528646211374e-17, 0.924671261467036, 5.5444125388034563e-17,
  0.38797870972702503, 1.759799510335953e-17, 0.9216683355733519, -8.550693097867243e-18,
  0.39516733024093426, -1.9613487871414228e-17, 0.9186091557949183, -4.0564150104514996e-17,
  0.4023318317777731, 1.4413875452702007e-17, 0.9154939088483012, 5.413375566838042e-17,
  0.40947177705329507, -5.679403000091266e-18, 0.9123227848721178, 2.6349040211413332e-17,
  0.41658673028204113, -9.610850682533715e-18, 0.909095977415431, 2.920006113841211e-17,
  0.42367625720393803, -2.331800700068871e-17, 0.9058136834259364, 4.2864666490805214e-17,
  0.4307399251108032, -2.6212879607476533e-17, 0.9024761032379415, 3.112490674651326e-17,
  0.4377773028727551, 7.64345629962023e-18, 0.8990834405601384, 9.076951775075616e-18,
  0.4447879609645272, -6.655392977344925e-18, 0.8956359024631707, -8.854043885762716e-18,
  0.4517714714916838, -8.234073942098903e-18, 0.8921336993669944, 2.3160655211380166e-17,
  0.4587274082167366, 1.6080982096218356e-17, 0.8885770450280356, -4.034491998357167e-17,
  0.46565534658516017, 1.459870391051426e-17, 0.8849661565261433, -7.690557775987357e-18,
  0.47255486375130445, -3.608790703790546e-18, 0.8813012542513406, -4.973073189306066e-17,
  0.479425538604203, -5.103969860556013e-18, 0.8775825618903728, -4.2623149864279997e-17,
  0.48626695179327556, 1.5131647652857083e-17, 0.8738103064130545, 4.767670756525657e-17,
  0.49307868575392305, 5.605083973871755e-18, 0.8699847180584174, 1.657385110740923e-17,
  0.49986032473301345, 1.3570481487732128e-17, 0.8661060303206567, 2.0097792543831333e-17,
  0.5066114548142574, -3.269413423618168e-17, 0.8621744799348805, 4.4132427578105805e-18,
  0.5133316639434712, 3.462454351928195e-17, 0.8581903068626604, -5.4374664844403745e-17,
  0.520020541953727, -3.983266745698455e-17, 0.8541537542773854, 5.420565102675286e-18,
  0.5266776805903868, -4.570502275386202e-17, 0.8500650685494202, 5.317093455811416e-17,
  0.5333026735360201, 5.129318115032044e-17, 0.8459244992310679, 1.549506647350329e-17,
  0.5398951164352044, 2.4263515104613218e-17, 0.8417322990413384, -2.7333362440269662e-17,
  0.5464546069192036, 8.399754840929507e-18, 0.8374887238505236, 4.3337026043948396e-17,
  0.5529807446305274, -6.743270455611732e-18, 0.8331940326645814, -1.864487879673432e-19,
  0.5594731312473669, 1.575565514488728e-17, 0.8288484876093257, 1.1163935406617444e-17,
  0.565931370507906, 6.582459440388572e-18, 0.8244523539144292, 3.731817754380378e-17,
  0.5723550682345072, 2.6575872357215316e-17, 0.820005899897234, -3.912431748209128e-17,
  0.5787438323577704, -2.7958488978746924e-17, 0.8155093969463755, 1.3751889684983782e-18,
  0.5850972729404622, -5.4883972461161805e-17, 0.8109631195052179, -3.091333486122179e-17,
  0.5914150022013163, 5.0668448898504805e-17, 0.8063673450551039, 3.4650875715584734e-17,
  0.5976966345387015, 5.450323593054385e-17, 0.8017223540984184, 4.0134533311087014e-17,
  0.6039417865541566, 1.1794923733511837e-17, 0.7970284301414683, 5.0523609948487484e-17,
  0.6101500770757914, -1.479826990758988e-17, 0.7922858596771786, -2.9049779312834576e-17,
  0.616321127181551, -2.2084950172964097e-17, 0.7874949321676061, -4.8080555050456574e-17,
  0.6224545602223437, -6.049035765709707e-18, 0.7826559400262728, -1.474071641211487e-17,
  0.6285500018450296, 3.5348797769901485e-17, 0.7777691786003179, -8.842419849333787e-18,
  0.6346070800152693, -3.4568582392624965e-17, 0.7728349461524715, 4.231014921891023e-17,
  0.6406254250402305, -4.700891123899386e-17, 0.7678535438428503, 4.9065912521116424e-17,
  0.6466046695911524, 4.567647714393289e-19, 0.7628252757105762, 1.6672995021546628e-17,
  0.652544448725766, -4.5598735935930497e-17, 0.7577504486552193, -1.878215121154204e-18,
  0.6584443999105676, -3.7736386700306717e-17, 0.7526293724180665, -1.2970993013150526e-17,
  0.6643041630429463, 1.5784492324431575e-17, 0.7474623595632162, 5.6627515613726676e-18,
  0.6701233804731629, 6.183536725574959e-18, 0.7422497254585013, -1.2339303604869521e-17,
  0.6759016970261789, -5.119389624609889e-17, 0.7369917882562408, -4.631213290368497e-17,
  0.6816387600233341, 4.410467313197903e-17, 0.7316888688738209, -1.0475824306512768e-17,
  0.6873342193038735, 2.8994333996809586e-17, 0.7263412909741086, -9.465899179857832e-18,
  0.692987727246318, -5.3543290798909455e-17, 0.7209493809456964, 3.494986701478816e-17,
  0.6985989387896817, 2.975439919188114e-17, 0.7155134678829815, 3.8181038992157035e-17,
  0.7041675114545337, -3.94095700584825e-17, 0.7100338835660797, 1.505272211891291e-17,
  0.7096931053638997, -9.468276958542117e-18, 0.7045109624405747, -4.451398614976226e-17,
  0.7151753832640076, -1.466099578328228e-17, 0.6989450415971057, -5.5261332036460915e-18,
  0.7206140105448711, 1.105694456137362e-17, 0.6933364607507934, 1.2822831674529969e-17,
  0.7260086552607126, -1.573621815339587e-17, 0.6876855622205048, 3.5430696752823923e-17,
  0.7313589881502236, 2.6553630314845697e-17, 0.6819926909079606, 2.8089333561212785e-17,
  0.7366646826566614, -4.639723374875429e-17, 0.6762581942766833, 3.497002399394248e-17,
  0.7419254149477796, 2.9074827569875116e-18, 0.6704824223307908, 5.425808997571648e-17,
  0.7471408639355942, 2.937498788028212e-17, 0.6646657275936333, -5.2874573286772266e-17,
  0.7523107112959804, -4.07866182575664e-17, 0.6588084650862769, 1.7760805237087262e-17,
]);
const SC_S1 = -0.16666666666666666; // -0x1.5555555555555p-3: TAYLOR_SIN's x^3 ... x^11 terms
const SC_S2 = 0.008333333333332329; // 0x1.1111111110ecep-7
const SC_S3 = -0.00019841269834414642; // -0x1.a01a019db08b8p-13
const SC_S4 = 2.755729806860771e-06; // 0x1.71de27b9a7ed9p-19
const SC_S5 = -2.5022014848318398e-08; // -0x1.addffc2fcdf59p-26
const SC_SN3 = -0.16666666666666488; // -0x1.5555555555515p-3: the table's short series
const SC_SN5 = 0.008333332142857223; // 0x1.11110e829872fp-7
const SC_CS2 = 0.5;
const SC_CS4 = -0.04166666666666644; // -0x1.5555555555535p-5
const SC_CS6 = 0.001388888740079376; // 0x1.6c16bedd9e239p-10
const SC_BIG = 52776558133248; // 0x1.8p45: big + |x| rounds |x| to a multiple of 1/128
const SC_HP0 = 1.5707963267948966; // pi/2 as a double-double
const SC_HP1 = 6.123233995736766e-17;
const SC_MP1 = 1.5707963407039642; // pi/2 in four pieces for the reduction
const SC_MP2 = -1.3909067564377153e-08;
const SC_PP3 = -4.97899623147991e-17;
const SC_PP4 = -1.9034889620193266e-25;
const SC_HPINV = 0.6366197723675814; // 2/pi
const SC_TOINT = 6755399441055744; // 0x1.8p52
/** reduceSinCos's result: the reduced argument as a double-double. */
const SC_RED = new Float64Array(2);

/**
 * glibc's sin (sysdeps/ieee754/dbl-64/s_sin.c, the IBM Accurate Mathematical Library as of
 * glibc 2.28: ~0.55 ulp, so not always correctly rounded) as its FMA build computes it:
 * |x| < 0.855469 from the table of sin/cos(k/128) and short series (or a Taylor series
 * below 0.126); up to 2.426265 as cos(pi/2 - |x|); up to 105414350 after a Cody-Waite
 * reduction by pi/2 in four pieces; beyond, glibc's Payne-Hanek reduction (branred). NaN
 * for inf and NaN (the caller raises).
 */
export function sin(x: number): number {
  W[0] = x;
  const k = WI[1]! & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const r = doCos(SC_HP0 - Math.abs(x), SC_HP1);
    return x < 0 ? -r : r;
  }
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return sinCosQuadrant(SC_RED[0]!, SC_RED[1]!, n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return sinCosQuadrant(SC_RED[0]!, SC_RED[1]!, n);
  }
  return NaN;
}

/** glibc's cos, as sin above. */
export function cos(x: number): number {
  W[0] = x;
  const k = WI[1]! & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = SC_HP0 - Math.abs(x);
    const a = y + SC_HP1;
    return doSin(a, (y - a) + SC_HP1);
  }
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return sinCosQuadrant(SC_RED[0]!, SC_RED[1]!, n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return sinCosQuadrant(SC_RED[0]!, SC_RED[1]!, n + 1);
  }
  return NaN;
}

/** sin of the double-double x + dx in quadrant n (cos for odd n, negated for n & 2). */
function sinCosQuadrant(a: number, da: number, n: number): number {
  const r = (n & 1) !== 0 ? doCos(a, da) : doSin(a, da);
  return (n & 2) !== 0 ? -r : r;
}

/**
 * x - n*pi/2 for |x| < 105414350 into SC_RED (hi, lo: 136 bits of pi/2 in four pieces);
 * returns n mod 4. The fused steps are the ones GCC contracts in glibc's FMA build (both
 * uses of xn * pp3 and of xn * pp4 are subtractions, so each is fused twice).
 */
function reduceSinCos(x: number): number {
  const t = fma(x, SC_HPINV, SC_TOINT);
  const xn = t - SC_TOINT;
  W[0] = t;
  const n = WI[0]! & 3;
  const y = fma(xn, -SC_MP2, fma(-xn, SC_MP1, x));
  const t2 = fma(-xn, SC_PP3, y);
  let db = fma(-xn, SC_PP3, y - t2);
  const b = fma(-xn, SC_PP4, t2);
  db += fma(-xn, SC_PP4, t2 - b);
  SC_RED[0] = b;
  SC_RED[1] = db;
  return n;
}

/** The table's row for |x| rounded to a multiple of 1/128 (u = big + |x|): its index * 4. */
function sinCosRow(u: number): number {
  W[0] = u;
  return WI[0]! << 2;
}

/** 2/pi in base 2^24 (glibc's branred.h toverp; printed by scripts/gen_sincos_table.py). */
const TOVERP = new Float64Array([
  10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841, 16666979, 11263675,
  12935607, 2387514, 4345298, 14681673, 3074569, 13734428, 16653803, 1880361, 10960616, 8533493,
  3062596, 8710556, 7349940, 6258241, 3772886, 3769171, 3798172, 8675211, 12450088, 3874808,
  9961438, 366607, 15675153, 9132554, 7151469, 3571407, 2607881, 12013382, 4155038, 6285869,
  7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392, 5636912, 4652155,
  7056368, 13614112, 10155062, 1944035, 9527646, 15080200, 6658437, 6231200, 6832269, 16767104,
  5075751, 3212806, 1398474, 7579849, 6349435, 12618859, 4703257, 12806093, 14477321, 2786137,
  12875403, 9837734, 14528324, 13719321, 343717,
]);
const BR_SPLIT = 134217729; // 2^27 + 1: Veltkamp's split
const BR_BIG = 6755399441055744; // 0x1.8p52
const BR_BIG1 = 27021597764222976; // 0x1.8p54
const BR_MP2 = -1.3909067675399456e-08; // pi/2 - BR's MP1, to 24 more bits (not SC_MP2)
/** branredHalf's results: b, bb, sum. */
const BR_HALF = new Float64Array(3);

/**
 * glibc's __branred: x = n*pi/2 + (a + aa) with |a + aa| < pi/4 for |x| >= 105414350, into
 * SC_RED; returns n mod 4. The product x * 2/pi from 2/pi's base-2^24 digits (Payne and
 * Hanek), for x's two Veltkamp halves. glibc builds this file without FMA (there is no
 * FMA variant of it): every product here is rounded before its sum.
 */
function branred(x: number): number {
  x *= 2.409919865102884e-181; // 2^-600
  const t0 = x * BR_SPLIT;
  const x1 = t0 - (t0 - x);
  const x2 = x - x1;
  branredHalf(x1);
  const b1 = BR_HALF[0]!, bb1 = BR_HALF[1]!, sum1 = BR_HALF[2]!;
  branredHalf(x2);
  const b2 = BR_HALF[0]!, bb2 = BR_HALF[1]!, sum2 = BR_HALF[2]!;
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  let t = ((b - s) + bb) + (bb1 + bb2);
  b = s * BR_SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * SC_HP0;
  bb = (((t1 * SC_MP1 - b) + t1 * BR_MP2) + t2 * SC_MP1) + (t2 * BR_MP2 + s * SC_HP1 + t * SC_HP0);
  s = b + bb;
  t = (b - s) + bb;
  SC_RED[0] = s;
  SC_RED[1] = t;
  return Math.trunc(sum) & 3;
}

/** One half of branred: xi * 2/pi with its integer part taken off, into BR_HALF. */
function branredHalf(xi: number): void {
  W[0] = xi;
  let k = Math.trunc((((WI[1]! >>> 20) & 2047) - 450) / 24);
  if (k < 0) k = 0;
  let gor = fromWords(0x63f00000 - ((k * 24) << 20), 0); // 2^(576 - 24k)
  const r0 = xi * TOVERP[k]! * gor; gor *= 5.9604644775390625e-08; // 2^-24
  const r1 = xi * TOVERP[k + 1]! * gor; gor *= 5.9604644775390625e-08;
  const r2 = xi * TOVERP[k + 2]! * gor; gor *= 5.9604644775390625e-08;
  const r3 = xi * TOVERP[k + 3]! * gor; gor *= 5.9604644775390625e-08;
  const r4 = xi * TOVERP[k + 4]! * gor; gor *= 5.9604644775390625e-08;
  const r5 = xi * TOVERP[k + 5]! * gor;
  let sum = 0;
  let s = (r0 + BR_BIG) - BR_BIG;
  sum += s;
  const q0 = r0 - s;
  s = (r1 + BR_BIG) - BR_BIG;
  sum += s;
  const q1 = r1 - s;
  s = (r2 + BR_BIG) - BR_BIG;
  sum += s;
  const q2 = r2 - s;
  let t = 0;
  t += r5;
  t += r4;
  t += r3;
  t += q2;
  t += q1;
  t += q0;
  let bb = (((((q0 - t) + q1) + q2) + r3) + r4) + r5;
  s = (t + BR_BIG) - BR_BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = (t - b) + bb;
  s = (sum + BR_BIG1) - BR_BIG1;
  sum -= s;
  BR_HALF[0] = b;
  BR_HALF[1] = bb;
  BR_HALF[2] = sum;
}

/** sin(x + dx), |x| < 0.855469 (glibc's do_sin). */
function doSin(x: number, dx: number): number {
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  if (Math.abs(x) < 0.126) {
    // TAYLOR_SIN: x + ((poly(xx) * x - dx/2) * xx + dx)
    const xx = x * x;
    const poly = fma(xx, fma(xx, fma(xx, fma(xx, SC_S5, SC_S4), SC_S3), SC_S2), SC_S1);
    return x + fma(xx, fma(poly, x, -(0.5 * dx)), dx);
  }
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = SC_BIG + ax;
  const r = ax - (u - SC_BIG);
  const xx = r * r;
  const s = r + fma(r * xx, fma(xx, SC_SN5, SC_SN3), dx);
  const c = fma(r, dx, xx * fma(xx, fma(xx, SC_CS6, SC_CS4), SC_CS2));
  const i = sinCosRow(u);
  const sn = SINCOS_TAB[i]!, ssn = SINCOS_TAB[i + 1]!, cs = SINCOS_TAB[i + 2]!, ccs = SINCOS_TAB[i + 3]!;
  const cor = fma(s, cs, fmaExactProduct(-c, sn, fmaExactProduct(s, ccs, ssn)));
  const res = sn + cor;
  return negative ? -res : res;
}

/** cos(x + dx), |x| < 0.855469 (glibc's do_cos). */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = SC_BIG + ax;
  const r = ax - (u - SC_BIG) + dx;
  const xx = r * r;
  const s = fma(r * xx, fma(xx, SC_SN5, SC_SN3), r);
  const c = xx * fma(xx, fma(xx, SC_CS6, SC_CS4), SC_CS2);
  const i = sinCosRow(u);
  const sn = SINCOS_TAB[i]!, ssn = SINCOS_TAB[i + 1]!, cs = SINCOS_TAB[i + 2]!, ccs = SINCOS_TAB[i + 3]!;
  const cor = fma(-s, sn, fmaExactProduct(-c, cs, fmaExactProduct(-s, ssn, ccs)));
  return cs + cor;
}

// ------------------------------------------------------------------ tan

/** 2/pi * 2^1200, truncated (for reducing huge arguments exactly; BigInt, built once). */
const TWO_OVER_PI_BITS = BigInt('0xa2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b');
const PIO2_1 = 1.5707963267948966, PIO2_2 = 6.123233995736766e-17, PIO2_3 = -1.4973849048591698e-33;

/** 1/n! as double-doubles, n = 0..29 (built at the first use: intmath.ts imports this
 * module, so its double-double kit is not there yet while this one loads). */
const INV_FACT = new Float64Array(60);

function buildInvFact(): void {
  let fh = 1, fl = 0;
  INV_FACT[0] = 1;
  INV_FACT[2] = 1;
  for (let n = 2; n < 30; n++) {
    dDiv(fh, fl, n, 0);
    fh = D[0]!;
    fl = D[1]!;
    INV_FACT[2 * n] = fh;
    INV_FACT[2 * n + 1] = fl;
  }
}

/** x - k pi/2 as a double-double in D, |result| <= pi/4 (about); returns k mod 4. */
function reducePio2(x: number): number {
  if (Math.abs(x) < 1048576) {
    const k = Math.round(x * 0.6366197723675814);
    if (k === 0) { D[0] = x; D[1] = 0; return 0; }
    dTwoProd(k, PIO2_1);
    dAdd(x, 0, -D[0]!, -D[1]!);
    const rh = D[0]!, rl = D[1]!;
    dTwoProd(k, PIO2_2);
    dAdd(rh, rl, -D[0]!, -D[1]!);
    dAdd(D[0]!, D[1]!, -(k * PIO2_3), 0);
    return k & 3;
  }
  // huge: x = m 2^e exactly; x * 2/pi = m * BITS * 2^(e - 1200), kept to 160 fraction bits
  W[0] = Math.abs(x);
  const ex = ((WU[1]! >>> 20) & 0x7ff) - 1075;
  const m = BigInt(WU[1]! & 0xfffff | 0x100000) * 4294967296n + BigInt(WU[0]!);
  let p = m * TWO_OVER_PI_BITS;
  let shift = 1200 - ex;
  if (shift > 160) { p >>= BigInt(shift - 160); shift = 160; }
  const sh = BigInt(shift);
  let n = p >> sh;
  let frac = p - (n << sh);
  if (frac >= 1n << (sh - 1n)) { frac -= 1n << sh; n += 1n; }
  const hi = Number(frac);
  const lo = Number(frac - BigInt(hi));
  const sc = 2 ** -shift;
  dMul(hi * sc, lo * sc, PIO2_HI, PIO2_LO);
  let k = Number(n & 3n);
  if (x < 0) { D[0] = -D[0]!; D[1] = -D[1]!; k = (4 - k) & 3; }
  return k;
}

/** sin (odd) or cos (even) series of the double-double r (|r| <= pi/4 + tiny), in D. */
function trigSeries(rh: number, rl: number, odd: boolean): void {
  if (INV_FACT[0] === 0) buildInvFact();
  dMul(rh, rl, rh, rl);
  const r2h = D[0]!, r2l = D[1]!;
  const top = odd ? 29 : 28;
  let th = INV_FACT[2 * top]!, tl = INV_FACT[2 * top + 1]!;
  for (let n = top - 2; n >= 0; n -= 2) {
    dMul(r2h, r2l, th, tl);
    dAdd(INV_FACT[2 * n]!, INV_FACT[2 * n + 1]!, -D[0]!, -D[1]!);
    th = D[0]!;
    tl = D[1]!;
    // alternate signs: the running sum is c_n - r^2 * (c_{n+2} - r^2 * (...))
  }
  if (odd) dMul(rh, rl, th, tl);
  else { D[0] = th; D[1] = tl; }
}

export function tan(x: number): number {
  if (x !== x) return x;
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return x; // x + x^3/3 rounds to x
  const k = reducePio2(x);
  const rh = D[0]!, rl = D[1]!;
  trigSeries(rh, rl, true);
  const sh = D[0]!, sl = D[1]!;
  trigSeries(rh, rl, false);
  const ch = D[0]!, cl = D[1]!;
  if ((k & 1) === 0) dDiv(sh, sl, ch, cl);
  else dDiv(-ch, -cl, sh, sl);
  return D[0]! + D[1]!;
}

// ------------------------------------------------------------------ log2

/** log2's table (ARM optimized-routines, glibc's __log2_data.tab): per i = 0..63, 1/c
 *  and log2(c) for c near the center of the i-th subinterval of [0x1.6p-1, 0x1.6p0). */
const LOG2_TAB = new Float64Array([
  1.4463276106642393, -0.5323943771486483, 1.4301675812282968, -0.516184206053822,
  1.4143648676229383, -0.5001543441974263, 1.3989068970611538, -0.4842999484799293,
  1.3837838957784339, -0.46861865624623533, 1.368983882697786, -0.4531054615783887,
  1.3544972916324536, -0.43775750882059583, 1.3403139676437443, -0.4225709906127122,
  1.3264249304188642, -0.40754302793970965, 1.3128203652112156, -0.3926695240384106,
  1.299492412370217, -0.3779482100565019, 1.28643198385998, -0.36337518101890964,
  1.2736319291846832, -0.3489484089425332, 1.2610838968062879, -0.33466425780738973,
  1.248780314313572, -0.3205197000629596, 1.2367150450059063, -0.3065131231801388,
  1.2248804968401878, -0.2926410022678283, 1.2132702353497795, -0.2789009220805383,
  1.2018780785715362, -0.2652905529862437, 1.190697765061355, -0.2518072602367738,
  1.1797235410550593, -0.23844881494437686, 1.1689498986205256, -0.22521309705462045,
  1.158371137408455, -0.21209756102439314, 1.1479820146386086, -0.1991000395789797,
  1.1377775576851088, -0.18621852970682085, 1.127753150630225, -0.17345131655361,
  1.1179037012282074, -0.16079591649577196, 1.1082251967632821, -0.14825107384353942,
  1.098712461056607, -0.13581387465410444, 1.0893619091634283, -0.12348332762257996,
  1.0801689912316736, -0.11125703807351783, 1.071129489697672, -0.09913289918449664,
  1.0622406576750423, -0.08711065531497297, 1.0534977607927976, -0.07518724771330199,
  1.044897877982342, -0.06336194888240243, 1.0364370289499079, -0.0516324649456692,
  1.0281122132034575, -0.039997735929773626, 1.0199202450036955, -0.028456341769015125,
  1.0118577522306755, -0.017006489068080555, 1.003921649236766, -0.005646678981520381,
  0.9922480467550775, 0.011227277611396858, 0.9770993366178549, 0.033422853921138085,
  0.9624059787315814, 0.05528248992573026, 0.9481480598286369, 0.07681573143713649,
  0.9343065931261065, 0.09803204623631245, 0.9208633936884979, 0.11894094059630334,
  0.9078013641840602, 0.13955143862290242, 0.8951048181512927, 0.15987146080919956,
  0.882758574260473, 0.17990916589428707, 0.8707481902241709, 0.19967252559081317,
  0.8590602881746972, 0.2191687127685782, 0.8476822044336688, 0.23840459427242422,
  0.8366013284053287, 0.25738780610663525, 0.8258064913621258, 0.27612433583180973,
  0.8152865101579193, 0.2946209507022104, 0.8050314363208223, 0.31288297359969874,
  0.7950310492640542, 0.33091689015759584, 0.7852760432487271, 0.3487282100279572,
  0.7757575660314712, 0.36632223233368677, 0.7664670566588946, 0.383704309808536,
  0.7573965608078645, 0.4008792246509074, 0.7485380168514022, 0.41785250494945103,
  0.7398844213755009, 0.4346281724315304, 0.7314286113178112, 0.45121103315341315,
]);
const LOG2_INVLN2HI = 1.4426950407214463, LOG2_INVLN2LO = 1.6751713164886512e-10;
const LOG2_A0 = -0.7213475204444882, LOG2_A1 = 0.4808983469629985, LOG2_A2 = -0.36067375954075914,
  LOG2_A3 = 0.2885390073180969, LOG2_A4 = -0.2404693555628422, LOG2_A5 = 0.2061202382173603;
const LOG2_B0 = -0.7213475204444817, LOG2_B1 = 0.48089834696298744, LOG2_B2 = -0.360673760222145,
  LOG2_B3 = 0.2885390081805197, LOG2_B4 = -0.24044917405728863, LOG2_B5 = 0.2060992861022954,
  LOG2_B6 = -0.18033596705327856, LOG2_B7 = 0.1603032746063156, LOG2_B8 = -0.14483316576701266,
  LOG2_B9 = 0.13046826811283835;

/** glibc's log2 (ARM optimized-routines e_log2.c, its fused multiply-add variant). */
export function log2(x: number): number {
  if (x >= 0.9576029777526855 && x < 1.0442743301391602) { // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5
    if (x === 1) return 0;
    const r = x - 1.0;
    const hi = r * LOG2_INVLN2HI;
    let lo = fma(r, LOG2_INVLN2LO, fma(r, LOG2_INVLN2HI, -hi));
    const r2 = r * r;
    const r4 = r2 * r2;
    const p = r2 * fma(r, LOG2_B1, LOG2_B0);
    let y = hi + p;
    lo += hi - y + p;
    const inner = fma(r2, fma(r, LOG2_B9, LOG2_B8), fma(r, LOG2_B7, LOG2_B6));
    lo = fma(r4, fma(r4, inner, fma(r2, fma(r, LOG2_B5, LOG2_B4), fma(r, LOG2_B3, LOG2_B2))), lo);
    y += lo;
    return y;
  }
  W[0] = x;
  let hx = WU[1]!;
  let lx = WI[0]!;
  const top = hx >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return NaN;
    W[0] = x * 4503599627370496; // 2^52: a subnormal normalized
    hx = (WU[1]! - (52 << 20)) >>> 0;
    lx = WI[0]!;
  }
  const tmp = (hx - 0x3fe60000) | 0;
  const i = (tmp >>> 14) & 63;
  const k = tmp >> 20;
  const z = fromWords((hx - (tmp & 0xfff00000)) | 0, lx);
  const invc = LOG2_TAB[2 * i]!, logc = LOG2_TAB[2 * i + 1]!;
  const r = fma(z, invc, -1.0);
  const t1 = r * LOG2_INVLN2HI;
  const t2 = fma(r, LOG2_INVLN2LO, fma(r, LOG2_INVLN2HI, -t1));
  const t3 = k + logc;
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(r4, fma(r, LOG2_A5, LOG2_A4), fma(r2, fma(r, LOG2_A3, LOG2_A2), fma(r, LOG2_A1, LOG2_A0)));
  return fma(r2, p, lo) + hi;
}

// ------------------------------------------------------------------ fdlibm: expm1, log1p, hyperbolics

const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e+00;
const EQ1 = -3.33333333333331316428e-02, EQ2 = 1.58730158725481460165e-03, EQ3 = -7.93650757867487942473e-05,
  EQ4 = 4.00821782732936239552e-06, EQ5 = -2.01099218183624371326e-07;

/** glibc's expm1: fdlibm's s_expm1.c as glibc's x86-64 FMA build evaluates it (GCC contracts
 *  each a*b+c into a fused multiply-add; fma() here at the same places). */
export function expm1(x: number): number {
  let hx = highWord(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) { // |x| >= 56 ln2
    if (hx >= 0x40862e42) { // |x| >= 709.78...
      if (hx >= 0x7ff00000) return x !== x ? x : (xsb === 0 ? x : -1.0);
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (xsb !== 0) return 1e-300 - 1.0;
  }
  let k: number, c = 0;
  if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
    let hi: number, lo: number;
    if (hx < 0x3ff0a2b2) { // and |x| < 1.5 ln2
      if (xsb === 0) { hi = x - LN2_HI; lo = LN2_LO; k = 1; } else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = Math.trunc(fma(INVLN2, x, xsb === 0 ? 0.5 : -0.5));
      hi = fma(-k, LN2_HI, x);
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) { // |x| < 2^-54
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, EQ1, 1.0), h2 = hxs * hxs;
  const R2 = fma(hxs, EQ3, EQ2), h4 = h2 * h2;
  const R3 = fma(hxs, EQ5, EQ4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(2.0, x - e, 1.0);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    if (k === 1024) y = y * 2.0 * 2 ** 1023;
    else y = fromWords((highWord(y) + (k << 20)) | 0, lowWord(y));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0);
    y = t - (e - x);
  } else {
    t = fromWords((0x3ff - k) << 20, 0);
    y = x - (e + t);
    y += 1.0;
  }
  return fromWords((highWord(y) + (k << 20)) | 0, lowWord(y));
}

const LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01, LP3 = 2.857142874366239149e-01,
  LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01, LP6 = 1.531383769920937332e-01,
  LP7 = 1.479819860511658591e-01;

/** glibc's log1p (fdlibm s_log1p.c). */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, c = 0, hu = 0;
  if (hx < 0x3fda827a) { // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) { // |x| < 2^-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) { k = 0; f = x; hu = 1; } // -0.2929 < x < 0.41422
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = fromWords(hu | 0x3ff00000, lowWord(u));
    } else {
      k += 1;
      u = fromWords(hu | 0x3fe00000, lowWord(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) { // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * LP1, z2 = z * z;
  const R2 = LP2 + z * LP3, z4 = z2 * z2;
  const R3 = LP4 + z * LP5, z6 = z4 * z2;
  const R4 = LP6 + z * LP7;
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
}

/** glibc's sinh: fdlibm's e_sinh.c over glibc's exp and expm1, as the x86-64 FMA build evaluates it. */
export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * fma(2.0, t, -(t * t / (t + 1.0)));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x)); // |x| < log(maxdouble)
  const lx = lowWord(x) >>> 0;
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x > 0 ? Infinity : -Infinity;
}

/** glibc's cosh (fdlibm e_cosh.c over glibc's exp and expm1). */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3fd62e43) { // |x| < 0.5 ln2
      const t = expm1(Math.abs(x));
      const w = 1.0 + t;
      if (ix < 0x3c800000) return w;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  const lx = lowWord(x) >>> 0;
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** glibc's tanh (fdlibm s_tanh.c over glibc's expm1). */
export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : (jx >= 0 ? 1.0 : -1.0);
  let z: number;
  if (ix < 0x40360000) { // |x| < 22
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x); // |x| < 2^-55
    if (ix >= 0x3ff00000) { // |x| >= 1
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - 1e-300;
  }
  return jx >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-01;

/** glibc's asinh (fdlibm s_asinh.c over glibc's log and log1p). */
export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x; // |x| < 2^-28
  let w: number;
  if (ix > 0x41b00000) { // |x| > 2^28
    if (ix >= 0x7ff00000) return x + x;
    w = crLog(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) { // 2^28 > |x| > 2
      w = crLog(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return x < 0 ? -w : w;
}

/** glibc's acosh (fdlibm e_acosh.c over glibc's log and log1p). */
export function acosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return x !== x ? x : NaN; // x < 1
  if (hx >= 0x41b00000) { // x >= 2^28
    if (hx >= 0x7ff00000) return x + x;
    return crLog(x) + LN2;
  }
  if (x === 1) return 0.0;
  if (hx > 0x40000000) { // 2^28 > x > 2
    const t = x * x;
    return crLog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

/** glibc's atanh (sysdeps/ieee754/dbl-64/e_atanh.c over its log1p). */
export function atanh(x: number): number {
  if (x !== x) return x;
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2^-28
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0) return NaN;
    return x / 0.0;
  }
  return x < 0 || (x === 0 && 1 / x < 0) ? -t : t;
}
