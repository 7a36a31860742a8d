# gilvm-nogil: --workers 2
"""Per-thread state with threading.local: a request-context object set by a middleware
layer, read deep in handler code, inspected with vars() and __dict__ (each thread sees only
its own attributes), a local subclass with __init__ rerun per thread, and vars() on other
objects (instances, functions, classes, __dict__ properties, objects without __dict__)."""
import threading

context = threading.local()


class RequestState(threading.local):
    def __init__(self, service):
        self.service = service
        self.handled = []


state = RequestState("billing")


def handler(payload):
    user = context.user
    state.handled.append(payload)
    return f"{state.service}:{user}:{payload}"


def middleware(user, requests, out, lock):
    context.user = user
    context.trace = []
    for r in requests:
        context.trace.append(r)
        result = handler(r)
        with lock:
            out.append(result)
    snapshot = vars(context)
    with lock:
        out.append(("vars", user, sorted(snapshot), snapshot["user"] == user,
                    snapshot is context.__dict__, len(snapshot["trace"])))
        out.append(("state", user, sorted(vars(state)), state.handled == requests))
    del context.trace
    with lock:
        out.append(("after del", user, sorted(vars(context))))


out = []
lock = threading.Lock()
users = {"ann": [1, 2, 3], "bob": [4, 5], "cy": [6]}
threads = [threading.Thread(target=middleware, args=(u, rs, out, lock)) for u, rs in users.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
for item in sorted(out, key=repr):
    print(item)

print("main context:", vars(context), context.__dict__)
context.user = "main"
print("main after set:", vars(context))
print("main state:", vars(state))
try:
    context.trace
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


p = Plain()
print(vars(p))
p.x = 1
print(vars(p), vars(p) is p.__dict__)


def fn():
    pass


fn.tag = "t"
print(vars(fn))
print(sorted(k for k in vars(Plain) if not k.startswith("__")), type(vars(Plain)).__name__)


class Fake:
    @property
    def __dict__(self):
        return {"fake": True}


print(vars(Fake()))


class Slotted:
    __slots__ = ("a",)


for obj in (Slotted(), 5, "text", [1], None):
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, "->", e)


class Loud:
    def __getattribute__(self, name):
        if name == "__dict__":
            raise KeyError("no dict for you")
        return object.__getattribute__(self, name)


try:
    vars(Loud())
except KeyError as e:
    print("KeyError propagates:", e)


class Fallback:
    def __getattr__(self, name):
        return {"via getattr": name}


f = Fallback()
print(vars(f))
err = ValueError("v")
err.code = 3
print(vars(err))
