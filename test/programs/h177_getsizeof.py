# gilvm-nogil:
# sys.getsizeof gives CPython 3.11's sizes: ints, strs by their widest character, bytes, tuples,
# lists as they grow (displays and list() hold no spare room), dicts and sets by their tables.
import sys
for v in (0, 1, 2**30, -5, 2**100, True, 1.5, '', 'a', 'abc', 'é', '€', '😀', b'', b'ab', (), (1,2), [], [1,2,3], {}, {1:2}, {'a': 1}, set(), frozenset(), None, range(5), object()):
    print(repr(v)[:10], sys.getsizeof(v))
l = []
for i in range(20):
    l.append(i); print(sys.getsizeof(l), end=' ')
print()
print(sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof([i for i in range(10)]))
d = {}
for i in range(12):
    d[i] = i; print(sys.getsizeof(d), end=' ')
print()
d = {}
for i in range(12):
    d[str(i)] = i; print(sys.getsizeof(d), end=' ')
print()
s = set()
for i in range(25):
    s.add(i); print(sys.getsizeof(s), end=' ')
print()
print(sys.getsizeof(set(range(100))), sys.getsizeof("x" * 1000), sys.getsizeof(10 ** 50))
class W:
    def __sizeof__(self): return 100
print(sys.getsizeof(W()), sys.getsizeof(W(), 7))
class Bad:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
