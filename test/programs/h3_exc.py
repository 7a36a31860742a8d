# gilvm-nogil: --workers 2
# exceptions (test_exceptions): args/str/repr of built-in exceptions, KeyError str, chaining (__cause__/__context__/__suppress_context__), finally/return interplay, re-raise, custom exceptions, except ordering, exception variable deletion.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for e in [Exception(), Exception("a"), Exception("a", 2), ValueError(1), KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(), OSError(2, "No such"), StopIteration(5), SystemExit(3), UnicodeError("u"), AttributeError("x"), NameError("n"), Exception(None), BaseException([1])]:
    print(type(e).__name__, repr(e), str(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    raise ValueError("bad") from KeyError("root")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("none") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
def fin2():
    try:
        return "try"
    finally:
        return "finally"
def fin3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
def fin4():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"
print(fin(), fin2(), fin3(), fin4())
def reraise():
    try:
        raise TypeError("orig")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
t(reraise)
def bare_outside():
    raise
t(bare_outside)
def varcleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
t(varcleared)
class MyErr(Exception):
    def __init__(self, code, msg="m"):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "MyErr[%s]" % self.code
class Sub(MyErr):
    pass
try:
    raise Sub(7)
except MyErr as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, isinstance(e, Exception))
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit()), str(NoInit("x")))
t(lambda: (_ for _ in ()).throw(ValueError("thrown")))
t(lambda: exec("raise 5"))
def raise_class():
    raise ValueError
t(raise_class)
def raise_inst_cls():
    raise KeyError("a")("b")
t(raise_inst_cls)
def bad_from():
    raise ValueError("x") from 5
t(bad_from)
try:
    raise ExceptionGroup if False else OSError(13, "Permission denied", "f.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
t(lambda: FileNotFoundError(2, "x").errno); t(lambda: type(OSError(2, "x")).__name__); t(lambda: OSError("just msg").errno)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), IOError is OSError, EnvironmentError is OSError)
print(ArithmeticError.__mro__, NotImplementedError.__bases__, RecursionError.__bases__, ModuleNotFoundError.__bases__, UnicodeDecodeError.__bases__)
def order():
    try:
        int("x")
    except (TypeError, ValueError) as e:
        return "tuple caught " + type(e).__name__
print(order())
def exc_in_except():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
try:
    exc_in_except()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def not_exc():
    try:
        raise ValueError
    except 5:
        pass
t(not_exc)
e = ValueError("v"); e.args = ("new", 1); print(e, e.args); e.extra = 1; print(e.extra)
e2 = Exception("with note"); e2.add_note("note 1"); print(e2.__notes__)
t(lambda: e2.add_note(5)); t(lambda: ValueError.__name__); t(lambda: ValueError("x").with_traceback(None))
import sys
try:
    raise KeyError("in")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen_exc(); next(g); g.close(); print("closed")
t(lambda: StopIteration().value); t(lambda: StopIteration(1, 2).value); t(lambda: SystemExit().code); t(lambda: SystemExit(1, 2).code); t(lambda: KeyError("x").__str__()); t(lambda: str(KeyError("")))
t(lambda: b"\xff".decode()); t(lambda: "é".encode("ascii")); t(lambda: b"abc\xc3".decode("utf-8"))
