# Argument-binding errors in CPython 3.11's order and words: a Python function names a bad
# keyword before it counts surplus positionals (initialize_locals), counts keyword-only
# arguments given by keyword in the "takes N positional arguments" message, and the
# builtins parsed by an argument clinic (sum, round, pow, list.sort / sorted) check the
# total count, then the positional count, then missing required, then names given twice,
# then unknown keywords. globals()/locals() take no arguments; list.index / tuple.index
# word a bad start or stop as CPython's _PyEval_SliceIndexNotNone.


def show(fn):
    try:
        print("ok", fn())
    except TypeError as e:
        print(type(e).__name__, e)


def pair(a, b):
    return a + b


def kwonly(a, b, *, c):
    return a + b + c


def kwonly_default(a, b=2, *, c=3, d):
    return a + b + c + d


class Account:
    def deposit(self, amount):
        return amount

    @classmethod
    def make(cls, owner):
        return owner

    @staticmethod
    def check(value):
        return value


add = lambda x, y: x + y

show(lambda: pair(1, 2, 3, c=1))
show(lambda: pair(1, 2, 3, a=1))
show(lambda: pair(1, 2, 3, b=1))
show(lambda: pair(1, 2, 3))
show(lambda: kwonly(1, 2, 3))
show(lambda: kwonly(1, 2, 3, c=4))
show(lambda: kwonly(1, 2, 3, d=4))
show(lambda: kwonly(1, c=4))
show(lambda: kwonly_default(1, 2, 3, c=4, d=5))
show(lambda: kwonly_default(1, 2, 3, d=5))
show(lambda: kwonly_default(1, 2, 3, 4))
show(lambda: kwonly_default(1, 2, 3))
show(lambda: Account().deposit(1, 2, amount=3))
show(lambda: Account().deposit(1, 2, bonus=3))
show(lambda: Account().deposit(1, 2))
show(lambda: Account.make(1, 2, owner=3))
show(lambda: Account.check(1, 2, value=3))
show(lambda: add(1, 2, 3, z=4))
show(lambda: add(1, 2, 3, x=4))

show(lambda: sum([1, 2], 10))
show(lambda: sum([1, 2], start=10))
show(lambda: sum([1], 2, 3))
show(lambda: sum([], start=1, x=2))
show(lambda: sum([], x=2))
show(lambda: sum([], 1, start=2))
show(lambda: sum([1], iterable=3))
show(lambda: sum(iterable=[1]))
show(lambda: round(2.567, ndigits=1))
show(lambda: round(number=2.567))
show(lambda: round(1, 2, 3))
show(lambda: round(1, ndigits=2, x=3))
show(lambda: round(x=1))
show(lambda: round())
show(lambda: round(1, number=2))
show(lambda: pow(base=2, exp=5))
show(lambda: pow(2, 5, mod=3))
show(lambda: pow(base=2))
show(lambda: pow(2, base=3))
show(lambda: pow(2, 3, 4, 5))
show(lambda: pow(2, 3, 4, mod=5))
show(lambda: pow(2, exp=3, x=5))
show(lambda: sorted([3, 1], key=None, reverse=False, extra=1))
show(lambda: [3, 1].sort(key=None, reverse=True, extra=1))
show(lambda: [3, 1].sort(extra=1))

show(lambda: len(globals()) > 0)
show(lambda: globals(1))
show(lambda: locals(1, 2))
show(lambda: globals(x=1))

for fn in [lambda: [1, 2].index(1, "a"), lambda: [1, 2].index(2, 0, None), lambda: (1,).index(1, None),
           lambda: (1, 2).index(2, 1.5), lambda: [1, 2, 1].index(1, 1), lambda: (1, 2, 1).index(1, -2)]:
    show(fn)

kwonly(1, 2, 3, c=4)
