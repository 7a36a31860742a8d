# try/finally in every combination: finally after return/break/continue, return
# inside finally overriding, exceptions swallowed by return in finally, nesting.
def basic():
    try:
        print("body")
        return "from try"
    finally:
        print("finally runs before the return completes")


print(basic())


def override():
    try:
        return "try"
    finally:
        return "finally wins"


print(override())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"


print(swallow())


def order():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except KeyError:
            log.append("inner except")
            raise IndexError("i")
        else:
            log.append("inner else (skipped)")
        finally:
            log.append("inner finally")
    except IndexError:
        log.append("outer except")
    else:
        log.append("outer else (skipped)")
    finally:
        log.append("outer finally")
    return log


print(order())


def all_clauses(fail):
    try:
        print("  try", fail)
        if fail:
            raise RuntimeError("failed")
    except RuntimeError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")


all_clauses(False)
all_clauses(True)
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)


def value_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2          # does not change the already computed return value


print(value_in_finally())


def nested_returns():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(nested_returns())
try:
    try:
        raise ValueError("propagates")
    finally:
        print("finally without except")
except ValueError as e:
    print("caught after finally:", e)


def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break in finally discarded the exception"


print(break_in_finally())


def counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally n =", n)


print(counter())
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
