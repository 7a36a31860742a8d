# Dunder methods returning the wrong type: CPython's TypeErrors, naming the slot.
class BadIndex:
    def __index__(self):
        return "1"


class GoodIndex:
    def __index__(self):
        return 2


class BigIndex:
    def __index__(self):
        return 10 ** 20


class Six:
    def __index__(self):
        return 6


class ReprNone:
    def __repr__(self):
        return None


class StrInt:
    def __str__(self):
        return 5


tests = [
    ("list[bad]", lambda: [1, 2][BadIndex()]),
    ("range(bad)", lambda: range(BadIndex())),
    ("range(good)", lambda: list(range(GoodIndex()))),
    ("range(big)", lambda: range(BigIndex())[-1]),
    ("range(1, big, good)", lambda: range(1, BigIndex(), GoodIndex())[-1]),
    ("str.center", lambda: "ab".center(Six(), "*") + "a,b,c".split(",", GoodIndex())[-1]),
    ("str.ljust", lambda: "ab".ljust(Six()) + "|" + "xyz".zfill(GoodIndex())),
    ("hex(bad)", lambda: hex(BadIndex())),
    ("str(ReprNone)", lambda: str(ReprNone())),
    ("repr(ReprNone)", lambda: repr(ReprNone())),
    ("print list", lambda: str([ReprNone()])),
    ("f-string", lambda: f"{ReprNone()}"),
    ("str(StrInt)", lambda: str(StrInt())),
    ("tuple[good]", lambda: (7, 8, 9)[GoodIndex()]),
]
for name, t in tests:
    try:
        print(name, "->", repr(t()))
    except TypeError as e:
        print(name, "-> TypeError:", e)
