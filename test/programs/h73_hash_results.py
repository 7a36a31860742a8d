# hash() of objects whose __hash__ returns ints of every size: CPython passes a value that
# fits a signed 64-bit word through unchanged (-1 becomes -2), reduces a bigger one as
# int's hash, and turns a bool or int subclass result into a plain int.


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


class MyInt(int):
    pass


values = [0, 1, -1, -2, 2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31, 2**32 + 7,
          2**53 + 1, -2**53 - 1, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64,
          2**64 + 5, -2**64 - 5, 2**100 + 3, -2**100, 10**30, True, False, MyInt(7), MyInt(2**70)]
for v in values:
    h = hash(H(v))
    print(repr(v), h, type(h).__name__, h == hash(v))

# a tuple's hash through __hash__, and as a dict/set key
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)


ps = [P(i % 7, i % 3) for i in range(50)]
print(len(set(ps)), hash(P(1, 2)) == hash((1, 2)), hash(P(-1, 0)) == hash((-1, 0)))
d = {P(1, 2): 'a'}
print(d[P(1, 2)], P(2, 1) in d)

print(hash(-1), hash(-2), hash(5), hash(2**61 - 1), hash(2**61), hash(-2**61 + 1))
print(hash((1, 2)), hash(()), hash(((1, 2), 'x')) == hash(((1, 2), 'x')))


class BadHash:
    def __hash__(self):
        return 1.5


class NoHash:
    __hash__ = None


for obj in (BadHash(), NoHash(), [1], {}):
    try:
        hash(obj)
    except TypeError as e:
        print('TypeError:', e)


class Raises:
    def __hash__(self):
        raise ValueError('no hash today')


try:
    hash(Raises())
except ValueError as e:
    print('ValueError:', e)
