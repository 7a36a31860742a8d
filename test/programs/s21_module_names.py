# Names stored and loaded at module level and through `global`: the globals dict's entry
# is replaced in place by STORE_NAME / STORE_GLOBAL once its instruction has seen it
# (vm/eval.ts), so every way of changing that dict between two stores must still be seen:
# del, globals()[...], a module attribute set from outside, exec namespaces, class bodies,
# and many new names (the dict's keys block is replaced as it grows).
import sys
import threading

total = 0
for i in range(10):
    total = total + i
print("loop", total)

del total
try:
    total += 1
except NameError as e:
    print("after del:", e)
total = 100
for i in range(3):
    total += i
print("re-created", total)

globals()["total"] = -1
total = total * 2
print("through globals()", total, globals()["total"])

module = sys.modules[__name__]
module.total = 7
total += 1
print("through the module", total, module.total)

# the keys block is replaced while the loop's store still names the old one
for i in range(40):
    globals()["filler_%d" % i] = i
    total += i
print("after growth", total, filler_39)


def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter


counter = 0
print("global in a function", bump(5), bump(5), counter)
del counter
try:
    bump(1)
except NameError as e:
    print("global deleted:", e)
counter = 1000
print("global re-created", bump(2))


class Body:
    x = 1
    for i in range(3):
        x = x * 2
    y = total


print("class body", Body.x, Body.y, "i" in Body.__dict__)


class Loud(dict):
    def __setitem__(self, key, value):
        print("  Loud[%r] = %r" % (key, value))
        super().__setitem__(key, value)


ns = Loud()
exec("a = 1\nfor k in range(2):\n    a = a + k\nb = a", ns)
print("exec into a dict subclass", ns["a"], ns["b"])

plain = {}
exec("s = 0\nfor k in range(5):\n    s += k\n", plain)
print("exec into a dict", plain["s"])

lock = threading.Lock()
shared = 0


def worker():
    global shared
    for _ in range(2000):
        with lock:
            shared += 1


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads under a lock", shared)

print(undefined_name)
