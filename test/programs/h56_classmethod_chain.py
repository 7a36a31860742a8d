# classmethod wrapping a descriptor (property, classmethod, a class with __get__) chains its __get__, as CPython 3.9-3.12
class C:
    _n = 'base'
    @classmethod
    @property
    def name(cls):
        return "cprop " + cls.__name__

    @classmethod
    @classmethod
    def twice(cls):
        return cls

class D(C):
    pass

class G:
    def __get__(self, obj, owner=None):
        return ('G.__get__', obj.__name__ if obj is not None else None, owner.__name__ if owner else None)

class E:
    g = classmethod(G())

print(C.name, D.name, C().name, D().name)
print(E.g, E().g)
print(C.twice() is type, D.twice())
