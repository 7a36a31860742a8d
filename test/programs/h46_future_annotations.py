# gilvm-nogil: --workers 2
"""from __future__ import annotations (PEP 563): annotations become strings, never evaluated;
the other future features are accepted and change nothing; bad future statements."""
from __future__ import annotations
from __future__ import division, generator_stop, print_function as pf

import __future__
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, Optional


# ---- the future statement binds its names at run time
print(annotations)
print(pf.getOptionalRelease(), pf.getMandatoryRelease())
print(annotations.getMandatoryRelease(), hex(annotations.compiler_flag))
print(__future__.all_feature_names)
print(__future__.division is division, __future__.CO_FUTURE_ANNOTATIONS)
print(7 / 2)


# ---- forward references: nothing here is evaluated when the def or class runs
class Node:
    parent: Optional[Node] = None
    children: list[Node]

    def __init__(self, value: int, *children: Node) -> None:
        self.value = value
        self.children = list(children)
        for c in children:
            c.parent = self

    def clone(self) -> Node:
        return Node(self.value, *[c.clone() for c in self.children])

    def find(self, value: int) -> Node | None:
        if self.value == value:
            return self
        for c in self.children:
            found = c.find(value)
            if found is not None:
                return found
        return None


tree = Node(1, Node(2), Node(3, Node(4)))
copy = tree.clone()
print(copy.find(4).parent.value, copy is not tree)
print(Node.__annotations__)
print(Node.clone.__annotations__, Node.find.__annotations__)
print(Node.__init__.__annotations__)


def later(x: Later, items: list[Later] = []) -> dict[str, Later]:
    return {str(x): x}


class Later:
    pass


print(later.__annotations__)


def local_annotations():
    undefined_here: NoSuchName = 5      # not evaluated in a function, future or not
    return undefined_here


print(local_annotations())

# module-level annotations: stored as strings, the value still assigned
counter: Counter[str] = 10
pending: tuple[int, ...]
print(__annotations__)
print(counter)


# ---- the text of each annotation, as CPython's unparser writes it
def forms(a: int | None, b: dict[str, int], c: tuple[int, ...], d: 'Quoted', e: b'raw',
          f: 1.5, g: 10**20, h: 1e999, i: ..., j: f(x, *y, k=1, **z), k: [1, 2], l: (1, 2),
          m: {1: 2, **e}, n: {1, 2}, o: -x, p: not x, q: a and b or c, r: (a or b) and c,
          s: a < b <= c, t: a is not b, u: x not in y, v: (a + b) * c, w: a - (b - c),
          x: a ** b ** c, y: (-a) ** b, z: a << b & c | d ^ e) -> a.b.c:
    pass


def more(a: lambda x, y=1: x, b: lambda: 0, c: a if b else c, d: (a if b else c) if d else e,
         e: x[1:2, ::3], f: x[()], g: (1,), h: x[1,], i: [v for v in w if v], j: {k: v for k, v in d},
         k: {v for v in w}, l: (v for v in w), m: f(v for v in w), n: 1 .real, o: (-1).real,
         p: 'it\'s', q: '\n\t', r: f"{x!r:>{w}} {{}}", *args: str, kw: Kw = 3, **kwargs: object):
    pass


for fn in (forms, more):
    for name, text in fn.__annotations__.items():
        print(f'{fn.__name__}.{name}: {text}')


# ---- dataclasses read string annotations (ClassVar, InitVar, KW_ONLY by name)
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    registry: ClassVar[dict[str, Item]] = {}
    total: typing.ClassVar[int] = 0
    discount: InitVar[float] = 0.0
    _: KW_ONLY
    stock: int = 1

    def __post_init__(self, discount: float) -> None:
        self.price = round(self.price * (1 - discount), 2)
        Item.registry[self.name] = self

    def restocked(self, n: int) -> Item:
        return Item(self.name, self.price, list(self.tags), stock=self.stock + n)


apple = Item('apple', 2.0, ['fruit'], 0.25, stock=3)
print(apple, apple.restocked(2))
print([(f.name, f.type) for f in fields(Item)])
print(sorted(Item.registry), Item.total, Item('a') < Item('b'))
print(Item.__init__.__annotations__)

# get_type_hints evaluates the strings when the names exist
print(typing.get_type_hints(Node.clone))
print(typing.get_type_hints(later))
print(typing.get_type_hints(Item.restocked))


# ---- exec'd source with its own future statement
namespace = {}
exec('from __future__ import annotations\ndef g(x: Missing) -> list[Missing]: pass', namespace)
print(namespace['g'].__annotations__)


# ---- bad future statements are SyntaxErrors at compile time
def try_compile(source):
    try:
        compile(source, 'snippet.py', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(f'SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})')


try_compile('from __future__ import braces')
try_compile('from __future__ import annotations, spam')
try_compile('import os\nfrom __future__ import annotations')
try_compile('import os; from __future__ import annotations')
try_compile('def f():\n    from __future__ import division')
try_compile('"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division')
try_compile('from __future__ import annotations\ndef f(x: (y := 1)): pass')
try_compile('from __future__ import annotations\ndef f():\n    x: (yield) = 1')
try_compile('from __future__ import annotations\nclass C:\n    x: [(y := 1) for z in w]')
