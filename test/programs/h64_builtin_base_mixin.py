class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__}>"
    def __len__(self):
        return 99
    def __init__(self, *a):
        print("mixin init")
    def extra(self):
        return "extra"
class Stack(list, ReprMixin):
    pass
s = Stack([1, 2])
print(repr(s), len(s), s.extra(), str(s))
class D(dict, ReprMixin):
    pass
d = D(a=1)
print(repr(d), len(d), d.extra())
class S(ReprMixin, list):
    pass
print(repr(S([3])), len(S([3])))
class T(tuple, ReprMixin):
    pass
print(repr(T((1,))), T((1,)).extra())
class E(ValueError, ReprMixin):
    pass
print(repr(E("x")))
print(Stack.__len__)
class Counted(dict, ReprMixin):
    def __missing__(self, key):
        return 0
c = Counted()
print(c['x'], c.extra(), len(c), repr(c))
class Named(str, ReprMixin):
    pass
n = Named("abc")
print(n, repr(n), len(n), n.upper(), n.extra())
