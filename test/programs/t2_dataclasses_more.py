# Tier 2: dataclasses beyond the basics: field options, inheritance, __post_init__,
# hashing rules, kw_only, helpers (fields, asdict, astuple, replace), errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, KW_ONLY, make_dataclass, MISSING)


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)
    count: int = field(default=0, init=False)


i = Item("pen", 1.5)
i.count += 2
print(i, i == Item("pen", 1.5, [], "other"), i != Item("pen"), Item.__hash__)
print([f.name for f in fields(Item)], asdict(i), astuple(Item("a")))
print(replace(i, price=2.0), is_dataclass(i), is_dataclass(Item), is_dataclass(3))
print(Item.__init__.__qualname__, Item.__doc__, Item.__match_args__)
for bad in (lambda: Item(), lambda: Item("a", 1, [], "s", 5), lambda: Item("a", nme=1),
            lambda: Item("a", name="b"), lambda: replace(i, count=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])


@dataclass
class Temp:
    celsius: float
    fahrenheit: float = field(init=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32


print(Temp(100), Temp(-40).fahrenheit)


@dataclass(frozen=True)
class P:
    x: int
    y: int

    def dist(self):
        return abs(self.x) + abs(self.y)


p = P(1, -2)
print(p, p.dist(), hash(p) == hash((1, -2)), {p: "a"}[P(1, -2)], len({P(1, 2), P(1, 2)}))
for action in (lambda: setattr(p, "x", 5), lambda: delattr(p, "y"), lambda: setattr(p, "new", 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(H(3)) == hash((3,)), H(3) == H(3))


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)


@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False, default="")


print(sorted([Card(10, "h"), Card(2, "s"), Card(7)]), Card(1) < Card(2), Card(3) >= Card(3, "x"))
try:
    Card(1) < 5
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1


print(Opts(1, c=5), Opts(a=2, b=3))
try:
    Opts(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 0


print(K(a=1), K(b=2, a=3))
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
try:
    K()
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return f"<Custom {self.v}>"


print(Custom(4), [Custom(1)])


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))

for spec in ("mutable", "order", "nodefault"):
    try:
        if spec == "mutable":
            @dataclass
            class Bad:
                items: list = []
        elif spec == "order":
            @dataclass(order=True)
            class Bad2:
                x: int

                def __lt__(self, other):
                    return True
        else:
            @dataclass
            class Bad3:
                x: int = 0
                y: int
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))])
print(Pt(1), Pt(1, 2) == Pt(1, 2), fields(Pt)[1].default, fields(Pt)[0].default is MISSING)
