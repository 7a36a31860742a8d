# gc.get_count / get_threshold / set_threshold: the thresholds round-trip and are shared by
# every thread; set_threshold(0) turns the automatic collection off (a later gc.collect()
# finds every cycle made meanwhile); a low threshold collects them while the program runs.
import gc
import threading

print("default", gc.get_threshold())
count = gc.get_count()
print(type(count).__name__, len(count), all(type(n) is int and n >= 0 for n in count))

for bad in [(), (1, 2, 3, 4), ("x",), (1.5,), (2**40,), (-2**40,)]:
    try:
        gc.set_threshold(*bad)
    except (TypeError, OverflowError) as e:
        print(len(bad), type(e).__name__, e)
for call in (lambda: gc.set_threshold(threshold0=5), lambda: gc.get_count(1), lambda: gc.get_threshold(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

print(gc.set_threshold(500), gc.get_threshold())
gc.set_threshold(400, 20)
print(gc.get_threshold())
gc.set_threshold(-3, 5, 7)
print(gc.get_threshold())


class Node:
    def __init__(self):
        self.me = self


def make_cycles(n):
    for _ in range(n):
        Node()


# a thread's set_threshold is everyone's
def setter():
    gc.set_threshold(0, 11, 12)


t = threading.Thread(target=setter)
t.start()
t.join()
print("after thread", gc.get_threshold(), gc.isenabled())

gc.collect()
make_cycles(20000)
found = gc.collect()
print("threshold 0: all cycles still there", found >= 20000)

gc.set_threshold(100, 10, 10)
make_cycles(20000)
print("threshold 100: collected on the way", gc.collect() < 20000)

gc.disable()
gc.set_threshold(50)
make_cycles(5000)
print("disabled:", gc.isenabled(), gc.get_threshold(), gc.collect() >= 5000)
gc.enable()
gc.set_threshold(700, 10, 10)
print("restored", gc.get_threshold(), gc.isenabled())
