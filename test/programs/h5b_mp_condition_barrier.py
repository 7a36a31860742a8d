# gilvm-nogil: --workers 2
# multiprocessing.Condition and Barrier across processes; RLock and Condition reprs.
import multiprocessing as mp
import threading


def consumer(cond, box, out):
    with cond:
        cond.wait_for(lambda: box.value > 0, timeout=30)
        out.put(("consumer saw", box.value))


def phase_worker(barrier, arr, i, out):
    arr[i] = (i + 1) * 10
    barrier.wait(30)
    out.put((i, sum(arr[:])))
    barrier.wait(30)
    arr[i] = 0
    barrier.wait(30)
    out.put((i, sum(arr[:])))


def late(barrier, out):
    try:
        barrier.wait(0.05)
    except threading.BrokenBarrierError:
        out.put("broken")


if __name__ == "__main__":
    cond = mp.Condition()
    box = mp.Value("i", 0)
    out = mp.Queue()
    p = mp.Process(target=consumer, args=(cond, box, out))
    p.start()
    with cond:
        box.value = 42
        cond.notify_all()
    print(out.get(timeout=30))
    p.join()
    print("exitcode:", p.exitcode)

    n = 3
    barrier = mp.Barrier(n)
    arr = mp.Array("i", n)
    ps = [mp.Process(target=phase_worker, args=(barrier, arr, i, out)) for i in range(n)]
    for x in ps:
        x.start()
    got = sorted(out.get(timeout=30) for _ in range(2 * n))
    for x in ps:
        x.join()
    print(got)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

    b2 = mp.Barrier(2)
    q = mp.Process(target=late, args=(b2, out))
    q.start()
    q.join()
    print(out.get(timeout=30), b2.broken)
    b2.reset()
    print("after reset:", b2.broken)
    print(repr(b2).split(": ")[-1], repr(mp.Barrier(4)).split(": ")[-1])

    c = mp.Condition()
    print(repr(c))
    with c:
        print(repr(c))
        with c:
            print(repr(c._lock) if hasattr(c, "_lock") else None)
        print(c.wait(0.01))
    try:
        c.wait(0.01)
    except AssertionError as e:
        print("AssertionError:", e)
    # a Condition over a plain Lock, used by threads of this process
    lc = mp.Condition(mp.Lock())
    items = []
    def tconsumer():
        with lc:
            lc.wait_for(lambda: items, 30)
            items.append("consumed")
    t = threading.Thread(target=tconsumer)
    t.start()
    with lc:
        items.append("produced")
        lc.notify()
    t.join()
    print(items)
