class R:
    def __init__(self, name): self.name = name; print("open", name)
    def __del__(self): print("del", self.name)
def scope():
    r = R("local")
    print("in scope")
scope()
a = R("a")
a = None
b = R("b"); c = b
del b
print("c still alive")
del c
lst = [R("x"), R("y")]
lst.pop(0)
print("popped")
lst.clear()
class Cyc:
    def __init__(self): self.me = self
    def __del__(self): print("cyc del")
Cyc()
import gc
gc.collect()
print("after collect")
def gen():
    r = R("gen")
    yield 1
    yield 2
g = gen(); next(g)
del g
print("gen gone")
try:
    r = R("exc")
    raise ValueError(r)
except ValueError as e:
    print("caught", e.args[0].name)
del r
print("end")
last = R("module-level")
