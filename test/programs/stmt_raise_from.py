# raise X from Y, raise from None, implicit chaining, __cause__, __context__,
# __suppress_context__, args and with_traceback.
class ConfigError(Exception):
    pass


def load(key, config):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


try:
    load("port", {"host": "x"})
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__, e.__cause__ is e.__context__)


def hide():
    try:
        int("nope")
    except ValueError:
        raise RuntimeError("clean error") from None


try:
    hide()
except RuntimeError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_function()


try:
    implicit()
except NameError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__, "cause:", e.__cause__)

try:
    raise ValueError("outer") from TypeError("explicit cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise IndexError from KeyError
except IndexError as e:
    print(repr(e), repr(e.__cause__))

err = ValueError("reuse")
for attempt in range(2):
    try:
        raise err
    except ValueError as e:
        print("attempt", attempt, e is err)

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise KeyError("c")
except KeyError as c:
    chain = []
    link = c
    while link is not None:
        chain.append(f"{type(link).__name__}({link})")
        link = link.__context__
    print(" <- ".join(chain))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = Exception("args demo", 1, [2])
print(e.args, len(e.args), e.__cause__, e.__context__, e.__traceback__)
try:
    raise e
except Exception as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
e2 = RuntimeError("manual")
e2.__cause__ = KeyError("set by hand")
print(repr(e2.__cause__), e2.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
