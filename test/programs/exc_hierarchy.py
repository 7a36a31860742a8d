# The built-in exception hierarchy, catching by base class, custom hierarchies
# with __str__, exception args/str/repr, and exceptions as ordinary objects.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
         (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
         (StopIteration, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException),
         (SystemExit, BaseException), (AssertionError, Exception), (TypeError, Exception),
         (ValueError, Exception), (AttributeError, Exception), (Exception, BaseException),
         (UnicodeError, ValueError), (IndentationError, SyntaxError), (TabError, IndentationError)]
for sub, base in pairs:
    print(f"{sub.__name__:20} -> {base.__name__:15} {issubclass(sub, base)}")
print(issubclass(GeneratorExit, Exception), issubclass(KeyError, IndexError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in TabError.__mro__])


class AppError(Exception):
    """Base for this application's errors."""


class NotFound(AppError):
    def __init__(self, what, where):
        super().__init__(what, where)
        self.what = what
        self.where = where

    def __str__(self):
        return f"{self.what} not found in {self.where}"


class Forbidden(AppError):
    pass


for exc in (NotFound("page", "/docs"), Forbidden("admin only"), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, "| args:", e.args, "| repr:", repr(e))
    except AppError as e:
        print(type(e).__name__ + ":", repr(str(e)), e.args)
errors = [ValueError("v"), KeyError("k"), TypeError("t", 1), Exception()]
print([type(e).__name__ for e in errors], [str(e) for e in errors], [repr(e) for e in errors])
print(KeyError("quoted"), str(KeyError("a", "b")), IndexError(3), repr(StopIteration(5)), StopIteration(5).value)
e = ValueError("mutable args")
e.args = ("changed",)
print(e, e.args)
e.note = "custom attribute"
print(e.note, isinstance(e, Exception), isinstance(e, BaseException))
print(repr(SystemExit(2)), SystemExit(2).code, repr(KeyboardInterrupt()), repr(RecursionError("deep")))
print(str(NameError("name 'x' is not defined")), repr(NotImplementedError("later")))
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught NotImplementedError as RuntimeError:", type(e).__name__, repr(e))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)


def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup problem ({type(e).__name__})"
    except ArithmeticError:
        return "math problem"
    except Exception as e:
        return f"other: {type(e).__name__}"


print([classify(x) for x in (KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError())])
print(Exception("a", 1).args, BaseException().args, ValueError(None).args, str(ValueError(None)))
