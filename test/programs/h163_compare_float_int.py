# gilvm-nogil:
# COMPARE_OP with floats, and a float with a small int: every operator, NaN, signed zeros,
# ints at the tagged range's ends, in conditions (the fused compare-and-jump) and as values.
import math

nan = float("nan")
inf = float("inf")
vals = [0, -0.0, 0.0, 1, 1.0, -1, 1.5, 2**30 - 1, float(2**30 - 1), -(2**30), 2**30, nan, inf, -inf, 0.1 + 0.2, 0.3]
ops = [
    ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b),
]
table = []
for name, op in ops:
    row = "".join("1" if op(a, b) else "0" for a in vals for b in vals)
    table.append((name, row.count("1"), row[:40]))
for t in table:
    print(*t)

# in conditions: the compare fused with its jump
count = 0
x = 0.0
for i in range(-50, 50):
    f = i / 4
    if f < 3:
        count += 1
    if f >= -2.5:
        count += 2
    if f == i // 4:
        count += 4
    if 1.0 != f:
        count += 8
    while x < 10:
        x += 0.75
print(count, x)


def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    elif v > 1e300:
        return "huge"
    return "pos"


print([classify(v) for v in [-1.5, -0.0, 0.0, 0, 3, 2.5, 1e301, nan]])
print(nan == nan, nan != nan, nan < 1, 1 < nan, [nan] == [nan], math.isnan(nan))
print(1 == 1.0, 1.0 == True, 2 > 1.5 > 1, 0.1 + 0.2 == 0.3, -0.0 == 0, 2**31 > 2.0**31 - 1)
print(sorted([3, 1.5, -2, 2.5, 0, -0.5]), max(1, 1.0), min(1.0, 1))
try:
    print(1.5 < "a")
except TypeError as e:
    print(e)
try:
    print(None > 0.5)
except TypeError as e:
    print(e)
