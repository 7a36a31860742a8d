# A thread started with _thread.start_new_thread that calls threading.current_thread() gets
# a _DummyThread, which threading.enumerate() and active_count() list from then on (in
# CPython 3.11 even after the thread ended).
import _thread
import threading

out = []
done = _thread.allocate_lock()
done.acquire()


def raw():
    me = threading.current_thread()
    out.append((len(threading.enumerate()), type(me).__name__, me.name, me.daemon, me.is_alive()))
    out.append(me is threading.current_thread())
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(out)
print(threading.active_count(), [type(t).__name__ for t in threading.enumerate()])
try:
    [t for t in threading.enumerate() if type(t).__name__ == '_DummyThread'][0].join()
except AssertionError as e:
    print('AssertionError:', e)
