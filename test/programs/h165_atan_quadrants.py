# gilvm-nogil:
# math.atan and math.atan2 over every quadrant and octant, near the table points i/32,
# at small and large ratios, signed zeros and infinities, printed with repr (all digits).
import math

vals = [0.0, -0.0, 1e-300, 3e-9, 0.015625, 0.03, 0.0625, 0.1, 0.25, 0.3, 0.5, 0.7071067811865476,
        0.75, 0.9, 1.0, 1.25, 2.0, 3.0, 10.0, 123.456, 1e8, 1e30, 1e300, math.inf]
for v in vals:
    print(v, repr(math.atan(v)), repr(math.atan(-v)))
for i in range(33):
    u = i / 32
    print(i, repr(math.atan(u)), repr(math.atan(u + 1e-3)), repr(math.atan(u - 2e-3)))
pairs = [(1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0), (0.5, 2.0), (2.0, 0.5), (-2.0, 0.5),
         (2.0, -0.5), (-0.5, -2.0), (3.0, 4.0), (-3.0, -4.0), (1e-10, 1.0), (1e-10, -1.0),
         (1.0, 1e-10), (-1.0, 1e-10), (1e300, 1e-300), (1e-300, 1e300), (1e-300, -1e300),
         (5e-324, 1.0), (1.0, 5e-324), (0.0, -1.0), (-0.0, -1.0), (0.0, 0.0), (-0.0, -0.0),
         (math.inf, math.inf), (-math.inf, math.inf), (math.inf, -math.inf), (1.0, math.inf),
         (1.0, -math.inf), (math.inf, 1.0), (7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (-7.0, -3.0)]
for y, x in pairs:
    print(y, x, repr(math.atan2(y, x)))
acc = 0.0
for k in range(1, 200):
    for j in (-3, -1, 2, 5):
        acc += math.atan2(k * 0.37 - 20, j * 1.3) + math.atan(k / 50 - 2)
print(repr(acc))
print(math.atan2(1, 2), math.atan2(-3, 4), math.atan(True), math.atan(2**60))
for bad in ['x', None]:
    try:
        math.atan2(bad, 1.0)
    except TypeError as e:
        print(e)
print(math.isnan(math.atan(math.nan)), math.isnan(math.atan2(math.nan, 1.0)))
