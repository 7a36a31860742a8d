# gilvm-nogil:
# SimpleQueue.get with a blocking non-number timeout: _queue's C message (its timeout becomes a time first)
import queue, threading
s = queue.SimpleQueue()
for label, call in [("empty, str", lambda: s.get(timeout="x")),
                    ("empty, list", lambda: s.get(True, [])),
                    ("non-blocking ignores timeout", lambda: s.get(False, "x"))]:
    try:
        print(label, "->", call())
    except (TypeError, queue.Empty) as e:
        print(label, type(e).__name__, e)
s.put(1)
try:
    s.get(timeout="x")
except TypeError as e:
    print("non-empty:", e)
print(s.get(timeout=1), s.get(timeout=None) if s.put(2) is None else 0, s.empty())
def producer():
    s.put("from thread")
t = threading.Thread(target=producer); t.start()
print(s.get(timeout=5)); t.join()
s.get(timeout=object())
