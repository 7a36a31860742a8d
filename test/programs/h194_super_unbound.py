# super(T): an unbound super object, bound by its __get__ (also as a class attribute:
# the old "autosuper" idiom), its repr, attributes and argument errors.
# gilvm-nogil:
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self): return 'B.f+' + self.__sup.f()
B._B__sup = super(B)
b = B()
print(b.f())
s = super(B)
print(repr(s))
print(s.__thisclass__, s.__self__, s.__self_class__)
try:
    print(s.f)
except AttributeError as e:
    print('AE', e)
bs = s.__get__(b)
print(repr(bs), bs.f())
print(super(B).__get__(b, B).f())
print(super(B, B).c())
print(super(B).__get__(None, B) is not None)
try:
    super(1)
except TypeError as e:
    print(e)
try:
    super(B, b, 3)
except TypeError as e:
    print(e)
try:
    super(B).__get__()
except TypeError as e:
    print(e)
class C(B):
    pass
print(super(C).__get__(C()).f())
