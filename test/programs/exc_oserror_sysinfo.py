# OSError fields and str, sys.exc_info, closure cells, __import__
import sys

e = OSError(2, "No such file")
print(str(e), e.args, e.errno, e.strerror, e.filename)
e2 = FileNotFoundError(2, "No such file or directory", "x.txt")
print(str(e2), e2.errno, e2.strerror, e2.filename, e2.args)
print(str(OSError("plain")), OSError("plain").errno, repr(OSError("plain")))
try:
    raise FileNotFoundError(2, "No such file or directory", "data.csv")
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex)
try:
    raise PermissionError(13, "Permission denied")
except OSError as ex:
    print(ex, isinstance(ex, PermissionError))
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exc_info()[1] is v)


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


inc = counter()
inc()
print(inc.__closure__[0].cell_contents, inc(), inc.__closure__[0].cell_contents)
m = __import__("math")
print(m.sqrt(16), __import__("sys") is sys)
try:
    __import__("no_such_module_here")
except ImportError as ex:
    print(type(ex).__name__, ex)
