# __del__ and generator finalizers on cyclic garbage (PEP 442): the collector runs them on
# intact objects before it clears anything, once per object, and frees only what stays
# unreachable (an object its __del__ stored somewhere survives).
import gc

gc.disable()  # collections happen where this program asks for them


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name, "other:", self.other.name if self.other else None)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect())

c = Node("c")
c.other = c
del c
print("collected", gc.collect())

saved = []


class Phoenix:
    def __init__(self):
        self.me = self
        self.calls = 0

    def __del__(self):
        self.calls += 1
        print("Phoenix.__del__ call", self.calls)
        saved.append(self)


p = Phoenix()
del p
print("collected", gc.collect() > 0, "saved", len(saved), "calls", saved[0].calls)
p = saved.pop()
del p
print("collected again", gc.collect() > 0, "saved", len(saved))


def numbers(box):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally; box still holds it:", box[0] is not None)


box = [None]
it = numbers(box)
print("first", next(it))
box[0] = it
del it, box
print("collected", gc.collect())


class Broken:
    def __init__(self):
        self.me = self

    def __del__(self):
        raise ValueError("from __del__")


x = Broken()
del x
print("collected", gc.collect())
d = Node("d")
del d
print("end")
