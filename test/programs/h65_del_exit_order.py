# __del__ at exit and in gc.collect(): CPython 3.11 order (cyclic garbage first, then instances reached from globals through names and attributes in creation order, then the contents of containers as the namespace is cleared)
import gc

class Car:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "destroyed")

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
    def __del__(self):
        print("node", self.name, "freed")

class Cyc:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        print("cyc", self.i)

Cyc(0); Cyc(1)
gc.collect()
x = Cyc("x"); y = Cyc("y")
del x, y
gc.collect()
c1 = Car("A")
c2 = Car("B")
c3 = c1
root = Node("root")
child = Node("child", root)
a = Car("a"); _b = Car("_b"); c = Car("c")
z = Cyc("z")
del z
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
lst = [Car("l1"), Car("l2")]
t = (Car("t1"), Car("t2"))
d = {"k1": Car("d1"), "k2": Car("d2")}
holder = Car("holder"); holder.inner = Car("inner"); holder.items = [Car("i1"), Car("i2")]
last = Car("last")
print("end")
