# The math module: constants, rounding, powers and logs, trig, integer functions,
# special values and domain errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7))
print(type(math.floor(2.0)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.pow(2, 0.5))
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.asin(1))
print(math.factorial(20), math.factorial(0), math.gcd(48, 180), math.gcd(0, 5), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.fabs(-2), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")), math.isclose(0.1 + 0.2, 0.3))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.cosh(0), math.sinh(0), math.tanh(0), math.erf(0))
for name, call in [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)),
                   ("log(-1)", lambda: math.log(-1)), ("factorial(-1)", lambda: math.factorial(-1)),
                   ("factorial(2.5)", lambda: math.factorial(2.5)), ("exp(1000)", lambda: math.exp(1000)),
                   ("acos(2)", lambda: math.acos(2)), ("isqrt(-1)", lambda: math.isqrt(-1))]:
    try:
        call()
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
print(math.ceil(1e-300), math.trunc(2 ** 0.5))
print(sum(1 / math.factorial(k) for k in range(20)), math.e)
