# with statements: __enter__/__exit__ order, `as` targets, several items, exceptions
# passed to __exit__, suppression by a true return, exceptions in __enter__.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {kind} {exc!r} tb={tb is not None}")
        return self.suppress


with Resource("a") as r:
    print("inside with", r.name)

with Resource("outer") as o, Resource("inner") as i:
    print("both open:", o.name, i.name)

with Resource("quiet", suppress=True):
    raise ValueError("suppressed")
print("continues after suppressed exception")

try:
    with Resource("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught outside:", repr(e))

try:
    with Resource("x", suppress=True), Resource("y"):
        raise RuntimeError("inner raises")
except RuntimeError:
    print("not reached: x suppressed it")
print("after multi-item suppression")


class FailingEnter:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *args):
        print("never called")


try:
    with Resource("first"), FailingEnter():
        print("body not run")
except OSError as e:
    print("enter failed:", e)


def early_return():
    with Resource("in function"):
        return "returned from with"


print(early_return())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)


class Timer:
    """A context manager whose __enter__ returns something other than self."""

    def __enter__(self):
        self.events = []
        return self.events

    def __exit__(self, exc_type, exc, tb):
        self.events.append("closed")
        return False


t = Timer()
with t as events:
    events.append("work")
print(t.events)
with Resource("tuple-target") as (first_char):
    pass
with Resource("p") as p, Resource("q"):
    print("p is bound:", p.name)
target = {}
with Resource("subscript") as target["r"]:
    pass
print(sorted(target))
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
