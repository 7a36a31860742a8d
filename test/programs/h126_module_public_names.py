# gilvm-nogil:
# dir() of itertools and functools lists CPython's public names only: no `sys` imported by
# the Python-written itertools, no KeyWrapper class (cmp_to_key's objects are still
# functools.KeyWrapper by name, and their comparisons still leave no frames)
import itertools, functools
print([n for n in dir(itertools) if not n.startswith("_")])
print("sys" in dir(itertools), hasattr(itertools, "sys"), hasattr(functools, "KeyWrapper"))
from itertools import *
print(sorted(n for n in globals() if not n.startswith("_")))
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
k = K(3)
print(type(k).__name__, type(k).__qualname__, type(k).__module__, repr(K).split(" at ")[0], repr(k).split(" at ")[0])
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), k < K(4), k == K(3), k >= K(5))
for f in [lambda: k < 3, lambda: hash(k), lambda: {k}]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
def bad_cmp(a, b):
    return a.size - b.size
sorted(["x", "y"], key=functools.cmp_to_key(bad_cmp))
