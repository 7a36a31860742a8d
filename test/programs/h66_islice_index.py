# itertools.islice takes objects with __index__ as its indices, as CPython's C code does.
import itertools
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print(list(itertools.islice('abcdef', I(2))), list(itertools.islice('abcdef', I(1), I(5), I(2))), list(itertools.islice('abcdef', None, I(3))))
for a in [(1.5,), ('x',), (I(-1),), (0, 3, 0), (0, I(3), I(0))]:
    try:
        print(list(itertools.islice('abc', *a)))
    except ValueError as e:
        print(e)
