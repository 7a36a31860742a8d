# gilvm-nogil: --workers 2
# int multiplication with a one-digit operand takes one pass over the long one when the
# digit is below 2**21 (factorial loops, x * 10); wider digits take the general loop
import math

x = 1
for i in range(1, 300):
    x *= i
print(x == math.factorial(299), len(str(x)), x % 1000000007)
for m in (0, 1, -1, 2, 7, -9, 10, 2**21 - 1, 2**21, -(2**21), 2**30 - 1, 2**30, 2**31 + 5, 2**32 - 1):
    a = x * m
    b = m * x
    print(m, a == b, a % 999983, (-x * m) % 999983, a // x if m else 0)
big = 3**200
print(big * 5, 5 * big, -big * 3, big * -3, big * 0, 0 * big)
print((2**64 - 1) * 0x1fffff, 0x1fffff * (2**64 - 1), (2**64 - 1) * 0x200000)
print(sum(big * i for i in range(100)) == big * 4950)
y = 10**50
for _ in range(20):
    y *= 10
print(y == 10**70, y)
print((2**32 - 1) * (2**32 - 1), 123456789 * 10**30, (-(2**40)) * 1000)
