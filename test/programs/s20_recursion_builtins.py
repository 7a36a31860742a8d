# Where a runaway recursion stops, and with which message, when its deepest frame calls a
# built-in: CPython 3.11 counts a recursion level on entering a METH_O / METH_NOARGS /
# METH_VARARGS built-in (" while calling a Python object"; print() two: its file.write),
# not on a METH_FASTCALL one nor on len(), isinstance(), list.append(), so the error comes
# at the built-in or at the next Python call.
import sys

reached = 0


def run(name, fn):
    global reached
    reached = 0
    try:
        fn(0)
    except RecursionError as e:
        print(f"{name:>10}: {e} (depth {reached})")


def with_print(n):
    global reached
    reached = n
    print(end="")
    with_print(n + 1)


def with_abs(n):
    global reached
    reached = n
    abs(n)
    with_abs(n + 1)


def with_len(n):
    global reached
    reached = n
    len("x")
    with_len(n + 1)


def with_divmod(n):
    global reached
    reached = n
    divmod(n, 3)
    with_divmod(n + 1)


def with_upper(n):
    global reached
    reached = n
    "x".upper()
    with_upper(n + 1)


def with_get(n, d={}):
    global reached
    reached = n
    d.get(n)
    with_get(n + 1)


def with_append(n, out=[]):
    global reached
    reached = n
    out.append(n)
    out.pop()
    with_append(n + 1)


def with_bound_append(n, out=[]):
    global reached
    reached = n
    add = out.append
    add(n)
    out.clear()
    with_bound_append(n + 1)


def with_items(n):
    global reached
    reached = n
    {}.items()
    with_items(n + 1)


def with_str(n):
    global reached
    reached = n
    str(n)
    with_str(n + 1)


def with_join(n):
    global reached
    reached = n
    "-".join(["a"])
    with_join(n + 1)


def with_isinstance(n):
    global reached
    reached = n
    isinstance(n, int)
    with_isinstance(n + 1)


def plain(n):
    global reached
    reached = n
    plain(n + 1)


for name, fn in [("print", with_print), ("abs", with_abs), ("len", with_len), ("divmod", with_divmod),
                 ("upper", with_upper), ("get", with_get), ("append", with_append),
                 ("bound", with_bound_append), ("items", with_items), ("str", with_str),
                 ("join", with_join), ("isinstance", with_isinstance), ("plain", plain)]:
    run(name, fn)
sys.setrecursionlimit(120)
run("print 120", with_print)
run("abs 120", with_abs)
run("plain 120", plain)


def countdown(n):
    print(n, end=" ")
    countdown(n - 1)


countdown(10)
