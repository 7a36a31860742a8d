"""PEP 563: every annotation compiled to the string CPython's ast_unparse.c makes."""
from __future__ import annotations
from __future__ import division, generator_stop


def names(a: int | None, b: dict[str, int], c: tuple[int, ...], d: list['Foo'], e: "Bar") -> Node:
    return a


def constants(a: b'x\'y"', b: 1.5, c: 10**20, d: 1e999, e: ..., f: None, g: True, h: 'it\'s',
              i: '\n\t\x00\u1234', j: 1 .real, k: 0x1F, l: 1e16, m: -1) -> (a, b):
    pass


def calls(a: f(x, *y, k=1, **z), b: [1, 2], c: (1, 2), d: {1: 2, **e}, e: {1, 2}, f: f(x for x in y),
          g: a.b(c)[d].e, h: (a + b).c, i: (-1).real, j: [*a, *b], k: (*a, b)) -> f(*a):
    pass


def operators(a: -x, b: not x, c: ~x, d: a and b or c, e: (a or b) and c, f: a < b <= c != d,
              g: a is not b, h: x not in y, i: (a + b) * c, j: a - (b - c), k: a ** b ** c,
              l: (a ** b) ** c, m: -a ** b, n: (-a) ** b, o: a // b % c @ d, p: a << b >> c,
              q: a & b ^ c | d, r: (a | b) & c, s: -(a + b), t: (not a) + b) -> not (a < b):
    pass


def lambdas(a: lambda: 0, b: lambda x, y=1: x, c: lambda *a: 1, d: lambda *, k: 1,
            e: lambda x, /, y=2, *z, k, w=3, **kw: x, f: a if b else c, g: (a if b else c) if d else e,
            h: x if y else lambda: z, i: (lambda: z) if y else x):
    pass


def subscripts(a: x[1:2, ::3], b: x[()], c: (1,), d: x[1,], e: x[:, 1], f: x[a:b:c], g: x[::],
               h: [x for x in y if x if z], i: {k: v for k, v in d.items()}, j: {x for x in y},
               k: (x for x in y), l: x[-1]) -> x[1:2]:
    pass


def fstrings(a: f"x{y}z", b: f"{a!r:>{w}}", c: f"{{lit}} {x=}", d: f'{ {1:2}[1] }', e: f"{x:{'a'}}"):
    pass


def params(p, /, q: int = 1, *args: str, r: 'R' = 2, **kwargs: dict[str, int]) -> None:
    pass


class Node:
    value: int
    children: list[Node] = []
    __private: int = 1
    (parenthesized): int = 3
    obj.attr: int
    obj[0]: int = 4

    def clone(self, other: Node) -> Node:
        local: Node = self
        return local


top: Undefined = 1
plain: dict[str, list[int]]
