# Thread targets of every callable kind; Timer errors go to excepthook; executor thread names.
import threading
import functools
import concurrent.futures as cf

out = {}
lock = threading.Lock()


def record(key, *args, **kw):
    with lock:
        out[key] = (args, tuple(sorted(kw.items())))


class Callable:
    def __init__(self, key):
        self.key = key

    def __call__(self, x):
        record(self.key, x)

    def method(self, y):
        record(self.key + ".method", y)

    @staticmethod
    def smethod(z):
        record("static", z)

    @classmethod
    def cmethod(cls, w):
        record("class:" + cls.__name__, w)


targets = [
    (record, ("plain", 1), {"k": 2}),
    (lambda: record("lambda"), (), {}),
    (functools.partial(record, "partial", 1), [2, 3], {"z": 0}),
    (Callable("instance"), [5], None),
    (Callable("bound").method, (6,), {}),
    (Callable.smethod, (7,), {}),
    (Callable.cmethod, (8,), {}),
    (print, ("printed by builtin",), {"sep": "-"}),
]
ts = [threading.Thread(target=f, args=a, kwargs=k) for f, a, k in targets]
for t in ts:
    t.start()
    t.join()
for k in sorted(out):
    print(k, out[k])

seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value)))
tm = threading.Timer(0, lambda: [][1])
tm.start()
tm.join()
threading.excepthook = threading.__excepthook__
print("timer error:", seen)

names = []
def name_it(i):
    names.append(threading.current_thread().name)
    return i
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    print(list(ex.map(name_it, range(3))))
print(sorted(set(names)))
with cf.ThreadPoolExecutor(1) as ex:
    ex.submit(name_it, 0).result()
print(names[-1].split("_")[-1], names[-1].startswith("ThreadPoolExecutor-"))
