# gilvm-nogil: --workers 2
"""Exception-heavy program: else/finally ordering, chaining, from None, uncaught traceback."""
import sys

trail = []


def step(tag, fail=None):
    trail.append(tag)
    if fail:
        raise fail


def tricky(n):
    try:
        step("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return "early"
    except ValueError as e:
        step("except")
        return f"handled {e}"
    else:
        step("else")
        if n == 3:
            raise KeyError("three")
        return "else-return"
    finally:
        step("finally")
        if n == 4:
            return "finally-wins"


for n in range(5):
    trail.clear()
    try:
        r = tricky(n)
    except KeyError as e:
        r = f"KeyError {e}"
    print(n, r, trail)


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class ConfigError(AppError):
    pass


def load(key, table):
    try:
        return table[key]
    except KeyError:
        raise ConfigError(f"missing {key}", code=2) from None


def load_chained(key, table):
    try:
        return int(table[key])
    except (KeyError, ValueError) as e:
        raise AppError("bad value") from e


def load_implicit(key, table):
    try:
        return table[key]
    except KeyError:
        raise AppError("implicit")


tbl = {"a": "x"}
for fn in (load, load_chained, load_implicit):
    try:
        fn("zz" if fn is not load_chained else "a", tbl)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.code, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


for v in gen_cleanup():
    print("got", v)
    break

try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print("outer caught", e, type(e.__traceback__).__name__)

e_ref = None
try:
    raise RuntimeError("kept")
except RuntimeError as e:
    e_ref = e
print(e_ref, "e" in dir())

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__))

try:
    raise
except RuntimeError as e:
    print("bare raise:", e)


def retry(times):
    def deco(fn):
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *a, **k)
                except OSError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco


@retry(3)
def flaky(attempt, ok_on):
    if attempt < ok_on:
        raise OSError(attempt, "transient")
    return attempt


print(flaky(2))
try:
    flaky(9)
except RuntimeError as e:
    print(e, "<-", e.__cause__, e.__cause__.errno, e.__cause__.strerror)

print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      KeyError("k").args, str(KeyError("k")), str(KeyError()), repr(ValueError()), str(OSError(2, "x")))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    with open("/nonexistent/file.txt") as fh:
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
sys.stdout.flush()


def level3(d):
    return d["missing"] + 1


def level2(d):
    try:
        return level3(d)
    except KeyError as e:
        raise LookupError("level2 failed") from e


def level1():
    return level2({})


level1()
