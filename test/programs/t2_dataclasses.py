# Tier 2: simple dataclasses.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)


p = Point(1, 2)
print(p, p == Point(1, 2), Point(5), p.x)
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(1, 1))
try:
    Version(1).major = 2
except Exception as e:
    print(type(e).__name__, e)
a, b = Basket("ann"), Basket("bob")
a.items.append("apple")
print(a, b)
