# gilvm-nogil:
# iter(callable, sentinel), iter(bytes), iter(bytearray) and iter(big range) have CPython's
# own iterator types (callable_iterator, bytes_iterator, bytearray_iterator,
# longrange_iterator), not map's or the sequence iterator's; their slots still work
data = [3, 2, 1]
ci = iter(data.pop, 2)
print(type(ci).__name__, isinstance(ci, map), type(ci) is type(iter(int, 0)))
print(list(ci), data)
ci = iter([1, 2, 3, 0, 5].__iter__().__next__, 0)
print(ci.__next__(), next(ci), type(ci).__next__(ci), list(ci), iter(ci) is ci)
try:
    type(ci)()
except TypeError as e:
    print(e)
for seq in [b"ab", bytearray(b"xy")]:
    it = iter(seq)
    print(type(it).__name__, next(it), it.__next__(), list(it), type(it).__iter__(it) is it)
print(type(b"".__iter__()).__name__, type(bytearray().__iter__()).__name__)
big = 10 ** 20
it = iter(range(big, big + 3))
print(type(it).__name__, next(it) - big, [v - big for v in it])
print(type(iter(range(3))).__name__, type(iter(map(str, []))).__name__, type(map(str, [])).__name__)
try:
    type(iter(b"")).__next__([])
except TypeError as e:
    print(e)
