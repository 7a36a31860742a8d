# concurrent.futures.ThreadPoolExecutor: submit, map, as_completed, wait, exceptions.
import concurrent.futures as cf
import threading

def cube(x):
    return x ** 3

def maybe_fail(x):
    if x % 4 == 3:
        raise RuntimeError("failed on %d" % x)
    return -x

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(cube, range(8))))
    futs = {ex.submit(maybe_fail, i): i for i in range(8)}
    ok, bad = {}, {}
    for f in cf.as_completed(futs):
        i = futs[f]
        if f.exception() is not None:
            bad[i] = str(f.exception())
        else:
            ok[i] = f.result()
    print(sorted(ok.items()))
    print(sorted(bad.items()))
    f = ex.submit(maybe_fail, 3)
    try:
        f.result(timeout=10)
    except RuntimeError as e:
        print("result raised:", e)
    fs = [ex.submit(cube, i) for i in range(5)]
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done), sorted(x.result() for x in done))
    try:
        list(ex.map(maybe_fail, [1, 2, 3, 4]))
    except RuntimeError as e:
        print("map raised:", e)
    cb = []
    ev = threading.Event()
    f = ex.submit(cube, 2)
    f.add_done_callback(lambda fut: (cb.append(fut.result()), ev.set()))
    ev.wait(10)
    print("callback:", cb, f.done(), f.cancelled())
try:
    ex.submit(cube, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
fut = cf.Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except cf.CancelledError:
    print("CancelledError")
