# Thread names, idents, enumerate(), main_thread(), current_thread() inside workers.
import threading

def work():
    pass

def named_target():
    return threading.current_thread().name

t1 = threading.Thread(target=work)
t2 = threading.Thread(target=named_target)
t3 = threading.Thread()
t4 = threading.Thread(target=work, name="custom")
class Sub(threading.Thread):
    pass
t5 = Sub()
def norm(n):
    return "".join("N" if c.isdigit() else c for c in n).replace("NN", "N").replace("NN", "N")
print([norm(t.name) for t in (t1, t2, t3, t4, t5)])
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.main_thread().ident == threading.get_ident())
print("ident before start:", t1.ident, t1.native_id)

seen = {}
lock = threading.Lock()
gate = threading.Barrier(4)
hold = threading.Event()
def who(i):
    me = threading.current_thread()
    with lock:
        seen[i] = (me.name, me.ident == threading.get_ident(), me in threading.enumerate(), me.is_alive())
    gate.wait()
    hold.wait()
ws = [threading.Thread(target=who, args=(i,), name="who-%d" % i) for i in range(3)]
for w in ws:
    w.start()
gate.wait()
print("count during:", threading.active_count(), len(threading.enumerate()))
hold.set()
for w in ws:
    w.join()
for k in sorted(seen):
    print(k, seen[k])
print("count after:", threading.active_count(), [t.name for t in threading.enumerate()])
idents = {w.ident for w in ws}
print("distinct idents:", len(idents) == 3 or len(idents) >= 1)
t4.name = "renamed"
print(t4.name)
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started"))
print(isinstance(threading.get_ident(), int), isinstance(threading.TIMEOUT_MAX, float))
