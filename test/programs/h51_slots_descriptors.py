# gilvm-nogil: --workers 2
# __slots__ members are member_descriptor objects in the class dict (CPython's PyMemberDescr)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
m = P.x
print(m)
print(type(m), type(m).__name__, type(m).__module__)
print(m.__name__, m.__qualname__, m.__objclass__, m.__doc__)
print(P.__dict__["x"] is m, P.__dict__["y"])
print(list(P.__dict__.keys()))
print(m.__get__(None, P) is m, m.__get__(p, P), m.__get__(p))
m.__set__(p, 10)
print(p.x, m.__get__(p))
m.__delete__(p)
print(hasattr(p, "x"))
for action in ("get", "delete"):
    try:
        if action == "get":
            m.__get__(p)
        else:
            m.__delete__(p)
    except AttributeError as e:
        print(action, "AttributeError:", e)
for bad in (3, "s", None.__class__):
    try:
        m.__get__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    m.__set__(4, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(m)()
except TypeError as e:
    print("TypeError:", e)

# getattr / setattr / delattr and object's generic functions go through the descriptor
setattr(p, "y", [1, 2])
print(getattr(p, "y"), getattr(p, "x", "default"), hasattr(p, "y"))
object.__setattr__(p, "x", "via object")
print(object.__getattribute__(p, "x"))
delattr(p, "y")
print(getattr(p, "y", "gone"))

# mangled private slots
class Secret:
    __slots__ = ("__key", "_plain", "__dunder__")

    def __init__(self):
        self.__key = "k"
        self._plain = "p"
        self.__dunder__ = "d"

    def key(self):
        return self.__key


s = Secret()
print(s.key(), s._Secret__key, s._plain, s.__dunder__)
print(list(Secret.__dict__))
print([n for n in dir(s) if not n.startswith("__") or n == "__dunder__"])

# a class attribute assignment replaces the descriptor
class R:
    __slots__ = ("v",)


r = R()
r.v = 1
R.v = "class level"
print(R.v, r.v)
try:
    r.v = 2
except AttributeError as e:
    print("AttributeError:", e)

# __slots__ given as a str, a list, a dict
class One:
    __slots__ = "only"


class Lst:
    __slots__ = ["a", "b"]


class Dct:
    __slots__ = {"a": "doc of a", "b": "doc of b"}


o = One()
o.only = 1
print(o.only, One.__slots__, One.only, Lst.a, Dct.b, Dct.b.__doc__)
print(sorted(k for k in Lst.__dict__ if not k.startswith("__")))

# a slot holding a callable is an attribute, not a method
class Holder:
    __slots__ = ("fn",)


h = Holder()
h.fn = lambda: "called"
print(h.fn())
h.fn = len
print(h.fn("abc"))
