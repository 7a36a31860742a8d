# Numeric checks with math: isclose (rel/abs tolerances, inf, nan), comb / perm, prod,
# gcd / lcm with any number of arguments, fsum vs sum, inf / nan comparisons, isqrt,
# copysign, remainder, domain and type errors.
import math

print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)

print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(3, 4), math.factorial(20))
for bad in [lambda: math.comb(-1, 2), lambda: math.perm(2, -1), lambda: math.comb(1.5, 1), lambda: math.factorial(-3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(-4, 6))
print(math.lcm(), math.lcm(4, 6), math.lcm(2, 3, 4, 5), math.lcm(0, 5), math.lcm(-4, 6))
try:
    math.gcd(1.0, 2)
except TypeError as e:
    print("TypeError:", e)

vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([math.inf, 1]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)

inf, nan = math.inf, math.nan
print(inf > 1e308, -inf < -1e308, inf == float("inf"), nan == nan, nan != nan, nan < 1, nan > 1)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(nan), inf - inf, inf * 0)
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]), float("-inf"), repr(nan))
print(math.isqrt(99), math.isqrt(10**20), math.copysign(3, -0.0), math.remainder(10, 3), math.fmod(-7, 3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(0), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.atan2(1, 1) * 4 == math.pi, math.e)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.isqrt(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.tau / 2 == math.pi, math.ulp(1.0), math.nextafter(1.0, 2.0) - 1.0)
