# helper module of h135_namedtuple_module.py: classes made by factories in another module
from collections import namedtuple
from typing import NamedTuple, NewType
Point = namedtuple('Point', 'x y')
class Pt(NamedTuple):
    x: int
Fn = NamedTuple('Fn', [('a', int)])
UserId = NewType('UserId', int)
Explicit = namedtuple('Explicit', 'a', module='elsewhere')
