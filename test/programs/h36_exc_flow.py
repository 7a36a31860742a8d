# gilvm-nogil: --workers 2
# exception flow: finally with return/break/continue, contexts, custom hierarchies
class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class ConfigError(AppError):
    code = 2

class NetError(AppError):
    code = 3
    def __repr__(self):
        return f"NetError<{self.args[0]}>"

errs = [AppError("generic"), ConfigError("missing key", detail="port"), NetError("timeout")]
for e in errs:
    print(str(e), "|", repr(e), "|", e.args, isinstance(e, AppError))

def risky(kind):
    if kind == "config":
        raise ConfigError("bad config", detail=kind)
    if kind == "net":
        raise NetError("unreachable")
    if kind == "key":
        return {}["k"]
    if kind == "exit":
        raise SystemExit(3)
    return "fine"

for kind in ["ok", "config", "net", "key", "exit"]:
    try:
        result = risky(kind)
    except ConfigError as e:
        print("config handler:", e, e.detail)
    except AppError as e:
        print("app handler:", repr(e), e.code)
    except (KeyError, IndexError) as e:
        print("lookup handler:", type(e).__name__, e)
    except BaseException as e:
        print("base handler:", type(e).__name__, e.args)
    else:
        print("no error:", result)
    finally:
        print("  finally for", kind)

# finally overriding control flow
def f_return():
    try:
        return "try"
    finally:
        print("  cleanup before return")
def f_override():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def f_loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
def f_while():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("  iteration", n)
print(f_return(), f_override(), f_loop(), f_while())

# implicit context and explicit cause
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AppError(f"no {k}")
try:
    lookup({}, "user")
except AppError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        int("abc")
    except ValueError as ve:
        raise ConfigError("parse failed") from ve
except ConfigError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise NetError("no route") from None
except NetError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# exception variable is deleted after the except block
try:
    raise ValueError("temp")
except ValueError as err:
    saved = err
try:
    err
except NameError as e:
    print("NameError:", e)
print(repr(saved))

# re-raise preserves identity; bare raise outside handler
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e), e.__traceback__ is not None)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# raising non-exceptions
for bad in [5, "text", KeyError, type("NotExc", (), {})]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
    except KeyError as e:
        print("raised class ->", repr(e))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

# except with non-exception class
try:
    try:
        raise ValueError
    except "ValueError":
        pass
except TypeError as e:
    print("TypeError:", e)

# nested handlers and exception info
import sys
try:
    raise IndexError("outer")
except IndexError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

# with statement suppressing
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("  suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError, ZeroDivisionError):
    {}["x"]
with Suppress(KeyError) as s:
    print("  inside", type(s).__name__)
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("ValueError:", e)
print(ConfigError.__mro__[1:3], ConfigError("x").with_traceback(None).args)
e = AppError("notes")
e.add_note("first note")
print(e.__notes__)
