# gilvm-nogil: --workers 2
"""concurrent.futures tour: map with chunks and exceptions, submit + as_completed,
wait(FIRST_EXCEPTION / FIRST_COMPLETED / ALL_COMPLETED), cancellation of queued work,
done callbacks (including one that raises), result(timeout) on a slow future, the
executor's initializer and thread names, and use after shutdown."""
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, Future,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                CancelledError, TimeoutError as FutTimeout)
import concurrent.futures as cf


def square(x):
    return x * x


def risky(x):
    if x % 4 == 3:
        raise ValueError(f"bad input {x}")
    return x + 100


# 1. map preserves order; an exception surfaces when its result is reached
with ThreadPoolExecutor(max_workers=3) as ex:
    print("map:", list(ex.map(square, range(10))))
    it = ex.map(risky, range(6))
    got = []
    try:
        for r in it:
            got.append(r)
    except ValueError as e:
        print("map stopped at:", e, "after", got)
    print("map two iterables:", list(ex.map(pow, [2, 3, 4], [5, 2, 3])))

# 2. submit + as_completed, collecting exceptions per future
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(risky, i): i for i in range(12)}
    ok, bad = {}, {}
    for f in as_completed(futs):
        i = futs[f]
        exc = f.exception()
        if exc is None:
            ok[i] = f.result()
        else:
            bad[i] = type(exc).__name__ + ": " + str(exc)
    print("ok:", dict(sorted(ok.items())))
    print("bad:", dict(sorted(bad.items())))

# 3. wait with FIRST_EXCEPTION: a gate keeps the other tasks running until we check
gate = threading.Event()


def blocked(x):
    gate.wait()
    return x


def fail_now():
    raise RuntimeError("failed fast")


with ThreadPoolExecutor(max_workers=3) as ex:
    slow = [ex.submit(blocked, i) for i in range(2)]
    boom = ex.submit(fail_now)
    done, not_done = wait(slow + [boom], return_when=FIRST_EXCEPTION)
    print("first exception done:", [f is boom for f in done], len(not_done))
    try:
        boom.result()
    except RuntimeError as e:
        print("boom.result():", repr(e))
    try:
        slow[0].result(timeout=0.01)
    except FutTimeout:
        print("slow result timed out")
    print("TimeoutError is builtin:", FutTimeout is TimeoutError)
    gate.set()
    done, not_done = wait(slow, return_when=ALL_COMPLETED)
    print("all completed:", sorted(f.result() for f in done), len(not_done))

# 4. cancellation: one worker busy behind a gate, the rest queue up and can be cancelled
gate2 = threading.Event()
started = threading.Event()


def hold():
    started.set()
    gate2.wait()
    return "held"


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(hold)
started.wait()
queued = [ex.submit(square, i) for i in range(5)]
print("cancel running:", first.cancel(), first.running())
print("cancel queued:", [f.cancel() for f in queued[::2]])
print("states:", [(f.cancelled(), f.done()) for f in queued])
try:
    queued[0].result()
except CancelledError:
    print("CancelledError from result()")
try:
    queued[2].exception()
except CancelledError as e:
    print("CancelledError from exception():", type(e).__name__)
gate2.set()
print("first:", first.result())
print("remaining:", [f.result() for f in queued[1::2]])
ex.shutdown(wait=True)
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("after shutdown:", e)

# 5. done callbacks: run in the worker (or immediately if already done); one raises
log = []
log_lock = threading.Lock()


def cb(f):
    with log_lock:
        log.append(("cb", f.result()))


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    f.add_done_callback(cb)
    f.result()
    f.add_done_callback(cb)   # already done: runs right now in this thread
print("callbacks:", log)

# 6. initializer and thread_name_prefix
names = set()
names_lock = threading.Lock()
init_calls = []


def init(tag):
    init_calls.append(tag)


def whoami(_):
    with names_lock:
        names.add(threading.current_thread().name.rsplit("_", 1)[0])
    return 1


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="calc", initializer=init,
                        initargs=("ready",)) as ex:
    print("sum:", sum(ex.map(whoami, range(20))))
print("name prefixes:", names)
print("init calls ok:", 1 <= len(init_calls) <= 2 and set(init_calls) == {"ready"})

# 7. a bare Future used as a one-shot result channel between threads
fut = Future()


def producer():
    time.sleep(0.01)
    fut.set_result({"answer": 42})


t = threading.Thread(target=producer)
t.start()
print("bare future:", fut.result(timeout=5))
t.join()
f2 = Future()
f2.set_exception(KeyError("k"))
print("set_exception:", repr(f2.exception()), f2.done())
try:
    f2.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", type(e).__name__)
print("wait on empty:", wait([], timeout=0))
d, nd = wait([f2, fut], return_when=FIRST_COMPLETED)
print("first completed:", len(d), len(nd))
