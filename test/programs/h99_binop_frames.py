# gilvm-nogil:
# A binary operator between two instances of one class whose method is a Python function runs
# as a call pushed on the loop's own activation (the operands stay on the caller's stack):
# results, NotImplemented's TypeError for every operator, in-place forms with and without
# __iXXX__, errors and tracebacks through the method, recursion through it to the limit,
# methods replaced at run time, and the cases that keep the generic way.
import sys


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o): raise ValueError("boom")
    def __truediv__(self, o): return ("div", self.x / o.x)
    def __floordiv__(self, o): return ("floordiv", self.x // o.x)
    def __mod__(self, o): return ("mod", self.x % o.x)
    def __pow__(self, o): return ("pow", self.x ** o.x)
    def __lshift__(self, o): return NotImplemented
    def __rshift__(self, o): return ("rshift",)
    def __and__(self, o): return NotImplemented
    def __or__(self, o): return ("or",)
    def __xor__(self, o): return NotImplemented
    def __repr__(self): return f"V({self.x}, {self.y})"


a, b = V(1, 2), V(3, 4)
print(a + b, a / b, a // b, a % b, a ** b, a >> b, a | b)
c = a
c += b
print(c, a, c is a)
for expr in ("a - b", "a << b", "a & b", "a ^ b"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
for stmt in ("a -= b", "a <<= b", "a &= b", "a ^= b"):
    try:
        exec(stmt, {"a": a, "b": b})
    except TypeError as e:
        print(stmt, "->", e)
try:
    a * b
except ValueError as e:
    print("ValueError", e)


class P:
    def __pow__(self, o): return NotImplemented


try:
    P() ** P()
except TypeError as e:
    print(e)
try:
    pow(P(), P())
except TypeError as e:
    print(e)


class I:
    def __init__(self): self.n = 0
    def __iadd__(self, o):
        self.n += 1
        return self
    def __add__(self, o): return "add"
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "sub"


i = I()
i += I()
j = I()
j -= I()
print(i.n, I() + I(), j)


# recursion through the operator goes to the recursion limit
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if self.v == 0:
            return N(o.v)
        r = N(self.v - 1) + o
        return N(r.v + 1)


print((N(900) + N(1)).v)
sys.setrecursionlimit(3000)
print((N(2800) + N(1)).v)
sys.setrecursionlimit(1000)
try:
    N(5000) + N(1)
except RecursionError as e:
    print("RecursionError", e)


# a generator function as the method, other signatures, replaced methods
class G:
    def __add__(self, o):
        yield 1
        yield 2


print(list(G() + G()))


class S:
    def __add__(self, o, extra=10): return extra
    def __sub__(self, *rest): return rest.__class__.__name__, len(rest)
    def __mul__(self): return "never"


print(S() + S(), S() - S())
try:
    S() * S()
except TypeError as e:
    print(e)
s1, s2 = S(), S()
for k in range(3):
    if k == 1:
        S.__add__ = lambda self, o: "replaced"
    if k == 2:
        del S.__add__
    try:
        print(k, s1 + s2)
    except TypeError as e:
        print(k, e)


# the generic way: subclasses of built-ins, instances of different classes, non-functions
class MyInt(int):
    def __add__(self, o): return "MyInt.__add__"


class MyList(list):
    pass


class Sub(V):
    def __radd__(self, o): return "Sub.__radd__"


class St:
    __add__ = staticmethod(lambda x, y: ("static", type(x).__name__))


print(MyInt(1) + MyInt(2), MyList([1]) + MyList([2]), a + Sub(0, 0), Sub(1, 1) + Sub(2, 2))
m = MyList([1])
m += MyList([2])
print(m, type(m).__name__)
try:
    print(St() + St())
except TypeError as e:
    print(e)


# an error inside the method, uncaught: the traceback goes through it
def total(vs):
    acc = vs[0]
    for v in vs[1:]:
        acc = acc + v
    return acc


print(total([V(k, k) for k in range(5)]))
total([V(1, 1), V(0, 0), V(2, "x")])
