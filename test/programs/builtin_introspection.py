# Introspection builtins: type, isinstance, issubclass, callable, getattr/setattr/
# hasattr/delattr, dir, vars, globals, locals, id (compared, never printed), hash.
class Base:
    kind = "base"


class Child(Base):
    def __init__(self):
        self.name = "child"

    def method(self):
        return 1


c = Child()
print(type(c).__name__, type(c) is Child, isinstance(c, Base), isinstance(c, (int, Base)))
print(issubclass(Child, Base), issubclass(Child, (str, int)), issubclass(Base, Base))
print(callable(c.method), callable(Child), callable(c), callable(None))
attrs = [a for a in dir(c) if not a.startswith("__")]
print(attrs)
print("method" in dir(Child), "name" in dir(Child), "__init__" in dir(c))
print(sorted(a for a in dir([]) if not a.startswith("_")))
print(vars(c), "method" in vars(Child), type(vars(Child)).__name__ != "dict" or True)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
g = globals()
print(g["__name__"], "Child" in g, type(g).__name__, g is globals())
new_global_value = 1
globals()["created_via_globals"] = 99
print(created_via_globals)


def local_view(a, b=2):
    total = a + b
    return sorted(locals().items())


print(local_view(1))
print(locals() is globals())
x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(y), id(x) == id(z), id(x) != id(z), type(id(x)).__name__)
print(id(None) == id(None), id(c) == id(c), x is y)
k1, k2 = "key", "".join(["k", "e", "y"])
print(hash(k1) == hash(k2), k1 == k2, hash((1, "a")) == hash((1, "a")))
objs = [object() for _ in range(3)]
print(len({id(o) for o in objs}), len(set(objs)))
print(getattr(c, "name"), getattr(c, "kind"), getattr(c, "missing", None))
setattr(c, "name", "renamed")
print(c.name, hasattr(c, "name"), hasattr(c, "nope"))
delattr(c, "name")
print(hasattr(c, "name"), vars(c))
print(type(dir()).__name__, "__name__" in dir(), __name__)
print(dir(Base) == sorted(dir(Base)), "kind" in dir(Base))


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha"]


print(dir(WithDir()))
print(isinstance([], list), isinstance([], (tuple, dict)), isinstance("s", str), type("s") == str)
print(type(type(c)).__name__, type(Child.method).__name__, type(c.method).__name__)
