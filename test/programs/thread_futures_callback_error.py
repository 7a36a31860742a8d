# concurrent.futures: an exception raised by a done-callback is logged to stderr with its
# traceback (CPython's LOGGER.exception) and does not stop the other callbacks or the result.
import concurrent.futures as cf
import threading

calls = []


def good(fut):
    calls.append(("good", fut.result()))


def bad(fut):
    raise RuntimeError("callback failed")


started = threading.Event()
release = threading.Event()


def slow(x):
    started.set()
    release.wait()
    return x * 2


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(slow, 21)
    started.wait()
    f.add_done_callback(good)
    f.add_done_callback(bad)
    f.add_done_callback(good)
    release.set()
    print(f.result())
print(calls)

done = cf.Future()
done.set_result("already")
done.add_done_callback(good)
print(calls[-1])
done.add_done_callback(bad)
print("still running")
