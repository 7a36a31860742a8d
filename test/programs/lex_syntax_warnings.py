# Compile-time SyntaxWarnings go to stderr before the program runs, one per occurrence,
# as CPython 3.11's compiler reports them; the program still runs.
x = 1
print(x is 1, x is not "a", x is None, x is True, x is ...)
if x is 1:
    print("if")
while x is 2:
    pass
y = 3 if x is -1 else 4
if 0 < x is 2:
    pass
try:
    print((1, 2)(3))
except TypeError as e:
    print(e)
try:
    print({1, 2}[0])
except TypeError as e:
    print(e)
try:
    print("abc"["x"])
except TypeError as e:
    print(e)
try:
    print([x for x in "ab"][1.5])
except TypeError as e:
    print(e)
print([1, 2][True], "ab"[x], (1, 2)[:1])


def f(a=1 is 1):
    return a


print(f())
assert (x, "always true")
print("end")
