# gilvm-nogil: --workers 2
"""Thread metadata and misuse: default names, ident/native_id, enumerate/active_count,
main_thread, current_thread inside a thread, daemon inheritance, start twice, join before
start, join self, setting daemon after start, repr states, is_alive."""
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(type(main.ident).__name__, main.ident == threading.get_ident())
print(threading.active_count(), [t.name for t in threading.enumerate()])


def noop():
    pass


t = threading.Thread(target=noop)
print(t.name.startswith("Thread-"), t.name.endswith("(noop)"), t.ident, t.is_alive())
print(repr(t).startswith("<Thread(Thread-") and "initial" in repr(t))
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
t.join()
print("stopped" in repr(t), t.is_alive(), t.ident is not None)
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)

info = {}


def inspect():
    me = threading.current_thread()
    info["name"] = me.name
    info["same"] = me is holder[0]
    info["ident"] = me.ident == threading.get_ident()
    info["native"] = isinstance(threading.get_native_id(), int)
    info["count"] = threading.active_count()
    info["in enum"] = me in threading.enumerate()
    info["daemon"] = me.daemon
    child = threading.Thread(target=noop)
    info["child daemon"] = child.daemon
    try:
        me.join()
    except RuntimeError as e:
        info["join self"] = str(e)
    try:
        me.daemon = False
    except RuntimeError as e:
        info["set daemon"] = str(e)


holder = [threading.Thread(target=inspect, name="inspector", daemon=True)]
holder[0].start()
holder[0].join()
for k in sorted(info):
    print(k, "=", info[k])
try:
    main.join()
except RuntimeError as e:
    print("main join:", e)

gate = threading.Event()
ws = [threading.Thread(target=gate.wait, name=f"w{i}") for i in range(3)]
for w in ws:
    w.start()
print("alive names:", sorted(x.name for x in threading.enumerate() if x is not main))
print("count:", threading.active_count())
gate.set()
for w in ws:
    w.join()
print("count after:", threading.active_count())
t2 = threading.Thread(target=noop, name=42)
print(repr(t2.name))
t2.name = "renamed"
print(t2.name, t2.getName() if hasattr(t2, "getName") else "-")
t3 = threading.Thread()
t3.start()
t3.join()
print("no target ok", t3.name.startswith("Thread-"))
print(threading.current_thread().name, threading.get_ident() == main.ident)


class Named(threading.Thread):
    def run(self):
        self.result = self.name.upper()


n = Named(name="custom")
n.start()
n.join()
print(n.result)
m = Named()
print(m.name.startswith("Thread-"), "(" not in m.name)
try:
    threading.Thread(target=noop, bogus=1)
except TypeError as e:
    print("TypeError:", e)
