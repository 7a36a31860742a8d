# gilvm-nogil: --workers 2
# deque's append / appendleft / pop / popleft are native methods (deque-native.ts): their
# messages, maxlen at both ends, subclasses, mutation during iteration, threads sharing one.
import threading
from collections import deque

d = deque()
for expr in ["d.append()", "d.append(1, 2)", "d.popleft(1)", "d.append(x=1)", "d.pop()",
             "d.popleft()", "deque.append(5, 1)", "deque.appendleft([], 1)"]:
    try:
        eval(expr)
        print(expr, "ok", d)
    except Exception as e:
        print(expr, type(e).__name__, e)
print(type(deque.append).__name__, type(d.append).__name__)

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b)
for i in range(10, 13):
    b.appendleft(i)
    print(b, b.maxlen)
b.extendleft([20, 21])
print(b, b.pop(), b.popleft(), b)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))


class Logged(deque):
    def append(self, x):
        print("append", x)
        super().append(x * 10)


lg = Logged([1])
lg.append(2)
lg.appendleft(0)
print(lg, lg.pop(), lg.popleft(), lg)


class NoInit(deque):
    def __init__(self):
        pass


try:
    NoInit().append(1)
except AttributeError as e:
    print("AttributeError:", e)

it_d = deque([1, 2, 3])
try:
    for x in it_d:
        if x == 2:
            it_d.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for x in it_d:
        it_d.popleft()
except RuntimeError as e:
    print("RuntimeError:", e, it_d)

rot = deque(range(10))
for _ in range(25):
    rot.append(rot.popleft())
    rot.appendleft(rot.pop())
    rot.append(rot.popleft())
print(rot)

shared = deque()
got = []
lock = threading.Lock()
N = 5000


def producer(k):
    for i in range(N):
        if i % 2:
            shared.append((k, i))
        else:
            shared.appendleft((k, i))


def consumer(out):
    n = 0
    while n < N:
        try:
            out.append(shared.pop() if n % 2 else shared.popleft())
            n += 1
        except IndexError:
            pass


outs = [[] for _ in range(2)]
threads = [threading.Thread(target=producer, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=consumer, args=(o,)) for o in outs]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = outs[0] + outs[1]
print(len(items), len(set(items)), len(shared), sorted(items) == sorted((k, i) for k in range(2) for i in range(N)))
