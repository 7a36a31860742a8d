# An exception raised in a pool worker is re-raised in the parent with its traceback in
# the worker as __cause__ (multiprocessing.pool.RemoteTraceback, or
# concurrent.futures.process._RemoteTraceback for a ProcessPoolExecutor); uncaught, both print.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def check(x):
    if x == 2:
        raise ValueError(f"bad value {x}")
    return x


def last_line(cause):
    lines = [ln for ln in str(cause).splitlines() if ln.strip()]
    return lines[0], lines[1], lines[-2], lines[-1]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, range(4))
        except ValueError as e:
            cause = e.__cause__
            print(repr(e), type(cause).__name__, type(cause).__module__, last_line(cause))
        r = pool.apply_async(check, (2,))
        try:
            r.get()
        except ValueError as e:
            print(repr(e), type(e.__cause__).__name__)
        print(pool.map(check, [0, 1]))
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(check, 2)
        cause = f.exception().__cause__
        print(type(cause).__name__, type(cause).__module__, last_line(cause))
        f.result()
