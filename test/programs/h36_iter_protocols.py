# gilvm-nogil: --workers 2
# user iterables: __iter__/__next__, __getitem__ sequences, __reversed__, __len__
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start

c = Countdown(4)
print(list(c), list(reversed(c)), len(c), sorted(c), sum(c), 3 in c)

class Squares:
    """Old-style sequence protocol: only __getitem__ and __len__."""
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

sq = Squares(5)
print(list(sq), list(reversed(sq)), sq[-1], sq[1:4], sq[::-2], 9 in sq, 10 in sq)
print(list(enumerate(sq, start=1)), dict(zip("abc", sq)))
it = iter(sq)
print(type(it).__name__, next(it), next(it), list(it))

class NoLen:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(list(NoLen()))
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)

class Stepper:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i

s = Stepper(3)
print(list(s), list(s), next(s, "done"))
print(list(zip(Stepper(2), Stepper(5))))
print(list(map(lambda a, b: a * b, Stepper(3), [10, 20, 30, 40])))

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIterator:
    def __iter__(self):
        return self
try:
    for _ in NotIterator():
        pass
except TypeError as e:
    print("TypeError:", e)
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(RevNone())
except TypeError as e:
    print("TypeError:", e)

# iter(callable, sentinel)
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)), list(data))

# zip strict
for args in ([[1, 2], [3, 4]], [[1, 2], [3]], [[1], [2, 3]], [[1, 2], [3, 4], "x"]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

# sorted stability, key, reverse
people = [("bob", 25), ("amy", 30), ("cal", 25), ("dan", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(sorted(people), key=lambda p: -p[1]))
words = "The quick brown Fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
print(people)

# min/max with default and key
print(min([], default=None), max([], default="empty"), max([3, 1, 2], key=lambda v: -v), min("hello", key=ord))
print(max([("a", 2), ("b", 2), ("c", 1)], key=lambda t: t[1]), min([("a", 2), ("b", 1), ("c", 1)], key=lambda t: t[1]))
print(max(1, 2, 3, key=lambda x: x % 3), min(Countdown(3)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)

# enumerate / reversed on various
print(list(enumerate("abc", -1)), list(reversed("abc")), list(reversed([1, 2, 3])), list(reversed((1, 2))))
print(list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
