# gilvm-nogil:
# singledispatch with collections.abc ABCs registered (by class, annotation or union): the
# implementation chosen along the MRO with the ABCs placed as CPython's _compose_mro, and
# "Ambiguous dispatch" for two unrelated ABCs (register() refused the ABCs before)
from functools import singledispatch
from collections.abc import Sequence, MutableSequence, Mapping, Iterable, Sized, Container, Set, Collection
import collections

def make(*types):
    @singledispatch
    def f(x): return "object"
    for t in types:
        f.register(t, lambda x, t=t: t.__name__)
    return f

class MyList(list): pass
class MySeq(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 0
class Plain: pass
Sequence.register(Plain)
cases = [
    (Sequence,), (Sequence, MutableSequence), (Iterable, Sequence), (Sequence, list),
    (Mapping,), (Iterable,), (Collection, Sequence), (Sized, Iterable), (Iterable, Container),
    (Sequence, Mapping), (Set,), (object, Iterable),
]
for types in cases:
    f = make(*types)
    out = []
    for v in [[1], (1,), "s", {}, {1}, 1, MyList(), MySeq(), Plain(), collections.OrderedDict(), range(3), b"x", frozenset()]:
        try:
            out.append(f(v))
        except RuntimeError as e:
            out.append("RE:" + str(e))
    print([t.__name__ for t in types], out)

@singledispatch
def g(x): return "obj"
@g.register
def _(x: Sequence): return "seq"
@g.register
def _(x: int | Mapping): return "int|map"
print(g([1]), g({}), g(3), g(1.0), sorted(k.__name__ for k in g.registry))
print(g.dispatch(list).__name__, g.dispatch(dict)(1))
