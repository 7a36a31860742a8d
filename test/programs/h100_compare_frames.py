# gilvm-nogil:
# A comparison between two instances of one class whose method is a Python function runs as a
# call pushed on the loop's own activation (two recursion levels, as CPython's comparison and
# the frame): results of every operator, NotImplemented going on to the reflected method and
# the default (identity for == and !=, else TypeError), compare-and-jump, errors and tracebacks,
# recursion through __eq__ and __lt__ to the limit, and the cases that keep the generic way.
import sys
import functools


class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return NotImplemented
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return NotImplemented
    def __ge__(self, o): return "ge-answer"
    def __repr__(self): return f"K({self.v})"


a, b = K(1), K(2)
print(a < b, b < a, a == b, a == K(1), a != b, a != K(1), a >= b)
print(a <= b)         # NotImplemented, then b >= a: "ge-answer"
try:
    print(a > b)      # NotImplemented, then b < a: False
except TypeError as e:
    print(e)
if a < b:
    print("jump taken")
if not (b < a):
    print("jump not taken")
while a < b:
    a = K(a.v + 1)
print(a)


class OnlyLt:
    def __lt__(self, o): return NotImplemented


x, y = OnlyLt(), OnlyLt()
for expr in ("x < y", "x > y", "x <= y", "x >= y"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print(x == x, x == y, x != y, x != x)


class EqNI:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented


e1, e2 = EqNI(), EqNI()
print(e1 == e1, e1 == e2, e1 != e1, e1 != e2)


class Raises:
    def __eq__(self, o): raise KeyError("eq")


try:
    Raises() == Raises()
except KeyError as e:
    print("KeyError", e)


class Truthy:
    def __eq__(self, o): return [1]
    def __lt__(self, o): return []


print(Truthy() == Truthy(), Truthy() < Truthy())
if Truthy() == Truthy():
    print("list is true")
if not (Truthy() < Truthy()):
    print("empty list is false")


# recursion: a linked list compared node by node
class Node:
    def __init__(self, v, nxt): self.v = v; self.nxt = nxt
    def __eq__(self, o):
        if self.nxt is None or o.nxt is None:
            return self.v == o.v and self.nxt is o.nxt
        return self.v == o.v and self.nxt == o.nxt


def chain(n):
    h = None
    for k in range(n):
        h = Node(k, h)
    return h


print(chain(300) == chain(300), chain(300) == chain(299))
sys.setrecursionlimit(2500)
print(chain(1100) == chain(1100))
try:
    chain(1300) == chain(1300)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# replaced methods, generator methods, total_ordering, dataclasses, the generic ways
class R:
    def __lt__(self, o): return "first"


r1, r2 = R(), R()
for k in range(3):
    if k == 1:
        R.__lt__ = lambda s, o: "second"
    if k == 2:
        del R.__lt__
    try:
        print(k, r1 < r2)
    except TypeError as e:
        print(k, e)


class GenEq:
    def __eq__(self, o):
        yield 1


print(type(GenEq() == GenEq()).__name__)


@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v


print(T(1) <= T(2), T(3) > T(2), T(2) >= T(2), sorted([T(3), T(1), T(2)])[0].v)


class MyStr(str):
    def __eq__(self, o): return "MyStr.__eq__"


class Base:
    def __eq__(self, o): return "Base"


class Derived(Base):
    def __eq__(self, o): return "Derived"


print(MyStr("a") == MyStr("a"), MyStr("a") < MyStr("b"), Base() == Derived(), Derived() == Derived())


def check(items):
    for p, q in zip(items, items[1:]):
        if p < q:
            continue
    return True


check([K(1), K(2), K("x")])
