# gilvm-nogil:
# Unary minus over small ints at the tagged range's ends, heap ints, floats (signed zeros,
# infinities, NaN's sign), temporaries negated in place, subclasses and other types.
import math
import threading

small = [0, 1, -1, 2**30 - 1, -(2**30 - 1), -2**30, 2**30, 2**31, -2**31, 2**62, -2**64]
print([-v for v in small])
print([type(-v).__name__ for v in small])
print(-(-2**30) == 2**30, -(-2**30 - 1))
for i in range(-3, 4):
    print(i, -i, -(i * i), -(-i))

floats = [0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324, math.inf, -math.inf]
print([-x for x in floats])
print([math.copysign(1.0, -x) for x in [0.0, -0.0]])
n = math.nan
print(math.copysign(1.0, n), math.copysign(1.0, -n), math.copysign(1.0, -(-n)))

# a temporary only the stack holds (negated in place) and a value held elsewhere
x = 3.5
y = -(x * 2.0)
print(x, y, -x, x)
pts = [0.5, 1.5]
neg = [-p for p in pts]
print(pts, neg)
acc = 0.0
for k in range(1, 6):
    acc += -(k / 2) - -k
print(acc)
a = 2.0
b = -a
c = -b
print(a, b, c, a is c)
ids = id(x)
z = -x
print(-z == x, id(x) == ids)

print(-True, -False, type(-True).__name__)
print(-(2**100), -(-(2**100)))

class F(float):
    def __neg__(self):
        return 'F.neg'

class G(float):
    pass

class I(int):
    def __neg__(self):
        return ('I.neg', int(self))

class V:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return V(-self.v)
    def __repr__(self):
        return f'V({self.v})'

print(-F(2.0), -G(2.5), type(-G(2.5)).__name__, -I(7), -V(3), -V(-1.5))
for bad in ['s', [1], None, {}]:
    try:
        -bad
    except TypeError as e:
        print(e)

# many threads negating floats and ints
out = [0.0] * 4
def work(t):
    s = 0.0
    for i in range(2000):
        s += -(i * 0.5) + -i
        s = -(-s)
    out[t] = s
ts = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
