# Rich comparisons (__eq__, __lt__, ..., reflected and NotImplemented), __hash__
# rules (eq without hash makes instances unhashable), objects as dict keys.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a == "1.2", a != "1.2")
print(sorted([Version(2), b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(len({a, b, c}), {a: "first", c: "second"}, hash(a) == hash(c))
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), {p: 1}[p])


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return True


x, y = Loud("x"), Loud("y")
print("x == y ->", x == y)
print("x < y ->", x < y)           # reflected: y.__gt__(x)


class Sub(Version):
    def __eq__(self, other):
        print("  Sub.__eq__ tried first (subclass of the right operand)")
        return super().__eq__(other)

    __hash__ = Version.__hash__


print(Version(1) == Sub(1))


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = None


print(AlwaysEqual() == 5, 5 == AlwaysEqual(), [AlwaysEqual()].count(3), 3 in [AlwaysEqual()])


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self.k == other.k


d = {Key("a"): 1, Key("b"): 2}
print(d[Key("b")], len(d), Key("a") in d, Key("z") in d)
print(hash(1) == hash(1.0) == hash(True), hash("x") == hash("x"), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
