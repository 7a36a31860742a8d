# Arithmetic protocols: binary, reflected (__radd__ ...), in-place, unary, and
# the TypeError when both sides return NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        print("  __rmul__")
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vec(self.y, self.x)

    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)

    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)

    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)

    def __radd__(self, o):
        print("  __radd__ with", o)
        return Vec(self.x + o, self.y + o)

    def __rsub__(self, o):
        return Vec(o - self.x, o - self.y)

    def __imul__(self, k):
        print("  __imul__")
        self.x *= k
        self.y *= k
        return self


v, w = Vec(3, 4), Vec(1, 2)
print(v + w, v - w, v * 2, 3 * v, v / 2, v // 2, v % 2, v ** 2)
print(-v, +v, abs(v), ~v, v & w, v | w, v ^ w, v << 2, v >> 1)
print(10 + v, 10 - v, sum([v, w], Vec(0, 0)))
print(sum([v, w]))
alias = v
v *= 10
print(v, alias is v)
v += w                    # no __iadd__: falls back to __add__, rebinding v
print(v, alias, alias is v)
try:
    v + "text"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "text" - v
except TypeError as e:
    print(type(e).__name__, e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__

    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(sum([Money(5), Money(10)]), Money(1) + 2, 2 + Money(1), Money(3) == Money(3))
print(divmod(17, 5), (5).__add__(3), (5).__radd__(3), (5).__add__(1.0), 2 .__rtruediv__(1))
for expr in ("1 + '1'", "[] - []", "None * 2", "{} | 1", "-'a'", "~1.5", "'a' ** 2"):
    try:
        eval_result = {"1 + '1'": lambda: 1 + '1', "[] - []": lambda: [] - [],
                       "None * 2": lambda: None * 2, "{} | 1": lambda: {} | 1,
                       "-'a'": lambda: -'a', "~1.5": lambda: ~1.5,
                       "'a' ** 2": lambda: 'a' ** 2}[expr]()
    except TypeError as e:
        print(f"{expr:10} -> {type(e).__name__}: {e}")
