# Subclasses of built-ins compare with the built-in's own method before the other operand's
# reflected one (functools.total_ordering keeps tuple's and str's); typing's ABCs in
# isinstance as collections.abc answers; contextlib.redirect_stdout / redirect_stderr
from collections import namedtuple
class Card(namedtuple("Card", "rank suit")):
    def __lt__(self, o):
        print("lt called")
        return "23456789TJQKA".index(self.rank) < "23456789TJQKA".index(o.rank)
a, b = Card("A", "s"), Card("K", "h")
print(a > b)
class T(tuple):
    def __lt__(self, o):
        print("T.lt")
        return True
print(T((1,)) > T((2,)))
class S(str):
    def __lt__(self, o):
        print("S.lt")
        return True
print(S("a") > S("b"))
class L(list):
    def __lt__(self, o):
        print("L.lt")
        return True
print(L([1]) > L([2]))
class I(int):
    def __lt__(self, o):
        print("I.lt")
        return True
print(I(1) > I(2))
from functools import total_ordering
from collections import namedtuple
@total_ordering
class Name(str): pass
print(Name("a") < Name("b"), Name("b") >= Name("a"))
@total_ordering
class Card(namedtuple("Card", "rank suit")):
    def __lt__(self, o): return "23456789TJQKA".index(self.rank) < "23456789TJQKA".index(o.rank)
print(Card("A", "s") > Card("K", "h"), Card("A", "s") < Card("K", "h"), Card("2", "s") <= Card("3", "h"))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) > V(2), V(1) <= V(1), V(3) >= V(2))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(2) <= G(2))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print("ValueError", e)
print(sorted([V(3), V(1), V(2)], reverse=True)[0].v)
import typing
from collections import deque, OrderedDict, defaultdict, Counter
vals = [[1], (1,), "s", {}, set(), frozenset(), 3, 2.5, None, range(3), b"b", deque(), OrderedDict(), defaultdict(int), Counter(), iter([]), (x for x in []), len, {}.keys(), {}.items(), {}.values()]
class It:
    def __iter__(self): return iter([])
class Un:
    __hash__ = None
class Call:
    def __call__(self): pass
class Eq:
    def __eq__(self, o): return True
vals += [It(), Un(), Call(), Eq(), It, object()]
for name in ["Iterable", "Iterator", "Sized", "Hashable", "Container", "Collection", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "AbstractSet", "MutableSet", "Callable", "Reversible", "Generator", "KeysView", "ItemsView"]:
    abc = getattr(typing, name)
    print(name, "".join("1" if isinstance(v, abc) else "0" for v in vals))
print(issubclass(list, typing.Iterable), issubclass(int, typing.Iterable), issubclass(dict, typing.Mapping), issubclass(list, typing.Mapping))
import sys
from contextlib import redirect_stdout, redirect_stderr
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
s = Sink()
with redirect_stdout(s) as target:
    print("hidden", 1, 2)
    sys.stdout.write("direct\n")
print(s.parts, target is s)
e = Sink()
with redirect_stderr(e):
    print("to err", file=sys.stderr)
print(e.parts)
outer, inner = Sink(), Sink()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(outer.parts, inner.parts)
print("back", sys.stdout is sys.__stdout__)
