# gilvm-nogil:
# functools.partial keeps func/args/keywords in slots as the C partial's members: its
# __dict__ (and vars(), __reduce__'s namespace, copies) holds only what a user set on it
import functools, copy, weakref
from functools import partial
p = partial(print, sep='-'); p.extra = 1; print(p.extra, p.__dict__, vars(p))
print(p.__reduce__())
q = copy.copy(p); print(q.__dict__, q.keywords, q.func is print)
q2 = copy.deepcopy(partial(max, [1], key=len)); print(q2([1, 2], [3]))
try: p.func = max
except AttributeError as e: print(e)
try: del p.args
except AttributeError as e: print(e)
class Sub(partial):
    pass
s = Sub(min, 3); s.z = 5; print(repr(s), s.__dict__, s(1))
r = weakref.ref(p); print(r() is p)
n = partial(partial(int, base=2), '101'); print(n(), n.__dict__)
st = partial(abs); st.__setstate__((max, (1,), {'key': abs}, {'w': 1})); print(st(-5), st.__dict__, st.args)
print(partial(print).__dict__ == {})
