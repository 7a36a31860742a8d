class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
print(d.speak(), d, [d], Animal.count, isinstance(d, Animal), Dog.__mro__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __iter__(self):
        yield self.x
        yield self.y
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    @staticmethod
    def zero():
        return Vec(0, 0)
    @classmethod
    def make(cls, v):
        return cls(v, v)
v = Vec(1, 2) + Vec(3, 4)
print(list(v), v == Vec(4, 6), v != Vec(0, 0), len(v), v.norm2, list(Vec.zero()), list(Vec.make(7)), bool(v))
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
c(); c()
print(c())
