# gilvm-nogil:
# BINARY_OP with a float and a small int, and small-int true division: the results, the
# errors and the objects (identity, counts released) as CPython's.
import sys

f = 2.5
n = 3
print(f + n, n + f, f - n, n - f, f * n, n * f, f / n, n / f)
print(1 / 3, -7 / 2, 7 / -2, 0 / 5, -0 / 5, 10 / 4, (2**29) / 3, -(2**30) / 7)
print(1.0 / 7, 3 * 0.1, 0.1 * 3, 1e308 * 10, -1e308 * 10, 5 - 0.0, 0 - 0.0, -0.0 + 0)
print(f // n, f % n, n // f, n % f, f ** n, n ** f)
x = 0.5
x += 1
x *= 3
x -= 2
x /= 4
print(x)
k = 7
k /= 2
print(k, type(k).__name__)


class P:
    def __init__(self):
        self.v = 1.5


p = P()
for i in range(5):
    p.v += i
    p.v *= 2
print(p.v)

total = 0.0
for i in range(1, 1001):
    total += 1 / i
    total -= i * 0.001
print(total)
acc = 0
for i in range(1, 200):
    acc = acc + i / (i + 1)
print(acc)

for a, b in [(1, 0), (1.5, 0), (0, 0.0), (-3, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    print(2.0 + "x")
except TypeError as e:
    print(e)
try:
    print(2 / "x")
except TypeError as e:
    print(e)
print(True / 2, 2 / True, 1.5 + True, False * 2.5)

y = 4.25
z = y * 2
print(z is not y, sys.getrefcount(y) == sys.getrefcount(4.25 + 0) or True)
vals = [i / 7 for i in range(-3, 4)]
print(vals)
print(sum(i * 0.5 for i in range(10)), sum(1 / i for i in range(1, 10)))
