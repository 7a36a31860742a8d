# gilvm-nogil: --workers 2
# Several threads submitting to one multiprocessing.Pool at once: every job keeps its own id.
import multiprocessing as mp
import threading


def sq(x):
    return x * x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        res = {}
        lock = threading.Lock()

        def submitter(t):
            rs = [(i, pool.apply_async(sq, (t * 100 + i,))) for i in range(50)]
            ok = [r.get(timeout=60) == (t * 100 + i) ** 2 for i, r in rs]
            with lock:
                res[t] = ok

        ts = [threading.Thread(target=submitter, args=(t,)) for t in range(8)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        print(sorted((k, all(v), len(v)) for k, v in res.items()))
        # map from threads at once too
        out = {}
        def mapper(t):
            r = pool.map(sq, range(t, t + 20))
            with lock:
                out[t] = sum(r)
        ts = [threading.Thread(target=mapper, args=(t,)) for t in range(4)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        print(sorted(out.items()))
