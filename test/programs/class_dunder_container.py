# Container protocols: __len__, __getitem__/__setitem__/__delitem__, __contains__,
# __iter__/__next__, iteration via __getitem__ fallback, reversed.
class Matrix:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.data = {}

    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell {key} out of range")
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        print(f"set {key} = {value}")
        self.data[key] = value

    def __delitem__(self, key):
        print(f"del {key}")
        del self.data[key]

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, value):
        return value in self.data.values()


m = Matrix(2, 3)
m[0, 1] = 5
m[1, 2] = 7
print(m[0, 1], m[1, 1], len(m), 5 in m, 6 in m, 6 not in m)
del m[0, 1]
print(5 in m, bool(m))
try:
    m[5, 5]
except IndexError as e:
    print(type(e).__name__, e)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(list(cd), list(cd), sum(cd), 2 in cd, [x * 2 for x in cd])
it = iter(cd)
print(next(it), next(it), next(it), next(it, "done"))


class Squares:
    """Iterable only through __getitem__ (the old sequence protocol)."""

    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()), 9 in Squares(), list(zip(Squares(), "ab")))


class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __reversed__(self):
        print("custom __reversed__")
        return iter(self.cards[::-1])


deck = Deck()
print(len(deck), deck[0], deck[-1], deck[1:3], list(reversed(deck)))
print("AH" in deck, [c for c in deck if c.startswith("A")])


class SeqReverse:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]


print(list(reversed(SeqReverse())), sorted(SeqReverse(), reverse=True))


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoLen()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
