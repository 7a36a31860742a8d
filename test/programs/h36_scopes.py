# gilvm-nogil: --workers 2
# closures, nonlocal/global, class-body scoping, default-argument timing, walrus
import sys

counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
bump(); bump(5)
print("counter", counter)

def make_accumulators():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total
    def reset():
        nonlocal total
        old, total = total, 0
        history.clear()
        return old
    def peek():
        return total, list(history)
    return add, reset, peek
add, reset, peek = make_accumulators()
add(3); add(4)
print(peek(), reset(), peek())

# late binding vs default capture
callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])
callbacks = [lambda i=i: i * 10 for i in range(3)]
print([cb() for cb in callbacks])
def make_multipliers():
    return [lambda x, k=k: x * k for k in (2, 3)]
print([m(5) for m in make_multipliers()])

# default evaluated once at def time
import time as _t
stamp = "first"
def show(s=stamp, acc=[]):
    acc.append(len(acc))
    return s, acc
stamp = "second"
print(show(), show(), show("x", []))
print(show.__defaults__[0], len(show.__defaults__[1]))

# class body scope: methods can't see class variables unqualified
class Config:
    base = 10
    scaled = [base * k for k in range(3)] if False else None
    doubled = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]  # outermost iterable is evaluated in class scope
    def get(self):
        try:
            return base
        except NameError as e:
            return f"NameError: {e}"
    def get_ok(self):
        return Config.base + self.doubled
print(Config.doubled, Config.upper, Config().get(), Config().get_ok())
try:
    class Broken:
        factor = 3
        vals = [factor * i for i in range(2)]
except NameError as e:
    print("NameError:", e)

# nested functions and shadowing
x = "global"
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    def shadow():
        x = "shadow"
        return x
    return middle(), shadow(), x
print(outer(), x)

def uses_global_later():
    print(x)
uses_global_later()

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y
unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 2
    return inner()
print(free_unbound())

def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(deleted())

# walrus in comprehensions binds in the enclosing scope
data = [4, 7, 1, 9, 3]
if any((big := v) > 8 for v in data):
    print("first big:", big)
running = 0
sums = [running := running + v for v in data]
print(sums, running)
print([(y, y2) for v in data if (y := v * 2) > 6 for y2 in [y + 1]])
def fn_walrus():
    [w := i for i in range(4)]
    return w
print(fn_walrus())

# comprehension variables don't leak; loop variables do
for leak in range(3):
    pass
[nolk for nolk in range(3)]
print(leak, "nolk" in dir())

# globals() / locals() views
def loc(a, b=2):
    c = a + b
    return sorted(locals().items())
print(loc(1))
g = globals()
g["injected"] = 42
print(injected)
print(sys._getframe().f_code.co_name if hasattr(sys, "_getframe") else "<module>")

# exec with separate namespaces
ns = {}
exec("def f(n):\n    return n * m\nm = 3\nr = f(4)", ns)
print(ns["r"], sorted(k for k in ns if k != "__builtins__"))
