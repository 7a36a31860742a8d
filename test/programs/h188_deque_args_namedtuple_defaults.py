# gilvm-nogil:
# deque()'s argument errors as CPython's deque_init ('takes at most 2 arguments', an invalid
# keyword, a maxlen past 64 bits is OverflowError); a namedtuple's __new__ shows its defaults.
from collections import namedtuple, deque
P = namedtuple('P', ['x', 'y', 'z'], defaults=[0, 1])
print(P.__new__.__defaults__, P(5), P(5, 6), P(5, 6, 7), P(x=1), P._field_defaults)
Q = namedtuple('Q', 'a b')
print(Q.__new__.__defaults__, Q(1, 2))
try: P()
except TypeError as e: print(e)
for s in ['deque([], 1, 2)', 'deque(maxlen=10**30)', 'deque(maxlen=-1)', 'deque(maxlen=1.5)', 'deque(x=1)', 'deque([], 2, maxlen=3)', 'deque([], maxlen=3, iterable=[1])', 'deque([1], iterable=[1])', 'deque(iterable=[1,2], maxlen=1)', 'deque([1,2,3], 2)', 'deque(maxlen=True)']:
  try: print(eval(s))
  except Exception as e: print(s, type(e).__name__, e)
class D(deque):
    def __init__(self, x): super().__init__([x], 3)
print(D(5))
