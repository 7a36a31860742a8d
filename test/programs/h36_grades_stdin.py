# gilvm-nogil: --workers 2
# a grade-book tool reading commands from stdin with input()
import sys

class Student:
    def __init__(self, name):
        self.name = name
        self.grades = []
    def add(self, g):
        if not 0 <= g <= 100:
            raise ValueError(f"grade out of range: {g}")
        self.grades.append(g)
    @property
    def average(self):
        return sum(self.grades) / len(self.grades) if self.grades else 0.0
    def __repr__(self):
        return f"Student({self.name!r}, {self.grades})"

def letter(avg):
    for cutoff, mark in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return mark
    return "F"

students = {}
n = int(input("how many commands? "))
print()
for i in range(n):
    line = input(f"[{i + 1}] ").strip()
    print()
    if not line:
        print("  (empty)")
        continue
    cmd, *rest = line.split()
    try:
        if cmd == "add":
            name, *grades = rest
            st = students.setdefault(name, Student(name))
            for g in grades:
                st.add(int(g))
            print(f"  {name}: {st.grades}")
        elif cmd == "show":
            for st in sorted(students.values(), key=lambda s: (-s.average, s.name)):
                print(f"  {st.name:<8}{st.average:6.2f} {letter(st.average)}")
        elif cmd == "drop":
            del students[rest[0]]
            print("  dropped", rest[0])
        else:
            print(f"  unknown command {cmd!r}", file=sys.stderr)
    except ValueError as e:
        print("  error:", e)
    except KeyError as e:
        print("  no such student:", e)
    except IndexError:
        print("  missing argument")

print("remaining:", students)
rest = sys.stdin.read()
print("unread input:", repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print("done", end="!\n", flush=True)
print("a", "b", "c", sep="-", end="")
print()
print(*range(3), sep=", ")
sys.stderr.write("finished with %d students\n" % len(students))
