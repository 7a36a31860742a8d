# Single and multiple inheritance, C3 method resolution order, method overriding,
# isinstance/issubclass, and an MRO that cannot be linearized.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, a kind of " + super().kind()


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"


p = Puppy("rex")
print(p.speak(), "|", p.kind())
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])


class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc): pass


print([k.__name__ for k in Aa.__mro__])


class X: pass
class Y: pass
class Z(X, Y): pass


try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)), issubclass(bool, int))
print(isinstance(D(), (B, int)), isinstance(True, int), isinstance(1, (str, float)))
print(isinstance(p, Animal), type(p) is Animal, issubclass(Puppy, object))
print([k.__name__ for k in bool.__mro__], [k.__name__ for k in KeyError.__mro__])


class Base:
    def template(self):
        return f"[{self.hook()}]"

    def hook(self):
        return "base hook"


class Derived(Base):
    def hook(self):
        return "derived hook"


print(Base().template(), Derived().template())


class Mixin:
    def greet(self):
        return "hi from mixin, name=" + self.name


class Person(Mixin, Animal):
    pass


print(Person("ann").greet(), Person("ann").speak())
print(D.__mro__[1] is B, len(object.__mro__), object.__bases__)
