# int() / float() check what __int__ / __index__ / __float__ return, as CPython does
class F:
    def __float__(self): return 1
class F2:
    def __float__(self): return 2.5
class FI:
    def __index__(self): return 7
class N:
    def __int__(self): return 1.5
class N2:
    def __int__(self): return 42
class BadIndex:
    def __index__(self): return "x"
tests = [lambda: float(F()), lambda: float(F2()), lambda: float(FI()), lambda: int(N()), lambda: int(N2()),
         lambda: int(FI()), lambda: int(BadIndex()), lambda: float(BadIndex()), lambda: 2.0 * float(FI())]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "OK", repr(r), type(r).__name__)
    except TypeError as e:
        print(i, "TypeError:", e)
