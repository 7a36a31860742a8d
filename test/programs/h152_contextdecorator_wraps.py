# gilvm-nogil:
# a ContextDecorator (and a @contextmanager cm) used as a decorator wraps the function with
# functools.wraps, as CPython 3.11: __module__, __annotations__ and __dict__ are copied too
from contextlib import ContextDecorator, contextmanager, suppress
class track(ContextDecorator):
    def __enter__(self): return self
    def __exit__(self, *exc): return False
def f(x: int) -> int:
    "doc f"
    return x
f.extra = 1
g = track()(f)
print(g.__name__, g.__qualname__, g.__doc__, g.__module__, g.__annotations__, g.__dict__.get("extra"), g.__wrapped__ is f)
@contextmanager
def cm(): yield
h = cm()(f)
print(h.__name__, h.__annotations__, h.extra)
