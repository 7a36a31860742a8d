from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional

@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    grade: int
    scores: List[int] = field(default_factory=list)
    nickname: Optional[str] = None

    def __post_init__(self):
        self.sort_key = (-self.grade, self.name)

    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

@dataclass(frozen=True)
class Point:
    x: float = 0.0
    y: float = 0.0
    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)

@dataclass
class Classroom:
    room: str
    students: list = field(default_factory=list)
    capacity: int = field(default=3, compare=False)
    def enroll(self, s):
        if len(self.students) >= self.capacity:
            raise OverflowError(f"room {self.room} is full ({self.capacity})")
        self.students.append(s)

roster = [
    Student("Ann", 10, [90, 85]),
    Student("Bob", 11, [70], nickname="Bobby"),
    Student("Cid", 10),
    Student("Dee", 11, [88, 92, 95]),
]
for s in sorted(roster):
    print(f"{s.name:<4} g{s.grade} avg={s.average:6.2f} {s!r}")
print(roster[0] == Student("Ann", 10, [90, 85]), roster[0] < roster[2], max(roster).name)
print(asdict(roster[1]))
print(astuple(Point(1, 2)), [f.name for f in fields(Student)])
p = Point(1.5)
q = p.moved(1, -1)
print(p, q, p == Point(1.5, 0.0), hash(p) == hash(Point(1.5, 0)), {p, Point(1.5, 0.0)})
try:
    p.x = 9
except Exception as e:
    print(type(e).__name__, e)
room = Classroom("101")
try:
    for s in roster:
        room.enroll(s)
except OverflowError as e:
    print("OverflowError:", e)
print(len(room.students), room == Classroom("101", room.students[:], capacity=99))
print(Classroom("B"), Classroom("B").students is not Classroom("B").students)
s = Student("Eve", 9, [100])
s.scores.append(50)
print(s.average, s.nickname or "-", replace(s, name="Eva").name, s.name)
try:
    Student("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Student("x", 1, [], None, 5)
except TypeError as e:
    print("TypeError:", e)
by_grade = {}
for st in roster:
    by_grade.setdefault(st.grade, []).append(st.name)
print(by_grade, sorted(by_grade.items(), key=lambda kv: len(kv[1]), reverse=True))
print(Point.__eq__(p, 3), Point(1, 2) < Point(3, 4))
