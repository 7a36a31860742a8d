import sys
print(abs(-0.0), abs(True), all("abc"), any(""), ascii([1, "ü"]), bin(0), bool([]), bool("0"), callable(print))
print(chr(65), chr(0x1F600) == "\U0001F600", divmod(-7.5, 2), divmod(2**65, 7), enumerate([1]).__class__.__name__)
print(list(filter(lambda x: x % 2, range(7))), float("-inf"), float("nan") != float("nan"), float("1e500"), float(".5"), float("5."), format(0.1, ".20f"))
print(frozenset([1, 1, 2]), hash(frozenset()) == hash(frozenset()), hex(0), int(), int("0o17", 8), int("  -0b11 ", 0), int(True), int("٣"), isinstance(True, int))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(type, type), isinstance(object, type), len({1: 2}), list("ab"))
print(max(1, 2.5), max("a", "B"), min([3, 1], default=9), max((1, 2), (1, 3)), min([[2], [1, 9]]), max([1, 2], key=None), max(iter([4, 5])))
print(oct(-8), ord("\n"), pow(2, 3), pow(-2, 3, 5), pow(2.0, 3), pow(0, 0), pow(4, 0.5), 2 ** 0.5, (-1) ** 0.5 if False else "", 10 ** -2)
print(repr(range(0, 10, 2)), list(reversed("abc")), round(3.14159, 3), round(-0.5), round(1e300), round(7, 1), round(2.5, 0), round(-1.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(sorted({3: 1, 1: 2}), sorted([(1, "b"), (1, "a")]), sorted([1, 1.5, True, 0]), str(b"x" if False else "y"), sum([], 5), sum((1.5, 2)), tuple({1: 2}), type(1.0) is float)
print(list(zip()), list(zip([1], [2], [3])), list(zip("abc", range(2))), vars(type("X", (), {"a": 1}))["a"], type(vars()).__name__, "sys" in dir(), __name__)
print(getattr([], "__len__")(), hasattr([], "nope"), id(sys) == id(sys), isinstance(sys, type(sys)), type(sys).__name__, sys.maxsize, sys.argv[0].endswith(".py"))
print(int("123456789012345678901234567890") * 3, 2 ** 64 // 3, -(2 ** 64) // 7, (2 ** 64) % -7, 10 ** 20 / 3, int(1e20), int(-1.9e19), float(2 ** 1000) > 1e300, 7 // -2, 7.0 % -2)
print(1e-7, 1.0, -0.0, 1e100, 1.7976931348623157e308, 5e-324, 0.1 * 3, 1 / 3, 2 / 3, 100.0, 1e21, 1e20, 123456.789e3, float(10**16), 3.0 * 1.1)
print(round(123.456, -1), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e-10, 5), 1.5.is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio(), (10).bit_length(), int.from_bytes(b"\x01\x00", "big") if False else "")
print(str(3.0), str(1e16), str(12345678901234567.0), repr(1.1), 0.1 + 0.7, 1.0 / 7, 4.35 * 100, float.fromhex("0x1p-1") if hasattr(float, "fromhex") else "", (1.5).hex() if hasattr(float, "hex") else "")
print(f"{1234.5:,.2f}", f"{-1234:,}", f"{0.000123:.2e}", f"{12:>+6}", f"{12:<06}", f"{12:^7}", f"{'x':=^5}", f"{255:#010x}", f"{3.14159:g}", f"{100000000.0:g}", f"{1e-4:%}", f"{42:c}", f"{-0.0:.1f}", f"{1.23456789e10:.3g}")
print(f"{123:n}", f"{0.1:.1}", f"{1.0:.3}", f"{5:05}", f"{-5:05}", f"{5.5:05}", f"{'abc':.2}", f"{True:d}", f"{3:.2f}", f"{10:%}", f"{1e16:.0f}", f"{2**70:e}", f"{7:b}", f"{-7:x}")
for spec, val in [("d", 1.5), ("s", 1), ("f", "s"), (".2s", 5), ("z", 1), ("=5s", "a"), (",d", 1.0), ("c", -1)]:
    try:
        print(format(val, spec))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(isinstance(1, (str, (int, float))), isinstance([], list | dict) if sys.version_info >= (3, 10) else "", type(None)(), type(1)("5"), type("")(7))
g = globals()
g["dyn"] = 42
print(dyn, "g" in g, sorted(k for k in locals() if k in ("g", "sys")))
def loc():
    a = 1; b = [2]
    return sorted(locals().items())
print(loc())
class V:
    cls_attr = 1
    def __init__(self): self.x = 1; self.y = 2
print(vars(V()), [n for n in dir(V()) if not n.startswith("__")], dir(V) == sorted(dir(V)))
print(slice(1, 2) == slice(1, 2), slice(None).indices(5), hash(1.5) == hash(1.5), hash(-1) == -2, hash(10**20) == hash(10**20 + 0.0) if False else "")
o = object()
print(o == o, o != object(), o.__eq__(5), NotImplemented, ..., Ellipsis is ..., type(...).__name__, type(NotImplemented).__name__, bool(None), None.__class__)
print(int.__add__(1, 2), str.upper("x"), list.__len__([1]), dict.get({"a": 1}, "a"), float.__mul__(2.0, 3), tuple.__getitem__((5,), 0), str.join(",", "ab"), object.__repr__(o)[:8])
print(next(reversed([1, 2])), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), [*map(abs, [-1, 2])])
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=lambda v: (v % 2, v)), list(enumerate("ab", start=-1)), dict(enumerate("ab")), list(zip(*zip("ab", "cd"))))
