import contextlib
import sys

def f_finally():
    try:
        return "try"
    finally:
        print("  finally runs")

def f_override():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            if i == 1:
                continue
    return "loop ended"

def f_swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(f_finally(), f_override(), f_swallow())

calls = []
def key(k):
    calls.append(k)
    return k
data = {"a": [0, 0]}
data[key("a")][key(1)] += 5
print(data, calls)
a, *rest, z = range(6)
(p, q), r = "xy", 3
first, *_ = "hello"
print(a, rest, z, p, q, r, first)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v, end="; ")
print()
for bad in ("a, b, c = [1, 2]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
lst = list(range(10))
lst[2:5] = ["a"]
del lst[::3]
print(lst)
lst2 = list(range(6))
try:
    lst2[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
lst2[::2] = "abc"
print(lst2, lst2[::-2], lst2[5:1:-1])
print([y for x in range(4) if (y := x * x) > 2], y)
total = 0
print([total := total + n for n in range(5)], total)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  handled {e!r} inside {name}")
    finally:
        print(f"</{name}>")

with tag("a") as A, tag("b") as B:
    print("  body", A, B)
with tag("c"):
    raise KeyError("k")
print("after suppress")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("unreached")
class Manager:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is TypeError
with Manager() as mgr:
    len(5)
print("survived TypeError")
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback ran")
    print("  stack body", names)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("never")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
x = 5
result = "big" if x > 3 else "small" if x > 1 else "tiny"
print(result, x > 3 and "yes" or "no", None or 0 or "", [] or {} or "last", 1 and 2 and 3)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  gen cleanup")
for v in gen_with_finally():
    print("got", v)
    break
print("done")
with Manager():
    raise ValueError("not suppressed")
