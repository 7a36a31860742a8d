# A suspended generator dropped while threads run: its finally block runs, on whichever
# executor drops it (with --no-gil a thread that slept may wake on another executor than
# the one that created the generator). Without the GIL a generator dropped on another
# executor than its owner dies when the owner merges its queue (biased counting), a
# little later, at the latest at the next gc.collect(): the order of the finally blocks
# is not checked, only that all ran.
import gc
import threading
import time


def numbers(tag, log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed " + tag)


def spin():
    n = 0
    for i in range(100000):
        n += i
    return n


log = []
t = threading.Thread(target=spin)
t.start()
for k in range(8):
    g = numbers(str(k), log)
    next(g)
    time.sleep(0.002)
    del g
    spin()
t.join()
gc.collect()
print(sorted(log))


def worker(k, out):
    for j in range(5):
        g = numbers(f"{k}.{j}", out)
        next(g)
        time.sleep(0.001)
        g = None
        spin()


outs = [[], [], []]
threads = [threading.Thread(target=worker, args=(k, outs[k])) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print([sorted(o) for o in outs])
