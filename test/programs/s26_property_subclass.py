# gilvm-nogil: --workers 2
# Subclasses of property: overridden __get__/__set__/__delete__ (with super() calls), a
# custom __init__, .setter/.getter copies of type(self), read-only and cached-style
# properties, and CPython 3.11's __doc__ rules for subclass instances.
class cached(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.fget(obj)
        obj.__dict__[self.fget.__name__] = v
        return v
class C:
    @cached
    def x(self):
        print("computing")
        return 42
c = C()
print(c.x, c.x)
print(isinstance(C.__dict__['x'], property))
class LoggedProp(property):
    def __set__(self, obj, value):
        print("set", value)
        super().__set__(obj, value)
class D:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v): self._v = v
    v = LoggedProp(_get, _set, doc="the v")
d = D()
d.v = 5
print(d.v, D.v.__doc__, type(D.v).__name__)
class LP(property): pass
class LQ(property):
    'doc of LQ'
p = LP(lambda s: 1, doc='the v'); q = LQ(lambda s: 1, doc='qq'); r = LP(lambda s: 1)
print(p.__dict__, p.__doc__, q.__dict__, q.__doc__, r.__doc__, LP.__doc__, type(p).__mro__)
def g(self):
    'getter doc'
print(LP(g).__doc__, LP(g).__dict__, LQ(g).__doc__, property(g).__doc__)
print(hasattr(p, '__dict__'), p.fget(0), p.getter(g).__doc__, type(p.getter(g)))

class cached_property(property):
    def __init__(self, func):
        super().__init__(func)
        self.attrname = func.__name__
        self.calls = 0
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        self.calls += 1
        return super().__get__(obj, cls) * 10
    def __set__(self, obj, value):
        print("refusing", self.attrname, value)
    def __delete__(self, obj):
        print("no delete", self.attrname)

class K:
    @cached_property
    def total(self):
        return 4
k = K()
print(k.total, k.total, K.total.calls, K.total.attrname, type(K.total).__name__)
k.total = 5
del k.total
print(k.__dict__, isinstance(K.__dict__['total'], property))

class Validated(property):
    def setter(self, fset):
        print("custom setter")
        return super().setter(fset)

class T:
    def __init__(self):
        self._t = 0
    @Validated
    def t(self):
        return self._t
    @t.setter
    def t(self, v):
        if v < 0:
            raise ValueError("negative")
        self._t = v
x = T()
x.t = 3
print(x.t, type(T.t).__name__)
try:
    x.t = -1
except ValueError as e:
    print("ValueError", e)
try:
    del x.t
except AttributeError as e:
    print("AttributeError", e)
class RO(property):
    pass
class U:
    v = RO(lambda self: 7)
u = U()
print(u.v)
try:
    u.v = 1
except AttributeError as e:
    print("AttributeError", e)
print(RO.__get__(U.v, u, U), U.v.__get__(None, U) is U.v)


class Deleting(property):
    def __delete__(self, obj):
        print("deleting through", type(self).__name__)
        super().__delete__(obj)


class W:
    def _g(self):
        return 1

    def _d(self):
        print("fdel ran")

    w = Deleting(_g, None, _d)


del W().w
print(hasattr(property, "__delete__"), property.__delete__)
try:
    del U().v
except AttributeError as e:
    print("AttributeError", e)
