# gilvm-nogil:
# Assigning C.__bases__: the class and every class below it take the new MRO (methods,
# attribute hooks and super() follow it, cached lookups too), and CPython's TypeErrors
# for bad values leave everything as it was.
class P1:
    def who(self):
        return "P1"


class P2:
    def who(self):
        return "P2"

    def __getattr__(self, name):
        return "missing " + name


class K(P1):
    pass


class Sub(K):
    def who(self):
        return "Sub>" + super().who()


class Leaf(Sub):
    pass


objs = [K(), Sub(), Leaf()]
seen = []
for round_no in range(3):
    if round_no == 1:
        K.__bases__ = (P2,)
    if round_no == 2:
        K.__bases__ = (P1,)
    seen.append([o.who() for o in objs])
print(seen)
K.__bases__ = (P2,)
print([c.__name__ for c in Leaf.__mro__], K.__bases__, K.__base__)
print(Leaf().anything, hasattr(Sub(), "nope"))
print(issubclass(Leaf, P2), issubclass(Leaf, P1), isinstance(objs[2], P2))


class M1:
    pass


class M2:
    pass


class C(M1, M2):
    pass


class D(C):
    pass


C.__bases__ = (M2, M1)
print([c.__name__ for c in D.__mro__])


class E(M1):
    pass


D.__bases__ = (E, C)
print([c.__name__ for c in D.__mro__])


def attempt(cls, value):
    try:
        cls.__bases__ = value
        print("ok", [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)


class I(int):
    pass


class S:
    __slots__ = ("x",)


attempt(K, 5)
attempt(K, ())
attempt(K, (5,))
attempt(K, (Leaf,))
attempt(K, (K,))
attempt(K, (P1, P1))
attempt(K, (I,))
attempt(I, (int,))
attempt(int, (object,))
attempt(M1, (P2,))
# an MRO that cannot be made below the class: nothing changes
class X1:
    pass


class X2:
    pass


class Y(X1, X2):
    pass


class Z(X2):
    pass


class W(Y, Z):
    pass


attempt(Z, (X2, X1))
print([c.__name__ for c in W.__mro__], Z.__bases__)
try:
    del K.__bases__
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in Leaf.__mro__])
