# gilvm-nogil: --workers 2
# Class attribute stores and the lookup caches: plain values replaced in place (a class
# counter), descriptors and functions stored over plain values and back, subclass lookups.
class A:
    x = 1
    def m(self): return "A.m"
class B(A):
    pass
b = B()
print(b.x, B.x)
A.x = 2
print(b.x, B.x)
A.x = "s"
print(b.x, B.x)
class D:
    def __get__(self, o, t): return "desc"
A.x = D()
print(b.x, B.x)
A.x = 5
print(b.x, B.x)
B.x = 7
print(b.x, A.x)
del B.x
print(b.x)
def f(self): return "f"
A.m = f
print(b.m())
A.m = 3
try: b.m()
except TypeError as e: print(e)
A.m = lambda self: "lam"
print(b.m())
class C:
    n = 0
    def __init__(self): C.n += 1
for i in range(5): C()
print(C.n, C().n)
class P:
    v = 1
    @property
    def p(self): return self.v
o = P()
print(o.p); P.v = 10; print(o.p)
P.p = 4
print(o.p)
