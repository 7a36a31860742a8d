# __getattr__ (fallback only), __setattr__ and __delattr__ interception,
# getattr/setattr/delattr/hasattr builtins, object.__setattr__ from inside.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        fields = self.__dict__["_fields"]
        if name in fields:
            return fields[name]
        raise AttributeError(f"Record has no field {name!r}")

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        del self._fields[name]


r = Record(a=1, b=2)
print(r.a, r.b, r._fields)
r.c = 3
r.a = 10
print(r.a, r.c, r.log)
del r.b
print(hasattr(r, "b"), getattr(r, "b", "default"), r.log)
try:
    r.zzz
except AttributeError as e:
    print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print(f"forwarding {name}")
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))


class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: object is frozen")


fz = Frozen(5)
print(fz.x)
try:
    fz.x = 6
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(fz, "y", 1)
except AttributeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


obj = Plain()
setattr(obj, "dynamic", 99)
setattr(obj, "with space", "odd names work")
print(getattr(obj, "dynamic"), getattr(obj, "with space"), sorted(vars(obj)))
delattr(obj, "dynamic")
print(hasattr(obj, "dynamic"))
try:
    delattr(obj, "dynamic")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(obj, "nothing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(obj, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"))
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "str".missing_method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Defaults:
    color = "red"

    def __getattr__(self, name):
        return f"<default {name}>"


d = Defaults()
print(d.color, d.size, d.__class__.__name__)
