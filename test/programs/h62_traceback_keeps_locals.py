# An exception's traceback keeps the locals of the frames it left alive until the exception
# is cleared, as CPython's frames do: a __del__ runs after the except block, not before it;
# tb_frame.f_locals shows them; a cycle through them is collected.
import gc
import sys


class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("deleted", self.name)


def f(x):
    local = R("local of f")
    raise ValueError("boom")


def g():
    holder = R("local of g")
    f(R("argument of f"))


try:
    g()
except ValueError as e:
    print("in except:", e)
    tb = e.__traceback__
    names = []
    tb = tb.tb_next  # (the module frame: f_locals is its globals in CPython)
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, sorted(k for k in tb.tb_frame.f_locals)))
        tb = tb.tb_next
    print(names)
    del tb
print("after except")

try:
    f(R("dropped at once"))
except ValueError:
    pass
print("after second")


def keeps_exception():
    err = ValueError("cycle")
    witness = R("in a cycle")
    raise err


saved = None
try:
    keeps_exception()
except ValueError as e:
    saved = e
print("saved:", saved)
saved = None
gc.collect()
print("after collect")


def caught_inside():
    obj = R("caught inside")
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"


print(caught_inside())


def reraise():
    obj = R("reraise local")
    try:
        f(R("inner"))
    except ValueError:
        print("re-raising")
        raise


try:
    reraise()
except ValueError:
    print("outer except")
print("done")
