# The attributes every object has through `object` (dir() lists them, so getattr must
# find them): __sizeof__, __dir__, __getstate__, __reduce__, __reduce_ex__,
# __init_subclass__, __subclasshook__, __doc__, __weakref__; the built-in generic classes'
# __class_getitem__; bytes' operator methods. copy still copies by the generic rules.
import copy
import weakref


class Plain:
    """A plain class."""


class Bare:
    pass


class Slotted:
    __slots__ = ('a', 'b', '__c')

    def __init__(self):
        self.a = 1
        self.__c = 3


# every name dir() lists can be read
for obj in (1, 'a', 1.5, [], {}, (), set(), frozenset(), None, True, range(3), b'x',
            bytearray(), len, Plain(), Bare(), Slotted(), object(), Exception('e'), slice(1),
            iter([]), Plain().__init__, print):
    missing = [n for n in dir(obj) if not hasattr(obj, n) and n not in ('__getnewargs__', '__getformat__', '__setstate__', '__bytes__', '__alloc__', '__iadd__', '__imul__')]
    print(type(obj).__name__, missing)

p = Plain()
print(Plain.__doc__, p.__doc__, Bare.__doc__, Bare().__doc__)
print(p.__sizeof__() > 0, type(p.__sizeof__()).__name__)
print(sorted(p.__dir__()) == dir(p), type(p.__dir__()).__name__)
print(p.__getstate__())
p.x = 1
p.y = [2]
state = p.__getstate__()
print(state, state is p.__dict__)
s = Slotted()
print(s.__getstate__())
s.b = 2
print(s.__getstate__())

r = p.__reduce_ex__(2)
print(len(r), r[0].__name__, r[1] == (Plain,), r[2] is p.__dict__, r[3:])
clone = r[0](*r[1])
clone.__dict__.update(r[2])
print(type(clone).__name__, clone.x, clone.y is p.y)
r0 = p.__reduce__()
print(len(r0), r0[0].__name__, r0[1] == (Plain, object, None), r0[2] == p.__dict__)
print(len(Bare().__reduce__()))
try:
    (1).__reduce_ex__('x')
except TypeError as e:
    print('TypeError:', e)


class Custom:
    def __reduce__(self):
        return (Custom, ())


print(Custom().__reduce_ex__(2) == (Custom, ()))

# class methods of object
print(Plain.__subclasshook__(), p.__subclasshook__(), object.__subclasshook__(int))
print(Plain.__init_subclass__(), p.__init_subclass__())
try:
    Plain.__init_subclass__(x=1)
except TypeError as e:
    print('TypeError:', e)


class Registry:
    names = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.names.append(cls.__name__)


class One(Registry):
    pass


class Two(One):
    pass


print(Registry.names)

# __weakref__
b = Bare()
print(b.__weakref__)
w = weakref.ref(b)
print(b.__weakref__ is w)
try:
    Slotted().__weakref__
except AttributeError as e:
    print('AttributeError:', e)

# built-in generic classes and bytes' operators as methods
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), [].__class_getitem__(str))
print(b'a'.__add__(b'b'), b'ab'.__mul__(2), b'x'.__rmul__(3), b'%d'.__mod__(7), bytearray(b'q').__add__(b'r'))
for bad in (lambda: b'a'.__add__(1), lambda: bytearray(b'a').__add__(1), lambda: b'a'.__mul__('x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# copy keeps working: object's __reduce_ex__ / __getstate__ are the generic copy
q = Plain()
q.items = [1, [2, 3]]
c1 = copy.copy(q)
c2 = copy.deepcopy(q)
print(c1.items is q.items, c2.items == q.items, c2.items is q.items, c2.items[1] is q.items[1])
sc = copy.copy(s)
print(sc.a, sc.b, sc._Slotted__c)
