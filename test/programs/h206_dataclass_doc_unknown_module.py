# A dataclass's generated __doc__ (keyword-only fields after "*", string annotations quoted,
# <factory> defaults) and an uncaught exception whose class has a __module__ that is not a
# str (printed as <unknown>.E).
from dataclasses import dataclass, field, KW_ONLY, InitVar
@dataclass
class A:
    x: 'int' = 0
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 0
@dataclass
class Mixed:
    a: int = field(kw_only=True, default=5)
    b: str = 'x'
    c: list = field(default_factory=list)
    d: int = field(init=False, default=0)
@dataclass
class P:
    a: "list[int]"
    b: dict
    v: InitVar[int] = 3
print(A.__doc__); print(K.__doc__); print(M.__doc__); print(Mixed.__doc__); print(P.__doc__)
class E(Exception): pass
E.__module__ = None
raise E("x")
