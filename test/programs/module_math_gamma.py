# math.gamma, lgamma (CPython's Lanczos implementations), nextafter, ulp
import math, random
random.seed(5)
xs = [0.5, 1.5, 2.5, 3.7, 4.2, 5.0, 5.5, 6.1, 10.3, 23.5, 24.0, 50.5, 100.25, 140.5, 170.6, 171.7, 199.9, -0.5, -1.5, -2.3, -10.7, -150.3, -199.5, -201.5, 1e-21, -1e-21, 1e-10, 0.1, 3.0, 25.0]
xs += [random.uniform(-30, 60) for _ in range(300)]
bad = 0
for x in xs:
    for f in (math.gamma, math.lgamma):
        try:
            r = f(x)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + str(e)
        print(f.__name__, repr(x), repr(r))
for x in (0.0, -0.0, -1.0, -2.0, float('inf'), float('-inf'), float('nan'), 171.7, 1e300, -1e300):
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (5e-324, 0), (1.7976931348623157e308, math.inf), (math.inf, 0), (1.0, 1.0), (-1.0, -2.0), (2.0, 1.0)]:
    print(x, y, math.nextafter(x, y))
for x in (1.0, 0.0, -1.0, 1e300, 5e-324, math.inf, 1.7976931348623157e308, 3.14, 2**52, 1e-310):
    print(x, math.ulp(x))
print(math.ulp(math.nan))
