# gilvm-nogil:
# iter(callable, sentinel) in for loops: Python callables (functions, bound methods with
# defaults, lambdas, closures) run inline by FOR_ITER; sentinel by ==, StopIteration, errors
def gen_counter():
    n = 0
    def f():
        nonlocal n
        n += 1
        return n
    return f
for x in iter(gen_counter(), 5):
    print(x)
class C:
    def __init__(self): self.i = 0
    def step(self, k=2):
        self.i += k
        if self.i > 9: raise StopIteration
        return self.i
c = C()
print(list(iter(c.step, 100)), [x for x in iter(c.step, 100)])
c = C()
for x in iter(c.step, 100):
    print('got', x)
print('after', c.i)
# sentinel compare with __eq__
class S:
    def __eq__(self, o):
        print('eq', o)
        return o == 3
c = C()
it = iter(lambda: c.step(1), S())
for x in it:
    print('x', x)
print(next(it, 'exhausted'))
def bad(): raise ValueError('boom')
try:
    for x in iter(bad, None):
        pass
except ValueError as e:
    print('caught', e)
try:
    for x in iter(lambda y: y, None):
        pass
except TypeError as e:
    print('TypeError', e)
# generator function as callable
def g():
    yield 1
it = iter(g, None)
print(type(next(it)).__name__)
# recursion
def rec(n):
    if n == 0: return 0
    for x in iter(lambda: rec(n - 1), 'never'):
        return x + 1
print(rec(50))
import sys
sys.setrecursionlimit(100)
try:
    rec(200)
except RecursionError as e:
    print('RecursionError', e)
def brk():
    for x in iter(lambda: 1 / 0, None):
        pass
brk()
