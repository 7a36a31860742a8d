# gilvm-nogil:
# @runtime_checkable protocols: isinstance() checks the members (instance attributes too, a
# method set to None blocks), issubclass() for method-only protocols (TypeError otherwise),
# explicit subclasses, protocol inheritance; it was always False for structural matches
from typing import Protocol, runtime_checkable, Iterable, TypeVar
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G:
    close = None
class Impl(Closable):
    pass
print(isinstance(F(), Closable), isinstance(1, Closable), isinstance(G(), Closable), isinstance(Impl(), Closable))
print(issubclass(F, Closable), issubclass(int, Closable), issubclass(Impl, Closable))
print(Closable, Closable.__name__, Closable.__qualname__, Closable.__module__, type(Closable))
Impl().close()
@runtime_checkable
class HasName(Protocol):
    name: str
    def greet(self) -> str: ...
class Person:
    def __init__(self): self.name = "p"
    def greet(self): return "hi"
class NoName:
    def greet(self): return "x"
print(isinstance(Person(), HasName), isinstance(NoName(), HasName))
try:
    issubclass(Person, HasName)
except TypeError as e:
    print("TypeError", e)
@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], SupportsLen), isinstance("", SupportsLen), isinstance(3, SupportsLen), isinstance({}, SupportsLen))
def total(items: list) -> int:
    return sum(len(i) for i in items if isinstance(i, SupportsLen))
print(total([[1], "ab", 3, {1: 2}]))
class Shape(Protocol):
    def area(self) -> float: ...
try:
    runtime_checkable(int)
except TypeError as e:
    print("TypeError", e)
class Sq:
    def area(self): return 4.0
def show(s: Shape) -> None: print(s.area())
show(Sq())
@runtime_checkable
class Drawable(Closable, Protocol):
    def draw(self) -> str: ...
class Both:
    def close(self): pass
    def draw(self): return "d"
print(isinstance(Both(), Drawable), isinstance(F(), Drawable), isinstance(Both(), Closable))
from functools import singledispatch
@singledispatch
def f(x): return "obj"
print(f(1))
print(int | Closable)
