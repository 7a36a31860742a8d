# Augmented assignment with every operator, on names, attributes and subscripts,
# with the target expression evaluated once.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n /= 3; print(n)
n //= 2; print(n)
n %= 5; print(n)
n **= 3; print(n)
m = 0b1100
m &= 0b1010; print(m)
m |= 0b0101; print(m)
m ^= 0b1111; print(m)
m <<= 3; print(m)
m >>= 2; print(m)
text = "ab"
text *= 3
text += "!"
print(text)
calls = []


def idx(i):
    calls.append(i)
    return i


data = [1, 2, 3]
data[idx(0)] += 10
data[idx(2)] *= 5
print(data, calls)


class Counter:
    def __init__(self):
        self.count = 0
        self.log = []


c = Counter()
c.count += 1
c.count += 1
c.log += ["x"]
print(c.count, c.log)
d = {"k": 1}
d["k"] -= 5
d.setdefault("new", []).append(1)
print(d)


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        print("__add__")
        return Vec(self.x + other.x)

    def __iadd__(self, other):
        print("__iadd__")
        self.x += other.x
        return self

    def __repr__(self):
        return f"Vec({self.x})"


class PlainVec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        print("PlainVec __add__ (no __iadd__)")
        return PlainVec(self.x + other.x)

    def __repr__(self):
        return f"PlainVec({self.x})"


v = Vec(1)
alias = v
v += Vec(2)
print(v, alias, v is alias)
p = PlainVec(1)
palias = p
p += PlainVec(2)
print(p, palias, p is palias)
f = 1.5
f **= 2
f -= 0.25
print(f)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    t = (1,)
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
