# gilvm-nogil:
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Collection,
    Hashable, Callable, Reversible, Sequence, MutableSequence, Mapping, MutableMapping, Set,
    MutableSet, KeysView, ItemsView, ValuesView)
import collections


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f'Frozen({self._d})'

f = Frozen(a=1, b=2)
print(f.get('a'), f.get('z'), f.get('z', 0), 'a' in f, 'z' in f)
print(list(f.keys()), list(f.items()), list(f.values()))
print(f.keys(), type(f.items()).__name__)
print(f == {'a': 1, 'b': 2}, f == {'a': 1}, f != {'a': 1}, f == 3)
print(f.keys() & {'a', 'q'}, sorted(f.keys() | {'c'}), f.keys() - {'a'}, ('a', 1) in f.items(), 2 in f.values())
print(isinstance(f, Mapping), isinstance(f, MutableMapping), isinstance(f, Collection), isinstance(f, Hashable))
print(Frozen.__mro__)
try:
    reversed(f)
except TypeError as e:
    print('TypeError', e)


class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f'Store({self._d})'

s = Store()
s['x'] = 1
s.update({'y': 2}, z=3)
s.update([('w', 4)])
print(s, s.setdefault('x', 9), s.setdefault('n'), s.pop('n'), s.pop('nope', 'dflt'))
print(s.popitem(), s)
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

q = Squares(6)
print(list(q), list(reversed(q)), 9 in q, 10 in q, q.index(16), q.count(4), q.index(4, 1, 4))
try:
    q.index(7)
except ValueError as e:
    print('ValueError', repr(e))
print(isinstance(q, Sequence), isinstance(q, MutableSequence), isinstance(q, Reversible), issubclass(Squares, Iterable))


class MyList(MutableSequence):
    def __init__(self, data=()):
        self._data = list(data)
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, v):
        self._data[i] = v
    def __delitem__(self, i):
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def insert(self, i, v):
        self._data.insert(i, v)
    def __repr__(self):
        return f'MyList({self._data})'

m = MyList([3, 1, 2])
m.append(5)
m.extend([7, 8])
m.reverse()
print(m, m.pop(), m.pop(0), m)
m.remove(2)
m += (10, 11)
print(m)
m.clear()
print(m)


class OSet(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
    def __repr__(self):
        return f'OSet({self._items})'

a = OSet([1, 2, 3])
b = OSet([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= b, OSet([1]) < a, a == OSet([3, 2, 1]), a.isdisjoint(b))
print({1, 2, 3} == a, a == {1, 2, 3}, a <= {1, 2, 3, 4}, a | [9], [9, 1] - a if False else a - [1])
a |= [7]
a -= [1]
a ^= [2, 8]
a &= {3, 7, 8, 9}
print(a, a.pop(), a)
a.remove(7)
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)
a.clear()
print(a, hash(frozenset([1, 2])) == Set._hash(OSet([1, 2])))


# abstract classes refuse instantiation
for cls in (Iterable, Mapping, MutableMapping, Sequence, MutableSet):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

class Half(MutableSequence):
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 0
try:
    Half()
except TypeError as e:
    print('TypeError', e)
print(sorted(Half.__abstractmethods__), sorted(Mapping.__abstractmethods__))


# register
class Duck:
    def __len__(self):
        return 0
print(isinstance(Duck(), Sized), isinstance(Duck(), Sequence))
print(Sequence.register(Duck) is Duck, isinstance(Duck(), Sequence), issubclass(Duck, Reversible), issubclass(Duck, Iterable))

@MutableMapping.register
class Reg:
    pass
print(Reg.__name__, issubclass(Reg, Mapping), issubclass(Reg, Container), isinstance(Reg(), MutableMapping))
try:
    Reg().get
except AttributeError as e:
    print('AttributeError', e)
try:
    Iterable.register(3)
except TypeError as e:
    print('TypeError', e)


# iterators and generators
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

class OnlyIter:
    def __iter__(self):
        return iter([])

def g():
    yield 1
print(isinstance(Count(), Iterator), isinstance(OnlyIter(), Iterator), isinstance(OnlyIter(), Iterable))
print(isinstance(g(), Generator), isinstance(Count(), Generator), isinstance(iter([]), Generator))

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)

class Gen(Generator):
    def __init__(self):
        self.i = 0
    def send(self, v):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i * 10
    def throw(self, typ, val=None, tb=None):
        raise StopIteration
print(list(Gen()), Gen().close(), isinstance(Gen(), Iterator))


# Callable and Hashable
class Fn:
    def __call__(self):
        return 1
class NoHash:
    __hash__ = None
class Sub(NoHash):
    pass
class Rehash(NoHash):
    def __hash__(self):
        return 1
print(isinstance(Fn(), Callable), isinstance(Fn, Callable), isinstance(print, Callable), isinstance(3, Callable))
print(isinstance(NoHash(), Hashable), isinstance(Sub(), Hashable), isinstance(Rehash(), Hashable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance({}.keys(), Hashable), isinstance(collections.deque(), Hashable))

class DisabledIter(list):
    __iter__ = None
print(isinstance(DisabledIter(), Iterable), issubclass(DisabledIter, Sequence))

# generic aliases
print(Iterable[int], Mapping[str, int], Callable[[int, str], bool], Callable[..., int])
def h(x: Sequence[int]) -> Iterator[str]:
    pass
print(h.__annotations__)
print(Squares[int], type(Iterable[int]).__name__)
class IntSeq(Sequence[int]):
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        return 0
print(IntSeq.__mro__[1], list(IntSeq()))
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print('TypeError', e)
print(issubclass(Sequence, Iterable), issubclass(Mapping, Sequence))
