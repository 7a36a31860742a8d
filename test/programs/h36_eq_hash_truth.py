# gilvm-nogil: --workers 2
# __eq__/__hash__ rules, truthiness, containment fallbacks
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {P(1): 1}
except TypeError as e:
    print("TypeError:", e)

class H(P):
    def __hash__(self):
        return hash(self.x)
print({H(1), H(1), H(2)}.__len__(), H(1) in {H(1)}, hash(H(5)) == hash(5))

class Inherit(H):
    def __eq__(self, other):
        return True
print(Inherit.__hash__ is None)

class KeepHash(H):
    __hash__ = H.__hash__
    def __eq__(self, other):
        return True
print(hash(KeepHash(3)))

class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Unhashable(), object))

# default hash/eq are identity
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, hash(a) == hash(a), len({a, b, a}))

# hash of builtins
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for v in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash(-1), hash(-2), hash(0.5) == hash(0.5))

# truthiness: __bool__ then __len__ then True
class B1:
    def __bool__(self):
        print("  __bool__")
        return False
    def __len__(self):
        print("  __len__")
        return 5
class L1:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Nothing:
    pass
print(bool(B1()), bool(L1(0)), bool(L1(3)), bool(Nothing()), not L1(0))
print([x.n for x in [L1(0), L1(2), L1(0), L1(1)] if x])
print(L1(0) or "fallback", L1(4) and "second")

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2 ** 70
class FloatLen:
    def __len__(self):
        return 3.0
for obj in [BadBool(), BadLen(), BigLen(), FloatLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Nothing())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)

# containment: __contains__, then __iter__, then __getitem__
class C1:
    def __contains__(self, v):
        print("  __contains__", v)
        return v == 1
class C2:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
class C3:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
class C4:
    __contains__ = None
    def __iter__(self):
        return iter([1])
print(1 in C1(), 2 in C1(), 3 in C2(), 9 not in C2(), 20 in C3(), 25 in C3(), list(C3()))
print(C1().__contains__(1) == (1 in C1()))
class C5:
    def __contains__(self, v):
        return [v]
print(5 in C5(), 5 not in C5())
for obj in [Nothing(), C4(), 5]:
    try:
        1 in obj
    except TypeError as e:
        print("TypeError:", e)
x, y = C3(), iter([1, 2, 3, 4])
print(2 in y, list(y))
print(None in [None], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan == nan)
