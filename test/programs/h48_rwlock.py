# gilvm-nogil: --workers 2
"""A readers-writer lock built from a Condition (writer-preferring), protecting a
shared config dictionary. Readers check that they never observe a half-applied update
(two keys that a writer always changes together); writers bump a version."""
import threading


class RWLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0
        self.max_readers = 0

    def acquire_read(self):
        with self._cond:
            while self._writer or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
            if self._readers > self.max_readers:
                self.max_readers = self._readers

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            self._waiting_writers += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writer = True

    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()

    class _Guard:
        def __init__(self, acquire, release):
            self.acquire, self.release = acquire, release

        def __enter__(self):
            self.acquire()
            return self

        def __exit__(self, *exc):
            self.release()
            return False

    def reading(self):
        return self._Guard(self.acquire_read, self.release_read)

    def writing(self):
        return self._Guard(self.acquire_write, self.release_write)


config = {"version": 0, "low": 0, "high": 10}
rw = RWLock()
torn = []
reads = [0] * 5
versions_seen = [set() for _ in range(5)]


def reader(idx, n):
    for _ in range(n):
        with rw.reading():
            low, high, v = config["low"], config["high"], config["version"]
            if high - low != 10:
                torn.append((idx, low, high))
            versions_seen[idx].add(v)
            reads[idx] += 1


def writer(idx, n):
    for i in range(n):
        with rw.writing():
            config["low"] += 1
            # a reader between these two writes would see a torn pair
            for _ in range(3):
                pass
            config["high"] += 1
            config["version"] += 1


threads = [threading.Thread(target=reader, args=(i, 200)) for i in range(5)]
threads += [threading.Thread(target=writer, args=(i, 50)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("config:", config)
print("reads:", reads)
print("torn reads:", torn)
print("versions in range:", all(0 <= v <= 100 for s in versions_seen for v in s))
print("state idle:", rw._readers, rw._writer, rw._waiting_writers)
print("max readers sane:", 1 <= rw.max_readers <= 5)

# exception inside a guarded block releases the lock
try:
    with rw.writing():
        raise KeyError("boom")
except KeyError as e:
    print("caught", repr(e), "writer held:", rw._writer)
with rw.reading():
    print("read after failed write:", config["version"])
