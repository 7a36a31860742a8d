# a Vector with the arithmetic/container/format dunders, total_ordering, inheritance and super() chains, properties, context managers
from functools import total_ordering
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f'Vector({self.x!r}, {self.y!r})'
    def __str__(self): return f'({self.x}, {self.y})'
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __format__(self, spec): return f'<{self.x:{spec}}, {self.y:{spec}}>'
v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v * 3, 3 * v, -v, abs(w), v == Vector(1, 2), v != w, bool(Vector(0, 0)), list(v), v[1], len(v))
print(sum([v, w]), f'{v:.2f}', format(w, '>3'), repr(v), str(v), {v: 1}[Vector(1, 2)], hash(v) == hash(Vector(1, 2)))
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v.z = 3
except AttributeError as e:
    print(e)
x, y = w
print(x, y, *v, max(v), sorted(w, reverse=True))
@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return 'Version(' + '.'.join(map(str, self.parts)) + ')'
vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print(sorted(vs), max(vs), Version('1.0') <= Version('1.0'), Version('2.0') > Version('1.9'), Version('1.0') >= Version('1.1'))
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self): return '...'
    def describe(self): return f'{self.name} says {self.speak()}'
    @classmethod
    def create(cls, name): return cls(name)
    @staticmethod
    def kingdom(): return 'Animalia'
    @property
    def upper(self): return self.name.upper()
class Dog(Animal):
    def speak(self): return 'Woof'
class Puppy(Dog):
    def speak(self): return super().speak() + '!'
    def describe(self): return 'Puppy: ' + super().describe()
for a in [Animal('generic'), Dog.create('Rex'), Puppy('Bit')]:
    print(a.describe(), type(a).__name__, a.upper, a.kingdom(), isinstance(a, Dog))
print(Animal.count, Puppy.__mro__, Puppy.__bases__, Dog.__name__, Puppy.__qualname__, Puppy.speak.__qualname__)
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self): print('deleting'); del self._c
t = Temp(); t.celsius = 25; print(t.celsius)
try: t.celsius = -300
except ValueError as e: print(e)
del t.celsius
try: print(t.celsius)
except AttributeError as e: print(e)
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __contains__(self, x): return x in self.items
    def __repr__(self): return f'Stack({self.items})'
    def __call__(self, *a): return len(a)
    def __enter__(self): print('enter'); return self
    def __exit__(self, et, ev, tb): print('exit', et.__name__ if et else None); return True
s = Stack().push(1).push(2)
print(s, 2 in s, 5 in s, s(1, 2, 3), callable(s))
with s as st:
    st.push(3)
    raise KeyError('swallowed')
print('after with', s)
class Meta:
    def __getattr__(self, name): return f'dyn_{name}'
m = Meta(); m.real = 1
print(m.real, m.anything, getattr(m, 'other'), hasattr(m, 'zzz'))
class Counter:
    def __init__(self): self.n = 0
    def __iadd__(self, k): self.n += k; return self
    def __lt__(self, o): return self.n < o.n
c = Counter(); c += 5; c += 2; print(c.n, Counter() < c, c > Counter())
print(object.__repr__(c)[:20] == '<__main__.Counter ob', str(type(c)), type(c).__module__)
