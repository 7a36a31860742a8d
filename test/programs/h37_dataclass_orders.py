# Order records as dataclasses: field(default_factory), defaults, asdict / astuple on nested
# records, replace, frozen instances (FrozenInstanceError), order comparisons, eq, repr
# with field(repr=False), __post_init__, fields().
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass


@dataclass
class Item:
    sku: str
    qty: int = 1
    price: float = 0.0

    @property
    def total(self):
        return self.qty * self.price


@dataclass
class Order:
    order_id: int
    items: list = field(default_factory=list)
    tags: set = field(default_factory=set)
    note: str = field(default="", repr=False)

    def add(self, item):
        self.items.append(item)
        return self


o = Order(1).add(Item("A1", 2, 1.5)).add(Item("B2", price=4.0))
o2 = Order(2)
print(o)
print(o2, o2.items is not o.items)
print(asdict(o))
print(astuple(o))
print(sum(i.total for i in o.items), o == Order(1, [Item("A1", 2, 1.5), Item("B2", 1, 4.0)]))
o3 = replace(o, order_id=3, note="rush")
print(o3, o3.note, o3.items is o.items)
print([f.name for f in fields(Order)], is_dataclass(o), is_dataclass(Order), is_dataclass(1))
try:
    Order()
except TypeError as e:
    print("TypeError:", e)
try:
    replace(o, bogus=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True, order=True)
class Money:
    amount: int
    currency: str = "EUR"


m = Money(5)
try:
    m.amount = 6
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del m.currency
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(sorted([Money(3, "USD"), Money(3, "EUR"), Money(1)]))
print(Money(2) < Money(3), Money(2, "A") <= Money(2, "A"), Money(9) > Money(10), hash(Money(1)) == hash(Money(1)))
print({Money(1), Money(1), Money(2)} == {Money(1), Money(2)})
try:
    Money(1) < Item("x")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Span:
    start: int
    end: int
    length: int = field(init=False)

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")
        self.length = self.end - self.start


print(Span(2, 7), Span(2, 7) == Span(2, 7))
try:
    Span(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
