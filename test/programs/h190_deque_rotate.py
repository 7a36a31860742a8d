# gilvm-nogil: --workers 2
# deque.rotate as a native method: steps both ways, big and __index__ counts, CPython's errors,
# the iteration check, maxlen, a subclass; threads rotating one deque keep every item.
from collections import deque
d = deque(range(10))
for n in [1, -1, 3, -7, 0, 10, 23, -23, True, 2**62, -2**62]:
    d.rotate(n); print(n if n < 1000 else 'big', list(d))
d.rotate(); print(list(d))
class I:
    def __index__(self): return 2
d.rotate(I()); print(list(d))
for bad in [1.5, 'a', None, 2**64, -2**64]:
    try: d.rotate(bad)
    except Exception as e: print(type(e).__name__, e)
try: d.rotate(1, 2)
except TypeError as e: print(e)
try: d.rotate(n=1)
except TypeError as e: print(e)
e = deque(); e.rotate(5); print(e)
f = deque([1]); f.rotate(5); print(f)
it = iter(d); d.rotate(0)
try: next(it)
except RuntimeError as e: print('RuntimeError', e)
it = iter(f); f.rotate(3); print(next(it))
m = deque(range(5), maxlen=5); m.rotate(2); print(m)
class Sub(deque): pass
s = Sub('abcde'); s.rotate(-2); print(s)
import threading
shared = deque(range(100))
def spin(k):
    for i in range(2000):
        shared.rotate(k)
ts = [threading.Thread(target=spin, args=(k,)) for k in (1, -3, 7, -11)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(shared) == list(range(100)), len(shared))
