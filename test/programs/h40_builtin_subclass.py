class DefaultDict(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def __missing__(self, key):
        value = self.default(key)
        self[key] = value
        return value

class History(list):
    def append(self, item):
        super().append((len(self), item))
    def __repr__(self):
        return "History(" + super().__repr__() + ")"

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        return super().__new__(cls, value)
    def __str__(self):
        return f"{float(self):.1f}°C"
    def to_f(self):
        return Celsius.__new__(Fahrenheit, self * 9 / 5 + 32)

class Fahrenheit(Celsius):
    def __str__(self):
        return f"{float(self):.1f}°F"

class Money(int):
    def __repr__(self):
        return f"${self / 100:,.2f}"
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__

class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower().strip())
    @property
    def hashtag(self):
        return "#" + self

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

d = DefaultDict(len, a=1)
print(d["hello"], d["a"], d, isinstance(d, dict), d.get("zzz"), "zzz" in d, len(d))
h = History()
h.append("x"); h.append("y"); h += ["raw"]
print(h, len(h), h[0], type(h[0:1]).__name__, h.copy().__class__.__name__)
t = Celsius(21.5)
print(t, repr(t), t + 1, type(t + 1).__name__, t.to_f(), type(t.to_f()).__name__, isinstance(t.to_f(), Celsius))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
print(sum([Money(150), Money(275)]), Money(5) + 10, [Money(123456)], Money(99) * 2, type(Money(99) * 2).__name__)
tags = [Tag("  Python "), Tag("GIL"), Tag("python")]
print(tags, tags[0] == tags[2], tags[1].hashtag, set(tags) == {"python", "gil"}, tags[0].upper(), type(tags[0].upper()).__name__)
s = Stack([1, 2])
s.push(3)
print(s.peek(), s, s.pop(), len(s), Stack() == [], sorted(Stack([3, 1, 2])), s * 2, type(s * 2).__name__)
class Odd(int):
    def __bool__(self):
        return self % 2 == 1
print([bool(Odd(n)) for n in range(4)], Odd(3) + 1, str(Odd(7)), f"{Odd(10):>5}")
class CIDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
cd = CIDict()
cd["Name"] = "x"
cd.update(OTHER=1)
print(cd, cd["NAME"], "nAmE" in cd, "other" in cd, dict(cd))
class Frozen(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def total(self):
        return sum(self)
f = Frozen(1, 2, 3)
print(f, f.total(), f[1:], type(f[1:]).__name__, f + (4,), len(f), hash(f) == hash((1, 2, 3)))
Stack().peek()
