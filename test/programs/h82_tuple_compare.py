# tuple and list comparisons: every operator, prefixes, NaN identity, user __eq__/__lt__ order
nan = float('nan')
class E:
    def __init__(s, v): s.v = v
    def __eq__(s, o): print("eq", s.v, getattr(o, 'v', o)); return isinstance(o, E) and s.v == o.v
    def __lt__(s, o): print("lt", s.v, o.v); return s.v < o.v
    __hash__ = None
cases = [((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1,), (1, 2)), ((), ()), ((nan,), (nan,)), ((1, nan), (1, nan)),
         ((1, 'a'), (1, 'b')), (([1],), ([1],)), ((1, 2, 3), (1, 2)), ((2.0,), (2,))]
for a, b in cases:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
x = (nan,)
print(x == x, x < x, x <= x)
e1, e2 = E(1), E(2)
print((e1, 1) < (e2, 0))
print((e1, 1) == (e1, 1))
print((E(1), 1) == (E(1), 2))
try:
    print((1, 'a') < (1, 2))
except TypeError as e:
    print("TypeError", e)
print([1, 2] < [1, 3], [1, [2]] == [1, [2]], [] < [0], [1, 2] >= [1, 2])
print(sorted([(3, 'a'), (1, 'b'), (1, 'a')]), max([(1, 2), (1, 3)]), min((2, 'x'), (2, 'w')))
