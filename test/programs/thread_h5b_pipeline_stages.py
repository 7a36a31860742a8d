# Three-stage pipeline of threads connected by queues, shut down by sentinels.
import threading
import queue

STOP = object()
q1 = queue.Queue(maxsize=5)
q2 = queue.Queue(maxsize=5)
results = []


def parse(n_parsers):
    while True:
        line = q1.get()
        if line is STOP:
            q1.task_done()
            break
        words = line.split()
        q2.put((len(words), line.upper()))
        q1.task_done()


def collect():
    while True:
        item = q2.get()
        if item is STOP:
            break
        results.append(item)


lines = ["the quick brown fox", "jumps over", "the lazy dog", "a b c d e", "gil"] * 6
parsers = [threading.Thread(target=parse, args=(2,)) for _ in range(2)]
collector = threading.Thread(target=collect)
for t in parsers + [collector]:
    t.start()
for line in lines:
    q1.put(line)
for _ in parsers:
    q1.put(STOP)
q1.join()
for t in parsers:
    t.join()
q2.put(STOP)
collector.join()
print(len(results))
counts = {}
for n, up in results:
    counts[up] = counts.get(up, 0) + 1
for k in sorted(counts):
    print(repr(k), counts[k])
print("words:", sum(n for n, _ in results))
