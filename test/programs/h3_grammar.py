# gilvm-nogil: --workers 2
# grammar (test_grammar/test_unpack/test_augassign): literals, operator precedence, chained comparisons, unpacking forms and their errors, augmented assignment targets, star-args calls, lambda/def parameter errors, conditional/walrus expressions, SyntaxErrors via compile().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(0xff, 0o17, 0b1011, 1_000_000, 0x_ff, 1e3, 1E-2, .5, 5., 1_0.0_1, 0.0, 00, 0e0)
print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, 1 + 2 * 3 - 4 / 2, 7 // 2 * 2, -7 // 2, 1 << 2 + 1, 6 & 3 | 8 ^ 1, ~0 << 2, 3 - -3, +-+1)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, "a" < "b" <= "b", 1 is not None, 2 in [1, 2] not in [[1]], (1 < 2) == True)
print(1 and 2, 0 and 1, 0 or "", None or 0 or "x", not "", [] or {}, 1 if 0 else 2, "y" if [1] else "n")
a, b = 1, 2; a, b = b, a; print(a, b); (c, d), e = (1, 2), 3; print(c, d, e); [f, g] = "xy"; print(f, g); h, = [9]; print(h)
i, *j = range(4); *k, l = "abc"; m, *n, o = [1, 2]; print(i, j, k, l, m, n, o)
p = q = r = [0]; p.append(1); print(q, r is p)
s = {}; s["a"] = s["b"] = 5; print(s)
x = [0, 1, 2]; i2 = 0; i2, x[i2] = 1, 9; print(i2, x)
def up(v):
    try:
        a, b = v
        return a, b
    except Exception as ex:
        return type(ex).__name__ + ": " + str(ex)
print(up([1]), up([1, 2, 3]), up(5), up("ab"), up(iter([1, 2])), up({1: 2, 3: 4}))
def up2(v):
    try:
        a, *b, c = v
        return a, b, c
    except Exception as ex:
        return type(ex).__name__ + ": " + str(ex)
print(up2([1]), up2([1, 2]), up2(range(5)))
t(lambda: compile("a, *b, *c = 1, 2, 3", "<s>", "exec")); t(lambda: compile("*a = 1", "<s>", "exec")); t(lambda: compile("del *a", "<s>", "exec"))
class Obj: pass
ob = Obj(); ob.v = 1; ob.v += 2; ob.v *= 3; print(ob.v)
li = [1, 2]; li[0] += 10; li[1] **= 3; li += [5]; li *= 2; print(li)
dd = {"k": 1}; dd["k"] -= 5; dd["k"] //= 2; dd["k"] %= 3; print(dd)
n1 = 6; n1 &= 3; n1 |= 8; n1 ^= 1; n1 <<= 2; n1 >>= 1; n1 /= 2; print(n1)
st = "a"; st += "b"; st *= 3; print(st)
tu = (1,); tu += (2,); print(tu)
t(lambda: compile("x + 1 += 1", "<s>", "exec")); t(lambda: compile("(a, b) += 1", "<s>", "exec")); t(lambda: compile("f() = 1", "<s>", "exec")); t(lambda: compile("1 = x", "<s>", "exec")); t(lambda: compile("None = 1", "<s>", "exec"))
def kw(a, b=2, *args, c, d=4, **kwargs): return (a, b, args, c, d, sorted(kwargs.items()))
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 3, "z": 0}), kw(1, *(2, 3), *[4], c=0, **{"d": 1}, **{"y": 2}))
t(lambda: kw()); t(lambda: kw(1)); t(lambda: kw(1, c=1, a=2)); t(lambda: kw(1, c=1, **{"c": 2})); t(lambda: kw(1, **{1: 2}, c=1)); t(lambda: kw(*5, c=1)); t(lambda: kw(1, c=1, **[1]))
def po(a, b, /, c): return a, b, c
t(lambda: po(1, 2, 3)); t(lambda: po(1, 2, c=3)); t(lambda: po(1, b=2, c=3)); t(lambda: po(1, 2)); t(lambda: po(1, 2, 3, 4))
def kwonly(*, a): return a
t(lambda: kwonly(1)); t(lambda: kwonly()); t(lambda: kwonly(a=1, b=2)); t(lambda: (lambda: 0)(1)); t(lambda: (lambda a, b: 0)(1)); t(lambda: (lambda *, k: k)(k=3))
def two(a, b): pass
t(lambda: two(1, 2, 3)); t(lambda: two(1, a=1)); t(lambda: two(c=1)); t(lambda: two(1, b=2, d=3))
t(lambda: compile("def f(a, a): pass", "<s>", "exec")); t(lambda: compile("def f(a=1, b): pass", "<s>", "exec")); t(lambda: compile("f(a=1, 2)", "<s>", "exec")); t(lambda: compile("f(**k, *a)", "<s>", "exec")); t(lambda: compile("f(a=1, a=2)", "<s>", "exec"))
t(lambda: compile("return 1", "<s>", "exec")); t(lambda: compile("break", "<s>", "exec")); t(lambda: compile("continue", "<s>", "exec")); t(lambda: compile("yield 1", "<s>", "exec")); t(lambda: compile("x = (1,", "<s>", "exec")); t(lambda: compile("if 1:\npass", "<s>", "exec"))
t(lambda: compile("print 'x'", "<s>", "exec")); t(lambda: compile("a b", "<s>", "exec")); t(lambda: compile("x = 1 +", "<s>", "exec")); t(lambda: compile("'abc", "<s>", "exec")); t(lambda: compile("f(x for x in y, 1)", "<s>", "exec")); t(lambda: compile("[x for x in 1, 2]", "<s>", "exec"))
t(lambda: compile("lambda: (yield)", "<s>", "eval").co_name); t(lambda: compile("x := 1", "<s>", "exec")); t(lambda: compile("def f():\n  x = 1\n return x", "<s>", "exec")); t(lambda: compile("  x = 1", "<s>", "exec")); t(lambda: compile("0777", "<s>", "eval")); t(lambda: compile("1__0", "<s>", "eval"))
t(lambda: repr(compile("a = 1; b = 2", "<s>", "single")).split(" at ")[0]); t(lambda: repr(compile("a = 1; b = 2", "<s>", "single")).split(",")[1:]); t(lambda: eval(compile("3 * 4", "<s>", "eval"))); t(lambda: compile("a += 1 if x else 2", "<s>", "exec").co_filename)
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b=2, *, c=3: a + b + c)(1), [(lambda: n)() for n in range(2)])
def deco(tag):
    def wrap(fn):
        def inner(*a): return f"{tag}({fn(*a)})"
        return inner
    return wrap
@deco("A")
@deco("B")
def base(v): return v
print(base(1))
assert True, "never"
try:
    assert 1 == 2, ("msg", 5)
except AssertionError as ae:
    print("AssertionError", ae.args)
try:
    assert []
except AssertionError as ae:
    print("AssertionError", ae.args)
if (n2 := len("abcd")) > 3: print("walrus", n2)
while (w := w - 1 if "w" in dir() else 3) > 0: print("w", w)
for q1 in []: pass
else: print("for-else ran")
for q1 in [1]:
    break
else: print("never")
k2 = 0
while k2 < 2: k2 += 1
else: print("while-else", k2)
print(type(...).__name__, ... is Ellipsis, [1, 2][:], "con" "cat", r"\n", b"x" b"y", f"{1}" "x" f"{2}")
