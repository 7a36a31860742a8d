# gilvm-nogil: --workers 2
"""Polynomial class: operator overloading, __call__, __pow__, __neg__, __abs__, __format__."""
import math


class Poly:
    __slots__ = ("coeffs",)

    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.coeffs = tuple(c) if c else (0,)

    @classmethod
    def x(cls):
        return cls(0, 1)

    @property
    def degree(self):
        return len(self.coeffs) - 1 if self.coeffs != (0,) else -1

    def __call__(self, x):
        acc = 0
        for c in reversed(self.coeffs):
            acc = acc * x + c
        return acc

    @staticmethod
    def _coerce(other):
        if isinstance(other, Poly):
            return other
        if isinstance(other, (int, float)):
            return Poly(other)
        return None

    def __add__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + (0,) * (n - len(self.coeffs))
        b = other.coeffs + (0,) * (n - len(other.coeffs))
        return Poly(*(x + y for x, y in zip(a, b, strict=True)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-c for c in self.coeffs))

    def __pos__(self):
        return self

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n, mod=None):
        if not isinstance(n, int) or n < 0:
            raise ValueError(f"bad exponent {n!r}")
        result, base = Poly(1), self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __divmod__(self, other):
        num = list(self.coeffs)
        den = other.coeffs
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [0] * max(len(num) - len(den) + 1, 1)
        while len(num) >= len(den) and any(num):
            shift = len(num) - len(den)
            f = num[-1] / den[-1]
            if f == int(f):
                f = int(f)
            q[shift] = f
            for i, d in enumerate(den):
                num[shift + i] -= f * d
            num.pop()
        return Poly(*q), Poly(*num)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        other = self._coerce(other)
        return other is not None and self.coeffs == other.coeffs

    def __hash__(self):
        return hash(self.coeffs)

    def __abs__(self):
        return math.sqrt(sum(c * c for c in self.coeffs))

    def __bool__(self):
        return self.coeffs != (0,)

    def __len__(self):
        return len(self.coeffs)

    def __getitem__(self, i):
        return self.coeffs[i]

    def __iter__(self):
        return iter(self.coeffs)

    def derivative(self):
        return Poly(*(i * c for i, c in enumerate(self.coeffs) if i)) if len(self.coeffs) > 1 else Poly(0)

    def __repr__(self):
        return "Poly(" + ", ".join(map(repr, self.coeffs)) + ")"

    def __str__(self):
        return format(self, "")

    def __format__(self, spec):
        var = "x"
        if spec.startswith("var="):
            var, _, spec = spec[4:].partition(";")
        terms = []
        for i in range(len(self.coeffs) - 1, -1, -1):
            c = self.coeffs[i]
            if c == 0 and len(self.coeffs) > 1:
                continue
            mag = format(abs(c), spec) if spec else str(abs(c))
            if i == 0:
                body = mag
            else:
                body = ("" if abs(c) == 1 else mag) + var + (f"^{i}" if i > 1 else "")
            sign = "-" if c < 0 else "+"
            terms.append((sign, body))
        first_sign, first = terms[0]
        out = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            out += f" {sign} {body}"
        return out


x = Poly.x()
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", repr(p), p.degree, len(p), list(p), p[0], p[-1], p[1:])
print(p + q, p - q, 1 - q, p * q, -p, +p is p, (x + 1) ** 5)
print([p(v) for v in range(-2, 3)], p(0.5), p(x + 1))
print(divmod(p * q + 2, q), p // q, p % q, (x ** 3 - 1) // (x - 1))
print(f"{p:.2f}", f"{p:var=t;}", f"{p:var=z;+.1e}", format(Poly(0)), format(Poly(-1, 0, -1)))
print(abs(Poly(3, 4)), bool(Poly(0, 0)), bool(q), Poly(1, 2) == Poly(1, 2, 0), Poly(5) == 5, {Poly(1, 1): "a"}[x + 1])
print(p.derivative(), p.derivative().derivative(), Poly(7).derivative(), sum([x, x, 1], Poly(0)))
print(sorted([x ** 2, x, Poly(3)], key=lambda t: t.degree), max([x + 2, x ** 3], key=len))
for bad in (lambda: x ** -1, lambda: p // Poly(0), lambda: p + "a", lambda: "a" * p):
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(pow(x + 1, 3), 2 ** 10, pow(3, 4, 5), pow(2, -1, 7), (x * 0.5)(4))
