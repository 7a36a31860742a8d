# gilvm-nogil:
# typing.NamedTuple: a subclass of a NamedTuple class is an ordinary subclass (its fields, defaults and methods inherited); the class statement may not redefine _asdict & co. nor add other bases; a class without a docstring gets the namedtuple docstring
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self):
        return 'hi ' + self.name
class Mgr(Emp):
    def greet(self):
        return 'boss ' + self.name
m = Mgr('ann', 7)
print(m, m.greet(), Mgr._fields, m._asdict(), m._replace(id=1), type(m._replace(id=1)).__name__)
class Ext(Emp):
    extra: int = 5
print(Ext('x'), Ext._fields, Ext.extra)
try:
    class Bad(NamedTuple):
        x: int
        def _asdict(self): return {}
except AttributeError as e:
    print('AttributeError', e)
try:
    class Bad2(NamedTuple, object):
        x: int
except TypeError as e:
    print('TypeError', e)
class D(NamedTuple):
    x: int
    y: int = 2
    def __repr__(self): return 'custom'
print(D(1), D._field_defaults, D.__doc__, D.__module__, type(D))
print(type(Emp).__name__)
class Doc(NamedTuple):
    """my doc"""
    a: int
print(Doc.__doc__, Emp.__doc__, Mgr.__doc__, Ext.__doc__)
Pt = NamedTuple('Pt', [('x', int), ('y', float)])
print(Pt(1, 2.0), Pt.__annotations__)
