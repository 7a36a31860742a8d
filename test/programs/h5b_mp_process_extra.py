# gilvm-nogil: --workers 2
# Process subclasses, Array, Event, JoinableQueue, Pool initializer, exception exit codes.
import multiprocessing as mp

_base = 0


def init(b):
    global _base
    _base = b


def add_base(x):
    return _base + x


class Squarer(mp.Process):
    def __init__(self, arr, idx):
        super().__init__()
        self.arr = arr
        self.idx = idx

    def run(self):
        self.arr[self.idx] = self.arr[self.idx] ** 2


def waiter(ev, q):
    ev.wait(30)
    q.put("released")


def jworker(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            return
        out.put(item * 3)
        jq.task_done()


def crash():
    raise ValueError("child crashed")


if __name__ == "__main__":
    arr = mp.Array("i", [1, 2, 3, 4])
    ps = [Squarer(arr, i) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("array:", arr[:], list(arr), len(arr))
    ev = mp.Event()
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(ev, q))
    p.start()
    print("event set:", ev.is_set())
    ev.set()
    print(q.get(timeout=30))
    p.join()
    jq = mp.JoinableQueue()
    out = mp.Queue()
    w = mp.Process(target=jworker, args=(jq, out))
    w.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    w.join()
    print(sorted(out.get(timeout=30) for _ in range(5)))
    with mp.Pool(2, initializer=init, initargs=(1000,)) as pool:
        print(pool.map(add_base, range(6), chunksize=2))
    pool = mp.Pool(processes=2)
    r = pool.map_async(add_base, [1, 2])
    pool.close()
    pool.join()
    print(r.get(), r.successful())
    v = mp.Value("d", 1.5)
    with v.get_lock():
        v.value *= 2
    print("value:", v.value)
    c = mp.Process(target=crash, name="crasher")
    c.start()
    c.join()
    print(c.name, "exitcode:", c.exitcode)
