import sys
class A:
    def __init__(self, x, y=2, *a, k=3, **kw):
        self.v = (x, y, a, k, kw)
print(A(1).v, A(1, 5, 6, k=7, z=8).v, A(x=9).v)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print("TE", e)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print("TE", e)
class E:
    def __init__(self, n):
        raise ValueError(n)
try:
    E(3)
except ValueError as e:
    print("VE", e)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(10000)
except RecursionError as e:
    print("RE", e)
d = Deep(50)
class Holder:
    K = A
    def make(self): return self.K(4)
print(Holder().make().v)
class N:
    def __new__(cls, *a):
        o = super().__new__(cls); o.tag = 'n'; return o
    def __init__(self, q): self.q = q
n = N(4); print(n.tag, n.q)
class L(list):
    def __init__(self, *a):
        super().__init__(a)
print(L(1, 2, 3))
class W:
    def __init__(self, a, b):
        pass
try:
    W(1)
except TypeError as e:
    print("TE", e)
try:
    W(1, 2, 3)
except TypeError as e:
    print("TE", e)
class S:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(S(5).a)
class Del:
    def __init__(self, x):
        self.x = x
    def __del__(self):
        print("del", self.x)
Del(1); x = Del(2); del x
print(sys.getrefcount(A(1)))
def rec(n):
    return rec(n + 1)
class Rec:
    def __init__(self): Rec()
try:
    Rec()
except RecursionError as e:
    print("RE2", e)
