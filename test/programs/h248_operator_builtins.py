# operator's one-operation functions are built-in functions (as CPython's _operator):
# results for numbers, sequences and user classes, reflected operands, comparisons, their
# argument errors, reprs, and uses through map, reduce and sorted.
import operator
from functools import reduce


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    def __radd__(self, other):
        return V(other + self.x)

    def __lt__(self, other):
        return self.x < other.x

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

    def __neg__(self):
        return V(-self.x)

    def __getitem__(self, i):
        return self.x * i

    def __contains__(self, y):
        return y == self.x

    def __bool__(self):
        return self.x != 0

    def __repr__(self):
        return f"V({self.x})"


a, b = 7, 3
print([f(a, b) for f in (operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
                         operator.mod, operator.pow, operator.lshift, operator.rshift, operator.and_,
                         operator.or_, operator.xor)])
print([f(a, b) for f in (operator.lt, operator.le, operator.eq, operator.ne, operator.ge, operator.gt)])
print(operator.neg(5), operator.pos(-2.5), operator.inv(5), operator.invert(0), operator.not_([]),
      operator.truth("x"), operator.is_(None, None), operator.is_not(1, None))
print(operator.add(V(1), V(2)), operator.add(3, V(4)), operator.lt(V(1), V(2)), operator.eq(V(1), V(1)),
      operator.neg(V(3)), operator.getitem(V(3), 4), operator.contains(V(3), 3), operator.not_(V(0)))
print(operator.add("ab", "cd"), operator.mul([1], 3), operator.getitem({"k": 1}, "k"),
      operator.getitem("hello", slice(1, 4)), operator.contains([1, 2], 3))
print(sum(map(operator.mul, range(100), range(100))), reduce(operator.add, range(10)),
      reduce(operator.mul, range(1, 20)), sorted([3, 1, 2], key=operator.neg))
print(list(map(operator.itemgetter(1), [(1, 2), (3, 4)])), operator.add, operator.mul.__name__,
      type(operator.lt).__name__, operator.__lt__ is operator.lt, operator.__add__(1, 2))
for bad in (lambda: operator.add(1), lambda: operator.mul(1, 2, 3), lambda: operator.add(a=1, b=2),
            lambda: operator.neg(), lambda: operator.not_(1, 2), lambda: operator.lt(1, "a"),
            lambda: operator.add(1, "a"), lambda: operator.truediv(1, 0), lambda: operator.getitem([1], 5),
            lambda: operator.neg("s"), lambda: operator.contains(3, 3), lambda: operator.is_(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    reduce(operator.add, [1, 2, "x"])
except TypeError as e:
    print("TypeError:", e)
