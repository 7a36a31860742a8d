# ABCs: __abstractmethods__ is the class's own (type's getset), computed after __init_subclass__ (ABCMeta.__new__), and a true one makes object.__new__ refuse the class

import abc
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    def name(self): return 'sq'
print(Sq2().area(), Sq2().name())
try: Shape()
except TypeError as e: print(e)
print(sorted(Shape.__abstractmethods__), Sq.__abstractmethods__, Sq2.__abstractmethods__)
class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        Plugin.registry.append(cls.__name__)
        print('init_subclass sees', getattr(cls, '__abstractmethods__', None))
    @abstractmethod
    def run(self): ...
class P1(Plugin): pass
try: P1()
except TypeError as e: print(e)
class P2(Plugin):
    def run(self): return 'ran'
print(P2().run(), Plugin.registry)
class M(metaclass=abc.ABCMeta):
    @abstractmethod
    def f(self): pass
try: M()
except TypeError as e: print(e)
class N(M):
    def f(self): return 1
print(N().f(), isinstance(N(), M))
class V(ABC): pass
V.register(int)
print(isinstance(3, V), issubclass(int, V), isinstance('x', V))
class W(ABC):
    def __new__(cls, *a):
        print('W new', a)
        return super().__new__(cls)
    @abstractmethod
    def g(self): ...
try: W(1)
except TypeError as e: print(e)
class W2(W):
    def g(self): pass
print(type(W2(2)).__name__)
class Q(ABC):
    @property
    @abstractmethod
    def p(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
try: Q()
except TypeError as e: print(e)
class Z: pass
Z.__abstractmethods__ = frozenset({'b', 'a'})
try: Z()
except TypeError as e: print(e)
try: object.__new__(Z)
except TypeError as e: print(e)
Z.__abstractmethods__ = ()
print(type(Z()).__name__)
Z.__abstractmethods__ = ['q']
try: Z()
except TypeError as e: print(e)
del Z.__abstractmethods__
print(type(Z()).__name__)
try: del Z.__abstractmethods__
except AttributeError as e: print('AE', e)
from collections.abc import Mapping, Sized, Iterable
class MyMap(Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
try: MyMap()
except TypeError as e: print(e)
class MyMap2(MyMap):
    def __iter__(self): return iter(())
print(len(MyMap2()), dict(MyMap2()))
try: Mapping()
except TypeError as e: print(e)
try: Sized()
except TypeError as e: print(e)
class E(Exception, ABC):
    @abstractmethod
    def f(self): ...
print(repr(E(1)))
import copy
class CC(ABC):
    def __init__(self): self.x = [1]
print(copy.deepcopy(CC()).x)
class D(Shape):
    area = None
try: D()
except TypeError as e: print(e)
print(abc.ABC.__abstractmethods__)
from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def f(self): ...
print(hasattr(A, '__abstractmethods__'), hasattr(object, '__abstractmethods__'))
try: type.__abstractmethods__
except AttributeError as e: print('AE', e)
try: int.__abstractmethods__
except AttributeError as e: print('AE', e)
class B(A): pass
print(B.__abstractmethods__)
print('__abstractmethods__' in dir(A), '__abstractmethods__' in A.__dict__)
class Cm: pass
print(getattr(Cm, '__abstractmethods__', 'none'))
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
class S(ABC):
    __slots__ = ('x',)
    @abstractmethod
    def f(self): ...
class S2(S):
    __slots__ = ()
    def f(self): return 2
s = S2(); s.x = 3; print(s.x, s.f())
import threading
class T(threading.Thread, ABC):
    @abstractmethod
    def work(self): ...
    def run(self): self.work()
class T2(T):
    def work(self): print('work')
t = T2(); t.start(); t.join()
try: T()
except TypeError as e: print(e)
