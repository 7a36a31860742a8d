# gilvm-nogil:
# property / staticmethod / classmethod have __isabstractmethod__ (True when fget/fset/fdel or
# the wrapped callable has a true one), as CPython 3.11 (was an AttributeError)
import abc
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
    @property
    def concrete(self): return 1
    @staticmethod
    def cs(): pass
    @classmethod
    def cc(cls): pass
d = A.__dict__
print(d["p"].__isabstractmethod__, d["s"].__isabstractmethod__, d["c"].__isabstractmethod__)
print(d["concrete"].__isabstractmethod__, d["cs"].__isabstractmethod__, d["cc"].__isabstractmethod__)
def setter(self, v): pass
setter.__isabstractmethod__ = True
print(property(None, setter).__isabstractmethod__, property().__isabstractmethod__)
class Weird:
    @property
    def __isabstractmethod__(self): raise ValueError("no")
def g(): pass
g.__isabstractmethod__ = 1
print(staticmethod(g).__isabstractmethod__, classmethod(g).__isabstractmethod__)
try:
    print(property(Weird()).__isabstractmethod__)
except ValueError as e:
    print("ValueError", e)
print(sorted(A.__abstractmethods__))
try:
    A()
except TypeError as e:
    print("TypeError", e)
