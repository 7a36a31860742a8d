# gilvm-nogil:
# lib/numbers.py: the numeric tower (Number > Complex > Real > Rational > Integral) as ABC
# objects: int/bool are Integral, float Real, user subclasses abstract until they implement it
import numbers
from numbers import Number, Real, Integral, Rational, Complex
print([isinstance(x, Number) for x in (1, 2.5, True, "s", None, [1])])
print([isinstance(x, Integral) for x in (1, 2.5, True)], [isinstance(x, Real) for x in (1, 2.5, "x")], isinstance(3, Rational), isinstance(1.5, Complex))
print(issubclass(int, Number), issubclass(bool, Integral), issubclass(float, Integral), issubclass(str, Number))
print(Number, Integral, numbers.Real.__name__, Integral.__mro__ if hasattr(Integral, "__mro__") else None)
class MyNum(Real):
    pass
try:
    MyNum()
except TypeError as e:
    print(e)
def scale(v, k):
    if not isinstance(k, Number):
        raise TypeError(f"bad scalar {k!r}")
    return [x * k for x in v]
print(scale([1, 2], 3), scale([1], 0.5))
try:
    scale([1], "x")
except TypeError as e:
    print(e)
print((5).numerator, Integral.register(int) is int)
class Meters(Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
print(sorted(Real.__abstractmethods__) if hasattr(Real, '__abstractmethods__') else None)
