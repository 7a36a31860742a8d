# The natives that take a deque's items in one run (list, sorted, sum, max, min, tuple, set,
# join, unpacking) and the stepwise ones (for, iter, map, zip, enumerate): a deque changed
# between two steps of a stepwise one raises as CPython's; a subclass's __iter__ is used.
from collections import deque
d = deque([3, 1, 2])
print(list(d), sorted(d), sum(d), max(d), min(d), tuple(d), set(d) == {1, 2, 3}, ','.join(map(str, d)))
a, b, c = d
print(a, b, c, [x * 2 for x in d], list(enumerate(d)), list(zip(d, d)))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(d)
next(it)
d.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
class D(deque):
    def __iter__(self):
        yield 'custom'
print(list(D([1, 2])), sorted(D([5])))
e = deque()
print(list(e), sum(e))
m = map(str, d)
d.append(10)
try:
    print(list(m))
except RuntimeError as ex:
    print("RuntimeError", ex)
print(list(reversed(d)), 3 in d, d.count(1))
