# gilvm-nogil:
# A class namespace's __qualname__ (type(name, bases, ns) or the class body) must be a str:
# CPython's TypeError; gilvm made a class with an empty qualname
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: type("X", (), {"__qualname__": 5}))
t(lambda: type("X", (), {"__qualname__": None}))
t(lambda: type("X", (), {"__qualname__": "A.B"}).__qualname__)
class S(str): pass
t(lambda: type("X", (), {"__qualname__": S("Q")}).__qualname__)
def mk():
    class C:
        __qualname__ = 3
t(mk)
def mk2():
    class C:
        __qualname__ = "Custom.Name"
    return C
t(lambda: (mk2().__qualname__, repr(mk2())))
