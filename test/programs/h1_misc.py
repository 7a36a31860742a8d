print("abc".removeprefix("a"), "abc".removesuffix("c"), "é".isascii(), "Hello {name}".format_map({"name": "N"}), "a b c".rsplit(" ", 1), "a,b".split(",", -1))
print("x".center(4), "ab".center(5, "."), "abc".ljust(2), "%5.1s|" % "xyz", "tEST".capitalize(), "a1b2".upper(), "ǅ".lower(), "ß".casefold(), "hello world".count("o", -5))
print([1, 2, 3, 2].index(2, 2), "abcabc".find("b", -3), "abc".find("", 10), "abc".rfind(""), "a\tb\nc d".split(), "  x  y ".split(" "), "1,2;3".replace(",", ";").split(";"))
s = set([1, 2, 3])
try:
    for x in s: s.add(x + 10)
except RuntimeError as e:
    print(e)
d = {1: 1}
try:
    for k in d: del d[k]
except RuntimeError as e:
    print(e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("sort failed", e, lst)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99: raise ValueError("no compare")
        return self.v < o.v
try:
    sorted([Cmp(1), Cmp(99), Cmp(0)])
except ValueError as e:
    print(e)
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
def g():
    print("running:", gen.gi_running)
    yield 1
gen = g()
print(gen.gi_running, next(gen), gen.__name__, gen.__qualname__)
def outer():
    def inner_gen():
        yield from range(2)
    return inner_gen()
print(outer().__qualname__, list(outer()))
print(str(range(3)), repr(iter(range(3)))[:15], repr(zip)[:12], str(print), repr(len), repr(int), repr(object), repr(None.__class__))
import math
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.pi, math.e, math.factorial(20), math.sqrt(2), math.log(math.e), math.log2(8), math.log10(1000), math.pow(2, 3), math.hypot(3, 4), math.isnan(math.nan), math.fsum([0.1] * 10), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3]), math.copysign(1, -0.0), math.fabs(-3), math.isqrt(17), math.degrees(math.pi), math.atan2(1, 1), math.exp(1), math.fmod(-7, 3), math.modf(1.5), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)), math.lcm(4, 6))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.floor("x"), lambda: math.exp(1000), lambda: math.acos(2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Temp:
    def __init__(self): self._c = 0
    def _get(self): return self._c
    def _set(self, v): self._c = v
    c = property(_get, _set, None, "celsius")
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp(); t.c = 100
print(t.c, t.f, Temp.c.__doc__, Temp.c.fget is Temp._get, Temp.f.fset)
try:
    t.f = 5
except AttributeError as e:
    print(e)
try:
    del t.c
except AttributeError as e:
    print(e)
class CM:
    @classmethod
    def create(cls): return cls.__name__
    @staticmethod
    def util(): return "util"
class CM2(CM): pass
print(CM2.create(), CM2().create(), CM.util(), CM().util(), type(CM.__dict__["create"]).__name__, CM.__dict__["util"].__func__.__name__, isinstance(CM.__dict__["util"], staticmethod))
print(int("10", base=2), int(x="7") if False else "", float("  3 "), str(object=5), list(iterable=[1]) if False else "", dict({"a": 1}, b=2), sorted(iterable=[1]) if False else "")
print(max([1, 2], [3], key=len), min("abc", key=ord), sum(range(5), start=10), round(number=2.5) if False else "", divmod(-0.0, 1))
print(isinstance(print, type(len)), type(len).__name__, len.__name__, print.__qualname__, "", repr(len.__self__) if False else "")
print(list.append, str.upper, type([].append), type("".join), type(list.append), type(dict.__dict__["fromkeys"]).__name__ if False else "")
