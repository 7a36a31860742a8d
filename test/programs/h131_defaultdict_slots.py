# gilvm-nogil:
# defaultdict is a C type in CPython: no instance __dict__ or weak references, default_factory a member descriptor
from collections import defaultdict, Counter
d = defaultdict(int)
print('__weakref__' in dir(defaultdict), '__dict__' in dir(defaultdict), 'default_factory' in dir(defaultdict))
try:
    d.x = 1
    print("set ok")
except AttributeError as e:
    print("AttributeError", e)
print('__weakref__' in dir(Counter), '__dict__' in dir(Counter))
print(type(defaultdict.default_factory).__name__)
import copy, weakref
d = defaultdict(list, a=[1])
d['b'].append(2)
c = copy.copy(d); dc = copy.deepcopy(d)
print(c, dc, c['a'] is d['a'], dc['a'] is d['a'])
print(d.copy(), repr(defaultdict()), defaultdict(None, {1: 2}))
d.default_factory = set
print(d['z'], d.default_factory)
try:
    weakref.ref(d)
except TypeError as e:
    print(e)
class Sub(defaultdict):
    pass
s = Sub(int); s.extra = 5; s['k'] += 1
print(s, s.extra, s.__dict__)
r = d.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[1], copy.copy(defaultdict(None, x=1)))
s2 = copy.deepcopy(s)
print(s2, type(s2).__name__, s2 == s)
