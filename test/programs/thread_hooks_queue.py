# excepthook that raises, deprecated aliases (warnings on stderr), queue details.
import threading
import queue

def failing_hook(args):
    raise RuntimeError('hook failed for ' + args.exc_type.__name__)

def bad():
    raise KeyError('k')

threading.excepthook = failing_hook
t = threading.Thread(target=bad)
t.start(); t.join()
threading.excepthook = threading.__excepthook__

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.queue, type(q.queue).__name__, list(q.queue))
print(queue.Empty.__module__, queue.Full.__module__)
lq = queue.LifoQueue()
lq.put(1)
print(lq.queue)

ev = threading.Event()
print(ev.isSet())
th = threading.Thread(target=print, args=('hi',), name='w')
for _ in range(2):
    print(th.getName(), th.isDaemon())
print(threading.currentThread().name, threading.activeCount())
q.get(); q.get(); q.get()
q.get_nowait()
