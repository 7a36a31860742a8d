# gilvm-nogil: --workers 2
# Processes with shared memory: Value, Array, Lock, Queue and Pipe.
import multiprocessing as mp


def add_many(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def fill(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i


def produce(q, items):
    for item in items:
        q.put(item)
    q.put(None)


def ping(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            conn.close()
            return
        conn.send(msg.upper())


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    procs = [mp.Process(target=add_many, args=(counter, lock, 200)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value, "exitcodes:", [p.exitcode for p in procs])

    arr = mp.Array("d", 6)
    ps = [mp.Process(target=fill, args=(arr, s)) for s in (0, 1)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("array:", arr[:], len(arr))

    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, ["alpha", "beta", {"k": [1, 2]}]))
    p.start()
    got = []
    while True:
        item = q.get(timeout=10)
        if item is None:
            break
        got.append(item)
    p.join()
    print("queue items:", got)

    parent, child = mp.Pipe()
    p = mp.Process(target=ping, args=(child,))
    p.start()
    for word in ["hello", "gil"]:
        parent.send(word)
        print("pipe reply:", parent.recv())
    parent.send("stop")
    print("final:", parent.recv())
    p.join()
    print("pipe child exit:", p.exitcode)

    v = mp.Value("d", 1.5)
    print("value repr ok:", repr(v).startswith("<Synchronized wrapper for c_double(1.5)"))
    with v.get_lock():
        v.value *= 2
    print("doubled:", v.value)
    a = mp.Array("i", [3, 1, 2])
    print("sorted array:", sorted(a), sum(a))
