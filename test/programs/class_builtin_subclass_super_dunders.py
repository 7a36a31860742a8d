# Subclasses of the built-in types reaching the base behaviour through super(): round()
# of a float/int subclass, the in-place operators, __reversed__, __floor__ and friends.
import math


class Money(float):
    pass


class Count(int):
    pass


class Rounded(float):
    def __round__(self, n=None):
        return "custom " + str(super().__round__(n))


print(round(Money(2.567), 1), round(Money(2.5)), type(round(Money(2.5))).__name__)
print(round(Count(15), -1), round(Count(7)), type(round(Count(7))).__name__)
print(round(Rounded(1.26), 1), round(Rounded(1.5)))
print(math.floor(Money(2.5)), math.ceil(Count(3)), math.trunc(Money(-2.5)))
print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), (7).__floor__(), (7).__round__(-1), (1.5).conjugate())
print((5).bit_count(), (-255).bit_count(), (0).bit_count(), (2 ** 100 - 1).bit_count())
print((7).as_integer_ratio(), True.as_integer_ratio(), Count(3).as_integer_ratio())
for f in [lambda: float("inf").__floor__(), lambda: float("nan").__ceil__()]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Log(list):
    def __iadd__(self, other):
        print("iadd", other)
        return super().__iadd__(other)

    def __imul__(self, n):
        return super().__imul__(n)

    def __reversed__(self):
        print("reversed")
        return super().__reversed__()


log = Log([1])
log += (2, 3)
log *= 2
print(log, type(log).__name__, list(reversed(log)))


class Settings(dict):
    def __ior__(self, other):
        print("ior")
        return super().__ior__(other)

    def __reversed__(self):
        return super().__reversed__()


s = Settings(a=1)
s |= {"b": 2}
print(s, type(s).__name__, list(reversed(s)))


class Tags(set):
    def __iand__(self, o):
        return super().__iand__(o)

    def __ior__(self, o):
        return super().__ior__(o)

    def __isub__(self, o):
        return super().__isub__(o)

    def __ixor__(self, o):
        return super().__ixor__(o)


t = Tags({1, 2, 3})
t &= {1, 2}
t |= {7}
t -= {1}
t ^= {2, 9}
print(sorted(t), type(t).__name__)
print(list(range(4).__reversed__()), None.__bool__(), range(0).__bool__())
