# gilvm-nogil:
# int.__round__ / float.__round__ called as methods: positional-only, at most one argument,
# and int's refuses ndigits=None (round() itself accepts it) -- a class forwarding
# `def __round__(self, n=None): return self.v.__round__(n)` sees the difference
class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return self.v.__round__(n)
class MyInt(int):
    pass
cases = [lambda: round(Money(2.675), 2), lambda: round(Money(2.5)), lambda: round(Money(1250), -2), lambda: round(Money(7)),
         lambda: (25).__round__(), lambda: (25).__round__(-1), lambda: (25).__round__(None), lambda: True.__round__(None),
         lambda: (2.5).__round__(None), lambda: (2.5).__round__(), lambda: (2.567).__round__(1), lambda: round(25, None),
         lambda: (5).__round__(1, 2), lambda: (5.0).__round__(1, 2, 3), lambda: (5).__round__(ndigits=1),
         lambda: (5.5).__round__(ndigits=1), lambda: True.__round__(ndigits=1), lambda: MyInt(5).__round__(ndigits=0),
         lambda: (5).__round__("x"), lambda: (5.5).__round__(1.0), lambda: int.__round__(15, -1), lambda: float.__round__(0.125, 2)]
for f in cases:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
