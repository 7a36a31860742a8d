class Empty:
    pass
class Base(object):
    "doc"
    attr = 1
    def __init__(self, x):
        self.x = x
    def method(self):
        return self.x
    @staticmethod
    def s():
        return 1
    @property
    def p(self):
        return self.attr
class Derived(Base, metaclass=Meta):
    __private = 1
    def method(self):
        return super().method() + self.__private
    def cls(self):
        return __class__
    class Inner:
        def g(self):
            return Inner
def factory(base):
    class K(base):
        attr = base
        def m(self):
            return base
    return K
def shadow():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    return C
@dataclass
class D:
    a: int
    b: str = 'x'
