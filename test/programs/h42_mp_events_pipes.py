# gilvm-nogil: --workers 2
# Processes coordinating with Event, Barrier, Semaphore, duplex Pipes and poll().
import multiprocessing as mp
import time


def wait_for_go(go, results, i):
    go.wait()
    results.put(i * 2)


def at_barrier(barrier, q, i):
    idx = barrier.wait()
    q.put(("passed", i))


def limited(sem, counter, lock, peak):
    with sem:
        with lock:
            counter.value += 1
            peak.value = max(peak.value, counter.value)
        time.sleep(0.02)
        with lock:
            counter.value -= 1


def echo_server(conn):
    while True:
        if conn.poll(2):
            msg = conn.recv()
            if msg is None:
                break
            conn.send(("echo", msg))
    conn.close()


if __name__ == "__main__":
    go = mp.Event()
    results = mp.Queue()
    ps = [mp.Process(target=wait_for_go, args=(go, results, i)) for i in range(3)]
    for p in ps:
        p.start()
    time.sleep(0.05)
    print("nothing before go:", results.empty())
    go.set()
    print("results:", sorted(results.get(timeout=10) for _ in ps))
    for p in ps:
        p.join()

    barrier = mp.Barrier(3)
    q = mp.Queue()
    ps = [mp.Process(target=at_barrier, args=(barrier, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("barrier:", sorted(q.get() for _ in ps))

    sem = mp.Semaphore(2)
    counter = mp.Value("i", 0)
    peak = mp.Value("i", 0)
    lock = mp.Lock()
    ps = [mp.Process(target=limited, args=(sem, counter, lock, peak)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("peak <= 2:", peak.value <= 2, "final:", counter.value)

    a, b = mp.Pipe(duplex=True)
    server = mp.Process(target=echo_server, args=(b,))
    server.start()
    print("poll before sending:", a.poll(0.01))
    for msg in ["one", 2, [3.0]]:
        a.send(msg)
        print(a.recv())
    a.send(None)
    server.join()
    print("server exit:", server.exitcode)

    r, w = mp.Pipe(duplex=False)
    w.send_bytes(b"raw bytes")
    print("one-way:", r.recv_bytes(), r.readable, w.writable)
    try:
        r.send("nope")
    except OSError as e:
        print("OSError:", e)
