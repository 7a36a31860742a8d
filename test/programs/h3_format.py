# gilvm-nogil: --workers 2
# str.format / format(): field names, indexing, attributes, conversions, nested specs, every type code, alignment, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    x = 3
    def __init__(self): self.items = [10, 20]
t(lambda: "{} {}".format(1, 2)); t(lambda: "{1} {0} {1}".format("a", "b")); t(lambda: "{x} {y}".format(x=1, y=2)); t(lambda: "{0[1]} {0[a]}".format({1: "one", "a": "A"})); t(lambda: "{0.x} {0.items[1]}".format(P()))
t(lambda: "{{}} {{{}}}".format(5)); t(lambda: "{!r} {!s} {!a}".format("q", "q", "ü")); t(lambda: "{:>{w}}|".format("ab", w=6)); t(lambda: "{:{f}{a}{w}}|".format("ab", f="*", a="^", w=7)); t(lambda: "{0:{1}.{2}f}".format(3.14159, 10, 3))
t(lambda: "{} {0}".format(1, 2)); t(lambda: "{0} {}".format(1, 2)); t(lambda: "{2}".format(1)); t(lambda: "{x}".format(y=1)); t(lambda: "{".format()); t(lambda: "}".format()); t(lambda: "{0!x}".format(1)); t(lambda: "{0.nope}".format(1)); t(lambda: "{0[5]}".format([1]))
t(lambda: "{:d}".format(1.5)); t(lambda: "{:s}".format(1)); t(lambda: "{:x}".format("a")); t(lambda: "{:,s}".format("a")); t(lambda: "{:=5}".format("a")); t(lambda: "{:+}".format("a")); t(lambda: "{:.3}".format("abcdef")); t(lambda: "{:c}".format(9731)); t(lambda: "{:,x}".format(10**6)); t(lambda: "{:_b}".format(255))
t(lambda: "{0[0]}".format("xyz")); t(lambda: "{0[-1]}".format([1, 2])); t(lambda: "{a[b]}".format(a={"b": 7})); t(lambda: "{:%}".format(0.125)); t(lambda: "{:.0%}".format(0.005)); t(lambda: "{:e}".format(10**20)); t(lambda: "{:f}".format(10**20)); t(lambda: "{:g}".format(10**20)); t(lambda: "{:n}".format(12345)); t(lambda: "{:.2n}".format(1.2345))
for spec in ["", "<8", ">8", "^8", "*^9", "08", "+", "-", " ", "#x", "#o", "#b", "#X", "x", ",", "_", "08,", "e", ".2f", "10.2e", "g", "%", "c", "=+8", "0=8", ",.2f", "n"]:
    vals = [1234, -56, 3.5, True]
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
for spec in ["", "10", "<10", "^10", ">10", ".2", "x^9.3", "s"]:
    print(repr(format("hello", spec)), repr(format("", spec)))
t(lambda: format(None)); t(lambda: format(None, "")); t(lambda: format(None, "10")); t(lambda: format([1], "")); t(lambda: format([1], "5")); t(lambda: format(object(), "x")); t(lambda: format(1, 5))
class Fm:
    def __format__(self, spec): return "<" + spec + ">"
class BadFm:
    def __format__(self, spec): return 5
t(lambda: "{:abc} {!r:>5}".format(Fm(), "x")); t(lambda: format(Fm(), "zz")); t(lambda: f"{Fm():q{1+1}}"); t(lambda: format(BadFm())); t(lambda: "{}".format(BadFm()))
t(lambda: "{0:{1}}".format(5, "{}")); t(lambda: "{:{}}".format(5, 3)); t(lambda: "{:{}{}}".format(5, "<", 3)); t(lambda: "{0:{0}}".format(3))
t(lambda: "{!}".format(1)); t(lambda: "{:}".format(1)); t(lambda: "{0!r:}".format(1)); t(lambda: "{0:{1:{2}}}".format(1, 2, 3)); t(lambda: "{a.b.c}".format(a=1)); t(lambda: "{[}".format(1)); t(lambda: "{0[}".format(1)); t(lambda: "{0]}".format(1))
t(lambda: "{:.2f}".format(float("nan"))); t(lambda: "{:08.2f}".format(-float("inf"))); t(lambda: "{:,.3f}".format(1234567.891)); t(lambda: "{:_.3e}".format(1234.5)); t(lambda: "{:#.3g}".format(1.0)); t(lambda: "{:.0e}".format(12345)); t(lambda: "{:08.3}".format(3.14159)); t(lambda: "{:.3}".format(1e20))
t(lambda: "{0}{1}".format(*"ab")); t(lambda: "{a}{b}".format(**{"a": 1, "b": 2})); t(lambda: "x".format(1, 2, k=3)); t(lambda: "{0:}{0!s}".format(True)); t(lambda: str.format("{}", 1)); t(lambda: "{:>5}".format(None)); t(lambda: "{:5}|".format(True)); t(lambda: "{:d}".format(True))
t(lambda: "{0:.{1}f}".format(2.5, "a")); t(lambda: "{:.-1f}".format(1.0)); t(lambda: "{:10.10000000000000000000f}".format(1.0)); t(lambda: "{:c}".format(-1)); t(lambda: "{:c}".format(1.5)); t(lambda: "{:,c}".format(65)); t(lambda: "{:#c}".format(65)); t(lambda: "{:+c}".format(65))
t(lambda: "{:=}".format(5)); t(lambda: "{:05s}".format("ab")); t(lambda: "{:0<5}".format(1)); t(lambda: "{:x<5d}".format(-3)); t(lambda: "{:=^7}".format("m")); t(lambda: "{:,_}".format(1)); t(lambda: "{:_,}".format(1)); t(lambda: "{:,%}".format(12.5)); t(lambda: "{:_o}".format(10**6))
print("{:>6.2%}|{:<+7.1e}|{:^#9x}|".format(0.5, 12345.6789, 255), "{0:*>10,}".format(1234567), "{:.5}".format("ab"), "{:5.1}|".format("xyz"))
