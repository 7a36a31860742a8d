# Several threads importing a built-in module at once (queue: its body is Python run at
# import) all get the one module: a queue.Empty raised by one is caught by another's.
import threading
mods = []
errors = []
barrier = threading.Barrier(4)
def imp():
    barrier.wait()
    import queue
    mods.append(queue)
    try:
        mods[0].Queue().get_nowait()
    except queue.Empty:
        pass
    except Exception as e:
        errors.append(repr(e))
ts = [threading.Thread(target=imp) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
import sys
print(len(set(id(m) for m in mods)), mods[0] is sys.modules['queue'], errors)
