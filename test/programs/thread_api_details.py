# Thread, lock, condition, semaphore and event details that do not depend on scheduling.
import threading
import _thread

# a thread sees its own ident before start() has returned
seen = []
def who():
    ct = threading.current_thread()
    seen.append(threading.get_ident() == ct.ident)
    seen.append(_thread.get_ident() == ct.ident)
    seen.append(ct.native_id is not None)
    seen.append(ct.is_alive())
t = threading.Thread(target=who)
t.start(); t.join()
print(seen)

# a subclass that forgot Thread.__init__
class Forgot(threading.Thread):
    def __init__(self):
        pass
for action in (lambda f: f.name, lambda f: f.is_alive(), lambda f: repr(f), lambda f: f.daemon, lambda f: f.start(), lambda f: f.join()):
    try:
        action(Forgot())
    except (AssertionError, RuntimeError) as e:
        print(type(e).__name__, e)

# lock argument errors
lock = threading.Lock()
for call in (lambda: lock.acquire(1, 2, 3), lambda: lock.acquire(foo=1), lambda: lock.acquire(timeout='a'),
             lambda: lock.acquire(timeout=-2), lambda: lock.acquire(False, 1), lambda: threading.Lock(1),
             lambda: threading.Event(1), lambda: threading.Condition(5)):
    try:
        call()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(lock.__enter__(), lock.__exit__(None, None, None))
r = threading.RLock()
print(r.__enter__(), r.__exit__(None, None, None))

# negative timeouts wait not at all
c = threading.Condition()
with c:
    print(c.wait(-1), c.wait(0), c.wait_for(lambda: 0, -5))
print(threading.Event().wait(-1), threading.Semaphore(0).acquire(timeout=-1))
# wait_for checks its predicate before it needs the lock
print(c.wait_for(lambda: 'ready'))
try:
    c.wait_for(lambda: False)
except RuntimeError as e:
    print(e)

# Semaphore._value is an attribute
s = threading.Semaphore(2)
s.acquire()
b = threading.BoundedSemaphore(3)
print(s._value, b._value)

# Barrier(0) is accepted in 3.11
print(threading.Barrier(0).parties)

# _thread aliases
print(callable(_thread.start_new), _thread.allocate().locked())
done = _thread.allocate_lock()
done.acquire()
def quits():
    done.release()
    _thread.exit()
    print('not reached')
_thread.start_new_thread(quits, ())
done.acquire()
print('done')
