# gilvm-nogil: --workers 2
# multiprocessing.Process with Queue, Pipe, Value and Lock.
import multiprocessing as mp


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)


def adder(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            conn.close()
            return
        conn.send(msg[::-1])


def exiter(code):
    raise SystemExit(code)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 6))
    p.start()
    got = []
    while True:
        item = q.get(timeout=30)
        if item is None:
            break
        got.append(item)
    p.join()
    print("queue:", got, "exitcode:", p.exitcode)

    counter = mp.Value("i", 0)
    lock = mp.Lock()
    ps = [mp.Process(target=adder, args=(counter, lock, 200)) for _ in range(3)]
    for x in ps:
        x.start()
    for x in ps:
        x.join()
    print("counter:", counter.value, [x.exitcode for x in ps])

    parent, child = mp.Pipe()
    e = mp.Process(target=echo, args=(child,))
    e.start()
    for w in ("abc", "gil", "python"):
        parent.send(w)
        print(parent.recv())
    parent.send("stop")
    print(parent.recv())
    e.join()
    print("echo exit:", e.exitcode, e.is_alive())

    x = mp.Process(target=exiter, args=(7,))
    x.start()
    x.join()
    print("exit code:", x.exitcode)
    print(mp.current_process().name)
