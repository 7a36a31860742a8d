# gilvm-nogil:
# Counter.elements() is an itertools.chain as in CPython (it was a generator: its repr and type differed)
from collections import Counter
c = Counter(a=2, b=0, c=-1, d=3)
e = c.elements()
print(type(e).__name__, repr(e).split(' at ')[0])
print(list(e), list(e))
print(sorted(Counter('abracadabra').elements()))
print(''.join(Counter({'x': 2, 'y': 1}).elements()))
class C2(Counter): pass
print(list(C2('aab').elements()))
try:
    sorted(Counter(a=2, b=1.5).elements())
except TypeError as ex:
    print('TypeError', ex)
c = Counter(a=1)
it = c.elements()
c['b'] = 1
try:
    print(list(it))
except RuntimeError as ex:
    print('RuntimeError', ex)
