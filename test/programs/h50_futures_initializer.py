# gilvm-nogil: --workers 2
"""ThreadPoolExecutor lifecycle: per-worker initializer state, a failing initializer (the
error is logged to stderr and the pool turns broken: BrokenThreadPool), shutdown with
cancel_futures, submit after shutdown, Future state errors, thread_name_prefix."""
import concurrent.futures as cf
import threading

resources = {}
res_lock = threading.Lock()


def open_connection(dsn):
    conn = {"dsn": dsn, "queries": 0}
    threading.current_thread().conn = conn
    with res_lock:
        resources[threading.current_thread().name] = conn


def query(sql):
    conn = threading.current_thread().conn
    conn["queries"] += 1
    return f"{conn['dsn']}:{sql.upper()}"


with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="db",
                           initializer=open_connection, initargs=("pg://main",)) as ex:
    results = list(ex.map(query, ["select 1", "select 2", "update t", "delete t"]))
print(results)
print("connections:", len(resources) in (1, 2), sorted({c["dsn"] for c in resources.values()}))
print("queries:", sum(c["queries"] for c in resources.values()))
print("names:", all(n.startswith("db_") for n in resources))


def broken_init():
    raise ConnectionError("database unreachable")


ex = cf.ThreadPoolExecutor(max_workers=1, initializer=broken_init)
fut = ex.submit(query, "select 3")
try:
    fut.result(timeout=10)
except cf.BrokenExecutor as e:
    print("broken:", type(e).__name__, e)
try:
    ex.submit(query, "select 4")
except cf.BrokenExecutor as e:
    print("submit on broken pool:", type(e).__name__)
ex.shutdown()
print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor) if hasattr(cf, "thread") else True)

gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
queued = [ex.submit(pow, 2, n) for n in range(3)]
print("cancel queued[0]:", queued[0].cancel(), queued[0].cancelled())
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print("first:", first.result(timeout=10))
print("queued cancelled:", [f.cancelled() for f in queued])
try:
    ex.submit(pow, 2, 3)
except RuntimeError as e:
    print("RuntimeError:", e)

f = cf.Future()
f.set_result(1)
for action in (lambda: f.set_result(2), lambda: f.set_exception(ValueError("x"))):
    try:
        action()
    except cf.InvalidStateError as e:
        print("InvalidStateError:", str(e).split(":")[0])
print(f.cancel(), f.result())
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
