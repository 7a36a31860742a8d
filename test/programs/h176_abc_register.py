# gilvm-nogil:
# abc: ABC.register() and __subclasshook__ make virtual subclasses for isinstance/issubclass;
# ABCMeta imports, and metaclass=ABCMeta makes an abstract base class.
from abc import ABC, ABCMeta, abstractmethod
class Animal(ABC): pass
class Duck: pass
print(Animal.register(Duck) is Duck)
print(isinstance(Duck(), Animal), issubclass(Duck, Animal), isinstance(3, Animal))
class Pet(Animal): pass
class Cat: pass
Pet.register(Cat)
print(isinstance(Cat(), Pet), isinstance(Cat(), Animal), issubclass(Cat, Animal), issubclass(Duck, Pet))
class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Circle:
    def draw(self): return "o"
class Square: pass
print(isinstance(Circle(), Drawable), isinstance(Square(), Drawable), issubclass(Circle, Drawable))
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
class R(Shape):
    def area(self): return 4
try:
    Shape()
except TypeError as e:
    print(e)
print(R().area(), isinstance(R(), Shape), issubclass(R, Shape))
try:
    Animal.register(5)
except TypeError as e:
    print(e)
try:
    Pet.register(Animal)
except RuntimeError as e:
    print(e)
print(Animal.register(Pet) is Pet)
@Animal.register
class Fish: pass
print(isinstance(Fish(), Animal), Fish.__name__)
import collections.abc
print(isinstance([], collections.abc.Sequence), isinstance(Duck(), (int, Animal)))
