# gilvm-nogil:
# a super object's own attributes: __class__ skips the MRO (it is super itself),
# __thisclass__ / __self__ / __self_class__ come after the MRO search, as CPython's
# super_getattro does; an attribute no class after __thisclass__ defines still fails
class A:
    def who(self): return "A.who"
class F(A):
    def m(self):
        s = super()
        print(s.__class__, s.__class__ is super, type(s) is super)
        print(s.__thisclass__, s.__self__ is self, s.__self_class__)
        print(s.who())
        try:
            s.nope
        except AttributeError as e:
            print(e)
    @classmethod
    def cm(cls):
        s = super()
        print(s.__thisclass__, s.__self__, s.__self_class__)
class G(F):
    pass
F().m()
G().m()
G.cm()
s = super(F, G())
print(s.__thisclass__, type(s.__self__).__name__, s.__self_class__)
print(super(A, G).__self__, super(A, G).__self_class__)
class WithSelf(A):
    __self__ = "class attr wins"
class Sub(WithSelf):
    def m(self): return super().__self__
print(Sub().m())
