"""collections.abc for gilvm: the abstract base classes of containers (CPython's
Lib/_collections_abc.py behaviour, written for gilvm; `collections` registers this module as
`collections.abc`).

gilvm's classes are all of type `type` (no metaclasses), and isinstance()/issubclass() with a
class never ask anything but the class's MRO. They do ask an object that is not a class for
its type's __instancecheck__ / __subclasscheck__. So each ABC here is made of two objects:
- a real class (made by a class statement, named and printing as collections.abc.X) that
  holds the mixin methods and the abstract ones; classes that subclass the ABC get it as
  their base (the ABC object's __mro_entries__), so mixins, __mro__ and the abstract-class
  check work as CPython's; and
- the public object `Iterable`, `Mapping`, ..., an instance of ABCMeta, which stands for
  the class: it prints as the class, is called to instantiate it (refused while abstract,
  with CPython 3.11's "Can't instantiate abstract class X with abstract method(s) a, b"),
  hands other attributes on to the class, and answers isinstance/issubclass as ABCMeta
  does: the ABC's __subclasshook__ (the one-trick ABCs: the methods found in the MRO, a
  None value disabling), real subclassing, the registry (register()), then the ABCs
  derived from it; answers are cached per class until the next register().
Not as CPython: type(Iterable) is ABCMeta but isinstance(Iterable, type) is False; a user
class deriving from an ABC is a plain class, so isinstance() with it does not use
__subclasshook__ or register() (they work with the ABCs of this module only).
"""
from abc import abstractmethod, _compute_abstracts

# the classes' __module__ (as CPython's module does: it was collections.abc once)
__name__ = 'collections.abc'

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]

# register() bumps it: every ABC's cache of answers is dropped when it moved
_version = [0]
_proxies = {}     # real class -> its ABCMeta object
_unhashable = set()   # built-in classes whose __hash__ CPython sets to None (gilvm: not None)


_MISSING = object()


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method == '__hash__' and B in _unhashable:
                return NotImplemented
            d = B.__dict__
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
            if B.__module__ == 'builtins' and B is not object and method in dir(B):
                # a built-in class's __dict__ lacks its slots in gilvm: dir() has them
                # (and not the metaclass's attributes, as type's __call__); dir() also
                # lists a few CPython has that gilvm has no attribute for (the dict views'
                # __reversed__): those are left to the registrations below
                value = getattr(B, method, _MISSING)
                if value is _MISSING:
                    continue
                if value is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _raise_thrown(typ, val, tb):
    # the default throw() of Coroutine and Generator: raises what throw(typ, val, tb) names
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


class ABCMeta:
    """The ABC object: stands for its class (see the module's doc)."""

    # (functools.singledispatch, _generic and typing take such an object for a class)
    _is_abc_proxy = True

    def __init__(self, name, bases=None, namespace=None):
        if bases is None:
            cls = name
        else:
            cls = type(name, tuple(b._cls if isinstance(b, ABCMeta) else b for b in bases),
                       namespace)
        self._cls = cls
        self.__name__ = cls.__name__
        self.__qualname__ = cls.__qualname__
        self.__module__ = cls.__module__
        self.__doc__ = cls.__doc__
        self._registry = []
        self._derived = []
        self._cache = {}
        self._seen = _version[0]
        # (a class's __dict__ is slow in gilvm: attributes are looked up instead)
        self._hook = getattr(cls, '__subclasshook__', None)
        _proxies[cls] = self
        root = True
        for b in cls.__bases__:
            p = _proxies.get(b)
            if p is not None:
                p._derived.append(self)
                root = False
        if root:
            # (an ABC deriving from one had its __abstractmethods__ from __init_subclass__)
            _make_root(cls)
            cls.__abstractmethods__ = _compute_abstracts(cls)

    def __repr__(self):
        return f"<class '{self.__module__}.{self.__qualname__}'>"

    def __getattr__(self, name):
        if name.startswith('_abc_'):
            raise AttributeError(name)
        return getattr(self._cls, name)

    def __call__(self, *args, **kwargs):
        return self._cls(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._cls,)

    def __getitem__(self, params):
        return _alias(self, params)

    def __or__(self, other):
        # Mapping | None, int | Sequence: a types.UnionType, as for a class
        from _generic import union, _unionable
        return union(self, other) if _unionable(other) else NotImplemented

    def __ror__(self, other):
        from _generic import union, _unionable
        return union(other, self) if _unionable(other) else NotImplemented

    def __instancecheck__(self, instance):
        cls = type(instance)
        if self.__subclasscheck__(cls):
            return True
        sub = getattr(instance, '__class__', cls)
        return sub is not cls and isinstance(sub, type) and self.__subclasscheck__(sub)

    def __subclasscheck__(self, subclass):
        if isinstance(subclass, ABCMeta):
            subclass = subclass._cls
        elif not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cache = self._cache
        if self._seen != _version[0]:
            cache.clear()
            self._seen = _version[0]
        ok = cache.get(subclass)
        if ok is None:
            ok = cache[subclass] = self._check(subclass)
        return ok

    def _check(self, subclass):
        if self._hook is not None:
            ok = self._hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if issubclass(subclass, self._cls):
            return True
        for r in self._registry:
            if issubclass(subclass, r):
                return True
        for d in self._derived:
            if d.__subclasscheck__(subclass):
                return True
        return False

    def register(self, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as
        a class decorator."""
        if isinstance(subclass, ABCMeta):
            subclass = subclass._cls
        elif not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if self.__subclasscheck__(subclass):
            return subclass
        p = _proxies.get(subclass)
        if issubclass(self._cls, subclass) or p is not None and p.__subclasscheck__(self._cls):
            raise RuntimeError("Refusing to create an inheritance cycle")
        self._registry.append(subclass)
        _version[0] += 1
        return subclass

    def _dump_registry(self, file=None):
        print(f"Class: {self.__module__}.{self.__qualname__}", file=file)
        print(f"Inv. counter: {_version[0]}", file=file)


ABCMeta.__module__ = 'abc'


def _make_root(cls):
    # what an ABC with no ABC base gives its subclasses: __abstractmethods__ computed for
    # each (ABCMeta.__new__'s work; a true one makes object.__new__ refuse the class, as
    # CPython's: objects/typelayout.ts TPF_IS_ABSTRACT), and Class[int]
    def __init_subclass__(sub, /, **kwargs):
        super(cls, sub).__init_subclass__(**kwargs)
        sub.__abstractmethods__ = _compute_abstracts(sub)

    def __class_getitem__(sub, params):
        from _generic import GenericAlias
        return GenericAlias(sub, params)

    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__class_getitem__ = classmethod(__class_getitem__)


_alias_class = []


def _alias(abc, params):
    # collections.abc.X[...]: a types.GenericAlias printing the ABC by name and deriving
    # from its class
    if not _alias_class:
        from _generic import GenericAlias, _type_repr

        class _ABCAlias(GenericAlias):
            __slots__ = ()

            def __repr__(self):
                origin = self.__origin__
                args = self.__args__
                name = f'{origin.__module__}.{origin.__qualname__}'
                if origin is Callable and len(args) == 2 and isinstance(args[0], list):
                    return f"{name}[[{', '.join(_type_repr(a) for a in args[0])}], {_type_repr(args[1])}]"
                if not args:
                    return f'{name}[()]'
                return f"{name}[{', '.join(_type_repr(a) for a in args)}]"

            def __mro_entries__(self, bases):
                return (self.__origin__._cls,)

        _ABCAlias.__name__ = _ABCAlias.__qualname__ = 'GenericAlias'
        _ABCAlias.__module__ = 'types'
        _alias_class.append(_ABCAlias)
    if abc is Callable and isinstance(params, tuple) and len(params) == 2:
        if isinstance(params[0], list) or params[0] is ...:
            return _alias_class[0](abc, params)
        raise TypeError("Callable[args, result]: args must be a list. Got " + repr(params[0]))
    return _alias_class[0](abc, params)


# ------------------------------------------------------------------ one-trick ABCs

@ABCMeta
class Hashable:
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable._cls:
            return _check_methods(C, "__hash__")
        return NotImplemented


@ABCMeta
class Awaitable:
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable._cls:
            return _check_methods(C, "__await__")
        return NotImplemented


@ABCMeta
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine._cls:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


@ABCMeta
class AsyncIterable:
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable._cls:
            return _check_methods(C, "__aiter__")
        return NotImplemented


@ABCMeta
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator._cls:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


@ABCMeta
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator._cls:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
        return NotImplemented


@ABCMeta
class Iterable:
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable._cls:
            return _check_methods(C, "__iter__")
        return NotImplemented


@ABCMeta
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        'Return the next item from the iterator. When exhausted, raise StopIteration'
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator._cls:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


@ABCMeta
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible._cls:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


@ABCMeta
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator._cls:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
        return NotImplemented


@ABCMeta
class Sized:
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized._cls:
            return _check_methods(C, "__len__")
        return NotImplemented


@ABCMeta
class Container:
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container._cls:
            return _check_methods(C, "__contains__")
        return NotImplemented


@ABCMeta
class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection._cls:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


@ABCMeta
class Callable:
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable._cls:
            return _check_methods(C, "__call__")
        return NotImplemented


# ------------------------------------------------------------------------- sets

@ABCMeta
class Set(Collection):
    """A set is a finite, iterable container. Concrete subclasses must define __contains__,
    __iter__ and __len__; the comparisons and the operators come from here."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Compute the hash value of a set (frozenset's algorithm)."""
        MAX = 9223372036854775807   # sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


@ABCMeta
class MutableSet(Set):
    """A mutable set: concrete subclasses define add() and discard() too."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element.  Do not raise an exception if absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# --------------------------------------------------------------------- mappings

@ABCMeta
class Mapping(Collection):
    """A Mapping is a generic container for associating key/value pairs. Concrete
    subclasses define __getitem__, __iter__ and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


@ABCMeta
class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


@ABCMeta
class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


@ABCMeta
class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


@ABCMeta
class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


@ABCMeta
class MutableMapping(Mapping):
    """A MutableMapping: concrete subclasses define __getitem__, __setitem__, __delitem__,
    __iter__ and __len__."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        '''D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
          If key is not found, d is returned if given, otherwise KeyError is raised.
        '''
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        '''D.popitem() -> (k, v), remove and return some (key, value) pair
           as a 2-tuple; but raise KeyError if D is empty.
        '''
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        ''' D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.'''
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# -------------------------------------------------------------------- sequences

@ABCMeta
class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence. Concrete subclasses define __getitem__
    and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        '''S.index(value, [start, [stop]]) -> integer -- return first index of value.
           Raises ValueError if the value is not present.
        '''
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'S.count(value) -> integer -- return number of occurrences of value'
        return sum(1 for v in self if v is value or v == value)


@ABCMeta
class ByteString(Sequence):
    """This unifies bytes and bytearray."""
    __slots__ = ()


@ABCMeta
class MutableSequence(Sequence):
    """All the operations on a read-write sequence. Concrete subclasses define __getitem__,
    __setitem__, __delitem__, __len__ and insert()."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        'S.insert(index, value) -- insert value before index'
        raise IndexError

    def append(self, value):
        'S.append(value) -- append value to the end of the sequence'
        self.insert(len(self), value)

    def clear(self):
        'S.clear() -> None -- remove all items from S'
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        'S.reverse() -- reverse *IN PLACE*'
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        'S.extend(iterable) -- extend sequence by appending elements from the iterable'
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        '''S.pop([index]) -> item -- remove and return item at index (default last).
           Raise IndexError if list is empty or index is out of range.
        '''
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        '''S.remove(value) -- remove first occurrence of value.
           Raise ValueError if the value is not present.
        '''
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------- the built-in classes registered

def _registrations():
    # straight into the registries (register() would first ask every ABC about each class)
    def gen():
        yield
    async def coro():
        pass
    async def agen():
        yield
    d = {}
    c = coro()
    coroutine = type(c)
    c.close()
    keys, values, items = type(d.keys()), type(d.values()), type(d.items())
    _unhashable.update((keys, items))
    # the built-in iterators (gilvm's dir() of some lacks __iter__/__next__)
    iterators = {type(it) for it in (
        iter(b''), iter(bytearray()), iter(d), iter(d.values()), iter(d.items()), iter([]),
        reversed([]), iter(range(1)), iter(range(1 << 64)), iter(set()), iter(''), iter(()),
        zip(), reversed(d), reversed(d.values()), reversed(d.items()))}
    for abc, classes in ((Iterator, iterators), (Generator, (type(gen()),)),
                         (Coroutine, (coroutine,)), (AsyncGenerator, (type(agen()),)),
                         (KeysView, (keys,)), (ValuesView, (values,)), (ItemsView, (items,)),
                         (Reversible, (keys, values, items)), (Set, (frozenset,)),
                         (MutableSet, (set,)), (Mapping, (type(type.__dict__),)),
                         (MutableMapping, (dict,)), (Sequence, (tuple, str, range)),
                         (ByteString, (bytes, bytearray)),
                         (MutableSequence, (list, bytearray))):
        abc._registry.extend(classes)
    _version[0] += 1


_registrations()
del _registrations


def _collections_registrations():
    # the classes of collections that CPython derives from these ABCs or registers with them
    import collections as c
    MutableSequence.register(c.deque)
    _unhashable.add(c.deque)
    MutableMapping.register(c.ChainMap)
    KeysView.register(c._odict_keys)
    ItemsView.register(c._odict_items)
    ValuesView.register(c._odict_values)
    KeysView.register(c.KeysView)
    ItemsView.register(c.ItemsView)
    ValuesView.register(c.ValuesView)


_collections_registrations()
del _collections_registrations
