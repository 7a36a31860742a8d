# Exceptions: raise/except in a loop (built-in and user-defined classes, a hierarchy
# matched by a base class, tuples of types), try/finally, try/except/else, exceptions
# raised by the VM itself (ZeroDivisionError, KeyError, IndexError), raise ... from.
SCALE = 1


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__(f"bad input at {pos}")
        self.pos = pos


def parse(text, pos):
    if pos % 4 == 0:
        raise ParseError(text, pos)
    return pos * 2


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def lookup(d, key):
    try:
        value = d[key]
    except KeyError:
        return 0
    else:
        return value


def with_finally(counter, i):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        counter[0] += 1
    finally:
        counter[1] += 1


def wrapped(i):
    try:
        try:
            [1, 2, 3][i % 5]
        except IndexError as e:
            raise AppError("wrapped") from e
    except AppError as e:
        return 1 if e.__cause__ is not None else 0
    return 0


def run(n):
    total = 0
    counter = [0, 0]
    d = {k: k * 3 for k in range(0, 100, 2)}
    for i in range(n):
        try:
            total += parse("x", i)
        except AppError as e:
            total += e.pos + len(e.args[0])
        total += checked_div(i, i % 5)
        total += lookup(d, i % 100)
        try:
            with_finally(counter, i)
        except (ValueError, TypeError) as e:
            total += e.args[0] % 7
        total += wrapped(i)
    return total + counter[0] * 3 + counter[1]


print("exceptions checksum:", run(160_000 * SCALE))
