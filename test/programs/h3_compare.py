# gilvm-nogil: --workers 2
# comparisons and bool (test_compare/test_bool): rich comparison fallback and reflection, identity vs equality in containers, ordering errors, bool arithmetic/str/repr, __eq__ returning NotImplemented, total ordering of mixed numbers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Log:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print("eq", self.n, getattr(o, "n", o)); return NotImplemented
    def __lt__(self, o): print("lt", self.n, getattr(o, "n", o)); return NotImplemented
    def __gt__(self, o): print("gt", self.n, getattr(o, "n", o)); return NotImplemented
a, b = Log("a"), Log("b")
print(a == b); print(a != b); t(lambda: a < b); t(lambda: a > 1); print(a == a)
class Sub(Log):
    def __eq__(self, o): print("sub eq"); return True
print(Log("x") == Sub("y")); print(Sub("y") == Log("x"))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    __hash__ = None
print(Num(1) == 1, 1 == Num(1), Num(1) != Num(2), Num(1) < 2, 2 > Num(1))
t(lambda: Num(1) <= 2); t(lambda: 1 < "a"); t(lambda: [] < {}); t(lambda: None < None); t(lambda: object() < object()); t(lambda: (1, 2) < (1, None)); t(lambda: {1} < [1])
nan = float("nan")
l = [nan]; print(nan in l, l == l, l.count(nan), l.index(nan), [nan] == [float("nan")], (nan,) == (nan,), {nan: 1}.get(nan))
print(True + 1, True * 3.5, True / 2, True & False, True | False, True ^ True, ~False, -True, True ** 2, divmod(True, 2), True == 1, hash(True), int(True), float(False))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", "%d %s %r" % (True, True, False), format(False, "^7"), bool.__name__, type(True), isinstance(True, int), True.real, True.imag)
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(None), bool(...), bool(NotImplemented) if False else "skip")
t(lambda: bool(1, 2)); t(lambda: type(True)(0)); t(lambda: True.__and__(1)); t(lambda: True & 2); t(lambda: True.bit_length())
class NoBool:
    def __len__(self): return 0
class WithBool:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(NoBool()), bool(WithBool()), not NoBool(), "x" if WithBool() else "y", NoBool() or "alt", (WithBool() and "never").__class__.__name__)
print(1 == 1.0, 1.0 == True, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 10**30 == 1e30, int(1e30) == 1e30, 0.1 + 0.2 > 0.3, 1 < 1.5 < 2, -0.0 == 0, 1e308 * 10 == float("inf"))
print(sorted([3, 1.5, True, 2**65, -1e10, 0]), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), sorted([(1, 2.0), (1.0, 1)]))
x = [1, 2]
print(x is x, x == x[:], x is x[:], None is None, "" == "")
t(lambda: 1 < 2 < "a"); t(lambda: 1 > 2 < "a"); t(lambda: "a" < "b" > "A" < "c")
class Eqn:
    def __eq__(self, o): return NotImplemented
e1 = Eqn(); print(e1 == e1, e1 != e1, e1 == Eqn(), [e1] == [e1], e1 in [e1], e1 in [Eqn()])
class Ne:
    def __eq__(self, o): return True
print(Ne() != Ne(), Ne() == 5, 5 != Ne())
class OnlyNe:
    def __ne__(self, o): return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
class Weird:
    def __lt__(self, o): return 1
    def __gt__(self, o): return 0
print(Weird() < Weird(), Weird() > 1, 1 < Weird(), sorted([Weird(), Weird()]) is not None)
print([1, 2] == [1, 2.0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a", "" < "a", "a" * 3 == "aaa", b"a" < b"b", [1] * 2 == [1, 1], {"a": 1} == {"a": 1.0})
t(lambda: b"a" == "a"); t(lambda: b"a" < "a"); t(lambda: range(3) == range(3)); t(lambda: frozenset() == set())
