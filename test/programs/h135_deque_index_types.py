# gilvm-nogil:
# deque indexes take True, int subclasses and __index__ objects (PyNumber_AsSsize_t); maxlen is stored as a plain int (maxlen=True is 1)
from collections import deque
class I:
    def __index__(self): return 1
class J(int): pass
d = deque('abc')
print(d[True], d[False], d[I()], d[J(2)], d[-True])
d[True] = 'B'; d[I()] = 'b2'; del d[False]; print(d)
d = deque('abcd'); del d[J(-1)]; print(d)
try:
    d[1.0]
except TypeError as e:
    print('TypeError', e)
try:
    d['x'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    d[1:2]
except TypeError as e:
    print('TypeError', e)
m = deque([1, 2, 3], maxlen=True)
print(m, m.maxlen, type(m.maxlen).__name__)
m = deque('xyz', maxlen=J(2)); print(m, type(m.maxlen).__name__)
try:
    deque(maxlen=I())
except TypeError as e:
    print('TypeError', e)
