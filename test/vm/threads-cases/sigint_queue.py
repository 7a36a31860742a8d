# Ctrl-C while the main thread waits in queue.Queue.get (a Condition.wait, the queue's lock
# released meanwhile; test/vm/threads.test.ts): the wait re-acquires the lock before
# KeyboardInterrupt propagates, as CPython's, so leaving the `with` does not fail and the
# queue works afterwards.
import queue
import threading
import time
q = queue.Queue()
threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
try:
    print("ready", flush=True)
    q.get()
except KeyboardInterrupt:
    print("interrupted")
q.put(1)
print(q.get())
