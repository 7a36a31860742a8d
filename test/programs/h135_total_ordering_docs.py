# gilvm-nogil:
# functools.total_ordering: the filled-in methods carry CPython's docstrings; NotImplemented from the root gives the usual TypeError
from functools import total_ordering
def tryit(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
tryit(lambda: V(1) > 5)
tryit(lambda: V(1) <= 5)
tryit(lambda: V(1) >= V(1))
tryit(lambda: V(1).__gt__(5))
@total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): print('gt'); return self.v > o.v
    def __ge__(self, o): print('ge'); return self.v >= o.v
tryit(lambda: Both(1) < Both(2))
tryit(lambda: Both(1) <= Both(2))
@total_ordering
class Le:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
tryit(lambda: (Le(1) < Le(1), Le(1) > Le(0), Le(2) >= Le(3)))
print(V.__gt__.__name__, V.__le__.__qualname__ if hasattr(V.__le__, '__qualname__') else '', V.__ge__.__doc__)
class Base:
    def __lt__(self, o): return True
@total_ordering
class Derived(Base):
    pass
tryit(lambda: Derived() > Derived())
for op in ('__gt__', '__le__', '__ge__'):
    print(op, getattr(V, op).__doc__)
for op in ('__lt__', '__gt__', '__ge__'):
    print(op, getattr(Le, op).__doc__)
