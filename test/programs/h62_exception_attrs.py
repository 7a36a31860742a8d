# __suppress_context__ assigned by hand (the flag the traceback printer reads), ImportError.msg,
# open() without its file argument
import sys
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, e.__suppress_context__, e.__cause__ is not None, e.__context__ is not None)
def a():
    try:
        1 / 0
    except ZeroDivisionError:
        e = KeyError("k")
        e.__suppress_context__ = True
        raise e
def b():
    try:
        1 / 0
    except ZeroDivisionError as z:
        e = ValueError("v")
        e.__cause__ = None
        print("after cause=None", e.__suppress_context__)
        e.__cause__ = z
        print("after cause=z", e.__suppress_context__)
        raise e
show(a); show(b)
e = KeyError()
for v in (1, None, "x"):
    try:
        e.__suppress_context__ = v
    except TypeError as x:
        print("TypeError", x)
try:
    del e.__suppress_context__
except TypeError as x:
    print("TypeError", x)
try:
    import nosuchmod
except ImportError as e:
    print(repr(e.msg), e.name, e.path)
print(ImportError("a", "b").msg, ImportError().msg, ImportError("m", name="n").msg)
ie = ImportError("x"); ie.msg = "changed"; print(ie.msg, ie)
def c():
    try:
        raise ValueError("inner") from None
    except ValueError as e:
        e.__suppress_context__ = False
        raise
try:
    1/0
except ZeroDivisionError:
    try:
        c()
    except ValueError as e:
        print("suppress", e.__suppress_context__)
try:
    open()
except TypeError as e:
    print("TypeError", e)
try:
    1 / 0
except ZeroDivisionError:
    e = KeyError("final")
    e.__suppress_context__ = True
    raise e
