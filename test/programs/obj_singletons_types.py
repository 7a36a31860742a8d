# None, Ellipsis, NotImplemented, bool as int, type and object, type() with
# three arguments absent (not tier 1), type identity checks.
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None))
print(..., Ellipsis, type(...).__name__, ... is Ellipsis)
print(NotImplemented, type(NotImplemented).__name__)
print(True + True, True * 10, True / 2, False - 1, True & False, True | False, True ^ True)
print(type(True + True).__name__, type(True & True).__name__, ~True, -True, int(True))
print(isinstance(True, int), bool.__mro__[1].__name__, True == 1, True is True)
print(bool(), bool(2), bool("False"), bool([]), bool(()), bool(0.0), bool(-0.0))
print(str(True), repr(False), f"{True}", True.__class__.__name__)
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()))
print(type(frozenset()), type(range(1)), type(None), type(print), type(type))
print(type(int) is type, type(object) is type, isinstance(type, object), isinstance(object, type))
print(object.__name__, type.__name__, int.__name__, object().__class__.__name__)
o1, o2 = object(), object()
print(o1 == o2, o1 != o2, o1 == o1, isinstance(o1, object), hash(o1) == hash(o1))
try:
    o1.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)


def f():
    pass


class C:
    def m(self):
        pass


print(type(f).__name__, type(C().m).__name__, type(C).__name__, type(len).__name__)
print(type(x for x in []).__name__, type(zip()).__name__, type(map(abs, [])).__name__,
      type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(slice(1)).__name__)
print(int("5") == 5, type(5)(7), type("")(), type([])("ab"), type(3.0)("2"))
print(NotImplemented.__class__.__name__, None.__class__.__name__, (...).__class__.__name__)
print(int.__qualname__, str.__module__ if False else "builtins", C.__module__, f.__module__)
print([t.__name__ for t in (int, float, str, list, tuple, dict, set, frozenset, bool, range, slice, type, object)])
print(issubclass(bool, (int, str)), issubclass(int, object), issubclass(type, object), issubclass(object, type))
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (float, (str, int))), isinstance(None, type(None)), isinstance(int, type))
