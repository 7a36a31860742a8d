# gilvm-nogil: --workers 2
# math edge cases: domain and range errors, isqrt/gcd/lcm/comb/perm/factorial, floor/ceil/trunc on floats, ints, inf and nan.
import math
def t(fn, *a, **k):
    try: r = fn(*a, **k); print(fn.__name__, a, k, "->", repr(r))
    except Exception as e: print(fn.__name__, a, '!!', type(e).__name__, e)
for x in [-1, 0, 2, 1e308, float('inf'), float('nan'), 10**400]:
    t(math.sqrt, x); t(math.log, x); t(math.exp, x)
t(math.log, 8, 2); t(math.log, 10**500); t(math.log10, 1000); t(math.log2, 1024); t(math.log, 0.0); t(math.log, 2, 1); t(math.log1p, -1)
for x in [0, 1, 99, 10**20, -1, 2.0]: t(math.isqrt, x)
t(math.gcd); t(math.gcd, 12, 18, 27); t(math.gcd, -4, 6); t(math.lcm, 4, 6, 10); t(math.lcm); t(math.lcm, 0, 5); t(math.gcd, 1.5, 2)
t(math.comb, 10, 3); t(math.comb, 3, 10); t(math.comb, -1, 2); t(math.perm, 5); t(math.perm, 5, 2); t(math.perm, 5, 7); t(math.comb, 100, 50)
t(math.factorial, 0); t(math.factorial, 20); t(math.factorial, -1); t(math.factorial, 3.0); t(math.factorial, 30)
for x in [2.5, -2.5, 3, 1e20, float('inf'), float('nan'), -0.0, 10**30]:
    t(math.floor, x); t(math.ceil, x); t(math.trunc, x)
t(round, 2.5); t(round, 3.5); t(round, -0.5); t(round, 1.2345, 2); t(round, 1234, -2); t(round, float('inf'))
print(math.inf, -math.inf, math.nan, math.pi, math.e, math.tau)
t(math.isclose, 1.0, 1.0000000001); t(math.isclose, 1, 1.1, rel_tol=0.2); t(math.isinf, 1e400); t(math.isnan, float('nan')); t(math.isfinite, 1.0)
t(math.fsum, [0.1]*10); t(sum, [0.1]*10); t(math.prod, [1,2,3,4]); t(math.prod, []); t(math.prod, [1.5, 2], start=2)
t(math.hypot, 3, 4); t(math.hypot, 1, 2, 2); t(math.dist, (0, 0), (3, 4)); t(math.copysign, 3, -0.0); t(math.fabs, -3)
t(math.fmod, 7, -3); t(math.fmod, 1, 0); t(math.modf, 3.75); t(math.frexp, 8.0); t(math.ldexp, 0.5, 4)
t(math.pow, 2, 10); t(math.pow, 0, -1); t(math.pow, -8, 1/3); t(math.atan2, 1, 1); t(math.degrees, math.pi); t(math.radians, 180)
t(math.sin, math.inf); t(math.cosh, 1000); t(math.exp, 1000); t(math.asin, 2); t(math.acos, 1)
t(math.sqrt, 'x'); t(math.floor, 'x'); t(math.gcd, 2.0, 4); t(math.isqrt, -5); t(math.exp, 710)
t(math.erf, 0.5); t(math.gamma, 0); t(math.lgamma, 10); t(math.gamma, -1); t(math.remainder, 7, 2); t(math.nextafter, 1, 2); t(math.ulp, 1.0)
t(math.cbrt, 27) if hasattr(math, 'cbrt') else print('nocbrt')
t(math.exp2, 3) if hasattr(math, 'exp2') else print('noexp2')
t(math.trunc, 'a'); t(math.ceil, None); t(math.sqrt); t(math.log, 1, 2, 3)
print(10**400 / 10**399, float(10**300) * 10)
t(math.log, -1.5); t(math.sqrt, -0.0); t(math.atanh, 1); t(math.log2, 0)
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 7 % -2.5, 2 ** -1, (-8) ** (1/3))
t(pow, 2, 3, 5); t(pow, 2, -1, 5); t(pow, 3, -1, 6); t(pow, 0, -1); t(pow, 0.0, -1)
