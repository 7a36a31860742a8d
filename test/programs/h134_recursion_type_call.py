# gilvm-nogil:
# CPython 3.11 charges a level of recursion for calling a class without a vectorcall
# (_PyObject_MakeTpCall: user classes, exception classes, int, object...), held while its
# __new__/__init__ run; float/list/dict/tuple/set/range... and warm str(x)/type(x) charge
# none, range() charges " in comparison". Where a runaway recursion's deepest frames fail.
import sys


class Plain:
    pass


class WithNew:
    def __new__(cls):
        return object.__new__(cls)


class MyErr(Exception):
    def __init__(self, m):
        super().__init__(m)


class Sub(list):
    pass


def deepest(n, make):
    try:
        return deepest(n + 1, make)
    except RecursionError:
        make()
        return n


sys.setrecursionlimit(150)
cases = [("Plain", Plain), ("WithNew", WithNew), ("MyErr", lambda: MyErr("m")), ("ValueError", ValueError),
         ("ValueError('x')", lambda: ValueError("x")), ("object", object), ("int", int), ("int('5')", lambda: int("5")),
         ("float", float), ("list", list), ("dict", dict), ("tuple", tuple), ("set", set), ("frozenset", frozenset),
         ("bool", bool), ("Sub", Sub), ("slice", lambda: slice(1)), ("zip", zip), ("property", property),
         ("range(3)", lambda: range(3)), ("type(3)", lambda: type(3)), ("KeyError", KeyError)]
for name, make in cases:
    try:
        print(f"{name:>16}: {deepest(0, make)}")
    except RecursionError as e:
        print(f"{name:>16}: {e}")


def convert(n):
    # each level turns the RecursionError below it into a ValueError
    try:
        return convert(n + 1)
    except RecursionError:
        raise ValueError(f"too deep at {n}")


try:
    convert(0)
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__context__).__name__, e.__context__)


def walk(n):
    for i in range(1):
        walk(n + 1)


try:
    walk(0)
except RecursionError as e:
    print("walk:", e)


def stringify(n):
    str(n)
    stringify(n + 1)


try:
    stringify(0)
except RecursionError as e:
    print("stringify:", e)
sys.setrecursionlimit(1000)
convert(0)
