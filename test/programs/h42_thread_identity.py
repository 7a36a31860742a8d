# gilvm-nogil: --workers 2
# Thread names, idents, native ids, enumerate(), active_count(), main_thread().
import threading
import time

print("main:", threading.current_thread().name, threading.current_thread() is threading.main_thread())
print("main ident is get_ident:", threading.main_thread().ident == threading.get_ident())
print("active at start:", threading.active_count())

release = threading.Event()
started = threading.Barrier(4)
seen = {}
lock = threading.Lock()

def worker():
    me = threading.current_thread()
    with lock:
        seen[me.name] = (me.ident == threading.get_ident(), me.native_id == threading.get_native_id(), me.daemon)
    started.wait()
    release.wait()

threads = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
for t in threads:
    print("before start:", t.name, t.ident, t.is_alive())
    t.start()
started.wait()
names = sorted(t.name for t in threading.enumerate())
print("enumerate:", names)
print("active:", threading.active_count())
idents = {t.ident for t in threads}
print("distinct idents:", len(idents), all(isinstance(i, int) for i in idents))
release.set()
for t in threads:
    t.join()
print("seen:", sorted(seen.items()))
print("after join:", threading.active_count(), [t.is_alive() for t in threads])
print("ident kept after exit:", all(t.ident is not None for t in threads))

# Default names: Thread-N (target)
def f():
    pass
t = threading.Thread(target=f)
print("default name pattern:", t.name.startswith("Thread-"), t.name.endswith("(f)"))
t.start(); t.join()

class Named(threading.Thread):
    def run(self):
        self.result = threading.current_thread().name
n = Named(name="custom")
n.start(); n.join()
print("subclass:", n.result, repr(n).startswith("<Named(custom, stopped"))
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started"))
t2 = threading.Thread(target=f, name="x", daemon=True)
print(repr(t2))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=f).join()
except RuntimeError as e:
    print("RuntimeError:", e)
t3 = threading.Thread(target=f)
t3.name = "renamed"
t3.daemon = True
print(t3.name, t3.daemon, t3.getName() if hasattr(t3, "getName") else "")
