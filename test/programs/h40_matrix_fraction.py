from functools import reduce
import math

class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if isinstance(n, Frac):
            n, d = n.n, n.d * d
        g = math.gcd(n, d)
        sign = -1 if d < 0 else 1
        self.n, self.d = sign * n // g, sign * d // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return NotImplemented
    def __add__(self, o):
        o = Frac._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac._coerce(o)
        if o is NotImplemented:
            return o
        return self + Frac(-o.n, o.d)
    def __rsub__(self, o):
        return Frac._coerce(o) - self
    def __mul__(self, o):
        o = Frac._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac._coerce(o)
        return self * Frac(o.d, o.n)
    def __rtruediv__(self, o):
        return Frac._coerce(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = Frac._coerce(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"
    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(repr(self), spec)

def det(m):
    n = len(m)
    m = [row[:] for row in m]
    result = Frac(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Frac(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            result = -result
        result *= m[c][c]
        for r in range(c + 1, n):
            factor = m[r][c] / m[c][c]
            m[r] = [a - factor * b for a, b in zip(m[r], m[c])]
    return result

def solve(a, b):
    n = len(a)
    aug = [[Frac(x) for x in row] + [Frac(v)] for row, v in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(float(aug[r][c])))
        if aug[p][c] == 0:
            raise ValueError("singular matrix")
        aug[c], aug[p] = aug[p], aug[c]
        for r in range(n):
            if r != c:
                f = aug[r][c] / aug[c][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [aug[i][n] / aug[i][i] for i in range(n)]

half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, 1 - half, 2 / third, -half, 3 * third)
print(sorted([Frac(3, 4), half, Frac(-1, 5), Frac(2, 3)]), half == Frac(2, 4), half == 0.5, {half, Frac(1, 2)})
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)), reduce(lambda a, b: a * b, [Frac(k, k + 1) for k in range(1, 10)]))
print(f"{half:>8}|{third:.4f}|{Frac(22, 7):<6}|", float(Frac(1, 8)), Frac(Frac(1, 2), 3))
m = [[Frac(2), Frac(1), Frac(-1)], [Frac(-3), Frac(-1), Frac(2)], [Frac(-2), Frac(1), Frac(2)]]
print(det(m), det([[Frac(1), Frac(2)], [Frac(2), Frac(4)]]), det([[Frac(0), Frac(1)], [Frac(1), Frac(0)]]))
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 1], [1, -1]], [Frac(1, 2), Frac(1, 3)]))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
print(half.__slots__, hasattr(half, "__dict__"))
Frac(1, 0)
