# OSError's args, repr and str in CPython's forms (the filename is not in args or repr;
# only two to five arguments pick the errno's subclass and make "[Errno N] ..." text,
# with "-> 'filename2'" for five), bytes() versus bytearray() wording of an out-of-range
# item, and a frozen dataclass's generated __setattr__ / __delattr__ (exec()ed source, as
# CPython's dataclasses makes them, so the uncaught error's frame is File "<string>").
from dataclasses import dataclass

for args in [(2, "No such file or directory"), (2, "No such file", "data.txt"), (13, "Denied", "f", None, "g"),
             (17, "Exists", "a", None, None), (1, 2, 3, 4, 5, 6), ("only",), (), (111, "refused")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), e.args, str(e), e.errno, e.strerror, e.filename)

try:
    open("/nonexistent-dir/missing.txt")
except FileNotFoundError as e:
    print(repr(e), e.args, e.filename)
    print(e)

for make in [bytes, bytearray]:
    for value in [[300], [1, -1], range(250, 260)]:
        try:
            make(value)
        except ValueError as e:
            print(make.__name__, type(e).__name__, e)
buf = bytearray(b"ab")
for action in [lambda: buf.append(256), lambda: buf.extend([1, 999]), lambda: buf.__setitem__(0, -5)]:
    try:
        action()
    except ValueError as e:
        print("bytearray", e)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True)
class Empty:
    pass


p = Point(1, 2)
print(p, p == Point(1, 2), hash(p) == hash(Point(1, 2)))
print(Point.__setattr__.__name__, Point.__setattr__.__qualname__, Point.__delattr__.__qualname__)
for action in [lambda: setattr(p, "y", 5), lambda: delattr(p, "x"), lambda: setattr(p, "z", 1),
               lambda: setattr(Empty(), "z", 1)]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(p)
p.x = 10
