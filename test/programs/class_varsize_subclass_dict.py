# gilvm-nogil: --workers 2
# Instances of int, str and tuple subclasses have a __dict__ (after the value), unless
# __slots__ says otherwise; __slots__ on subclasses of list, dict, float and exceptions.
from collections import namedtuple
class T(tuple):
    pass
t = T((1, 2, 3))
t.label = "xyz"
print(t, t.label, t[1], len(t), t == (1, 2, 3), hash(t) == hash((1, 2, 3)), t.__dict__)
class S(str):
    def shout(self):
        return self.upper() + self.suffix
s = S("hello")
s.suffix = "!"
print(s, s.shout(), s + "x", type(s + "x").__name__, len(s), s.__dict__)
s2 = S("héllo😀")
s2.suffix = "?"
print(s2.shout(), s2[5], len(s2))
class I(int):
    pass
big = I(2 ** 100)
big.tag = "big"
neg = I(-7)
neg.tag = "neg"
zero = I(0)
zero.tag = "zero"
print(big, big.tag, neg, neg.tag, zero, zero.tag, big + 1, neg * 2, vars(zero))
P = namedtuple("P", "x y")
class Q(P):
    def norm(self):
        return self.x + self.y
q = Q(1, 2)
q.extra = 5
print(q, q.norm(), q.extra, q._asdict())
class R(P):
    __slots__ = ()
r = R(3, 4)
try:
    r.z = 1
except AttributeError as e:
    print("AttributeError", e)
class Cyc(tuple):
    pass
c = Cyc((1,))
c.me = c
del c
import gc
print(gc.collect() >= 1)
for v in (T(), S(), I()):
    print(hasattr(v, "__dict__"), v.__dict__)
class T2(T):
    pass
x = T2((9,))
x.a = 1
x.b = 2
del x.a
print(x.__dict__, x)
try:
    print(x.a)
except AttributeError as e:
    print("AttributeError", e)
class L(list):
    __slots__ = ()
l = L([1])
try:
    l.q = 1
except AttributeError as e:
    print("AttributeError", e)
class L2(list):
    __slots__ = ("a",)
l2 = L2()
l2.a = 3
print(l2.a, l2)
try:
    l2.b = 1
except AttributeError as e:
    print("AttributeError", e)
class E(Exception):
    __slots__ = ()
e = E("m")
e.note = 1
print(e.note, e)
class D(dict):
    __slots__ = ("k",)
d = D(a=1)
d.k = 2
print(d, d.k)
class F(float):
    __slots__ = ()
try:
    F(1.5).z = 1
except AttributeError as e:
    print("AttributeError", e)
