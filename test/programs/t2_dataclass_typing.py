# dataclasses with typing: ClassVar annotations are not fields, InitVar pseudo-fields go to
# __post_init__, slots=True makes a slotted class, Field.metadata is a mappingproxy.
from dataclasses import dataclass, field, fields, asdict, InitVar, replace
from typing import List, Optional, ClassVar, Dict
@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list)
    z: Optional[str] = None
    count: ClassVar[int] = 0
    registry: ClassVar[Dict[str, int]] = {}
    def __post_init__(self):
        A.count += 1
print(A(1), fields(A)[1].type, len(fields(A)), A.count, A(2, [3]), A.count)
print(A.__dataclass_fields__.keys())
print(A.__doc__)
@dataclass
class B:
    a: int
    b: InitVar[int] = 0
    def __post_init__(self, b): self.c = self.a + b
print(B(1, 2).c, B(1), B(5, b=3).c, [f.name for f in fields(B)], asdict(B(1, 1)))
print(B.__doc__, B.__dataclass_fields__['b'].type)
print(replace(B(1, 2), a=4).c)
@dataclass
class C:
    name: str
    scale: InitVar[float]
    total: float = field(init=False)
    def __post_init__(self, scale): self.total = 10 * scale
print(C('x', 2.5), C('y', scale=1))
try: C('z')
except TypeError as e: print(e)
try: replace(C('x', 1), name='q')
except ValueError as e: print(e)
@dataclass(frozen=True)
class Cfg:
    MAX: ClassVar[int] = 10
    val: int = 1
print(Cfg(), Cfg.MAX, hash(Cfg()) == hash(Cfg(1)))
@dataclass
class Inv:
    items: Dict[str, int] = field(default_factory=dict)
    def add(self, k: str, n: int = 1) -> None: self.items[k] = self.items.get(k, 0) + n
i = Inv(); i.add('a'); i.add('a', 2); print(i)
@dataclass
class S:
    c: 'ClassVar[int]' = 5
    d: int = 1
print(S(), len(fields(S)))
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); print(p, P.__slots__, hasattr(p, '__dict__'), P.__qualname__, P.y if False else '')
try: p.z = 1
except AttributeError as e: print(e)
p.y = 5; print(p, p == P(1, 5))
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(2); print(f, hash(f) == hash(F(2)))
try: f.a = 3
except Exception as e: print(type(e).__name__, e)
class Outer:
    @dataclass(slots=True)
    class Inner:
        v: int = 1
print(Outer.Inner(), Outer.Inner.__qualname__)
print(field(default=1, metadata={"u": 1}).metadata, fields(A)[0].metadata)
