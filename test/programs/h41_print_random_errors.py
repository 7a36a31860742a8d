# print() writes each argument (and the separator before it) as it converts it, as CPython
# does, so an argument whose __str__ raises leaves the earlier ones written, to stdout, to
# sys.stderr or to a file-like object. random.randint(a, b) is randrange(a, b + 1) (b + 1
# first, with the + protocol's errors), randrange's arguments without __index__ go through
# int() and must equal it, and sample() wants a sequence. functools.lru_cache checks that
# it wraps a callable.
import functools
import random
import sys


class Broken:
    def __str__(self):
        raise ValueError("cannot show")


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Collect()
for dest in [None, sys.stdout, sink]:
    try:
        print("a", 1, Broken(), "never", sep=", ", file=dest)
    except ValueError as e:
        print("| caught:", e)
print(sink.parts)
try:
    print(Broken(), "x")
except ValueError as e:
    print("| first argument:", e)
try:
    print("only", Broken(), end="")
except ValueError as e:
    print("| with end:", e)


def show(fn):
    try:
        print("ok", fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


random.seed(11)
show(lambda: random.randint(1, 6))
show(lambda: random.randint(1, "6"))
show(lambda: random.randint("1", 6))
show(lambda: random.randint(1, None))
show(lambda: random.randint(None, 3))
show(lambda: random.randint(1, [2]))
show(lambda: random.randint(1, 2.5))
show(lambda: random.randint(1.0, 3))
show(lambda: random.randint(5, 1))
show(lambda: random.randrange("a"))
show(lambda: random.randrange(1, "a"))
show(lambda: random.randrange(1, 5, "a"))
show(lambda: random.randrange(10))
show(lambda: random.sample(5, 1))
show(lambda: random.sample(iter([1, 2]), 1))
show(lambda: random.sample({1, 2}, 1))
show(lambda: random.sample({1: 2}, 1))
show(lambda: sorted(random.sample("abc", 2)))
show(lambda: random.sample(range(10), 3))
show(lambda: functools.lru_cache(maxsize=None)(5))
show(lambda: functools.lru_cache(1)(1))
show(lambda: functools.cache(3))
show(lambda: functools.lru_cache(lambda x: x * 2)(21))
print("tail", Broken())
