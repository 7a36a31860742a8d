# gilvm-nogil:
import collections
import collections.abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Collection,
    Hashable, Callable, Reversible, Sequence, MutableSequence, Mapping, MutableMapping, Set,
    MutableSet, MappingView, KeysView, ItemsView, ValuesView, ByteString, Awaitable,
    Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator)
import _collections_abc
print(collections.abc.Mapping is Mapping, _collections_abc.Mapping is Mapping)
print(Iterable, Mapping, type(Iterable).__name__)

def gen():
    yield 1

class WithEq:
    def __eq__(self, other):
        return True

class Plain:
    pass

abcs = [Hashable, Iterable, Iterator, Generator, Sized, Container, Collection, Callable,
        Reversible, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
        MappingView, KeysView, ItemsView, ValuesView, ByteString]
d = {'a': 1}
objs = [1, 1.5, 'abc', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
        None, iter([]), iter(()), iter('ab'), iter({}), iter(set()), reversed([]), gen(), len,
        gen, lambda: 0, int, d.keys(), d.values(), d.items(), zip(), map(str, []), enumerate([]),
        collections.deque(), collections.OrderedDict(), collections.Counter(), collections.defaultdict(int),
        collections.ChainMap(), WithEq(), Plain(), iter(d.values()), iter(range(3))]
for o in objs:
    print(type(o).__name__.ljust(22), ''.join('X' if isinstance(o, a) else '.' for a in abcs))
for t in (list, dict, str, int, type(None), object, collections.deque, collections.OrderedDict):
    print(t.__name__.ljust(22), ''.join('X' if issubclass(t, a) else '.' for a in abcs))
for a in abcs:
    print(a.__name__, [b.__name__ for b in abcs if issubclass(a, b)])

def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, (4, 5)], 'six'], {7: 0}, range(8, 10), b'x', [[[]]]])))
print(isinstance([], (Mapping, Sequence)), isinstance(3, (Mapping, int)))
