# next(it) on an iterator class re-raises the StopIteration its __next__ raised, as
# CPython's builtin next does: its value (args) is kept and the __next__ frame is in its
# traceback; with a default the StopIteration is swallowed, and any other exception from
# __next__ passes through. A built-in iterator's or a generator's end is a new
# StopIteration (the generator's with its return value).


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration(f"finished at {self.n}")
        self.n -= 1
        return self.n


class Faulty:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("broken iterator")


def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


it = Countdown(2)
print(list(it))
for attempt in range(2):
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.args, e.value, depth(e.__traceback__))
print(next(it, "default"), next(Countdown(1), "unused"))
try:
    next(Faulty(), "default")
except KeyError as e:
    print("KeyError", e)
try:
    next(iter([]))
except StopIteration as e:
    print("list end", e.args, depth(e.__traceback__))


def gen():
    yield 1
    return "returned"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator end", e.args, e.value)
print(next(g, "after end"))


def delegate():
    result = yield from Countdown(1)
    print("yield from got", result)


print(list(delegate()))
next(Countdown(0))
