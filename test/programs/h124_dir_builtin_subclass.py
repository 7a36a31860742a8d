# gilvm-nogil:
# dir() of subclasses of built-ins lists the __dict__ / __weakref__ descriptors CPython's
# type_new puts in the class dict (a list/dict/str subclass gets both, int/tuple only
# __dict__, an exception subclass only __weakref__), as vars(C) shows them
class L(list): pass
class D(dict):
    def extra(self): pass
class Ls(list):
    __slots__ = ()
class I(int): pass
class T(tuple): pass
class St(str): pass
class E(Exception): pass
class E2(E): pass
class A: pass
class S(A):
    __slots__ = ('x',)
class S2:
    __slots__ = ('x', '__dict__')
print(sorted(set(dir(L)) - set(dir(list))))
print(sorted(set(dir(D)) - set(dir(dict))))
for c in [L, Ls, I, T, St, E, E2, A, S, S2]:
    print(c.__name__, [n for n in dir(c) if n in ('__dict__', '__weakref__', '__doc__', '__module__', '__slots__', 'x')])
print(dir(L()))
print(dir(E("x")))
