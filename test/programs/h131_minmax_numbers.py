# gilvm-nogil:
# min/max over small ints and exact floats (the numeric fast path) keep the
# first of equal items and treat NaN as the general comparison does
nan = float('nan')
print(max([3, 1, 3]), min([5, 2, 2, 9]), max(range(-5, 5)), min(range(10, 0, -3)))
print(max([1, 1.0]), min([1.0, 1]), max([1.0, 1]), min([1, 1.0]))
print(max([2.5, 2.5, 1.0]), min([0.0, -0.0]), max([-0.0, 0.0]))
a, b = 1e300 * 10, -1e300 * 10
print(max([1.5, a, 2.0]), min([1.5, b, 2.0]))
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([2.0, nan, 1.0]))
print(max([1, 2.5, 2]), min([3, 0.5, True]), max([False, 0, 0.0]), min([True, 1, 1.0]))
print(max([2**40, 3, 2**40 + 1]), min([-2**70, 5, -2**70 + 1]))
print(max([1, 5, 3], key=lambda v: -v), min([1.5, 0.5], key=lambda v: -v))
print(max([], default='empty'), min((x * 0.5 for x in range(7)), default=None))
print(max(4, 9, 2), min(4.5, 9.0, 2.25), max(x * x % 17 for x in range(50)))
fs = [0.1 * i for i in range(20)]
print(max(fs), min(fs[::-1]))
x1, x2 = 1.25, 1.25 + 0.0
print(max([x1, x2]) is x1, min([x2, x1]) is x2)
try:
    max([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    min([2.0, None])
except TypeError as e:
    print('TypeError:', e)
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
