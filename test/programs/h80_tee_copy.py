# itertools.tee of a tee: the tee itself first, then its copies (CPython uses the iterator's
# __copy__); a copy starts at its original's position.
import itertools
a, b = itertools.tee([1, 2, 3])
print(type(a).__name__, hasattr(a, '__copy__'))
print(next(a))
c, d = itertools.tee(a)
print(c is a, list(d), list(c), list(b))
x = itertools.tee(iter([1, 2]), 3)
print(len(x), [list(i) for i in x])
print(itertools.tee([1], 0), len(itertools.tee([1], 1)))
p, q = itertools.tee(range(5))
r = p.__copy__()
print(next(p), next(p), list(r), list(q), list(p))
g = (i * i for i in range(4))
u, v = itertools.tee(g)
print(list(zip(u, v)))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print('ValueError:', e)
