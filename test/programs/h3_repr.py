# gilvm-nogil: --workers 2
# str()/repr() of values and containers: quotes choice, escapes, recursive containers, nested user reprs, float/int formatting inside containers, reprs of types/functions/builtins without addresses, print of mixed values.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\", "\x00\x1f\x7f", "\x80\xa0\xad", "é", "\u200b", "\u2028", "😀", "\U000e0001", "\ud7ff", "a\rb", "\x0b\x0c", "\ufeff"]:
    print(repr(s), ascii(s), len(repr(s)))
l = [1, "a", 2.0, None, True, (1,), {1: "x"}, {2}, frozenset(), [], (), {}, set(), b"b", range(3), slice(1, 2), ..., NotImplemented]
print(l); print(tuple(l[:6])); print(str(l) == repr(l))
r = [1]; r.append(r); print(r, repr(r))
d = {"k": []}; d["k"].append(d); print(d)
tt = ([],); tt[0].append(tt); print(tt)
class U:
    def __repr__(self): return "<U>"
    def __str__(self): return "u-str"
u = U(); print(u, [u], (u,), {u: u}, {"u": u}, str([u]), f"{u}", f"{[u]}", "%s %r" % (u, u))
class NoRepr: pass
print(repr(NoRepr()).startswith("<__main__.NoRepr object at 0x"), str(NoRepr()) == repr(NoRepr()) or "differs-by-address")
print(repr(int), repr(str), repr(NoRepr), repr(type), repr(object), repr(len), repr(print), repr(ValueError), repr(None.__class__), repr(type(len)))
def func(): pass
print(repr(func).startswith("<function func at 0x"), repr(lambda: 0).startswith("<function <lambda> at"), repr([].append).startswith("<built-in method append of list object at 0x"), repr(U.__repr__).startswith("<function U.__repr__"))
print(repr(U().__repr__).startswith("<bound method U.__repr__ of <U>>"), repr(str.upper), repr(dict.fromkeys).startswith("<built-in method fromkeys of type object"), repr(int.__add__))
print(1.0, 1e16, 1.5e-7, -0.0, float("inf"), [1.0, 0.1, 1e100], {0.5: 2.5}, (1e-5,), 10**20, -10**20, [10**25], 1/3, 2/3, 100.0 / 3)
print(repr(1e23), repr(9007199254740993.0), repr(0.1 + 0.7), repr(1.1 * 3), str(123456789.123456789), repr(5e-324), repr(1.7976931348623157e308), repr(float("-nan")) if False else "nan-skip")
print({1: {2: [3, (4, {5})]}}, [[]], [{}], [()], [(1,)], ((),), [set()], [frozenset({1})], {frozenset(): frozenset({1})})
import collections
print(collections.OrderedDict(a=1), collections.defaultdict(int, {1: 2}), collections.deque([1, 2], maxlen=3), collections.Counter("aab"), collections.namedtuple("P", "x y")(1, 2))
print(repr(range(0)), repr(range(1, 5, 2)), repr(slice(None)), repr(slice(1, None, -1)), repr(iter([])).startswith("<list_iterator object at"), repr(reversed([])).startswith("<list_reverseiterator"), repr(zip()).startswith("<zip object"), repr(map(len, [])).startswith("<map object"))
print(repr(ValueError("x")), repr(ValueError("x", 1)), repr(ValueError()), repr(KeyError("k")), repr(StopIteration()), repr(Exception(["a"])), str(Exception(("t",))), str(Exception(("t",), 2)))
print(repr(True), repr(None), repr(...), str(...), repr(NotImplemented), repr(type(None)), repr(type(...)), repr(type(NotImplemented)))
print(str(b"x"), repr(bytearray()), repr(b""), repr(bytes(2)), repr(b"\\"), repr(bytearray(b"\"")))
print("a", 1, None, [None], sep="|"); print(*"abc"); print(*[], sep="x"); print("end", end="")
print()
print(f"{'x'!r}", f"{'x'!a}", f"{'é'!a}", f"{1.0!r}", f"{[1.5]!s}", format([1], ""), format(None, ""), str(None), "%r" % None)
t(lambda: "%s" % (U(),)); t(lambda: str(U)); t(lambda: repr(U)); t(lambda: U.__name__); t(lambda: repr(type(U())).split("'")[1])
