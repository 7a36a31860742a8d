# Thread(args=..., kwargs=...) that are not a tuple / dict: start() succeeds and the new
# thread reports the error, as CPython's Thread.run unpacks them; an iterable other than a
# tuple works. Timeouts and semaphore values of a wrong type raise CPython's TypeErrors.
import threading
import queue


def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))


t = threading.Thread(target=show, args=[1, 2], kwargs={'k': 3})
t.start()
t.join()
t = threading.Thread(target=show, args=range(3))
t.start()
t.join()
t = threading.Thread(target=show, args=(x for x in 'ab'))
t.start()
t.join()


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: threading.Event().wait('x'))
c = threading.Condition()
with c:
    attempt(lambda: c.wait([]))
attempt(lambda: threading.Semaphore('a'))
attempt(lambda: threading.BoundedSemaphore(None))
attempt(lambda: queue.Queue().get(timeout='x'))
t = threading.Thread(target=show, args=5)
attempt(t.start)
t.join()
print('alive', t.is_alive())
t = threading.Thread(target=show, kwargs=[])
attempt(t.start)
t.join()
print('end')
