# gilvm-nogil: --workers 2
# with statement (test_with): enter/exit order, exception passing and suppression, multiple items, exit raising, return/break inside with, missing protocol errors, nested managers, generator-based manager written by hand.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v: print("body", v)
with CM("a") as x, CM("b") as y: print("body2", x, y)
with CM("s", True): raise ValueError("suppressed")
print("after suppress")
def propagate():
    with CM("p"): raise KeyError("k")
t(propagate)
def inner_suppress():
    with CM("outer"):
        with CM("inner", True):
            raise TypeError("x")
        print("between")
    return "ok"
t(inner_suppress)
def multi_fail():
    with CM("first"), CM("second", True), CM("third"):
        raise IndexError("deep")
    return "suppressed by second"
t(multi_fail)
def ret():
    with CM("r"):
        return "returned"
t(ret)
def brk():
    for i in range(3):
        with CM(str(i)):
            if i == 1: break
            continue
    return i
t(brk)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
def exit_raises():
    with ExitRaises(): raise ValueError("orig")
try:
    exit_raises()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never"); return True
t(lambda: exec("with EnterRaises(): pass", {"EnterRaises": EnterRaises}))
class NoExit:
    def __enter__(self): return 1
class NoEnter:
    def __exit__(self, *a): pass
def ne():
    with NoExit(): pass
def nn():
    with NoEnter(): pass
def nn2():
    with 5: pass
t(ne); t(nn); t(nn2)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
def truthy():
    with Truthy(): 1 / 0
    return "swallowed by truthy"
t(truthy)
class Target:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Target() as (a, [b, c]): print(a, b, c)
d = {}
with Target() as d["k"]: pass
print(d)
class Reuse:
    def __init__(self): self.depth = 0
    def __enter__(self): self.depth += 1; print("depth", self.depth); return self
    def __exit__(self, *a): self.depth -= 1
r = Reuse()
with r:
    with r: pass
print(r.depth)
class Lock:
    def __init__(self): self.log = []
    def __enter__(self): self.log.append("acq")
    def __exit__(self, et, ev, tb): self.log.append("rel:" + (et.__name__ if et else "ok"))
lk = Lock()
for i in range(2):
    try:
        with lk:
            if i: raise ValueError
    except ValueError: pass
print(lk.log)
import threading
lock = threading.Lock()
with lock: print("locked", lock.locked())
print("unlocked", lock.locked())
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, ev.args, type(tb).__name__)
        return True
with ExitArgs(): raise ValueError("a", 1)
with ExitArgs(): {}["missing"]
class ExcInExitArgs:
    def __enter__(self): pass
    def __exit__(self): pass
def bad_sig():
    with ExcInExitArgs(): pass
t(bad_sig)
