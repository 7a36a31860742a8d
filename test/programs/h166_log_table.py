# gilvm-nogil:
# math.log, log2, log10, log1p and log with a base over the table's points 1 + i/128, around
# sqrt(2) and 1, powers of two, subnormals, huge ints, and the errors, printed with repr.
import math

for i in range(-40, 56, 3):
    c = 1 + i / 128
    print(i, repr(math.log(c)), repr(math.log(c * (1 + 1e-9))), repr(math.log(c * 2.0 ** 37)))
for v in [1.0, 1 + 2 ** -52, 1 - 2 ** -53, 0.9995, 1.0005, 1.4142135623730951, 1.414213562373095,
          0.7071067811865476, 0.7071067811865475, 2.0, 0.5, 3.0, 10.0, 1e-5, 1e5, 123456.789,
          5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308, math.e, math.pi]:
    print(repr(v), repr(math.log(v)), repr(math.log10(v)), repr(math.log2(v)))
for k in [1, 2, 7, 10, 100, 2 ** 62, 2 ** 100 + 1, 10 ** 400]:
    print(k, repr(math.log(k)), repr(math.log(k, 10)), repr(math.log(k, 2)))
print(repr(math.log(8, 2)), repr(math.log(100, 10)), repr(math.log(0.25, 0.5)))
print(repr(math.log1p(1e-10)), repr(math.log1p(-0.5)), repr(math.log(True)))
total = 0.0
for n in range(1, 3000):
    total += math.log(n) - math.log(n + 0.5) + math.log(1.0 + n / 3000)
print(repr(total))
for bad in [0, -1, 0.0, -1e-300, -math.inf]:
    try:
        math.log(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['x', None]:
    try:
        math.log(bad)
    except TypeError as e:
        print(e)
print(math.log(math.inf), math.isnan(math.log(math.nan)))
