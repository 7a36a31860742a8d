# gilvm-nogil: --workers 2
# wrong call arguments to constructors and methods: TypeError messages in a traceback
class Vector:
    def __init__(self, x, y, *, label=None):
        self.x, self.y, self.label = x, y, label
    def scale(self, k, /):
        return Vector(self.x * k, self.y * k)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

checks = [
    lambda: Vector(1),
    lambda: Vector(1, 2, 3),
    lambda: Vector(1, 2, lbl="a"),
    lambda: Vector(1, 2, x=3),
    lambda: Vector(1, 2).scale(k=2),
    lambda: Vector(1, 2).scale(),
    lambda: Vector.scale(2),
    lambda: Vector(1, 2, label="a", **{"label": "b"}),
    lambda: Vector(*[1, 2, 3, 4]),
    lambda: Vector(**{"x": 1}),
]
for check in checks:
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)
print(Vector(2, 3).scale(2))
v = Vector(1, 2, 3)
