# x.__class__ through every path: a plain instance, after __class__ assignment, an instance
# dict entry named __class__ (object's data descriptor wins), a class that defines its own
# __class__ (property or plain attribute), a __getattribute__ that sees the load, built-in
# objects, a name made at run time; and dataclass comparisons that read it (sorting).
from dataclasses import dataclass
import random


class A:
    pass


class B(A):
    pass


a = A()
print(a.__class__ is A, B().__class__.__name__, [x.__class__.__name__ for x in (1, "s", [], {}, 2.5, None, a)])
a.__dict__["__class__"] = "shadow"
print(a.__class__ is A, a.__dict__["__class__"])
a.__class__ = B
print(a.__class__ is B, type(a) is B, getattr(a, "__cla" + "ss__") is B)


class P:
    @property
    def __class__(self):
        return int


print(P().__class__, type(P()).__name__, isinstance(P(), int))


class Q:
    __class__ = "class attribute"


q = Q()
print(q.__class__, type(q).__name__)


class G:
    seen = []

    def __getattribute__(self, name):
        G.seen.append(name)
        return object.__getattribute__(self, name)


g = G()
for _ in range(3):
    g.__class__
print(G.seen, g.__class__ is G)


def kinds(items):
    return [i.__class__.__name__ for i in items]


for _ in range(3):
    print(kinds([a, g, 3, A, "s"]))


@dataclass(order=True)
class R:
    k: float
    n: int


random.seed(5)
rs = sorted(R(random.random(), i) for i in range(500))
print([r.n for r in rs[:5]], rs[0] < rs[1], rs[0] == R(rs[0].k, rs[0].n), R(1, 2).__lt__(B()))
