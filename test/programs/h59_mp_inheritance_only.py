# multiprocessing objects whose state is shared memory (Value, Array, the locks, Event,
# Barrier, the queues) reach a child by inheritance only: as a Pool task's argument or a
# Queue item they raise RuntimeError as in CPython; as a Process's args or a Pool's
# initargs they work.
import multiprocessing as mp

counter = None


def init(shared):
    global counter
    counter = shared


def add(x):
    with counter.get_lock():
        counter.value += x
    return x


def kind(x):
    return type(x).__name__


def child(q, v, lock, event):
    with lock:
        v.value += 10
    q.put("from child")
    event.set()


if __name__ == "__main__":
    shared = [mp.Value("i", 0), mp.Array("d", 3), mp.Lock(), mp.RLock(), mp.Semaphore(2),
              mp.BoundedSemaphore(), mp.Condition(), mp.Event(), mp.Barrier(2), mp.Queue(),
              mp.SimpleQueue(), mp.JoinableQueue()]
    with mp.Pool(1) as pool:
        for obj in shared:
            try:
                print("passed:", pool.apply(kind, (obj,)))
            except RuntimeError as e:
                print("RuntimeError:", e)
        print(pool.apply(kind, (42,)))
    q = mp.Queue()
    try:
        q.put(mp.Lock())
    except RuntimeError as e:
        print("RuntimeError:", e)
    total = mp.Value("i", 0)
    with mp.Pool(2, initializer=init, initargs=(total,)) as pool:
        print(sum(pool.map(add, range(10))), total.value)
    v, lock, event = mp.Value("i", 1), mp.Lock(), mp.Event()
    p = mp.Process(target=child, args=(q, v, lock, event))
    p.start()
    print(q.get())
    p.join()
    print(v.value, event.is_set(), p.exitcode)
    with mp.Pool(2) as pool:
        pool.map(kind, [total] * 3)
