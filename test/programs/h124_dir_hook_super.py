# gilvm-nogil:
# a class's __dir__ that extends object.__dir__ (super().__dir__() or object.__dir__(self))
# gets the default names instead of recursing into itself; dir() also calls a __dir__
# that is a staticmethod or another descriptor, and sorts what any __dir__ returns
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __dir__(self):
        return list(super().__dir__()) + [n for n in dir(self._target) if not n.startswith('_')]
p = Proxy([1, 2])
names = dir(p)
print([n for n in names if not n.startswith('__')])
print('__getattr__' in names, '__dict__' in names, names == sorted(names))
class Explicit:
    def __init__(self):
        self.v = 1
    def __dir__(self):
        return sorted(object.__dir__(self))[-2:]
print(dir(Explicit()))
class Child(Explicit):
    def __dir__(self):
        return ['zz'] + super().__dir__()
print(dir(Child()))
class Static:
    __dir__ = staticmethod(lambda: ['b', 'a'])
print(dir(Static()))
class ViaDescriptor:
    class _Get:
        def __get__(self, obj, owner):
            return lambda: ('from', 'descriptor')
    __dir__ = _Get()
print(dir(ViaDescriptor()))
print(type(object.__dir__(p)).__name__, set(object.__dir__(p)) == set(dir(Proxy)) | {'_target'})
