# A suspended generator dropped while threads run: its finally block runs at once, on
# whichever executor drops it (with --no-gil a thread that slept may wake on another
# executor than the one that created the generator).
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
print(log)


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
print(outs)
