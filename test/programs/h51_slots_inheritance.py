# gilvm-nogil: --workers 2
# __slots__ and inheritance: per-class layouts, __dict__ in subclasses, shadowing
import copy
import gc
import weakref


class P:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y


class Q(P):
    pass


q = Q(1, 2)
q.extra = 3
print(q.__dict__, vars(q), q.x, q.y)
print(hasattr(P(), "__dict__"), hasattr(q, "__dict__"))
q.__dict__["x"] = "in dict"
print(q.x, q.__dict__)
del q.x
print(hasattr(q, "x"), q.__dict__)
print(sorted(n for n in dir(q) if not n.startswith("__")))


# a subclass redeclaring a slot gets its own word: the base's stays separate
class D(P):
    __slots__ = ("x",)


d = D(5, 6)
print(d.x, d.y, D.x, P.x)
P.x.__set__(d, "base word")
print(d.x, P.x.__get__(d), D.x.__get__(d))
print(list(D.__dict__))


# shadowed by a property / a class attribute in a subclass
class WithProp(P):
    @property
    def x(self):
        return "property"


w = WithProp.__new__(WithProp)
P.x.__set__(w, 7)
print(w.x, P.x.__get__(w))
try:
    w.x = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithAttr(P):
    y = "class y"


wa = WithAttr.__new__(WithAttr)
print(wa.y)
wa.y = "instance y"
print(wa.y, wa.__dict__)


# __dict__ and __weakref__ in __slots__
class Both:
    __slots__ = ("a", "__dict__", "__weakref__")


b = Both()
b.a = 1
b.other = 2
print(b.__dict__, vars(b), weakref.ref(b)() is b)
print(list(Both.__dict__))


class NoWeak:
    __slots__ = ("a",)


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)


# deeper chains and empty __slots__
class A1:
    __slots__ = ("a",)


class A2(A1):
    __slots__ = ()


class A3(A2):
    __slots__ = ("c",)


a = A3()
a.a, a.c = "a", "c"
print(a.a, a.c, hasattr(a, "__dict__"), A3.a is A1.a)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)


# multiple inheritance: one slotted base with an empty-slots mixin is fine
class Mixin:
    __slots__ = ()

    def show(self):
        return f"show {self.a}"


class Combined(A1, Mixin):
    __slots__ = ("b",)


c = Combined()
c.a, c.b = 1, 2
print(c.show(), c.b, hasattr(c, "__dict__"))


class Plain:
    pass


class WithPlain(A1, Plain):
    __slots__ = ()


wp = WithPlain()
wp.a = 1
wp.free = 2
print(wp.a, wp.__dict__)


# built-in bases
class Tagged(list):
    __slots__ = ("tag",)


t = Tagged([3, 1, 2])
t.tag = "t"
t.sort()
print(t, t.tag, hasattr(t, "__dict__"))


class Unit(float):
    __slots__ = ("unit",)


u = Unit(2.5)
u.unit = "kg"
print(u, u.unit, u * 2)


class Err(Exception):
    __slots__ = ("code",)


try:
    e = Err("failed")
    e.code = 42
    raise e
except Err as caught:
    print(caught, caught.code, caught.args, caught.__dict__)


# __class__ assignment needs the same slots
class P2:
    __slots__ = ("x", "y")


p = P(1, 2)
p.__class__ = P2
print(type(p).__name__, p.x, p.y)


class Other:
    __slots__ = ("x", "z")


try:
    p.__class__ = Other
except TypeError as e:
    print("TypeError:", e)


# copy copies slot values; a slot can hold a cycle the collector frees
class Node:
    __slots__ = ("value", "next", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.next = None

    def __repr__(self):
        return f"Node({self.value!r})"


n = Node([1, 2])
n2 = copy.copy(n)
n3 = copy.deepcopy(n)
print(n2, n2.value is n.value, n3, n3.value is n.value)
first, second = Node(1), Node(2)
first.next, second.next = second, first
probe = weakref.ref(first)
del first, second
gc.collect()
print(probe())


# a value stored in a slot is released when the object dies
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


class Box:
    __slots__ = ("item",)


box = Box()
box.item = Noisy("first")
box.item = Noisy("second")
del box
print("end")
