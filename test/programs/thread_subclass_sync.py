# Condition, Semaphore, BoundedSemaphore and Event subclassed from Python (CPython: Python
# classes); Lock is a factory function, not a type. Output independent of scheduling.
import threading

class MyEvent(threading.Event):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def set(self):
        print('setting', self.tag)
        super().set()

class Counting(threading.BoundedSemaphore):
    pass

class MyCond(threading.Condition):
    def notify_all(self):
        self.calls = getattr(self, 'calls', 0) + 1
        super().notify_all()

e = MyEvent('x')
print(isinstance(e, threading.Event), e.is_set(), e.tag)
s = Counting(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release(); s.release()
try:
    s.release()
except ValueError as ex:
    print('ValueError', ex)
c = MyCond()
done = []
def waiter():
    with c:
        c.wait_for(lambda: done)
        print('waiter saw', done)
    e.set()
t = threading.Thread(target=waiter)
t.start()
with c:
    done.append(1)
    c.notify_all()
e.wait()
t.join()
print(c.calls, e.is_set())
plain = threading.Condition()
plain.x = 5
print(plain.x, hasattr(plain, '_lock'))
class Bad(threading.Condition):
    def __init__(self):
        pass
try:
    with Bad():
        pass
except AttributeError as ex:
    print('AttributeError', ex)
try:
    class L(threading.Lock): pass
except TypeError as ex:
    print('TypeError')
