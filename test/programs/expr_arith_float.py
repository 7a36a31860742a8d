# Float arithmetic and the shortest round-trip repr, specials, round-half-even.
import math

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 - 0.9, 0.1 * 3)
print(1e16, 1e15, 123456789012345678.0, 1e22, 1e-4, 1e-5, 1e-7, 0.0001)
print(1.0, 100.0, 1.5e300 * 1e10, -1.5e300 * 1e10, 2.0 ** 0.5)
print(float("inf") - float("inf"), float("inf") * 0, float("inf") + 1)
print(-0.0, 0.0 * -1, abs(-0.0), 0.0 == -0.0, math.copysign(1, -0.0))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, math.isnan(nan), nan is nan)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(-2.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.5 % -2, divmod(7.5, 2))
print(2 ** 0.5 * 2 ** 0.5, 10 / 3, 2 / 3, 1 / 7, 100 / 7)
print(3.0 * 1.1, 1.1 + 2.2, 0.3 - 0.1, 1e308 * 10, 5e-324, 5e-324 / 2)
print(float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1), 9007199254740993.0)
print(1 / 3 * 3, 4.35 * 100, 0.07 * 100, 1.15 * 100)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(2.9999999999999999))
print(float("1e400"), float("-1e400"), 1e-320, 2.2250738585072014e-308)
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (0.5).hex())
print(1.0.is_integer(), float.fromhex("0x1.8p1"), (-1.5).__abs__())
print(str(1e16), str(1.5), repr(1e-10), 12345.678e3, 1.23456789e-9)
print(3 * 0.1 == 0.3, math.isclose(3 * 0.1, 0.3), abs(3 * 0.1 - 0.3) < 1e-15)
print(max(0.1, 0.2), min(-0.0, 0.0), sum([0.1] * 10), math.fsum([0.1] * 10))
print(hash(1.0) == hash(1), hash(-0.0) == hash(0.0), 1.0 == 1, {1: 'a', 1.0: 'b'})
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(math.exp(1000))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(int(float("nan")))
except ValueError as e:
    print(type(e).__name__, e)
