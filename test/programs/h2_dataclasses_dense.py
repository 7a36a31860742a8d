# gilvm-nogil: --workers 2
# dataclasses: defaults, default_factory, order, frozen errors, repr/eq, asdict/astuple/replace, InitVar, kw_only, slots, inheritance.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
import dataclasses
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    def total(self): return self.price * self.qty
i = Item('apple', 1.5); i.tags.append('fruit'); print(i, i.total(), i == Item('apple', 1.5, ['fruit']))
print(asdict(i), astuple(i), replace(i, price=2.0), [f.name for f in fields(i)], is_dataclass(i), is_dataclass(Item))
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 9), max(Ver(3), Ver(2, 5)))
try: Ver(1) < 3
except TypeError as e: print(e)
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1, 2); print(p, hash(p) == hash(Pt(1, 2)), {p: 1}[Pt(1, 2)])
try: p.x = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del p.y
except FrozenInstanceError as e: print(type(e).__name__, e)
try: Item()
except TypeError as e: print(e)
try: Item('a', 1, [], 2, 3)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    def __post_init__(self): self.val *= 10
n = Node(1, [Node(2)]); print(n, asdict(n))
@dataclass
class Base:
    a: int = 1
@dataclass
class Derived(Base):
    b: int = 2
print(Derived(), Derived(5, 6), Derived.__init__.__name__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass
class WithInitVar:
    a: int
    b: dataclasses.InitVar[int] = 3
    c: int = field(init=False, default=0)
    def __post_init__(self, b): self.c = self.a + b
print(WithInitVar(1), WithInitVar(1, 10))
@dataclass
class Cls:
    x: int
    y: 'str' = 'q'
    z: dataclasses.KW_ONLY = None
print(Cls(1), Cls.__dataclass_fields__['x'].type, repr(Cls.__dataclass_fields__['y'].default))
print(Item.__eq__(i, 5), Item.__match_args__ if hasattr(Item, '__match_args__') else '')
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
print(S(3), S.__slots__)
@dataclass(unsafe_hash=True)
class U:
    a: int
print(hash(U(1)) == hash((1,)))
@dataclass
class R:
    r: 'R' = None
x = R(); x.r = x; print(x)
