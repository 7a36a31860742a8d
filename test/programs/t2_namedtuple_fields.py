# namedtuple fields are read-only descriptors with CPython's messages and repr.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
for op in ("set", "del"):
    try:
        if op == "set": p.x = 3
        else: del p.x
    except AttributeError as e: print(e)
print(P.x, P.x.__doc__, type(P.x).__name__, p.x + p.y, P.y.__get__(p))
class Q(P):
    @property
    def s(self): return self.x + self.y
print(Q(3, 4).s, Q(3, 4).x)
