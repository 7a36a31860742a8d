# gilvm-nogil: --workers 2
# built-in functions (test_builtin): argument forms and error messages of abs/all/any/bin/chr/ord/divmod/enumerate/filter/getattr/isinstance/iter/len/map/max/min/next/pow/range/repr/reversed/round/sorted/sum/zip and friends.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: abs("a")); t(lambda: abs()); t(lambda: abs(-2.5)); t(lambda: abs(True)); t(lambda: all([])); t(lambda: any([0, "", None])); t(lambda: all(5)); t(lambda: all([1], [2]))
t(lambda: bin(5.0)); t(lambda: bin(-0)); t(lambda: oct(8)); t(lambda: hex(-1)); t(lambda: hex("a")); t(lambda: chr(-1)); t(lambda: chr(0x110000)); t(lambda: chr(65.0)); t(lambda: chr(0x1F600)); t(lambda: ord("")); t(lambda: ord("ab")); t(lambda: ord(5)); t(lambda: ord("€"))
t(lambda: list(enumerate("ab", 5))); t(lambda: list(enumerate("ab", start=-1))); t(lambda: enumerate(5)); t(lambda: list(enumerate([], 2**70))); t(lambda: list(enumerate("ab", 2**70))); t(lambda: enumerate("a", "b")); t(lambda: enumerate()); t(lambda: next(enumerate("xy", start=3)))
t(lambda: list(filter(None, [0, 1, "", "a", None]))); t(lambda: list(filter(lambda x: x > 1, range(4)))); t(lambda: filter(None, 5)); t(lambda: filter(None)); t(lambda: list(map(pow, [2, 3], [3, 2]))); t(lambda: list(map(lambda *a: a, "ab", "xyz"))); t(lambda: map(len)); t(lambda: list(map(len, [1])))
class O:
    x = 1
t(lambda: getattr(O, "x")); t(lambda: getattr(O, "y")); t(lambda: getattr(O(), "y", None)); t(lambda: getattr(O, 5)); t(lambda: getattr(O)); t(lambda: setattr(O, "y", 2) or O.y); t(lambda: delattr(O, "y") or hasattr(O, "y")); t(lambda: hasattr(O, 5)); t(lambda: delattr(O, "zzz"))
t(lambda: getattr(1, "nope")); t(lambda: getattr(None, "x")); t(lambda: setattr(1, "x", 1)); t(lambda: setattr(object(), "x", 1)); t(lambda: "a".nope); t(lambda: [].nope); t(lambda: O.nope); t(lambda: O().nope)
t(lambda: isinstance(1, (str, (int, float)))); t(lambda: isinstance(1, [int])); t(lambda: isinstance(1, int | str)); t(lambda: issubclass(bool, (int,))); t(lambda: issubclass(1, int)); t(lambda: issubclass(int, 1)); t(lambda: isinstance(True, bool | None))
t(lambda: iter(5)); t(lambda: list(iter([1, 2]))); t(lambda: iter(lambda: 1, 1, 2)); t(lambda: iter(5, 1)); t(lambda: len(5)); t(lambda: len()); t(lambda: len([], [])); t(lambda: len(iter([])))
cnt = iter([1, 2, 3, 0, 5]); t(lambda: list(iter(lambda: next(cnt), 0)))
t(lambda: max([])); t(lambda: max([], default=7)); t(lambda: max(1, 2, default=0)); t(lambda: max(5)); t(lambda: max()); t(lambda: max("abc", key=ord)); t(lambda: max([3, 1], [2, 9])); t(lambda: min(1, "a")); t(lambda: max(1, 2, key=lambda x: -x)); t(lambda: min([(1, "b"), (1, "a")])); t(lambda: max([1, 2], foo=1)); t(lambda: max(iter([2, 4, 1])))
t(lambda: max([1, 3, 3.0], key=float)); t(lambda: min([2, 1, 1.0])); t(lambda: max([], key=len, default=None))
t(lambda: pow(2, 10)); t(lambda: pow(2, 0.5)); t(lambda: pow(2, 3, 0)); t(lambda: pow(2.0, 3, 5)); t(lambda: pow(base=2, exp=3, mod=5)); t(lambda: pow(2)); t(lambda: pow(-2, 0.5)); t(lambda: pow(0, 0)); t(lambda: pow(10, -2, 7))
t(lambda: repr(reversed([1, 2])) [:25]); t(lambda: list(reversed("abc"))); t(lambda: list(reversed(range(3)))); t(lambda: reversed(5)); t(lambda: reversed({1: 2}).__next__()); t(lambda: reversed({1})); t(lambda: list(reversed((1, 2))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(reversed(Seq()))); t(lambda: list(Seq())); t(lambda: 20 in Seq()); t(lambda: sorted(Seq(), reverse=True))
t(lambda: round(2.675, 2)); t(lambda: round(0.5)); t(lambda: round(-0.5)); t(lambda: round(1.5)); t(lambda: round("a")); t(lambda: round(1, "a")); t(lambda: round(10**20, -5)); t(lambda: round(123.456, -1)); t(lambda: round(5, -1)); t(lambda: round(15, -1)); t(lambda: type(round(2.5)))
t(lambda: sum([1, 2], 10)); t(lambda: sum([[1]], [])); t(lambda: sum(["a"], "")); t(lambda: sum([b"a"], b"")); t(lambda: sum([0.1] * 10)); t(lambda: sum([1, 2.5, True])); t(lambda: sum(x for x in range(5))); t(lambda: sum([1], start=5)); t(lambda: sum([[1], 2], [])); t(lambda: sum()); t(lambda: sum(5))
t(lambda: sum([1e100, 1.0, -1e100])); t(lambda: sum([0.1, 0.2, 0.3])); t(lambda: sum([2**70, 1.5]))
t(lambda: list(zip("ab", [1, 2, 3]))); t(lambda: list(zip())); t(lambda: list(zip("ab", "xy", strict=True))); t(lambda: list(zip("ab", "x", strict=True))); t(lambda: list(zip("a", "xy", strict=True))); t(lambda: list(zip("ab", "xy", "q", strict=True))); t(lambda: zip(5)); t(lambda: list(zip("ab", strict=False)))
t(lambda: callable(len)); t(lambda: callable(O)); t(lambda: callable(O())); t(lambda: callable(t)); t(lambda: callable(1))
t(lambda: repr(None)); t(lambda: repr(...)); t(lambda: repr(NotImplemented)); t(lambda: repr(int)); t(lambda: repr(len)); t(lambda: str(type(None))); t(lambda: type(...)); t(lambda: type(NotImplemented)); t(lambda: repr(object)[:14])
t(lambda: ascii("ab\u1234\n")); t(lambda: ascii(["é"])); t(lambda: format(3.14159, ".2f")); t(lambda: format("x", "^5")); t(lambda: hash(None) == hash(None)); t(lambda: hash(1) == hash(1.0) == hash(True))
t(lambda: sorted("bca", key=None, reverse=True)); t(lambda: sorted([3, 1, 2], reverse=1)); t(lambda: sorted({3: 1, 1: 2})); t(lambda: sorted(iter([2, 1]))); t(lambda: sorted(5)); t(lambda: sorted([1], [2]))
t(lambda: vars(5)); t(lambda: sorted(vars(O()))); t(lambda: "x" in vars(O)); t(lambda: dir(5)[:3]); t(lambda: "x" in dir(O)); t(lambda: id(1) == id(1))
t(lambda: bool(x=1)); t(lambda: float(x=1)); t(lambda: list(iterable=[1])); t(lambda: tuple(iterable=[1])); t(lambda: print(1, sep=5)); t(lambda: print(1, end=5)); t(lambda: print(1, foo=1)); t(lambda: print(1, 2, sep=None, end=None))
print(1, 2, 3, sep="-", end="!\n"); print(); print("a", "b", sep=""); print(*[1, 2], sep=", ")
t(lambda: globals()["t"] is t); t(lambda: "__name__" in globals()); t(lambda: __name__); t(lambda: __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
t(lambda: eval("1 + 2")); t(lambda: eval("x + 1", {"x": 5})); t(lambda: eval("y", {}, {"y": 3})); t(lambda: eval("1 +")); t(lambda: eval("undefined_name")); t(lambda: exec("z = 5; print(z)")); t(lambda: eval(5)); t(lambda: compile("1", "<s>", "bad"))
