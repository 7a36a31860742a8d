# gilvm-nogil: --workers 2
# Iterating a deque (one native step per item): the items in order, the mutated-during-
# iteration check at each step and at the end, exhausted iterators, subclasses, maxlen,
# and threads iterating a deque another thread appends to (RuntimeError or a consistent prefix).
from collections import deque
d = deque(range(5))
print(list(d), [x * 2 for x in d], sum(d), list(reversed(d)))
it = iter(d); print(next(it), next(it))
d.append(9)
try: next(it)
except RuntimeError as e: print('RuntimeError', e)
it = iter(d); d[0] = 100; print(next(it))
it = iter(d)
for x in it: pass
d.append(1)
try: next(it)
except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
e = deque(); print(list(iter(e)))
it = iter(deque([1,2])); print(list(it), list(it))
for x in d:
    if x == 100:
        try: d.appendleft(0)
        except Exception as ex: print(ex)
        break
try:
    for x in d: d.pop()
except RuntimeError as ex: print('RuntimeError', ex)
class Sub(deque):
    pass
m = deque(range(10), maxlen=4); print([x for x in m])
print(list(Sub('abc')))
import threading
shared = deque(range(1000))
seen = []
def reader():
    for _ in range(50):
        try:
            items = [x for x in shared]
            seen.append(items[:1000] == list(range(1000)))
        except RuntimeError as e:
            seen.append(str(e) == 'deque mutated during iteration')
def writer():
    for i in range(200):
        shared.append(-i)
ts = [threading.Thread(target=reader), threading.Thread(target=writer)]
for t in ts: t.start()
for t in ts: t.join()
print(all(seen), len(seen), len(shared))
