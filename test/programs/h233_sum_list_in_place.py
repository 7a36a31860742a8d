# sum() of an exact list or tuple reads the items in place: ints, floats, a heap int, an
# __add__ that clears the list being summed (the next step sees the new size), start values,
# its errors, a list subclass and a generator.
class A:
    def __init__(self, v, l=None): self.v = v; self.l = l
    def __add__(self, o):
        if self.l is not None: self.l.clear()
        return A(self.v + (o.v if isinstance(o, A) else o))
    __radd__ = __add__
    def __repr__(self): return f"A({self.v})"
l = [1, 2.5, 3]
print(sum(l), sum(tuple(l)), sum(l, 10), sum([], 7), sum((), 0.5))
print(sum([1, 2, 2**60, 3.5, 1]), sum([0.1] * 10), sum([True, 2, 3.0]))
l2 = [1, 2]
l2.append(A(5, l2)); l2.extend([A(1), 4])
print(sum(l2), l2)
print(sum([[1], [2]], []), sum([(1,), (2,)], ()))
try: sum([1, 'a'])
except TypeError as e: print(e)
try: sum(['a', 'b'])
except TypeError as e: print(e)
class L(list): pass
print(sum(L([1, 2, 3])), sum(x for x in [1.5, 2.5]))
import sys
x = 12345.5
print(sys.getrefcount(x) == sys.getrefcount(x), sum([x, x]))
