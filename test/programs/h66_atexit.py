# atexit: callbacks run at exit, last registered first, with their arguments; unregister;
# a callback's exception is reported and the others still run; weakref.finalize's
# finalizers still alive at exit run then (newest first); sys.exit's code stands.
import atexit
import sys
import weakref


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def failing():
    raise ValueError("in a callback")


@atexit.register
def decorated():
    print("decorated runs last")


atexit.register(show, 1, 2, key="v")
atexit.register(failing)
atexit.register(show, "unregistered")
atexit.unregister(show)
atexit.register(show, "kept")
print(atexit.register(print, "print as callback") is print)


class Resource:
    def __init__(self, name):
        self.name = name


r1 = Resource("r1")
r2 = Resource("r2")
f1 = weakref.finalize(r1, print, "finalize r1")
f2 = weakref.finalize(r2, print, "finalize r2")
f3 = weakref.finalize(Resource("dead"), print, "finalize dead at once")
print("alive:", f1.alive, f2.alive, f3.alive)
f2.atexit = False
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main ends")
sys.exit(3)
