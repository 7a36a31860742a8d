# gilvm-nogil:
# When an itertools tool lets go of its source generator (whose finally then runs), as
# CPython's C tools do: islice and pairwise at their end, chain/cycle/zip_longest source by
# source, takewhile, dropwhile, filterfalse, starmap, compress, accumulate only when freed
import itertools
def gen(name, n=4):
    try:
        for i in range(n):
            yield i
    finally:
        print("  cleanup", name)
def show(label, make):
    it = make()
    print(label, list(it))
    print(label, "ended; again:", list(it))
    del it
    print(label, "freed")
show("islice", lambda: itertools.islice(gen("islice", 10), 2))
show("islice step", lambda: itertools.islice(gen("islice step", 10), 1, 6, 2))
show("pairwise", lambda: itertools.pairwise(gen("pairwise")))
show("takewhile", lambda: itertools.takewhile(lambda v: v < 2, gen("takewhile")))
show("dropwhile", lambda: itertools.dropwhile(lambda v: v < 2, gen("dropwhile")))
show("filterfalse", lambda: itertools.filterfalse(None, gen("filterfalse")))
show("starmap", lambda: itertools.starmap(pow, [(2, 3), (3, 2)]))
show("compress", lambda: itertools.compress(gen("compress data"), [1, 0, 1]))
show("accumulate", lambda: itertools.accumulate(gen("accumulate", 3)))
show("chain", lambda: itertools.chain(gen("chain a", 2), gen("chain b", 1)))
show("zip_longest", lambda: itertools.zip_longest(gen("zl short", 1), gen("zl long", 3)))
c = itertools.cycle(gen("cycle", 2))
print("cycle", [next(c) for _ in range(5)])
del c
print("cycle freed")
def bad():
    yield 1
    raise KeyError("source broke")
s = itertools.islice(bad(), 5)
try:
    list(s)
except KeyError as e:
    print("islice error", e, list(s))
print("end")
