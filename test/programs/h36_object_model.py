# gilvm-nogil: --workers 2
# __new__/__init__ interplay, singletons, conversions, dunder result checks
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class Registry:
    _instances = {}
    def __new__(cls, name):
        if name in cls._instances:
            return cls._instances[name]
        inst = super().__new__(cls)
        cls._instances[name] = inst
        inst.created = 0
        return inst
    def __init__(self, name):
        self.name = name
        self.created += 1

a, b, c = Registry("db"), Registry("db"), Registry("cache")
print(a is b, a is c, a.created, c.created, sorted(Registry._instances))

class BadSingleton:
    _inst = None
    def __new__(cls, *args, **kwargs):
        if cls._inst is None:
            cls._inst = super().__new__(cls, *args, **kwargs)
        return cls._inst
    def __init__(self, value=None):
        self.value = value
attempt("no args", lambda: BadSingleton().value)
BadSingleton._inst = None
attempt("with args", lambda: BadSingleton(5))

class NoInit:
    pass
attempt("no init args", lambda: NoInit(1, x=2))
attempt("object args", lambda: object(1))

class InitOnly:
    def __init__(self, v):
        self.v = v
attempt("init only", lambda: InitOnly(3).v)
attempt("object.__new__ extra", lambda: type(object.__new__(InitOnly)).__name__)

class Weird:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "other":
            return InitOnly("from Weird")
        return super().__new__(cls)
    def __init__(self, kind):
        print("  Weird.__init__", kind)
attempt("new -> int", lambda: Weird("int"))
attempt("new -> other", lambda: Weird("other").v)
attempt("new -> self", lambda: type(Weird("self")).__name__)

class InitReturns:
    def __init__(self):
        return "oops"
attempt("init returns", InitReturns)

# conversion dunders and their result checks
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
    def __round__(self, nd=None):
        return Meters(round(self.v, nd))
    def __abs__(self):
        return Meters(abs(self.v))
    def __neg__(self):
        return Meters(-self.v)
    def __repr__(self):
        return f"{self.v}m"
m = Meters(-3.75)
print(int(m), float(m), bool(m), round(m), round(m, 1), abs(m), -m, bool(Meters(0)))
print("abcdefgh"[Meters(2):Meters(5)], [0, 1, 2, 3][Meters(-1)], hex(Meters(255)), range(10)[Meters(3)])

class BadFloat:
    def __float__(self):
        return 1
class BadInt:
    def __int__(self):
        return "1"
class BadIndex:
    def __index__(self):
        return 1.0
class BadRepr:
    def __repr__(self):
        return 7
class BadStr:
    def __str__(self):
        return None
class BadHash:
    def __hash__(self):
        return 1.5
class BadLen:
    def __len__(self):
        return "3"
for label, fn in [("float", lambda: float(BadFloat())), ("int", lambda: int(BadInt())),
                  ("index", lambda: [1][BadIndex()]), ("repr", lambda: repr(BadRepr())),
                  ("str", lambda: str(BadStr())), ("print", lambda: print(BadStr())),
                  ("hash", lambda: hash(BadHash())), ("len", lambda: len(BadLen())),
                  ("set", lambda: {BadHash()}), ("fstring", lambda: f"{BadRepr()!r}"),
                  ("bin", lambda: bin(BadIndex())), ("range", lambda: range(BadIndex()))]:
    attempt(label, fn)

# unpacking from user iterables
class Triple:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
x, y, z = Triple(1, 2, 3)
first, *rest = Triple("a", "b", "c", "d")
*init, last = Triple(9)
print(x, y, z, first, rest, init, last)
def unpack(n):
    p, q = Triple(*range(n))
    return p, q
for n in (1, 2, 3):
    attempt(f"unpack {n}", lambda: unpack(n))
def star_short():
    a, b, *c, d = Triple(1, 2)
attempt("star short", star_short)
attempt("unpack None", lambda: [(p, q) for p, q in [None]])
attempt("unpack int", lambda: dict([(1, 2), 3]))
