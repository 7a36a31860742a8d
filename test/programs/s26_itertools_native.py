# itertools' cycle, repeat, chain, compress, pairwise, starmap, dropwhile, takewhile and
# filterfalse as native steps (src/modules/itertools-native.ts): items, exhaustion (an
# exhausted tool stays exhausted), what each consumes from its inputs, errors raised by
# inputs and predicates, reprs and length hints.
from itertools import (chain, compress, cycle, dropwhile, filterfalse, islice, pairwise,
                       repeat, starmap, takewhile)


def counted(items, log):
    for x in items:
        log.append(x)
        yield x


print(list(islice(cycle("abc"), 8)))
print(list(cycle([])))
log = []
c = cycle(counted([1, 2], log))
print([next(c) for _ in range(5)], log)

print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)))
r = repeat(7, 2)
print(repr(r), r.__length_hint__())
next(r)
print(repr(r), r.__length_hint__())
next(r)
print(repr(r), list(r), list(r))
print(repr(repeat(None)))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
big = repeat(0, 10 ** 12)
next(big)
print(repr(big))
print(list(islice(repeat([1]), 2)))

print(list(chain()), list(chain([1], (), "ab", range(2))))
lazy = chain.from_iterable(counted([[1, 2], [3]], log := []))
print(next(lazy), log)
print(list(lazy), log, list(lazy))
try:
    list(chain([1], 5))
except TypeError as e:
    print("TypeError:", e)
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError:", e)
print(list(ch))

print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1])), list(compress("a", [0, 1, 1])))
data_log, sel_log = [], []
cp = compress(counted("abcd", data_log), counted([0, 0, 1], sel_log))
print(list(cp), data_log, sel_log)

print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
pw = pairwise(counted(range(4), log := []))
print(next(pw), log)
pe = pairwise(broken_twice := (x for x in [1, 3, 2, 4, 5] if 10 // (x - 2)))
print(next(pe, None), end=" ")
try:
    next(pe)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, list(pe), list(broken_twice))

print(list(starmap(pow, [(2, 3), [3, 2], (10, 0)])))
print(list(starmap(lambda *a: a, ["ab", (), range(2)])))
try:
    list(starmap(pow, [(2, 3), 5]))
except TypeError as e:
    print("TypeError:", e)

print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(dropwhile(bool, [1, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(bool, [])))
tw_log = []
tw = takewhile(lambda x: x != 2, counted([1, 2, 3], tw_log))
print(list(tw), tw_log, list(tw))
print(list(filterfalse(None, [0, 1, "", "a", [], [0]])), list(filterfalse(lambda x: x % 2, range(7))))


def picky(x):
    if x == 3:
        raise ValueError(f"bad item {x}")
    return x < 5


for tool in (dropwhile, takewhile, filterfalse):
    try:
        print(tool.__name__, list(tool(picky, [1, 2, 3, 4])))
    except ValueError as e:
        print(tool.__name__, "ValueError:", e)


def broken():
    yield 1
    raise KeyError("inside")


for make in (lambda: cycle(broken()), lambda: chain(broken()), lambda: pairwise(broken()),
             lambda: compress(broken(), [1, 1]), lambda: starmap(str, ((x,) for x in broken()))):
    it = make()
    try:
        print(next(it), end=" ")
        next(it)
    except KeyError as e:
        print(type(it).__name__, "KeyError:", e)

print(sum(takewhile(lambda x: x < 10 ** 6, chain.from_iterable(repeat(range(1000), 3)))))
print(list(starmap(divmod, pairwise(compress(range(20), cycle([1, 0, 0]))))))
list(dropwhile(lambda x: 1 / (x - 4), range(10)))
