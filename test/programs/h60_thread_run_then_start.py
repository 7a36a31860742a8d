# gilvm-nogil: --workers 2
# Thread.run() called directly runs the target in the calling thread and deletes it, as
# CPython's: a start() afterwards still starts the thread, whose run() then fails (the
# error is reported for the thread; the program goes on and exits 0).
import threading

t = threading.Thread(target=print, args=("hi",))
t.run()
print(hasattr(t, "_target"))
t.start()
t.join()
print("end", t.is_alive())
