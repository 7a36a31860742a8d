# functools.partial calls (made natively: positional, keywords merged as {**p.keywords, **kw}, nested partials, subclasses with their own __call__) and queue.SimpleQueue (a deque and a semaphore, as CPython's)
import functools
def f(a, b, c=0, *rest, d=1, **kw): return (a, b, c, rest, d, sorted(kw.items()))
p = functools.partial(f, 1)
print(p(2), p(2, 3, 4, 5), p(2, d=5), p(b=2, e=3))
p2 = functools.partial(f, 1, d=9, z=1)
print(p2(2), p2(2, d=3), p2(2, 3, y=4, z=5))
p3 = functools.partial(p2, 2, 3)
print(p3(), p3.func is f, p3.args, p3.keywords)
try: p(1, 2, a=3)
except TypeError as e: print('TE', e)
def boom(x): raise ValueError(x)
pb = functools.partial(boom, 'bad')
try: pb()
except ValueError as e: print('VE', e)
print(list(map(functools.partial(pow, 2), range(5))))
print(sorted([3, 1, 2], key=functools.partial(lambda k, x: -x, 0)))
class S(functools.partial):
    def __call__(self, *a): return ('sub', super().__call__(*a))
print(S(f, 1)(2))
print(repr(functools.partial(f, 1, d=2)).split(" at ")[0])
pk = functools.partial(dict, a=1)
print(pk(b=2), pk(a=3))
kw = {'x': 1}
pp = functools.partial(f, 0, 0, **kw)
print(pp(x=2), kw)
import threading
cnt = [0]
def inc(n): cnt[0] += n
ts = [threading.Thread(target=functools.partial(inc, i)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(cnt)
class C:
    def m(self, a, b): return (type(self).__name__, a, b)
    pm = functools.partialmethod(m, 1)
print(C().pm(2))
def rec(n): return n if n == 0 else functools.partial(rec, n - 1)()
print(rec(50))
import queue, threading, time
q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(5): q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.get(timeout=1), q.get(block=False, timeout=-5))
print(q.get(True, 0))
try: q.get(False)
except queue.Empty: print('Empty', queue.Empty.__module__)
try: q.get(timeout=0.01)
except queue.Empty: print('Empty timeout')
try: q.get(timeout=-1)
except ValueError as e: print('VE', e)
try: q.get(timeout='x')
except TypeError as e: print('TE', e)
try: queue.SimpleQueue(1)
except TypeError as e: print(e)
print(queue.SimpleQueue[int], type(q).__module__, type(q).__name__)
res = []
def consumer():
    while True:
        v = q.get()
        if v is None: break
        res.append(v)
ts = [threading.Thread(target=consumer) for _ in range(3)]
for t in ts: t.start()
for i in range(3000): q.put(i)
for t in ts: q.put(None)
for t in ts: t.join()
print(len(res), sum(res), q.empty())
q.put_nowait('a'); print(q.get())
