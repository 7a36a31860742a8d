# gilvm-nogil:
# super().name(...) runs without making the super object when the name is a plain function
# of a class after __class__ in the instance's MRO; every other case takes the generic way:
# diamonds, classmethods, built-in bases, descriptors, a shadowed or rebound name, errors.
class Base:
    def __init__(self, tag):
        self.tags = [tag]

    def who(self):
        return "Base"

    def chain(self, n):
        return ["Base", n]

    data = 7

    @property
    def prop(self):
        return "Base.prop"

    @staticmethod
    def smeth(x):
        return ("static", x)

    @classmethod
    def cmeth(cls):
        return ("class", cls.__name__)


class Left(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.tags.append("Left")

    def who(self):
        return "Left>" + super().who()

    def chain(self, n):
        return ["Left"] + super().chain(n + 1)


class Right(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.tags.append("Right")

    def who(self):
        return "Right>" + super().who()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__("D")
        self.tags.append("Diamond")

    def who(self):
        return "Diamond>" + super().who()

    def probe(self):
        out = [super().data, super().prop, super().smeth(1), super().cmeth()]
        out.append(super().chain(0))
        return out

    @classmethod
    def make(cls):
        return super().cmeth()


d = Diamond()
print(d.tags, d.who(), Diamond.__mro__[1].__name__)
print(d.probe(), Diamond.make())
for k in range(3):
    print(k, d.who(), Left("L").who())


# self rebound before super(): the first argument's current value, as CPython
class Rebind(Left):
    def who(self):
        self = SubRebind("o") if self.tags[0] == "r" else Left("x")
        return "Rebind>" + super().who()


class SubRebind(Rebind):
    def who(self):
        return "SubRebind"


print(Rebind("r").who())
try:
    Rebind("s").who()
except TypeError as e:
    print(e)


# built-in bases: their methods through super()
class Doubler(list):
    def append(self, x):
        super().append(x * 2)

    def __len__(self):
        return super().__len__() * 10


class Shout(str):
    def upper(self):
        return super().upper() + "!"


dl = Doubler()
dl.append(3)
dl.append(4)
print(dl, len(dl), Shout("hi").upper())


class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyErr(5)
except ValueError as e:
    print(repr(e), e.code)


# errors: no __class__ cell, a deleted first argument, a missing name
class Broken(Base):
    def nested(self):
        def inner():
            return super().who()
        return inner()

    def deleted(self):
        del self
        return super().who()

    def missing(self):
        return super().nothing()


for name in ("nested", "deleted", "missing"):
    try:
        print(getattr(Broken("b"), name)())
    except (RuntimeError, AttributeError) as e:
        print(name, type(e).__name__, e)


# a method replaced on the base after a first call; a shadowed `super`
class A1:
    def m(self):
        return "A1.m"


class B1(A1):
    def m(self):
        return "B1>" + super().m()


b1 = B1()
print(b1.m())
A1.m = lambda self: "A1.m replaced"
print(b1.m())
del A1.m
try:
    b1.m()
except AttributeError as e:
    print(e)


def shadowed():
    class P:
        def m(self):
            return "P.m"

    class Q(P):
        def m(self):
            return super().m()

    return Q().m()


print(shadowed())
real_super = super


def super(*args):
    return real_super(*args) if args else "shadowed super"


class S1(A1):
    def m(self):
        return super()


print(S1().m())
del super


# deep chains through super() (recursion goes to the limit as plain calls do)
class Node:
    def depth(self, n):
        return n


class Deep(Node):
    def depth(self, n):
        if n < 400:
            return Deep.depth(self, n + 1)
        return super().depth(n)


print(Deep().depth(0))
Diamond().who(1)
