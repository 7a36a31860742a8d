# gilvm-nogil:
# staticmethod / classmethod objects carry their function's __name__, __qualname__,
# __module__, __doc__, __annotations__ and __wrapped__ (CPython 3.10+ copies them), and
# dir() lists them; functools.wraps over the raw descriptor sees them too
import functools
def f(x: int) -> str:
    "doc f"
s = staticmethod(f)
c = classmethod(f)
print(s.__name__, s.__qualname__, s.__module__, s.__doc__, s.__annotations__, s.__wrapped__ is f)
print(c.__name__, c.__qualname__, c.__doc__, c.__wrapped__ is f, c.__func__ is f)
class A:
    @staticmethod
    def g():
        "g doc"
    @classmethod
    def h(cls, y):
        return cls.__name__ + str(y)
for name in ('g', 'h'):
    d = A.__dict__[name]
    print(type(d).__name__, d.__name__, d.__qualname__, d.__doc__, d.__annotations__)
print(dir(s))
print(dir(A.__dict__['h']))
def logged(desc):
    @functools.wraps(desc)
    def wrapper(*a):
        return desc.__func__(*a)
    return wrapper
w = logged(A.__dict__['g'])
print(w.__name__, w.__qualname__, w.__doc__)
class NoDoc:
    def __call__(self): return 1
s2 = staticmethod(NoDoc())
print(s2.__doc__, hasattr(s2, '__name__'), hasattr(s2, '__qualname__'))
print([n for n in dir(s2) if n in ('__name__', '__qualname__', '__module__', '__doc__', '__annotations__')])
try:
    s2.__name__
except AttributeError as e:
    print(e)
