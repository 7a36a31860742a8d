# Records as namedtuples: _fields, _replace, _asdict, _make, defaults, subclassing with a
# method, errors for bad field names and wrong arity.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], Point._fields, len(p))
q = p._replace(y=10)
print(q, p, q._asdict())
print(Point._make([5, 6]), Point(*reversed(p)))
x, y = q
print(x + y, q == (1, 10), hash(q) == hash((1, 10)))

Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[0])
e = Employee("ann", "eng")
print(e, Employee._field_defaults)
e2 = Employee("bob", "ops", salary=70)
staff = sorted([e2, e, Employee("cy", "eng", 90)], key=lambda r: (r.dept, -r.salary))
for s in staff:
    print(f"{s.name:>4} {s.dept} {s.salary}")
print(Employee("dee", dept="hr"))

Row = namedtuple("Row", "a b c", defaults=(1, 2))
print(Row(0), Row(0, 5), Row._field_defaults)

Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2(), type(v).__name__, isinstance(v, tuple))

for bad in [("Bad", "x def"), ("Bad", "x x"), ("Bad", "_x y"), ("1Bad", "x")]:
    try:
        namedtuple(*bad)
    except ValueError as err:
        print("ValueError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
try:
    p._replace(z=3)
except ValueError as err:
    print("ValueError:", err)
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point._make([1])
except TypeError as err:
    print("TypeError:", err)
print(Point.__doc__, Point.x.__doc__)
print(repr(Point), Point.__name__)
