# gilvm-nogil:
# compile() of expressions nested 1,000-1,400 deep (prefix operators, not, if-else chains,
# left-nested + and string concatenation, lambdas): CPython 3.11's symtable and compiler
# allow about 3x the recursion limit; beyond, 'maximum recursion depth exceeded during
# compilation'
def tryc(label, src):
    try:
        code = compile(src, "<s>", "exec")
        ns = {"b": 0}
        exec(code, ns)
        x = ns["x"]
        print(label, "ok", x if not callable(x) else type(x).__name__)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e)

for n in (1001, 1400):
    tryc(("neg", n), "x = " + "-" * n + "1")
    tryc(("not", n), "x = " + "not " * n + "1")
    tryc(("inv", n), "x = " + "~" * n + "1")
    tryc(("ifelse", n), "x = " + "a if b else " * n + "1")
    tryc(("plus", n), "x = " + "+".join(["1"] * n))
    tryc(("strs", n), "x = len(" + " + ".join(["'a'"] * n) + ")")
    if n < 1200:
        tryc(("lambda", n), "x = " + "lambda: " * n + "1")
    tryc(("and", n), "x = " + " and ".join(["1"] * n))
for n in (3100, 10000):
    tryc(("plus", n), "x = " + "+".join(["1"] * n))
