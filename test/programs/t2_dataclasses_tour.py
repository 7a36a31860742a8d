# dataclasses: defaults, default_factory, order, frozen errors, asdict / astuple / replace,
# InitVar and __post_init__, kw_only, slots, inheritance, definition errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar
import dataclasses
from typing import List, Optional, ClassVar

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default="x", compare=False)
    kind: ClassVar[str] = "item"

i = Item("apple", 1.5)
print(i, i.tags, Item.kind, i == Item("apple", 1.5, secret="y"))
i.tags.append("fruit")
print(asdict(i), astuple(i), replace(i, price=2.0))
print([f.name for f in fields(Item)], is_dataclass(i), is_dataclass(Item), is_dataclass(1))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
try:
    Version(1) < 5
except TypeError as e:
    print("TE", e)

@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FIE", e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print("FIE", e)
print(hash(p) == hash(Pt(1, 2)), {p: 1}[Pt(1, 2)], replace(p, y=9))

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 2), Rect(1, 1).area)

@dataclass
class Nested:
    item: Item
    pts: list
n = Nested(Item("b"), [Pt(1), Pt(2)])
print(asdict(n))
print(astuple(n))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TE", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("VE", e)
try:
    Item()
except TypeError as e:
    print("TE", e)
try:
    Item("a", 1, [], 1, "s", 9)
except TypeError as e:
    print("TE", e)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))

@dataclass
class Base:
    a: int = 1
@dataclass
class Derived(Base):
    b: int = 2
print(Derived(), Derived(5, 6), fields(Derived)[0].name)

@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
@dataclass
class U:
    a: int
print(U.__hash__)
try:
    replace(p, z=1)
except TypeError as e:
    print("TE", e)
print(repr(field(default=3))[:6])
@dataclass(repr=False)
class NR:
    a: int = 1
print(repr(NR()).startswith("<__main__.NR object at"))
@dataclass
class KW:
    a: int
    b: int = dataclasses.field(default=0, kw_only=True)
print(KW(1, b=2))
@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = 2
print(KW2(a=1))
try:
    KW2(1)
except TypeError as e:
    print("TE", e)
@dataclass(slots=True)
class S:
    a: int
    b: int = 0
s = S(1)
print(s, S.__slots__)
try:
    s.c = 1
except AttributeError as e:
    print("AE", e)
@dataclass
class Default:
    d: dict = field(default_factory=dict)
a1, a2 = Default(), Default()
a1.d['k'] = 1
print(a1, a2)
print(type(fields(Item)[0]).__name__)
