import math

class Vector:
    __slots__ = ("xs",)
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vector{self.xs}"
    def __len__(self):
        return len(self.xs)
    def __iter__(self):
        return iter(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]
    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"length mismatch: {len(self)} vs {len(other)}")
        return True
    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        if isinstance(k, Vector) and self._check(k):
            return sum(a * b for a, b in zip(self, k))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.hypot(*self.xs)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs
    def __hash__(self):
        return hash(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __iadd__(self, other):
        self.xs = (self + other).xs
        return self

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __matmul_like(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __mul__(self, other):
        if isinstance(other, Matrix):
            return self.__matmul_like(other)
        if isinstance(other, Vector):
            return Vector(*(Vector(*r) * other for r in self.rows))
        return Matrix([[x * other for x in r] for r in self.rows])
    def __rmul__(self, k):
        return self * k
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n):
            result = result * self
        return result
    def __eq__(self, other):
        return self.rows == other.rows
    def transpose(self):
        return Matrix(zip(*self.rows))

v = Vector(3, 4)
w = Vector(1.5, -2)
print(v + w, v - w, v * 2, 2 * v, v * w, -v, abs(v), v / 2)
print(v[0], v[-1], v[::-1], len(v), list(v), bool(Vector(0, 0)), bool(v))
u = v
u += Vector(1, 1)
print(u is v, v, {v: "a", Vector(4, 5): "b"}, Vector(4, 5) in {v})
for bad in (lambda: v + 1, lambda: "s" * v, lambda: v + Vector(1, 2, 3), lambda: v - "s"):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
m = Matrix([[1, 1], [1, 0]])
print(m ** 10, m * Vector(2, 3), 3 * m, m.transpose() == m, m * m)
print(sorted([Vector(2, 2), Vector(0, 1), Vector(3, 0)], key=abs))
print(max([Vector(1, 9), Vector(5, 5)], key=lambda q: q[0]), sum([Vector(1, 2), Vector(3, 4)], Vector(0, 0)))
try:
    v.extra = 1
except AttributeError as e:
    print(e)
print(m ** 2 * Vector(1, 1) * Vector(1, 1) + 0.5)
print(v < w)
