# gilvm-nogil: --workers 2
# `n += x` on a local big int is written over n's own block when nothing else can see it
# (vm/evalhelpers.ts intAddInPlace): every way another reference could see the change.
import threading


def aliases():
    x = 2**70 + 5
    y = x            # a second variable: x must get a new int
    x += 1
    print(x - y, y == 2**70 + 5)
    keep = [x]
    x += 2**64       # a list holds x
    print(keep[0] == 2**70 + 6, x - keep[0])
    x += x           # both operands are x
    print(x == 2 * (2**70 + 6 + 2**64))
    d = {"k": x}
    x -= 10**20
    print(d["k"] - x == 10**20)


def carries():
    x = 2**320 - 1
    x += 1
    print(x == 2**320, x.bit_length())
    x -= 1
    print(x == 2**320 - 1, x.bit_length())
    y = -(2**200)
    y -= 2**200
    print(y == -(2**201))
    z = 2**64 + 3
    z -= 2**64
    print(z, type(z).__name__, z is not None and z == 3)
    w = -(2**64) - 3
    w += 2**64 + 3
    print(w)
    s = 2**64
    s -= 2**65
    print(s)
    t = 2**63
    for _ in range(70):
        t += 2**63
    print(t)
    u = 10**40
    for i in range(1000):
        u -= i * 10**20
        u += i
    print(u)


def closure():
    total = 2**80

    def bump(v):
        nonlocal total
        total += v
        return total

    first = bump(1)
    second = bump(1)
    print(second - first, total - 2**80)


def gen(n):
    acc = 2**90
    for i in range(n):
        acc += i * i
        yield acc


def accumulate(results, slot, n):
    total = 0
    for i in range(n):
        total += i * i * i
    results[slot] = total


aliases()
carries()
closure()
values = list(gen(5))
print([v - 2**90 for v in values])
results = [None] * 4
threads = [threading.Thread(target=accumulate, args=(results, i, 20000 + i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == [sum(i**3 for i in range(20000 + k)) for k in range(4)])


def identity():
    # ints are immutable: `n += 1` makes a new object, which id() shows (CPython's answer)
    n = 10**20
    before = id(n)
    n += 1
    print(id(n) == before)
    m = 10**30
    m += 5
    first = id(m)
    m -= 5
    print(id(m) == first, m == 10**30)


identity()
