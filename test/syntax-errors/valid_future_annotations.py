# valid: future statements after a docstring; annotations are never evaluated
"""docstring"""
from __future__ import annotations; from __future__ import generator_stop
from __future__ import division

class Node:
    next: Node | None = None

    def clone(self) -> Node:
        return Node()

def f(x: Undefined[int, ...], *args: (lambda: (yield))) -> list[Node]:
    inner: AlsoUndefined = 1
    return inner

print(f.__annotations__, Node.__annotations__, f(1))
