# gilvm-nogil:
# type_new stores a plain-function __new__ as a staticmethod and a plain-function
# __class_getitem__ (like __init_subclass__) as a classmethod in the class __dict__
class A:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
    def __init_subclass__(cls, **kw):
        cls.seen = kw
class B(A, tag=1):
    def __new__(cls, *args):
        return super().__new__(cls, 'B', *args)
class C(A):
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)
    @classmethod
    def __class_getitem__(cls, item):
        return 'explicit'
for name in ['__new__', '__class_getitem__', '__init_subclass__']:
    print(name, type(A.__dict__[name]).__name__, name in B.__dict__ and type(B.__dict__[name]).__name__)
print(type(C.__dict__['__new__']).__name__, type(C.__dict__['__new__'].__func__).__name__, type(C.__dict__['__class_getitem__']).__name__)
print(A(1, 2).args, B(3).args, B.seen, type(C()).__name__, A[int], B['x'], C[0])
print(type(A.__new__).__name__, A.__new__ is A.__dict__['__new__'].__func__, A.__new__(B).__class__.__name__)
print(A.__dict__['__new__'].__func__.__qualname__, A.__class_getitem__.__self__ is A)
D = type('D', (), {'__new__': lambda cls, x: (cls.__name__, x), '__class_getitem__': lambda cls, k: k * 2})
print(type(D.__dict__['__new__']).__name__, type(D.__dict__['__class_getitem__']).__name__, D(5), D[4])
def late_new(cls, v):
    inst = object.__new__(cls)
    inst.v = v
    return inst
class E:
    pass
E.__new__ = late_new
print(type(E.__dict__['__new__']).__name__, E(7).v)
class F:
    __new__ = 5
try:
    F()
except TypeError as e:
    print(type(e).__name__, e)
