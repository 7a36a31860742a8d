# math.sin and math.cos against glibc's (the IBM Accurate Mathematical Library: not always
# correctly rounded, so a correctly rounded sin differed from CPython's in about one result
# in 500). Prints a few results and a checksum of the reprs of many more, in each of the
# algorithm's ranges: the Taylor series (|x| < 0.126), the table (< 0.855469), cos(pi/2 - x)
# (< 2.426265), the reduction by pi/2 (< 105414350) and beyond.
import math
import random

random.seed(77)


def digest(strings):
    h = 0
    for s in strings:
        for ch in s:
            h = (h * 131 + ord(ch)) % 2305843009213693951
    return h


print(math.cos(-4.2780195801159415), math.sin(0.5), math.cos(0.5), math.sin(2.0), math.cos(2.0))
print(math.sin(-0.0), math.cos(1e-30), math.sin(1e-300), math.sin(math.pi), math.cos(math.pi / 2))
print(math.sin(1e6), math.cos(123456.789), math.sin(2e9), math.cos(1e22))
for low, high in [(0, 0.126), (0.126, 0.855469), (0.855469, 2.426265), (2.426265, 1e4), (1e4, 105414350), (105414350, 1e12)]:
    values = []
    for _ in range(2500):
        x = random.uniform(low, high) * random.choice((1, -1))
        values.append(repr(math.sin(x)))
        values.append(repr(math.cos(x)))
    print(low, high, len(values), digest(values))
total = 0.0
for i in range(20000):
    total += math.sin(i * 0.001) * math.cos(i * 0.0007)
print(total, [random.gauss(0, 1) for _ in range(3)])
