# gilvm-nogil:
# attribute sites that see several types in turn (loads, method calls, stores, properties,
# __slots__, shadowing instance attributes, __getattr__, modules, classes changed mid-loop)
import math, random


class Base:
    kind = 'base'

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n

    def label(self):
        return f'{self.kind}:{self.area()}'


class Sq(Base):
    kind = 'sq'

    def __init__(self, n):
        self.extra = n * 10  # a different dict layout: n is entry 1 here
        super().__init__(n)

    def area(self):
        return self.n * self.n


class Prop(Base):
    kind = 'prop'

    @property
    def n(self):
        return self._n + 1000

    @n.setter
    def n(self, v):
        self._n = v


class Slotted:
    __slots__ = ('n',)
    kind = 'slot'

    def __init__(self, n):
        self.n = n

    def area(self):
        return -self.n

    def label(self):
        return f'{self.kind}:{self.area()}'


class Lazy(Base):
    def __getattr__(self, name):
        return f'lazy-{name}'


def describe(objs):
    out = []
    for o in objs:
        out.append((o.n, o.area(), o.label(), o.kind))
    return out


objs = [Base(2), Sq(3), Prop(4), Slotted(5), Lazy(6)]
for _ in range(3):
    print(describe(objs))
print([getattr(o, 'missing', None) for o in objs])

# an instance attribute shadowing the method in one object only
shadow = Base(7)
shadow.area = lambda: 'shadowed'
print([o.area() for o in [Base(1), shadow, Sq(2), shadow, Base(3)]])

# stores of one name into several classes, through a setter in one of them
def set_all(objs, v):
    for o in objs:
        o.n = v
    return [o.n for o in objs]


for v in range(3):
    print(set_all(objs, v))

# the class changes between rounds: the sites must see it
for r in range(3):
    print(r, [o.area() for o in objs[:3]])
    if r == 0:
        Sq.area = lambda self: 'patched'
    elif r == 1:
        del Sq.area
        Base.kind = 'rebased'
print([o.label() for o in objs])

# modules as owners, and classes as owners
print([m.__name__ for m in (math, random)], [getattr(m, 'pi', 'none') for m in (math, random)])
print([c.kind for c in (Base, Sq, Prop, Slotted, Lazy)])
for c in (Base, Sq):
    c.kind = c.__name__.lower()
print([c.kind for c in (Base, Sq, Prop, Slotted, Lazy)])

# many types through one site
classes = [type(f'K{i}', (Base,), {'area': (lambda i: lambda self: i * 100 + self.n)(i)}) for i in range(40)]
items = [cls(j) for j, cls in enumerate(classes)]
print(sum(o.area() for o in items), sum(o.n for o in items))
for o in items:
    o.n += 1
print(sum(o.area() for o in items), [o.label() for o in items[:3]])
