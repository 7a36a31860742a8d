# Reflected operators of subclasses that only inherit them, Union/Optional in isinstance, a
# class's own __annotations__, and ABCs whose __init_subclass__ skips super().
from typing import Union, Optional, List
print(isinstance("s", Union[int, str]), isinstance(None, Optional[int]), isinstance(2.5, Optional[int]))
print(issubclass(bool, Union[int, str]))
try:
    isinstance([], Union[int, List[int]])
except TypeError as e:
    print("TypeError", e)
class A:
    x: int
class B(A): pass
class P: pass
print(B.__annotations__); print(P.__annotations__); print(A.__annotations__)
print('__annotations__' in P.__dict__)
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o): return type(self)(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return f"{type(self).__name__}({self.c})"
class Tip(Money): pass
class Over(Money):
    def __radd__(self, o): return "Over.radd"
print(Money(5) + Tip(1), Tip(1) + Money(5), Money(1) + Over(2), 3 + Tip(1))
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
class NoOverride(MyInt): pass
print(MyInt(1) + NoOverride(2), 1 + NoOverride(2))
from abc import ABC, abstractmethod
class Plugin(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        Plugin.registry.append(cls.__name__)
    @abstractmethod
    def run(self): ...
class Hello(Plugin):
    def run(self): return "hi"
class Half(Plugin):
    pass
print(Hello().run(), Plugin.registry)
try:
    Half()
except TypeError as e:
    print(e)
try:
    Plugin()
except TypeError as e:
    print(e)
