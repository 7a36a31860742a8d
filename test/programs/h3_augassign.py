# gilvm-nogil: --workers 2
# augmented assignment (test_augassign): __iadd__ returning NotImplemented falls back to __add__/__radd__, in-place vs rebinding for list/set/frozenset/str, subscript and attribute targets evaluated once, the tuple-item += error that still mutates, failure messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return A(self.v + o)
    def __radd__(self, o): return A(o + self.v)
    def __imul__(self, o): self.v *= o; return self
    def __ior__(self, o): return "ior-result"
a = A(1); b = a; a += 2; print(a, b, a is b)
a *= 3; print(a)
a |= 1; print(a)
class N:
    def __iadd__(self, o): return NotImplemented
def fail():
    n = N(); n += 1
t(fail)
def fail2():
    x = None; x += 1
t(fail2)
def fail3():
    s = "a"; s -= "b"
t(fail3)
def fail4():
    l = [1]; l += 5
t(fail4)
def fail5():
    t_ = (1,); t_ += [2]
t(fail5)
d = {"k": [1]}; d["k"] += [2]; print(d)
class Obj: pass
o = Obj(); o.lst = []; o.lst += [1]; o.n = 1; o.n <<= 3; print(o.lst, o.n)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e, tup)
log = []
class Idx:
    def __init__(self): self.data = {0: 10}
    def __getitem__(self, k): log.append(("get", k)); return self.data[k]
    def __setitem__(self, k, v): log.append(("set", k, v)); self.data[k] = v
ix = Idx(); ix[0] += 5; print(log, ix.data)
class AttrLog:
    def __getattr__(self, n): print("getattr", n); return 1
    def __setattr__(self, n, v): print("setattr", n, v)
al = AttrLog(); al.x += 1
def counter():
    calls = []
    def key():
        calls.append(1)
        return 0
    lst = [5]
    lst[key()] += 1
    return lst, len(calls)
print(counter())
x = 5; x **= 2; x //= 3; x %= 5; x -= 1; x ^= 7; print(x)
f = 1.5; f /= 0.5; f **= 0.5; print(f)
s = {1}; s2 = s; s |= {2}; s &= {2, 3}; s -= {9}; s ^= {4}; print(s, s is s2)
fs = frozenset({1}); fs2 = fs; fs |= {2}; print(fs, fs is fs2, fs2)
l = [1]; l2 = l; l *= 2; l += "ab"; print(l, l is l2)
st = "x"; st2 = st; st += "y"; print(st, st2, st is st2)
