# gilvm-nogil:
# Floats made by one thread and released by another.
# BINARY_OP's float path releases its operands itself: a count above 1 drops in place, the
# last reference to a float of this executor's page goes back on its free list, any other
# (a float made by another thread's executor) through the counter. Results, identities and
# the heap must stay as CPython's.
import gc
import queue
import threading


def expr(n):
    dx, dy, dz = 1.5, 2.5, 0.5
    total = 0.0
    for i in range(n):
        d2 = dx * dx + dy * dy + dz * dz
        t = (d2 - i * 0.25) * (d2 + 1.0) / (d2 + 2.0)
        total += t - d2
    return total


print(expr(10_000))

# temporaries of temporaries, each operand order
a, b = 3.25, -1.5
vals = [a * b + (a - b) * (a + b), (a + b) - (a * b), a / b - b / a, (a * a) * (b * b)]
print(vals)

# a float whose id was taken still dies and its value is right
x = 0.1
y = x * 3.0
print(id(y) != id(x), y)
ids = set()
for i in range(1000):
    z = (x + i) * 2.0 - 1.0
    ids.add(id(z))
print(len(ids) >= 1, z)

# floats made on other threads, combined and dropped on this one
q = queue.Queue()


def producer(k):
    for i in range(2000):
        q.put((i * 0.5 + k) * 1.25)
    q.put(None)


threads = [threading.Thread(target=producer, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
done = 0
acc = 0.0
while done < 2:
    v = q.get()
    if v is None:
        done += 1
        continue
    w = v * 2.0 + 1.0
    acc += w - v
for t in threads:
    t.join()
print(acc)

# and floats this thread made, released by others
shared = [i * 0.75 for i in range(3000)]
results = []


def consume(lo, hi):
    s = 0.0
    for i in range(lo, hi):
        s += shared[i] * shared[i] - shared[i]
    results.append(s)


workers = [threading.Thread(target=consume, args=(0, 1500)), threading.Thread(target=consume, args=(1500, 3000))]
for t in workers:
    t.start()
for t in workers:
    t.join()
del shared
print(sorted(results))
gc.collect()
print(expr(1000) == expr(1000))
