# gilvm-nogil: --workers 2
# error messages of everyday mistakes: NameError/AttributeError name and obj, ImportError name, index/key errors per type, unsupported operands, not callable/subscriptable, None where an iterable is needed, constructor and method arity, object.__init__ with extra arguments.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def attrs(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e), [(k, getattr(e, k, "-")) for k in ("name", "obj") if hasattr(e, k) and k != "obj" or k == "obj" and isinstance(getattr(e, k, None), (int, list, type))] if isinstance(e, (NameError, AttributeError)) else "")
attrs(lambda: undefined_thing)
attrs(lambda: (1).foo)
attrs(lambda: [].bar)
class Z: pass
attrs(lambda: Z().baz)
attrs(lambda: Z.qux)
try:
    import nosuchmodule_x
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    from math import nosuch
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
t(lambda: [1][5]); t(lambda: (1,)[5]); t(lambda: "a"[5]); t(lambda: range(1)[5]); t(lambda: b"a"[5]); t(lambda: bytearray(b"a")[5]); t(lambda: [].pop()); t(lambda: [1].pop(3)); t(lambda: {}.popitem())
t(lambda: {(1, 2): 3}[(4, 5)]); t(lambda: {}[None]); t(lambda: {}[""]); t(lambda: {}[1.5]); t(lambda: {}[(1,)]); t(lambda: set().remove((1, 2)))
t(lambda: 1 + None); t(lambda: None + 1); t(lambda: "a" - "b"); t(lambda: [] - []); t(lambda: {} + {}); t(lambda: -"a"); t(lambda: ~[]); t(lambda: None()); t(lambda: 5()); t(lambda: "abc"()); t(lambda: [][0]()); t(lambda: None[0]); t(lambda: 5[0]); t(lambda: len(None))
t(lambda: (lambda: 0)[0]); t(lambda: object()[0]); t(lambda: int[0] if False else type(int)[0] if False else Z()[0]); t(lambda: Z[0])
def setz():
    Z()[0] = 1
t(setz)
def delz():
    del Z()[0]
t(delz)
def setstr():
    s = "abc"; s[0] = "x"
t(setstr)
def deltup():
    tp = (1,); del tp[0]
t(deltup)
t(lambda: int("12a")); t(lambda: int("")); t(lambda: int("1.0")); t(lambda: float("1,5")); t(lambda: int("0x10", 10)); t(lambda: int(" ")); t(lambda: int("++1"))
t(lambda: list(range(3)).index(7)); t(lambda: (1, 2).index(3)); t(lambda: "abc".index("z")); t(lambda: [1, 2].remove(3)); t(lambda: "a,b".split(",").index("c"))
t(lambda: iter(None)); t(lambda: next(None)); t(lambda: list(None)); t(lambda: tuple(1)); t(lambda: set(None)); t(lambda: dict(None)); t(lambda: sorted(None)); t(lambda: sum(None)); t(lambda: max(None)); t(lambda: enumerate(None)); t(lambda: zip(None)); t(lambda: map(str, None)); t(lambda: "".join(None)); t(lambda: [*None]); t(lambda: {**None}); t(lambda: print(*None))
t(lambda: Z(1)); t(lambda: Z(a=1)); t(lambda: object.__init__(Z(), 1)); t(lambda: int(1, 2, 3)); t(lambda: str(1, 2, 3, 4)); t(lambda: list(1, 2)); t(lambda: dict(1, 2)); t(lambda: set(1, 2)); t(lambda: range(1, 2, 3, 4)); t(lambda: slice()); t(lambda: bool(1, 2)); t(lambda: float(1, 2)); t(lambda: tuple(1, 2)); t(lambda: frozenset(1, 2))
t(lambda: [].append(1, 2)); t(lambda: [].extend()); t(lambda: {}.keys(1)); t(lambda: "".split(1, 2, 3)); t(lambda: "".strip(1, 2)); t(lambda: "".upper(1)); t(lambda: (1).bit_length(1)); t(lambda: [].sort(1)); t(lambda: {}.update(1, 2)); t(lambda: set().add())
class A:
    def __init__(self, x): super().__init__(x)
class B:
    def __new__(cls, *a): return super().__new__(cls)
class C: pass
for f in [lambda: A(1), lambda: B(1), lambda: object.__init__(B(), 1), lambda: object.__init__(C(), 1), lambda: object.__init__(C()), lambda: C().__init__(1, k=2)]:
    try: print(type(f()).__name__)
    except TypeError as e: print(e)
    else: pass
