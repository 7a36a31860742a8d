# Objects and methods: a class hierarchy with super().__init__, overridden methods,
# properties (getter and setter), class attributes, __repr__ and __eq__/__hash__,
# isinstance checks and many method calls on many instances.
ROUNDS = 50


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value < 0:
            raise ValueError("negative width")
        self._w = value

    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def scale(self, k):
        return Square(self._w * k)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def perimeter(self):
        return 6 * self.r


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def norm1(self):
        return abs(self.x) + abs(self.y)


def run(round_no):
    shapes = []
    for i in range(1, 600):
        k = (i * 7 + round_no) % 3
        if k == 0:
            shapes.append(Rect(i % 13 + 1, i % 7 + 1))
        elif k == 1:
            shapes.append(Square(i % 11 + 1))
        else:
            shapes.append(Circle(i % 5 + 1))
    total = 0
    for s in shapes:
        total += s.area() + s.perimeter()
        if isinstance(s, Rect):
            s.width = s.width + 1
            total += s.area()
        if isinstance(s, Square):
            total += s.scale(2).area()
    total += len(shapes[round_no % len(shapes)].describe())
    p = Point(0, 0)
    seen = set()
    for i in range(1500):
        p = p + Point(i % 5 - 2, i % 3 - 1)
        seen.add(p)
    total += p.norm1() + len(seen)
    return total, repr(p)


checksum = 0
for r in range(ROUNDS):
    t, last = run(r)
    checksum += t
print(last, Shape.count)
print("objects checksum:", checksum)
