# classmethod and staticmethod objects repr as CPython 3.10+ does: <staticmethod(<...>)>
print(classmethod(len), staticmethod(len))
class A:
    @staticmethod
    def f(): pass
    @classmethod
    def g(c): pass
print(repr(A.__dict__["f"])[:26], repr(A.__dict__["g"])[:26])
