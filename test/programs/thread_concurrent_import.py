# several threads importing the same library module at once wait for its body to finish (no partially initialised module); vars(C) in threads
import threading
res = []
def w(i):
    from collections import Counter, deque
    import functools, itertools, dataclasses
    res.append((i, Counter('aab')['a'], functools.reduce(lambda a, b: a + b, [1, 2, 3])))
ts = [threading.Thread(target=w, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
class K:
    x = 1
def v(i):
    res.append(sorted(k for k in vars(K) if not k.startswith('__')))
ts = [threading.Thread(target=v, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(res[-4:])
