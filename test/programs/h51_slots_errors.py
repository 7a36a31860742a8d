# gilvm-nogil: --workers 2
# __slots__ errors: class creation and attribute access, with CPython 3.11's messages


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class P:
    __slots__ = ("x", "y")

    def method(self):
        return "m"


p = P()
attempt("read empty", lambda: p.x)
attempt("store unknown", lambda: setattr(p, "z", 1))
attempt("read unknown", lambda: p.z)
attempt("delete empty", lambda: delattr(p, "y"))
attempt("delete unknown", lambda: delattr(p, "z"))
attempt("store method name", lambda: setattr(p, "method", 1))
attempt("__dict__", lambda: p.__dict__)
attempt("set __dict__", lambda: setattr(p, "__dict__", {}))
attempt("vars", lambda: vars(p))
attempt("getattr default", lambda: print(getattr(p, "x", "dflt")))


def make(body, bases=()):
    return lambda: type("C", bases, body)


def class_statement_conflict():
    class C:
        __slots__ = ("a",)
        a = 1


def class_statement_mangled_conflict():
    class C:
        __slots__ = ("__a",)
        _C__a = 1


attempt("conflict", class_statement_conflict)
attempt("mangled conflict", class_statement_mangled_conflict)
attempt("not identifier", make({"__slots__": ("1a",)}))
attempt("not identifier 2", make({"__slots__": ("a-b",)}))
attempt("not a str", make({"__slots__": (1,)}))
attempt("not iterable", make({"__slots__": 3}))
attempt("duplicate", make({"__slots__": ("a", "a")}))
attempt("two __dict__", make({"__slots__": ("__dict__", "__dict__")}))


class WithDict:
    pass


class WithWeak:
    __slots__ = ("__weakref__",)


attempt("__dict__ again", make({"__slots__": ("__dict__",)}, (WithDict,)))
attempt("__weakref__ again", make({"__slots__": ("__weakref__",)}, (WithWeak,)))
attempt("int subclass", make({"__slots__": ("a",)}, (int,)))
attempt("tuple subclass", make({"__slots__": ("a",)}, (tuple,)))
attempt("int empty slots", make({"__slots__": ()}, (int,)))
attempt("tuple __weakref__", make({"__slots__": ("__weakref__",)}, (tuple,)))


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("b",)


class E1:
    __slots__ = ()


attempt("layout conflict", make({}, (S1, S2)))
attempt("empty slots mix", make({}, (S1, E1)))
attempt("same base twice", make({"__slots__": ("c",)}, (S1,)))

# an error in the middle of an attribute store leaves the other slots alone
s = S1()
s.a = "kept"
attempt("bad store", lambda: setattr(s, "b", 1))
print(s.a)
attempt("descriptor on wrong type", lambda: S1.a.__get__(S2()))
attempt("descriptor set on wrong type", lambda: S1.a.__set__(S2(), 1))
attempt("set arity", lambda: S1.a.__set__(s))
attempt("descriptor attrs read-only", lambda: setattr(S1.a, "__name__", "b"))
