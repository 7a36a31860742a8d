# copy of bound methods (getattr / a method over a deep copy of __self__), of exceptions
# (their args and __dict__), of weak references and object(); method(function, instance).
import copy, weakref
class A:
    def __init__(self): self.v = [1]
    def m(self): return self.v
a = A()
a.cb = a.m
b = copy.deepcopy(a)
print(b.cb(), b.cb.__self__ is b, b.v is not a.v)
m2 = copy.copy(a.m)
print(m2 == a.m, m2 is a.m, m2.__self__ is a)
m3 = copy.deepcopy(a.m)
print(m3.__self__ is a, m3())
e = ValueError('y', 2)
e.note = 'n'
c = copy.copy(e)
print(repr(c), c.note, c is e)
d = copy.deepcopy(e)
print(repr(d), d.note)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'err {code}')
        self.code = code
try:
    me = copy.copy(MyErr(5))
    print(repr(me), me.code)
except Exception as ex:
    print(type(ex).__name__, ex)
r = weakref.ref(a)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
o = object()
o2 = copy.deepcopy(o)
print(type(o2), o2 is o)
print(type(copy.copy(o)), copy.copy(o) is o)
print(copy.deepcopy([a.m, a.m])[0].__self__ is not a)
k = KeyError('k')
print(repr(copy.deepcopy(k)))
class E2(Exception): pass
x = E2()
print(repr(copy.copy(x)))
e = RuntimeError('self')
e.me = e
f = copy.deepcopy(e)
print(f.me is f, f is not e)

try:
    type(a.m)(1, a)
except TypeError as ex: print(ex)
try:
    type(a.m)(A.m, None)
except TypeError as ex: print(ex)
try:
    type(a.m)(A.m)
except TypeError as ex: print(ex)
try:
    type(a.m)(A.m, a, x=1)
except TypeError as ex: print(ex)
bm = type(a.m)(len, 'abc')
print(bm())
class C2:
    pass
c2 = C2()
c2.hello = type(a.m)(lambda self, n: n * 2, c2)
print(c2.hello(21))
