# gilvm-nogil:
# typing.Generic subclasses get __parameters__ (their type variables, those of
# Generic[...] when it is a base) as CPython's Generic.__init_subclass__ sets them, and
# its errors for a plain Generic base, a repeated Generic[...] and an unlisted variable
from typing import Generic, TypeVar, Protocol
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
class Stack(Generic[T]):
    pass
class IntStack(Stack[int]):
    pass
class Mapping2(Generic[K, V]):
    pass
class Keyed(Mapping2[str, V]):
    pass
class Mixed(Stack[T], Generic[K, T]):
    pass
class Plain(Stack):
    pass
for c in [Stack, IntStack, Mapping2, Keyed, Mixed, Plain]:
    print(c.__name__, c.__parameters__)
print('__parameters__' in dir(Stack), '_is_protocol' in dir(Stack), Stack._is_protocol)
class Greeter(Protocol):
    def greet(self) -> str: ...
print(Greeter.__parameters__)
for src in ["class A(Generic): pass",
            "class B(Generic[T], Generic[K]): pass",
            "class C(Stack[K], Generic[T]): pass"]:
    try:
        exec(src, globals())
    except TypeError as e:
        print(e)
