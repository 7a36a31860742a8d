class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg, code)
        self.code = code
class NotFound(AppError): pass
class Weird(Exception):
    def __str__(self): return "weird!"

def risky(n):
    try:
        if n == 0: raise NotFound("missing", 404)
        if n == 1: return 1 / 0
        if n == 2: raise Weird()
        if n == 3: [][5]
        if n == 4: {}["k"]
        if n == 5: int("x1")
        return "ok"
    finally:
        print("finally", n)

for i in range(7):
    try:
        print(risky(i))
    except AppError as e:
        print("app", e, e.args, e.code, repr(e), type(e).__mro__[1].__name__)
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, str(e), repr(e))
    else:
        print("else")

try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("c")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try: raise KeyError(1)
    except KeyError: raise ValueError(2) from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

def order():
    for i in range(3):
        try:
            try:
                if i == 1: continue
                if i == 2: break
                print("body", i)
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return "done"
print(order())
def ret_in_finally():
    try:
        return 1
    finally:
        print("cleanup")
print(ret_in_finally())
def override():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(override())

print(repr(Exception()), repr(Exception(1, "two")), str(Exception(1, "two")), str(Exception("x")), str(KeyError("k")), repr(KeyError("k")))
print(str(ValueError()), repr(ValueError("a'b")), BaseException.__subclasses__ is not None)
e = ValueError("v")
print(e.args, e.with_traceback(None) is e, isinstance(e, Exception), issubclass(KeyError, LookupError), KeyError.__mro__)
try:
    raise TypeError
except TypeError as e:
    print("bare class raise", repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
try:
    assert 1 == 2, f"mismatch {1} != {2}"
except AssertionError as e:
    print("assert", e, e.args)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
x = 1
try:
    del x
    print(x)
except NameError as e:
    print(e)
def uses_before():
    print(y)
    y = 2
try:
    uses_before()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e, e.name if hasattr(e, 'name') else '')
with_exc = None
try:
    try:
        1/0
    except ZeroDivisionError as e:
        with_exc = e
    print(with_exc)
    e
except NameError as err:
    print("e deleted:", err)
class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as a, CM("b", True) as b:
    print("inside", a.name, b.name)
    raise RuntimeError("boom")
print("after with")
try:
    with CM("c"):
        raise RuntimeError("propagate")
except RuntimeError as e:
    print("caught", e)
import sys
try:
    raise IndexError("abc")
except:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
def gen_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
g = gen_exc()
print(next(g))
g.close()
class Ctx(Exception):
    pass
def chain():
    try:
        raise Ctx("first")
    except Ctx:
        raise AppError("second", 7)
chain()
