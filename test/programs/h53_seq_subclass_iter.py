# list and tuple subclasses with their own __iter__: list(), tuple(), [*x], unpacking,
# sorted(), extend and str.join call that __iter__ (CPython reads items directly only for
# exact lists and tuples, or subclasses that keep the built-in __iter__)
class L(list):
    def __iter__(self): return iter(['custom'])
x = L([1, 2])
print(list(x), tuple(x), [*x], sorted(x), ','.join(L(['a'])))
a, *b = x; print(a, b)
r = []; r.extend(L([1])); r += L([2]); print(r)
class T(tuple):
    def __iter__(self): return iter(['t'])
t = T((1, 2))
print(list(t), tuple(t), [*t], sorted(t), (*t,), set(t), len(t), t[0])
class P(list): pass
p = P([3, 1, 2]); print(list(p), sorted(p), [*p], a, ','.join(P(['x', 'y'])))
a, b, c = p; print(a, b, c)
try:
    a, b = x
except ValueError as e: print(e)
print(max(x), min(t), sum(P([1,2])), dict.fromkeys(x), list(zip(x, t)))
print(" ".join(T(("q",))), any(x), all(t), list(enumerate(x)), list(reversed(p)))
