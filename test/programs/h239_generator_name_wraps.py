# A generator takes its function's current __name__/__qualname__ (changed after the def);
# contextmanager copies the function's annotations and attributes as functools.wraps does.
def func(): yield 1
func.__name__ = "func_name"; func.__qualname__ = "func_qualname"
g = func(); print(g.__name__, g.__qualname__, repr(g).split(' at ')[0])
def h(): yield 2
print(h().__name__, h().__qualname__)
import functools
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def inner(): yield 3
print(inner().__name__)
async def co(): pass
co.__qualname__ = 'CQ'
c = co(); print(c.__qualname__); c.close()
from contextlib import contextmanager
def g() -> int: yield
g.foo = 'bar'
c = contextmanager(g)
print(c.foo, c.__annotations__, c.__wrapped__ is g, c.__name__)
with c() as v: print(v)
