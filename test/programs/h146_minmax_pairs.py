# gilvm-nogil:
# max(a, b) and min(a, b) of two ints or two floats (the native's fast path) and of
# everything else (the general path): which argument wins on ties, NaNs, signed zeros,
# big ints, mixed types, keys and defaults, errors.
nan = float('nan')
print(max(3, 5), min(3, 5), max(-7, -2), min(-7, -2), max(5, 5), min(0, -0))
print(max(2**40, 3), min(2**40, -2**40), max(2**30 - 1, -2**30), min(2**30, 2**30 - 1))
print(max(1.5, 2.5), min(1.5, 2.5), max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(max(1, 1.0), max(1.0, 1), min(1, 1.0), min(True, 1), max(1, True), max(False, 0))
print(max(2, 2.5), min(2, 2.5), max('a', 'b'), min((1, 2), (1, 1)))
print(max(1, 2, key=lambda v: -v), min(1, 2, key=lambda v: -v), max(3, 1, 2), min(3, 1, 2))
a = [1.0]
b = [1.0]
print(max(a[0], b[0]) is a[0], min(a[0], b[0]) is a[0])
best = 0
worst = 0.0
for i in range(-50, 50):
    best = max(best, (i * 37) % 101)
    worst = min(worst, i / 3)
print(best, worst)
try:
    max(1, 'a')
except TypeError as e:
    print(e)
try:
    min(None, 2)
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
