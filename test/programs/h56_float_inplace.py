# A local's float updated in place by the eval loop (`s += x`, `x = x * k`) must behave as
# a new object: aliases keep their value, id() taken keeps the old object, mixed types.
import sys


def aliases():
    s = 1.5
    t = s
    s += 2.0
    print(s, t, s is t)
    u = 0.25
    keep = [u]
    u *= 4.0
    print(u, keep)
    d = {'v': 3.0}
    w = d['v']
    w -= 1.0
    print(w, d)


def ids():
    s = 2.0
    before = id(s)
    s += 1.0
    print(s, before != 0)


def accumulate(n):
    s = 0.0
    p = 1.0
    q = 100.0
    for i in range(n):
        s += i * 0.5
        p *= 1.0001
        q /= 1.01
        q = q - 0.001
    return s, p, q


def self_ops():
    s = 3.0
    s += s
    print(s)
    s = s * s
    print(s)
    s /= s
    print(s)


def errors():
    s = 1.0
    try:
        s /= 0.0
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e, s)
    s += 1
    print(s, type(s).__name__)
    i = 5
    i += 0.5
    print(i)


def gen():
    s = 0.0
    for k in range(5):
        s += 0.1
        yield s


def refcount():
    s = 1.0 + 0.5
    s += 1.0
    print(sys.getrefcount(s))


aliases()
ids()
print(accumulate(10000))
self_ops()
errors()
print(list(gen()))
refcount()
x = 1.0
for _ in range(3):
    x += 0.5
print(x)
