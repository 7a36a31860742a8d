# Special methods held by a descriptor that is not a function (a class with __get__,
# staticmethod, classmethod, a decorated method, a partial) are bound by their __get__ for
# every built-in that calls them: float(), int(), round(), reversed(), abs() among them.
class D:
    def __init__(s, f): s.f = f
    def __get__(s, o, t): return s.f.__get__(o, t)
class X:
    __float__ = D(lambda s: 7.5)
    __int__ = D(lambda s: 7)
    __index__ = D(lambda s: 3)
    __round__ = D(lambda s, n=None: 'rounded')
    __reversed__ = D(lambda s: iter([3, 2, 1]))
    __complex__ = D(lambda s: complex(0, 1))
    __abs__ = D(lambda s: 'abs')
    __neg__ = D(lambda s: 'neg')
    __len__ = D(lambda s: 4)
    __contains__ = D(lambda s, x: True)
    __getitem__ = D(lambda s, i: i * 10)
    __lt__ = D(lambda s, o: 'lt')
    __bool__ = D(lambda s: False)
    __str__ = D(lambda s: 'STR')
    __trunc__ = D(lambda s: 9)
x = X()
for name, f in (('float', float), ('int', int), ('round', round), ('reversed', lambda x: list(reversed(x))), ('abs', abs), ('neg', lambda x: -x),
                ('len', len), ('in', lambda x: 1 in x), ('gi', lambda x: x[2]), ('lt', lambda x: x < 1), ('bool', bool), ('str', str),
                ('index', lambda x: [0, 1, 2, 3][x]), ('hex', hex), ('bin', bin), ('range', lambda x: list(range(x))), ('complex', complex),
                ('math.trunc', lambda x: __import__('math').trunc(x)), ('math.floor', lambda x: __import__('math').floor(x)), ('divmod', lambda x: divmod(7, x)),
                ('round2', lambda x: round(x, 2)), ('iter', lambda x: list(iter(x))[:3] if False else 'skip')):
    try: r = f(x)
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(name, r)
from functools import lru_cache, partial, cached_property, wraps
class A:
    @lru_cache(maxsize=None)
    def __len__(self): return 5
    @lru_cache
    def __float__(self): return 2.5
    @lru_cache
    def __init__(self, x=0): self.x = x
    def __repr__(self): return 'A'
a = A(3)
print(len(a), float(a), a.x)
class B:
    __float__ = partial(lambda s: 1.5)
try: print(float(B()))
except TypeError as e: print(e)
class C:
    __int__ = staticmethod(lambda: 4)
    __float__ = classmethod(lambda cls: 4.5)
print(int(C()), float(C()))
