# vars(C) / C.__dict__ show what CPython's class dicts hold; __qualname__ / __name__ on
# classes and functions; __doc__ is per class; isinstance/issubclass hooks on arg 2's type
class A:
    x = 1
    def f(self): pass
print(list(A.__dict__))
print(sorted(vars(A)), len(A.__dict__), '__weakref__' in A.__dict__)
class D:
    'documented'
    x = 1
print(list(D.__dict__))
class B(A):
    y = 2
print(list(B.__dict__))
class S:
    __slots__ = ('b', 'a', '__x')
    def m(self): pass
print(list(S.__dict__), S.__dict__['a'], S.__dict__['_S__x'])
class S2:
    __slots__ = ('a', '__dict__')
print(list(S2.__dict__))
class E(Exception): pass
class E2(E): pass
print(list(E.__dict__), list(E2.__dict__))
for base in (set, dict, str, float, int, list, tuple, object, KeyError):
    C = type('C', (base,), {})
    print(base.__name__, list(C.__dict__), C.__module__)
print(A.__dict__['__dict__'], A.__dict__['__weakref__'], type(A.__dict__['__dict__']).__name__)
a = A(); a.z = 3
print(A.__dict__['__dict__'].__get__(a), A.__dict__.get('__doc__', 'absent'), A.__dict__.keys())
print({k: v for k, v in vars(A).items() if not k.startswith('__') and not callable(v)})
print(A.__doc__, D.__doc__, B.__doc__, a.__doc__, D().__doc__)
class Base:
    "base doc"
class Sub(Base): pass
print(Sub.__doc__, Sub().__doc__, Base().__doc__)
def g(): pass
g.__qualname__ = 'Q.g'
g.__name__ = 'h'
print(g.__name__, g.__qualname__, repr(g).split(' at ')[0])
for bad in ('__qualname__', '__name__'):
    try:
        setattr(g, bad, 5)
    except TypeError as e:
        print(e)
A.__qualname__ = 'Outer.A'
print(A.__qualname__, A, A.__name__, '__qualname__' in vars(A))
A.__name__ = 'Z'
print(A, A.__name__, A.__qualname__, '__name__' in vars(A))
for bad in ('__qualname__', '__name__'):
    try:
        setattr(A, bad, 5)
    except TypeError as e:
        print(e)
    try:
        delattr(A, bad)
    except TypeError as e:
        print(e)
try:
    int.__name__ = 'x'
except TypeError as e:
    print(e)
class Always:
    def __instancecheck__(self, inst): return True
    def __subclasscheck__(self, sub): return sub is int
print(isinstance(1, Always()), isinstance(1, Always), issubclass(int, Always()), issubclass(str, Always()))
print(isinstance('s', (int, Always())), isinstance(1, (int, 5)), isinstance(1, (str, (float, int))))
for call in (lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (str, 5))):
    try:
        call()
    except TypeError as e:
        print(e)
