# An uncaught exception in a _thread.start_new_thread thread is reported as CPython's
# thread_run does ("Exception ignored in thread started by: <function ...>" and the
# traceback); SystemExit ends such a thread silently; the program goes on and exits 0.
import _thread
import threading

done = threading.Semaphore(0)


def quits():
    try:
        raise SystemExit(3)
    finally:
        done.release()


def fails(x):
    try:
        print('fails got', x)
        raise ValueError('low-level %d' % x)
    finally:
        done.release()


_thread.start_new_thread(quits, ())
done.acquire()
threading.Event().wait(0.05)
print('after SystemExit')
_thread.start_new_thread(fails, (7,))
done.acquire()
threading.Event().wait(0.05)
print('end')
