# A matrix and statistics toolkit: pure-Python linear algebra, descriptive statistics, tables.
import math
import random
from functools import reduce
from itertools import accumulate, combinations, starmap


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(map(float, r)) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and all(
            math.isclose(a, b, abs_tol=1e-9) for ra, rb in zip(self.rows, other.rows) for a, b in zip(ra, rb))

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([list(starmap(lambda a, b: a + b, zip(r, s))) for r, s in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + -other

    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        a = [r[:] for r in self.rows]
        sign = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= f * a[col][c]
        return sign * reduce(lambda x, y: x * y, (a[i][i] for i in range(n)), 1.0)

    def inverse(self):
        n = self.shape[0]
        aug = [r[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[pivot][col]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def __repr__(self):
        width = max(len(f"{x:.3g}") for r in self.rows for x in r)
        body = "\n ".join("[" + ", ".join(f"{x:>{width}.3g}" for x in r) + "]" for r in self.rows)
        return f"[{body}]"


def mean(xs):
    return math.fsum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def variance(xs, sample=True):
    m = mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def stdev(xs):
    return math.sqrt(variance(xs))


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] if lo == hi else s[lo] + (s[hi] - s[lo]) * (k - lo)


def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    cov = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / math.sqrt(math.fsum((x - mx) ** 2 for x in xs) * math.fsum((y - my) ** 2 for y in ys))


def histogram(xs, bins, width=30):
    lo, hi = min(xs), max(xs)
    step = (hi - lo) / bins
    counts = [0] * bins
    for x in xs:
        counts[min(int((x - lo) / step), bins - 1)] += 1
    top = max(counts)
    for i, c in enumerate(counts):
        left = lo + i * step
        print(f"{left:8.2f} .. {left + step:<8.2f}|{'#' * round(c * width / top):<{width}}| {c:3d} {c / len(xs):6.1%}")


a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
b = Matrix([[4, -1], [0.5, 2], [3, 3]])
print(a)
print(a * b)
print(2 * a - a == a, a.T().T() == a, a.shape, b.T().shape)
print(f"det={a.det():.6f} det(I4)={Matrix.identity(4).det()}")
inv = a.inverse()
print(inv)
print(a * inv == Matrix.identity(3), inv * a == Matrix.identity(3))
for bad in (lambda: a * Matrix.identity(2), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1], [1, 2]]), lambda: b.det()):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")

rng = random.Random(2024)
data = [round(rng.gauss(50, 12), 2) for _ in range(200)]
other = [x * 0.5 + rng.uniform(-5, 5) for x in data]
print(data[:5], len(data))
print(f"mean={mean(data):.4f} median={median(data)} stdev={stdev(data):.4f} pvar={variance(data, False):.3f}")
print(f"min={min(data)} max={max(data)} range={max(data) - min(data):.2f}")
print("quartiles:", [round(percentile(data, p), 3) for p in (0, 25, 50, 75, 100)])
print(f"r={correlation(data, other):+.5f}")
histogram(data, 8)
print(list(accumulate([1, 2, 3, 4, 5], lambda x, y: x * y)))
print([round(sum(c) / 3, 3) for c in combinations([1.5, 2.25, 3.125, 4.0], 3)])
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 11)), math.comb(52, 5), math.perm(10, 3))
print(f"{1e-7:g} {123456789.0:g} {0.000123456:.3e} {12345.6789:,.1f} {-0.5:+.0f} {2.5:.0f} {1/3:.15g}")
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(2.5), round(1234.5678, -2), round(7, -1))
print(math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.gcd(84, 36, 120))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), -7 // 2, -7 % 2, math.fmod(-7, 2))
print(divmod(-7.5, 2), divmod(7, -2), 2 ** -1, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
