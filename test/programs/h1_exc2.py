try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        1 / 0
    except "notaclass":
        pass
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    raise NotExc
except TypeError as e:
    print(e)
e = ValueError(1, 2)
e.args = ("changed",)
print(e, e.args)
try:
    raise ValueError("tb")
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)
def lvl2(): raise KeyError("deep")
def lvl1(): lvl2()
try:
    lvl1()
except KeyError as err:
    t = err.__traceback__
    lines = []
    while t:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines)
def reraiser():
    try:
        raise IndexError("orig")
    except IndexError:
        try:
            raise
        finally:
            print("finally during reraise")
try:
    reraiser()
except IndexError as e:
    print("reraised", e)
def nested_handlers():
    try:
        try:
            raise ValueError("a")
        except ValueError as e1:
            try:
                raise TypeError("b")
            except TypeError as e2:
                print("inner ctx", repr(e2.__context__))
            print("still", repr(e1))
            raise
    except ValueError as e:
        print("outer got", e, e.__context__)
nested_handlers()
import sys
def exc_info_in_handler():
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
        try:
            raise KeyError("k")
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
exc_info_in_handler()
class CustomInit(Exception):
    def __init__(self, code):
        self.code = code
ci = CustomInit(5)
print(repr(ci), str(ci), ci.args, ci.code)
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
for exc_type in [ValueError, KeyError, IndexError, ZeroDivisionError, AttributeError, NameError, TypeError, StopIteration, RuntimeError, NotImplementedError, RecursionError, OverflowError, AssertionError, UnboundLocalError, FileNotFoundError, PermissionError, TimeoutError, KeyboardInterrupt, SystemExit, GeneratorExit, Exception, BaseException, ArithmeticError, LookupError, OSError, EOFError, ImportError, ModuleNotFoundError, UnicodeDecodeError if False else ValueError]:
    print(exc_type.__name__, exc_type.__base__.__name__, issubclass(exc_type, Exception))
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
def finally_return_overrides():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(finally_return_overrides())
def break_in_finally():
    while True:
        try:
            raise ValueError("lost")
        finally:
            break
    return "exception discarded"
print(break_in_finally())
try:
    int("x")
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e.args)
try:
    x = undefined_var_name
except NameError as e:
    print(e.args, getattr(e, "name", "?"))
try:
    "".missing_attr
except AttributeError as e:
    print(e.args, getattr(e, "name", "?"), repr(getattr(e, "obj", "?")))
