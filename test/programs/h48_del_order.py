# gilvm-nogil: --workers 2
"""The order in which finalizers run when containers die or are cleared: CPython frees
a dict's values in insertion order, a list's and a tuple's from the last item, depth
first; list.clear() from the last item too. Threads hand containers to each other."""
import threading

class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
l = [D(1), D(2), D(3)]
l.clear(); print("--")
l = [D(1), D(2), D(3)]
del l[:]; print("--")
d = {"x": D("x"), "y": D("y")}
d.clear(); print("--")
s = {D("s1")}
s.clear(); print("--")
l = [[D("a1"), D("a2")], (D("b1"), D("b2")), {"k1": D("c1"), "k2": D("c2")}]
l = None; print("--")
def f():
    a = D("la"); b = D("lb"); c = [D("lc1"), D("lc2")]
f(); print("--")
class Holder:
    def __init__(self):
        self.p = D("hp"); self.q = [D("hq1"), D("hq2")]; self.r = D("hr")
h = Holder(); h = None; print("--")
try:
    raise ValueError(D("e1"), D("e2"))
except ValueError:
    pass
print("--")
g = (D(i) for i in range(1))
fz = frozenset([D("f1")]); fz = None
print("-- end of part one")

# the same, with the container dropped by another thread (joined before going on)
box = {"d": {"p": D("p1"), "q": D("p2")}, "l": [D("m1"), D("m2"), D("m3")]}


def drop(key):
    del box[key]


for key in ("d", "l"):
    t = threading.Thread(target=drop, args=(key,))
    t.start()
    t.join()
    print("-- dropped", key)
nested = {"outer": [D("o1"), {"k": D("o2"), "j": D("o3")}, (D("o4"), D("o5"))]}
nested = None
print("-- nested")
