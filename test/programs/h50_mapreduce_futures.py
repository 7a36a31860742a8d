# gilvm-nogil: --workers 2
"""Map-reduce word count over chunks with ThreadPoolExecutor: submit + as_completed,
executor.map (ordered, exception surfaces on iteration), exceptions inside futures,
Future.result(timeout), exception(), done callbacks, wait(FIRST_EXCEPTION)."""
import concurrent.futures as cf
import threading
from collections import Counter

TEXT = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity
it was the season of light it was the season of darkness it was the spring of hope
it was the winter of despair we had everything before us we had nothing before us"""

lines = TEXT.split("\n")
chunks = [lines[i:i + 1] for i in range(len(lines))]


def count_chunk(chunk):
    c = Counter()
    for line in chunk:
        c.update(line.split())
    return c


total = Counter()
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(count_chunk, ch): i for i, ch in enumerate(chunks)}
    order = []
    for f in cf.as_completed(futs):
        order.append(futs[f])
        total += f.result(timeout=5)
print("chunks done:", sorted(order))
print("top:", sorted(total.most_common(), key=lambda kv: (-kv[1], kv[0]))[:6])
print("total words:", sum(total.values()))

# map keeps input order; an exception raised in a task surfaces while iterating
def parse(s):
    return int(s)


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(parse, ["1", "2", "30"])))
    it = ex.map(parse, ["4", "x5", "6"])
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("map error after", got, "->", e)
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))

# exceptions captured by futures
def risky(n):
    if n % 3 == 0:
        raise KeyError(n)
    if n % 5 == 0:
        raise ZeroDivisionError("division by zero in task %d" % n)
    return n * 2


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(risky, n) for n in range(1, 11)]
    cf.wait(fs)
    for n, f in enumerate(fs, 1):
        exc = f.exception()
        if exc is None:
            print(n, "ok", f.result())
        else:
            print(n, type(exc).__name__, exc, f.done(), f.cancelled())
    try:
        fs[2].result()
    except KeyError as e:
        print("re-raised KeyError", e.args)

# result(timeout) on a future that is not done yet
gate = threading.Event()


def wait_gate():
    gate.wait()
    return "opened"


with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(wait_gate)
    try:
        f.result(timeout=0.05)
    except cf.TimeoutError as e:
        print("timeout:", type(e).__name__, repr(str(e)), cf.TimeoutError is TimeoutError)
    print("running:", f.running(), "done:", f.done())
    calls = []
    f.add_done_callback(lambda fut: calls.append(fut.result()))
    gate.set()
    print("result:", f.result(timeout=5))
print("callback:", calls)

# wait(FIRST_EXCEPTION) returns once the failing one is done
ev = threading.Event()
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    slow = ex.submit(ev.wait)
    bad = ex.submit(risky, 3)
    done, not_done = cf.wait([slow, bad], return_when=cf.FIRST_EXCEPTION)
    print("first exception:", bad in done, slow in not_done)
    ev.set()
print("slow result:", slow.result())
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
