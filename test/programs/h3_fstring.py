# gilvm-nogil: --workers 2
# f-strings (test_fstring): conversions, nested specs, = debugging, quotes and escapes, lambdas/dicts inside, format of user objects, errors from compile().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x, y, name, pi = 10, 3, "Ann", 3.14159265
w, p = 12, 3
print(f"{x}", f"{x!r}", f"{name!r:>8}", f"{name!s:*^9}", f"{'é'!a}", f"{x=}", f"{x = }", f"{x=:>5}", f"{name=!s}", f"{pi=:.2f}", f"{x+y=}", f"{ x }")
print(f"{pi:{w}.{p}f}|", f"{pi:{w}}|", f"{x:{'>'}{w}}|", f"{x:#0{w}b}", f"{x:{p}d}", f"{name:{'^'}{w}s}|")
print(f"{{}}", f"{{{x}}}", f"{{x}}", f"a{{b{x}c}}d", f"{'{'}", f"{'}'}")
d = {"k": "v", 1: "one"}
print(f"{d['k']}", f"{d[1]}", f'{d["k"]}', f"""{d["k"]!r}""", f"{(lambda v: v * 2)(4)}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{(1, 2)}", f"{x if x > 5 else y}", f"{(x := 5)}", x)
print(f"{x:,}", f"{1234567:_}", f"{0.5:.0%}", f"{-5:+}", f"{5: }", f"{255:#x}", f"{255:X}", f"{1e6:g}", f"{12.0:g}", f"{1/3:.3}", f"{10**20:e}", f"{'abc':.2}", f"{3:03}", f"{-3:03}", f"{'s':<3}|")
class F:
    def __format__(self, spec): return f"F<{spec}>"
    def __repr__(self): return "F()"
    def __str__(self): return "strF"
print(f"{F()}", f"{F():xyz}", f"{F()!r}", f"{F()!s:>6}", f"{F()!r:>6}", f"{F():{x}}")

print(f"{'nested ' + f'{x}' + ' inner'}", f"{'a' 'b'}", f"{x}" f"{y}" "lit", rf"\n{x}", fr"{x}\t", f"\x41{x}\u00e9")
print(f"{x!r:^{w}}|", f"{'multi' 'part'!r}", f"{3.0!s}", f"{None}", f"{None!r:>6}", f"{True:d}", f"{[1, 2]!s:>10}", f"{(x, y)}")
t(lambda: f"{x:d}" + f"{pi:d}"); t(lambda: f"{name:d}"); t(lambda: f"{x:.2s}"); t(lambda: f"{x:z}"); t(lambda: f"{undefined_var}"); t(lambda: f"{1/0}"); t(lambda: f"{x!r:{'{'}}")
for src in ['f"{}"', 'f"{ }"', 'f"{x!}"', 'f"{x!z}"', 'f"{x"', 'f"x}"', 'f"{x:{y:{z}}}"', "f'{a b}'", 'f"{yield}"', 'f"{*x}"', "f'{\"a\"}'", 'f"{x!r=}"', 'f"{#}"', 'f"{lambda x: x}"']:
    try:
        code = compile(src, "<fs>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for n, price, qty in items:
    print(f"{n:<8}|{price:>6.2f}|{qty:^5}|{price * qty:08.3f}")
print(f"{'total':>{len('total') + 3}}", f"{sum(q for _, _, q in items)=}", f"{len(items)!r:>3}")
