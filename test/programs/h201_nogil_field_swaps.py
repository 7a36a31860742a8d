# --no-gil: threads storing into one object field at once (an instance's __dict__ and
# __class__, a class's __name__, a function's __qualname__ / __defaults__ / __doc__) swap
# it atomically and release each old value once (it was released twice: internal errors,
# hangs, a bad __defaults__ read).
# gilvm-nogil: --workers 4
import threading, sys
class A: pass
class B: pass
o = A()
def f(a=1): return a
def sw(which):
    for i in range(20000):
        if which == "dict": o.__dict__ = {"i": i}
        elif which == "class": o.__class__ = B if i % 2 else A
        elif which == "typename": A.__name__ = "A%d" % (i % 3)
        elif which == "qual": sw.__qualname__ = "q%d" % i
        elif which == "defaults":
            f.__defaults__ = (i % 2,); f.__doc__ = str(i); f()
for which in ["dict", "class", "typename", "qual", "defaults"]:
    ts = [threading.Thread(target=sw, args=(which,)) for _ in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
print("ok", A.__name__[:1], f() in (0, 1))
