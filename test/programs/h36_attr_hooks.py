# gilvm-nogil: --workers 2
# __getattr__ / __getattribute__ / __setattr__ / __delattr__ interplay
class Record:
    """Attribute-style access over a dict, with change logging."""
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # only called when normal lookup fails
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._log.append(("set", name, value))
        self._fields[name] = value

    def __delattr__(self, name):
        if name not in self._fields:
            raise AttributeError(name)
        self._log.append(("del", name))
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"Record({inner})"

r = Record(name="ann", age=3)
print(r.name, r.age, r)
r.age = 4
r.city = "Oslo"
del r.name
print(r, r._log)
print(dir(r), hasattr(r, "name"), getattr(r, "name", "?"))
for action in ("r.name", "setattr(r, '_x', 1)", "delattr(r, 'zzz')"):
    try:
        eval(action)
    except AttributeError as e:
        print("AttributeError:", e)

class Counting:
    def __init__(self):
        self.hits = {}
        self.value = 10

    def __getattribute__(self, name):
        if name not in ("hits", "__dict__", "__class__"):
            hits = object.__getattribute__(self, "hits")
            hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"

    def method(self):
        return self.value * 2

c = Counting()
print(c.value, c.method(), c.nothing, c.value)
print(sorted(c.hits.items()))
print(getattr(c, "other"), hasattr(c, "anything"))

class Frozen:
    __frozen = False
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.__frozen = True
    def __setattr__(self, key, value):
        if self.__frozen:
            raise TypeError(f"{type(self).__name__} is frozen; cannot set {key}")
        super().__setattr__(key, value)
    def __delattr__(self, key):
        raise TypeError("no deleting")

f = Frozen(1, 2)
print(f.a, f.b, sorted(vars(f)))
for stmt in ("f.a = 5", "del f.b"):
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)

# __getattr__ is not consulted for dunder lookups by operators
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.__len__())
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p[0]
except TypeError as e:
    print("TypeError:", e)

# __getattr__ raising something other than AttributeError propagates through hasattr
class Strict:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Strict(), "x")
except KeyError as e:
    print("KeyError:", e)
print(getattr(Strict(), "__class__").__name__)

# AttributeError inside a property falls back to __getattr__
class Tricky:
    @property
    def broken(self):
        return self.nonexistent_attr
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Tricky().broken)

# object.__setattr__ on a builtin instance
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append = 3
except AttributeError as e:
    print("AttributeError:", e)
