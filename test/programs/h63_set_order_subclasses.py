# Set order (and set.pop) of subclasses of built-ins that keep their base's hash:
# namedtuples, str and int subclasses, as CPython's table gives it (PYTHONHASHSEED=0).
from collections import namedtuple
P = namedtuple('P', 'x y')
s = {P(i, -i) for i in range(6)}
print(s)
print(s.pop(), len(s))
class Name(str):
    pass
print({Name("alpha"), Name("beta"), Name("gamma"), "delta"})
class Big(int):
    def __repr__(self): return f"Big({int(self)})"
print({Big(100), Big(3), Big(57), 8})
class Hashy(tuple):
    def __hash__(self):
        return 7
print(sorted({Hashy((1,)), Hashy((2,))}))
seen = {(P(0, 0), 1)}
for i in range(10):
    seen.add((P(i, i * i), i % 3))
print(seen)
grid = {P(x, y) for x in range(3) for y in range(3)}
while grid:
    print(grid.pop(), end=" ")
print()
