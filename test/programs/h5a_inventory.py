# An inventory system: dataclasses, properties, custom exceptions, report formatting.
from dataclasses import dataclass, field, asdict, replace
from collections import defaultdict, Counter
from functools import total_ordering


class InventoryError(Exception):
    """Base class for inventory problems."""


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class UnknownItem(InventoryError, KeyError):
    pass


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_index = self.price

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def from_float(cls, amount):
        return cls(round(amount * 100))

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    __radd__ = lambda self, other: self if other == 0 else NotImplemented

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            existing = self._items[item.sku]
            self._items[item.sku] = replace(existing, qty=existing.qty + item.qty)
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def __contains__(self, sku):
        return sku in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def remove(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("remove", sku, n))

    def total(self):
        return sum((Money.from_float(i.value) for i in self._items.values()), 0)

    def by_tag(self):
        groups = defaultdict(list)
        for item in self._items.values():
            for t in item.tags:
                groups[t].append(item.sku)
        return dict(sorted(groups.items()))


inv = Inventory()
inv.add(Item("A100", "Widget", 2.50, 10, ["tools", "small"]))
inv.add(Item("B200", "Gadget", 12.99, 3, ["tools"]))
inv.add(Item("C300", "Doohickey", 0.35, 250, ["small", "bulk"]))
inv.add(Item("A100", "Widget", 2.50, 5))
inv.add(Item("D400", "Thingamajig", 199.0, 1, ["premium"]))

print(len(inv), "A100" in inv, "Z999" in inv)
print(inv["A100"])
print(asdict(inv["B200"]))

for attempt in [("B200", 2), ("B200", 5), ("Z999", 1)]:
    try:
        inv.remove(*attempt)
        print("removed", attempt)
    except OutOfStock as e:
        print("out of stock:", e, e.sku, e.wanted, e.have)
    except InventoryError as e:
        print(type(e).__name__, repr(e), isinstance(e, KeyError), e.__cause__, e.__suppress_context__)

print(f"{'SKU':<6}|{'Name':^13}|{'Price':>9}|{'Qty':>5}|{'Value':>11}")
print("-" * 48)
for item in inv:
    print(f"{item.sku:<6}|{item.name:^13}|{item.price:>9.2f}|{item.qty:>5d}|{item.value:>11,.2f}")
print("-" * 48)
total = inv.total()
print(f"{'TOTAL':<36}{total:>12}")
print(repr(total), total == Money(total.cents), total > Money(0), total <= Money(1))
print(sorted([Money(5), Money(-250), Money(123456)]))
print([str(m) for m in sorted({Money(5), Money(5), Money(7)})])
print(inv.by_tag())
ops = Counter(op for op, _, _ in inv.log)
print(ops.most_common(), sum(ops.values()))
cheapest = min(inv, key=lambda i: i.price)
print(cheapest.name, max(inv).name, sorted(inv, key=lambda i: (-i.qty, i.sku))[0].sku)
print(Item("X", "x", 1.0) < Item("Y", "y", 2.0), Item("X", "x", 1.0) == Item("X", "x", 1.0))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1).extra = 2
except AttributeError as e:
    print("AttributeError:", e)
